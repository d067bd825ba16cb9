"""Kin the article names in different places: "X's siblings A and B ... Another brother, C":
A, B and C are siblings of one another as well as X's."""

from __future__ import annotations

from collections.abc import Iterator

from rdflib.namespace import SDO
from spacy.tokens import Token

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


CHILDREN_RULE = "children-named"

#: What may stand between a plural kin noun and the names it lists ("children: A, B",
#: "his sons included A and B", "their daughters were A and B").
_LIST_OPENERS = frozenset({":", "include", "be"})


@rule(CHILDREN_RULE)
def children_named(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "They have four children: A, B, C and D", "His sons included A and B": the children
    a sentence lists together are siblings of one another (a reference page names a
    family's children this way and says no more of them)."""
    words = doc.lex.biography
    nouns = words.child_nouns | words.sibling_nouns
    table = doc.table
    for span in doc.sentences:
        for i in range(span.start_token, span.end_token - 2):
            if table.lemma[i] not in nouns or doc.doc[i].tag_ != "NNS":
                continue
            if not _a_familys(doc.doc[i]):
                continue  # "The missing children are A and B": no one family's
            k = i + 1
            if table.lemma[k] not in _LIST_OPENERS:
                continue
            k += 1 + (table.text[k + 1] == ":")  # "the children are: A, B"
            kids = _listed_people(doc, k, span.end_token)
            for n, first in enumerate(kids):
                for second in kids[n + 1 :]:
                    if not _one_person(first.name, second.name):
                        yield RelationCandidate(
                            first, SDO.sibling, second, span.index, CHILDREN_RULE
                        )


def _a_familys(noun: Token) -> bool:
    """ "His sons", "their daughters", "They have four children": kin of one family (not
    "the missing children", nor "the coaches of the sons")."""
    owned = any(c.dep_ == "poss" for c in noun.children)
    had = noun.dep_ == "dobj" and noun.head.lemma_ == "have"
    return noun.dep_ in ("nsubj", "dobj", "attr") and (owned or had)


def _listed_people(doc: DocView, k: int, end: int) -> list[Ment]:
    """The people named from token ``k`` on, joined by commas and "and" ("A, B, and C");
    none unless two or more are, and the list ends the clause."""
    people: list[Ment] = []
    lower = doc.table.lower
    while k < end:
        person = doc.mention_starting(k, skip_the=False)
        if person is None or person.etype is not PERSON:
            # "A and B, who ...": a comma may close the list; "A and the twins" may not
            after_comma = bool(people) and lower[k - 1] == ","
            return people if after_comma and len(people) > 1 else []
        people.append(person)
        k = person.end
        if k < end and lower[k] == "(":  # "A (born 1950)"
            k = next((j + 1 for j in range(k, min(end, k + 12)) if lower[j] == ")"), end)
        if k >= end or lower[k] not in (",", "and"):
            break
        k += 1 + (lower[k] == "," and k + 1 < end and lower[k + 1] == "and")
    if k < end and lower[k] not in (".", ";", ",", ")"):
        return []  # "his sons A and B founded ...": the list is a clause's subject
    return people if len(people) > 1 else []


PARENTS_RULE = "parents-spouses"


@rule(PARENTS_RULE)
def parents_spouses(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "born in Lyon to Henri Duval and Marie Blanc", "the son of A and B": the two parents
    a sentence names together, as one phrase, for the same child are a couple."""
    people = sorted((m for m in doc.mentions if m.etype is PERSON), key=lambda m: m.start)
    subject = people[0].name if people else ""
    parents: dict[tuple[str, int], list[Ment]] = {}
    for r in found:
        # a page's subject is no parent of its own page's child: a name read twice
        if r.predicate != SDO.parent or r.object.etype is not PERSON:
            continue
        if r.object.name != subject and not written_short(r.object.name, subject):
            parents.setdefault((r.subject.name, r.sentence), []).append(r.object)
    known = {frozenset((r.subject.name, r.object.name)) for r in found if r.predicate == SDO.spouse}
    for (_, sentence), named in parents.items():
        for n, first in enumerate(named):
            for second in named[n + 1 :]:
                pair = frozenset((first.name, second.name))
                if pair in known or _one_person(first.name, second.name):
                    continue
                if _joined(doc, first, second):
                    known.add(pair)
                    yield RelationCandidate(first, SDO.spouse, second, sentence, PARENTS_RULE)


def _joined(doc: DocView, one: Ment, other: Ment) -> bool:
    """Whether the two names are conjuncts of one phrase ("A and B", "A, a farmer, and
    B"), not two parents named apart ("the son of A ... his mother, B")."""
    a, b = sorted((one, other), key=lambda m: m.start)
    first, second = doc.doc[doc.root_of(a)], doc.doc[doc.root_of(b)]
    words, prep = doc.lex.biography, first.head
    if (
        second.dep_ == "appos"
        and first.dep_ == "pobj"
        and prep.lower_ == "of"
        and second.head.i == prep.head.i
        and doc.doc[second.left_edge.i - 1].lower_ == "and"
    ):
        # "the son of A and B" with B parsed as the noun's apposition
        return prep.head.lemma_.lower() in words.child_nouns
    if second.dep_ != "conj" or second.head.i != first.i or first.dep_ != "pobj":
        return False
    # the phrase names parents: "the son of A and B", "born to A and B" (not "his clients
    # included A (father of C) and B")
    kin = prep.lower_ == "of" and prep.head.lemma_.lower() in words.child_nouns
    return kin or (prep.lower_ == "to" and prep.head.lower_ in words.birth_words)
