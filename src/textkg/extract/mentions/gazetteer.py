"""Country names the NER missed or cut short, found by exact match at token boundaries."""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from spacy.tokens import Span

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


@lru_cache(maxsize=1)
def _by_first_word() -> dict[str, list[tuple[str, str]]]:
    firsts: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for alias, target in _long_country_names():
        firsts[alias.split()[0]].append((alias, target))
    return dict(firsts)


def _matches(table: TokenTable) -> list[tuple[int, int, str]]:
    """Every multi-word country name in the text, longest first at each token, as
    (first token, end token, country)."""
    firsts = _by_first_word()
    text = ""
    found = []
    ends: dict[int, int] | None = None
    for i, word in enumerate(table.text):
        candidates = firsts.get(word)
        if not candidates:
            continue
        if ends is None:
            ends = {table.end_char(k): k for k in range(len(table))}
            text = table.source.translate(_APOSTROPHES)
        for alias, target in candidates:
            if not text.startswith(alias, table.idx[i]):
                continue
            end_token = ends.get(table.idx[i] + len(alias))
            if end_token is not None:
                found.append((i, end_token + 1, target))
                break
    return found


def gazetteer_spans(table: TokenTable, taken: list[bool]) -> list[tuple[int, int, str]]:
    """Country names the NER missed, by exact (apostrophe-blind) match at token boundaries."""
    return [(i, end, target) for i, end, target in _matches(table) if not any(taken[i:end])]


def widen_cut_names(table: TokenTable) -> None:
    """A country's name the NER cut short or split ("French | Guiana" as a nationality and a
    person, "Democratic People's | Republic of Korea") becomes one place entity, before any
    rule reads the entities. An entity that runs on past the name ("Republic of Korea Navy")
    is left alone."""
    ents = table.ents
    for start, end, _country in _matches(table):
        inside = [e for e in ents if e.start < end and start < e.end]
        if not inside or any(e.start < start or e.end > end for e in inside):
            continue
        if len(inside) == 1 and (inside[0].start, inside[0].end) == (start, end):
            continue
        ents = [e for e in ents if all(e is not x for x in inside)]
        ents.append(Span(table.doc, start, end, label="GPE"))
        for k in range(start, end):
            table.ent_type[k] = "GPE"
    table.ents = sorted(ents, key=lambda e: (e.start, e.end))
