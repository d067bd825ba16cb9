"""A role whose holder is named after a copula: "The company's chief scientist is Ana Ruiz",
"Norvia's chairman is Tomas Wilk". The title readers take the name first ("X is the ROLE of
Y"); this is the same fact written the other way round."""

from __future__ import annotations

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
            if len(roles) != 1 or not attrs or doc.at[roles[0].i] is not None:
                continue
            people = [m for m in doc.referents(attrs[0], conjuncts=False) if m.etype is PERSON]
            role = roles[0]
            # "The company's chief scientist is X", "The current president of Y is X"
            phrase = reader.phrase(role.left_edge.i, role.right_edge.i + 1)
            if not people or phrase is None or phrase.keyword_end != role.i + 1:
                continue
            if phrase.holder is None and not phrase.targets:
                continue  # "The winner is X": whose role, the text does not say
            for person in people:
                attach(doc, person, phrase, "title-copula")
