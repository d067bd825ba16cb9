"""Nationality and the offices a title gives, in the shapes news writes them (our own
sentences, one per shape and per trap)."""

from __future__ import annotations

from datetime import date

import pytest

from fixtures.extract.support import facts_of, triples


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # a nationality before an occupation that is no one's role
        (
            "The jury, chaired by American actress Dana Whitlow, praised the film.",
            ("Dana Whitlow", "tk:nationality", "United States"),
        ),
        (
            "The prize went to Kenyan marathon runner Peter Kiprono on Sunday.",
            ("Peter Kiprono", "tk:nationality", "Kenya"),
        ),
        # two occupations joined by "and"
        (
            "The song was written by Australian recording artist and songwriter Tara Lind.",
            ("Tara Lind", "tk:nationality", "Australia"),
        ),
        # a country's possessive before a name
        (
            "Norway's Ingrid Solberg beat the defending champion in three sets.",
            ("Ingrid Solberg", "tk:nationality", "Norway"),
        ),
        # a nationality opening an indefinite apposition, an age before it
        (
            "Marta Lindqvist, 44, a Swedish chemist who joined the institute in 2015, "
            "led the study.",
            ("Marta Lindqvist", "tk:nationality", "Sweden"),
        ),
        # a people's noun for its members
        (
            "Jorge Vidal, a Spaniard who trains in Valencia, won the stage.",
            ("Jorge Vidal", "tk:nationality", "Spain"),
        ),
    ],
)
def test_nationality_shapes(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in triples(facts_of(text))


def test_a_nationality_is_not_read_across_a_possessive_or_a_verb() -> None:
    found = triples(facts_of("Danish investors backed Lena Holm, who runs the fund in Oslo."))
    assert ("Lena Holm", "tk:nationality", "Denmark") not in found


def test_a_visitor_holds_no_office_in_the_country_visited() -> None:
    """A bare "Queen" in a story datelined in the country she visits is not its queen; the
    host's bare "President" still is."""
    text = (
        "Queen Amalia and King Frederik arrived in Nairobi on Tuesday for a state visit to "
        "Kenya. They were welcomed by President Daniel Kamau at State House."
    )
    found = triples(facts_of(text, date(2026, 5, 4)))
    assert ("Amalia", "tk:leaderOf", "Kenya") not in found
    assert ("Frederik", "tk:leaderOf", "Kenya") not in found
    assert ("Frederik", "tk:visited", "Kenya") in found
    assert ("Daniel Kamau", "tk:leaderOf", "Kenya") in found


def test_a_nationality_the_ner_left_untagged_places_a_ministers_office() -> None:
    text = (
        "Rutte, a former Dutch prime minister, was accompanied by Lithuanian Defence "
        "Minister Dovile Sakaliene."
    )
    found = triples(facts_of(text))
    assert ("Dovile Sakaliene", "tk:memberOf", "Lithuania") in found
    assert ("Dovile Sakaliene", "tk:memberOf", "Netherlands") not in found


def test_a_bare_presidents_country_is_the_town_the_sentence_names() -> None:
    """Not the nationality an earlier sentence gave someone else."""
    text = (
        "Jan Visser, a former Dutch prime minister, toured the base. He later held talks in "
        "Vilnius with President Gitanas Nauseda."
    )
    found = triples(facts_of(text))
    assert ("Gitanas Nauseda", "tk:leaderOf", "Lithuania") in found
    assert ("Gitanas Nauseda", "tk:leaderOf", "Netherlands") not in found


def test_a_field_word_before_a_title_is_no_organisation() -> None:
    facts = facts_of("Transportation Secretary Pete Buttigieg said the agency would act.")
    assert "Transportation" not in {m.name for m in facts.mentions}


def test_an_office_the_sentence_gives_outweighs_a_bare_presidents_country() -> None:
    text = "The Cricket Board of Kenya, headed by president Roger Otieno, named the squad."
    found = triples(facts_of(text, dateline="NAIROBI"))
    assert ("Roger Otieno", "tk:leaderOf", "Kenya") not in found


def test_an_organisation_and_its_kind_before_a_possessive_role() -> None:
    text = "The GMB union's national officer, Nadine Houghton, called for talks."
    assert ("Nadine Houghton", "tk:worksFor", "GMB") in triples(facts_of(text))


def test_an_honorific_after_a_titles_field_is_not_part_of_it() -> None:
    facts = facts_of("Vatican Secretary of State Cardinal Pietro Rossi met the envoys.")
    assert not any("Cardinal" in m.name for m in facts.mentions)


def test_his_counterpart_holds_the_office_of_a_person_titled_earlier() -> None:
    text = (
        "Russian Foreign Minister Igor Volkov arrived in Pyongyang on Saturday. Volkov was "
        "greeted at the airport by his North Korean counterpart, Ri Son Gwon."
    )
    found = triples(facts_of(text))
    assert ("Ri Son Gwon", "tk:memberOf", "North Korea") in found
    assert ("Volkov", "tk:metWith", "Ri Son Gwon") in found


def test_a_host_is_of_the_country_of_the_town_hosted_in() -> None:
    text = "President William Ruto will host the team at State House in Nairobi next week."
    found = triples(facts_of(text, dateline="PARIS"))
    assert ("William Ruto", "tk:leaderOf", "Kenya") in found
    assert ("William Ruto", "tk:leaderOf", "France") not in found


def test_a_minister_travelling_with_a_leader_is_of_the_leaders_country() -> None:
    text = (
        "Malaysian Prime Minister Anwar Ibrahim arrived in Vladivostok on Wednesday. Anwar "
        "flew to Moscow with Trade Minister Tengku Zafrul Aziz."
    )
    found = triples(facts_of(text, dateline="MOSCOW"))
    assert ("Tengku Zafrul Aziz", "tk:memberOf", "Malaysia") in found
    assert ("Tengku Zafrul Aziz", "tk:memberOf", "Russia") not in found


def test_a_bare_company_role_is_at_the_company_the_article_names_most() -> None:
    text = (
        "Velto Inc said on Monday it had hired Priya Nair. Nair will report to chief "
        "executive Stephan Brandt. Velto shares rose."
    )
    assert ("Stephan Brandt", "tk:leaderOf", "Velto") in triples(facts_of(text)) or (
        "Stephan Brandt",
        "tk:leaderOf",
        "Velto Inc",
    ) in triples(facts_of(text))


def test_another_persons_nationality_is_no_context_for_a_bare_president() -> None:
    text = (
        "Indian Prime Minister Ravi Menon held talks with President Tom Hale at the White "
        "House on Thursday, during a state visit to the United States."
    )
    found = triples(facts_of(text))
    assert ("Tom Hale", "tk:leaderOf", "India") not in found
    assert ("Tom Hale", "tk:leaderOf", "United States") in found


def test_a_bare_company_role_after_an_untagged_name_is_not_guessed() -> None:
    text = (
        "Velto Inc agreed to buy Norvia Mining. Norvia Mining has mines in Chile. Harlow "
        "chief executive Gary Lind said the deal was sound."
    )
    assert ("Gary Lind", "tk:leaderOf", "Norvia Mining") not in triples(facts_of(text))


def test_a_capitalised_field_opening_a_sentence_is_no_organisation() -> None:
    found = triples(facts_of("Science minister Blade Ndlovu, who was replaced in March, spoke."))
    assert ("Blade Ndlovu", "tk:leaderOf", "Science") not in found


def test_a_bodys_president_is_not_the_states() -> None:
    text = "Senate President Godwin Eze said the bill would pass."
    found = triples(facts_of(text, dateline="ABUJA, Nigeria"))
    assert ("Godwin Eze", "tk:leaderOf", "Nigeria") not in found


def test_a_country_director_for_a_country_does_not_lead_it() -> None:
    text = "The WFP's country director for Sudan, Laurent Bakar, said aid was blocked."
    found = triples(facts_of(text))
    assert not any(o == "Sudan" for s, _, o in found if s == "Laurent Bakar")


def test_a_founder_need_not_lead_it_now() -> None:
    found = triples(facts_of("Brightwave's founder, Sam Whitfield, now runs a bakery in Leeds."))
    assert ("Brightwave", "schema:founder", "Sam Whitfield") in found
    assert ("Sam Whitfield", "tk:leaderOf", "Brightwave") not in found


def test_an_age_before_a_title() -> None:
    text = "Ana Ruiz, the 54-year-old chief executive of Norvia, spoke."
    assert ("Ana Ruiz", "tk:leaderOf", "Norvia") in triples(facts_of(text))


def test_a_bare_coach_leads_the_club_the_story_is_about() -> None:
    text = (
        "Harwick United sacked Tom Vale on Monday. Harwick United said veteran coach Joaquin "
        "Morales would take charge."
    )
    assert ("Joaquin Morales", "tk:leaderOf", "Harwick United") in triples(facts_of(text))


def test_a_leader_touring_a_town_of_their_own_country_still_leads_it() -> None:
    text = "President Kemal Arslan visited Adana and met families at a tent camp."
    found = triples(facts_of(text, dateline="MALATYA, Turkey"))
    assert ("Kemal Arslan", "tk:leaderOf", "Türkiye") in found


def test_whose_role_is_after_a_description() -> None:
    text = (
        "Velto AI said on Tuesday it had raised 600 million euros. The company, whose chief "
        "executive is Arthur Brun, is now valued at 6 billion euros."
    )
    assert ("Arthur Brun", "tk:leaderOf", "Velto AI") in triples(facts_of(text))


def test_an_ambassador_to_a_country_is_not_of_it() -> None:
    found = triples(facts_of("Oleh Zaluzny was later appointed ambassador to Britain."))
    assert ("Oleh Zaluzny", "tk:memberOf", "United Kingdom") not in found


def test_a_field_chief_works_for_the_body_but_does_not_lead_it() -> None:
    found = triples(facts_of("UN climate chief Simon Stiles told delegates to act."))
    assert ("Simon Stiles", "tk:worksFor", "UN") in found
    assert ("Simon Stiles", "tk:leaderOf", "UN") not in found


def test_a_one_word_organisation_opening_a_sentence_before_its_officer_stays() -> None:
    text = "Bundesbank president Joachim Nagel, a member of the council, said cuts were possible."
    assert ("Joachim Nagel", "tk:leaderOf", "Bundesbank") in triples(facts_of(text))


def test_a_nationality_and_a_field_the_ner_took_for_an_organisation() -> None:
    text = "Indian External Affairs Minister Ravi Menon held talks in Moscow on Wednesday."
    found = triples(facts_of(text))
    assert ("Ravi Menon", "tk:leaderOf", "Ministry of External Affairs") in found
    assert ("Ravi Menon", "tk:memberOf", "India") in found


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # leading titles of forces, funds, départements and missions
        (
            "Admiral Tomas Reyes, the commandant of the Chilean Navy, inspected the ship.",
            ("Tomas Reyes", "tk:leaderOf", "Chilean Navy"),
        ),
        (
            "Kestrel Capital's founder and managing partner, Obinna Eze, led the round.",
            ("Obinna Eze", "tk:leaderOf", "Kestrel Capital"),
        ),
        (
            "The prefect of the Somme, Karim Haddou, ordered an evacuation.",
            ("Karim Haddou", "tk:leaderOf", "Somme"),
        ),
        # a rank of two words is a form of address, not a name of its own
        (
            "UNDOF's head of mission and force commander, Major General Luis Ortega, met "
            "the mayor.",
            ("Luis Ortega", "tk:leaderOf", "UNDOF"),
        ),
        # the chair of an organisation's board of governors leads it
        (
            "Helen Price, the chair of Harlow University's board of governors, welcomed it.",
            ("Helen Price", "tk:leaderOf", "Harlow University"),
        ),
    ],
)
def test_leading_titles_of_other_fields(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in triples(facts_of(text))


def test_who_won_the_leadership_of_a_party_leads_it_and_who_hopes_to_does_not() -> None:
    won = "Aiko Tanaka won the leadership of the Green Party of Japan on Sunday."
    assert ("Aiko Tanaka", "tk:leaderOf", "Green Party of Japan") in triples(facts_of(won))
    criticised = "Aiko Tanaka criticised the leadership of the Green Party of Japan."
    assert ("Aiko Tanaka", "tk:leaderOf", "Green Party of Japan") not in triples(
        facts_of(criticised)
    )
    hoped = "Aiko Tanaka hopes to win the leadership of the Green Party of Japan."
    assert ("Aiko Tanaka", "tk:leaderOf", "Green Party of Japan") not in triples(facts_of(hoped))


def test_who_holds_citizenship_of_a_country_has_its_nationality() -> None:
    text = "Amira Haddad was born in Amman. She holds citizenship of Jordan and Canada."
    found = triples(facts_of(text))
    assert ("Amira Haddad", "tk:nationality", "Jordan") in found
    assert ("Amira Haddad", "tk:nationality", "Canada") in found


def test_a_countrys_possessive_before_an_office_is_a_post_in_that_state() -> None:
    text = "Colonel Marco Bellini, who is now Italy's deputy chief of defence staff, attended."
    found = triples(facts_of(text))
    assert ("Marco Bellini", "tk:memberOf", "Italy") in found
    adjective = triples(facts_of("Italian economist Marco Bellini said so."))
    assert ("Marco Bellini", "tk:nationality", "Italy") in adjective
    # a national team's coach is of the country, not in its state
    coach = triples(facts_of("India coach Ravi Menon praised the bowlers."))
    assert ("Ravi Menon", "tk:memberOf", "India") not in coach


def test_a_bare_governor_governs_the_region_the_story_names() -> None:
    text = (
        "Doctors in Lagos State went on strike on Monday. Governor Babatunde Adeyemi met the "
        "union leaders on Tuesday."
    )
    assert ("Babatunde Adeyemi", "tk:leaderOf", "Lagos State") in triples(facts_of(text))


def test_a_role_of_an_organisation_with_its_acronym_in_brackets_before_the_name() -> None:
    text = (
        "The court suspended the president of the Brazilian Football Confederation (CBF), "
        "Rogerio Vasconcelos Filho, for 90 days."
    )
    fact = ("Rogerio Vasconcelos Filho", "tk:leaderOf", "Brazilian Football Confederation")
    assert fact in triples(facts_of(text))


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # an apposition going on with since when the role is held
        (
            "Maria Lopez, the mayor of Porto since 2021, said so.",
            ("Maria Lopez", "tk:leaderOf", "Porto"),
        ),
        ("Maria Lopez took the helm at Norvia in 2020.", ("Maria Lopez", "tk:leaderOf", "Norvia")),
        (
            "Maria Lopez, Norvia's top executive, said profits rose.",
            ("Maria Lopez", "tk:leaderOf", "Norvia"),
        ),
    ],
)
def test_leaders_in_everyday_wordings(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in triples(facts_of(text))


def test_a_charge_d_affaires_is_a_post_in_the_state() -> None:
    facts = facts_of("The ministry summoned Italy's chargé d'affaires, Marco Bellini, on Monday.")
    assert ("Marco Bellini", "tk:memberOf", "Italy") in triples(facts)


def test_a_portfolio_between_a_title_and_its_organisation() -> None:
    facts = facts_of(
        "Ines Duarte, assistant director-general for vaccines at the World Health "
        "Organization, said the plant was ready."
    )
    assert ("Ines Duarte", "tk:worksFor", "World Health Organization") in triples(facts)


@pytest.mark.parametrize(
    "text",
    [
        "Marlow Rail said its chief executive, Ada Quist, had resigned on Wednesday.",
        "Ada Quist, the chief executive of Marlow Rail, stepped down on Friday.",
        "Ada Quist resigned as chief executive of Marlow Rail on Friday.",
    ],
)
def test_who_resigned_leads_no_more(text: str) -> None:
    found = triples(facts_of(text))
    assert not {t for t in found if t[0] == "Ada Quist" and t[2] == "Marlow Rail"}, found


def test_who_will_resign_still_leads() -> None:
    text = "Ada Quist, the chief executive of Marlow Rail, will resign in May."
    assert ("Ada Quist", "tk:leaderOf", "Marlow Rail") in triples(facts_of(text))


def test_a_ministers_field_finds_the_ministry_the_article_names() -> None:
    text = (
        "The bill was drafted by Peru's Ministry of National Education. Peruvian Education "
        "Minister Rosa Quispe defended it."
    )
    found = triples(facts_of(text))
    assert ("Rosa Quispe", "tk:leaderOf", "Ministry of National Education") in found
    assert ("Rosa Quispe", "tk:leaderOf", "Ministry of Education") not in found


def test_a_description_finds_the_organisation_whose_name_says_its_kind() -> None:
    text = (
        "Norvale Foods signed a catering deal on Monday. Norvale Foods will supply meals on 40 "
        "routes flown by Kestrel Airways, Norvale Foods said. The airline's chief executive, "
        "Dana Whitlock, welcomed the deal."
    )
    found = triples(facts_of(text))
    assert ("Dana Whitlock", "tk:leaderOf", "Kestrel Airways") in found
    assert ("Dana Whitlock", "tk:leaderOf", "Norvale Foods") not in found


def test_a_director_written_indefinite_is_one_of_several() -> None:
    found = triples(facts_of("Lena Moss, a director at Corvo Capital, toured the plant."))
    assert ("Lena Moss", "tk:worksFor", "Corvo Capital") in found
    assert ("Lena Moss", "tk:leaderOf", "Corvo Capital") not in found
    found = triples(facts_of("Lena Moss, the director of Corvo Capital, toured the plant."))
    assert ("Lena Moss", "tk:leaderOf", "Corvo Capital") in found


def test_a_firm_founded_and_run_by_someone() -> None:
    found = triples(
        facts_of("Escudo Norte, a security firm founded and run by Tomas Quiroga, won the bid.")
    )
    assert ("Escudo Norte", "schema:founder", "Tomas Quiroga") in found
    assert ("Tomas Quiroga", "tk:leaderOf", "Escudo Norte") in found


def test_the_members_a_band_consists_of() -> None:
    found = triples(
        facts_of(
            "The Velvet Hollow is an Irish folk band formed in 2001, consisting of Aoife "
            "Nolan, Ciaran Byrne and Maeve Doyle."
        )
    )
    assert {
        ("Aoife Nolan", "tk:memberOf", "Velvet Hollow"),
        ("Ciaran Byrne", "tk:memberOf", "Velvet Hollow"),  # in apposition to the first
        ("Maeve Doyle", "tk:memberOf", "Velvet Hollow"),
    } <= found


def test_every_member_of_a_long_list_a_band_consists_of() -> None:
    found = triples(
        facts_of(
            "The Quiet Circuit is a Danish jazz group consisting of Tom Hale, Ray Gunn, Tim "
            "Berg, Anna Lind and Lee Varga."
        )
    )
    members = {s for s, p, o in found if p == "tk:memberOf" and o == "Quiet Circuit"}
    assert members == {"Tom Hale", "Ray Gunn", "Tim Berg", "Anna Lind", "Lee Varga"}


def test_a_partys_candidate_is_its_member() -> None:
    found = triples(facts_of("Mira Tembo, the United Progress Party candidate, won the seat."))
    assert ("Mira Tembo", "tk:memberOf", "United Progress Party") in found


def test_a_countrys_embassy_named_by_its_nationality() -> None:
    text = (
        "The diplomat, Pavel Sorokin, is a first secretary at the Russian embassy in Vilnius. "
        "Boris Lebed has headed the embassy since 2023."
    )
    found = triples(facts_of(text))
    assert ("Pavel Sorokin", "tk:worksFor", "Russian embassy") in found
    assert ("Russian embassy", "tk:locatedIn", "Vilnius") in found
    assert ("Russian embassy", "tk:partOf", "Russia") in found
    assert ("Boris Lebed", "tk:leaderOf", "Russian embassy") in found


def test_a_skipper_leads_the_crew() -> None:
    found = triples(facts_of("Team Borealis's skipper, Maren Lund, said the boat was ready."))
    assert ("Maren Lund", "tk:leaderOf", "Team Borealis") in found


def test_a_kind_given_with_a_based_apposition_finds_its_description() -> None:
    text = (
        "Mekong Engineering, a Bangkok-based contractor, won the bid on Monday. The "
        "contractor's president, Somchai Rattana, said work would start in May."
    )
    assert ("Somchai Rattana", "tk:leaderOf", "Mekong Engineering") in triples(facts_of(text))


def test_a_former_role_at_an_organisation_gives_no_classifier_edge_to_it() -> None:
    text = (
        "Ravi Menon, the former chief executive of Orbis Cards, was elected president of the "
        "Asian Development Fund."
    )
    found = triples(facts_of(text))
    assert not {t for t in found if t[0] == "Ravi Menon" and t[2] == "Orbis Cards"}, found


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Norvik Bank's chairman is Tomas Wilk.", ("Tomas Wilk", "tk:leaderOf", "Norvik Bank")),
        (
            "Vireo Labs grew fast. The company's chief scientist is Ana Ruiz.",
            ("Ana Ruiz", "tk:worksFor", "Vireo Labs"),
        ),
        (
            "The current president of the Halvorsen Fund is Peter Lind, a former banker.",
            ("Peter Lind", "tk:leaderOf", "Halvorsen Fund"),
        ),
    ],
)
def test_a_role_whose_holder_is_named_after_the_copula(
    text: str, fact: tuple[str, str, str]
) -> None:
    assert fact in triples(facts_of(text))


def test_a_role_of_no_one_named_gives_nothing() -> None:
    assert not triples(facts_of("The winner is Ana Ruiz."))
    assert not triples(facts_of("The winner of the race is Ana Ruiz."))


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "The Kenya Wildlife Service has a new director general, Amina Otieno, a vet.",
            ("Amina Otieno", "tk:leaderOf", "Kenya Wildlife Service"),
        ),
        (
            "Norvia Group has appointed a new chief executive, Ana Ruiz.",
            ("Ana Ruiz", "tk:leaderOf", "Norvia Group"),
        ),
    ],
)
def test_a_bare_title_the_subject_has_or_names_is_a_post_at_the_subject(
    text: str, fact: tuple[str, str, str]
) -> None:
    assert fact in triples(facts_of(text))


def test_a_guest_the_company_welcomed_leads_nothing() -> None:
    found = triples(facts_of("Norvia Group welcomed a visiting minister, Ana Ruiz."))
    assert ("Ana Ruiz", "tk:leaderOf", "Norvia Group") not in found


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Kwame Mensah, the commissioner of the Ghana Police Service, spoke.",
            ("Kwame Mensah", "tk:leaderOf", "Ghana Police Service"),
        ),
        (
            "Mark Rowe, deputy commissioner of the Royal Bahamas Police Force, spoke.",
            ("Mark Rowe", "tk:memberOf", "Royal Bahamas Police Force"),
        ),
    ],
)
def test_a_commissioner_heads_a_police_force_and_a_deputy_does_not(
    text: str, fact: tuple[str, str, str]
) -> None:
    found = triples(facts_of(text))
    assert fact in found
    assert (fact[0], "tk:leaderOf", fact[2]) in found or "deputy" in text
    assert (fact[0], "tk:leaderOf", fact[2]) not in found or "deputy" not in text


def test_a_leaders_title_from_a_country_says_where_they_come_from() -> None:
    facts = facts_of("Dragan Petrovic is the first coach from Serbia to lead the league's team.")
    assert ("Dragan Petrovic", "tk:leaderOf", "Serbia") not in triples(facts)
    assert ("Dragan Petrovic", "tk:nationality", "Serbia") in triples(facts)


def test_a_nationality_before_plural_nouns_and_an_occupation_is_not_the_persons() -> None:
    found = triples(
        facts_of("The town was shelled by Russian forces and activist Ana Petrova fled.")
    )
    assert ("Ana Petrova", "tk:nationality", "Russia") not in found


def test_compatriots_share_the_nationality_of_the_clauses_subject() -> None:
    found = triples(
        facts_of(
            "Dario Mendes (born 1990) is a Brazilian football forward. In 2009 he joined FK "
            "Vrbas, playing along compatriots Luis Carvalho and Rui Barros."
        )
    )
    assert ("Luis Carvalho", "tk:nationality", "Brazil") in found
    assert ("Rui Barros", "tk:nationality", "Brazil") in found
    news = triples(facts_of("Norway's Ingrid Solberg beat her compatriot Kari Lunde in Oslo."))
    assert ("Kari Lunde", "tk:nationality", "Norway") in news


def test_its_chair_then_a_party_word_before_the_rank_and_the_name() -> None:
    text = (
        "Carla Diaz faced questions from the Standing Committee on Finance. "
        "Its chair, Liberal MP Ruth Adler, said the committee would report in May."
    )
    found = triples(facts_of(text))
    assert ("Ruth Adler", "tk:leaderOf", "Standing Committee on Finance") in found, sorted(found)


def test_a_role_one_heads_a_mission_as_is_held() -> None:
    text = "Ines Moura, a former consul in Quito, will head the mission as Chile's ambassador."
    assert ("Ines Moura", "tk:memberOf", "Chile") in triples(facts_of(text))


def test_the_role_held_now_after_a_former_one_is_the_same_holders() -> None:
    text = "Hedda Moe, Tindra's former chief executive and now its chairman, backed the plan."
    assert ("Hedda Moe", "tk:leaderOf", "Tindra") in triples(facts_of(text))
