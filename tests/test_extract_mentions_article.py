"""Names read across an article: one type per name, a surname of several words, a town an
organisation is named after, organisation words of other languages."""

from __future__ import annotations

import pytest

from fixtures.extract.support import facts_of, facts_with_ents, mention, triples
from textkg.records import EntityType


@pytest.mark.parametrize(
    ("text", "short"),
    [
        # two surnames, the NER's organisation
        (
            "The dean, Rosa Ibarra Quispe, signed the accord in Lima. "
            "Ibarra Quispe said the faculty would grow.",
            "Ibarra Quispe",
        ),
        # a hyphenated surname, the NER's organisation
        ("Justice Lena Van-Heerden ruled on Friday. Van-Heerden ordered a retrial.", "Van-Heerden"),
    ],
)
def test_a_persons_surname_of_several_words_alone_later_is_the_person(
    text: str, short: str
) -> None:
    facts = facts_of(text)
    later = [m for m in facts.mentions if m.text == short]
    assert later and all(m.entity_type is EntityType.PERSON for m in later)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "The Samoan squad arrived in Osaka on Monday and was greeted at Osaka's Itami "
            "Airport by fans. Its captain plays for Osaka Rugby Club.",
            "Osaka",
        ),
        (
            "Lumen Pay, a unit of Lagos Fintech Holdings, is based in Lagos. Its founder, "
            "Ada Obi, visited Lagos last month.",
            "Lagos",
        ),
    ],
)
def test_a_town_an_organisation_is_named_after_stays_a_town_where_towns_stand(
    text: str, town: str
) -> None:
    facts = facts_of(text)
    alone = [m for m in facts.mentions if m.text == town]
    assert alone and all(m.entity_type is EntityType.CITY for m in alone)


@pytest.mark.parametrize(
    "name",
    ["Grupo Ibarra", "Corporación Ibarra", "Fundación Luz Verde", "Groupe Ibarra"],
)
def test_a_name_opened_by_an_organisation_word_of_another_language_is_an_organisation(
    name: str,
) -> None:
    facts = facts_of(f"The seller, {name}, is a family conglomerate based in Quito.")
    assert mention(facts, name).entity_type is EntityType.ORGANIZATION


def test_a_name_opened_by_team_is_a_team() -> None:
    """Cycling and sailing teams are named "Team X": a rider "of" one is its member."""
    facts = facts_of("Oskar Teller of Team Nordkap was second.")
    assert mention(facts, "Team Nordkap").entity_type is EntityType.ORGANIZATION
    assert triples(facts) & {
        ("Oskar Teller", "tk:worksFor", "Team Nordkap"),
        ("Oskar Teller", "tk:memberOf", "Team Nordkap"),
    }


def test_a_company_written_by_its_first_words_before_a_role_is_the_company() -> None:
    text = (
        "Limpopo Frame Pictures said on Monday it would film in Luxor. Limpopo Frame's "
        "managing director, Omar Sabry, said the shoot would start in May."
    )
    facts = facts_of(text)
    assert mention(facts, "Limpopo Frame").entity_type is EntityType.ORGANIZATION
    assert ("Omar Sabry", "tk:leaderOf", "Limpopo Frame") in triples(facts)


def test_a_person_a_foundation_is_named_after_stays_a_person() -> None:
    text = (
        "The Grace Okafor Foundation opened a clinic in Enugu. Grace Okafor said the "
        "clinic would treat 400 children a month."
    )
    facts = facts_of(text)
    alone = [m for m in facts.mentions if m.text == "Grace Okafor"]
    assert alone and all(m.entity_type is EntityType.PERSON for m in alone)


def test_a_city_a_club_is_named_after_stays_the_city_beside_the_club() -> None:
    facts = facts_of(
        "Real Madrid coach Enzo Barros praised the young squad. As Madrid prepared for the "
        "vote, Mayor Ana Ruiz spoke."
    )
    assert mention(facts, "Madrid").entity_type is EntityType.CITY


def test_a_town_an_orchestra_is_named_after_stays_a_town_where_towns_stand() -> None:
    text = (
        "The Tacoma Symphony Orchestra played on Saturday. The Harbor Arts Fund, a "
        "Tacoma-based charity, raised $2 million. The mayor of Tacoma, Peter Lindqvist, "
        "spoke. Tacoma, the third-largest city in Washington, has a busy port."
    )
    facts = facts_of(text)
    towns = [m for m in facts.mentions if m.name == "Tacoma"]
    assert len(towns) == 3
    assert all(m.entity_type is EntityType.CITY for m in towns)
    assert mention(facts, "Tacoma Symphony Orchestra").entity_type is EntityType.ORGANIZATION


def test_a_region_an_authority_is_named_after_stays_a_region_as_a_capitals_whole() -> None:
    text = (
        "Colin Reid, the chief executive of the Manitoba Health Authority, resigned. Winnipeg, "
        "the capital of Manitoba, has the province's largest hospital."
    )
    facts = facts_of(text)
    region = [m for m in facts.mentions if m.name == "Manitoba"]
    assert region and all(m.entity_type is EntityType.ADMINISTRATIVE_AREA for m in region)
    assert ("Winnipeg", "tk:locatedIn", "Manitoba") in triples(facts)


def test_a_dateline_town_in_capitals_before_its_state_is_the_town() -> None:
    facts = facts_of("ELKHART, Ind. _ The plant will close in May.")
    assert mention(facts, "Elkhart").entity_type is EntityType.CITY
    lone = facts_of("BANGOR, Maine")
    assert mention(lone, "Bangor").entity_type is EntityType.CITY


def test_a_korean_family_name_alone_is_the_person() -> None:
    facts = facts_of(
        "Ha Jin-woo arrived in Bitung on Sunday. Ha signed the agreement with Nordfisk's "
        "chairman, Budi Hartono, at a hotel on Tuesday."
    )
    assert ("Ha", "tk:metWith", "Budi Hartono") in triples(facts)


def test_a_companys_short_name_tagged_as_a_product_is_the_company() -> None:
    text = "Kivu Mobile is based in Goma. Katanga Telecom bought Kivu in 2032 from its founders."
    facts = facts_with_ents(
        text, [(0, 2, "ORG"), (5, 6, "GPE"), (7, 9, "ORG"), (10, 11, "PRODUCT"), (12, 13, "DATE")]
    )
    assert ("Katanga Telecom", "tk:acquired", "Kivu Mobile") in triples(facts)


def test_a_region_after_a_town_and_its_comma_stays_a_region_a_school_is_named_after() -> None:
    facts = facts_of(
        "The Dunmore Institute of Design is an art school in Annapolis, Maryland. It shares a "
        "library with the Maryland Academy of Music."
    )
    alone = [m for m in facts.mentions if m.text == "Maryland"]
    assert alone and all(m.entity_type is EntityType.ADMINISTRATIVE_AREA for m in alone)
    assert ("Annapolis", "tk:locatedIn", "Maryland") in triples(facts)


def test_a_region_an_organisation_is_named_after_written_alone_is_the_organisation() -> None:
    # guard: no town before it; the short form stands for the academy
    facts = facts_of(
        "The Maryland Academy of Music opened in 1990. Maryland now teaches 300 students."
    )
    alone = [m for m in facts.mentions if m.text == "Maryland"]
    assert alone and all(m.entity_type is EntityType.ORGANIZATION for m in alone)


def test_a_companys_short_name_before_a_possessive_role_after_a_name_stays_the_company() -> None:
    # "X, Oregon's chief executive": no region after a name and a comma, but an owner
    facts = facts_of(
        "Oregon Air Group, the Seattle-based owner of Oregon Airlines, acquired Maui Holdings. "
        "Ben Mancuso, Oregon's chief executive, will lead the combined company. Coast Air, "
        "Oregon's regional carrier, is also part of Oregon Air Group."
    )
    oregon = [m for m in facts.mentions if m.name == "Oregon"]
    assert oregon and all(m.entity_type is EntityType.ORGANIZATION for m in oregon)


def test_a_town_named_once_is_that_town_where_the_text_places_things() -> None:
    # the gazetteers do not know the hamlet; the article names it once as a trip's end
    found = triples(
        facts_of(
            "Nattiq Air, an Igloolik-based airline, on Monday bought Tundra Wings. Its founder, "
            "Pauline Anavilok, flew to Igloolik from Yellowknife on Sunday."
        )
    )
    assert ("Nattiq Air", "tk:locatedIn", "Igloolik") in found


def test_a_town_inside_a_company_tagged_a_person_once_stays_a_town() -> None:
    # the NER calls the company a person once: its last words are no family's name
    text = (
        "Comptoir Mamou Or said it would appeal. Miners dig around Mamou, a town in Guinea. "
        "Comptoir Mamou Or is a gold buyer."
    )
    # tokens: Comptoir Mamou Or (0-3) ... Mamou (11) ... Guinea (16) ... Comptoir Mamou Or (18-21)
    spans = [(0, 3, "PERSON"), (11, 12, "GPE"), (16, 17, "GPE"), (18, 21, "ORG")]
    assert ("Mamou", "tk:locatedIn", "Guinea") in triples(facts_with_ents(text, spans))


def test_a_town_a_council_is_named_after_stays_the_town_where_it_is_a_place() -> None:
    facts = facts_of(
        "The health minister on Wednesday opened a new hospital in Pujehun, a town in the "
        "south. The minister drove to Pujehun from Freetown on Tuesday. The Pujehun District "
        "Council will run the hospital."
    )
    assert mention(facts, "Pujehun").entity_type is EntityType.CITY


def test_a_town_named_before_is_that_town_set_off_by_its_kind_at_a_sentences_start() -> None:
    # the tagger reads the opening word as a common noun; its kind follows the comma
    facts = facts_of(
        "The trade fair opened in Brno on Monday. Brno, the largest city in the region, "
        "expects 40,000 visitors."
    )
    assert [m.entity_type for m in facts.mentions if m.name == "Brno"] == [EntityType.CITY] * 2


def test_a_possessive_the_ner_took_into_a_name_is_no_word_of_it() -> None:
    text = "Kelso University will move. Its Faculty of Law will stay in Dunmore."
    # tokens: Kelso University (0-2) ... Its Faculty of Law (5-9) ... Dunmore (12)
    facts = facts_with_ents(text, [(0, 2, "ORG"), (5, 9, "ORG"), (12, 13, "GPE")])
    assert "Faculty of Law" in {m.name for m in facts.mentions}
    assert ("Faculty of Law", "tk:partOf", "Kelso University") in triples(facts)


def test_a_company_written_short_after_a_stake_in_stays_the_company() -> None:
    facts = facts_of(
        "The mines belong to Tarnby Iron, a miner based in Perth. A Singapore fund bought "
        "a stake in Tarnby in 2019. Shares in Tarnby fell 5% in Sydney."
    )
    assert {m.entity_type for m in facts.mentions if m.name == "Tarnby"} <= {
        EntityType.ORGANIZATION
    }


def test_a_town_named_before_is_that_town_where_a_copula_gives_its_kind() -> None:
    facts = facts_of(
        "Shirak Bank, a Gyumri-based lender, cut its rates on Monday. Gyumri is the "
        "second-largest city in Armenia."
    )
    assert ("Gyumri", "tk:locatedIn", "Armenia") in triples(facts)


def test_a_hospital_named_in_the_spanish_order_is_an_organisation_visited() -> None:
    text = "Science minister Ana Ruiz visited Hospital Calderón in Cartago on Wednesday."
    facts = facts_of(text)
    assert mention(facts, "Hospital Calderón").entity_type is EntityType.ORGANIZATION
    assert ("Ana Ruiz", "tk:visited", "Hospital Calderón") in triples(facts)
