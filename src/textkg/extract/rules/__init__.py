"""The packaged extraction parts; importing this package registers them (see registry)."""

from textkg.extract import classifier, coreference, docmodel, titles
from textkg.extract.rules import biography, dates, delegations, nouns, structure, verbs
from textkg.extract.rules import titles as title_rules

__all__ = [
    "biography",
    "classifier",
    "coreference",
    "dates",
    "delegations",
    "docmodel",
    "nouns",
    "structure",
    "title_rules",
    "titles",
    "verbs",
]
