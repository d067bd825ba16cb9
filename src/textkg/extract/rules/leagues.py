"""Clubs: the league a club plays in ("Lez Olympique, which plays in the Top 14 League",
"Harwick Rovers play in Serie B"; only a league's name says so: a club also "plays in" a
stadium, a final or a town), and the club a player's completed move takes them to."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from textkg.extract.arguments import subjects
from textkg.extract.candidates import Candidate, Findings, RelationCandidate
from textkg.extract.document import ORG, PERSON, DocView
from textkg.extract.mentions import Ment
from textkg.extract.registry import rule
from textkg.extract.syntax import did_not_happen, negated, pobjs
from textkg.namespaces import TK


@rule("club-in-league")
def club_in_league(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "X plays in Y", "X, which plays in Y" (now: not "played in Y until 2019"), Y a name
    with a league's word: X is part of Y."""
    words = doc.lex.league_name_words
    for span in doc.sentences:
        for i in range(span.start_token, span.end_token):
            verb = doc.doc[i]
            if verb.lemma_ != "play" or verb.tag_ not in ("VBZ", "VBP") or negated(verb):
                continue
            leagues = [
                m
                for p in pobjs(verb, ("in",))
                for m in doc.referents(p, conjuncts=False)
                if m.etype is ORG and _league_named(m.name, words)
            ]
            clubs = [m for m in subjects(doc, verb)[0] if m.etype is ORG]
            for club in clubs:
                for league in leagues:
                    if club is not league:
                        yield RelationCandidate(
                            club, TK.partOf, league, span.index, "club-in-league"
                        )


def _league_named(name: str, words: frozenset[str]) -> bool:
    """A league's word opens or ends the name ("Serie B", "the Northern Premier League"; not
    the "Conference" inside "Kestrel Conference Centre")."""
    parts = name.lower().split()
    return bool(parts) and (parts[0] in words or parts[-1] in words)


@rule("move-to-club")
def move_to_club(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "X completed his move from A to B", "X sealed Y's switch to B": one whose move to an
    organisation is done is its member now (not "a planned move", "failed to complete"; not
    "the move to B for Y" nor "the transfer of the club to B": whose move is not said)."""
    lex = doc.lex
    for span in doc.sentences:
        for i in range(span.start_token, span.end_token):
            noun = doc.doc[i]
            verb = noun.head
            if (
                noun.lemma_.lower() not in lex.bodies.move_nouns
                or noun.dep_ != "dobj"
                or verb.lemma_.lower() not in lex.completion_verbs
                or negated(verb)
                or did_not_happen(verb, lex.irrealis_verbs)
                or any(c.lower_ in lex.unreal_event_modifiers for c in noun.children)
            ):
                continue
            clubs = [
                m
                for p in pobjs(noun, ("to",)) + pobjs(verb, ("to",))
                for m in doc.referents(p, conjuncts=False)
                if m.etype is ORG
            ]
            for person in _mover(doc, noun, verb):
                for club in clubs:
                    yield RelationCandidate(person, TK.memberOf, club, span.index, "move-to-club")


def _mover(doc: DocView, noun: Token, verb: Token) -> list[Ment]:
    """Whose move it is: the one its possessive names ("Y's move"), or for "his" or "her"
    the verb's subject."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    # (not "the transfer of the club to Y", "the move to Y for striker X")
    for_someone = any(m.etype is PERSON for p in pobjs(noun, ("for",)) for m in doc.referents(p))
    if not owners or pobjs(noun, ("of",)) or for_someone:
        return []
    if owners[0].lower_ in ("his", "her"):
        found = subjects(doc, verb)[0]
    else:
        found = doc.referents(owners[0], conjuncts=False)
    return [m for m in found if m.etype is PERSON]
