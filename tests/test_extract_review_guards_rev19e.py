"""Guards from the adversarial review of 7bb081e..753969b (news11 and c24f900): sentences of
our own that the new rules read wrongly where the code before them did not; all mended since,
kept as guards."""

from __future__ import annotations

from fixtures.extract.support import facts_of, names, triples

LEADER_OF = "tk:leaderOf"
MEMBER_OF = "tk:memberOf"
PART_OF = "tk:partOf"
NATIONALITY = "tk:nationality"


# 'run' with an administrative area: a company's or a campaign's regional manager


def test_running_a_state_for_a_campaign_is_no_leadership_of_the_state() -> None:
    text = "Rafael Soto, who runs Florida for the Ortiz campaign, spoke on Monday."
    assert ("Rafael Soto", LEADER_OF, "Florida") not in triples(facts_of(text))


def test_running_a_state_for_a_company_is_no_leadership_of_the_state() -> None:
    found = triples(facts_of("Diego Paz runs Texas for Acme Corp."))
    assert ("Diego Paz", LEADER_OF, "Texas") not in found
    assert ("Diego Paz", "tk:memberOf", "Acme Corp.") in found


# 'lead'/'head' as role verbs: their object's title is read as the subject's role


def test_leading_a_president_somewhere_is_no_presidency() -> None:
    text = "Omar Haidari led Pakistan's president through the palace gardens."
    assert ("Omar Haidari", LEADER_OF, "Pakistan") not in triples(facts_of(text))


def test_leading_an_ambassador_to_a_seat_gives_no_country() -> None:
    text = "Omar Haidari led the Peruvian ambassador to her seat at the summit."
    found = triples(facts_of(text))
    assert ("Omar Haidari", MEMBER_OF, "Peru") not in found
    assert ("Omar Haidari", NATIONALITY, "Peru") not in found


# the clause hung on an apposed firm's seat: about the seat when the seat is a thing


def test_a_clause_on_the_building_a_firm_is_based_in_is_the_buildings() -> None:
    text = (
        "Kelda Labs, a startup based in an incubator that is part of Makerere University, "
        "raised money."
    )
    assert ("Kelda Labs", PART_OF, "Makerere University") not in triples(facts_of(text))


def test_a_clause_on_a_firms_premises_is_the_premises() -> None:
    text = (
        "Kelda Labs, a lender based in the old Kisumu depot, which became part of Kenya "
        "Railways in 1978, expanded."
    )
    assert ("Kelda Labs", PART_OF, "Kenya Railways") not in triples(facts_of(text))


# a kind word the NER tagged alone grows back over a capitalised common noun


def test_a_sentence_opening_kind_of_firm_is_not_its_name() -> None:
    found = names(facts_of("Brewer Brabant Bier Groep cut jobs."))
    assert "Brewer Brabant Bier Groep" not in found
