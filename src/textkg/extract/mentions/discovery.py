"""Names the NER did not tag at all, found from what the gazetteers know: a given name and
a surname ("Ana Ruiz said ..."), a country ("Nigeria was represented by ..."), a city or
province after a locative preposition ("travelled to Taroudant")."""

from __future__ import annotations

from spacy.tokens import Span

from textkg.extract.gazetteers import (
    LARGE_TOWN,
    city_population,
    is_given_name,
    is_language,
    is_personal_name,
    is_subdivision,
)
from textkg.extract.mentions.courts import court_in_town_end
from textkg.extract.mentions.kinds import classifier_apposition, looks_like_person
from textkg.extract.mentions.model import (
    Ment,
    Nationality,
    capitalised,
    clean_name,
    is_acronym,
    name_letters,
)
from textkg.extract.mentions.org_clues import (
    camel_case,
    company_role_after,
    company_role_apposed,
    company_role_before_name,
    joined_to_organisation,
)
from textkg.extract.mentions.particles import ROMANCE_AND
from textkg.extract.mentions.person_clues import age_follows, in_a_killing, person_named
from textkg.extract.mentions.place_clues import (
    based_follows,
    born_in,
    kind_in_apposition,
    known_place,
    named_kind,
    object_of_a_visit,
    place_led_by,
    place_of_a_trip,
    placed_in_apposition,
    region_follows,
)
from textkg.extract.mentions.spans import SpanReader
from textkg.extract.places import country_name
from textkg.months import MONTHS, WEEKDAYS
from textkg.records import EntityType

_MAX_NAME = 4
#: The most words of a body's name run together, when its last word says what it is.
_MAX_BODY_NAME = 8
#: Words for a party's side before its name ("the opposition Civic Renewal Platform").
_PARTY_SIDES_AFTER_THE = [["the", w] for w in ("opposition", "ruling", "governing")]


def untagged_spans(reader: SpanReader, taken: list[bool]) -> list[tuple[int, int, str]]:
    """(start, end, NER-style label) of untagged names the gazetteers recognise."""
    table, lex = reader.table, reader.lex
    found: list[tuple[int, int, str]] = _towns_before_based(reader, taken)
    taken = taken[:]
    for start, end, _ in found:
        taken[start:end] = [True] * (end - start)
    i = 0
    while i < len(table):
        if not taken[i] and _company_word(reader, i):
            found.append((i, i + 1, "ORG"))  # "Norvia chief executive Tomas Wilk"
            i += 1
            continue
        acronym_end = _acronym_after_kind(reader, taken, i)
        if acronym_end:
            found.append((i, acronym_end, "ORG"))  # "the state grid company ETED"
            i = acronym_end
            continue
        if not taken[i] and table.pos[i] == "PROPN" and camel_case(table.text[i]):
            found.append((i, i + 1, "ORG"))  # "SpaceX", "OpenAI": a capital inside one word
            i += 1
            continue
        opened = _opened_name(reader, taken, i)
        if opened is not None:
            found.append(opened)  # "Stade de France", "Banco do Nordeste"
            i = opened[1]
            continue
        if not taken[i] and _town_tagged_a_noun(reader, i):
            found.append((i, i + 1, "GPE"))  # "Brno, the largest city in Moravia"
            i += 1
            continue
        if taken[i] or not _name_token(reader, i):
            i += 1
            continue
        end = _run_of_name_words(reader, taken, i, _MAX_NAME)
        longer = _run_of_name_words(reader, taken, i, _MAX_BODY_NAME)
        if longer > end and table.lower[longer - 1] in lex.org_head_nouns:
            end = longer  # "the Greater Sudbury Jean Tremblay International Airport Authority"
        word = table.text[i]
        after_possessive = i > 0 and table.lower[i - 1] in ("'s", "'", "’s", "’")
        if after_possessive and end - i >= 2 and looks_like_person(reader, i, end):
            found.append((i, end, "PERSON"))  # "Brightwell's Ana Ruiz"
            i = end
            continue
        if _continues_a_name(reader, taken, i):
            i = end  # "the South Pyongan Province | People's Security Bureau": the NER's span grows
            continue
        complement = _of_complement(reader, taken, end)
        if complement < len(table) and table.lower[complement] in lex.admin_words:
            complement = end  # "Police of | Sindh province": the region is its own name
        if table.lower[end - 1] in lex.org_head_nouns and (end - i >= 2 or complement > end):
            end = complement  # "Central Bank | of Chile", "the Diocese | of Baucau"
            # ("the District Court | in Olomouc", untagged: a local court has its town)
            end = court_in_town_end(table, Span(reader.doc, i, end, label="ORG"), lex)
            found.append((i, end, "ORG"))  # "Norvia Group", "Baltic Grain Council"
        elif end - i >= 2 and i >= 2 and table.lower[i - 2 : i] in _PARTY_SIDES_AFTER_THE:
            found.append((i, end, "ORG"))  # "the opposition Civic Unity Platform", untagged
        elif complement > end and classifier_apposition(reader, i, complement, kind_only=True):
            end = complement  # "Port of Varna, the state company that runs the docks"
            found.append((i, end, "ORG"))
        elif end - i >= 2 and word.isupper() and word.lower() in lex.resolution.legal_prefixes:
            found.append((i, end, "ORG"))  # "SK Tarnow", "FC Olt": a club's prefix, a name
        elif not is_given_name(word) and (
            company_role_after(reader, end)
            or _possessor_of_person(reader, end)
            or (company_role_before_name(reader, end) and not _cut_after_a_word(reader, i))
            or company_role_apposed(reader, i, end)
        ):
            found.append((i, end, "ORG"))  # "Starbucks' board chair", "the Kings' Ana Ruiz"
        elif end - i >= 2 and (looks_like_person(reader, i, end) or person_named(reader, i, end)):
            found.append((i, end, "PERSON"))
        elif end - i >= 2 and (_title_apposed(reader, i, end) or _titled(reader, i, end)):
            found.append((i, end, "PERSON"))  # "Choe Son Hui, the foreign minister"
        elif age_follows(reader, end) or (
            end - i == 1 and not is_acronym(word) and _title_apposed(reader, i, end)
        ):
            found.append((i, end, "PERSON"))  # "Okafor, 41, said", "Okafor, a senior official,"
        elif end - i == 1 and _regnal(reader, i):
            found.append((i, end, "PERSON"))  # "King Charles"
        elif in_a_killing(reader, i, end):
            found.append((i, end, "PERSON"))  # "Moreno shot Okafor"
        elif end - i >= 2 and table.lower[end - 1] in lex.area_kind_nouns - lex.org_head_nouns:
            found.append((i, end, "GPE"))  # "the capital of Dhofar Governorate": an area
        elif _area_of_a_place(reader, i, end):
            found.append((i, end, "GPE"))  # "in the Ksar Tidra district of Atar"
        elif region_follows(reader, end):
            found.append((i, end, "GPE"))  # "Ella Grove, Minn., voted"
        elif end - i >= 2 and born_in(reader, end - 1) and known_place(reader._name(i, end)):
            found.append((i, end, "GPE"))  # "Born in Novi Sad, he": a town the lists know
        elif not looks_like_person(reader, i, end) and (
            kind_in_apposition(reader, i, end) or named_kind(reader, i, end)
        ):
            found.append((i, end, "GPE"))  # "Renk, a border town in", "the village of Kipoi"
        elif not is_given_name(word) and classifier_apposition(reader, i, end, kind_only=True):
            found.append((i, end, "ORG"))  # "Norcobre, Chile's state-owned copper miner"
        elif (
            end - i >= 2
            and not looks_like_person(reader, i, end)
            and classifier_apposition(reader, i, end)
        ):
            found.append((i, end, "ORG"))  # "Ligure Tankers, a Genoa-based owner of ships"
        elif end - i >= 2 and _which_is_based(reader, _past_a_place_of(reader, end)):
            end = _past_a_place_of(reader, end)  # "the Marine Survey of Chile, which is based"
            found.append((i, end, "ORG"))  # "Derwent Trout, which is based in Hobart,"
        elif not (
            is_personal_name(word) if end - i == 1 else looks_like_person(reader, i, end)
        ) and _appoints_its_head(reader, end):
            found.append((i, end, "ORG"))  # "Harbour Link on Monday appointed X as its ..."
        elif (
            end - i == 1
            and (
                country_name(word, lex)
                or is_subdivision(word)
                or (
                    (
                        _after_locative(reader, i)
                        or based_follows(reader.doc, end)
                        or _kind_follows(reader, end)
                        or object_of_a_visit(reader, i, end)  # "reached Accra on Thursday"
                        or place_led_by(reader, end) is not None  # "the mayor of Cardiff"
                    )
                    and city_population(word)
                )
                or placed_in_apposition(reader, end)  # "Tonnerre, in the Yonne department,"
                # "travelled to Moorea": no one's name, nor a company's first word ("Pellow")
                or (
                    place_of_a_trip(reader, i, end)
                    and not is_personal_name(word)
                    and not any(e.text.split()[0] == word for e in reader.doc.ents)
                )
            )
            and not joined_to_organisation(reader, i)
        ):
            found.append((i, end, "GPE"))

        i = end
    return found


def _run_of_name_words(reader: SpanReader, taken: list[bool], i: int, most: int) -> int:
    """Where the run of untagged name words from ``i`` ends, ``most`` words at most."""
    table = reader.table
    end = i + 1
    hyphens = 0  # "Co-operative" is one word of the name in three tokens
    while (
        end < len(table)
        and end - i - hyphens < most
        and not taken[end]
        and (
            _name_token(reader, end)
            or _capitalised_noun(reader, end)
            or _joining_hyphen(reader, end)
        )
        and reader.owner[end] == reader.owner[i]
    ):
        if _joining_hyphen(reader, end) and end + 1 < len(table) and not taken[end + 1]:
            hyphens += 2
            end += 1
        end += 1
    return end


def _opened_name(reader: SpanReader, taken: list[bool], i: int) -> tuple[int, int, str] | None:
    """ "Stade de France", "Palais des Nations", "Banco do Nordeste": a word that opens
    sites' or organisations' names in other languages, its particles and the capitalised
    words after them, though the NER tagged none of it (or only the country at its end)."""
    table, lex = reader.table, reader.lex
    label = lex.opening_label(table.text[i])
    if taken[i] or not table.text[i][:1].isupper() or label is None:
        return None
    end, words = i + 1, 1
    while end < len(table) and reader.owner[end] == reader.owner[i] and words < _MAX_BODY_NAME:
        # (and their "and": "Universidad Católica Madre y Maestra")
        if table.lower[end] in lex.name_particles | ROMANCE_AND and end + 1 < len(table):
            end += 1
            continue
        if not (table.text[end][:1].isupper() and table.text[end].isalpha()):
            break
        if table.lower[end] in lex.titles:
            break  # "At the Stade de France President X watched"
        end, words = end + 1, words + 1
        if taken[end - 1]:
            break  # a word the NER tagged ("France") ends the name
    while end > i + 1 and table.lower[end - 1] in lex.name_particles:
        end -= 1
    if words < 2:
        return None
    return i, end, label


def _of_complement(reader: SpanReader, taken: list[bool], end: int) -> int:
    """Past "of" and the capitalised words of what an organisation's head noun is of
    ("Central Bank of Chile", "University of Lagos"), in its sentence."""
    table = reader.table
    if end + 1 >= len(table) or table.lower[end] != "of":
        return end
    k = end + 1
    while (
        k < len(table)
        and k - end <= 3
        and not taken[k]
        and _name_token(reader, k)
        and reader.owner[k] == reader.owner[end]
    ):
        k += 1
    return k if k > end + 1 else end


def _titled(reader: SpanReader, start: int, end: int) -> bool:
    """ "his North Korean counterpart(,) Choe Son Hui", "Foreign Minister Choe Son Hui": a
    name of two words or more right after a person's title, which the NER left untagged."""
    table, lex = reader.table, reader.lex
    before = start - 1
    if before > 0 and table.text[before] == ",":
        before -= 1  # "his North Korean counterpart, Choe Son Hui"
    if before < 0 or not (
        table.lemma[before] in lex.titles or table.lower[before] == "counterpart"
    ):
        return False
    name = " ".join(table.text[start:end])
    last = table.lower[end - 1]
    return not (last in lex.place_head_nouns or country_name(name, lex) or known_place(name))


def _regnal(reader: SpanReader, i: int) -> bool:
    """ "King Charles", "Pope Leo": one given name right after a monarch's or a pope's title."""
    return (
        i > 0
        and reader.table.lower[i - 1] in reader.lex.regnal_titles
        and reader.table.text[i - 1][:1].isupper()
        and is_given_name(reader.table.text[i])
    )


def _title_apposed(reader: SpanReader, start: int, end: int) -> bool:
    """A name of two words or more followed by a person's title in apposition ("Choe Son
    Hui, the North Korean foreign minister"), which the NER left untagged; never a place."""
    table, lex = reader.table, reader.lex
    if end >= len(table) or table.text[end] != ",":
        return False
    last = table.lower[end - 1]
    name = " ".join(table.text[start:end])
    if last in lex.place_head_nouns or country_name(name, lex) or known_place(name):
        return False
    for k in range(end + 1, min(end + 7, len(table))):
        if table.text[k] in (",", ".", ";", ":") or table.pos[k] in ("VERB", "AUX"):
            return False
        if table.lemma[k] in lex.titles or table.lower[k] in lex.titles:
            # the title ends the apposition: "X, North Korea's foreign minister, ...", not
            # "X, the group's chief executive said, ..."
            end_of_title = k + max(reader.title_len[k], 1)
            after = table.text[end_of_title] if end_of_title < len(table) else ""
            if after in (",", ".", ";", "", "of"):
                return True  # (else a longer title goes on: "deputy chief | fire officer")
    return False


def _towns_before_based(reader: SpanReader, taken: list[bool]) -> list[tuple[int, int, str]]:
    """Towns of up to four words the NER missed before "-based", particles included ("the
    Andorra la Vella-based group", "a Toulouse-based group" read as a noun), that the
    gazetteers know (one word not at a sentence's start: "Cloud-based software")."""
    table, found = reader.table, []
    for j in range(2, len(table) - 1):
        if table.text[j] != "-" or table.lower[j + 1] != "based" or taken[j - 1]:
            continue
        for k in range(max(0, j - 4), j):
            words = table.text[k:j]
            if any(taken[k:j]) or not words[0][:1].isupper():
                continue
            if k == j - 1 and reader.doc[k].is_sent_start:
                continue
            if city_population(" ".join(words)):
                found.append((k, j, "GPE"))
                break
    return found


def _acronym_after_kind(reader: SpanReader, taken: list[bool], i: int) -> int:
    """The end of an untagged name in capitals right after a lower-case noun of a kind of
    organisation ("the state grid company ETED", "the power company CELEC EP"), or 0."""
    table = reader.table
    if i == 0 or taken[i] or not reader.doc[i - 1].is_lower:
        return 0
    if reader.doc[i - 1].lemma_.lower() not in reader.lex.classifier_nouns:
        return 0
    end = i
    while end < len(table) and end - i < 3 and not taken[end] and _capitals(reader, end):
        end += 1
    return end if end > i else 0


def _capitals(reader: SpanReader, i: int) -> bool:
    """A word in capitals that is no title ("the company CEO")."""
    word = reader.table.text[i]
    return word.isalpha() and word.isupper() and is_acronym(word) and not reader.title_len[i]


def _town_tagged_a_noun(reader: SpanReader, i: int) -> bool:
    """ "Brno, a city in Moravia": a large town's name the tagger took for a common noun,
    which an apposition says is a town."""
    word, table = reader.table.text[i], reader.table
    return (
        table.pos[i] == "NOUN"
        and word[:1].isupper()
        and word.isalpha()
        and city_population(word) >= LARGE_TOWN
        and kind_in_apposition(reader, i, i + 1) is not None
    )


def _name_token(reader: SpanReader, i: int) -> bool:
    table, lex = reader.table, reader.lex
    word = table.text[i]
    return (
        table.pos[i] in ("PROPN", "NOUN")
        and (
            table.pos[i] == "PROPN"
            or table.lower[i] in lex.org_head_nouns
            or country_name(word, lex) is not None  # "Barbados' premier", tagged a noun
        )
        and capitalised(word)
        and name_letters(word)
        and table.lower[i] not in lex.titles
        and table.lower[i] not in lex.honorifics
        and (table.lower[i] not in MONTHS or _given_name_not_month(reader, i))
        and table.lower[i] not in WEEKDAYS
        # "spoke in Spanish": no place (but "based in Tunis", which the NER tags so too)
        and (table.ent_type[i] != "LANGUAGE" or not is_language(word))
        and reader.owner[i] >= 0
    )


def _given_name_not_month(reader: SpanReader, i: int) -> bool:
    """ "Jan Novak", "Jan-Christian Dreesen": a month's abbreviation that is a given name
    here (the NER saw no date and a name follows)."""
    doc = reader.doc
    following = doc[i + 1] if i + 1 < len(doc) else None
    return (
        doc[i].ent_type_ != "DATE"
        and following is not None
        and not following.like_num
        and (following.text == "-" or following.text[:1].isupper())
    )


def _joining_hyphen(reader: SpanReader, i: int) -> bool:
    """ "Jan-Christian": a hyphen with no space around it between two capitalised words."""
    doc = reader.doc
    return (
        doc[i].text == "-"
        and i + 1 < len(doc)
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        # "Jan-Christian"; "Dairy Co-operative", whose second half heads organisations
        and (doc[i + 1].text[:1].isupper() or doc[i + 1].lower_ in reader.lex.org_head_nouns)
    )


def _capitalised_noun(reader: SpanReader, i: int) -> bool:
    """ "the Harbour Kings": a capitalised common noun going on a proper noun's name."""
    word = reader.table.text[i]
    return reader.table.pos[i] == "NOUN" and word[:1].isupper() and word.isalpha()


def _company_word(reader: SpanReader, i: int) -> bool:
    """A capitalised word the parser took for an adjective or a noun, right before a role
    only an organisation has and a name ("Norvia chief executive Tomas Wilk")."""
    word, lex = reader.table.text[i], reader.lex
    start = reader.doc[i].is_sent_start or (i > 0 and reader.table.text[i - 1] in ('"', "“"))
    return (
        reader.table.pos[i] in ("ADJ", "NOUN")
        # "New chief executive Tomas Wilk": any word is capitalised at a sentence's start,
        # a name there only if the article writes it inside a sentence too
        and (not start or reader.named_inside_a_sentence(word))
        and word[:1].isupper()
        and word.isalpha()
        and reader.table.lower[i] not in lex.titles | lex.title_modifiers
        and country_name(word, lex) is None
        and company_role_before_name(reader, i + 1)
    )


def _cut_after_a_word(reader: SpanReader, i: int) -> bool:
    """ "Fall Out | Boy bassist X": a capitalised word inside the sentence right before, which
    the name would take, so the name read from ``i`` is only its tail."""
    k = i - 1
    word = reader.table.text[k] if k >= 0 else ""
    return word[:1].isupper() and word.isalpha() and not reader.doc[k].is_sent_start


def _possessor_of_person(reader: SpanReader, end: int) -> bool:
    """ "the Kings' Ana Ruiz": a name whose possessive a person's name follows, tagged a
    person or a given name and a surname the NER left untagged ("the Chevrons' Sean X")."""
    doc = reader.doc
    if end + 1 >= len(doc) or reader.table.lower[end] not in ("'s", "'", "’s", "’"):
        return False
    if doc[end + 1].ent_type_ == "PERSON":
        return True
    return end + 2 < len(doc) and looks_like_person(reader, end + 1, end + 3)


def _kind_follows(reader: SpanReader, end: int) -> bool:
    """ "the Bengaluru group Kaveri Systems": a town written before a kind of organisation."""
    lex = reader.lex
    return end < len(reader.table) and reader.table.lemma[end] in (
        lex.classifier_nouns | lex.specific_kinds
    )


def _area_of_a_place(reader: SpanReader, start: int, end: int) -> bool:
    """ "the Ksar Tidra district of Atar": a name between "the" and a kind of area in lower
    case (not a body's department), then "of" and a capitalised name."""
    lower, text = reader.table.lower, reader.table.text
    if start < 1 or lower[start - 1] != "the" or end + 2 >= len(lower):
        return False
    kind = lower[end]
    if kind not in reader.lex.area_kind_nouns - {"department"} or lower[end + 1] != "of":
        return False
    return text[end + 2][:1].isupper() and lower[end + 2] != "the"


def _which_is_based(reader: SpanReader, end: int) -> bool:
    """ ", which is based in", ", which is headquartered in": said only of a body (not
    "located in", said of a lake or a peak too)."""
    lower, lemma = reader.table.lower, reader.table.lemma
    if lower[end : end + 2] != [",", "which"]:
        return False
    seats = reader.lex.seat_verbs - {"locate"}
    return any(
        lemma[k] in seats and lower[k + 1 : k + 3] != ["in", "part"]  # not "based in part on"
        for k in range(end + 2, min(end + 5, len(lower) - 1))
    )


def _past_a_place_of(reader: SpanReader, end: int) -> int:
    """Past "of" and the place the NER tagged after it ("Survey | of Chile"), or ``end``."""
    doc = reader.doc
    if end + 1 >= len(doc) or doc[end].lower_ != "of" or doc[end + 1].ent_type_ != "GPE":
        return end
    k = end + 2
    while k < len(doc) and doc[k].ent_iob_ == "I":
        k += 1
    return k


def _appoints_its_head(reader: SpanReader, end: int) -> bool:
    """ "X on Monday appointed Ana Ruiz as chief executive": the subject of a verb that gives
    a person a body's role, written without whose ("as chief executive", "as its chairman"):
    a body (not "Ruto appointed X as chief executive of Y", a head of state's act)."""
    doc, lex = reader.doc, reader.lex
    verb = doc[end - 1].head
    if doc[end - 1].dep_ != "nsubj" or verb.lemma_.lower() not in lex.role_verbs_object:
        return False
    start = doc[end - 1].left_edge.i
    # "Brisk" after "Brisk Foods": the name written short, read as such (not "the Hue
    # Festival" beside "the Hue Festival Centre", a name of its kind)
    kinds = lex.org_head_nouns | lex.organised_event_heads
    if doc[end - 1].lower_ not in kinds and any(
        e.text.startswith(doc[start:end].text + " ") for e in reader.table.ents
    ):
        return False
    person = any(
        c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or is_given_name(c.left_edge.text))
        for c in verb.children
    )
    roles = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children]
    return person and any(
        r.dep_ == "pobj"
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in r.children)
        and (r.lower_ in lex.titles or any(c.lower_ == "its" for c in r.children))
        for r in roles
    )


def _after_locative(reader: SpanReader, i: int) -> bool:
    return i > 0 and reader.table.lower[i - 1] in reader.lex.locative_prepositions | {"to", "from"}


def _continues_a_name(reader: SpanReader, taken: list[bool], i: int) -> bool:
    """Whether capitalised words (and possessives) run back from ``i`` into a tagged name."""
    table = reader.table
    k = i - 1
    while k >= 0 and not taken[k]:
        if table.lower[k] in reader.lex.titles:
            return False  # "Norvia Group CEO | Ana Ruiz": a title starts another name
        if table.lower[k] in ("'s", "'") or (
            table.text[k][:1].isupper() and name_letters(table.text[k])
        ):
            k -= 1
            continue
        return False
    return k >= 0 and taken[k] and reader.owner[k] == reader.owner[i]


def regnal_ones(reader: SpanReader, raw: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """ "King Carol I in 1914", "daughter of King Constantine I of Greece": a monarch's "I",
    which the tagger reads as the pronoun and the NER leaves out, is the name's last word
    after a monarch's title or a given name, unless a verb follows ("... Anna I met")."""
    table, lex = reader.table, reader.lex
    out: list[tuple[int, int, str]] = []
    for start, end, label in raw:
        if (
            label in ("PERSON", "ORG")
            and end + 1 < len(table)
            and table.text[end] == "I"
            and reader.owner[end] == reader.owner[start]
            and table.pos[end + 1] not in ("VERB", "AUX", "ADV", "PART")
            and (
                table.lower[start] in lex.regnal_titles
                or (start > 0 and table.lower[start - 1] in lex.regnal_titles)
                or (label == "PERSON" and is_given_name(table.text[end - 1]))
            )
        ):
            out.append((start, end + 1, "PERSON"))
        else:
            out.append((start, end, label))
    return out


def missions(reader: SpanReader, nationalities: list[Nationality], taken: list[bool]) -> list[Ment]:
    """ "the Russian embassy in Tallinn", "the Brazilian consulate": a country's mission
    named by a nationality and a lower-case noun, which the NER leaves untagged. The
    mention is the noun's, written with its country as "DPRK's Ministry of X" is, so that
    the nationality still says whose mission it is."""
    table = reader.table
    found: list[Ment] = []
    for nat in nationalities:
        k = nat.end
        if (
            k < len(table)
            and not taken[k]
            and table.text[k].islower()
            and table.lemma[k] in reader.lex.mission_nouns
        ):
            taken[k] = True
            name = f"{clean_name(reader.doc[nat.start : nat.end].text)} {table.lower[k]}"
            ment = Ment(k, k + 1, EntityType.ORGANIZATION, name, nat.sentence)
            ment.qualifier, ment.qualified_span = nat.country, (nat.start, k + 1)
            ment.votes[EntityType.ORGANIZATION] += 1
            found.append(ment)
    return found
