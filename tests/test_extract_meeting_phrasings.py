"""Ways news says two people were in one place together, each a meeting (and ways that say
they were not, or that one went along with the other, a fellow traveller): a guide, a meal,
a ceremony done together, a call at an office."""

from __future__ import annotations

import pytest

from fixtures.extract.support import facts_of, met, triples

MET = [
    (
        "Ines Duarte and Karl Weber discussed the loan over dinner in Porto on Tuesday.",
        "Ines Duarte",
        "Karl Weber",
    ),
    (
        "Ines Duarte was given a tour of the shipyard by Karl Weber on Tuesday.",
        "Ines Duarte",
        "Karl Weber",
    ),
    ("Ines Duarte was guided around the new wards by Karl Weber.", "Ines Duarte", "Karl Weber"),
    ("Ines Duarte inspected the dam alongside Karl Weber and Mia Lund.", "Ines Duarte", "Mia Lund"),
    ("At the shipyard, Ines Duarte spoke with Karl Weber about jobs.", "Ines Duarte", "Karl Weber"),
    (
        "Ines Duarte and Karl Weber opened the new ferry terminal together on Friday.",
        "Ines Duarte",
        "Karl Weber",
    ),
    (
        "Karl Weber took Ines Duarte on a tour of the shipyard on Tuesday.",
        "Karl Weber",
        "Ines Duarte",
    ),
    (
        "Ines Duarte and Karl Weber laid the foundation stone of the school on Friday.",
        "Ines Duarte",
        "Karl Weber",
    ),
    (
        "Ines Duarte attended the launch ceremony with Karl Weber on Friday.",
        "Ines Duarte",
        "Karl Weber",
    ),
    (
        "Ines Duarte visited Karl Weber at his office in Porto on Tuesday.",
        "Ines Duarte",
        "Karl Weber",
    ),
    ("Ines Duarte breakfasted with Karl Weber on Tuesday.", "Ines Duarte", "Karl Weber"),
    (
        "Ines Duarte and Karl Weber visited the shipyard together on Tuesday.",
        "Ines Duarte",
        "Karl Weber",
    ),
    ("Ines Duarte and Karl Weber were joined at the talks by Mia Lund.", "Karl Weber", "Mia Lund"),
    (
        "Ines Duarte held discussions with Karl Weber in Porto on Tuesday.",
        "Ines Duarte",
        "Karl Weber",
    ),
    (
        "Ines Duarte chaired a meeting attended by Karl Weber and Mia Lund.",
        "Ines Duarte",
        "Mia Lund",
    ),
    ("Ines Duarte was joined on the tour by Karl Weber.", "Ines Duarte", "Karl Weber"),
    ("Ines Duarte opened the clinic alongside Karl Weber on Friday.", "Ines Duarte", "Karl Weber"),
    (
        "Ines Duarte spent the afternoon with Karl Weber at the shipyard.",
        "Ines Duarte",
        "Karl Weber",
    ),
    ("Ines Duarte was taken around the shipyard by Karl Weber.", "Ines Duarte", "Karl Weber"),
    ("Ines Duarte dined with Karl Weber and Mia Lund in Porto.", "Ines Duarte", "Mia Lund"),
]

NOT_MET = [
    ("Ines Duarte held a video call with Karl Weber on Tuesday.", "Ines Duarte", "Karl Weber"),
    ("Ines Duarte was accompanied on the visit by Karl Weber.", "Ines Duarte", "Karl Weber"),
    (
        "Ines Duarte visited the shipyard on Tuesday, accompanied by Karl Weber.",
        "Ines Duarte",
        "Karl Weber",
    ),
    ("Ines Duarte spoke with Karl Weber by phone on Tuesday.", "Ines Duarte", "Karl Weber"),
    ("Ines Duarte discussed the loan with Karl Weber by video link.", "Ines Duarte", "Karl Weber"),
    ("Ines Duarte called on Karl Weber to resign.", "Ines Duarte", "Karl Weber"),
    (
        "Ines Duarte and Karl Weber opened their pavilions separately on Friday.",
        "Ines Duarte",
        "Karl Weber",
    ),
    ("Ines Duarte and Karl Weber both opened new plants in 2030.", "Ines Duarte", "Karl Weber"),
    (
        "Ines Duarte and Karl Weber discussed the loan in separate interviews.",
        "Ines Duarte",
        "Karl Weber",
    ),
    (
        "Ines Duarte laid a wreath in Porto on Monday, and Karl Weber laid one in Braga.",
        "Ines Duarte",
        "Karl Weber",
    ),
    (
        "Ines Duarte, speaking with reporters in Porto, said Karl Weber would resign.",
        "Ines Duarte",
        "Karl Weber",
    ),
    (
        "Ines Duarte attended the ceremony, which Karl Weber watched on television.",
        "Ines Duarte",
        "Karl Weber",
    ),
]


@pytest.mark.parametrize(("text", "one", "other"), MET)
def test_a_meeting_in_other_words(text: str, one: str, other: str) -> None:
    assert met(triples(facts_of(text)), one, other)


@pytest.mark.parametrize(("text", "one", "other"), NOT_MET)
def test_no_meeting_where_the_text_says_apart_or_remote(text: str, one: str, other: str) -> None:
    assert not met(triples(facts_of(text)), one, other)
