"""Names the article gives in full, read back where the NER cut or ran on one: "Oasis |
Agritech" grown to "Oasis Agritech", "Straits Commodities of Singapore" split into the
company the article names and its town."""

from __future__ import annotations

from textkg.extract.mentions.model import Ment
from textkg.extract.mentions.place_clues import known_place
from textkg.extract.mentions.spans import SpanReader
from textkg.extract.places import country_name
from textkg.records import EntityType


def grow_to_known_names(reader: SpanReader, mentions: list[Ment]) -> list[Ment]:
    """ "Oasis Agritech ... Oasis | Agritech is owned by": a name's last words the NER
    tagged without its first word (untagged, or tagged alone), grown to the whole name the
    article gave."""
    table = reader.table
    names = {
        reader.doc[m.start : m.end].text: m.name
        for m in mentions
        if m.etype is EntityType.ORGANIZATION and not m.derived and m.end - m.start > 1
    }
    at = {i: m for m in mentions for i in range(m.start, m.end)}
    dropped: set[int] = set()
    for ment in mentions:
        k = ment.start - 1
        if ment.derived or ment.etype is not EntityType.ORGANIZATION or k < 0:
            continue
        if not table.text[k][:1].isupper() or reader.owner[k] != ment.sentence:
            continue
        before = at.get(k)
        if before is not None and (before.start != k or before.end != k + 1 or before.derived):
            continue  # (a one-word name tagged alone: "Eastern | Cedar Sawmills")
        whole = names.get(table.text[k] + " " + reader.doc[ment.start : ment.end].text)
        if whole is not None:
            ment.start, ment.name = k, whole
            at[k] = ment
            if before is not None:
                dropped.add(id(before))
    return [m for m in mentions if id(m) not in dropped]


def split_at_known_names(reader: SpanReader, mentions: list[Ment]) -> list[Ment]:
    """ "owned by Straits Commodities of Singapore ... Straits Commodities' chairman": an
    organisation's name run on with "of" and a known town or country, where the article
    names the organisation alone too, is the two."""
    table = reader.table
    alone = {m.name for m in mentions if m.etype is EntityType.ORGANIZATION and not m.derived}
    out: list[Ment] = []
    for ment in mentions:
        inner = table.lower[ment.start + 1 : ment.end - 1]  # an "of" inside the name, the last
        cut = len(inner) - inner[::-1].index("of") if "of" in inner else -1
        if ment.derived or ment.etype is not EntityType.ORGANIZATION or cut < 1:
            out.append(ment)
            continue
        k = ment.start + cut
        head = reader.doc[ment.start : k].text
        place = reader.doc[k + 1 : ment.end].text
        country = country_name(place, reader.lex)
        kind = EntityType.COUNTRY if country else known_place(place)
        # (a name of two words or more: not "Bank of Georgia" beside a "Bank" alone; nor a
        # kind of body named for its land: "the Royal Bank of Scotland", "Liberal Party of
        # Canada", "Supreme Court of Canada")
        kinds = reader.lex.classifier_nouns | reader.lex.bodies.not_businesses
        after_the = ment.start > 0 and table.lower[ment.start - 1] == "the"
        generic = head.split()[-1].lower() in kinds or after_the
        if head not in alone or " " not in head or kind is None or generic:
            out.append(ment)
            continue
        out.append(Ment(ment.start, k, EntityType.ORGANIZATION, head, ment.sentence))
        out.append(Ment(k + 1, ment.end, kind, country or place, ment.sentence))
    return out
