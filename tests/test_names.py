"""The one name cleaner that extraction and resolution share."""

from __future__ import annotations

import pytest

from fixtures.extract.support import facts_of, mention
from textkg.names import clean_name


@pytest.mark.parametrize(
    ("written", "clean"),
    [
        ("the DPRK’s Ministry of State Security", "DPRK's Ministry of State Security"),
        ("Kim Jong Un's", "Kim Jong Un"),
        ("North Korea’s", "North Korea"),
        ("“Valdmark Herald”", "Valdmark Herald"),
        ("The  Northern\nSurvey Office,", "Northern Survey Office"),
        ("U.S.", "U.S."),
        ("Russia.", "Russia"),
        ("Workers’ Party", "Workers' Party"),
        ("• Harbour Board –", "Harbour Board"),
        ("Jr.", "Jr."),
    ],
)
def test_clean_name(written: str, clean: str) -> None:
    assert clean_name(written) == clean


def test_extraction_names_a_mention_as_resolution_cleans_it() -> None:
    facts = facts_of("Officials of “the Harbour Board’s” office in Tallinn spoke.")
    board = mention(facts, "Harbour Board")
    assert board.name == clean_name(board.text) == "Harbour Board"
