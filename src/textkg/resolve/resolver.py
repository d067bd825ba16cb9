"""Entity resolution: one node per real-world thing, and the reason for every merge.

The work goes in three steps over the mentions of a whole build:

1. Each mention is cleaned and classified (a country? a nationality? an acronym? "the
   ministry"? a name with a nationality in it?), and mentions with the same name in one
   article form a *group*.
2. Rules that need the article's own text join groups within each article: acronyms the
   text defines, surnames after a full name, "the ministry" after the Ministry of State
   Security, the unqualified name after the qualified one. Groups joined this way are
   *local*: their meaning depends on the article, so they never match across articles.
3. Rules over the whole build join the remaining groups: same name, country names and
   codes, transliteration variants of people (surname and given names must agree), an
   acronym defined or spelt out elsewhere, the user's alias file.

Every join is recorded as an edge with a rule name and its evidence in words; the
explanation of each surface form is the path of edges from the entity's label to it.
Nothing here depends on input order beyond the sorted sources, so building A then B
(which re-resolves A's stored facts with B's) gives the graph of building A and B at once.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial

from textkg.iris import entity_key, short_hash, slugify
from textkg.namespaces import TK
from textkg.records import (
    ArticleFacts,
    Entity,
    EntityType,
    ImpliedRelation,
    Mention,
    MergeDecision,
    Resolution,
)
from textkg.resolve.aliases import AliasEntry, AliasTable, default_aliases
from textkg.resolve.countries import CountryIndex
from textkg.resolve.names import (
    HONORIFICS,
    ROLE_TITLES,
    NameData,
    PersonName,
    acronym_key,
    clean_name,
    initials,
    is_acronym,
    norm_key,
    person_blocks,
    person_match,
    person_name,
    short_form_match,
    skeleton,
    strip_person_titles,
    translit,
    vowel_variant,
)

PART_OF = TK.partOf

# ----------------------------------------------------------------------------- vocabulary

#: Nouns that say what kind of organisation or place a name is ("the ministry").
# fmt: off
ORG_KIND_NOUNS = frozenset((
    "ministry", "department", "agency", "service", "bureau", "office", "committee",
    "commission", "council", "party", "newspaper", "broadcaster", "company", "firm",
    "corporation", "bank", "university", "institute", "academy", "army", "navy", "force",
    "guard", "police", "court", "parliament", "assembly", "government", "embassy", "consulate",
    "cabinet", "command", "directorate", "administration", "authority", "union", "association",
    "organization", "foundation", "magazine", "channel", "outlet", "website", "club", "team",
    "league", "federation", "unit", "mission", "centre", "center", "school", "hospital",
    "group", "network", "tribunal", "legislature", "senate", "congress", "regime", "militia",
    "alliance", "coalition", "movement", "front",
))
# fmt: on
#: Kinds of organisation that belong to a state: "the North Korean X" is X, part of the country.
# fmt: off
STATE_BODY_NOUNS = frozenset((
    "ministry", "department", "service", "agency", "bureau", "office", "committee",
    "commission", "council", "party", "army", "navy", "force", "guard", "police", "court",
    "parliament", "assembly", "government", "embassy", "consulate", "cabinet", "command",
    "directorate", "administration", "authority", "legislature", "senate", "congress",
    "tribunal", "militia",
))
# fmt: on
# fmt: off
PLACE_KIND_NOUNS = frozenset((
    "province", "city", "capital", "region", "county", "prefecture", "town", "village",
    "district", "island", "peninsula", "port",
))
# fmt: on
_SYNONYMS = {
    "paper": "newspaper",
    "daily": "newspaper",
    "organisation": "organization",
    "forces": "force",
    "ministries": "ministry",
    "agencies": "agency",
    "centre": "center",
    "provincial": "province",
}
#: Words a descriptive reference may add without naming anything ("the official newspaper").
# fmt: off
GENERIC_MODIFIERS = frozenset((
    "official", "state-run", "state", "run", "owned", "state-owned", "government-run", "local",
    "national", "regional", "provincial", "municipal", "central", "top", "main", "senior",
    "same", "said", "aforementioned", "whole", "entire", "new", "former", "ruling", "current",
    "communist", "secret", "two", "both", "country's", "its", "their",
))
# fmt: on


def _kind_noun(word: str) -> str:
    return _SYNONYMS.get(word, word)


def head_noun(key: str) -> str:
    """The word that says what a name is: "ministry" in "ministry of state security"."""
    words = key.split()
    if not words:
        return ""
    if "of" in words[1:]:
        index = words.index("of", 1)
        return _kind_noun(words[index - 1])
    return _kind_noun(words[-1])


# ----------------------------------------------------------------------------- prepared data


@dataclass
class _Prepared:
    """One mention, cleaned and classified."""

    source: str
    article: int
    mention: Mention
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
    #: "DPRK's Ministry of State Security" when the country was a separate mention before it.
    qualified_surface: str = ""
    #: The country came from a separate mention, whose relation the extractor already has.
    qualifier_outside: bool = False


@dataclass
class _Group:
    """Mentions of one name (or one descriptive reference) in one article."""

    id: int
    article: int
    source: str
    kind: EntityType
    key: str
    role: str  # "name", "acronym", "descriptive", "demonym"
    members: list[_Prepared] = field(default_factory=list)
    local: bool = False

    @property
    def first(self) -> _Prepared:
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
        if self.role == "descriptive":
            return norm_key(self.first.hint) if self.first.hint else ""
        return self.key


@dataclass(frozen=True)
class _Edge:
    a: int
    b: int
    rule: str
    detail: str


class _Merger:
    """Union-find over groups and anchors that refuses merges an alias file forbids."""

    def __init__(self, forbidden: Sequence[tuple[str, str]]) -> None:
        self.parent: list[int] = []
        self.forbid_keys: list[frozenset[str]] = []
        self.flags: list[frozenset[str]] = []
        self.edges: list[_Edge] = []
        self.forbidden = [(a, b) for a, b in forbidden if a != b]
        self.watched = {k for pair in self.forbidden for k in pair}

    def add(self, keys: Iterable[str], flags: Iterable[str] = ()) -> int:
        self.parent.append(len(self.parent))
        self.forbid_keys.append(frozenset(k for k in keys if k in self.watched))
        self.flags.append(frozenset(flags))
        return len(self.parent) - 1

    def has(self, node: int, flag: str) -> bool:
        return flag in self.flags[self.find(node)]

    def find(self, node: int) -> int:
        root = node
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[node] != root:
            self.parent[node], node = root, self.parent[node]
        return root

    def allowed(self, a: int, b: int) -> bool:
        ka, kb = self.forbid_keys[self.find(a)], self.forbid_keys[self.find(b)]
        if not ka or not kb:
            return True
        return not any((x in ka and y in kb) or (y in ka and x in kb) for x, y in self.forbidden)

    def union(self, a: int, b: int, rule: str, detail: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if not self.allowed(ra, rb):
            return False
        low, high = min(ra, rb), max(ra, rb)
        self.parent[high] = low
        self.forbid_keys[low] = self.forbid_keys[low] | self.forbid_keys[high]
        self.flags[low] = self.flags[low] | self.flags[high]
        self.edges.append(_Edge(a, b, rule, detail))
        return True


# ----------------------------------------------------------------------------- entry point


def resolve_entities(
    facts: Sequence[ArticleFacts], aliases: AliasTable | None = None
) -> Resolution:
    """Merge the mentions of all articles of a build into entities, explaining each merge."""
    table = default_aliases() if aliases is None else default_aliases().combined(aliases)
    return _Resolver(sorted(facts, key=lambda f: f.article.source), table).run()


class _Resolver:
    def __init__(self, facts: Sequence[ArticleFacts], table: AliasTable) -> None:
        self.facts = facts
        self.table = table
        self.countries: CountryIndex = table.country_index()
        self.names: NameData = table.name_data()
        forbidden = [(norm_key(p.first), norm_key(p.second)) for p in table.forbidden]
        self.merger = _Merger(forbidden)
        self.groups: list[_Group] = []
        self.anchor_surface: dict[int, str] = {}
        self.country_anchor: dict[str, int] = {}
        self.alias_anchor: dict[int, AliasEntry] = {}
        self.defined_acronyms: dict[str, list[tuple[int, str]]] = defaultdict(list)
        #: (source, keyword) → country code, for keywords that name a country.
        self.keyword_countries: dict[tuple[str, str], str] = {}

    # ------------------------------------------------------------------ run

    def run(self) -> Resolution:
        prepared = [self._prepare_article(index, f) for index, f in enumerate(self.facts)]
        self._vote_types([p for article in prepared for p in article])
        for index, article in enumerate(prepared):
            self._group_article(index, article)
        self._anchor_countries()
        self._anchor_keywords()
        self._anchor_aliases()
        by_article: dict[int, list[_Group]] = defaultdict(list)
        for group in self.groups:
            by_article[group.article].append(group)
        for index, groups in sorted(by_article.items()):
            self._within_article(index, groups)
        self._across_articles()
        return self._build()

    # ------------------------------------------------------------------ step 1: prepare

    def _prepare_article(self, index: int, facts: ArticleFacts) -> list[_Prepared]:
        seen: dict[tuple[int, int], Mention] = {}
        for mention in _all_mentions(facts):
            seen.setdefault((mention.start, mention.end), mention)
        text = facts.article.text
        prepared = [
            self._prepare(index, facts.article.source, text, seen[span]) for span in sorted(seen)
        ]
        self._qualify_from_neighbours(text, prepared)
        return prepared

    def _prepare(self, article: int, source: str, text: str, mention: Mention) -> _Prepared:
        kind = mention.entity_type.kind
        written = clean_name(mention.text) or mention.text.strip()
        if mention.reference in ("pronoun", "synthesized"):
            written = clean_name(mention.name)  # "He", "Finance Minister": what they stand for
        hint = clean_name(mention.name) if mention.name else ""
        titles: tuple[str, ...] = tuple(t for t in mention.titles if t.strip())
        surface = written
        if kind is EntityType.PERSON:
            surface, stripped = strip_person_titles(written)
            titles += stripped
            hint = strip_person_titles(hint)[0] if hint else ""
        p = _Prepared(
            source=source,
            article=article,
            mention=mention,
            surface=surface,
            key=norm_key(surface),
            kind=kind,
            etype=mention.entity_type,
            titles=titles,
            hint=hint if hint and norm_key(hint) != norm_key(surface) else "",
        )
        p.context_kinds = _context_kinds(text, mention.start, mention.end)
        if kind is EntityType.EVENT or not p.key:
            return p
        if kind is not EntityType.PERSON and self._country_mention(p, text):
            return p
        reference = _reference_kind(surface, bool(p.hint))
        if reference is not None:
            p.descriptive = reference
            if reference in ORG_KIND_NOUNS:
                p.kind = p.etype = EntityType.ORGANIZATION
            elif reference in PLACE_KIND_NOUNS:
                p.kind = EntityType.PLACE
                p.etype = mention.entity_type if kind is EntityType.PLACE else EntityType.PLACE
            elif reference == "title" and kind is not EntityType.PERSON and not p.hint:
                p.kind = p.etype = EntityType.PERSON
            return p
        if is_acronym(surface):
            p.acronym = True
            if kind is EntityType.PERSON:
                p.kind = p.etype = EntityType.ORGANIZATION
                p.note = "written in capitals like an acronym, not a person's name"
            return p
        head = head_noun(p.key)
        if kind is EntityType.PLACE and head in ORG_KIND_NOUNS and len(p.key.split()) > 1:
            p.kind = p.etype = EntityType.ORGANIZATION
            p.note = f"tagged as a place, but '{head}' names an organisation"
        if p.kind is EntityType.ORGANIZATION:
            self._qualify(p)
        return p

    def _country_mention(self, p: _Prepared, text: str) -> bool:
        """Countries by name, code or nationality word; a span the tagger cut short
        ("Republic of Korea" out of "Democratic People's Republic of Korea") is widened."""
        place = p.kind is EntityType.PLACE
        code: str | None = None
        wider = self.countries.code_around(text, p.mention.start, p.mention.end)
        if wider is not None:
            code, left, right = wider
            p.surface = clean_name(text[left:right])
            p.key = norm_key(p.surface)
            p.note = f"the tagger cut '{p.surface}' short"
        else:
            code = self.countries.code_for_name(p.surface, codes=place, patterns=place)
        if code is not None:
            p.country, p.kind, p.etype = code, EntityType.PLACE, EntityType.COUNTRY
            return True
        code = self.countries.code_for_adjective(p.surface)
        if code is not None:
            p.country, p.demonym = code, True
            p.kind, p.etype = EntityType.PLACE, EntityType.COUNTRY
            return True
        return False

    def _qualify_from_neighbours(self, text: str, prepared: Sequence[_Prepared]) -> None:
        """ "North Korean | Ministry of State Security", "DPRK | 's Ministry of ...": the
        country is a mention of its own just before the organisation's name."""
        previous: _Prepared | None = None
        for p in sorted(prepared, key=lambda q: (q.mention.start, q.mention.end)):
            if (
                previous is not None
                and previous.country
                and p.kind is EntityType.ORGANIZATION
                and not (p.qualifier or p.acronym or p.descriptive or p.country)
                and head_noun(p.key) in STATE_BODY_NOUNS
                and re.fullmatch(
                    r"(?:['’]s)?[ \t]{1,2}", text[previous.mention.end : p.mention.start]
                )
            ):
                p.qualifier, p.base_key, p.base_surface = previous.country, p.key, p.surface
                p.qualified_surface = clean_name(text[previous.mention.start : p.mention.end])
                p.qualifier_outside = True
            if previous is None or p.mention.start >= previous.mention.end:
                previous = p

    def _qualify(self, p: _Prepared) -> None:
        """Find a country inside an organisation's name: "North Korean X", "DPRK's X", "X of
        the DPRK". Only for state bodies (ministries, services, parties...)."""
        words = p.surface.split()
        for i, word in enumerate(words[:-1]):
            if re.search(r"(?:'s|s')$", word, re.IGNORECASE):
                owner = " ".join([*words[:i], word])
                code = self.countries.code_for_name(owner, codes=True, patterns=False)
                if code is not None:
                    self._set_qualifier(p, code, words[i + 1 :])
                return
        found = self.countries.adjective_prefix(words)
        if found is not None:
            code, size = found
            self._set_qualifier(p, code, words[size:])
            if p.qualifier:
                return
        lowered = [w.lower() for w in words]
        for i in range(len(words) - 2, 0, -1):
            if lowered[i] == "of":
                rest = words[i + 1 :]
                if rest and rest[0].lower() == "the":
                    rest = rest[1:]
                code = self.countries.code_for_name(" ".join(rest), codes=True, patterns=False)
                if code is not None:
                    self._set_qualifier(p, code, words[:i])
                return

    def _set_qualifier(self, p: _Prepared, code: str, base_words: Sequence[str]) -> None:
        base = " ".join(base_words)
        base_key = norm_key(base)
        if base_key and head_noun(base_key) in STATE_BODY_NOUNS:
            p.qualifier, p.base_key, p.base_surface = code, base_key, base

    def _vote_types(self, prepared: Sequence[_Prepared]) -> None:
        """A name the tagger calls a person in one place and an organisation in another is
        re-typed when only one side has evidence ("the Rodong Sinmun", "newspaper X" for
        an organisation; a title for a person)."""
        by_key: dict[str, list[_Prepared]] = defaultdict(list)
        for p in prepared:
            two_kinds = p.kind in (EntityType.PERSON, EntityType.ORGANIZATION)
            if two_kinds and not p.acronym and not p.descriptive and " " in p.key:
                by_key[p.key].append(p)
        for items in by_key.values():
            kinds = {p.kind for p in items}
            if len(kinds) < 2:
                continue
            org_evidence = next((p for p in items if _org_evidence(p)), None)
            person_evidence = next(
                (p for p in items if p.kind is EntityType.PERSON and p.titles), None
            )
            if org_evidence is not None and person_evidence is None:
                written = org_evidence.mention.text.strip()
                for p in items:
                    if p.kind is EntityType.PERSON:
                        p.kind = p.etype = EntityType.ORGANIZATION
                        p.note = f"tagged as a person, but written as an organisation ('{written}')"
                        self._qualify(p)
            elif person_evidence is not None and org_evidence is None:
                title = person_evidence.titles[0]
                for p in items:
                    if p.kind is EntityType.ORGANIZATION:
                        p.kind = p.etype = EntityType.PERSON
                        p.note = f"tagged as an organisation, but given the title '{title}'"

    # ------------------------------------------------------------------ step 1b: groups

    def _group_article(self, article: int, prepared: Sequence[_Prepared]) -> None:
        index: dict[tuple[EntityType, str, str, str], _Group] = {}
        for p in prepared:
            if p.descriptive:
                role, extra = "descriptive", f"{p.mention.start}"
            elif p.demonym:
                role, extra = "demonym", ""
            elif p.acronym:
                role, extra = "acronym", ""
            else:
                role, extra = "name", f"{p.note}|{p.qualifier or ''}"
            slot = (p.kind, p.key, role, extra)
            group = index.get(slot)
            if group is None:
                group = _Group(len(self.groups), article, p.source, p.kind, p.key, role)
                node = self.merger.add([p.key], [role])
                assert node == group.id
                self.groups.append(group)
                index[slot] = group
            group.members.append(p)
        # A re-typed mention joins the group of its name with the reason on record.
        by_name: dict[tuple[EntityType, str], _Group] = {}
        for group in sorted(index.values(), key=lambda g: (bool(g.first.note), g.id)):
            if group.role != "name":
                continue
            first = by_name.setdefault((group.kind, group.key), group)
            if first is not group and group.first.note:
                self._join(group, first, "type-correction", group.first.note)

    # ------------------------------------------------------------------ step 2: anchors

    def _new_anchor(self, surface: str, keys: Iterable[str]) -> int:
        node = self.merger.add(keys)
        self.anchor_surface[node] = surface
        return node

    def _anchor_countries(self) -> None:
        for group in self.groups:
            code = group.country
            if code is None:
                continue
            label = self.countries.label(code)
            anchor = self._country(code)
            if group.role == "demonym":
                detail = f"'{group.surface}' is the nationality of {label}"
                self.merger.union(group.id, anchor, "demonym", detail)
            else:
                detail = f"'{group.surface}' is a name or code of {label} (country data)"
                self.merger.union(group.id, anchor, "country-name", detail)

    def _anchor_keywords(self) -> None:
        """A keyword that names a country ("north korea" in a tags line) gets its node."""
        for facts in self.facts:
            for keyword in facts.article.meta.keywords:
                code = self.countries.code_for_name(keyword, codes=False, patterns=True)
                if code is not None:
                    self._country(code)
                    self.keyword_countries[(facts.article.source, keyword)] = code

    def _country(self, code: str) -> int:
        anchor = self.country_anchor.get(code)
        if anchor is None:
            label = self.countries.label(code)
            anchor = self._new_anchor(label, [norm_key(label)])
            self.country_anchor[code] = anchor
        return anchor

    def _anchor_aliases(self) -> None:
        if not self.table.entries:
            return
        wanted: dict[str, list[int]] = defaultdict(list)
        for entry_index, entry in enumerate(self.table.entries):
            for key in dict.fromkeys(norm_key(name) for name in entry.all_names):
                wanted[key].append(entry_index)
        anchors: dict[tuple[int, EntityType], int] = {}
        for group in self.groups:
            if group.role in ("descriptive", "demonym"):
                continue
            for entry_index in wanted.get(group.key, ()):
                entry = self.table.entries[entry_index]
                if entry.entity_type is not None and entry.entity_type.kind is not group.kind:
                    continue
                slot = (entry_index, group.kind)
                anchor = anchors.get(slot)
                if anchor is None:
                    anchor = self._new_anchor(entry.name, [norm_key(n) for n in entry.all_names])
                    anchors[slot] = anchor
                    self.alias_anchor[anchor] = entry
                detail = f"'{group.surface}' is listed under '{entry.name}' in {entry.origin}"
                self.merger.union(group.id, anchor, "alias-file", detail)

    # ------------------------------------------------------------------ step 3: one article

    def _join(self, group: _Group, target: _Group, rule: str, detail: str) -> bool:
        return self.merger.union(group.id, target.id, rule, detail)

    def _root(self, group: _Group) -> int:
        return self.merger.find(group.id)

    def _within_article(self, article: int, groups: list[_Group]) -> None:
        text = self.facts[article].article.text
        self._acronyms_defined(text, groups)
        self._unqualified_in_article(groups)
        self._acronyms_by_initials_in_article(groups)
        self._short_forms(groups)
        self._descriptive(groups)

    def _acronyms_defined(self, text: str, groups: list[_Group]) -> None:
        """ "the Russian Foreign Intelligence Service (SVR)" and "SVR (Russian Foreign ...)"."""
        acronym_groups: dict[str, list[_Group]] = defaultdict(list)
        for group in groups:
            if group.role == "acronym":
                acronym_groups[acronym_key(group.surface)].append(group)
        long_groups = [
            g
            for g in groups
            if g.role == "name" and g.kind is not EntityType.PERSON and " " in g.key
        ]
        by_start = {p.mention.start: g for g in long_groups for p in g.members}
        for group in long_groups:
            for p in group.members:
                found = re.match(
                    r"\s*\(\s*([A-Za-z][A-Za-z0-9&.\-]{1,11})\s*\)", text[p.mention.end :]
                )
                if found and is_acronym(found.group(1)):
                    self._define(acronym_key(found.group(1)), found.group(1), group, acronym_groups)
        for acronym_list in acronym_groups.values():
            for group in acronym_list:
                for p in group.members:
                    found = re.match(r"\s*\(\s*", text[p.mention.end :])
                    if found:
                        long_group = by_start.get(p.mention.end + found.end())
                        if long_group is not None:
                            self._define(
                                acronym_key(group.surface),
                                group.surface,
                                long_group,
                                acronym_groups,
                            )

    def _define(
        self, key: str, written: str, long_group: _Group, acronym_groups: dict[str, list[_Group]]
    ) -> None:
        self.defined_acronyms[key].append((long_group.id, long_group.source))
        detail = f"the text defines '{written}' as the acronym of '{long_group.surface}'"
        for group in acronym_groups.get(key, ()):
            if self._join(group, long_group, "acronym-defined", detail):
                group.local = True

    def _unqualified_in_article(self, groups: list[_Group]) -> None:
        """ "the Ministry of State Security" after "the North Korean Ministry of State Security"."""
        qualified: dict[str, list[_Group]] = defaultdict(list)
        for group in groups:
            if group.role == "name" and group.qualifier:
                qualified[group.base_key].append(group)
        for group in groups:
            if group.role != "name" or group.kind is not EntityType.ORGANIZATION:
                continue
            if group.qualifier or group.key not in qualified:
                continue
            candidates = qualified[group.key]
            codes = sorted({g.qualifier for g in candidates if g.qualifier})
            if len(codes) == 1:
                target = candidates[0]
                detail = (
                    f"'{group.surface}' is the '{target.surface}' named in the same article "
                    f"({self.countries.label(codes[0])})"
                )
                self._join(group, target, "nationality-in-name", detail)
            group.local = True  # with two countries named, it is not ours to guess

    def _acronyms_by_initials_in_article(self, groups: list[_Group]) -> None:
        orgs = [g for g in groups if g.role == "name" and g.kind is EntityType.ORGANIZATION]
        for group in groups:
            if group.role != "acronym" or group.local:
                continue
            acronym = acronym_key(group.surface)
            matches = [g for g in orgs if acronym in _group_initials(g)]
            roots = {self._root(g) for g in matches}
            if len(roots) == 1:
                target = matches[0]
                detail = (
                    f"'{group.surface}' are the initials of '{target.surface}' in the same article"
                )
                if self._join(group, target, "acronym-initials", detail):
                    group.local = True

    def _short_forms(self, groups: list[_Group]) -> None:
        """Surnames and shortened names of a person named in full in the same article."""
        people = [
            (g, person_name(g.surface))
            for g in groups
            if g.role == "name" and g.kind is EntityType.PERSON and g.key
        ]
        people.sort(key=lambda item: (-len(item[1]), item[0].id))
        for group, name in people:
            if not len(name):
                continue
            candidates: list[tuple[_Group, str]] = []
            for other, other_name in people:
                if other is group or not _fuller(other_name, name):
                    continue
                reason = short_form_match(name, other_name, self.names)
                if reason:
                    candidates.append((other, reason))
            if not candidates:
                continue
            roots = {self._root(other) for other, _ in candidates}
            if len(roots) == 1 and self._root(group) not in roots:
                target, reason = candidates[0]
                detail = (
                    f"'{group.surface}' is the {reason} of '{target.surface}' in the same article"
                )
                self._join(group, target, "short-form", detail)
            group.local = True  # a surname alone never matches across articles

    def _descriptive(self, groups: list[_Group]) -> None:
        """References: "the ministry" → the ministry the article named last (or its only
        ministry); "the Director" → the person given that title; failing those, the
        referent the extractor proposed."""
        if not any(g.role == "descriptive" for g in groups):
            return
        named = [g for g in groups if g.role == "name"]
        kinds_of_root: dict[int, set[str]] = defaultdict(set)
        words_of_root: dict[int, set[str]] = defaultdict(set)
        titles_of_root: dict[int, set[str]] = defaultdict(set)
        for group in named:
            root = self._root(group)
            kinds_of_root[root].update(_group_kinds(group))
            for p in group.members:
                words_of_root[root].update(p.key.split())
                titles_of_root[root].update(norm_key(t) for t in p.titles)
        for group in groups:
            if group.role != "descriptive":
                continue
            p = group.first
            written = " ".join(p.mention.text.split())
            noun = p.descriptive or ""
            found: tuple[_Group, str] | None = None
            if noun in ORG_KIND_NOUNS or noun in PLACE_KIND_NOUNS:
                modifiers = [w for w in p.key.split() if w not in ("the", "of")]
                if modifiers and _kind_noun(modifiers[-1]) == noun:
                    modifiers = modifiers[:-1]
                found = self._nearest(
                    p,
                    named,
                    partial(
                        _names_kind,
                        kind=group.kind,
                        noun=noun,
                        modifiers=tuple(modifiers),
                        kinds_of_root=kinds_of_root,
                        words_of_root=words_of_root,
                    ),
                )
            elif noun == "title" and group.kind is EntityType.PERSON:
                found = self._nearest(
                    p,
                    named,
                    partial(_has_title, title=p.key, titles_of_root=titles_of_root),
                )
            if found is not None:
                target, where = found
                detail = f"'{written}' refers to '{target.surface}', {where} in the article"
                self._join(group, target, "descriptive-reference", detail)
                group.local = True
                continue
            hint_key = group.match_key
            same_kind = [g for g in named if g.key == hint_key and g.kind is group.kind]
            matches = same_kind or [g for g in named if g.key == hint_key]
            if matches:
                detail = (
                    f"the extractor took '{written}' to mean '{matches[0].surface}', "
                    "in the same article"
                )
                self._join(group, matches[0], "descriptive-reference", detail)
            group.local = bool(matches) or not hint_key

    def _nearest(
        self, p: _Prepared, named: Sequence[_Group], fits: Callable[[int, _Group], bool]
    ) -> tuple[_Group, str] | None:
        """The fitting group mentioned last before ``p``, or else the only fitting one."""
        best: tuple[int, _Group] | None = None
        fitting: dict[int, _Group] = {}
        for other in named:
            root = self._root(other)
            if not fits(root, other):
                continue
            fitting.setdefault(root, other)
            for q in other.members:
                if q.mention.end <= p.mention.start and (best is None or q.mention.end > best[0]):
                    best = (q.mention.end, other)
        if best is not None:
            return best[1], "named before it"
        if len(fitting) == 1:
            return next(iter(fitting.values())), "the only one named"
        return None

    # ------------------------------------------------------------------ step 4: the build

    def _across_articles(self) -> None:
        free = [
            g
            for g in sorted(self.groups, key=lambda g: (g.role == "descriptive", g.id))
            if not g.local and g.match_key
        ]
        self._same_identity(free)
        self._people(free)
        self._spelling_variants(free)
        self._acronyms_across(free)
        self._unqualified_across(free)

    def _identity(self, group: _Group) -> tuple[str, ...] | None:
        if group.country is not None or group.role == "demonym":
            return None  # countries meet at their anchor
        if group.kind is EntityType.ORGANIZATION and group.qualifier:
            return (group.kind.value, "q", group.base_key, group.qualifier)
        return (group.kind.value, "n", group.match_key)

    def _same_identity(self, free: Sequence[_Group]) -> None:
        hubs: dict[tuple[str, ...], _Group] = {}
        for group in free:
            identity = self._identity(group)
            if identity is None:
                continue
            hub = hubs.setdefault(identity, group)
            if hub is group:
                continue
            if group.role == "descriptive":
                written = " ".join(group.first.mention.text.split())
                detail = (
                    f"the extractor took '{written}' to mean '{group.first.hint}', "
                    f"named in {hub.source}"
                )
                self._join(group, hub, "descriptive-reference", detail)
            elif hub.key == group.key:
                where = "another article" if hub.article != group.article else "the same article"
                detail = f"'{group.surface}' is written the same way in {hub.source}"
                if where == "the same article":
                    detail = f"'{group.surface}' and '{hub.surface}' are the same name"
                self._join(group, hub, "same-name", detail)
            else:
                label = self.countries.label(group.qualifier or "")
                detail = (
                    f"'{group.surface}' and '{hub.surface}' both name the "
                    f"{group.first.base_surface} of {label}"
                )
                self._join(group, hub, "nationality-in-name", detail)

    def _people(self, free: Sequence[_Group]) -> None:
        """Cluster full names (two words or more) greedily, fullest first; a name that fits
        two clusters that do not fit each other ("George Bush") joins neither."""
        reps: dict[str, _Group] = {}
        for group in free:
            if group.kind is EntityType.PERSON and group.role == "name":
                reps.setdefault(group.key, group)
        parsed = {key: person_name(group.surface) for key, group in reps.items()}
        order = sorted((k for k in reps if len(parsed[k]) >= 2), key=lambda k: (-len(parsed[k]), k))
        clusters: list[list[str]] = []
        block_index: dict[str, list[int]] = defaultdict(list)
        for key in order:
            name = parsed[key]
            blocks = person_blocks(name, self.names)
            candidates = sorted({c for b in blocks for c in block_index[b]})
            fitting: list[tuple[int, str]] = []
            for cluster_id in candidates:
                reasons = [
                    person_match(name, parsed[member], self.names, allow_initials=False)
                    for member in clusters[cluster_id]
                ]
                if all(reasons):
                    fitting.append((cluster_id, reasons[0] or ""))
            if len(fitting) == 1:
                cluster_id, reason = fitting[0]
                target = reps[clusters[cluster_id][0]]
                rule = (
                    "short-form"
                    if "left out" in reason or "initials" in reason
                    else "spelling-variant"
                )
                detail = f"'{reps[key].surface}' and '{target.surface}': {reason}"
                if self._join(reps[key], target, rule, detail):
                    clusters[cluster_id].append(key)
                    continue
            clusters.append([key])
            for b in blocks:
                block_index[b].append(len(clusters) - 1)

    def _spelling_variants(self, free: Sequence[_Group]) -> None:
        """Organisation and place names that differ only in spelling ("Defence"/"Defense")."""
        reps: dict[tuple[str, str, str | None], _Group] = {}
        for group in free:
            kind_fits = group.kind in (EntityType.ORGANIZATION, EntityType.PLACE)
            if kind_fits and group.role == "name" and group.country is None:
                reps.setdefault((group.kind.value, group.base_key, group.qualifier), group)
        blocks: dict[tuple[str, ...], list[tuple[str, str, str | None]]] = defaultdict(list)
        for slot in sorted(reps, key=lambda s: (s[0], s[1], s[2] or "")):
            words = slot[1].split()
            shape = tuple(skeleton(_org_word(w)) if w.isalpha() else w for w in words)
            blocks[(slot[0], slot[2] or "", *shape)].append(slot)
        for members in blocks.values():
            if len(members) < 2:
                continue
            clusters: list[list[tuple[str, str, str | None]]] = []
            for slot in members:
                fitting = [
                    c
                    for c in clusters
                    if all(_same_words(slot[1], other[1], self.names) for other in c)
                ]
                if len(fitting) == 1:
                    target = reps[fitting[0][0]]
                    detail = (
                        f"'{reps[slot].surface}' and '{target.surface}' differ only in spelling"
                    )
                    if self._join(reps[slot], target, "spelling-variant", detail):
                        fitting[0].append(slot)
                        continue
                clusters.append([slot])

    def _acronyms_across(self, free: Sequence[_Group]) -> None:
        initials_index: dict[str, list[_Group]] = defaultdict(list)
        for group in self.groups:
            if group.role == "name" and group.kind is EntityType.ORGANIZATION:
                for acronym in _group_initials(group):
                    initials_index[acronym].append(group)
        for group in free:
            if group.role != "acronym":
                continue
            if self.merger.has(group.id, "name"):
                continue  # already joined to a full name
            acronym = acronym_key(group.surface)
            definitions = self.defined_acronyms.get(acronym, [])
            roots = {self.merger.find(node) for node, _ in definitions}
            if len(roots) == 1:
                node, source = definitions[0]
                target = self.groups[node]
                detail = f"{source} defines '{group.surface}' as the acronym of '{target.surface}'"
                self._join(group, target, "acronym-defined", detail)
                continue
            if roots or len(acronym) < 3:
                continue
            matches = initials_index.get(acronym, [])
            match_roots = {self._root(g) for g in matches}
            if len(match_roots) == 1:
                target = matches[0]
                detail = (
                    f"'{group.surface}' are the initials of '{target.surface}' ({target.source}), "
                    "the only such organisation in these articles"
                )
                self._join(group, target, "acronym-initials", detail)

    def _unqualified_across(self, free: Sequence[_Group]) -> None:
        """An unqualified name joins the qualified one when the build names it with one
        country only."""
        qualified: dict[str, dict[str, _Group]] = defaultdict(dict)
        for group in self.groups:
            if group.role == "name" and group.qualifier and group.kind is EntityType.ORGANIZATION:
                qualified[group.base_key].setdefault(group.qualifier, group)
        for group in free:
            if group.kind is not EntityType.ORGANIZATION or group.qualifier:
                continue
            if group.role not in ("name", "descriptive"):
                continue
            options = sorted(qualified.get(group.match_key, {}).items())
            if len(options) != 1:
                continue
            code, target = options[0]
            country = self.countries.label(code)
            detail = (
                f"'{group.surface}' is named with a country only as '{target.surface}' "
                f"({target.source}), {country}'s"
            )
            if group.role == "descriptive":
                written = " ".join(group.first.mention.text.split())
                detail = (
                    f"the extractor took '{written}' to mean '{group.first.hint}', which these "
                    f"articles name with a country only as '{target.surface}' ({target.source}), "
                    f"{country}'s"
                )
            self._join(group, target, "nationality-in-name", detail)

    # ------------------------------------------------------------------ step 5: entities

    def _build(self) -> Resolution:
        members: dict[int, list[_Group]] = defaultdict(list)
        for group in self.groups:
            members[self._root(group)].append(group)
        anchors_of: dict[int, list[int]] = defaultdict(list)
        for node in self.anchor_surface:
            anchors_of[self.merger.find(node)].append(node)
        # Country entities that a "North Korean X" needs but no mention named.
        needed_countries = sorted(
            {p.qualifier for g in self.groups for p in g.members if p.qualifier}
        )
        for code in needed_countries:
            root = self.merger.find(self._country(code))
            anchors_of.setdefault(root, [])
            if self.country_anchor[code] not in anchors_of[root]:
                anchors_of[root].append(self.country_anchor[code])
        roots = sorted(set(members) | {r for r in anchors_of if self._is_country_root(r)})
        drafts = [
            self._draft(root, members.get(root, []), anchors_of.get(root, [])) for root in roots
        ]
        keys = _unique_keys(drafts)
        entity_of_root = {d.root: keys[i] for i, d in enumerate(drafts)}
        entities = [d.entity(keys[i]) for i, d in enumerate(drafts)]
        entity_of: dict[tuple[str, int, int], str] = {}
        for group in self.groups:
            key = entity_of_root[self._root(group)]
            for p in group.members:
                entity_of[(p.source, p.mention.start, p.mention.end)] = key
        merges = self._decisions(drafts, keys) + self._keyword_decisions(entities, entity_of_root)
        implied = self._implied(entity_of, entity_of_root)
        return Resolution(
            entities=tuple(sorted(entities, key=lambda e: e.key)),
            entity_of=entity_of,
            merges=tuple(sorted(set(merges), key=_decision_order)),
            implied_relations=implied,
        )

    def _is_country_root(self, root: int) -> bool:
        return any(self.merger.find(a) == root for a in self.country_anchor.values())

    def _draft(self, root: int, groups: list[_Group], anchors: list[int]) -> _Draft:
        mentions = [p for g in groups for p in g.members]
        alias_entry = next(
            (self.alias_anchor[a] for a in sorted(anchors) if a in self.alias_anchor), None
        )
        country = next(
            (c for c in sorted(self.country_anchor) if self.country_anchor[c] in anchors), None
        )
        if country is None:
            country = next((g.country for g in groups if g.country), None)
        naming = [p for p in mentions if not p.descriptive and not p.demonym]
        kind = _majority_kind([p for p in naming if not p.acronym] or naming or mentions)
        if country is not None:
            kind = EntityType.PLACE
        if alias_entry is not None and alias_entry.entity_type is not None:
            kind = alias_entry.entity_type.kind
        # label
        if alias_entry is not None:
            label = alias_entry.name
        elif country is not None:
            label = self.countries.label(country)
        else:
            label = _choose_label(kind, naming or mentions)
        # type
        if alias_entry is not None and alias_entry.entity_type is not None:
            etype = alias_entry.entity_type
        elif country is not None:
            etype = EntityType.COUNTRY
        elif kind is EntityType.PLACE:
            specific = {
                p.etype
                for p in naming
                if p.etype is not EntityType.PLACE and p.etype.kind is EntityType.PLACE
            }
            etype = specific.pop() if len(specific) == 1 else EntityType.PLACE
        else:
            etype = kind
        alt = _alt_labels(
            label, naming, [p.qualified_surface for p in naming if p.qualified_surface]
        )
        titles: list[str] = []
        if etype is EntityType.PERSON:
            titles = _job_titles(p.titles for p in mentions)
        qualifiers = sorted({p.qualifier for p in mentions if p.qualifier})
        country_label = self.countries.label(qualifiers[0]) if len(qualifiers) == 1 else ""
        return _Draft(
            root, groups, anchors, label, etype, tuple(alt), tuple(titles), mentions, country_label
        )

    def _decisions(
        self, drafts: Sequence[_Draft], keys: Sequence[str]
    ) -> tuple[MergeDecision, ...]:
        adjacency: dict[int, list[tuple[int, _Edge]]] = defaultdict(list)
        for edge in self.merger.edges:
            adjacency[edge.a].append((edge.b, edge))
            adjacency[edge.b].append((edge.a, edge))
        out: list[MergeDecision] = []
        for draft, key in zip(drafts, keys, strict=True):
            if not draft.groups:
                continue
            label_key = norm_key(draft.label)
            at_label = [g for g in draft.groups if g.key == label_key and g.role == "name"]
            plain = [g for g in at_label if not g.first.note]
            starts = [g.id for g in plain or at_label]
            if not starts:
                starts = sorted(draft.anchors) or [draft.groups[0].id]
            reason: dict[int, tuple[str, str]] = {}
            queue: deque[int] = deque()
            for node in starts:
                reason[node] = ("canonical-name", f"'{draft.label}' is the entity's label")
                queue.append(node)
            while queue:
                node = queue.popleft()
                for other, edge in sorted(adjacency[node], key=lambda item: item[0]):
                    if other not in reason:
                        reason[other] = (edge.rule, edge.detail)
                        queue.append(other)
            for group in draft.groups:
                rule, detail = reason.get(group.id, ("same-entity", ""))
                for surface in sorted(
                    {
                        p.surface if not p.descriptive else p.mention.text.strip()
                        for p in group.members
                    }
                ):
                    this_rule, this_detail = rule, detail
                    if rule == "canonical-name" and surface != draft.label:
                        this_rule = "same-name"
                        this_detail = f"'{surface}' is '{draft.label}' up to case or punctuation"
                    note = next((p.note for p in group.members if p.note), "")
                    if note and note not in this_detail:
                        this_detail = f"{this_detail}; {note}" if this_detail else note
                    out.append(MergeDecision(key, surface, this_rule, group.source, this_detail))
                for p in group.members:
                    if p.qualified_surface and p.qualifier:
                        detail = (
                            f"'{p.qualified_surface}' names '{p.surface}' with its country, "
                            f"{self.countries.label(p.qualifier)}"
                        )
                        out.append(
                            MergeDecision(
                                key,
                                p.qualified_surface,
                                "nationality-in-name",
                                group.source,
                                detail,
                            )
                        )
        return tuple(out)

    def _keyword_decisions(
        self, entities: Sequence[Entity], entity_of_root: dict[int, str]
    ) -> tuple[MergeDecision, ...]:
        """Keywords that name an entity: a country, or exactly one entity's label or name."""
        by_name: dict[str, set[str]] = defaultdict(set)
        for entity in entities:
            for name in (entity.label, *entity.alt_labels):
                by_name[norm_key(name)].add(entity.key)
        out: list[MergeDecision] = []
        for facts in self.facts:
            source = facts.article.source
            for keyword in dict.fromkeys(facts.article.meta.keywords):
                code = self.keyword_countries.get((source, keyword))
                if code is not None:
                    key = entity_of_root[self.merger.find(self.country_anchor[code])]
                    detail = f"the keyword '{keyword}' names {self.countries.label(code)}"
                else:
                    keys = sorted(by_name.get(norm_key(keyword), ()))
                    if len(keys) != 1:
                        continue
                    key = keys[0]
                    detail = f"the keyword '{keyword}' is a name of this entity"
                out.append(MergeDecision(key, keyword, "keyword", source, detail))
        return tuple(out)

    def _implied(
        self, entity_of: dict[tuple[str, int, int], str], entity_of_root: dict[int, str]
    ) -> tuple[ImpliedRelation, ...]:
        found: dict[tuple[str, str, str, int], ImpliedRelation] = {}
        for group in self.groups:
            for p in group.members:
                if not p.qualifier or p.qualifier_outside:
                    continue  # a separate country mention: the extractor has that relation
                subject = entity_of[(p.source, p.mention.start, p.mention.end)]
                country_root = self.merger.find(self._country(p.qualifier))
                obj = entity_of_root.get(country_root)
                if obj is None or obj == subject:
                    continue
                slot = (subject, obj, p.source, p.mention.sentence)
                found.setdefault(
                    slot,
                    ImpliedRelation(
                        subject, PART_OF, obj, p.source, p.mention.sentence, "nationality-in-name"
                    ),
                )
        return tuple(found[k] for k in sorted(found))


# ----------------------------------------------------------------------------- drafts and keys


@dataclass
class _Draft:
    root: int
    groups: list[_Group]
    anchors: list[int]
    label: str
    entity_type: EntityType
    alt_labels: tuple[str, ...]
    job_titles: tuple[str, ...]
    mentions: list[_Prepared]
    #: The country an organisation belongs to, when its names say so (to tell keys apart).
    country_label: str = ""

    def entity(self, key: str) -> Entity:
        return Entity(key, self.entity_type, self.label, self.alt_labels, self.job_titles)

    @property
    def signature(self) -> str:
        """Stable across runs: the entity's first mention in the build, or its anchor label."""
        if self.mentions:
            first = min(self.mentions, key=lambda p: (p.source, p.mention.start, p.mention.end))
            return f"{first.source}\x1f{first.mention.start}\x1f{first.mention.end}"
        return f"anchor\x1f{self.label}"


def _decision_order(d: MergeDecision) -> tuple[str, str, str, str, str]:
    return (d.entity_key, d.source, d.surface, d.rule, d.detail)


def _unique_keys(drafts: Sequence[_Draft]) -> list[str]:
    """entity_key(type, label), with a short hash on all but the most-mentioned of a clash."""
    base = [entity_key(d.entity_type, d.label) for d in drafts]
    clashes: dict[str, list[int]] = defaultdict(list)
    for index, key in enumerate(base):
        clashes[key].append(index)
    keys = list(base)
    for key, indices in clashes.items():
        if len(indices) < 2:
            continue
        ranked = sorted(indices, key=lambda i: (-len(drafts[i].mentions), drafts[i].signature))
        taken = set(base)
        for index in ranked[1:]:
            country = drafts[index].country_label
            candidate = f"{key}-{slugify(country)}" if country else ""
            if not candidate or candidate in taken:
                candidate = f"{key}-{short_hash(key, drafts[index].signature, length=6)}"
            keys[index] = candidate
            taken.add(candidate)
    return keys


# ----------------------------------------------------------------------------- helpers


def _all_mentions(facts: ArticleFacts) -> Iterable[Mention]:
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


_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _context_kinds(text: str, start: int, end: int) -> tuple[str, ...]:
    """Kind nouns the text puts next to a name: "newspaper Rodong Sinmun", "Rodong Sinmun,
    the official newspaper of ..."."""
    kinds: list[str] = []
    before = _WORD.findall(text[max(0, start - 40) : start])
    if before and text[max(0, start - 2) : start].strip() == "":
        word = _kind_noun(before[-1].lower())
        if word in ORG_KIND_NOUNS or word in PLACE_KIND_NOUNS:
            kinds.append(word)
    after = re.match(r"\s*,\s*(?:the|a|an)\s+([^,.;:()\"“”]{0,80})", text[end : end + 100])
    if after:
        for word in _WORD.findall(after.group(1))[:6]:
            noun = _kind_noun(word.lower())
            if noun in ORG_KIND_NOUNS or noun in PLACE_KIND_NOUNS:
                kinds.append(noun)
                break
            if word.lower() == "of":
                break
    return tuple(kinds)


def _reference_kind(surface: str, has_hint: bool) -> str | None:
    """What a reference names: a kind noun ("ministry"), "title" ("the Director", "Minister of
    State Security"), "other" (lower-case words the extractor linked to a name), or None for
    a proper name."""
    key = norm_key(surface)
    words = key.split()
    if not words:
        return None
    if key in ROLE_TITLES or (len(words) > 2 and words[0] in ROLE_TITLES and words[1] == "of"):
        return "title"
    if surface != surface.lower():
        return None
    head = head_noun(key)
    if head in ORG_KIND_NOUNS or head in PLACE_KIND_NOUNS:
        return head
    if words[0] in ROLE_TITLES:
        return "title"
    return "other" if has_hint else None


def _names_kind(
    root: int,
    other: _Group,
    *,
    kind: EntityType,
    noun: str,
    modifiers: tuple[str, ...],
    kinds_of_root: dict[int, set[str]],
    words_of_root: dict[int, set[str]],
) -> bool:
    """Does ``other`` (in entity ``root``) fit "the provincial state security bureau"?"""
    return (
        other.kind is kind
        and noun in kinds_of_root[root]
        and all(_modifier_fits(m, words_of_root[root]) for m in modifiers)
    )


def _has_title(
    root: int, other: _Group, *, title: str, titles_of_root: dict[int, set[str]]
) -> bool:
    return other.kind is EntityType.PERSON and any(
        _title_fits(title, t) for t in titles_of_root[root]
    )


def _title_fits(reference: str, title: str) -> bool:
    """ "director" fits the title "Director"; "minister" fits "Minister of State Security"."""
    return bool(title) and (title == reference or f" {reference} " in f" {title} ")


def _org_evidence(p: _Prepared) -> bool:
    written = p.mention.text.strip().lower()
    if p.kind is EntityType.ORGANIZATION and written.startswith("the "):
        return True
    return any(k in ORG_KIND_NOUNS for k in p.context_kinds)


def _group_kinds(group: _Group) -> set[str]:
    kinds = {head_noun(group.key)}
    if group.first.base_key:
        kinds.add(head_noun(group.first.base_key))
    for p in group.members:
        kinds.update(p.context_kinds)
    return kinds


def _group_initials(group: _Group) -> set[str]:
    out = set(initials(group.surface))
    if group.first.base_surface:
        out.update(initials(group.first.base_surface))
    return out


def _modifier_fits(word: str, name_words: set[str]) -> bool:
    if word in GENERIC_MODIFIERS or word in name_words:
        return True
    stem = word[:5]
    return len(stem) == 5 and any(w.startswith(stem) for w in name_words)


def _fuller(full: PersonName, short: PersonName) -> bool:
    if len(full) > len(short):
        return True
    return len(full) == len(short) and any(short.initial) and not any(full.initial)


def _org_word(word: str) -> str:
    """A word of an organisation's or place's name, spelling-neutral ("organise" = "organize")."""
    return translit(word).replace("z", "s")


def _same_words(a: str, b: str, names: NameData) -> bool:
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or a == b:
        return a == b
    for x, y in zip(wa, wb, strict=True):
        if x == y:
            continue
        if not (x.isalpha() and y.isalpha()):
            return False
        tx, ty = _org_word(x), _org_word(y)
        if not (tx == ty or names.same_variant(tx, ty) or vowel_variant(tx, ty)):
            return False
    return True


_KIND_ORDER = (EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE, EntityType.EVENT)


def _majority_kind(mentions: Sequence[_Prepared]) -> EntityType:
    counts = Counter(p.kind for p in mentions)
    if not counts:
        return EntityType.PLACE
    return max(_KIND_ORDER, key=lambda k: (counts.get(k, 0), -_KIND_ORDER.index(k)))


def _casing(surface: str) -> int:
    """0 for a name written as names are ("Valdmark Herald"), 1 all capitals, 2 lower case."""
    if surface == surface.lower():
        return 2
    if surface == surface.upper() and len(surface.replace(" ", "")) > 4 and " " in surface:
        return 1
    return 0


def _choose_label(kind: EntityType, mentions: Sequence[_Prepared]) -> str:
    """People: the fullest name; others: the name written most often (acronyms last);
    properly cased forms before ALL CAPS and lower case."""
    # "North Korean Ministry of State Security" votes for "Ministry of State Security": the
    # country is a fact about it (tk:partOf), not part of its name.
    names = [p.base_surface if p.qualifier and p.base_surface else p.surface for p in mentions]
    acronyms = [p.acronym for p in mentions]
    counts: Counter[str] = Counter(names)
    candidates = [n for n, a in zip(names, acronyms, strict=True) if not a] or names

    def score(name: str) -> tuple[int, int, int, int, str]:
        words = len(name.split())
        casing = _casing(name)
        if kind is EntityType.PERSON:
            # Fullest: most letters ("Sergei Yevgenyevich Naryshkin" over "Naryshkin");
            # then most often written; then hyphenated syllables ("Ri Chang-dae").
            letters = len(person_name(name).concat)
            return (casing, -letters, -counts[name], words, name)
        return (casing, -counts[name], 0, -words, name)

    return min(candidates, key=score)


def _alt_labels(label: str, mentions: Sequence[_Prepared], extra: Sequence[str] = ()) -> list[str]:
    """Other names, one spelling per name whatever its case."""
    counts: Counter[str] = Counter([p.surface for p in mentions] + list(extra))
    by_fold: dict[str, list[str]] = defaultdict(list)
    for surface in counts:
        by_fold[surface.casefold()].append(surface)
    out = []
    for folded, variants in by_fold.items():
        if folded == label.casefold() or not folded.strip():
            continue
        out.append(min(variants, key=lambda s: (_casing(s), -counts[s], s)))
    return sorted(out)


def _job_titles(title_lists: Iterable[Sequence[str]]) -> list[str]:
    seen: dict[str, str] = {}
    for titles in title_lists:
        for title in titles:
            clean = " ".join(title.split()).strip(" ,.;:")
            key = clean.casefold().rstrip(".")
            if not clean or key in HONORIFICS:
                continue
            if key not in seen or (seen[key] == seen[key].lower() and clean != clean.lower()):
                seen[key] = clean
    return sorted(seen.values(), key=lambda t: (t.casefold(), t))
