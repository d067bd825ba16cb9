"""Where things lie and who works where, read from names next to names: a site visited in a
town, a plant "in the X province", "whose geologist Y", "an N at the national institute X";
with sentences of our own."""

from __future__ import annotations

import pytest

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


def test_a_think_tank_written_with_its_town() -> None:
    facts = facts_of(
        "The Atlantic Council of Trade, a Boston think tank, on Wednesday named Rosa Vega as "
        "its next president."
    )
    assert ("Atlantic Council of Trade", "tk:locatedIn", "Boston") in triples(facts)


def test_a_town_after_a_bodys_bracketed_acronym() -> None:
    facts = facts_of(
        "Anna Holm, a researcher at the National Institute of Marine Research (INMAR) in "
        "Bergen, was honoured on Friday."
    )
    assert ("National Institute of Marine Research", "tk:locatedIn", "Bergen") in triples(facts)


def test_a_warden_leads_the_prison() -> None:
    facts = facts_of("She met the warden of Litoral Penitentiary, Colonel Andres Paz, on Tuesday.")
    assert ("Andres Paz", "tk:leaderOf", "Litoral Penitentiary") in triples(facts)


def test_a_role_of_a_body_described_then_named() -> None:
    facts = facts_of(
        "The president appointed Luis Mora on Monday as director of the national customs "
        "service, SENAE."
    )
    assert ("Luis Mora", "tk:leaderOf", "SENAE") in triples(facts)


def test_a_unit_that_remains_a_unit() -> None:
    facts = facts_of(
        "Its regional arm, Andes Connect, which flies turboprops, remains a unit of Aerovia Sur."
    )
    assert ("Andes Connect", "tk:partOf", "Aerovia Sur") in triples(facts)


def test_which_is_part_of() -> None:
    facts = facts_of(
        "The Istanbul-based Turkish Marine Institute, which is part of the Ministry of "
        "Industry and Technology, runs the station."
    )
    assert (
        "Turkish Marine Institute",
        "tk:partOf",
        "Ministry of Industry and Technology",
    ) in triples(facts)


def test_a_branch_of_a_country_wide_party_is_the_partys() -> None:
    facts = facts_of(
        "Galician Union, the regional branch of the Spain-wide People's Front, won ten seats."
    )
    assert ("Galician Union", "tk:partOf", "People's Front") in triples(facts)
    assert ("Galician Union", "tk:partOf", "Spain") not in triples(facts)


def test_a_secretary_of_state_at_a_named_department_leads_that_department() -> None:
    facts = facts_of(
        "Helen Marsh, the Secretary of State at the Department for Transport, visited the "
        "depot on Monday."
    )
    assert ("Helen Marsh", "tk:leaderOf", "Department for Transport") in triples(facts)
    assert "Department of State" not in {m.name for m in facts.mentions}


def test_a_joint_venture_is_part_of_each_owner() -> None:
    facts = facts_of(
        "The refinery belongs to Batinah Refining, a Sohar-based joint venture of the state "
        "energy group Nizwa Energy and the Korean refiner Hanmin Petrochemical."
    )
    assert ("Batinah Refining", "tk:partOf", "Nizwa Energy") in triples(facts)
    assert ("Batinah Refining", "tk:partOf", "Hanmin Petrochemical") in triples(facts)


def test_a_company_from_a_town() -> None:
    facts = facts_of(
        "Ballet Sanaga, a contemporary dance company from Douala, opened its tour on Wednesday."
    )
    assert ("Ballet Sanaga", "tk:locatedIn", "Douala") in triples(facts)


def test_whose_leader_is_after_a_bracketed_acronym() -> None:
    facts = facts_of(
        "The Regulatory Authority for Posts (ARCEP), whose chairman is Kossi Amegah, named "
        "the winners."
    )
    assert ("Kossi Amegah", "tk:leaderOf", "Regulatory Authority for Posts") in triples(facts)


def test_whose_then_a_noun_that_is_no_role_gives_no_post() -> None:
    facts = facts_of("Microsoft, whose shares Warren Buffett bought last year, fell 5 percent.")
    assert ("Warren Buffett", "tk:worksFor", "Microsoft") not in triples(facts)
    assert {"Microsoft", "Warren Buffett"} <= {m.name for m in facts.mentions}
    sponsor = facts_of("Volvo, whose sponsor Ana Ruiz spoke on Monday, fell 5 percent.")
    assert ("Ana Ruiz", "tk:worksFor", "Volvo") not in triples(sponsor)


def test_based_in_hung_on_another_noun_of_the_apposition_is_not_the_companys() -> None:
    facts = facts_of(
        "Norvia, a supplier of parts to carmakers based in Turin, raised money on Monday."
    )
    assert ("Norvia", "tk:locatedIn", "Turin") not in triples(facts)
    assert "Norvia" in {m.name for m in facts.mentions}


def test_a_minister_at_an_assembly_keeps_the_ministry() -> None:
    facts = facts_of(
        "Kenya's Minister of Health at the World Health Organization assembly, Susan Wafula, "
        "said the plan was ready."
    )
    assert "Ministry of Health" in {m.name for m in facts.mentions}


def test_a_companys_business_named_after_it_is_part_of_it() -> None:
    facts = facts_of(
        "Eastgate's laboratory business, Coastline Pathology, is not part of the sale."
    )
    assert ("Coastline Pathology", "tk:partOf", "Eastgate") in triples(facts)


def test_based_in_after_a_kind_and_its_complement() -> None:
    facts = facts_of(
        "Rheintal Dental, a maker of dental implants based in Schaan, on Tuesday bought the "
        "software company Okklus."
    )
    assert ("Rheintal Dental", "tk:locatedIn", "Schaan") in triples(facts)


def test_a_unit_said_of_the_apposition_by_a_relative_clause() -> None:
    facts = facts_of(
        "It sells oil to Kerbside Aromatics, a fragrance maker that is a unit of the "
        "Grasse-based group Maison Calade."
    )
    assert ("Kerbside Aromatics", "tk:partOf", "Maison Calade") in triples(facts)


def test_a_company_a_copula_calls_based_somewhere_and_a_unit_of_another() -> None:
    found = triples(
        facts_of(
            "The supplier, Adria Med, is a Split-based distributor and a subsidiary of "
            "Medikor, a group from Ljubljana."
        )
    )
    assert ("Adria Med", "tk:locatedIn", "Split") in found
    assert ("Adria Med", "tk:partOf", "Medikor") in found


def test_one_of_the_clubs_in_a_league_is_part_of_it() -> None:
    found = triples(
        facts_of("Deportivo Sol is one of 12 clubs in the Primera Division de Honduras.")
    )
    assert ("Deportivo Sol", "tk:partOf", "Primera Division de Honduras") in found


def test_one_of_the_companies_in_a_consortium_is_part_of_it() -> None:
    found = triples(
        facts_of("Vardar Steel is one of five companies in the Balkan Energy Consortium.")
    )
    assert ("Vardar Steel", "tk:partOf", "Balkan Energy Consortium") in found


def test_a_subsidiary_of_a_group_written_after_its_town_and_kind() -> None:
    found = triples(
        facts_of(
            "It was supplied by Narmada Infotech, a subsidiary of the Bengaluru group Kaveri "
            "Systems."
        )
    )
    assert ("Narmada Infotech", "tk:partOf", "Kaveri Systems") in found
    assert ("Kaveri Systems", "tk:locatedIn", "Bengaluru") in found
    assert ("Narmada Infotech", "tk:partOf", "Bengaluru") not in found


def test_a_unit_after_a_bracketed_acronym_of_several_tokens() -> None:
    found = triples(
        facts_of(
            "Officials of the Kenyan Computer Emergency Response Team (KE-CIRT), a unit of the "
            "Ministry of Information, also attended."
        )
    )
    assert (
        "Kenyan Computer Emergency Response Team",
        "tk:partOf",
        "Ministry of Information",
    ) in found


def test_one_of_the_largest_companies_somewhere_is_no_part_of_it() -> None:
    found = triples(facts_of("Shell is one of the largest companies in the European Union."))
    assert ("Shell", "tk:partOf", "European Union") not in found


def test_one_of_the_largest_hospitals_in_a_town_lies_in_it() -> None:
    found = triples(
        facts_of("Calmette Hospital is one of the largest public hospitals in Phnom Penh.")
    )
    assert ("Calmette Hospital", "tk:locatedIn", "Phnom Penh") in found


def test_one_of_the_largest_makers_in_a_country_is_not_placed_there() -> None:
    facts = facts_of("Toyota is one of the largest carmakers in the United States.")
    assert not {r for r in facts.relations if r.extractor == "one-of-the-members"}


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # "-owned" before the kind names the owner
        ("The Fjord-owned airline Kestrel Air grew.", [("Kestrel Air", "Fjord")]),
        # a body another controls is part of it
        ("Kestrel Air is controlled by Fjord Holdings.", [("Kestrel Air", "Fjord Holdings")]),
        # a joint venture "between" two owners is part of each
        (
            "Kestrel Air is a joint venture between Fjord Holdings and Baltic Air.",
            [("Kestrel Air", "Fjord Holdings"), ("Kestrel Air", "Baltic Air")],
        ),
    ],
)
def test_what_owns_or_controls_a_company(text: str, facts: list[tuple[str, str]]) -> None:
    found = triples(facts_of(text))
    for part, whole in facts:
        assert (part, "tk:partOf", whole) in found


def test_a_copulas_kind_with_a_nationality_places_the_organisation() -> None:
    found = triples(
        facts_of("In 2020 it emerged that Norvia Press is a Canadian publishing house.")
    )
    assert ("Norvia Press", "tk:locatedIn", "Canada") in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "body", "town"),
    [
        # an alliance, a company, an agency past an adjective, a bank's offices
        (
            "Protesters gathered outside the NATO headquarters in Brussels on Friday.",
            "NATO",
            "Brussels",
        ),
        (
            "At a briefing at the Tivali headquarters in Aarhus, a spokesman said sales fell.",
            "Tivali",
            "Aarhus",
        ),
        (
            "At a briefing at EPA headquarters in nearby Reston, the chief said it was over.",
            "EPA",
            "Reston",
        ),
        ("Police searched Norvia's offices in suburban Bergen on Monday.", "Norvia", "Bergen"),
    ],
)
def test_a_bodys_headquarters_named_before_the_noun_are_in_the_town(
    text: str, body: str, town: str
) -> None:
    assert (body, "tk:locatedIn", town) in triples(facts_of(text))


def test_a_seat_in_a_chamber_is_no_headquarters() -> None:
    found = triples(facts_of("Ana Ruiz won the Senate seat in Ohio in November."))
    assert ("Senate", "tk:locatedIn", "Ohio") not in found


def test_a_name_inside_a_based_kinds_phrase_is_based_there() -> None:
    found = triples(facts_of("Kaya Telecom is a unit of the Marrakesh-based Tarik Connect group."))
    assert ("Tarik Connect", "tk:locatedIn", "Marrakesh") in found


def test_where_a_body_has_its_headquarters_is_where_it_is() -> None:
    found = triples(
        facts_of(
            "She later advised the Economic Community of Central African States (ECCAS) in "
            "Libreville, Gabon, where ECCAS has its headquarters."
        )
    )
    assert ("Economic Community of Central African States", "tk:locatedIn", "Libreville") in found


def test_a_small_town_opening_a_companys_description_is_where_it_is() -> None:
    found = triples(
        facts_of(
            "The growth followed the purchase of Rwenzi Remit, a Fort Portal money transfer "
            "firm, in 2032."
        )
    )
    assert ("Rwenzi Remit", "tk:locatedIn", "Fort Portal") in found


def test_a_body_named_inside_an_agencys_description_is_not_based_there() -> None:
    # guard: "EU" says whose agency it is
    found = triples(facts_of("The Lisbon-based EU drugs agency has 120 staff on the coast."))
    assert ("EU", "tk:locatedIn", "Lisbon") not in found
    assert ("European Union", "tk:locatedIn", "Lisbon") not in found


def test_a_cannery_in_a_town_is_a_company_there() -> None:
    facts = facts_of("Nordfisk agreed to buy Kota Laut, a tuna cannery in Bitung, from its owners.")
    assert ("Kota Laut", "tk:locatedIn", "Bitung") in triples(facts)


def test_a_subsidiary_said_by_a_copula_joined_to_the_seat() -> None:
    facts = facts_of(
        "Kivu Mobile is headquartered in Goma, the country's second-largest city, and is a "
        "subsidiary of Katanga Telecom, a group based in Lubumbashi."
    )
    assert ("Kivu Mobile", "tk:partOf", "Katanga Telecom") in triples(facts)


def test_an_institute_in_a_town_that_is_part_of_a_university() -> None:
    facts = facts_of(
        "The surveys were carried out by Tethys, a marine research institute in Horta that is "
        "part of the University of Lisbon."
    )
    found = triples(facts)
    assert ("Tethys", "tk:partOf", "University of Lisbon") in found
    assert ("Tethys", "tk:locatedIn", "Horta") in found


def test_a_start_up_in_a_town_is_there() -> None:
    facts = facts_of("The institute built the device with Kaveri Neurotech, a start-up in Kochi.")
    assert ("Kaveri Neurotech", "tk:locatedIn", "Kochi") in triples(facts)


def test_a_town_based_group_of_two_trades_is_there() -> None:
    facts = facts_of(
        "Kaveri is a unit of Deccan Life Sciences, a Bengaluru-based drugs and devices group "
        "that bought it in 2036."
    )
    found = triples(facts)
    assert ("Deccan Life Sciences", "tk:locatedIn", "Bengaluru") in found
    assert ("Deccan Life Sciences", "tk:acquired", "Kaveri") in found


def test_a_kind_owned_by_a_plural_is_where_the_apposition_puts_it() -> None:
    # "a growers' cooperative in X": the plural possessive is part of the kind
    facts = facts_of("The mill is owned by Tenby Grain, a growers' cooperative in Fort Selkirk.")
    assert ("Tenby Grain", "tk:locatedIn", "Fort Selkirk") in triples(facts)


def test_a_maker_of_things_that_is_a_subsidiary_is_part_of_the_group() -> None:
    # the parser hangs "that is a subsidiary of" on the things made, not on the maker
    facts = facts_of(
        "The rails came from Kessra Track, a Graz-based maker of track systems that is a "
        "subsidiary of Valdor Industries, an engineering group based in Munich."
    )
    found = triples(facts)
    assert ("Kessra Track", "tk:partOf", "Valdor Industries") in found
    assert ("Kessra Track", "tk:locatedIn", "Munich") not in found


def test_a_clause_after_an_apposed_firms_seat_that_makes_it_a_unit_is_the_firms() -> None:
    text = (
        "The fee covered the purchase of Tarn Pay, a payments firm based in Kisumu, which "
        "became a unit of Nyota Bank this month."
    )
    assert ("Tarn Pay", "tk:partOf", "Nyota Bank") in triples(facts_of(text))
