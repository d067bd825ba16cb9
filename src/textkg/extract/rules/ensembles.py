"""Players of a band named with "of" and the band's kind: "Ana Bell of the Scottish rock band
Grey Harbour", "Lina Moss and Ada Reyes of the pop group Velvetine" are its members. Reference
pages name a musician by the band this way where no role word says it."""

from __future__ import annotations

from collections.abc import Iterator

from rdflib.namespace import SDO

from textkg.extract.candidates import Candidate, Findings, RelationCandidate
from textkg.extract.document import ORG, PERSON, DocView
from textkg.extract.mentions import Ment
from textkg.extract.registry import rule
from textkg.namespaces import TK

#: How many words may stand between "of" and the band's kind ("the Bulgarian rock").
_MODIFIERS = 4


@rule("member-of-ensemble")
def member_of_ensemble(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "A (and B) of the [modifiers] band X": A and B are members of X."""
    for span in doc.sentences:
        for band in doc.sentence_mentions(span.index):
            if band.etype is not ORG:
                continue
            of = _of_before_kind(doc, band.start, span.start_token)
            if of is None:
                continue
            for person in _people_ending(doc, of, span.start_token):
                yield RelationCandidate(person, TK.memberOf, band, span.index, "member-of-ensemble")


def _of_before_kind(doc: DocView, start: int, first: int) -> int | None:
    """The index of "of" before "[the] [modifiers] band" that ends at ``start``."""
    lower, pos, nouns = doc.table.lower, doc.table.pos, doc.lex.biography.ensemble_nouns
    k = start - 1
    if k - 1 < first or not (lower[k] in nouns or " ".join(lower[k - 1 : k + 1]) in nouns):
        return None
    for i in range(k - 1, max(first, k - 2 - _MODIFIERS), -1):
        if lower[i] == "of":
            return i
        if lower[i] not in ("the", "a", "an", "-") and pos[i] not in ("ADJ", "NOUN", "PROPN"):
            return None
        named = doc.at[i]
        if named is not None and named.etype is PERSON:
            return None  # "of the Ana Bell band X": whose band, not what kind
    return None


def _people_ending(doc: DocView, end: int, first: int) -> list[Ment]:
    """The person whose name ends right before ``end``, with those listed before it ("A, B
    and C of ...")."""
    people: list[Ment] = []
    person = doc.mention_ending(end)
    if person is not None and person.start > 0 and doc.title_len[person.start - 1]:
        return []  # "Manager Ida Holm of the band X": a role the title says, not a player
    while person is not None and person.etype is PERSON:
        people.append(person)
        j = person.start - 1
        if j <= first or doc.table.lower[j] not in (",", "and"):
            break
        if doc.table.lower[j] == "," and doc.table.lower[j - 1] == "and":
            j -= 1
        person = doc.mention_ending(j)
    return people


@rule("founding-players")
def founding_players(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "X was formed by guitarist A and bassist B, later recruiting drummer C": the players
    the sentence that says who founded a band names by their instrument are its members."""
    players = doc.lex.player_titles
    for founding in list(found):
        if founding.predicate != SDO.founder or founding.subject.etype is not ORG:
            continue
        if not _called_a_band(doc, founding.subject, founding.sentence):
            continue  # "Norvia Records was founded by the drummer X": a label he set up
        first = doc.sentences[founding.sentence].start_token
        for person in doc.sentence_mentions(founding.sentence):
            if (
                person.etype is PERSON
                and person.start > first
                and doc.table.lower[person.start - 1] in players
            ):
                yield RelationCandidate(
                    person, TK.memberOf, founding.subject, founding.sentence, "founding-players"
                )


def _called_a_band(doc: DocView, band: Ment, sentence: int) -> bool:
    """A kind of ensemble ("band", "duo", "rock group") said in the founding sentence or in
    the one that first names the body."""
    nouns = doc.lex.biography.ensemble_nouns
    first = min(m.sentence for m in doc.mentions if m.name == band.name)
    for index in {sentence, first}:
        span = doc.sentences[index]
        lower = doc.table.lower[span.start_token : span.end_token]
        pairs = {" ".join(lower[k : k + 2]) for k in range(len(lower) - 1)}
        if nouns & (set(lower) | pairs):
            return True
    return False
