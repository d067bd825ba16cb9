"""Names that hold other names: a state body's country ("North Korean Ministry of X", "X of
Japan") or its region ("X Province State Security Bureau")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textkg.extract.gazetteers import is_personal_name
from textkg.extract.mentions.model import EmbeddedFact, Ment, _lower, is_acronym, is_name_word
from textkg.extract.mentions.place_clues import known_place
from textkg.extract.places import country_name
from textkg.namespaces import TK
from textkg.records import EntityType

if TYPE_CHECKING:
    from textkg.extract.mentions.spans import SpanReader


def names_inside(reader: SpanReader, ment: Ment, head: str) -> list[Ment]:
    """The mention and the names its own name holds (``head``: its head word, lower-case):
    a state body's country or region, a building's town."""
    if ment.etype is EntityType.ORGANIZATION and head in reader.lex.government_heads:
        return split_state_prefix(reader, ment)
    if ment.etype is EntityType.PLACE:
        return town_of_a_site(reader, ment)  # "Prague City Hall" is in Prague
    return [ment]


def split_state_prefix(reader: SpanReader, org: Ment) -> list[Ment]:
    """ "North Korean Ministry of X" → North Korea + "Ministry of X" (partOf);
    "X Province State Security Bureau" keeps its name and gains the province (partOf)."""
    doc, lex = reader.doc, reader.lex
    for n in range(min(3, org.end - org.start - 1), 0, -1):
        prefix = reader._name(org.start, org.start + n)
        country = country_name(prefix, lex)
        if country and is_name_word(doc[org.start + n]):
            place = Ment(org.start, org.start + n, EntityType.COUNTRY, country, org.sentence)
            place.votes[EntityType.COUNTRY] += 1
            reader.embedded.append(EmbeddedFact(org, TK.partOf, place, "name-embedded"))
            org.qualifier, org.qualified_span = country, (org.start, org.end)
            rest = [t for t in doc[org.start + n : org.end] if t.is_alpha]
            # two fields joined by "and" fill one slot of the name: "Australian Competition
            # and Consumer Commission" keeps its country as "Australian Energy Regulator" does
            fields = len(rest) - 2 * sum(t.lower_ == "and" for t in rest)
            if any(t.lower_ == "of" for t in rest) or fields >= 3:
                # "North Korean | Ministry of State Security": the rest is a name of its
                # own; "German Government" keeps its country, or every government is one
                org.start += n
                org.name = reader._name(org.start, org.end)
            return [place, org]
    # "Ministry of Foreign Affairs of Japan" → "Ministry of Foreign Affairs" partOf Japan
    for i in range(org.end - 2, org.start, -1):
        if doc[i].lower_ != "of":
            continue
        j = i + 1 + (doc[i + 1].lower_ == "the")
        country = country_name(reader._name(j, org.end), lex) if j < org.end else None
        if not country:
            break
        place = Ment(j, org.end, EntityType.COUNTRY, country, org.sentence)
        place.votes[EntityType.COUNTRY] += 1
        org.qualifier, org.qualified_span = country, (org.start, org.end)
        rest = [t for t in doc[org.start : i] if t.is_alpha]
        if any(t.lower_ == "of" for t in rest) or len(rest) >= 3:
            # "Ministry of Foreign Affairs | of Japan"; "Supreme Court of Estonia" keeps its
            # country, as "German Government" does
            org.end = i
            org.name = reader._name(org.start, org.end)
        reader.embedded.append(EmbeddedFact(org, TK.partOf, place, "name-embedded"))
        return [org, place]
    body = _body_before(reader, org)
    if body is not None:
        return [body, org]
    for n in range(2, min(4, org.end - org.start - 1) + 1):
        prefix_tokens = doc[org.start : org.start + n]
        # not "the UN Department | of Peace Operations": the body's own head noun
        heads_the_name = doc[org.start + n].lower_ in ("of", "for")
        if (
            _lower(prefix_tokens[-1]) in lex.admin_words
            and not heads_the_name
            and all(is_name_word(t) for t in prefix_tokens)
        ):
            area_name = reader._name(org.start, org.start + n)
            area = Ment(
                org.start,
                org.start + n,
                EntityType.ADMINISTRATIVE_AREA,
                area_name,
                org.sentence,
            )
            area.votes[EntityType.ADMINISTRATIVE_AREA] += 1
            reader.embedded.append(EmbeddedFact(org, TK.partOf, area, "name-embedded"))
            return [area, org]
    return [org]


def _body_before(reader: SpanReader, org: Ment) -> Ment | None:
    """ "the UN Department of Peace Operations", "the AU Commission for Human Rights": a
    body's acronym written before the name of a department of its own, which the NER runs
    into one name; the department keeps its name and is part of the body."""
    doc, lex = reader.doc, reader.lex
    if org.end - org.start < 4 or not is_acronym(doc[org.start].text):
        return None
    head, joint = doc[org.start + 1], doc[org.start + 2]
    if _lower(head) not in lex.government_heads or joint.lower_ not in ("of", "for"):
        return None
    acronym = doc[org.start].text
    body = Ment(org.start, org.start + 1, EntityType.ORGANIZATION, acronym, org.sentence)
    body.votes[EntityType.ORGANIZATION] += 1
    org.start += 1
    org.name = reader._name(org.start, org.end)
    reader.embedded.append(EmbeddedFact(org, TK.partOf, body, "name-embedded"))
    return body


def town_of_a_site(reader: SpanReader, site: Ment) -> list[Ment]:
    """ "Prague City Hall", "the Bergen Concert Hall": a building named with the large town
    it stands in first lies in that town (not "Lincoln Center": a person's name too; nor
    "Oslo Airport", an airport or a mine often lies outside the town it is named for)."""
    doc, lex = reader.doc, reader.lex
    kinds = lex.building_nouns | lex.sites.venue_nouns
    if site.end - site.start < 2 or _lower(doc[site.end - 1]) not in kinds:
        return [site]
    for n in range(min(3, site.end - site.start - 1), 0, -1):  # (3: "San-Pédro city hall")
        name = reader._name(site.start, site.start + n)
        known = known_place(name)
        if known is EntityType.CITY and not (n == 1 and is_personal_name(name)):
            if _placed_elsewhere(reader, site, name):
                return [site]
            town = Ment(site.start, site.start + n, EntityType.CITY, name, site.sentence)
            town.votes[EntityType.CITY] += 1
            reader.embedded.append(EmbeddedFact(site, TK.locatedIn, town, "name-embedded"))
            return [town, site]
        if known is not None:
            break  # "San Pedro City Hall": not the "San" of a longer town's name
    return [site]


def _placed_elsewhere(reader: SpanReader, site: Ment, town: str) -> bool:
    """ "Toyota Stadium in Frisco": the text places the site in another town (its first
    word a sponsor's name, no town's), wherever the article writes it so."""
    doc = reader.doc
    text, size = doc[site.start : site.end].text, site.end - site.start
    for i in range(len(doc) - size - 1):
        if doc[i : i + size].text != text or doc[i + size].lower_ != "in":
            continue
        # (another town, not the country or region it lies in: "Oslo Opera House in Norway")
        place = next((e for e in doc.ents if e.start == i + size + 1), None)
        if place is not None and place.text != town and known_place(place.text) is EntityType.CITY:
            return True
    return False
