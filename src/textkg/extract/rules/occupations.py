"""Occupations no title list holds: "Dr Ana Lim, a cardiologist at Bergen University
Hospital", "Luc Martin, a forecaster with Meteo-France" — the person works there; so does one
who heads a unit of it ("X heads the public health division of Y"); "while a student at the
Juilliard School" — the person studied there."""

from __future__ import annotations

from collections.abc import Iterator

from rdflib.namespace import SDO
from spacy.tokens import Token

from textkg.extract.arguments import subjects
from textkg.extract.candidates import Candidate, Findings, RelationCandidate
from textkg.extract.docmodel import tells_a_life
from textkg.extract.document import ORG, PERSON, DocView
from textkg.extract.mentions import Ment
from textkg.extract.registry import rule
from textkg.extract.rules.structure import named_after_its_kind
from textkg.extract.syntax import children, did_not_happen, negated, pobjs
from textkg.lexicon import Lexicon
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
    lex = doc.lex
    units = _unit_words(lex)
    for span in doc.sentences:
        for index in range(span.start_token, span.end_token):
            verb = doc.doc[index]
            if (
                verb.lemma_.lower() not in lex.body_leading_verbs | lex.bodies.unit_leading_verbs
                or did_not_happen(verb, lex.irrealis_verbs)
                or verb.dep_ == "xcomp"  # "asked X to head the unit": not the asker's
                or any(c.lower_ == "longer" for c in verb.children)  # "no longer heads"
            ):
                continue
            for unit in children(verb, "dobj"):
                if doc.at[unit.i] is not None or unit.pos_ != "NOUN":
                    continue
                limit = span.end_token
                # "heads the research unit of / at Y"; any field at a body ("heads quality
                # control at Y"); "heads its governance unit": the body "its" stands for
                preps = [p for p in children(unit, "prep") if p.lower_ in ("of", "at")]
                if unit.lemma_.lower() not in units:
                    # a field, written bare ("heads quality control at Y"; not "heads the
                    # audit at Y", a task done there)
                    if any(c.dep_ in ("det", "poss") for c in unit.children):
                        continue
                    preps = [p for p in children(unit, "prep") if p.lower_ == "at"]
                preps += [p for p in children(verb, "prep") if p.lower_ == "at"]
                # (a team or a project led, or one "led" or "managed", is said of outsiders
                # too: only right at a named body, and not by one there "as a consultant")
                loose = unit.lemma_.lower() in lex.bodies.headed_units or (
                    verb.lemma_.lower() in lex.bodies.unit_leading_verbs
                )
                if loose and (pobjs(verb, ("as",)) or _from_elsewhere(doc, verb)):
                    continue
                bodies = [
                    named
                    if (named := doc.mention_starting(p.i + 1)) and named.etype is ORG
                    # "of the Noumea-based Y": past the town
                    else None
                    if loose
                    else named_after_its_kind(doc, p.i + 1, limit)
                    for p in preps
                ]
                if unit.lemma_.lower() in units and verb.tag_ in ("VBZ", "VBP"):
                    # (now: "later headed its units" was a post of the past)
                    bodies += [m for c in children(unit, "poss") for m in _its(doc, c)]
                people, _rule = subjects(doc, verb)
                for body in bodies:
                    if body is None or body.etype is not ORG:
                        continue
                    for person in people:
                        if person.etype is PERSON:
                            yield RelationCandidate(
                                person, TK.worksFor, body, span.index, "unit-head"
                            )


@rule("unit-title")
def unit_title(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "X, the head of Norvia's research division", "Y, the dean of its faculty of physics":
    one who holds a role in a unit of a body (named, described or "its") works for it."""
    lex = doc.lex
    units = _unit_words(lex)
    for span in doc.sentences:
        for index in range(span.start_token, span.end_token):
            title = doc.doc[index]
            if title.lemma_.lower() not in lex.titles or title.pos_ != "NOUN":
                continue
            holders = _holders(doc, title)
            for unit in pobjs(title, ("of",)) if holders else []:
                if unit.lemma_.lower() not in units or doc.at[unit.i] is not None:
                    continue
                for body in [m for c in children(unit, "poss") for m in _its(doc, c)]:
                    for person in holders:
                        yield RelationCandidate(person, TK.worksFor, body, span.index, "unit-title")


def _holders(doc: DocView, title: Token) -> list[Ment]:
    """The person a title is given: the name it is apposed to, or apposed to it ("The head
    of X, Ana Ruiz, said"), or the one the title stands for."""
    named = doc.references.person_of_title.get(title.i)
    tokens = [title.head] if title.dep_ == "appos" else []
    tokens += [c for c in title.children if c.dep_ == "appos"]
    found = [m for t in tokens if (m := doc.at[t.i]) is not None and m.etype is PERSON]
    return found or ([named] if named is not None and named.etype is PERSON else [])


def _unit_words(lex: Lexicon) -> frozenset[str]:
    """The units of a body one may lead or hold a role in (not "part", "member", "business",
    "venture": no unit of its own)."""
    return (lex.unit_nouns | lex.bodies.headed_units) - {"part", "member", "business", "venture"}


def _from_elsewhere(doc: DocView, verb: Token) -> bool:
    """ "X, an auditor from Y, oversees the team at Z": one said to be of another body."""
    people = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl":
        people.append(verb.head)
    return any(
        m.etype is ORG
        for p in people
        for t in p.subtree
        if t.lower_ == "from"
        for o in children(t, "pobj")
        for m in doc.referents(o)
    )


def _its(doc: DocView, possessive: Token) -> list[Ment]:
    """The body "its" or "their" stands for ("heads its governance unit"), the one named
    ("heads Norvia's research division") or described ("the university's tropical medicine
    department")."""
    described = possessive.pos_ == "NOUN" and possessive.lemma_.lower() in doc.lex.org_head_nouns
    if possessive.lower_ not in ("its", "their") and doc.at[possessive.i] is None and not described:
        return []
    return [m for m in doc.referents(possessive) if m.etype is ORG]


@rule("student-at")
def student_at(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "X, a student at Y", "while a student at Y, he won": the person studied at the school
    (in a reference page, which tells a life; a news report's student is a passer-by)."""
    if not tells_a_life(doc):
        return
    tokens, nouns = doc.doc, doc.lex.student_nouns
    for span in doc.sentences:
        for k in range(span.start_token, span.end_token - 2):
            noun = tokens[k]
            if noun.lemma_.lower() not in nouns or tokens[k + 1].lower_ not in ("at", "of"):
                continue
            j = k + 3 if tokens[k + 2].lower_ == "the" else k + 2
            school = doc.mention_starting(j)
            person = _studying(doc, noun)
            if any(negated(t) for t in (noun, noun.head)):
                continue  # "was never a student at Y"
            if school is not None and school.etype is ORG and person is not None:
                yield RelationCandidate(person, SDO.alumniOf, school, span.index, "student-at")


def _studying(doc: DocView, noun: Token) -> Ment | None:
    """Who the student noun is said of: the name it is apposed to ("X, a student at"), or
    the subject of the clause it hangs on ("while a student at Y, he won")."""
    if noun.dep_ == "appos":
        people = [m for m in doc.referents(noun.head, conjuncts=False) if m.etype is PERSON]
        return people[0] if people else None
    if noun.dep_ in ("dobj", "dative", "nsubj", "nsubjpass") or (
        noun.dep_ == "pobj" and noun.head.lower_ not in ("as", "while")
    ):
        return None  # "he taught a student at Y": another person
    head = noun.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    for child in head.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            people = [m for m in doc.referents(child, conjuncts=False) if m.etype is PERSON]
            return people[0] if people else None
    return None
