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

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from rdflib import URIRef
from spacy.tokens import Doc, Token

from textkg.extract.places import country_name, country_patterns, is_people_word, place_type
from textkg.extract.sentences import SentenceSpan
from textkg.extract.tokens import TokenTable
from textkg.lexicon import Lexicon
from textkg.months import MONTHS, WEEKDAYS
from textkg.namespaces import TK
from textkg.records import EntityType, Mention

NER_LABELS = {
    "PERSON": EntityType.PERSON,
    "ORG": EntityType.ORGANIZATION,
    "GPE": EntityType.CITY,  # refined by place_type
    "LOC": EntityType.PLACE,
    "FAC": EntityType.PLACE,
    "EVENT": EntityType.EVENT,
}
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’", "s"})
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
#: The category of a news agency's name in a dateline ("SAN FRANCISCO (AP)").
DATELINE = "dateline"
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.\-]{1,9}$")


@dataclass(eq=False)  # identity: two mentions of one name are still two mentions
class Ment:
    """A mention while the rules work on it: token span plus what they learnt about it."""

    start: int
    end: int
    etype: EntityType
    name: str
    sentence: int
    titles: list[str] = field(default_factory=list)
    derived: bool = False
    categories: set[str] = field(default_factory=set)
    votes: Counter[EntityType] = field(default_factory=Counter)

    @property
    def key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.name)

    def to_record(self, doc: Doc) -> Mention:
        first, last = doc[self.start], doc[self.end - 1]
        start, end = first.idx, last.idx + len(last.text)
        titles = tuple(dict.fromkeys(t for t in self.titles if t))
        # Span.text, not doc.text[...]: spaCy rebuilds doc.text from every token on each access.
        surface = doc[self.start : self.end].text
        return Mention(surface, self.name, self.etype, start, end, self.sentence, titles)


@dataclass(frozen=True)
class Nationality:
    """A nationality adjective ("Russian") and the country it names."""

    start: int
    end: int
    country: str
    sentence: int


@dataclass
class EmbeddedFact:
    """A relation read off a name itself (possessive or country prefix), for the rules."""

    subject: Ment
    predicate: URIRef
    object: Ment
    rule: str


@dataclass
class MentionSet:
    mentions: list[Ment]
    nationalities: list[Nationality]
    embedded: list[EmbeddedFact]
    acronyms: dict[str, str]


# ---------------------------------------------------------------------------- helpers


def clean_name(text: str) -> str:
    """Whitespace and apostrophes normalised; no leading "the", no trailing possessive."""
    words = " ".join(text.translate(_APOSTROPHES).split())
    words = re.sub(r"^(?:the|The|THE)\s+", "", words)
    words = re.sub(r"(?:'s|')$", "", words) if not words.endswith("s'") else words
    return words.strip(" ,;:-–—\"'()[]•*")


def is_name_word(token: Token) -> bool:
    text = token.text
    return bool(text) and (text[0].isupper() or text[0].isdigit()) and not token.is_punct


def title_words(tokens: Iterable[Token]) -> str:
    return " ".join(t.text for t in tokens)


def _lower(token: Token) -> str:
    return token.text.lower().translate(_APOSTROPHES)


# ---------------------------------------------------------------------------- gazetteer


@lru_cache(maxsize=1)
def _long_country_names() -> tuple[tuple[str, str], ...]:
    """Multi-word official country names ("Democratic People's Republic of Korea")."""
    from textkg.extract.places import _EXTRA_ALIASES

    names = [(alias, target) for alias, target in _EXTRA_ALIASES.items() if " " in alias]
    for short, _pattern in country_patterns():
        if " " in short:
            names.append((short, short))
    names.sort(key=lambda item: -len(item[0]))
    return tuple(names)


def _gazetteer_spans(table: TokenTable, taken: list[bool]) -> list[tuple[int, int, str]]:
    """Country names the NER missed, by exact (apostrophe-blind) match at token boundaries."""
    firsts: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for alias, target in _long_country_names():
        firsts[alias.split()[0]].append((alias, target))
    text = ""
    found = []
    ends: dict[int, int] | None = None
    for i, word in enumerate(table.text):
        candidates = firsts.get(word)
        if not candidates or taken[i]:
            continue
        if ends is None:
            ends = {table.end_char(k): k for k in range(len(table))}
            text = table.source.translate(_APOSTROPHES)
        for alias, target in candidates:
            if not text.startswith(alias, table.idx[i]):
                continue
            end_token = ends.get(table.idx[i] + len(alias))
            if end_token is not None and not any(taken[i : end_token + 1]):
                found.append((i, end_token + 1, target))
                break
    return found


# ---------------------------------------------------------------------------- building


class MentionBuilder:
    """Builds the article's mentions; one instance per document."""

    def __init__(
        self,
        table: TokenTable,
        sentences: list[SentenceSpan],
        owner: list[int],
        lexicon: Lexicon,
    ) -> None:
        doc = table.doc
        self.table = table
        self.doc = doc
        limit = lexicon.max_title_words
        self.honorific_len = table.longest_match(lexicon.honorifics, limit)
        self.title_len = table.longest_match(lexicon.titles, limit)
        self.sentences = sentences
        self.owner = owner
        self.lex = lexicon
        self.embedded: list[EmbeddedFact] = []
        self.acronyms: dict[str, str] = {}

    # -- spans ----------------------------------------------------------------

    def _trim(self, start: int, end: int) -> tuple[int, int]:
        doc = self.doc
        # cut at the first line break: a name never runs over two lines
        for i in range(start, end):
            if "\n" in doc[i].text or (i > start and "\n" in doc[i - 1].whitespace_):
                end = i if i > start else end
                break
        while start < end and (
            doc[start].is_space
            or doc[start].is_punct
            or doc[start].lower_ in _DETERMINERS
            or doc[start].text in "•*"
        ):
            start += 1
        while end > start and (
            doc[end - 1].is_space
            or (doc[end - 1].is_punct and doc[end - 1].text not in (")",))
            or doc[end - 1].text in _POSSESSIVE
            or doc[end - 1].tag_ == "POS"
        ):
            end -= 1
        if end > start and doc[end - 1].text == ")" and "(" not in doc[start:end].text:
            end -= 1
        return start, end

    def _name(self, start: int, end: int) -> str:
        doc = self.doc
        if start >= end:
            return ""
        return clean_name(doc[start:end].text)

    def _strip_person_titles(self, start: int, end: int) -> tuple[int, int, list[str]]:
        """Remove honorifics and titles written inside a person span, keeping the roles."""
        doc, lex = self.doc, self.lex
        titles: list[str] = []
        while start < end - 1:
            n_hon = self.honorific_len[start]
            if n_hon and start + n_hon < end:
                start += n_hon
                continue
            n_title = self.title_len[start]
            n_mod = 1 if _lower(doc[start]) in lex.title_modifiers else 0
            if n_title and start + n_title < end:
                titles.append(title_words(doc[start : start + n_title]))
                start += n_title
                continue
            if n_mod and start + 1 < end and self.title_len[start + 1]:
                n = 1 + self.title_len[start + 1]
                if start + n < end:
                    titles.append(title_words(doc[start : start + n]))
                    start += n
                    continue
            break
        # a title word right before the span ate the first name ("Comrade Ri | Chang Dae")
        if start >= 2 and end - start <= 2:
            before = doc[start - 1]
            if (
                before.pos_ == "PROPN"
                and is_name_word(before)
                and before.ent_type_ in ("", "PERSON")
                and _lower(before) not in lex.honorifics | lex.titles
                and not before.is_sent_start
            ):
                marker = doc[start - 2]
                if _lower(marker) in lex.honorifics | lex.titles:
                    start -= 1
        return start, end, titles

    def _grow_into_org(self, end: int, taken: list[bool]) -> int:
        """ "[South Pyongan Province] State Security Bureau": a place the NER tagged alone at
        the start of an organisation's name. Returns the organisation's end (or ``end``)."""
        doc, lex = self.doc, self.lex
        k = end
        last_head = end
        sentence = self.owner[end - 1]
        while k < len(doc) and k - end < 5 and not taken[k] and self.owner[k] == sentence:
            token = doc[k]
            possessive = token.text.translate(_APOSTROPHES) == "'s" and k > end
            if not (is_name_word(token) or possessive) or token.ent_type_ in ("DATE", "NORP"):
                break
            if _lower(token) in lex.org_head_nouns:
                last_head = k + 1
            k += 1
        return last_head

    def _extend_org(self, start: int, end: int, taken: list[bool]) -> int:
        """Extend an organisation over "of the ..." when its head noun wants a complement."""
        doc, lex = self.doc, self.lex
        if _lower(doc[end - 1]) not in lex.org_head_nouns or self.doc[start:end].text.count(" of "):
            return end
        i = end
        if i < len(doc) and doc[i].lower_ == "of":
            j = i + 1
            if j < len(doc) and doc[j].lower_ == "the":
                j += 1
            k = j
            while (
                k < len(doc)
                and not taken[k]
                and (is_name_word(doc[k]) or doc[k].lower_ in ("and", "&", "of"))
            ):
                if doc[k].is_sent_start and k > j:
                    break
                k += 1
            while k > j and doc[k - 1].lower_ in ("and", "&", "of"):
                k -= 1
            if k > j and all(is_name_word(t) or t.lower_ in ("and", "&", "of") for t in doc[j:k]):
                return k
        return end

    def head_index(self, start: int, end: int) -> int:
        """The head word of a name: the word before "of" ("Ministry of X"), else the last."""
        for i in range(start + 1, end - 1):
            if self.doc[i].lower_ == "of":
                return i - 1
        return end - 1

    def _entity_type(self, label: str, start: int, end: int, name: str) -> EntityType | None:
        doc, lex = self.doc, self.lex
        head = _lower(doc[self.head_index(start, end)])
        if is_people_word(name, lex):
            return None
        if label == "EVENT":
            return EntityType.EVENT
        country = country_name(name, lex)
        # "Union" heads organisations, but "the Soviet Union" is a country
        org_head = head in lex.org_head_nouns and head not in lex.admin_words and country is None
        if label == "PERSON":
            if org_head or self._classifier_before(start):
                return EntityType.ORGANIZATION
            if (
                end - start > 1
                and head in lex.admin_words
                and head not in lex.org_head_nouns
                and self._placed(start, end)
            ):
                return EntityType.ADMINISTRATIVE_AREA  # "in Cameron Parish", not "Robert Parish"
            return EntityType.PERSON
        if label == "ORG":
            if country:
                return EntityType.COUNTRY
            return EntityType.ORGANIZATION
        if org_head:
            return EntityType.ORGANIZATION
        if label == "GPE":
            return place_type(name, lex)
        if label == "LOC" and country:
            return EntityType.COUNTRY
        if label == "LOC" and place_type(name, lex) is EntityType.ADMINISTRATIVE_AREA:
            return EntityType.ADMINISTRATIVE_AREA
        return NER_LABELS.get(label)

    def _placed(self, start: int, end: int) -> bool:
        """Whether the name is the object of a locative preposition ("in X", "in Y and X")."""
        token = self.doc[self.head_index(start, end)]
        while token.dep_ == "conj" and token.head is not token:
            token = token.head
        return token.dep_ == "pobj" and token.head.lower_ in self.lex.locative_prepositions

    def _person_cue(self, start: int, end: int) -> bool:
        """ "Mr. Woods", "Gov. Martin", "Officer Tippit" tagged as something else: a form of
        address or an abbreviated title before a name makes it a person's."""
        doc = self.doc
        if start > 0 and self.honorific_len[start - 1] == 1:
            return True
        if end - start < 2:
            return False
        n = self.honorific_len[start]
        if n and start + n < end:
            return True
        n = self.title_len[start]
        return bool(n) and doc[start + n - 1].text.endswith(".") and start + n < end

    def _classifier_before(self, start: int) -> bool:
        """ "the newspaper X", "news agency X": a common noun naming the kind of organisation."""
        if start == 0:
            return False
        before = self.doc[start - 1]
        return before.pos_ == "NOUN" and before.lemma_.lower() in self.lex.classifier_nouns

    # -- the build --------------------------------------------------------------

    def build(self) -> MentionSet:
        doc, lex = self.doc, self.lex
        taken = [False] * len(doc)
        raw: list[tuple[int, int, str]] = []
        nationalities: list[Nationality] = []
        for ent in self.table.ents:
            if ent.label_ == "NORP":
                start, end = self._trim(ent.start, ent.end)
                if start < end and self.owner[start] >= 0:
                    country = country_name(self._name(start, end), lex)
                    if country:
                        nationalities.append(Nationality(start, end, country, self.owner[start]))
                continue
            if ent.label_ in NER_LABELS:
                raw.append((ent.start, ent.end, ent.label_))
                for i in range(ent.start, ent.end):
                    taken[i] = True
        for start, end, _country in _gazetteer_spans(self.table, taken):
            raw.append((start, end, "GPE"))
            for i in range(start, end):
                taken[i] = True
        for start, end, label in self._dateline_spans(taken):
            if any(taken[start:end]):
                # the NER saw the dateline's town as an organisation ("KARBALA, Iraq (AP)")
                raw = [
                    (s, e, label if (s, e, lab) == (start, end, "ORG") else lab)
                    for s, e, lab in raw
                ]
                continue
            raw.append((start, end, label))
            for i in range(start, end):
                taken[i] = True
        mentions: list[Ment] = []
        for start, end, label in sorted(raw):
            mentions.extend(self._mentions_of_span(start, end, label, taken))
        self._find_acronyms(mentions)
        mentions = self._harmonise(mentions)
        mentions.extend(self._propagate(mentions))
        mentions = self._dedupe(mentions)
        mentions.sort(key=lambda m: (m.start, m.end, m.name))
        table = self.table
        for ment in mentions:
            first = self.sentences[ment.sentence].start_token
            if (
                ment.etype is EntityType.ORGANIZATION
                and ment.start - first <= 10
                and ment.start > 0
                and ment.end < len(table)
                and table.text[ment.start - 1] == "("
                and table.text[ment.end] == ")"
            ):
                ment.categories.add(DATELINE)  # "(AP)": who sent the story, not where it is
        return MentionSet(mentions, nationalities, self.embedded, self.acronyms)

    def _mentions_of_span(self, start: int, end: int, label: str, taken: list[bool]) -> list[Ment]:
        doc, lex = self.doc, self.lex
        start, end = self._trim(start, end)
        if start >= end or self.owner[start] < 0:
            return []
        sentence = self.owner[start]
        end = min(end, self.sentences[sentence].end_token)
        # possessive inside the span: "the DPRK's Ministry of State Security" is two names
        for i in range(start + 1, end - 1):
            if doc[i].text.translate(_APOSTROPHES) != "'s":
                continue
            left_name = self._name(start, i)
            if country_name(left_name, lex) or _ACRONYM.match(left_name):
                left = self._mentions_of_span(start, i, label, taken)
                right = self._mentions_of_span(i + 1, end, label, taken)
                if left and right:
                    rel = TK.partOf if right[-1].etype is EntityType.ORGANIZATION else TK.locatedIn
                    owner = left[-1]
                    if owner.etype is EntityType.PERSON:
                        return left + right
                    self.embedded.append(EmbeddedFact(right[-1], rel, owner, "possessive-org"))
                return left + right
        # "Ministry of Energy in Accra": an organisation's span that ran on over its seat
        if label == "ORG":
            for i in range(start + 1, end - 1):
                head = _lower(doc[self.head_index(start, i)])
                if (
                    doc[i].lower_ in ("in", "at")
                    and head in lex.org_head_nouns
                    and (all(is_name_word(t) for t in doc[i + 1 : end]) and end - i - 1 <= 3)
                ):
                    org = self._mentions_of_span(start, i, label, taken)
                    seat = self._mentions_of_span(i + 1, end, "GPE", taken)
                    if org and seat and seat[-1].etype.kind is EntityType.PLACE:
                        self.embedded.append(
                            EmbeddedFact(org[-1], TK.locatedIn, seat[-1], "locative-of-name")
                        )
                    return org + seat
        titles: list[str] = []
        if label != "PERSON" and self._person_cue(start, end):
            label = "PERSON"
        if label == "PERSON":
            start, end, titles = self._strip_person_titles(start, end)
        if label in ("GPE", "LOC"):
            grown = self._grow_into_org(end, taken)
            if grown > end:
                end, label = grown, "ORG"
        if label in ("ORG", "LOC", "GPE", "FAC"):
            end = self._extend_org(start, end, taken)
            for i in range(start, end):
                taken[i] = True
        name = self._name(start, end)
        if not name or not any(c.isupper() for c in name) or not any(c.isalpha() for c in name):
            return []
        etype = self._entity_type(label, start, end, name)
        if etype is None:
            return []
        if etype.kind is EntityType.PLACE and etype is EntityType.COUNTRY:
            name = country_name(name, lex) or name
        ment = Ment(start, end, etype, name, sentence, titles)
        ment.votes[etype] += 1
        if label == "PERSON" and etype is EntityType.ORGANIZATION:
            ment.votes[etype] += 1  # a head noun or classifier outweighs one PERSON tag
        if self._classifier_before(start):
            ment.categories.add(doc[start - 1].lemma_.lower())
        head = _lower(doc[self.head_index(start, end)])
        if etype is EntityType.ORGANIZATION and head in lex.org_head_nouns:
            ment.categories.add(head)
        result = [ment]
        if etype is EntityType.ORGANIZATION and head in lex.government_heads:
            result = self._split_state_prefix(ment)
        return result

    def _split_state_prefix(self, org: Ment) -> list[Ment]:
        """ "North Korean Ministry of X" → North Korea + "Ministry of X" (partOf);
        "X Province State Security Bureau" keeps its name and gains the province (partOf)."""
        doc, lex = self.doc, self.lex
        for n in range(min(3, org.end - org.start - 1), 0, -1):
            prefix = self._name(org.start, org.start + n)
            country = country_name(prefix, lex)
            if country and is_name_word(doc[org.start + n]):
                place = Ment(org.start, org.start + n, EntityType.COUNTRY, country, org.sentence)
                place.votes[EntityType.COUNTRY] += 1
                self.embedded.append(EmbeddedFact(org, TK.partOf, place, "name-embedded"))
                rest = [t for t in doc[org.start + n : org.end] if t.is_alpha]
                if any(t.lower_ == "of" for t in rest) or len(rest) >= 3:
                    # "North Korean | Ministry of State Security": the rest is a name of its
                    # own; "German Government" keeps its country, or every government is one
                    org.start += n
                    org.name = self._name(org.start, org.end)
                return [place, org]
        # "Ministry of Foreign Affairs of Japan" → "Ministry of Foreign Affairs" partOf Japan
        for i in range(org.end - 2, org.start, -1):
            if doc[i].lower_ != "of":
                continue
            j = i + 1 + (doc[i + 1].lower_ == "the")
            country = country_name(self._name(j, org.end), lex) if j < org.end else None
            rest = [t for t in doc[org.start : i] if t.is_alpha]
            if country and (any(t.lower_ == "of" for t in rest) or len(rest) >= 3):
                place = Ment(j, org.end, EntityType.COUNTRY, country, org.sentence)
                place.votes[EntityType.COUNTRY] += 1
                org.end = i
                org.name = self._name(org.start, org.end)
                self.embedded.append(EmbeddedFact(org, TK.partOf, place, "name-embedded"))
                return [org, place]
            break
        for n in range(2, min(4, org.end - org.start - 1) + 1):
            prefix_tokens = doc[org.start : org.start + n]
            if _lower(prefix_tokens[-1]) in lex.admin_words and all(
                is_name_word(t) for t in prefix_tokens
            ):
                area_name = self._name(org.start, org.start + n)
                area = Ment(
                    org.start,
                    org.start + n,
                    EntityType.ADMINISTRATIVE_AREA,
                    area_name,
                    org.sentence,
                )
                area.votes[EntityType.ADMINISTRATIVE_AREA] += 1
                self.embedded.append(EmbeddedFact(org, TK.partOf, area, "name-embedded"))
                return [area, org]
        return [org]

    def _dateline_spans(self, taken: list[bool]) -> list[tuple[int, int, str]]:
        """Wire-copy datelines the NER misses in capitals: "BELGRADE, Yugoslavia (AP)",
        "SAN FRANCISCO (AP)" (a place), "(TANJUG)" / "By ITAR-TASS correspondent" (an agency)."""
        table = self.table
        found: list[tuple[int, int, str]] = []

        def capitals(i: int) -> bool:
            word = table.text[i]
            return len(word) >= 2 and word.upper() == word and any(c.isalpha() for c in word)

        def capital_run(i: int, limit: int) -> int:
            """The end of a run of capitalised words ("ITAR-TASS", "SAN FRANCISCO")."""
            end = i
            while end < limit and end - i < 5 and capitals(end):
                end += 1
                if end + 1 < limit and table.text[end] == "-" and capitals(end + 1):
                    end += 1
            return end

        for sentence in self.sentences:
            start, limit = sentence.start_token, sentence.end_token
            end = capital_run(start, limit)
            follows = table.text[end] if end < limit else ""
            free = not any(taken[start:end])
            if (
                end > start
                and follows in (",", "(", "_", "--", "—")
                and (free or self._agency_follows(end, limit))
            ):
                found.append((start, end, "GPE"))
            for i in range(start, min(limit - 2, start + 12)):
                if table.text[i] in ("(", "by", "By"):
                    end = capital_run(i + 1, limit)
                    closes = end < limit and (
                        (table.text[i] == "(" and table.text[end] == ")")
                        or (table.text[i] != "(" and table.lower[end] in self.lex.member_titles)
                    )
                    if end > i + 1 and closes and not any(taken[i + 1 : end]):
                        found.append((i + 1, end, "ORG"))
        return found

    def _agency_follows(self, i: int, limit: int) -> bool:
        """ ", Ohio (AP)" or " (AP)" after a dateline's town: the agency's name in brackets,
        then the story ("_ ...") or nothing; not "NASA (AP) said" or "IBM, Microsoft (MSFT)
        and ..."."""
        text = self.table.text
        if i < limit and text[i] == ",":
            i += 1
            region = i
            while i < limit and i - region < 3 and text[i][:1].isupper() and text[i] != "(":
                i += 1
        if not (i + 2 < limit and text[i] == "(" and text[i + 1].isupper() and text[i + 2] == ")"):
            return False
        after = i + 3
        return after >= limit or text[after] in ("_", "--", "—", "-")

    def _find_acronyms(self, mentions: list[Ment]) -> None:
        """ "the Foreign Intelligence Service (SVR)": SVR names the service in this article."""
        doc = self.doc
        for ment in mentions:
            if ment.etype is not EntityType.ORGANIZATION:
                continue
            i = ment.end
            if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
                candidate = doc[i + 1].text
                if _ACRONYM.match(candidate) and candidate != ment.name:
                    self.acronyms.setdefault(candidate, ment.name)

    def _harmonise(self, mentions: list[Ment]) -> list[Ment]:
        """One type per name in an article: the type most of its spans (and context) say."""
        votes: dict[str, Counter[EntityType]] = defaultdict(Counter)
        for ment in mentions:
            votes[ment.name].update(ment.votes)
        surnames = {
            m.name.split()[-1]
            for m in mentions
            if m.etype is EntityType.PERSON and len(m.name.split()) > 1
        }
        for ment in mentions:
            if ment.derived:
                continue
            if (
                ment.etype is not EntityType.PERSON
                and ment.end - ment.start == 1
                and ment.name in surnames
                and not votes[ment.name][EntityType.COUNTRY]
            ):
                ment.etype = EntityType.PERSON  # "Lincoln" after "Abraham Lincoln"
                continue
            ranked = votes[ment.name].most_common()
            if len(ranked) > 1 and ranked[0][1] > ranked[1][1]:
                best = ranked[0][0]
                if best.kind is not ment.etype.kind:
                    ment.etype = best
            if ment.name in self.acronyms:
                ment.name = self.acronyms[ment.name]
                ment.etype = EntityType.ORGANIZATION
        return mentions

    def _propagate(self, mentions: list[Ment]) -> list[Ment]:
        """Names tagged once are names everywhere in the article (incl. defined acronyms)."""
        doc = self.doc
        taken = [False] * len(doc)
        for ment in mentions:
            for i in range(ment.start, ment.end):
                taken[i] = True
        known: dict[str, tuple[EntityType, str]] = {}
        for ment in mentions:
            if ment.derived or ment.etype is EntityType.EVENT:
                continue
            surface = doc[ment.start : ment.end].text
            words = surface.split()
            if len(words) >= 2 or _ACRONYM.match(surface):
                known.setdefault(surface, (ment.etype, ment.name))
        for acronym, full in self.acronyms.items():
            known.setdefault(acronym, (EntityType.ORGANIZATION, full))
        # a person's surname alone, later ("Daniel Hughes ... Hughes visited"), where the
        # parser calls it a proper noun and the NER gave it nothing
        surnames: set[str] = set()
        for ment in mentions:
            last = doc[ment.end - 1].text
            if (
                ment.etype is EntityType.PERSON
                and not ment.derived
                and ment.end - ment.start >= 2
                and last.isalpha()
                and last[:1].isupper()
                and len(last) >= 3
                and last.lower() not in MONTHS
                and last.lower() not in WEEKDAYS
            ):
                surnames.add(last)
                known.setdefault(last, (EntityType.PERSON, last))
        firsts: dict[str, list[str]] = defaultdict(list)
        for surface in sorted(known, key=len, reverse=True):
            firsts[surface.split()[0].split("-")[0]].append(surface)
        added: list[Ment] = []
        table = self.table
        for i, word in enumerate(table.text):
            surfaces = firsts.get(word)
            if not surfaces or taken[i] or self.owner[i] < 0:
                continue
            for surface in surfaces:
                if not table.source.startswith(surface, table.idx[i]):
                    continue
                end_char = table.idx[i] + len(surface)
                end = i
                while end < len(table) and table.idx[end] < end_char:
                    end += 1
                if table.end_char(end - 1) != end_char:
                    continue
                if any(taken[i:end]) or self.owner[end - 1] != self.owner[i]:
                    continue
                if surface in surnames and (table.pos[i] != "PROPN" or table.ent_type[i]):
                    continue
                etype, name = known[surface]
                ment = Ment(i, end, etype, name, self.owner[i])
                if table.lower[end - 1] in self.lex.org_head_nouns:
                    ment.categories.add(table.lower[end - 1])
                added.append(ment)
                for k in range(i, end):
                    taken[k] = True
                break
        return added

    @staticmethod
    def _dedupe(mentions: list[Ment]) -> list[Ment]:
        seen: dict[tuple[int, int], Ment] = {}
        for ment in mentions:
            old = seen.get((ment.start, ment.end))
            if old is None or (old.derived and not ment.derived):
                seen[(ment.start, ment.end)] = ment
        return list(seen.values())


def build_mentions(
    table: TokenTable, sentences: list[SentenceSpan], owner: list[int], lexicon: Lexicon
) -> MentionSet:
    return MentionBuilder(table, sentences, owner, lexicon).build()
