"""An ``--update`` resolves the earlier articles, read back from the build state, with the
new ones: for each kind of merge that crosses articles, the entities, the Turtle and the
build state are those of one build of all the articles."""

from __future__ import annotations

from pathlib import Path

from factories import turtle_bytes
from fixtures.resolve.builder import ORG, PL, Doc, P, entity_of, rules_for
from textkg.factstore import CompactFacts, load_compact_facts, save_facts
from textkg.records import Mention, Resolution
from textkg.resolve import resolve_entities


def _as_full_build(tmp_path: Path, earlier: list[Doc], new: list[Doc]) -> Resolution:
    """Build ``earlier``, update it with ``new``, and check that the update made what one
    build of all of them makes; the resolution of that build."""
    state = tmp_path / "earlier.facts.jsonl.gz"
    save_facts(state, [d.facts() for d in earlier])
    updated = load_compact_facts(state).merged(CompactFacts.of(d.facts() for d in new))
    at_once = CompactFacts.of(d.facts() for d in [*earlier, *new])
    outputs: list[tuple[Resolution, bytes, bytes]] = []
    for name, facts in (("updated", updated), ("at-once", at_once)):
        resolution = resolve_entities(facts)
        kept = tmp_path / f"{name}.facts.jsonl.gz"
        save_facts(kept, facts)
        turtle = turtle_bytes(facts, resolution, tmp_path / f"{name}.ttl")
        outputs.append((resolution, turtle, kept.read_bytes()))
    assert outputs[0] == outputs[1]
    return outputs[1][0]


def test_a_person_named_without_a_middle_name_joins_the_earlier_full_name(
    tmp_path: Path,
) -> None:
    a = Doc("a.txt", ["Amelia Rose Thornbury opened the archive."])
    full = a.m("Amelia Rose Thornbury", P)
    b = Doc("b.txt", ["Amelia Thornbury closed it."])
    short = b.m("Amelia Thornbury", P)
    r = _as_full_build(tmp_path, [a], [b])
    assert entity_of(r, a, full) == entity_of(r, b, short)
    assert "short-form" in rules_for(r, "Amelia Thornbury")


def test_a_person_written_short_by_the_first_of_two_surnames_and_named_again_later(
    tmp_path: Path,
) -> None:
    a = Doc("a.txt", ["Rosa Echeverría Lagos spoke in Lima.", "Echeverría left for Quito."])
    full = a.m("Rosa Echeverría Lagos", P)
    short = a.m("Echeverría", P, 1)
    b = Doc("b.txt", ["Rosa Echeverría Lagos came back."])
    again = b.m("Rosa Echeverría Lagos", P)
    r = _as_full_build(tmp_path, [a], [b])
    assert entity_of(r, a, full) == entity_of(r, a, short) == entity_of(r, b, again)


def test_an_acronym_an_earlier_article_defines(tmp_path: Path) -> None:
    a = Doc("a.txt", ["The Northern Survey Office (NSO) mapped the coast."])
    long = a.m("Northern Survey Office", ORG, defines="NSO")
    a.m("NSO", ORG)
    b = Doc("b.txt", ["The NSO published the maps."])
    short = b.m("NSO", ORG)
    r = _as_full_build(tmp_path, [a], [b])
    assert entity_of(r, a, long) == entity_of(r, b, short)
    assert "acronym-defined" in rules_for(r, "NSO")


def _norvia() -> tuple[Doc, Mention, Doc, Mention]:
    """An article naming Norvia with its legal form, and one naming it bare."""
    a = Doc("a.txt", ["Norvia Group bought a port."])
    b = Doc("b.txt", ["Norvia sold the port again."])
    return a, a.m("Norvia Group", ORG), b, b.m("Norvia", ORG)


def test_a_company_written_with_its_legal_form_then_without(tmp_path: Path) -> None:
    a, formal, b, bare = _norvia()
    r = _as_full_build(tmp_path, [a], [b])
    assert entity_of(r, a, formal) == entity_of(r, b, bare)
    assert "legal-form" in rules_for(r, "Norvia")


def test_a_second_legal_form_in_the_new_articles_parts_the_bare_name(tmp_path: Path) -> None:
    a, formal, b, bare = _norvia()
    c = Doc("c.txt", ["Norvia Inc. opened an office."])
    other = c.m("Norvia Inc.", ORG)
    r = _as_full_build(tmp_path, [a, b], [c])
    assert entity_of(r, b, bare) not in (entity_of(r, a, formal), entity_of(r, c, other))


def test_a_unit_of_a_company_stays_apart_from_the_company_named_elsewhere(
    tmp_path: Path,
) -> None:
    a = Doc("a.txt", ["Banco Andino Chile raised its forecast.", "Banco Andino did well."])
    unit = a.m("Banco Andino Chile", ORG)
    parent = a.m("Banco Andino", ORG, 1)
    b = Doc("b.txt", ["Banco Andino opened in Lima.", "Banco Andino Chile did not."])
    new_parent = b.m("Banco Andino", ORG)
    new_unit = b.m("Banco Andino Chile", ORG)
    r = _as_full_build(tmp_path, [a], [b])
    assert entity_of(r, a, unit) == entity_of(r, b, new_unit)
    assert entity_of(r, a, parent) == entity_of(r, b, new_parent)
    assert entity_of(r, a, unit) != entity_of(r, a, parent)


def test_a_country_by_another_of_its_names(tmp_path: Path) -> None:
    a = Doc("a.txt", ["North Korea fired a missile."])
    name = a.m("North Korea", PL)
    b = Doc("b.txt", ["The DPRK said it was a test.", "North Koreans watched."])
    code = b.m("DPRK", PL)
    people = b.m("North Koreans", PL)
    r = _as_full_build(tmp_path, [a], [b])
    assert entity_of(r, a, name) == entity_of(r, b, code) == entity_of(r, b, people)
