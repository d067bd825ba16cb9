"""A body set by a verb of position at a site in a town: "X, which sits beside the
botanical garden in Sheffield", "X is housed in a former mill in Leeds", "X stands in the
centre of York": the body is in the town (the site itself is no name)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from textkg.extract.arguments import subjects
from textkg.extract.candidates import Candidate, Findings, RelationCandidate
from textkg.extract.document import ORG, DocView
from textkg.extract.mentions import Ment
from textkg.extract.mentions.place_clues import known_place
from textkg.extract.registry import rule
from textkg.extract.syntax import children, has_modal, negated, put_in_the_past
from textkg.namespaces import TK
from textkg.records import EntityType

_TOWNS = (EntityType.CITY, EntityType.ADMINISTRATIVE_AREA)
#: Prepositions of a site ("beside the garden", "on the river bank", "in a former mill").
_AT_A_SITE = frozenset({"in", "on", "beside", "near", "by", "at", "opposite", "next"})


@rule("sited-in-town")
def sited_in_town(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "X, which sits beside the botanical garden in Sheffield": a verb of position whose
    subject is a body, a site named by a common noun, and the town that site is "in" (or,
    for a part of a town, "of": "in the centre of York")."""
    lex = doc.lex
    confidence = lex.rule_confidence("sited-in-town")
    verbs = lex.sites.position_verbs
    for verb in doc.doc:
        # (not "will be housed in a mill in Leeds", "would sit": a plan; nor "was
        # housed in a mill in Leeds until 2010", "formerly sat": a seat given up)
        if verb.lemma_.lower() not in verbs or negated(verb) or has_modal(verb):
            continue
        until = any(p.lower_ == "until" for p in children(verb, "prep"))
        if until or put_in_the_past(verb, lex.past_adverbs):
            continue
        bodies = [m for m in subjects(doc, verb, passive_subject=True)[0] if m.etype is ORG]
        if not bodies:
            continue
        for site in _sites(verb, lex.sites.non_site_nouns):
            for town in _town_of(doc, site, lex.sites.town_parts):
                for body in bodies:
                    yield RelationCandidate(
                        body, TK.locatedIn, town, doc.owner[verb.i], "sited-in-town", confidence
                    )


def _sites(verb: Token, non_sites: frozenset[str]) -> list[Token]:
    """The common nouns after the verb's prepositions of a site ("beside the garden")."""
    preps = [p for p in children(verb, "prep") if p.lower_ in _AT_A_SITE]
    preps += [
        p for a in children(verb, "advmod") if a.lower_ == "next" for p in children(a, "prep")
    ]
    sites = [n for p in preps for n in children(p, "pobj")]
    if verb.lemma_.lower() == "overlook":  # "overlooks the harbour in Bristol"
        sites += children(verb, "dobj")
    return [n for n in sites if n.pos_ == "NOUN" and n.lemma_.lower() not in non_sites]


def _town_of(doc: DocView, site: Token, town_parts: frozenset[str]) -> list[Ment]:
    """The town a site is "in" ("the garden in Sheffield"), or that a part of a town is
    "of" ("the centre of York")."""
    preps = ("in", "of") if site.lemma_.lower() in town_parts else ("in",)
    return [
        m
        for p in children(site, "prep")
        if p.lower_ in preps
        for n in children(p, "pobj")
        for m in doc.referents(n)
        # (or a place the gazetteers know as a town, the NER's "location": "York")
        if m.etype in _TOWNS or (m.etype is EntityType.PLACE and known_place(m.name) is not None)
    ]
