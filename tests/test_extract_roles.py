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
    # a head of government leads the country as a prime minister does
    facts = facts_of("Aziz Alaoui, Morocco's head of government, said the roads would reopen.")
    assert ("Aziz Alaoui", "tk:leaderOf", "Morocco") in triples(facts)


def test_a_former_role_is_no_current_relation_but_stays_a_job_title() -> None:
    facts = facts_of("Former chief executive Karl Vogt of Norvia Group was not present.")
    assert not {t for t in triples(facts) if t[0] == "Karl Vogt" and t[2] == "Norvia Group"}
    assert mention(facts, "Karl Vogt").titles == ("Former chief executive",)
    facts = facts_of("Ana Ruiz, the former chief executive of Norvia Group, said nothing.")
    assert not {t for t in triples(facts) if t[0] == "Ana Ruiz"}


def test_an_incoming_role_is_no_current_relation_and_an_outgoing_one_is() -> None:
    facts = facts_of("Lena Varga, the incoming chief executive of Norvia, spoke on Monday.")
    assert not {t for t in triples(facts) if t[1] == "tk:leaderOf"}
    # an outgoing chief executive is in office until the successor comes
    facts = facts_of("Lena Varga, the outgoing chief executive of Norvia, spoke on Monday.")
    assert ("Lena Varga", "tk:leaderOf", "Norvia") in triples(facts)
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


def test_a_minister_of_a_field_in_lower_case_leads_that_ministry_of_the_country() -> None:
    found = triples(
        facts_of("Ama Owusu, Ghana's minister of trade and industry, opened the fair in Accra.")
    )
    assert ("Ama Owusu", "tk:leaderOf", "Ministry of Trade and Industry") in found
    assert ("Ministry of Trade and Industry", "tk:partOf", "Ghana") in found
    assert ("Ama Owusu", "tk:memberOf", "Ghana") in found


def test_a_bare_minister_of_a_field_is_of_the_country_of_the_context() -> None:
    text = (
        "Ghana's cabinet met on Monday to agree the budget. Kofi Boateng, the minister of "
        "health, said the new clinics would open in March."
    )
    found = triples(facts_of(text))
    assert ("Kofi Boateng", "tk:leaderOf", "Ministry of Health") in found
    assert ("Ministry of Health", "tk:partOf", "Ghana") in found
    assert ("Kofi Boateng", "tk:memberOf", "Ghana") in found


def test_a_minister_of_state_is_a_rank_not_a_ministry() -> None:
    found = triples(facts_of("Clara Voss, the minister of state for trade, visited Leeds."))
    assert not {t for t in found if t[2].startswith("Ministry")}, sorted(found)


def test_a_former_job_before_an_appointment_leaves_the_new_office_current() -> None:
    text = (
        "Kenya's president reshuffled his cabinet on Friday. Otieno Were, a former bank "
        "economist, was named minister of energy."
    )
    found = triples(facts_of(text))
    assert ("Otieno Were", "tk:leaderOf", "Ministry of Energy") in found
    assert ("Otieno Were", "tk:memberOf", "Kenya") in found


def test_the_ministries_of_one_field_in_two_countries_stay_two() -> None:
    import textkg

    graph = textkg.build(
        [
            textkg.Article(
                text="Ama Owusu, Ghana's minister of finance, met the lenders.", date="2025-03-01"
            ),
            textkg.Article(
                text="Otieno Were, Kenya's minister of finance, met the lenders.", date="2025-03-01"
            ),
        ]
    )
    ministries = textkg.query(
        graph,
        "SELECT DISTINCT ?m WHERE { ?p tk:leaderOf ?m . ?m rdfs:label ?l . "
        "FILTER(STRSTARTS(STR(?l), 'Ministry of Finance')) }",
    )
    assert len(list(ministries)) == 2


def test_a_minister_dropped_or_replaced_holds_the_office_no_more() -> None:
    dropped = "The president dropped Ana Lobo, the minister of tourism, in a reshuffle."
    assert not {t for t in triples(facts_of(dropped)) if t[1] == "tk:leaderOf"}
    replaced = "Ruth Mbeki, the minister of mines, was replaced by Tom Dlamini on Friday."
    assert not {t for t in triples(facts_of(replaced)) if t[0] == "Ruth Mbeki"}


def test_the_citys_mayor_is_the_mayor_of_the_town_named_last() -> None:
    text = (
        "The president flew to the river town of Tres Pontas on Friday. He was greeted at "
        "the airport by the city's mayor, Lia Ramos."
    )
    found = triples(facts_of(text, dateline="BRASILIA"))
    assert ("Lia Ramos", "tk:leaderOf", "Tres Pontas") in found
    assert ("Lia Ramos", "tk:leaderOf", "Brasilia") not in found


def test_a_bare_governor_leads_the_bank_the_story_is_about_not_one_named_later() -> None:
    text = (
        "The Reserve Bank of India cut its main rate on Tuesday. Governor Ravi Menon told "
        "reporters that the board had agreed. Menon later spoke by phone with Tom Reyes, "
        "governor of the Reserve Bank of Australia."
    )
    found = triples(facts_of(text))
    assert ("Ravi Menon", "tk:leaderOf", "Reserve Bank of India") in found
    assert ("Ravi Menon", "tk:leaderOf", "Reserve Bank of Australia") not in found


def test_an_outgoing_holder_leads_until_the_article_reports_the_successor_sworn_in() -> None:
    before = (
        "Ghana's president-elect Amara Diallo will be sworn in on January 7. He met outgoing "
        "President Kofi Tembo in Accra on Tuesday."
    )
    assert ("Kofi Tembo", "tk:leaderOf", "Ghana") in triples(facts_of(before))
    after = (
        "Amara Diallo was sworn in as Ghana's president on Tuesday. Outgoing President Kofi "
        "Tembo handed him the sword of state in Accra."
    )
    assert ("Kofi Tembo", "tk:leaderOf", "Ghana") not in triples(facts_of(after))


def test_a_commissioner_for_a_field_takes_no_country_from_the_city_he_speaks_in() -> None:
    text = (
        "In Brussels, Carlos Mendes, the European commissioner for research and innovation, "
        "opened the briefing."
    )
    found = triples(facts_of(text))
    assert not {t for t in found if t[0] == "Carlos Mendes" and t[1] == "tk:memberOf"}


@pytest.mark.parametrize(
    "text",
    [
        "Ana Lobo, Brazil's ambassador to Kenya, spoke at the ceremony.",
        "Brazil's ambassador to Kenya, Ana Lobo, spoke at the ceremony.",
    ],
)
def test_an_ambassador_posted_somewhere_holds_an_office_of_her_own_country(text: str) -> None:
    found = triples(facts_of(text))
    assert ("Ana Lobo", "tk:memberOf", "Brazil") in found
    assert not {t for t in found if t[2] == "Kenya" and t[1] != "tk:visited"}


def test_an_envoy_in_a_town_named_after_the_title_acts_in_the_sentence() -> None:
    facts = facts_of(
        "UNICEF's representative in Malawi, Fatima Diallo, flew to Blantyre on Sunday and met "
        "Banda there."
    )
    found = triples(facts)
    assert ("Fatima Diallo", "tk:memberOf", "UNICEF") in found
    assert ("Fatima Diallo", "tk:visited", "Blantyre") in found
    assert ("Fatima Diallo", "tk:metWith", "Banda") in found


def test_a_minister_of_a_field_the_parser_called_a_name() -> None:
    facts = facts_of(
        "Panama's minister for canal affairs, Eduardo Batista, said the government would ask "
        "for funds."
    )
    assert ("Eduardo Batista", "tk:leaderOf", "Ministry for Canal Affairs") in triples(facts)


def test_a_head_of_government_leads_the_country() -> None:
    facts = facts_of(
        "He was received that evening by Andorra's head of government, Jordi Casamajor, at "
        "the government building."
    )
    assert ("Jordi Casamajor", "tk:leaderOf", "Andorra") in triples(facts)
