"""What the words around a name make it, where the NER's label is wrong or missing: a
role only a body has, "one of" a kind of company, a region's leader, "X-based", a venue
after "at"; with sentences of our own."""

from __future__ import annotations

import pytest

from fixtures.extract.support import facts_of, facts_with_ents, mention, names, triples
from textkg.records import EntityType


def test_a_name_whose_chairman_is_named_is_an_organisation() -> None:
    facts = facts_of(
        "The plot was sold by Hue-based developer Huong River Land, whose chairman, Tran Van "
        "Long, said the company would repay its debts."
    )
    assert mention(facts, "Huong River Land").entity_type is EntityType.ORGANIZATION
    assert ("Tran Van Long", "tk:leaderOf", "Huong River Land") in triples(facts)


def test_a_region_whose_president_is_named_is_a_region() -> None:
    facts = facts_of("Catalonia, whose president, Salvador Illa, spoke on Monday, wants more aid.")
    assert mention(facts, "Catalonia").entity_type is EntityType.ADMINISTRATIVE_AREA


def test_a_person_whose_coach_is_named_stays_a_person() -> None:
    facts = facts_of("The champion, Petra Kvitova, whose coach, Jan Mertl, travelled with her.")
    assert mention(facts, "Petra Kvitova").entity_type is EntityType.PERSON


def test_a_person_led_away_stays_a_person() -> None:
    facts = facts_of("Officers led Nkosinathi Dlamini away in handcuffs on Friday.")
    assert mention(facts, "Nkosinathi Dlamini").entity_type is EntityType.PERSON


def test_one_of_a_countrys_largest_makers_is_a_company_in_that_country() -> None:
    facts = facts_of(
        "Nordic Snacks, one of Sweden's largest food makers, said on Thursday that its "
        "profits fell."
    )
    assert mention(facts, "Nordic Snacks").entity_type is EntityType.ORGANIZATION
    assert ("Nordic Snacks", "tk:locatedIn", "Sweden") in triples(facts)


def test_the_region_a_chief_minister_leads_is_a_region() -> None:
    facts = facts_of(
        "The fair was opened last week by K. Ramaiah, chief minister of Tamil Nadu, who "
        "praised the organisers."
    )
    assert mention(facts, "Tamil Nadu").entity_type is EntityType.ADMINISTRATIVE_AREA
    assert ("K. Ramaiah", "tk:leaderOf", "Tamil Nadu") in triples(facts)


def test_a_town_run_into_based_is_the_town() -> None:
    facts = facts_of("The resort was sold by Da Nang-based developer Song Han Land on Monday.")
    assert "Da Nang-based" not in names(facts)
    assert ("Song Han Land", "tk:locatedIn", "Da Nang") in triples(facts)


def test_a_town_of_two_words_the_ner_missed_before_based() -> None:
    facts = facts_of("Lanna Hotels, a Chiang Mai-based hotel chain, bought a resort on Monday.")
    assert mention(facts, "Chiang Mai").entity_type is EntityType.CITY
    assert ("Lanna Hotels", "tk:locatedIn", "Chiang Mai") in triples(facts)


def test_a_venue_after_at_is_its_own_place() -> None:
    facts = facts_of("The Lions play the Bulls at Ellis Park Stadium in Johannesburg on Saturday.")
    assert mention(facts, "Ellis Park Stadium").entity_type.kind is EntityType.PLACE.kind
    assert ("Ellis Park Stadium", "tk:locatedIn", "Johannesburg") in triples(facts)


def test_a_name_between_commas_after_a_kind_of_body_is_that_body() -> None:
    facts = facts_of(
        "Health minister Paula Mora, whose ministry, MINSA, coordinates the response, "
        "spoke on Wednesday."
    )
    assert mention(facts, "MINSA").entity_type is EntityType.ORGANIZATION


def test_a_chambers_one_word_name_before_its_leaders_title() -> None:
    facts = facts_of("The Senate president, Carlos Ruiz, said the bill could still change.")
    assert ("Carlos Ruiz", "tk:leaderOf", "Senate") in triples(facts)


def test_a_name_opened_by_a_foreign_kind_word_the_ner_cut_after_it() -> None:
    facts = facts_of(
        "The cannery belongs to Grupo Pesquero Cantabrico, which has its headquarters in Santander."
    )
    assert ("Grupo Pesquero Cantabrico", "tk:locatedIn", "Santander") in triples(facts)
    assert "Grupo" not in names(facts)


def test_a_name_run_into_and_ends_before_it() -> None:
    facts = facts_of(
        "The deal was backed by Banco de la Plata and Grupo Andino, whose chairman spoke."
    )
    assert {"Banco de la Plata", "Grupo Andino"} <= names(facts)


def test_a_country_whose_name_holds_and_stays_whole() -> None:
    facts = facts_of(
        "The central bank, which is headquartered in Basseterre, the capital of St Kitts and "
        "Nevis, said on Wednesday it would open an office."
    )
    assert ("Basseterre", "tk:locatedIn", "St. Kitts and Nevis") in triples(facts)


def test_a_unions_fields_the_ner_tagged_apart_before_and() -> None:
    facts = facts_of(
        "Union leader Ester Amupolo of the Namibia Food and Allied Workers Union warned that "
        "small firms might close."
    )
    assert "Namibia Food and Allied Workers Union" in names(facts)


def test_a_name_in_capitals_after_a_kind_of_company() -> None:
    facts = facts_of(
        "The power will be carried on a line built by the state grid company ETED. Its "
        "general administrator, Martin Robles, said the line was finished early."
    )
    assert mention(facts, "ETED").entity_type is EntityType.ORGANIZATION
    assert ("Martin Robles", "tk:leaderOf", "ETED") in triples(facts)


def test_a_town_described_as_a_port_is_a_town() -> None:
    facts = facts_of(
        "The minister spoke after touring a cannery in Luderitz, the country's second fishing port."
    )
    assert mention(facts, "Luderitz").entity_type is EntityType.CITY


def test_an_acronym_the_ner_took_for_a_person_is_an_organisation() -> None:
    facts = facts_of(
        "The buyer is KEGOC, Kazakhstan's grid operator, which is headquartered in Astana."
    )
    assert mention(facts, "KEGOC").entity_type is EntityType.ORGANIZATION


def test_a_town_an_organisation_is_named_after_where_it_is_headquartered() -> None:
    facts = facts_of(
        "She was joined by Nour Haddad, chief executive of the Aqaba Development Corporation, "
        "which is headquartered in Aqaba, Jordan's only seaport."
    )
    assert mention(facts, "Aqaba").entity_type is EntityType.CITY
    assert ("Aqaba Development Corporation", "tk:locatedIn", "Aqaba") in triples(facts)


def test_a_hyphened_acronym_stays_whole() -> None:
    facts = facts_of(
        "The strike was called by the transport workers' union UNOTT, a member of the PIT-CNT "
        "trade union federation."
    )
    assert ("UNOTT", "tk:partOf", "PIT-CNT") in triples(facts)


def test_a_counterpart_who_heads_a_ministry_is_a_person() -> None:
    facts = facts_of(
        "On Wednesday Sadykov signed the agreement with his Kyrgyz counterpart, Aidana "
        "Toktogulova, who heads the Ministry of Energy."
    )
    assert mention(facts, "Aidana Toktogulova").entity_type is EntityType.PERSON
    assert ("Aidana Toktogulova", "tk:leaderOf", "Ministry of Energy") in triples(facts)


def test_a_name_in_capitals_opening_a_paragraph_before_which_is_no_dateline() -> None:
    facts = facts_of(
        "Compania Oriental de Transporte (COTRA) runs most routes.\n\nCOTRA, which is "
        "headquartered in the Tres Cruces district, said 900 drivers turned up."
    )
    assert "Cotra" not in names(facts)


def test_a_name_whose_unit_is_named_is_an_organisation() -> None:
    facts = facts_of(
        "She will be replaced by Somchai Wattana, currently head of Siam Golden's Cambodian "
        "unit, Angkor Lager, which is based in Phnom Penh."
    )
    assert ("Angkor Lager", "tk:partOf", "Siam Golden") in triples(facts)
    arm = facts_of("Ana Ruiz's left arm was bandaged on Monday.")
    assert mention(arm, "Ana Ruiz").entity_type is EntityType.PERSON


def test_a_title_in_capitals_after_a_kind_of_company_is_no_name() -> None:
    assert "CEO" not in names(facts_of("The company CEO, Maria Lopez, said profits rose."))


def test_a_body_whose_name_opens_with_its_kind_is_no_region() -> None:
    facts = facts_of(
        "Marchetti, who heads the UN Department of Peace Operations, held talks at the base."
    )
    assert "UN Department" not in names(facts)
    # the body's acronym before it is a body of its own, the department part of it
    assert ("Marchetti", "tk:leaderOf", "Department of Peace Operations") in triples(facts)
    assert ("Department of Peace Operations", "tk:partOf", "UN") in triples(facts)


def test_a_town_with_a_particle_before_based() -> None:
    facts = facts_of(
        "The slope belongs to the Andorra la Vella-based leisure group Pirineu Neu, which runs it."
    )
    assert ("Pirineu Neu", "tk:locatedIn", "Andorra la Vella") in triples(facts)


def test_what_a_person_runs_is_an_organisation() -> None:
    facts = facts_of(
        "The premier toured the pad with Aroha Ngata and Lydia Francis, who runs Qualibou "
        "Geothermal."
    )
    assert ("Lydia Francis", "tk:leaderOf", "Qualibou Geothermal") in triples(facts)


def test_a_distiller_is_a_company() -> None:
    facts = facts_of(
        "Hacienda Boqueron Rums, a distiller based in Catano, on Tuesday bought a sugar mill."
    )
    assert ("Hacienda Boqueron Rums", "tk:locatedIn", "Catano") in triples(facts)


def test_where_a_person_flew_to_or_stayed_is_a_town() -> None:
    facts = facts_of(
        "Jo Bell flew to Broome on Wednesday. Her deputy stayed in Apia, where the union is based."
    )
    assert mention(facts, "Broome").entity_type is EntityType.CITY
    assert mention(facts, "Apia").entity_type is EntityType.CITY
    assert ("Jo Bell", "tk:visited", "Broome") in triples(facts)


def test_a_university_named_in_spanish_with_two_particles_is_an_organisation() -> None:
    facts = facts_of(
        "Ana Vega, a professor of civil engineering at the Universidad de los Andes in "
        "Bogota, spoke."
    )
    assert mention(facts, "Universidad de los Andes").entity_type is EntityType.ORGANIZATION
    assert ("Ana Vega", "tk:worksFor", "Universidad de los Andes") in triples(facts)


def test_a_documentary_maker_is_a_person_not_a_company() -> None:
    facts = facts_of(
        "The prize went to Aidar Seitkali, a documentary maker from Kazakhstan, who filmed "
        "shepherds."
    )
    assert mention(facts, "Aidar Seitkali").entity_type is EntityType.PERSON
    assert ("Aidar Seitkali", "tk:nationality", "Kazakhstan") in triples(facts)


def test_where_the_injured_were_flown_is_no_town() -> None:
    facts = facts_of("The injured were flown by helicopter to the Clinica Alemana in Santiago.")
    assert mention(facts, "Clinica Alemana").entity_type is EntityType.ORGANIZATION


def test_a_body_before_a_role_apposed_to_another_name_stays_a_body() -> None:
    facts = facts_of(
        "At the field hospital, run by the Ghana Red Cross, the organisation's chairman, "
        "Kofi Mensah, said supplies were low."
    )
    assert mention(facts, "Ghana Red Cross").entity_type is EntityType.ORGANIZATION
    assert ("Kofi Mensah", "tk:leaderOf", "Ghana Red Cross") in triples(facts)


def test_what_a_town_is_the_capital_of_is_a_region() -> None:
    facts = facts_of(
        "Its candidate, Rita Sousa, a former mayor of Funchal, the capital of Madeira, "
        "conceded on Monday."
    )
    assert mention(facts, "Madeira").entity_type is EntityType.ADMINISTRATIVE_AREA
    assert ("Funchal", "tk:locatedIn", "Madeira") in triples(facts)


def test_a_name_before_region_is_a_region_whatever_the_ner_said() -> None:
    facts = facts_of("Nadia Sawadogo travelled to Kaya, a city in the Centre-Nord region.")
    assert mention(facts, "Centre-Nord").entity_type is EntityType.ADMINISTRATIVE_AREA
    assert ("Kaya", "tk:locatedIn", "Centre-Nord") in triples(facts)


def test_a_body_a_country_stays_in_is_no_town() -> None:
    facts = facts_of("Sweden will stay in NATO, the prime minister said.")
    assert mention(facts, "NATO").entity_type is EntityType.ORGANIZATION


def test_a_law_firm_is_a_company_though_law_is_what_a_maker_makes() -> None:
    facts = facts_of("The deal was handled by Bowman Gilfillan, a law firm in Johannesburg.")
    assert mention(facts, "Bowman Gilfillan").entity_type is EntityType.ORGANIZATION
    assert ("Bowman Gilfillan", "tk:locatedIn", "Johannesburg") in triples(facts)


def test_a_name_with_an_age_after_it_is_a_person() -> None:
    facts = facts_of("Whitcombe, 62, told reporters the plant would close in March.")
    assert mention(facts, "Whitcombe").entity_type is EntityType.PERSON


def test_whom_a_killing_verb_or_noun_names_is_a_person() -> None:
    shot = facts_of("Prosecutors say the gunman shot Halloran outside the courthouse.")
    assert mention(shot, "Halloran").entity_type is EntityType.PERSON
    murder = facts_of("The trial over the 1994 murder of Okonkwo opened on Monday.")
    assert mention(murder, "Okonkwo").entity_type is EntityType.PERSON


def test_the_town_after_a_persons_age_is_where_they_live() -> None:
    facts = facts_of("Brennan, 47, of Dunmore, was charged with arson on Tuesday.")
    assert mention(facts, "Dunmore").entity_type is EntityType.CITY
    assert ("Brennan", "tk:residesIn", "Dunmore") in triples(facts)


def test_the_name_after_a_compass_point_and_of_is_a_town() -> None:
    facts = facts_of("The blaze charred 4,000 acres some 30 miles southwest of Tonopah.")
    assert mention(facts, "Tonopah").entity_type is EntityType.CITY


def test_the_name_after_a_companys_legal_form_and_of_is_its_town() -> None:
    facts = facts_of("The barge, hired from Kessler Marine Inc. of Wapello, sank on Friday.")
    assert mention(facts, "Wapello").entity_type is EntityType.CITY
    assert ("Kessler Marine Inc.", "tk:locatedIn", "Wapello") in triples(facts)


def test_a_companys_name_ends_at_its_legal_form_before_of() -> None:
    facts = facts_of("The contract went to Hallam Freight Co. of Ottumwa.")
    assert "Hallam Freight Co. of Ottumwa" not in names(facts)
    assert ("Hallam Freight Co.", "tk:locatedIn", "Ottumwa") in triples(facts)


def test_who_kills_someone_named_is_a_person() -> None:
    facts = facts_of("Prosecutors say Halloran murdered Tully after an argument.")
    assert mention(facts, "Halloran").entity_type is EntityType.PERSON
    assert ("Halloran", "tk:killed", "Tully") in triples(facts)
    # an organisation kills too: the NER's organisation stays one
    group = facts_of("Hamas killed Cohen near the border.")
    assert mention(group, "Hamas").entity_type is EntityType.ORGANIZATION
    fled = facts_of("Hollis fled the house and shot Varga twice.")
    assert mention(fled, "Hollis").entity_type is EntityType.PERSON


def test_a_name_before_a_noun_of_killing_is_the_person_killed() -> None:
    facts = facts_of("Moreno was charged over the Okafor killing.")
    assert mention(facts, "Okafor").entity_type is EntityType.PERSON
    # a town the gazetteers know stays the town ("the Austin slaying": one there)
    town = facts_of("Investigators said Moreno acted alone in the Austin slaying.")
    assert mention(town, "Austin").entity_type is EntityType.CITY


def test_what_kills_unnamed_people_is_no_person() -> None:
    facts = facts_of("The hurricane killed 40 people in Haiti.")
    assert all(m.entity_type is not EntityType.PERSON for m in facts.mentions)


def test_a_name_before_its_state_is_a_town_not_a_person() -> None:
    facts = facts_of("Workers were missing near Carter Ridge, Tenn., after the blast.")
    assert mention(facts, "Carter Ridge").entity_type is EntityType.CITY
    assert ("Carter Ridge", "tk:locatedIn", "Tenn.") in triples(facts)
    untagged = facts_of("Ella Grove, Minn., is quiet.")
    assert mention(untagged, "Ella Grove").entity_type is EntityType.CITY


def test_whom_a_player_plays_for_as_a_position_is_a_team() -> None:
    facts = facts_of("Kofi Owusu plays as a midfielder for Brentford.")
    assert mention(facts, "Brentford").entity_type is EntityType.ORGANIZATION
    assert ("Kofi Owusu", "tk:memberOf", "Brentford") in triples(facts)


def test_a_given_name_that_is_also_a_town_with_a_surname_is_a_person() -> None:
    for text in (
        "Sydney Walker, a former member of the Harbor Town Council, got the letter.",
        "Florence Baker, a longtime member of the Elmwood school board, resigned.",
    ):
        name = text.split(",")[0]
        assert mention(facts_of(text), name).entity_type is EntityType.PERSON, text
    team = facts_of("Georgia Tech beat its rival on Saturday.")
    assert mention(team, "Georgia Tech").entity_type is EntityType.ORGANIZATION


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # one works for a person too
        ("Tom Hale worked for Kennedy in the 1960s.", "Kennedy", EntityType.PERSON),
        # a town's murders, a list of figures, an employer after an age, a results list
        ("Chicago's murders fell 10 percent last year.", "Chicago", EntityType.CITY),
        (
            "Cases rose fastest in Ohio, 41, and in Texas, 37.",
            "Ohio",
            EntityType.ADMINISTRATIVE_AREA,
        ),
        ("John Brennan, 47, of Lazard, said the deal was fair.", "Lazard", EntityType.ORGANIZATION),
        ("Kia Dunbar, Texas, won in 10.92 seconds.", "Kia Dunbar", EntityType.PERSON),
    ],
)
def test_clues_of_a_person_or_a_town_that_do_not_hold(
    text: str, name: str, kind: EntityType
) -> None:
    assert mention(facts_of(text), name).entity_type is kind


def test_a_group_named_in_another_language_is_an_organisation() -> None:
    facts = facts_of("Rhein Pack, a unit of the Hamburg-based Albrecht Gruppe, showed its lines.")
    assert mention(facts, "Albrecht Gruppe").entity_type is EntityType.ORGANIZATION
    assert ("Rhein Pack", "tk:partOf", "Albrecht Gruppe") in triples(facts)
    facts = facts_of("Anna Nowak of Grupa Lubelska said the plant would close.")
    assert mention(facts, "Grupa Lubelska").entity_type is EntityType.ORGANIZATION


def test_what_a_title_is_of_is_no_person() -> None:
    facts = facts_of("He also met Ramesh Karki, the chief district officer of Dolakha, on Monday.")
    assert mention(facts, "Dolakha").entity_type is EntityType.ADMINISTRATIVE_AREA
    # a chief district officer heads the district (as a district commissioner does)
    assert ("Ramesh Karki", "tk:leaderOf", "Dolakha") in triples(facts)


def test_the_partner_of_a_surname_is_a_partner_of_a_person() -> None:
    facts = facts_of("Police seek Somchai Wong, a business partner of Heng, who left in January.")
    assert mention(facts, "Heng").entity_type is EntityType.PERSON


def test_what_a_title_is_of_before_a_possessive_is_the_possessors() -> None:
    facts = facts_of("Tom Li, the regional director of Okafor's campaign, resigned.")
    assert mention(facts, "Okafor").entity_type is EntityType.PERSON


def test_a_body_of_a_region_written_with_its_kind_leaves_the_region_its_name() -> None:
    facts = facts_of("Police of Sindh province arrested two men in Karachi.")
    assert mention(facts, "Sindh").entity_type is EntityType.ADMINISTRATIVE_AREA


def test_what_a_mayor_is_of_is_a_town_whatever_club_shares_its_name() -> None:
    facts = facts_of("The mayor of Lyon, Gregory Doucet, met residents on Monday.")
    assert mention(facts, "Lyon").entity_type is EntityType.CITY
    assert ("Gregory Doucet", "tk:leaderOf", "Lyon") in triples(facts)


def test_an_amount_after_a_companys_name_is_no_part_of_it() -> None:
    facts = facts_of(
        "Unilever agreed to sell its tea business to CVC Capital for 4.5 billion euros."
    )
    assert "CVC Capital" in names(facts)


def test_polish_and_catalan_areas_are_administrative_areas() -> None:
    facts = facts_of(
        "Zalesie is a village in Gmina Brok, within Ostrów County, Lublin Voivodeship, in "
        "eastern Poland. Vilarrosa is a town in the comarca of Baix Penedès in Catalonia."
    )
    assert mention(facts, "Lublin Voivodeship").entity_type is EntityType.ADMINISTRATIVE_AREA
    assert mention(facts, "Baix Penedès").entity_type is EntityType.ADMINISTRATIVE_AREA


def test_a_range_the_ner_took_for_a_town_is_a_place() -> None:
    facts = facts_of("Mount Tessler is a peak in the central part of Pioneer Range, Antarctica.")
    assert mention(facts, "Pioneer Range").entity_type is EntityType.PLACE
    # a town the lists know keeps its kind, whatever its last word
    facts = facts_of("The talks were held in Sioux Falls.")
    assert mention(facts, "Sioux Falls").entity_type is EntityType.CITY


def test_a_name_the_ner_took_for_a_town_that_a_copula_calls_a_firm_is_a_firm() -> None:
    facts = facts_of("Norvia is a security firm founded by Tom Lee in 1998.")
    assert mention(facts, "Norvia").entity_type is EntityType.ORGANIZATION
    assert ("Norvia", "schema:founder", "Tom Lee") in triples(facts)


def test_a_museum_or_gallery_named_after_a_person_is_a_body() -> None:
    facts = facts_of("Ruth Malone is the director of the Hollis Museum in Galway.")
    assert mention(facts, "Hollis Museum").entity_type is EntityType.ORGANIZATION
    assert ("Ruth Malone", "tk:leaderOf", "Hollis Museum") in triples(facts)
    facts = facts_of("Owen Tate, 51, is deputy director of the Marsh Art Gallery in Leeds.")
    assert ("Owen Tate", "tk:worksFor", "Marsh Art Gallery") in triples(facts)


def test_a_name_the_ner_took_for_a_product_in_a_places_slot_is_a_place() -> None:
    found = triples(facts_of("On Tuesday Hale and Mercier travelled to Moorea by ferry."))
    assert ("Mercier", "tk:visited", "Moorea") in found
    found = triples(facts_of("The head of Corsica's regional government, Paul Santoni, said so."))
    assert ("Paul Santoni", "tk:leaderOf", "Corsica") in found


def test_a_start_up_in_apposition_is_a_company_and_a_town_before_based_is_a_town() -> None:
    facts = facts_of("It built the device with Kaveri Neurotech, a start-up in Kochi.")
    assert mention(facts, "Kaveri Neurotech").entity_type is EntityType.ORGANIZATION
    found = triples(facts_of("The club is owned by Garonne Capital, a Toulouse-based fund."))
    assert ("Garonne Capital", "tk:locatedIn", "Toulouse") in found


def test_a_one_word_name_a_traveller_flew_to_is_a_town() -> None:
    facts = facts_of("McAllister, a geologist, flew to Newman on Wednesday and met the miners.")
    assert mention(facts, "Newman").entity_type is EntityType.CITY
    assert ("McAllister", "tk:visited", "Newman") in triples(facts)


def test_a_person_of_a_country_read_as_one_name_is_a_person_and_the_country() -> None:
    facts = facts_of("Thabo Mokoena of South Africa, who flew into Lagos on Saturday, won.")
    assert ("Thabo Mokoena", "tk:nationality", "South Africa") in triples(facts)
    assert "Reserve Bank of South Africa" in names(
        facts_of("The Reserve Bank of South Africa, which sets rates, spoke.")
    )
    # a club's plural name is no person's ("Kaizer Chiefs")
    facts = facts_of("Kaizer Chiefs of South Africa, who won the league last year, lost.")
    assert not [m for m in facts.mentions if m.entity_type is EntityType.PERSON]


def test_where_a_second_verb_of_a_traveller_goes_is_a_town() -> None:
    facts = facts_of(
        "Tom Hale held talks with the mayor and on Sunday travelled to Mahia with Ana Lobo to "
        "see the dam."
    )
    assert mention(facts, "Mahia").entity_type is EntityType.CITY
    assert ("Ana Lobo", "tk:visited", "Mahia") in triples(facts)


def test_a_name_before_a_kind_of_company_or_after_a_unit_of_is_a_company() -> None:
    facts = facts_of("The regulator fined Kakande Telecom, a unit of the Atlas Connect group.")
    assert mention(facts, "Atlas Connect").entity_type is EntityType.ORGANIZATION
    facts = facts_of("The regulator said Kakande Telecom is a unit of Atlas Connect.")
    assert mention(facts, "Atlas Connect").entity_type is EntityType.ORGANIZATION


def test_a_building_label_or_a_town_of_origin_before_who_is_read_right() -> None:
    facts = facts_of(
        "Wijesinghe took over last year from Ajith Perera, who now teaches economics at the "
        "University of Colombo."
    )
    assert mention(facts, "Ajith Perera").entity_type is EntityType.PERSON
    facts = facts_of(
        "The flight was flown by captain Oyun Tseren, 38, a native of Darkhan, who joined "
        "Khangai Airlines."
    )
    assert mention(facts, "Darkhan").entity_type is EntityType.CITY
    assert ("Oyun Tseren", "tk:memberOf", "Khangai Airlines") in triples(facts)


def test_a_persons_name_after_a_bodys_apposed_kind_stays_a_person() -> None:
    facts = facts_of(
        "Tom Hale was due to meet the director of LuxDev, the Luxembourg development agency, "
        "Pascale Thill, on Wednesday."
    )
    assert mention(facts, "Pascale Thill").entity_type is EntityType.PERSON


@pytest.mark.parametrize(
    ("text", "spans", "name"),
    [
        # the NER took the victim, whose name is a town's too, for an organisation
        ("Dwyer shot Jackson outside the bar.", [(0, 1, "PERSON"), (2, 3, "ORG")], "Jackson"),
        ("Ms. Tran, the assassin of Austin, was arrested.", None, "Austin"),
    ],
)
def test_who_is_shot_or_assassinated_is_a_person_though_a_town_has_the_name(
    text: str, spans: list[tuple[int, int, str]] | None, name: str
) -> None:
    facts = facts_of(text) if spans is None else facts_with_ents(text, spans)
    assert mention(facts, name).entity_type is EntityType.PERSON


def test_a_towns_murders_are_in_the_town() -> None:
    facts = facts_of("Chicago's murders rose again last year.")
    assert mention(facts, "Chicago").entity_type.kind is EntityType.PLACE


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ms. Holt was born in West Branch, Iowa.", "West Branch"),  # "West", a given name
        # a state's abbreviation before "who" (the sculptor's clause) is the state
        ("The sculptor Ana Reyes, born in Hays, Kan., who taught there, died on Monday.", "Kan."),
    ],
)
def test_a_town_and_its_state_are_places_though_a_person_could_be_named_so(
    text: str, name: str
) -> None:
    assert mention(facts_of(text), name).entity_type.kind is EntityType.PLACE


def test_a_town_the_ner_tags_a_language_is_a_town_unless_it_names_a_language() -> None:
    """The small model tags some towns a language ("based in Tunis"), as it tags languages."""
    text = (
        "The University of Carthage Sud, which is based in Tunis, signed a deal. The rector "
        "spoke in Spanish."
    )
    facts = facts_with_ents(text, [(1, 5, "ORG"), (10, 11, "LANGUAGE"), (20, 21, "LANGUAGE")])
    assert ("University of Carthage Sud", "tk:locatedIn", "Tunis") in triples(facts)
    assert "Spanish" not in names(facts)


def test_a_one_word_name_a_body_is_based_in_is_a_town() -> None:
    """No one is "based in" a person: a one-word name the NER took for one is a town."""
    text = "Musa Okello rides for Nile Racing, a team based in Nyabihu, and won the stage."
    facts = facts_with_ents(text, [(0, 2, "PERSON"), (4, 6, "ORG"), (11, 12, "PERSON")])
    assert ("Nile Racing", "tk:locatedIn", "Nyabihu") in triples(facts)


def test_an_untagged_name_that_is_based_somewhere_is_an_organisation() -> None:
    """A name the NER left untagged ("Huon Char" here), before a clause only a body takes."""
    text = "Huon Char, which is based in Hobart, is owned by Minato Foods."
    found = triples(facts_with_ents(text, [(7, 8, "GPE"), (12, 14, "ORG")]))
    assert ("Huon Char", "tk:locatedIn", "Hobart") in found
