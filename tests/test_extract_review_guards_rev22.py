"""Review guards (rev22): shapes where the new meeting, ceremony and sale rules read a fact
the sentence does not state."""

from __future__ import annotations

import pytest

from fixtures.extract.support import facts_of, met, triples

OM, EL = "Olaf Meier", "Emma Laurent"

NOT_MET = [
    # a coach's guidance is no tour in person
    (
        "Coach Ivan Lendl guided Andy Murray to three grand slam titles.",
        "Ivan Lendl",
        "Andy Murray",
    ),
    ("Karen Holt guided Maria Lopez to the title in 2020.", "Karen Holt", "Maria Lopez"),
    # remote: the thing given, "on the phone", a remote occasion joined, an interview
    ("Maria Santos gave Pedro Alves a virtual tour of the museum.", "Maria Santos", "Pedro Alves"),
    ("Olaf Meier spoke with Emma Laurent on the phone on Monday.", OM, EL),
    ("Olaf Meier spent the afternoon with Emma Laurent on the phone.", OM, EL),
    ("Olaf Meier joined Emma Laurent for talks by video link.", OM, EL),
    ("Olaf Meier spoke with Emma Laurent in an interview with the BBC.", OM, EL),
    # a figure of speech, no stone laid
    (
        "Olaf Meier and Emma Laurent laid the foundation for a new alliance in Paris on Monday.",
        OM,
        EL,
    ),
    # the ceremony's thing is not the object ("plans")
    ("Olaf Meier and Emma Laurent unveiled plans for a new stadium in Leeds on Monday.", OM, EL),
    # each one their own, in places apart
    ("Olaf Meier and Emma Laurent each opened a school in Kenya on Monday.", OM, EL),
    (
        "Olaf Meier and Emma Laurent laid wreaths at memorials in Berlin and Paris on Sunday.",
        OM,
        EL,
    ),
]


@pytest.mark.parametrize(("text", "one", "other"), NOT_MET)
def test_no_meeting_read_into_these(text: str, one: str, other: str) -> None:
    assert not met(triples(facts_of(text)), one, other)


@pytest.mark.xfail(strict=True, reason="a broadcaster named after 'on' is not read as remote")
def test_speaking_with_someone_on_a_channel_is_no_meeting() -> None:
    text = "Speaking with Emma Laurent on CNN, Olaf Meier said prices would fall."
    assert not met(triples(facts_of(text)), "Olaf Meier", "Emma Laurent")


def test_the_seller_of_a_company_did_not_acquire_it() -> None:
    text = "Norvia announced the sale of Brightwell Systems to Vantis for $3 billion."
    found = triples(facts_of(text))
    assert ("Norvia", "tk:acquired", "Brightwell Systems") not in found
    found = triples(facts_of("Norvia's sale of Brightwell Systems to Vantis was completed in May."))
    assert ("Norvia", "tk:acquired", "Brightwell Systems") not in found


def test_a_sale_to_a_buyer_still_counts() -> None:
    found = triples(facts_of("The sale of Minho Dairy to Kestrel Foods was completed in May."))
    assert ("Kestrel Foods", "tk:acquired", "Minho Dairy") in found


def test_ceremonies_together_still_meet() -> None:
    for text in (
        "Olaf Meier and Emma Laurent laid the foundation stone of the clinic on Friday.",
        "Olaf Meier and Emma Laurent opened the bridge in Dresden on Monday.",
        "Karen Holt guided Emma Laurent around the new wards.",
    ):
        found = triples(facts_of(text))
        first = "Karen Holt" if text.startswith("Karen") else "Olaf Meier"
        assert met(found, first, "Emma Laurent"), text


def test_it_bought_after_a_seller_and_a_sold_body_is_not_the_seller() -> None:
    text = "Norvia sold Brightwell Systems to Vantis Group, which bought it for $2 billion."
    found = triples(facts_of(text))
    assert ("Vantis Group", "tk:acquired", "Norvia") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Tom Baker flies to Chicago next week.",
        "Tom Baker heads for Chicago this weekend.",
        "Tom Baker is heading to Chicago later this month.",
    ],
)
def test_a_trip_to_come_in_the_present_tense_is_no_visit(text: str) -> None:
    assert ("Tom Baker", "tk:visited", "Chicago") not in triples(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Karen Holt joined Tom Baker in calling for a ceasefire during the visit.",
        "Karen Holt joined Tom Baker in criticising the talks.",
        "Karen Holt joined Tom Baker on the list of nominees for the walk of fame.",
    ],
)
def test_joining_someone_in_a_stance_is_no_meeting(text: str) -> None:
    assert not met(triples(facts_of(text)), "Karen Holt", "Tom Baker")


def test_joining_someone_for_a_meal_still_meets() -> None:
    found = triples(facts_of("Karen Holt joined Tom Baker for lunch in Rome."))
    assert met(found, "Karen Holt", "Tom Baker")


def test_a_dismissed_coach_no_longer_leads_the_club() -> None:
    found = triples(facts_of("The dismissed coach of Ajax, Karen Holt, spoke to reporters."))
    assert ("Karen Holt", "tk:leaderOf", "Ajax") not in found


def test_a_participle_set_before_the_clause_with_until_is_over() -> None:
    found = triples(facts_of("Employed by Norvia until 2010, Karen Holt now runs a bakery."))
    assert ("Karen Holt", "tk:worksFor", "Norvia") not in found
    found = triples(facts_of("Led by Karen Holt until 2019, Norvia is now run by Tom Baker."))
    assert ("Karen Holt", "tk:leaderOf", "Norvia") not in found


@pytest.mark.xfail(strict=True, reason="ownership read from a passive 'owned by' ignores 'until'")
def test_owned_until_a_year_is_no_part_now() -> None:
    text = "Owned by Norvia until 2019, Brightwell Systems is now independent."
    assert ("Brightwell Systems", "tk:partOf", "Norvia") not in triples(facts_of(text))


def test_a_principal_at_a_firm_is_staff_not_its_head() -> None:
    found = triples(facts_of("Karen Holt, a principal at Blackstone, said the fund would grow."))
    assert ("Karen Holt", "tk:leaderOf", "Blackstone") not in found
    text = "Karen Holt, the principal of Riverside High School, said classes would resume."
    assert ("Karen Holt", "tk:leaderOf", "Riverside High School") in triples(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Tom Baker has yet to speak with Karen Holt.",
        "Tom Baker is yet to meet Karen Holt.",
        "Tom Baker discussed the matter with Karen Holt through intermediaries.",
    ],
)
def test_not_yet_or_through_go_betweens_is_no_meeting(text: str) -> None:
    assert not met(triples(facts_of(text)), "Tom Baker", "Karen Holt")


def test_talk_through_an_interpreter_is_still_in_person() -> None:
    text = "Tom Baker spoke with Karen Holt through an interpreter in Rome."
    assert met(triples(facts_of(text)), "Tom Baker", "Karen Holt")


@pytest.mark.parametrize(
    "text",
    [
        "Tom Baker held discussions with Karen Holt by phone.",
        "Tom Baker said he had held talks with Karen Holt by phone.",
    ],
)
def test_talks_held_by_phone_are_no_meeting(text: str) -> None:
    assert not met(triples(facts_of(text)), "Tom Baker", "Karen Holt")


def test_talks_on_a_link_as_their_subject_still_meet() -> None:
    text = "Tom Baker held talks with Karen Holt in Paris on a rail link."
    assert met(triples(facts_of(text)), "Tom Baker", "Karen Holt")
    text = "Tom Baker spoke with Karen Holt on a new road link."
    assert met(triples(facts_of(text)), "Tom Baker", "Karen Holt")
