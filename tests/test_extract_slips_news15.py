"""Ordinary news shapes the small parser reads wrong, read right all the same (helper
news15): a town's "in X" hung on the verb after a body named "the National Library of Y",
with sentences of our own (one per shape)."""

from __future__ import annotations

from fixtures.extract.support import facts_of, rule_of


def test_a_town_after_a_library_named_of_its_country_is_where_it_stands() -> None:
    # the parser hangs "in Riga" on "cut"; the kind ("Library") heads the name, not ends it
    text = (
        "Mayor Tomas Berzins cut the ribbon at the National Library of Latvia in Riga "
        "before a crowd of pupils, teachers and parents."
    )
    facts = facts_of(text)
    fact = ("National Library of Latvia", "tk:locatedIn", "Riga")
    assert rule_of(facts, *fact) == "locative-of-name"
