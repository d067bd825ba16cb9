"""Spans of names as spaCy's NER gives them, repaired: trimmed, titles stripped, grown into
the organisation they start, split where two names are glued."""

from __future__ import annotations

from spacy.tokens import Doc

from textkg.extract.gazetteers import city_population, is_given_name, is_personal_name
from textkg.extract.mentions.company_of_place import company_then_town
from textkg.extract.mentions.courts import a_local_court
from textkg.extract.mentions.kinds import (
    classifier_apposition,
    entity_type,
    looks_like_person,
    possessed_person,
)
from textkg.extract.mentions.model import (
    _ACRONYM,
    _APOSTROPHES,
    _DETERMINERS,
    _POSSESSIVE,
    EmbeddedFact,
    Ment,
    _lower,
    clean_name,
    is_name_word,
    title_words,
)
from textkg.extract.mentions.names import names_inside
from textkg.extract.mentions.org_clues import classifier_before
from textkg.extract.mentions.person_clues import relative_who_follows
from textkg.extract.mentions.place_clues import kind_said, known_place
from textkg.extract.places import country_name
from textkg.extract.sentences import SentenceSpan
from textkg.extract.syntax import RELATIVE_PRONOUNS
from textkg.extract.tokens import TokenTable
from textkg.lexicon import Lexicon
from textkg.months import MONTHS, WEEKDAYS
from textkg.names import normalise_text
from textkg.namespaces import TK
from textkg.records import EntityType

#: Days and months the NER glues to the front of a name ("Sunday Interior Minister X").
_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)


#: Words of an amount ("1.8 billion"), never the end of a name.
_AMOUNTS = frozenset({"million", "billion", "trillion", "bn", "mln"})


def _a_towns_own_s(doc: Doc, start: int, end: int) -> bool:
    """ "flew to St. John's": an "'s" that is part of a town's name the gazetteer knows."""
    return (
        end - start > 1
        and doc[end - 1].text in ("'s", "’s")
        # (a small capital too: "St. George's")
        and city_population(doc[start:end].text.replace("’", "'")) > 0
    )


def trimmed_span(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A name's span without the spaces, punctuation, determiners, calendar words and
    amounts the NER ran into it, and cut at a line break."""
    # cut at the first line break: a name never runs over two lines
    for i in range(start, end):
        if "\n" in doc[i].text or (i > start and "\n" in doc[i - 1].whitespace_):
            end = i if i > start else end
            break
    while start < end and (
        doc[start].is_space
        or doc[start].is_punct
        or doc[start].lower_ in _DETERMINERS
        # "Its Faculty of Horticulture": a body's possessive the NER took in (not "Our
        # Future Party", a name's own word)
        or (end - start > 1 and doc[start].lower_ in ("its", "their"))
        or doc[start].text in "•*"
        or (
            end - start > 1
            and doc[start].lower_ in _CALENDAR
            and not (doc[start + 1].text == "-" and not doc[start].whitespace_)
            # "Jun Young-hyun", "May Mobarak": a given name the NER read in the name
            and doc[start].ent_type_ != "PERSON"
        )
    ):
        start += 1
    if end - start > 2 and doc[start].is_lower and doc[start + 1].tag_ == "POS":
        start += 2  # "the university's Department of X": the owner is a description
    while end > start and (
        doc[end - 1].is_space
        or (doc[end - 1].is_punct and doc[end - 1].text not in (")",))
        or (
            (doc[end - 1].text in _POSSESSIVE or doc[end - 1].tag_ == "POS")
            and not _a_towns_own_s(doc, start, end)
        )
        or _runs_into_a_phrase(doc, start, end)
        # "Bennani met | Lombardi": a verb in lower case the NER ran into the name
        or (end - start > 1 and doc[end - 1].is_lower and doc[end - 1].pos_ in ("VERB", "AUX"))
    ):
        end -= 1
    if end - start > 2 and doc[end - 1].lower_ in _AMOUNTS and doc[end - 2].like_num:
        end -= 2  # "fined Apple 1.8 billion euros": an amount the NER ran into the name
    while end - start > 3 and doc[end - 1].like_num and doc[end - 2].text in ("-", "–"):
        if not doc[end - 3].like_num:
            break
        end -= 3  # "beat Luca Bernardi 6-4, 3-6": a score the NER ran into the name
    if end > start and doc[end - 1].text == ")" and "(" not in doc[start:end].text:
        end -= 1
    if end < len(doc) and _a_towns_own_s(doc, start, end + 1):
        end += 1  # the NER left the "'s" of "St. John's" out
    return start, end


class SpanReader:
    """Reads the names of one document; collects the facts names state by themselves."""

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
        self.title_len = table.title_match(lexicon.titles, lexicon.lowercase_titles, limit)
        self.sentences = sentences
        self.owner = owner
        self.lex = lexicon
        self.embedded: list[EmbeddedFact] = []
        self.acronyms: dict[str, str] = {}
        self._named_inside: set[str] | None = None

    def named_inside_a_sentence(self, word: str) -> bool:
        """Whether the article writes ``word`` capitalised inside a sentence too: a name,
        where a capital at a sentence's start says nothing."""
        if self._named_inside is None:
            doc, text = self.doc, self.table.text
            self._named_inside = {
                text[i]
                for i in range(1, len(doc))
                if text[i][:1].isupper()
                and not doc[i].is_sent_start
                and text[i - 1] not in ('"', "“", "\n")
                and "\n" not in doc[i - 1].whitespace_
            }
        return word in self._named_inside

    def _name(self, start: int, end: int) -> str:
        doc = self.doc
        if start >= end:
            return ""
        if _a_towns_own_s(doc, start, end):
            return normalise_text(doc[start:end].text)  # "St. John's"
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
            if (
                end - start >= 3
                and _occupation(doc[start].text, lex.occupation_endings)
                and is_given_name(doc[start + 1].text)
            ):
                titles.append(doc[start].text.lower())  # "Archaeologist Lucía Ramírez"
                start += 1
            break
        return _first_name_back(doc, lex, start, end), end, titles

    def _extend_org(self, start: int, end: int, taken: list[bool]) -> int:
        """Extend an organisation over "of the ..." or "for the ..." when its head noun
        wants a complement ("the District Court for the Southern District of New York",
        "the National Observatory of Japan"): capitalised words, places among them."""
        doc, lex = self.doc, self.lex
        if doc[end - 1].lower_ in ("of", "for") and end < len(doc):
            # the NER stopped before the place ending the name: "Office for the District of"
            k = end
            while (
                k < len(doc)
                and doc[k].ent_type_ in ("GPE", "LOC")
                and (k == end or doc[k].ent_iob_ == "I")
            ):
                k += 1
            return k
        heads = lex.org_head_nouns - lex.legal_abbreviations  # "Norvia Inc. | of Enugu"
        stop = " of " in doc[start:end].text or company_then_town(doc, lex, start, end)
        if _lower(doc[end - 1]) not in heads or stop:  # "Kessel Engineering | of Nairobi"
            return end
        if end < len(doc) and doc[end].lower_ in ("of", "for"):
            j = end + 1
            if j < len(doc) and doc[j].lower_ == "the":
                j += 1
            k = j
            while (
                k < len(doc)
                and (not taken[k] or doc[k].ent_type_ in ("GPE", "LOC"))
                and (is_name_word(doc[k]) or doc[k].lower_ in ("and", "&", "of"))
                and not doc[k].like_num  # "CVC Capital | for 4.5 billion"
            ):
                if doc[k].is_sent_start and k > j:
                    break
                k += 1
            while k > j and doc[k - 1].lower_ in ("and", "&", "of"):
                k -= 1
            if k > j and all(is_name_word(t) or t.lower_ in ("and", "&", "of") for t in doc[j:k]):
                return k
        return end

    def head_word(self, start: int, end: int) -> str:
        return _lower(self.doc[self.head_index(start, end)])

    def head_index(self, start: int, end: int) -> int:
        """The head word of a name: the word before "of" ("Ministry of X"), else the last."""
        for i in range(start + 1, end - 1):
            if self.doc[i].lower_ == "of":
                return i - 1
        return end - 1

    def _mentions_of_span(
        self, start: int, end: int, label: str, taken: list[bool], seated: bool = False
    ) -> list[Ment]:
        doc, lex = self.doc, self.lex
        start, end = trimmed_span(self.doc, start, end)
        if start >= end or self.owner[start] < 0:
            return []
        sentence = self.owner[start]
        end = min(end, self.sentences[sentence].end_token)
        if (
            end - start == 1
            and label in ("ORG", "GPE", "LOC")
            and _lower(doc[start]) in lex.title_modifiers
            and end < len(doc)
            and self.title_len[end]
        ):
            return []  # "Defence | Minister X": the minister's field, no organisation
        # "The All Blacks' Beauden Barrett": a team's or a company's person, one span
        if label != "PERSON":
            i = possessed_person(self, start, end)
            if i is not None:
                team = self._mentions_of_span(start, i, "ORG", taken)
                person = self._mentions_of_span(i + 1, end, "PERSON", taken)
                if team and person and team[-1].etype is EntityType.ORGANIZATION:
                    self.embedded.append(
                        EmbeddedFact(person[-1], TK.worksFor, team[-1], "possessive-person")
                    )
                return team + person
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
                    state_body = (
                        self.head_word(right[-1].start, right[-1].end) in lex.government_heads
                    )
                    if owner.etype is EntityType.COUNTRY and not state_body:
                        rel = TK.locatedIn  # "Canada's Teck Resources" is in Canada, not of it
                    if owner.etype is EntityType.PERSON:
                        return left + right
                    self.embedded.append(EmbeddedFact(right[-1], rel, owner, "possessive-org"))
                    body = right[-1]
                    if (
                        owner.etype is EntityType.COUNTRY
                        and body.etype is EntityType.ORGANIZATION
                        and self.head_word(body.start, body.end) in lex.government_heads
                    ):
                        body.qualifier, body.qualified_span = owner.name, (owner.start, body.end)
                return left + right
        # "Ministry of Energy in Accra", "Orbis Space Systems in Toulouse": an organisation's
        # span that ran on over its seat
        if label in ("ORG", "FAC") and not seated:  # "Democracy Park in Akure" too
            for i in range(start + 1, end - 1):
                head = _lower(doc[self.head_index(start, i)])
                if (
                    doc[i].lower_ in ("in", "at")
                    and (all(is_name_word(t) for t in doc[i + 1 : end]) and end - i - 1 <= 3)
                    and (
                        head in lex.org_head_nouns
                        or known_place(self._name(i + 1, end)) is not None
                        or country_name(self._name(i + 1, end), lex) is not None
                    )
                ):
                    # (a local court is named with its town: "the Regional Court in Brno")
                    court = a_local_court(self.table.lower[start:i], lex)
                    org = self._mentions_of_span(start, end if court else i, label, taken, court)
                    seat = self._mentions_of_span(i + 1, end, "GPE", taken)
                    if org and seat and seat[-1].etype.kind is EntityType.PLACE:
                        self.embedded.append(
                            EmbeddedFact(org[-1], TK.locatedIn, seat[-1], "locative-of-name")
                        )
                    return org if court else org + seat
        # "Thabo Mokoena of South Africa, who ..." read as one body's name: a person and a
        # country (not "the Reserve Bank of South Africa")
        for i in range(start + 2, end - 1):
            if (
                doc[i].lower_ == "of"
                and country_name(self._name(i + 1, end), lex)
                and all(
                    is_name_word(t) and _lower(t) not in lex.org_head_nouns for t in doc[start:i]
                )
                and (
                    looks_like_person(self, start, i)
                    # "Thabo Mokoena of South Africa, who": two name words, not a club's
                    # plural ("Kaizer Chiefs of South Africa, who won")
                    or (
                        relative_who_follows(self, end)
                        and i - start == 2
                        and not doc[i - 1].lower_.endswith("s")
                    )
                )
            ):
                person = self._mentions_of_span(start, i, "PERSON", taken)
                return person + self._mentions_of_span(i + 1, end, "GPE", taken)
        titles: list[str] = []
        if label != "PERSON" and person_cue(self, start, end):
            label = "PERSON"
        if label == "PERSON":
            start, end, titles = self._strip_person_titles(start, end)
            if (
                start >= 2
                and doc[start - 1].text == "-"
                and not doc[start - 2].whitespace_
                and not doc[start - 1].whitespace_
                and doc[start - 2].text[:1].isupper()
                and doc[start - 2].is_alpha
                and not taken[start - 2]
            ):
                start -= 2  # "Jan-Peter Lindqvist": the NER left the first half out
        if label in ("GPE", "LOC"):
            grown = _grown_into_org(self, end, taken)
            if grown > end:
                end, label = grown, "ORG"
        if label in ("ORG", "LOC", "GPE", "FAC"):
            end = self._extend_org(start, end, taken)
            for i in range(start, end):
                taken[i] = True
        name = self._name(start, end)
        if not name or not any(c.isupper() for c in name) or not any(c.isalpha() for c in name):
            return []
        if (
            label == "GPE"
            and name.isupper()
            and len(name) > 3
            and _opens_a_dateline(doc, start, end)
        ):
            name = _as_the_body_writes(doc.text, name)  # "LIMERICK, Oct 16 -": Limerick
        if _part_of_a_title(self, label, start, end, name):
            return []
        etype = entity_type(self, label, start, end, name)
        if etype is None:
            return []
        if etype.kind is EntityType.PLACE and etype is EntityType.COUNTRY:
            name = country_name(name, lex) or name
        ment = Ment(start, end, etype, name, sentence, titles)
        ment.votes[etype] += 1
        if label == "PERSON" and etype is EntityType.ORGANIZATION:
            ment.votes[etype] += 2  # a head noun or classifier outweighs two PERSON tags
        elif label == "PERSON" and etype.kind is EntityType.PLACE and known_place(name):
            ment.votes[etype] += 2  # so does a town the gazetteer knows, in a place's slot
        elif etype.kind is EntityType.PLACE and kind_said(self, start, end):
            ment.votes[etype] += 2  # "Ruaha, Tanzania's largest national park": the text says
        elif etype is EntityType.ORGANIZATION and classifier_apposition(
            self, start, end, kind_only=True
        ):
            ment.votes[etype] += 2  # "Marine Vale, the state corporation that runs ferries"
        if classifier_before(self, start):
            ment.categories.add(doc[start - 1].lemma_.lower())
        head = _lower(doc[self.head_index(start, end)])
        if etype is EntityType.ORGANIZATION and head in lex.org_head_nouns:
            ment.categories.add(head)
        return names_inside(self, ment, head)


def _part_of_a_title(reader: SpanReader, label: str, start: int, end: int, name: str) -> bool:
    """A name that is only a word of a person's title: a kind of body or a field."""
    doc, lex = reader.doc, reader.lex
    key = name.lower()
    title_after = end < len(doc) and bool(reader.title_len[end])
    # "Commission | President X": a kind of body, not its name; "the island's Lieutenant
    # Governor": titles, no name
    if (key in lex.org_head_nouns and title_after and key not in lex.chambers) or (
        label != "PERSON" and _only_titles(reader.title_len, start, end)
    ):
        return True
    if label == "ORG" and key in lex.government_domains:
        if title_after:
            return True  # "Transportation | Secretary X": the title's field, before it
        if start >= 2 and doc[start - 1].lower_ == "of":
            # "Secretary of | State": the title's field, not an organisation
            before = range(max(0, start - 4), start - 1)
            return any(reader.title_len[k] == start - 1 - k for k in before)
    fields = lex.government_domains | lex.role_fields
    if label == "ORG" and end - start == 1 and key in fields and _a_ministers(doc, lex, end):
        return True  # "Labour | Minister X", "Digital | Economy Minister Y": the field
    # "Science minister X", "Sporting director Y": a field, capitalised at the start
    return (
        label in ("ORG", "GPE")
        and end - start == 1
        and title_after
        and bool(doc[start].is_sent_start)
        and doc[end].is_lower
        and key in fields
        and not reader.named_inside_a_sentence(doc[start].text)
    )


def _only_titles(title_len: list[int], start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` are two or more titles and nothing else."""
    k = start
    while k < end and title_len[k]:
        k += title_len[k]
    return end - start > 1 and k == end


def _runs_into_a_phrase(doc: Doc, start: int, end: int) -> bool:
    """ "the Boston Celtics of | the NBA": a preposition the NER ran into the name (not one
    before the place that ends it, "the Office for the District of | New York", which the
    organisation's span grows over)."""
    last = doc[end - 1]
    if end - start < 2 or not last.is_lower or last.pos_ not in ("ADP", "DET"):
        return False
    if last.lower_ in ("in", "at", "near"):
        return True  # "Hearts of Oak in | Accra": where the body is, not its name
    return end >= len(doc) or doc[end].ent_type_ not in ("GPE", "LOC")


def _a_ministers(doc: Doc, lex: Lexicon, end: int) -> bool:
    """Whether a minister's title follows, past up to two capitalised field words."""
    k = end
    while k < min(len(doc), end + 2) and doc[k].is_title and doc[k].lower_ not in lex.titles:
        k += 1
    return k < len(doc) and doc[k].lower_ in lex.title_to_organization


def _opens_a_dateline(doc: Doc, start: int, end: int) -> bool:
    """ "LIMERICK, Oct 16 -", "BELGRADE (AP)": a name at a sentence's start, then a comma or
    a bracket (not "COTRA, which is ...": a relative pronoun after the comma)."""
    if not doc[start].is_sent_start or end >= len(doc) or doc[end].text not in (",", "("):
        return False
    return end + 1 >= len(doc) or doc[end + 1].lower_ not in RELATIVE_PRONOUNS


def _occupation(word: str, endings: tuple[str, ...]) -> bool:
    """A capitalised noun of occupation the NER ran into a person's name: no one's given
    name or surname ("Walker", "Fisher" are both)."""
    return (
        len(word) > 5
        and word[:1].isupper()
        and word[1:].islower()
        and word.lower().endswith(endings)
        and not is_personal_name(word)
    )


def _first_name_back(doc: Doc, lex: Lexicon, start: int, end: int) -> int:
    """Where a person's span starts once a first name a title word before it ate is given
    back ("Comrade Ri | Chang Dae")."""
    if start >= 2 and end - start <= 2:
        before = doc[start - 1]
        if (
            before.pos_ == "PROPN"
            and is_name_word(before)
            and before.ent_type_ in ("", "PERSON")
            and _lower(before) not in lex.honorifics | lex.titles
            and not before.is_sent_start
            and _lower(doc[start - 2]) in lex.honorifics | lex.titles
        ):
            return start - 1
    return start


def person_cue(reader: SpanReader, start: int, end: int) -> bool:
    """ "Mr. Woods", "Gov. Martin", "Officer Tippit" tagged as something else: a form of
    address or an abbreviated title before a name makes it a person's."""
    doc = reader.doc
    if start > 0 and reader.honorific_len[start - 1] == 1:
        return True
    if end - start < 2:
        return False
    n = reader.honorific_len[start]
    if n and start + n < end:
        return True
    n = reader.title_len[start]
    if bool(n) and doc[start + n - 1].text.endswith(".") and start + n < end:
        return True
    # "Presidential spokesman Bayo Onanuga": two or three name words right after a title
    after_title = any(reader.title_len[k] == start - k for k in range(max(0, start - 3), start))
    words = list(doc[start:end])
    return (
        after_title
        and 2 <= len(words) <= 3
        and all(is_name_word(t) for t in words)
        and _lower(words[-1]) not in reader.lex.org_head_nouns
        and known_place(doc[start:end].text) is None
        and country_name(doc[start:end].text, reader.lex) is None
    )


def _as_the_body_writes(text: str, name: str) -> str:
    """A dateline's town in capitals as the article's body writes it ("SANTA CRUZ DE LA
    PALMA": "Santa Cruz de La Palma"), else in title case."""
    at = text.lower().find(name.lower(), len(name))
    while at >= 0:
        written = text[at : at + len(name)]
        if not written.isupper() and written[:1].isupper():
            return written
        at = text.lower().find(name.lower(), at + 1)
    return name.title()


def _grown_into_org(reader: SpanReader, end: int, taken: list[bool]) -> int:
    """ "[South Pyongan Province] State Security Bureau": a place the NER tagged alone at
    the start of an organisation's name. Returns the organisation's end (or ``end``)."""
    doc, lex = reader.doc, reader.lex
    k = end
    last_head = end
    sentence = reader.owner[end - 1]
    while k < len(doc) and k - end < 5 and not taken[k] and reader.owner[k] == sentence:
        token = doc[k]
        possessive = token.text.translate(_APOSTROPHES) == "'s" and k > end
        if not (is_name_word(token) or possessive) or token.ent_type_ in ("DATE", "NORP"):
            break
        if _lower(token) in lex.org_head_nouns:
            last_head = k + 1
        k += 1
    return last_head
