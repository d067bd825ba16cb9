"""Who holds an office until someone else takes it: "X will take office on July 15,
succeeding Y", "X will take over from Y", "X will replace Y": Y holds it now."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from textkg.extract.arguments import subjects
from textkg.extract.candidates import Candidate, Findings, RelationCandidate
from textkg.extract.document import PERSON, DocView
from textkg.extract.mentions import Ment
from textkg.extract.registry import rule
from textkg.extract.syntax import children, has_modal
from textkg.namespaces import TK


@rule("outgoing-holder")
def outgoing_holder(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """The one a future successor takes over from leads what the successor is to lead."""
    led: dict[str, list[tuple[int, Ment]]] = {}
    for relation in found.relations.values():
        # an office given ("named X as", "X will become"), not one described ("X, the
        # director of Y", which X may be leaving)
        given = relation.rule.startswith("title-copula")
        if relation.predicate == TK.leaderOf and relation.subject.etype is PERSON and given:
            led.setdefault(relation.subject.name, []).append((relation.sentence, relation.object))
    if not led:
        return
    for verb in doc.doc:
        if verb.pos_ != "VERB" or not _to_come(verb):
            continue
        outgoing = _taken_over_from(doc, verb)
        if not outgoing:
            continue
        successors, _ = subjects(doc, verb)
        sentence = doc.owner[verb.i]
        for successor in successors:
            # "Lobo will take over": the short name of the person named in full before
            held = [
                entry
                for name, entries in led.items()
                if name == successor.name or name.split()[-1:] == successor.name.split()[-1:]
                for entry in entries
            ]
            body = _office_taken(held, sentence)
            for person in outgoing:
                if body is not None and person.name != successor.name:
                    yield RelationCandidate(person, TK.leaderOf, body, sentence, "outgoing-holder")


def _office_taken(led: list[tuple[int, Ment]], sentence: int) -> Ment | None:
    """What the successor is to lead: the one body they were last said to lead, up to the
    sentence of the succession (not an office of their past)."""
    before = [(index, body) for index, body in led if index <= sentence]
    if not before:
        return None
    last = max(index for index, _ in before)
    bodies = {body.name: body for index, body in before if index == last}
    return next(iter(bodies.values())) if len(bodies) == 1 else None


def _to_come(verb: Token) -> bool:
    """ "will replace", "will take office ..., succeeding": a change still ahead."""
    if has_modal(verb):
        return True
    return verb.dep_ in ("advcl", "xcomp", "conj") and has_modal(verb.head)


def _taken_over_from(doc: DocView, verb: Token) -> list[Ment]:
    """The people a verb of succession names as the one left ("succeed Y", "take over
    from Y", "take over after the festival from Y")."""
    lemma = verb.lemma_.lower()
    if lemma in doc.lex.succession_verbs:
        objects = children(verb, "dobj")
    elif lemma == "take" and any(c.lower_ == "over" for c in children(verb, "prt")):
        # "from Y", "after the summer from Y": a "from" anywhere in the verb's own clause
        objects = [
            t
            for t in verb.subtree
            if t.dep_ == "pobj" and t.head.lower_ == "from" and _clause_of(t).i == verb.i
        ]
    else:
        return []
    return [m for o in objects for m in doc.referents(o) if m.etype is PERSON]


def _clause_of(token: Token) -> Token:
    """The verb whose clause holds the token."""
    while token.head.i != token.i and token.pos_ not in ("VERB", "AUX"):
        token = token.head
    return token
