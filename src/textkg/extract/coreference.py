"""Pronouns: "He also met President X" is a fact about the person the article was speaking of.

A personal pronoun (he, she, him, her; it for organisations) stands for the most salient
entity of its kind before it: the latest subject of a recent sentence, else the latest one
mentioned, within a short window, agreeing in sex where the given name tells it. The
pronoun gets a mention of its own that carries the antecedent's name, so the facts of its
sentence are found and their extractor says they rest on a resolved reference.
"""

from __future__ import annotations

from spacy.tokens import Token

from textkg.extract.arguments import opening_day_subject, subjects
from textkg.extract.cataphora import subject_after
from textkg.extract.document import ORG, PERSON, PLACE, DocView, defined_place
from textkg.extract.mentions import Ment
from textkg.extract.plural_references import groups_named_again, travelled_together
from textkg.extract.registry import annotator
from textkg.extract.sexes import Sexes, agrees, given_names, told_sexes
from textkg.extract.syntax import children, verbs_above
from textkg.names import written_short
from textkg.records import EntityType, EventKind

#: Sentences back a pronoun can reach for its antecedent.
_WINDOW = 3
_PERSONAL = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
_NEUTER = frozenset({"it", "its"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


@annotator("pronouns")
def resolve_pronouns(doc: DocView) -> None:
    """Personal pronouns → the salient person (or organisation for "it") before them."""
    table = doc.table
    sexes = Sexes(given_names(doc), told_sexes(doc))
    groups_named_again(doc)
    for span in doc.sentences:
        for i in range(span.start_token, span.end_token):
            lower = table.lower[i]
            # ("On Monday she and X signed": "she" the tagger's proper noun, still a pronoun)
            pronoun = table.pos[i] == "PRON" or (table.pos[i] == "PROPN" and lower in _PERSONAL)
            if not pronoun or doc.at[i] is not None:
                continue
            if lower in ("they", "them") and table.dep[i] in _SUBJECT_DEPS | {"dobj", "pobj"}:
                further = lower == "them"
                people = (
                    []
                    if _subjects_above(doc, i)
                    else travelled_together(doc, span.index, further=further)
                )
                if len(people) >= 2:
                    doc.references.plural_pronouns[i] = people
                continue
            if lower in _PERSONAL:
                wanted, sex = PERSON, _PERSONAL[lower]
            elif lower in _NEUTER and (table.dep[i] in _SUBJECT_DEPS | {"poss"} or _bought(doc, i)):
                if _of_a_thing(doc, i) or (lower == "it" and _after_a_things_sentence(doc, i)):
                    continue
                wanted, sex = ORG, ""
            else:
                continue
            antecedent = (
                (
                    _place_before_its_leader(doc, i, span.index)
                    or _owner_doing(doc, i)
                    or _owner_coordinated(doc, i)
                    or named_after_a_thing(doc, i, doc.owner[i])
                )
                if lower == "its"
                else None
            )
            if antecedent is None and wanted is PERSON:
                antecedent = _doer_of_where(doc, i, sex, sexes)
            if antecedent is None and lower == "it":
                antecedent = _relative_bodys(doc, i)
            if antecedent is None and lower in _NEUTER:
                antecedent = subject_after(doc, i)  # "Since its takeover by Y, X has ..."
            antecedent = antecedent or _antecedent(doc, i, span.index, wanted, sex, sexes)
            if antecedent is None and lower in _NEUTER:
                antecedent = defined_place(doc)  # "Tarvu is a town in X. It houses Y"
            if antecedent is not None:
                ment = doc.derived(i, i + 1, antecedent.etype, antecedent.name, span.index)
                ment.reference = "pronoun"
                doc.references.pronouns[i] = ment


def _relative_bodys(doc: DocView, i: int) -> Ment | None:
    """ "X, which has been part of Y since the group bought it in 2041": "it", the object
    of a clause within a relative clause about a body, is that body."""
    token = doc.doc[i]
    if token.dep_ != "dobj":
        return None
    for above in token.ancestors:
        if above.dep_ == "relcl" and any(c.lower_ in ("which", "that") for c in above.children):
            head = above.head.head if above.head.dep_ == "appos" else above.head
            ment = doc.at[head.i]  # (or the name a described noun is apposed to)
            if above.i != token.head.i and ment is not None and ment.etype is ORG:
                return ment
            return None
    return None


def _subjects_above(doc: DocView, i: int) -> bool:
    """ "A and B flew to X, where they visited Y": "they" the subjects, named in its own
    sentence, of a verb the pronoun's clause hangs under."""
    token = doc.doc[i]
    above = {t.i for t in token.ancestors}
    return token.dep_ in _SUBJECT_DEPS and any(
        m.etype is PERSON
        and doc.owner[m.start] == doc.owner[i]
        and m.start < i
        and doc.table.dep[doc.root_of(m)] in _SUBJECT_DEPS
        and doc.doc[doc.root_of(m)].head.i in above
        for m in doc.mentions
    )


def _bought(doc: DocView, i: int) -> bool:
    """ "X's owner, Y, bought it in 2041": "it" the object of a verb of buying, a body."""
    from textkg.extract.rules.verb_objects import bought_object, buyers  # imports this module

    if not bought_object(doc.lex, doc.doc[i]):
        return False
    # not when the sentence names two bodies before it besides the buyer ("X sold Y to Z,
    # which bought it": the seller or the sold one)
    buyer = {t.i for t in buyers(doc.doc[i].head)}
    # (a buyer written as a description is the body it describes: "X has been part of Y
    # since the Oslo-based group bought it")
    described = {m.name for t in buyers(doc.doc[i].head) for m in doc.referents(t)}
    sentence = doc.sentences[doc.owner[i]]
    others = {
        m.name
        for m in doc.mentions
        if m.etype is ORG
        and sentence.start_token <= m.start
        and m.end <= i
        and not any(m.start <= b < m.end for b in buyer)
        and not (doc.doc[m.end - 1].dep_ == "appos" and doc.doc[m.end - 1].head.i in buyer)
    } - described
    return len(others) < 2


def _of_a_thing(doc: DocView, i: int) -> bool:
    """ "It was the first visit to Erbil by ...": "it" the subject of a copula whose
    attribute is no kind of organisation stands for a thing or an event."""
    verb = doc.doc[i].head
    if doc.table.dep[i] != "nsubj" or verb.lemma_ != "be":
        return False
    attrs = [c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
    kinds = doc.lex.copula_org_kinds | doc.lex.classifier_nouns
    return bool(attrs) and all(a.lemma_.lower() not in kinds for a in attrs)


def _after_a_things_sentence(doc: DocView, i: int) -> bool:
    """ "The unit is run by X and Y. It is led by Z": "It" opening a sentence after one whose
    subject is a thing no name or description stands for is that thing (not X or Y)."""
    sentence = doc.owner[i]
    if sentence == 0 or doc.sentences[sentence].start_token != i:
        return False
    before = doc.sentences[sentence - 1]
    table = doc.table
    subjects = _main_subjects(doc, before.start_token, before.end_token)
    # "The unit", "The project": a thing introduced as one (not "Net income rose", "Shares
    # fell", figures in a sentence about the company)
    return bool(subjects) and all(
        table.pos[k] == "NOUN"
        and table.tag[k] == "NN"
        and any(c.lower_ in ("the", "this", "a", "an") for c in doc.doc[k].children)
        and doc.at[k] is None
        and not any(c.dep_ == "poss" for c in doc.doc[k].children)
        and not doc.description(doc.doc[k])
        # (not "The cooperative, the Siguiri Miners Union, represents ...": named after all)
        and not any(c.dep_ == "appos" and doc.at[c.i] is not None for c in doc.doc[k].children)
        for k in subjects
    )


def _place_before_its_leader(doc: DocView, i: int, sentence: int) -> Ment | None:
    """ "Bohol, a province of the Philippines, draws divers. Its governor, X": "its" before
    a title only a place's leader holds, after a sentence about a place, is that place's
    (not the organisation named before it)."""
    table = doc.table
    if sentence == 0 or table.dep[i] != "poss":
        return None
    title = table.head[i]
    if not any(
        table.span_lower(title + 1 - len(key.split()), title + 1) == key
        for key in doc.lex.place_leaders
    ):
        return None
    before = doc.sentences[sentence - 1]
    for k in _main_subjects(doc, before.start_token, before.end_token):
        ment = doc.at[k]
        # (not a country: "Kenya raised its rate. Its governor, X" is its central bank's)
        country = ment is not None and ment.etype is EntityType.COUNTRY
        if ment is not None and ment.etype.kind is PLACE and not ment.derived and not country:
            return ment
    return None


def _owner_doing(doc: DocView, i: int) -> Ment | None:
    """ "Uzbekistan sent its deputy minister": the organisation or country that is the
    subject of the verb whose object "its" qualifies (or the body a described subject
    stands for: "The group will keep its radio station")."""
    table = doc.table
    noun = table.head[i]
    if table.dep[i] != "poss" or table.dep[noun] != "dobj":
        return None
    verb = table.head[noun]
    if table.dep[verb] == "relcl" and any(
        c.lower_ in ("which", "that") and c.dep_ == "nsubj" for c in doc.doc[verb].children
    ):
        # "Y, which completed its purchase of X": the body the clause is about (also "Y, a
        # group based in P, which ...", the clause hung on the place)
        ment = doc.at[table.head[verb]]
        if ment is not None and ment.etype.kind is PLACE:
            bodies = [m for m in subjects(doc, doc.doc[verb])[0] if m.etype is ORG]
            ment = bodies[0] if len(bodies) == 1 else None
        return ment if ment is not None and ment.etype is ORG and not ment.derived else None
    for k in range(max(0, verb - 12), verb):
        if table.head[k] != verb or table.dep[k] != "nsubj":
            continue
        ment = doc.at[k]
        if ment is not None and not ment.derived and ment.etype in (ORG, EntityType.COUNTRY):
            return ment
        if ment is None and table.pos[k] == "NOUN":
            # "The group will keep its radio station": the body the subject describes
            return next(iter(doc.description(doc.doc[k])), None)
    return None


def _owner_coordinated(doc: DocView, i: int) -> Ment | None:
    """ "the hospital's board chair, X, and its chief of medicine, Y": "its" in a phrase
    coordinated with one an organisation or a place owns is that owner's ("Peru's prime
    minister, X, and its finance minister, Y": Peru's, not a company named before)."""
    table = doc.table
    noun = table.head[i]
    if table.dep[i] != "poss" or table.dep[noun] != "conj":
        return None
    other = doc.doc[table.head[noun]]
    if other.dep_ == "appos":
        other = other.head  # "the chair, X, and its chief, Y": the list hangs on "X"
    for owner in other.children:
        if owner.dep_ == "poss" and owner.pos_ != "PRON":
            ment = doc.at[owner.i] or next(iter(doc.description(owner)), None)
            if ment is not None and (ment.etype is ORG or ment.etype.kind is PLACE):
                return ment
    return None


def named_after_a_thing(doc: DocView, i: int, sentence: int) -> Ment | None:
    """ "The estate was sold by Tudor Holdings, a family company. Its head, X": a sentence
    opening (at token ``i``) with "its" after one about a thing, not an organisation or a
    person, is of the organisation that sentence names last (outside another's phrase)."""
    table = doc.table
    if sentence == 0 or doc.sentences[sentence].start_token != i:
        return None
    before = doc.sentences[sentence - 1]
    subjects = _main_subjects(doc, before.start_token, before.end_token)
    if not subjects or any(doc.at[k] is not None or table.pos[k] != "NOUN" for k in subjects):
        return None  # a named subject, or a pronoun: the usual salience decides
    apposed = [  # "The port operator, Nieuwe Haven Terminals, said ... Its chief executive"
        m
        for k in subjects
        for c in doc.doc[k].children
        if c.dep_ == "appos" and (m := doc.at[c.i]) is not None and m.etype is ORG
    ]
    if apposed:
        return apposed[0]
    named = [m for m in doc.sentence_mentions(sentence - 1) if m.etype is ORG and not m.derived]
    agents = [m for m in named if _agent_of_root(doc, m)]
    described = [m for k in subjects for m in doc.description(doc.doc[k]) if m.etype is ORG]
    # an agent the sentence goes on to describe ("was sold by X, a family company based in
    # Y. Its head") is what it is about, as is an owner or a leader
    told = [m for m in agents if doc.table.text[m.end : m.end + 1] == [","]]
    if described and not (agents and (_owned_or_led(doc, subjects) or told)):
        # "The Monaco-based unit, which ... Its head": the unit's; "The bank was fined by
        # the regulator. Its chief executive": the bank's
        return described[0]
    if agents:  # "The strike was called by X, a member union of Y. Its head": X's
        return agents[0]  # also "The resort is owned by X. Its head": the owner's
    named = _outermost(doc, named)
    return max(named, key=lambda m: m.start) if named else None


def _main_subjects(doc: DocView, start: int, end: int) -> list[int]:
    """The tokens of a sentence (``start`` to ``end``) that are its main verb's subjects."""
    table = doc.table
    return [
        k
        for k in range(start, end)
        if table.dep[k] in _SUBJECT_DEPS and table.head[k] == _root(doc, k)
    ]


def _owned_or_led(doc: DocView, subjects: list[int]) -> bool:
    """Whether the sentence's main verb says its subject is owned, run or led by someone
    ("The resort is owned by X"), whose head "Its head" then is."""
    lex = doc.lex
    verbs = lex.company_verbs | lex.body_leading_verbs | {"lead", "operate", "manage"}
    return any(doc.table.lemma[_root(doc, k)] in verbs for k in subjects)


def _agent_of_root(doc: DocView, ment: Ment) -> bool:
    """The name is the "by" agent of its sentence's passive main verb."""
    table, k = doc.table, doc.root_of(ment)
    by = table.head[k]
    return table.dep[k] == "pobj" and table.dep[by] == "agent" and table.head[by] == _root(doc, k)


def _root(doc: DocView, k: int) -> int:
    """The root of token ``k``'s sentence."""
    head = doc.table.head
    while head[k] != k:
        k = head[k]
    return k


def _antecedent(
    doc: DocView, i: int, sentence: int, wanted: EntityType, sex: str, sexes: Sexes
) -> Ment | None:
    """The latest subject of the wanted kind before token ``i`` in the window, else the
    latest mention of that kind, if it agrees in sex (as ``sexes`` reads the article's given
    names and honorifics)."""
    first = doc.sentences[max(0, sentence - _WINDOW)].start_token
    table = doc.table
    candidates = [
        m
        for m in doc.mentions
        if first <= m.start
        and m.end <= i
        and m.etype is wanted
        # a pronoun resolved before keeps its person salient ("She was in Ottawa, where
        # she met X. Y telephoned her": the first "she")
        and (not m.derived or (m.reference == "pronoun" and table.dep[m.start] in _SUBJECT_DEPS))
    ]
    candidates = [m for m in candidates if agrees(m, sex, sexes)]
    if table.dep[i] in ("dobj", "dative"):
        # "X handed him a note": an object pronoun is never its own verb's subject, nor the
        # subject of the verb its infinitive says the purpose of ("X flew to Lima to meet her")
        verbs = _controlling_verbs(doc, table.head[i])
        candidates = [m for m in candidates if not any(_subject_of(doc, m, v) for v in verbs)]
        # "X met Y in Dublin to brief him": the person the controlling verb took, Y
        taken = [m for m in candidates if any(_object_of(doc, m, v) for v in verbs[1:])]
        if taken:
            return max(taken, key=lambda m: m.start)
    if table.dep[i] == "pobj" and table.lower[table.head[i]] == "with":
        # "X visited the dam with Y and held talks with her": not the one holding them
        verbs = _verbs_above_with(doc, table.head[i])
        holders = [m for m in doc.mentions if any(_subject_of(doc, m, v) for v in verbs)]
        candidates = [m for m in candidates if not any(_same_one(m.name, h.name) for h in holders)]
    # (further back when no body is named nearer: "studied at the university. [...] She
    # was received by X, its vice-president")
    reach = 1 if candidates else _WINDOW
    described = _described_before(doc, i, sentence, reach) if table.lower[i] == "its" else None
    # (nearer than any name: "Y's chief met X, the station's founder, and Z, its host")
    if described is not None and all(m.start < described[1] for m in candidates):
        return described[0]  # "X has run the brewery since 2037. Its head brewer, Y"
    if not candidates:
        return None
    if table.dep[i] == "poss" and i >= 2 and table.lower[i - 1] == "and":
        # "dinner hosted by X and his wife Y": the name the possessive is coordinated with
        joined = [m for m in candidates if m.end == i - 1]
        if joined:
            return joined[-1]
    candidates = _outermost(doc, candidates)
    if table.dep[i] in ("dobj", "dative", "pobj") and doc.owner[i] > 0:
        # "A summoned Mr X. Its chair, B, met him": an object pronoun is of the sentence
        # just before when that names someone, over an older sentence's subject
        latest = max(doc.owner[m.start] for m in candidates)
        # (unless that sentence speaks of someone by a pronoun too: "Reporters asked him
        # about Y. Z met him": the one it is about)
        pronouns = doc.references.pronouns
        spoken = any(doc.owner[k] == latest and r.etype is wanted for k, r in pronouns.items())
        # (or of its own sentence: "X visited Y with Z and held talks with her": Z, one of a
        # clause joined to the pronoun's, not of "X, who met Z in May, held talks with her")
        own = [m for m in candidates if _in_a_joined_clause(doc, m, i)]
        if latest == doc.owner[i] - 1 and not spoken:
            candidates = [m for m in candidates if doc.owner[m.start] == latest]
        elif latest == doc.owner[i] and own and not spoken:
            candidates = own
    subjects = [m for m in candidates if _subject(doc, m)]
    centre = _continued_by_pronoun(doc, i, sentence, subjects) if subjects else None
    pool = subjects or candidates
    return centre or max(pool, key=lambda m: m.start)


def _continued_by_pronoun(doc: DocView, i: int, sentence: int, subjects: list[Ment]) -> Ment | None:
    """ "He flew to X on Monday. On Tuesday A and B took him round the ground. He was then
    received by C": the one the sentences go on about, its subject two sentences back and a
    pronoun in the one before, over a newer subject named there."""
    if doc.table.dep[i] not in _SUBJECT_DEPS or sentence < 2:
        return None
    before = [
        r
        for k, r in doc.references.pronouns.items()
        # (an object's "him", not a possessive's "his": "since his nomination, X has ...")
        if doc.owner[k] == sentence - 1
        and doc.table.dep[k] in ("dobj", "dative", "pobj")
        # (a guest's: "took him round", not "Y criticised him. He then flew to Z", Y's)
        and _hosted(doc, doc.doc[k])
    ]
    named = [m for m in subjects if doc.owner[m.start] == sentence - 1]
    if len(before) != 1 or not named or any(m.name == before[0].name for m in named):
        return None
    earlier = [m for m in subjects if doc.owner[m.start] == sentence - 2]
    return next((m for m in reversed(earlier) if m.name == before[0].name), None)


def _hosted(doc: DocView, pronoun: Token) -> bool:
    """The verb over an object pronoun is one of meeting someone ("took him round the ground",
    "welcomed him", "dined with him"), which leaves its guest the one the story is about."""
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    senses = doc.lex.verb_senses(verb.lemma_.lower())
    return any(f.event is EventKind.MEETING for f in senses)


def _in_a_joined_clause(doc: DocView, ment: Ment, i: int) -> bool:
    """Whether a name is said in a clause coordinated with the one of token ``i`` (the verbs
    of both, the one the other's conjunct)."""
    if doc.owner[ment.start] != doc.owner[i]:
        return False
    mine = next(verbs_above(doc.doc[i]), None)
    theirs = next(verbs_above(doc.doc[doc.root_of(ment)]), None)
    if mine is None or theirs is None or mine.i == theirs.i:
        return False
    return (theirs.dep_ == "conj" and theirs.head.i == mine.i) or (
        mine.dep_ == "conj" and mine.head.i == theirs.i
    )


def _described_before(doc: DocView, i: int, sentence: int, reach: int) -> tuple[Ment, int] | None:
    """The organisation a definite description stands for ("the brewery"), the last one in
    the ``reach`` sentences before "its" or in its own sentence before it, and the token of
    the description."""
    start = doc.sentences[max(0, sentence - reach)].start_token
    for k in range(i - 1, start - 1, -1):
        token = doc.doc[k]
        # (or "The charity's founder, X, who chairs its board")
        if token.pos_ != "NOUN" or token.dep_ not in ("dobj", "pobj", "nsubj", "nsubjpass", "poss"):
            continue
        if [c.lower_ for c in token.lefts if c.dep_ != "case"] != ["the"]:  # (its words before)
            if reach > 1 and token.lemma_.lower() in doc.lex.org_head_nouns:
                return None  # "home to the country's oldest university. Its rector": nearer
            continue  # a bare "the brewery" (not "the regional university", a guess)
        known = doc.at[k]  # (a description read already: "the refinery's chief executive")
        found = doc.description(token) if known is None else [known] if known.derived else []
        if found and found[0].etype is ORG:
            # (not the object of a body's own verb: "X expanded the brewery. Its chief
            # executive" is X's, the subject the sentence is about)
            return None if _a_body_does(doc, token) else (found[0], k)
    return None


def _a_body_does(doc: DocView, noun: Token) -> bool:
    """Whether an organisation is the subject of a verb above a noun that is no subject
    ("Kestrel plans to sell the brewery", "announced a deal with the bank")."""
    if noun.dep_ in _SUBJECT_DEPS:
        return False
    return any(
        c.dep_ in _SUBJECT_DEPS and any(m.etype is ORG for m in doc.referents(c))
        for verb in verbs_above(noun)
        for c in verb.children
    )


def _outermost(doc: DocView, candidates: list[Ment]) -> list[Ment]:
    """The candidates not said inside another one's phrase: after "X, the local unit of
    Spain's Y", "its" is X's (a list, "X and Y", nests neither)."""
    roots = {doc.root_of(m): m for m in candidates}

    def nested(ment: Ment) -> bool:
        token = doc.doc[doc.root_of(ment)]
        while token.head.i != token.i and token.dep_ != "conj":
            token = token.head
            if roots.get(token.i, ment) is not ment:
                return True
        return False

    return [m for m in candidates if not nested(m)] or candidates


def _clause_slot(doc: DocView, ment: Ment) -> Token:
    """The word that holds the name's place in its clause: its own, or that of the noun it
    is apposed to ("Ireland's transport minister, X, said": "minister")."""
    token = doc.doc[doc.root_of(ment)]
    return token.head if token.dep_ == "appos" and token.head.i < token.i else token


def _controlling_verbs(doc: DocView, verb: int) -> list[int]:
    """The verb, and the verbs up from it while it is an infinitive of purpose or an
    object clause ("flew to Lima | to meet her", "wanted | to see him"), or a gerund with
    no subject of its own ("has owned Y | since acquiring it")."""
    found, token = [verb], doc.doc[verb]
    if (
        token.tag_ == "VBG"
        and token.dep_ == "pcomp"
        and token.head.dep_ == "prep"
        and token.head.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in _SUBJECT_DEPS for c in token.children)
    ):
        # "X has owned Y since acquiring it": a gerund's subject is its clause's verb's
        token = token.head.head
        found.append(token.i)
    while (
        token.dep_ in ("advcl", "xcomp")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        and token.head.i != token.i
        # (not "X urged Y to back him", "paid Y to protect him": the infinitive is Y's)
        and token.head.lemma_.lower() not in doc.lex.object_control_verbs
    ):
        token = token.head
        found.append(token.i)
    return found


def _same_one(a: str, b: str) -> bool:
    """One name, or a surname written alone and the full name ("Kamau", "Rose Kamau")."""
    return written_short(a, b) or written_short(b, a)


def _verbs_above_with(doc: DocView, preposition: int) -> list[int]:
    """The meeting verb a "with" phrase is of ("met with", "held talks with"), and the
    verb whose subject it shares when coordinated without its own ("visited Y and held
    talks with")."""
    lex = doc.lex
    token = doc.doc[preposition].head
    if token.pos_ == "NOUN" and token.dep_ in ("dobj", "nsubjpass"):
        if not {token.lemma_.lower(), token.lower_} & lex.occasion_nouns:
            return []
        token = token.head  # "held talks with her"
    elif token.lemma_.lower() not in lex.reciprocal_verbs:
        return []  # (not "flew to Oslo with her": one's company, whoever)
    if token.pos_ not in ("VERB", "AUX"):
        return []
    found = [token.i]
    if token.dep_ == "conj" and not any(c.dep_ in _SUBJECT_DEPS for c in token.children):
        found.append(token.head.i)
    return found


def _subject_of(doc: DocView, ment: Ment, verb: int) -> bool:
    token = _clause_slot(doc, ment)
    if token.dep_ == "conj" and token.head.dep_ in _SUBJECT_DEPS:
        token = token.head  # "Dahl and Solberg held talks": both hold them
    return token.dep_ in _SUBJECT_DEPS and token.head.i == verb


def _object_of(doc: DocView, ment: Ment, verb: int) -> bool:
    token = _clause_slot(doc, ment)
    return token.dep_ == "dobj" and token.head.i == verb


def _subject(doc: DocView, ment: Ment) -> bool:
    """A subject, or a name in apposition to one ("Ireland's transport minister, X, said")."""
    token = _clause_slot(doc, ment)
    verb = token.head
    if token.dep_ == "nsubj" and verb.i < token.i and children(verb, "nsubj")[0].i < verb.i:
        return False  # "X replaces Y, who ...": an object the parser took for a second subject
    if token.dep_ == "pobj" and verb.dep_ == "prep" and verb.head.pos_ in ("VERB", "AUX"):
        # "On Tuesday X, the chairwoman, flew to Y": taken into the opening phrase of time
        opening = opening_day_subject(doc, verb.head)
        if opening is not None and opening.i == token.i:
            return True
    # "Wong, 51, an economist, spent ...": a name the parser made its sentence's root
    return token.dep_ in _SUBJECT_DEPS or token.dep_ == "ROOT" or _identified(doc, token)


def _identified(doc: DocView, token: Token) -> bool:
    """ "This year's guest of honour is X", "The winner was Y": a name a copula gives a
    description no name has, which the sentence is about as about a subject."""
    verb = token.head
    if token.dep_ != "attr" or verb.lemma_ != "be" or verb.dep_ != "ROOT":  # not reported
        return False
    described = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(described) and described[0].pos_ == "NOUN" and doc.at[described[0].i] is None


def _doer_of_where(doc: DocView, i: int, sex: str, sexes: Sexes) -> Ment | None:
    """ "X travelled to P, where she toured the port": the subject of a "where" clause is
    the one person who went to or was in the place it describes."""
    clause = doc.doc[i].head
    if doc.table.dep[i] != "nsubj" or clause.dep_ not in ("relcl", "advcl", "ccomp"):
        return None
    if not any(c.dep_ == "advmod" and c.lower_ == "where" for c in clause.children):
        return None
    verb = clause.head
    while verb.dep_ in ("pobj", "prep", "dobj", "appos", "conj", "npadvmod") and verb.head != verb:
        verb = verb.head  # from the place up to the verb of going there
    if verb.pos_ not in ("VERB", "AUX") or verb.i > i:
        return None
    people = [m for m in subjects(doc, verb)[0] if m.etype is PERSON and agrees(m, sex, sexes)]
    return people[0] if len(people) == 1 else None
