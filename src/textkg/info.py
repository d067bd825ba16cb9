"""What `textkg info` and the build summary say about the installation: versions, the spaCy
model in use and where it comes from, the vocabulary's prefixes."""

from __future__ import annotations

import importlib.metadata
from dataclasses import dataclass
from pathlib import Path

from textkg import __version__
from textkg.namespaces import PREFIXES
from textkg.nlp import NlpOptions, load_model, resolve_model_name

#: Distributions whose versions decide what a build gives.
VERSIONED = ("spacy", "rdflib", "pyoxigraph")


@dataclass(frozen=True)
class ModelInfo:
    """The spaCy pipeline a build uses: the name it was asked by, its own name and version,
    the folder it is loaded from, and the recogniser weights on top."""

    requested: str
    name: str
    version: str
    path: str
    ner_weights: str

    def describe(self) -> str:
        weights = "textkg's CoNLL04-tuned NER" if self.ner_weights == "conll04" else "stock NER"
        return f"{self.requested} {self.version} ({weights})"


def model_info(options: NlpOptions | None = None) -> ModelInfo:
    """Load the model the options name (once per process) and say what it is."""
    options = options or NlpOptions()
    nlp = load_model(options)
    meta = nlp.meta
    path = getattr(nlp, "path", None)
    return ModelInfo(
        requested=resolve_model_name(options.model),
        name=f"{meta.get('lang', '?')}_{meta.get('name', '?')}",
        version=str(meta.get("version", "?")),
        path=str(Path(path).resolve()) if path else "(built in memory)",
        ner_weights=options.ner_weights,
    )


def versions() -> dict[str, str]:
    found = {"textkg": __version__}
    for name in VERSIONED:
        try:
            found[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            found[name] = "not installed"
    return found


def format_info(model: ModelInfo | str, config: str | None = None) -> str:
    """The text of `textkg info`; ``model`` is a ModelInfo or why none could be loaded."""
    lines = [f"{name:<12}{version}" for name, version in versions().items()]
    package = Path(__file__).resolve().parent
    lines.insert(1, f"{'  from':<12}{package} (ontology, shapes, saved queries inside)")
    if isinstance(model, ModelInfo):
        lines += [
            f"{'model':<12}{model.describe()}",
            f"{'  package':<12}{model.name}",
            f"{'  from':<12}{model.path}",
        ]
    else:
        lines.append(f"{'model':<12}none: {model}")
    where = config or "none (textkg.toml or [tool.textkg] in pyproject.toml)"
    lines.append(f"{'config':<12}{where}")
    lines.append("prefixes")
    lines += [f"  {prefix + ':':<10}{namespace}" for prefix, namespace in PREFIXES.items()]
    return "\n".join(lines) + "\n"
