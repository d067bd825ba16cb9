"""Kin the article names in different places: "X's siblings A and B ... Another brother, C":
A, B and C are siblings of one another as well as X's."""

from __future__ import annotations

from collections.abc import Iterator

from rdflib.namespace import SDO

from textkg.extract.candidates import Candidate, Findings, RelationCandidate
from textkg.extract.document import PERSON, DocView
from textkg.extract.mentions import Ment
from textkg.extract.registry import rule
from textkg.names import written_short

RULE = "sibling-of-sibling"


@rule(RULE)
def siblings_of_siblings(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """Two siblings of one person are siblings of each other (a family's children: what a
    reader of a biography takes from "his siblings A and B" and "another brother, C"). The
    fact rests on the later of the two sentences that name them."""
    people = sorted((m for m in doc.mentions if m.etype is PERSON), key=lambda m: m.start)
    subject = people[0].name if people else ""

    def who(name: str) -> str:
        # a biography's bare surname ("Piccard's siblings A and B") is its subject's
        return subject if subject and written_short(name, subject) else name

    family: dict[str, list[tuple[Ment, int]]] = {}
    for r in found:
        if r.predicate != SDO.sibling:
            continue
        family.setdefault(who(r.subject.name), []).append((r.object, r.sentence))
        family.setdefault(who(r.object.name), []).append((r.subject, r.sentence))
    known = {
        frozenset((r.subject.name, r.object.name)) for r in found if r.predicate == SDO.sibling
    }
    for person in sorted(family):
        kin = family[person]
        for i, (first, one) in enumerate(kin):
            for second, other in kin[i + 1 :]:
                pair = frozenset((first.name, second.name))
                ends = {who(first.name), who(second.name)}
                if _one_person(first.name, second.name) or person in ends or pair in known:
                    continue
                known.add(pair)
                yield RelationCandidate(first, SDO.sibling, second, max(one, other), RULE)


def _one_person(a: str, b: str) -> bool:
    """ "Duval" and "Marc Duval" in a family of Duvals: maybe one person, never a pair."""
    return written_short(a, b) or written_short(b, a)
