"""Shapes of group meetings, places and roles that slipped on news of our own making: a
visitor shown round by two hosts, a day spent with two people, a late guest joining "the
three", a town the NER cut a word short, a town described as a region's centre (one
sentence or short story of our own each)."""

from __future__ import annotations

from fixtures.extract.support import facts_of, met, triples


def test_two_hosts_who_showed_a_visitor_round_met_the_visitor_and_each_other() -> None:
    text = (
        "Chile's mining minister, Rosa Fuentes, flew to Antofagasta from Santiago on "
        "Tuesday and was shown round the refurbished cargo terminal at Mejillones by Daniel "
        "Morgan, the managing director of Pacific Brine, and Laura Bennett, Andes Water's "
        "chief executive."
    )
    facts = triples(facts_of(text))
    assert met(facts, "Rosa Fuentes", "Daniel Morgan")
    assert met(facts, "Rosa Fuentes", "Laura Bennett")
    assert met(facts, "Daniel Morgan", "Laura Bennett")


def test_a_visitor_taken_through_the_archive_by_two_staff_met_them() -> None:
    text = (
        "Portugal's culture minister, Marta Lobo, flew to Porto from Lisbon on Monday and "
        "was taken through the archive by Daniel Morgan and Laura Bennett, the library's "
        "chief archivist."
    )
    facts = triples(facts_of(text))
    assert met(facts, "Marta Lobo", "Daniel Morgan")
    assert met(facts, "Marta Lobo", "Laura Bennett")


def test_a_weekday_spent_at_a_plant_with_two_people_is_a_meeting_with_both() -> None:
    text = (
        "Nordvik Energy's chief executive, Tomas Berg, drove to Trondheim from Oslo on "
        "Monday and spent Wednesday at the plant with Kari Lunde, who founded Fjord Pumps "
        "in 2001 and stays on as its managing director, and Ola Strand, the plant's "
        "engineer."
    )
    facts = triples(facts_of(text))
    assert met(facts, "Tomas Berg", "Kari Lunde")
    assert met(facts, "Tomas Berg", "Ola Strand")
    assert ("Kari Lunde", "tk:leaderOf", "Fjord Pumps") in facts


def test_a_call_on_a_mayor_at_the_city_hall_is_a_meeting() -> None:
    text = (
        "In the afternoon Grace Mwangi called on the mayor of Mombasa, Hassan Ali, at the "
        "city hall."
    )
    facts = triples(facts_of(text))
    assert met(facts, "Grace Mwangi", "Hassan Ali")


def test_a_guest_who_joined_the_three_for_lunch_met_all_three() -> None:
    text = (
        "Ghana's trade minister, Kofi Mensah, toured the port on Thursday with Ama Owusu and "
        "the mayor of Tema, Yaw Boateng. Efua Asante, the chief executive of Volta Cargo, "
        "joined the three for lunch at the harbour office."
    )
    facts = triples(facts_of(text))
    for host in ("Kofi Mensah", "Ama Owusu", "Yaw Boateng"):
        assert met(facts, "Efua Asante", host)


def test_a_trip_spared_to_patients_is_no_visit_of_the_hospital() -> None:
    found = triples(
        facts_of(
            "The Ridgeview Hospital in Durban opened a heart unit on Monday, sparing most "
            "patients the long trip to Johannesburg for surgery."
        )
    )
    assert not any(p == "tk:visited" for _, p, _ in found)


def test_the_centres_director_after_a_centre_named_since_an_unnamed_one() -> None:
    text = (
        "The Ridgeview Hospital in Durban opened a heart centre on Monday.\n\n"
        "The Coastal Heart Centre, which is part of the hospital, will treat 40 patients a "
        "day. Sipho Dlamini, the centre's director, said the waiting list was long."
    )
    assert ("Sipho Dlamini", "tk:leaderOf", "Coastal Heart Centre") in triples(facts_of(text))


def test_a_maker_of_goods_in_a_town_is_in_that_town() -> None:
    text = (
        "Nordvik Energy has completed its purchase of Fjord Pumps, a maker of water pumps "
        "and valves in Bergen, the companies said on Friday."
    )
    assert ("Fjord Pumps", "tk:locatedIn", "Bergen") in triples(facts_of(text))


def test_the_operator_of_a_mine_in_a_province_is_not_placed_by_the_mine() -> None:
    text = (
        "Kestrel Gold, the operator of the Tolukuma gold mine in Central Province, halted "
        "production on Tuesday."
    )
    assert ("Kestrel Gold", "tk:locatedIn", "Central Province") not in triples(facts_of(text))


def test_a_club_and_a_member_of_a_league_is_part_of_the_league() -> None:
    text = (
        "The Hamilton Kestrels, a rugby club and a member of the Southern Rugby League, have "
        "appointed Tom Berg as head coach."
    )
    assert ("Hamilton Kestrels", "tk:partOf", "Southern Rugby League") in triples(facts_of(text))


def test_a_town_the_ner_cut_a_word_short_before_based_is_the_whole_town() -> None:
    text = "Tane Rugby, a Palmerston North-based club, has appointed Tom Berg as coach."
    assert ("Tane Rugby", "tk:locatedIn", "Palmerston North") in triples(facts_of(text))


def test_a_town_described_as_a_regions_administrative_centre_is_in_the_region() -> None:
    found = triples(facts_of("The plant is in Tomsk, the administrative centre of Tomsk Oblast."))
    assert ("Tomsk", "tk:locatedIn", "Tomsk Oblast") in found


def test_crossing_to_a_town_and_riding_a_bus_to_another_are_visits() -> None:
    found = triples(
        facts_of(
            "Andrea Cruz, the chief executive of Visayan Foods, crossed to Cebu City from "
            "Bohol by fast craft on Monday. On Tuesday Andrea Cruz rode the first bus to "
            "Toledo City."
        )
    )
    assert ("Andrea Cruz", "tk:visited", "Cebu City") in found
    assert ("Andrea Cruz", "tk:visited", "Toledo City") in found


def test_he_after_a_visitor_taken_round_by_hosts_is_the_visitor() -> None:
    text = (
        "Marco Rossi flew into Hamilton from Auckland on Monday. On Tuesday the club's "
        "chairman, Wiremu Tane, and its captain, Rangi Parata, took him round the training "
        "ground. He was then received at the council chambers by the city's mayor, Helen "
        "Barker."
    )
    facts = triples(facts_of(text))
    assert met(facts, "Marco Rossi", "Helen Barker")
    assert not met(facts, "Wiremu Tane", "Helen Barker")


def test_a_company_of_a_town_set_off_by_commas_is_in_that_town() -> None:
    text = "Harbour Tea is owned by Kestrel Foods, of Leeds, which bought it in 2041."
    assert ("Kestrel Foods", "tk:locatedIn", "Leeds") in triples(facts_of(text))


def test_a_group_which_has_its_headquarters_in_a_town_is_there() -> None:
    text = (
        "Maison Verte is a subsidiary of Atlas Group, a French group which has its "
        "headquarters in Lyon."
    )
    assert ("Atlas Group", "tk:locatedIn", "Lyon") in triples(facts_of(text))


def test_a_town_that_is_the_seat_of_a_district_is_in_it() -> None:
    found = triples(facts_of("The plant is in Gulu, the seat of Gulu District."))
    assert ("Gulu", "tk:locatedIn", "Gulu District") in found


def test_taking_full_control_of_a_company_acquires_it() -> None:
    found = triples(facts_of("Nordvik Energy took full control of Fjord Foods in 2039."))
    assert ("Nordvik Energy", "tk:acquired", "Fjord Foods") in found


def test_the_parent_company_named_by_a_copula_owns_the_described_company() -> None:
    text = (
        "Fjord Foods, a Bergen-based fish processor, was fined on Monday. The processor's "
        "parent company is Nordvik Energy."
    )
    assert ("Fjord Foods", "tk:partOf", "Nordvik Energy") in triples(facts_of(text))


def test_its_after_the_station_in_the_same_sentence_is_the_stations() -> None:
    text = (
        "Harbour FM, a Durban-based radio station, has been bought by Coastal Media Group. "
        "Coastal Media Group is owned by Zulu Holdings, which is based in Pretoria.\n\n"
        "James Walker and Sarah Collins spent Tuesday morning at the station with its "
        "general manager, Grace Adams."
    )
    found = triples(facts_of(text))
    assert ("Grace Adams", "tk:leaderOf", "Harbour FM") in found
    assert ("Grace Adams", "tk:leaderOf", "Zulu Holdings") not in found


def test_its_after_a_described_company_in_a_list_of_people_is_that_companys() -> None:
    text = (
        "Fjord Foods, a Bergen-based fish processor, is owned by Nordvik Energy.\n\n"
        "Anna Berg, the chief executive of Nordvik Energy, met Lars Moe, the processor's "
        "chief executive, and Erik Dahl, its plant manager, at the plant on Tuesday."
    )
    found = triples(facts_of(text))
    assert ("Erik Dahl", "tk:worksFor", "Fjord Foods") in found
    assert ("Erik Dahl", "tk:worksFor", "Nordvik Energy") not in found


def test_a_visitor_shown_the_nurseries_by_a_director_met_the_director() -> None:
    text = (
        "Anna Berg drove on to Kandy on Wednesday and was shown the seed nurseries of the "
        "Ceylon Tea Institute by its director, Tomas Lind."
    )
    assert met(triples(facts_of(text)), "Anna Berg", "Tomas Lind")


def test_a_company_folded_into_a_group_is_part_of_it() -> None:
    found = triples(facts_of("Kestrel Logistics was folded into Harbourline Group in 2043."))
    assert ("Kestrel Logistics", "tk:partOf", "Harbourline Group") in found


def test_a_company_named_as_a_groups_company_is_part_of_the_group() -> None:
    found = triples(facts_of("Kestrel Logistics, a Harbourline Group company, is based in Leeds."))
    assert ("Kestrel Logistics", "tk:partOf", "Harbourline Group") in found


def test_a_hospital_paid_for_by_a_fund_is_not_bought_by_it() -> None:
    text = (
        "The $40 million Lakeside General Hospital was paid for by the Nordic Health Fund, "
        "which is based in Oslo."
    )
    assert not any(p == "tk:acquired" for _, p, _ in triples(facts_of(text)))


def test_one_who_has_been_with_a_company_since_a_year_works_for_it() -> None:
    found = triples(
        facts_of("Lars Moe, who has been with Nordvik Energy since 2030, said prices would fall.")
    )
    assert ("Lars Moe", "tk:worksFor", "Nordvik Energy") in found


def test_one_who_edits_a_newspaper_leads_it() -> None:
    found = triples(facts_of("Lars Moe, who edits the Bergen Tribune, asked the question."))
    assert ("Lars Moe", "tk:leaderOf", "Bergen Tribune") in found


def test_a_maker_of_goods_in_a_town_hung_on_the_maker_is_in_the_town() -> None:
    text = (
        "Nordvik Home has completed its purchase of Fjord Furniture, a maker of oak tables "
        "and chairs in Trondheim, the capital of Trondelag, the companies said on Friday."
    )
    assert ("Fjord Furniture", "tk:locatedIn", "Trondheim") in triples(facts_of(text))


def test_a_body_that_named_someone_a_title_without_as_gives_the_role() -> None:
    found = triples(facts_of("Harbourline Group named Sarah Collins chief executive on Monday."))
    assert ("Sarah Collins", "tk:leaderOf", "Harbourline Group") in found


def test_one_appointed_to_lead_a_named_body_leads_it() -> None:
    text = "The government has appointed Sarah Collins to lead Harbourline Group."
    assert ("Sarah Collins", "tk:leaderOf", "Harbourline Group") in triples(facts_of(text))


def test_one_nominated_or_to_be_appointed_to_lead_does_not_lead_yet() -> None:
    for text in (
        "The president nominated Sarah Collins to lead Harbourline Group.",
        "Harbourline Group plans to appoint Sarah Collins to lead the company.",
    ):
        assert ("Sarah Collins", "tk:leaderOf", "Harbourline Group") not in triples(facts_of(text))


def test_two_people_who_met_in_a_relative_clause_met_each_other() -> None:
    text = "Anna Berg and Rui Costa, who met in Lisbon on Monday, agreed to cooperate."
    assert met(triples(facts_of(text)), "Anna Berg", "Rui Costa")


def test_a_relative_clause_of_one_of_two_people_is_that_ones() -> None:
    text = "The minister thanked Anna Berg and Rui Costa, who heads the bank."
    assert not met(triples(facts_of(text)), "Anna Berg", "Rui Costa")


def test_sitting_next_to_someone_at_a_ceremony_is_meeting_them() -> None:
    text = "Anna Berg sat next to Rui Costa at the opening ceremony on Tuesday."
    assert met(triples(facts_of(text)), "Anna Berg", "Rui Costa")


def test_jetting_to_a_town_is_a_trip_there() -> None:
    found = triples(facts_of("Anna Berg jetted to Nairobi on Monday."))
    assert ("Anna Berg", "tk:visited", "Nairobi") in found


def test_a_company_sold_to_a_buyer_is_acquired_by_the_buyer() -> None:
    found = triples(facts_of("Nordvik Energy sold Kestrel Logistics to Harbourline Group in May."))
    assert ("Harbourline Group", "tk:acquired", "Kestrel Logistics") in found


def test_shares_sold_or_a_sale_to_come_is_no_acquisition() -> None:
    for text in (
        "Nordvik Energy sold its shares to Harbourline Group.",
        "Nordvik Energy will sell Kestrel Logistics to Harbourline Group.",
    ):
        assert not any(p == "tk:acquired" for _, p, _ in triples(facts_of(text)))
