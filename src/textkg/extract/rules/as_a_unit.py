"""A company going on as a part of another: "X will keep its name as a unit of Y", "X, which
now operates as a subsidiary of Y", "X continues as part of Y": X is part of Y (news of a
takeover says so of the company bought)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from textkg.extract.candidates import Candidate, Findings, RelationCandidate
from textkg.extract.document import ORG, DocView
from textkg.extract.mentions import Ment
from textkg.extract.registry import rule
from textkg.extract.syntax import children, is_passive, negated, pobjs, unreal
from textkg.namespaces import TK


@rule("as-a-unit")
def as_a_unit(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "X will keep its name as a unit of Y": the subject of the verb "as a <unit> of Y"
    hangs on is part of Y (not "operated as a unit of Y until 2040", "could operate as",
    "plans to keep its name as", nor a person "as part of Y's team")."""
    units = doc.lex.bodies.kept_as_units
    for span in doc.sentences:
        for prep in doc.doc[span.start_token : span.end_token]:
            if prep.lower_ != "as" or prep.dep_ != "prep":
                continue
            for noun in children(prep, "pobj"):
                if noun.lemma_.lower() not in units or noun.pos_ != "NOUN":
                    continue
                wholes = [
                    m for p in pobjs(noun, ("of",)) for m in doc.referents(p, conjuncts=False)
                ]
                verb = prep.head
                if not wholes or wholes[0].etype is not ORG or not _goes_on(doc, verb):
                    continue
                for unit in _subjects(doc, verb):
                    if unit.etype is ORG and unit.name != wholes[0].name:
                        yield RelationCandidate(unit, TK.partOf, wholes[0], span.index, "as-a-unit")


def _goes_on(doc: DocView, verb: Token) -> bool:
    """A verb of the present or of what the deal makes so ("will keep", "has operated",
    "was relaunched"); not one in the past alone, ended, denied, doubted or planned."""
    if verb.pos_ not in ("VERB", "AUX") or negated(verb):
        return False
    modals = [c.lower_ for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"]
    if any(m not in ("will", "'ll") for m in modals):
        return False  # "could operate as a unit of Y"
    if not modals and unreal(verb, doc.lex.irrealis_verbs):
        return False  # "plans to keep its name as a unit of Y"
    if verb.tag_ == "VBD" and not is_passive(verb):
        return False  # "operated as a unit of Y for a decade": over
    past = doc.lex.past_modifiers | {"formerly", "once", "previously"}
    return not pobjs(verb, ("until",)) and not any(c.lower_ in past for c in verb.children)


def _subjects(doc: DocView, verb: Token) -> list[Ment]:
    """The verb's subject, or the one it shares ("will continue to operate as ...", "was
    sold and will keep its name as ..."); a relative pronoun's noun."""
    clause = verb
    while not children(clause, "nsubj", "nsubjpass") and clause.dep_ in ("xcomp", "conj"):
        clause = clause.head
    found: list[Ment] = []
    for subject in children(clause, "nsubj", "nsubjpass"):
        if subject.tag_ in ("WDT", "WP") and clause.dep_ == "relcl":
            subject = clause.head
            if doc.at[subject.i] is None and subject.dep_ == "appos":
                subject = subject.head  # "X, a port operator which now trades as ..."
        found += doc.referents(subject, conjuncts=False)
    return found
