"""What kind of thing a name is, from the words around it (extract/mentions/kinds.py): a
name the NER took for a building that an apposition makes a company, a sport's governing
body named by its sport; our own sentences."""

from __future__ import annotations

from fixtures.extract.support import facts_of, facts_with_ents, mention, triples
from textkg.records import EntityType


def test_a_building_named_like_a_company_is_a_company_when_an_apposition_says_so() -> None:
    # as the NER reads some such names: a building ("FAC")
    text = "Norvia completed its purchase of Zolota Varnytsia, a Ternopil-based craft brewer."
    facts = facts_with_ents(text, [(0, 1, "ORG"), (5, 7, "FAC"), (9, 10, "GPE")])
    assert mention(facts, "Zolota Varnytsia").entity_type is EntityType.ORGANIZATION


def test_a_sports_governing_body_named_by_its_sport_is_an_organisation() -> None:
    facts = facts_of(
        "Kenya Netball on Tuesday elected Achieng Odhiambo, a former national team "
        "captain, as its president."
    )
    assert mention(facts, "Kenya Netball").entity_type is EntityType.ORGANIZATION
    assert ("Achieng Odhiambo", "tk:leaderOf", "Kenya Netball") in triples(facts)


def test_a_town_named_like_a_sport_stays_a_town() -> None:
    # guard: the sport's word alone, a town the gazetteers know
    facts = facts_of("He learnt to play the game at a school in Rugby.")
    assert mention(facts, "Rugby").entity_type is EntityType.CITY


def test_a_small_town_someone_flies_to_is_a_town_not_a_person() -> None:
    # the NER's person, in a traveller's slot the gazetteers cannot confirm
    facts = facts_of(
        "The government named a new chief to run the Odemira port authority. Ana Lobo flew "
        "to Odemira from Lisbon on Monday. Odemira's mayor, Rui Tavares, met her at the offices."
    )
    odemira = [m for m in facts.mentions if m.text == "Odemira"]
    assert odemira and all(m.entity_type is EntityType.CITY for m in odemira)
    assert ("Ana Lobo", "tk:visited", "Odemira") in triples(facts)


def test_a_double_surname_ending_like_a_building_is_a_persons() -> None:
    facts = facts_of("The minister met Aroha Wiremu-Hall in Hastings on Monday.")
    assert mention(facts, "Aroha Wiremu-Hall").entity_type is EntityType.PERSON


def test_a_towns_name_ending_in_an_apostrophe_s_keeps_it() -> None:
    facts = facts_of(
        "The ferry line, which is headquartered in St. John's, is led by Joan Pike. Pike flew "
        "to St. John's from Oslo on Monday."
    )
    assert mention(facts, "St. John's").entity_type is EntityType.CITY
    assert ("Pike", "tk:visited", "St. John's") in triples(facts)


def test_a_region_named_with_and_is_one_region() -> None:
    facts = facts_of("On Monday Newfoundland and Labrador's premier, Carl Moss, opened the wharf.")
    region = mention(facts, "Newfoundland and Labrador")
    assert region.entity_type is EntityType.ADMINISTRATIVE_AREA
    assert ("Carl Moss", "tk:leaderOf", "Newfoundland and Labrador") in triples(facts)


def test_a_state_corporation_in_apposition_outweighs_a_persons_tags() -> None:
    # "Marine" is a given name too: the NER takes the later mentions for a person
    facts = facts_of(
        "Marine Boreal, the state corporation that runs the island ferries, on Monday ordered "
        "two ships. Marine Boreal, which is based in Halifax, is led by Joan Pike."
    )
    named = [m for m in facts.mentions if m.name == "Marine Boreal"]
    assert named and all(m.entity_type is EntityType.ORGANIZATION for m in named)
    assert ("Joan Pike", "tk:leaderOf", "Marine Boreal") in triples(facts)


def test_an_event_name_in_apposition_to_a_kind_of_company_is_a_company() -> None:
    text = "Harbour Lines ordered two ferries from Kotka Varvet, a shipbuilder based in Kotka."
    facts = facts_with_ents(text, [(0, 2, "ORG"), (6, 8, "EVENT"), (13, 14, "GPE")])
    assert mention(facts, "Kotka Varvet").entity_type is EntityType.ORGANIZATION
    assert ("Kotka Varvet", "tk:locatedIn", "Kotka") in triples(facts)


def test_a_village_in_apposition_is_a_place_whatever_its_last_word() -> None:
    facts = facts_of("Joan Pike was born in Pine Bank, a village on the north shore.")
    assert mention(facts, "Pine Bank").entity_type is EntityType.CITY
    assert ("Joan Pike", "schema:birthPlace", "Pine Bank") in triples(facts)


def test_a_league_named_with_a_number_is_not_a_town() -> None:
    facts = facts_of("The club, which is based in Dundee, sits 14th of 16 in Ligue 1.")
    assert mention(facts, "Ligue 1").entity_type is EntityType.ORGANIZATION
    assert not any(m.name == "Ligue" for m in facts.mentions)


def test_an_unknown_name_before_a_field_and_a_role_is_a_company() -> None:
    facts = facts_of("Norvia's research director, Kittipong Srisai, said the trial would start.")
    assert mention(facts, "Norvia").entity_type is EntityType.ORGANIZATION


def test_a_name_after_the_head_of_a_named_region_and_a_comma_is_a_persons() -> None:
    # the NER tags the surname alone as an organisation; "hokim" heads an Uzbek region
    facts = facts_of(
        "On Tuesday afternoon the hokim of Samarkand Region, Odil Rashidov, held talks with "
        "Anvar Nazarov at the regional administration in Samarkand."
    )
    assert mention(facts, "Odil Rashidov").entity_type is EntityType.PERSON
    found = triples(facts)
    assert ("Odil Rashidov", "tk:leaderOf", "Samarkand Region") in found
    assert ("Odil Rashidov", "tk:metWith", "Anvar Nazarov") in found


def test_a_company_named_after_a_bodys_head_and_a_comma_stays_a_company() -> None:
    facts = facts_of("The chairman of Kelvin Rovers, Oyun Holdings, said so.")
    assert mention(facts, "Oyun Holdings").entity_type is EntityType.ORGANIZATION


def test_a_name_in_a_places_slot_before_its_country_is_a_town_not_a_person() -> None:
    # the NER's person, "in X, Brazil": no one lies in a person before a country
    facts = facts_of("The Church of Our Lady is a baroque church in Pedro Leopoldo, Brazil.")
    assert mention(facts, "Pedro Leopoldo").entity_type is EntityType.CITY
    assert ("Church of Our Lady", "tk:locatedIn", "Pedro Leopoldo") in triples(facts)


def test_the_same_name_set_off_by_a_description_of_its_bearer_stays_a_person() -> None:
    facts = facts_of(
        "The Church of Our Lady is a baroque church. It was built by Pedro Leopoldo, a "
        "Brazilian mason, in 1790."
    )
    assert mention(facts, "Pedro Leopoldo").entity_type is EntityType.PERSON


def test_a_name_after_a_year_in_a_life_bracket_is_where_the_life_began_or_ended() -> None:
    # the NER's person, after "1934," and "2014," inside the bracket after the subject
    text = (
        "Karl Brenner (March 3, 1934, Uerdingen – November 14, 2014, Mölln) was a German "
        "mathematician."
    )
    facts = facts_of(text)
    assert mention(facts, "Uerdingen").entity_type is EntityType.CITY
    found = triples(facts)
    assert ("Karl Brenner", "schema:birthPlace", "Uerdingen") in found
    assert ("Karl Brenner", "schema:deathPlace", "Mölln") in found


def test_a_persons_name_after_a_year_in_brackets_stays_a_person() -> None:
    facts = facts_of(
        "Karl Brenner (1934 – 2014) was a German mathematician. He married Anna Weiss "
        "(born 1940, Emma Weiss) in 1962."
    )
    assert mention(facts, "Emma Weiss").entity_type is EntityType.PERSON


def test_an_area_named_after_a_place_and_its_comma_is_an_area() -> None:
    # as the NER reads some such lists: the voivodeship an organisation ("ORG")
    text = "Kolno is a village in Wysokie County, Podlaskie Voivodeship, in north-eastern Poland."
    facts = facts_with_ents(text, [(0, 1, "GPE"), (5, 7, "GPE"), (8, 10, "ORG"), (15, 16, "GPE")])
    assert mention(facts, "Podlaskie Voivodeship").entity_type is EntityType.ADMINISTRATIVE_AREA
    assert ("Wysokie County", "tk:locatedIn", "Podlaskie Voivodeship") in triples(facts)


def test_an_areas_government_that_speaks_stays_an_organisation() -> None:
    text = "The Podlaskie Voivodeship said on Monday that the roads would reopen."
    facts = facts_with_ents(text, [(1, 3, "ORG")])
    assert mention(facts, "Podlaskie Voivodeship").entity_type is EntityType.ORGANIZATION


def test_names_a_plural_kin_noun_lists_are_people_whatever_the_ner_said() -> None:
    # as the NER reads some such lists: one-word names it takes for organisations
    text = "Arjun Mehta is an Indian banker. His children included Tarun, Vikram and Ishaan."
    spans = [(0, 2, "PERSON"), (4, 5, "NORP"), (10, 11, "ORG"), (12, 13, "ORG"), (14, 15, "ORG")]
    facts = facts_with_ents(text, spans)
    assert mention(facts, "Tarun").entity_type is EntityType.PERSON
    assert ("Tarun", "schema:sibling", "Ishaan") in triples(facts)


def test_names_a_plural_noun_of_things_lists_stay_what_the_ner_said() -> None:
    text = "Arjun Mehta is an Indian banker. His clients included Tarun, Vikram and Ishaan."
    spans = [(0, 2, "PERSON"), (4, 5, "NORP"), (10, 11, "ORG"), (12, 13, "ORG"), (14, 15, "ORG")]
    facts = facts_with_ents(text, spans)
    assert mention(facts, "Tarun").entity_type is EntityType.ORGANIZATION


def test_names_a_plural_kind_of_place_lists_are_places_of_that_kind() -> None:
    # the NER's people, listed after "three towns:"
    facts = facts_of(
        "Lesko County is a county in Poland. The county contains three towns: Ustrzyki, "
        "Baligrod and Cisna."
    )
    assert mention(facts, "Cisna").entity_type is EntityType.CITY


def test_names_a_plural_noun_of_people_lists_stay_people() -> None:
    facts = facts_of(
        "Lesko County is a county in Poland. Its best-known painters are Ustrzyki, Baligrod "
        "and Cisna."
    )
    assert mention(facts, "Cisna").entity_type is EntityType.PERSON


def test_what_a_capital_is_the_capital_of_is_a_region() -> None:
    facts = facts_of("The club is based in Batumi, the capital of Adjara, which won the cup.")
    assert mention(facts, "Adjara").entity_type is EntityType.ADMINISTRATIVE_AREA
    assert ("Batumi", "tk:locatedIn", "Adjara") in triples(facts)


def test_a_region_a_capital_is_of_is_a_place_wherever_its_name_is_written() -> None:
    # "Navarre's president" alone would make a company of an unknown name
    facts = facts_of(
        "Navarre's president, Ana Ruiz, said the law would help. The chamber sits in Pamplona, "
        "the capital of Navarre. Tudela, a city in the south of Navarre, grew."
    )
    assert all(
        m.entity_type.kind is EntityType.PLACE for m in facts.mentions if m.name == "Navarre"
    )
    assert ("Tudela", "tk:locatedIn", "Navarre") in triples(facts)


def test_a_person_whose_surname_is_a_building_word_is_a_person_with_a_role() -> None:
    facts = facts_of("Greg Hall, Vexor's chairman, backed the plan.")
    assert mention(facts, "Greg Hall").entity_type is EntityType.PERSON
    assert ("Greg Hall", "tk:leaderOf", "Vexor") in triples(facts)


def test_a_hall_with_a_venue_in_apposition_stays_a_place() -> None:
    facts = facts_of("Royal Albert Hall, the venue, was full.")
    assert mention(facts, "Royal Albert Hall").entity_type is EntityType.PLACE


def test_a_name_ending_in_a_kind_of_area_the_ner_took_for_a_person_is_an_area() -> None:
    # as the NER reads some such names: a person
    text = "Olga Sirko (born 1950, Velikaya, Pskov Oblast) is a painter."
    facts = facts_with_ents(text, [(0, 2, "PERSON"), (6, 7, "GPE"), (8, 10, "PERSON")])
    assert mention(facts, "Pskov Oblast").entity_type is EntityType.ADMINISTRATIVE_AREA
    assert ("Velikaya", "tk:locatedIn", "Pskov Oblast") in triples(facts)


def test_a_person_whose_surname_is_a_kind_of_area_stays_a_person() -> None:
    # guard: a given name, then a surname that is also a kind of area
    text = "The prize went to Robert Parish, a painter from Leeds."
    facts = facts_with_ents(text, [(4, 6, "PERSON"), (10, 11, "GPE")])
    assert mention(facts, "Robert Parish").entity_type is EntityType.PERSON


def test_a_name_opening_a_life_bracket_before_a_date_is_where_the_life_began() -> None:
    # the NER's person, right after the bracket that follows the subject's name
    facts = facts_of(
        "Peter Lund (Nîmes, 2 June 1663 — Voorburg, May 1719) was a French journalist."
    )
    assert mention(facts, "Nîmes").entity_type is EntityType.CITY
    assert ("Peter Lund", "schema:birthPlace", "Nîmes") in triples(facts)


def test_a_name_opening_a_bracket_of_a_reference_stays_a_person() -> None:
    # guard: a citation's author and year, no life's dash
    text = "The method was first tested by Peter Lund (Holmgren, 1999) on ten farms."
    facts = facts_with_ents(text, [(6, 8, "PERSON"), (9, 10, "PERSON"), (11, 12, "DATE")])
    assert mention(facts, "Holmgren").entity_type is EntityType.PERSON


def test_a_person_described_as_a_member_of_a_party_stays_a_person() -> None:
    # "member" is a kind of unit too ("a member of the Norvia group"), but not after a person
    facts = facts_of(
        "The Harbour Committee, chaired by Inuuteq Berthelsen, a member of the Atassut "
        "party, held the hearing in public."
    )
    assert mention(facts, "Inuuteq Berthelsen").entity_type is EntityType.PERSON
    assert ("Inuuteq Berthelsen", "tk:leaderOf", "Harbour Committee") in triples(facts)


def test_a_name_the_ner_calls_a_person_apposed_to_a_kind_of_firm_is_the_firm() -> None:
    # a contractor is a role too, but not a unit: the firm's, as before
    text = "The attackers entered through a server run by Fenwave, a cloud contractor in Seattle."
    # tokens: ... by (7) Fenwave (8) , (9) a cloud contractor in (10-13) Seattle (14)
    facts = facts_with_ents(text, [(8, 9, "PERSON"), (14, 15, "GPE")])
    assert mention(facts, "Fenwave").entity_type is EntityType.ORGANIZATION


def test_a_hyphened_co_operative_in_apposition_is_a_kind_of_organisation() -> None:
    # the tokenizer would split "co-operative" in three and the tagger read an adjective
    facts = facts_of(
        "Pierre Lagarde, director of Les Vignerons de Irancy, the village's main "
        "co-operative, said members would share the frost candles."
    )
    assert mention(facts, "Les Vignerons de Irancy").entity_type is EntityType.ORGANIZATION


def test_a_name_ending_in_a_plural_works_noun_is_a_company() -> None:
    facts = facts_of(
        "The court quashed a licence that allowed Eastern Cedar Sawmills to fell pine in the"
        " Northern Region."
    )
    assert mention(facts, "Eastern Cedar Sawmills").entity_type is EntityType.ORGANIZATION


def test_spanish_words_that_open_a_companys_or_a_movements_name() -> None:
    facts = facts_of(
        "Minera Cordillera Azul is a miner based in Arequipa. Her party, Movimiento Sierra"
        " Viva, won the vote."
    )
    assert mention(facts, "Minera Cordillera Azul").entity_type is EntityType.ORGANIZATION
    assert mention(facts, "Movimiento Sierra Viva").entity_type is EntityType.ORGANIZATION


def test_a_double_barrelled_name_in_apposition_to_a_role_is_a_persons() -> None:
    # the NER took the hyphenated name for an organisation's
    found = facts_of("Marlow's managing director, Temi Oladipo-Brown, said the paper would close.")
    assert mention(found, "Temi Oladipo-Brown").entity_type is EntityType.PERSON
    assert ("Temi Oladipo-Brown", "tk:leaderOf", "Marlow") in triples(found)


def test_a_name_of_two_words_after_born_in_is_a_town() -> None:
    # the NER took the town for a person's or an organisation's name
    found = facts_of("Ilinca Moraru, who was born in Târgu Secuiesc in Romania, flew to Rome.")
    assert mention(found, "Târgu Secuiesc").entity_type is EntityType.CITY
    assert ("Ilinca Moraru", "schema:birthPlace", "Târgu Secuiesc") in triples(found)
    found = facts_of("Marius Dobre was born in Baia Sprie in 1971.")
    assert ("Marius Dobre", "schema:birthPlace", "Baia Sprie") in triples(found)


def test_a_name_apposed_to_the_place_of_a_role_is_the_roles_holder() -> None:
    # as the NER reads some such names: a place, hung by the parser on the province
    text = "The governor of Uva Province, Nimal Ekanayake, toured flooded villages on Monday."
    found = facts_with_ents(text, [(3, 5, "GPE"), (6, 8, "GPE")])
    assert mention(found, "Nimal Ekanayake").entity_type is EntityType.PERSON
    assert ("Nimal Ekanayake", "tk:leaderOf", "Uva Province") in triples(found)
    # a town's region in apposition stays the region
    found = facts_with_ents(
        "The mayor of Kendal, Cumbria, said the roads were shut.", [(3, 4, "GPE"), (5, 6, "GPE")]
    )
    assert mention(found, "Cumbria").entity_type is not EntityType.PERSON


def test_a_name_of_two_words_after_an_organisations_headquarters_in_is_a_town() -> None:
    # as the NER reads some such names: a person's
    text = "Police searched Arlena Group's headquarters in Vila Serena early on Friday."
    found = facts_with_ents(text, [(2, 4, "ORG"), (7, 9, "PERSON")])
    assert mention(found, "Vila Serena").entity_type is EntityType.CITY
    assert ("Arlena Group", "tk:locatedIn", "Vila Serena") in triples(found)


def test_where_a_profiles_subject_began_a_career_is_a_club_not_a_town() -> None:
    text = (
        "Tom Baxter (born 3 May 1990) is a Scottish footballer. "
        "He began his career with Harwick, also spending a season on loan at Dunmore."
    )
    facts = facts_with_ents(text, [(0, 2, "PERSON"), (18, 19, "GPE")])  # as the NER reads it
    assert mention(facts, "Harwick").entity_type is EntityType.ORGANIZATION
    assert ("Tom Baxter", "tk:memberOf", "Harwick") in triples(facts)


def test_a_name_before_member_and_a_persons_name_is_an_organisation() -> None:
    facts = facts_of("The bill was co-authored by former Sha Doo Wop member Jon Brand.")
    assert mention(facts, "Sha Doo Wop").entity_type is EntityType.ORGANIZATION
    assert ("Jon Brand", "tk:memberOf", "Sha Doo Wop") in triples(facts)
    facts = facts_of("The app was designed by Kestrel co-founder Maria Lund.")
    assert mention(facts, "Kestrel").entity_type is EntityType.ORGANIZATION


def test_where_one_was_born_at_in_a_region_is_a_town() -> None:
    facts = facts_of("Lars Moe was born at Voss in Hordaland and grew up in Bergen, Norway.")
    assert mention(facts, "Voss").entity_type is EntityType.CITY
    assert ("Lars Moe", "schema:birthPlace", "Voss") in triples(facts)


def test_an_untagged_island_people_travelled_to_is_a_place_they_visited() -> None:
    found = triples(
        facts_of(
            "Hina Tauri and Paul Girard met on Monday. On Tuesday Tauri and Girard travelled"
            " to Huahine, where the clinic has been open until midnight."
        )
    )
    assert ("Tauri", "tk:visited", "Huahine") in found or (
        "Hina Tauri",
        "tk:visited",
        "Huahine",
    ) in found


def test_a_large_town_the_tagger_read_as_a_noun_is_a_town_by_its_apposition() -> None:
    facts = facts_of("Brno, a city in Moravia, is home to about 90,000 students.")
    assert mention(facts, "Brno").entity_type is EntityType.CITY


def test_a_company_named_by_its_technology_field_is_a_company() -> None:
    facts = facts_of("Meera Agritech makes seed drills in Kochi and employs 300 people.")
    assert mention(facts, "Meera Agritech").entity_type is EntityType.ORGANIZATION


def test_a_hyphened_name_apposed_to_his_running_mate_is_a_person() -> None:
    facts = facts_of(
        "Governor Ade Olu was sworn in on Monday. His running mate, Ngozi Okafor-Bello, was"
        " sworn in as deputy governor."
    )
    assert mention(facts, "Ngozi Okafor-Bello").entity_type is EntityType.PERSON
