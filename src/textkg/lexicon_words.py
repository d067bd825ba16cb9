"""Word lists of the lexicon read from its YAML, and the biography rules' words: the part of
textkg.lexicon that needs nothing of the rest of it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from textkg.records import EntityType


def words_of(data: Mapping[str, Any], key: str) -> frozenset[str]:
    """A section's list of words, lower-cased (an error names the key that is no list)."""
    values = data.get(key) or []
    if not isinstance(values, list):
        raise ValueError(f"{key} must be a list")
    return frozenset(str(v).lower() for v in values)


def kinds_by_word(data: Mapping[str, Any], key: str) -> dict[str, EntityType]:
    """A mapping of words to entity classes ("town: City")."""
    return {str(k).lower(): EntityType(str(v)) for k, v in (data.get(key) or {}).items()}


def words_by_word(data: Mapping[str, Any], key: str) -> dict[str, frozenset[str]]:
    """A mapping of words to word lists ("agency: [organization, authority]")."""
    return {
        str(k).lower(): frozenset(str(w).lower() for w in v)
        for k, v in (data.get(key) or {}).items()
    }


@dataclass(frozen=True)
class BiographyWords:
    """The biography rules' words (the YAML's ``biography`` section)."""

    birth_words: frozenset[str] = frozenset()
    #: "Father Marek Lis": forms of address before a name, no given names
    address_forms: frozenset[str] = frozenset()
    #: "a native of X", "his hometown in X": where one was born, in a reference page.
    native_nouns: frozenset[str] = frozenset()
    #: Verbs coordinated with "born" that share its place ("born and raised in X").
    raised_verbs: frozenset[str] = frozenset()
    death_verbs: frozenset[str] = frozenset()
    place_prepositions: frozenset[str] = frozenset()
    founding_verbs: frozenset[str] = frozenset()
    #: Verbs of a founding only in the passive ("a label started by X", "created by X")
    founding_passives: frozenset[str] = frozenset()
    founder_nouns: frozenset[str] = frozenset()
    #: verb lemma → prepositions naming the school ("dobj": the direct object)
    schools: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: "earned a degree from X": verbs and the nouns they take that name a school after them
    degree_verbs: frozenset[str] = frozenset()
    #: "played college football for X": words of a school's team
    school_team_words: frozenset[str] = frozenset()
    degree_nouns: frozenset[str] = frozenset()
    marriage_verbs: frozenset[str] = frozenset()
    spouse_nouns: frozenset[str] = frozenset()
    child_nouns: frozenset[str] = frozenset()
    parent_nouns: frozenset[str] = frozenset()
    sibling_nouns: frozenset[str] = frozenset()
    #: "alongside compatriots A and B": nouns for people of the subject's own country
    compatriot_nouns: frozenset[str] = frozenset()
    #: "X had three children, A and B": verbs whose subject is the parent of the children
    offspring_verbs: frozenset[str] = frozenset()
    #: "his hometown of X", "her Iowa home": nouns for where a person lives or comes from
    home_nouns: frozenset[str] = frozenset()
    #: "his native Ohio": adjectives that make a place the possessor's own
    native_words: frozenset[str] = frozenset()
    #: "his holiday home", "left his hometown": homes not lived in, and verbs of leaving one
    homes_not_lived_in: frozenset[str] = frozenset()
    leaving_verbs: frozenset[str] = frozenset()
    #: "ran as the X candidate": nouns for one who stands for a party in an election
    candidacy_nouns: frozenset[str] = frozenset()
    #: Dates (the dates rules): nouns for a founding ("since its founding in 1998"), the
    #: prepositions a date follows ("born on", "died in") and the words that mark a date in
    #: brackets after a name ("(born 4 May 1961)", "(b. 1961)", "(est. 1998)").
    founding_nouns: frozenset[str] = frozenset()
    #: Nouns that date a death ("after his death in 1988", "the murder of X in 1490").
    death_nouns: frozenset[str] = frozenset()
    #: Verbs that date a founding but name no founder ("formed", "incorporated").
    founding_date_verbs: frozenset[str] = frozenset()
    date_prepositions: frozenset[str] = frozenset()
    birth_marks: frozenset[str] = frozenset()
    death_marks: frozenset[str] = frozenset()
    founding_marks: frozenset[str] = frozenset()
    #: Words that make a date a guess ("c. 1680"): no date is read after them.
    uncertain_marks: frozenset[str] = frozenset()
    #: "Ana Bell of the Scottish rock band X": kinds of band whose players are named with "of"
    ensemble_nouns: frozenset[str] = frozenset()
    #: A band page's players: the singer's title (only beside another player's) and the
    #: words that make a player hired, no member ("session drummer X").
    band_singer_words: frozenset[str] = frozenset()
    hired_player_words: frozenset[str] = frozenset()
    #: "a Republican member of", "elected as a Whig to": a party named by its members'
    #: adjective, before one of ``party_member_nouns`` (in lower case) or after "as a".
    party_adjectives: frozenset[str] = frozenset()
    party_member_nouns: frozenset[str] = frozenset()
    #: "Conservative leader X": a party's head named by its members' adjective.
    party_leader_nouns: frozenset[str] = frozenset()
    #: "X (Labour Party)", "X (formerly of Grey Harbour band)": the last words of a body
    #: whose member a name in brackets after a person's says they are.
    member_body_words: frozenset[str] = frozenset()
    #: "the School of Law at X": the first words of a university's units' names (besides
    #: the organisations' unit nouns, "Faculty of X", "Department of X").
    school_unit_nouns: frozenset[str] = frozenset()
    #: "former Sha Na Na member X", "Apple co-founder Y": nouns of a body's members written
    #: between its name and a person's, which make the name before an organisation's.
    body_member_nouns: frozenset[str] = frozenset()
    #: Verbs an undated reference page opens with when its subject is no copula's ("X is
    #: located in", "X was founded in 1938", "X reigned as King of Y").
    opening_verbs: frozenset[str] = frozenset()
    timeless_opening_verbs: frozenset[str] = frozenset()

    @property
    def kin_nouns(self) -> frozenset[str]:
        """A person's family ("his wife", "her son"): company kept, not a meeting."""
        return self.spouse_nouns | self.child_nouns | self.parent_nouns | self.sibling_nouns

    @property
    def triggers(self) -> frozenset[str]:
        """Every trigger word, for the document model's features."""
        return (
            self.birth_words
            | self.death_verbs
            | self.founding_verbs
            | self.founder_nouns
            | frozenset(self.schools)
            | self.marriage_verbs
            | self.spouse_nouns
            | self.child_nouns
            | self.parent_nouns
            | self.sibling_nouns
        )


def biography_words(data: Mapping[str, Any]) -> BiographyWords:
    section = data.get("biography") or {}
    return BiographyWords(
        **{
            key: words_of(section, key)
            for key in BiographyWords.__dataclass_fields__
            if key != "schools"
        },
        schools={
            str(k).lower(): frozenset(str(p).lower() for p in v)
            for k, v in (section.get("schools") or {}).items()
        },
    )


@dataclass(frozen=True)
class ResolutionWords:
    """The words entity resolution reads names by (section ``resolution``)."""

    kind_synonyms: Mapping[str, str]
    generic_modifiers: frozenset[str]
    name_suffixes: frozenset[str]
    initials_stopwords: frozenset[str]
    patronymic_endings: tuple[str, ...]
    legal_suffixes: frozenset[str]
    #: Forms written before a club's or company's name ("FC Bayern" is "Bayern").
    legal_prefixes: frozenset[str] = frozenset()


def resolution_words(data: Mapping[str, Any]) -> ResolutionWords:
    """The ``resolution`` section: the words entity resolution reads names by."""
    synonyms = data.get("kind_synonyms") or {}
    if not isinstance(synonyms, Mapping):
        raise ValueError("resolution.kind_synonyms must map a word to its kind noun")
    return ResolutionWords(
        kind_synonyms={str(k).lower(): str(v).lower() for k, v in synonyms.items()},
        generic_modifiers=words_of(data, "generic_modifiers"),
        name_suffixes=words_of(data, "name_suffixes"),
        initials_stopwords=words_of(data, "initials_stopwords"),
        patronymic_endings=tuple(sorted(words_of(data, "patronymic_endings"))),
        legal_suffixes=words_of(data, "legal_suffixes"),
        legal_prefixes=words_of(data, "legal_prefixes"),
    )


@dataclass(frozen=True)
class BodyWords:
    """Words about organisations read by the newer rules (section ``organizations``), kept
    apart from the lexicon's long list of fields."""

    #: "the company", "the firm": nouns only a business answers to ...
    business_nouns: frozenset[str] = frozenset()
    #: ... never a body of one of these kinds ("the Kakheti Museum ... the company")
    not_businesses: frozenset[str] = frozenset()
    #: "X, who leads the genomics group at Y": what one heads inside a body, and the verbs
    #: of heading it, besides the lexicon's units and body-leading verbs
    headed_units: frozenset[str] = frozenset()
    unit_leading_verbs: frozenset[str] = frozenset()
    #: "completed his move to X": nouns of a player's (or anyone's) move to a new body
    move_nouns: frozenset[str] = frozenset()
    #: "Chairman X said": chairs' titles read as the story's company's before a name only
    chairs_before_names: frozenset[str] = frozenset()
    #: "said it had signed X": a body's taking someone on, news even in the past perfect
    taking_on_verbs: frozenset[str] = frozenset()
    #: "her party, X", "his club, Y": bodies one belongs to, named after one's possessive
    membership_nouns: frozenset[str] = frozenset()
    past_body_words: frozenset[str] = frozenset()  # "his old club", "her rival party"
    #: "the Regional Court in Kosice": a court of a level whose name holds its town
    local_court_levels: frozenset[str] = frozenset()
    #: "X, a Harbourline Group company": a kind written after its owner's name
    owned_kinds: frozenset[str] = frozenset()
    #: "X will keep its name as a unit of Y": what a body goes on as inside another
    kept_as_units: frozenset[str] = frozenset()
    #: "welcomed X to the board": what one is welcomed to on joining it (no meeting)
    joined_nouns: frozenset[str] = frozenset()
    #: "Handbollsligan", "Bundesliga": a league's word closing a one-word name
    league_suffixes: frozenset[str] = frozenset()


@dataclass(frozen=True)
class PlaceWords:
    """Words about places read by the newer rules (section ``places``)."""

    saint_words: frozenset[str] = frozenset()  # "St Anne's Hospital": a saint opens a site's
    #: "Paradiso, a concert hall in Amsterdam": a name apposed to one is a place
    venue_nouns: frozenset[str] = frozenset()
    #: "Tomsk, the administrative centre of Tomsk Oblast": a town described as the centre of
    #: a place lies in it
    centre_nouns: frozenset[str] = frozenset()
    #: "X, which sits beside the garden in Leeds": verbs of a body's position at a site
    position_verbs: frozenset[str] = frozenset()
    town_parts: frozenset[str] = frozenset()  # "in the centre of York": a part of a town
    non_site_nouns: frozenset[str] = frozenset()  # "sits at the top of the market": no site
    conveyances: frozenset[str] = frozenset()  # "rode the first bus to X": a trip's vehicle
    #: "X, the largest investor in Leeds": an apposed noun whose "in" is no place of X's
    not_sited_nouns: frozenset[str] = frozenset()
    #: "X, with offices in Leeds": seats "with" names that are not the body's own seat
    branch_seat_nouns: frozenset[str] = frozenset()
    #: "its European headquarters", "regional headquarters": a seat of a part only
    branch_seat_words: frozenset[str] = frozenset()


@dataclass(frozen=True)
class MeetingWords:
    """Words the meeting rules read (top level of the lexicon), kept apart from its fields."""

    #: "A and B agreed at talks in Oslo": meetings small enough that two people named doing
    #: something at one were at it together (not "spoke at a conference", a hall of many)
    small_meetings: frozenset[str] = frozenset()
    #: "X told Y at their meeting": verbs whose object a meeting's speaker addresses there
    face_to_face_verbs: frozenset[str] = frozenset()
    #: "a meeting attended by A", "chaired by A", "hosted by A": participles naming who was at it
    at_meeting_participles: frozenset[str] = frozenset()
    #: "X met Y over dinner": verbs only people do to people (a name there is a person's)
    person_meeting_verbs: frozenset[str] = frozenset()
    #: "hosted A and B at his residence", "welcomed A and B to the plant": a building or a
    #: site one is received at, which puts everyone the verb names at one occasion
    meeting_sites: frozenset[str] = frozenset()
    #: "sat down with A and B", "dined with A and B": verbs of one table, one occasion for all
    one_table_verbs: frozenset[str] = frozenset()
    #: "has met A and B at his office many times": words of a habit, no one occasion
    habit_words: frozenset[str] = frozenset()


Words = TypeVar("Words", BodyWords, PlaceWords, MeetingWords)


def words_record(kind: type[Words], section: Mapping[str, Any]) -> Words:
    """A record of word lists read from a section, one list per field of ``kind``."""
    return kind(**{key: words_of(section, key) for key in kind.__dataclass_fields__})


def ranks_of(section: Mapping[str, Any], key: str) -> dict[str, int]:
    """Word → its rank, the index of the list holding it ("area_ranks": wider areas first)."""
    return {
        str(w).lower(): rank for rank, words in enumerate(section.get(key) or []) for w in words
    }
