"""Delegations (rules/delegations.py): who arrived at the head of a delegation led it, so
"the delegation" received later stands for them too; our own sentences."""

from __future__ import annotations

import pytest

from fixtures.extract.support import facts_of, met, triples

_RECEIVED = " On Monday the delegation was received by the mayor, Jonas Eide."


@pytest.mark.parametrize(
    "arrival",
    [
        "The orchestra's director, Liv Sande, landed in Tromso on Sunday at the head of a "
        "ten-member delegation.",
        "Liv Sande was named rector of Alta University in May. The rector landed in Tromso on "
        "Sunday at the head of a ten-member delegation.",
    ],
)
def test_who_arrived_at_the_head_of_a_delegation_was_received_with_it(arrival: str) -> None:
    assert met(triples(facts_of(arrival + _RECEIVED)), "Liv Sande", "Jonas Eide")


def test_who_only_came_with_a_delegation_is_not_said_to_lead_it() -> None:
    found = triples(
        facts_of(
            "The orchestra's director, Liv Sande, landed in Tromso on Sunday with a ten-member "
            "delegation." + _RECEIVED
        )
    )
    assert not met(found, "Liv Sande", "Jonas Eide")
