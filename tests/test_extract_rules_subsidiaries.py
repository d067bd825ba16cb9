"""Units of organisations, occupations and roles written around a name: national units, a
possessive description's subsidiary, "X, a cardiologist at Y", ministries' fields, with
sentences of our own."""

from __future__ import annotations

import pytest

from fixtures.extract.support import facts_of, mention, triples
from textkg.records import EntityType


@pytest.mark.parametrize(
    ("text", "unit", "parent"),
    [
        # the group's name and a country's: its unit in that country
        (
            "Hanmi Motors said it would hire. Lena Hofer runs Hanmi Motors Hungary.",
            "Hanmi Motors Hungary",
            "Hanmi Motors",
        ),
        # a unit noun owned by a possessive description of the article's company
        (
            "Norvik Therapeutics said the drug works. The company's American subsidiary, "
            "Norvik Bio, ran the trial.",
            "Norvik Bio",
            "Norvik Therapeutics",
        ),
        # "the unit of Peru's Y": the company after the country's possessive
        (
            "Banco Andino Chile, the local unit of Peru's Banco Andino, said profits rose.",
            "Banco Andino Chile",
            "Banco Andino",
        ),
    ],
)
def test_a_unit_of_a_company_is_part_of_it(text: str, unit: str, parent: str) -> None:
    assert (unit, "tk:partOf", parent) in triples(facts_of(text))
    assert (unit, "tk:partOf", "Peru") not in triples(facts_of(text))


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # the board of the organisation the story is about
        (
            "Harlow University said the merger would go ahead. Harlow University has 9,000 "
            "students. Dame Patricia Lowe, the chair of the board, welcomed it.",
            ("Patricia Lowe", "tk:leaderOf", "Harlow University"),
        ),
        # coordinated titles written capitalised before the name, the company named before
        (
            "Bodaline raised money on Monday. Co-founder and Chief Executive Amina Njeri, 34, "
            "said the money would fund growth.",
            ("Amina Njeri", "tk:leaderOf", "Bodaline"),
        ),
        # a country's possessive before a kind of organisation in apposition
        (
            "Norcobre, Chile's state-owned copper miner, reported a loss.",
            ("Norcobre", "tk:locatedIn", "Chile"),
        ),
        # a kind in apposition, then a copula saying whose part it is
        (
            "Horizon Jet, Alaska's regional carrier, is also part of Alaska Jet Group.",
            ("Horizon Jet", "tk:partOf", "Alaska Jet Group"),
        ),
    ],
)
def test_organisations_by_their_descriptions(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in triples(facts_of(text))


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # a governor, written bare, of the one bank a story naming other companies names
        (
            "SANTIAGO, March 4 - The Santiago-based Central Bank of Chile cut rates. Codelco "
            "and the IMF welcomed it. Codelco said so. Governor Rosa Vial Lagos, 57, told "
            "reporters that inflation had fallen.",
            ("Rosa Vial Lagos", "tk:leaderOf", "Central Bank of Chile"),
        ),
        # a rider rides for a team; a team manager runs it
        ("Pablo Moreno rides for Orbea Norte.", ("Pablo Moreno", "tk:memberOf", "Orbea Norte")),
        (
            "Orbea Norte's team manager, Inaki Goiri, said the team would defend the lead.",
            ("Inaki Goiri", "tk:leaderOf", "Orbea Norte"),
        ),
        # a ministry's fields the NER cut at "and"
        (
            "Nomsa Khumalo, who heads the Department of Employment and Labour, telephoned her.",
            ("Nomsa Khumalo", "tk:leaderOf", "Department of Employment and Labour"),
        ),
        (
            "Pablo Ruiz, who heads the Department of Agriculture, Food and the Marine, spoke.",
            ("Pablo Ruiz", "tk:leaderOf", "Department of Agriculture, Food and the Marine"),
        ),
        # an occupation no title list holds, at an organisation
        (
            "Dr Ana Lim, a cardiologist at Bergen University Hospital, presented the results.",
            ("Ana Lim", "tk:worksFor", "Bergen University Hospital"),
        ),
        # "the company's subsidiary" apposed to the unit is the story's company's
        (
            "Andes Copper said output fell. Andes Copper owns mines. The project is run by "
            "Minera Quillay, the company's Lima-based subsidiary.",
            ("Minera Quillay", "tk:partOf", "Andes Copper"),
        ),
    ],
)
def test_roles_and_units_written_around_the_name(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in triples(facts_of(text))


def test_a_student_at_a_university_does_not_work_there() -> None:
    found = triples(facts_of("Ana Lim, a student at Bergen University, protested."))
    assert ("Ana Lim", "tk:worksFor", "Bergen University") not in found


def test_the_department_and_a_person_after_it_stay_two() -> None:
    facts = facts_of("The Department of Justice and Smith said so.")
    assert "Department of Justice" in {m.name for m in facts.mentions}


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # an owner after a copula
        (
            "Anatolia Telekom is majority-owned by Bosphorus Holding.",
            ("Anatolia Telekom", "tk:partOf", "Bosphorus Holding"),
        ),
        # a subsidiary of a group named with its nationality and kind
        (
            "ApostaJa, a Curitiba-based subsidiary of the Maltese group Lucky Orbit, runs it.",
            ("ApostaJa", "tk:partOf", "Lucky Orbit"),
        ),
        # "its owner, X": what "its" stands for is X's
        (
            "The Daily Courier will print its last edition on Friday, its owner, Ibadan-based "
            "Westgate Media Group, said.",
            ("Daily Courier", "tk:partOf", "Westgate Media Group"),
        ),
        # a rower rows for a club; a group chief executive leads the group
        (
            "Nikos Karras rows for Ioannina Rowing Club.",
            ("Nikos Karras", "tk:memberOf", "Ioannina Rowing Club"),
        ),
        (
            "Emeka Nwosu, group chief executive of NNPC Ltd, said so.",
            ("Emeka Nwosu", "tk:leaderOf", "NNPC Ltd"),
        ),
        # "whose" after an apposition is the name the apposition describes
        (
            "Attica Lines, the largest Greek ferry operator, whose chairman, Kyriakos Vlachos, "
            "spoke, said so.",
            ("Kyriakos Vlachos", "tk:leaderOf", "Attica Lines"),
        ),
    ],
)
def test_owners_and_officers_in_other_wordings(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in triples(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Allen Cole was traded to the Minnesota Vikings in 1990.",
        "After loan spells with Metropolitano, Allen Cole signed for the Minnesota Vikings.",
        "Allen Cole was drafted by the Minnesota Vikings.",
    ],
)
def test_a_players_clubs(text: str) -> None:
    assert ("Allen Cole", "tk:memberOf", "Minnesota Vikings") in triples(facts_of(text))


def test_a_candidate_who_ran_for_a_party_is_its_member() -> None:
    party = "Jana Novak ran for the small Green Future party in the election."
    # (the party's name without the lower-case "party" the NER ran on into it)
    assert ("Jana Novak", "tk:memberOf", "Green Future") in triples(facts_of(party))


def test_the_owner_after_a_based_place_and_a_kind() -> None:
    found = triples(
        facts_of("Rupa Pay, a subsidiary of the Khulna-based conglomerate Bhairab Group, grew.")
    )
    assert ("Rupa Pay", "tk:partOf", "Bhairab Group") in found
    assert ("Rupa Pay", "tk:partOf", "Khulna") not in found


def test_a_copula_subsidiary_is_an_organisation() -> None:
    facts = facts_of("Nordhavn Ports is a subsidiary of the Danish investment firm Fjell Capital.")
    assert ("Nordhavn Ports", "tk:partOf", "Fjell Capital") in triples(facts)


def test_a_subsidiary_of_a_parent_named_after_its_nationality_and_kind() -> None:
    text = "Harbour Terminals, a subsidiary of the Turkish port group Anadolu Limanlari, runs it."
    assert ("Harbour Terminals", "tk:partOf", "Anadolu Limanlari") in triples(facts_of(text))
    text = "Vidzeme Rail, a subsidiary of the state railway group Baltic Rail Holding, runs it."
    assert ("Vidzeme Rail", "tk:partOf", "Baltic Rail Holding") in triples(facts_of(text))


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Halvard Bank is 80% owned by Norvia Group.",
            ("Halvard Bank", "tk:partOf", "Norvia Group"),
        ),
        (
            "The Regina Clinic is run by the Prairie Health Authority.",
            ("Regina Clinic", "tk:partOf", "Prairie Health Authority"),
        ),
        (
            "The Dockworkers Union (DWU), a member union of the Trade Union Congress, called "
            "the strike.",
            ("Dockworkers Union", "tk:partOf", "Trade Union Congress"),
        ),
        (
            "The largest lender, Halvard Bank, is a unit of Norvia Group.",
            ("Halvard Bank", "tk:partOf", "Norvia Group"),
        ),
    ],
)
def test_a_body_owned_run_by_or_a_member_of_another_is_part_of_it(
    text: str, fact: tuple[str, str, str]
) -> None:
    assert fact in triples(facts_of(text))


def test_a_body_a_descriptions_possessive_owns_is_part_of_the_owner() -> None:
    text = (
        "Vestfold University won the grant. Professor Karin Lind, who heads the university's "
        "Department of Medical Biochemistry, said so."
    )
    found = triples(facts_of(text))
    assert ("Karin Lind", "tk:leaderOf", "Department of Medical Biochemistry") in found
    assert ("Department of Medical Biochemistry", "tk:partOf", "Vestfold University") in found


@pytest.mark.parametrize(
    ("buyer", "text"),
    [
        (
            "Sidra Pay",
            "Sidra Pay agreed on Tuesday to buy 70% of Kestrel Data Labs for $64 million.",
        ),
        (
            "Harbour Mutual Insurance",
            "Harbour Mutual Insurance will absorb its smaller rival Kestrel Data Labs in a share "
            "swap.",
        ),
        ("Sidra Pay", "Sidra Pay bought a 60% stake in Kestrel Data Labs last year."),
    ],
)
def test_a_deal_agreed_or_a_majority_bought_is_an_acquisition(buyer: str, text: str) -> None:
    found = triples(facts_of(text))
    assert (buyer, "tk:acquired", "Kestrel Data Labs") in found
    assert ("Kestrel Data Labs", "tk:partOf", buyer) in found


@pytest.mark.parametrize(
    "text",
    [
        "Sidra Pay bought a 15% stake in Kestrel Data Labs last year.",
        "Sidra Pay plans to buy Kestrel Data Labs.",
        "Sidra Pay did not agree to buy Kestrel Data Labs.",
        "Sidra Pay plans to agree to buy Kestrel Data Labs.",
        "Sidra Pay has refused to agree to buy Kestrel Data Labs.",
    ],
)
def test_a_minority_stake_or_a_planned_purchase_is_no_acquisition(text: str) -> None:
    assert not any(p == "tk:acquired" for _, p, _ in triples(facts_of(text)))


def test_a_company_that_says_it_completed_a_purchase_acquired_it() -> None:
    found = triples(facts_of("Tala Air said that it had completed the purchase of Pago Aviation."))
    assert ("Tala Air", "tk:acquired", "Pago Aviation") in found


def test_a_name_a_copula_calls_a_unit_of_a_company_is_a_company() -> None:
    facts = facts_of("Thio Nickel is a unit of Coral Metals.")
    assert ("Thio Nickel", "tk:partOf", "Coral Metals") in triples(facts)


def test_the_subsidiary_that_a_company_bought_is_the_name_described() -> None:
    text = "The outage hit Etosha Savings, the Windhoek-based subsidiary that Kalahari Bank bought."
    assert ("Kalahari Bank", "tk:acquired", "Etosha Savings") in triples(facts_of(text))


def test_a_company_sold_to_another_was_bought_by_it() -> None:
    found = triples(facts_of("Brightwell was sold to Norvia Group in 2021."))
    assert ("Norvia Group", "tk:acquired", "Brightwell") in found
    # the seller is no buyer's purchase
    found = triples(facts_of("Kaldera Mining sold its stake to Norvia Group in 2021."))
    assert ("Norvia Group", "tk:acquired", "Kaldera Mining") not in found


def test_a_company_named_as_anothers_parent_company_owns_it() -> None:
    found = triples(facts_of("Brightwell's parent company, Norvia Group, reported a loss."))
    assert ("Brightwell", "tk:partOf", "Norvia Group") in found


def test_one_elected_to_a_body_sits_in_it() -> None:
    found = triples(facts_of("In 1971 Pavel Orlov was elected to the Central Committee."))
    assert ("Pavel Orlov", "tk:memberOf", "Central Committee") in found
    found = triples(facts_of("Pavel Orlov was elected to lead the Central Committee."))
    assert ("Pavel Orlov", "tk:memberOf", "Central Committee") not in found


def test_a_club_signed_with_and_seasons_spent_with_a_team() -> None:
    page = (
        "Allen Cole is a Canadian ice hockey player. In 2009 he signed with the Hamburg Freezers."
    )
    assert ("Allen Cole", "tk:memberOf", "Hamburg Freezers") in triples(facts_of(page))
    # in a news report, who signed with a firm may be its client
    found = triples(facts_of("Hunter Cole signed with Kestrel Energy, a Chinese firm, in 2017."))
    assert ("Hunter Cole", "tk:memberOf", "Kestrel Energy") not in found
    found = triples(facts_of("The minister signed a deal with Norvia Foods."))
    assert not {t for t in found if t[1] == "tk:memberOf"}
    profile = (
        "Allen Cole is an American football player. He spent six seasons with the Minnesota "
        "Vikings before joining the Chicago Bears."
    )
    assert ("Allen Cole", "tk:memberOf", "Minnesota Vikings") in triples(facts_of(profile))
    # a news report's past career is not the subject's now; nor is a few days with a team
    found = triples(facts_of("Allen Cole spent two days with the Minnesota Vikings in May."))
    assert ("Allen Cole", "tk:memberOf", "Minnesota Vikings") not in found


@pytest.mark.parametrize(
    "text",
    [
        "In 1990 Pavel Orlov was appointed to the Supreme Court.",
        "Pavel Orlov was drafted into the Red Army in 1941.",
        "Pavel Orlov enlisted in the Royal Navy in 1940.",
    ],
)
def test_one_appointed_drafted_or_enlisted_into_a_body_is_its_member(text: str) -> None:
    found = triples(facts_of(text))
    assert any(s == "Pavel Orlov" and p == "tk:memberOf" for s, p, _ in found), sorted(found)


def test_who_appoints_or_elects_another_to_a_body_does_not_join_it() -> None:
    for text in (
        "President Joe Biden appointed Pavel Orlov to the Supreme Court.",
        "Party leader Olaf Berg elected Pavel Orlov to the Central Committee.",
    ):
        found = triples(facts_of(text))
        assert not {t for t in found if t[1] == "tk:memberOf" and t[0] != "Pavel Orlov"}, found


def test_a_body_that_says_it_would_review_a_purchase_bought_nothing() -> None:
    text = "The Commerce Commission said it would review the purchase of Pago Aviation."
    assert ("Commerce Commission", "tk:acquired", "Pago Aviation") not in triples(facts_of(text))


def test_one_who_heads_a_unit_of_a_body_works_for_it() -> None:
    text = "Anne Moreau heads the public health division of the Lyon-based Vireo Institute."
    found = triples(facts_of(text))
    assert ("Anne Moreau", "tk:worksFor", "Vireo Institute") in found
    assert ("Anne Moreau", "tk:leaderOf", "Vireo Institute") not in found
    # asked to, refused to, or no longer heading it: no post of anyone's
    for text in (
        "Tom Hale asked Anne Moreau to head the research unit of Vireo Institute.",
        "Anne Moreau refused to head the research unit of Vireo Institute.",
        "Anne Moreau will no longer head the research unit of Vireo Institute.",
    ):
        assert not [t for t in triples(facts_of(text)) if t[1] == "tk:worksFor"], text


def test_where_a_traveller_flew_from_is_a_town_not_a_body() -> None:
    facts = facts_of("Anne Moreau flew to Papeete from Noumea on Sunday.")
    assert mention(facts, "Noumea").entity_type is EntityType.CITY


def test_a_trader_owned_by_a_group_is_a_company_and_part_of_it() -> None:
    text = (
        "The silo was built by Olt Agro, a grain trader based in Craiova that is 70% owned "
        "by the Vienna-based Marchfeld Holdings."
    )
    facts = facts_of(text)
    assert mention(facts, "Olt Agro").entity_type is EntityType.ORGANIZATION
    assert ("Olt Agro", "tk:partOf", "Marchfeld Holdings") in triples(facts)


def test_a_person_whose_flat_is_owned_by_a_firm_stays_a_person() -> None:
    facts = facts_of("Mara Olt, a tenant whose flat is owned by Atlas Homes, said so.")
    assert mention(facts, "Mara Olt").entity_type is EntityType.PERSON


def test_a_name_that_is_headquartered_is_a_company() -> None:
    facts = facts_of("Mayombe Mobile is headquartered in Pointe-Noire and sells phones.")
    assert mention(facts, "Mayombe Mobile").entity_type is EntityType.ORGANIZATION


def test_a_stake_an_owner_bought_is_in_the_company_it_owns() -> None:
    for text, owner, owned in (
        (
            "Kora Sound Records, based in Lagos, is a subsidiary of Paris-based Lumiere Music "
            "Group, which bought a majority stake in 2022.",
            "Lumiere Music Group",
            "Kora Sound Records",
        ),
        (
            "Borea Power is owned by Hekla Capital, a Reykjavik-based investment fund, which "
            "bought a majority stake in 2032.",
            "Hekla Capital",
            "Borea Power",
        ),
    ):
        assert (owner, "tk:acquired", owned) in triples(facts_of(text)), text


def test_a_stake_an_owner_will_buy_or_bought_elsewhere_is_no_purchase_of_it() -> None:
    for text in (
        "Borea Power is owned by Hekla Capital, which will buy a stake next year.",
        "Borea Power is owned by Hekla Capital, which bought a stake in Vatn Energy in 2032.",
    ):
        assert ("Hekla Capital", "tk:acquired", "Borea Power") not in triples(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Tarvik Group said on Monday that it would sell its Oremark Analytics unit.",
        "Tarvik Group said its subsidiary Oremark Analytics had won the contract.",
        "Tarvik Group's Oremark Analytics unit will be sold next year.",
    ],
)
def test_a_unit_a_body_calls_its_own_is_part_of_it(text: str) -> None:
    assert ("Oremark Analytics", "tk:partOf", "Tarvik Group") in triples(facts_of(text))


def test_a_rival_a_body_calls_its_own_is_no_part_of_it() -> None:
    found = triples(facts_of("Tarvik Group said its rival Oremark Analytics had cut prices."))
    assert ("Oremark Analytics", "tk:partOf", "Tarvik Group") not in found


def test_an_owner_which_bought_it_acquired_the_company() -> None:
    found = triples(
        facts_of(
            "The prize is sponsored by Kalev Insurance, a Tartu-based insurer that is part of "
            "Oresund Forsikring, a Malmo-based group which bought it in 2031."
        )
    )
    assert ("Oresund Forsikring", "tk:acquired", "Kalev Insurance") in found


def test_an_owner_which_bought_it_something_acquired_nothing() -> None:
    found = triples(
        facts_of("Kalev Insurance is a unit of Oresund Forsikring, which bought it a new office.")
    )
    assert ("Oresund Forsikring", "tk:acquired", "Kalev Insurance") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Norvia Media Group said it will keep its radio station, Harbour FM, and a news website.",
        # "its" is the subject's, the group the description stands for, not the paper
        "Norvia Media Group will close the Evening Star, its daily newspaper. The group will "
        "keep its radio station, Harbour FM, and a news website.",
        # the station named first, the owner's possessive after
        "The Norvia Media Group runs two channels. Adjoa Mensah previously ran Harbour FM, the "
        "group's station in Tema, where she doubled the audience.",
    ],
)
def test_a_station_an_owner_calls_its_own_is_part_of_it(text: str) -> None:
    assert ("Harbour FM", "tk:partOf", "Norvia Media Group") in triples(facts_of(text))


def test_a_plural_unit_noun_makes_every_listed_name_a_unit() -> None:
    found = triples(
        facts_of(
            "Harbour Air Group operated Harbour Air, along with its subsidiaries Gull Airways "
            "and Tern Airlines."
        )
    )
    assert ("Gull Airways", "tk:partOf", "Harbour Air Group") in found
    assert ("Tern Airlines", "tk:partOf", "Harbour Air Group") in found


def test_a_faculty_named_at_a_university_is_part_of_it() -> None:
    found = triples(
        facts_of(
            "Mara Quist (born 1961) is a Finnish surgeon. She is a professor in the Faculty "
            "of Medicine at the University of Lagos."
        )
    )
    assert ("Faculty of Medicine", "tk:partOf", "University of Lagos") in found


def test_a_school_of_a_field_at_a_college_is_part_of_it() -> None:
    found = triples(facts_of("The School of Engineering at Halden University opened in 1950."))
    assert ("School of Engineering", "tk:partOf", "Halden University") in found


def test_a_constituent_college_of_a_university_is_part_of_it() -> None:
    found = triples(facts_of("Kestrel Hall is a constituent college of the University of Halden."))
    assert ("Kestrel Hall", "tk:partOf", "University of Halden") in found
