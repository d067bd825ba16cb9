"""Who leads, works for or belongs to what, in the ordinary shapes news writes it: one test
per shape and per trap, with sentences of our own across domains."""

from __future__ import annotations

import pytest

from fixtures.extract.support import facts_of, mention, triples
from textkg.extract import extract_facts
from textkg.namespaces import TK
from textkg.nlp import load_model
from textkg.records import ArticleMeta, ArticleText, EntityType


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # apposition after the name, coordinated roles (companies)
        (
            "Ana Ruiz, chairwoman and chief executive of Norvia Group, said the plan was sound.",
            ("Ana Ruiz", "tk:leaderOf", "Norvia Group"),
        ),
        # ORG's ROLE, NAME (apposition before the name)
        (
            "Norvia's chief executive, Ana Ruiz, said the plan was sound.",
            ("Ana Ruiz", "tk:leaderOf", "Norvia"),
        ),
        # the ROLE of ORG, NAME
        (
            "The chief executive of Norvia, Ana Ruiz, said the plan was sound.",
            ("Ana Ruiz", "tk:leaderOf", "Norvia"),
        ),
        # copula
        ("Ana Ruiz is the chief executive of Norvia.", ("Ana Ruiz", "tk:leaderOf", "Norvia")),
        (
            "Ana Ruiz became chairwoman of Norvia Group in 2019.",
            ("Ana Ruiz", "tk:leaderOf", "Norvia Group"),
        ),
        # appointment verbs: the naming organisation holds the role
        ("Norvia has named Ana Ruiz as chief executive.", ("Ana Ruiz", "tk:leaderOf", "Norvia")),
        # sworn in as (parliaments, cities)
        (
            "Ana Ruiz was sworn in as mayor of Tallinn on Monday.",
            ("Ana Ruiz", "tk:leaderOf", "Tallinn"),
        ),
        # take over as (a future appointment counts)
        (
            "Ana Ruiz will take over as chief executive of Norvia Group in March.",
            ("Ana Ruiz", "tk:leaderOf", "Norvia Group"),
        ),
        # who heads
        (
            "Ana Ruiz, who heads Norvia Group, said the plan was sound.",
            ("Ana Ruiz", "tk:leaderOf", "Norvia Group"),
        ),
        # coached by / who coaches (clubs)
        (
            "The Tallinn Rovers, coached by Marek Sepp, won the final.",
            ("Marek Sepp", "tk:leaderOf", "Tallinn Rovers"),
        ),
        (
            "Marek Sepp, who coaches the Tallinn Rovers, was pleased.",
            ("Marek Sepp", "tk:leaderOf", "Tallinn Rovers"),
        ),
        # led by (courts)
        (
            "The Supreme Court of Estonia, led by Chief Justice Villu Kõve, ruled on Friday.",
            ("Villu Kõve", "tk:leaderOf", "Supreme Court of Estonia"),
        ),
        # player roles are staff (clubs), researchers (universities)
        (
            "Tom Berg, a midfielder for Tallinn Rovers, was injured.",
            ("Tom Berg", "tk:worksFor", "Tallinn Rovers"),
        ),
        (
            "Ana Ruiz, a senior researcher at the University of Tartu, led the study.",
            ("Ana Ruiz", "tk:worksFor", "University of Tartu"),
        ),
        # interim chiefs lead
        (
            "Interim chief executive Sara Lind of Norvia Group announced the sale.",
            ("Sara Lind", "tk:leaderOf", "Norvia Group"),
        ),
        # an apposition followed by the organisation's acronym (international bodies)
        (
            "Greta Holm, president of the International Curling Federation (ICF), spoke first.",
            ("Greta Holm", "tk:leaderOf", "International Curling Federation"),
        ),
        # a name the NER cuts at its particles (commissions)
        (
            "Fisheries Commission President Anneke van der Berg arrived on Monday.",
            ("Anneke van der Berg", "tk:leaderOf", "Fisheries Commission"),
        ),
        # take charge of (ministries)
        (
            "Peter Holm takes charge of the Transport Office.",
            ("Peter Holm", "tk:leaderOf", "Transport Office"),
        ),
        # a future appointment with "will" (departments)
        (
            "Maria Lind will lead the Department of Water.",
            ("Maria Lind", "tk:leaderOf", "Department of Water"),
        ),
        # "administrator" (agencies)
        (
            "Space Agency Administrator Bill Carver called it a milestone.",
            ("Bill Carver", "tk:leaderOf", "Space Agency"),
        ),
        # NAME of COUNTRY is a nationality
        (
            "Kirsty Holloway of Zimbabwe was elected on Thursday.",
            ("Kirsty Holloway", "tk:nationality", "Zimbabwe"),
        ),
        # an ordinal before the title (governments)
        (
            "Ana Ruiz was sworn in as Chile's fourth female president on Monday.",
            ("Ana Ruiz", "tk:leaderOf", "Chile"),
        ),
    ],
)
def test_role_shapes(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in triples(facts_of(text)), sorted(triples(facts_of(text)))


def test_a_government_role_with_a_country_is_a_position_and_names_the_ministry() -> None:
    found = triples(facts_of("Brazilian Finance Minister Paulo Reis met the bankers on Monday."))
    assert ("Paulo Reis", "tk:memberOf", "Brazil") in found
    assert ("Paulo Reis", "tk:leaderOf", "Ministry of Finance") in found
    assert ("Ministry of Finance", "tk:partOf", "Brazil") in found
    facts = facts_of("Aziz Alaoui, Morocco's head of government, said the roads would reopen.")
    assert ("Aziz Alaoui", "tk:memberOf", "Morocco") in triples(facts)


def test_a_former_role_is_no_current_relation_but_stays_a_job_title() -> None:
    facts = facts_of("Former chief executive Karl Vogt of Norvia Group was not present.")
    assert not {t for t in triples(facts) if t[0] == "Karl Vogt" and t[2] == "Norvia Group"}
    assert mention(facts, "Karl Vogt").titles == ("Former chief executive",)
    facts = facts_of("Ana Ruiz, the former chief executive of Norvia Group, said nothing.")
    assert not {t for t in triples(facts) if t[0] == "Ana Ruiz"}


@pytest.mark.parametrize("modifier", ["outgoing", "incoming"])
def test_an_outgoing_or_incoming_role_is_no_current_relation(modifier: str) -> None:
    facts = facts_of(f"Lena Varga, the {modifier} chief executive of Norvia, spoke on Monday.")
    assert not {t for t in triples(facts) if t[1] == "tk:leaderOf"}
    facts = facts_of("Lena Varga, the chief executive of Norvia, spoke on Monday.")
    assert ("Lena Varga", "tk:leaderOf", "Norvia") in triples(facts)


def test_a_party_named_by_its_members_is_a_party_and_a_ministers_party_is_not_led() -> None:
    facts = facts_of(
        "Chancellor Ilse Brandt met Jonas Falk, the leader of the pro-business Free "
        "Democrats, on Monday."
    )
    assert mention(facts, "Free Democrats").entity_type is EntityType.ORGANIZATION
    assert ("Jonas Falk", "tk:leaderOf", "Free Democrats") in triples(facts)
    facts = facts_of("Economy Minister Jonas Falk of the Greens said the plan would hold.")
    assert ("Jonas Falk", "tk:memberOf", "Greens") in triples(facts)
    assert ("Jonas Falk", "tk:leaderOf", "Greens") not in triples(facts)
    facts = facts_of("Democrats said the bill would fail.")
    assert "Democrats" not in {m.name for m in facts.mentions}


def test_secretary_of_a_field_heads_the_department_and_the_field_is_no_organisation() -> None:
    facts = facts_of("U.S. Secretary of State Lena Varga said the talks would go on.")
    found = triples(facts)
    assert ("Lena Varga", "tk:leaderOf", "Department of State") in found
    assert ("Department of State", "tk:partOf", "United States") in found
    assert "State" not in {m.name for m in facts.mentions}


def test_an_untagged_name_after_a_title_and_its_family_name_later() -> None:
    facts = facts_of(
        "Foreign Minister Arvid Lund met his North Korean counterpart Ri Son Gwon in Oslo on "
        "Monday. Ri was later received by the king."
    )
    found = triples(facts)
    assert ("Arvid Lund", "tk:metWith", "Ri Son Gwon") in found
    assert ("Ri Son Gwon", "tk:memberOf", "North Korea") in found
    assert mention(facts, "Ri").entity_type is EntityType.PERSON


def test_a_role_served_previously_is_no_current_relation() -> None:
    facts = facts_of("Paulo Dias previously served as chief executive of Norvia Group.")
    assert not {t for t in triples(facts) if t[1] == "tk:leaderOf"}
    facts = facts_of("Paulo Dias served as chief executive of Norvia Group.")
    assert ("Paulo Dias", "tk:leaderOf", "Norvia Group") in triples(facts)


def test_a_party_role_elsewhere_leaves_a_bare_government_title_its_country() -> None:
    facts = facts_of(
        "German Chancellor Olaf Scholz praised Finance Minister Jonas Falk on Wednesday. Falk, "
        "the leader of the Free Democrats, said the chancellor had kept his word."
    )
    found = triples(facts)
    assert ("Jonas Falk", "tk:memberOf", "Germany") in found
    assert ("Falk", "tk:leaderOf", "Free Democrats") in found  # one person once resolved


def test_a_dismissed_person_holds_the_office_no_more() -> None:
    found = triples(
        facts_of("German Chancellor Olaf Scholz fired Finance Minister Jonas Falk on Wednesday.")
    )
    assert not any(s == "Jonas Falk" and r in ("tk:memberOf", "tk:leaderOf") for s, r, _ in found)
    found = triples(facts_of("Napoli dismissed head coach Rudi Garcia on Sunday."))
    assert not any(s == "Rudi Garcia" and r == "tk:leaderOf" for s, r, _ in found)


def test_a_generic_description_takes_the_organisation_its_sentence_is_about() -> None:
    # the most named company is another one; the sentence names the one meant
    facts = facts_of(
        "Norvia Group hired Tomas Wilk. Norvia Group said sales rose. Wilk became chief "
        "executive of Brightwell Foods in 2018, taking over from the chain's founder, Ida Lund."
    )
    # the founder of the chain, not of the company the article names most
    assert ("Brightwell Foods", "schema:founder", "Ida Lund") in triples(facts)
    assert ("Norvia Group", "schema:founder", "Ida Lund") not in triples(facts)
    facts = facts_of(
        "Harwick Bank lent more. Harwick Bank grew. The Baltic Fund's board on Monday elected "
        "Ida Lund, the former chief executive of Harwick Bank, as the lender's next president."
    )
    assert ("Ida Lund", "tk:leaderOf", "Baltic Fund") in triples(facts)


def test_ministers_accompanying_a_leader_are_of_the_leaders_country_not_the_datelines() -> None:
    text = (
        "Latvian President Liisa Mets arrived in Tallinn on Monday.\n\nMets was accompanied "
        "by Defence Minister Rui Melo."
    )
    article = ArticleText("wire.txt", text, ArticleMeta(dateline="TALLINN"))
    found = triples(extract_facts(load_model()(text), article))
    assert ("Rui Melo", "tk:memberOf", "Latvia") in found
    assert ("Rui Melo", "tk:memberOf", "Estonia") not in found


def test_elected_president_of_a_federation_with_a_name_the_ner_cut() -> None:
    facts = facts_of("Ana Costa was elected president of the Portuguese Football Federation.")
    assert mention(facts, "Ana Costa").entity_type is EntityType.PERSON
    assert ("Ana Costa", "tk:leaderOf", "Portuguese Football Federation") in triples(facts)


def test_a_company_run_by_someone_in_an_apposition() -> None:
    facts = facts_of(
        "Apple cut prices, and Apple expects more cuts. Samsung Electronics, the chipmaker run "
        "by Lee Jae-yong, followed on Monday."
    )
    assert ("Lee Jae-yong", "tk:leaderOf", "Samsung Electronics") in triples(facts)


def test_a_visiting_leader_is_not_given_the_country_of_the_city_they_speak_in() -> None:
    facts = facts_of("In Washington, Prime Minister Arvid Lund told reporters the talks went well.")
    assert ("Arvid Lund", "tk:leaderOf", "United States") not in triples(facts)


def test_a_staff_role_in_the_sentence_that_makes_someone_leader_is_left_out() -> None:
    facts = facts_of(
        "Norvia Group appointed Lena Varga, its chief operating officer, as interim chief "
        "executive on Monday."
    )
    found = triples(facts)
    assert ("Lena Varga", "tk:leaderOf", "Norvia Group") in found
    assert ("Lena Varga", "tk:worksFor", "Norvia Group") not in found


def test_a_former_role_over_two_joined_fields_is_no_current_relation() -> None:
    facts = facts_of(
        "A court in Brazil convicted former mines and energy minister Paulo Ribas of taking bribes."
    )
    assert not {t for t in triples(facts) if t[1] == "tk:leaderOf"}


def test_a_ministry_field_before_a_title_is_no_organisation() -> None:
    facts = facts_of("Defence Minister Liis Tamm and Foreign Minister Jaan Kull attended.")
    assert all(m.name not in ("Defence", "Foreign") for m in facts.mentions)


def test_names_the_ner_mistypes_are_typed_by_what_is_known_of_them() -> None:
    facts = facts_of("Kirsty Holloway of Zimbabwe was elected president of the swimming union.")
    assert mention(facts, "Kirsty Holloway").entity_type is EntityType.PERSON
    facts = facts_of("The minister travelled to Al Haouz and to Taroudant on Saturday.")
    assert mention(facts, "Al Haouz").entity_type.kind is EntityType.PLACE
    assert mention(facts, "Taroudant").entity_type.kind is EntityType.PLACE
    facts = facts_of("The prime minister was greeted at Orly Airport by the ambassador.")
    assert mention(facts, "Orly Airport").entity_type.kind is EntityType.PLACE


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # the country named earlier in the sentence (a visit)
        (
            "On Monday Ana Ruiz arrived in Vienna, her first trip to Austria as minister, "
            "and later held talks with Chancellor Peter Hofer.",
            ("Peter Hofer", "tk:leaderOf", "Austria"),
        ),
        # the country named before, in the same paragraph
        (
            "Floods hit eastern Chile again this week. President Marta Soto toured the worst "
            "hit towns on Friday.",
            ("Marta Soto", "tk:leaderOf", "Chile"),
        ),
        # a government role: a position in that state
        (
            "Peru was represented by Vice President Luis Ortega, who flew in for the day.",
            ("Luis Ortega", "tk:memberOf", "Peru"),
        ),
    ],
)
def test_a_bare_state_title_takes_the_country_of_its_context(
    text: str, fact: tuple[str, str, str]
) -> None:
    found = triples(facts_of(text))
    assert fact in found, sorted(found)


def test_a_bare_state_title_is_not_read_from_a_country_of_origin_or_another_paragraph() -> None:
    text = "Ana Ruiz flew in from Austria on Monday for talks with President Marta Soto."
    assert ("Marta Soto", "tk:leaderOf", "Austria") not in triples(facts_of(text))
    text = "Floods hit eastern Chile again this week.\n\nPresident Marta Soto said little."
    assert ("Marta Soto", "tk:leaderOf", "Chile") not in triples(facts_of(text))


def test_a_bare_state_title_is_not_read_from_context_when_the_article_names_its_country() -> None:
    text = (
        "US President Dan Hale landed in Lima on Monday. In Peru, President Hale met "
        "the finance minister."
    )
    found = triples(facts_of(text))
    assert ("Dan Hale", "tk:leaderOf", "Peru") not in found
    assert ("Hale", "tk:leaderOf", "Peru") not in found


def test_a_bare_state_title_takes_the_country_of_the_dateline() -> None:
    text = "Prime Minister Rui Costa opened the new bridge on Monday, officials said."
    article = ArticleText("wire.txt", text, ArticleMeta(dateline="LISBON"))
    facts = extract_facts(load_model()(text), article)
    found = {r for r in facts.relations if r.subject.name == "Rui Costa"}
    assert [(r.predicate, r.object.name, r.extractor) for r in found] == [
        (TK.leaderOf, "Portugal", "title-context")
    ]
    # the minister of a named field heads that ministry, part of the dateline's country
    text = "On Sunday Interior Minister Rui Costa travelled to the flooded north."
    article = ArticleText("wire.txt", text, ArticleMeta(dateline="LISBON, Portugal"))
    found = triples(extract_facts(load_model()(text), article))
    assert ("Rui Costa", "tk:leaderOf", "Ministry of the Interior") in found
    assert ("Ministry of the Interior", "tk:partOf", "Portugal") in found


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # a modifier between the possessive and the role
        (
            "Ana Ruiz, Norvia Group's long-serving chief executive, told staff she would stay.",
            ("Ana Ruiz", "tk:leaderOf", "Norvia Group"),
        ),
        # a team's manager, written definite, leads the team (and makes it an organisation)
        (
            "He wished Harwick United's new manager, Ana Ruiz, and the squad well.",
            ("Ana Ruiz", "tk:leaderOf", "Harwick United"),
        ),
        # "ORG's NAME": the person works for the organisation
        (
            "Microsoft's Brad Smith said the deal was good.",
            ("Brad Smith", "tk:worksFor", "Microsoft"),
        ),
    ],
)
def test_possessive_role_shapes(text: str, fact: tuple[str, str, str]) -> None:
    found = triples(facts_of(text))
    assert fact in found, sorted(found)


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz, a manager at Norvia Group, said sales fell.",
        "Ana Ruiz, the fund manager of Norvia Group, said sales fell.",
        "Ana Ruiz, Norvia Group's assistant coach, said little.",
    ],
)
def test_a_manager_who_is_staff_leads_nothing(text: str) -> None:
    found = triples(facts_of(text))
    assert ("Ana Ruiz", "tk:worksFor", "Norvia Group") in found, sorted(found)
    assert ("Ana Ruiz", "tk:leaderOf", "Norvia Group") not in found


def test_a_person_with_a_prime_minister_or_a_spokesman_stays_a_person() -> None:
    assert mention(facts_of("Macron's prime minister, Ana Ruiz, resigned."), "Macron")
    facts = facts_of("Putin's spokesman Dmitry Peskov said nothing.")
    assert mention(facts, "Putin").entity_type is EntityType.PERSON
    facts = facts_of("Macron's prime minister, Ana Ruiz, resigned.")
    assert mention(facts, "Macron").entity_type is EntityType.PERSON


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # "NAME of ORG", no title: a member of its staff
        (
            "The results were shown by Tomas Wilk of the Baltic Marine Institute on Monday.",
            ("Tomas Wilk", "tk:worksFor", "Baltic Marine Institute"),
        ),
        # a description with the name in apposition takes the role
        (
            "Her younger brother, Tomas Wilk, is also a Green Party councillor.",
            ("Tomas Wilk", "tk:memberOf", "Green Party"),
        ),
        # the passive subject is the one put in charge
        (
            "Tomas Wilk was put in charge of the Ministry of Transport.",
            ("Tomas Wilk", "tk:leaderOf", "Ministry of Transport"),
        ),
    ],
)
def test_more_role_shapes(text: str, fact: tuple[str, str, str]) -> None:
    found = triples(facts_of(text))
    assert fact in found, sorted(found)


@pytest.mark.parametrize(
    "text",
    [
        "Sparkmarts' board chair, Ana Ruiz, thanked the staff.",  # the NER tagged nothing
        "Kettleworks' chief executive, Ana Ruiz, thanked the staff.",  # the NER said person
    ],
)
def test_a_name_with_an_organisations_role_after_it_is_an_organisation(text: str) -> None:
    facts = facts_of(text)
    org = text.split("'")[0]
    assert mention(facts, org).entity_type is EntityType.ORGANIZATION
    assert ("Ana Ruiz", "tk:leaderOf", org) in triples(facts)


def test_the_nationality_of_the_head_of_an_international_body_is_not_the_bodys() -> None:
    found = triples(facts_of("Tomas Wilk, the Estonian president of World Rowing, came third."))
    assert ("Tomas Wilk", "tk:leaderOf", "World Rowing") in found
    assert ("World Rowing", "tk:partOf", "Estonia") not in found
    found = triples(facts_of("Ri Chol, the North Korean Minister of Fisheries, spoke."))
    assert {t for t in found if t[1] == "tk:partOf" and t[2] == "North Korea"}, sorted(found)


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
        "Ana Ruiz, the chief executive of the state-owned Norvia Group, resigned.",
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
    found = triples(facts_of("Boston police chief Karen Holt resigned on Friday."))
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
