"""The type of a name: what the NER said, corrected by the name's head word, the words
around it and the country table."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textkg.extract.mentions.model import NER_LABELS, _lower
from textkg.extract.places import country_name, is_people_word, place_type
from textkg.records import EntityType

if TYPE_CHECKING:
    from textkg.extract.mentions.spans import SpanReader


def entity_type(
    reader: SpanReader, label: str, start: int, end: int, name: str
) -> EntityType | None:
    doc, lex = reader.doc, reader.lex
    head = _lower(doc[reader.head_index(start, end)])
    if is_people_word(name, lex):
        return None
    if label == "EVENT":
        return EntityType.EVENT
    country = country_name(name, lex)
    # "Union" heads organisations, but "the Soviet Union" is a country
    org_head = head in lex.org_head_nouns and head not in lex.admin_words and country is None
    if label == "PERSON":
        if org_head or classifier_before(reader, start):
            return EntityType.ORGANIZATION
        if (
            end - start > 1
            and head in lex.admin_words
            and head not in lex.org_head_nouns
            and placed(reader, start, end)
        ):
            return EntityType.ADMINISTRATIVE_AREA  # "in Cameron Parish", not "Robert Parish"
        return EntityType.PERSON
    if label == "ORG":
        if country:
            return EntityType.COUNTRY
        return EntityType.ORGANIZATION
    if org_head:
        return EntityType.ORGANIZATION
    if label == "GPE":
        return place_type(name, lex)
    if label == "LOC" and country:
        return EntityType.COUNTRY
    if label == "LOC" and place_type(name, lex) is EntityType.ADMINISTRATIVE_AREA:
        return EntityType.ADMINISTRATIVE_AREA
    return NER_LABELS.get(label)


def placed(reader: SpanReader, start: int, end: int) -> bool:
    """Whether the name is the object of a locative preposition ("in X", "in Y and X")."""
    token = reader.doc[reader.head_index(start, end)]
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in reader.lex.locative_prepositions


def person_cue(reader: SpanReader, start: int, end: int) -> bool:
    """ "Mr. Woods", "Gov. Martin", "Officer Tippit" tagged as something else: a form of
    address or an abbreviated title before a name makes it a person's."""
    doc = reader.doc
    if start > 0 and reader.honorific_len[start - 1] == 1:
        return True
    if end - start < 2:
        return False
    n = reader.honorific_len[start]
    if n and start + n < end:
        return True
    n = reader.title_len[start]
    return bool(n) and doc[start + n - 1].text.endswith(".") and start + n < end


def classifier_before(reader: SpanReader, start: int) -> bool:
    """ "the newspaper X", "news agency X": a common noun naming the kind of organisation."""
    if start == 0:
        return False
    before = reader.doc[start - 1]
    return before.pos_ == "NOUN" and before.lemma_.lower() in reader.lex.classifier_nouns
