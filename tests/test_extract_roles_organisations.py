"""Who leads, works for or plays for a company, a club or a body, and the organisation a
role word, "its" or "whose" points to: one test per shape, with sentences of our own."""

from __future__ import annotations

import pytest

from fixtures.extract.support import facts_of, mention, triples
from textkg.records import EntityType


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # an untagged company before its role and a name, mid-sentence
        (
            "The deal was welcomed by Norvia chief executive Tomas Wilk on Monday.",
            ("Tomas Wilk", "tk:leaderOf", "Norvia"),
        ),
        # a club's player
        (
            "Tomas Wilk, the Harwick United striker, scored twice.",
            ("Tomas Wilk", "tk:worksFor", "Harwick United"),
        ),
        ("Tomas Wilk plays for Harwick Rovers.", ("Tomas Wilk", "tk:memberOf", "Harwick Rovers")),
        (
            "Striker Tomas Wilk scored twice for Harwick United on Saturday.",
            ("Tomas Wilk", "tk:memberOf", "Harwick United"),
        ),
        # a club the NER cuts to its town, before a role and a name
        (
            "Real Madrid coach Enzo Barros praised the young squad.",
            ("Enzo Barros", "tk:leaderOf", "Real Madrid"),
        ),
        # a club or company that signs or hires someone
        (
            "Atletico Madrid have signed Brazilian winger Caio Lemos from a rival club.",
            ("Caio Lemos", "tk:memberOf", "Atletico Madrid"),
        ),
        (
            "The Pentagon employs Mara Quist as an analyst.",
            ("Mara Quist", "tk:worksFor", "Pentagon"),
        ),
        (
            "Tom Reyes teaches economics at Harwick College.",
            ("Tom Reyes", "tk:worksFor", "Harwick College"),
        ),
        # "whose ROLE, NAME": the organisation the relative clause belongs to
        (
            "The appeal was filed by the Tenants Legal Fund, whose president, Odile Marchetti, "
            "welcomed the ruling.",
            ("Odile Marchetti", "tk:leaderOf", "Tenants Legal Fund"),
        ),
        # "its" a sentence after the company was named
        (
            "Corvane Inc said it had bought a rival. Its chief executive, Rhea Tanaka, "
            "praised the deal.",
            ("Rhea Tanaka", "tk:leaderOf", "Corvane Inc"),
        ),
        # a co-founder and chief executive named before the name
        (
            "Norvia Group's co-founder and chief executive, Ana Ruiz, said the plan was sound.",
            ("Ana Ruiz", "tk:leaderOf", "Norvia Group"),
        ),
        # "ORG CEO NAME" where the NER tagged only the organisation
        (
            "Norvia Group CEO Ana Ruiz declined to comment.",
            ("Ana Ruiz", "tk:leaderOf", "Norvia Group"),
        ),
        # a one-word company name the NER tagged once, again before a role and a name
        (
            "Brisk Foods agreed to buy Tallvik, a Swedish bakery chain. Tallvik chairman "
            "Nils Oda will join the board.",
            ("Nils Oda", "tk:leaderOf", "Tallvik"),
        ),
        # a company's name without its last word, later in the article
        (
            "Brisk Foods said on Monday it would close two plants. Brisk also named Ilse Varga "
            "as its new chief financial officer.",
            ("Ilse Varga", "tk:worksFor", "Brisk Foods"),
        ),
    ],
)
def test_company_and_club_shapes(text: str, fact: tuple[str, str, str]) -> None:
    found = triples(facts_of(text))
    assert fact in found, sorted(found)


def test_a_club_named_for_its_town_is_no_place_a_coach_lives_in() -> None:
    facts = facts_of("Real Madrid coach Enzo Barros praised the young squad.")
    assert mention(facts, "Real Madrid").entity_type is EntityType.ORGANIZATION
    assert not {t for t in triples(facts) if t[1] == "tk:residesIn"}
    # a short club word must be written as one: "As Madrid ..." is the town
    facts = facts_of("As Madrid prepared for the vote, Mayor Enzo Barros spoke.")
    assert mention(facts, "Madrid").entity_type is EntityType.CITY


def test_a_companys_short_name_is_never_a_town_or_country() -> None:
    facts = facts_of("Kenya Airways flew 40 routes last year. Kenya said the airline would grow.")
    assert [m.name for m in facts.mentions if m.name == "Kenya Airways"] == ["Kenya Airways"]


def test_a_company_named_for_its_trade_is_no_person() -> None:
    facts = facts_of("Brisk Foods said on Monday it would close two plants.")
    assert mention(facts, "Brisk Foods").entity_type is EntityType.ORGANIZATION


def test_a_player_of_an_unknown_place_named_club_lives_nowhere() -> None:
    found = triples(facts_of("Tomas Wilk, the Harwick United striker, scored twice."))
    assert not {t for t in found if t[1] == "tk:residesIn"}
    assert ("Tomas Wilk", "tk:memberOf", "Leeds") in triples(
        facts_of("Tomas Wilk, a Leeds councillor, spoke.")
    )


def test_a_role_stepped_down_from_is_no_current_leadership() -> None:
    text = "Tomas Wilk stepped down as chief executive of Norvia Group on Friday."
    assert ("Tomas Wilk", "tk:leaderOf", "Norvia Group") not in triples(facts_of(text))
    text = "Tomas Wilk stepped in as chief executive of Norvia Group on Friday."
    assert ("Tomas Wilk", "tk:leaderOf", "Norvia Group") in triples(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz, the leader of the opposition Green Party, conceded defeat on Sunday.",
        "Ana Ruiz, the chief executive of the state-owned Norvia Group, spoke.",
    ],
)
def test_lower_case_words_before_the_organisation_of_a_role(text: str) -> None:
    found = triples(facts_of(text))
    assert {t for t in found if t[:2] == ("Ana Ruiz", "tk:leaderOf")}, sorted(found)


def test_a_head_of_a_field_at_an_organisation_does_not_lead_it() -> None:
    found = triples(facts_of("Ana Ruiz, the head of research at Norvia Group, left in May."))
    assert ("Ana Ruiz", "tk:leaderOf", "Norvia Group") not in found, sorted(found)


def test_a_counterpart_holds_the_same_office_in_the_country_named() -> None:
    text = "Estonian Prime Minister Ana Ruiz met her Latvian counterpart, Tomas Wilk, in Riga."
    found = triples(facts_of(text))
    assert ("Tomas Wilk", "tk:leaderOf", "Latvia") in found, sorted(found)
    assert ("Tomas Wilk", "tk:nationality", "Latvia") in found
    # no office said: the nationality only
    found = triples(facts_of("Ana Ruiz met her Latvian counterpart Tomas Wilk in Riga."))
    assert ("Tomas Wilk", "tk:nationality", "Latvia") in found
    assert ("Tomas Wilk", "tk:leaderOf", "Latvia") not in found


def test_whose_belongs_to_the_noun_right_before_it() -> None:
    """ "the Fund and the farmers' association, whose leader, X": the association's leader,
    not the organisation named before it."""
    text = (
        "The suit was filed by the Harlow Trust and the fishermen's association, whose "
        "leader, Tomas Vik, welcomed the ruling."
    )
    assert ("Tomas Vik", "tk:leaderOf", "Harlow Trust") not in triples(facts_of(text))


def test_its_under_an_appointment_verb_is_the_appointer() -> None:
    text = (
        "Skyline Air on Monday appointed Rosa Delgado, the former head of operations at "
        "Norvia Airways, as its chief executive."
    )
    found = triples(facts_of(text))
    assert ("Rosa Delgado", "tk:leaderOf", "Skyline Air") in found
    assert ("Rosa Delgado", "tk:leaderOf", "Norvia Airways") not in found


def test_a_kind_noun_finds_the_organisation_named_with_it_in_the_plural() -> None:
    """ "the airline's chairman" after "Skyline Airlines" and a rival named as often."""
    text = (
        "Skyline Airlines hired Rosa Delgado from Norvia. Norvia said it would sue. "
        "The airline's chairman, Peter Hale, said the board had seen six candidates."
    )
    assert ("Peter Hale", "tk:leaderOf", "Skyline Airlines") in triples(facts_of(text))


def test_a_club_named_after_its_town() -> None:
    """ "Genoa captain X", "Genoa's coach, Y": a role only a team has makes the town's
    name its club."""
    text = "Genoa captain Marco Rossi scored twice. Torino's coach, Ivan Juric, praised his side."
    facts = facts_of(text)
    found = triples(facts)
    assert ("Marco Rossi", "tk:worksFor", "Genoa") in found
    assert ("Ivan Juric", "tk:leaderOf", "Torino") in found
    assert mention(facts, "Genoa").entity_type is EntityType.ORGANIZATION


def test_an_organisations_office_written_bare_is_no_state_office() -> None:
    text = "Club president Franco Sensi will name a new coach this week."
    found = triples(facts_of(text, dateline="ROME"))
    assert not any(s == "Franco Sensi" and r == "tk:leaderOf" for s, r, _ in found)


def test_a_bare_mayor_leads_the_datelined_town() -> None:
    text = "The chief resigned on Friday, Mayor Jacob Lind said."
    facts = facts_of(text, dateline="DULUTH")
    assert ("Jacob Lind", "tk:leaderOf", "Duluth") in triples(facts)


def test_a_towns_police_chief_holds_an_office_there() -> None:
    found = triples(facts_of("Boston police chief Karen Holt spoke on Friday."))
    assert ("Karen Holt", "tk:memberOf", "Boston") in found
    assert ("Karen Holt", "tk:residesIn", "Boston") not in found


def test_the_team_of_a_science_story_is_no_organisation() -> None:
    text = "NASA said on Tuesday that the team was led by Laura Berg."
    assert ("Laura Berg", "tk:leaderOf", "NASA") not in triples(facts_of(text))


def test_a_name_the_ner_missed_before_a_kind_noun_is_no_description() -> None:
    text = (
        "The Liberal Party won most seats. Anna Holm heads the Sweden 2040 party, which came third."
    )
    assert ("Anna Holm", "tk:leaderOf", "Liberal Party") not in triples(facts_of(text))


def test_whose_role_is_a_name() -> None:
    text = "The Green Alliance, whose chairman is Pavel Novak, came second."
    assert ("Pavel Novak", "tk:leaderOf", "Green Alliance") in triples(facts_of(text))


def test_a_founder_with_another_role_founded_the_company() -> None:
    text = "Velto's founder and chief scientific officer, Dr. Mira Olsen, will join Norvia."
    assert ("Velto", "schema:founder", "Mira Olsen") in triples(facts_of(text))


def test_an_appointment_with_an_apposition_before_as() -> None:
    """ "Y named X, the executive who revived Z, as its chairman": Y's chairman, not Z's."""
    text = (
        "Norvia on Tuesday named Ana Ruiz, the executive credited with reviving Velto Foods, "
        "as its new chairman and chief executive. Norvia's board chair, Tom Hale, thanked her."
    )
    found = triples(facts_of(text))
    assert ("Ana Ruiz", "tk:leaderOf", "Norvia") in found
    assert ("Ana Ruiz", "tk:leaderOf", "Velto Foods") not in found


def test_the_countrys_new_prime_minister_is_the_country_named_before() -> None:
    text = (
        "Thailand's parliament on Friday elected Mali Chan, the daughter of a former prime "
        "minister, as the country's new prime minister."
    )
    assert ("Mali Chan", "tk:leaderOf", "Thailand") in triples(facts_of(text))


def test_a_bare_governor_in_a_story_about_a_bank_leads_the_bank() -> None:
    text = (
        "The Reserve Bank of Norland kept rates on hold on Tuesday. Governor Mia Berg told "
        "reporters at the bank's headquarters that inflation was falling."
    )
    assert ("Mia Berg", "tk:leaderOf", "Reserve Bank of Norland") in triples(facts_of(text))
    text = "Norvia Group cut jobs. Governor Tom Hale signed the budget in Austin."
    assert not any(s == "Tom Hale" for s, _, _ in triples(facts_of(text)))


def test_its_after_a_described_subject_is_that_organisation() -> None:
    text = (
        "Moderna Inc hired Priya Nair. She earned her degree from Johns Hopkins University. "
        "The Massachusetts-based company also said its chief financial officer, Jamey Mock, "
        "would leave."
    )
    found = triples(facts_of(text))
    assert ("Jamey Mock", "tk:worksFor", "Johns Hopkins University") not in found
    assert ("Jamey Mock", "tk:worksFor", "Moderna Inc") in found


def test_an_untagged_name_before_president_is_no_state() -> None:
    text = "Moderna president Stephen Hoge said the vaccine worked."
    found = triples(facts_of(text, dateline="LONDON"))
    assert ("Stephen Hoge", "tk:leaderOf", "United Kingdom") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Harwick United, which is managed by Tom Reyes, won again.",
        "The Tenants Fund, headed by Tom Reyes since 2019, said it would appeal.",
        "The Tenants Fund, which is based in Leeds and headed by Tom Reyes, will appeal.",
    ],
)
def test_led_by_someone_in_a_relative_clause_or_a_participle(text: str) -> None:
    found = triples(facts_of(text))
    assert {t for t in found if t[0] == "Tom Reyes" and t[1] == "tk:leaderOf"}, sorted(found)


def test_a_bare_company_officer_title_ending_in_officer_finds_the_company() -> None:
    text = (
        "Halden Insurance said profits rose. Chief financial officer Rosa Lindqvist told "
        "analysts that prices would keep rising."
    )
    assert ("Rosa Lindqvist", "tk:worksFor", "Halden Insurance") in triples(facts_of(text))


def test_bare_judges_titles_are_of_the_court_the_story_names() -> None:
    text = (
        "The Supreme Court struck down the law on Friday. Chief Justice Anna Kessler wrote "
        "the majority judgment, and Justice Tom Reyes dissented."
    )
    found = triples(facts_of(text))
    assert ("Anna Kessler", "tk:leaderOf", "Supreme Court") in found
    assert ("Tom Reyes", "tk:worksFor", "Supreme Court") in found


def test_a_bare_judge_is_of_a_court_named_with_its_country() -> None:
    text = (
        "The Supreme Court of Belize struck down the licence on Monday. Justice Marisol Chan, "
        "sitting in Belize City, said the licence breached the constitution."
    )
    assert ("Marisol Chan", "tk:worksFor", "Supreme Court of Belize") in triples(facts_of(text))


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Karin Berg chairs the board of Norvia Group.",
            ("Karin Berg", "tk:leaderOf", "Norvia Group"),
        ),
        ("Karin Berg leads the Norvia Group board.", ("Karin Berg", "tk:leaderOf", "Norvia Group")),
        (
            "Karin Berg, the chairwoman of the Norvia Group board, said so.",
            ("Karin Berg", "tk:leaderOf", "Norvia Group"),
        ),
        (
            "Tomas Wilk, now chairman of Norvia Group's board, said the deal was fair.",
            ("Tomas Wilk", "tk:leaderOf", "Norvia Group"),
        ),
    ],
)
def test_a_role_on_an_organisations_board_is_a_role_of_the_organisation(
    text: str, fact: tuple[str, str, str]
) -> None:
    assert fact in triples(facts_of(text)), sorted(triples(facts_of(text)))


@pytest.mark.parametrize(
    "text",
    [
        "The University of Harwick elected Teresa Lobo as its rector on Tuesday. She will "
        "take office on July 15, succeeding Rui Bastos, who has served two terms.",
        "The University of Harwick named Teresa Lobo as its rector. She will replace Rui "
        "Bastos in May.",
        "The University of Harwick named Teresa Lobo as its rector. Lobo will take over "
        "after the summer from Rui Bastos.",
    ],
)
def test_the_one_a_successor_will_take_over_from_holds_the_office_until_then(text: str) -> None:
    assert ("Rui Bastos", "tk:leaderOf", "University of Harwick") in triples(facts_of(text))


def test_the_one_a_successor_replaced_holds_the_office_no_more() -> None:
    text = "The University of Harwick named Teresa Lobo as its rector. She replaced Rui Bastos."
    assert ("Rui Bastos", "tk:leaderOf", "University of Harwick") not in triples(facts_of(text))


def test_a_successor_leaving_another_job_passes_on_only_the_office_given() -> None:
    text = (
        "The Harwick Trust named Ayo Okon, the director of the Brixby Gallery, as its next "
        "director. Okon will take over in June from Clara Wendt."
    )
    found = triples(facts_of(text))
    assert ("Clara Wendt", "tk:leaderOf", "Brixby Gallery") not in found


def test_a_specific_kind_of_body_stands_for_no_other_kind_of_organisation() -> None:
    text = (
        "Prosecutors at the European Public Prosecutor's Office raided offices on Monday. "
        "The cooperative's chairman, Paolo Rinaldi, was placed under house arrest."
    )
    found = triples(facts_of(text))
    assert not {t for t in found if t[0] == "Paolo Rinaldi"}, sorted(found)


@pytest.mark.parametrize(
    "text",
    [
        "The Velvet Stones, a British rock band, consists of singer Ana Ruiz and drummer "
        "Tom Wells.",
        "The Velvet Stones, a British rock band, released a record. The band consists of "
        "singer Ana Ruiz and drummer Tom Wells.",
    ],
)
def test_the_members_a_band_consists_of(text: str) -> None:
    found = triples(facts_of(text))
    assert ("Tom Wells", "tk:memberOf", "Velvet Stones") in found


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Sabine Koch, ESA's director of human and robotic exploration, said so.",
            ("Sabine Koch", "tk:worksFor", "ESA"),
        ),
        (
            "Tom Reyes, the head of research at Norvia Group, spoke.",
            ("Tom Reyes", "tk:worksFor", "Norvia Group"),
        ),
    ],
)
def test_the_head_of_a_field_at_an_organisation_works_for_it(
    text: str, fact: tuple[str, str, str]
) -> None:
    found = triples(facts_of(text))
    assert fact in found
    assert (fact[0], "tk:leaderOf", fact[2]) not in found


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("The Sejm elected Katarzyna Wrobel as its speaker.", ("Katarzyna Wrobel", "Sejm")),
        (
            "She held talks with the speaker of the Senate, Tomasz Grabowski.",
            ("Tomasz Grabowski", "Senate"),
        ),
    ],
)
def test_a_chambers_speaker_presides_over_it(text: str, fact: tuple[str, str]) -> None:
    assert (fact[0], "tk:leaderOf", fact[1]) in triples(facts_of(text))


def test_a_speaker_at_an_event_leads_nothing() -> None:
    found = triples(facts_of("Tom Reyes, a speaker at the Norvia Group summit, said so."))
    assert not {t for t in found if t[1] == "tk:leaderOf"}


def test_a_body_named_in_apposition_to_its_description_gives_the_role() -> None:
    text = (
        "Poland's lower house of parliament, the Sejm, elected Anna Lis as its speaker on Monday."
    )
    found = triples(facts_of(text))
    assert ("Anna Lis", "tk:leaderOf", "Sejm") in found
    assert ("Anna Lis", "tk:nationality", "Poland") not in found


def test_a_firm_of_partners_is_no_person() -> None:
    facts = facts_of("Atlas & Reed, founded in 1874 and based in London, will keep its name.")
    assert ("Atlas & Reed", "tk:locatedIn", "London") in triples(facts)


def test_led_by_someone_in_an_apposition_to_the_name() -> None:
    text = "Anna Lis is a member of the centrist Civic Forum, the party led by Jan Kowal."
    assert ("Jan Kowal", "tk:leaderOf", "Civic Forum") in triples(facts_of(text))


def test_taking_over_an_organisation() -> None:
    assert ("Ana Lobo", "tk:leaderOf", "Tellan Fund") in triples(
        facts_of("Ana Lobo took over the Tellan Fund in January.")
    )
    assert ("Norvia Group", "tk:acquired", "Helix Power") in triples(
        facts_of("Norvia Group took over Helix Power in May.")
    )


def test_named_someone_described_in_an_apposition_as_its_role() -> None:
    text = (
        "The Harwick Arts Trust on Wednesday named Ayo Okon, the artistic director of the "
        "Brixby Gallery in Leeds, as its new director."
    )
    assert ("Ayo Okon", "tk:leaderOf", "Harwick Arts Trust") in triples(facts_of(text))


def test_a_naming_verbs_other_objects_do_not_hide_the_one_named() -> None:
    text = (
        "Harwick University named Patricia Lund, a chemist, as its next president on "
        "Thursday, the first woman to lead the university."
    )
    assert ("Patricia Lund", "tk:leaderOf", "Harwick University") in triples(facts_of(text))


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Sara Holt, a partner at the Rotterdam law firm Visser & Berg, filed the appeal.",
            ("Sara Holt", "tk:memberOf", "Visser & Berg"),
        ),
        (
            "Her agent, Luc Bernard of the Lyon-based Sorel Films, collected the prize.",
            ("Luc Bernard", "tk:worksFor", "Sorel Films"),
        ),
    ],
)
def test_a_role_at_a_firm_described_by_its_town(text: str, fact: tuple[str, str, str]) -> None:
    found = triples(facts_of(text))
    assert fact in found
    assert not {t for t in found if t[0] == fact[0] and t[1] == "tk:residesIn"}


def test_an_agencys_astronaut_works_for_it() -> None:
    found = triples(facts_of("NASA astronaut Tom Reyes joined the crew on Monday."))
    assert ("Tom Reyes", "tk:worksFor", "NASA") in found


def test_leading_a_delegation_apposed_to_a_newspaper_leads_no_newspaper() -> None:
    text = (
        "According to a report in the state-run newspaper Hanoi Daily, a trade delegation "
        "led by Director Ivan Petrov visited Hanoi from May 2 to 4."
    )
    found = triples(facts_of(text))
    assert ("Ivan Petrov", "tk:leaderOf", "Hanoi Daily") not in found


def test_a_theatre_that_appoints_its_director_is_an_organisation_she_leads() -> None:
    facts = facts_of(
        "The Royal Lyceum Theatre has appointed Rania Haddad, 42, as its next artistic director."
    )
    assert ("Rania Haddad", "tk:leaderOf", "Royal Lyceum Theatre") in triples(facts)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "The Bergen Philharmonic Orchestra's chief conductor, Ana Ruiz, said so.",
            ("Ana Ruiz", "tk:leaderOf", "Bergen Philharmonic Orchestra"),
        ),
        (
            "Tomas Berg is the principal guest conductor of the Bergen Philharmonic Orchestra.",
            ("Tomas Berg", "tk:worksFor", "Bergen Philharmonic Orchestra"),
        ),
    ],
)
def test_an_orchestras_conductors(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in triples(facts_of(text))


def test_a_governor_of_a_countrys_region_leads_the_region_not_the_country() -> None:
    found = triples(facts_of("Marco Rinaldi was sworn in as governor of Italy's Umbria region."))
    assert ("Marco Rinaldi", "tk:leaderOf", "Umbria") in found
    assert ("Marco Rinaldi", "tk:leaderOf", "Italy") not in found
    assert ("Umbria", "tk:locatedIn", "Italy") in found


def test_a_company_a_copula_says_is_led_by_a_person() -> None:
    found = triples(facts_of("Arvo Mining is a Finnish company led by Jussi Koski."))
    assert ("Jussi Koski", "tk:leaderOf", "Arvo Mining") in found


def test_the_head_of_a_group_based_in_a_town_of_two_words() -> None:
    found = triples(
        facts_of(
            "Paulo Santos, chief executive of Sao Paulo-based engineering group Construtora "
            "Horizonte, signed the deal."
        )
    )
    assert ("Paulo Santos", "tk:leaderOf", "Construtora Horizonte") in found


def test_the_chairman_of_a_countrys_company_leads_the_company_in_it() -> None:
    found = triples(facts_of("Ana Ruiz, chairman of Kenya's Safaricom, spoke on Monday."))
    assert ("Ana Ruiz", "tk:leaderOf", "Safaricom") in found
    assert ("Safaricom", "tk:partOf", "Kenya") not in found


def test_a_field_head_at_a_group_written_after_its_town_and_kind() -> None:
    found = triples(
        facts_of(
            "Omar Kadhim, head of research at the Baghdad-based broker Tigris Capital Markets, "
            "said demand was strong."
        )
    )
    assert ("Omar Kadhim", "tk:worksFor", "Tigris Capital Markets") in found


def test_a_title_of_a_body_described_before_the_name_is_the_bodys() -> None:
    found = triples(
        facts_of("Ana Fortes met the director of Nordaid, a Danish relief agency, Mette Dahl.")
    )
    assert ("Mette Dahl", "tk:leaderOf", "Nordaid") in found


def test_a_bare_ministers_title_leads_the_ministry_the_article_names() -> None:
    found = triples(
        facts_of(
            "Tavares was received on Friday by Fisheries Minister Nalini Rao at the Ministry "
            "of Fisheries."
        )
    )
    assert ("Nalini Rao", "tk:leaderOf", "Ministry of Fisheries") in found
