"""Places next to names: "a bank in Moscow", "the Vostochny Cosmodrome in Russia",
"Amherst, Mass.", "Rason, in North Korea", "the Mazar plant, in the Azuay province", "in
Geneva, where the agency is based"."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from textkg.extract.candidates import Candidate, Findings, RelationCandidate
from textkg.extract.document import ORG, PERSON, PLACE, DocView
from textkg.extract.gazetteers import city_population, is_subdivision
from textkg.extract.mentions import Ment
from textkg.extract.mentions.article import much_larger
from textkg.extract.mentions.model import is_acronym
from textkg.extract.registry import rule
from textkg.extract.syntax import POSSESSIVE_MARKS, children, pobjs
from textkg.namespaces import TK
from textkg.records import EntityType

#: How many times larger a city is than a district it names ("the Hamburg district of X").
_SEVERAL = 5

_PUNCTUATION = (",", ".", ")", "(", ";", "”", '"', "—", "-")


@rule("locative-of-name")
def locative_of_name(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "the Vostochny Cosmodrome in Russia", "a bank in Moscow", "Norvia Inc. of Enugu"
    (not "sued Apple in California": after a direct object the place is usually the
    verb's)."""
    for span in doc.sentences:
        for ment in doc.sentence_mentions(span.index):
            if ment.etype is PERSON or (_object(doc, ment) and not _visited(doc, ment)):
                continue
            last = doc.doc[ment.end - 1]
            anchors = [last]
            if (
                last.head.lower_ == "of"
                and doc.table.lemma[last.head.head.i] in doc.lex.place_kind_nouns
            ):
                anchors.append(last.head.head)  # "the state of Maharashtra in western India"
            place = _in_after_acronym(doc, ment, span.end_token) or _of_set_off(
                doc, ment, span.end_token
            )
            if place is not None:
                yield RelationCandidate(ment, TK.locatedIn, place, span.index, "locative-of-name")
            # "Norvia Inc. of Enugu": "of" after a company's legal form names its town
            short_form = doc.table.lower[last.i] in doc.lex.legal_abbreviations
            preps = ("in", "at", "of") if short_form else ("in", "at")
            found_pobjs = [p for anchor in anchors for p in pobjs(anchor, preps)]
            if not found_pobjs:
                place = _in_right_after_a_site(doc, ment, span.end_token)
                if place is not None:
                    yield RelationCandidate(
                        ment, TK.locatedIn, place, span.index, "locative-of-name"
                    )
            # "between Paksan in Laos and Bueng Kan in Thailand": a later "in" past a
            # conjunct of the first place is that conjunct's
            if len(found_pobjs) > 1 and any(c.dep_ == "conj" for c in found_pobjs[0].children):
                yield from _conjunct_in(doc, found_pobjs[0], found_pobjs[1], span.index)
                found_pobjs = found_pobjs[:1]
            for pobj in found_pobjs:
                for place in _places_named(doc, pobj):
                    if place.etype.kind is PLACE and not _a_larger_kind_in_a_smaller(
                        doc, ment, place
                    ):
                        yield RelationCandidate(
                            ment, TK.locatedIn, place, span.index, "locative-of-name"
                        )


def _of_set_off(doc: DocView, ment: Ment, limit: int) -> Ment | None:
    """ "owned by Don Valley Foods, of Sheffield, which": a company's town set off by commas
    after "of" (a company's only: "Okafor, 41, of Enugu" is where a person lives)."""
    i = ment.end
    if ment.etype is not ORG or i + 2 >= limit or doc.table.lower[i : i + 2] != [",", "of"]:
        return None
    place = doc.mention_starting(i + 2)
    if place is None or place.etype.kind is not PLACE:
        return None
    return place if place.end >= limit or doc.table.text[place.end] in (",", ".") else None


def _conjunct_in(doc: DocView, first: Token, later: Token, sentence: int) -> Iterator[Candidate]:
    """ "between Modane in France and Susa in Italy", with "Susa" hung on "France" and both
    "in" phrases on "Modane": the later "in" after the conjunct is the conjunct's place."""
    for conj in children(first, "conj"):
        if not conj.i < later.i or any(t.dep_ == "prep" for t in conj.children):
            continue
        inner = doc.referents(conj, conjuncts=False)
        outer = [p for p in _places_named(doc, later) if p.etype.kind is PLACE]
        for ment in inner:
            if ment.etype.kind is not PLACE:
                continue
            for place in outer:
                if _contains(ment, place):
                    yield RelationCandidate(ment, TK.locatedIn, place, sentence, "locative-of-name")


def _places_named(doc: DocView, pobj: Token) -> list[Ment]:
    """What an "in" phrase names: "in Finnmark county", "in the Azuay province" name the
    area written before the kind noun the parser took for the phrase's head."""
    found = doc.referents(pobj, conjuncts=False)
    if not found and pobj.lemma_.lower() in doc.lex.place_kind_nouns:
        named = doc.mention_ending(pobj.i)
        found = [named] if named is not None and named.etype.kind is PLACE else []
    return found


@rule("one-of-a-places")
def one_of_a_places(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "Dubrava Hospital, one of Zagreb's largest": one of a place's biggest or oldest
    lies in it."""
    for span in doc.sentences:
        limit = span.end_token
        for ment in doc.sentence_mentions(span.index):
            i = ment.end
            if ment.etype is PERSON or ment.etype is EntityType.COUNTRY or i + 3 >= limit:
                continue
            if doc.table.text[i] != "," or doc.table.lower[i + 1 : i + 3] != ["one", "of"]:
                continue
            place = doc.mention_starting(i + 3)
            if place is None or place.etype.kind is not PLACE or place.end + 1 >= limit:
                continue
            if doc.table.lower[place.end] not in POSSESSIVE_MARKS:
                continue
            superlative = place.end + 1
            if doc.doc[superlative].tag_ != "JJS" or not _contains(ment, place):
                continue
            if superlative + 1 < limit and doc.doc[superlative + 1].pos_ not in ("PUNCT",):
                continue  # "one of America's largest foreign investors": a market, not a seat
            yield RelationCandidate(ment, TK.locatedIn, place, span.index, "one-of-a-places")


def _in_after_acronym(doc: DocView, ment: Ment, limit: int) -> Ment | None:
    """ "a researcher at the Institute of Marine Research (IMR) in Bergen": the place right
    after a body's bracketed acronym, wherever the parser hung it."""
    i = ment.end
    if ment.etype is not ORG or i + 4 >= limit or doc.table.text[i] != "(":
        return None
    if _governed(doc, ment):
        return None  # "met the director of the IMF (IMF) in Nairobi": where they met
    if doc.table.text[i + 2] != ")" or doc.table.lower[i + 3] != "in":
        return None
    place = doc.mention_starting(i + 4)
    return place if place is not None and place.etype.kind is PLACE else None


def _in_right_after_a_site(doc: DocView, ment: Ment, limit: int) -> Ment | None:
    """ "play at Forsyth Barr Stadium in Dunedin", "worked at Royal University Hospital in
    Saskatoon": a site's (or a body on one site's) town written right after it, though the
    parser hung "in" on the verb; "died at the Kansanshi mine in Solwezi": past the kind
    of site a place's name is written with."""
    i = ment.end
    if ment.etype is EntityType.PLACE:
        i = _past_its_kind(doc, i, limit)
    token = doc.doc[doc.root_of(ment)]
    sited = (
        ment.etype is ORG
        # "Norvia University Hospital", "the Colegio de San Nicolás": the kind ends the name
        # or, in another language's, opens it; "the National Library of Ruritania" is headed by it
        and {doc.table.lower[i - 1], doc.table.lower[ment.start], doc.table.lower[token.i]}
        & doc.lex.sited_bodies
        and token.dep_ == "pobj"
        and token.head.lower_ == "at"
    )
    if (
        not (ment.etype is EntityType.PLACE or sited)
        or i + 1 >= limit
        or doc.table.lower[i] != "in"
    ):
        return None
    place = doc.mention_starting(i + 1, skip_the=False)
    return place if place is not None and _contains(ment, place) else None


def _object(doc: DocView, ment: Ment) -> bool:
    return doc.doc[doc.root_of(ment)].dep_ == "dobj"


def _visited(doc: DocView, ment: Ment) -> bool:
    """ "toured the Mazar dam in Cuenca", "visited Hospital Central in Lima": what one visits
    lies where the sentence says; a place is where it is, whatever verb it follows."""
    if ment.etype.kind is PLACE:
        return True
    frame = doc.lex.verbs.get(doc.doc[doc.root_of(ment)].head.lemma_.lower())
    return frame is not None and frame.predicate == TK.visited


@rule("place-comma-place")
def place_comma_place(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "Amherst, Mass." / "Rason, in North Korea" / "Perugia, Italy"."""
    kinds = doc.lex.place_kind_nouns
    for span in doc.sentences:
        limit = span.end_token
        for ment in doc.sentence_mentions(span.index):
            if ment.etype is PERSON or (_object(doc, ment) and not _visited(doc, ment)):
                continue
            if _a_bearing_from(doc, ment):
                continue  # "northeast of Riga, Tartu lies ...": Riga is where one measures from
            i = _past_its_kind(doc, ment.end, limit)  # "the Mazar hydroelectric plant, in"
            if i >= limit or doc.doc[i].text != ",":
                continue
            if ment.etype.kind is PLACE:
                i = _past_a_description(doc, ment, i, limit)  # "X, the main port, in Y"
            j = i + 1
            # "Anatolia Base, on Robert Island": an island's "on"
            on_island = j < limit and _on_an_island(doc, j, limit)
            coast = _past_a_coast(doc, j, limit) if j < limit else None
            if j < limit and (doc.doc[j].lower_ in ("in", "within") or on_island):
                j += 1
                j = _after_kind_of(doc, j, limit)  # "Pune, in the state of Maharashtra"
            elif coast is not None:
                j = coast  # "Tela, on the northern coast of Honduras"
            place = doc.mention_starting(j)  # "Daegu, South Korea": a compass word named
            while (
                place is None
                and j < limit
                and (doc.doc[j].lower_ in doc.lex.compass_words or doc.doc[j].text == "-")
            ):
                j += 1  # "Walthamstow, east London", "Murcia, in south-eastern Spain"
                place = doc.mention_starting(j)
            if place is None or not (on_island or _contains(ment, place)):
                continue
            end = place.end
            if (
                end < limit
                and doc.doc[end].is_lower
                and (doc.table.lemma[end] in kinds or doc.table.lower[end] in doc.lex.admin_words)
            ):
                end += 1  # "in the Azuay province,", "in the Yonne department,"
            after = doc.doc[end] if end < limit else None
            if (
                after is not None
                and after.text not in _PUNCTUATION
                and after.pos_ not in ("VERB", "AUX", "ADP")
            ):
                continue
            if ment.etype.kind is PLACE:
                yield RelationCandidate(ment, TK.locatedIn, place, span.index, "place-comma-place")
            elif ment.etype is ORG and not (j == i + 2 and _governed(doc, ment)):
                # "Norvia, Oslo", "a plant at Angul, in Odisha", "X Hospital, in the district
                # town of Y" (not "met the head of Norvia, in Oslo", "talks with Norvia, in
                # Lagos": where they met)
                yield RelationCandidate(
                    ment, TK.locatedIn, place, span.index, "place-comma-place", 0.55
                )


def _past_a_description(doc: DocView, ment: Ment, comma: int, limit: int) -> int:
    """The comma after a definite description of a place's kind set off after its name
    ("Kasane, the country's main river port, in Y"), or ``comma``."""
    start = comma + 1
    if start >= limit or doc.doc[start].lower_ != "the":
        return comma
    end = next((k for k in range(start, limit) if doc.doc[k].text == ","), limit)
    head = doc.doc[start:end].root if end < limit else None
    if (
        head is None
        or head.dep_ != "appos"
        or head.head.i != ment.end - 1
        or doc.table.lemma[head.i] not in doc.lex.place_kind_nouns
        or any(doc.at[k] is not None for k in range(start, end))
        or end + 1 >= limit
        or doc.doc[end + 1].lower_ not in ("in", "within")
    ):
        return comma
    return end


def _past_its_kind(doc: DocView, i: int, limit: int) -> int:
    """Past the lower-case kind of site a name is written with ("Mazar hydroelectric
    plant"), or ``i``."""
    k = i
    while k < limit and k - i < 3 and doc.doc[k].is_lower and doc.doc[k].pos_ in ("ADJ", "NOUN"):
        k += 1
    if k > i and doc.table.lemma[k - 1] in doc.lex.site_nouns:
        return k
    return i


def _governed(doc: DocView, ment: Ment) -> bool:
    """ "the chief executive of Norvia", "talks with Norvia": the name is a preposition's
    object, which a place after it does not describe (not "at Norvia", "in Norvia")."""
    root = doc.doc[doc.root_of(ment)]
    return root.dep_ == "pobj" and root.head.lower_ not in ("at", "in")


def _on_an_island(doc: DocView, j: int, limit: int) -> bool:
    """ "on Robert Island", "on the island of Upolu": a name an island's "on" puts a site
    on."""
    if doc.doc[j].lower_ != "on" or j + 1 >= limit:
        return False
    words = doc.table.lower[j + 1 : j + 4]
    if len(words) == 3 and words[0] == "the" and words[2] == "of":
        return words[1] in doc.lex.island_words  # "on the island of X"
    place = doc.mention_starting(j + 1)
    return place is not None and doc.table.lower[place.end - 1] in doc.lex.island_words


def _past_a_coast(doc: DocView, j: int, limit: int) -> int | None:
    """Past "on the Caribbean coast of", "on the north shore of" at ``j``: where the place
    whose coast it is starts; None when no coast's "on" is there."""
    lower = doc.table.lower
    if lower[j] != "on" or j + 4 >= limit or lower[j + 1] != "the":
        return None
    k = j + 2
    while k < j + 4 and doc.table.lemma[k] not in ("coast", "shore"):
        k += 1  # "Caribbean", "north", "eastern"
    if doc.table.lemma[k] not in ("coast", "shore") or lower[k + 1] != "of":
        return None
    return k + 2


def _after_kind_of(doc: DocView, j: int, limit: int) -> int:
    """Past "the state of" / "the western state of" / "the district town of" before a
    place's name."""
    k = j + 1 if j < limit and doc.doc[j].lower_ == "the" else j
    while (
        k + 2 < limit
        and k - j < 3
        and (doc.doc[k].is_lower or _country_word(doc, k))
        and doc.doc[k + 1].is_lower
    ):
        if doc.table.lemma[k] in doc.lex.place_kind_nouns and doc.doc[k + 1].lower_ == "of":
            break
        k += 1  # "western", "district"
    if (
        k + 1 < limit
        and doc.table.lemma[k] in doc.lex.place_kind_nouns
        and doc.doc[k + 1].lower_ == "of"
    ):
        return k + 2
    return j


def _country_word(doc: DocView, k: int) -> bool:
    """ "the U.S. state of", "the Australian state of": a country or its adjective before a
    kind of place."""
    ment = doc.at[k]
    if ment is not None:
        return ment.etype is EntityType.COUNTRY and ment.end == k + 1
    return doc.nationality_at(k) is not None


@rule("region-of")
def region_of(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "the Abitibi region of Quebec", "the Pudu district of Kuala Lumpur", "the Tuscany
    region of central Italy", "the Central Province of Solomon Islands": a named area of a
    state or a country lies in it (not "the Damascus suburb of Douma", nor "the Texas city
    of Austin", which name the place after "of")."""
    kinds = doc.lex.area_kind_nouns
    for span in doc.sentences:
        limit = span.end_token
        for ment in doc.sentence_mentions(span.index):
            if ment.etype not in (EntityType.ADMINISTRATIVE_AREA, EntityType.PLACE):
                continue
            k, last = ment.end, ment.end - 1
            wider = [EntityType.COUNTRY, EntityType.ADMINISTRATIVE_AREA]
            if doc.table.lower[last] in kinds and last > ment.start:
                k -= 1  # the kind inside the name ("the Outaouais region", "Central Province")
            elif k + 1 < limit and doc.table.lower[k] == "of" and _a_named_feature(doc, ment):
                k -= 1  # "the Sentinel Range of the Ellsworth Mountains": a feature's part
                wider.append(EntityType.PLACE)
            elif k + 2 >= limit or doc.table.lemma[k] not in kinds or not doc.doc[k].is_lower:
                continue
            if doc.table.lower[k + 1] != "of":
                continue
            j = k + 2
            while (
                j < limit
                and doc.table.lower[j] in doc.lex.compass_words
                and doc.mention_starting(j) is None
            ):
                j += 1  # "of central Italy", not "of | Western Australia", a name
            place = doc.mention_starting(j)
            if place is None or place.etype not in wider or is_acronym(place.name):
                continue  # not "the Asia region of HSBC", a bank's
            # a city several times the size of a place no gazetteer has as a region
            big = city_population(ment.name) >= _SEVERAL * max(city_population(place.name), 1)
            if big and place.etype is not EntityType.COUNTRY and not is_subdivision(place.name):
                # "the Vienna district of Floridsdorf": the large city names the district
                yield RelationCandidate(place, TK.locatedIn, ment, span.index, "region-of")
                continue
            yield RelationCandidate(ment, TK.locatedIn, place, span.index, "region-of")


def _a_bearing_from(doc: DocView, ment: Ment) -> bool:
    """ "north of Riga", "15 km east of Møn": a place a compass point is taken from."""
    k, lower = ment.start, doc.table.lower
    if k >= 1 and lower[k - 1] == "the":
        k -= 1
    return k >= 2 and lower[k - 1] == "of" and lower[k - 2] in doc.lex.compass_words


def _a_larger_kind_in_a_smaller(doc: DocView, ment: Ment, place: Ment) -> bool:
    """ "the state of New South Wales in Walgett Shire": a state lies in no shire; the
    shire is where the sentence's subject is."""
    ranks, last = doc.lex.area_ranks, doc.doc[ment.end - 1]
    inner = ranks.get(last.lower_)
    if inner is None and last.head.lower_ == "of":
        inner = ranks.get(last.head.head.lemma_.lower())  # "the state of X"
    outer = ranks.get(doc.table.lower[place.end - 1])
    return inner is not None and outer is not None and outer > inner


def _a_named_feature(doc: DocView, ment: Ment) -> bool:
    """ "the Sentinel Range", "the Rocky Mountains": a named natural feature after "the"."""
    return (
        ment.etype is EntityType.PLACE
        and ment.start > 0
        and doc.table.lower[ment.start - 1] == "the"
        and len(ment.name.split()) > 1
    )


def _contains(ment: Ment, place: Ment) -> bool:
    """Whether "ment, place" reads as a place and the larger one it lies in: a country or a
    region, or a city much larger than a district or venue before it ("Kasarani, Nairobi")."""
    if place.etype in (EntityType.COUNTRY, EntityType.ADMINISTRATIVE_AREA):
        return True
    if place.etype is not EntityType.CITY or ment.etype is EntityType.COUNTRY:
        return False
    return much_larger(place.name, ment.name)


@rule("where-based")
def where_based(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "in Geneva, where the UNHCR is based", "in Abuja, where the bloc has its
    headquarters": the organisation is based in that place."""
    seats = doc.lex.named_seat_nouns  # "has its headquarters" (not "has a base", "offices")
    for verb in doc.doc:
        seated = verb.lemma_.lower() in doc.lex.seat_verbs - {"locate"} or (
            # ("headquarters", whichever lemma the tagger gave it)
            verb.lemma_ == "have"
            and any(
                {c.lemma_.lower(), c.lower_} & seats
                and any(d.lower_ in ("its", "their") for d in c.children)
                for c in children(verb, "dobj")
            )
        )
        if not seated or verb.dep_ != "relcl":
            continue
        if not any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
            continue
        hung = verb.head
        if hung.dep_ == "appos" and doc.at[hung.head.i] is not None:
            hung = hung.head  # "in Abuja, Nigeria, where": the town, not its country
        places = [m for m in doc.referents(hung, conjuncts=False) if m.etype.kind is PLACE]
        orgs = [
            m
            for c in children(verb, "nsubjpass", "nsubj")
            for m in doc.referents(c)
            if m.etype is ORG
        ]
        sentence = doc.owner[verb.i]
        for org in orgs:
            for place in places:
                yield RelationCandidate(org, TK.locatedIn, place, sentence, "where-based")
