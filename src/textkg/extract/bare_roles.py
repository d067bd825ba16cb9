"""Which organisation a role written bare ("stays on as managing director") is at, where
the sentence or the story says so without naming it beside the role."""

from __future__ import annotations

from textkg.extract.document import ORG, PLACE, DocView
from textkg.extract.mentions import Ment
from textkg.extract.rules.verb_objects import buys_its_object
from textkg.extract.syntax import GOES_ON, children, negated, passive_subjects
from textkg.extract.titles import TitleAttachment, is_known_place


def kept_on_after_a_sale(doc: DocView, keyword_start: int) -> Ment | None:
    """ "X, the founder, stays on as managing director", in a story of a company bought:
    one who stays on after a sale stays at the company sold, not at its buyer (however
    much more the buyer is named). None where the role is not one held on, or the story
    names no one company bought."""
    tokens = doc.doc
    before = [t for t in tokens[max(keyword_start - 3, 0) : keyword_start] if t.lower_ == "as"]
    if not before or before[-1].head.lemma_ not in GOES_ON:
        return None
    bought = {m.name: m for m in _bought(doc)}
    return next(iter(bought.values())) if len(bought) == 1 else None


def _bought(doc: DocView) -> list[Ment]:
    """Organisations the story says were bought: the object of a verb of buying, or the
    subject of one in the passive ("X has been bought by Y")."""
    found: list[Ment] = []
    for verb in doc.doc:
        if verb.pos_ != "VERB" or negated(verb):
            continue
        after = doc.table.lower[verb.i + 1] if verb.i + 1 < len(doc.table) else ""
        if not buys_its_object(doc.lex, verb.lemma_.lower(), after):
            continue
        for arg in children(verb, "dobj") + passive_subjects(verb):
            ment = doc.at[arg.i]
            if ment is not None and ment.etype is ORG:
                found.append(ment)
    return found


def their_other_company(doc: DocView, attachment: TitleAttachment) -> Ment | None:
    """ "Northern Lynx's founder, X, ... stays on as chief executive": the organisation
    another of the person's titles in that sentence names."""
    person = attachment.person
    for other in doc.references.titles:
        holder = other.phrase.holder
        if (
            other is not attachment
            and other.person.name == person.name
            and other.person.sentence == person.sentence
            and holder is not None
            and (
                holder.etype is ORG
                or (holder.etype.kind is PLACE and not is_known_place(doc, holder))
            )
        ):
            return holder
    return None
