"""Repairs that need the whole article: datelines, acronyms defined in the text, one type
per name, and names tagged once found everywhere."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from textkg.extract.gazetteers import LARGE_TOWN, city_population, is_given_name, is_surname
from textkg.extract.mentions.model import _ACRONYM, Ment, clean_name, is_acronym, places_outvote
from textkg.extract.mentions.org_clues import business_context
from textkg.extract.mentions.place_clues import (
    DASHES,
    known_place,
    region_follows,
    seat_of,
)
from textkg.extract.mentions.short_forms import (
    after_its_town,
    company_short_names,
    person_short_forms,
    stands_alone,
)
from textkg.extract.mentions.spans import SpanReader
from textkg.extract.mentions.town_slots import a_towns_slot, in_a_places_slot, one_word_towns
from textkg.extract.places import country_name
from textkg.lexicon import Lexicon
from textkg.records import EntityType


def dateline_spans(reader: SpanReader, taken: list[bool]) -> list[tuple[int, int, str]]:
    """Wire-copy datelines the NER misses in capitals: "BELGRADE, Yugoslavia (AP)",
    "SAN FRANCISCO (AP)" (a place), "(TANJUG)" / "By ITAR-TASS correspondent" (an agency)."""
    table = reader.table
    found: list[tuple[int, int, str]] = []

    def capitals(i: int) -> bool:
        word = table.text[i]
        return len(word) >= 2 and word.upper() == word and any(c.isalpha() for c in word)

    def capital_run(i: int, limit: int) -> int:
        """The end of a run of capitalised words ("ITAR-TASS", "SAN FRANCISCO")."""
        end = i
        while end < limit and end - i < 5 and capitals(end):
            end += 1
            if end + 1 < limit and table.text[end] == "-" and capitals(end + 1):
                end += 1
        return end

    for sentence in reader.sentences:
        start, limit = sentence.start_token, sentence.end_token
        end = capital_run(start, limit)
        follows = table.text[end] if end < limit else ""
        free = not any(taken[start:end])
        if (
            end > start
            and follows in (",", "(", "_", "--", "—")
            and (
                free
                or agency_follows(reader, end, limit)
                or region_follows(reader, end, limit, DASHES)  # "ELKHART, Ind. _"
            )
        ):
            found.append((start, end, "GPE"))
        for i in range(start, min(limit - 2, start + 12)):
            if table.text[i] in ("(", "by", "By"):
                end = capital_run(i + 1, limit)
                closes = end < limit and (
                    (table.text[i] == "(" and table.text[end] == ")")
                    or (table.text[i] != "(" and table.lower[end] in reader.lex.member_titles)
                )
                if end > i + 1 and closes and not any(taken[i + 1 : end]):
                    found.append((i + 1, end, "ORG"))
    return found


def agency_follows(reader: SpanReader, i: int, limit: int) -> bool:
    """ ", Ohio (AP)" or " (AP)" after a dateline's town: the agency's name in brackets,
    then the story ("_ ...") or nothing; not "NASA (AP) said" or "IBM, Microsoft (MSFT)
    and ..."."""
    text = reader.table.text
    if i < limit and text[i] == ",":
        i += 1
        region = i
        while i < limit and i - region < 3 and text[i][:1].isupper() and text[i] != "(":
            i += 1
    if not (i + 2 < limit and text[i] == "(" and text[i + 1].isupper() and text[i + 2] == ")"):
        return False
    after = i + 3
    return after >= limit or text[after] in ("_", "--", "—", "-")


_JOINING = frozenset({"of", "for", "and", "the", "de", "on", "&"})


def named_before_acronyms(reader: SpanReader, mentions: list[Ment]) -> list[Ment]:
    """ "the Harvard-Smithsonian Center for Astrophysics (CfA)": a name the NER missed, found
    by the acronym in brackets after it (its initials spell the acronym)."""
    doc, found = reader.doc, []
    taken = {i for m in mentions for i in range(m.start, m.end)}
    for i in range(1, len(doc) - 2):
        if doc[i].text != "(" or doc[i + 2].text != ")" or (i - 1) in taken:
            continue
        acronym = doc[i + 1].text
        if not is_acronym(acronym) or "." in acronym:
            continue
        start = _initials_start(reader, i, acronym.lower(), taken)
        if start is None:
            continue
        name = clean_name(doc[start:i].text)
        ment = Ment(start, i, EntityType.ORGANIZATION, name, reader.owner[start])
        ment.votes[EntityType.ORGANIZATION] += 1
        found.append(ment)
        taken.update(range(start, i))
    return found


def _initials_start(reader: SpanReader, end: int, letters: str, taken: set[int]) -> int | None:
    """Where the words before ``end`` whose initials spell ``letters`` start (with or without
    their joining words), run on over capitalised words before them ("Harvard-Smithsonian")."""
    doc = reader.doc
    words: list[str] = []
    k = end - 1
    while k >= 0 and k not in taken and reader.owner[k] == reader.owner[end]:
        word = doc[k].text
        if not ((word[:1].isupper() and word.isalpha()) or word.lower() in _JOINING):
            return None
        words.insert(0, word)
        capitals = "".join(w[0].lower() for w in words if w[:1].isupper())
        every = "".join(w[0].lower() for w in words)
        if words[0][:1].isupper() and letters in (capitals, every):
            while (
                k > 0
                and (k - 1) not in taken
                and not doc[k].is_sent_start
                and (
                    doc[k - 1].text == "-"
                    or (doc[k - 1].text[:1].isupper() and doc[k - 1].is_alpha)
                )
            ):
                k -= 1
            return k
        if not (letters.endswith(capitals) or letters.endswith(every)):
            return None
        k -= 1
    return None


#: How much larger a city must be than the place written before it to contain it.
LARGER_CITY = 10


def much_larger(city: str, than: str) -> bool:
    """Whether the gazetteers make ``city`` LARGER_CITY times the town ``than`` at least."""
    return city_population(city) >= LARGER_CITY * max(city_population(than), 1)


def type_districts(reader: SpanReader, mentions: list[Ment]) -> None:
    """ "Kasarani, Nairobi", "Croydon, south London": a city name right before a city ten
    times larger is a district of it, a place that is no city."""
    doc, table = reader.doc, reader.table
    starting = {m.start: m for m in mentions if m.etype is EntityType.CITY}
    for ment in list(starting.values()):
        k = ment.end
        if k >= len(doc) or table.text[k] != ",":
            continue
        k += 1
        if k < len(doc) and table.lower[k] in reader.lex.compass_words:
            k += 1
            if k + 1 < len(doc) and table.text[k] == "-":
                k += 2  # "Wimbledon, south-west London": the tokenizer cuts at the hyphen
        larger = starting.get(k)
        if larger is None or reader.owner[k] != reader.owner[ment.start]:
            continue
        if much_larger(larger.name, ment.name):
            ment.etype = EntityType.PLACE


def type_towns_of_named_areas(reader: SpanReader, mentions: list[Ment]) -> None:
    """ "Madang ... Madang Province", "Kano ... Kano State": where the article names the
    area with its kind, the bare name a town of the gazetteers bears is the town."""
    admin = reader.lex.admin_words
    areas = {
        " ".join(m.name.split()[:-1])
        for m in mentions
        if len(m.name.split()) > 1 and m.name.split()[-1].lower() in admin
    }
    for ment in mentions:
        if (
            ment.etype is EntityType.ADMINISTRATIVE_AREA
            and ment.name in areas
            and city_population(ment.name) > 0
            and not _an_areas_leader_by(reader, ment)
        ):
            ment.etype = EntityType.CITY


def _an_areas_leader_by(reader: SpanReader, ment: Ment) -> bool:
    """ "the governor of Madang", "Madang governor X": the area, which its leader's title
    names (the lexicon's ``place_leaders``), not its town."""
    table, leaders = reader.table, reader.lex.place_leaders
    before = table.lower[max(0, ment.start - 3) : ment.start]
    after = table.lower[ment.end : ment.end + 1]
    titles = [w for w in after if w in leaders]
    if len(before) >= 2 and before[-1] == "of":
        titles += [w for w in before[:-1] if w in leaders]
    return any(leaders[w] is EntityType.ADMINISTRATIVE_AREA for w in titles)


def find_acronyms(reader: SpanReader, mentions: list[Ment]) -> None:
    """ "the Foreign Intelligence Service (SVR)": SVR names the service in this article."""
    doc = reader.doc
    for ment in mentions:
        if ment.etype is not EntityType.ORGANIZATION:
            continue
        i = ment.end
        if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
            candidate = doc[i + 1].text
            if is_acronym(candidate) and candidate != ment.name:
                reader.acronyms.setdefault(candidate, ment.name)


def harmonise(reader: SpanReader, mentions: list[Ment]) -> list[Ment]:
    """One type per name in an article: the type most of its spans (and context) say."""
    votes: dict[str, Counter[EntityType]] = defaultdict(Counter)
    for ment in mentions:
        votes[ment.name].update(ment.votes)
    bodies = {m.name for m in mentions if m.etype is EntityType.ORGANIZATION}
    surnames = {
        surname
        for m in mentions
        if m.etype is EntityType.PERSON
        and len(m.name.split()) > 1
        # "Comptoir Siguiri Or", tagged a person once (not "Marta Vell" of her fashion house)
        and (m.name not in bodies or is_given_name(m.name.split()[0]))
        # (not "Lanificio Valsessera", tagged a person once: a company's prefixed name)
        and m.name.split()[0].lower() not in reader.lex.name_prefixes
        for surname in _surnames(m.name, reader.lex.name_particles)
    }
    double_surnames = {
        " ".join(m.name.split()[-2:])
        for m in mentions
        if m.etype is EntityType.PERSON
        and len(m.name.split()) > 2
        and not is_given_name(m.name.split()[-2])
    }
    # "Chipotle" after "Chipotle Mexican Grill", "Nile Frame" after "Nile Frame Pictures":
    # the first words of an organisation's name; "Cuscatlán" after "Atlético Cuscatlán"
    org_words = {
        form
        for m in mentions
        if m.etype is EntityType.ORGANIZATION and len(m.name.split()) > 1
        for form in _organisation_short_forms(m.name.split(), reader.lex)
    }
    # the given names people here bear ("Sofia Ruiz"; "Queen Sofia", a name after a title)
    lex = reader.lex
    person_titles = lex.titles | lex.honorifics | lex.regnal_titles
    given = {
        m.name.split()[0]
        for m in mentions
        if m.etype is EntityType.PERSON and not m.derived and (" " in m.name or m.titles)
    } | {
        m.name
        for m in mentions
        if m.start > 0 and reader.table.lower[m.start - 1] in person_titles and not m.derived
    }
    place_starts = {m.start for m in mentions if m.etype.kind is EntityType.PLACE}
    defined = {m.name: m.etype for m in mentions if m.defined}  # "Merenka is a town on"
    # "Tottenham Hotspur" tagged a person where "Tottenham" is an organisation
    org_singles = {
        m.name for m in mentions if m.etype is EntityType.ORGANIZATION and " " not in m.name
    }
    # a name written once where a town stands is the town wherever the article writes it
    seats = {m.name for m in mentions if seat_of(reader, m.start, m.end)}
    towns = {m.name for m in mentions if in_a_places_slot(reader, m, place_starts)}
    for ment in mentions:
        if ment.derived:
            continue
        if ment.defined or (ment.name in defined and ment.name not in surnames):
            # (not "Kimbrook died in 1931" on the page of the hamlet named after him)
            ment.etype = defined[ment.name]
            continue
        first = ment.name.split()[0] if ment.name else ""
        if (
            ment.etype is EntityType.PERSON
            and " " in ment.name
            and first in org_singles
            and first not in surnames  # "Choi Min-seo", where "Choi" alone was typed otherwise
            and not is_given_name(first)
            and not votes[first][EntityType.PERSON]  # "Siriporn, 38, ...": a person's name
        ):
            ment.etype = EntityType.ORGANIZATION
            continue
        if (
            (
                ment.etype in (EntityType.PERSON, EntityType.ORGANIZATION)
                or (
                    ment.etype in (EntityType.CITY, EntityType.PLACE)
                    and known_place(ment.name) is None
                    and ment.name not in seats  # "headquartered in Aqaba"
                    # "drove to Makeni" beside "Makeni City Council" (not "shares in Hanbit"
                    # beside "Hanbit Heavy Industries": see in_a_places_slot)
                    and ment.name not in towns
                )
                or (
                    ment.etype in (EntityType.CITY, EntityType.ADMINISTRATIVE_AREA)
                    and " " not in ment.name  # not "New York" beside "New York Times"
                    and ment.name not in towns
                    # (nor a large town beside a company named after it: "Lagos Medtech")
                    and city_population(ment.name) < LARGE_TOWN
                )
            )
            and ment.name in org_words
            and ment.name not in surnames
            # (not "took the train to Halmstad", tagged a person once, that the article's
            # other sentences make the town "Halmstad Falcons" is named after)
            and not (ment.etype is EntityType.PERSON and places_outvote(votes[ment.name]))
            # (a given name alone is a company's short name unless someone here bears it:
            # "Sakura" after "Sakura Media Holdings", with no Sakura among the people)
            and not (
                _a_persons_name(ment.name)
                and (" " in ment.name or ment.name in given or _a_towns(reader, ment))
            )
        ):
            ment.etype = EntityType.ORGANIZATION
            continue
        one_word = " " not in ment.name or first in reader.lex.name_particles
        surname = (one_word and ment.name in surnames) or ment.name in double_surnames
        # "Siriporn Chaiyasit ... Siriporn, 38, was born ...": a given name written alone,
        # once at least where only a person stands, as Thai and other news write names
        surname = surname or (
            one_word and ment.name in given and _given_alone(ment, votes, reader.lex)
        )
        if surname and not votes[ment.name][EntityType.COUNTRY]:
            # "Lincoln" after "Abraham Lincoln", however often the NER made it a place;
            # "Owusu Boateng" or "Tjon-Sien" after "Ama Owusu Boateng", "Eva Tjon-Sien"
            ment.etype = EntityType.PERSON
            continue
        ranked = votes[ment.name].most_common()
        if len(ranked) > 1 and ranked[0][1] > ranked[1][1]:
            best = ranked[0][0]
            if best.kind is not ment.etype.kind:
                ment.etype = best
        elif _org_or_unknown_place(ranked, ment.name):
            # "Spotify" tagged once each way; a name the article flies to is the town
            places = [t for t, _n in ranked if t.kind is EntityType.PLACE]
            town = ment.name in towns and " " not in ment.name and bool(places)
            ment.etype = places[0] if town else EntityType.ORGANIZATION
        if ment.etype is EntityType.PLACE:
            # "the mayor of Port Elin" where the NER called it a site once and a town twice
            kinds = [t for t, _n in ranked if t.kind is EntityType.PLACE and t is not ment.etype]
            ment.etype = kinds[0] if kinds else ment.etype
        if ment.name in reader.acronyms:
            ment.name = reader.acronyms[ment.name]
            ment.etype = EntityType.ORGANIZATION
    return mentions


def _given_alone(ment: Ment, votes: dict[str, Counter[EntityType]], lex: Lexicon) -> bool:
    """A given name of a person named here, written alone: the person where a span of it
    says so, or where it is no town the gazetteers know, no part of the world ("Asia
    Argento ... sales in Asia") and nothing says a body."""
    said = votes[ment.name]
    if said[EntityType.PERSON]:
        return True
    region = ment.name.lower() in lex.world_regions
    return known_place(ment.name) is None and not region and not said[EntityType.ORGANIZATION]


def _a_towns(reader: SpanReader, ment: Ment) -> bool:
    """A town's name ("Phoenix", beside "Phoenix Police Department"), unless said where a
    company stands ("Sakura already owns Studio Kamome")."""
    return bool(known_place(ment.name)) and not business_context(reader, ment.start, ment.end)


_REGNAL = re.compile(r"^[IVX]+$")


def _a_persons_name(name: str) -> bool:
    """A given name alone, or with a surname or a regnal number ("King Mohammed VI" beside
    the "Mohammed VI University Hospital"): not a company's name written short."""
    words = name.split()
    if len(words) == 1:
        return is_given_name(name)
    last = words[-1]
    return is_given_name(words[0]) and (is_surname(last) or bool(_REGNAL.match(last)))


def _organisation_short_forms(words: list[str], lex: Lexicon) -> list[str]:
    """The names an organisation is written short by: its first words, and a club's or a
    company's name without the prefix ("Atlético Cuscatlán" → "Cuscatlán"; not a place's,
    "Real Madrid", "Banco Atlántida")."""
    forms = [" ".join(words[:k]) for k in range(1, len(words))]
    prefix = words[0].lower() if len(words) == 2 else ""
    # not a town a club is named after ("Real Madrid"), nor any place a company is
    # ("Banco Atlántida": the region)
    place = known_place(words[1]) if prefix else None
    company = prefix in lex.company_prefixes
    if (company and place is None) or (
        not company and prefix in lex.name_prefixes and place is not EntityType.CITY
    ):
        forms.append(words[1])
    kinds = lex.short_form_heads | lex.org_head_nouns | lex.classifier_nouns
    rest = after_its_town(words, kinds)  # "the Oklahoma City Thunder ... The Thunder"
    return [*forms, rest] if rest else forms


def _org_or_unknown_place(ranked: list[tuple[EntityType, int]], name: str) -> bool:
    """A tie between an organisation and a town no gazetteer knows: the organisation."""
    top = {etype for etype, n in ranked if n == ranked[0][1]} if ranked else set()
    places = {EntityType.CITY, EntityType.ADMINISTRATIVE_AREA, EntityType.PLACE}
    return (
        len(top) == 2
        and EntityType.ORGANIZATION in top
        and bool(top & places)
        and known_place(name) is None
    )


def _surnames(name: str, particles: frozenset[str]) -> list[str]:
    """How a person's name is shortened: its last word, from a particle on ("de Vries"),
    the family name written first before a hyphenated given name ("Choi" of "Choi Min-seo"),
    or the first of two surnames ("Ibarra" of "Rosa Ibarra Quispe")."""
    words = name.split()
    found = [words[-1]]
    if len(words) == 2 and "-" in words[1].strip("-") and "-" not in words[0]:
        found.append(words[0])
    if len(words) == 3 and words[1] not in particles and not is_given_name(words[1]):
        found.append(words[1])
    for k in range(1, len(words) - 1):
        if words[k] in particles:
            found.append(" ".join(words[k:]))
            break
    return found


def propagate(reader: SpanReader, mentions: list[Ment]) -> list[Ment]:
    """Names tagged once are names everywhere in the article (incl. defined acronyms)."""
    doc = reader.doc
    taken = [False] * len(doc)
    for ment in mentions:
        for i in range(ment.start, ment.end):
            taken[i] = True
    known: dict[str, tuple[EntityType, str]] = {}
    for ment in mentions:
        if ment.derived or ment.etype is EntityType.EVENT:
            continue
        surface = doc[ment.start : ment.end].text
        words = surface.split()
        if len(words) >= 2 or _ACRONYM.match(surface):
            known.setdefault(surface, (ment.etype, ment.name))
    for acronym, full in reader.acronyms.items():
        known.setdefault(acronym, (EntityType.ORGANIZATION, full))
    # a person's surname alone, later ("Daniel Hughes ... Hughes visited"), where the
    # parser calls it a proper noun and the NER gave it nothing
    short_forms: set[str] = set()  # read only where untagged proper nouns
    for ment in mentions:
        if ment.etype is not EntityType.PERSON or ment.derived:
            continue
        span = doc[ment.start : ment.end]
        for word in person_short_forms([t.text for t in span], span.text):
            short_forms.add(word)
            known.setdefault(word, (EntityType.PERSON, word))
    # a given name the article writes alone for a person ("Siriporn, 38, was born ..."),
    # wherever the NER left it untagged
    # (the first or last word of a name written in full here, whatever it was typed: not
    # "The Queen", nor a word the NER once took for a person, "Gaelic")
    ends_of_names = {
        word
        for m in mentions
        if m.etype in (EntityType.PERSON, EntityType.ORGANIZATION) and " " in m.name
        for word in (m.name.split()[0], m.name.split()[-1])
    }
    alone = Counter(
        m.name for m in mentions if m.etype is EntityType.PERSON and " " not in m.name
    )  # (or one the NER tagged a person twice: "Milošević, 47, agreed ... under Milošević")
    roles = reader.lex.titles | reader.lex.honorifics | reader.lex.regnal_titles
    alone_names = {n for n, times in alone.items() if n in ends_of_names or times > 1}
    alone_names = {n for n in alone_names - known.keys() if n.lower() not in roles}
    for word in sorted(alone_names):
        short_forms.add(word)
        known[word] = (EntityType.PERSON, word)
    company_forms = company_short_names(reader, mentions, known)
    towns = one_word_towns(reader, mentions, known)
    firsts: dict[str, list[str]] = defaultdict(list)
    for surface in sorted(known, key=len, reverse=True):
        firsts[surface.split()[0].split("-")[0]].append(surface)
    added: list[Ment] = []
    table = reader.table
    for i, word in enumerate(table.text):
        surfaces = firsts.get(word)
        if not surfaces or taken[i] or reader.owner[i] < 0:
            continue
        for surface in surfaces:
            if not table.source.startswith(surface, table.idx[i]):
                continue
            end_char = table.idx[i] + len(surface)
            end = i
            while end < len(table) and table.idx[end] < end_char:
                end += 1
            if table.end_char(end - 1) != end_char:
                continue
            if any(taken[i:end]) or reader.owner[end - 1] != reader.owner[i]:
                continue
            # a surname the parser took for a noun ("Chalmers met Bullock") is the person too
            # and one it took for a group of people ("held talks with | Varghese"), not a
            # nationality
            tagged = (
                table.ent_type[i] not in _NOT_NAMES_TAGS
                and not (table.ent_type[i] == "NORP" and country_name(surface, reader.lex) is None)
                and not _a_date_of_one_name(reader, i, end)
            )
            listed = _listed_after_a_name(reader, i)  # "hosted Solberg and | Tremblay"
            # "Ha signed ...": a short family name the tagger took for an interjection
            verb_after = end < len(table) and table.pos[end] in ("VERB", "AUX")
            quoted = i > 0 and table.text[i - 1] in ("'", '"', "‘", "“")  # "'Oh come on,'"
            named_pos = table.pos[i] in ("PROPN", "NOUN") or (
                table.pos[i] == "INTJ" and verb_after and not quoted
            )
            if surface in short_forms and ((not named_pos and not listed) or tagged):
                continue
            if surface in alone_names and _inside_a_longer_name(reader, i, end):
                continue  # "Bill, 40, ... The Farm Bill passed": not the farmer
            if surface in company_forms and not stands_alone(reader, i, end):
                continue
            if surface in towns and not a_towns_slot(reader, i, end):
                continue
            etype, name = known[surface]
            ment = Ment(i, end, etype, name, reader.owner[i])
            if table.lower[end - 1] in reader.lex.org_head_nouns:
                ment.categories.add(table.lower[end - 1])
            added.append(ment)
            for k in range(i, end):
                taken[k] = True
            break
    return added


def _inside_a_longer_name(reader: SpanReader, i: int, end: int) -> bool:
    """A word of a name of several capitalised words ("The Farm | Bill", "Bill | Street"),
    not a given name written alone (a title before it does not count: "Mr Bill")."""
    table, lex = reader.table, reader.lex
    before = i - 1
    capital_before = (
        before >= 0
        and table.pos[before] == "PROPN"
        and table.text[before][:1].isupper()
        and table.lower[before].rstrip(".") not in lex.honorifics | lex.titles
    )
    capital_after = end < len(table) and table.pos[end] == "PROPN" and table.text[end][:1].isupper()
    return capital_before or capital_after


def _listed_after_a_name(reader: SpanReader, i: int) -> bool:
    """A capitalised word after "and" or a comma that follows a tagged name, mid-sentence:
    a name of the list, whatever part of speech the tagger gave it ("Tremblay" as a verb)."""
    table = reader.table
    return (
        i >= 2
        and table.text[i][:1].isupper()
        and not reader.doc[i].is_sent_start
        and table.lower[i - 1] in ("and", ",", "or")
        and bool(table.ent_type[i - 2])
    )


#: The NER's labels a known name is still read under ("Cartwright" read as a title of a
#: work; "He and | Whitecalf" tagged a number): none, and kinds no name of the article is.
_NOT_NAMES_TAGS = frozenset(
    {"", "WORK_OF_ART", "PRODUCT", "LAW", "LANGUAGE", "CARDINAL", "ORDINAL", "QUANTITY"}
)


def _a_date_of_one_name(reader: SpanReader, start: int, end: int) -> bool:
    """ "Shikongo, who was born in X" tagged a date: a date the NER made of a proper
    noun alone, no number in it (the surnames read here are never months or weekdays)."""
    doc = reader.doc
    return (
        reader.table.ent_type[start] in ("DATE", "TIME")
        and doc[start].ent_iob_ == "B"
        and (end >= len(doc) or doc[end].ent_iob_ != "I")
        and all(t.pos_ == "PROPN" and not any(c.isdigit() for c in t.text) for t in doc[start:end])
    )


def dedupe(mentions: list[Ment]) -> list[Ment]:
    seen: dict[tuple[int, int], Ment] = {}
    for ment in mentions:
        old = seen.get((ment.start, ment.end))
        if old is None or (old.derived and not ment.derived):
            seen[(ment.start, ment.end)] = ment
    return list(seen.values())
