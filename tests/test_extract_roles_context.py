"""Roles whose holder, organisation or country is read from the words around the title:
a portfolio listed in fields, the head of one part of a body, the country of a host, what
"its" stands for, and who is sworn in."""

from __future__ import annotations

import pytest

from fixtures.extract.support import facts_of, mention, names, triples
from textkg.records import EntityType


def test_a_ministers_portfolio_listed_in_several_fields_is_one_ministry() -> None:
    found = triples(
        facts_of("Chile's minister of energy, mining and climate, Rosa Vidal, toured the plant.")
    )
    ministry = "Ministry of Energy, Mining and Climate"
    assert ("Rosa Vidal", "tk:memberOf", "Chile") in found
    assert ("Rosa Vidal", "tk:leaderOf", ministry) in found
    assert (ministry, "tk:partOf", "Chile") in found
    found = triples(
        facts_of("Rosa Vidal, the minister of energy, mining and climate, toured the plant.")
    )
    assert ("Rosa Vidal", "tk:leaderOf", ministry) in found
    # a list later in the clause is not the portfolio's
    found = triples(
        facts_of("Rosa Vidal, the minister of energy, said wages, prices and rents rose.")
    )
    assert ("Rosa Vidal", "tk:leaderOf", "Ministry of Energy") in found


def test_the_head_of_one_part_of_a_body_works_for_it_and_does_not_lead_it() -> None:
    found = triples(
        facts_of("Laurent Mbeki, the World Food Programme's country director for Chad, spoke.")
    )
    assert ("Laurent Mbeki", "tk:worksFor", "World Food Programme") in found
    assert not any(p in ("tk:leaderOf", "tk:nationality") for _, p, _ in found), found
    found = triples(
        facts_of("Karin Holm, the sporting director of Hammarby, said the plan was ready.")
    )
    assert ("Karin Holm", "tk:worksFor", "Hammarby") in found
    # the artistic director of a festival leads it
    found = triples(
        facts_of("Alba Rossi, the artistic director of the Lucca Summer Festival, said so.")
    )
    assert ("Alba Rossi", "tk:leaderOf", "Lucca Summer Festival") in found


def test_a_bare_division_title_works_for_the_organisation_the_story_is_about() -> None:
    text = (
        "Norvia Group reported a loss on Monday. Finance director Laura Bekker said costs "
        "rose. Norvia Group will cut 300 jobs."
    )
    assert ("Laura Bekker", "tk:worksFor", "Norvia Group") in triples(facts_of(text))
    # "his sports director": the rider's team, which the story need not name most
    text = (
        "Kestrel Events runs the race. Kestrel Events said 150 riders started. Sander Lunde "
        "had a fever, his sports director, Henrik Berg, said. Kestrel Events moved the stage."
    )
    assert not any(s == "Henrik Berg" for s, _, _ in triples(facts_of(text)))


def test_a_host_received_by_title_alone_leads_the_country_of_the_place_not_the_visitors() -> None:
    text = (
        "Peru's trade minister, Rosa Quispe, arrived in Quito on Monday and was received by "
        "President Daniel Mora at the palace."
    )
    found = triples(facts_of(text))
    assert ("Daniel Mora", "tk:leaderOf", "Ecuador") in found
    assert ("Daniel Mora", "tk:leaderOf", "Peru") not in found


def test_its_after_a_country_doing_something_is_the_countrys() -> None:
    text = (
        "Bolivia, a partner in the pipeline, sent its deputy energy minister, Luis Arce, to Lima."
    )
    found = triples(facts_of(text))
    assert ("Luis Arce", "tk:memberOf", "Bolivia") in found


def test_its_opening_a_sentence_after_one_about_a_thing_is_the_organisation_it_named() -> None:
    text = (
        "Norvia Group said on Monday it had bought a paper mill in southern France. The mill, "
        "near Tarbes, was sold by Garonne Holdings, a family company based in Toulouse. Its "
        "head, Marc Vidal, said the family wanted to focus on its hotels."
    )
    found = triples(facts_of(text))
    assert ("Marc Vidal", "tk:leaderOf", "Garonne Holdings") in found
    assert ("Marc Vidal", "tk:leaderOf", "Norvia Group") not in found
    # a subject that describes an organisation named before keeps "its" for that one
    text = (
        "The Integrity Board, an agency that polices doping, banned Ana Silva. The Zurich-based "
        "agency, which handles cases for World Rowing, said tests showed transfusions. Its "
        "head, Karl Weber, said the case took a year."
    )
    assert ("Karl Weber", "tk:leaderOf", "Integrity Board") in triples(facts_of(text))
    # a subject with the organisation's name in apposition: that name's
    text = (
        "The Maritime Authority closed the river. The port operator, Nieuwe Haven Terminals, "
        "said ships were waiting. Its chief executive, Jan Amatali, said fuel was safe."
    )
    assert ("Jan Amatali", "tk:leaderOf", "Nieuwe Haven Terminals") in triples(facts_of(text))


def test_a_festival_is_an_organisation_its_president_leads() -> None:
    text = (
        "The Lucca Summer Festival gave its top prize on Saturday. The festival's president, "
        "Tomas Rossi, handed her the award."
    )
    facts = facts_of(text)
    assert mention(facts, "Lucca Summer Festival").entity_type is EntityType.ORGANIZATION
    assert ("Tomas Rossi", "tk:leaderOf", "Lucca Summer Festival") in triples(facts)


def test_whoever_swears_someone_in_does_not_take_the_role() -> None:
    text = "Kofi Mensah swore in Ama Owusu as chairwoman of the Electoral Commission."
    found = triples(facts_of(text))
    assert ("Kofi Mensah", "tk:leaderOf", "Electoral Commission") not in found
    text = "The king swore in Ana Ruiz as chairwoman of the Electoral Commission."
    assert ("Ana Ruiz", "tk:leaderOf", "Electoral Commission") in triples(facts_of(text))


def test_a_ministers_field_the_ner_took_for_an_organisation_is_no_organisation() -> None:
    facts = facts_of("Togo's Labour Minister Kossi Adjo said the strike was illegal.")
    assert "Labour" not in names(facts)
    assert ("Kossi Adjo", "tk:leaderOf", "Ministry of Labour") in triples(facts)
    # a party before a member's title stays the party
    facts = facts_of("Her sister, Ellen Marsh, is also a Labour MP.")
    assert ("Ellen Marsh", "tk:memberOf", "Labour") in triples(facts)


def test_what_someone_does_between_the_role_and_the_name_leaves_the_role_theirs() -> None:
    text = (
        "Norvia Group named a new board on Monday. Its chairman, the banker Jacques Kotto, "
        "said the board would meet monthly."
    )
    assert ("Jacques Kotto", "tk:leaderOf", "Norvia Group") in triples(facts_of(text))
    text = "Norvia Group's president, businessman Oscar Vidal, said the plan was sound."
    assert ("Oscar Vidal", "tk:leaderOf", "Norvia Group") in triples(facts_of(text))


def test_a_role_of_a_described_organisation_with_words_before_its_noun() -> None:
    text = (
        "Zuidhaven Pension Fund sold its oil shares. The Rotterdam-based fund's chair, "
        "Marieke Smit, said the decision was final."
    )
    assert ("Marieke Smit", "tk:leaderOf", "Zuidhaven Pension Fund") in triples(facts_of(text))


def test_the_boards_chairman_chairs_the_organisation_the_story_is_about() -> None:
    text = (
        "Norvia Group named a new chief on Monday. Norvia Group said sales rose. The board's "
        "chairman, Wolfgang Reiter, said sales had doubled."
    )
    assert ("Wolfgang Reiter", "tk:leaderOf", "Norvia Group") in triples(facts_of(text))
    # another of the board's roles is a member's, and says nothing here
    text = (
        "Norvia Group named a new chief on Monday. Norvia Group said sales rose. Hobson will "
        "become the board's lead independent director."
    )
    assert not any(p == "tk:leaderOf" for _, p, _ in triples(facts_of(text)))


def test_an_organisation_someone_has_led_in_an_object_relative_clause() -> None:
    text = "Norvia Group, which Ana Ruiz has led since 2020, cut 300 jobs."
    assert ("Ana Ruiz", "tk:leaderOf", "Norvia Group") in triples(facts_of(text))


def test_an_officer_a_union_conference_elects_is_the_unions_not_a_states() -> None:
    text = (
        "The General Workers' Union, Malta's largest trade union, elected Rita Zammit as its "
        "general secretary on Thursday.\n\nThe conference at the union's headquarters in "
        "Valletta also re-elected Anton Farrugia as president."
    )
    found = triples(facts_of(text))
    assert ("Anton Farrugia", "tk:leaderOf", "General Workers' Union") in found
    assert ("Anton Farrugia", "tk:leaderOf", "Malta") not in found


def test_a_role_of_the_province_is_held_in_the_region_named_before() -> None:
    text = (
        "The governor of Sabaragamuwa Province toured flooded villages on Monday. He was "
        "joined by the province's chief secretary, Dilrukshi Perera."
    )
    assert ("Dilrukshi Perera", "tk:memberOf", "Sabaragamuwa Province") in triples(facts_of(text))


def test_the_governor_of_a_countrys_central_bank_does_not_lead_the_country() -> None:
    text = "Chile's central bank governor, Rosa Vidal, flew to Washington on Monday."
    found = triples(facts_of(text))
    assert ("Rosa Vidal", "tk:leaderOf", "Chile") not in found
    assert ("Rosa Vidal", "tk:memberOf", "Chile") in found


def test_a_role_taken_by_a_second_verb_is_in_the_organisation_the_sentence_gave_them() -> None:
    text = "Ana Ruiz joined Norvia Group in 2015 and became its chief executive in 2021."
    assert ("Ana Ruiz", "tk:leaderOf", "Norvia Group") in triples(facts_of(text))
    text = (
        "Dilmun Ventures paid for 70 percent of the club. Dilmun Ventures said so. Kestrel "
        "Gaming's founder, Mikko Lehtinen, keeps 30 percent and stays on as chief executive."
    )
    found = triples(facts_of(text))
    assert ("Mikko Lehtinen", "tk:leaderOf", "Dilmun Ventures") not in found


def test_a_role_served_until_a_time_in_the_past_is_over() -> None:
    text = "Lena Berg, who served until recently as vice chairman of Norvia Group, spoke."
    found = triples(facts_of(text))
    assert not any(o == "Norvia Group" for _, _, o in found), found
    text = "Lena Berg served as vice chairman of Norvia Group."
    assert ("Lena Berg", "tk:worksFor", "Norvia Group") in triples(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Berg was chairman of the Askvik Rowing Club from 2010 to 2018.",
        "Anna Lind served as chief executive of Halvard Bank between 2015 and 2019.",
        "Pia Ruud was the rector of Vestfold University until 2021.",
        "She succeeds Tom Hale, who ran the Lakeside Jazz Festival for nine years.",
    ],
)
def test_a_role_held_between_dates_in_the_past_leads_nothing_now(text: str) -> None:
    report = f"The board met in Oslo on Monday. {text}"
    assert not [t for t in triples(facts_of(report)) if t[1] == "tk:leaderOf"]


def test_a_reference_page_keeps_a_role_its_subject_held_between_dates() -> None:
    page = (
        "Tomas Berg is a Norwegian rower. He was chairman of Askvik Rowing Club from 2010 to 2018."
    )
    assert ("Tomas Berg", "tk:leaderOf", "Askvik Rowing Club") in triples(facts_of(page))


def test_who_reigned_as_king_of_a_country_led_it() -> None:
    text = "Carol Ives (1893 - 1953) reigned as King of Portugal from 1930 to 1940."
    assert ("Carol Ives", "tk:leaderOf", "Portugal") in triples(facts_of(text))


def test_a_role_led_for_years_up_to_now_is_held() -> None:
    """A guard: the present perfect of a stretch ("has led it for nine years") goes on."""
    text = "The board met on Monday. Tom Hale has led the Lakeside Jazz Festival for nine years."
    assert ("Tom Hale", "tk:leaderOf", "Lakeside Jazz Festival") in triples(facts_of(text))


def test_a_role_taken_in_a_past_year_is_held() -> None:
    text = "Anna Lind became chief executive of Halvard Bank in 2019."
    assert ("Anna Lind", "tk:leaderOf", "Halvard Bank") in triples(facts_of(text))


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Arun Pillai met Odisha's chief minister, Rakesh Mohanty, at the state secretariat.",
            ("Rakesh Mohanty", "tk:leaderOf", "Odisha"),
        ),
        (
            "Kerala Chief Minister Anil Menon opened the bridge.",
            ("Anil Menon", "tk:leaderOf", "Kerala"),
        ),
    ],
)
def test_a_regions_chief_minister_leads_the_region(text: str, fact: tuple[str, str, str]) -> None:
    facts = facts_of(text)
    assert fact in triples(facts)
    assert mention(facts, fact[2]).entity_type is EntityType.ADMINISTRATIVE_AREA


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "The Supreme Court of Belize struck down the licence on Monday. Attorney General "
            "Dennis Arzu said the government would not appeal.",
            ("Dennis Arzu", "tk:memberOf", "Belize"),
        ),
        (
            "The new minister was sworn in at Government House in Nassau, the capital of the "
            "Bahamas, by Governor-General Dame Ingrid Ferguson.",
            ("Ingrid Ferguson", "tk:memberOf", "Bahamas"),
        ),
    ],
)
def test_a_bare_law_officer_or_governor_general_holds_an_office_of_the_stated_country(
    text: str, fact: tuple[str, str, str]
) -> None:
    assert fact in triples(facts_of(text))


def test_a_role_in_the_past_perfect_is_over_but_an_appointment_holds() -> None:
    text = (
        "Rolle moved Kendra Moss, who had headed the Ministry of Health, to the Ministry of Trade."
    )
    assert ("Kendra Moss", "tk:leaderOf", "Ministry of Health") not in triples(facts_of(text))
    text = "Norvia had named Tomas Berg as chairman before the sale."
    assert ("Tomas Berg", "tk:leaderOf", "Norvia") in triples(facts_of(text))


def test_a_country_of_someones_studies_is_not_a_bare_presidents() -> None:
    text = (
        "Liberia named Ana Kollie head of its forestry agency on Friday. Kollie, who "
        "studied wildlife management in Ghana, worked for a charity. She was sworn in by "
        "President Amos Freeman on Monday."
    )
    found = triples(facts_of(text))
    assert ("Amos Freeman", "tk:leaderOf", "Ghana") not in found
    assert ("Amos Freeman", "tk:leaderOf", "Liberia") in found


@pytest.mark.parametrize(
    "text",
    ["Ana Ruiz sits on the board of Norvia Group.", "Ana Ruiz sits on Norvia Group's board."],
)
def test_sitting_on_a_board_is_a_place_on_it(text: str) -> None:
    assert ("Ana Ruiz", "tk:memberOf", "Norvia Group") in triples(facts_of(text))


def test_a_persons_deputy_holds_a_post_where_they_do() -> None:
    text = (
        "Pieter Mondlane, the governor of the Bank of Mozambique, spoke. Mondlane's deputy, "
        "Armando Cossa, led the team in the talks."
    )
    assert ("Armando Cossa", "tk:memberOf", "Bank of Mozambique") in triples(facts_of(text))
    text = (
        "Ana Ruiz, the chief executive of Norvia, also chairs Kestrel Group. Her "
        "deputy, Tomas Berg, agreed."
    )
    found = triples(facts_of(text))
    assert not any(t[0] == "Tomas Berg" and t[1] == "tk:memberOf" for t in found)


def test_a_country_given_to_another_persons_title_is_not_the_presidents() -> None:
    text = (
        "Belgium handed back 84 objects on Tuesday.\n\nDe Smet and Belgium's secretary of "
        "state for science policy, Thomas Vanhecke, arrived in Kinshasa on Monday. Vanhecke "
        "was received at the Palais de la Nation by Jean-Pierre Lukusa, chief of staff to "
        "President Felix Tshisekedi, who was travelling abroad."
    )
    found = triples(facts_of(text, dateline="KINSHASA"))
    assert ("Felix Tshisekedi", "tk:leaderOf", "Belgium") not in found
    assert ("Felix Tshisekedi", "tk:leaderOf", "DR Congo") in found


def test_a_country_given_to_a_ministers_title_stays_the_story_country_without_a_dateline() -> None:
    text = (
        "Ghana's finance minister, Ama Mensah, arrived in London on Monday. She later met "
        "President Mahama."
    )
    assert ("Mahama", "tk:leaderOf", "Ghana") in triples(facts_of(text))


def test_a_title_apposed_after_a_persons_party_is_the_persons() -> None:
    found = triples(
        facts_of(
            "Ravi Kumar (born 1950) is an Indian politician. He was succeeded by Asha Rani of "
            "the Janata Party, Bihar's only woman chief minister."
        )
    )
    assert ("Asha Rani", "tk:leaderOf", "Bihar") in found


def test_a_role_in_a_clause_joined_to_a_passive_is_its_subjects() -> None:
    text = (
        "Fiona Azzopardi, 49, was born in Rabat and is dean of science at the University of Malta."
    )
    assert ("Fiona Azzopardi", "tk:worksFor", "University of Malta") in triples(facts_of(text))


@pytest.mark.parametrize(
    ("text", "dateline", "minister", "home", "foreign"),
    [
        (
            "Unesco's director for culture, Ricardo Lagos of Chile, arrived on Monday and held "
            "talks with culture minister Dilnoza Rahimova.",
            "SAMARKAND, Uzbekistan",
            "Dilnoza Rahimova",
            "Uzbekistan",
            "Chile",
        ),
        (
            "Health Minister Sok Vanna toured the ward with the hospital's director, Chea Sovann, "
            "and Japan's ambassador to Cambodia, Hiroshi Tanaka.",
            "PHNOM PENH",
            "Sok Vanna",
            "Cambodia",
            "Japan",
        ),
    ],
)
def test_a_country_written_as_another_persons_own_is_not_a_bare_ministers(
    text: str, dateline: str, minister: str, home: str, foreign: str
) -> None:
    found = triples(facts_of(text, dateline=dateline))
    assert (minister, "tk:memberOf", home) in found
    assert (minister, "tk:memberOf", foreign) not in found


def test_a_place_the_ner_took_for_a_body_before_a_ministers_title_is_a_place() -> None:
    facts = facts_of("Victoria's health minister, Ruth Kemp, opened the clinic on Monday.")
    found = triples(facts)
    assert ("Ruth Kemp", "tk:memberOf", "Victoria") in found
    assert ("Ruth Kemp", "tk:leaderOf", "Victoria") not in found


def test_a_forces_commanding_general_leads_it() -> None:
    text = (
        "The jets will be flown by the Chilean Air Force, whose commanding general, Ana Cruz, "
        "said so."
    )
    assert ("Ana Cruz", "tk:leaderOf", "Chilean Air Force") in triples(facts_of(text))


def test_a_country_written_with_a_colleague_in_a_story_from_there_is_the_ministers() -> None:
    text = "President Ana Lobo of Chile said Finance Minister Tom Hale would resign."
    assert ("Tom Hale", "tk:memberOf", "Chile") in triples(facts_of(text))
    assert ("Tom Hale", "tk:memberOf", "Chile") in triples(facts_of(text, dateline="SANTIAGO"))


def test_who_presides_over_a_court_leads_it() -> None:
    found = triples(facts_of("The Supreme Court is presided over by Judge Ana Costa."))
    assert ("Ana Costa", "tk:leaderOf", "Supreme Court") in found
    found = triples(facts_of("Ana Costa presides over the Supreme Court."))
    assert ("Ana Costa", "tk:leaderOf", "Supreme Court") in found


def test_an_honorary_role_leads_nothing_but_stays_a_job_title() -> None:
    facts = facts_of(
        "The Latvian Rowing Federation elected Ilze Kalna as its president on Monday. Juris "
        "Ozols, who stepped down, became honorary president.",
        dateline="RIGA",
    )
    found = triples(facts)
    assert not [t for t in found if t[0] == "Juris Ozols" and t[1] == "tk:leaderOf"]
    assert ("Ilze Kalna", "tk:leaderOf", "Latvian Rowing Federation") in found


def test_who_after_the_place_of_a_copulas_phrase_is_its_subject() -> None:
    text = (
        "Ross Alder (1920 - 1992) was a politician in Alberta, who served as mayor of "
        "Calgary from 1977 to 1980."
    )
    found = triples(facts_of(text))
    assert ("Ross Alder", "tk:leaderOf", "Calgary") in found
    # where one was a politician is no place one visited
    assert ("Ross Alder", "tk:visited", "Alberta") not in found


def test_a_ministers_country_is_not_the_one_she_flew_to() -> None:
    found = triples(
        facts_of("The minister, Ana Lee, had been due to join them but flew to Ankara.")
    )
    assert ("Ana Lee", "tk:visited", "Ankara") in found
    assert not any(o == "Türkiye" for s, _, o in found if s == "Ana Lee")


def test_a_bare_chairman_leads_the_company_the_story_is_about() -> None:
    found = triples(
        facts_of(
            "Odra Steel said on Monday it would build a second mill. Chairman Marek Zielny and"
            " his son Piotr Zielny, the company's managing director, met the governor."
        )
    )
    assert ("Marek Zielny", "tk:leaderOf", "Odra Steel") in found
