"""IRIs a reader can read, whatever the script of the name."""

from __future__ import annotations

import pytest

from fixtures.resolve.builder import ORG, Doc, P
from textkg.iris import entity_key, mint, slugify
from textkg.records import EntityType
from textkg.resolve import resolve_entities

BASE = "https://example.org/kg/"


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Нарышкин Сергей", "naryshkin-sergey"),
        ("Сергей Евгеньевич Нарышкин", "sergey-evgenevich-naryshkin"),
        ("김정은", "gim-jeong-eun"),
        ("金正恩", "jin-zheng-en"),
        ("Ελληνικά", "ellinika"),
        ("José Pérez", "jose-perez"),
        ("O'Brien & Co.", "o-brien-co"),
    ],
)
def test_names_in_any_script_give_readable_slugs_without_a_hash(name: str, slug: str) -> None:
    assert slugify(name) == slug
    assert entity_key(EntityType.PERSON, name) == f"person/{slug}"


def test_a_name_with_no_letters_still_gets_a_valid_distinct_iri() -> None:
    first, second = (
        entity_key(EntityType.ORGANIZATION, "!!!"),
        entity_key(EntityType.ORGANIZATION, "???"),
    )
    assert first != second
    assert mint(BASE, first).startswith(BASE + "organization/")


def test_the_hash_suffix_appears_only_when_two_names_collide() -> None:
    doc = Doc(
        "a.txt",
        [
            "Сергей Нарышкин spoke in Moscow.",
            "Sergey Naryshkin of the Ministry of Nothing spoke in Kazan.",
        ],
    )
    doc.m("Сергей Нарышкин", P)
    doc.m("Sergey Naryshkin", P)
    doc.m("Ministry of Nothing", ORG)
    resolution = resolve_entities([doc.facts()])
    keys = sorted(e.key for e in resolution.entities)
    assert "organization/ministry-of-nothing" in keys
    people = [k for k in keys if k.startswith("person/")]
    # one person under both spellings, or two with the same slug told apart by a suffix
    assert "person/sergey-naryshkin" in people
    assert len(set(people)) == len(people)
