"""A minister's own body named in apposition: "Sandhu's department, Transport Canada",
"the minister, whose ministry, MICITT, coordinates ...": the person heads that body."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from textkg.extract.candidates import Candidate, Findings, RelationCandidate
from textkg.extract.document import ORG, PERSON, DocView
from textkg.extract.mentions import Ment
from textkg.extract.registry import rule
from textkg.extract.syntax import children
from textkg.namespaces import TK


@rule("office-body-apposed")
def office_body_apposed(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "X's department, Y" / "X, whose ministry, Y,": the body an office holder's title
    names ("minister" a ministry, "secretary" a department), given by name beside the noun,
    is the one X heads (not "X's company, Y", whose owner or worker X may be)."""
    lex = doc.lex
    offices = set(lex.title_to_organization.values()) | set(
        lex.title_of_field_organization.values()
    )
    for span in doc.sentences:
        for index in range(span.start_token, span.end_token):
            noun = doc.doc[index]
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in offices:
                continue
            bodies = [
                m
                for c in noun.children
                if c.dep_ in ("appos", "npadvmod") and c.i > noun.i
                for m in doc.referents(c, conjuncts=False)
                if m.etype is ORG
            ]
            holders = _holders(doc, noun)
            if len(bodies) != 1 or len(holders) != 1:
                continue
            yield RelationCandidate(
                holders[0], TK.leaderOf, bodies[0], span.index, "office-body-apposed"
            )


def _holders(doc: DocView, noun: Token) -> list[Ment]:
    """Whose the noun is: a person's possessive ("Sandhu's"), or the person a relative
    clause opening with "whose" hangs on."""
    found: list[Ment] = []
    for owner in children(noun, "poss"):
        if owner.lower_ == "whose":
            verb = noun.head
            if verb.dep_ == "relcl":
                found += [m for m in doc.referents(verb.head, conjuncts=False) if m.etype is PERSON]
        else:
            found += [m for m in doc.referents(owner, conjuncts=False) if m.etype is PERSON]
    return found
