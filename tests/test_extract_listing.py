"""The names a list gives where the parser breaks it apart (extract/listing.py), with
sentences of our own."""

from __future__ import annotations

from fixtures.extract.support import facts_of, triples


def test_the_clubs_such_as_lists_are_each_played_for() -> None:
    text = (
        "Ion Preda (born 1982) is a Romanian former footballer who played as a midfielder "
        "for teams such as: FC Arges, Dinamo Brasov, Rapid Cluj or FC Olt, among others."
    )
    found = triples(facts_of(text))
    for club in ("FC Arges", "Dinamo Brasov", "Rapid Cluj"):
        assert ("Ion Preda", "tk:memberOf", club) in found
