"""Repairs of the small NER's predictable mistakes, before any rule reads its entities.

Each repair looks at one entity (and the words around it) and says what it should be, as
(start, end, label), or nothing; :func:`repair_entities` runs them in order, each over the
entities the one before left. The words they look for are the lexicon's.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from textkg.countries import packaged_country_index
from textkg.extract.gazetteers import LARGE_TOWN, city_population, is_given_name, is_surname
from textkg.extract.mentions.company_of_place import split_companies_of_places
from textkg.extract.mentions.hyphened_surnames import join_hyphened_surnames
from textkg.extract.mentions.joins import join_cut_names
from textkg.extract.mentions.kind_repairs import (
    body_run_on_after_and,
    name_after_its_kind,
    names_cut_at_and,
    person_run_into_a_body,
)
from textkg.extract.mentions.name_edges import (
    common_noun_run_on,
    date_before_dash,
    league_rank,
    split_arrival_from,
)
from textkg.extract.mentions.opening_names import (
    given_name_opening_a_sentence,
    hyphenated_given_name,
)
from textkg.extract.mentions.particles import tagged
from textkg.extract.mentions.parties import party_adjective
from textkg.extract.mentions.place_repairs import (
    area_a_place_is_in,
    town_comma_country,
    town_cut_at_a_particle,
    town_cut_before_its_kind,
    town_cut_before_its_last_word,
    town_one_is_in,
)
from textkg.extract.mentions.possessed_regions import tag_regions_of_countries
from textkg.extract.mentions.sites_in_towns import split_sites_in_towns
from textkg.extract.mentions.sources import split_source_lines
from textkg.extract.mentions.title_repairs import place_of_a_ruler, regnal_name
from textkg.extract.mentions.venues import person_named_site, saint_possessive_site
from textkg.extract.tokens import TokenTable
from textkg.lexicon import Lexicon
from textkg.months import MONTHS, WEEKDAYS

__all__ = ["repair_entities"]

Repair = Callable[[TokenTable, Span, Lexicon], "tuple[int, int, str] | None"]


def repair_entities(table: TokenTable, lex: Lexicon) -> None:
    split_source_lines(table, lex)
    split_arrival_from(table, lex)
    for repair in REPAIRS:
        _rewrite(table, lex, repair)
    tag_regions_of_countries(table, lex)
    join_cut_names(table, lex)
    join_hyphened_surnames(table)  # "Rosa Delgado-Ibarra ... Delgado | - | Ibarra"
    names_cut_at_and(table, lex)
    person_run_into_a_body(table, lex)
    split_companies_of_places(table, lex)
    split_sites_in_towns(table, lex)  # "the Central Stadium in | Karaganda"


def _rewrite(table: TokenTable, lex: Lexicon, repair: Repair) -> None:
    ents = []
    for ent in table.ents:
        fixed = repair(table, ent, lex)
        if fixed is None:
            ents.append(ent)
            continue
        ents.append(tagged(table, *fixed))
    table.ents = ents


def nationality(table: TokenTable, ent: Span, lex: Lexicon) -> tuple[int, int, str] | None:
    """ "Ugandan | President Yoweri Museveni": a nationality adjective the NER took for a
    person or an organisation of its own is a nationality (NORP), never joined to the name
    after it."""
    index = packaged_country_index()
    word = table.text[ent.start]
    if (
        ent.label_ in ("PERSON", "ORG")
        and ent.end - ent.start == 1
        and index.code_for_adjective(word)
        and not index.code_for_name(word)
    ):
        return ent.start, ent.end, "NORP"
    return None


def given_name(table: TokenTable, ent: Span, lex: Lexicon) -> tuple[int, int, str] | None:
    """ "Ana | Costa": a surname the NER took for an organisation or a place, without the
    given name before it, is the person's whole name; so is a name no gazetteer knows after
    a role ("the president of the federation, Aimé | Uwase,")."""
    k, surname = ent.start - 1, table.text[ent.start]
    if (
        ent.label_ in ("ORG", "GPE", "LOC")
        and ent.end - ent.start == 1
        and k >= 0
        and not table.ent_type[k]
        and table.pos[k] == "PROPN"
        and is_given_name(table.text[k])
        and not packaged_country_index().code_for_name(surname)
    ):
        population = city_population(surname)
        known = table.text[k][:1].isupper() and is_surname(surname) and population < LARGE_TOWN
        if known or (k >= 1 and population == 0 and _after_a_role(table, k - 1, lex)):
            return k, ent.end, "PERSON"
        return None
    if (
        ent.label_ == "PERSON"
        and k >= 0
        and not table.ent_type[k]
        and table.pos[k] == "PROPN"
        and table.text[k][:1].isupper()
        and table.lower[k] not in lex.titles | lex.honorifics
        and (
            is_given_name(table.text[k])
            # "Its vice-chancellor, Prabhat | Sarma,": any name word right after a role (not
            # "Scotsman Ian Reid", a nationality)
            or (
                k >= 1
                and _after_a_role(table, k - 1, lex)
                and not city_population(table.text[k])
                and packaged_country_index().code_for_adjective(table.text[k], plural=False) is None
            )
        )
    ):
        return k, ent.end, "PERSON"  # "Ana | Rebelo": the first name the NER left out
    return None


def _after_a_role(table: TokenTable, comma: int, lex: Lexicon) -> bool:
    """A comma with a person's role before it, no verb between: "the president of the
    federation, | Name"."""
    if table.text[comma] != ",":
        return False
    for j in range(comma - 1, max(-1, comma - 9), -1):
        if table.pos[j] in ("VERB", "AUX") or table.is_punct[j]:
            return False
        if table.lower[j] in lex.titles:
            return True
    return False


def first_word(table: TokenTable, ent: Span, lex: Lexicon) -> tuple[int, int, str] | None:
    """ "PT | Dirgantara Indonesia", ", Star | Freight Hellas": an organisation's legal form
    or first capitalised word, after a comma or at a clause's start, that the NER left out;
    a name a club's or a company's form opens that the NER tagged a place ("FK Senica")."""
    k = ent.start - 1
    prefixes = {p.lower() for p in lex.resolution.legal_prefixes} | lex.legal_form_prefixes
    first = table.text[ent.start]
    if ent.label_ in ("GPE", "LOC", "FAC") and first.isupper() and first.lower() in prefixes:
        return ent.start, ent.end, "ORG"  # "FK Senica" tagged a place: a club
    if ent.label_ not in ("ORG", "PERSON", "GPE", "LOC", "FAC") or k < 1 or table.ent_type[k]:
        return None
    word = table.text[k]
    if word.isupper() and word.lower() in prefixes:
        return k, ent.end, "ORG"  # "PT Dirgantara Indonesia", "FK | Senica" (a club, no town)
    if ent.label_ not in ("ORG", "PERSON"):
        return None
    if (
        ent.label_ == "ORG"
        and table.pos[k] == "PROPN"
        and word[:1].isupper()
        and word.isalpha()
        and table.text[k - 1] in (",", "the", "The")
        and table.lower[k] not in lex.titles | lex.honorifics
        and not packaged_country_index().code_for_name(word)
        and not is_given_name(word)
    ):
        return k, ent.end, "ORG"
    return None


def club(table: TokenTable, ent: Span, lex: Lexicon) -> tuple[int, int, str] | None:
    """ "Real | Madrid", "Leeds | United", "Banco | Andino": a town's name the NER took alone
    from a club's or a company's is theirs; "Atletico Madrid" read as a person's name is a
    club. A short prefix word must be written as a name ("Inter", "AC"), so "As Madrid ..."
    stays a town."""

    def club_word(i: int, words: frozenset[str]) -> bool:
        if not 0 <= i < len(table) or table.ent_type[i] or table.lower[i] not in words:
            return False
        word = table.text[i]
        return word.isupper() if len(word) <= 3 else word[:1].isupper()

    start, end = ent.start, ent.end
    if ent.label_ in ("GPE", "LOC", "ORG"):
        if club_word(start - 1, lex.name_prefixes):
            start -= 1
        if club_word(end, lex.club_suffixes):
            end += 1
    if (start, end) != (ent.start, ent.end) or (
        ent.label_ == "PERSON" and _club_inside(table, ent, lex)
    ):
        return start, end, "ORG"
    return None


def _club_inside(table: TokenTable, ent: Span, lex: Lexicon) -> bool:
    words = table.text[ent.start : ent.end]
    if len(words) < 2:
        return False
    if table.lower[ent.start] in lex.name_prefixes:
        town = words[1:]
    elif table.lower[ent.end - 1] in lex.club_suffixes:
        town = words[:-1]
    else:
        return False
    return city_population(" ".join(town)) > 0


def plural_possessive(table: TokenTable, ent: Span, lex: Lexicon) -> tuple[int, int, str] | None:
    """ "the Workers' | Party": an organisation the NER took from after its plural
    possessive is named with it, not a second organisation "Workers"."""
    k = ent.start - 2
    if (
        ent.label_ == "ORG"
        and k >= 0
        and table.text[k + 1] in ("'", "’")
        and not table.ws[k]
        and not table.ent_type[k]
        and table.text[k][:1].isupper()
        and table.text[k].isalpha()
        and table.text[k].endswith("s")
    ):
        return k, ent.end, "ORG"
    return None


def party(table: TokenTable, ent: Span, lex: Lexicon) -> tuple[int, int, str] | None:
    """ "the Free Democrats", "the Greens": a party named by its members, which the NER
    takes for a group of people (NORP), is the party when written with "the"; "Democrats
    said" stays the people."""
    if ent.label_ != "NORP" or table.lower[ent.end - 1] not in lex.party_plurals:
        return None
    start = ent.start
    while (
        start > 0
        and not table.ent_type[start - 1]
        and table.text[start - 1][:1].isupper()
        and table.text[start - 1].isalpha()
        and table.sent_start[start - 1] != 1
    ):
        start -= 1  # "Free | Democrats", "Social | Democrats"
    the = start - 1
    while (
        the > max(start - 5, 0) and table.lower[the] != "the" and not table.text[the][:1].isupper()
    ):
        the -= 1  # "the pro-business Free Democrats"
    if the >= 0 and table.lower[the] == "the":
        return start, ent.end, "ORG"
    return None


def national_body(table: TokenTable, ent: Span, lex: Lexicon) -> tuple[int, int, str] | None:
    """ "Tennis Australia chief executive X", "Athletics Kenya president Y": a country's name
    after a capitalised word, the two followed by a role only an organisation has, name a
    national body, not the country."""
    k = ent.start - 1
    if (
        ent.label_ != "GPE"
        or k < 0
        or table.ent_type[k]
        or not table.text[k].isalpha()
        or not table.text[k][:1].isupper()
        or table.pos[k] not in ("NOUN", "PROPN", "VERB")
        or table.lower[k] in lex.titles | lex.title_modifiers | lex.past_modifiers
        or not packaged_country_index().code_for_name(ent.text)
    ):
        return None
    lower = table.lower
    roles = (" ".join(lower[ent.end : ent.end + n]) for n in (3, 2, 1))
    if any(role in lex.company_roles for role in roles):
        return k, ent.end, "ORG"
    return None


def nationality_of_office(
    table: TokenTable, ent: Span, lex: Lexicon
) -> tuple[int, int, str] | None:
    """ "Indian External Affairs | Minister X": a nationality and a title's field the NER
    took for an organisation are the nationality alone; the field stays the title's."""
    index = packaged_country_index()
    first = table.text[ent.start]
    rest = " ".join(table.lower[ent.start + 1 : ent.end])
    title_follows = ent.end < len(table) and table.lower[ent.end] in lex.titles
    if (
        ent.label_ == "ORG"
        and ent.end - ent.start >= 2
        and title_follows
        and index.code_for_adjective(first, plural=False)
        and not index.code_for_name(first)
        and (rest in lex.government_domains or rest in lex.role_fields)
    ):
        return ent.start, ent.start + 1, "NORP"
    return None


def verb_inside(table: TokenTable, ent: Span, lex: Lexicon) -> tuple[int, int, str] | None:
    """ "The University of Harwick | named | Teresa Lobo": a verb in lower case inside an
    entity ends it; what follows is read again as names of its own."""
    doc = table.doc
    for k in range(ent.start + 1, ent.end - 1):
        if table.pos[k] == "VERB" and table.text[k].islower() and doc[k].dep_ == "ROOT":
            return ent.start, k, ent.label_
    return None


#: The repairs, in the order they run.
def person_of_country(table: TokenTable, ent: Span, lex: Lexicon) -> tuple[int, int, str] | None:
    """ "Mikkel Berg of Denmark": a given name and a surname, then "of" and a country, taken
    as one organisation's name, is the person (the country is found on its own)."""
    if ent.label_ not in ("ORG", "PERSON"):
        return None
    words = table.lower[ent.start : ent.end]
    if "of" not in words:
        return None
    k = ent.start + words.index("of")
    rest = " ".join(table.text[k + 1 : ent.end])
    if (
        k - ent.start >= 2
        and is_given_name(table.text[ent.start])
        and all(table.text[t][:1].isupper() for t in range(ent.start, k))
        and packaged_country_index().code_for_name(rest)
    ):
        return ent.start, k, "PERSON"
    return None


def possessive_country(table: TokenTable, ent: Span, lex: Lexicon) -> tuple[int, int, str] | None:
    """ "Armenia's culture minister": a country's name before a possessive and a title, that
    the NER took for a person or an organisation, is the country."""
    k = ent.end
    if (
        ent.label_ not in ("PERSON", "ORG")
        or k >= len(table)
        or table.lower[k] not in ("'s", "'")
        or not any(w in lex.titles for w in table.lower[k + 1 : k + 4])
        or not packaged_country_index().code_for_name(table.doc[ent.start : ent.end].text)
    ):
        return None
    return ent.start, ent.end, "GPE"


def dateline_place(table: TokenTable, ent: Span, lex: Lexicon) -> tuple[int, int, str] | None:
    """ "LIMERICK, Oct 16 - ...": a name in capitals opening a line, then a comma and a
    date, is the dateline's town, whatever the NER took it for."""
    words = table.text[ent.start : ent.end]
    if (
        ent.label_ in ("GPE", "LOC")
        or not table.doc[ent.start].is_sent_start
        or not all(w.isupper() and len(w) >= 2 for w in words if w.isalpha())
        or ent.end + 2 >= len(table)
        or table.text[ent.end] != ","
    ):
        return None
    after = table.lower[ent.end + 1 : ent.end + 4]
    if any(w.rstrip(".") in MONTHS or w in WEEKDAYS for w in after):
        return ent.start, ent.end, "GPE"
    return None


def trailing_conjunction(table: TokenTable, ent: Span, lex: Lexicon) -> tuple[int, int, str] | None:
    """ "Banco de la Plata and | Grupo Andino": a name the NER ran on into "and" ends before
    (not "St Kitts and | Nevis", a country's name the gazetteer makes whole)."""
    if ent.end - ent.start < 2 or table.lower[ent.end - 1] not in ("and", "or"):
        return None
    after = table.text[ent.end] if ent.end < len(table) else ""
    if table.text[ent.end - 1][:1].isupper() and not after[:1].isupper():
        return None  # "Comptoir Siguiri Or, a gold buyer": a name's own word ("gold")
    countries = packaged_country_index()
    for end in range(ent.end + 1, min(len(table), ent.end + 3) + 1):
        if countries.code_for_name(table.doc[ent.start : end].text):
            return None
    return body_run_on_after_and(table, ent, lex) or (ent.start, ent.end - 1, ent.label_)


def surname_and_name(table: TokenTable, ent: Span, lex: Lexicon) -> tuple[int, int, str] | None:
    """ "talks with Okafor and | Sahel Or Mining's manager": a one-word name the NER ran into
    the name after "and", where the parser makes the two no one name (the second hangs on a
    word outside the span, not on the first), is cut off: the first is read on its own (as
    the person the article names in full elsewhere)."""
    start, doc = ent.start, table.doc
    if ent.label_ == "PERSON" or ent.end - start < 3 or table.lower[start + 1] != "and":
        return None
    first, last = doc[start], doc[ent.end - 1]
    if last.pos_ in ("PART", "PUNCT") and ent.end - start > 3:
        last = doc[ent.end - 2]  # ("Sahel Or Mining's": the name's word before "'s")
    outside = not start <= last.head.i < ent.end and not start <= first.head.i < ent.end
    if not outside or last.head.i == first.i or not table.text[start][:1].isupper():
        return None
    table.ent_type[start] = table.ent_type[start + 1] = ""  # (untagged: a name read alone)
    return start + 2, ent.end, ent.label_


def based_suffix(table: TokenTable, ent: Span, lex: Lexicon) -> tuple[int, int, str] | None:
    """ "Da Nang-based" tagged as one name: the place, without "-based" (whatever the NER
    called it, no one is based in a person)."""
    if ent.end - ent.start < 3 or table.lower[ent.end - 1] != "based":
        return None
    return (ent.start, ent.end - 2, "GPE") if table.text[ent.end - 2] == "-" else None


def open_bracket(table: TokenTable, ent: Span, lex: Lexicon) -> tuple[int, int, str] | None:
    """ "the Salvadoran Football Federation (FESFUT": a name run into the bracket of its
    acronym ends before the bracket."""
    for k in range(ent.start + 1, ent.end):
        if table.text[k] == "(":
            if ")" in table.text[k : ent.end]:
                return None  # "Banco (Andino) Ltd": a bracket inside the name
            return ent.start, k, ent.label_
    return None


def nationality_before_a_person(
    table: TokenTable, ent: Span, lex: Lexicon
) -> tuple[int, int, str] | None:
    """ "the Colombian Andrés Villamizar" taken as one organisation: a nationality adjective,
    then a given name, is a person of that nationality (the adjective is read on its own)."""
    k = ent.start + (1 if table.lower[ent.start] == "the" else 0)
    if ent.label_ not in ("ORG", "PERSON", "GPE") or ent.end - k < 3:
        return None
    word, index = table.text[k], packaged_country_index()
    if (
        not index.code_for_adjective(word)
        or index.code_for_name(word)
        or not is_given_name(table.text[k + 1])
        or table.lower[ent.end - 1] in lex.org_head_nouns  # "the American Jesse Owens Foundation"
    ):
        return None
    return k + 1, ent.end, "PERSON"


def person_at_place(table: TokenTable, ent: Span, lex: Lexicon) -> tuple[int, int, str] | None:
    """ "paid a courtesy call on Kura at Government House": a person's surname the NER ran
    on through "at" into a place is the person (the article names them in full elsewhere)."""
    words = table.lower[ent.start : ent.end]
    if ent.label_ not in ("ORG", "FAC", "GPE") or "at" not in words[1:3]:
        return None
    k = ent.start + 1 + words[1:3].index("at")
    people = {table.text[e.end - 1] for e in table.ents if e.label_ == "PERSON"}
    if table.text[k - 1] in people and table.text[ent.start][:1].isupper():
        return ent.start, k, "PERSON"
    return None


def venue_after_at(table: TokenTable, ent: Span, lex: Lexicon) -> tuple[int, int, str] | None:
    """ "play the Bulls at Ellis Park Stadium" tagged as one name: the venue after "at" (a
    place's head word ends it) is the name; what stood before is found on its own."""
    words = table.lower[ent.start : ent.end]
    if "at" not in words[1:-1] or words[-1] not in lex.place_head_nouns | lex.building_nouns:
        return None
    k = ent.start + words.index("at", 1)
    return (k + 1, ent.end, "FAC") if table.text[k + 1][:1].isupper() else None


def opening_word_before(table: TokenTable, ent: Span, lex: Lexicon) -> tuple[int, int, str] | None:
    """ "Association | Sahel Eau": a word that opens organisations' (or sites') names in
    other languages, left out of the name the NER tagged after it, is the name's first."""
    k = ent.start - 1
    if k < 0 or not table.text[k][:1].isupper() or table.ent_type[k]:
        return None
    label = lex.opening_label(table.text[k])
    return (k, ent.end, label) if label is not None else None


def town_named_with_of(table: TokenTable, ent: Span, lex: Lexicon) -> tuple[int, int, str] | None:
    """ "Port of | Spain": a town whose name holds "of", tagged from its last word only (the
    gazetteers know the whole name), is the town."""
    k = ent.start - 2
    if k < 0 or table.lower[ent.start - 1] != "of" or not table.text[k][:1].isupper():
        return None
    if table.ent_type[k] or not city_population(table.doc[k : ent.end].text):
        return None
    return k, ent.end, "GPE"


_NAME_PARTICLES = frozenset({"the", "of", "and", "a", "in", "on", "at", "for", "to", "de", "la"})


def defined_name(table: TokenTable, ent: Span, lex: Lexicon) -> tuple[int, int, str] | None:
    """ "Rage Against the | Machine is an American band": a group's name that opens the
    sentence defining it as a kind of organisation is whole, though the NER took only its
    last words; each word before them is a capitalised word or a particle."""
    doc = table.doc
    start = doc[ent.start].sent.start
    if start == ent.start or ent.end - start > 6 or ent.end >= len(table):
        return None
    verb = doc[ent.end]
    if verb.lemma_ != "be" or not any(
        c.dep_ == "attr" and c.lemma_.lower() in lex.copula_org_kinds for c in verb.children
    ):
        return None
    words = range(start, ent.start)
    if not table.text[start][:1].isupper() or any(table.ent_type[k] for k in words):
        return None
    if all(table.text[k][:1].isupper() or table.lower[k] in _NAME_PARTICLES for k in words):
        return start, ent.end, "ORG"
    return None


def defined_place(table: TokenTable, ent: Span, lex: Lexicon) -> tuple[int, int, str] | None:
    """ "Grindu is a commune in Tulcea County": a name the NER took for a nationality that
    a copula defines as a kind of settlement or place is that place (no people is one)."""
    if ent.label_ != "NORP" or ent.end >= len(table) or table.doc[ent.end].lemma_ != "be":
        return None
    index = packaged_country_index()
    if index.code_for_adjective(ent.text) or index.code_for_name(ent.text):
        return None  # "Swiss is ..." stays a people
    kinds = lex.settlement_nouns | frozenset(lex.named_kinds) | lex.place_kind_nouns
    verb = table.doc[ent.end]
    if any(c.dep_ == "attr" and c.lemma_.lower() in kinds for c in verb.children):
        return ent.start, ent.end, "GPE"
    return None


def particle_surname(table: TokenTable, ent: Span, lex: Lexicon) -> tuple[int, int, str] | None:
    """ "Lieke van | As": a person's name the NER ended on a particle goes on to the
    capitalised word after it, which the parser took for another word ("As")."""
    end = ent.end
    if (
        ent.label_ != "PERSON"
        or end >= len(table)
        or table.lower[end - 1] not in lex.name_particles
    ):
        return None
    word = table.text[end]
    if word[:1].isupper() and word.isalpha() and not table.ent_type[end]:
        return ent.start, end + 1, "PERSON"
    return None


REPAIRS: tuple[Repair, ...] = (
    town_cut_at_a_particle,
    town_cut_before_its_kind,
    town_cut_before_its_last_word,
    town_named_with_of,
    town_comma_country,
    town_one_is_in,
    area_a_place_is_in,
    name_after_its_kind,
    place_of_a_ruler,
    regnal_name,
    opening_word_before,
    trailing_conjunction,
    common_noun_run_on,
    surname_and_name,
    based_suffix,
    open_bracket,
    person_at_place,
    venue_after_at,
    person_named_site,
    saint_possessive_site,
    nationality_before_a_person,
    verb_inside,
    dateline_place,
    date_before_dash,
    person_of_country,
    possessive_country,
    nationality,
    given_name,
    given_name_opening_a_sentence,
    hyphenated_given_name,
    first_word,
    club,
    league_rank,
    plural_possessive,
    party,
    party_adjective,
    national_body,
    nationality_of_office,
    defined_name,
    defined_place,
    particle_surname,
)
