"""The type of a name: what the NER said, corrected by the name's head word, the words
around it and the country table."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textkg.extract.gazetteers import (
    city_population,
    is_given_name,
    is_personal_name,
    is_subdivision,
    is_surname,
)
from textkg.extract.mentions.model import NER_LABELS, _lower, hyphened, is_acronym, is_name_word
from textkg.extract.mentions.org_clues import (
    apposed_to_a_kind,
    apposed_to_the_name,
    business_context,
    camel_case,
    classifier_before,
    company_role_after,
    company_role_before_name,
    company_role_cue,
    demonym_inside,
    employer_after_role,
    field_of_a_title,
    joined_to_organisation,
    led_by_its_subject,
    member_of_a_group,
    named_as_a_body,
    names_a_people,
    opens_a_sites_name,
    played_for,
    player_of,
    role_after_whose,
    said_of_a_company,
    team_role_after,
)
from textkg.extract.mentions.person_clues import (
    age_follows,
    in_a_killing,
    killed_one,
    killer_of_a_name,
    leader_apposed_before,
    personal_context,
    persons_occupation,
    relative_who_follows,
    role_apposed_after,
    role_apposed_before,
    role_before,
    role_named_by_copula,
    unlisted_person,
    which_follows,
    who_heads,
    who_without_the,
)
from textkg.extract.mentions.place_clues import (
    MOVEMENT_PREPOSITIONS,
    a_towns_capital,
    after_a_town,
    after_an_age,
    area_slot,
    based_follows,
    based_word,
    born_in,
    born_or_raised_in,
    capital_of,
    in_after_an_organisation,
    kind_a_title_is_of,
    kind_by_copula,
    kind_in_apposition,
    kind_of_place_follows,
    known_place,
    modifies,
    named_kind,
    object_of_a_visit,
    place_led_by,
    place_of_a_trip,
    placed,
    placed_by_copula,
    region_follows,
    seat_of,
    set_off_kind,
    things_in,
    town_after_of,
    town_before_a_kind,
    town_of_a_mayor,
    visited_site,
)
from textkg.extract.places import country_name, is_people_word, place_type
from textkg.extract.syntax import pobjs
from textkg.records import EntityType

if TYPE_CHECKING:
    from textkg.extract.mentions.spans import SpanReader


def entity_type(
    reader: SpanReader, label: str, start: int, end: int, name: str
) -> EntityType | None:
    doc, lex = reader.doc, reader.lex
    head = _lower(doc[reader.head_index(start, end)])
    if is_people_word(name, lex) or names_a_people(reader, start, end):
        return None
    if label == "EVENT" and head in lex.org_head_nouns | lex.building_nouns:
        label = "ORG"  # "the Hue Festival Centre": the body or the hall, no festival
    if label == "EVENT":  # "the Lucca Summer Festival" has a director: an organisation
        organised = head in lex.organised_event_heads
        # "from Kallio Telakka, a shipbuilder based in Rauma": what the apposition says it is
        organised = organised or classifier_apposition(reader, start, end, kind_only=True)
        return EntityType.ORGANIZATION if organised else EntityType.EVENT
    country = country_name(name, lex)
    mislabelled = label in ("PERSON", "ORG") and head not in lex.org_head_nouns
    mislabelled = mislabelled and name not in lex.world_regions  # "the capital of Asia"
    if mislabelled and capital_of(reader, start, end) and a_towns_capital(reader, start, end):
        # "Batumi, the capital of Adjara": a region or a country, whatever the NER said
        area = known_place(name) or EntityType.ADMINISTRATIVE_AREA
        return EntityType.COUNTRY if country else area
    # "Union" heads organisations, but "the Soviet Union" is a country
    org_head = (
        head in lex.org_head_nouns | lex.organised_event_heads
        and head not in lex.admin_words
        and country is None
        and not (end - start == 1 and city_population(name) > 0)  # "in Rugby": the town
    ) or named_as_a_body(reader, start, end)
    # "X, whose chairman, Y": no person or place has a chairman; "the drummer of X": a band
    org_head = org_head or (
        country is None
        and known_place(name) is None
        and (role_after_whose(reader, end, lex.body_roles) or player_of(reader, start))
    )
    unknown = label == "GPE" and country is None and known_place(name) is None
    kind = (
        named_kind(reader, start, end)
        or kind_in_apposition(reader, start, end)
        # "Norvia is a security firm": a town's label only on a name the lists do not know
        or (kind_by_copula(reader, start, end) if label in ("PERSON", "ORG") or unknown else None)
    )
    if kind is not None and not org_head:
        return EntityType.COUNTRY if country else kind  # "the city of Juiz de Fora"
    if kind is EntityType.CITY and start > 0 and reader.table.lower[start - 1] in ("in", "near"):
        return kind  # "born in Grand Bank, a town on ...": a town, whatever its last word
    place_head = (
        head in lex.place_head_nouns or opens_a_sites_name(reader, start, end)
    ) and not org_head
    # (not "Moana Tipene-Hall": a double surname's second half)
    hyphened_surname = end - start > 2 and reader.doc[end - 2].text == "-"
    # (nor "Greg Hall, Vexor's chairman": a given name, then a role in apposition)
    titled = end - start == 2 and is_given_name(reader.table.text[start])
    titled = titled and role_apposed_after(reader, start, end)
    building = (head in lex.building_nouns or place_head) and not (hyphened_surname or titled)
    if label == "PERSON":
        return _person_label_type(reader, start, end, name, country, org_head, building)
    if label in ("GPE", "LOC", "FAC") and end - start > 1 and head in lex.admin_words:
        return EntityType.ADMINISTRATIVE_AREA  # "Grand Gedeh County" (org_head: none)
    if (
        not org_head
        and not building
        and label in ("ORG", "GPE", "LOC", "FAC")
        and looks_like_person(reader, start, end)
        and not (label == "ORG" and _a_teams_or_a_kinds(reader, start, end))
    ):
        return EntityType.PERSON  # "Kirsty Coventry", "Stéphane Israël" tagged otherwise
    # "Okafor, 41, said", "the gunman shot Okafor" (not "Hamas killed X": a body kills too;
    # nor "Chicago's murders", "Ohio, 41, and Texas, 37": places the gazetteers know)
    # (an organisation kills too: the killer of an organisation's label only for a surname
    # the lists know, "Kemper murdered Tully" yes, "Hamas killed X" no)
    killer = killer_of_a_name(reader, start, end) and (
        label != "ORG" or is_surname(name.split()[-1])
    )
    personal = age_follows(reader, end) or killed_one(reader, start, end) or killer
    if personal and not (org_head or building or country):
        # "Booth shot Lincoln" (a town's name too: no town is shot or assassinated)
        town = known_place(name) and not killed_one(reader, start, end, named_victim=True)
        if not town:
            return EntityType.PERSON
    if label in ("GPE", "LOC"):  # "Mokoena, who was born in ...": no town takes "who"
        personal = (
            not country
            and not known_place(name)
            and name not in lex.admin_areas  # "born in Fort Scott, Kan., who"
            # "Bohol's governor, Erico Salvador": a role in apposition is a person's
            and (relative_who_follows(reader, end) or personal_context(reader, start, end))
            # "Catalonia, whose president, X": a place's or a body's head, no person's
            and not role_after_whose(reader, end, lex.head_of_state_titles | lex.body_roles)
            # "Okafor, 41, of Enugu, who", "X, a native of Darkhan, who"
            and not (town_after_of(reader, start) or born_in(reader, start))
        )
    else:
        personal = (
            label in ("ORG", "FAC")
            and not country
            # "his counterpart, Aidana Toktogulova, who heads" (not "Chelsea, who lost", a
            # club British news writes so)
            and (
                personal_context(reader, start, end)
                or leader_apposed_before(reader, start, end)
                or (
                    who_without_the(reader, start, end)
                    and (
                        label == "FAC"  # no building takes "who"
                        or looks_like_person(reader, start, end)
                        or role_before(reader, start)
                        or who_heads(reader, end)
                        or unlisted_person(reader, start, end)
                    )
                )
            )
        )
    if personal and not org_head:
        return EntityType.PERSON  # "His running mate, Rigathi Gachagua, was sworn in as ..."
    if label in ("GPE", "ORG") and not country and team_role_after(reader, start, end):
        return EntityType.ORGANIZATION  # "Napoli captain X", "Napoli sacked coach X"
    if label in ("GPE", "LOC") and not country and played_for(reader, start, end):
        return EntityType.ORGANIZATION  # "who plays for Hull City": a team, not a town
    if label == "ORG":
        if country:
            return EntityType.COUNTRY
        # "the mayor of Lyon" (not the club), "Sicily's regional government": a place
        mayor = town_of_a_mayor(reader, start)
        led = EntityType.CITY if mayor else place_led_by(reader, end, ministers=True)
        if not org_head and led is not None:
            return known_place(name) or led
        if (
            not org_head
            and not classifier_before(reader, start)
            and not joined_to_organisation(reader, end - 1)
        ):
            if place_head:
                return EntityType.PLACE  # "Quirinale Palace", "Orly Airport"
            if end - start > 1 and head in lex.admin_words and area_slot(reader, start, end):
                return EntityType.ADMINISTRATIVE_AREA  # "in Oyo State", "the Oyo State capital"
            known = known_place(name)
            if known is EntityType.ADMINISTRATIVE_AREA or (
                known is EntityType.CITY
                and (
                    placed(reader, start, end, MOVEMENT_PREPOSITIONS)
                    or modifies(reader, end)
                    or object_of_a_visit(reader, start, end)
                    or based_follows(reader.doc, end)
                    or seat_of(reader, start, end)
                )
            ):
                return known  # "flew to Marrakesh", "a Marrakesh hospital", "Oslo-based"
            if (
                known is None
                and end - start > 1  # (not "the UN refugee agency", "the Nokia group")
                and city_population(name)
                and town_before_a_kind(reader, start, end)
            ):
                return EntityType.CITY  # "X, a Fort Portal money transfer firm"
            seat = (
                based_follows(reader.doc, end)
                or seat_of(reader, start, end)
                or in_after_an_organisation(reader, start, end)
            )
            if (
                seat
                or (end - start == 1 and born_in(reader, start))
                or born_or_raised_in(reader, reader.head_index(start, end))
                # "40 miles north of Enugu", "Norvia Inc. of Enugu"; after an age only a
                # town the gazetteers know ("Brennan, 47, of Lazard": an employer)
                or (
                    town_after_of(reader, start, name)
                    and (known is not None or not after_an_age(reader, start))
                )
            ):
                return known or EntityType.CITY  # "Tralee-based", "born in Auxerre": a town
            if end - start <= 2 and place_of_a_trip(reader, start, end):
                return known or EntityType.CITY  # "flew to Broome", "stayed in Apia"
            if capital_of(reader, start, end):
                return known or EntityType.ADMINISTRATIVE_AREA  # "the capital of Madeira"
        return EntityType.ORGANIZATION
    if org_head:
        return EntityType.ORGANIZATION
    if (
        label in ("GPE", "LOC", "FAC")
        and not country
        and known_place(name) is None
        and place_led_by(reader, end) is None  # "the head of Sicily's regional government"
        and (
            # a building's name only by what an apposition says it is ("a Lviv-based
            # brewer"; not "the director of the Golden Gate Bridge")
            classifier_apposition(reader, start, end, kind_only=True, unbased=True)
            or (not building and company_role_cue(reader, start, end))  # "the head of X, Y"
            if label == "FAC"
            else _company_in_a_places_name(reader, label, start, end)
            or (start > 0 and based_word(reader.doc[start - 1]))  # "the Kathmandu-based X"
        )
    ):
        return EntityType.ORGANIZATION
    if label in ("GPE", "LOC", "FAC") and not country and kind_of_place_follows(reader, end):
        return EntityType.ADMINISTRATIVE_AREA  # "Central Sulawesi province"
    if label == "GPE":  # "Pioneer Range", "Tessler Glacier" (not "Halden Creek": a town's)
        site = place_head and head not in lex.town_name_endings and not country
        site = site and known_place(name) is None
        return EntityType.PLACE if site else place_type(name, lex)
    if label in ("LOC", "FAC") and country:  # "from Côte d'Ivoire" read as a building
        return EntityType.COUNTRY
    if label == "LOC" and place_type(name, lex) is EntityType.ADMINISTRATIVE_AREA:
        return EntityType.ADMINISTRATIVE_AREA
    return NER_LABELS.get(label)


def _person_label_type(
    reader: SpanReader,
    start: int,
    end: int,
    name: str,
    country: str | None,
    org_head: bool,
    building: bool,
) -> EntityType:
    """What a name the NER took for a person is: an organisation its kind, role or verb says
    ("Genoa captain X", "X, a Lisbon-based insurer"), a place the gazetteer knows in a place's
    slot, or the person (``org_head``, ``building``: what its head word says, as
    :func:`entity_type` read it)."""
    lex = reader.lex
    head = _lower(reader.doc[reader.head_index(start, end)])
    grouped = member_of_a_group(reader, end)  # "X, a member of the Norvia group": a company
    if not (org_head or building or country or known_place(name)) and in_a_killing(
        reader, start, end
    ):
        return EntityType.PERSON  # "the Kennedy slaying" (not "the Austin slaying": a town)
    if org_head or employer_after_role(reader, start, end):
        return EntityType.ORGANIZATION
    if company_role_after(reader, end, bodies_only=True) and not country:
        return EntityType.ORGANIZATION  # "Amélie Fret's chief executive": no person has one
    if role_named_by_copula(reader, start, end):
        return EntityType.PERSON  # "Vexor's chairman is X, a Leeds property developer"
    if classifier_before(reader, start) and not (
        reader.doc[start - 1].lemma_.lower() in lex.person_classifier_nouns
        and looks_like_person(reader, start, end)
    ):
        return EntityType.ORGANIZATION  # "the newspaper X", not "the broadcaster Nora Quist"
    if country and not is_personal_name(name):
        return EntityType.COUNTRY  # "Mauritius" (not "Jordan", "Chad": people's names too)
    if team_role_after(reader, start, end) and not looks_like_person(reader, start, end):
        return EntityType.ORGANIZATION  # "Genoa captain X"
    if any(c.isdigit() for c in name) or (end - start == 1 and is_acronym(name)):
        return EntityType.ORGANIZATION  # "COP29", "KEGOC": no person's name has a digit
    if played_for(reader, start, end) and not looks_like_person(reader, start, end):
        return EntityType.ORGANIZATION  # "X, who plays for Harbour Kings"
    if classifier_apposition(reader, start, end, kind_only=True, person_label=not grouped) or (
        not looks_like_person(reader, start, end)
        and (
            which_follows(reader, start, end)
            or said_of_a_company(reader, start, end)
            or led_by_its_subject(reader, start, end)  # "who runs Qualibou Geothermal"
            or (start > 0 and based_word(reader.doc[start - 1]))  # "the Paris-based Lumen Films"
        )
    ):
        return EntityType.ORGANIZATION  # "X, a Lisbon-based life insurer", "X, which"
    if (end - start == 1 or not looks_like_person(reader, start, end)) and (
        company_role_before_name(reader, end) or camel_case(reader.table.text[start])
    ):
        return EntityType.ORGANIZATION  # "Sinopec chairman Ma Yongsheng", "QatarEnergy"
    if not looks_like_person(reader, start, end) and (
        company_role_after(reader, end)
        or apposed_to_a_kind(reader, start, end)
        or classifier_apposition(reader, start, end, person_label=not grouped)
        or demonym_inside(reader, start, end)
    ):
        return EntityType.ORGANIZATION  # "Harwick United's new manager"
    if building and end - start > 1:
        return EntityType.PLACE  # a person is never a "Square" or an "Airport"
    if kind_of_place_follows(reader, end) and not looks_like_person(reader, start, end):
        return EntityType.ADMINISTRATIVE_AREA  # "in Al Haouz province"
    travelled_to = placed(reader, start, end, MOVEMENT_PREPOSITIONS) or (
        end - start == 1 and object_of_a_visit(reader, start, end)
    )
    # "flew to X", "X-based", "the X law firm" (a one-word town before a noun)
    town_slot = based_follows(reader.doc, end) or (end - start == 1 and modifies(reader, end))
    if (travelled_to or town_slot) and not looks_like_person(reader, start, end):
        known = known_place(name)
        if known is not None:
            return known  # "travelled to Al Haouz", "the Rotterdam-based company"
        if based_follows(reader.doc, end) or (travelled_to and region_follows(reader, end)):
            return EntityType.CITY  # "the Fleys-based grower", "a mill in Vila Seca, Brazil"
        if visited_site(reader, end):
            return EntityType.PLACE  # "visited the Karoo site": a site named by its place
    if country and (travelled_to or after_a_town(reader, start)):
        return EntityType.COUNTRY  # "based in Hamilton, Bermuda"
    led = place_led_by(reader, end)
    if led is not None and (known_place(name) or not looks_like_person(reader, start, end)):
        return known_place(name) or led  # "Bohol's governor, X": no person has a governor
    if (
        end - start == 1
        and known_place(name) is EntityType.CITY
        and not is_personal_name(name)
        # not "Benfica beat Porto", a club; "Guayaquil is in Guayas": where a town is
        and (reader.doc[start].dep_ in ("poss", "pobj") or placed_by_copula(reader, start))
    ):
        return EntityType.CITY  # "Genoa's government": a large town no one is named
    if end - start > 1 and (
        born_or_raised_in(reader, reader.head_index(start, end)) or seat_of(reader, start, end)
    ):
        return known_place(name) or EntityType.CITY  # "born in Baia Sprie": in no person
    if end - start == 1 and (
        born_in(reader, start)
        or things_in(reader, start, name)
        or place_of_a_trip(reader, start, end)
        or seat_of(reader, start, end)
    ):
        return EntityType.CITY  # "born in Mahikeng", "flew to Newman", "based in Rubavu"
    if (set_off := set_off_kind(reader, start, end)) and not looks_like_person(reader, start, end):
        return known_place(name) or set_off  # "Okafor, 41, of Enugu", "X, in Yonne,"
    office = kind_a_title_is_of(reader, start) if end - start == 1 else None
    if office is not None and not looks_like_person(reader, start, end):
        return known_place(name) or office  # "the chief district officer of Dolakha"
    if (
        end - start > 1
        and head in lex.admin_words
        and head not in lex.org_head_nouns
        and reader.doc[end - 1].text[:1].isupper()
        and (
            placed(reader, start, end)
            # "Tver Oblast", "Kazan Governorate" anywhere: a kind of area no one's surname
            # is, after a word no one's given name is (not "Robert Parish", "Talia Shire")
            or head in lex.area_kind_nouns
            or not is_given_name(reader.doc[start].text)
        )
    ):
        return EntityType.ADMINISTRATIVE_AREA  # "in Cameron Parish", not "Robert Parish"
    return EntityType.PERSON


def _company_in_a_places_name(reader: SpanReader, label: str, start: int, end: int) -> bool:
    """A name the NER took for a place no gazetteer knows, that the words around it make a
    company's: a role of it ("Norvia chief executive X", "the director of Norvia"), a kind
    of organisation before or in apposition ("the Chilean copper company Codelco", "X, the
    carmaker"), its business ("Norvia, based in Oslo, employs ...", "bought Norvia"), or
    a company it is listed with ("owns British Airways and Iberia")."""
    return (
        company_role_cue(reader, start, end)
        or classifier_before(reader, start)
        or classifier_apposition(reader, start, end, kind_only=True, unbased=True)
        or (
            label == "GPE"
            and (
                business_context(reader, start, end)
                or said_of_a_company(reader, start, end)
                or joined_to_organisation(reader, end - 1)
            )
        )
    )


def _a_teams_or_a_kinds(reader: SpanReader, start: int, end: int) -> bool:
    """ "X, who plays for Harbour Kings"; "Atlas Ceramics, an Oran-based tile maker"; "the
    Atlas Connect group"; "a unit of Atlas Connect"."""
    table, lex = reader.table, reader.lex
    kind_after = (
        end < len(table) and reader.doc[end].is_lower and table.lemma[end] in lex.classifier_nouns
    )
    part_of = (
        start >= 2 and table.lower[start - 1] == "of" and table.lemma[start - 2] in lex.body_parts
    )
    return (
        played_for(reader, start, end)
        or kind_after
        or (part_of or employer_after_role(reader, start, end, words=3))
        or classifier_apposition(reader, start, end, kind_only=True, after_only=True)
    )


def looks_like_person(reader: SpanReader, start: int, end: int) -> bool:
    """A given name then a surname ("Kirsty Coventry"), or a given name with a title or a
    form of address before it; never a name with an organisation's or a place's head word."""
    doc, lex = reader.doc, reader.lex
    if any(t.text in ("&", "+") for t in doc[start:end]):
        return False  # "Atlas & Reed", "Brouwer & Smit": a firm of partners
    words = [t for t in doc[start:end] if not t.is_punct]
    inner = words[1:-1]
    if len(words) < 2 or not (
        is_name_word(words[0])
        and is_name_word(words[-1])
        and all(is_name_word(t) or _lower(t) in lex.name_particles for t in inner)
    ):
        return False  # "Pieter de Vries" has a particle inside
    first, last = words[0].text, words[-1].text
    if _lower(words[0]) in lex.titles or _lower(words[0]) in lex.honorifics:
        return False
    lowered = {_lower(t) for t in words}
    if lowered & (lex.org_head_nouns | lex.place_head_nouns | lex.admin_words):
        return False
    if not is_given_name(first):
        return False
    name = " ".join(t.text for t in words)
    written = doc[start:end].text  # "Saint-Denis", the town, as written with its hyphen
    if any(city_population(n) or is_subdivision(n) for n in (name, written)):
        return False
    if country_name(name, lex):
        return False
    town_word = _lower(words[-1]) in lex.town_name_endings
    placed_in = start > 0 and doc[start - 1].lower_ in ("in", "near")  # "born in West Branch"
    if region_follows(reader, end) and (town_word or placed_in or not is_given_name(first)):
        return False  # "Morgan Falls, Minn.": a town before its state (not "Kia Dunbar, Texas")
    titled = start > 0 and (reader.title_len[start - 1] > 0 or reader.honorific_len[start - 1] > 0)
    # "Mary Holt": a given name that is also a town's, then a surname, is a person's
    town_first = known_place(first) and not (len(words) == 2 and is_surname(last))
    if town_first or country_name(first, lex):
        titled = titled or role_apposed_before(reader, start)
        # "Paris Saint-Germain", "Georgia Tech" start with places: only the words around
        # the name can make it a person's ("France Córdova, who heads ...")
        return titled or relative_who_follows(reader, end)
    return len(words) <= 4 or is_surname(last) or titled


def classifier_apposition(
    reader: SpanReader,
    start: int,
    end: int,
    *,
    kind_only: bool = False,
    unbased: bool = False,
    after_only: bool = False,
    person_label: bool = False,
) -> bool:
    """ "X, the Santa Monica-based publisher of Y", "the group's reinsurance arm, X": a noun
    of a kind of organisation in apposition to the name; with ``kind_only``, not a noun
    only "-based" describes ("X, a Lisbon-based lawyer" is a person)."""
    doc = reader.doc
    kinds = reader.lex.classifier_nouns | reader.lex.unit_nouns
    personal = looks_like_person(reader, start, end)
    lex = reader.lex
    # "Its publisher, Fiona Reid": a kind that is also a person's role names the person; so
    # does a unit that is a role after the NER's person ("X, a member of the Y party"; not
    # "X, a cloud contractor")
    roles = lex.titles | lex.person_classifier_nouns if personal else lex.unit_nouns & lex.titles
    if personal or person_label:
        kinds -= roles
    head = doc[reader.head_index(start, end)]
    before = head.head
    if (
        not after_only
        # not "the director of LuxDev, the development agency, Pascale Thill": the
        # director's name, which the parser hung on the agency apposed to LuxDev
        and not (personal and before.dep_ == "appos")
        and head.dep_ == "appos"
        and before.i < start
        and before.pos_ == "NOUN"
        and before.lemma_.lower() in kinds
        and not field_of_a_title(reader, before)
    ):
        return True
    heads = set(range(start, end))
    for token in doc[end : min(len(doc), end + 10)]:
        if apposed_to_the_name(doc, end, token, heads):
            if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in token.children):
                return False  # "in Kitwe, the operator, Kafue Copper Mines, said": its name's
            if token.lower_ == "one":  # "X, one of Sweden's largest food makers"
                token = next((p for p in pobjs(token, ("of",)) if p.tag_ == "NNS"), token)
            if persons_occupation(reader, token):
                return False  # "X, a documentary maker from Kazakhstan", "a producer at Y"
            if token.pos_ == "NOUN" and {token.lemma_.lower(), hyphened(token)} & kinds:
                # with ``unbased``, not "Santa Monica, California-based publisher": a town
                # that the place before "-based" continues
                continued = end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN"
                return not (unbased and continued and any(based_word(t) for t in token.subtree))
            if token.pos_ == "NOUN" and any(based_word(c) for c in token.lefts) and not kind_only:
                return True  # "X, the California-based chip designer"
            if token.pos_ == "NOUN" and token.lemma_.lower() in reader.lex.titles:
                return False  # "X, the chairman of Y, a seafood group": the group is Y
            heads.add(token.i)  # the parser chains "X, the Santa Monica, ...-based publisher"
    return False


def possessed_person(reader: SpanReader, start: int, end: int) -> int | None:
    """The possessive in a span such as "The All Blacks' Beauden Barrett" (a name's), or None."""
    doc = reader.doc
    for i in range(start + 1, end - 2):
        if doc[i].text.replace("’", "'") in ("'s", "'") and looks_like_person(reader, i + 1, end):
            return i
    return None
