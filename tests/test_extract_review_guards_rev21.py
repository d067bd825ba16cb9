"""Review guards (rev21) on the rules since bd446e4: shapes of ordinary news where a new
rule would give a wrong fact: a stadium named for a sponsor that is also a town, a buyer
of "the company" the text never named as an owner, a national court read as a town's,
a video link one "of" further in than the preposition."""

from __future__ import annotations

import pytest

from fixtures.extract.support import facts_of, mention, met, triples


def test_a_sponsors_stadium_placed_in_another_town_lies_not_in_the_sponsors() -> None:
    # "Toyota" is a Japanese town too, but the text says where the stadium stands
    facts = facts_of("The final was played at Toyota Stadium in Frisco, Texas, on Sunday.")
    found = triples(facts)
    assert ("Toyota Stadium", "tk:locatedIn", "Toyota") not in found
    assert ("Toyota Stadium", "tk:locatedIn", "Frisco") in found


def test_a_town_hall_named_with_its_town_still_lies_in_it() -> None:
    facts = facts_of("The mayor, Ruth Adler, spoke at Prague City Hall on Tuesday.")
    assert ("Prague City Hall", "tk:locatedIn", "Prague") in triples(facts)


def test_a_town_hall_placed_in_its_country_still_lies_in_its_town() -> None:
    # the country after "in" is where the town lies, no other town
    facts = facts_of("The talks took place at Vienna City Hall in Austria on Monday.")
    assert ("Vienna City Hall", "tk:locatedIn", "Vienna") in triples(facts)


@pytest.mark.xfail(
    strict=True,
    reason="rev21-sponsor-venue: a venue named for a sponsor whose name is also a town's, "
    "with no town given in the text, is read as standing in that town",
)
def test_a_sponsors_stadium_with_no_town_given() -> None:
    facts = facts_of("Fans filled Toyota Stadium on Sunday for the cup final.")
    assert ("Toyota Stadium", "tk:locatedIn", "Toyota") not in triples(facts)


def test_bought_the_company_needs_a_buyer_named_before_as_its_owner() -> None:
    # the company is the first sentence's subject, not the customer it names last
    facts = facts_of(
        "Orion Steel, which supplies Delta Motors, was founded in 1950. "
        "In 2010 Kestrel Capital bought the company."
    )
    found = triples(facts)
    assert ("Kestrel Capital", "tk:acquired", "Delta Motors") not in found
    assert ("Delta Motors", "tk:partOf", "Kestrel Capital") not in found


def test_the_owner_that_bought_the_company_still_acquired_it() -> None:
    facts = facts_of(
        "Vantage Foods is owned by Harlow Capital. Harlow Capital bought the company in 2019."
    )
    assert ("Harlow Capital", "tk:acquired", "Vantage Foods") in triples(facts)


def test_a_national_court_is_not_named_with_its_country() -> None:
    # "the Labour Court in Ireland" is Ireland's Labour Court: the country is no part of it
    facts = facts_of("The Labour Court in Ireland ruled in favour of the nurses on Friday.")
    assert mention(facts, "Labour Court").entity_type.name == "ORGANIZATION"
    assert ("Labour Court", "tk:locatedIn", "Ireland") in triples(facts)


def test_a_regional_court_keeps_its_town_in_its_name() -> None:
    facts = facts_of("The Regional Court in Zilina fined the company on Monday.")
    assert ("Regional Court in Zilina", "tk:locatedIn", "Zilina") in triples(facts)


def test_met_by_way_of_a_video_link_is_no_meeting() -> None:
    # the means lies one "of" further in than "by video link"
    facts = facts_of(
        "President Elena Rossi met Prime Minister Kenji Mori by way of a video link on Friday."
    )
    assert not met(triples(facts), "Elena Rossi", "Kenji Mori")


def test_a_towns_council_is_not_the_parliament_called_rada() -> None:
    # "Rada" is Ukraine's parliament in English news; "the council" here is Lviv's
    facts = facts_of(
        "The Verkhovna Rada approved the budget on Tuesday. In Lviv, the council's "
        "chairman, Oleh Petrenko, said the city would get less money."
    )
    assert ("Oleh Petrenko", "tk:leaderOf", "Verkhovna Rada") not in triples(facts)
