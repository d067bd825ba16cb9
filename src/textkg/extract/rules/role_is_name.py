"""A role whose holder is named after a copula: "The company's chief scientist is Ana Ruiz",
"Norvia's chairman is Tomas Wilk". The title readers take the name first ("X is the ROLE of
Y"); this is the same fact written the other way round."""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Token

from textkg.extract.document import PERSON, DocView
from textkg.extract.registry import annotator
from textkg.extract.syntax import children
from textkg.extract.titles import TitleReader, attach


@annotator("role-is-name")
def role_is_name(doc: DocView) -> None:
    """Attach the role a copula's subject names to the person its complement names."""
    reader = TitleReader(doc)
    for span in doc.sentences:
        for i in range(span.start_token, span.end_token):
            verb = doc.doc[i]
            if verb.lemma_ != "be" or verb.dep_ != "ROOT":
                continue
            roles = children(verb, "nsubj")
            attrs = children(verb, "attr")
            if not _one_role(roles) or not attrs or doc.at[roles[-1].i] is not None:
                continue
            people = [m for m in doc.referents(attrs[0], conjuncts=False) if m.etype is PERSON]
            # "The company's chief scientist is X", "The current president of Y is X"
            end = max(r.right_edge.i for r in roles) + 1
            phrase = reader.phrase(roles[0].left_edge.i, end)
            if not people or phrase is None:
                continue
            if len(roles) == 1 and phrase.keyword_end != roles[0].i + 1:
                continue
            if phrase.holder is None and not phrase.targets:
                continue  # "The winner is X": whose role, the text does not say
            for person in people:
                attach(doc, person, phrase, "title-copula")


def _one_role(roles: list[Token]) -> bool:
    """One subject, or the pieces of a hyphened title the parser made subjects each ("Its
    vice | - | rector is X", "Its vice | -president is X")."""
    hyphened = any(r.text == "-" for r in roles) and all(b.i == a.i + 1 for a, b in pairwise(roles))
    return len(roles) == 1 or (1 < len(roles) <= 3 and hyphened)
