"""The mention records the extraction rules work on, and small name helpers."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from rdflib import URIRef
from spacy.tokens import Doc, Token

from textkg import names
from textkg.names import clean_name as clean_name  # the one cleaner of both stages
from textkg.records import EntityType, Mention

NER_LABELS = {
    "PERSON": EntityType.PERSON,
    "ORG": EntityType.ORGANIZATION,
    "GPE": EntityType.CITY,  # refined by place_type
    "LOC": EntityType.PLACE,
    "FAC": EntityType.PLACE,
    "EVENT": EntityType.EVENT,
}
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’", "s"})
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
#: The category of a news agency's name in a dateline ("SAN FRANCISCO (AP)").
DATELINE = "dateline"
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.\-]{1,9}$")


def hyphened(token: Token) -> str:
    """The word a hyphen makes of the token and the one before it, in lower case ("start-up",
    which the tokenizer splits in three), or ""."""
    doc, i = token.doc, token.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 2].whitespace_ or doc[i - 1].whitespace_:
        return ""
    return f"{doc[i - 2].lower_}-{token.lower_}"


def is_acronym(text: str) -> bool:
    """ "SVR", "U.N." as the NER's spans write them, and whatever names.is_acronym takes for
    one, mixed-case ones included ("CfA", "MoD")."""
    return bool(_ACRONYM.match(text)) or names.is_acronym(text)


@dataclass(eq=False)  # identity: two mentions of one name are still two mentions
class Ment:
    """A mention while the rules work on it: token span plus what they learnt about it."""

    start: int
    end: int
    etype: EntityType
    name: str
    sentence: int
    titles: list[str] = field(default_factory=list)
    derived: bool = False
    #: How a derived mention refers: "pronoun", "description", "synthesized" (an
    #: organisation a title names without naming it: "Finance Minister" → "Ministry of
    #: Finance"), or "" for a name.
    reference: str = ""
    categories: set[str] = field(default_factory=set)
    votes: Counter[EntityType] = field(default_factory=Counter)
    #: The name an encyclopedic article opens by defining: its type holds everywhere.
    defined: bool = False
    #: What the text says around the name, for resolution (see mentions.context).
    kinds: list[str] = field(default_factory=list)
    defines: str = ""
    qualifier: str = ""
    qualified_span: tuple[int, int] | None = None

    @property
    def key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.name)

    def to_record(self, doc: Doc) -> Mention:
        first, last = doc[self.start], doc[self.end - 1]
        start, end = first.idx, last.idx + len(last.text)
        titles = tuple(dict.fromkeys(t for t in self.titles if t))
        # Span.text, not doc.text[...]: spaCy rebuilds doc.text from every token on each access.
        surface = doc[self.start : self.end].text
        qualified = ""
        if self.qualifier and self.qualified_span is not None:
            qualified = doc[self.qualified_span[0] : self.qualified_span[1]].text
        return Mention(
            surface,
            self.name,
            self.etype,
            start,
            end,
            self.sentence,
            titles,
            qualifier=self.qualifier,
            qualified_text=qualified,
            defines=self.defines,
            kinds=tuple(dict.fromkeys(self.kinds)),
            reference=self.reference,
        )


#: Where "X-American" names a citizen of the second land, of origin in the first.
SETTLER_LANDS = frozenset({"United States", "Canada", "Australia", "New Zealand"})


@dataclass(frozen=True)
class Nationality:
    """A nationality adjective ("Russian") and the country it names."""

    start: int
    end: int
    country: str
    sentence: int


@dataclass
class EmbeddedFact:
    """A relation read off a name itself (possessive or country prefix), for the rules."""

    subject: Ment
    predicate: URIRef
    object: Ment
    rule: str


@dataclass
class MentionSet:
    mentions: list[Ment]
    nationalities: list[Nationality]
    embedded: list[EmbeddedFact]
    acronyms: dict[str, str]
    #: Whether the first sentence opens with a name and a copula, as an entry does ("X (born
    #: 1983) is a"): read once here, for the rules that ask whether a page defines its subject.
    opens_with_a_name: bool = False


# ---------------------------------------------------------------------------- helpers


def is_name_word(token: Token) -> bool:
    text = token.text
    return bool(text) and (text[0].isupper() or text[0].isdigit()) and not token.is_punct


def name_letters(word: str) -> bool:
    """Letters only, or letters with an apostrophe inside ("O'Brien", "Savai'i", "Nuku'alofa")."""
    inner = word[1:-1].replace("'", "").replace("’", "").replace("ʻ", "")
    return word.isalpha() or (word[:1].isalpha() and word[-1:].isalpha() and inner.isalpha())


def capitalised(word: str) -> bool:
    """Capitalised, or so after an elided particle ("d'Avenir", "l'Oréal")."""
    elided = word[:2].lower() in ("d'", "l'", "d’", "l’") and word[2:3].isupper()
    return word[:1].isupper() or elided


def title_words(tokens: Iterable[Token]) -> str:
    return " ".join(t.text for t in tokens)


def _lower(token: Token) -> str:
    return token.text.lower().translate(_APOSTROPHES)


def places_outvote(votes: Counter[EntityType]) -> bool:
    """Whether a name's votes for kinds of place outnumber those for a person and a body."""
    place = sum(n for etype, n in votes.items() if etype.kind is EntityType.PLACE)
    return place > votes[EntityType.PERSON] + votes[EntityType.ORGANIZATION]
