"""Who did it and where: the entities a trigger word's arguments stand for.

Verb and noun rules share these: the subject of a verb (following relative clauses,
participles and coordinated verbs), the place an event was held at, and the verb an event
noun hangs off.
"""

from __future__ import annotations

from spacy.tokens import Token

from textkg.countries import packaged_country_index
from textkg.extract.appointments import appointed_to_do
from textkg.extract.document import ORG, PERSON, PLACE, DocView
from textkg.extract.gazetteers import city_country_code, city_population
from textkg.extract.listing import apposed_to_the_last
from textkg.extract.mentions import Ment
from textkg.extract.syntax import (
    RELATIVE_PRONOUNS,
    SUBJECTS,
    children,
    copula_subject,
    object_read_as_apposition,
    objects_read_as_subjects,
    pobjs,
    subjects_read_as_modifiers,
    who_clause_before,
)
from textkg.lexicon import Lexicon
from textkg.months import WEEKDAYS
from textkg.namespaces import TK
from textkg.records import EntityType

#: The most words of a body's description in lower case between its name and "which".
_DESCRIPTION_WORDS = 6


def subjects(doc: DocView, verb: Token, passive_subject: bool = False) -> tuple[list[Ment], str]:
    """The verb's subject entities, and the name of the rule that says how they were found."""
    found: list[Ment] = []
    rule = "verb"
    objects = objects_read_as_subjects(verb)
    for child in verb.children:
        if doc.owner[child.i] != doc.owner[verb.i] or child in objects:
            continue
        if child.dep_ in SUBJECTS or (passive_subject and child.dep_ == "nsubjpass"):
            described = _relative_clause_of(verb)
            if child.lower_ in RELATIVE_PRONOUNS and described is not None:
                # "X, who killed Y, and Z": not the names coordinated after the clause
                opening = verb.head if verb.head.dep_ == "relcl" else verb
                clause = opening.left_edge.i
                # "X, an actress who arrived in Y": the name the described noun is apposed to
                antecedents = _described(doc, described)
                if child.lower_ == "who" and _only_places(antecedents):
                    # "X, a zoologist from the Netherlands who directs Y": the person's
                    of = described.head
                    if described.dep_ == "pobj" and of.dep_ == "prep":
                        antecedents = _described(doc, of.head)
                elif (
                    child.lower_ == "who"
                    and antecedents
                    and all(m.etype is ORG for m in antecedents)
                ):
                    # "X, the managing director of Zimbabwe Cricket, who presented ...": the
                    # person whose title names the body
                    antecedents = _titled_person(doc, described) or antecedents
                if (
                    child.lower_ == "which"
                    and antecedents
                    and all(m.etype is PERSON for m in antecedents)
                ):
                    # "X, president of the Asian Development Bank (ADB), which is based in
                    # Manila": "which" is never a person; the body named right before
                    antecedents = _body_right_before(doc, clause)
                elif child.lower_ == "which" and (not antecedents or _only_places(antecedents)):
                    antecedents = seated_body(doc, described, verb) or antecedents
                found.extend(_named_right_before(doc, clause, antecedents))
                rule = "verb-relative"
            else:
                found.extend(_past_a_dateline(doc, child))
                found.extend(m for m in listed_with(doc, child) if m not in found)
                found.extend(m for m in _partner_in_the_opening(doc, child) if m not in found)
    if found:
        return found, rule
    if any(c.dep_ in (*SUBJECTS, "nsubjpass", "expl") for c in verb.children):
        return [], rule
    if verb.dep_ == "relcl" or (verb.dep_ == "acl" and (verb.tag_ == "VBG" or passive_subject)):
        return antecedent(doc, verb.head), "verb-relative"
    subject = copula_subject(verb) if verb.tag_ == "VBG" else None
    if subject is not None:
        # "X is a Brazilian forward playing for Y", which the parser reads with "forward" as
        # an adverb and the participle as the copula's attribute: X plays
        return doc.referents(subject, with_leader=True), "verb-relative"
    if misparsed_main_verb(verb):
        return doc.referents(verb.head, with_leader=True), "verb"
    if object_read_as_apposition(verb):
        return doc.referents(verb.head.head, with_leader=True), "verb"
    misread = [m for t in subjects_read_as_modifiers(verb) for m in doc.referents(t)]
    if misread:
        return misread, "verb"
    if verb.dep_ == "pcomp" and verb.head.head.pos_ in ("VERB", "AUX"):
        # "X was convicted of murdering Y": the gerund's subject is the governing verb's
        governing = verb.head.head
        for child in governing.children:
            if child.dep_ in ("nsubj", "nsubjpass") and doc.owner[child.i] == doc.owner[verb.i]:
                return doc.referents(child, with_leader=True), "verb-relative"
    if taken := appointed_to_do(doc, verb):  # "Y appointed X to lead the company": X leads
        return taken, "verb"
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        shared = subjects(doc, verb.head, passive_subject=_shares_a_passive_subject(verb))
        who = who_clause_before(verb) if verb.dep_ == "conj" and not shared[0] else None
        return shared if who is None else subjects(doc, who, passive_subject=True)
    if verb.dep_ == "ROOT":
        return phrase_before(doc, verb), "verb-adjacent"
    return [], rule


def seated_body(doc: DocView, place: Token, verb: Token) -> list[Ment]:
    """ "X, a company based in Kelso, which is owned by Y": the body whose seat the clause
    follows, when the clause says what only a body does (is owned, led, bought)."""
    lex = doc.lex
    deals = [o for o in children(verb, "dobj") if _acquisition_noun(lex, o)]
    acts = lex.company_verbs | lex.body_leading_verbs | {"lead"}
    if verb.lemma_.lower() not in acts and not deals:
        return []  # (nor "which completed its purchase of X", a body's deal)
    town_heads = lex.town_leader_titles | lex.place_leaders.keys() | lex.admin_words
    if any(t.lower_ in town_heads for p in pobjs(verb, ("by",)) for t in p.subtree):
        return []  # "based in Cusco, which is run by Mayor X": the town's
    seat = place.head.head if place.dep_ == "pobj" and place.head.lower_ == "in" else None
    if seat is not None and seat.lemma_.lower() in lex.seat_verbs:
        seat = seat.head
    if seat is None or seat.dep_ != "appos":
        return []
    return [m for m in _described(doc, seat) if m.etype is ORG]


def _acquisition_noun(lex: Lexicon, noun: Token) -> bool:
    frame = lex.nouns.get(noun.lemma_.lower())
    return frame is not None and frame.predicate == TK.acquired


def _relative_clause_of(verb: Token) -> Token | None:
    """The noun a relative clause describes; also for a second clause joined to it ("X,
    who was born in Y, and who teaches at Z"), which the parser may hang on the noun."""
    if verb.dep_ == "relcl":
        return verb.head
    if verb.dep_ == "conj" and verb.head.dep_ == "relcl":
        return verb.head.head
    if verb.dep_ == "conj" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return None


def misparsed_main_verb(verb: Token) -> bool:
    """ "The mayor, X, spent the morning in Y": the sentence's verb, which the parser hung
    on its subject (a noun with a name in apposition) as a participle with no agent."""
    head = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBD", "VBN")
        and head.dep_ == "ROOT"
        and head.pos_ == "NOUN"
        and any(c.dep_ == "appos" and c.i < verb.i for c in head.children)
        and not any(c.dep_ == "agent" for c in verb.children)
    )


def _described(doc: DocView, noun: Token) -> list[Ment]:
    """The entities a noun a relative clause is hung on denotes ("X, an actress who ...":
    the name the described noun is apposed to)."""
    found = doc.referents(noun, with_leader=True) or (
        antecedent(doc, noun) if noun.dep_ in ("appos", "attr") else []
    )
    subject = copula_subject(noun)
    if not found and subject is not None:
        # "X is a footballer who plays for Y": the copula's subject
        found = doc.referents(subject, with_leader=True)
    return found


def _titled_person(doc: DocView, noun: Token) -> list[Ment]:
    """The person the title phrase that ends in ``noun`` was attached to ("X, the director of
    Y": X; the titles annotator's ``person_of_title``), or none."""
    token = noun
    while token.dep_ in ("pobj", "prep", "compound", "poss") and token.head is not token:
        token = token.head
    person = doc.references.person_of_title.get(token.i)
    return [person] if person is not None else []


def _only_places(found: list[Ment]) -> bool:
    return bool(found) and all(m.etype.kind is EntityType.PLACE for m in found)


def _past_a_dateline(doc: DocView, child: Token) -> list[Ment]:
    """The subject's entities; past a dateline the parser made the subject ("TALLINN, May 1
    - Finland's foreign minister, X, met Y"): the name apposed to it."""
    found = doc.referents(child, with_leader=True)
    if not found and child.lower_ in ("one", "another"):
        # "One of them, X, has worked at Y": the subject names no one; the name apposed does
        return [m for c in children(child, "appos") for m in doc.referents(c, with_leader=True)]
    if not _only_places(found):
        return found
    if child.i != doc.sentences[doc.owner[child.i]].start_token or not child.text.isupper():
        return found
    for appos in (c for c in child.children if c.dep_ == "appos"):
        named = [
            m
            for m in doc.referents(appos, with_leader=True)
            if m.etype.kind is not EntityType.PLACE
        ]
        if named:
            return named
    return found


def _shares_a_passive_subject(verb: Token) -> bool:
    """Whether a verb joined to another takes that verb's passive subject: "X, which is
    headquartered in Y and owns Z", "X was born in Y and heads Z", "X was greeted by Y and
    later held talks". Not across a relative clause after the agent ("X is owned by IAG,
    which is based in London and also owns Z" is IAG's doing)."""
    first = verb.head
    if verb.dep_ != "conj":
        return False
    if first.dep_ == "relcl":
        return True
    if not any(c.dep_ == "nsubjpass" for c in first.children):
        return False
    agent = any(c.dep_ == "agent" for c in first.children)
    between = verb.doc[first.i : verb.i]
    return not agent or not any(t.lower_ in RELATIVE_PRONOUNS for t in between)


def _named_right_before(doc: DocView, clause: int, antecedents: list[Ment]) -> list[Ment]:
    """ "A, a former engineer, and B, who worked at Y": a relative clause right after a name
    is that name's alone, not its conjuncts' (else every antecedent before the clause)."""
    end = clause - 1 if clause > 0 and doc.doc[clause - 1].text == "," else clause
    last = [m for m in antecedents if m.end == end]
    return last or [m for m in antecedents if m.start < clause]


def _body_right_before(doc: DocView, clause: int) -> list[Ment]:
    """The organisation named right before a "which" clause (past its comma and a bracketed
    acronym's closing bracket): "which" stands for no person, so when the parser hangs the
    clause on a person's name, the body written last is what it is about."""
    k = clause - 1
    while k >= 0 and doc.doc[k].text in (",", ")"):
        k -= 1
    ment = doc.at[k] if k >= 0 else None
    if ment is None:
        # "chairman of the ATP, the men's tour, which is based in London": past the body's
        # description in lower case, opened by an article (not "..., and the warehouses,")
        j = k
        while j >= 0 and k - j < _DESCRIPTION_WORDS and doc.at[j] is None:
            token = doc.doc[j]
            if token.text == "," or token.text[:1].isupper() or token.pos_ in ("CCONJ", "VERB"):
                break
            j -= 1
        opened = j + 1 <= k and doc.doc[j + 1].lower_ in ("the", "a", "an")
        if opened and j > 0 and doc.doc[j].text == ",":
            ment = doc.at[j - 1]
    return [ment] if ment is not None and ment.etype is ORG else []


def listed_with(doc: DocView, token: Token) -> list[Ment]:
    """ "Finance Minister A, Defence Minister B and Foreign Minister C": people each with a
    title of their own, whom the parser hangs off the first name as appositions."""
    first = doc.at[token.i]
    if first is None or first.etype is not PERSON:
        return []
    if not first.titles:
        return _run_into(doc, token, first)
    listed: list[Ment] = []
    for child in token.children:
        if child.dep_ != "appos":
            continue
        for t in [child, *child.conjuncts]:
            ment = doc.at[t.i]
            if (
                ment is not None
                and ment.etype is PERSON
                and ment.name != first.name
                and ment.titles
            ):
                listed.append(ment)
    return listed


def _run_into(doc: DocView, token: Token, last: Ment) -> list[Ment]:
    """ "Ana Silva and Jose Albares held talks": the people the parser hung off the last
    name as its modifiers, with the "and" between them."""
    if not any(c.dep_ == "cc" for t in token.subtree for c in t.children if t.i < token.i):
        return []
    found: list[Ment] = []
    for child in token.children:
        ment = doc.at[child.i] if child.dep_ in ("nmod", "compound") else None
        if ment is not None and ment is not last and ment.etype is PERSON and ment not in found:
            found.append(ment)
    return found


def antecedent(doc: DocView, noun: Token) -> list[Ment]:
    """What a relative clause is about: its noun, or, for "X was the man who ...", X."""
    apposed = _apposed_to_a_name(doc, noun) if noun.dep_ == "attr" else None
    if apposed is not None:
        return [apposed]
    last = apposed_to_the_last(doc, noun)
    if last is not None:
        return [last]  # "with A and B, a chemist who heads ...": B
    found = doc.referents(noun, conjuncts=False, with_leader=True)
    if not found and noun.dep_ in ("attr", "appos") and noun.head.i != noun.i:
        anchor = noun.head
        if noun.dep_ == "attr":
            subjects = [c for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")]
            return [m for c in subjects for m in doc.referents(c, conjuncts=False)]
        return doc.referents(anchor, conjuncts=False)
    return found


def _apposed_to_a_name(doc: DocView, noun: Token) -> Ment | None:
    """ "X is a unit of Y, a holding company based in P": a description after a comma right
    after a name, which the parser made the copula's second complement, is that name's."""
    left = noun.left_edge.i
    if left < 3 or doc.doc[left - 1].text != ",":
        return None
    k = left - 3 if doc.doc[left - 2].text == ")" else left - 2  # "of Y (YC), a group"
    named = doc.at[k]
    if named is None or named.etype not in (PERSON, ORG) or doc.at[noun.i] is not None:
        return None
    inside = doc.doc[named.end - 1]
    while inside.dep_ == "appos" and inside.head.i < inside.i:
        inside = inside.head
    # (or "The buyer is X, Kazakhstan's grid operator, which ...": the name the attribute)
    of_an_attr = inside.dep_ == "pobj" and inside.head.head.dep_ == "attr"
    return named if of_an_attr or inside.dep_ == "attr" else None


def phrase_before(doc: DocView, verb: Token) -> list[Ment]:
    """A verb the parser left without a subject takes the noun phrase right before it
    ("X, an SVR delegation led by Y, visited Z" parsed with the delegation as X's
    apposition)."""
    sentence = doc.owner[verb.i]
    first = doc.sentences[sentence].start_token
    opening = opening_day_subject(doc, verb)
    if opening is not None:
        return doc.referents(opening, with_leader=True)
    for i in range(verb.i - 1, first - 1, -1):
        token = doc.doc[i]
        if (
            token.pos_ in ("NOUN", "PROPN")
            and token.dep_ not in ("pobj", "compound", "poss")
            and (
                token.right_edge.i == verb.i - 1
                or (token.right_edge.i == verb.i - 2 and doc.doc[verb.i - 1].is_punct)
            )
        ):
            return doc.referents(token, with_leader=True)
    return []


def _partner_in_the_opening(doc: DocView, subject: Token) -> list[Ment]:
    """ "On Tuesday A and B travelled to X": the first of two subjects, which the parser
    took into the opening phrase of time."""
    before = subject.left_edge.i - 1
    if before < 1 or doc.doc[before].lower_ not in ("and", ","):
        return []
    first = _opening_person(doc, doc.owner[subject.i])
    if first is not None and doc.doc[before].lower_ == ",":
        # "On Tuesday A and B, the governor of Y, held talks": the subject is B's title
        titled = doc.at[subject.i] is None and first.right_edge.i == before - 1
        return doc.referents(first) if titled else []
    if first is None or first.i != before - 1:
        return []
    return doc.referents(first, conjuncts=False)


def opening_day_subject(doc: DocView, verb: Token) -> Token | None:
    """ "On Wednesday Costa hosted ...", "On Tuesday A and B were received by C": the person
    the parser took into the sentence's opening phrase of time, as its object, right before
    the verb (or its auxiliaries); or "On arrival in Oslo, X was greeted by Y": the person
    it took for the opening phrase's place's apposition."""
    token = _opening_person(doc, doc.owner[verb.i]) or _apposed_to_opening_place(doc, verb)
    # (past the comma closing a name's apposition: "On Tuesday A and B, the governor, held")
    between = range(token.right_edge.i + 1, verb.i) if token is not None else range(0)
    if token is None or any(doc.doc[k].dep_ not in ("aux", "auxpass", "punct") for k in between):
        return None
    return token


def person_apposed_to_place(doc: DocView, token: Token) -> bool:
    """A person's name the parser hung on a place's (no person is a place's apposition)."""
    ment, place = doc.at[token.i], doc.at[token.head.i]
    return (
        ment is not None
        and ment.etype is PERSON
        and place is not None
        and (place.etype.kind is PLACE)
    )


def _apposed_to_opening_place(doc: DocView, verb: Token) -> Token | None:
    """The person after a comma that the parser hung on the place ending the sentence's
    opening phrase ("On arrival in Oslo, | X was greeted"): no person is a place's
    apposition."""
    first = doc.sentences[doc.owner[verb.i]].start_token
    if doc.doc[first].dep_ != "prep":
        return None
    for token in doc.doc[first : verb.i]:
        if (
            token.dep_ == "appos"
            and person_apposed_to_place(doc, token)
            and doc.doc[token.left_edge.i - 1].text == ","
            and token.head.dep_ == "pobj"
            and any(a.i == first for a in token.head.ancestors)
        ):
            return token
    return None


def _opening_person(doc: DocView, sentence: int) -> Token | None:
    """The person named as the object of the sentence's opening phrase of time ("On
    Tuesday | Costa")."""
    first = doc.sentences[sentence].start_token
    opening = doc.doc[first]
    if opening.dep_ != "prep":
        return None
    for token in opening.children:
        ment = doc.at[token.i]
        if (
            token.dep_ == "pobj"
            and ment is not None
            and ment.etype is PERSON
            and any(
                doc.doc[k].ent_type_ in ("DATE", "TIME") or doc.table.lower[k] in WEEKDAYS
                for k in range(first + 1, ment.start)
            )
        ):
            return token
    return None


def people_by(doc: DocView, verb: Token, *, with_leader: bool = False) -> list[Ment]:
    """The people of a passive's "by" phrases ("joined by X, and by Y", "by X and Y"),
    once each."""
    found: list[Ment] = []
    for pobj in pobjs(verb, ("by",)):
        referents = doc.referents(pobj, with_leader=with_leader) + coordinated_people(doc, pobj)
        found += [m for m in referents if m.etype is PERSON and m not in found]
    return found


def agents(mentions: list[Ment]) -> list[Ment]:
    """The people and organisations among ``mentions``, once each, in order."""
    seen: list[Ment] = []
    for ment in mentions:
        if ment.etype in (PERSON, ORG) and ment not in seen:
            seen.append(ment)
    return seen


def event_place(doc: DocView, *anchors: Token, exclude: list[Ment]) -> Ment | None:
    """Where an event took place: an "at"/"in" phrase on the trigger naming a place, or the
    place of the occasion it was on ("on the sidelines of the summit in Hiroshima")."""
    for anchor in anchors:
        for pobj in pobjs(anchor, ("at", "in", "inside")):
            # "in the courtyard of the Elysee Palace": the named place the part is of
            inner = [] if doc.at[pobj.i] is not None else pobjs(pobj, ("of", "in"))
            for token in [pobj, *inner]:
                for ment in doc.referents(token, conjuncts=False):
                    if ment.etype.kind is PLACE and ment not in exclude:
                        return ment
        for pobj in pobjs(anchor, ("on", "during", "at")):
            if doc.at[pobj.i] is not None:
                continue
            occasions = [pobj, *pobjs(pobj, ("of",))]  # "the sidelines of | the summit"
            for occasion in occasions:
                for where in pobjs(occasion, ("in",)):
                    for ment in doc.referents(where, conjuncts=False):
                        if ment.etype.kind is PLACE and ment not in exclude:
                            return ment
    return None


def dateline_town(doc: DocView, span: tuple[int, int], sentence: int) -> Ment | None:
    """The town the article's dateline names ("MEXICO CITY, Jan 20 -"), where something the
    text places nowhere is: the article's own mention of it, else one made at ``span`` (a
    span no name has)."""
    places = doc.dateline_places()
    if not places:
        return None
    known = city_population(places[0]) > 0  # a town the text never names must be a known one
    return doc.named_or_made(EntityType.CITY, places[0], span, sentence, make=known)


def governor(doc: DocView, noun: Token) -> Token | None:
    """The verb an event noun hangs off ("held a summit", "a meeting was held")."""
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass", "nsubj", "attr") and head.pos_ in ("VERB", "AUX"):
        lemma = head.lemma_.lower()
        if lemma in doc.lex.light_verbs or lemma in doc.lex.event_verbs:
            return head
    return None


def implicit_agents(doc: DocView, noun: Token) -> list[Ment]:
    """ "X discussed strengthening cooperation with Y": X, the subject of the nearest verb
    up the tree within the sentence."""
    head = noun
    sentence = doc.owner[noun.i]
    for _ in range(4):
        if head.head.i == head.i or doc.owner[head.head.i] != sentence:
            break
        head = head.head
        if head.pos_ in ("VERB", "AUX") and head.dep_ != "prep":  # ("Following talks with")
            # "X was put in charge of Y"; "X was asked to form a government during an
            # audience with Y": the passive subject, through an infinitive's controller
            found, _rule = subjects(doc, head, passive_subject=True)
            if not found and head.dep_ == "xcomp" and doc.owner[head.head.i] == sentence:
                found, _rule = subjects(doc, head.head, passive_subject=True)
            # "..., she said": a personal pronoun stands for its person; "It is the
            # leader's first trip" is no organisation's trip, but "it had completed the
            # purchase of Y" is the company's doing (not "it would review the purchase")
            return [
                s
                for s in found
                if not s.derived
                or (
                    s.reference == "pronoun"
                    and (s.etype is PERSON or head.lemma_.lower() in doc.lex.completion_verbs)
                )
            ]
    return []


def coordinated_people(doc: DocView, pobj: Token) -> list[Ment]:
    """ "talks with the club's president, A, and its captain, B", "joined by the minister, A,
    and the bank's director, B": the parser hangs the second person on "talks" or the verb;
    people coordinated after the object are its people too."""
    noun = pobj.head.head
    # "held talks with A, and B": or on the light verb whose object the noun is
    heads = [noun, noun.head] if noun.dep_ == "dobj" else [noun]
    if noun.dep_ == "dobj" and noun.head.dep_ == "conj":
        heads.append(noun.head.head)  # "flew in and was shown round X by A, and B": on "flew"
    return [
        m
        for head in heads
        for c in head.children
        # (a second object of the light verb: "held talks with A, and B")
        if c.dep_ in ("conj", "dobj") and c.i > pobj.i and c.pos_ in ("NOUN", "PROPN")
        # (or the name apposed to a role the lexicon does not list: "the race's delegate, B")
        for m in doc.referents(c) or [m for a in children(c, "appos") for m in doc.referents(a)]
        if m.etype is PERSON
    ]


def at_home(doc: DocView, person: Ment, place: Ment) -> bool:
    """ "Kenya's transport secretary, X, held talks in Mombasa", "the mayor of Harare, X, held
    talks in Harare": a title of the town, or of the country the town is in, says the person
    is at home there, not on a visit."""
    index = packaged_country_index()
    where = (
        index.code_for_name(place.name)
        if place.etype is EntityType.COUNTRY
        else city_country_code(place.name)
    )
    for attachment in doc.references.titles:
        if attachment.person.name != person.name and attachment.person.name.split()[-1:] != [
            person.name
        ]:
            continue
        phrase = attachment.phrase
        named = [phrase.holder, *phrase.targets]
        if any(m is not None and place.name in (m.name, *m.name.split()) for m in named):
            return True  # "the mayor of Harare", "the Lagos governor"
        if where is None:
            continue
        countries = [m.name for m in named if m is not None and m.etype is EntityType.COUNTRY]
        if phrase.holder_nationality is not None:
            countries.append(phrase.holder_nationality.country)
        if any(index.code_for_name(c) == where for c in countries):
            return True
    return False


_WHEN = ("prep", "npadvmod")


def one_occasion(doc: DocView, verb: Token) -> bool:
    """Whether a meeting verb tells of one occasion all its people were at: a meal or talks
    ("for dinner"), "together", or a day ("on Monday"); not one by one ("separately")."""
    said = list(verb.subtree)
    if verb.dep_ == "conj" and not any(c.dep_ in ("advmod", "npadvmod") for c in verb.children):
        # "flew to X on Tuesday and sat down with A and B": the day of the first verb's (not
        # "and later that month sat down with", a day of its own)
        said += [t for c in verb.head.children if c.dep_ in _WHEN for t in c.subtree]
    words = {t.lower_ for t in said} | {t.lemma_.lower() for t in said}
    if words & doc.lex.apart_words:
        return False
    return bool(words & (doc.lex.occasion_nouns | doc.lex.together_words | set(WEEKDAYS)))
