"""Country names the NER missed, found by exact match at token boundaries."""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from textkg.extract.mentions.model import _APOSTROPHES
from textkg.extract.places import country_patterns
from textkg.extract.tokens import TokenTable

# ---------------------------------------------------------------------------- gazetteer


@lru_cache(maxsize=1)
def _long_country_names() -> tuple[tuple[str, str], ...]:
    """Multi-word official country names ("Democratic People's Republic of Korea")."""
    from textkg.extract.places import _EXTRA_ALIASES

    names = [(alias, target) for alias, target in _EXTRA_ALIASES.items() if " " in alias]
    for short, _pattern in country_patterns():
        if " " in short:
            names.append((short, short))
    names.sort(key=lambda item: -len(item[0]))
    return tuple(names)


def gazetteer_spans(table: TokenTable, taken: list[bool]) -> list[tuple[int, int, str]]:
    """Country names the NER missed, by exact (apostrophe-blind) match at token boundaries."""
    firsts: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for alias, target in _long_country_names():
        firsts[alias.split()[0]].append((alias, target))
    text = ""
    found = []
    ends: dict[int, int] | None = None
    for i, word in enumerate(table.text):
        candidates = firsts.get(word)
        if not candidates or taken[i]:
            continue
        if ends is None:
            ends = {table.end_char(k): k for k in range(len(table))}
            text = table.source.translate(_APOSTROPHES)
        for alias, target in candidates:
            if not text.startswith(alias, table.idx[i]):
                continue
            end_token = ends.get(table.idx[i] + len(alias))
            if end_token is not None and not any(taken[i : end_token + 1]):
                found.append((i, end_token + 1, target))
                break
    return found
