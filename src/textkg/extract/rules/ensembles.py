"""Players of a band named with "of" and the band's kind: "Ana Bell of the Scottish rock band
Grey Harbour", "Lina Moss and Ada Reyes of the pop group Velvetine" are its members. Reference
pages name a musician by the band this way where no role word says it."""

from __future__ import annotations

from collections.abc import Iterator

from rdflib.namespace import SDO

from textkg.extract.candidates import Candidate, Findings, RelationCandidate
from textkg.extract.docmodel import opens_with_definition
from textkg.extract.document import ORG, PERSON, DocView
from textkg.extract.mentions import Ment
from textkg.extract.registry import rule
from textkg.extract.rules.kin_phrases import listed_after
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
        for person in _founded_with(doc, founding.object):
            yield RelationCandidate(
                person, TK.memberOf, founding.subject, founding.sentence, "founding-players"
            )


def _founded_with(doc: DocView, founder: Ment) -> list[Ment]:
    """ "a vocal group formed by X with A, B and C": the founder and the people listed after
    "with" right after the founder's name started the band together."""
    k = founder.end
    if k + 1 >= len(doc.table) or doc.table.lower[k] != "with":
        return []
    first = doc.mention_starting(k + 1, skip_the=False)
    if first is None or first.etype is not PERSON:
        return []
    after = doc.table.lower[first.end] if first.end < len(doc.table) else ""
    if after in ("'s", "’s", "as"):
        return []  # "with X's backing", "with X as manager": no player named
    return [founder, first, *listed_after(doc, first)]


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


BAND_PAGE_RULE = "band-page-players"


@rule(BAND_PAGE_RULE)
def band_page_players(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "Load is an album by the American band Metallica. ... Drummer Lars Ulrich said ...":
    on a reference page about one band or a work of it, a person the text names by a band
    player's title ("guitarist A and singer B", "drummer C") plays in that band, unless
    another body is named as theirs ("Fall Out Boy bassist X") or they were hired for it
    ("session drummer X")."""
    if not opens_with_definition(doc):
        return
    band = _page_band(doc)
    if band is None:
        return
    elsewhere = {
        r.subject.name
        for r in found
        if r.predicate in (TK.memberOf, TK.leaderOf, TK.worksFor) and r.object.name != band.name
    }
    for span in doc.sentences:
        titled = [
            (person, title)
            for person in doc.sentence_mentions(span.index)
            if person.etype is PERSON and person.name not in elsewhere
            for title in (_players_title(doc, person.start, span.start_token),)
            if title
        ]
        # "singer B" alone may be any singer who covered the song; beside a player, the band's
        instrumental = any(title not in doc.lex.biography.band_singer_words for _, title in titled)
        for person, title in titled:
            if instrumental or title not in doc.lex.biography.band_singer_words:
                yield RelationCandidate(person, TK.memberOf, band, span.index, BAND_PAGE_RULE)


def _page_band(doc: DocView) -> Ment | None:
    """The one band the page's first sentence names with its kind ("by the English rock
    group X") or defines ("X is a Scottish rock band")."""
    if not doc.sentences:
        return None
    span = doc.sentences[0]
    lower = doc.table.lower
    nouns = doc.lex.biography.ensemble_nouns
    names: dict[str, Ment] = {}
    for ment in doc.sentence_mentions(span.index):
        if ment.etype is not ORG:
            continue
        k = ment.start - 1
        kind = k > span.start_token and (
            lower[k] in nouns or " ".join(lower[k - 1 : k + 1]) in nouns
        )
        defined = ment.start == span.start_token and _called_a_band(doc, ment, span.index)
        if kind or defined:
            names.setdefault(ment.name, ment)
    return next(iter(names.values())) if len(names) == 1 else None


def _players_title(doc: DocView, start: int, first: int) -> str:
    """The band player's title right before a name ("guitarist", "lead singer", "bandmate"),
    not a hired player's ("session drummer") nor another body's ("X bassist"); or ""."""
    lower, words = doc.table.lower, doc.lex.biography
    titles = doc.lex.player_titles | words.band_singer_words
    for size in (2, 1):
        k = start - size
        if k < first:
            continue
        title = " ".join(lower[k:start])
        if title not in titles:
            continue
        before = k - 1
        if before >= first and (
            lower[before] in words.hired_player_words or doc.at[before] is not None
        ):
            return ""
        return title
    return ""
