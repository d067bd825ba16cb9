"""Guards from the adversarial review of 38c10d8..4acf5a5 (the merged branch news9 and
rules/leagues.py): sentences of our own that the new rules read wrongly where the code
before them (c197070) did not. Six were mended and their guards kept; the district one is
still an expected failure (strict: a mend shows up)."""

from __future__ import annotations

import pytest

from fixtures.extract.support import facts_of, met, triples
from textkg.records import EntityType

LOCATED_IN = "tk:locatedIn"


def _pronoun_names(text: str, pronoun: str) -> list[str]:
    """The names the article's ``pronoun`` mentions were resolved to."""
    return [m.name for m in facts_of(text).mentions if m.text.lower() == pronoun]


def test_an_object_pronoun_after_a_purpose_infinitive_can_be_the_subject() -> None:
    for text in (
        "Tom Hale paid Mark Lund to protect him.",
        "Tom Hale begged Mark Lund to forgive him.",
        "Tom Hale hired Mark Lund to help him.",
        "Tom Hale urged Mark Lund to join him in Oslo.",
        "Tom Hale persuaded Mark Lund to back him.",
    ):
        assert _pronoun_names(text, "him") == ["Tom Hale"], text


def test_an_object_pronoun_stays_with_the_traveller_not_a_name_asked_about() -> None:
    text = (
        "Tom Hale landed in Oslo on Monday. Reporters asked him about Mark Lund. "
        "Ana Berg met him at the airport."
    )
    found = triples(facts_of(text))
    assert met(found, "Ana Berg", "Tom Hale")
    assert not met(found, "Ana Berg", "Mark Lund")


def test_a_kind_before_a_title_is_not_the_earlier_body_when_the_title_names_another() -> None:
    for text, person, predicate, wrong in (
        (
            "Norvia Workers Union said talks failed. "
            "Union leader Tom Hale of the Kestrel Drivers Union disagreed.",
            "Tom Hale",
            "tk:leaderOf",
            "Norvia Workers Union",
        ),
        (
            "Kestrel Party won the vote. Party leader Tom Hale of the Green Party conceded.",
            "Tom Hale",
            "tk:leaderOf",
            "Kestrel Party",
        ),
        (
            "Norvia Bank raised its rates. "
            "Bank manager Ana Berg of Kestrel Bank said others would follow.",
            "Ana Berg",
            "tk:worksFor",
            "Norvia Bank",
        ),
        (
            "Kestrel Bank cut rates. "
            "Bank chief Ana Berg, who runs rival Norvia Bank, said she would not follow.",
            "Ana Berg",
            "tk:leaderOf",
            "Kestrel Bank",
        ),
    ):
        assert (person, predicate, wrong) not in triples(facts_of(text)), text


@pytest.mark.xfail(
    strict=True,
    reason="district-of-town: the district it places feeds document-model a wrong container",
)
def test_a_district_of_one_town_holds_no_district_of_another() -> None:
    text = "Istanbul's Kadıköy district is calm. Kraków's southern district of Podgórze flooded."
    found = triples(facts_of(text))
    assert ("Podgórze", LOCATED_IN, "Kadıköy") not in found


def test_a_novel_named_after_a_building_is_no_place() -> None:
    for text, title in (
        ("Ana Berg wrote The Harwick Castle, a novel about her family.", "Harwick Castle"),
        ("Tom Hale's new novel, The Kestrel Tower, sold well.", "Kestrel Tower"),
    ):
        kinds = {m.entity_type.kind for m in facts_of(text).mentions if m.name == title}
        assert EntityType.PLACE not in kinds, text


def test_a_club_playing_at_a_conference_centre_or_in_a_cup_final_is_no_part_of_it() -> None:
    for text, venue in (
        (
            "Harwick Rovers play in the Kestrel Conference Centre on Friday.",
            "Kestrel Conference Centre",
        ),
        ("Harwick Rovers play in the Kestrel League Cup final on Sunday.", "Kestrel League Cup"),
    ):
        assert ("Harwick Rovers", "tk:partOf", venue) not in triples(facts_of(text)), text


def test_a_second_attribute_of_the_subjects_kind_describes_the_subject() -> None:
    text = "Kestrel Air is the national airline of Norvia, a carrier led by Ana Berg."
    found = triples(facts_of(text))
    assert ("Ana Berg", "tk:leaderOf", "Kestrel Air") in found
    assert ("Ana Berg", "tk:leaderOf", "Norvia") not in found
