"""Role words written without a name ("the Director of the SVR said ..."): they stand for
the person this article already gave that role, so the facts of that sentence are found."""

from __future__ import annotations

from textkg.extract.document import PERSON, DocView
from textkg.extract.mentions import Ment
from textkg.extract.registry import annotator
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
            if phrase is None or not phrase.complements:
                i += 1
                continue
            org = phrase.complements[0]
            person = _role_holder(doc, phrase.keyword, org.name, before=i)
            if person is not None:
                ment = doc.derived(
                    phrase.keyword_start, phrase.keyword_end, PERSON, person.name, span.index
                )
                for k in range(phrase.keyword_start, phrase.keyword_end):
                    refs.person_of_title[k] = ment
            i = phrase.end


def _role_holder(doc: DocView, keyword: str, org_name: str, before: int) -> Ment | None:
    found: Ment | None = None
    for role in doc.references.roles:
        if role.keyword == keyword and role.organization == org_name and role.person.start < before:
            found = role.person
    return found
