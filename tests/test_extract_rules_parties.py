"""Parties named by their members' adjective (mentions/parties.py, rules/parties.py), with
sentences of our own."""

from __future__ import annotations

import pytest

from fixtures.extract.support import facts_of, triples


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "Tom Grady (1824 - 1919) was a Republican member of the House of Representatives.",
            "Republican",
        ),
        (
            "Tom Grady (1824 - 1919) was elected as a Democrat to the Sixty-second Congress.",
            "Democrat",
        ),
        (
            "Tom Grady (1824 - 1919) sought the Democratic nomination for mayor in 1939.",
            "Democratic",
        ),
    ],
)
def test_a_partys_adjective_before_a_members_noun_names_the_party(text: str, party: str) -> None:
    assert ("Tom Grady", "tk:memberOf", party) in triples(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Republican voters backed Tom Grady in the primary on Monday.",
        "Tom Grady criticised Labour on Monday.",
    ],
)
def test_a_partys_adjective_elsewhere_makes_no_member(text: str) -> None:
    assert not [t for t in triples(facts_of(text)) if t[1] == "tk:memberOf"]
