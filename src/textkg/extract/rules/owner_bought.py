"""An owner's purchase told beside the ownership: "X has been a unit of Y since Y agreed to buy
it in 2041", "X, which has been part of Y since the Lahti-based group bought it", "Y has owned
X since acquiring it", "X is a subsidiary of Y, which is based in Accra and bought the operator
in 2041": the sentence gives X as part of Y and Y buying "it" (or "the <kind>"), so Y
acquired X. News says so when a takeover is background to the story."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from textkg.extract.candidates import Candidate, Findings, RelationCandidate
from textkg.extract.document import ORG, DocView
from textkg.extract.mentions import Ment
from textkg.extract.registry import rule
from textkg.extract.rules.verb_objects import buys_its_object
from textkg.extract.syntax import children, has_modal, is_passive, negated, unreal
from textkg.namespaces import TK

#: Rules whose part-of is itself read off a purchase (no second reading of it).
_FROM_A_PURCHASE = frozenset({"acquired-part"})


@rule("owner-bought-it")
def owner_bought_it(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "X has been part of Y since the Lahti-based group bought it": Y acquired X (the
    buyer Y itself, a description, a relative pronoun on Y, or no subject at all after
    "since" with Y the clause's subject)."""
    owned: dict[int, list[tuple[Ment, Ment]]] = {}
    for relation in found.relations.values():
        if (
            relation.predicate == TK.partOf
            and relation.rule not in _FROM_A_PURCHASE
            and relation.subject.etype is ORG
            and relation.object.etype is ORG
        ):
            owned.setdefault(relation.sentence, []).append((relation.subject, relation.object))
    confidence = doc.lex.rule_confidence("owner-bought-it")
    for sentence, pairs in sorted(owned.items()):
        span = doc.sentences[sentence]
        for verb in doc.doc[span.start_token : span.end_token]:
            if not _bought_back_reference(doc, verb):
                continue
            for unit, owner in pairs:
                if _bought_by(doc, verb, unit, owner):
                    yield RelationCandidate(
                        owner, TK.acquired, unit, sentence, "owner-bought-it", confidence
                    )


def _bought_back_reference(doc: DocView, verb: Token) -> bool:
    """A purchase done ("bought", "agreed to buy", "since acquiring"; not "plans to buy",
    "did not buy", "could buy") whose object is "it" or a bare description ("the operator")."""
    lex = doc.lex
    after = doc.table.lower[verb.i + 1] if verb.i + 1 < len(doc.table) else ""
    if verb.pos_ != "VERB" or is_passive(verb) or not buys_its_object(lex, verb.lemma_, after):
        return False
    deal = verb.head if verb.dep_ == "xcomp" and verb.head.lemma_ in lex.deal_verbs else verb
    if negated(verb) or negated(deal) or has_modal(deal) or unreal(deal, lex.irrealis_verbs):
        return False
    if deal is verb and has_modal(verb):
        return False
    objects = children(verb, "dobj")
    return len(objects) == 1 and _back_reference(doc, objects[0])


def _back_reference(doc: DocView, obj: Token) -> bool:
    """ "it", or "the operator", "the company": a kind of organisation after "the" alone (not
    "the plant", a site; nor "the Kestrel brand", a name)."""
    if obj.lower_ == "it":
        return True
    kinds = doc.lex.classifier_nouns - doc.lex.building_nouns - doc.lex.site_nouns
    return (
        obj.pos_ == "NOUN"
        and obj.lemma_.lower() in kinds
        and doc.at[obj.i] is None
        and [c.lower_ for c in obj.children if c.dep_ != "amod"] == ["the"]
    )


def _bought_by(doc: DocView, verb: Token, unit: Ment, owner: Ment) -> bool:
    """Whether the buyer of ``verb`` is the owner: named so, a relative pronoun on its name, a
    description no other body is, or the subject of the clause a "since buying it" is in."""
    clause = verb.head if verb.dep_ == "xcomp" else verb
    while clause.dep_ == "conj" and not children(clause, "nsubj", "nsubjpass"):
        clause = clause.head  # "which is based in Accra and bought ...": the shared subject
    subjects = children(clause, "nsubj", "nsubjpass")
    if not subjects:
        # "Y has owned X since acquiring it": the gerund's subject is the clause's
        if clause.dep_ != "pcomp" or clause.head.lower_ not in ("since", "after"):
            return False
        subjects = children(clause.head.head, "nsubj")
        return any(owner.name == m.name for s in subjects for m in doc.referents(s))
    subject = subjects[0]
    if subject.tag_ in ("WDT", "WP") and clause.dep_ == "relcl":
        named = clause.head
        if doc.at[named.i] is None and named.dep_ == "appos":
            named = named.head  # "Y, a Bruges-based group that bought ..."
        return any(m.name == owner.name for m in doc.referents(named, conjuncts=False))
    names = {m.name for m in doc.referents(subject, conjuncts=False)}
    if doc.at[subject.i] is not None:
        return owner.name in names
    described = subject.pos_ == "NOUN" and subject.lemma_.lower() in doc.lex.classifier_nouns
    described = described and any(c.lower_ == "the" for c in subject.children)
    # "the Lahti-based group": the owner, unless the description is the unit's
    return described and unit.name not in names and (not names or owner.name in names)
