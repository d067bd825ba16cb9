"""The kind nouns resolution reads names by: "ministry" in "the ministry", and the words a
descriptive reference may add without naming anything."""

from __future__ import annotations

#: Nouns that say what kind of organisation or place a name is ("the ministry").
# fmt: off
ORG_KIND_NOUNS = frozenset((
    "ministry", "department", "agency", "service", "bureau", "office", "committee",
    "commission", "council", "party", "newspaper", "broadcaster", "company", "firm",
    "corporation", "bank", "university", "institute", "academy", "army", "navy", "force",
    "guard", "police", "court", "parliament", "assembly", "government", "embassy", "consulate",
    "cabinet", "command", "directorate", "administration", "authority", "union", "association",
    "organization", "foundation", "magazine", "channel", "outlet", "website", "club", "team",
    "league", "federation", "unit", "mission", "centre", "center", "school", "hospital",
    "group", "network", "tribunal", "legislature", "senate", "congress", "regime", "militia",
    "alliance", "coalition", "movement", "front",
))
# fmt: on
# fmt: off
PLACE_KIND_NOUNS = frozenset((
    "province", "city", "capital", "region", "county", "prefecture", "town", "village",
    "district", "island", "peninsula", "port",
))
# fmt: on
_SYNONYMS = {
    "paper": "newspaper",
    "daily": "newspaper",
    "organisation": "organization",
    "forces": "force",
    "ministries": "ministry",
    "agencies": "agency",
    "centre": "center",
    "provincial": "province",
}
#: Words a descriptive reference may add without naming anything ("the official newspaper").
# fmt: off
GENERIC_MODIFIERS = frozenset((
    "official", "state-run", "state", "run", "owned", "state-owned", "government-run", "local",
    "national", "regional", "provincial", "municipal", "central", "top", "main", "senior",
    "same", "said", "aforementioned", "whole", "entire", "new", "former", "ruling", "current",
    "communist", "secret", "two", "both", "country's", "its", "their",
))
# fmt: on


def kind_noun(word: str) -> str:
    """One spelling of a kind noun ("paper" → "newspaper", "forces" → "force")."""
    return _SYNONYMS.get(word, word)


def is_kind_noun(word: str) -> bool:
    return word in ORG_KIND_NOUNS or word in PLACE_KIND_NOUNS


def head_noun(key: str) -> str:
    """The word that says what a name is: "ministry" in "ministry of state security"."""
    words = key.split()
    if not words:
        return ""
    if "of" in words[1:]:
        index = words.index("of", 1)
        return kind_noun(words[index - 1])
    return kind_noun(words[-1])
