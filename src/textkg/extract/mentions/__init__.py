"""Entity mentions from spaCy's NER, repaired by general rules and typed for the graph.

The small English model makes a few kinds of mistakes over and over, and each is repaired
here by a rule that does not depend on any particular article:

- spans carry a leading "the", a trailing possessive, titles and honorifics ("Comrade Ri"),
  or a line break and the next line's bullet;
- a title word eats the first name ("Comrade Ri Chang Dae" tagged as "Chang Dae");
- two names are glued by a possessive ("the DPRK's Ministry of State Security");
- a state body's name starts with its country ("North Korean Ministry of State Security");
- a name is tagged by its position, not its head ("the X Province State Security Bureau"
  as a location; "newspaper Rodong Sinmun" as a person);
- the same name is tagged differently, or not at all, in other sentences of the article.

Dates, numbers, money and nationalities (NORP) never become mentions here; a nationality
becomes a country mention only where a rule needs it as the object of a fact.
"""

from __future__ import annotations

from textkg.countries import packaged_country_index
from textkg.extract.mentions.article import (
    dateline_spans,
    dedupe,
    find_acronyms,
    harmonise,
    named_before_acronyms,
    propagate,
    type_districts,
    type_towns_of_named_areas,
)
from textkg.extract.mentions.context import describe
from textkg.extract.mentions.cut_people import join_person_names
from textkg.extract.mentions.definitions import (
    apply_definition,
    opening_definition,
    opening_subject,
    with_defined_span,
)
from textkg.extract.mentions.discovery import (
    missions,
    regnal_ones,
    untagged_spans,
)
from textkg.extract.mentions.gazetteer import gazetteer_spans, widen_cut_names
from textkg.extract.mentions.kinds import classifier_apposition, possessed_person
from textkg.extract.mentions.known_names import grow_to_known_names, split_at_known_names
from textkg.extract.mentions.model import (
    DATELINE,
    NER_LABELS,
    SETTLER_LANDS,
    EmbeddedFact,
    Ment,
    MentionSet,
    Nationality,
    clean_name,
    is_name_word,
    title_words,
)
from textkg.extract.mentions.org_clues import classifier_before
from textkg.extract.mentions.place_clues import born_in, place_led_by, place_of_a_trip, seat_of
from textkg.extract.mentions.regions import type_regions_after_towns
from textkg.extract.mentions.repairs import repair_entities
from textkg.extract.mentions.said_bodies import bodies_said_by_apposition, towns_said_to_be_towns
from textkg.extract.mentions.spans import SpanReader, trimmed_span
from textkg.extract.mentions.town_slots import city_before_a_kind
from textkg.extract.places import country_name
from textkg.extract.sentences import SentenceSpan
from textkg.extract.tokens import TokenTable
from textkg.lexicon import Lexicon
from textkg.records import EntityType

__all__ = [
    "DATELINE",
    "EmbeddedFact",
    "Ment",
    "MentionSet",
    "Nationality",
    "build_mentions",
    "clean_name",
    "is_name_word",
    "title_words",
]


def untagged_nationalities(reader: SpanReader, known: list[Nationality]) -> list[Nationality]:
    """ "Lithuanian Defence Minister X": a country's adjective the NER left untagged."""
    table, index = reader.table, packaged_country_index()
    tagged = {i for n in known for i in range(n.start, n.end)}
    found = []
    for i, word in enumerate(table.text):
        if (
            table.ent_type[i]
            or i in tagged
            or not word[:1].isupper()
            or not word.isalpha()
            or reader.owner[i] < 0
            or table.pos[i] not in ("ADJ", "PROPN")
        ):
            continue
        code = index.code_for_adjective(word, plural=False)
        if code and not index.code_for_name(word):
            country = country_name(word, reader.lex)
            if country:
                found.append(Nationality(i, i + 1, country, reader.owner[i]))
    return found


def _hyphened_nationalities(reader: SpanReader, start: int, end: int) -> list[Nationality]:
    """ "Pakistani-American": two countries' adjectives joined by a hyphen; the second, a
    land of settlers, is the country of a person so described (the first an origin); in
    "British-Nigerian" the first is."""
    words = reader.table.text[start:end]
    first = country_name(words[0], reader.lex) if len(words) == 3 else None
    if first is None or words[1] != "-":
        return []
    second = country_name(words[2], reader.lex)
    if second in SETTLER_LANDS:
        return [Nationality(end - 1, end, second, reader.owner[end - 1])]
    return [Nationality(start, start + 1, first, reader.owner[start])] if second else []


def _rest_of_the_name(reader: SpanReader, end: int) -> int:
    """ "the shipping group [Caspian] Horizon": the NER tagged only the first word of a
    name (a nationality, a sea) and left the proper nouns it qualifies untagged; a name
    found by its classifier runs on to the end of that compound. Returns the new end."""
    table, k = reader.table, end
    while (
        k < len(table)
        and table.pos[k] == "PROPN"
        and not table.ent_type[k]
        and reader.owner[k] == reader.owner[end - 1]
        and is_name_word(reader.doc[k])
        and table.head[k - 1] >= k  # the word before hangs on a later word of the name
    ):
        k += 1
    return k


def build_mentions(
    table: TokenTable, sentences: list[SentenceSpan], owner: list[int], lexicon: Lexicon
) -> MentionSet:
    """The article's mentions, nationality adjectives and the facts names state."""
    widen_cut_names(table)
    repair_entities(table, lexicon)
    reader = SpanReader(table, sentences, owner, lexicon)
    doc, lex = reader.doc, reader.lex
    taken = [False] * len(doc)
    raw: list[tuple[int, int, str]] = []
    nationalities: list[Nationality] = []
    for ent in reader.table.ents:
        if ent.label_ == "NORP":
            start, end = trimmed_span(doc, ent.start, ent.end)
            if start < end and reader.owner[start] >= 0:
                country = country_name(reader._name(start, end), lex)
                if country:
                    nationalities.append(Nationality(start, end, country, reader.owner[start]))
                    continue
                joined = _hyphened_nationalities(reader, start, end)
                if joined:
                    nationalities.extend(joined)
                    continue
        label = ent.label_
        grown = ent.end
        if label not in NER_LABELS and (
            possessed_person(reader, ent.start, ent.end) is not None
            # "Agrisole, a Verona-based agricultural cooperative" read as a product
            or classifier_apposition(reader, ent.start, ent.end, kind_only=True)
            or classifier_before(reader, ent.start)  # "the Athens-based shipowner Aegean Crest"
        ):
            label = "ORG"  # "The All Blacks' Beauden Barrett" read as a title of a work
            grown = _rest_of_the_name(reader, ent.end)
        elif (
            label not in NER_LABELS
            and label not in ("DATE", "TIME")  # not "died in April"
            and ent.end - ent.start == 1
            and (
                born_in(reader, ent.start)
                or place_of_a_trip(reader, ent.start, ent.end)
                or place_led_by(reader, ent.end) is not None
                or seat_of(reader, ent.start, ent.end)  # "headquartered in Aarhus", a NORP
                or city_before_a_kind(reader, ent.start)  # "a Grenoble cosmetics maker"
            )
        ):
            label = "GPE"  # "born in Drancy", "travelled to Moorea", read as products
        elif (
            label in ("PRODUCT", "WORK_OF_ART")
            and ent.end - ent.start > 2
            # (a lower-case "the": not the title "The Harwick Castle", a novel)
            and reader.table.text[ent.start] == "the"
            and reader.table.lower[ent.end - 1] in lex.place_head_nouns
            and doc[ent.end - 1].is_title
        ):
            label = "FAC"  # "visited the Tana Dam" read as a product or a title of a work
        elif (
            label in ("PRODUCT", "WORK_OF_ART", "LAW")
            and ent.end - ent.start > 2
            and reader.table.text[ent.start] == "the"
            and reader.table.lower[ent.end - 1] in lex.org_head_nouns
            and doc[ent.end - 1].is_title
        ):
            label = "ORG"  # "by the Tarn Anglers' Association", read as a law
        end = grown
        if (
            label in ("GPE", "LOC")
            and end - ent.start > 1
            and reader.table.lower[end - 1] in lex.admin_words
            and doc[end - 1].is_lower
        ):
            end -= 1  # "Guayas province": the region's name is "Guayas", of a kind the text says
        if label in NER_LABELS:
            raw.append((ent.start, end, label))
            for i in range(ent.start, max(end, ent.end)):
                taken[i] = True
    nationalities += untagged_nationalities(reader, nationalities)
    for start, end, _country in gazetteer_spans(reader.table, taken):
        raw.append((start, end, "GPE"))
        for i in range(start, end):
            taken[i] = True
    for start, end, label in untagged_spans(reader, taken):
        raw.append((start, end, label))
        for i in range(start, end):
            taken[i] = True
    for start, end, label in dateline_spans(reader, taken):
        if any(taken[start:end]):
            # the NER saw the dateline's town as an organisation ("KARBALA, Iraq (AP)")
            raw = [
                (s, e, label if (s, e, lab) == (start, end, "ORG") else lab) for s, e, lab in raw
            ]
            continue
        raw.append((start, end, label))
        for i in range(start, end):
            taken[i] = True
    opening = opening_subject(reader.table, lex, reader.sentences)  # a page's first words
    definition = opening_definition(reader, opening)  # "Merenka is a town on ...": its subject
    if definition is not None:
        raw = with_defined_span(definition, raw, taken)
    raw = regnal_ones(reader, join_person_names(reader, raw, taken))
    mentions: list[Ment] = []
    for start, end, label in sorted(raw):
        mentions.extend(reader._mentions_of_span(start, end, label, taken))
    if definition is not None:
        apply_definition(definition, mentions)
    if opening is not None:
        type_regions_after_towns(reader.table, mentions)  # "born in Changchun, Jilin"
    mentions.extend(missions(reader, nationalities, taken))  # "the Russian embassy"
    mentions.extend(named_before_acronyms(reader, mentions))
    find_acronyms(reader, mentions)
    bodies_said_by_apposition(reader, mentions)
    mentions = harmonise(reader, mentions)
    mentions = split_at_known_names(reader, grow_to_known_names(reader, mentions))
    mentions.extend(propagate(reader, mentions))
    mentions = dedupe(mentions)
    towns_said_to_be_towns(reader, mentions)
    type_districts(reader, mentions)
    type_towns_of_named_areas(reader, mentions)
    describe(reader, mentions, nationalities)
    mentions.sort(key=lambda m: (m.start, m.end, m.name))
    table = reader.table
    for ment in mentions:
        first = reader.sentences[ment.sentence].start_token
        if (
            ment.etype is EntityType.ORGANIZATION
            and ment.start - first <= 10
            and ment.start > 0
            and ment.end < len(table)
            and table.text[ment.start - 1] == "("
            and table.text[ment.end] == ")"
        ):
            ment.categories.add(DATELINE)  # "(AP)": who sent the story, not where it is
    return MentionSet(
        mentions, nationalities, reader.embedded, reader.acronyms, opening is not None
    )
