"""Where things lie and who works where, read from names next to names: a site visited in a
town, a plant "in the X province", "whose geologist Y", "an N at the national institute X";
with sentences of our own."""

from __future__ import annotations

from fixtures.extract.support import facts_of, triples


def test_a_site_visited_in_a_town_lies_in_it() -> None:
    facts = facts_of("The health minister visited Hospital Central in Lima on Wednesday.")
    assert ("Hospital Central", "tk:locatedIn", "Lima") in triples(facts)


def test_a_company_sued_in_a_state_does_not_lie_there() -> None:
    facts = facts_of("The shareholders sued Norvia Group in California last year.")
    assert ("Norvia Group", "tk:locatedIn", "California") not in triples(facts)


def test_a_plant_in_a_province_named_after_its_kind() -> None:
    facts = facts_of(
        "The blackout began when a line from the Mazar hydroelectric plant, in the Cañar "
        "province, tripped."
    )
    assert ("Mazar", "tk:locatedIn", "Cañar") in triples(facts)


def test_whose_occupation_then_a_name_works_there() -> None:
    facts = facts_of(
        "The dig is run with Harlow University, whose geologist Paul Weston has worked in "
        "the valley for ten years."
    )
    assert ("Paul Weston", "tk:worksFor", "Harlow University") in triples(facts)


def test_whose_leading_role_then_a_name_leads() -> None:
    facts = facts_of(
        "The loan came from Baltic Trust, whose chief executive Ieva Ozola signed it on Monday."
    )
    assert ("Ieva Ozola", "tk:leaderOf", "Baltic Trust") in triples(facts)


def test_an_occupation_at_a_body_named_after_its_kind() -> None:
    facts = facts_of(
        "Laura Gil, a seismologist at the national geophysics institute IGEPN, said the "
        "eruption could last several days."
    )
    assert ("Laura Gil", "tk:worksFor", "IGEPN") in triples(facts)
