"""The resolve stage: one entity per real-world thing, and why each name joined it.

``resolve_entities(facts, aliases)`` is a pure function of all the articles' facts (so an
``--update`` build that re-feeds earlier facts gives the graph of a build from scratch);
``load_aliases(path)`` reads a user's corrections. See :mod:`textkg.resolve.aliases` for
the alias file format and :mod:`textkg.resolve.rules` for the merge rules (each with
the sentence `textkg explain` prints for it).
"""

from __future__ import annotations

from textkg.resolve.aliases import (
    AliasEntry,
    AliasTable,
    ForbiddenPair,
    default_aliases,
    load_aliases,
    parse_aliases,
)
from textkg.resolve.diagnose import PairAnswer, explain_pair, format_pair
from textkg.resolve.explain import (
    RULES,
    UnknownName,
    closest,
    explain,
    explain_without_state,
    find_entities,
    format_explanation,
    format_merge_log,
    keyword_links,
    resolution_names,
)
from textkg.resolve.resolver import resolve_entities


def country_for_name(text: str) -> str | None:
    """The country a place name denotes ("DPRK", "north korea" → "North Korea"), or None."""
    index = default_aliases().country_index()
    code = index.code_for_name(text)
    return index.label(code) if code else None


def country_for_adjective(text: str) -> str | None:
    """The country of a nationality adjective ("North Korean" → "North Korea"), or None.

    Plural nouns work too ("Russians"); an adjective shared by two countries ("Korean")
    gives None.
    """
    index = default_aliases().country_index()
    code = index.code_for_adjective(text)
    return index.label(code) if code else None


__all__ = [
    "RULES",
    "AliasEntry",
    "AliasTable",
    "ForbiddenPair",
    "PairAnswer",
    "UnknownName",
    "closest",
    "country_for_adjective",
    "country_for_name",
    "default_aliases",
    "explain",
    "explain_pair",
    "explain_without_state",
    "find_entities",
    "format_explanation",
    "format_merge_log",
    "format_pair",
    "keyword_links",
    "load_aliases",
    "parse_aliases",
    "resolution_names",
    "resolve_entities",
]
