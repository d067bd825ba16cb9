"""The packaged extraction parts; importing this package registers them (see registry)."""

from textkg.extract import classifier, coreference, docmodel, role_references, titles
from textkg.extract.rules import (
    biography,
    companions,
    containment,
    dates,
    delegations,
    deputies,
    locatives,
    nationality,
    nouns,
    occupations,
    place_apposition,
    role_is_name,
    structure,
    subsidiaries,
    succession,
    title_of,
    verbs,
)
from textkg.extract.rules import titles as title_rules

__all__ = [
    "biography",
    "classifier",
    "companions",
    "containment",
    "coreference",
    "dates",
    "delegations",
    "deputies",
    "docmodel",
    "locatives",
    "nationality",
    "nouns",
    "occupations",
    "place_apposition",
    "role_is_name",
    "role_references",
    "structure",
    "subsidiaries",
    "succession",
    "title_of",
    "title_rules",
    "titles",
    "verbs",
]
