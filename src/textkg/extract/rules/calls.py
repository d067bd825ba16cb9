"""A call on someone in person: "called on the prime minister at his residence"."""

from __future__ import annotations

from spacy.tokens import Token

from textkg.extract.syntax import children, pobjs
from textkg.lexicon import VerbFrame
from textkg.namespaces import TK


def call_elsewhere(verb: Token, frame: VerbFrame) -> bool:
    """Whether a "called on X" meeting sense names no call at someone's place: no "at" a
    place the frame lists ("at his residence", "at her office in Abidjan"), or an appeal for
    something ("called on X for an apology", "called on X to resign"), or a message ("in a
    letter"). Other verbs' senses are not calls."""
    if verb.lemma_ != "call" or frame.predicate != TK.metWith:
        return False
    if children(verb, "xcomp", "ccomp") or pobjs(verb, ("for",)):
        return True
    if any(not p.ent_type_ for p in pobjs(verb, ("in",))):
        return True  # "in a letter" (not "in Abidjan": where the call was)
    return not any(p.lower_ in frame.only_with for p in pobjs(verb, ("at",)))
