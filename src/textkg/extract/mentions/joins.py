"""Names the small NER cut in two or ran together, joined or split before any rule reads
its entities: fields of a ministry cut at "and", "Port | of | Spain", "Grupo | Pesquero
Cantabrico", "PIT | -CNT", "Banco | do | Brasil", and two people's surnames tagged as one
organisation."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from textkg.countries import packaged_country_index
from textkg.extract.gazetteers import is_given_name, is_personal_name
from textkg.extract.mentions.compounds import join_compound_names
from textkg.extract.mentions.courts import court_in_town_end
from textkg.extract.mentions.hyphens import (
    employers_hyphened_name,
    hyphened_area_end,
    hyphened_place_start,
)
from textkg.extract.mentions.particles import join_german_towns, join_over_particles, tagged
from textkg.extract.mentions.place_clues import known_place
from textkg.extract.mentions.place_repairs import place_in_full_start
from textkg.extract.tokens import TokenTable
from textkg.lexicon import Lexicon
from textkg.months import MONTHS, WEEKDAYS

#: "and" in the languages whose places' names hold it ("Møre og Romsdal", "Castilla y León").
_OTHER_ANDS = frozenset({"og", "och", "und", "et", "y", "e"})
#: The NER's types of a first field it tagged apart from the name ("the Trinidad | and Tobago").
_TAGGED_APART = frozenset({"", "NORP", "GPE"})


def join_cut_names(table: TokenTable, lex: Lexicon) -> None:
    # "the Department of Agriculture, Food | and the Marine": the fields after "and"
    _regrow(table, lambda ent: (ent.start, _fields_end(table, ent, lex)))
    # "the Japan Agency | for | Marine-Earth Science and Technology": a body for a field
    _regrow(table, lambda ent: (ent.start, _for_field_end(table, ent, lex)))
    # "Brabant Bier | Groep": the name's words before a kind the NER tagged alone
    _regrow(table, lambda ent: (_kind_alone_start(table, ent, lex), ent.end))
    # "Kelvin Art Gallery | and Museum": a second kind of body after "and"
    _regrow(table, lambda ent: (ent.start, _second_kind_end(table, ent, lex)))
    # "the Marine | and Freshwater Research Institute": the field before "and"
    _regrow(table, lambda ent: (_first_field_start(table, ent, lex), ent.end))
    _split_two_people(table)
    _tag_nicknamed(table)
    _join_nicknames(table)
    _split_team_of_league(table, lex)
    _join_places_of(table)
    _join_pairs(table, lambda kept, ent, after: _a_body_of_its_field(table, lex, ent, after), "ORG")
    _join_areas_of(table, lex)
    _join_pairs(table, lambda kept, ent, after: _a_name_tagged_as_places(ent, after), "PERSON")
    _join_pairs(table, lambda kept, ent, after: _an_areas_name_cut(table, lex, ent, after))
    # "Dhofar | Governorate": a region's name, then the kind of area the NER left out
    _regrow(table, lambda ent: (ent.start, _area_kind_end(table, ent, lex)), label="GPE")
    _regrow(table, lambda ent: (_body_of_start(table, ent, lex), ent.end))
    # "Grupo | Pesquero Cantabrico": a word that opens organisations' names, tagged alone
    _regrow(table, lambda ent: (ent.start, _opened_name_end(table, ent, lex)))
    _regrow(table, lambda ent: (ent.start, _hyphened_acronym_end(table, ent)))
    # "Moravian | - | Silesian Region", "Aetolia | - | Acarnania": a place's hyphened name
    _regrow(table, lambda ent: (hyphened_place_start(table, ent), ent.end), label="GPE")
    _regrow(table, lambda ent: (ent.start, hyphened_area_end(table, ent, lex)), label="GPE")
    employers_hyphened_name(table, lex)  # "a forecaster at Météo-France"
    _regrow(table, lambda ent: (ent.start, _numbered_name_end(table, ent)))
    # "the 2010 | Winter Olympics": the year an event is named by, tagged a date
    _regrow(table, lambda ent: (_event_year_start(table, ent), ent.end), label="EVENT")
    join_german_towns(table)  # "Frankfurt | am | Main"
    join_over_particles(table, lex)
    join_compound_names(table, lex)  # "Enkhjargal | Dorj", "Sahyadri Draksha | Utpadak Sangh"
    _regrow(table, lambda ent: (ent.start, court_in_town_end(table, ent, lex)))
    # "Klondike | Air's president": the name the article gave in full, tagged in part
    named = {e.text for e in table.ents if e.label_ == "ORG" and e.end - e.start > 1}
    _regrow(table, lambda ent: (_named_in_full_start(table, ent, named), ent.end))
    # "Western | Australia's mines minister": a place the article names in full elsewhere
    areas = {
        e.text for e in table.ents if e.label_ in ("GPE", "LOC", "FAC") and e.end - e.start > 1
    }
    _regrow(table, lambda ent: (place_in_full_start(table, ent, areas), ent.end), label="GPE")


def _named_in_full_start(table: TokenTable, ent: Span, named: set[str]) -> int:
    """Where an organisation's name starts that the NER tagged (with any label) without its
    first words, when the article names the organisation in full elsewhere."""
    for start in range(ent.start - 1, max(-1, ent.start - 4), -1):
        if table.ent_type[start] or table.pos[start] != "PROPN":
            break
        if table.doc[start : ent.end].text in named:
            return start
    return ent.start


#: Quotation marks a nickname is written between ('James "Jimmy" Frost').
_QUOTES = frozenset({'"', "“", "”", "'"})


def _join_nicknames(table: TokenTable) -> None:
    """'Michael John | "Mike" Dorsey', 'James Llewellyn | "Jimmy" Frost': a person's name
    the NER cut at the nickname quoted inside it is one person's, up to the surname after
    the closing quote."""
    _regrow(
        table,
        lambda ent: (ent.start, _nickname_end(table, ent) if ent.label_ == "PERSON" else ent.end),
        "PERSON",
    )


def _tag_nicknamed(table: TokenTable) -> None:
    """'Wilfried "Willi" Schneider' the NER left untagged (or tagged in pieces): a given
    name opening a name, a nickname in quotes and a surname are one person's name."""
    ents = list(table.ents)
    for i in range(len(table) - 4):
        if i > 0 and table.text[i - 1][:1].isupper() and table.text[i - 1].isalpha():
            continue  # inside a longer name, which the NER's own tag covers
        if table.text[i + 1] not in _QUOTES or not table.text[i][:1].isupper():
            continue
        if table.ent_type[i] or not is_given_name(table.text[i]):
            continue
        end = _nickname_end(table, Span(table.doc, i, i + 1, label="PERSON"))
        inside = [e for e in ents if e.start < end and e.end > i]
        if end > i + 1 and all(i <= e.start and e.end <= end for e in inside):
            ents = [e for e in ents if e not in inside] + [tagged(table, i, end, "PERSON")]
    table.ents = sorted(ents, key=lambda e: e.start)


def _nickname_end(table: TokenTable, ent: Span) -> int:
    """Where the name ends past a quoted nickname right after the person's given names."""
    k = ent.end
    if k + 3 >= len(table) or table.text[k] not in _QUOTES:
        return ent.end
    close = next(
        (j for j in range(k + 2, min(k + 4, len(table))) if table.text[j] in _QUOTES), None
    )
    if close is None or not all(table.text[j][:1].isupper() for j in range(k + 1, close)):
        return ent.end
    end = close + 1
    while (
        end < len(table)
        and end - close <= 2
        and table.text[end][:1].isupper()
        and table.lower[end] not in WEEKDAYS  # 'called Ben Tate "Reckless" Monday'
        and table.lower[end] not in MONTHS
        and table.ent_type[end] != "DATE"
    ):
        end += 1
    return end if end > close + 1 else ent.end


def _join_places_of(table: TokenTable) -> None:
    """ "Port | of | Spain", "Baja | California", "Newfoundland | and | Labrador": a place
    whose name the NER tagged as two places (apart, or at its "of" or "and"), when the
    gazetteers know the whole name (the first half of an "and" tagged anything: the NER
    took "Newfoundland" before "and Labrador's premier" for a person)."""
    _join_pairs(
        table,
        lambda kept, ent, after: (
            (
                after.label_ in ("GPE", "LOC")
                and (
                    (ent.label_ in ("GPE", "LOC") and after.start == ent.end)
                    or (after.start == ent.end + 1 and table.lower[ent.end] == "of")
                    or (after.start == ent.end + 1 and table.lower[ent.end] == "and")
                )
                and (ent.label_ in ("GPE", "LOC") or table.lower[ent.end] == "and")
                and known_place(table.doc[ent.start : after.end].text) is not None
            )
            # "Sogn | og | Fjordane", "Castilla | y | León": another language's "and" between
            # two places is inside one name, whatever the gazetteers know
            or (
                ent.label_ in ("GPE", "LOC")
                and after.label_ in ("GPE", "LOC")
                and after.start == ent.end + 1
                and table.text[ent.end] in _OTHER_ANDS
                # (not "Madrid y Barcelona": two towns the gazetteers know)
                and not (known_place(ent.text) and known_place(after.text))
            )
        ),
    )


def _join_areas_of(table: TokenTable, lex: Lexicon) -> None:
    """ "the Province of | Teramo", "County | of | Kerry": an area's kind, "of" and a place,
    which the NER cut after "of" or tagged apart, are one area's name (not "the District
    Court for the Southern District of New York", inside a court's name, nor "the Belgaum
    District of Karnataka", a district named before its kind, in a state)."""
    _join_pairs(
        table,
        lambda kept, ent, after: (
            not (kept and kept[-1].label_ == "ORG" and ent.start - kept[-1].end <= 3)
            and _area_of(table, lex, ent, after)
        ),
    )


def _a_body_of_its_field(table: TokenTable, lex: Lexicon, ent: Span, after: Span) -> bool:
    """ "Sichuan Institute | of | Panda Breeding": a body's name ending in its kind, then
    "of" and a field the NER tagged as a second organisation (no kind of body or area of
    its own, no place: not "Hull City of the Premier League") are one name."""
    if not (ent.label_ == after.label_ == "ORG" and after.start == ent.end + 1):
        return False
    kinds = lex.org_head_nouns | lex.sited_bodies | lex.site_nouns
    if table.lower[ent.end] != "of" or table.lower[ent.end - 1] not in kinds:
        return False
    if table.lower[ent.end - 1] in lex.resolution.legal_suffixes or after.end - after.start < 2:
        return False  # "Kessler Marine Inc. | of | Wapello": the company's town
    words = set(table.lower[after.start : after.end])
    if is_personal_name(table.text[after.start]):
        return False  # "the Research Institute of Kessler Marine": a company named for someone
    return not words & (kinds | lex.admin_words) and known_place(after.text) is None


def _a_name_tagged_as_places(ent: Span, after: Span) -> bool:
    """ "in Mumbai, Beatriz | Olmedo, had": a given name and a surname the NER tagged as two
    places side by side (no gazetteer town is a given name the lists know)."""
    pair = ent.end == after.start and ent.end - ent.start == 1 and after.end - after.start == 1
    places = ent.label_ == after.label_ == "GPE" and pair and after.text.istitle()
    return places and is_given_name(ent.text) and known_place(ent.text) is None


def _an_areas_name_cut(table: TokenTable, lex: Lexicon, ent: Span, after: Span) -> bool:
    """ "Milne | Bay Province", "Western | Highlands Province": an area's name the NER cut
    in two places side by side, the second ending in a kind of area, no comma between (not
    a country or a town of its own before it: "the Philippines | Cebu Province governor")."""
    places = ent.label_ in ("GPE", "LOC") and after.label_ in ("GPE", "LOC")
    if not places or ent.end != after.start or after.end - after.start < 2:
        return False
    name = ent.text.removeprefix("the ").removeprefix("The ")
    if packaged_country_index().code_for_name(name) or known_place(name) is not None:
        return False
    first_words = table.lower[after.start : after.end - 1]
    return table.lower[after.end - 1] in lex.admin_words and not set(first_words) & lex.admin_words


def _join_pairs(
    table: TokenTable, joins: Callable[[list[Span], Span, Span], bool], label: str = "GPE"
) -> None:
    """Two entities in a row that ``joins`` says are one name become one (tagged a place,
    or ``label``), given the entities kept before them."""
    ents = list(table.ents)
    kept: list[Span] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        after = ents[i + 1] if i + 1 < len(ents) else None
        if after is not None and joins(kept, ent, after):
            kept.append(tagged(table, ent.start, after.end, label))
            i += 2
            continue
        kept.append(ent)
        i += 1
    table.ents = kept


def _body_of_start(table: TokenTable, ent: Span, lex: Lexicon) -> int:
    """ "the Diocese of | Baucau": a body's kind, capitalised and untagged, with "of" before
    a place the NER tagged alone, is the start of the body's name."""
    k = ent.start - 2
    if ent.label_ not in ("GPE", "LOC") or k < 0 or table.lower[k + 1] != "of":
        return ent.start
    word = table.text[k]
    if table.ent_type[k] or not word[:1].isupper() or table.lower[k] not in lex.org_head_nouns:
        return ent.start
    while k > 0 and not table.ent_type[k - 1] and table.text[k - 1].istitle():
        k -= 1  # "the Catholic Diocese of | Baucau"
    return k


def _area_of(table: TokenTable, lex: Lexicon, ent: Span, after: Span) -> bool:
    if ent.label_ not in ("GPE", "LOC") or after.label_ not in ("GPE", "LOC", "ORG"):
        return False
    if table.lower[ent.end - 1] == "of" and after.start == ent.end:
        kind = ent.end - 2  # "the Province of | Teramo"
    elif table.lower[ent.end] == "of" and after.start == ent.end + 1:
        kind = ent.end - 1  # "Province | of | Teramo"
    else:
        return False
    if kind < ent.start or table.lower[kind] not in lex.admin_words:
        return False
    if any(table.lower[k] != "the" for k in range(ent.start, kind)):
        return False  # "the Belgaum District | of | Karnataka": a named district of a state
    if packaged_country_index().code_for_name(after.text):
        return False  # "the Central Province of | Solomon Islands": a province in a country
    return after.label_ != "ORG" or known_place(after.text) is not None


def _hyphened_acronym_end(table: TokenTable, ent: Span) -> int:
    """ "PIT | -CNT": an organisation's acronym the NER cut at its hyphen ends after it."""
    k = ent.end
    if ent.label_ != "ORG" or k + 1 >= len(table) or table.text[k] != "-":
        return ent.end
    doc = table.doc
    joined = not doc[k - 1].whitespace_ and not doc[k].whitespace_
    after = table.text[k + 1]
    if joined and not table.ent_type[k + 1] and after.isupper() and after.isalpha():
        return k + 2
    return ent.end


def _event_year_start(table: TokenTable, ent: Span) -> int:
    """ "at the 2010 | Winter Olympics in Vancouver": a year between "the" and an event's
    name is the first word of the name (the NER tags the year a date; not "By 2010 |
    Carnival drew crowds", a time)."""
    k = ent.start - 1
    if (
        ent.label_ == "EVENT"
        and k >= 1
        and table.lower[k - 1] == "the"
        and len(table.text[k]) == 4
        and table.text[k].isdigit()
        and table.ent_type[k] in ("", "DATE")
        and table.text[ent.start][:1].isupper()
    ):
        return k
    return ent.start


def _numbered_name_end(table: TokenTable, ent: Span) -> int:
    """ "sits 14th in Ligue | 1": a number right after a one-word name no gazetteer knows,
    which the NER took for a place, is part of the name (a league's, a channel's)."""
    end = ent.end
    if (
        ent.label_ not in ("GPE", "LOC")
        or end - ent.start != 1
        or end >= len(table)
        or not table.text[end].isdigit()
        or len(table.text[end]) > 2
        or not table.ws[end - 1]
        or known_place(ent.text) is not None
        # (not "left Kibera 40 percent without power": a quantity of something)
        or (end + 1 < len(table) and (table.pos[end + 1] == "NOUN" or table.text[end + 1] == "%"))
    ):
        return end
    return end + 1


def _opened_name_end(table: TokenTable, ent: Span, lex: Lexicon) -> int:
    """The end of the name right after an organisation tagged as one word that opens
    organisations' names in other languages ("Grupo", "Banque"), else the entity's end."""
    if ent.end - ent.start != 1 or table.lower[ent.start] not in lex.name_opening_words:
        return ent.end
    after = next((e for e in table.ents if e.start == ent.end), None)
    if after is not None:
        return after.end if after.label_ != "DATE" else ent.end
    end = ent.end  # the words the NER left untagged: "Grupo | Pesquero Cantabrico"
    while end < len(table) and end - ent.end < 4 and not table.ent_type[end]:
        word = table.text[end]
        particle = table.lower[end] in lex.name_particles and end + 1 < len(table)
        if not (particle or (word[:1].isupper() and word.isalpha())):
            break
        end += 1
    while end > ent.end and table.lower[end - 1] in lex.name_particles:
        end -= 1
    return end


def _regrow(
    table: TokenTable, bounds: Callable[[Span], tuple[int, int]], label: str = "ORG"
) -> None:
    """Names the NER cut (organisations' at "and", people's at a nickname), grown to the
    bounds given and tagged ``label``, and the words of them it tagged apart dropped."""
    ents = list(table.ents)
    kept: list[Span] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        start, end = bounds(ent)
        if (start, end) != (ent.start, ent.end):
            while kept and kept[-1].start >= start:
                kept.pop()
            while i + 1 < len(ents) and ents[i + 1].start < end:
                i += 1
            ent = tagged(table, start, end, label)
        kept.append(ent)
        i += 1
    table.ents = kept


def _split_two_people(table: TokenTable) -> None:
    """ "held talks with Camilleri and Grech": two family names the article gives people,
    joined by "and", that the NER took for one organisation, are the two people."""
    people = {
        table.text[k]
        for ent in table.ents
        if ent.label_ == "PERSON"
        for k in range(ent.start, ent.end)
    }
    kept: list[Span] = []
    for ent in table.ents:
        a, b = ent.start, ent.end - 1
        if (
            ent.label_ == "ORG"
            and b - a == 2
            and table.lower[a + 1] == "and"
            and table.text[a] in people
            and table.text[b] in people
        ):
            table.ent_type[a + 1] = ""
            kept += [tagged(table, a, a + 1, "PERSON"), tagged(table, b, b + 1, "PERSON")]
            continue
        kept.append(ent)
    table.ents = kept


def _split_team_of_league(table: TokenTable, lex: Lexicon) -> None:
    """ "the Kansas City Chiefs of the National Football League": a team and its league,
    which the NER ran into one organisation, are two (the league's name ends in a league
    word)."""
    kept: list[Span] = []
    for ent in table.ents:
        cut = next(
            (
                k
                for k in range(ent.start + 1, ent.end - 2)
                if table.lower[k : k + 2] == ["of", "the"]
                and table.lower[k - 1] not in lex.org_head_nouns  # "the Bank of the West ..."
            ),
            None,
        )
        if ent.label_ == "ORG" and cut is not None and table.lower[ent.end - 1] in lex.league_words:
            for k in (cut, cut + 1):
                table.ent_type[k] = ""
            kept += [tagged(table, ent.start, cut, "ORG"), tagged(table, cut + 2, ent.end, "ORG")]
            continue
        kept.append(ent)
    table.ents = kept


def _first_field_start(table: TokenTable, ent: Span, lex: Lexicon) -> int:
    """Where an organisation's name starts when the NER began it after "and": at the word
    before, if "the" opens the name or the two make a country's name; else where it did.
    "the Namibia Food | and Allied Workers Union": fields the NER tagged as an organisation
    of their own, with no kind of body in them, open the name too."""
    k = ent.start - 2
    if ent.label_ != "ORG" or k < 1 or table.lower[k + 1] != "and":
        return ent.start
    first = table.text[k]
    if not (first[:1].isupper() and first.isalpha()):
        return ent.start
    if table.ent_type[k] in ("ORG", "FAC") and table.lower[ent.end - 1] in lex.org_head_nouns:
        fields = next((e for e in table.ents if e.end == k + 1), None)
        if fields is None:
            return ent.start
        words = table.lower[fields.start : fields.end]
        headless = not set(words) & (lex.org_head_nouns | lex.short_form_heads | {"of"})
        # (or "the Ruvuma Agricultural | and Veterinary University": several words, no town)
        named = words[0] == "the" or (len(words) > 2 and known_place(fields.text) is None)
        return fields.start if named and headless and len(words) <= 4 else ent.start
    if table.ent_type[k] not in _TAGGED_APART:
        return ent.start
    country = f"{first} and {table.text[ent.start]}"
    if table.lower[k - 1] == "the" or packaged_country_index().code_for_name(country):
        return k
    return ent.start


def _fields_end(table: TokenTable, ent: Span, lex: Lexicon) -> int:
    """Where the fields of "Ministry of A, B and (the) C" end, if the NER stopped early."""
    if ent.label_ != "ORG":
        return ent.end
    words = [w for w in table.lower[ent.start : ent.end] if w != "the"]
    if "of" not in words or words[0] not in lex.org_head_nouns:
        return ent.end
    k = ent.end
    while k + 1 < len(table) and table.text[k] == "," and _field_word(table, k + 1, True):
        k += 2  # ", Food"
    if k >= len(table) or table.lower[k] not in ("and", "&"):
        return ent.end
    the = k + 1 < len(table) and table.lower[k + 1] == "the"
    last = k + 1 + the
    if last < len(table) and _field_word(table, last, the) and table.text[last][:1].isupper():
        # "and Maritime Economy", "and Rural Development": a field of two words, the first
        # a compound of the second
        while (
            last + 1 < len(table)
            and table.head[last] == last + 1
            and table.dep[last] == "compound"
            and _field_word(table, last + 1, True)
        ):
            last += 1
        return last + 1
    return ent.end


def _for_field_end(table: TokenTable, ent: Span, lex: Lexicon) -> int:
    """Where "the Japan Agency for Marine-Earth Science and Technology" ends when the NER
    stopped at "for": a body's kind word, "for", then capitalised words (joined by "and",
    "of" or a hyphen), no one's name among them."""
    k = ent.end
    if ent.label_ != "ORG" or table.lower[k - 1] not in lex.org_head_nouns:
        return ent.end
    if k + 1 >= len(table) or table.lower[k] != "for" or not table.text[k + 1][:1].isupper():
        return ent.end
    if table.head[k] != k - 1:
        return ent.end  # "left the Agency for Harvest Group", "a bid by X for Y": a verb's
    end = k + 1
    while end < len(table) and end - k <= 8:
        word, lower = table.text[end], table.lower[end]
        joining = lower in ("and", "&", "of", "-") and end + 1 < len(table)
        if (word[:1].isupper() and word.replace("-", "").isalpha()) or (
            joining and table.text[end + 1][:1].isupper()
        ):
            end += 1
        else:
            break
    if any(table.ent_type[j] in ("PERSON", "GPE", "DATE") for j in range(k + 1, end)):
        return ent.end
    if table.lower[end - 1] in lex.short_form_heads:
        return ent.end  # "a bid by X | for | Valtra Energy": a company's name, no field
    return end if end - k <= 8 else ent.end


def _kind_alone_start(table: TokenTable, ent: Span, lex: Lexicon) -> int:
    """Where "Brabant Bier Groep" starts when the NER tagged only its kind word: the
    untagged capitalised proper nouns right before it (three at most)."""
    k = ent.start
    if (
        ent.label_ not in ("ORG", "PERSON")
        or ent.end - k != 1
        or table.lower[k] not in lex.org_head_nouns
    ):
        return k
    while (
        k > 0
        and ent.start - k < 3
        and table.pos[k - 1] == "PROPN"
        and not table.ent_type[k - 1]
        and table.text[k - 1][:1].isupper()
        and table.lower[k - 1] not in lex.titles
        # (not a kind of person or body opening the sentence: "Brewer Brabant Bier Groep")
        and not (
            table.sent_start[k - 1]
            and table.lower[k - 1] in lex.classifier_nouns | lex.person_classifier_nouns
        )
    ):
        k -= 1
    return k


def _area_kind_end(table: TokenTable, ent: Span, lex: Lexicon) -> int:
    """Where "Dhofar Governorate" ends when the NER tagged only "Dhofar" (not "Fire |
    Department", an organisation's)."""
    k = ent.end
    word = table.lower[k] if k < len(table) else ""
    # (not "Fire | Department", nor "Islamic | State", "the Russian | State Duma": a
    # people's word before "State" names no state)
    organisation = ent.label_ == "ORG" and word == "department"
    people = ent.label_ != "GPE" and word == "state"
    demonym = packaged_country_index().code_for_adjective(ent.text, plural=False) is not None
    if (
        ent.label_ in ("GPE", "LOC", "NORP", "ORG")
        and not (organisation or people or demonym)
        and k < len(table)
        and table.text[k][:1].isupper()
        and table.lower[k] in lex.admin_words
        # (or the kind alone taken for a people: "Hanover | Parish", "Parish" a NORP)
        and table.ent_type[k] in ("", "NORP")
        and not (k + 1 < len(table) and table.ent_type[k + 1] == table.ent_type[k] != "")
    ):
        return k + 1
    return ent.end


def _second_kind_end(table: TokenTable, ent: Span, lex: Lexicon) -> int:
    """Where "X Art Gallery and Museum", "the National Library and Archives" end: a name
    ending in a kind of body, "and", then one capitalised kind of body, untagged."""
    k = ent.end
    if (
        ent.label_ != "ORG"
        or table.lower[k - 1] not in lex.org_head_nouns
        or k + 1 >= len(table)
        or table.lower[k] != "and"
        or table.ent_type[k + 1]
        or not table.text[k + 1][:1].isupper()
        or table.lower[k + 1] not in lex.org_head_nouns
    ):
        return ent.end
    after = k + 2
    if after < len(table) and (table.text[after][:1].isupper() or table.pos[after] == "NOUN"):
        # "the Art Gallery and Museum Quarter": a longer name, unread; "X Service and Police
        # officers": the officers of two bodies
        return ent.end
    return after


def _field_word(table: TokenTable, k: int, after_the: bool) -> bool:
    """A capitalised field of a ministry ("Labour", "the Marine"), no one's name."""
    word = table.text[k]
    return (
        word[:1].isupper()
        and word.isalpha()
        and not word.isupper()
        and table.ent_type[k] not in ("DATE", "GPE")
        and (after_the or not is_personal_name(word))
    )
