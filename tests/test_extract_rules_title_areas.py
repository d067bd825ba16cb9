"""Titles written with a place: who heads a district or a county, and which minister holds
a post in a state rather than heading it (our own sentences)."""

from __future__ import annotations

import pytest

from fixtures.extract.support import facts_of, triples


@pytest.mark.parametrize(
    "text",
    [
        "Viljandi's district commissioner, Tarvo Minkel, said the road was closed.",
        "Viljandi's county commissioner, Tarvo Minkel, said the road was closed.",
        "Tarvo Minkel, the chief district officer of Viljandi, said the road was closed.",
    ],
)
def test_a_district_commissioner_heads_the_district(text: str) -> None:
    found = triples(facts_of(text, dateline="RAKVERE"))
    assert ("Tarvo Minkel", "tk:leaderOf", "Viljandi") in found
    assert ("Tarvo Minkel", "tk:memberOf", "Viljandi") not in found


def test_a_countrys_district_commissioner_does_not_head_the_country() -> None:
    found = triples(facts_of("Estonia's district commissioner, Tarvo Minkel, said so."))
    assert ("Tarvo Minkel", "tk:leaderOf", "Estonia") not in found


def test_a_field_minister_of_a_state_holds_a_post_there_and_does_not_head_it() -> None:
    found = triples(
        facts_of("He was greeted by Colin Ferrier, the forestry minister of Mpumalanga, at noon.")
    )
    assert ("Colin Ferrier", "tk:memberOf", "Mpumalanga") in found
    assert ("Colin Ferrier", "tk:leaderOf", "Mpumalanga") not in found


def test_a_field_minister_of_a_country_is_as_the_countrys_field_minister() -> None:
    found = triples(facts_of("Kaja Tamm, the foreign minister of Estonia, said talks went well."))
    assert ("Kaja Tamm", "tk:memberOf", "Estonia") in found
    assert ("Kaja Tamm", "tk:leaderOf", "Estonia") not in found
    assert ("Kaja Tamm", "tk:leaderOf", "Ministry of Foreign Affairs") in found


def test_the_prime_minister_of_a_state_still_heads_it() -> None:
    found = triples(facts_of("Colin Ferrier, the prime minister of Styria, said talks went well."))
    assert ("Colin Ferrier", "tk:leaderOf", "Styria") in found


def test_a_bare_district_commissioner_does_not_head_the_storys_province() -> None:
    text = (
        "Cane growers in Zambia's Southern Province met the minister in Choma on Monday. "
        "He was joined at the talks by the district commissioner, Oskar Teller."
    )
    found = triples(facts_of(text))
    assert ("Oskar Teller", "tk:leaderOf", "Southern Province") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Jujuy Province's mining minister, Hernan Vidal, was held up in the legislature.",
        "Hernan Vidal, Jujuy Province's mining minister, was held up in the legislature.",
    ],
)
def test_a_ministers_post_in_a_province_named_with_its_kind_word(text: str) -> None:
    # the gazetteers know "Jujuy", not "Jujuy Province": the kind word says it is an area
    assert ("Hernan Vidal", "tk:memberOf", "Jujuy Province") in triples(facts_of(text))


def test_a_towns_own_staff_written_possessively_hold_a_post_there() -> None:
    # "the city's chief architect" works for the town; "a Lyon teacher" only lives there
    text = (
        "LYON, France, March 3 - The city council of Lyon on Monday approved a new tram line. "
        "The city's chief architect, Ingrid Solheim, designed the stops."
    )
    assert ("Ingrid Solheim", "tk:memberOf", "Lyon") in triples(facts_of(text))


def test_the_territorys_minister_holds_a_post_in_the_territory_named_before() -> None:
    text = (
        "WHITEHORSE, Yukon, March 3 - A new dialysis unit opened on Monday at Whitehorse "
        "General Hospital. The territory's health minister, Paul Dryden, cut the ribbon."
    )
    assert ("Paul Dryden", "tk:memberOf", "Yukon") in triples(facts_of(text))


def test_the_energy_minister_of_the_datelined_country_heads_its_ministry() -> None:
    # "energy" also ends companies' names ("Norvia Energy"): a state's minister all the same
    text = (
        "CASTRIES, Saint Lucia, May 4 - The solar plant opened on Monday. The energy minister, "
        "Tomas Leal, said it would cut bills."
    )
    found = triples(facts_of(text))
    assert ("Tomas Leal", "tk:leaderOf", "Ministry of Energy") in found
