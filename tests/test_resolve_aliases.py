"""Alias files: forced and forbidden merges, extra country names, and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from fixtures.resolve.builder import CITY, ORG, PL, Doc, P, entity_of
from textkg.errors import TextkgError
from textkg.records import EntityType
from textkg.resolve import AliasTable, default_aliases, load_aliases, resolve_entities

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "resolve" / "aliases.yaml"


def test_the_packaged_alias_data_loads() -> None:
    table = default_aliases()
    assert any(c.code == "PRK" for c in table.countries)
    assert table.family_name_first and table.name_variants and table.syllable_variants


def test_fixture_file_loads_with_origins() -> None:
    table = load_aliases(FIXTURE)
    assert [e.name for e in table.entries] == ["Ministry of Coastal Affairs", "Valdmark"]
    assert table.entries[0].entity_type is EntityType.ORGANIZATION
    assert table.entries[0].origin == f"{FIXTURE}:3"
    assert [(p.first, p.second) for p in table.forbidden] == [("Sergei Volkov", "Sergey Volkov")]


def test_alias_file_forces_merges_and_sets_the_label() -> None:
    a = Doc("a.txt", ["The Coastal Department issued a notice.", "MCA inspectors came."])
    b = Doc("b.txt", ["Ships left Old Harbour for Valdmark."])
    dept, mca = a.m("Coastal Department", ORG), a.m("MCA", ORG)
    old, city = b.m("Old Harbour", CITY), b.m("Valdmark", CITY)
    r = resolve_entities([a.facts(), b.facts()], load_aliases(FIXTURE))
    assert (
        entity_of(r, a, dept) == entity_of(r, a, mca) == "organization/ministry-of-coastal-affairs"
    )
    ministry = next(e for e in r.entities if e.key == "organization/ministry-of-coastal-affairs")
    assert ministry.label == "Ministry of Coastal Affairs"
    assert set(ministry.alt_labels) == {"Coastal Department", "MCA"}
    assert entity_of(r, b, old) == entity_of(r, b, city)
    decisions = {(d.surface, d.rule) for d in r.merges}
    assert ("Coastal Department", "alias-file") in decisions
    detail = next(d.detail for d in r.merges if d.surface == "Coastal Department")
    assert f"{FIXTURE}:3" in detail


def test_a_typed_alias_never_pulls_in_another_kind() -> None:
    a = Doc("a.txt", ["Valdmark Smith met MCA Jones.", "Old Harbour is a person's nickname here."])
    nick = a.m("Old Harbour", P)
    r = resolve_entities([a.facts()], load_aliases(FIXTURE))
    assert entity_of(r, a, nick).startswith("person/")


def test_alias_file_forbids_a_merge_the_rules_would_make() -> None:
    a = Doc("a.txt", ["Sergei Volkov spoke."])
    b = Doc("b.txt", ["Sergey Volkov answered."])
    sergei, sergey = a.m("Sergei Volkov", P), b.m("Sergey Volkov", P)
    assert entity_of(resolve_entities([a.facts(), b.facts()]), a, sergei) == entity_of(
        resolve_entities([a.facts(), b.facts()]), b, sergey
    )
    r = resolve_entities([a.facts(), b.facts()], load_aliases(FIXTURE))
    assert entity_of(r, a, sergei) != entity_of(r, b, sergey)


def test_alias_file_adds_country_names() -> None:
    a = Doc("a.txt", ["Ships sailed to the Land of the Fjords."])
    m = a.m("Land of the Fjords", PL)
    r = resolve_entities([a.facts()], load_aliases(FIXTURE))
    assert entity_of(r, a, m) == "place/norway"


def test_empty_alias_file_changes_nothing(tmp_path: Path) -> None:
    empty = tmp_path / "empty.yaml"
    empty.write_text("# nothing yet\n", encoding="utf-8")
    assert load_aliases(empty) == AliasTable(sources=(str(empty),))


@pytest.mark.parametrize(
    ("content", "line", "problem"),
    [
        ("entities:\n  - name: [unclosed\n", 3, "not valid YAML"),
        ("merges:\n  - x\n", 1, "unknown section 'merges'"),
        ("entities:\n  - aliases: [A]\n", 2, "needs a 'name'"),
        ("entities:\n  - name: A\n    type: Planet\n", 3, "unknown type 'Planet'"),
        ("entities:\n  - name: A\n    colour: red\n", 3, "unknown field 'colour'"),
        ("entities: A\n", 1, "must be a list"),
        ("forbid:\n  - [A]\n", 2, "at least two names"),
        ("countries:\n  Norway: {names: [X]}\n", 2, "not an ISO 3166 alpha-3 code"),
        ("entities:\n  - name: A\n    aliases: [B, ~]\n", 3, "must be a name"),
        (
            "entities:\n  - name: A\n    aliases: [X]\n  - name: B\n    aliases: [x]\n",
            4,
            "already listed",
        ),
        ("entities:\n  - name: A\n    aliases: [B]\nforbid:\n  - [A, B]\n", 5, "forbids merging"),
    ],
)
def test_bad_alias_files_name_file_and_line(
    tmp_path: Path, content: str, line: int, problem: str
) -> None:
    path = tmp_path / "aliases.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(TextkgError) as caught:
        load_aliases(path)
    message = str(caught.value)
    assert message.startswith(f"{path}:{line}: "), message
    assert problem in message
    assert "\n" not in message


def test_missing_alias_file(tmp_path: Path) -> None:
    with pytest.raises(TextkgError, match="alias file not found"):
        load_aliases(tmp_path / "nope.yaml")
