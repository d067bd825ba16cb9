"""Offices in a country or a region and the fields of titles (rules/titles.py,
extract/title_fields.py): deputies and members of a region's offices, ministers with a
portfolio, fields written in lower case; our own sentences."""

from __future__ import annotations

import pytest

from fixtures.extract.support import facts_of, triples
from textkg.records import EntityType


@pytest.mark.parametrize(
    "text",
    [
        "The vice-governor of Hubei, Chen Lihua, welcomed the trade mission in Wuhan.",
        "The deputy governor of Hubei, Chen Lihua, welcomed the trade mission in Wuhan.",
    ],
)
def test_a_deputy_of_a_regions_head_holds_a_position_there(text: str) -> None:
    found = triples(facts_of(text))
    assert ("Chen Lihua", "tk:memberOf", "Hubei") in found
    assert ("Chen Lihua", "tk:leaderOf", "Hubei") not in found


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        (
            "Norway's minister for the Arctic, Siri Dahl, arrived in Tromso on Monday.",
            "Siri Dahl",
            "Norway",
        ),
        (
            "Cyprus's secretary of state for European affairs, Eleni Georgiou, was in Vienna.",
            "Eleni Georgiou",
            "Cyprus",
        ),
        (
            "Ghana's minister of roads and rural transport, Kwame Asante, opened the bridge.",
            "Kwame Asante",
            "Ghana",
        ),
    ],
)
def test_a_countrys_minister_with_a_portfolio_holds_a_position_there(
    text: str, person: str, country: str
) -> None:
    assert (person, "tk:memberOf", country) in triples(facts_of(text))


def test_a_member_title_of_a_region_holds_a_position_there() -> None:
    found = triples(facts_of("The commissioner of Yukon, Dana Tremblay, opened the session."))
    assert ("Dana Tremblay", "tk:memberOf", "Yukon") in found
    assert ("Dana Tremblay", "tk:leaderOf", "Yukon") not in found


def test_a_portfolio_of_an_office_the_text_does_not_give_places_no_one() -> None:
    text = (
        "In Brussels, Ana Lobo, the European commissioner for transport and energy, opened the "
        "meeting."
    )
    assert ("Ana Lobo", "tk:memberOf", "Belgium") not in triples(facts_of(text))


def test_a_field_with_a_members_word_and_bodies_in_the_plural_is_a_field() -> None:
    found = triples(facts_of("UEFA's director of member associations, Diego Ortiz, flew to Quito."))
    assert ("Diego Ortiz", "tk:worksFor", "UEFA") in found
    found = triples(facts_of("The WHO's head of member relations, Petra Lind, flew to Sarajevo."))
    assert ("Petra Lind", "tk:worksFor", "WHO") in found


def test_a_ministry_for_a_capitalised_field_is_named_in_full() -> None:
    facts = facts_of("Australia's minister for Pacific peoples, Mere Tane, greeted them.")
    found = triples(facts)
    assert ("Mere Tane", "tk:leaderOf", "Ministry for Pacific Peoples") in found
    assert ("Mere Tane", "tk:memberOf", "Australia") in found


def test_the_head_of_a_unit_of_a_body_works_for_the_body() -> None:
    text = "She met Kamala Perera, the head of the electoral support section of the Arab League."
    found = triples(facts_of(text))
    assert ("Kamala Perera", "tk:worksFor", "Arab League") in found
    assert ("Kamala Perera", "tk:leaderOf", "Arab League") not in found


def test_an_inspector_of_bodies_in_the_plural_works_for_the_owner_of_the_title() -> None:
    found = triples(facts_of("The CQC's chief inspector of hospitals, Dr Samuel Ade, said so."))
    assert ("Samuel Ade", "tk:worksFor", "CQC") in found


def test_a_visitors_birthplace_country_gives_no_office_to_the_host() -> None:
    text = (
        "Mila Petrovic, an engineer who was born in Nis, Serbia, was received on Sunday by "
        "Education Minister Chen Wei-ting in Taipei."
    )
    found = triples(facts_of(text))
    assert ("Chen Wei-ting", "tk:memberOf", "Serbia") not in found
    assert ("Mila Petrovic", "schema:birthPlace", "Nis") in found


def test_a_see_is_no_post_in_the_town() -> None:
    found = triples(facts_of("The Bishop of Durham, Paul Butler, opened the synod."))
    assert ("Paul Butler", "tk:memberOf", "Durham") not in found


def test_a_bare_ministry_in_a_story_filed_from_its_country_is_that_countrys() -> None:
    text = (
        "The Ministry of Foreign Affairs summoned Russia's envoy, Ivan Petrov, on Monday. "
        "Foreign Minister Marek Tamm said the expulsion was final. He spoke by phone with "
        "Finland's foreign minister, Aino Virta."
    )
    facts = facts_of(text, dateline="TALLINN")
    bare = [m for m in facts.mentions if m.name == "Ministry of Foreign Affairs" and m.start == 4]
    assert [m.qualifier for m in bare] == ["Estonia"]
    # without a dateline the text does not say whose it is
    facts = facts_of(text)
    bare = [m for m in facts.mentions if m.name == "Ministry of Foreign Affairs" and m.start == 4]
    assert [m.qualifier for m in bare] == [""]


def test_a_past_role_is_a_fact_of_a_profile_but_no_current_role_in_news() -> None:
    profile = triples(
        facts_of(
            "Lena Voss (born 1980) is a Swedish singer. She is a former member of the "
            "Stockholm Chamber Choir."
        )
    )
    assert ("Lena Voss", "tk:memberOf", "Stockholm Chamber Choir") in profile
    news = triples(
        facts_of(
            "The talks opened in Oslo on Monday. Lena Voss, a former member of the "
            "Stockholm Chamber Choir, spoke first."
        )
    )
    assert ("Lena Voss", "tk:memberOf", "Stockholm Chamber Choir") not in news


def test_each_role_a_copula_gives_in_a_coordination_is_read() -> None:
    found = triples(
        facts_of(
            "Lena Voss (born 1980) is a Swedish singer and the chairwoman of the Stockholm "
            "Chamber Choir."
        )
    )
    assert ("Lena Voss", "tk:leaderOf", "Stockholm Chamber Choir") in found


def test_a_nationality_before_a_band_player_is_no_membership_of_the_state() -> None:
    found = triples(facts_of("Norwegian drummer Ola Berg joined the tour in Bergen."))
    assert ("Ola Berg", "tk:nationality", "Norway") in found
    assert ("Ola Berg", "tk:memberOf", "Norway") not in found
    # a lawmaker is a member of the state's legislature
    found = triples(facts_of("Kenyan senator Ann Mwangi joined the talks in Nairobi."))
    assert ("Ann Mwangi", "tk:memberOf", "Kenya") in found


def test_a_players_band_is_a_band_and_a_second_share_in_it_keeps_the_role() -> None:
    profile = "Olof Berg (born 1977) is a Swedish musician. "
    found = triples(facts_of(profile + "He is the guitarist of Ember Tide."))
    assert ("Olof Berg", "tk:memberOf", "Ember Tide") in found
    text = profile + "He is the guitarist and one of the songwriters of Ember Tide."
    assert ("Olof Berg", "tk:memberOf", "Ember Tide") in triples(facts_of(text))


def test_the_head_of_a_places_government_leads_the_place() -> None:
    for text, leader, place in (
        (
            "The head of Bavaria's regional government, Hans Huber, said it would wait.",
            "Hans Huber",
            "Bavaria",
        ),
        (
            "The head of the Kenyan government, John Mwangi, said it would wait.",
            "John Mwangi",
            "Kenya",
        ),
        (
            "Paolo Rinaldi, the president of the regional government of Tuscany, said so.",
            "Paolo Rinaldi",
            "Tuscany",
        ),
    ):
        facts = facts_of(text)
        assert (leader, "tk:leaderOf", place) in triples(facts), text
        assert all(m.entity_type is not EntityType.ORGANIZATION for m in facts.mentions), text


def test_the_chair_of_the_board_of_a_named_body_leads_it() -> None:
    text = "The chairman of the board of Harwell Ports Authority, Moussa Diallo, said so."
    assert ("Moussa Diallo", "tk:leaderOf", "Harwell Ports Authority") in triples(facts_of(text))


def test_a_unit_of_a_government_or_of_a_countrys_body_is_not_the_country() -> None:
    text = "Tom Hale is the head of the Kenyan government's anti-graft commission."
    assert ("Tom Hale", "tk:leaderOf", "Kenya") not in triples(facts_of(text))
    text = "John Mwangi is the chairman of the board of Kenya's central bank."
    assert ("John Mwangi", "tk:leaderOf", "Kenya") not in triples(facts_of(text))


def test_a_title_of_the_body_the_story_is_about_makes_no_body_of_a_field() -> None:
    found = triples(facts_of("Ingrid Dahl, general secretary of the union, flew to Malta."))
    assert not [t for t in found if t[1] == "tk:leaderOf"]
    found = triples(facts_of("Tom Hale, the minister of the interior, spoke."))
    assert ("Tom Hale", "tk:leaderOf", "Ministry of Interior") in found


def test_a_title_after_an_untitled_name_in_a_list_is_that_names() -> None:
    found = triples(
        facts_of("The letter was signed by Anna Berg, the mayor of Oslo, Tom Lund and Kari Nes.")
    )
    assert ("Anna Berg", "tk:leaderOf", "Oslo") in found
    assert ("Tom Lund", "tk:leaderOf", "Oslo") not in found


def test_the_citys_mayor_is_not_of_the_town_one_came_from() -> None:
    found = triples(
        facts_of(
            "Vera Lind, Tallmark's chief executive, travelled to Bilbao from Ourense by "
            "train on Monday. On Tuesday she held talks with the city's mayor, Iker Goikoetxea, "
            "at the town hall.",
            dateline="BILBAO, Spain",
        )
    )
    assert ("Iker Goikoetxea", "tk:leaderOf", "Bilbao") in found
    assert ("Iker Goikoetxea", "tk:leaderOf", "Ourense") not in found


def test_the_citys_mayor_is_of_the_datelines_town_not_of_a_birthplace() -> None:
    found = triples(
        facts_of(
            "The prize went to Ines Varga, who was born in Salamanca, a city in the west. "
            "The city's mayor, Pablo Roca, sent a recorded message.",
            dateline="BILBAO, Spain",
        )
    )
    assert ("Pablo Roca", "tk:leaderOf", "Salamanca") not in found
    assert ("Pablo Roca", "tk:leaderOf", "Bilbao") in found


def test_the_citys_mayor_is_still_of_the_one_town_named_before() -> None:
    # guard: a town named plainly before is the city, whatever the dateline says
    found = triples(
        facts_of(
            "The delegation drove on to Salamanca on Wednesday. The city's mayor, Pablo "
            "Roca, showed them the new bridge.",
            dateline="BILBAO, Spain",
        )
    )
    assert ("Pablo Roca", "tk:leaderOf", "Salamanca") in found


def test_an_akim_leads_his_region() -> None:
    found = triples(
        facts_of("The akim of Kyzylorda Region, Daniyar Bekov, welcomed her at the airport.")
    )
    assert ("Daniyar Bekov", "tk:leaderOf", "Kyzylorda Region") in found


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        # a ministry, an engineering firm, a news agency, an oil company
        (
            "Olav Berge, a senior Finance Ministry official, declined to comment.",
            "Olav Berge",
            "Finance Ministry",
        ),
        ("Mira Holm, a senior Siemens engineer, led the inspection.", "Mira Holm", "Siemens"),
        ("Pedro Alves, a senior Reuters correspondent, was expelled.", "Pedro Alves", "Reuters"),
        ("Nadia Aziz, a senior Shell executive, joined the talks.", "Nadia Aziz", "Shell"),
    ],
)
def test_a_title_with_an_adjective_before_the_bodys_name_is_held_there(
    text: str, person: str, body: str
) -> None:
    assert (person, "tk:worksFor", body) in triples(facts_of(text))


def test_a_former_role_before_the_bodys_name_states_no_post() -> None:
    facts = triples(facts_of("Mira Holm, a former Siemens engineer, led the inspection."))
    assert ("Mira Holm", "tk:worksFor", "Siemens") not in facts


def test_whose_role_after_where_a_body_is_based_is_the_bodys() -> None:
    found = triples(
        facts_of(
            "The case was brought by Umoja Wakulima, a growers' union based in Muyinga, whose "
            "chairman, Pascal Nduwayo, said members had learned of the deal."
        )
    )
    assert ("Pascal Nduwayo", "tk:leaderOf", "Umoja Wakulima") in found


def test_the_citys_mayor_is_not_of_a_town_named_as_a_companys_seat() -> None:
    facts = facts_of(
        "Drina Telekom, a Tuzla-based mobile operator, sponsors the youth theatre. It is owned "
        "by Jadran Holdings, a Zagreb-based investment group. The city's mayor, Senad "
        "Kovacevic, had been due to hand her the contract.",
        dateline="TUZLA",
    )
    found = triples(facts)
    assert ("Senad Kovacevic", "tk:leaderOf", "Zagreb") not in found
    assert ("Senad Kovacevic", "tk:leaderOf", "Tuzla") in found


@pytest.mark.parametrize(
    "second",
    [
        "The chairman of the authority, Knut Lie, said the move was overdue.",
        "Knut Lie, the chairman of the authority, said the move was overdue.",
        "The chairman of the Bergen-based authority's board, Knut Lie, said the move was overdue.",
    ],
)
def test_a_title_of_the_body_a_description_refers_to(second: str) -> None:
    text = "The Bergen Port Authority opened a quay on Monday. " + second
    found = triples(facts_of(text))
    assert ("Knut Lie", "tk:leaderOf", "Bergen Port Authority") in found, sorted(found)


def test_a_title_of_a_unit_of_the_described_body_is_not_its_lead() -> None:
    text = "Halden Foods opened a plant. Knut Lie, the head of the company's pension fund, spoke."
    found = triples(facts_of(text))
    assert ("Knut Lie", "tk:leaderOf", "Halden Foods") not in found, sorted(found)


def test_chief_of_the_company_is_not_of_the_company_named_most() -> None:
    text = (
        "Halden Foods completed its purchase of Norvik Mills on Monday. Halden Foods said the "
        "mills would stay open. Halden Foods shares rose 2%. Ola Berg, Norvik's long-serving "
        "chief executive, told staff in an email. Berg said he would remain chief executive of "
        "the company, reporting to Per Lund."
    )
    found = triples(facts_of(text))
    assert ("Berg", "tk:leaderOf", "Halden Foods") not in found, sorted(found)
    assert ("Ola Berg", "tk:leaderOf", "Halden Foods") not in found


def test_a_kind_word_before_a_title_is_the_body_of_that_kind_named_before() -> None:
    text = "The Nordic Dockers Union called a strike. Union leader Ola Berg said talks had failed."
    found = triples(facts_of(text))
    assert ("Ola Berg", "tk:leaderOf", "Nordic Dockers Union") in found, sorted(found)


@pytest.mark.parametrize(
    "text",
    [
        "Halden Foods cut 200 jobs on Monday. Party leader Ola Berg said the cuts were needed.",
        "Kivu Riders won the stage. Dupont's team manager, Jan Peeters, stayed home in Ghent.",
    ],
)
def test_a_kind_word_of_no_body_named_or_after_a_possessive_names_none(text: str) -> None:
    found = triples(facts_of(text))
    assert not {
        t
        for t in found
        if t[0] in ("Ola Berg", "Jan Peeters")
        and t[2]
        in (
            "Halden Foods",
            "Kivu Riders",
        )
    }, sorted(found)


def test_the_provinces_minister_is_of_the_province_not_a_district_named_since() -> None:
    found = triples(
        facts_of(
            "REGINA, Saskatchewan, March 2 - Saskatchewan's government approved the merger"
            " on Monday. The board chair, Ron Bear, was born in Meadow Lake, a town in the"
            " Beaver River District. The province's health minister, Anil Rao, signed the"
            " approval in Saskatoon."
        )
    )
    assert ("Anil Rao", "tk:memberOf", "Saskatchewan") in found
    assert not any(s == "Anil Rao" and o == "Beaver River District" for s, _, o in found)


@pytest.mark.parametrize(
    "text, person, body",
    [
        (
            "The deal was signed by the president of the Kano chapter of the Nigerian Union "
            "of Teachers, Halima Sani.",
            "Halima Sani",
            "Nigerian Union of Teachers",
        ),
        (
            "The deal was signed by the chairman of the Western Cape branch of the Food "
            "Workers Union, Zodwa Ngcobo.",
            "Zodwa Ngcobo",
            "Food Workers Union",
        ),
    ],
)
def test_the_head_of_a_towns_branch_holds_a_post_in_the_body_not_the_town(
    text: str, person: str, body: str
) -> None:
    found = triples(facts_of(text))
    assert (person, "tk:worksFor", body) in found
    assert not any(s == person and p == "tk:leaderOf" for s, p, _ in found)
