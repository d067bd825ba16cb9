"""A person's deputy: "Mondlane's deputy, Armando Cossa" holds a post in the body the person
the article named before leads or serves."""

from __future__ import annotations

from collections.abc import Iterator

from textkg.extract.candidates import Candidate, Findings, RelationCandidate
from textkg.extract.document import ORG, PERSON, DocView
from textkg.extract.mentions import Ment
from textkg.extract.registry import rule
from textkg.extract.syntax import children
from textkg.names import written_short
from textkg.namespaces import TK

#: The roles a principal's body is read from (the ones who hold a post in it).
_POSTS = (TK.leaderOf, TK.memberOf, TK.worksFor)


@rule("deputy-of")
def deputy_of(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "X's deputy, Y", "her deputy, Y": Y holds a post where X does (the body the
    article gave X a role in before)."""
    for span in doc.sentences:
        for index in range(span.start_token, span.end_token):
            noun = doc.doc[index]
            if noun.lemma_.lower() not in doc.lex.deputy_nouns:
                continue
            principals = [
                m for c in children(noun, "poss") for m in doc.referents(c) if m.etype is PERSON
            ]
            deputies = [
                m for c in children(noun, "appos") for m in doc.referents(c) if m.etype is PERSON
            ]
            if len(principals) != 1 or not deputies:
                continue
            for body in _bodies_of(found, principals[0]):
                for deputy in deputies:
                    yield RelationCandidate(deputy, TK.memberOf, body, span.index, "deputy-of")


def _bodies_of(found: Findings, person: Ment) -> list[Ment]:
    """The organisations the findings so far give the person (by name or surname) a post in,
    if they name just one."""
    bodies = {
        r.object.name: r.object
        for r in found.relations.values()
        if r.predicate in _POSTS
        and r.object.etype is ORG
        and written_short(person.name, r.subject.name)
    }
    return list(bodies.values()) if len(bodies) == 1 else []
