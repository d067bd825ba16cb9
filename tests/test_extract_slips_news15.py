"""Ordinary news shapes the small parser reads wrong, read right all the same (helper
news15): a town's "in X" hung on the verb after a body named "the National Library of Y",
a town's name cut before the "Town" that ends it, a company the NER missed before "regional
manager, X", "the chamber" after a name whose kind comes before its "of", a role between two named
people in a list of role-name pairs, with sentences of our own (one per
shape)."""

from __future__ import annotations

from fixtures.extract.support import facts_of, rule_of, triples
from textkg.records import EntityType


def test_a_town_after_a_library_named_of_its_country_is_where_it_stands() -> None:
    # the parser hangs "in Riga" on "cut"; the kind ("Library") heads the name, not ends it
    text = (
        "Mayor Tomas Berzins cut the ribbon at the National Library of Latvia in Riga "
        "before a crowd of pupils, teachers and parents."
    )
    facts = facts_of(text)
    fact = ("National Library of Latvia", "tk:locatedIn", "Riga")
    assert rule_of(facts, *fact) == "locative-of-name"


def test_a_town_named_with_town_at_its_end_is_a_birthplace() -> None:
    # the NER tags "Cape Coast" and leaves "Town", the head of the phrase "in" governs
    text = (
        "Judge Ama Mensah ruled on Monday. Mensah, who was born in Cape Coast Town, "
        "ordered the ministry to pay the costs."
    )
    assert ("Mensah", "schema:birthPlace", "Cape Coast Town") in triples(facts_of(text))


def test_a_towns_council_keeps_its_own_name() -> None:
    # "Town" before "Council" is the council's name, not the end of the town's
    names = {m.name for m in facts_of("The Cape Coast Town Council met on Monday.").mentions}
    assert "Cape Coast Town" not in names


def test_a_company_before_a_modified_role_and_a_name_employs_the_person() -> None:
    # the NER tags "Telkom manager" but not "Telkom acting director": the word between
    text = "A Telkom acting director, Sipho Nkosi, spoke at the hearing in Pretoria."
    assert ("Sipho Nkosi", "tk:worksFor", "Telkom") in triples(facts_of(text))


def test_a_town_before_a_modified_role_stays_a_town() -> None:
    text = "The Polokwane regional manager, Sipho Nkosi, spoke at the hearing."
    assert "Polokwane" not in {
        m.name for m in facts_of(text).mentions if m.entity_type is EntityType.ORGANIZATION
    }


def test_the_chamber_is_the_chamber_of_commerce_named_before() -> None:
    # "Chamber" heads "the Aarhus Chamber of Commerce" though "Commerce" ends it
    text = (
        "The Aarhus Chamber of Commerce held its fair on Monday. "
        "The chamber's president, Mette Holm, said the fair went well."
    )
    fact = ("Mette Holm", "tk:leaderOf", "Aarhus Chamber of Commerce")
    assert fact in triples(facts_of(text))


def test_a_role_between_two_titled_names_is_the_second_ones() -> None:
    # the parser hangs "the agency's chief executive" and "Pekka Salo" both on "Aino Virta"
    text = (
        "Kestrel Orbital, a start-up based in Espoo, will build a radar, the Finnish Space "
        "Agency said on Monday. The contract was signed in Helsinki by Kestrel Orbital's "
        "founder, Aino Virta, the agency's chief executive, Pekka Salo, and Marco Bianchi, "
        "ESA's director of exploration."
    )
    found = triples(facts_of(text))
    assert ("Pekka Salo", "tk:leaderOf", "Finnish Space Agency") in found
    assert ("Aino Virta", "tk:leaderOf", "Finnish Space Agency") not in found
