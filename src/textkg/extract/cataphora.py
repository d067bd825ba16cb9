"""A pronoun in an opening phrase that names its body only after it: "Since its
acquisition by Y in 2041, X has doubled its output", "After Y bought it, X cut jobs"."""

from __future__ import annotations

from textkg.extract.document import ORG, DocView
from textkg.extract.mentions import Ment

_SUBJECTS = ("nsubj", "nsubjpass")


def subject_after(doc: DocView, i: int) -> Ment | None:
    """The body that is the subject of the main clause after the opening phrase (an
    adverbial clause or a preposition's phrase set before the subject) holding the pronoun
    at ``i``, where nothing before the pronoun in its sentence is a body it could be."""
    token = doc.doc[i]
    path = [token, *token.ancestors]
    root = path[-1]
    opening = path[-2] if len(path) > 1 else None
    if opening is None or opening.dep_ not in ("advcl", "prep"):
        return None
    subjects = [c for c in root.children if c.dep_ in _SUBJECTS and c.i > opening.i]
    if len(subjects) != 1 or subjects[0].i < i or opening.right_edge.i > subjects[0].i:
        return None
    start = doc.sentences[doc.owner[i]].start_token
    clause_doers = {
        t.i for v in path[:-1] for c in v.children if c.dep_ in _SUBJECTS for t in c.subtree
    }
    before = [
        m
        for m in doc.mentions
        if m.etype is ORG and start <= m.start < i and not m.derived and m.start not in clause_doers
    ]
    if before:
        return None  # "Since Y bought Z, it ..." names a body to go back to
    found = [m for m in doc.referents(subjects[0]) if m.etype is ORG]
    if not found:
        return None
    # (not "X was put up for sale. After Y bought it, Z sued": a body the sentence before
    # names is what "it" goes back to, unless the subject after is one named before too)
    sentence = doc.owner[i]
    named_before = {m.name for m in doc.mentions if m.start < start and m.etype is ORG}
    just_before = any(doc.owner[m.start] == sentence - 1 for m in doc.mentions if m.etype is ORG)
    if just_before and found[0].name not in named_before:
        return None
    return found[0]
