"""Probed shapes of wire news (our own sentences): people who did something together at a
meeting, a meeting's chair or host named by a participle, "co-chaired", "a working session",
"played host to", "huddled with", "exchanged views with", "sat with X at a dinner", "welcomed
X to a town", a guest received by a host in the passive, "returned from", "a stop in", "a
stay in", "after a week in", "X, in Dublin for talks,", and a body the NER ran into the name
of the person set beside it."""

from __future__ import annotations

import pytest

from fixtures.extract.support import facts_of, facts_with_ents, mention, met, names, triples


@pytest.mark.parametrize(
    "text",
    [
        "Nadia Haddad and Tomas Lindgren discussed the budget at a meeting in Stockholm on Monday.",
        "At a meeting in Stockholm on Monday, Nadia Haddad and Tomas Lindgren discussed the "
        "budget.",
        "Nadia Haddad and Tomas Lindgren clashed over the budget during talks in Stockholm.",
    ],
)
def test_two_people_doing_something_at_a_meeting_met(text: str) -> None:
    found = triples(facts_of(text))
    assert met(found, "Nadia Haddad", "Tomas Lindgren"), sorted(found)


@pytest.mark.parametrize(
    "text",
    [
        # a hall of many: no meeting of the two said
        "Nadia Haddad and Tomas Lindgren spoke at a conference in Stockholm on Monday.",
        # not yet, or not done
        "Nadia Haddad and Tomas Lindgren will speak at a meeting in Stockholm on Monday.",
        "Nadia Haddad and Tomas Lindgren did not vote at the meeting in Stockholm.",
        # elected there: the passive's subjects need not have met
        "Nadia Haddad and Tomas Lindgren were elected at a meeting of shareholders in Stockholm.",
    ],
)
def test_two_people_at_a_conference_or_a_meeting_to_come_did_not_meet(text: str) -> None:
    assert not met(triples(facts_of(text)), "Nadia Haddad", "Tomas Lindgren")


@pytest.mark.parametrize(
    "text",
    [
        "The meeting, chaired by Nadia Haddad, was attended by Tomas Lindgren.",
        "Tomas Lindgren attended a meeting hosted by Nadia Haddad in Stockholm.",
        "The meeting was attended by Nadia Haddad and Tomas Lindgren.",
        "Nadia Haddad and Tomas Lindgren co-chaired the meeting in Stockholm.",
        "Nadia Haddad and Tomas Lindgren jointly chaired the talks in Stockholm.",
        "Nadia Haddad chaired a meeting with Tomas Lindgren in Stockholm.",
    ],
)
def test_a_meetings_chair_host_and_those_at_it_met(text: str) -> None:
    found = triples(facts_of(text))
    assert met(found, "Nadia Haddad", "Tomas Lindgren"), sorted(found)


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Lindgren attended a meeting hosted by the Finance Ministry in Stockholm.",
        "Nadia Haddad will chair a meeting with Tomas Lindgren next week.",
        "Tomas Lindgren did not attend the meeting chaired by Nadia Haddad.",
        "Nadia Haddad and Tomas Lindgren chaired the committee for years.",
    ],
)
def test_a_chair_of_a_meeting_to_come_or_missed_or_of_a_committee_met_nobody(text: str) -> None:
    found = triples(facts_of(text))
    assert not met(found, "Nadia Haddad", "Tomas Lindgren"), sorted(found)
    assert not any(p == "tk:metWith" and "Finance Ministry" in (s, o) for s, p, o in found)


@pytest.mark.parametrize(
    "text",
    [
        "The rector of the university, Nadia Haddad, and the education minister, Tomas "
        "Lindgren, held a working session in Uppsala on Friday.",
        "Nadia Haddad held a working session with Tomas Lindgren in Uppsala.",
        "Tomas Lindgren played host to Nadia Haddad in Stockholm on Monday.",
        "Nadia Haddad huddled with Tomas Lindgren in Stockholm on Monday.",
        "Fatima Ali exchanged views with Tomas Lindgren at the talks in Stockholm.",
        "Nadia Haddad sat with Tomas Lindgren at a dinner in Stockholm.",
    ],
)
def test_other_words_for_meeting_in_person(text: str) -> None:
    found = triples(facts_of(text))
    first = "Fatima Ali" if "Fatima" in text else "Nadia Haddad"
    assert met(found, first, "Tomas Lindgren"), sorted(found)


@pytest.mark.parametrize(
    "text",
    [
        "Nadia Haddad exchanged letters with Tomas Lindgren for years.",
        "Nadia Haddad exchanged greetings with Tomas Lindgren by phone.",
        "Nadia Haddad sat with Tomas Lindgren on the board of the bank.",
        "Nadia Haddad chaired the session of parliament on Monday.",
        "The city of Stockholm played host to the summit, and Tomas Lindgren praised it.",
    ],
)
def test_letters_a_board_or_a_session_of_parliament_are_no_meeting(text: str) -> None:
    assert not met(triples(facts_of(text)), "Nadia Haddad", "Tomas Lindgren")


def test_welcomed_to_a_town_is_a_meeting_there_and_the_guests_visit() -> None:
    text = (
        "Mayor Helen Carter welcomed Daniel Okafor, the chief executive of Norbridge Logistics, "
        "to Boston on Monday."
    )
    found = triples(facts_of(text))
    assert met(found, "Helen Carter", "Daniel Okafor"), sorted(found)
    assert ("Daniel Okafor", "tk:visited", "Boston") in found
    assert ("Helen Carter", "tk:visited", "Boston") not in found


@pytest.mark.parametrize(
    "text",
    [
        # the passive's subject is often one at home received at an office
        "Daniel Okafor was received at the ministry in Boston by Mayor Helen Carter.",
        "Daniel Okafor was greeted at the airport in Boston by Helen Carter.",
    ],
)
def test_a_guest_received_in_the_passive_made_no_trip_said(text: str) -> None:
    found = triples(facts_of(text))
    assert met(found, "Daniel Okafor", "Helen Carter"), sorted(found)
    assert ("Daniel Okafor", "tk:visited", "Boston") not in found


def test_a_dinner_hosted_by_a_host_and_his_wife_is_a_meeting_with_the_host_only() -> None:
    text = (
        "Arjun Mehta attended a dinner hosted by Kenji Sato and his wife Aiko in Tokyo on Monday."
    )
    found = triples(facts_of(text))
    assert met(found, "Arjun Mehta", "Kenji Sato"), sorted(found)
    assert not any(p == "tk:metWith" and "Aiko" in (s, o) for s, p, o in found)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Clara Jensen returned from Beijing on Friday.", "Beijing"),
        ("Clara Jensen returned to Copenhagen on Friday after a week in Beijing.", "Beijing"),
        ("During a stop in Chicago, Clara Jensen met local business leaders.", "Chicago"),
        ("Clara Jensen made a stop in Chicago on her way to Denver.", "Chicago"),
        ("Clara Jensen's two-day stay in Dublin ended on Tuesday.", "Dublin"),
        ("Clara Jensen, in Dublin for talks, met the mayor.", "Dublin"),
        ("Clara Jensen, in Tokyo for the summit, said the deal was close.", "Tokyo"),
    ],
)
def test_other_words_for_a_trip(text: str, town: str) -> None:
    found = triples(facts_of(text))
    assert ("Clara Jensen", "tk:visited", town) in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Clara Jensen returned from exile in London in 1990.", "London"),
        ("Clara Jensen returned to Copenhagen on Friday.", "Copenhagen"),
        ("Clara Jensen was shot at a bus stop in Chicago.", "Chicago"),
        ("Clara Jensen in Dublin said the deal was close.", "Dublin"),
        ("The court granted Clara Jensen a stay of execution in Texas.", "Texas"),
    ],
)
def test_exile_home_a_bus_stop_or_a_stay_of_execution_is_no_trip(text: str, town: str) -> None:
    assert ("Clara Jensen", "tk:visited", town) not in triples(facts_of(text))


def test_a_body_run_into_the_name_beside_it_is_cut_from_the_person() -> None:
    facts = facts_of(
        "The chief executive of Nordvik Energy, Lars Dahl, toured the plant on Wednesday."
    )
    assert {"Nordvik Energy", "Lars Dahl"} <= names(facts)
    assert mention(facts, "Lars Dahl").entity_type.value == "Person"
    assert ("Lars Dahl", "tk:leaderOf", "Nordvik Energy") in triples(facts)


def test_a_body_run_into_a_body_listed_after_it_is_not_cut() -> None:
    text = "Shares of Nordvik Energy, Morgan Stanley and Citigroup fell on Monday."
    facts = facts_with_ents(text, [(2, 7, "ORG"), (8, 9, "ORG")])
    assert not any(
        m.name == "Morgan Stanley" and m.entity_type.value == "Person" for m in facts.mentions
    )


@pytest.mark.parametrize(
    "text",
    [
        "Aiko Tanaka gave Arjun Mehta a warm welcome in Tokyo on Monday.",
        "Aiko Tanaka accorded Arjun Mehta a ceremonial welcome at the palace in Tokyo.",
        "Speaking alongside Arjun Mehta in Tokyo, Aiko Tanaka said ties were strong.",
        "Aiko Tanaka awarded Arjun Mehta a medal at a ceremony in Tokyo.",
        "Aiko Tanaka hugged Arjun Mehta at the airport in Tokyo.",
        "Aiko Tanaka embraced Arjun Mehta on the steps of the palace.",
        "Aiko Tanaka told Arjun Mehta at their meeting in Tokyo that ties were strong.",
        "Aiko Tanaka assured Arjun Mehta during their talks in Tokyo that ties were strong.",
    ],
)
def test_a_welcome_a_hug_or_words_at_a_meeting_are_face_to_face(text: str) -> None:
    found = triples(facts_of(text))
    assert met(found, "Aiko Tanaka", "Arjun Mehta"), sorted(found)


@pytest.mark.parametrize(
    "text",
    [
        "Aiko Tanaka awarded Arjun Mehta a contract last year.",
        "Aiko Tanaka embraced the plan put forward by Arjun Mehta.",
        "Aiko Tanaka gave Arjun Mehta a warm welcome by video link.",
        "Aiko Tanaka criticised Arjun Mehta at a meeting in Tokyo.",
    ],
)
def test_a_contract_a_plan_a_video_or_blame_at_a_meeting_is_no_meeting(text: str) -> None:
    assert not met(triples(facts_of(text)), "Aiko Tanaka", "Arjun Mehta")


@pytest.mark.parametrize(
    "text",
    [
        "The talks Aiko Tanaka held with Kenji Sato in Osaka ended without a deal.",
        "The meeting Aiko Tanaka had with Kenji Sato in Osaka lasted an hour.",
        "Aiko Tanaka talked with Kenji Sato at city hall in Osaka.",
        "Aiko Tanaka chatted with Kenji Sato at the reception in Osaka.",
        "Aiko Tanaka got together with Kenji Sato in Osaka.",
        "Aiko Tanaka stood beside Kenji Sato at the ceremony in Osaka.",
        "Aiko Tanaka appeared with Kenji Sato at a news conference in Osaka.",
        "Aiko Tanaka appeared alongside Kenji Sato at a rally in Osaka.",
        "Aiko Tanaka visited Kenji Sato in hospital.",
        "Aiko Tanaka entertained Kenji Sato at her home in Osaka.",
        "Aiko Tanaka and Kenji Sato shook hands in Osaka on Monday.",
        "Aiko Tanaka and Kenji Sato dined at a hotel in Osaka.",
        "Aiko Tanaka and Kenji Sato posed for photographs before their talks in Osaka.",
    ],
)
def test_more_words_for_meeting_in_person(text: str) -> None:
    found = triples(facts_of(text))
    assert met(found, "Aiko Tanaka", "Kenji Sato"), sorted(found)


@pytest.mark.parametrize(
    "text",
    [
        "The talks Aiko Tanaka will hold with Kenji Sato are expected to be difficult.",
        "The meeting Aiko Tanaka wanted to have with Kenji Sato never happened.",
        "Aiko Tanaka talked with Kenji Sato by phone on Monday.",
        "Aiko Tanaka and Kenji Sato talked by phone on Monday.",
        "Aiko Tanaka and Kenji Sato talked to reporters in Osaka.",
        "Aiko Tanaka and Kenji Sato will dine in Osaka on Friday.",
        "Aiko Tanaka stood by Kenji Sato throughout the scandal.",
        "Aiko Tanaka appeared with Kenji Sato on the list of candidates.",
        "Aiko Tanaka saw off a challenge from Kenji Sato.",
        "Aiko Tanaka and Kenji Sato will speak to reporters after their talks in Osaka.",
        "Aiko Tanaka and Kenji Sato prepared for their planned meeting in Osaka.",
    ],
)
def test_more_near_misses_that_are_no_meeting(text: str) -> None:
    assert not met(triples(facts_of(text)), "Aiko Tanaka", "Kenji Sato")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Luis Ortega's Brazil visit ended on Friday.", "Brazil"),
        ("Luis Ortega touched down in Lisbon on Sunday.", "Lisbon"),
        ("Luis Ortega holidayed in Spain in August.", "Spain"),
        ("Luis Ortega continued on to Porto on Tuesday.", "Porto"),
        ("Luis Ortega flew home from Lisbon on Sunday.", "Lisbon"),
    ],
)
def test_more_words_for_a_trip(text: str, town: str) -> None:
    found = triples(facts_of(text))
    assert ("Luis Ortega", "tk:visited", town) in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Luis Ortega's Paris trip was cancelled.", "Paris"),
        ("Luis Ortega continued to Porto's chagrin.", "Porto"),
        ("Luis Ortega flew from Lisbon to Madrid on Sunday.", "Lisbon"),
        ("Luis Ortega touched on Lisbon's history in a speech in Madrid.", "Lisbon"),
    ],
)
def test_a_cancelled_trip_or_a_start_is_no_visit(text: str, town: str) -> None:
    assert ("Luis Ortega", "tk:visited", town) not in triples(facts_of(text))


def test_a_state_visit_to_two_countries_visits_both() -> None:
    found = triples(facts_of("Luis Ortega was on a state visit to Peru and Chile."))
    assert {("Luis Ortega", "tk:visited", "Peru"), ("Luis Ortega", "tk:visited", "Chile")} <= found


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("Maria Costa, an analyst at Morgan Stanley, said rates would rise.", "Morgan Stanley"),
        ("Maria Costa, an economist at Goldman Sachs, said rates would rise.", "Goldman Sachs"),
    ],
)
def test_a_two_word_body_after_a_role_and_at_is_the_employer(text: str, employer: str) -> None:
    facts = facts_of(text)
    assert mention(facts, employer).entity_type.value == "Organization"
    assert ("Maria Costa", "tk:worksFor", employer) in triples(facts)


def test_a_person_after_a_verb_and_at_stays_a_person() -> None:
    facts = facts_of("The protesters shouted at Maria Costa outside the bank in Lisbon.")
    assert mention(facts, "Maria Costa").entity_type.value == "Person"


@pytest.mark.parametrize(
    "second",
    [
        "Sara Lind, the city manager, also attended.",
        "Sara Lind, the city manager, was also present.",
    ],
)
def test_one_who_also_attended_the_meeting_just_reported_met_those_at_it(second: str) -> None:
    found = triples(facts_of("Rita Alvarez met Tom Becker in Denver. " + second))
    assert met(found, "Sara Lind", "Rita Alvarez") and met(found, "Sara Lind", "Tom Becker")


@pytest.mark.parametrize(
    "second",
    [
        "Sara Lind also attended a concert in Boston.",
        "Sara Lind was not present.",
        "Sara Lind will also attend.",
        "Sara Lind attended.",
    ],
)
def test_one_at_another_occasion_absent_or_to_come_did_not_meet_them(second: str) -> None:
    found = triples(facts_of("Rita Alvarez met Tom Becker in Denver. " + second))
    assert not met(found, "Sara Lind", "Rita Alvarez"), sorted(found)


@pytest.mark.parametrize(
    "text",
    [
        "Dublin-headquartered Kestrel Airlines cut fares.",
        "Kestrel Airlines, a Dublin-headquartered carrier, cut fares.",
    ],
)
def test_a_town_before_headquartered_is_where_the_body_is(text: str) -> None:
    assert ("Kestrel Airlines", "tk:locatedIn", "Dublin") in triples(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Aiko Tanaka criticised a meeting chaired by Kenji Sato.",
        "Aiko Tanaka boycotted the talks hosted by Kenji Sato in Osaka.",
        "Aiko Tanaka skipped a dinner hosted by Kenji Sato in Osaka.",
        "Aiko Tanaka learned of the meeting chaired by Kenji Sato from the newspapers.",
        "Aiko Tanaka watched the talks hosted by Kenji Sato on television.",
        "Aiko Tanaka and Kenji Sato talked about the plan on television.",
        "Aiko Tanaka saw off Kenji Sato in the final in Osaka.",
    ],
)
def test_a_meeting_hosted_by_one_and_missed_or_watched_by_another_is_none(text: str) -> None:
    assert not met(triples(facts_of(text)), "Aiko Tanaka", "Kenji Sato")


@pytest.mark.parametrize(
    "text",
    [
        "Arjun Mehta was given a red-carpet welcome by Aiko Tanaka in Tokyo.",
        "Arjun Mehta was accorded a ceremonial welcome by Aiko Tanaka at the palace.",
        "Arjun Mehta received a warm welcome from Aiko Tanaka in Tokyo.",
    ],
)
def test_a_welcome_given_by_a_host_in_the_passive_is_a_meeting(text: str) -> None:
    assert met(triples(facts_of(text)), "Aiko Tanaka", "Arjun Mehta")


@pytest.mark.parametrize(
    "text",
    [
        "Arjun Mehta was given a warm welcome by Aiko Tanaka by video link.",
        "Aiko Tanaka gave a warm welcome to the plan of Arjun Mehta.",
    ],
)
def test_a_welcome_by_video_or_to_a_plan_is_no_meeting(text: str) -> None:
    assert not met(triples(facts_of(text)), "Aiko Tanaka", "Arjun Mehta")
