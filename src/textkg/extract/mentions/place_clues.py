"""What the words around a name say about it being a place: a town the gazetteer knows in a
place's slot ("flew to X", "in X", "X-based"), a kind of place before or after it ("the town
of X", "X, a city of 500,000"), a country after a town ("Hamilton, Bermuda")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textkg.extract.gazetteers import (
    city_population,
    is_given_name,
    is_personal_name,
    is_subdivision,
)
from textkg.extract.mentions.model import is_acronym
from textkg.extract.mentions.person_clues import age_follows, list_noun
from textkg.extract.places import country_name
from textkg.extract.syntax import POSSESSIVE_MARKS, children, first_conjunct
from textkg.namespaces import TK
from textkg.records import EntityType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from textkg.extract.mentions.spans import SpanReader


#: Prepositions of movement: "travelled to X" places X as surely as "in X".
MOVEMENT_PREPOSITIONS = frozenset({"to", "from", "into", "via", "toward", "towards"})
#: What may end a region written after a town ("Elkhart, Ind., said"; a dateline's dash).
DASHES = frozenset({"_", "--", "—", "-"})
_CLOSERS = DASHES | {",", ".", ";", ":"}


def seat_of(reader: SpanReader, start: int, end: int) -> bool:
    """ "headquartered in Aqaba", "based in Split", "the firm's headquarters in Tema": where
    an organisation is based (not "a researcher based at Harvard": "at" only a town the
    gazetteers know)."""
    token = reader.doc[reader.head_index(start, end)]
    prep = token.head
    at_a_town = prep.lower_ == "at" and known_place(reader.doc[start:end].text) is not None
    seat = prep.head.lemma_.lower() in reader.lex.seat_verbs
    return (
        token.dep_ == "pobj"
        and (prep.lower_ == "in" or at_a_town)
        and (seat or prep.head.lower_ in reader.lex.named_seat_nouns)
    )


def capital_of(reader: SpanReader, start: int, end: int) -> bool:
    """ "Funchal, the capital of Madeira": what a capital is the capital of is a region or a
    country (the seats that are kinds of place: not "the seat of the parliament"); so is
    what a settlement is in ("Port Olry, a village in northern Espiritu Santo")."""
    token = reader.doc[reader.head_index(start, end)]
    seat = token.head.head
    lemma = seat.lemma_.lower()
    if token.dep_ != "pobj":
        return False
    if token.head.lower_ == "of":
        return lemma in reader.lex.place_seats and lemma in reader.lex.place_kind_nouns
    settlement = reader.lex.named_kinds.get(lemma) is EntityType.CITY and seat.is_lower
    # ("a town on X": an island, whose kind other clues give)
    return token.head.lower_ == "in" and settlement and seat.dep_ == "appos"


def in_after_an_organisation(reader: SpanReader, start: int, end: int) -> bool:
    """ "at the Paul Scherrer Institute in Villigen": one word after an organisation's name
    and "in" is where it is; so is a name after a kind of organisation and "in" ("X, a
    farmers' cooperative in Fort Macleod")."""
    doc = reader.doc
    if start < 2 or doc[start - 1].lower_ != "in":
        return False
    before = doc[start - 2]
    if before.is_lower and doc[start - 1].head.i == before.i:
        # in apposition, or one word (not "the most profitable company in Kestrel Dynamics")
        kinds = reader.lex.classifier_nouns | reader.lex.specific_kinds
        return (before.dep_ == "appos" or end - start == 1) and before.lemma_ in kinds
    return (
        end - start == 1
        and before.ent_type_ == "ORG"
        and before.lower_ in reader.lex.org_head_nouns
    )


def _slot(reader: SpanReader, start: int, end: int) -> Token:
    """The name's head word, or the first of the names it is coordinated with ("in Y and
    X": Y), which holds the name's place in the sentence."""
    return first_conjunct(reader.doc[reader.head_index(start, end)])


def placed(reader: SpanReader, start: int, end: int, also: frozenset[str] = frozenset()) -> bool:
    """Whether the name is the object of a locative preposition ("in X", "in Y and X")."""
    token = _slot(reader, start, end)
    preposition = token.head.lower_
    return token.dep_ == "pobj" and (
        preposition in reader.lex.locative_prepositions or preposition in also
    )


#: A city this large, tagged as an organisation, is the city when the text places it.
_BIG_CITY = 100_000


def known_place(name: str) -> EntityType | None:
    """What the gazetteers say a name is: a city (a large one first: "Oslo" and "Madrid" are
    regions too), a region or province, or nothing."""
    if city_population(name) >= _BIG_CITY:
        return EntityType.CITY
    if is_subdivision(name):
        return EntityType.ADMINISTRATIVE_AREA
    return None


def named_kind(reader: SpanReader, start: int, end: int) -> EntityType | None:
    """ "the city of Juiz de Fora", "the flood-hit town of X", "the island of Imbros": the
    class the kind of place before "of" gives the name (the lexicon's ``named_kinds``)."""
    doc = reader.doc
    if start < 3 or doc[start - 1].lower_ != "of":
        return None
    kind = doc[start - 2]
    if not kind.is_lower or not any(c.lower_ == "the" for c in kind.children):
        return None
    if kind.lemma_.lower() in reader.lex.place_seats:
        return None  # "the capital of Central Sulawesi province" is in it, not it
    return reader.lex.named_kinds.get(kind.lemma_.lower())


def kind_in_apposition(reader: SpanReader, start: int, end: int) -> EntityType | None:
    """ "Juiz de Fora, a city of 500,000 people", "Tema, Ghana's largest port": the class
    a kind of place in apposition after the name gives it."""
    doc = reader.doc
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    # the apposition right after the name's comma is the name's, wherever the parser hung
    # it: in "X, the ruler of Kaiama, a farming town" the town is Kaiama, not X
    # (or made the subject, the name a modifier: "Brno, the largest city in X, is")
    apposed = ("appos", "nsubj") if doc[end - 1].dep_ == "npadvmod" else ("appos",)
    for token in doc[end + 1 : min(len(doc), end + 8)]:
        if token.dep_ in apposed and token.left_edge.i == end + 1 and token.pos_ == "NOUN":
            if any(based_word(t) for t in token.subtree):
                return None  # "Leinster, the Dublin-based province": based somewhere, a body
            kind = token.lemma_.lower()
            if kind in reader.lex.sites.venue_nouns:
                return EntityType.PLACE  # "Paradiso, a concert hall in Amsterdam"
            return reader.lex.named_kinds.get(kind)
    return None


def after_a_town(reader: SpanReader, start: int) -> bool:
    """ "Hamilton, Bermuda": the name follows a town's name and a comma."""
    if start < 2 or reader.table.text[start - 1] != ",":
        return False
    before = reader.doc[start - 2]
    return before.ent_type_ == "GPE" and known_place(before.text) is EntityType.CITY


def based_follows(doc: Doc, end: int) -> bool:
    """ "Copenhagen-based", "Glasgow-born": where something is based or someone was born."""
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in ("based", "born")


def placed_by_copula(reader: SpanReader, i: int) -> bool:
    """ "Guayaquil is in Guayas": the subject of a copula that says where it is."""
    token = reader.doc[i]
    verb = token.head
    return (
        token.dep_ == "nsubj"
        and verb.lemma_ == "be"
        and any(c.dep_ == "prep" and c.lower_ in ("in", "on") for c in verb.children)
    )


def placed_in_apposition(reader: SpanReader, end: int) -> bool:
    """ "Tonnerre, in the Yonne department, produces": a name set off by the area it lies in,
    its kind written, is a place's (not "X, in Accra, said", nor "Mwangi, in Nakuru County,
    told reporters": a person is set off by where they are too)."""
    doc, lex = reader.doc, reader.lex
    if doc[end - 1].head.lemma_.lower() in lex.speech_verbs:
        return False
    k = end + 2
    if k >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "in":
        return False
    if doc[k].lower_ == "the":
        k += 1
    first = k
    while k < len(doc) and doc[k].text[:1].isupper() and doc[k].pos_ in ("PROPN", "NOUN"):
        k += 1
    if k - first >= 2 and doc[k - 1].lower_ in lex.admin_words:
        return k < len(doc) and doc[k].text in (",", ".")  # "in Bagmati Province,"
    if k == first or k + 1 >= len(doc) or doc[k].lower_ not in lex.admin_words:
        return False
    return doc[k + 1].text in (",", ".")  # "the Yonne department,"


def dated_place(reader: SpanReader, start: int, end: int | None = None) -> bool:
    """ "(3 May 1934, Lindau - 9 June 2001, Ulm)": a name after a year and its comma inside a
    life's bracket is where the life began or ended (a year is no one's to be set off by);
    so is a name opening the bracket after a person's name, set off by a comma from a date
    with its year, the halves parted by a dash ("X (Nîmes, 2 June 1663 - Leiden, 1719)")."""
    text = reader.table.text
    if end is not None and _opens_a_life_bracket(reader, start, end):
        return True
    year = text[start - 2] if start >= 2 else ""
    if text[start - 1] != "," or not (year.isdigit() and len(year) in (3, 4)):
        return False
    for k in range(start - 3, max(-1, start - 30), -1):
        if text[k] == ")":
            return False
        if text[k].startswith("("):
            return True
    return False


def _opens_a_life_bracket(reader: SpanReader, start: int, end: int) -> bool:
    table, doc = reader.table, reader.doc
    if start < 2 or table.text[start - 1] != "(" or doc[start - 2].ent_type_ != "PERSON":
        return False
    if end + 1 >= len(table) or table.text[end] != ",":
        return False
    k = end + 1
    while k < len(table) and k - end < 5 and (doc[k].ent_type_ == "DATE" or table.like_num[k]):
        if len(table.text[k]) in (3, 4) and table.text[k].isdigit():
            break  # the date's year
        k += 1
    else:
        return False
    close = next((j for j in range(k, min(len(table), k + 20)) if table.text[j] == ")"), k)
    return any(table.text[j] in ("–", "—", "-") for j in range(k + 1, close))


def set_off_as_a_place(reader: SpanReader, start: int, end: int) -> bool:
    """ "Okafor, 41, of Enugu", "X, in the Yonne department,", "(3 May 1934, Lindau - ...)",
    "Its towns are A, B and C": the words around the name set it off as a place."""
    return (
        town_after_of(reader, start)
        or placed_in_apposition(reader, end)
        or dated_place(reader, start, end)
        or listed_place(reader, start) is not None
    )


def set_off_kind(reader: SpanReader, start: int, end: int) -> EntityType | None:
    """An area after a birth town ("born in Tarbet, North Uist,"), a town set off as one."""
    if region_of_a_life_town(reader, start, end):
        return EntityType.ADMINISTRATIVE_AREA
    return EntityType.CITY if set_off_as_a_place(reader, start, end) else None


def region_of_a_life_town(reader: SpanReader, start: int, end: int) -> bool:
    """ "born in Tarbet, North Uist, flew": a name between commas right after the town one
    was born or raised in is the area it lies in (the NER may call it a person)."""
    doc = reader.doc
    if start < 2 or doc[start - 1].text != "," or end >= len(doc) or doc[end].text not in ",.;":
        return False
    town = doc[start - 2]
    while town.dep_ == "compound" and town.head.i < start:
        town = town.head
    return born_or_raised_in(reader, town.i) and doc[end - 1].head.i == town.i


def listed_place(reader: SpanReader, start: int) -> EntityType | None:
    """ "Important cities are A, B and C", "The county has three towns: A, B": the class a
    plural kind of place gives the names it lists."""
    noun = list_noun(reader, start)
    return reader.lex.named_kinds.get(noun.lemma_.lower()) if noun is not None else None


def modifies(reader: SpanReader, end: int) -> bool:
    """The name is a noun's modifier ("a Marrakesh hospital")."""
    return end < len(reader.doc) and reader.doc[end - 1].dep_ in ("compound", "amod", "nmod")


def town_before_a_kind(reader: SpanReader, start: int, end: int) -> bool:
    """ "a Fort Portal money transfer firm", "the Brisbane logistics group": a town's name
    the gazetteers know, opening a description of a kind of organisation."""
    doc = reader.doc
    if start == 0 or doc[start - 1].lower_ not in ("a", "an", "the") or end >= len(doc):
        return False
    kind = doc[end - 1].head
    while kind.dep_ == "compound" and kind.head.i > kind.i and kind.pos_ == "NOUN":
        kind = kind.head  # "money | transfer | firm"
    kinds = reader.lex.classifier_nouns | reader.lex.specific_kinds
    return doc[end - 1].dep_ in ("compound", "nmod", "amod") and kind.lemma_.lower() in kinds


def based_word(token: Token) -> bool:
    """ "California-based": where an organisation is based, written before its kind."""
    return token.lower_ == "based" and token.i > 0 and token.doc[token.i - 1].text == "-"


def object_of_a_visit(reader: SpanReader, start: int, end: int) -> bool:
    """ "visited Oslo", "toured Bergen": the object of a verb of visiting."""
    token = _slot(reader, start, end)
    frame = reader.lex.verbs.get(token.head.lemma_.lower())
    return token.dep_ == "dobj" and frame is not None and frame.predicate == TK.visited


def place_of_a_trip(reader: SpanReader, start: int, end: int) -> bool:
    """ "She flew to Broome", "the minister stayed in Apia", "flew in from Noumea": where a
    person went, stayed or came from (not "arrived at", which a building or a body takes as
    well; not "Sweden will stay in NATO" or "were flown to Clinica X", whose subject is no
    traveller)."""
    token = _slot(reader, start, end)
    preposition = token.head
    verb = preposition.head
    if token.dep_ != "pobj" or is_acronym(reader.doc[start:end].text):
        return False
    if preposition.lower_ == "from" and verb.dep_ == "pobj" and verb.head.lower_ in ("to", "into"):
        verb = verb.head.head  # "flew to Papeete from Noumea": hung on the destination
    lemma = verb.lemma_.lower()
    # the verb's sense of a trip ("drove to Makeni"; a driver "drives for" a team too)
    senses = reader.lex.verb_senses(lemma)
    frame = next((f for f in senses if f.predicate == TK.visited), None)
    if (
        lemma not in reader.lex.trip_verbs
        or frame is None
        or preposition.lower_ not in (*frame.objects, "from")
        or preposition.lower_ == "at"
    ):
        return False
    # a second sense ("drove to Pellow") only for one word, driven to alone (not "drove to
    # Halden Mart to buy milk", "drove customers to Pellow", "to Brightwell, a garden centre")
    apposed = end < len(reader.doc) and reader.doc[end].text == ","
    if frame is not senses[0] and (end - start > 1 or children(verb, "dobj") or apposed):
        return False
    doer = verb
    while doer.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in doer.children):
        doer = doer.head  # "held talks and on Tuesday travelled to Mahia": the first verb's
    subjects = [s for s in doer.children if s.dep_ == "nsubj"] or _timed_opening(doer)
    # ("Moux and Ballard travelled": either one a traveller)
    subjects += [c for s in subjects for c in s.children if c.dep_ == "conj"]
    return any(_a_traveller(reader, s) for s in subjects)


def _timed_opening(verb: Token) -> list[Token]:
    """ "On Tuesday Ruiz and Okafor flew to X": the subject the parser hung on the opening
    "On" (the weekday made its compound), when the verb has none of its own."""
    return [
        pobj
        for prep in verb.children
        if prep.dep_ == "prep" and prep.i == prep.sent.start and prep.i < verb.i
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        and any(c.dep_ == "compound" and c.ent_type_ in ("DATE", "TIME") for c in pobj.children)
    ]


def _a_traveller(reader: SpanReader, subject: Token) -> bool:
    """A person's name, a personal pronoun or a person's title as a verb's subject."""
    return (
        subject.ent_type_ == "PERSON"
        or subject.lower_ in ("he", "she", "i", "we", "they", "who")
        or subject.lemma_.lower() in reader.lex.titles
        # "Ana Lobo flew to X", a name the NER left untagged: a given name opens it
        or (subject.pos_ == "PROPN" and is_given_name(subject.left_edge.text))
        # "Tetuanui and Mercier travelled": a surname of a person the NER tagged elsewhere
        or (
            subject.pos_ == "PROPN"
            and any(
                e.label_ == "PERSON" and subject.text in e.text.split()[1:] for e in reader.doc.ents
            )
        )
    )


def kind_of_place_follows(reader: SpanReader, end: int) -> bool:
    """ "Al Haouz province", "Kent county", "the Dealu Mare wine region": a region's kind
    noun, in lower case, after it (past a modifier of the kind's)."""
    doc = reader.doc
    if end + 1 < len(doc) and doc[end].is_lower and doc[end].dep_ in _MODIFIERS:
        end += 1 if doc[end].head.i == end + 1 else 0  # "wine | region"
    if end >= len(doc) or not doc[end].is_lower:
        return False
    return doc[end].lemma_ in reader.lex.admin_words


_MODIFIERS = ("compound", "amod")


def place_led_by(reader: SpanReader, end: int, ministers: bool = False) -> EntityType | None:
    """The class of place "X's governor", "X's mayor" or "the mayor of X" makes X, or None;
    with ``ministers``, "X's health minister" too (of a name no one took for a person's:
    "Putin's foreign minister" is a president's)."""
    table = reader.table
    token = reader.doc[end - 1]
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        role = token.head.head  # "the chief minister of Kerala": the compound's words too
        i = role.i
        while i > 0 and reader.doc[i - 1].dep_ in _MODIFIERS and reader.doc[i - 1].head == role:
            i -= 1
        words = [reader.doc[k].lemma_.lower() for k in range(i, role.i + 1)]
        led = reader.lex.place_leaders.get(" ".join(words)) or reader.lex.place_leaders.get(
            words[-1]
        )
        if led is not None:
            return led
    if end + 1 >= len(table) or table.lower[end] not in ("'s", "’s"):
        return None
    leaders = reader.lex.place_leaders
    two = " ".join(table.lemma[end + 1 : end + 3])  # "Odisha's chief minister"
    for k in range(end + 1, min(end + 4, len(table)) if ministers else end + 1):
        if not reader.doc[k].is_lower or table.lower[k] == "prime":
            break
        if table.lemma[k] == "minister" and k > end + 1:
            return EntityType.ADMINISTRATIVE_AREA  # "Victoria's health minister": no firm's
    return leaders.get(two) or leaders.get(table.lemma[end + 1])


def town_of_a_mayor(reader: SpanReader, start: int) -> bool:
    """ "the mayor of Lyon": what a town's leader is of is the town (the lexicon's
    ``town_leader_titles``), whatever club or company shares its name."""
    lower = reader.table.lower
    return (
        start >= 2
        and lower[start - 1] == "of"
        and lower[start - 2] in reader.lex.town_leader_titles
    )


def things_in(reader: SpanReader, i: int, name: str) -> bool:
    """ "toured vineyards in Fleys", "a camp in Renk": one word no list of names knows, in
    a plural noun's or a kind of place's "in" (not "confidence in Mahlangu")."""
    token = reader.doc[i]
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "in":
        return False
    if i + 1 < len(reader.doc) and reader.doc[i + 1].lower_ in ("'s", "’s", "'"):
        return False
    things, verb, sites = [prep.head], prep.head, reader.lex.place_head_nouns
    if verb.pos_ == "VERB":  # "set up camps in Renk": the parser hangs "in" on the verb
        things = [c for c in verb.children if c.dep_ == "dobj"]
        if verb.dep_ == "relcl" and any(c.lower_ == "which" for c in verb.children):
            things.append(verb.head)  # "X Airport, which sits in Y": the airport is in it
    return any(
        (t.pos_ == "NOUN" and (t.tag_ == "NNS" or t.lemma_.lower() in reader.lex.place_kind_nouns))
        or (t.pos_ == "PROPN" and t.lower_ in sites)
        for t in things
    ) and not is_personal_name(name)


def born_in(reader: SpanReader, i: int) -> bool:
    """ "born in X", "died in X", "grew up in X", "a native of X": a place's slot in a life."""
    token = reader.doc[i]
    prep = token.head
    if token.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in ("native", "natives"):
        return True
    # "born at Voss in Hordaland": a place "at" a place, not a hospital or a house
    at_a_place = prep.lower_ == "at" and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pobj" for g in c.children)
        for c in token.children
    )
    if token.dep_ != "pobj" or (prep.lower_ != "in" and not at_a_place):
        return False
    words = reader.lex.biography
    life = words.birth_words | words.death_verbs | words.raised_verbs
    return prep.head.lemma_.lower() in life or prep.head.lower_ in life


def born_or_raised_in(reader: SpanReader, i: int) -> bool:
    """ "born in Baia Sprie": a town (not "died in Johns Hopkins": one dies in a hospital)."""
    token, words = reader.doc[i], reader.lex.biography
    verb = token.head.head
    life = {verb.lemma_.lower(), verb.lower_} & (words.birth_words | words.raised_verbs)
    return token.dep_ == "pobj" and token.head.lower_ == "in" and bool(life)


def kind_by_copula(reader: SpanReader, start: int, end: int) -> EntityType | None:
    """ "Foots Creek is an unincorporated community in ...", "X is a river in ...": the kind
    of place a copula says the name is."""
    lex = reader.lex
    head = reader.doc[reader.head_index(start, end)]
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_ != "be":
        return None
    for attr in (c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"):
        kind = attr.lemma_.lower()
        if kind in lex.named_kinds:
            return lex.named_kinds[kind]
        if kind in lex.settlement_nouns:
            return EntityType.CITY
        if kind in lex.place_kind_nouns or kind in lex.place_head_nouns:
            return EntityType.PLACE
        if kind in lex.copula_org_kinds:
            return EntityType.ORGANIZATION  # "The Velvet Drift is an American rock band"
    return None


def area_slot(reader: SpanReader, start: int, end: int) -> bool:
    """In a place's slot ("in X", "part of X"), naming whose capital or district a place is,
    or after a place and its comma ("in Szczytno County, Warmian-Masurian Voivodeship": the
    larger area a list of places ends with)."""
    doc = reader.doc
    last = doc[end - 1]
    listed = start > 1 and doc[start - 1].text == "," and doc[start - 2].ent_type_ in ("GPE", "LOC")
    part = last.dep_ == "pobj" and last.head.lower_ == "of" and last.head.head.lower_ == "part"
    return (
        placed(reader, start, end)
        or listed
        or part
        or (last.dep_ == "compound" and last.head.lemma_.lower() in reader.lex.place_kind_nouns)
    )


def visited_site(reader: SpanReader, end: int) -> bool:
    """ "visited the Karoo site", "toured the Kipoi camp": a name before a kind of site
    that a verb of visiting takes."""
    token = reader.doc[end - 1]
    site = token.head
    if token.dep_ != "compound" or site.lemma_.lower() not in reader.lex.site_nouns:
        return False
    frame = reader.lex.verbs.get(site.head.lemma_.lower())
    return site.dep_ == "dobj" and frame is not None and frame.predicate == TK.visited


def kind_said(reader: SpanReader, start: int, end: int) -> bool:
    """The words around the name say what kind of place it is ("the village of X", "X,
    a town in", "X is a river", "the capital of X")."""
    said = (
        named_kind(reader, start, end)
        or kind_in_apposition(reader, start, end)
        or kind_by_copula(reader, start, end)
    )
    # ... or what a town named beside it is the capital of ("Pamplona, the capital of
    # Navarre"; not "the capital of Santander was strong", a bank's money)
    return (said is not None and said.kind is EntityType.PLACE) or (
        capital_of(reader, start, end) and a_towns_capital(reader, start, end)
    )


def a_towns_capital(reader: SpanReader, start: int, end: int) -> bool:
    """The capital a name is "of" is said of a town (in apposition to it or its copula's
    attribute), not a bank's money."""
    seat = reader.doc[reader.head_index(start, end)].head.head
    return seat.dep_ in ("appos", "attr") or (seat.dep_ == "conj" and seat.head.dep_ == "appos")


def town_after_of(reader: SpanReader, start: int, name: str | None = None) -> bool:
    """ "Okafor, 41, of Enugu", "40 miles north of Enugu", "Norvia Inc. of Enugu": the name
    after "of" that a person's age, a compass point or a company's abbreviated legal form
    opens is where they are, a town; so is a ``name`` the gazetteers know after a part of a
    place ("the Lyngby area of Copenhagen", "the Pudu district of Kuala Lumpur")."""
    lower, lex = reader.table.lower, reader.lex
    if start < 2 or lower[start - 1] != "of":
        return False
    before = lower[start - 2]
    part = before in lex.part_of_place_nouns or before in lex.admin_words
    return (
        before in lex.compass_words
        or before in lex.legal_abbreviations
        or after_an_age(reader, start)
        or (part and name is not None and known_place(name) is not None)
    )


def after_an_age(reader: SpanReader, start: int) -> bool:
    """ "Okafor, 41, of X": the name after a person's age and "of"."""
    return (
        start >= 4
        and reader.table.lower[start - 1] == "of"
        and reader.table.lower[start - 2] == ","
        and age_follows(reader, start - 4)
    )


def region_follows(
    reader: SpanReader, end: int, limit: int | None = None, closers: frozenset[str] = _CLOSERS
) -> bool:
    """ "Morgan Falls, Minn.", "Mineral Springs, Texas, said": a comma, then a state or a
    country (the lexicon's admin areas, the country table) that ``limit`` (the sentence's
    end) or one of ``closers`` ends."""
    text = reader.table.text
    limit = len(text) if limit is None else limit
    if end >= limit or text[end] != ",":
        return False
    for stop in range(end + 2, min(end + 4, limit) + 1):
        if stop < limit and text[stop] not in closers:
            continue
        region = " ".join(text[end + 1 : stop])
        if region in reader.lex.admin_areas or country_name(region, reader.lex):
            return True
    return False


def kind_a_title_is_of(reader: SpanReader, start: int) -> EntityType | None:
    """ "the chief district officer of Dolakha", "the head of Norvia": what a title is of is
    no person; an area when the title names one ("district"), else a body."""
    k = start - 1
    if k < 2 or reader.table.lower[k] != "of":
        return None
    if start + 1 < len(reader.table) and reader.table.lower[start + 1] in POSSESSIVE_MARKS:
        return None  # "the director of Okafor's campaign": the campaign's
    for first in range(max(0, k - 4), k):
        if reader.title_len[first] and first + reader.title_len[first] == k:
            words = reader.table.lower[max(0, k - 4) : k]  # "chief district officer"
            if any(w in reader.lex.admin_words for w in words):
                return EntityType.ADMINISTRATIVE_AREA
            title = " ".join(reader.table.lower[first:k])
            # a leader's ("the head of X"), not a partner's or a friend's ("of Heng")
            return EntityType.ORGANIZATION if title in reader.lex.leader_titles else None
    return None
