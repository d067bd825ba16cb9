"""Places' names the NER cut at a hyphen, joined (extract/mentions/hyphens.py); our own
sentences."""

from __future__ import annotations

from fixtures.extract.support import facts_of, names, triples


def test_a_region_of_two_hyphened_names_is_one_place() -> None:
    facts = facts_of(
        "Bohumin is a town in Karvina District, Moravian - Silesian Region, Czech Republic."
    )
    assert "Moravian - Silesian Region" in names(facts)
    found = triples(facts)
    assert ("Karvina District", "tk:locatedIn", "Moravian - Silesian Region") in found


def test_a_hyphened_place_the_ner_tagged_as_two_is_one() -> None:
    facts = facts_of("One of his parents came from Stamna in Aetolia-Acarnania in Greece.")
    assert "Aetolia-Acarnania" in names(facts)
    assert "Acarnania" not in names(facts)


def test_two_countries_across_a_hyphen_stay_two() -> None:
    facts = facts_of("Trucks queued at the Kenya - Uganda border on Monday.")
    assert {"Kenya", "Uganda"} <= names(facts)
