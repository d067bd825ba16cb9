"""Step 1 of resolution: each mention cleaned and classified.

Is it a country (by name, code or nationality word)? A reference ("the ministry", "the
Director")? An acronym? An organisation named with its country ("North Korean X")? And
when the tagger called one name a person here and an organisation there, which is it?
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import fields, replace
from operator import attrgetter

from textkg.countries import CountryIndex
from textkg.records import ArticleFacts, EntityType, Mention
from textkg.resolve.model import Prepared, Role, all_mentions
from textkg.resolve.names import (
    clean_name,
    is_acronym,
    norm_key,
    strip_person_titles,
)
from textkg.resolve.words import (
    head_noun,
    is_kind_noun,
    is_org_head,
    is_org_kind,
    is_place_kind,
    is_title,
    kind_noun,
    legal_base,
)


class Preparer:
    """Cleans and classifies the mentions of each article against the country data."""

    def __init__(self, countries: CountryIndex) -> None:
        self.countries = countries
        #: The first mention prepared of each wording (most names recur across a build):
        #: the others copy what it derived, so the strings of one name are one object.
        self._classified: dict[tuple[object, ...], Prepared] = {}

    def article(self, index: int, facts: ArticleFacts) -> list[Prepared]:
        seen: dict[tuple[int, int], Mention] = {}
        for mention in all_mentions(facts):
            seen.setdefault((mention.start, mention.end), mention)
        return [self._prepare(index, facts.article.source, seen[span]) for span in sorted(seen)]

    def done(self) -> None:
        """Every article is prepared: let the classifications go."""
        self._classified.clear()

    def _prepare(self, article: int, source: str, mention: Mention) -> Prepared:
        m = mention
        key = (
            m.text,
            m.name,
            m.entity_type,
            m.reference,
            m.titles,
            m.kinds,
            m.qualifier,
            m.qualified_text,
        )
        known = self._classified.get(key)
        if known is not None:  # (none is changed before every article is prepared)
            return Prepared(
                source, article, m.start, m.end, m.sentence, m.defines, *_classified(known)
            )
        p = self._classified[key] = self._classify(article, source, mention)
        return p

    def _classify(self, article: int, source: str, mention: Mention) -> Prepared:
        """``_prepare`` of a mention whose words are new: only they decide the result."""
        kind = mention.entity_type.kind
        written = clean_name(mention.text) or mention.text.strip()
        stands_for = (
            mention.reference in ("pronoun", "synthesized")
            or (mention.reference == "description" and mention.entity_type is EntityType.PERSON)
            # "the Russian embassy": a mission named by its country, whose span is the noun
            or (mention.text.islower() and mention.qualified_text == mention.name)
        )
        if stands_for:
            # "He", "Finance Minister", "the two | leaders": what they stand for
            written = clean_name(mention.name)
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
            start=mention.start,
            end=mention.end,
            sentence=mention.sentence,
            defines=mention.defines,
            words=replace(mention, start=0, end=0, sentence=0, defines=""),
            surface=surface,
            key=norm_key(surface),
            kind=kind,
            etype=mention.entity_type,
            titles=titles,
            hint=hint if hint and norm_key(hint) != norm_key(surface) else "",
        )
        p.context_kinds = _kinds_of(mention)
        if kind is EntityType.EVENT or not p.key:
            return p
        if kind is not EntityType.PERSON and self._country_mention(p):
            return p
        # a reference the extractor resolved may open with a nationality word ("the
        # Brazilian company's president"); a name-like "the Russian embassy" stays a name
        written = self._without_nationality(surface) if p.hint else surface
        reference = _reference_kind(written, bool(p.hint))
        if reference is not None:
            p.descriptive = reference
            if is_org_kind(reference):
                p.kind = p.etype = EntityType.ORGANIZATION
            elif is_place_kind(reference):
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
        if kind is EntityType.PLACE and is_org_head(head) and len(p.key.split()) > 1:
            p.kind = p.etype = EntityType.ORGANIZATION
            p.note = f"tagged as a place, but '{head}' names an organisation"
        if p.kind is EntityType.ORGANIZATION:
            self.qualify(p)
        return p

    def _country_mention(self, p: Prepared) -> bool:
        """Countries by name, code or nationality word."""
        place = p.kind is EntityType.PLACE
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

    def _without_nationality(self, surface: str) -> str:
        """ "Brazilian company" -> "company": a nationality word before lower-case words
        makes no proper name, while "American Airlines" keeps its capitals."""
        words = surface.split()
        rest = words
        while len(rest) > 1 and self.countries.code_for_adjective(rest[0], plural=False):
            rest = rest[1:]
        if rest is words or " ".join(rest) != " ".join(rest).lower():
            return surface
        return " ".join(rest)

    def qualify(self, p: Prepared) -> None:
        """The country extraction found a state body named with ("North Korean Ministry of
        X", "Japan's X", "X of Japan"): organisations of one name in two countries are two
        organisations, so the name is matched without its country, and with its country."""
        mention = p.words
        code = self.countries.code_for_name(mention.qualifier) if mention.qualifier else None
        if code is None:
            return
        qualified = clean_name(mention.qualified_text) or p.surface
        if not mention.qualified_text:
            # "Brazil's finance minister", or "the Ministry of X" in a story filed from Brazil:
            # the ministry is named in full, with its country
            qualified = f"{p.surface} of {_with_article(self.countries.label(code))}"
        p.qualifier = code
        if norm_key(qualified) != p.key:  # the country is outside the name's own span
            p.base_key, p.base_surface, p.qualified_surface = p.key, p.surface, qualified
            return
        base = self._without_country(p.surface.split())
        if base:
            p.base_surface = " ".join(base)
            p.base_key = norm_key(p.base_surface)

    def _without_country(self, words: Sequence[str]) -> Sequence[str]:
        """The words of a name around the country in it: "DPRK's | X", "North Korean | X",
        "X | of the DPRK"; empty when no country is found."""
        for i, word in enumerate(words[:-1]):
            if word.lower().endswith(("'s", "s'")):
                owner = " ".join([*words[:i], word])
                if self.countries.code_for_name(owner, codes=True, patterns=False):
                    return words[i + 1 :]
                return ()
        found = self.countries.adjective_prefix(words)
        if found is not None:
            return words[found[1] :]
        lowered = [w.lower() for w in words]
        for i in range(len(words) - 2, 0, -1):
            if lowered[i] == "of":
                rest = words[i + 1 :]
                if rest and rest[0].lower() == "the":
                    rest = rest[1:]
                if self.countries.code_for_name(" ".join(rest), codes=True, patterns=False):
                    return words[:i]
                break
        return ()

    def spread_qualifiers(self, prepared: Sequence[Prepared]) -> None:
        """A name with its country in it ("Canadian Space Agency") that extraction
        qualified in one place is qualified wherever it is written that way."""
        qualified: dict[str, Prepared] = {}
        for p in prepared:
            if p.kind is EntityType.ORGANIZATION and p.qualifier and not p.qualified_surface:
                qualified.setdefault(p.key, p)
        for p in prepared:
            source = qualified.get(p.key)
            if source is None or p.qualifier or p.kind is not EntityType.ORGANIZATION:
                continue
            if p.role is Role.NAME:
                p.qualifier, p.base_key = source.qualifier, source.base_key
                p.base_surface = source.base_surface

    def legal_forms(self, prepared: Sequence[Prepared]) -> None:
        """ "Norvia" tagged a person or a place in an article that also writes "Norvia
        Group": the bare name is the company's."""
        companies: dict[str, Prepared] = {}
        for p in prepared:
            if p.kind is EntityType.ORGANIZATION and p.role is Role.NAME:
                base = legal_base(p.key)
                if base and base != p.key:
                    companies.setdefault(base, p)
        for p in prepared:
            company = companies.get(p.key)
            if company is None or p.kind is EntityType.ORGANIZATION or p.country or p.titles:
                continue
            if p.role is Role.NAME and p.kind in (EntityType.PERSON, EntityType.PLACE):
                p.kind = p.etype = EntityType.ORGANIZATION
                p.note = f"written as a company with its legal form ('{company.surface}')"

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
                written = org_evidence.words.text.strip()
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


#: Prepared's fields, in order, after those of the mention's place (source, article, start,
#: end, sentence, defines): its words, and what _classify derives from them.
_CLASSIFIED = tuple(f.name for f in fields(Prepared))[6:]
assert _CLASSIFIED[:2] == ("words", "surface")
_classified = attrgetter(*_CLASSIFIED)


def _kinds_of(mention: Mention) -> tuple[str, ...]:
    """The kind nouns extraction found beside the name ("newspaper X", "X, the official
    newspaper of ...") that say what an organisation or place is."""
    kinds = (kind_noun(k.lower()) for k in mention.kinds)
    return tuple(dict.fromkeys(k for k in kinds if is_kind_noun(k)))


def _reference_kind(surface: str, has_hint: bool) -> str | None:
    """What a reference names: a kind noun ("ministry"), "title" ("the Director", "Minister of
    State Security"), "other" (lower-case words the extractor linked to a name), or None for
    a proper name."""
    key = norm_key(surface)
    words = key.split()
    if not words:
        return None
    if is_title(key) or (len(words) > 2 and is_title(words[0]) and words[1] == "of"):
        return "title"
    if surface != surface.lower():
        return None
    head = head_noun(key)
    if is_kind_noun(head):
        return head
    if is_title(words[0]):
        return "title"
    return "other" if has_hint else None


def _org_evidence(p: Prepared) -> bool:
    written = p.words.text.strip().lower()
    if p.kind is EntityType.ORGANIZATION and written.startswith("the "):
        return True
    return any(is_org_kind(k) for k in p.context_kinds)


_ARTICLE_WORDS = frozenset(
    {"United", "Republic", "Kingdom", "States", "Islands", "Emirates", "Netherlands"}
    | {"Philippines", "Bahamas", "Maldives", "Gambia", "Comoros", "Seychelles"}
)


def _with_article(country: str) -> str:
    """ "the United States", "the Netherlands"; "Brazil" as it is."""
    return f"the {country}" if _ARTICLE_WORDS & set(country.split()) else country
