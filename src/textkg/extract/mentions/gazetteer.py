"""Country names the NER missed or cut short, found by exact match at token boundaries.

The NER's other predictable mistakes are repaired in :mod:`.repairs`."""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from spacy.tokens import Span

from textkg.countries import packaged_country_index
from textkg.extract.mentions.model import _APOSTROPHES
from textkg.extract.tokens import TokenTable

# ---------------------------------------------------------------------------- gazetteer


@lru_cache(maxsize=1)
def _long_country_names() -> tuple[tuple[str, str], ...]:
    """Multi-word country names as written ("Democratic People's Republic of Korea"), longest
    first, with the country's label (from the one country index)."""
    index = packaged_country_index()
    names = [
        (name.translate(_APOSTROPHES), index.label(code))
        for name, code in index.written.items()
        if " " in name and name[:1].isupper()
    ]
    names.sort(key=lambda item: (-len(item[0]), item[0]))
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
    """Country names the NER missed, by exact (apostrophe-blind) match at token boundaries;
    a name inside a longer one ("Republic of Korea" in "Democratic People's Republic of
    Korea") is no match of its own."""
    found: list[tuple[int, int, str]] = []
    for i, end, target in _matches(table):
        if not any(taken[i:end]) and not (found and i < found[-1][1]):
            found.append((i, end, target))
    return found


def widen_cut_names(table: TokenTable) -> None:
    """A country's name the NER cut short or split ("French | Guiana" as a nationality and a
    person, "Democratic People's | Republic of Korea") becomes one place entity, before any
    rule reads the entities. An entity that runs on past the name ("Republic of Korea Navy")
    is left alone."""
    ents = table.ents
    for start, end, _country in _matches(table):
        inside = [e for e in ents if e.start < end and start < e.end]
        # "Providenciales, Turks | and Caicos Islands": a town the NER ran on past its comma
        # into the country's first words keeps the town
        town = [e for e in inside if e.start < start - 1 and table.text[start - 1] == ","]
        cut = len(town) == 1 and town[0].end <= end
        if cut:
            ents = [e for e in ents if e is not town[0]]
            ents.append(Span(table.doc, town[0].start, start - 1, label=town[0].label_))
            inside.remove(town[0])
            table.ent_type[start - 1] = ""
        # (an entity may run on by its possessive: "Turks | Caicos Islands'")
        possessive = {"'", "'s", "’", "’s"}
        if (not inside and not cut) or any(
            e.start < start or any(table.text[k] not in possessive for k in range(end, e.end))
            for e in inside
        ):
            continue
        if len(inside) == 1 and (inside[0].start, inside[0].end) == (start, end):
            continue
        ents = [e for e in ents if all(e is not x for x in inside)]
        ents.append(Span(table.doc, start, end, label="GPE"))
        for k in range(start, end):
            table.ent_type[k] = "GPE"
    table.ents = sorted(ents, key=lambda e: (e.start, e.end))
