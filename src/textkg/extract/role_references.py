"""Role words written without a name ("the Director of the SVR said ..."): they stand for
the person this article already gave that role, so the facts of that sentence are found."""

from __future__ import annotations

from textkg.extract.document import PERSON, DocView
from textkg.extract.mentions import Ment
from textkg.extract.registry import annotator
from textkg.extract.tenure import held_no_more
from textkg.extract.titles import TitleReader


@annotator("role-references")
def role_references(doc: DocView) -> None:
    """ "the Director of the SVR" without a name: the person this article gave that role."""
    reader = TitleReader(doc)
    refs = doc.references
    for span in doc.sentences:
        i = span.start_token
        while i < span.end_token:
            if i in refs.used_keywords or i in refs.person_of_title or not reader.title_at(i):
                i += 1
                continue
            if doc.doc[i].lower_ in doc.lex.descriptors:
                i += 1
                continue
            phrase = reader.phrase(i, span.end_token, allow_holder=False)
            if phrase is None:
                i += 1
                continue
            if phrase.complements:
                org = phrase.complements[0]
                person = _role_holder(doc, phrase.keyword, org.name, before=i)
            elif _definite(doc, phrase.start):
                # "Norvia named Ana Ruiz chief executive. The new chief executive met X"
                person = sole_holder(doc, phrase.keyword, before=i, new=_new(doc, phrase.start))
            else:
                i += 1
                continue
            if person is not None:
                ment = doc.derived(
                    phrase.keyword_start, phrase.keyword_end, PERSON, person.name, span.index
                )
                if not phrase.complements:
                    ment.reference = "description"  # a fact that rests on a resolved reference
                for k in range(phrase.keyword_start, phrase.keyword_end):
                    refs.person_of_title[k] = ment
            i = phrase.end


def _definite(doc: DocView, start: int) -> bool:
    """ "the chief executive", "the new chief executive": a role written definite."""
    k = start
    while k > 0 and doc.table.pos[k - 1] == "ADJ" and doc.table.text[k - 1].islower():
        k -= 1
    return doc.table.lower[k] == "the" or (k > 0 and doc.table.lower[k - 1] == "the")


def _new(doc: DocView, start: int) -> bool:
    """ "the new commissioner": "new" among the words before the role."""
    k = start
    while k > 0 and doc.table.lower[k - 1] != "the" and start - k < 3:
        k -= 1
        if doc.table.lower[k] == "new":
            return True
    return doc.table.lower[start] == "new"


def sole_holder(doc: DocView, keyword: str, before: int, new: bool = False) -> Ment | None:
    """The one person the article gave this title before, if only one; for "the new X",
    the one given the role of a body ("appointed A as commissioner of the police force"),
    not one only titled so ("she succeeds Commissioner B")."""
    holders = {
        t.person.name: t.person
        for t in doc.references.titles
        if t.phrase.keyword == keyword and t.person.start < before and not t.person.derived
    }
    if len(holders) > 1 and new:
        # (not one who retired or left: "A, the commissioner since 2017, retired ... the new
        # commissioner")
        gone = _succeeded(doc)
        holders = {n: p for n, p in holders.items() if not held_no_more(doc, p) and n not in gone}
    if len(holders) > 1 and new:
        given = {r.person.name for r in doc.references.roles if r.keyword == keyword}
        holders = {name: person for name, person in holders.items() if name in given}
    return next(iter(holders.values())) if len(holders) == 1 else None


def _succeeded(doc: DocView) -> set[str]:
    """Who the article says is succeeded or replaced ("She will be succeeded by X")."""
    verbs = doc.lex.succession_verbs
    return {
        m.name
        for t in doc.doc
        if t.dep_ in ("nsubjpass", "dobj") and t.head.lemma_.lower() in verbs
        for m in doc.referents(t)
        if m.etype is PERSON
    }


def _role_holder(doc: DocView, keyword: str, org_name: str, before: int) -> Ment | None:
    found: Ment | None = None
    for role in doc.references.roles:
        if role.keyword == keyword and role.organization == org_name and role.person.start < before:
            found = role.person
    return found
