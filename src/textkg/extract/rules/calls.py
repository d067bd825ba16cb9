"""A call on someone in person: "called on the prime minister at his residence"."""

from __future__ import annotations

from spacy.tokens import Token

from textkg.extract.syntax import children, pobjs
from textkg.lexicon import VerbFrame
from textkg.namespaces import TK


def called_at(verb: Token, frame: VerbFrame) -> bool:
    """Whether "called on X" was a call at someone's place: "at" a place the frame lists
    ("at his residence", "at her office in Abidjan"), and no appeal for something ("called
    on X for an apology", "called on X to resign") nor a message ("in a letter"); any other
    verb's meeting sense is left alone."""
    if verb.lemma_ != "call" or frame.predicate != TK.metWith:
        return True
    if children(verb, "xcomp", "ccomp") or pobjs(verb, ("for",)):
        return False
    if any(not p.ent_type_ for p in pobjs(verb, ("in",))):
        return False  # "in a letter" (not "in Abidjan": where the call was)
    return any(p.lower_ in frame.only_with for p in pobjs(verb, ("at",)))
