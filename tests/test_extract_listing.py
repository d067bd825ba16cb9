"""The names a list gives where the parser breaks it apart (extract/listing.py), with
sentences of our own."""

from __future__ import annotations

from fixtures.extract.support import facts_of, met, triples


def test_the_clubs_such_as_lists_are_each_played_for() -> None:
    text = (
        "Ion Preda (born 1982) is a Romanian former footballer who played as a midfielder "
        "for teams such as: FC Arges, Dinamo Brasov, Rapid Cluj or FC Olt, among others."
    )
    found = triples(facts_of(text))
    for club in ("FC Arges", "Dinamo Brasov", "Rapid Cluj"):
        assert ("Ion Preda", "tk:memberOf", club) in found


def test_a_list_apposed_to_a_counted_title_names_its_people() -> None:
    found = triples(
        facts_of(
            "On Monday the two Procurators Regent, Kadri Vahter and Toomas Lepp, received "
            "Pilar Soto at the Casa de la Vall."
        )
    )
    assert met(found, "Kadri Vahter", "Pilar Soto")
    assert met(found, "Kadri Vahter", "Toomas Lepp")


def test_a_name_after_the_role_ending_a_list_is_the_roles() -> None:
    found = triples(
        facts_of(
            "The governor, Helmi Aro, hosted Anu Rebane, Kaarel Pold and the dean of the law "
            "faculty, Liis Saar, for dinner."
        )
    )
    assert met(found, "Helmi Aro", "Liis Saar")
    assert met(found, "Kaarel Pold", "Liis Saar")


def test_a_name_after_the_list_that_starts_a_clause_is_no_guest() -> None:
    found = triples(
        facts_of(
            "The governor hosted Anu Rebane, Kaarel Pold and the dean of the law faculty, "
            "Liis Saar told reporters."
        )
    )
    assert not met(found, "Anu Rebane", "Liis Saar")
    assert not met(found, "Kaarel Pold", "Liis Saar")


_TURBINE = (
    "Prime Minister Jonas Eide switched on the turbine on Monday, {0} by the energy minister, "
    "Sigrun Vik, and the Asian Development Bank's country director for the Pacific, Marit "
    "Dahle, who flew to Tonga from Manila on Sunday."
)


def test_a_second_titled_name_hung_in_apposition_after_and_is_listed() -> None:
    found = triples(facts_of(_TURBINE.format("joined")))
    assert met(found, "Jonas Eide", "Marit Dahle")
    assert met(found, "Sigrun Vik", "Marit Dahle")


def test_the_same_list_after_a_verb_of_no_meeting_meets_no_one() -> None:
    found = triples(facts_of(_TURBINE.format("praised")))
    assert not met(found, "Jonas Eide", "Marit Dahle")


_LEADERS = (
    "The president, Bayar Ganbold, also {0} Mining Council chairman Batbayar Enkh and business "
    "leaders on Sunday, his office said."
)


def test_a_name_before_and_a_plural_noun_the_parser_made_its_modifier_is_listed() -> None:
    assert met(triples(facts_of(_LEADERS.format("met"))), "Bayar Ganbold", "Batbayar Enkh")
    found = triples(
        facts_of(
            "The provincial governor, Bayar Ganbold, travelled to Khovd on Tuesday and held "
            "talks with Batbayar Enkh and business leaders."
        )
    )
    assert met(found, "Bayar Ganbold", "Batbayar Enkh")


def test_a_name_listed_with_people_praised_meets_no_one() -> None:
    assert not met(triples(facts_of(_LEADERS.format("praised"))), "Bayar Ganbold", "Batbayar Enkh")
