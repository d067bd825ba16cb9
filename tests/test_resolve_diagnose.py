"""`explain NAME OTHER`: why two names are, or are not, one entity, and how to force it."""

from __future__ import annotations

import pytest

from fixtures.resolve.builder import ORG, Doc, P
from textkg.records import ArticleFacts
from textkg.resolve import (
    UnknownName,
    explain_pair,
    format_pair,
    parse_aliases,
)


def _reeves() -> Doc:
    doc = Doc(
        "a.txt",
        [
            "Marta Lindqvist and Jonas Lindqvist founded the rowing club in Tartu.",
            "Lindqvist said it would grow.",
        ],
    )
    doc.m("Marta Lindqvist", P)
    doc.m("Jonas Lindqvist", P)
    doc.m("Lindqvist", P, 2)
    return doc


def test_two_people_sharing_a_family_name_are_apart_and_the_answer_says_why() -> None:
    answer = explain_pair([_reeves().facts()], None, "Marta Lindqvist", "Jonas Lindqvist")
    assert not answer.same
    text = format_pair(answer)
    assert "are not one entity" in text
    assert "share a family name, not their given names" in text
    assert "aliases: [Jonas Lindqvist]" in text


def test_a_tied_surname_says_it_fits_several_people() -> None:
    answer = explain_pair([_reeves().facts()], None, "Lindqvist", "Marta Lindqvist")
    reasons = dict(answer.blocked)
    assert "fits 2 people of a.txt" in reasons["short-form"]


def test_bodies_of_two_countries_are_never_one() -> None:
    doc = Doc("a.txt", ["The Brazilian Foreign Ministry and Kenya's Foreign Ministry met."])
    doc.m("Brazilian Foreign Ministry", ORG, qualifier="Brazil")
    doc.m("Foreign Ministry", ORG, qualifier="Kenya", qualified="Kenya's Foreign Ministry")
    answer = explain_pair(
        [doc.facts()], None, "Brazilian Foreign Ministry", "Kenya's Foreign Ministry"
    )
    assert "bodies of two countries are never one" in dict(answer.blocked)["nationality-in-name"]


def test_a_bare_company_name_with_two_legal_forms_in_the_build_is_not_guessed() -> None:
    a = Doc("a.txt", ["Orrin Plc opened a depot."])
    b = Doc("b.txt", ["Orrin Holdings sold a ferry."])
    c = Doc("c.txt", ["Orrin hired forty drivers."])
    a.m("Orrin Plc", ORG)
    b.m("Orrin Holdings", ORG)
    c.m("Orrin", ORG)
    answer = explain_pair([a.facts(), b.facts(), c.facts()], None, "Orrin", "Orrin Plc")
    assert "2 legal forms" in dict(answer.blocked)["legal-form"]


def test_names_of_one_entity_show_how_each_joined_and_how_to_keep_them_apart() -> None:
    doc = Doc("b.txt", ["Director Amelia Thornbury spoke.", "Thornbury left."])
    doc.m("Amelia Thornbury", P)
    doc.m("Thornbury", P, 1)
    text = format_pair(explain_pair([doc.facts()], None, "Thornbury", "Amelia Thornbury"))
    assert "are one entity: Amelia Thornbury" in text
    assert "short-form" in text and "forbid:" in text


def test_names_of_two_kinds_are_never_forced_together() -> None:
    doc = Doc("a.txt", ["Amelia Thornbury visited the Thornbury Trust."])
    doc.m("Amelia Thornbury", P)
    doc.m("Thornbury Trust", ORG)
    text = format_pair(explain_pair([doc.facts()], None, "Amelia Thornbury", "Thornbury Trust"))
    assert "never one entity" in text and "one kind only" in text


def test_an_alias_file_that_forbids_the_merge_is_named() -> None:
    aliases = parse_aliases("forbid:\n  - [Amelia Thornbury, Thornbury]\n", "mine.yaml")
    doc = Doc("b.txt", ["Amelia Thornbury spoke.", "Thornbury left."])
    doc.m("Amelia Thornbury", P)
    doc.m("Thornbury", P, 1)
    answer = explain_pair([doc.facts()], aliases, "Thornbury", "Amelia Thornbury")
    assert "forbids" in dict(answer.blocked)["alias-file"]


def test_an_unknown_name_gets_suggestions() -> None:
    with pytest.raises(UnknownName) as caught:
        explain_pair([_reeves().facts()], None, "Marta Lindqvst", "Jonas Lindqvist")
    assert caught.value.suggestions[0] == "Marta Lindqvist"


def test_the_suggested_alias_entry_makes_them_one_entity() -> None:
    facts: list[ArticleFacts] = [_reeves().facts()]
    text = format_pair(explain_pair(facts, None, "Marta Lindqvist", "Jonas Lindqvist"))
    snippet = text[text.index("  entities:") :]
    aliases = parse_aliases("\n".join(line[2:] for line in snippet.splitlines()), "fix.yaml")
    assert explain_pair(facts, aliases, "Marta Lindqvist", "Jonas Lindqvist").same
