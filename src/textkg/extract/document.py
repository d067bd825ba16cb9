"""One parsed article as the extraction parts see it: tokens, sentences, mentions, and the
references earlier parts found ("Director" stands for the person it titles, "the ministry"
for the ministry named before).

Parts run in the order the lexicon lists (see ``textkg.extract.registry``). Annotators write
the reference layer (``references``), each only its own part of it; relation and event rules
only read this view and return candidates.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from spacy.tokens import Token

from textkg.extract.descriptions import described_org, most_named, name_head, shares_word
from textkg.extract.gazetteers import fold
from textkg.extract.listing import (
    holder_hung_inside,
    listed,
    named_after_a_holder,
    named_before_a_name,
    named_before_a_plural,
    people_in_apposition,
    people_listed_after,
    titled_list,
    with_conjuncts,
)
from textkg.extract.mentions import EmbeddedFact, Ment, MentionSet, Nationality
from textkg.extract.mentions.place_clues import based_follows
from textkg.extract.sentences import SentenceSpan
from textkg.extract.syntax import pobjs
from textkg.extract.tokens import TokenTable
from textkg.lexicon import Lexicon
from textkg.records import ArticleText, EntityType

if TYPE_CHECKING:
    from textkg.extract.titles import TitleAttachment

#: The category of a country mention made from a nationality adjective ("Russian").
NATIONALITY = "nationality"

PERSON = EntityType.PERSON
ORG = EntityType.ORGANIZATION
PLACE = EntityType.PLACE


@dataclass
class Group:
    """A delegation or team: which organisation sent it and who led it."""

    token: int
    org: Ment | None
    leader: Ment | None
    sentence: int


@dataclass(frozen=True)
class Role:
    """A role the article gave a person: "Director" of "Foreign Intelligence Service"."""

    keyword: str
    organization: str
    person: Ment


@dataclass
class References:
    """What words without a name of their own stand for, found by the annotators."""

    #: token index → the person a title word there belongs to ("Director" in "Director X")
    person_of_title: dict[int, Ment] = field(default_factory=dict)
    #: token index of a group noun → the delegation it names
    groups: dict[int, Group] = field(default_factory=dict)
    #: roles given to people, for "the Director of the SVR" written later without the name
    roles: list[Role] = field(default_factory=list)
    #: title phrases attached to people, in the order the annotator found them
    titles: list[TitleAttachment] = field(default_factory=list)
    #: title words already read as some person's title
    used_keywords: set[int] = field(default_factory=set)
    #: token index of a pronoun → a mention of the entity it stands for
    pronouns: dict[int, Ment] = field(default_factory=dict)
    #: token index of "they" / "them" → the people who travelled or acted together before
    plural_pronouns: dict[int, list[Ment]] = field(default_factory=dict)
    #: whether the article reports an office handed over ("X was sworn in as president"),
    #: which ends an "outgoing" holder's term
    handed_over: bool = False


@dataclass(frozen=True)
class ExtractOptions:
    """How one article is read: whether and how the trained relation classifier runs."""

    #: Run the trained pair classifier after the rules.
    classifier: bool = True
    #: Its thresholds: "precise" (graphs) or "f1" (as published CoNLL04 systems are tuned).
    classifier_setting: str = "precise"
    #: Which packaged classifier weights to use ("stock" or "tuned-ner"), matching the NER.
    relation_model: str = "stock"


class DocView:
    """The parsed article and the mentions and references found in it."""

    def __init__(
        self,
        table: TokenTable,
        article: ArticleText,
        sentences: list[SentenceSpan],
        owner: list[int],
        mention_set: MentionSet,
        lexicon: Lexicon,
        options: ExtractOptions | None = None,
    ) -> None:
        self.doc = table.doc
        self.table = table
        self.text = article.text
        self.article = article
        self.sentences = sentences
        self.owner = owner
        self.lex = lexicon
        self.options = options or ExtractOptions()
        self.mentions: list[Ment] = list(mention_set.mentions)
        self.nationalities: list[Nationality] = mention_set.nationalities
        self.embedded: list[EmbeddedFact] = mention_set.embedded
        self.opens_with_a_name = mention_set.opens_with_a_name
        self.references = References()
        self._country_mentions: dict[int, Ment] = {}
        self._derived: dict[tuple[int, int, str], Ment] = {}
        self.categories_by_name: dict[str, set[str]] = {}
        self.at: list[Ment | None] = [None] * len(self.doc)
        for ment in sorted(self.mentions, key=lambda m: (m.start - m.end, m.start)):
            for i in range(ment.start, ment.end):
                if self.at[i] is None:
                    self.at[i] = ment
            self.categories_by_name.setdefault(ment.name, set()).update(ment.categories)
        self._nationality_at = {n.start: n for n in self.nationalities}
        self._nationality_end = {n.end: n for n in self.nationalities}
        self._in_nationality = {i for n in self.nationalities for i in range(n.start, n.end)}
        limit = lexicon.max_title_words
        titles = lexicon.titles | frozenset(lexicon.descriptors)
        self.title_len = table.title_match(titles, lexicon.lowercase_titles, limit)
        self.descriptor_len = table.longest_match(frozenset(lexicon.descriptors), limit)
        self.ents = table.ents

    # -- mentions -----------------------------------------------------------------

    def root_of(self, ment: Ment) -> int:
        """The mention's syntactic head: the token whose head lies outside the mention."""
        heads, deps = self.table.head, self.table.dep
        outside = [
            i
            for i in range(ment.end - 1, ment.start - 1, -1)
            if not ment.start <= heads[i] < ment.end or heads[i] == i
        ]
        # (not "Or" of "Comptoir Kindia Or", a word of the name the parser took for a "cc")
        attached = [i for i in outside if deps[i] not in ("cc", "punct")]
        return (attached or outside or [ment.end - 1])[0]

    def sentence_mentions(self, index: int) -> list[Ment]:
        span = self.sentences[index]
        return [
            m
            for m in self.mentions
            if span.start_token <= m.start < span.end_token and not m.derived
        ]

    def mention_starting(
        self, i: int, skip_the: bool = True, prefer_org: bool = False
    ) -> Ment | None:
        """The outermost named mention that starts at token ``i`` (after "the"). With
        ``prefer_org``, a country written before an organisation's name gives way to the
        organisation ("the North Korean | Workers' Party")."""
        doc = self.doc
        if skip_the and i < len(doc) and doc[i].lower_ == "the":
            i += 1
        if i >= len(doc):
            return None
        ment = self.at[i]
        if ment is None or ment.start != i:
            return None
        if prefer_org and ment.etype is EntityType.COUNTRY and ment.end < len(doc):
            follower = self.at[ment.end]
            if follower is not None and follower.start == ment.end and follower.etype is ORG:
                return follower
        return ment

    def mention_ending(self, end: int) -> Ment | None:
        """The outermost named mention that ends right before token ``end``."""
        if end <= 0:
            return None
        ment = self.at[end - 1]
        if ment is not None and ment.end == end:
            return ment
        return None

    def nationality_at(self, i: int) -> Nationality | None:
        return self._nationality_at.get(i)

    def nationality_ending(self, end: int) -> Nationality | None:
        return self._nationality_end.get(end)

    def in_nationality(self, i: int) -> bool:
        return i in self._in_nationality

    def country_mention(self, nat: Nationality) -> Ment:
        """A country mention for a nationality adjective, created once, when a fact needs it."""
        ment = self._country_mentions.get(nat.start)
        if ment is None:
            ment = Ment(nat.start, nat.end, EntityType.COUNTRY, nat.country, nat.sentence)
            ment.categories.add(NATIONALITY)
            self._country_mentions[nat.start] = ment
            self.mentions.append(ment)
        return ment

    def dateline_places(self) -> list[str]:
        return self.article.meta.dateline_places

    def named_or_made(
        self, etype: EntityType, name: str, span: tuple[int, int], sentence: int, make: bool = True
    ) -> Ment | None:
        """The article's own mention of ``name`` as this type, accents aside ("KRAKOW"), else
        (if ``make``) one made at ``span``, which no name has (one mention per span)."""
        key = fold(name)
        for ment in self.mentions:
            if ment.etype is etype and fold(ment.name) == key and not ment.derived:
                return ment
        if not make:
            return None
        made = self.derived(*span, etype, name, sentence)
        made.reference = "synthesized"
        return made

    def derived(self, start: int, end: int, etype: EntityType, name: str, sentence: int) -> Ment:
        """A mention for words that refer to a named thing without naming it."""
        key = (start, end, name)
        ment = self._derived.get(key)
        if ment is None:
            ment = Ment(start, end, etype, name, sentence, derived=True)
            self._derived[key] = ment
            self.mentions.append(ment)
        return ment

    # -- what a syntactic argument stands for ---------------------------------------------

    def referents(
        self, token: Token, conjuncts: bool = True, with_leader: bool = False
    ) -> list[Ment]:
        """The entities a syntactic argument denotes: the token's own mention, the person a
        title word belongs to, the organisation a delegation stands for, or the organisation
        a definite description ("the ministry") refers back to. Conjuncts are included."""
        tokens = with_conjuncts(token) if conjuncts else [token]
        if conjuncts:
            tokens += [t for t in titled_list(self, token) if t not in tokens]
            tokens += [t for t in people_in_apposition(self, token) if t not in tokens]
            tokens += [t for t in holder_hung_inside(self, token) if t not in tokens]
            tokens += [t for t in people_listed_after(self, token) if t not in tokens]
            tokens += [t for t in named_before_a_plural(self, token) if t not in tokens]
            tokens += [t for t in named_before_a_name(self, token) if t not in tokens]
            tokens += [t for t in named_after_a_holder(self, token) if t not in tokens]
        found: list[Ment] = []
        for tok in sorted(tokens, key=lambda t: t.i):
            for ment in self._referents_of(tok, with_leader):
                if ment not in found:
                    found.append(ment)
        return found

    def _referents_of(self, token: Token, with_leader: bool) -> list[Ment]:
        refs = self.references
        if token.i in refs.person_of_title:
            return [refs.person_of_title[token.i]]
        if token.i in refs.pronouns or token.i in refs.plural_pronouns:
            return refs.plural_pronouns.get(token.i) or [refs.pronouns[token.i]]
        ment = self.at[token.i]
        if ment is not None:
            return [ment]
        nat = self.nationality_at(token.i) or self.nationality_ending(token.i + 1)
        if nat is not None and token.dep_ in ("nsubj", "pobj", "dobj", "conj"):
            return []  # "Russians met ..." is a people, not the country
        group = refs.groups.get(token.i)
        if group is not None:
            found = [group.org] if group.org else []
            if with_leader and group.leader:
                found.append(group.leader)
            return found
        lemma = token.lemma_.lower()
        if lemma in self.lex.group_nouns or lemma in self.lex.member_titles:
            following = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
            if following is not None and following.lower_ in ("of", "from"):
                ment = self.mention_starting(token.i + 2, prefer_org=True)
                if ment is not None and ment.etype is ORG:
                    return [ment]
            # (no body after "of": "the representative of the republic, X" is X's role)
            bodies = [
                m
                for child in token.children
                if child.dep_ == "prep" and child.lower_ in ("of", "from")
                for pobj in child.children
                if pobj.dep_ == "pobj"
                for m in self.referents(pobj)
                if m.etype is ORG
            ]
            if bodies:
                return bodies
        if lemma in self.lex.named_kinds and token.pos_ == "NOUN":
            # "flew to the flood-hit city of Juiz de Fora": the town the kind names
            towns = [m for p in pobjs(token, ("of",)) for m in self.referents(p)]
            if towns and towns[0].etype.kind is EntityType.PLACE:
                return towns[:1]
        place = (
            _place_before_its_kind(self, token)
            or _the_page_place(self, token)
            or _the_seat_named_before(self, token)
        )
        if place is not None:
            return [place]  # "The town also houses X", on a page about a town
        if lemma in self.lex.board_nouns and token.pos_ == "NOUN":
            governed = _governed(self, token)
            if governed:
                return governed
        pair = _the_two(self, token)
        if pair:
            return pair
        if token.pos_ == "NOUN" and token.lemma_.lower() in self.lex.classifier_nouns:
            # "the Brightwell chain", "the Harwick club": the organisation named in it
            for child in token.children:
                named = self.at[child.i] if child.dep_ in ("compound", "appos") else None
                if named is not None and named.etype is ORG:
                    return [named]  # "the rocket company SpaceX" too
        sites = self.lex.building_nouns | self.lex.place_head_nouns
        clause = any(c.dep_ == "relcl" for c in token.children) and token.dep_ != "dobj"
        if token.pos_ == "NOUN" and lemma in sites and clause:
            # "the Fiera Verona exhibition centre, which is in X": the site its name names,
            # where a clause says where it is (not "bought the Kestrel Bank tower, which is
            # in Oslo": a building a verb acts on)
            for child in token.children:
                named = self.at[child.i] if child.dep_ == "compound" else None
                if named is not None and named.etype in (ORG, EntityType.PLACE):
                    return [named]
        if token.pos_ == "NOUN":
            # "her younger sister, Ellie Reeves, is ...": the name in apposition
            for child in token.children:
                # (or "The agency, UNHCR, is ...", which the parser may call an adverb)
                set_off = child.dep_ == "npadvmod" and self.table.text[child.i - 1] == ","
                named = self.at[child.i] if child.dep_ == "appos" or set_off else None
                if named is not None and named.etype in (PERSON, ORG) and not named.derived:
                    return [named]
            items = [m for t in listed(token) for m in self._referents_of(t, with_leader)]
            if items:
                return items
        return self.description(token)

    def most_named_organisation(self, heads: frozenset[str] | None = None) -> Ment | None:
        """The organisation the article names clearly more often than any other, if one is;
        with ``heads``, of those whose name is headed by one of them ("High Court", "Supreme
        Court of Belize"), counted apart, as it is first named."""
        named = [m for m in self.mentions if m.etype is ORG and not m.derived]
        if heads is None:
            return most_named(named, strict=True, grouped=True)
        named = [m for m in named if name_head(m.name) in heads]
        best = most_named(named, strict=True)
        return next((m for m in named if best and m.name == best.name), None)  # first named

    @cached_property
    def sporting(self) -> bool:
        """Whether the article speaks of a team's people (a coach, a striker), where "the
        team" is a club; elsewhere it is a group of researchers or officials."""
        roles = self.lex.team_roles - _LOOSE_TEAM_ROLES
        return any(lemma in roles for lemma in self.table.lemma)

    def named_before_kind(self, kind: int, floor: int) -> Ment | None:
        """The name a kind of area at token ``kind`` follows, past its modifiers in lower
        case and no further back than ``floor``: "Tavush | province", "Dealu Mare | wine
        region"."""
        k = kind - 1
        while k > floor and self.at[k] is None and self.table.text[k].islower():
            k -= 1
        return self.at[k] if k >= 0 else None

    def past_possessor(self, ment: Ment | None) -> Ment | None:
        """ "in Spain's Rioja region": the name after a possessive name, else the name."""
        if ment is None or self.table.lower[ment.end : ment.end + 1] not in (["'s"], ["’s"]):
            return ment
        return self.mention_starting(ment.end + 1) or ment

    def description(self, token: Token) -> list[Ment]:
        """ "the ministry" / "the provincial bureau" / "the club": the organisation named
        before that this noun describes: one whose stated kind or head word is the noun
        (the latest), else, for a generic noun ("the company", "the club", "the lender"),
        the organisation the article has named most so far."""
        return described_org(self, token)


def place_named_before(
    view: DocView,
    i: int,
    kind: EntityType = EntityType.COUNTRY,
    skip: Callable[[Token], bool] | None = None,
) -> Ment | None:
    """ "the country's new prime minister", "the city's mayor": the country (or town)
    named last before token ``i``, in its sentence or the two before (not a nationality
    someone was given, nor one whose last word ``skip`` says to pass over)."""
    sentence = view.owner[i]
    first = view.sentences[max(0, sentence - 2)].start_token
    named = [
        m
        for m in view.mentions
        if m.etype is kind
        and first <= m.start
        and m.end <= i
        and NATIONALITY not in m.categories
        and not (skip and skip(view.doc[m.end - 1]))
    ]
    return max(named, key=lambda m: m.start) if named else None


#: The numbers a group of people is counted by ("the three", "the two leaders").
_COUNTS = {"two": 2, "three": 3, "four": 4}
#: Nouns that count people by themselves ("the pair later met X").
_COUNTING_NOUNS = {"pair": 2, "trio": 3}
#: The words that stand alone for people counted back ("the three", "the pair").
COUNTED_PEOPLE = frozenset(_COUNTS) | frozenset(_COUNTING_NOUNS)


def _the_two(view: DocView, token: Token) -> list[Ment]:
    """ "the two leaders", "both men", "the three", "the pair": the people the text named
    last before, within the sentence and the two before it."""
    counts = [
        _COUNTS[c.lower_] for c in token.children if c.dep_ == "nummod" and c.lower_ in _COUNTS
    ]
    both = any(c.lower_ == "both" for c in token.children) or token.lower_ == "both"
    # "the two were joined by X": the number alone, as a subject
    alone = token.lower_ in _COUNTS or token.lower_ in _COUNTING_NOUNS
    alone = alone and any(c.lower_ == "the" for c in token.children)
    alone = alone and token.dep_ in ("nsubj", "nsubjpass", "dobj")
    people_noun = token.lemma_.lower() in view.lex.people_nouns or token.lower_ == "both"
    if not alone and not (token.tag_ in ("NNS", "DT") and (counts or both) and people_noun):
        return []
    wanted = (counts or [_COUNTS.get(token.lower_) or _COUNTING_NOUNS.get(token.lower_) or 2])[0]
    sentence = view.owner[token.i]
    first = view.sentences[max(0, sentence - 2)].start_token
    # "X received both men": the two are others than the verb's subject
    subject = {
        t.i for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree
    }
    people: list[Ment] = []
    for ment in sorted(view.mentions, key=lambda m: m.start, reverse=True):
        if ment.etype is not PERSON or ment.derived or not first <= ment.start < token.i:
            continue
        if view.root_of(ment) in subject:
            continue
        if all(ment.name != p.name and not shares_word(ment.name, p.name) for p in people):
            people.append(ment)
        if len(people) == wanted > 2:
            return people[::-1]  # more than the phrase's words: the people as they were named
        if len(people) == wanted:
            # one token each ("two" | "leaders", "the" | "two"): resolution reads one
            # reference per span
            words = [c.i for c in token.children if c.lower_ in ("the", "two", "both")]
            if not words:
                return []
            spans = sorted([max(words), token.i])
            refs = []
            for at, person in zip(spans, people[::-1], strict=True):
                ref = view.derived(at, at + 1, PERSON, person.name, sentence)
                ref.reference = "description"
                refs.append(ref)
            return refs
    return []


#: Team roles that other organisations have too.
_LOOSE_TEAM_ROLES = frozenset({"manager", "boss", "player", "players", "fans", "supporters"})


def _governed(doc: DocView, board: Token) -> list[Ment]:
    """ "chairs the board of Y", "Y's board", "the Y board": the organisation it governs;
    "the chair of the board": the organisation the story is about."""
    owners = [c for c in board.children if c.dep_ in ("poss", "compound")]
    owners += [p for c in board.children if c.lower_ == "of" for p in c.children]
    found = [m for c in owners for m in doc.referents(c) if m.etype is ORG]
    if found:
        return found[:1]
    main = None
    if not owners and any(c.lower_ == "the" for c in board.children):
        main = doc.most_named_organisation()
    return [main] if main is not None else []


def defined_place(view: DocView) -> Ment | None:
    """The place a reference page opens by defining ("Tarvu is a town in ..."): what its
    "the town" and "it" stand for when nothing nearer does."""
    return next((m for m in view.mentions if m.defined and m.etype.kind is EntityType.PLACE), None)


def _place_before_its_kind(view: DocView, token: Token) -> Ment | None:
    """ "in Vestfold county", "in Pará state": the place written before its lower-case kind;
    "Bolivia's Santa Cruz department": an administrative area's word after the area's name
    only (not "the company's Lima department", an office in a city)."""
    lex, lemma = view.lex, token.lemma_
    known = lemma in lex.named_kinds
    if (
        token.pos_ != "NOUN"
        or not token.text.islower()
        or not (known or lemma in lex.area_kind_nouns)
    ):
        return None
    named = [view.at[c.i] for c in token.children if c.dep_ == "compound"]
    place = named[-1] if named and named[-1] and named[-1].etype.kind is PLACE else None
    if place is None or known:
        return place
    owners = [view.at[c.i] for c in token.children if c.dep_ == "poss"]
    if place.etype is not EntityType.ADMINISTRATIVE_AREA or any(
        o is None or o.etype.kind is not PLACE for o in owners
    ):
        return None  # "the company's Lima department": a firm's office
    return place


def _the_page_place(view: DocView, token: Token) -> Ment | None:
    """ "the town" (lower case, no "of") on a page defining a town: that town; not "the
    Region" or "the city of X"."""
    lemma, lex = token.lemma_.lower(), view.lex
    settlement = EntityType.CITY if lemma in lex.settlement_nouns else None
    kind = lex.named_kinds.get(lemma) or settlement
    if kind is None or not token.is_lower or pobjs(token, ("of",)):
        return None
    if not any(c.lower_ == "the" for c in token.children):
        return None
    place = defined_place(view)
    return place if place is not None and place.etype is kind else None


def _the_seat_named_before(view: DocView, token: Token) -> Ment | None:
    """ "X, which is also based in the city": the town named last before (in its sentence or
    the two before), where a body is said to be based; a town named as a seat first ("Y,
    based in Lyon, opened a plant in Grenoble. X is also based in the city": Lyon). Not
    "the capital", which is a country's, whatever town was named last."""
    lemma = token.lemma_.lower()
    kind = view.lex.named_kinds.get(lemma)
    if kind is not EntityType.CITY or not token.is_lower or lemma in view.lex.place_seats:
        return None
    if list(token.children) != [c for c in token.children if c.lower_ == "the"]:
        return None  # only "the city": not "the old city", "the city of X"
    prep = token.head
    seat = prep.head if token.dep_ == "pobj" and prep.lower_ == "in" else None
    if seat is None or seat.lemma_.lower() not in view.lex.seat_verbs:
        return None
    seats = view.lex.seat_verbs
    return place_named_before(
        view, token.i, EntityType.CITY, skip=lambda last: not _a_seat(last, seats)
    ) or place_named_before(view, token.i, EntityType.CITY)


def _a_seat(last: Token, seat_verbs: frozenset[str]) -> bool:
    """A town something is said to be based in ("based in | Lyon", "Lyon | -based")."""
    placed = last.dep_ == "pobj" and last.head.lower_ == "in"
    return (placed and last.head.head.lemma_.lower() in seat_verbs) or based_follows(
        last.doc, last.i + 1
    )
