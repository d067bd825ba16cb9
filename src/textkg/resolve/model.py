"""What resolution works on: each mention cleaned and classified, and the groups of one name
in one article that the merge rules join."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from textkg.records import ArticleFacts, EntityType, Mention
from textkg.resolve.names import initials, norm_key
from textkg.resolve.words import legal_base


class Role(StrEnum):
    """What a group's name is: a proper name, an acronym, a reference, a nationality word."""

    NAME = "name"
    ACRONYM = "acronym"
    DESCRIPTIVE = "descriptive"
    DEMONYM = "demonym"


@dataclass(slots=True)
class Prepared:
    """One mention, cleaned and classified.

    Its place (source, article, span, sentence, the name it ``defines`` in brackets) is its
    own; ``words`` holds what it is written as (text, name, type, reference, titles, kinds,
    qualifier, qualified text) at no place, one object for every mention written alike:
    a build holds all its mentions here at once.
    """

    source: str
    article: int
    start: int
    end: int
    sentence: int
    defines: str
    words: Mention
    surface: str
    key: str
    kind: EntityType
    etype: EntityType
    titles: tuple[str, ...] = ()
    country: str | None = None
    demonym: bool = False
    acronym: bool = False
    descriptive: str | None = None
    qualifier: str | None = None
    base_key: str = ""
    base_surface: str = ""
    context_kinds: tuple[str, ...] = ()
    note: str = ""
    #: The extractor's referent for a reference ("ministry" → "Ministry of State Security").
    hint: str = ""
    #: The name with its country as written ("DPRK's Ministry of State Security"), when the
    #: country is not part of ``surface``.
    qualified_surface: str = ""

    @property
    def role(self) -> Role:
        if self.descriptive:
            return Role.DESCRIPTIVE
        if self.demonym:
            return Role.DEMONYM
        if self.acronym:
            return Role.ACRONYM
        return Role.NAME


@dataclass(slots=True)
class Group:
    """Mentions of one name (or one descriptive reference) in one article."""

    id: int
    article: int
    source: str
    kind: EntityType
    key: str
    role: Role
    members: list[Prepared] = field(default_factory=list)
    #: Why its meaning is its article's (a rule read the article to join it: a surname
    #: after a full name, a defined acronym): then it never matches another article's name.
    local_reason: str = ""

    @property
    def local(self) -> bool:
        return bool(self.local_reason)

    def keep_local(self, reason: str) -> None:
        if not self.local_reason:
            self.local_reason = reason

    @property
    def first(self) -> Prepared:
        return self.members[0]

    @property
    def surface(self) -> str:
        return self.first.surface

    @property
    def qualifier(self) -> str | None:
        return self.first.qualifier

    @property
    def base_key(self) -> str:
        return self.first.base_key or self.key

    @property
    def country(self) -> str | None:
        return self.first.country

    @property
    def match_key(self) -> str:
        """The name this group is known by across articles (a reference's extractor hint)."""
        if self.role is Role.DESCRIPTIVE:
            return norm_key(self.first.hint) if self.first.hint else ""
        return self.key

    @property
    def initials(self) -> set[str]:
        out = set(initials(self.surface))
        if self.first.base_surface:
            out.update(initials(self.first.base_surface))
        return out

    def written(self) -> str:
        """The first mention as written, spaces collapsed ("the ministry")."""
        return " ".join(self.first.words.text.split())


def company_forms(groups: Iterable[Group]) -> dict[str, dict[str, Group]]:
    """Company names written with a legal form, by their name without it: "norvia" →
    {"norvia group": the first group of "Norvia Group"}."""
    forms: dict[str, dict[str, Group]] = {}
    for group in groups:
        if group.role is Role.NAME and group.kind is EntityType.ORGANIZATION:
            base = legal_base(group.key)
            if base and base != group.key:
                forms.setdefault(base, {}).setdefault(group.key, group)
    return forms


def all_mentions(facts: ArticleFacts) -> Iterable[Mention]:
    """Every mention of an article, also those only relations, events, quotes or dates hold."""
    yield from facts.mentions
    for relation in facts.relations:
        yield relation.subject
        yield relation.object
    for event in facts.events:
        yield from event.participants
        if event.place is not None:
            yield event.place
    for quote in facts.quotes:
        yield quote.speaker
    for fact in facts.dates:
        yield fact.subject
