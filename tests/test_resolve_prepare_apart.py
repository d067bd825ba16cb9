"""A large build prepares the second half of its articles' mentions in a forked child: the
mentions, and so the entities, are those one process makes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

import textkg.resolve.prepare_apart as apart
from fixtures.resolve.builder import ORG, PL, Doc, P, entity_of
from textkg.errors import TextkgError
from textkg.forked import can_fork
from textkg.records import ArticleFacts
from textkg.resolve import resolve_entities
from textkg.resolve.aliases import default_aliases
from textkg.resolve.prepare_apart import prepare_articles

pytestmark = pytest.mark.skipif(not can_fork(), reason="needs fork")


def _docs() -> list[Doc]:
    """Wordings that recur in both halves (a person, a ministry with its country, an
    acronym, a country, a reference), and one of each half's own."""
    docs = []
    for n, city in enumerate(["Riga", "Oslo", "Tallinn", "Vilnius", "Lima", "Quito"]):
        d = Doc(
            f"{n:02}.txt",
            [
                f"Director Hanna Berg of the Baltic Survey Agency (BSA) met officials in {city}.",
                "The Canadian Ministry of Fisheries said Canada would help.",
                f"Berg said the agency would open an office in {city} soon.",
            ],
        )
        d.m("Hanna Berg", P, titles=("Director",))
        d.m("Baltic Survey Agency", ORG, defines="BSA")
        d.m("BSA", ORG)
        d.m(city, PL)
        d.m("Canadian Ministry of Fisheries", ORG, qualifier="Canada")
        d.m("Canada", PL)
        d.m("Berg", P)
        d.m("the agency", ORG, name="Baltic Survey Agency")
        docs.append(d)
    return docs


def _facts() -> list[ArticleFacts]:
    return [d.facts() for d in _docs()]


@pytest.fixture()
def unpacked(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The first article of each half a child prepared (this process unpacks it)."""
    starts: list[int] = []
    taken = apart._unpacked

    def spy(start: int, *rest: Any) -> Any:
        starts.append(start)
        return taken(start, *rest)

    monkeypatch.setattr(apart, "_unpacked", spy)
    return starts


def test_the_halves_prepare_what_one_process_prepares(unpacked: list[int]) -> None:
    countries = default_aliases().country_index()
    facts = _facts()
    serial = prepare_articles(countries, facts, split=False)
    split = prepare_articles(countries, facts, split=True)
    assert unpacked == [4]  # the child prepared articles 4 and 5
    assert split == serial
    assert [len(a) for a in split] == [8] * 6
    ministry = next(p for p in split[5] if p.key == "canadian ministry of fisheries")
    assert (ministry.article, ministry.source, ministry.qualifier) == (5, "05.txt", "CAN")
    # (what later steps change of one mention is its own, as in one process)
    ministry.kind = P
    assert next(p for p in split[4] if p.key == ministry.key).kind is ORG


def test_a_large_build_resolves_alike_with_the_halves(
    monkeypatch: pytest.MonkeyPatch, unpacked: list[int]
) -> None:
    docs = _docs()
    facts = [d.facts() for d in docs]
    serial = resolve_entities(facts)
    assert not unpacked  # a small build: one process
    monkeypatch.setattr(apart, "SPLIT_PREPARE_ARTICLES", 0)
    monkeypatch.setattr(apart, "spare_core", lambda: True)
    split = resolve_entities(facts)
    assert unpacked == [4]
    assert split == serial
    first, last = docs[0], docs[-1]
    berg = [entity_of(split, d, d.mentions[0]) for d in (first, last)]
    assert berg[0] == berg[1]


class _Unreadable(Sequence[ArticleFacts]):
    """Facts whose last article cannot be read."""

    def __init__(self, facts: list[ArticleFacts]) -> None:
        self.facts = facts

    def __len__(self) -> int:
        return len(self.facts)

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, int) and index == len(self.facts) - 1:
            raise TextkgError(f"article {index} is unreadable")
        return self.facts[index]


def test_the_childs_failure_is_the_builds() -> None:
    countries = default_aliases().country_index()
    with pytest.raises(TextkgError, match="article 5 is unreadable"):
        prepare_articles(countries, _Unreadable(_facts()), split=True)
