"""Shapes that slipped on news of our own making: a company whose name looks like a
person's, a unit's "which is based in A and is part of B", a walk round farm plots with two
people, a second host "and by" another, a club "one of the N clubs in" a league (one written
as one word), a town tagged a person once beside a club named after it, a given name at a
sentence's start the NER left out, a company owned "since acquiring it", a district's town
said to be a city, a station's show host, a double surname the NER cut at its hyphen, "Born
in A, B, X joined" parsed as a list of places, a league's commissioner, a school named in
another language, headquarters "at" a place, a passive participle the parser joined to the
finite verb, a site the NER ran on over "in" and its town, and a region named in full that
the NER later took by its last word (one sentence or short story of our own each)."""

from __future__ import annotations

from fixtures.extract.support import facts_of, facts_with_ents, mention, met, names, triples
from textkg.records import EntityType


def test_a_company_named_like_a_person_is_what_its_apposition_says_everywhere() -> None:
    text = (
        "The depot is run by Kestrel Freight, which is based in Mombasa and is part of "
        "Mathilde Logistique, a shipping group that has its headquarters in Marseille. "
        "Mathilde Logistique has owned Kestrel since buying it in 2031. Mathilde Logistique's "
        "chief executive, Pierre Aubert, flew to Mombasa on Monday. The cranes were "
        "installed by Omar Said, an engineer employed by Mathilde Logistique. Mathilde "
        "Logistique has promised more money."
    )
    facts = facts_of(text)
    assert mention(facts, "Mathilde Logistique").entity_type is EntityType.ORGANIZATION
    found = triples(facts)
    assert ("Pierre Aubert", "tk:leaderOf", "Mathilde Logistique") in found
    assert ("Omar Said", "tk:worksFor", "Mathilde Logistique") in found
    assert ("Mathilde Logistique", "tk:locatedIn", "Marseille") in found


def test_a_person_apposed_to_a_role_stays_a_person() -> None:
    text = (
        "Mathilde Roux, a shipping executive, flew to Mombasa on Monday. Mathilde Roux met "
        "Omar Said there. Roux said the port was busy. Mathilde Roux has promised more money."
    )
    facts = facts_of(text)
    assert mention(facts, "Mathilde Roux").entity_type is EntityType.PERSON
    assert met(triples(facts), "Mathilde Roux", "Omar Said")


def test_a_unit_based_in_a_town_and_part_of_a_group_in_one_relative_clause() -> None:
    text = (
        "The plant is run by Lakeside Foods, which is based in Kisumu and is part of Norvia Group."
    )
    found = triples(facts_of(text))
    assert ("Lakeside Foods", "tk:locatedIn", "Kisumu") in found
    assert ("Lakeside Foods", "tk:partOf", "Norvia Group") in found


def test_walking_the_tea_plots_with_two_people_is_a_meeting_with_both() -> None:
    text = (
        "On Tuesday morning Anna Berg walked the tea plots with Sok Vanna, who has run the "
        "estate since 2040, and Heng Rith, the estate's quality manager."
    )
    found = triples(facts_of(text))
    assert met(found, "Anna Berg", "Sok Vanna")
    assert met(found, "Anna Berg", "Heng Rith")
    assert met(found, "Sok Vanna", "Heng Rith")


def test_a_visitor_received_by_one_host_and_by_another_met_both() -> None:
    text = (
        "On Thursday morning Anna Berg was received at Tartu's main station by Mart Kask, the "
        "general manager of Emajõe Ferries, and by the governor of Tartu County, Liis Tamm."
    )
    found = triples(facts_of(text))
    assert met(found, "Anna Berg", "Mart Kask")
    assert met(found, "Anna Berg", "Liis Tamm")
    assert met(found, "Mart Kask", "Liis Tamm")


def test_one_of_the_clubs_in_a_league_apposed_or_joined_to_a_kind_is_its_member() -> None:
    joined = (
        "Karlstad Lions, a Karlstad-based handball club and one of the fourteen clubs in the "
        "Elite Handball League, has appointed Jon Berg as head coach."
    )
    assert ("Karlstad Lions", "tk:partOf", "Elite Handball League") in triples(facts_of(joined))
    one_word = (
        "Vejle Sharks, one of the twelve clubs in Handboldligaen, has appointed Jon Berg as "
        "head coach."
    )
    facts = facts_of(one_word)
    assert mention(facts, "Handboldligaen").entity_type is EntityType.ORGANIZATION
    assert ("Vejle Sharks", "tk:partOf", "Handboldligaen") in triples(facts)


def test_one_of_the_largest_clubs_in_a_town_is_in_it_not_its_member() -> None:
    text = "Vejle Sharks, one of the largest clubs in Vejle, has appointed Jon Berg as head coach."
    found = triples(facts_of(text))
    assert ("Vejle Sharks", "tk:partOf", "Vejle") not in found
    assert ("Vejle Sharks", "tk:locatedIn", "Vejle") in found


def test_a_town_tagged_a_person_once_beside_its_club_is_still_the_town_visited() -> None:
    text = (
        "Vejle Sharks, a Vejle-based handball club, has hired Anna Berg as coach. Vejle is a "
        "port on the Vejle Fjord. Berg landed in Oslo on Monday and took the train up to "
        "Vejle the next morning."
    )
    found = triples(facts_of(text))
    assert {("Berg", "tk:visited", "Vejle"), ("Anna Berg", "tk:visited", "Vejle")} & found


def test_a_given_name_opening_a_sentence_that_the_ner_left_out_is_the_persons() -> None:
    text = (
        "The hearing ended on Friday. Jorien Bakker, the judge who heard the case, said the "
        "mill had broken the rules of the District Court of Zwolle."
    )
    facts = facts_with_ents(text, [(7, 8, "PERSON"), (25, 29, "ORG")])
    assert "Jorien Bakker" in names(facts)
    assert ("Jorien Bakker", "tk:worksFor", "District Court of Zwolle") in triples(facts)


def test_a_form_of_address_opening_a_sentence_is_no_given_name() -> None:
    text = (
        "The mass ended at noon. Father Tomasz Wrona, director of the shelter, said the hall "
        "would reopen."
    )
    facts = facts_with_ents(text, [(7, 9, "PERSON")])
    assert "Tomasz Wrona" in names(facts)
    assert "Father Tomasz Wrona" not in names(facts)


def test_owning_a_company_since_acquiring_it_is_its_acquisition() -> None:
    text = "Norvia Group has owned Kestrel Freight since acquiring it in 2031."
    assert ("Norvia Group", "tk:acquired", "Kestrel Freight") in triples(facts_of(text))


def test_owning_a_company_since_selling_another_acquires_neither() -> None:
    text = "Norvia Group has owned Kestrel Freight since selling Brightwater Foods in 2031."
    found = triples(facts_of(text))
    assert ("Norvia Group", "tk:acquired", "Brightwater Foods") not in found
    assert ("Norvia Group", "tk:acquired", "Kestrel Freight") not in found


def test_a_district_town_said_to_be_a_city_is_the_city_whose_mayor_is_met() -> None:
    text = (
        "A new bus line between Brno and Jihlava, a city in the Vysočina Region, opened on "
        "Friday. The transport minister, Eva Novak, had come to Brno from Prague on "
        "Thursday. She then rode the first bus to Jihlava, where she met over lunch with the "
        "city's mayor, Pavel Hruby. Jihlava has a large brewery."
    )
    found = triples(facts_of(text))
    assert ("Pavel Hruby", "tk:leaderOf", "Jihlava") in found
    assert ("Pavel Hruby", "tk:leaderOf", "Brno") not in found


def test_a_stations_show_host_in_apposition_works_for_it() -> None:
    text = (
        "On Tuesday Jon Dahl toured the studios of Radio Kestrel with Maria Lind, the "
        "station's founder, and Artis Kalnins, its morning-show host."
    )
    assert ("Artis Kalnins", "tk:worksFor", "Radio Kestrel") in triples(facts_of(text))


def test_a_double_surname_the_ner_cut_at_its_hyphen_is_the_persons() -> None:
    text = (
        "The city named Marta Herrera-Vidal as its police chief on Tuesday. Mayor John Pike, "
        "who met Herrera-Vidal on Monday, praised her."
    )
    # the NER took the first half for a town and left the second untagged
    facts = facts_with_ents(text, [(3, 7, "PERSON"), (15, 17, "PERSON"), (20, 21, "GPE")])
    assert "Herrera" not in names(facts)
    assert met(triples(facts), "John Pike", "Herrera-Vidal")


def test_a_hyphened_town_is_no_surname_without_a_person_named_so() -> None:
    text = "Mayor John Pike flew to Stratford-Avon on Monday."
    facts = facts_with_ents(text, [(1, 3, "PERSON"), (5, 8, "GPE")])
    assert "Stratford-Avon" in names(facts)
    assert mention(facts, "Stratford-Avon").entity_type is not EntityType.PERSON


def test_born_in_a_town_before_a_name_the_parser_listed_with_the_places() -> None:
    text = (
        "The city named Deputy Chief Marta Herrera-Vidal as its police chief on Tuesday. "
        "Mayor John Pike, who met Herrera-Vidal on Monday, praised her. Born in Fresno, "
        "California, Herrera-Vidal joined the department as a patrol officer in 2001."
    )
    found = triples(facts_of(text))
    assert ("Herrera-Vidal", "schema:birthPlace", "Fresno") in found


def test_a_sports_leagues_commissioner_named_by_its_short_name_leads_it() -> None:
    text = "The winger received the trophy from NFL Commissioner Dana Whitlock on the field."
    found = triples(facts_of(text))
    assert ("Dana Whitlock", "tk:leaderOf", "NFL") in found


def test_a_commissioner_of_a_commission_is_no_leader_of_it() -> None:
    text = "Trade Commissioner Dana Whitlock of the European Commission met Jon Dahl in Oslo."
    found = triples(facts_of(text))
    assert ("Dana Whitlock", "tk:leaderOf", "European Commission") not in found


def test_a_school_named_in_another_language_employs_its_lecturer() -> None:
    text = (
        '"We need more engineers," said Lucía Paredes, a lecturer in civil engineering at '
        "the Escuela Técnica Andina in Cuenca."
    )
    facts = facts_of(text)
    assert mention(facts, "Escuela Técnica Andina").entity_type is EntityType.ORGANIZATION
    assert ("Lucía Paredes", "tk:worksFor", "Escuela Técnica Andina") in triples(facts)


def test_a_project_whose_headquarters_is_at_a_place_is_located_there() -> None:
    text = (
        "The telescope will become part of the Deep Sky Network, an international project "
        "whose headquarters is at Lowther Hill in Scotland."
    )
    found = triples(facts_of(text))
    assert ("Deep Sky Network", "tk:locatedIn", "Lowther Hill") in found


def test_a_squad_based_in_a_town_and_managed_by_someone_is_led_by_them() -> None:
    text = (
        "Okoro runs for the Delta Running Team, a professional squad based in Ghent in "
        "Belgium and managed by Pieter de Groot."
    )
    found = triples(facts_of(text))
    assert ("Pieter de Groot", "tk:leaderOf", "Delta Running Team") in found
    assert ("Delta Running Team", "tk:locatedIn", "Ghent") in found


def test_a_finite_verb_joined_to_a_passive_keeps_its_own_subject() -> None:
    text = "Anna Berg flew to Ghent on Monday and was greeted by Pieter de Groot."
    assert met(triples(facts_of(text)), "Anna Berg", "Pieter de Groot")


def test_a_site_the_ner_ran_on_over_in_and_its_town_is_the_site_in_the_town() -> None:
    text = (
        "The ministers were sworn in at the Harbour Stadium in Kozhikode, the state capital "
        "of Kerala, on Friday."
    )
    facts = facts_with_ents(text, [(6, 11, "LOC"), (16, 17, "GPE"), (19, 20, "DATE")])
    found = triples(facts)
    assert ("Harbour Stadium", "tk:locatedIn", "Kozhikode") in found
    assert ("Kozhikode", "tk:locatedIn", "Kerala") in found


def test_a_site_run_on_over_in_and_a_word_no_gazetteer_knows_is_not_cut() -> None:
    text = "The ministers were sworn in at the Harbour Stadium in Zorbavale on Friday."
    facts = facts_with_ents(text, [(6, 11, "LOC"), (13, 14, "DATE")])
    assert "Harbour Stadium" not in names(facts)


def test_a_region_named_in_full_before_is_whole_where_the_ner_took_its_last_word() -> None:
    text = (
        "Strikes spread across Lower Saxony on Monday. Lower Saxony's economy minister, Jonas "
        "Weber, urged both sides to talk."
    )
    facts = facts_of(text)
    assert "Saxony" not in names(facts)
    assert "Lower Saxony" in names(facts)


def test_a_place_whose_first_word_is_another_name_is_not_grown_into_it() -> None:
    text = "Anna Berg flew from Lower Saxony to Saxony on Monday. Saxony welcomed her."
    facts = facts_of(text)
    assert "Saxony" in names(facts)
