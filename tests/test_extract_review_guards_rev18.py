"""Guards from the adversarial review of c197070..69dac11: sentences of our own that the
session's rules read wrongly where the code before them did not; each was mended and its
guard kept."""

from __future__ import annotations

from fixtures.extract.support import facts_of, mention, names, triples
from textkg.records import EntityType

PART_OF = "tk:partOf"
MEMBER_OF = "tk:memberOf"
MET_WITH = "tk:metWith"


def test_its_customers_business_is_no_part_of_the_company() -> None:
    found = triples(facts_of("Greenway Farms said its Marlow Stores business had doubled."))
    assert ("Marlow Stores", PART_OF, "Greenway Farms") not in found


def test_a_venture_named_after_a_partner_does_not_make_the_partner_a_unit() -> None:
    found = triples(facts_of("Norvia Holdings said its Kestrel venture would close in May."))
    assert ("Kestrel", PART_OF, "Norvia Holdings") not in found


def test_a_service_run_by_another_airline_is_no_unit() -> None:
    found = triples(facts_of("Norvia Airways said its Kestrel Air service to Leeds would end."))
    assert ("Kestrel Air", PART_OF, "Norvia Airways") not in found


def test_a_unions_branch_at_a_company_does_not_make_the_company_the_unions() -> None:
    text = "The Harwick Workers Union said its Norvia branch had voted to strike."
    assert ("Norvia", PART_OF, "Harwick Workers Union") not in triples(facts_of(text))


def test_a_committee_named_after_another_body_is_no_part_of_the_trust() -> None:
    text = "The Kestrel Trust said its Norvia Foundation committee would meet in Leeds."
    assert ("Norvia Foundation", PART_OF, "Kestrel Trust") not in triples(facts_of(text))


def test_a_regulator_named_in_a_complaint_or_a_grant_is_no_unit() -> None:
    for text, unit, owner in (
        (
            "Harwick Motors withdrew its Office of Fair Trading complaint on Monday.",
            "Office of Fair Trading",
            "Harwick Motors",
        ),
        (
            "Harwick Council said its Department of Transport grant had been cut.",
            "Department of Transport",
            "Harwick Council",
        ),
    ):
        assert (unit, PART_OF, owner) not in triples(facts_of(text)), text


def test_a_council_contractor_is_not_the_council() -> None:
    found = triples(
        facts_of(
            "Kestrel Services, a council contractor, won the deal. "
            "The council's leader, Tom Hale, defended it."
        )
    )
    assert ("Tom Hale", "tk:leaderOf", "Kestrel Services") not in found


def test_a_brewery_supplier_is_not_the_brewery() -> None:
    found = triples(
        facts_of(
            "Norvia, a brewery supplier, raised prices. The brewery's owner, Tom Hale, complained."
        )
    )
    assert ("Tom Hale", "tk:leaderOf", "Norvia") not in found


def test_the_project_after_another_project_is_not_the_named_charity() -> None:
    found = triples(
        facts_of(
            "The Kestrel Project, a charity, won a grant. Norvia launched a new housing "
            "project in Leeds. The project's manager, Anna Reyes, said it would open in May."
        )
    )
    assert ("Anna Reyes", "tk:worksFor", "Kestrel Project") not in found


def test_flood_water_is_not_the_water_company() -> None:
    found = triples(
        facts_of(
            "Norvia Water sold its plant in May. A water main burst in Leeds. "
            "The water flooded the Harwick Museum."
        )
    )
    assert not any(s == "Norvia Water" and o == "Harwick Museum" for s, _, o in found)


def test_a_towns_best_known_tradesman_is_no_member_of_the_town() -> None:
    for text, person, place in (
        ("Paris's best-known chef, Anna Reyes, opened a new restaurant.", "Anna Reyes", "Paris"),
        ("Tom Hale, Glasgow's most famous accountant, was jailed.", "Tom Hale", "Glasgow"),
        (
            "Kestrel County's best-known chef, Anna Reyes, opened a restaurant.",
            "Anna Reyes",
            "Kestrel County",
        ),
    ):
        assert (person, MEMBER_OF, place) not in triples(facts_of(text)), text


def test_a_carmakers_mechanic_does_not_live_in_the_town_of_that_name() -> None:
    found = triples(facts_of("Tom Hale, a Toyota mechanic in Leeds, was fined."))
    assert ("Tom Hale", "tk:residesIn", "Toyota") not in found


def test_walking_a_line_or_in_step_with_someone_is_no_meeting() -> None:
    for text in (
        "Anna Reyes walked a fine line with Tom Hale over the budget.",
        "Anna Reyes walked in step with Tom Hale on tax policy.",
    ):
        assert ("Anna Reyes", MET_WITH, "Tom Hale") not in triples(facts_of(text)), text


def test_a_maker_of_things_that_are_part_of_a_group_is_not_part_of_it() -> None:
    for text, maker, owner in (
        (
            "Brightwell, a developer of an app that is part of Norvia Pay, was fined.",
            "Brightwell",
            "Norvia Pay",
        ),
        (
            "Tom Hale, a supplier of engines that are part of the Kestrel Air fleet, was paid.",
            "Tom Hale",
            "Kestrel Air",
        ),
        (
            "Norvia, a buyer of a bank that was a unit of Kestrel Group, raised capital.",
            "Norvia",
            "Kestrel Group",
        ),
    ):
        assert (maker, PART_OF, owner) not in triples(facts_of(text)), text


def test_a_name_opening_with_a_possessive_keeps_it() -> None:
    for text, name in (
        ("Anna Reyes leads Our Future Party, a new movement in Leeds.", "Our Future Party"),
        ("Tom Hale chairs Your Voice Matters, a charity based in Leeds.", "Your Voice Matters"),
    ):
        assert name in names(facts_of(text)), text


def test_a_company_in_a_group_keeps_the_group_an_organisation() -> None:
    for text, group in (
        (
            "Brightwell is the most profitable company in Kestrel Dynamics, the defence group.",
            "Kestrel Dynamics",
        ),
        ("Tom Hale runs the largest firm in Norvia Aerospace's supply chain.", "Norvia Aerospace"),
    ):
        assert mention(facts_of(text), group).entity_type is EntityType.ORGANIZATION, text


def test_a_founders_surname_stays_a_person_beside_her_namesake_house() -> None:
    facts = facts_of(
        "Marta Vell, a designer, founded Marta Vell in 1990. Marta Vell, the fashion house, "
        "has 40 stores. Vell said sales rose."
    )
    assert mention(facts, "Vell").entity_type is EntityType.PERSON


def test_a_police_unit_named_after_the_company_it_investigates_is_no_part() -> None:
    text = "Harwick Police's Norvia unit investigated the fraud at the carmaker."
    assert ("Norvia", PART_OF, "Harwick Police") not in triples(facts_of(text))
