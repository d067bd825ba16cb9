"""Biographies: where a person was born and died, who founded what, who studied where, who is
married to, the child or the sibling of whom. Small, precise shapes of sentence; the words are
the lexicon's ``biography`` section. What they miss the document model may add."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rdflib import URIRef
from rdflib.namespace import SDO
from spacy.tokens import Token

from textkg.extract.arguments import subjects
from textkg.extract.candidates import Candidate, Findings, RelationCandidate
from textkg.extract.docmodel import tells_a_life
from textkg.extract.document import ORG, PERSON, PLACE, DocView
from textkg.extract.listing import apposed_to_the_last
from textkg.extract.mentions import Ment
from textkg.extract.registry import rule
from textkg.extract.rules import kin_phrases as kin
from textkg.extract.rules.kin_phrases import person_of
from textkg.extract.syntax import children, is_passive, negated, pobjs
from textkg.namespaces import TK
from textkg.records import EntityType


def _objects_in(doc: DocView, trigger: Token, preps: Iterable[str], kind: EntityType) -> list[Ment]:
    """The first mention of ``kind`` after a preposition of the trigger (or of a date
    hanging off it: "born on 3 May 1950 in Y", "born 1950 in Y")."""
    wanted = tuple(preps)
    heads = [trigger]
    for child in trigger.children:
        if child.dep_ == "npadvmod":
            heads.append(child)
        elif child.dep_ == "prep":
            heads.extend(g for g in child.children if g.dep_ == "pobj")
    tokens: list[Token] = []
    for head in heads:
        tokens.extend(pobjs(head, wanted))
    for token in sorted(tokens, key=lambda t: t.i):
        for ment in doc.referents(token, conjuncts=False):
            if ment.etype.kind is kind:
                return [ment]
    return []


def trigger_tokens(doc: DocView, words: frozenset[str]) -> Iterator[Token]:
    """Tokens whose lemma or lower-cased form is one of ``words``, not denied (read off the
    token table: walking spaCy's tokens for each word list cost a third of extraction)."""
    table = doc.table
    for i, (lemma, lower) in enumerate(zip(table.lemma, table.lower, strict=True)):
        if lemma in words or lower in words:
            token = doc.doc[i]
            if not negated(token):
                yield token


def _candidate(
    doc: DocView, subject: Ment, predicate: URIRef, obj: Ment, at: Token, name: str
) -> RelationCandidate:
    return RelationCandidate(subject, predicate, obj, doc.owner[at.i], name)


@rule("biography")
def biography(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """Born in, died in, founded by, studied at, married, son of, brother of."""
    words = doc.lex.biography
    yield from _places(doc, words.birth_words, SDO.birthPlace, "bio-born")
    yield from _places(doc, words.death_verbs, SDO.deathPlace, "bio-died")
    yield from _founders(doc)
    yield from _schools(doc)
    yield from _school_teams(doc)
    yield from _degrees(doc)
    yield from _marriages(doc)
    yield from _kin(doc)
    yield from _home_towns(doc)
    yield from _natives(doc)
    yield from _life_bracket(doc)
    yield from _candidacies(doc)


def _life_bracket(doc: DocView) -> Iterator[Candidate]:
    """ "Anna Lind (12 May 1950 in Uppsala, Sweden – 3 June 2010 in Oslo)": the places of
    birth and death a reference page writes in the brackets after its subject's name."""
    table = doc.table
    for person in doc.mentions:
        if person.etype is not PERSON or person.derived or person.end >= len(table):
            continue
        opening = _bracket_after(doc, person)
        if opening is None:
            continue
        close = next(
            (k for k in range(opening + 1, min(len(table), opening + 40)) if table.text[k] == ")"),
            None,
        )
        if close is None:
            continue
        # an en or em dash parts the two halves where there is one: a hyphen may join a
        # town's name ("Baden - Baden")
        dashes = [
            k
            for k in range(opening + 1, close)
            if table.text[k] in ("–", "—", "-") and table.lower[k - 1] != "-"
        ]
        dash = next((k for k in dashes if table.text[k] != "-"), dashes[0] if dashes else close)
        for first, last, predicate, name in (
            (opening + 1, dash, SDO.birthPlace, "bio-born"),
            (dash + 1, close, SDO.deathPlace, "bio-died"),
        ):
            place = _first_place_after_in(doc, first, last) or _place_by_date(doc, first, last)
            if place is not None:
                yield RelationCandidate(person, predicate, place, person.sentence, name)


def _bracket_after(doc: DocView, person: Ment) -> int | None:
    """Where the life bracket after a name opens: right after it ("(" or "(;", where a name
    in another script was left out), or after the maiden name it gives ("Eva Lind, née Berg
    (1931 in Kalmar - ...)": the bracket is of the one person under both names)."""
    table, end = doc.table, person.end
    if table.text[end].startswith("("):
        return end
    if end + 2 < len(table) and table.text[end] == "," and table.lower[end + 1] in ("née", "nee"):
        maiden = doc.mention_starting(end + 2)
        if maiden is not None and maiden.etype is PERSON and maiden.end < len(table):
            return maiden.end if table.text[maiden.end].startswith("(") else None
    return None


def _place_by_date(doc: DocView, first: int, last: int) -> Ment | None:
    """A place beside the date of a half of a life bracket with no "in": "(Lyon, 2 June
    1663 - Leiden, 1719)", "(1782 Havana, Cuba - 15 August 1836 Madrid)"."""
    table = doc.table
    if not any(_a_year(table.text[j]) for j in range(first, last)):
        return None  # "Tom Reed (Leeds, 34)", "(Leeds, 12 caps)": an age, a count
    start = first
    while start < last and (table.ent_type[start] == "DATE" or table.like_num[start]):
        start += 1  # "15 August 1836 Madrid": past the date
    place = doc.mention_starting(start, skip_the=False)
    if place is None or place.etype.kind is not PLACE or place.end > last:
        return None
    if start > first:
        return place  # a date, then the place
    dated = any(table.ent_type[j] == "DATE" or table.like_num[j] for j in range(place.end, last))
    return place if dated and table.text[place.end] == "," else None


def _a_year(word: str) -> bool:
    return len(word) in (3, 4) and word.isdigit()


def _first_place_after_in(doc: DocView, first: int, last: int) -> Ment | None:
    """The place right after the first "in" between ``first`` and ``last`` that follows a
    date ("12 May 1950 in Uppsala"), if one is."""
    table = doc.table
    for k in range(first, last - 1):
        if table.lower[k] in ("in", ","):
            dated = any(table.ent_type[j] == "DATE" or table.like_num[j] for j in range(first, k))
            if table.lower[k] == "," and (
                not dated or table.like_num[k + 1] or table.lower[k + 1] == "in"
            ):
                continue  # "May 22, 1913": the comma inside the date; "1874, in X"
            if not dated or (table.lower[k] == "," and not table.like_num[k - 1]):
                return None  # "21 March 1851, Paris": a comma right after the year only
            place = doc.mention_starting(k + 1)
            if place is not None and place.etype.kind is PLACE and place.end <= last:
                return place
            return None
    return None


def _home_towns(doc: DocView) -> Iterator[Candidate]:
    """ "X, a Republican from Chicago", "X, a 34-year-old teacher from Leeds": the place an
    apposition says someone is from is where they live (a country: their nationality);
    "X, a lawyer and a national of Tonga": a second apposition's descriptor."""
    for named in doc.mentions:
        if named.etype is not PERSON or named.derived:
            continue
        token = doc.doc[doc.root_of(named)]
        for noun in _indefinite_appositions(token):
            # "toured it with X and Y, a chemist from Poland": Y's, hung on X
            person = apposed_to_the_last(doc, noun) or named
            for place in _objects_in(doc, noun, ("from",), PLACE):
                if place.etype is EntityType.COUNTRY:
                    yield _candidate(doc, person, TK.nationality, place, noun, "bio-from")
                elif place.etype in (EntityType.CITY, EntityType.ADMINISTRATIVE_AREA):
                    yield _candidate(doc, person, TK.residesIn, place, noun, "bio-from")
            if (
                noun.dep_ == "conj"
                and doc.lex.descriptors.get(noun.lemma_.lower()) == TK.nationality
            ):
                for place in _objects_in(doc, noun, ("of",), PLACE):
                    if place.etype is EntityType.COUNTRY:
                        yield _candidate(doc, person, TK.nationality, place, noun, "bio-from")


def _natives(doc: DocView) -> Iterator[Candidate]:
    """ "A native of Livilivi, Potosí, X won ...", "X, 38, a native of Darkhan": the town or
    region one is a native of is where one was born."""
    for noun in trigger_tokens(doc, doc.lex.biography.native_nouns):
        if noun.pos_ != "NOUN":
            continue
        people = person_of(doc, noun)
        # (or "X, a Voss native": the town written before the noun)
        before = [m for c in children(noun, "compound", "nmod") for m in doc.referents(c)]
        for place in (_objects_in(doc, noun, ("of",), PLACE) or before)[:1]:
            if place.etype.kind is PLACE and place.etype is not EntityType.COUNTRY:
                for person in people[:1]:
                    yield _candidate(doc, person, SDO.birthPlace, place, noun, "bio-born")
    # "Voss-born X": the town before "-born", on the name it qualifies
    for born in doc.doc[2:]:
        town = doc.at[born.i - 2] if born.lower_ == "born" and born.nbor(-1).text == "-" else None
        if town is None or town.etype.kind is not PLACE or town.etype is EntityType.COUNTRY:
            continue
        noun = born.head
        while noun.dep_ == "compound" and noun.head.i > noun.i:
            noun = noun.head  # "Voss-born pianist X": on "pianist", a word of X's name
        if noun.dep_ == "appos" and doc.at[noun.i] is None:
            noun = noun.head  # "X, a Voss-born cellist"
        for person in [m for m in doc.referents(noun) if m.etype is EntityType.PERSON][:1]:
            yield _candidate(doc, person, SDO.birthPlace, town, born, "bio-born")


def _indefinite_appositions(token: Token) -> Iterator[Token]:
    """The nouns "a"/"an" opens in apposition after a name, and those coordinated with them
    ("X, a lawyer and a national of Tonga"); not "X, the envoy from Kenya", sent from there.
    (The small model may tag a noun so introduced otherwise: "a forward" as an adverb.)"""
    # "The research director, X, a virologist from Thailand": the parser hangs the second
    # apposition on the role, beside the name
    role = token.head if token.dep_ == "appos" and token.head.pos_ == "NOUN" else None
    beside = [c for c in role.children if c.i > token.i] if role is not None else []
    for noun in [*token.children, *beside]:
        if noun.dep_ != "appos" or noun.i < token.i:
            continue
        for each in [noun, *(c for c in noun.children if c.dep_ == "conj")]:
            if any(c.lower_ in ("a", "an") and c.dep_ == "det" for c in each.children) or (
                each.left_edge.lower_ in ("a", "an")  # "a fisheries scientist": on "fisheries"
            ):
                yield each


def _places(
    doc: DocView, words: frozenset[str], predicate: URIRef, name: str
) -> Iterator[Candidate]:
    prepositions = doc.lex.biography.place_prepositions
    for trigger in trigger_tokens(doc, words):
        if trigger.pos_ not in ("VERB", "AUX", "ADJ"):
            continue
        places = _objects_in(doc, trigger, prepositions, PLACE)
        if not places and predicate == SDO.birthPlace:
            # "she was born and grew up in Stockport": the place of the coordinated verb
            for verb in trigger.conjuncts:
                if verb.i > trigger.i and verb.lemma_.lower() in doc.lex.biography.raised_verbs:
                    places = places or _objects_in(doc, verb, prepositions, PLACE)
        if (
            not places
            and trigger.dep_ == "relcl"
            and any(c.lower_ == "where" for c in trigger.children)
        ):
            # "grew up in Bergen, where she was born": the place the relative is about
            places = [m for m in doc.referents(trigger.head) if m.etype.kind is PLACE]
        if not places:
            continue
        for person in person_of(doc, trigger):
            yield _candidate(doc, person, predicate, places[0], trigger, name)
    if predicate == SDO.birthPlace:
        yield from _born_to(doc, words)


def _born_to(doc: DocView, words: frozenset[str]) -> Iterator[Candidate]:
    """ "X was born in Lyon to Henri Duval and Marie Blanc": the people one was born to are
    one's parents (not "born to a farming family")."""
    for trigger in trigger_tokens(doc, words):
        if trigger.pos_ not in ("VERB", "AUX", "ADJ"):
            continue
        parents = kin.people(doc, pobjs(trigger, ("to",)))
        for person in person_of(doc, trigger) if parents else []:
            for parent in parents:
                if parent is not person:
                    yield _candidate(doc, person, SDO.parent, parent, trigger, "bio-family")


def _founders(doc: DocView) -> Iterator[Candidate]:
    words = doc.lex.biography
    # "set up": a verb of the list with its particle
    phrasal = dict(w.split(" ", 1) for w in words.founding_verbs if " " in w)
    passive_only = words.founding_passives  # "a label started by X" (not "X started a job")
    for verb in trigger_tokens(doc, words.founding_verbs | frozenset(phrasal) | passive_only):
        if verb.pos_ != "VERB":
            continue
        particle = phrasal.get(verb.lemma_.lower())
        if particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children):
            continue
        # "founded and run by X": the agent of the participle joined to it
        joined = [p for c in children(verb, "conj") if c.tag_ == "VBN" for p in pobjs(c, ("by",))]
        if is_passive(verb) or (verb.dep_ == "acl" and (verb.tag_ == "VBN" or joined)):
            people = kin.people(doc, pobjs(verb, ("by",)) or joined or _agents_past_a_place(verb))
            head = verb.head
            if head.dep_ == "appos" and doc.at[head.head.i] is not None:
                head = head.head  # "X, a security firm founded by Y": X
            elif head.dep_ == "attr" and children(head.head, "nsubj"):
                head = children(head.head, "nsubj")[0]  # "X is a label started by Y": X
            targets = children(verb, "nsubjpass") or ([head] if verb.dep_ == "acl" else [])
        elif (
            verb.lemma_.lower() in passive_only and verb.lemma_.lower() not in words.founding_verbs
        ):
            continue
        else:
            # "X founded Y", "X, who founded Y in 1998, ..."
            people = [m for m in subjects(doc, verb)[0] if m.etype is PERSON]
            targets = children(verb, "dobj")
        orgs = [m for t in targets for m in doc.referents(t) if m.etype is ORG]
        for org in orgs:
            for person in people:
                yield _candidate(doc, org, SDO.founder, person, verb, "bio-founded")
    for noun in trigger_tokens(doc, words.founder_nouns):
        orgs = [m for t in pobjs(noun, ("of",)) for m in doc.referents(t) if m.etype is ORG]
        named = kin.named_by(doc, noun)
        for org in orgs:
            for person in named:
                yield _candidate(doc, org, SDO.founder, person, noun, "bio-founded")


def _schools(doc: DocView) -> Iterator[Candidate]:
    schools, occasions = doc.lex.biography.schools, doc.lex.occasion_nouns
    for verb in trigger_tokens(doc, frozenset(schools)):
        if verb.pos_ != "VERB":
            continue
        preps = schools[verb.lemma_.lower()]
        tokens = pobjs(verb, tuple(preps))
        # "studied physics at Harvard": the parser hangs the place of study on the subject
        # (not "attended a ceremony at X": an occasion there, no schooling)
        studied = [d for d in children(verb, "dobj") if d.lemma_.lower() not in occasions]
        tokens += [t for d in studied for t in pobjs(d, ("at",))]
        if "dobj" in preps:
            tokens += studied
        orgs = [m for t in tokens for m in doc.referents(t) if m.etype is ORG]
        if not orgs:
            continue
        for person in person_of(doc, verb):
            for org in orgs:
                yield _candidate(doc, person, SDO.alumniOf, org, verb, "bio-school")


def _school_teams(doc: DocView) -> Iterator[Candidate]:
    """ "After playing college football for X": a school team's player studied at X."""
    words = doc.lex.biography.school_team_words
    for verb in trigger_tokens(doc, doc.lex.team_verbs):
        sports = [d for d in children(verb, "dobj") if any(c.lower_ in words for c in d.children)]
        if verb.pos_ != "VERB" or not sports:
            continue
        tokens = pobjs(verb, ("for", "at")) + [t for d in sports for t in pobjs(d, ("for", "at"))]
        orgs = [m for t in tokens for m in doc.referents(t) if m.etype is ORG]
        for person in person_of(doc, verb) if orgs else []:
            for org in orgs:
                yield _candidate(doc, person, SDO.alumniOf, org, verb, "bio-school")


def _degrees(doc: DocView) -> Iterator[Candidate]:
    """ "She earned her medical degree from X", "holds a doctorate from X"."""
    words = doc.lex.biography
    for verb in trigger_tokens(doc, words.degree_verbs):
        degrees = [d for d in children(verb, "dobj") if d.lemma_.lower() in words.degree_nouns]
        if verb.pos_ != "VERB" or not degrees:
            continue
        # "a doctorate in physics from X": the school may hang off the field
        fields = [f for d in degrees for f in pobjs(d, ("in",))]
        tokens = pobjs(verb, ("from", "at")) + [
            t for d in degrees + fields for t in pobjs(d, ("from", "at"))
        ]
        orgs = [m for t in tokens for m in doc.referents(t) if m.etype is ORG]
        for person in person_of(doc, verb) if orgs else []:
            for org in orgs:
                yield _candidate(doc, person, SDO.alumniOf, org, verb, "bio-school")


def _marriages(doc: DocView) -> Iterator[Candidate]:
    for verb in trigger_tokens(doc, doc.lex.biography.marriage_verbs):
        if verb.pos_ not in ("VERB", "ADJ"):
            continue
        people = person_of(doc, verb)
        named = [p for p in pobjs(verb, ("by",)) if p.lemma_.lower() == "name"]  # "by the name of"
        named += _spouse_by_occupation(doc, verb)
        others = kin.people(doc, children(verb, "dobj") + pobjs(verb, ("to",)) + named)
        if not others and len(people) == 2:
            people, others = people[:1], people[1:]  # "X and Y married in 1990"
        for person in people:
            for other in others:
                yield _candidate(doc, person, SDO.spouse, other, verb, "bio-married")


def _agents_past_a_place(verb: Token) -> list[Token]:
    """ "formed in 1962 in Paris, France by X": the parser hangs the agent on the place (or
    on the country after its comma); no place takes an agent of its own."""
    places = pobjs(verb, ("in",))
    places += [c for p in places for c in p.children if c.dep_ in ("conj", "appos")]
    return [a for p in places for a in pobjs(p, ("by",))]


def _spouse_by_occupation(doc: DocView, verb: Token) -> list[Token]:
    """ "She was married to actor X": the parser reads "to actor" as an infinitive and X as
    its object; an occupation's noun ("actor", "singer") is no verb of a purpose."""
    lex = doc.lex
    found: list[Token] = []
    for word in children(verb, "xcomp"):
        lemma = word.lower_
        occupation = lemma in lex.person_copula_kinds or lemma.endswith(lex.occupation_endings)
        if occupation and any(c.dep_ == "aux" and c.lower_ == "to" for c in word.children):
            found += children(word, "dobj")
    return found


def _kin(doc: DocView) -> Iterator[Candidate]:
    words = doc.lex.biography
    kinds = (
        (words.spouse_nouns, SDO.spouse, False, "bio-married"),
        (words.sibling_nouns, SDO.sibling, False, "bio-family"),
        (words.child_nouns, SDO.parent, False, "bio-family"),  # the named is the child
        (words.parent_nouns, SDO.parent, True, "bio-family"),  # the named is the parent
    )
    for nouns, predicate, reverse, name in kinds:
        for noun in trigger_tokens(doc, nouns):
            if noun.pos_ not in ("NOUN", "PROPN"):
                continue
            relatives = kin.relative_of(doc, noun)
            if nouns is words.child_nouns and not relatives:
                relatives = kin.parents_having(doc, noun)
            if not relatives and any(c.lower_ == "another" for c in children(noun, "det")):
                relatives = _page_subject(doc)  # "Another brother, X, ..." in a profile
            if noun.tag_ == "NNS" and (predicate == SDO.sibling or relatives):
                yield from _siblings_listed(doc, noun)  # "their sons, A and B"
            if not relatives:
                continue
            named_by = kin.named_by(doc, noun)
            if nouns is words.spouse_nouns and noun.tag_ == "NN" and len(named_by) > 1:
                continue  # "each accompanied by his wife, A and B": whose is whose, unsaid
            for named in named_by:
                for relative in relatives:
                    subject, obj = (relative, named) if reverse else (named, relative)
                    yield _candidate(doc, subject, predicate, obj, noun, name)


def _page_subject(doc: DocView) -> list[Ment]:
    """The person a profile opens by defining ("X is a Swedish skier"), if it does."""
    if not tells_a_life(doc):
        return []
    span = doc.sentences[0]
    roots = [doc.doc[i] for i in range(span.start_token, span.end_token)]
    verb = next((t for t in roots if t.dep_ == "ROOT"), None)
    return kin.people(doc, children(verb, "nsubj")) if verb is not None else []


def _siblings_listed(doc: DocView, noun: Token) -> Iterator[Candidate]:
    """ "the three Okafor brothers: A, B and C", "her sisters, A and B": the people a plural
    sibling noun names are siblings of one another."""
    named = kin.named_by(doc, noun) if noun.dep_ not in ("attr", "acomp") else []
    for k, first in enumerate(named):
        for second in named[k + 1 :]:
            if first.name != second.name:
                yield _candidate(doc, first, SDO.sibling, second, noun, "bio-family")


def _candidacies(doc: DocView) -> Iterator[Candidate]:
    """ "X ran as the UDF candidate", "won the election as the nominee of the Y": who stands
    for a party is its member (the party named before the noun or after "of")."""
    for noun in trigger_tokens(doc, doc.lex.biography.candidacy_nouns):
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "as" or prep.head is prep:
            continue
        verb = prep.head if prep.head.pos_ in ("VERB", "AUX") else prep.head.head
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        before = ("compound", "amod", "nmod")
        named = [c for c in noun.children if c.dep_ in before and c.i < noun.i]
        orgs = [m for t in named + pobjs(noun, ("of",)) for m in doc.referents(t) if m.etype is ORG]
        for person in person_of(doc, verb) if orgs else []:
            for org in orgs[:1]:
                yield _candidate(doc, person, TK.memberOf, org, noun, "bio-candidate")
