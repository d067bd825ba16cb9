"""The name an encyclopedic article opens by defining: "Merenka is a town on ...", "Lotte
van Ees (born 3 March 1991) is a Dutch field hockey player", "Kelvu is one of the districts
of ...". The kind the copula gives is the article's own statement of what its subject is, so
it decides the name's type, however the NER tagged (or missed) it there and elsewhere in the
article; every fact of the page about its subject hangs on that one name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from textkg.extract.mentions.model import Ment
from textkg.extract.mentions.spans import SpanReader
from textkg.extract.sentences import SentenceSpan
from textkg.extract.tokens import TokenTable
from textkg.lexicon import Lexicon
from textkg.records import EntityType

#: Forms of "be" that open a definition.
COPULAS = frozenset({"is", "was", "are", "were"})
#: Words that may open the defining sentence before the name ("The Quiet Circuit is ...").
OPENERS = frozenset({"the", '"', "“", "'", "‘"})
#: How far the name may run, in tokens.
MAX_NAME = 8
#: How far past the name the copula may come (brackets and appositions between).
MAX_GAP = 40
#: What follows a defining copula: "is a town", "was the first crown prince".
DETERMINERS = frozenset({"a", "an", "the", "one"})
#: Finite verbs: one between the name and the copula makes the sentence something else.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Past participles of naming, which the tagger may read as finite ("X, sometimes called Y,").
NAMING_WORDS = frozenset({"called", "named", "known", "nicknamed", "styled", "titled", "spelled"})
#: NER-style labels of the types a definition gives.
LABELS = {
    EntityType.PERSON: "PERSON",
    EntityType.ORGANIZATION: "ORG",
    EntityType.CITY: "GPE",
    EntityType.COUNTRY: "GPE",
    EntityType.ADMINISTRATIVE_AREA: "GPE",
    EntityType.PLACE: "LOC",
}


@dataclass(frozen=True)
class Definition:
    """The defined name's span and the type its kind noun gives."""

    start: int
    end: int
    etype: EntityType

    @property
    def label(self) -> str:
        return LABELS[self.etype]


@dataclass(frozen=True)
class Opening:
    """The name a page's first sentence opens with, and the copula that defines it."""

    start: int
    end: int
    copula: int


def opening_subject(
    table: TokenTable, lex: Lexicon, sentences: Sequence[SentenceSpan]
) -> Opening | None:
    """The name the article's first sentence opens with, when a copula and a determiner
    follow it past brackets, quotes and appositions ("X (born 1983) is a", "X, sometimes
    called Y, is a", '"X" is a song'): the way an encyclopedia entry opens. Read off the
    words, not the parse, which such sentences often defeat; None when the article opens
    otherwise (a news report's first sentence)."""
    if not sentences:
        return None
    sentence = sentences[0]
    start, limit = sentence.start_token, sentence.end_token
    while start < limit and table.lower[start] in OPENERS:
        start += 1
    end = _name_end(table, lex, start, limit)
    if end == start:
        return None
    if end < limit and table.lower[end] in lex.place_head_nouns:
        end += 1  # "Batu Lintang station is an interchange station": the kind ends
    copula = _copula_after(table, end, limit)
    if copula is None or copula + 1 >= limit or table.lower[copula + 1] not in DETERMINERS:
        return None
    return Opening(start, end, copula)


def opening_definition(reader: SpanReader, opening: Opening | None) -> Definition | None:
    """The name the article opens by defining (``opening``, as :func:`opening_subject` read
    it) and the type its kind noun gives; None when the kind is none the lexicon knows ("X
    is a song")."""
    if opening is None:
        return None
    kind = _kind_noun(reader.doc[opening.copula])
    etype = kind_type(reader, kind) if kind is not None else None
    if etype is None:
        return None
    return Definition(opening.start, opening.end, etype)


def _name_end(table: TokenTable, lex: Lexicon, start: int, limit: int) -> int:
    """Where a run of capitalised words (and the particles between them: "Lotte van Ees",
    "Tyne and Wear Metro Depot") from ``start`` ends; a run never ends on a
    particle."""
    particles = lex.name_particles | {"and", "of", "the", "with"}
    end, last = start, start
    while end < limit and end - start < MAX_NAME:
        word = table.text[end]
        if word[:1].isupper() and any(c.isalpha() for c in word):
            last = end + 1
        elif not (table.lower[end] in particles or word in ("-", "–", "'s", ":")):
            break
        end += 1
    return last


def _copula_after(table: TokenTable, end: int, limit: int) -> int | None:
    """The copula after the name, past brackets ("(born 1983)", "(; 1801 – 1870)"), closing
    quotes and appositions ("X, originally known as Y, is", "X, or simply Y (born 1988)
    is"): its index; None past a finite verb or the first few words."""
    depth = 0
    for k in range(end, min(limit, end + MAX_GAP)):
        word = table.lower[k]
        if depth == 0 and word in COPULAS:
            return k
        depth = max(0, depth + table.text[k].count("(") - table.text[k].count(")"))
        finite = table.tag[k] in FINITE_TAGS and word not in NAMING_WORDS
        # (not "X, a firm based in Y, which is a city": the copula of a relative clause)
        if depth == 0 and (finite or word in (".", ";", "which", "who", "whose")):
            return None
    return None


def _kind_noun(copula: Token) -> Token | None:
    """The noun the copula says the subject is: its attribute ("a town"), or what "one of"
    names ("one of the districts of the Maldives")."""
    for attr in copula.children:
        if attr.dep_ != "attr":
            continue
        if attr.lower_ == "one":
            of = next((c for c in attr.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            objects = [c for c in of.children if c.dep_ == "pobj"] if of is not None else []
            return objects[0] if objects else None
        if attr.pos_ in ("NOUN", "PROPN"):
            return attr
    return None


def kind_type(reader: SpanReader, kind: Token) -> EntityType | None:
    """The type a kind noun gives what it defines: a town, a river, a band, a player."""
    lex, lemma = reader.lex, kind.lemma_.lower()
    if lemma in lex.named_kinds:
        return lex.named_kinds[lemma]
    if lemma in lex.settlement_nouns:
        return EntityType.CITY
    if lemma in lex.copula_org_kinds:
        return EntityType.ORGANIZATION
    if lemma in lex.person_copula_kinds or (
        lemma.endswith(lex.occupation_endings) and lemma not in lex.not_occupations
    ):
        return EntityType.PERSON
    if (
        lemma in lex.place_kind_nouns
        or lemma in lex.place_head_nouns
        or lemma in lex.place_copula_kinds
    ):
        return EntityType.PLACE
    return None


def with_defined_span(
    definition: Definition, raw: list[tuple[int, int, str]], taken: list[bool]
) -> list[tuple[int, int, str]]:
    """The spans to read, the defined name's among them: it replaces the spans it holds
    ("Lotte" of "Lotte van Ees"); a span that crosses its edge is left as the NER read it."""
    start, end = definition.start, definition.end
    if any(s < start < e or s < end < e for s, e, _ in raw):
        return raw
    kept = [(s, e, label) for s, e, label in raw if not (start <= s and e <= end)]
    if len(kept) == len(raw) and any(taken[start:end]):
        return raw
    for i in range(start, end):
        taken[i] = True
    return [*kept, (start, end, definition.label)]


def apply_definition(definition: Definition, mentions: list[Ment]) -> None:
    """The defined name takes its kind's type (harmonise gives it to its other mentions)."""
    for ment in mentions:
        if ment.start == definition.start and ment.end == definition.end:
            ment.etype = definition.etype
            ment.defined = True
