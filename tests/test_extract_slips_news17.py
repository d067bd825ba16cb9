"""News shapes the rules cover, read right although the small model slips on them, with
sentences of our own (one per slip)."""

from __future__ import annotations

from fixtures.extract.support import facts_of, triples


def test_a_body_naming_its_head_misread_as_described_by_the_verb_gives_the_role() -> None:
    # the parser reads "named" as a relative clause of "Company" with no subject
    text = (
        "The Royal Opera Company on Wednesday named Jane Doe, the head of the Vienna "
        "Music Club, as its next director."
    )
    found = triples(facts_of(text))
    assert ("Jane Doe", "tk:leaderOf", "Royal Opera Company") in found
    assert ("Jane Doe", "tk:leaderOf", "Vienna Music Club") in found
