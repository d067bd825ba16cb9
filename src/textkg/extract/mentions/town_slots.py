"""Where a name stands for a town: the slots that say so ("flew to X", "X-based", "X, the
largest city in Y"), read across an article so that one name gets one type."""

from __future__ import annotations

from textkg.extract.mentions.model import Ment
from textkg.extract.mentions.place_clues import (
    MOVEMENT_PREPOSITIONS,
    based_follows,
    kind_in_apposition,
    known_place,
    object_of_a_visit,
    place_led_by,
    placed,
    seat_of,
)
from textkg.extract.mentions.spans import SpanReader
from textkg.extract.syntax import POSSESSIVE_MARKS
from textkg.records import EntityType

_ARTICLES = ("the", "a", "an")


def _after_a_name(reader: SpanReader, start: int) -> bool:
    """ "Annapolis, Maryland": the name follows a proper noun and a comma, as a region its town
    (the town may be one no gazetteer knows)."""
    return (
        start >= 2 and reader.table.text[start - 1] == "," and reader.doc[start - 2].pos_ == "PROPN"
    )


def _owning(reader: SpanReader, end: int) -> bool:
    """ "X, Alaska's chief executive": a possessive after the name, an owner's, no region's."""
    return end < len(reader.table) and reader.table.lower[end] in POSSESSIVE_MARKS


def in_a_places_slot(reader: SpanReader, ment: Ment, place_starts: set[int]) -> bool:
    """ "flew to Tokyo", "visited Tokyo", "Tokyo's Haneda Airport", "Tokyo-based", "the
    mayor of Tokyo", "Tokyo, the largest city in Japan": where a town stands, not the club
    or company named after it ("the Tokyo Symphony Orchestra")."""
    start, end = ment.start, ment.end
    table = reader.table
    if (
        start >= 2
        and table.lower[start - 1] == "in"
        and table.lemma[start - 2] in reader.lex.share_nouns
    ):
        return False  # "a stake in Redbank", "shares in Redbank": a company
    if placed(reader, start, end, MOVEMENT_PREPOSITIONS) or object_of_a_visit(reader, start, end):
        return True
    if based_follows(reader.doc, end) or place_led_by(reader, end) is not None:
        return True
    if seat_of(reader, start, end):
        return True  # "headquartered in Tacoma"
    if (
        _after_a_name(reader, start)
        and not _owning(reader, end)
        and known_place(ment.name) is EntityType.ADMINISTRATIVE_AREA
    ):
        return True  # "in Annapolis, Maryland" beside the "Maryland Institute of Art"
    if kind_in_apposition(reader, start, end) is not None:
        return True
    head, kinds = reader.doc[end - 1], reader.lex.place_kind_nouns
    of = head.head
    if head.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in kinds:
        return True  # "the capital of Saskatchewan", "a district of Tokyo"
    after = ment.end
    return (
        after + 1 < len(table) and table.lower[after] in ("'s", "’s") and after + 1 in place_starts
    )


def one_word_towns(
    reader: SpanReader, mentions: list[Ment], known: dict[str, tuple[EntityType, str]]
) -> set[str]:
    """Towns of one word the article names somewhere (the dateline's, "flew to Iqaluit"),
    which the gazetteers may not know: added to ``known`` for the places they are written
    in elsewhere."""
    towns = set()
    for ment in mentions:
        if ment.derived or ment.etype not in (EntityType.CITY, EntityType.ADMINISTRATIVE_AREA):
            continue
        if len(ment.name.split()) == 1 and ment.name not in known:
            towns.add(ment.name)
            known[ment.name] = (ment.etype, ment.name)
    return towns


def a_towns_slot(reader: SpanReader, i: int, end: int) -> bool:
    """ "an Iqaluit-based airline", "which is based in Iqaluit", "Brno, the largest city in
    Moravia,": where a town is written."""
    before = reader.table.lower[i - 1] if i > 0 else ""
    prepositions = reader.lex.locative_prepositions | MOVEMENT_PREPOSITIONS
    return based_follows(reader.doc, end) or before in prepositions or _kind_set_off(reader, end)


def _kind_set_off(reader: SpanReader, end: int) -> bool:
    """ "X, the largest city in Y", "X is the second-largest city in Y": a kind of place
    after the name's comma or copula, in a few words (however the parser hung it)."""
    table = reader.table
    joined = end + 2 < len(table) and table.lower[end] in (",", "is", "was")
    if not joined or table.lower[end + 1] not in _ARTICLES:
        return False
    for k in range(end + 2, min(len(table), end + 6)):
        if table.lemma[k] in reader.lex.named_kinds:  # (not "the country's oldest maker")
            return table.lower[k + 1 : k + 2] not in (["'s"], ["’s"])
        if table.pos[k] not in ("ADJ", "ADV") and table.text[k] != "-":  # "second-largest"
            return False
    return False


def city_before_a_kind(reader: SpanReader, start: int) -> bool:
    """ "a Grenoble cosmetics maker", "the Porto wine shipper": a city the gazetteers know,
    one word after an article and before the lower-case kind of thing from there (the NER
    may read it as a product or a title of a work)."""
    table = reader.table
    after = start + 1
    return (
        start > 0
        and after < len(table)
        and table.lower[start - 1] in _ARTICLES
        and table.text[after].islower()
        and table.pos[after] in ("NOUN", "ADJ")
        and known_place(table.text[start]) is EntityType.CITY
    )
