"""A club and the league it plays in: "Lez Olympique, which plays in the Top 14 League",
"Harwick Rovers play in Serie B". Only a league's name says so: a club also "plays in"
a stadium, a final or a town."""

from __future__ import annotations

from collections.abc import Iterator

from textkg.extract.arguments import subjects
from textkg.extract.candidates import Candidate, Findings, RelationCandidate
from textkg.extract.document import ORG, DocView
from textkg.extract.registry import rule
from textkg.extract.syntax import negated, pobjs
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
