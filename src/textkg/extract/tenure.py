"""Whether a role is held now: "former", "the late", "incoming", a dismissal, or "outgoing"
in an article that reports the successor sworn in end it."""

from __future__ import annotations

from spacy.tokens import Token

from textkg.extract.document import DocView
from textkg.extract.mentions import Ment
from textkg.extract.syntax import has_modal, negated
from textkg.namespaces import TK


def role_over(doc: DocView, modifiers: list[str] | tuple[str, ...]) -> bool:
    """A title's modifiers say the role is over or not yet begun ("former", "incoming"), or
    ending ("outgoing") in an article that reports the successor sworn in."""
    lex = doc.lex
    if any(m in lex.past_modifiers for m in modifiers):
        return True
    return doc.references.handed_over and any(m in lex.ending_modifiers for m in modifiers)


def handover_reported(doc: DocView) -> bool:
    """ "X was sworn in as president on Tuesday": a handover done, not one to come."""
    for token in doc.doc:
        if token.lemma_.lower() not in doc.lex.handover_verbs or token.tag_ not in ("VBD", "VBN"):
            continue
        if has_modal(token) or negated(token) or token.dep_ in ("xcomp", "pcomp"):
            continue
        if token.tag_ == "VBD" or any(c.lower_ in ("was", "were") for c in token.children):
            return True
    return False


def held_no_more(doc: DocView, person: Ment) -> bool:
    """A person whose every title is "former ...", "the late ...", or the one a sentence dismisses
    ("Napoli sacked head coach X", "X was fired"): their roles are over (one check for the
    title rules and the classifier)."""
    if person.titles and all(role_over(doc, t.lower().split()) for t in person.titles):
        return True  # "X, a former lecturer, was named minister": the minister's role is now
    token = doc.doc[doc.root_of(person)]
    while token.dep_ in ("appos", "conj") and token.head.i != token.i:
        token = token.head
    verb = token.head
    dismissed = (
        token.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in doc.lex.dismissal_verbs
    )
    return dismissed or (token.dep_ == "nsubj" and stepped_down(doc, verb))


def stepped_down(doc: DocView, verb: Token) -> bool:
    """ "X resigned", "X had stepped down", "X quit on Friday": a departure reported done."""
    lemma = verb.lemma_.lower()
    if lemma not in doc.lex.resignation_verbs or has_modal(verb) or negated(verb):
        return False
    if lemma == "step" and not any(
        c.dep_ in ("prt", "advmod") and c.lower_ in ("down", "aside") for c in verb.children
    ):
        return False
    return verb.tag_ == "VBD" or (
        verb.tag_ == "VBN" and any(c.lower_ in ("had", "has", "have") for c in verb.children)
    )


def hired_away(doc: DocView, person: Ment) -> bool:
    """ "Heineken hired X, a brewer from Y": one a body hires or signs (the object of a verb
    whose frame makes its object the subject's staff or member) has left the body named
    after "from"."""
    token = doc.doc[doc.root_of(person)]
    while token.dep_ in ("appos", "conj") and token.head.i != token.i:
        token = token.head
    if token.dep_ != "dobj" or negated(token.head):
        return False
    return any(
        frame.inverse and "dobj" in frame.objects and frame.predicate in (TK.worksFor, TK.memberOf)
        for frame in doc.lex.verb_senses(token.head.lemma_.lower())
    )
