"""The packaged extraction parts; importing this package registers them (see registry)."""

from textkg.extract import classifier, titles
from textkg.extract.rules import delegations, nouns, structure, verbs
from textkg.extract.rules import titles as title_rules

__all__ = ["classifier", "delegations", "nouns", "structure", "title_rules", "titles", "verbs"]
