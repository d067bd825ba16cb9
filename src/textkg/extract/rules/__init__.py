"""The packaged extraction parts; importing this package registers them (see registry)."""

from textkg.extract import classifier, coreference, titles
from textkg.extract.rules import biography, delegations, nouns, structure, verbs
from textkg.extract.rules import titles as title_rules

__all__ = [
    "biography",
    "classifier",
    "coreference",
    "delegations",
    "nouns",
    "structure",
    "title_rules",
    "titles",
    "verbs",
]
