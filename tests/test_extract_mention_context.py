"""Mentions carry what the text says around a name, so resolution never reads the text;
the words around a name say what it is."""

from __future__ import annotations

import pytest

from fixtures.extract.support import facts_of, mention, triples
from textkg.records import EntityType


def test_an_acronym_in_brackets_is_recorded_on_the_long_name() -> None:
    facts = facts_of("The Baltic Grain Council (BGC) met in Riga on Tuesday.")
    assert mention(facts, "Baltic Grain Council").defines == "BGC"


def test_kind_nouns_before_and_in_an_apposition() -> None:
    facts = facts_of(
        "The newspaper Kveldsposten printed the letter. Norsk Tidend, the official "
        "newspaper of the Farmers' Union, did not."
    )
    assert "newspaper" in mention(facts, "Kveldsposten").kinds
    assert "newspaper" in mention(facts, "Norsk Tidend").kinds


def test_a_state_body_carries_the_country_it_is_named_with() -> None:
    inside = facts_of("The Kenyan Ministry of Water and Sanitation issued a warning.")
    ministry = mention(inside, "Ministry of Water and Sanitation")
    assert ministry.qualifier == "Kenya"
    assert ministry.qualified_text == "Kenyan Ministry of Water and Sanitation"
    after = facts_of("The Ministry of Foreign Affairs of Japan said so on Friday.")
    assert mention(after, "Ministry of Foreign Affairs").qualifier == "Japan"
    possessive = facts_of("Brazil's Ministry of Finance said so on Friday.")
    assert mention(possessive, "Ministry of Finance").qualifier == "Brazil"


def test_a_company_named_after_a_country_has_no_qualifier() -> None:
    facts = facts_of("Air France cancelled flights to Dakar.")
    assert all(not m.qualifier for m in facts.mentions)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a town the gazetteer knows, where a traveller goes, whatever the NER said
        ("The minister flew to Thiruvananthapuram on Monday.", "Thiruvananthapuram", "City"),
        # a kind of place, then "of" and its name
        ("Rescue teams reached the town of Kalulushi.", "Kalulushi", "City"),
        ("He grew up on the island of Lastovo.", "Lastovo", "Place"),
        # a country after a town and a comma
        ("Talvera Re, which is based in Hamilton, Bermuda, lost money.", "Bermuda", "Country"),
        # a town before "-based"
        ("The Copenhagen-based shipping line Vestrand said profits rose.", "Copenhagen", "City"),
        # a company the NER took for a person: its kind in apposition, before or after
        (
            "The bank bought Fidelia Ramos, a Porto-based life insurer, last year.",
            "Fidelia Ramos",
            "Organization",
        ),
        (
            "The group's shipping arm, Ostrand Maren, said demand rose.",
            "Ostrand Maren",
            "Organization",
        ),
        ("Corvina Re, which is based in Dublin, reported a loss.", "Corvina Re", "Organization"),
        ("Helix bought Lightmere in May.", "Lightmere", "Organization"),
        # one the NER took for a product, with its kind after it
        (
            "Marco Bellini, the head of Agrivita, a Parma-based dairy cooperative, resigned.",
            "Agrivita",
            "Organization",
        ),
        # a person the NER took for an organisation, in apposition to a role
        (
            "The shipowner Kestrel Marine was sold. Its chief executive, Nikos Vardakis, stayed.",
            "Nikos Vardakis",
            "Person",
        ),
        # a person by a title, a country's possessive or the score run into the name; a union
        ("Spain's Mateo Ruiz won his first Wimbledon title.", "Mateo Ruiz", "Person"),
        (
            "He took the trophy from Helen Ashworth, the chair of the club.",
            "Helen Ashworth",
            "Person",
        ),
        ("He beat Italy's Luca Bernardi 6-4, 3-6, 6-2.", "Luca Bernardi", "Person"),
        ("Eva Toth, who heads the metalworkers' union Vasas, said so.", "Vasas", "Organization"),
        # a kind that is also a person's role names the person it is apposed to
        ("Its publisher, Fiona Reid, said the imprint would grow.", "Fiona Reid", "Person"),
        # one word in apposition to a person's role; not to "whose director"
        ("Halvorsen, the town's mayor, resigned on Monday.", "Halvorsen", "Person"),
        (
            "The camp is run by Ghana's refugee board, GRBX, whose director, Kwame Owusu "
            "Mensah, met the envoy.",
            "GRBX",
            "Organization",
        ),
        # a hospital, a publisher's name by its head word
        (
            "San Lucio, the teaching hospital of the University of Verona, has 900 beds.",
            "San Lucio",
            "Organization",
        ),
        ("Marlow Books said its sales rose.", "Marlow Books", "Organization"),
        # a name the NER missed, with a kind of organisation in apposition
        (
            "Norcobre, Chile's state-owned copper miner, reported a loss.",
            "Norcobre",
            "Organization",
        ),
        # a place whose governor is named; the governor in apposition to the title
        ("Bohol's governor, Erico Salvador, met the envoy.", "Bohol", "AdministrativeArea"),
        ("Bohol's governor, Erico Salvador, met the envoy.", "Erico Salvador", "Person"),
        # named to a role by an active verb
        ("The union re-elected Thabo Mokoena as general secretary.", "Thabo Mokoena", "Person"),
        # a person "of" a country, which the NER ran into one name
        (
            "The previous winner, Mikkel Bjerregaard of Denmark, did not start.",
            "Denmark",
            "Country",
        ),
        (
            "The previous winner, Mikkel Bjerregaard of Denmark, did not start.",
            "Mikkel Bjerregaard",
            "Person",
        ),
        # a one-word party in apposition to a role "in" something stays what the NER said
        (
            "Akiko Nishida, the leader of Komeito, the junior partner in the coalition, spoke.",
            "Akiko Nishida",
            "Person",
        ),
        # a town no gazetteer knows, before "-based" or after "born in"
        ("Aldmore Dairy has bought Tralee-based Kerrow Mills.", "Tralee", "City"),
        ("Maison Clairet, a Beaune-based merchant, bought it.", "Beaune", "City"),
        ("Lefevre, who was born in Auxerre, runs the estate.", "Auxerre", "City"),
        # organisations by their head words: a dairy, a co-operative, a theatre
        ("Aldmore Dairy has bought Tralee-based Kerrow Mills.", "Aldmore Dairy", "Organization"),
        (
            "Ballina Dairy Co-operative, one of Ireland's largest businesses, bought a mill.",
            "Ballina Dairy Co-operative",
            "Organization",
        ),
        # a name the NER missed, with a kind of body in apposition (funds, utilities)
        (
            "Pensjonskasse Vest, the Norwegian pension fund for nurses, sold its shares.",
            "Pensjonskasse Vest",
            "Organization",
        ),
        (
            "Vattenverket Norr, a Swedish water utility, raised prices.",
            "Vattenverket Norr",
            "Organization",
        ),
        # a kind of place said once outweighs a person's tag elsewhere in the article
        (
            "Selous, Tanzania's largest national park, lies in the south. Ana Kibwe visited "
            "Selous on Tuesday.",
            "Selous",
            "Place",
        ),
        # a first name that is also a place, after a role apposed before it
        ("Chile's ambassador in Lima, Carolina Vidal, met the envoy.", "Carolina Vidal", "Person"),
        # a company named by its trade
        ("Mekong Golden Beverage said its profit rose.", "Mekong Golden Beverage", "Organization"),
        # a copula that says the name is a band, a company, a school
        (
            "The Velvet Hollow is an Irish folk band formed in 2001.",
            "Velvet Hollow",
            "Organization",
        ),
        # a producer in apposition is a person's role, not a kind of organisation
        (
            "She thanked her producer, Jules Marbot of the Lyon-based Lumiere Films.",
            "Jules Marbot",
            "Person",
        ),
    ],
)
def test_what_the_words_around_a_name_say_it_is(text: str, name: str, kind: str) -> None:
    found = {m.entity_type.value for m in facts_of(text).mentions if m.name == name}
    assert found == {kind}, [(m.name, m.entity_type.value) for m in facts_of(text).mentions]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a first name, a legal form or a first word the NER left out of the name
        ("The executive director of Frontex, Ana Rebelo, also attended.", "Ana Rebelo"),
        (
            "Its cargo subsidiary, Star Freight Hellas, is based in Thessaloniki.",
            "Star Freight Hellas",
        ),
        (
            "Bandung-based PT Dirgantara Indonesia, the aircraft maker, won.",
            "PT Dirgantara Indonesia",
        ),
    ],
)
def test_the_first_word_of_a_name_the_ner_left_out(text: str, name: str) -> None:
    assert name in {m.name for m in facts_of(text).mentions}


def test_a_club_named_like_a_town_is_not_made_the_town() -> None:
    facts = facts_of("FC Porto beat Benfica.")
    assert all(m.entity_type is not EntityType.CITY for m in facts.mentions if m.name == "Benfica")


def test_a_capitalised_occupation_the_ner_ran_into_a_name_is_a_title() -> None:
    person = mention(
        facts_of("Archaeologist Lucía Ramos said the dig would resume."), "Lucía Ramos"
    )
    assert person.titles == ("archaeologist",)
    # a surname that ends like an occupation stays the name's
    assert "Walker Evans" in {
        m.name for m in facts_of("Walker Evans took the photograph.").mentions
    }
    # a given name that ends like an occupation too
    text = "PSG president Nasser Al-Khelaifi thanked the players."
    assert "Nasser Al-Khelaifi" in {m.name for m in facts_of(text).mentions}


def test_a_birthplace_the_ner_took_for_a_product_is_a_town() -> None:
    text = "Jordan Bardella is the party's president. Bardella, who was born in Drancy, spoke."
    assert mention(facts_of(text), "Drancy").entity_type is EntityType.CITY


def test_a_company_named_like_a_person_with_a_kind_of_company_apposed_is_a_company() -> None:
    facts = facts_of("Among the stands was Leila Ceramics, an Oran-based tile maker.")
    assert mention(facts, "Leila Ceramics").entity_type is EntityType.ORGANIZATION
    # "-based" alone describes people too, and a kind of body before a name is its owner's
    facts = facts_of("Among the speakers was Leila Haddad, an Oran-based lawyer.")
    assert mention(facts, "Leila Haddad").entity_type is EntityType.PERSON
    facts = facts_of(
        "The director of the Vestfold museum, Laurence des Cars, offered her resignation."
    )
    assert mention(facts, "Laurence des Cars").entity_type is EntityType.PERSON


def test_a_description_subject_with_a_unit_apposed_is_part_of_the_whole() -> None:
    text = (
        "The Kestrel Space Agency granted the licence on Monday. The agency, a unit of the "
        "Ministry of Business, said the licence covered ten launches."
    )
    found = triples(facts_of(text))
    assert ("Kestrel Space Agency", "tk:partOf", "Ministry of Business") in found
    text = (
        "The Norland Research Council gave the grant on Monday. The council, which is "
        "headquartered in Oslo, is an agency of the Ministry of Education."
    )
    found = triples(facts_of(text))
    assert ("Norland Research Council", "tk:partOf", "Ministry of Education") in found


@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        (
            "The Snake River rises in the Rocky Mountains of Wyoming.",
            "Rocky Mountains",
            EntityType.PLACE,
        ),
        (
            "Mauritius is an island country. Its capital is Port Louis.",
            "Mauritius",
            EntityType.COUNTRY,
        ),
    ],
)
def test_a_range_or_a_country_the_ner_took_for_a_person_is_a_place(
    text: str, name: str, etype: EntityType
) -> None:
    assert mention(facts_of(text), name).entity_type is etype


def test_a_company_apposed_to_the_persons_employer_leaves_the_person_a_person() -> None:
    text = (
        "The evening's biggest donor was Park Min-jun, the chairman of Sealark Fisheries, a "
        "seafood group based in Incheon, who pledged $300,000."
    )
    facts = facts_of(text)
    assert mention(facts, "Park Min-jun").entity_type is EntityType.PERSON
    assert ("Park Min-jun", "tk:leaderOf", "Sealark Fisheries") in triples(facts)


def test_a_kind_of_company_a_person_can_be_too_leaves_a_persons_name_a_person() -> None:
    facts = facts_of("The broadcaster Nora Whitlam, who hosted the evening, auctioned a boat trip.")
    assert mention(facts, "Nora Whitlam").entity_type is EntityType.PERSON
    facts = facts_of("The newspaper Harbour Daily said the port would close.")
    assert mention(facts, "Harbour Daily").entity_type is EntityType.ORGANIZATION


def test_one_of_a_plural_kind_gives_the_name_that_kind() -> None:
    # "the club's chairwoman" is then the club's, not the buyer's the article names most
    text = (
        "Kestrel Capital, a Tarsk-based investment company, has bought a stake in Velmora "
        "Rovers, one of Halvik's best-known football clubs. Kestrel Capital said the deal "
        "closed on Monday. Kestrel's managing director, Oren Dahl, met the club's "
        "chairwoman, Ilse Lindfors, on Tuesday."
    )
    facts = facts_of(text)
    assert "club" in mention(facts, "Velmora Rovers").kinds
    assert ("Ilse Lindfors", "tk:leaderOf", "Velmora Rovers") in triples(facts)
    assert ("Ilse Lindfors", "tk:leaderOf", "Kestrel Capital") not in triples(facts)


def test_one_of_a_few_people_gives_no_kind() -> None:
    # near miss: "one of its founders" after a person says no kind of body he is
    facts = facts_of(
        "Velmora Rovers, one of Halvik's clubs, signed Oren Dahl, one of its founders."
    )
    assert mention(facts, "Velmora Rovers").kinds == ("club",)
    assert "founder" not in mention(facts, "Oren Dahl").kinds
