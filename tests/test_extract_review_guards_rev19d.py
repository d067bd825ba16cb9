"""Guards from the adversarial review of c5b977a..dfa0ea6: sentences of our own that the
new rules read otherwise than a careful reader (and the code before them, 9c32109) does;
mended since but for one kept xfail: a group's bare name that resolution merged with one of
its units ("Hadeon" with "Hadeon Motor") is labelled by the unit's name."""

from __future__ import annotations

import pytest

from fixtures.extract.support import facts_of, names, triples
from fixtures.resolve.builder import ORG, Doc, label_of
from textkg.records import EntityType
from textkg.resolve import resolve_entities

MEMBER_OF = "tk:memberOf"
PART_OF = "tk:partOf"
LOCATED_IN = "tk:locatedIn"


# (3) "X said it had signed Y" read as the story's news


def test_a_signing_dated_years_ago_in_reported_speech_is_no_current_membership() -> None:
    found = triples(
        facts_of(
            "Kestrel Rovers said it had signed Marco Ruiz as a 15-year-old in 2009. "
            "He joined Valtra FC in 2016."
        )
    )
    assert ("Marco Ruiz", MEMBER_OF, "Kestrel Rovers") not in found
    assert ("Marco Ruiz", MEMBER_OF, "Valtra FC") in found


def test_a_hiring_dated_years_ago_in_reported_speech_is_no_current_job() -> None:
    found = triples(
        facts_of("Norvia Bank said it had hired Ana Roca in 2015. She now runs Hadeon Capital.")
    )
    assert ("Ana Roca", "tk:worksFor", "Norvia Bank") not in found


def test_a_player_telling_of_his_first_club_is_no_member_of_it_now() -> None:
    found = triples(
        facts_of(
            "Marco Ruiz said he had signed for Valtra FC as a boy, before his move to "
            "Kestrel Rovers in 2016."
        )
    )
    assert ("Marco Ruiz", MEMBER_OF, "Valtra FC") not in found


# (8) "Keel Holdings of Oslo" split into the company and its town


def test_a_company_split_from_its_town_is_located_there_not_part_of_it() -> None:
    found = triples(
        facts_of(
            "Ana Roca is chief executive of Harbour Partners of Boston, which manages $2 billion."
        )
    )
    assert ("Harbour Partners", PART_OF, "Boston") not in found
    assert any(
        s.startswith("Harbour Partners") and o == "Boston" for s, r, o in found if r == LOCATED_IN
    )


def test_a_national_unit_named_with_of_stays_part_of_its_group() -> None:
    found = triples(
        facts_of(
            "Lars Berg runs Norvia Insurance of Canada, a unit of the Swiss insurer Norvia Re."
        )
    )
    assert any(
        s.startswith("Norvia Insurance") and o.startswith("Norvia") and r == PART_OF
        for s, r, o in found
    )


# (5) "the Norway Agency | for | Marine Science" joined


def test_leaving_a_body_for_a_company_names_both() -> None:
    found = names(facts_of("Lars Berg left the Norway Agency for Marine Harvest Group in 2020."))
    assert "Marine Harvest Group" in found
    assert "Norway Agency for Marine Harvest Group" not in found


# (6) technology fields as company heads: their first word stands for the company


def test_a_big_town_opening_a_tech_firms_name_stays_a_town_when_written_alone() -> None:
    text = (
        "Lagos Medtech makes cheap incubators for clinics. Lagos has too few doctors for its "
        "15 million people, its founder Tunde Bakare said."
    )
    facts = facts_of(text)
    at = text.index("Lagos has")
    town = [m for m in facts.mentions if m.start == at]
    assert town and town[0].entity_type is not EntityType.ORGANIZATION


# (1) an organisation labelled by the full name its most written short form opens


@pytest.mark.xfail(
    strict=True, reason="rev19d-label-unit: a group's bare name labelled by one unit's name"
)
def test_a_group_named_bare_is_not_labelled_by_one_of_its_units() -> None:
    doc = Doc(
        "a.txt",
        [
            "Hadeon Motor sold more cars.",
            "Hadeon Heavy Industries built ships.",
            "Hadeon said group profits rose.",
            "Hadeon will expand.",
            "Hadeon is the country's biggest conglomerate.",
        ],
    )
    doc.m("Hadeon Motor", ORG)
    doc.m("Hadeon Heavy Industries", ORG)
    bare = [doc.m("Hadeon", ORG, k) for k in (2, 3, 4)]
    r = resolve_entities([doc.facts()])
    assert label_of(r, doc, bare[0]) == "Hadeon"


def test_a_bid_by_one_company_for_another_names_both() -> None:
    found = names(
        facts_of("Shareholders backed the bid by Norvia Holdings for Valtra Energy on Monday.")
    )
    assert {"Norvia Holdings", "Valtra Energy"} <= found
