"""Repairs of the small NER's predictable mistakes (extract.mentions.repairs): names it cut
short or joined, and countries it took for people."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from fixtures.extract.support import facts_of, facts_with_ents, mention, names, triples
from textkg.extract.mentions.repairs import repair_entities
from textkg.extract.tokens import TokenTable
from textkg.lexicon import default_lexicon
from textkg.nlp import load_model
from textkg.records import EntityType


def _repaired(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    """The entities after the repairs, when the NER had tagged ``spans`` (token offsets)."""
    doc = load_model()(text)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in spans]
    table = TokenTable(doc)
    repair_entities(table, default_lexicon())
    return [(e.text, e.label_) for e in table.ents]


def test_a_hyphenated_given_name_after_a_family_name_stays_in_the_name() -> None:
    # the NER cut the name at "Moon"
    text = "Moon Ha-eun, Chile's trade envoy, said exports would rise."
    assert _repaired(text, [(0, 1, "PERSON")])[0] == ("Moon Ha-eun", "PERSON")
    # a hyphenated word after a space-separated dash is no given name
    text = "Moon - as he is known - said exports would rise."
    assert _repaired(text, [(0, 1, "PERSON")]) == [("Moon", "PERSON")]


def test_a_country_before_a_possessive_title_is_the_country_whatever_the_ner_said() -> None:
    text = "Latvia's culture minister, Ieva Ozola, flew to Cannes."
    assert _repaired(text, [(0, 1, "PERSON"), (6, 8, "PERSON")])[0] == ("Latvia", "GPE")
    # a person's possessive before no title stays a person
    assert _repaired("Jordan's goal came late.", [(0, 1, "PERSON")]) == [("Jordan", "PERSON")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Quotas follow the advice of the Marine and Freshwater Research Institute, which "
            "is based in Bergen.",
            "Marine and Freshwater Research Institute",
        ),
        (
            "The Trinidad and Tobago Coast Guard rescued 14 fishermen.",
            "Trinidad and Tobago Coast Guard",
        ),
    ],
)
def test_an_organisations_name_with_and_is_not_cut_at_and(text: str, name: str) -> None:
    assert name in names(facts_of(text))


def test_two_organisations_joined_by_and_stay_two() -> None:
    assert {"Apple", "Google Research"} <= set(
        names(facts_of("Apple and Google Research said so."))
    )


def test_two_family_names_joined_by_and_are_two_people_not_an_organisation() -> None:
    text = "Marisa Zammit won. Anton Farrugia lost. Borg met Zammit and Farrugia."
    # the NER's "Zammit and Farrugia" one organisation
    spans = [(0, 2, "PERSON"), (4, 6, "PERSON"), (8, 9, "PERSON"), (10, 13, "ORG")]
    assert _repaired(text, spans)[-2:] == [
        ("Zammit", "PERSON"),
        ("Farrugia", "PERSON"),
    ]


def test_a_name_run_into_its_acronyms_bracket_ends_before_it() -> None:
    text = "The Andean Cycling Federation (FECICLA), based in Quito, will get 5 percent."
    # the NER ran "The Andean Cycling Federation (FECICLA" together
    assert _repaired(text, [(0, 6, "ORG")]) == [("The Andean Cycling Federation", "ORG")]
    # a bracket closed inside the name stays
    text = "Banco (Andino) Ltd said so."
    assert _repaired(text, [(0, 5, "ORG")]) == [("Banco (Andino) Ltd", "ORG")]


def test_a_town_named_with_of_that_the_ner_split_in_two_places_is_one() -> None:
    text = "The regional court, which is based in Port of Spain, heard the appeal."
    assert _repaired(text, [(8, 9, "GPE"), (10, 11, "GPE")]) == [("Port of Spain", "GPE")]
    # two places the gazetteers know no joined name of stay two
    text = "The envoy of Chile of Peru spoke."
    assert len(_repaired(text, [(3, 4, "GPE"), (5, 6, "GPE")])) == 2


def test_a_surname_the_ner_took_for_a_works_title_is_the_person() -> None:
    text = "Helen Cartwright became the club's chair on Monday. Mills and Cartwright held talks."
    later = [m for m in facts_of(text).mentions if m.text == "Cartwright"]
    assert later and later[0].entity_type.value == "Person"


def test_a_surname_run_into_the_place_after_at_is_the_person() -> None:
    text = (
        "Governor Musa Bala won the vote. The commission's chairman, Kojo Mensah, paid a "
        "courtesy call on Bala at Government House on Monday."
    )
    facts = facts_of(text)
    assert "Bala at Government House" not in names(facts)
    assert ("Kojo Mensah", "tk:metWith", "Bala") in triples(facts)


def test_a_nationality_run_into_a_persons_name_is_cut_off() -> None:
    text = "Harwick United, coached by the Colombian Andrés Villamizar, finished fourth."
    facts = facts_of(text)
    assert "Andrés Villamizar" in names(facts)
    assert ("Andrés Villamizar", "tk:leaderOf", "Harwick United") in triples(facts)
    assert "Kenyan Wildlife Service" in names(facts_of("The Kenyan Wildlife Service said so."))


@pytest.mark.parametrize(
    ("text", "town", "whole"),
    [
        ("The adviser lives in Abuja, Nigeria.", "Abuja", "Nigeria"),
        ("The adviser lives in Eldoret, Kenya, with her family.", "Eldoret", "Kenya"),
    ],
)
def test_a_town_and_its_country_tagged_as_one_place_are_two(
    text: str, town: str, whole: str
) -> None:
    start = text.index(town)
    doc = load_model()(text)
    tokens = doc.char_span(start, start + len(f"{town}, {whole}"))
    assert tokens is not None
    assert _repaired(text, [(tokens.start, tokens.end, "GPE")])[0] == (town, "GPE")
    assert (town, "tk:locatedIn", whole) in triples(facts_of(text))


def test_an_opening_word_the_ner_left_out_of_a_name_is_its_first() -> None:
    facts = facts_of(
        "The wells were built with a local partner, Association Sahel Eau, whose president is "
        "Ibrahim Daoud."
    )
    assert "Association Sahel Eau" in names(facts)
    assert ("Ibrahim Daoud", "tk:leaderOf", "Association Sahel Eau") in triples(facts)


def test_a_town_whose_name_holds_of_is_the_whole_town() -> None:
    facts = facts_of(
        "Windward Bank is a subsidiary of the Port of Spain-based Caroni Financial Group."
    )
    found = triples(facts)
    assert ("Caroni Financial Group", "tk:locatedIn", "Port of Spain") in found
    assert ("Windward Bank", "tk:partOf", "Caroni Financial Group") in found
    assert "Spain" not in names(facts)


def test_a_site_of_a_body_named_with_its_article_stays_apart() -> None:
    facts = facts_of(
        "Markus Berg visited the Tsukuba Space Center of the Japan Aerospace Exploration Agency "
        "on Thursday."
    )
    assert "Tsukuba Space Center" in names(facts)
    assert not any(n.startswith("Tsukuba Space Center of") for n in names(facts))


def test_an_areas_kind_of_and_a_place_the_ner_cut_after_of_are_one_area() -> None:
    facts = facts_of("Castelvecchio is a village in the Province of Teramo, in central Italy.")
    assert "Province of Teramo" in names(facts)
    assert "Province" not in names(facts) and "Province of" not in names(facts)
    # a province of a country is the province, in the country
    found = names(facts_of("Kaoma is a town in the Western Province of Zambia."))
    assert {"Western Province", "Zambia"} <= found
    # a court's district stays inside the court's name
    court = "Judge Ana Ruiz of the District Court for the Eastern District of Texas ruled."
    assert "District Court for the Eastern District of Texas" in names(facts_of(court))


def test_a_district_named_before_its_kind_of_a_state_is_two_areas() -> None:
    facts = facts_of("Kallur is a village in the Belgaum District of Karnataka, India.")
    assert {"Belgaum District", "Karnataka"} <= names(facts)
    assert ("Belgaum District", "tk:locatedIn", "Karnataka") in triples(facts)


@pytest.mark.parametrize(
    "text",
    [
        "Tarnby Station is a railway station in the Lyngby area of Copenhagen, Denmark.",
        "Vangede is a quiet suburb of Copenhagen with a railway station.",
    ],
)
def test_a_known_town_after_a_part_of_a_place_is_a_town(text: str) -> None:
    assert mention(facts_of(text), "Copenhagen").entity_type is EntityType.CITY


def test_a_city_named_with_its_country_after_a_comma_is_in_it() -> None:
    """A guard: the large-city check of the country index keeps "Taipei" a town here."""
    text = "Halvard Electric Corporation is a company based in Taipei, Taiwan, which makes fuses."
    found = triples(facts_of(text))
    assert ("Halvard Electric Corporation", "tk:locatedIn", "Taipei") in found
    assert ("Taipei", "tk:locatedIn", "Taiwan") in found


def test_a_town_whose_name_holds_a_particle_is_whole_before_based() -> None:
    facts = facts_of("The Dar es Salaam-based Kilimanjaro Freight Corporation runs the line.")
    assert ("Kilimanjaro Freight Corporation", "tk:locatedIn", "Dar es Salaam") in triples(facts)


def test_a_town_the_ner_cut_after_a_particle_is_the_whole_town() -> None:
    facts = facts_of("The assembly sits in Santa Cruz de la Sierra, Bolivia's largest city.")
    assert ("Santa Cruz de la Sierra", "tk:locatedIn", "Bolivia") in triples(facts)


def test_a_group_named_at_the_head_of_its_definition_is_whole() -> None:
    # the NER takes only the last word, or nothing, of a name holding a particle
    found = names(facts_of("Storm Against the Tide is an American metal band from Tulsa."))
    assert "Storm Against the Tide" in found
    assert "Tide" not in found
    # a name not defined as an organisation keeps what the NER said
    text = "Storm Against the Tide is a novel by Ana Ruiz."
    assert "Storm Against the Tide" not in names(facts_of(text))


def test_a_band_named_before_its_player_is_the_band_and_never_its_tail() -> None:
    found = triples(facts_of("Later, Paper Lanterns guitarist Ida Holm thanked the crowd."))
    assert ("Ida Holm", "tk:memberOf", "Paper Lanterns") in found
    # a name whose first words the parser read as no name is left unread, not cut
    found = triples(facts_of("Fall Out Boy bassist Pete Wentz thanked the crowd."))
    assert ("Pete Wentz", "tk:memberOf", "Boy") not in found


def test_a_town_the_ner_took_for_a_people_is_the_town_its_copula_defines() -> None:
    found = triples(facts_of("Grindu is a commune in Tulcea County, Romania, north of Galați."))
    assert ("Grindu", "tk:locatedIn", "Tulcea County") in found


def test_a_surname_after_a_particle_stays_in_the_persons_name() -> None:
    found = names(facts_of("Lieke van As (born 26 July 1985) is a Dutch field hockey player."))
    assert "Lieke van As" in found
    assert "Lieke van" not in found


def test_a_team_and_its_league_run_together_are_two_organisations() -> None:
    text = (
        "Sam Diaz is an American football player. He was drafted by the Kansas City Chiefs "
        "of the National Football League in 2004."
    )
    facts = facts_of(text)
    assert {"Kansas City Chiefs", "National Football League"} <= names(facts)
    assert ("Sam Diaz", "tk:memberOf", "Kansas City Chiefs") in triples(facts)
    # a bank named with "of the" stays whole
    assert "Bank of the West Conference" in names(facts_of("The Bank of the West Conference said."))


def test_a_country_name_cut_before_its_possessive_is_one_country() -> None:
    facts = facts_of("The Turks and Caicos Islands' premier, Delroy Gardiner, spoke on Monday.")
    assert ("Delroy Gardiner", "tk:leaderOf", "Turks and Caicos Islands") in triples(facts)


def test_a_given_name_the_ner_left_out_after_a_role_is_the_persons() -> None:
    """ "the president of the union, Didier | Mugisha,": the NER took the surname alone for
    a place; after a role and a comma the two words are the person."""
    text = (
        "After the match she held talks with the president of the Uganda Rugby Union, Didier "
        "Mugisha, and the league's referee manager, Marco Ferri, about a new cup."
    )
    facts = facts_with_ents(text, [(11, 14, "ORG"), (16, 17, "GPE"), (26, 28, "PERSON")])
    assert mention(facts, "Didier Mugisha").entity_type is EntityType.PERSON


def test_a_name_tagged_without_its_first_word_is_the_one_the_article_names_in_full() -> None:
    """ "Tundra | Air's president": the NER tagged "Air" alone where the article wrote the
    company's whole name before."""
    text = (
        "Tundra Air, a regional airline, renewed its deal. Tundra Air's president, Derek Fox, "
        "announced two new routes."
    )
    facts = facts_with_ents(text, [(0, 2, "ORG"), (12, 13, "ORG"), (16, 18, "PERSON")])
    assert ("Derek Fox", "tk:leaderOf", "Tundra Air") in triples(facts)
    assert "Air" not in names(facts)


def test_a_prefixed_company_name_tagged_a_person_once_lends_no_surname() -> None:
    """ "Banca Ferri" tagged a person in one sentence: "Ferri" is still the bank written
    short, not that person's surname."""
    text = (
        "Banca Ferri, a lender in Turin, grew. Banca Ferri hired staff. Ferri's chief "
        "executive, Ada Conti, spoke."
    )
    facts = facts_with_ents(
        text,
        [(0, 2, "ORG"), (6, 7, "GPE"), (10, 12, "PERSON"), (15, 16, "ORG"), (20, 22, "PERSON")],
    )
    assert mention(facts, "Ferri").entity_type is EntityType.ORGANIZATION


def test_a_name_cut_at_the_nickname_quoted_inside_it_is_one_persons() -> None:
    text = 'Michael John "Mike" Dorsey (born 1946) is a lawyer from Spokane.'
    # the NER tagged "Michael John" and 'Mike" Dorsey' as two people
    repaired = _repaired(text, [(0, 2, "PERSON"), (3, 6, "PERSON")])
    assert repaired[0] == ('Michael John "Mike" Dorsey', "PERSON")
    # a quoted word after a name and no surname after it is no nickname
    text = 'Anna Berg said "Yes" to the offer.'
    assert _repaired(text, [(0, 2, "PERSON")])[0] == ("Anna Berg", "PERSON")


def test_a_name_a_clubs_prefix_opens_is_an_organisation() -> None:
    text = "Pavol Hruby plays for SK Tarnow and coaches in FK Senica."
    found = {(m.name, m.entity_type) for m in facts_of(text).mentions}
    assert ("SK Tarnow", EntityType.ORGANIZATION) in found
    assert ("FK Senica", EntityType.ORGANIZATION) in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the NER cut at the particles: a body's name in full
        (
            "Portugal's government named Ana Lobo as chairwoman of the Administração dos "
            "Portos de Aveiro e da Nazaré, the state company that runs the harbours.",
            "Administração dos Portos de Aveiro e da Nazaré",
        ),
        # left untagged but for its last word
        (
            "The terminal is run by Moinho Velho do Sado, a unit of Norvia Logistics.",
            "Moinho Velho do Sado",
        ),
        # with a hyphened word after the particle, and its acronym after it
        (
            "The price was raised by the Conseil du Coton-Karité (CCK), the regulator said "
            "on Monday. The regulator's director-general, Awa Sangare, announced the price.",
            "Conseil du Coton-Karité",
        ),
    ],
)
def test_an_organisations_name_with_romance_particles_is_one_name(text: str, name: str) -> None:
    facts = facts_of(text)
    assert mention(facts, name).entity_type is EntityType.ORGANIZATION


def test_a_place_with_a_particle_in_its_name_stays_a_place() -> None:
    # guard: the NER's whole town, not an organisation
    facts = facts_of("Ana Lobo met Pedro Dias in Lisbon and then flew to Rio de Janeiro.")
    assert mention(facts, "Rio de Janeiro").entity_type is EntityType.CITY


def test_a_name_word_the_ner_left_out_after_a_role_and_a_comma() -> None:
    facts = facts_of(
        "Lund Hill University is based in Dundee. Its vice-chancellor, Prabhat Sarma, said the "
        "survey had found blind fish."
    )
    assert ("Prabhat Sarma", "tk:leaderOf", "Lund Hill University") in triples(facts)


def test_a_body_named_as_two_kinds_joined_by_and_is_one_name() -> None:
    facts = facts_of(
        "Glasgow Life on Monday named Niamh Doherty, a curator from Ireland, as director of "
        "Kelvingrove Art Gallery and Museum, the most visited museum in Scotland."
    )
    body = "Kelvingrove Art Gallery and Museum"
    assert ("Niamh Doherty", "tk:leaderOf", body) in triples(facts)


def test_two_bodies_joined_by_and_stay_two() -> None:
    assert {"Acme Bank", "Tesla"} <= names(facts_of("Shares of Acme Bank and Tesla rose."))


def test_a_regions_name_and_its_kind_the_ner_left_out_are_one_area() -> None:
    facts = facts_of("He was born in Mirbat, a town in Dhofar Governorate.")
    assert mention(facts, "Dhofar Governorate").entity_type is EntityType.ADMINISTRATIVE_AREA
    assert ("Mirbat", "tk:locatedIn", "Dhofar Governorate") in triples(facts)


def test_a_fire_department_stays_a_body() -> None:
    facts = facts_of("The Fire Department said the blaze was out.")
    assert mention(facts, "Fire Department").entity_type is EntityType.ORGANIZATION


def test_a_capitalised_conjunction_that_ends_a_name_is_the_names_own_word() -> None:
    # "Or" (gold) ends a gold buyer's name: not "X or" cut before a second name
    facts = facts_of("Comptoir Kindia Or is a subsidiary of Volta Bullion Traders.")
    assert ("Comptoir Kindia Or", "tk:partOf", "Volta Bullion Traders") in triples(facts)


def test_a_town_and_the_person_after_its_comma_glued_as_one_body_are_two() -> None:
    # "the mayor of Bursa, Murat Aydin," tagged as one organisation
    text = "The mayor of Bursa, Murat Aydin, flew to Ankara on Monday."
    facts = facts_with_ents(text, [(3, 7, "ORG"), (10, 11, "GPE")])
    assert ("Murat Aydin", "tk:leaderOf", "Bursa") in triples(facts)


def test_a_dam_the_ner_took_for_a_work_of_art_is_a_place_visited() -> None:
    text = (
        "Ruth Achieng, who heads the Ministry of Water, Sanitation and Irrigation, visited the "
        "Thika Dam with Ms Mutua on Monday, and the two held talks there."
    )
    found = facts_of(text)
    assert mention(found, "Thika Dam").entity_type is EntityType.PLACE
    assert ("Ruth Achieng", "tk:visited", "Thika Dam") in triples(found)


@pytest.mark.parametrize(
    "text, name",
    [
        ("The fair opened at the Fiera Roma exhibition centre on Monday.", "Fiera Roma"),
        ("Ministers met at the Bella Vista conference centre on Tuesday.", "Bella Vista"),
    ],
)
def test_a_name_before_a_sites_kind_word_is_no_person(text: str, name: str) -> None:
    assert mention(facts_of(text), name).entity_type is EntityType.PLACE
