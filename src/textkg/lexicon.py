"""The relation trigger lexicon (ontology/relation_triggers.yaml), loaded once and typed.

The rules in this package know no English words of their own: titles, trigger verbs and
nouns, organisation head nouns and place words all come from the data file, so a user can
read and extend them without touching code.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from rdflib import URIRef

from textkg import yamltext
from textkg.errors import TextkgError
from textkg.lexicon_words import (
    BiographyWords,
    BodyWords,
    MeetingWords,
    PlaceWords,
    ResolutionWords,
    kinds_by_word,
    ranks_of,
    resolution_words,
    words_by_word,
    words_of,
    words_record,
)
from textkg.lexicon_words import biography_words as _biography
from textkg.namespaces import TK
from textkg.records import EntityType, EventKind
from textkg.vocabulary import vocabulary

LEXICON_FILE = "ontology/relation_triggers.yaml"


@dataclass(frozen=True)
class VerbFrame:
    """How a trigger verb's arguments map onto a relation."""

    predicate: URIRef
    objects: tuple[str, ...]
    event: EventKind | None = None
    inverse: bool = False
    passive_subject: bool = False
    subject_types: frozenset[EntityType] = frozenset()
    object_types: frozenset[EntityType] = frozenset()
    only_with: frozenset[str] = frozenset()
    #: The relation when the subject is a person ("X belongs to the party": memberOf).
    person_predicate: URIRef | None = None
    #: Only in the present ("X plays for Y"; "X played for Y" was so once).
    present_only: bool = False
    #: Only without a direct object ("X moved to Y"; "X moved the office to Y" did not).
    intransitive: bool = False
    #: Only with a direct object ("handed the keys to X"; "handed over to X" passed on an
    #: office, not a thing in person).
    transitive: bool = False


@dataclass(frozen=True)
class NounFrame:
    """How an event or relation noun's arguments map onto a relation."""

    predicate: URIRef
    with_preps: tuple[str, ...] = ()
    to_preps: tuple[str, ...] = ()
    patient_preps: tuple[str, ...] = ()
    agent_preps: tuple[str, ...] = ()
    event: EventKind | None = None
    # the verbs the noun must be the object of ("won the leadership of Y"), if any
    verbs: frozenset[str] = frozenset()


@dataclass(frozen=True, eq=False)  # hashed by identity: it keys lru caches
class Lexicon:
    confidence: Mapping[str, float]
    leader_titles: frozenset[str]
    member_titles: frozenset[str]
    #: Players of a band or a team: members of it, never of a state ("Swedish guitarist").
    player_titles: frozenset[str]
    head_of_state_titles: frozenset[str]
    state_leader_titles: frozenset[str]
    definite_leaders: frozenset[str]
    indefinite_staff: frozenset[str]
    demoting_modifiers: frozenset[str]
    division_modifiers: frozenset[str]
    division_titles: frozenset[str]
    title_modifiers: frozenset[str]
    past_modifiers: frozenset[str]
    coming_modifiers: frozenset[str]
    ending_modifiers: frozenset[str]
    handover_verbs: frozenset[str]
    past_adverbs: frozenset[str]
    regnal_titles: frozenset[str]
    town_leader_titles: frozenset[str]
    bare_company_titles: frozenset[str]
    bank_leader_titles: frozenset[str]
    court_titles: frozenset[str]
    court_nouns: frozenset[str]
    dismissal_verbs: frozenset[str]
    resignation_verbs: frozenset[str]
    succession_verbs: frozenset[str]
    role_fields: frozenset[str]
    companion_verbs: frozenset[str]
    sending_verbs: frozenset[str]
    honorifics: frozenset[str]
    descriptors: Mapping[str, URIRef]
    of_prepositions: frozenset[str]
    title_to_organization: Mapping[str, str]
    title_of_field_organization: Mapping[str, str]
    government_domains: frozenset[str]
    governments: frozenset[str]
    org_head_nouns: frozenset[str]
    #: Words that make a town's name a club's ("Real Madrid", "Leeds United"), and a club's
    #: or a company's first words it is written short without ("Grupo Bimbo": "Bimbo").
    name_prefixes: frozenset[str]
    company_prefixes: frozenset[str]  # of those, a company's ("Banco", "Grupo")
    club_suffixes: frozenset[str]
    team_roles: frozenset[str]
    #: Members' names that name their party with "the" ("the Greens", "the Free Democrats").
    party_plurals: frozenset[str]
    #: Titles that lead a party named after the name ("Chairman X of the Greens").
    party_leaders: frozenset[str]
    #: Last words of company names that may be left off later ("Harlow Foods" → "Harlow").
    short_form_heads: frozenset[str]
    government_heads: frozenset[str]
    unit_nouns: frozenset[str]
    possessed_unit_nouns: frozenset[str]  # "its radio station, X": only so possessed
    owner_nouns: frozenset[str]
    board_nouns: frozenset[str]
    classifier_nouns: frozenset[str]
    person_classifier_nouns: frozenset[str]
    person_made_things: frozenset[str]
    maker_nouns: frozenset[str]
    body_roles: frozenset[str]
    body_parts: frozenset[str]
    body_leading_verbs: frozenset[str]
    occupation_endings: tuple[str, ...]
    unit_copulas: frozenset[str]
    chambers: frozenset[str]
    #: classifier nouns that stand only for an organisation of their kind, never the main one
    specific_kinds: frozenset[str]
    company_roles: frozenset[str]
    company_verbs: frozenset[str]
    people_group_nouns: frozenset[str]
    group_nouns: frozenset[str]
    national_group_nouns: frozenset[str]
    league_words: frozenset[str]
    object_control_verbs: frozenset[str]
    league_name_words: frozenset[str]
    admin_words: frozenset[str]
    compass_words: frozenset[str]
    country_part_nouns: frozenset[str]
    #: Head words of names of sites and facilities ("Square", "Airport", "Palace").
    place_head_nouns: frozenset[str]
    #: "the city of X": the class a kind of place before "of" gives the name.
    named_kinds: Mapping[str, EntityType]
    #: "X's governor": the class of place whose leader the title names.
    place_leaders: Mapping[str, EntityType]
    #: "the capital of X": kinds of place that lie in the place after "of", not name it.
    place_seats: frozenset[str]
    #: "X is a community in Y": kinds of settlement a copula makes a name.
    settlement_nouns: frozenset[str]
    city_part_nouns: frozenset[str]
    #: "visited the Karoo site": kinds of site a place's name stands before.
    site_nouns: frozenset[str]
    island_words: frozenset[str]
    seat_verbs: frozenset[str]
    trip_verbs: frozenset[str]
    #: "visited the dam with X", "flew to Y with X": verbs whose "with" names fellow travellers.
    companion_trip_verbs: frozenset[str]
    town_name_endings: frozenset[str]
    #: "the Russian embassy": a country's missions, named by a nationality and the noun.
    mission_nouns: frozenset[str]
    #: "PT Dirgantara Indonesia": legal forms written before a company's name.
    legal_form_prefixes: frozenset[str]
    #: "Grupo Ibarra": words that open an organisation's name in other languages.
    name_opening_words: frozenset[str]
    #: "X is an American rock band": kinds a copula gives only an organisation.
    copula_org_kinds: frozenset[str]
    person_copula_kinds: frozenset[str]
    place_copula_kinds: frozenset[str]
    organised_event_heads: frozenset[str]
    electing_bodies: frozenset[str]
    #: "the agency": words of an organisation's name that say it is of that kind.
    kind_name_words: Mapping[str, frozenset[str]]
    trade_watchers: frozenset[str]  # "the ... Utilities Commission": no utility itself
    #: Continents and world regions (lower case): they hold countries and lie in none.
    world_regions: frozenset[str]
    #: "X, a student at Y": nouns of people who are at a place without working there.
    not_occupations: frozenset[str]
    student_nouns: frozenset[str]
    #: Buildings: a name the NER took for a person's ending in one is a place's.
    building_nouns: frozenset[str]
    sited_bodies: frozenset[str]
    place_opening_words: frozenset[str]
    not_country_prefixes: tuple[str, ...]
    #: "Russian Empire", "Kingdom of Prussia": states of history, countries to the rules.
    state_heads: frozenset[str]
    state_prefixes: tuple[str, ...]
    part_of_place_nouns: frozenset[str]
    demonym_endings: frozenset[str]
    locative_prepositions: frozenset[str]
    admin_areas: frozenset[str]
    verbs: Mapping[str, VerbFrame]
    #: A verb's other senses, read besides its frame (``sign``: a club's signing, a meeting).
    more_verb_frames: Mapping[str, tuple[VerbFrame, ...]]
    #: Verbs one does "for" a team ("plays for", "signed for"): a member of what follows.
    team_verbs: frozenset[str]
    light_verbs: frozenset[str]
    #: "it had completed the purchase of X": verbs by which a company's pronoun did the deal.
    completion_verbs: frozenset[str]
    host_verbs: frozenset[str]
    people_nouns: frozenset[str]
    reciprocal_verbs: frozenset[str]
    joint_signing_verbs: frozenset[str]
    joint_instruments: frozenset[str]
    #: "the two were joined by X": subjects that stand for the people of the meeting before.
    those_who_met: frozenset[str]
    irrealis_verbs: frozenset[str]
    deal_verbs: frozenset[str]
    deputy_nouns: frozenset[str]
    joining_prepositions: Mapping[str, frozenset[str]]
    joining_words: Mapping[str, frozenset[str]]
    presence_nouns: Mapping[str, frozenset[str]]  # "in the presence of X": X was there
    portion_nouns: frozenset[str]  # "joined for part of the talks": the talks joined
    stay_nouns: frozenset[str]
    stay_prepositions: frozenset[str]
    occasion_nouns: frozenset[str]
    together_words: frozenset[str]
    apart_words: frozenset[str]
    share_nouns: frozenset[str]
    majority_words: frozenset[str]
    open_stop: frozenset[str]
    speech_verbs: frozenset[str]
    nouns: Mapping[str, NounFrame]
    event_verbs: frozenset[str]
    visit_cues: frozenset[str]
    #: Verbs that give their subject a role ("X became chairman", "X took over as CEO").
    role_verbs_subject: frozenset[str]
    #: Verbs that give their object a role, their subject in the passive ("Y named X CEO").
    role_verbs_object: frozenset[str]
    role_giving_verbs: frozenset[str]  # "appointed X to lead Y": a role to do now
    role_owning_verbs: frozenset[str]
    #: Roles that are a position in a state when held with a country (tk:memberOf it).
    government_roles: frozenset[str]
    envoy_titles: frozenset[str]
    #: A minister's domain word → the ministry's name where it is not "Ministry of <Domain>".
    ministry_names: Mapping[str, str]
    #: Non-leading roles that lead a body of these kinds ("secretary" of a department).
    leads_when: Mapping[str, frozenset[str]]
    #: Modifiers that make an event noun unreal ("a planned meeting").
    unreal_event_modifiers: frozenset[str]
    #: Ways of talking that are no meeting in person ("talks by phone").
    remote_words: frozenset[str]
    kill_words: frozenset[str]
    #: Nouns for an organisation's seat ("headquarters", "home city").
    seat_nouns: frozenset[str]
    #: Of those, the ones a body's name before them owns ("the Nokia headquarters in Espoo").
    named_seat_nouns: frozenset[str]
    #: Kinds of place a place can be said to be of another ("capital", "borough").
    place_kind_nouns: frozenset[str]
    #: Kinds of area a state or a country is divided into ("the Abitibi region of Quebec").
    area_kind_nouns: frozenset[str]
    local_area_words: frozenset[str]
    #: Kinds of area by their rank, 0 the largest ("state" 0, "shire" 1).
    area_ranks: Mapping[str, int]
    #: Lower-case words inside people's names ("von", "der", "bin").
    name_particles: frozenset[str]
    #: The extraction parts to run, in order (annotators first; see textkg.extract.registry).
    pipeline: tuple[str, ...]
    #: Non-leading role words by relation ("spokesman": tk:worksFor; unlisted: tk:memberOf).
    role_predicates: Mapping[str, URIRef]
    #: What entity resolution reads names by (the titles and nouns above are shared).
    resolution: ResolutionWords
    #: The biography rules' words.
    biography: BiographyWords = field(default_factory=BiographyWords)
    bodies: BodyWords = field(default_factory=BodyWords)
    sites: PlaceWords = field(default_factory=PlaceWords)
    meetings: MeetingWords = field(default_factory=MeetingWords)
    #: Words of a broadcaster's or news agency's name, read in a source line (sources.py).
    broadcast_words: frozenset[str] = frozenset()
    #: Titles only when written in lower case ("the akim of X"; "Akim Oda" is a town).
    lowercase_titles: frozenset[str] = frozenset()

    @cached_property
    def titles(self) -> frozenset[str]:
        return self.leader_titles | self.member_titles

    @cached_property
    def legal_abbreviations(self) -> frozenset[str]:
        """Legal forms written short after a company's name ("co.", "inc."): the name ends
        there, and "of" after one names the company's town ("Norvia Inc. of Enugu")."""
        return frozenset(s for s in self.resolution.legal_suffixes if s.endswith("."))

    @cached_property
    def max_title_words(self) -> int:
        return max(len(t.split()) for t in self.titles | self.honorifics)

    def verb_senses(self, lemma: str) -> tuple[VerbFrame, ...]:
        """Every frame of a trigger verb, its first sense first ("drive": a driver drives
        for a team; one who drove to Makeni went there); none for another verb."""
        first = self.verbs.get(lemma)
        return (first, *self.more_verb_frames.get(lemma, ())) if first else ()

    def names_state_body(self, words: Sequence[str]) -> bool:
        """Whether a name's lower-cased words name a body of a state: a government head
        noun last or among its first two ("Ministry of X", "X State Security Bureau")."""
        heads = self.government_heads
        return bool(words) and (words[-1] in heads or any(w in heads for w in words[:2]))

    def opening_label(self, word: str) -> str | None:
        """The NER label of a name a word opens: "ORG" ("Banco"), "FAC" ("Stade", "Lake")."""
        lower = word.lower()
        if lower in self.name_opening_words:
            return "ORG"
        return "FAC" if lower in self.place_opening_words else None

    def rule_confidence(self, rule: str) -> float:
        return float(self.confidence.get(rule, 0.5))

    def role_predicate(self, keyword: str, demoted: bool = False) -> URIRef:
        """The relation a role word gives between a person and what the role is of: a
        leader's role leads (unless a modifier such as "deputy" demotes it); other roles
        give the relation their list declares."""
        if keyword in self.leader_titles:
            return TK.worksFor if demoted else TK.leaderOf
        return self.role_predicates.get(keyword, TK.memberOf)


def _types(values: Any) -> frozenset[EntityType]:
    return frozenset(EntityType[str(v)] for v in values or [])


def _event(value: Any) -> EventKind | None:
    return EventKind(str(value)) if value else None


def _predicate(value: Any) -> URIRef:
    return vocabulary().predicate(str(value))


def _verb_frame(spec: Mapping[str, Any]) -> VerbFrame:
    return VerbFrame(
        predicate=_predicate(spec["predicate"]),
        objects=tuple(str(o).lower() for o in spec.get("objects", ["dobj"])),
        event=_event(spec.get("event")),
        inverse=bool(spec.get("inverse", False)),
        passive_subject=bool(spec.get("passive_subject", False)),
        subject_types=_types(spec.get("subject_types")),
        object_types=_types(spec.get("object_types")),
        only_with=frozenset(str(w).lower() for w in spec.get("only_with", [])),
        person_predicate=(
            _predicate(spec["person_predicate"]) if "person_predicate" in spec else None
        ),
        present_only=bool(spec.get("present_only", False)),
        intransitive=bool(spec.get("intransitive", False)),
        transitive=bool(spec.get("transitive", False)),
    )


def parse_lexicon(data: Mapping[str, Any]) -> Lexicon:
    """Build a Lexicon from the YAML's mapping; raises ValueError naming the bad entry."""
    titles = data["titles"]
    orgs = data["organizations"]
    places = data["places"]
    # a lemma's frame, or a list of frames for its senses ("Atletico signed X"; "X and Y
    # signed the accord"): the first is its frame, the rest are read as well
    senses = {
        str(lemma).lower(): [_verb_frame(s) for s in (spec if isinstance(spec, list) else [spec])]
        for lemma, spec in data["verbs"].items()
    }
    verbs = {lemma: frames[0] for lemma, frames in senses.items()}
    more_verb_frames = {lemma: tuple(f[1:]) for lemma, f in senses.items() if len(f) > 1}
    nouns = {
        str(lemma).lower(): NounFrame(
            predicate=_predicate(spec["predicate"]),
            with_preps=tuple(spec.get("with", [])),
            to_preps=tuple(spec.get("to", [])),
            patient_preps=tuple(spec.get("patient", [])),
            agent_preps=tuple(spec.get("agent", [])),
            event=_event(spec.get("event")),
            verbs=frozenset(spec.get("verbs", [])),
        )
        for lemma, spec in data["nouns"].items()
    }
    confidence = {str(k): float(v) for k, v in data["confidence"].items()}
    for rule, value in confidence.items():
        if not 0.0 <= value <= 1.0:
            raise ValueError(f"confidence of {rule} is not in [0, 1]")
    return Lexicon(
        confidence=confidence,
        leader_titles=words_of(titles, "leader"),
        member_titles=words_of(titles, "member")
        | words_of(titles, "players")
        | words_of(titles, "staff"),
        player_titles=words_of(titles, "players"),
        head_of_state_titles=words_of(titles, "head_of_state"),
        state_leader_titles=words_of(titles, "state_leader"),
        definite_leaders=words_of(titles, "definite_leaders"),
        indefinite_staff=words_of(titles, "indefinite_staff"),
        demoting_modifiers=words_of(titles, "demoting_modifiers"),
        division_modifiers=words_of(titles, "division_modifiers"),
        division_titles=words_of(titles, "division_titles"),
        title_modifiers=words_of(titles, "modifiers"),
        past_modifiers=words_of(titles, "past_modifiers"),
        coming_modifiers=words_of(titles, "coming_modifiers"),
        ending_modifiers=words_of(titles, "ending_modifiers"),
        handover_verbs=words_of(titles, "handover_verbs"),
        past_adverbs=words_of(titles, "past_adverbs"),
        regnal_titles=words_of(titles, "regnal_titles"),
        town_leader_titles=words_of(titles, "town_leader_titles"),
        bare_company_titles=words_of(titles, "bare_company_titles"),
        bank_leader_titles=words_of(titles, "bank_leader_titles"),
        court_titles=words_of(titles, "court_titles"),
        court_nouns=words_of(titles, "court_nouns"),
        dismissal_verbs=words_of(titles, "dismissal_verbs"),
        resignation_verbs=words_of(titles, "resignation_verbs"),
        succession_verbs=words_of(titles, "succession_verbs"),
        role_fields=words_of(titles, "role_fields"),
        companion_verbs=words_of(titles, "companion_verbs"),
        sending_verbs=words_of(titles, "sending_verbs"),
        honorifics=words_of(titles, "honorifics"),
        descriptors={str(k).lower(): _predicate(v) for k, v in titles["descriptors"].items()},
        of_prepositions=words_of(titles, "of_prepositions"),
        title_to_organization={
            str(k).lower(): str(v).lower() for k, v in titles["title_to_organization"].items()
        },
        title_of_field_organization={
            str(k).lower(): str(v).lower()
            for k, v in (titles.get("title_of_field_organization") or {}).items()
        },
        government_domains=words_of(titles, "government_domains"),
        governments=words_of(titles, "governments"),
        org_head_nouns=words_of(orgs, "head_nouns"),
        name_prefixes=words_of(orgs, "club_prefixes") | words_of(orgs, "company_prefixes"),
        company_prefixes=words_of(orgs, "company_prefixes"),
        club_suffixes=words_of(orgs, "club_suffixes"),
        team_roles=words_of(orgs, "team_roles"),
        short_form_heads=words_of(orgs, "short_form_heads"),
        party_plurals=words_of(orgs, "party_plurals"),
        party_leaders=words_of(orgs, "party_leaders"),
        government_heads=words_of(orgs, "government_heads"),
        unit_nouns=words_of(orgs, "unit_nouns"),
        possessed_unit_nouns=words_of(orgs, "possessed_unit_nouns"),
        owner_nouns=words_of(orgs, "owner_nouns"),
        board_nouns=words_of(orgs, "board_nouns"),
        classifier_nouns=words_of(orgs, "classifier_nouns") | words_of(orgs, "specific_kinds"),
        person_classifier_nouns=words_of(orgs, "person_classifier_nouns"),
        person_made_things=words_of(orgs, "person_made_things"),
        maker_nouns=words_of(orgs, "maker_nouns"),
        body_roles=words_of(orgs, "body_roles"),
        body_parts=words_of(orgs, "body_parts"),
        body_leading_verbs=words_of(orgs, "body_leading_verbs"),
        occupation_endings=tuple(sorted(words_of(orgs, "occupation_endings"))),
        unit_copulas=words_of(orgs, "unit_copulas"),
        chambers=words_of(orgs, "chambers"),
        specific_kinds=words_of(orgs, "specific_kinds"),
        company_roles=words_of(orgs, "company_roles"),
        company_verbs=words_of(orgs, "company_verbs"),
        people_group_nouns=words_of(orgs, "people_group_nouns"),
        group_nouns=words_of(orgs, "group_nouns"),
        national_group_nouns=words_of(orgs, "national_group_nouns"),
        league_words=words_of(orgs, "league_words"),
        object_control_verbs=words_of(orgs, "object_control_verbs"),
        league_name_words=words_of(orgs, "league_name_words"),
        admin_words=words_of(places, "admin_words"),
        compass_words=words_of(places, "compass_words"),
        country_part_nouns=words_of(places, "country_part_nouns"),
        place_head_nouns=words_of(places, "head_nouns"),
        named_kinds=kinds_by_word(places, "named_kinds"),
        place_leaders=kinds_by_word(places, "place_leaders"),
        building_nouns=words_of(places, "building_nouns"),
        sited_bodies=words_of(places, "sited_bodies"),
        place_opening_words=words_of(places, "place_opening_words"),
        not_occupations=words_of(orgs, "not_occupations"),
        student_nouns=words_of(orgs, "student_nouns"),
        place_seats=words_of(places, "seats"),
        settlement_nouns=words_of(places, "settlement_nouns"),
        city_part_nouns=words_of(places, "city_part_nouns"),
        site_nouns=words_of(places, "site_nouns"),
        island_words=words_of(places, "island_words"),
        seat_verbs=words_of(places, "seat_verbs"),
        trip_verbs=words_of(places, "trip_verbs"),
        companion_trip_verbs=words_of(places, "companion_trip_verbs"),
        town_name_endings=words_of(places, "town_name_endings"),
        mission_nouns=words_of(orgs, "mission_nouns"),
        legal_form_prefixes=words_of(orgs, "legal_form_prefixes"),
        name_opening_words=words_of(orgs, "name_opening_words"),
        copula_org_kinds=words_of(orgs, "copula_kinds"),
        person_copula_kinds=words_of(orgs, "person_copula_kinds"),
        place_copula_kinds=words_of(places, "place_copula_kinds"),
        organised_event_heads=words_of(orgs, "organised_event_heads"),
        electing_bodies=words_of(orgs, "electing_bodies"),
        kind_name_words=words_by_word(orgs, "kind_name_words"),
        trade_watchers=words_of(orgs, "trade_watchers"),
        world_regions=words_of(places, "world_regions"),
        not_country_prefixes=tuple(str(p).lower() for p in places["not_country_prefixes"]),
        state_heads=words_of(places, "state_heads"),
        part_of_place_nouns=words_of(places, "part_of_place_nouns"),
        state_prefixes=tuple(str(p).lower() + " " for p in places["state_prefixes"]),
        demonym_endings=words_of(places, "demonym_endings") | {""},
        locative_prepositions=words_of(places, "locative_prepositions"),
        admin_areas=frozenset(str(a) for a in places["admin_areas"]),
        verbs=verbs,
        more_verb_frames=more_verb_frames,
        team_verbs=frozenset(
            lemma
            for lemma, frames in senses.items()
            if any(f.predicate == TK.memberOf and "for" in f.objects for f in frames)
        ),
        light_verbs=words_of(data, "light_verbs"),
        completion_verbs=words_of(data, "completion_verbs"),
        host_verbs=words_of(data, "host_verbs"),
        people_nouns=words_of(data, "people_nouns"),
        reciprocal_verbs=words_of(data, "reciprocal_verbs"),
        joint_signing_verbs=words_of(data, "joint_signing_verbs"),
        joint_instruments=words_of(data, "joint_instruments"),
        those_who_met=words_of(data, "those_who_met"),
        irrealis_verbs=words_of(data, "irrealis_verbs"),
        deal_verbs=words_of(data, "deal_verbs"),
        deputy_nouns=words_of(data, "deputy_nouns"),
        joining_prepositions=words_by_word(data, "joining_prepositions"),
        joining_words=words_by_word(data, "joining_words"),
        presence_nouns=words_by_word(data, "presence_nouns"),
        portion_nouns=words_of(data, "portion_nouns"),
        stay_nouns=words_of(data, "stay_nouns"),
        stay_prepositions=words_of(data, "stay_prepositions"),
        occasion_nouns=words_of(data, "occasion_nouns"),
        together_words=words_of(data, "together_words"),
        apart_words=words_of(data, "apart_words"),
        share_nouns=words_of(data, "share_nouns"),
        majority_words=words_of(data, "majority_words"),
        open_stop=words_of(data, "open_stop"),
        speech_verbs=words_of(data, "speech_verbs"),
        nouns=nouns,
        event_verbs=words_of(data, "event_verbs"),
        visit_cues=words_of(data, "visit_cues"),
        role_verbs_subject=words_of(titles, "role_verbs_subject"),
        role_verbs_object=words_of(titles, "role_verbs_object"),
        role_giving_verbs=words_of(titles, "role_giving_verbs"),
        role_owning_verbs=words_of(titles, "role_owning_verbs"),
        government_roles=words_of(titles, "government_roles"),
        envoy_titles=words_of(titles, "envoy_titles"),
        ministry_names={
            str(k).lower(): str(v) for k, v in (titles.get("ministry_names") or {}).items()
        },
        leads_when=words_by_word(titles, "leads_when"),
        unreal_event_modifiers=words_of(data, "unreal_event_modifiers"),
        remote_words=words_of(data, "remote_words"),
        kill_words=words_of(data, "kill_words"),
        seat_nouns=words_of(places, "seat_nouns"),
        named_seat_nouns=words_of(places, "named_seat_nouns"),
        place_kind_nouns=words_of(places, "kind_nouns"),
        area_kind_nouns=words_of(places, "area_kind_nouns"),
        local_area_words=words_of(places, "local_area_words"),
        area_ranks=ranks_of(places, "area_ranks"),
        name_particles=words_of(titles, "name_particles"),
        pipeline=tuple(str(name) for name in data["pipeline"]),
        role_predicates={
            **{w: TK.memberOf for w in words_of(titles, "member") | words_of(titles, "players")},
            **{w: TK.worksFor for w in words_of(titles, "staff")},
        },
        resolution=resolution_words(data["resolution"]),
        biography=_biography(data),
        bodies=words_record(BodyWords, orgs),
        sites=words_record(PlaceWords, places),
        meetings=words_record(MeetingWords, data),
        broadcast_words=words_of(orgs, "broadcast_words"),
        lowercase_titles=words_of(titles, "lowercase_titles"),
    )


def read_lexicon(path: str | Path) -> Lexicon:
    """Read a lexicon file (the packaged one or a user's extended copy)."""
    source = Path(path)
    try:
        data = yamltext.safe_load(source.read_text(encoding="utf-8"))
        return parse_lexicon(data)
    except OSError as exc:
        raise TextkgError(f"{source}: cannot read the relation lexicon: {exc.strerror}") from exc
    except (yaml.YAMLError, KeyError, ValueError, TypeError, AttributeError) as exc:
        raise TextkgError(f"{source}: bad relation lexicon: {exc}") from exc


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The packaged lexicon, read once per process."""
    resource = resources.files("textkg").joinpath(LEXICON_FILE)
    try:
        data = yamltext.safe_load(resource.read_text(encoding="utf-8"))
        return parse_lexicon(data)
    except (yaml.YAMLError, KeyError, ValueError, TypeError, AttributeError) as exc:
        raise TextkgError(f"{LEXICON_FILE}: bad relation lexicon: {exc}") from exc
