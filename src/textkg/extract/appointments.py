"""Who takes the role a verb gives: "X became chairman" (the subject), "Y named X as
chairman" (the object, and Y gives it), and the "as" phrase a broken parse left apart."""

from __future__ import annotations

from spacy.tokens import Token

from textkg.extract.document import ORG, PERSON, DocView
from textkg.extract.mentions import Ment
from textkg.extract.syntax import children, copula_subject, has_modal, negated, unreal


def orphan_as(doc: DocView, verb: Token, limit: int) -> list[Token]:
    """The first "as" after the verb in its sentence, before any other verb that gives a role."""
    lex = doc.lex
    for token in doc.doc[verb.i + 1 : limit]:
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and (
            lemma in lex.role_verbs_object or lemma in lex.role_verbs_subject
        ):
            return []
        if token.lower_ == "as" and token.dep_ == "prep":
            return [token]
        if token.lower_ == "as" and token.dep_ == "mark":
            # "... as its head coach, three weeks after ...": read as a clause's "as", the
            # noun it opens is the role
            after = doc.doc[token.i + 1 : min(limit, token.i + 5)]
            return [t for t in after if t.pos_ == "NOUN" and t.left_edge.i == token.i + 1][:1]
    return []


def role_takers(doc: DocView, verb: Token, object_takes: bool) -> tuple[list[Ment], Ment | None]:
    """Who takes the role a verb gives, and the organisation that gives it: the subject
    ("X became ..."), or for naming verbs in the active the object ("Y named X ...", Y gives)."""
    subjects: list[Ment] = []
    objects: list[Ment] = []
    giver: Ment | None = None
    sworn_in = False
    # "X, whose father founded Y and who is now its chairman": a second relative clause,
    # joined to the first
    clause = verb.head if verb.dep_ == "conj" and verb.head.dep_ == "relcl" else verb
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            if child.tag_ in ("WP", "WDT") and clause.dep_ == "relcl":
                described = clause.head
                found = doc.referents(described, conjuncts=False)
                subject = copula_subject(described)
                if not found and subject is not None:
                    # "X is an American politician who is a member of Y": the copula's
                    # subject (not "It was X who became chairman": X, the attribute)
                    found = doc.referents(subject, conjuncts=False)
                if child.lower_ == "who" and not any(m.etype is PERSON for m in found):
                    found = _subject_of_the_place(doc, described) or found
            else:
                found = doc.referents(child, conjuncts=False)
            subjects = [m for m in found if m.etype is PERSON]
            orgs = [m for m in found if m.etype is ORG]
            if not orgs:  # "Poland's lower house of parliament, the Sejm, elected ...": its name
                orgs = [
                    m
                    for t in child.subtree
                    if t.dep_ == "appos" and t.i > child.i
                    for m in doc.referents(t, conjuncts=False)
                    if m.etype is ORG
                ]
            if not orgs:  # "the Y board elected ...", "the board of Y": the board's organisation
                owners = [c for c in child.children if c.dep_ == "poss"]
                owners += [
                    p for prep in child.children if prep.lower_ == "of" for p in prep.children
                ]
                orgs = [m for c in owners for m in doc.referents(c) if m.etype is not PERSON]
            if not orgs:
                orgs = [m for m in found if m.etype is not PERSON]
            if not orgs:
                orgs = _electing_body(doc, child)
            giver = orgs[0] if orgs and child.dep_ == "nsubj" else None
        elif object_takes and (
            child.dep_ == "dobj" or (child.dep_ == "oprd" and verb.dep_ != "acl")
        ):
            # "Y named X, the director of Z, as its ...": X, parsed as the predicate; "Y named
            # X chief executive": X, parsed as a word of the title
            in_title = [c for c in children(child, "compound") if child.dep_ == "oprd"]
            objects += [
                m for t in [child, *in_title] for m in doc.referents(t) if m.etype is PERSON
            ]
        elif (
            object_takes and child.dep_ == "prep" and child.lower_ == "in" and child.i == verb.i + 1
        ):
            # "Y swore in X as chairwoman": the particle parsed as a preposition
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                objects += [m for m in doc.referents(pobj) if m.etype is PERSON]
                sworn_in = True
    if object_takes and objects and not any(c.dep_ == "nsubjpass" for c in verb.children):
        if giver is None and verb.dep_ in ("acl", "relcl"):
            body = _electing_body(doc, verb.head)  # "The conference ... re-elected X"
            giver = body[0] if body else _organisation_misread_as_described(doc, verb)
        return objects, giver
    if object_takes and not objects and verb.dep_ == "amod" and verb.pos_ == "VERB":
        # "The council on Monday elected | councillor X as mayor": the verb, misread as a
        # modifier of the title before the name, gives the name the role; the body before
        # it (if the parse left it no subject) elects
        giver = giver or _electing_body_before(doc, verb)
        noun = verb.head
        while noun.dep_ == "compound" and noun.head is not noun:
            noun = noun.head
        named = [m for m in doc.referents(noun) if m.etype is PERSON]
        if named and giver is not None:
            return named, giver
    if sworn_in:
        return [], None  # someone the NER did not take for a person: not the subject
    if (
        not subjects
        and not object_takes
        and verb.dep_ == "conj"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        # "X joined Norvia in 2015 and became its chief executive", "X was born in Rabat and
        # is dean of science at Y": the first verb's subject
        first = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if verb.head.dep_ == "relcl" and any(c.tag_ in ("WP", "WDT") for c in first):
            # "X, who founded Y in 1998 and stays on as its managing director": the
            # relative's noun
            first = [verb.head.head]
        subjects = [
            m for c in first for m in doc.referents(c, conjuncts=False) if m.etype is PERSON
        ]
    if object_takes and not subjects and verb.dep_ == "acl":
        # "Starbucks on Tuesday named X as ...", parsed as a participle of "Starbucks": a
        # person after the verb says it is active, and the name before it gives the role
        named = [
            m
            for c in verb.children
            if c.dep_ in ("dobj", "oprd")
            for m in doc.referents(c)
            if m.etype is PERSON
        ]
        owner = doc.at[verb.head.i]
        if named and owner is not None and owner.etype is ORG:
            return named, owner
    return subjects, None


def _organisation_misread_as_described(doc: DocView, verb: Token) -> Ment | None:
    """ "The X Festival on Wednesday named Y as its director", parsed as a relative clause
    of "Festival" with no subject: the organisation the verb hangs on gives the role."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.i < verb.head.i:
        return None
    owner = doc.at[verb.head.i]
    return owner if owner is not None and owner.etype is ORG else None


def _electing_body_before(doc: DocView, verb: Token) -> Ment | None:
    """ "The city council of X on Monday elected": the place or body whose electing body
    ("council of X", "X's board") is named before the verb in its sentence."""
    first = doc.sentences[doc.owner[verb.i]].start_token
    for token in reversed(doc.doc[first : verb.i]):
        if token.lemma_.lower() in doc.lex.electing_bodies:
            owners = [c for c in token.children if c.dep_ == "poss"]
            owners += [p for c in token.children if c.lower_ == "of" for p in c.children]
            found = [m for c in owners for m in doc.referents(c) if m.etype is not PERSON]
            return found[0] if found else None
    return None


def _electing_body(doc: DocView, noun: Token) -> list[Ment]:
    """ "The conference at the union's headquarters re-elected X as president": a body that
    elects an organisation's officers gives the role of the organisation its words name,
    else of the story's; the role is no state's."""
    if noun.lemma_.lower() not in doc.lex.electing_bodies:
        return []
    named = [
        m
        for t in noun.subtree
        if t.i != noun.i
        for m in doc.referents(t, conjuncts=False)
        if m.etype is ORG
    ]
    story = doc.most_named_organisation()
    return named[:1] or ([story] if story is not None else [])


def subject_organisation(ctx: DocView, its: Token) -> list[Ment]:
    """The organisation the subject of a verb above "its" stands for ("The company said its
    chief financial officer, X, would leave": the company), if one is."""
    for verb in its.ancestors:
        if verb.pos_ in ("VERB", "AUX"):
            subjects = [c for c in verb.children if c.dep_ == "nsubj" and its not in c.subtree]
            found = [
                m for c in subjects for m in ctx.referents(c, conjuncts=False) if m.etype is ORG
            ]
            if found:
                return found
    return []


def appointer(ctx: DocView, its: Token, named: list[Ment]) -> list[Ment]:
    """ "Skyway appointed X, a former head of operations at Y, as its chief executive":
    under a verb that gives a role, "its" is the one who gives it, the verb's subject."""
    lex = ctx.lex
    for verb in its.ancestors:
        if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in lex.role_verbs_object:
            subjects = {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
            return [m for m in named if ctx.root_of(m) in subjects]
    return []


def _subject_of_the_place(doc: DocView, place: Token) -> list[Ment]:
    """ "X was a politician in Alberta, who served as mayor of Y": "who" hung on the place
    of the copula's phrase is the copula's subject (no place is a "who")."""
    if place.dep_ != "pobj" or place.head.dep_ != "prep":
        return []
    host = place.head.head
    copula = host if host.lemma_ == "be" else host.head if host.dep_ == "attr" else None
    if copula is None or copula.lemma_ != "be":
        return []
    subjects = [c for c in copula.children if c.dep_ == "nsubj"]
    return [m for c in subjects for m in doc.referents(c, conjuncts=False) if m.etype is PERSON]


def appointed_to_do(doc: DocView, verb: Token) -> list[Ment]:
    """ "Y appointed X to lead the company": the one appointed is who does what the
    infinitive says (an appointment done: not "will appoint", "plans to name")."""
    head = verb.head
    if (
        verb.dep_ != "xcomp"
        or head.lemma_.lower() not in doc.lex.role_giving_verbs
        or negated(head)
    ):
        return []
    if has_modal(head) or unreal(head, doc.lex.irrealis_verbs):
        return []
    if not any(o.pos_ == "PROPN" for o in children(verb, "dobj")):
        return []  # ("named X to run the company" after a takeover: which one, unsaid)
    return [m for o in children(head, "dobj") for m in doc.referents(o) if m.etype is PERSON]


def title_start(doc: DocView, child: Token, noun: Token) -> int:
    """Where the title a role verb gives begins: its noun's first word, or past the name the
    parser made a word of it ("named | X | chief executive")."""
    start = noun.left_edge.i
    named = doc.at[start] if child.dep_ == "oprd" else None
    return named.end if named is not None and named.end <= noun.i else start
