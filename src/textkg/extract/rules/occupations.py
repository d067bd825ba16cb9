"""Occupations no title list holds: "Dr Ana Lim, a cardiologist at Bergen University
Hospital", "Luc Martin, a forecaster with Meteo-France" — the person works there; so does one
who heads a unit of it ("X heads the public health division of Y")."""

from __future__ import annotations

from collections.abc import Iterator

from textkg.extract.arguments import subjects
from textkg.extract.candidates import Candidate, Findings, RelationCandidate
from textkg.extract.document import ORG, PERSON, DocView
from textkg.extract.registry import rule
from textkg.extract.rules.structure import named_after_its_kind
from textkg.extract.syntax import children, negated
from textkg.namespaces import TK

_PLACES_OF_WORK = ("at", "with", "for")
_A = ("a", "an")  # "X, a cardiologist at Y": one of a kind, not "the cardiologist"


@rule("occupation-at")
def occupation_at(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """A person's name, then in apposition "a(n) <occupation> at/with/for <organisation>"."""
    tokens, lex = doc.doc, doc.lex
    for span in doc.sentences:
        for person in doc.sentence_mentions(span.index):
            if person.etype is not PERSON:
                continue
            i = person.end
            if i + 2 >= span.end_token or tokens[i].text != "," or tokens[i + 1].lower_ not in _A:
                continue
            k = i + 2
            while k < span.end_token and k - i < 6 and tokens[k].pos_ in ("ADJ", "NOUN"):
                k += 1
            noun = tokens[k - 1]
            if (
                k == i + 2
                or k >= span.end_token
                or tokens[k].lower_ not in _PLACES_OF_WORK
                or noun.pos_ != "NOUN"
                or not noun.is_lower
                or noun.lemma_.lower() in lex.titles | lex.not_occupations
                or doc.title_len[noun.i]
            ):
                continue
            limit = span.end_token
            employer = doc.mention_starting(k + 1) or named_after_its_kind(doc, k + 1, limit)
            if employer is not None and employer.etype is ORG:
                yield RelationCandidate(person, TK.worksFor, employer, span.index, "occupation-at")


@rule("unit-head")
def unit_head(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "X heads the public health division of the Noumea-based Y", "X, who runs the research
    unit at Y": one who leads a unit (the lexicon's ``unit_nouns``) works for the body."""
    lex, units = doc.lex, doc.lex.unit_nouns - {"part", "member", "business", "venture"}
    for span in doc.sentences:
        for index in range(span.start_token, span.end_token):
            verb = doc.doc[index]
            if verb.lemma_.lower() not in lex.body_leading_verbs or negated(verb):
                continue
            for unit in children(verb, "dobj"):
                if doc.at[unit.i] is not None or unit.lemma_.lower() not in units:
                    continue
                limit = span.end_token
                bodies = [
                    named
                    if (named := doc.mention_starting(p.i + 1)) and named.etype is ORG
                    # "of the Noumea-based Y": past the town
                    else named_after_its_kind(doc, p.i + 1, limit)
                    for p in children(unit, "prep")
                    if p.lower_ in ("of", "at")
                ]
                people, _rule = subjects(doc, verb)
                for body in bodies:
                    if body is None or body.etype is not ORG:
                        continue
                    for person in people:
                        if person.etype is PERSON:
                            yield RelationCandidate(
                                person, TK.worksFor, body, span.index, "unit-head"
                            )
