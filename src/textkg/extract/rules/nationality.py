"""A person's nationality from the words around the name: a nationality or a country
before it, or a nationality opening an apposition after it."""

from __future__ import annotations

from collections.abc import Iterator

from rdflib.namespace import SDO
from spacy.tokens import Token

from textkg.extract.candidates import Candidate, Findings, RelationCandidate
from textkg.extract.docmodel import opens_with_definition
from textkg.extract.document import PERSON, DocView
from textkg.extract.mentions import Ment
from textkg.extract.mentions.model import SETTLER_LANDS, Nationality
from textkg.extract.mentions.place_clues import based_word
from textkg.extract.registry import rule
from textkg.extract.syntax import negated
from textkg.extract.titles import TitleReader
from textkg.namespaces import TK
from textkg.records import EntityType

#: The articles of a description that says one of a kind ("X, another coach from Finland").
_ONE_OF = frozenset({"a", "an", "another"})


@rule("nationality-adjective")
def nationality_adjective(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """A nationality or a country before a name, or a nationality in apposition after it:
    "the Russian Vladimir Putin", "Danish actor X", "Croatia's X", "X, an Italian
    epidemiologist"."""
    prefixed = {id(a.person) for a in doc.references.titles if a.rule == "title-prefix"}
    reader = TitleReader(doc)
    for span in doc.sentences:
        for person in doc.sentence_mentions(span.index):
            if person.etype is not PERSON or id(person) in prefixed or person.derived:
                continue
            start = reader.name_start(person, span.start_token)
            country = _country_before(doc, _occupation_start(doc, start, span.start_token))
            if country is not None and len(person.name.split()) < 2 and start == person.start:
                country = None  # "China's Sinopec": one word after a country is often a company
            nat = (
                doc.nationality_ending(start)
                or _nationality_apposed(doc, person)
                or _nationality_by_copula(doc, person)
            )
            if country is None and nat is not None:
                country = doc.country_mention(nat)
            if country is not None:
                yield RelationCandidate(
                    person, TK.nationality, country, person.sentence, "nationality-adjective"
                )


def _occupation_start(doc: DocView, start: int, floor: int) -> int:
    """Where up to three common nouns before a name start ("Danish | actor X", "Kenyan |
    marathon runner X"), or two occupations joined by "and" ("Australian | recording artist
    and songwriter X"): an occupation that is no role of anything says only who they are."""
    table, k = doc.table, start

    def noun(i: int) -> bool:
        word = table.text[i]
        return table.pos[i] == "NOUN" and word.isalpha() and word.islower() and not doc.at[i]

    nouns, joined = 0, False
    while k > floor and nouns < 3 + int(joined):
        if noun(k - 1):
            k, nouns = k - 1, nouns + 1
        elif nouns and k - 2 > floor and table.text[k - 1] == "-" and noun(k - 2):
            k = k - 2  # "American singer-songwriter X": one occupation of two words
        elif joined and nouns and k - 2 > floor and table.text[k - 1] == "," and noun(k - 2):
            k = k - 1  # "the Polish pianist, | composer and teacher X": a list of them
        elif (
            table.lower[k - 1] == "and"
            and nouns
            and not joined
            and k - 1 > floor
            and noun(k - 2)
            and doc.doc[k - 2].tag_ == "NN"  # not "Russian forces and activist X"
        ):
            k, joined = k - 1, True
        else:
            break
    return k + 1 if table.lower[k] == "and" else k


def _country_before(doc: DocView, start: int) -> Ment | None:
    """The country of a nationality ("Danish actor X") or of a possessive country
    ("Croatia's X") right before ``start``."""
    nat = doc.nationality_ending(start)
    if nat is not None:
        return doc.country_mention(nat)
    if start >= 2 and doc.table.lower[start - 1] in ("'s", "’s", "'"):
        owner = doc.mention_ending(start - 1)
        if owner is not None and owner.etype is EntityType.COUNTRY:
            return owner
    return None


def _nationality_apposed(doc: DocView, person: Ment) -> Nationality | None:
    """ "X, an Italian epidemiologist ...", "X, 41, a Kenyan": a nationality that opens an
    indefinite apposition right after the name."""
    lower, i = doc.table.lower, person.end
    if i + 2 < len(lower) and lower[i] == "," and doc.doc[i + 1].like_num and lower[i + 2] == ",":
        i += 2
    if i + 2 < len(lower) and lower[i] == "," and lower[i + 1] in _ONE_OF:
        return doc.nationality_at(i + 2)
    if i + 3 < len(lower) and lower[i] == "," and lower[i + 1] == "the":
        return _nationality_of_a_kind(doc, i + 2)
    # "X (1844 – 1893), Hungarian inventor of ...": a list page's line, its life bracket, then
    # a nationality and an occupation with no article
    close = _life_bracket_end(doc, i)
    if close is not None and close + 2 < len(lower) and lower[close] == ",":
        nat = doc.nationality_at(close + 1)
        if nat is not None and nat.end < len(lower) and doc.table.pos[nat.end] == "NOUN":
            return nat
    return None


def _nationality_of_a_kind(doc: DocView, i: int) -> Nationality | None:
    """ "X, the Argentine businessman accused of ...": after "the", a nationality then a
    kind of person no office is (not "the Thai transport minister", whose country is the
    office's)."""
    nat = doc.nationality_at(i)
    if nat is None or nat.end >= len(doc.table.lower) or doc.table.text[nat.end] == "-":
        return None
    kinds, lower = doc.lex.person_copula_kinds - doc.lex.titles, doc.table.lower
    for k in range(nat.end, min(nat.end + 3, len(lower) - 1)):
        if doc.table.pos[k] == "NOUN" and doc.table.lemma[k] in kinds:
            # (whichever head the parser gave it; not "the Chilean writer's wife")
            return nat if doc.doc[k].tag_ == "NN" and lower[k + 1] not in ("'s", "’s") else None
        if doc.table.pos[k] not in ("ADJ", "NOUN") or doc.at[k] is not None:
            return None
    return None


def _life_bracket_end(doc: DocView, i: int) -> int | None:
    """Past the bracket opening at ``i`` when it holds a year ("(1844 – 1893)", "(born 1950)")."""
    table = doc.table
    if i >= len(table) or table.text[i] != "(":
        return None
    for k in range(i + 1, min(len(table), i + 16)):
        if table.text[k] == ")":
            inside = table.text[i + 1 : k]
            years = [w for w in inside if len(w) == 4 and w.isdigit()]
            # a life's two years, or one after "born"/"b." (not "Ortiz (2019)", a citation)
            life = len(years) >= 2 or any(w.lower() in ("born", "b.") for w in inside)
            return k + 1 if years and life else None
    return None


def _nationality_by_copula(doc: DocView, person: Ment) -> Nationality | None:
    """ "X is a Ghanaian footballer", "X was an American politician": a nationality that
    opens the copula's attribute said of the name (not "a British-born actor": birth)."""
    token = doc.doc[doc.root_of(person)]
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_ != "be" or negated(verb):
        return None
    for attr in (c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"):
        i = attr.left_edge.i
        if doc.table.lower[i] in _ONE_OF:
            i += 1
        i = _past_a_seat(doc, i, attr.i)  # "a Los Angeles-based | English actress"
        nat = doc.nationality_at(i)
        hyphen = nat.end if nat is not None else i + 1
        if hyphen + 1 < attr.i and doc.table.text[hyphen] == "-":
            # "a Pakistani-American businessman": the land of settlers named second (not
            # "British-born"; "a British-Nigerian actor", "Swiss-German": the first)
            second = doc.nationality_at(hyphen + 1)
            nat = second if second is not None and second.country in SETTLER_LANDS else nat
        if nat is None or nat.end > attr.i:
            continue
        if doc.table.text[nat.end] == "-" and not doc.nationality_at(nat.end + 1):
            continue  # "British-born": no nationality
        # "a Ghanaian professional footballer" (not "a Japanese car dealer": the cars'); a
        # sport or a field before a person's kind is no owner ("a German skeleton racer")
        fields = attr.lemma_.lower() in doc.lex.person_copula_kinds
        if all(
            doc.table.pos[k] == "ADJ"
            or (fields and doc.table.pos[k] == "NOUN" and doc.doc[k].dep_ == "compound")
            for k in range(nat.end, attr.i)
        ):
            return nat
    return None


def _past_a_seat(doc: DocView, i: int, limit: int) -> int:
    """Past "Los Angeles-based" opening an attribute: where one works is no nationality."""
    for k in range(i + 1, min(limit, i + 6)):
        if based_word(doc.doc[k]):
            return k + 1
    return i


@rule("nationality-of-leader")
def nationality_of_leader(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """The leader of a country is its national ("Queen of Mauritius", "Poland's prime
    minister"), and so is who holds a post of its government ("Canada's trade minister"),
    unless the article gives them another nationality. In a reference article
    (a profile, an encyclopedia page), which states its subject's nationality; a news
    report's leaders are there for what they did."""
    if not opens_with_definition(doc):
        return
    nationals = {r.subject.name for r in found if r.predicate == TK.nationality}
    for r in list(found):
        if (
            r.predicate in (TK.leaderOf, TK.memberOf)
            and r.object.etype is EntityType.COUNTRY
            and r.subject.name not in nationals
        ):
            nationals.add(r.subject.name)
            yield RelationCandidate(
                r.subject, TK.nationality, r.object, r.sentence, "nationality-of-leader"
            )


@rule("nationality-by-birth")
def nationality_by_birth(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """Who was born in a country, or in a town the page puts in one, is its national, in a
    reference article that gives them no other nationality."""
    if not opens_with_definition(doc):
        return
    nationals = {r.subject.name for r in found if r.predicate == TK.nationality}
    country_of = {
        r.subject.name: r.object
        for r in found
        if r.predicate in (TK.locatedIn, TK.partOf) and r.object.etype is EntityType.COUNTRY
    }
    for r in list(found):
        if r.predicate != SDO.birthPlace or r.subject.name in nationals:
            continue
        place = r.object
        country = place if place.etype is EntityType.COUNTRY else country_of.get(place.name)
        if country is not None:
            nationals.add(r.subject.name)
            yield RelationCandidate(
                r.subject, TK.nationality, country, r.sentence, "nationality-by-birth"
            )


@rule("nationality-of-compatriots")
def nationality_of_compatriots(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "X joined the club alongside compatriots A, B and C": the people a compatriot noun
    names share the nationality the article gives the clause's subject."""
    nouns = doc.lex.biography.compatriot_nouns
    country_of = {r.subject.name: r.object for r in found if r.predicate == TK.nationality}
    for token in doc.doc:
        if token.lemma_.lower() not in nouns and token.lower_ not in nouns:
            continue
        if token.dep_ in ("conj", "appos") and doc.at[token.head.i] is not None:
            continue  # "praised Messi and his compatriot Y": Messi's compatriot
        subject = _clause_subject(doc, token)
        country = country_of.get(subject.name) if subject is not None else None
        if country is None:
            continue
        named = doc.mention_starting(token.i + 1, skip_the=False)
        if named is None or named.etype is not PERSON:
            continue
        for person in doc.referents(doc.doc[named.end - 1]):
            if person.etype is PERSON and person is not subject and person.name not in country_of:
                yield RelationCandidate(
                    person, TK.nationality, country, person.sentence, "nationality-of-compatriots"
                )


def _clause_subject(doc: DocView, token: Token) -> Ment | None:
    """The person subject of the clause a word is in, climbing past participles
    ("he joined X, playing along compatriots ...")."""
    head = token
    for _ in range(8):
        head = head.head
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        people = [m for c in subjects for m in doc.referents(c) if m.etype is PERSON]
        if people:
            return people[0]
        if head.head.i == head.i or (subjects and head.pos_ in ("VERB", "AUX")):
            return None  # "Nadal, who had lost to his compatriot Y": not past the clause
        if head.pos_ in ("VERB", "AUX") and head.tag_ not in ("VBG", "VBN"):
            return None
    return None


#: The most words of an occupation between "a" and "from" ("a fisheries scientist from").
_OCCUPATION_WORDS = 4


@rule("person-from-country")
def person_from_country(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "X, a fisheries scientist from South Korea, will ...", "X is a brewer from Poland":
    read off the words, for the sentences whose parse hangs the apposition elsewhere (the
    biography rule reads the parse)."""
    table = doc.table
    for span in doc.sentences:
        for person in doc.sentence_mentions(span.index):
            i = person.end
            if person.etype is not PERSON or person.derived or i + 3 >= span.end_token:
                continue
            if table.text[i] == "," and table.lower[i + 1] in ("is", "was"):
                i += 1  # "Its head brewer, X, is a brewer from Poland"
            if table.text[i] not in (",", "is", "was") or table.lower[i + 1] not in _ONE_OF:
                continue
            k = _from_after_an_occupation(doc, i + 2, span.end_token)
            if k is not None and table.text[i] != "," and table.lemma[k - 1] not in doc.lex.titles:
                continue  # "X is a signing from Spain": after a copula, only an occupation's
            country = doc.mention_starting(k + 1) if k is not None else None
            if (
                country is not None
                and country.etype is EntityType.COUNTRY
                and country.end < span.end_token
                and table.text[country.end] in (",", ".", "who")
            ):
                yield RelationCandidate(
                    person, TK.nationality, country, span.index, "person-from-country"
                )


def _from_after_an_occupation(doc: DocView, start: int, limit: int) -> int | None:
    """The "from" after one to four words of an occupation opening at ``start``: adjectives
    and nouns only (not "a nurse back from", "a tourist visiting from")."""
    table = doc.table
    for k in range(start, min(limit, start + _OCCUPATION_WORDS + 1)):
        if table.lower[k] == "from":
            return k if k > start else None
        turned = table.lower[k] == "turned"  # "a banker turned diplomat from"
        word = turned or _occupation_word(table.pos[k], table.tag[k])
        if not table.text[k].islower() or not word:
            return None
    return None


def _occupation_word(pos: str, tag: str) -> bool:
    """A word of an occupation: an adjective or a noun, or a noun the tagger took for a
    verb ("a fisheries scientist"), not a participle ("back", "returning", "deported")."""
    return pos in ("ADJ", "NOUN") or (pos == "VERB" and tag in ("VB", "VBP", "VBZ"))
