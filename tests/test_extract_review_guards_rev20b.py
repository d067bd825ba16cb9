"""Guards from the adversarial review of eeeed09..0238d0b (rev20b): sentences of our own that
the new rules read wrongly where the code before them (eaf1867) did not; those mended are kept
as guards, the rest marked as known failures."""

from __future__ import annotations

import pytest

from fixtures.extract.support import facts_of, mention, met, triples

LEADER_OF = "tk:leaderOf"
WORKS_FOR = "tk:worksFor"
ACQUIRED = "tk:acquired"
NATIONALITY = "tk:nationality"


# "its" after a description: not where a body is the subject doing something to it


def test_its_after_a_body_acting_on_a_description_is_the_body() -> None:
    text = (
        "Kestrel Holdings owns Tallinn Brewery. Last year Kestrel Holdings expanded the brewery"
        " in Tallinn. Its chief executive, Tom Reed, said more jobs would follow."
    )
    found = triples(facts_of(text))
    assert ("Tom Reed", LEADER_OF, "Kestrel Holdings") in found
    assert ("Tom Reed", LEADER_OF, "Tallinn Brewery") not in found


# an honorific on a family name alone is not the sex of every one of that family


def test_ms_before_a_family_name_leaves_her_brother_a_man() -> None:
    text = (
        "Lars Dahl, the mayor of Bergen, met his sister, Ms Dahl, in March. On Monday Lars Dahl"
        " travelled to Oslo, where he met Prime Minister Jonas Store."
    )
    assert met(triples(facts_of(text)), "Lars Dahl", "Jonas Store")


@pytest.mark.xfail(
    strict=True,
    reason="rev20b-honorific-family: 'Ms Beridze' makes every Beridze a woman where the "
    "given-name lists do not know the brother's name ('Giorgi')",
)
def test_ms_before_a_family_name_leaves_an_unlisted_brother_a_man() -> None:
    text = (
        "Ms Beridze, a lawyer, represented the family. Her brother Giorgi Beridze arrived in"
        " Tbilisi on Monday, and he met Prime Minister Irakli Kobakhidze."
    )
    assert met(triples(facts_of(text)), "Giorgi Beridze", "Irakli Kobakhidze")


# bought-by-name: a verb whose subject buys, not one whose subject sells


def test_a_company_another_sold_was_not_bought_by_it() -> None:
    text = "Kestrel Air, the carrier Norvia Group sold in 2020, has grown."
    found = triples(facts_of(text))
    assert ("Norvia Group", ACQUIRED, "Kestrel Air") not in found
    assert ("Kestrel Air", "tk:partOf", "Norvia Group") not in found


def test_a_company_another_took_to_court_was_not_bought_by_it() -> None:
    text = "Kestrel Air, the carrier Norvia Group took to court in 2020, has grown."
    assert ("Norvia Group", ACQUIRED, "Kestrel Air") not in triples(facts_of(text))


def test_a_company_another_took_over_was_bought_by_it() -> None:
    text = "Kestrel Air, the carrier Norvia Group took over in 2020, has grown."
    assert ("Norvia Group", ACQUIRED, "Kestrel Air") in triples(facts_of(text))


# wine and beer words that open organisations' names also open towns' and bays' names


def test_vina_del_mar_stays_a_town() -> None:
    text = "The festival is held every February in Viña del Mar, Chile."
    assert mention(facts_of(text), "Viña del Mar").entity_type.name == "CITY"


def test_bodega_bay_stays_a_place() -> None:
    text = "The trawler docked at Bodega Bay in California on Friday."
    assert mention(facts_of(text), "Bodega Bay").entity_type.name != "ORGANIZATION"


def test_a_bodega_is_still_a_winery() -> None:
    text = "Bodega Norton, a winery in Mendoza, was sold."
    assert mention(facts_of(text), "Bodega Norton").entity_type.name == "ORGANIZATION"


# person-from-country after a copula: only an occupation's "from"


def test_a_signing_from_a_country_is_no_nationality() -> None:
    text = "Lee Min-jae is a signing from Spain, the club said."
    assert ("Lee Min-jae", NATIONALITY, "Spain") not in triples(facts_of(text))


def test_a_nurse_from_a_country_after_a_copula_still_has_it() -> None:
    text = "Marta Kowalska is a nurse from Poland, who moved to Oslo in 2019."
    assert ("Marta Kowalska", NATIONALITY, "Poland") in triples(facts_of(text))


# "advise": an outside adviser does not work for the body advised


@pytest.mark.xfail(
    strict=True,
    reason="rev20b-outside-adviser: 'a partner at a law firm who advises X' works for the "
    "firm, not X; the advise frame cannot tell an outside adviser from a staff one",
)
def test_a_law_firms_partner_who_advises_a_company_does_not_work_for_it() -> None:
    text = (
        "Tom Reed, a partner at the law firm Baker Lund who advises Kestrel Mining on the"
        " merger, declined to comment."
    )
    assert ("Tom Reed", WORKS_FOR, "Kestrel Mining") not in triples(facts_of(text))


# a building named by its owner's name is no name of the owner where a verb acts on it


def test_buying_a_banks_tower_is_not_buying_the_bank() -> None:
    text = "Norvia Group bought the Kestrel Bank tower in Oslo for $200 million."
    found = triples(facts_of(text))
    assert ("Norvia Group", ACQUIRED, "Kestrel Bank") not in found
    assert ("Kestrel Bank", "tk:partOf", "Norvia Group") not in found


def test_buying_a_tower_a_clause_places_is_not_buying_the_bank() -> None:
    text = "Norvia Group bought the Kestrel Bank tower, which is in Oslo, for $200 million."
    assert ("Norvia Group", ACQUIRED, "Kestrel Bank") not in triples(facts_of(text))


def test_owning_a_banks_headquarters_does_not_own_the_bank() -> None:
    text = "Norvia Properties owns the Kestrel Bank headquarters in Oslo."
    assert ("Kestrel Bank", "tk:partOf", "Norvia Properties") not in triples(facts_of(text))


def test_acquiring_an_airlines_terminal_is_not_acquiring_the_airline() -> None:
    text = "Tana Holdings acquired the Norvia Airways terminal at Oslo airport."
    assert ("Tana Holdings", ACQUIRED, "Norvia Airways") not in triples(facts_of(text))


# the new staff titles: one hired away from a body, one trained at a school


def test_a_brewer_hired_from_another_brewery_works_for_the_one_hiring() -> None:
    text = "Heineken hired Tom Reed, a brewer from Kestrel Brewing, in May."
    found = triples(facts_of(text))
    assert ("Tom Reed", WORKS_FOR, "Heineken") in found
    assert ("Tom Reed", WORKS_FOR, "Kestrel Brewing") not in found


def test_a_brewer_from_a_brewery_not_hired_away_still_works_there() -> None:
    text = "Tom Reed, a brewer from Kestrel Brewing, said prices would rise."
    assert ("Tom Reed", WORKS_FOR, "Kestrel Brewing") in triples(facts_of(text))


@pytest.mark.xfail(
    strict=True,
    reason="rev20b-trained-at: with 'master brewer' a title, the classifier reads 'a master "
    "brewer trained at Weihenstephan' as working there (as it did 'a chef trained at')",
)
def test_a_brewer_trained_at_a_school_does_not_work_there() -> None:
    text = "Tom Reed, a master brewer trained at Weihenstephan, joined Kestrel Brewing."
    assert ("Tom Reed", WORKS_FOR, "Weihenstephan") not in triples(facts_of(text))


# an object pronoun of its own sentence: only one named in a clause joined to its own


def test_her_after_a_relative_clause_naming_another_woman_is_the_visitor() -> None:
    text = (
        "Prime Minister Anna Berg arrived in Kyiv on Monday. President Tom Reed, who had met"
        " Ana Torres in March, held talks with her at the palace."
    )
    assert met(triples(facts_of(text)), "Tom Reed", "Anna Berg")


def test_her_after_a_fronted_phrase_naming_another_woman_is_the_visitor() -> None:
    text = (
        "Prime Minister Anna Berg arrived in Kyiv on Monday. After a call with Ana Torres,"
        " President Tom Reed held talks with her at the palace."
    )
    found = triples(facts_of(text))
    assert met(found, "Tom Reed", "Anna Berg")
    assert not met(found, "Tom Reed", "Ana Torres")


def test_her_after_a_wife_named_in_apposition_is_the_visitor() -> None:
    text = (
        "Foreign Minister Anna Berg flew to Vilnius on Tuesday. Tom Reed, the husband of"
        " singer Ana Torres, met with her at the airport."
    )
    found = triples(facts_of(text))
    assert met(found, "Tom Reed", "Anna Berg")
    assert not met(found, "Tom Reed", "Ana Torres")


def test_its_after_a_body_planning_to_sell_a_description_is_the_body() -> None:
    text = (
        "Kestrel Holdings owns Tallinn Brewery. Kestrel Holdings plans to sell the brewery next"
        " year. Its chief executive, Tom Reed, said talks had begun."
    )
    found = triples(facts_of(text))
    assert ("Tom Reed", LEADER_OF, "Kestrel Holdings") in found
    assert ("Tom Reed", LEADER_OF, "Tallinn Brewery") not in found


def test_its_after_a_bodys_deal_with_a_description_is_the_body() -> None:
    text = (
        "Norvia Bank lent money to Kestrel Holdings. On Monday Kestrel Holdings announced a deal"
        " with the bank. Its chief executive, Tom Reed, said the terms were fair."
    )
    found = triples(facts_of(text))
    assert ("Tom Reed", LEADER_OF, "Kestrel Holdings") in found
    assert ("Tom Reed", LEADER_OF, "Norvia Bank") not in found
