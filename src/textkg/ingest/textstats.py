"""Cheap per-line statistics that tell article sentences from page furniture.

No parser here on purpose: ingest runs on every file before spaCy, so it must stay fast.
The signals are the ones a reader uses at a glance: does the line end like a sentence,
does it have the small function words and a verb that running prose has, is it written
in Title Case like a headline, is it a bare name or a number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property


def wordset(text: str) -> frozenset[str]:
    """A set of words written as one space-separated string (easier to read and edit)."""
    return frozenset(text.split())


WORD_RE = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
URL_RE = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)

# Closing marks that may follow a sentence's final punctuation.
_TRAILING_CLOSERS = "\"'”’»)]}*"
_TERMINALS = ".!?。！？"

STOPWORDS = wordset(
    """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers herself him himself his how
    i if in into is it its itself just me more most my myself no nor not now of off on
    once only or other our ours ourselves out over own same she should so some such than
    that the their theirs them themselves then there these they this those through to too
    under until up very was we were what when where which while who whom why will with
    would you your yours yourself yourselves among since via per upon amid
    """
)

# Auxiliaries and frequent verb forms that do not end in -ed: enough to see that a line
# is a clause rather than a noun phrase (a headline label, a name, a menu entry).
VERB_FORMS = wordset(
    """
    is are was were be been being am has have had do does did will would can could should
    may might must shall said says say told tells tell made make makes took take takes
    met meet meets held hold holds went go goes came come comes gave give gives got get
    gets led lead leads left leave leaves paid pay pays put puts ran run runs sent send
    sends set sets won win wins wrote write writes became become becomes began begin
    begins brought bring brings built build builds bought buy buys found find finds kept
    keep keeps knew know knows lost lose loses meant mean means saw see sees seen shot
    spent spend stood stand stands thought think thinks understood felt feel feels fell
    falls rose rise rises grew grow grows drew draw draws struck strike strikes sought
    seek seeks spoke speak speaks chose choose chooses agreed agree agrees plans warns
    remains remain showed shows show wants want needs need calls call calls believes
    expects faces hit hits cut cuts let lets
    """
)
_ED_RE = re.compile(r"^[a-z]{3,}ed$")


def words_of(text: str) -> list[str]:
    return WORD_RE.findall(text)


_CITATIONS_RE = re.compile(r"(?:\[(?:\d+|[a-z]|citation needed|note \d+)\])+$", re.IGNORECASE)


def ends_like_sentence(text: str) -> bool:
    """True when the line ends with sentence-final punctuation (an ellipsis does not count:
    "Read more..." and cut-off teasers end that way)."""
    stripped = _CITATIONS_RE.sub("", text.rstrip()).rstrip(_TRAILING_CLOSERS).rstrip()
    if not stripped or stripped.endswith(("...", "…")):
        return False
    return stripped[-1] in _TERMINALS


def ends_with_period(text: str) -> bool:
    stripped = text.rstrip().rstrip(_TRAILING_CLOSERS).rstrip()
    return stripped.endswith(".") and not stripped.endswith("...")


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


@dataclass(frozen=True)
class LineStats:
    """Statistics of one unit of text (a line or a paragraph)."""

    text: str

    @cached_property
    def words(self) -> list[str]:
        return words_of(self.text)

    @property
    def n_words(self) -> int:
        return len(self.words)

    @cached_property
    def terminal(self) -> bool:
        return ends_like_sentence(self.text)

    @cached_property
    def alpha_words(self) -> list[str]:
        return [w for w in self.words if w[0].isalpha()]

    @cached_property
    def cap_ratio(self) -> float:
        """Share of capitalised words after the first: high in Title Case headlines."""
        rest = self.alpha_words[1:]
        if not rest:
            return 1.0 if self.alpha_words and is_capitalised(self.alpha_words[0]) else 0.0
        return sum(1 for w in rest if is_capitalised(w)) / len(rest)

    @cached_property
    def stopword_ratio(self) -> float:
        if not self.words:
            return 0.0
        return sum(1 for w in self.words if w.casefold() in STOPWORDS) / len(self.words)

    @cached_property
    def has_verb(self) -> bool:
        for word in self.words:
            lower = word.casefold()
            if lower in VERB_FORMS or (word.islower() and _ED_RE.match(lower)):
                return True
        return False

    @cached_property
    def all_caps(self) -> bool:
        cased = [c for c in self.text if c.isupper() or c.islower()]
        return bool(cased) and all(c.isupper() for c in cased)

    @property
    def is_title_case(self) -> bool:
        return len(self.alpha_words) >= 3 and self.cap_ratio >= 0.6

    @cached_property
    def is_prose(self) -> bool:
        """A sentence as articles write them: final punctuation, a few words, and not a
        Title Case headline that happens to end in a question mark."""
        if not self.terminal or self.n_words < 3:
            return False
        if ends_with_period(self.text):
            return True
        return self.cap_ratio < 0.6

    @cached_property
    def sentence_like(self) -> bool:
        """A clause without final punctuation (a deck under a headline, a note)."""
        return (
            self.n_words >= 6
            and self.has_verb
            and self.cap_ratio < 0.6
            and self.stopword_ratio >= 0.1
        )


_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_LETTERS_RE = re.compile(r"[^\W\d_]+")


def control_char_share(text: str) -> float:
    """Share of control characters other than layout ones: high in binary data."""
    sample = text[:50_000]
    return len(_CONTROL_RE.findall(sample)) / len(sample) if sample else 0.0


def looks_like_language(text: str) -> bool:
    """False for long runs of symbols, digits or encoded blobs (base64, hex dumps)."""
    sample = text[:50_000]
    tokens = sample.split()
    if len(tokens) < 20:
        return True
    wordish = sum(1 for t in tokens if len(t) <= 25 and _LETTERS_RE.search(t))
    letters = sum(map(len, _LETTERS_RE.findall(sample)))  # runs, not single letters: faster
    visible = sum(map(len, tokens))
    return wordish / len(tokens) >= 0.5 and letters / max(visible, 1) >= 0.4


def normalise_for_compare(text: str) -> str:
    """Case-, space- and punctuation-insensitive form, for matching a title line to a title."""
    return " ".join(w.casefold() for w in words_of(text))
