"""The state the merge steps share: the groups of names, the union-find, the anchors."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Protocol, runtime_checkable

from textkg.countries import CountryIndex
from textkg.records import ArticleFacts, EntityType
from textkg.resolve.aliases import AliasEntry, AliasTable
from textkg.resolve.merger import Merger
from textkg.resolve.model import Group, Prepared, Role
from textkg.resolve.names import NameData, norm_key
from textkg.resolve.people import fits, people_of, several_people
from textkg.resolve.rules import Rule, Step


class Workspace:
    """Groups of names and what joins them, for one build.

    Steps change it only through :meth:`join` (and :meth:`country`, which makes a country's
    anchor node on first use), so every merge has a rule and its evidence.
    """

    def __init__(self, facts: Sequence[ArticleFacts], table: AliasTable) -> None:
        self.facts = facts
        #: Each article's source and keywords, in order (read once).
        self.keywords = article_keywords(facts)
        self.table = table
        self.countries: CountryIndex = table.country_index()
        self.names: NameData = table.name_data()
        forbidden = [(norm_key(p.first), norm_key(p.second)) for p in table.forbidden]
        self.merger = Merger(forbidden)
        self.groups: list[Group] = []
        #: Nodes that are no mention: a country, an alias file's entry (node → label).
        self.anchor_surface: dict[int, str] = {}
        self.country_anchor: dict[str, int] = {}
        self.alias_anchor: dict[int, AliasEntry] = {}
        #: Acronym key → (group node, source) of each long name an article defines it for.
        self.defined_acronyms: dict[str, list[tuple[int, str]]] = defaultdict(list)
        #: (source, keyword) → country code, for keywords that name a country.
        self.keyword_countries: dict[tuple[str, str], str] = {}
        self._step: Step | None = None

    # ------------------------------------------------------------------ steps

    def run(self, step: Step, groups: Sequence[Group]) -> None:
        self._step = step
        try:
            step.run(self, groups)
        finally:
            self._step = None

    def join(self, group: Group, target: Group, rule: Rule, detail: str) -> bool:
        """Merge two groups' entities by ``rule``; False when the alias file forbids it."""
        return self.join_nodes(group.id, target.id, rule, detail)

    def join_nodes(self, a: int, b: int, rule: Rule, detail: str) -> bool:
        if self._step is not None and rule not in self._step.rules:
            raise AssertionError(f"step {self._step.name} joined by {rule.name}, not its rule")
        return self.merger.union(a, b, rule, detail)

    def root(self, group: Group) -> int:
        return self.merger.find(group.id)

    # ------------------------------------------------------------------ groups and anchors

    def group_article(self, article: int, prepared: Sequence[Prepared]) -> list[Group]:
        """Mentions of one name in one article form a group (a reference, one of its own)."""
        index: dict[tuple[EntityType, str, str, str], Group] = {}
        for p in prepared:
            role = p.role
            if role is Role.DESCRIPTIVE:
                extra = f"{p.start}"
            elif role is Role.NAME:
                extra = f"{p.note}|{p.qualifier or ''}"
            else:
                extra = ""
            slot = (p.kind, p.key, role.value, extra)
            group = index.get(slot)
            if group is None:
                group = Group(len(self.groups), article, p.source, p.kind, p.key, role)
                node = self.merger.add([p.key], [role.value])
                assert node == group.id
                self.groups.append(group)
                index[slot] = group
            group.members.append(p)
        groups = list(index.values())
        return groups + self._split_shared_short_names(groups)

    def _split_shared_short_names(self, groups: Sequence[Group]) -> list[Group]:
        """A short name that fits several people of the article ("Reeves" with Rachel and
        Ellie Reeves) is read mention by mention: one group for each mention."""
        people = people_of(groups)
        added: list[Group] = []
        for group, name in people:
            if len(group.members) < 2 or not len(name):
                continue
            if not several_people(fits(group, people, self.names), self.names):
                continue
            for p in group.members[1:]:
                single = Group(
                    len(self.groups),
                    group.article,
                    group.source,
                    group.kind,
                    group.key,
                    group.role,
                    [p],
                )
                node = self.merger.add([p.key], [group.role.value])
                assert node == single.id
                self.groups.append(single)
                added.append(single)
            del group.members[1:]
        return added

    def new_anchor(self, surface: str, keys: Iterable[str]) -> int:
        node = self.merger.add(keys)
        self.anchor_surface[node] = surface
        return node

    def country(self, code: str) -> int:
        """The anchor node of a country, made on first use."""
        anchor = self.country_anchor.get(code)
        if anchor is None:
            label = self.countries.label(code)
            anchor = self.new_anchor(label, [norm_key(label)])
            self.country_anchor[code] = anchor
        return anchor

    def anchor_keywords(self) -> None:
        """A keyword that names a country ("north korea" in a tags line) gets its node."""
        for source, keywords in self.keywords:
            for keyword in keywords:
                code = self.countries.code_for_name(keyword, codes=False, patterns=True)
                if code is not None:
                    self.country(code)
                    self.keyword_countries[(source, keyword)] = code

    def is_country_root(self, root: int) -> bool:
        return any(self.merger.find(a) == root for a in self.country_anchor.values())


@runtime_checkable
class KeywordsKept(Protocol):
    """Facts that hold each article's keywords apart (a build's
    :class:`textkg.factstore.CompactFacts`), so reading them decodes no article."""

    def keywords(self) -> list[tuple[str, tuple[str, ...]]]: ...


def article_keywords(facts: Sequence[ArticleFacts]) -> list[tuple[str, tuple[str, ...]]]:
    """Each article's source and keywords, in the order of ``facts``."""
    if isinstance(facts, KeywordsKept):
        return facts.keywords()
    return [(f.article.source, f.article.meta.keywords) for f in facts]
