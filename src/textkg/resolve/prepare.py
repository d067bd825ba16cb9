"""Step 1 of resolution: each mention cleaned and classified.

Is it a country (by name, code or nationality word)? A reference ("the ministry", "the
Director")? An acronym? An organisation named with its country ("North Korean X")? And
when the tagger called one name a person here and an organisation there, which is it?
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from textkg.records import ArticleFacts, EntityType, Mention
from textkg.resolve.countries import CountryIndex
from textkg.resolve.model import Prepared, all_mentions
from textkg.resolve.names import (
    ROLE_TITLES,
    clean_name,
    is_acronym,
    norm_key,
    strip_person_titles,
)
from textkg.resolve.words import (
    ORG_KIND_NOUNS,
    PLACE_KIND_NOUNS,
    STATE_BODY_NOUNS,
    head_noun,
    is_kind_noun,
    kind_noun,
)


class Preparer:
    """Cleans and classifies the mentions of each article against the country data."""

    def __init__(self, countries: CountryIndex) -> None:
        self.countries = countries

    def article(self, index: int, facts: ArticleFacts) -> list[Prepared]:
        seen: dict[tuple[int, int], Mention] = {}
        for mention in all_mentions(facts):
            seen.setdefault((mention.start, mention.end), mention)
        text = facts.article.text
        prepared = [
            self._prepare(index, facts.article.source, text, seen[span]) for span in sorted(seen)
        ]
        self._qualify_from_neighbours(text, prepared)
        return prepared

    def _prepare(self, article: int, source: str, text: str, mention: Mention) -> Prepared:
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
        p = Prepared(
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
            self.qualify(p)
        return p

    def _country_mention(self, p: Prepared, text: str) -> bool:
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

    def _qualify_from_neighbours(self, text: str, prepared: Sequence[Prepared]) -> None:
        """ "North Korean | Ministry of State Security", "DPRK | 's Ministry of ...": the
        country is a mention of its own just before the organisation's name."""
        previous: Prepared | None = None
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

    def qualify(self, p: Prepared) -> None:
        """Find a country inside an organisation's name: "North Korean X", "DPRK's X", "X of
        the DPRK". Only for state bodies (ministries, services, parties...)."""
        words = p.surface.split()
        for i, word in enumerate(words[:-1]):
            if re.search(r"(?:'s|s')$", word, re.IGNORECASE):
                owner = " ".join([*words[:i], word])
                code = self.countries.code_for_name(owner, codes=True, patterns=False)
                if code is not None:
                    _set_qualifier(p, code, words[i + 1 :])
                return
        found = self.countries.adjective_prefix(words)
        if found is not None:
            code, size = found
            _set_qualifier(p, code, words[size:])
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
                    _set_qualifier(p, code, words[:i])
                return

    def vote_types(self, prepared: Sequence[Prepared]) -> None:
        """A name the tagger calls a person in one place and an organisation in another is
        re-typed when only one side has evidence ("the Rodong Sinmun", "newspaper X" for
        an organisation; a title for a person)."""
        by_key: dict[str, list[Prepared]] = defaultdict(list)
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
                        self.qualify(p)
            elif person_evidence is not None and org_evidence is None:
                title = person_evidence.titles[0]
                for p in items:
                    if p.kind is EntityType.ORGANIZATION:
                        p.kind = p.etype = EntityType.PERSON
                        p.note = f"tagged as an organisation, but given the title '{title}'"


def _set_qualifier(p: Prepared, code: str, base_words: Sequence[str]) -> None:
    base = " ".join(base_words)
    base_key = norm_key(base)
    if base_key and head_noun(base_key) in STATE_BODY_NOUNS:
        p.qualifier, p.base_key, p.base_surface = code, base_key, base


_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _context_kinds(text: str, start: int, end: int) -> tuple[str, ...]:
    """Kind nouns the text puts next to a name: "newspaper Rodong Sinmun", "Rodong Sinmun,
    the official newspaper of ..."."""
    kinds: list[str] = []
    before = _WORD.findall(text[max(0, start - 40) : start])
    if before and text[max(0, start - 2) : start].strip() == "":
        word = kind_noun(before[-1].lower())
        if is_kind_noun(word):
            kinds.append(word)
    after = re.match(r"\s*,\s*(?:the|a|an)\s+([^,.;:()\"“”]{0,80})", text[end : end + 100])
    if after:
        for word in _WORD.findall(after.group(1))[:6]:
            noun = kind_noun(word.lower())
            if is_kind_noun(noun):
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
    if is_kind_noun(head):
        return head
    if words[0] in ROLE_TITLES:
        return "title"
    return "other" if has_hint else None


def _org_evidence(p: Prepared) -> bool:
    written = p.mention.text.strip().lower()
    if p.kind is EntityType.ORGANIZATION and written.startswith("the "):
        return True
    return any(k in ORG_KIND_NOUNS for k in p.context_kinds)
