"""The packaged extraction parts; importing this package registers them (see registry)."""

from textkg.extract import classifier, coreference, docmodel, titles
from textkg.extract.rules import biography, delegations, nouns, structure, verbs
from textkg.extract.rules import titles as title_rules

__all__ = [
    "biography",
    "classifier",
    "coreference",
    "delegations",
    "docmodel",
    "nouns",
    "structure",
    "title_rules",
    "titles",
    "verbs",
]
