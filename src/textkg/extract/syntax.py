"""Small questions about spaCy's dependency parse that many rules ask."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Token

from textkg.months import WEEKDAYS

if TYPE_CHECKING:
    from textkg.extract.document import DocView

SUBJECTS = ("nsubj", "csubj")
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
#: The marks of a possessive after a name ("Kenya's", "Kenya’s", "the Philippines'").
POSSESSIVE_MARKS = frozenset({"'s", "’s", "'"})
MODALS = frozenset({"will", "would", "shall", "may", "might", "could", "should", "must", "can"})


def children(token: Token, *deps: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def pobjs(token: Token, preps: tuple[str, ...] | frozenset[str]) -> list[Token]:
    """The objects of the prepositions ``preps`` hanging off ``token``."""
    found: list[Token] = []
    for prep in token.children:
        if prep.dep_ == "conj" and prep.pos_ == "ADP" and prep.lower_ in preps:
            found.extend(c for c in prep.children if c.dep_ == "pobj")  # "to A and to B"
        if prep.dep_ in ("prep", "agent", "dative") and prep.lower_ in preps:
            found.extend(c for c in prep.children if c.dep_ == "pobj")
            # "travelled to A and to B": a preposition coordinated with this one
            for other in prep.children:
                if other.dep_ == "conj" and other.lower_ in preps:
                    found.extend(c for c in other.children if c.dep_ == "pobj")
            for pobj in [c for c in prep.children if c.dep_ == "pobj"]:
                for other in pobj.children:
                    if other.dep_ == "conj" and other.lower_ in preps:
                        found.extend(c for c in other.children if c.dep_ == "pobj")
    return found


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def phrase_verb(prep: Token) -> Token:
    """The word a preposition's phrase belongs to, past an "as" phrase the parser hung it on
    ("plays as a midfielder for X": "plays")."""
    word = prep.head
    if word.dep_ == "pobj" and word.head.lower_ == "as":
        return word.head.head
    return word


#: Adverbs the parser hangs a verb's preposition on ("next to X", "up to Leeds").
_HANGING_ADVERBS = frozenset({"next", "up", "down", "over", "across", "out"})  # (not "back")


def verb_pobjs(verb: Token, preps: tuple[str, ...]) -> list[Token]:
    """The objects of the verb's prepositions, also where the parser hung them on its "as"
    phrase ("plays as a midfielder for X": X) or on the game played ("plays his club rugby
    for X", not "plays a key role for X")."""
    if not preps:
        return []
    hung = [p for role in pobjs(verb, ("as",)) for p in pobjs(role, preps)]
    if verb.lemma_ == "play":
        games = [g for g in children(verb, "dobj") if g.pos_ == "NOUN" and not children(g, "det")]
        hung += [p for game in games for p in pobjs(game, preps)]
    if "for" in preps:
        # "was elected to the Storting for the Labour Party": "for" hung on the "to" object
        hung += [p for dest in pobjs(verb, ("to",)) for p in pobjs(dest, ("for",))]
    # "sat next to X", "drove up to X": the preposition hung on the adverb
    hung += [
        p
        for adv in children(verb, "advmod")
        if adv.lower_ in _HANGING_ADVERBS
        for p in pobjs(adv, preps)
    ]
    return pobjs(verb, preps) + hung


def first_conjunct(token: Token) -> Token:
    """The first of the words ``token`` is coordinated with ("in Y and X": Y), which holds
    their place in the sentence."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def copula_subject(attr: Token, copulas: frozenset[str] = frozenset({"be"})) -> Token | None:
    """The subject an attribute is said of by its copula ("Hobart is the capital of
    Tasmania": Hobart), or None when the word is no copula's attribute."""
    if attr.dep_ != "attr" or attr.head.lemma_ not in copulas:
        return None
    return next((c for c in attr.head.children if c.dep_ == "nsubj"), None)


def second_attribute_apposed(attr: Token) -> Token | None:
    """ "X is a unit of Y, the family group chaired by Z": a second attribute the parser hung
    on the copula after a comma describes the name just before the comma (Y), not the
    copula's subject; None for any other word."""
    if attr.dep_ != "attr" or attr.left_edge.i < 2:
        return None
    if not any(c.dep_ == "attr" and c.i < attr.i for c in attr.head.children):
        return None
    comma, before = attr.doc[attr.left_edge.i - 1], attr.doc[attr.left_edge.i - 2]
    if comma.text != "," or before.pos_ != "PROPN" or before.dep_ in ("nsubj", "nsubjpass"):
        return None
    # (not "X is the national airline of Norvia, a carrier led by Y": a place has no carrier)
    return None if before.ent_type_ in ("GPE", "LOC") else before


def verbs_above(token: Token) -> Iterator[Token]:
    """The verbs over a word, the nearest first."""
    while token.head.i != token.i:
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            yield token


def negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def lemma_in(token: Token, words: frozenset[str]) -> bool:
    """The token's lemma is one of ``words``, or its form is one with an inflection taken
    off (the small model lemmatises "hopes" as "hop")."""
    lower = token.lower_
    forms = {token.lemma_.lower(), lower}
    for ending in ("s", "es", "ed", "d", "ing"):
        if lower.endswith(ending) and len(lower) > len(ending) + 2:
            forms.add(lower[: -len(ending)])
    return bool(forms & words)


def unreal(token: Token, irrealis: frozenset[str]) -> bool:
    """ "tried to kill X", "will visit X", "did not meet X": the event did not happen (as far
    as the sentence says)."""
    if has_modal(token) or _scheduled(token):
        return True
    if any(c.dep_ == "advmod" and c.lower_ in ("nearly", "almost") for c in token.children):
        return True  # "was nearly folded into Y", "almost met X": it did not happen
    if token.dep_ == "pcomp" and token.head.lower_ == "without":
        return True  # "left Paris without meeting X"
    if (
        token.dep_ == "pcomp"
        and token.head.lower_ in ("before", "after", "while", "when")
        and has_modal(token.head.head)
    ):
        return True  # "will meet business leaders before flying to Cairo": still to come
    head = token
    while (head.dep_ in ("xcomp", "ccomp", "conj") or _purpose(head)) and head.head.i != head.i:
        # "will fly to Jakarta to meet X", "will visit Paris and meet X"; but "will keep
        # running X" runs it now
        shares_tense = head.dep_ == "conj" or _purpose(head)
        if head.dep_ == "xcomp" and head.head.lemma_ == "be" and head.head.pos_ == "AUX":
            return True  # "X was to meet Y on Monday", "is to visit Z": a plan
        head = head.head
        if lemma_in(head, irrealis) or negated(head) or (shares_tense and has_modal(head)):
            return True
        if head.lemma_ in ("have", "be") and any(c.lower_ == "yet" for c in head.children):
            return True  # "has yet to speak with X", "is yet to visit Y": not done so far
    return False


def _scheduled(token: Token) -> bool:
    """ "X flies to Nauru on Thursday", "meets Y tomorrow", "heads to Z next week", "is
    heading to Z later this month": the present tense with a time to come, a plan the news
    reports (a past event is told in the past)."""
    progressive = token.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in ("is", "are", "am", "'s", "'re") for c in token.children
    )
    if (token.tag_ not in ("VBZ", "VBP") and not progressive) or token.lemma_ == "be":
        return False
    days = [t for p in children(token, "prep") if p.lower_ == "on" for t in children(p, "pobj")]
    days += children(token, "npadvmod")
    coming = [t for t in children(token, "npadvmod", "advmod") if t.lower_ != "now"]
    return any(t.lower_ in WEEKDAYS or t.lower_ == "tomorrow" for t in days) or any(
        w.lower_ in _TO_COME for t in coming for w in t.subtree
    )


#: Words of a time to come: "next week", "later this month", "this weekend".
_TO_COME = frozenset({"next", "later", "tomorrow", "weekend", "tonight"})


def has_modal(token: Token) -> bool:
    """ "will visit", "could meet": a modal auxiliary on the verb itself."""
    return any(c.dep_ == "aux" and c.lower_ in MODALS for c in token.children)


def put_in_the_past(token: Token, past_adverbs: frozenset[str]) -> bool:
    """ "X previously worked at Y", "once led it": a state an adverb puts in the past; "served
    until recently as", "worked there until 2020": one the past tense says is over."""
    # (or a passive participle set before the clause: "Owned by X until 2019, Y is now ...")
    told_before = token.tag_ == "VBN" and token.dep_ == "advcl"
    return any(c.dep_ == "advmod" and c.lower_ in past_adverbs for c in token.children) or (
        (token.tag_ == "VBD" or told_before)
        and (
            any(c.dep_ == "prep" and c.lower_ == "until" for c in token.children)
            # "X, a retired engineer who worked for Y": a working life that is over
            or (token.dep_ == "relcl" and any(c.lower_ in _RETIRED for c in token.head.children))
        )
    )


#: What says of a person that their working life is over (not "a former consultant who
#: joined X", a step in a career that goes on).
_RETIRED = frozenset({"retired"})


def before_the_story(token: Token) -> bool:
    """ "X, who had headed the ministry", "had been chairman": a state the past perfect puts
    before the story (not an appointment: "had named X chairman" still holds)."""
    return token.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ == "had" for c in token.children
    )


def held_between_dates(token: Token) -> bool:
    """A past-tense verb bounded by dates or a stretch of time: "ran X from 1961 to 1968",
    "led it until 2019", "led it for nine years", "was mayor from 2016 to 2024", "served as
    chief executive between 2015 and 2019" (the bounds on the verb, or on the role it gives)."""
    if token.tag_ != "VBD":
        return False
    roles = [c for c in token.children if c.dep_ in ("attr", "oprd", "dobj")]
    roles += [
        g for c in token.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
    ]
    return any(
        c.dep_ == "prep"
        and (
            (
                c.lower_ in ("from", "until", "till", "between")
                and any(t.ent_type_ == "DATE" or t.like_num for t in c.subtree)
            )
            # "led the festival for nine years": the simple past of a stretch held, over
            # (not "hired X for two years", "led it for a decade and remains mayor")
            or (
                c.lower_ == "for"
                and token.lemma_ in _HOLDING
                and any(t.lemma_ in _STRETCHES for t in c.children)
                and not any(v.dep_ == "conj" and v.lemma_ in GOES_ON for v in token.children)
            )
        )
        for host in [token, *roles]
        for c in host.children
    )


#: Units of a stretch of time ("for nine years").
_STRETCHES = frozenset({"year", "month", "decade", "week"})
#: Verbs of holding a post, and of going on holding it.
_HOLDING = frozenset(
    {"be", "lead", "run", "chair", "head", "serve", "manage", "coach", "direct", "govern"}
)
#: Verbs of going on in a post: "stays on as managing director", "remains chief executive".
GOES_ON = frozenset({"remain", "stay", "continue"})


#: Prepositions of means: "by phone", "over video link", "through intermediaries".
_MEANS = frozenset({"by", "over", "via", "in", "on", "through"})
#: What one talks "on" at a distance (after "on" the subject of talks is named too).
_ON_THE_LINE = frozenset({"phone", "telephone", "call", "zoom", "videoconference", "radio"})


def by_remote_means(token: Token, remote_words: frozenset[str]) -> bool:
    """ "met by video link", "talks over the phone", "met online", "discussed it in a phone
    call", "spoke with X on the phone", "gave X a virtual tour", "joined X for talks by video
    link", "discussed it with X through intermediaries": not in person."""
    for child in token.children:
        if child.dep_ == "dobj" and any(
            c.dep_ in ("amod", "compound") and c.lower_ in remote_words for c in child.children
        ):
            return True
        # (or hung on the thing: "shown round the plant by X in a video")
        if child.dep_ == "dobj" and by_remote_means(child, remote_words):
            return True
        # (or hung on whom or what for: "spent the day with X on the phone")
        hung = child.dep_ == "prep" and child.lower_ in ("for", "with")
        if hung and any(by_remote_means(o, remote_words) for o in children(child, "pobj")):
            return True
        if child.dep_ in ("prep", "agent") and child.lower_ in _MEANS:
            # the means itself ("by video link", "via a phone call"), not a word of a name
            # further in ("welcomed by X, the manager of Upolu Sea Link")
            means = [m for p in _means_of(child) for m in (p, *p.children)]
            if child.lower_ == "on":  # "on the phone", not talks "on a rail link"
                means = [p for p in children(child, "pobj") if p.lower_ in _ON_THE_LINE]
            if any(t.lower_ in remote_words and not _in_a_longer_name(t) for t in means):
                return True
        elif child.dep_ == "advmod" and child.lower_ in remote_words:
            return True
    return False


def _means_of(prep: Token) -> list[Token]:
    """The nouns a preposition of means names, through "of" ("by way of a video link")."""
    found = [p for p in prep.children if p.dep_ == "pobj"]
    for noun in found:
        found += [p for c in noun.children if c.lower_ == "of" for p in children(c, "pobj")]
    return found


def _in_a_longer_name(token: Token) -> bool:
    """A word inside a name of more than one word ("Sea Link", "Video Arts")."""
    doc = token.doc
    return token.ent_iob_ == "I" or (
        token.ent_iob_ == "B" and token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I"
    )


def _purpose(token: Token) -> bool:
    """ "(flew to Jakarta) to meet X": an infinitive of purpose, as real as its main verb."""
    return token.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children
    )


def did_not_happen(token: Token, irrealis: frozenset[str]) -> bool:
    """Whether a verb's own event is denied, to come, or only tried or wished ("did not
    shoot", "will shoot", "tried to shoot"); a denial of another clause ("could not say why
    X shot Y", "did not flee and shot Y") says nothing of it."""
    if negated(token) or has_modal(token):
        return True
    while token.dep_ == "xcomp" and token.head.i != token.i:
        token = token.head
        if lemma_in(token, irrealis) or negated(token):
            return True
    return False


def objects_read_as_subjects(verb: Token) -> list[Token]:
    """ "X hosted Anneke Visser, a zoologist, for lunch": a second subject after a verb that
    has one before it and no object is the parser's mistake for the object."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if any(c.dep_ == "dobj" for c in verb.children) or not any(c.i < verb.i for c in subjects):
        return []
    return [c for c in subjects if c.i > verb.i]


def objects_read_as_conjuncts(verb: Token) -> list[Token]:
    """ "X met the minister, A, and the commissioner, B, who heads Y": a noun after the
    verb's object that the parser joined to the verb itself, as if a second verb; the
    second object."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        return []
    return [
        c
        for c in verb.children
        # (or a name set off after "and": "met A and, separately, B")
        if (c.dep_ == "conj" or (c.dep_ in ("npadvmod", "dep") and c.pos_ == "PROPN"))
        # a role with its one name ("the commissioner, B"), not a gapped clause's subject
        # and object ("and Baerbock the minister, Wang Yi"; "and his wife, A, the emir's wife")
        and c.pos_ in ("NOUN", "PROPN")
        and not _gapped(c)
        and c.i > objects[0].i
        and (
            any(d.dep_ == "cc" and objects[0].i < d.i < c.i for d in verb.children)
            or _named_after_a_count(objects[0], c)
        )
    ]


def _named_after_a_count(counted: Token, named: Token) -> bool:
    """ "met two of the mill's critics outside the court, A, ... and B": names after a
    comma that the parser hung on the verb, where the object only counts people."""
    # (the sentence's own verb, not "While X was meeting the governors, A, B and C waited")
    return (
        (counted.pos_ == "NUM" or counted.tag_ == "NNS")
        and counted.head.dep_ == "ROOT"
        and named.dep_ in ("npadvmod", "dep")
        and named.pos_ == "PROPN"
        and named.doc[named.left_edge.i - 1].text == ","
    )


def object_read_as_head(verb: Token) -> list[Token]:
    """ "On Tuesday afternoon X hosted A and B at ...": a verb with its subject that the
    parser hung on the name after it as a modifier, making the name the sentence's root;
    that name is the object."""
    head = verb.head
    if (
        verb.dep_ == "amod"
        and verb.tag_ in ("VBD", "VBN")
        and head.pos_ == "PROPN"
        and head.i > verb.i
        and (
            (head.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in verb.children))
            # "On Sunday A and B hosted C at ...": the day's phrase made the root, and the
            # subjects modifiers of the object
            or (_in_an_opening_phrase(head) and bool(subjects_read_as_modifiers(verb)))
        )
    ):
        return [head]
    return []


def subjects_read_as_modifiers(verb: Token) -> list[Token]:
    """ "On Sunday A and B hosted C": the names before a verb misread as a modifier of its
    object, which the parser hung on that object."""
    head = verb.head
    if verb.dep_ != "amod" or verb.tag_ not in ("VBD", "VBN") or not _in_an_opening_phrase(head):
        return []
    return [c for c in head.children if c.dep_ in ("nmod", "compound") and c.i < verb.i]


def _in_an_opening_phrase(token: Token) -> bool:
    """A noun of a sentence's opening phrase ("On Sunday ..."), the root the parser made."""
    opening = token.head
    return token.dep_ == "pobj" and opening.dep_ == "ROOT" and opening.pos_ == "ADP"


def object_read_as_apposition(verb: Token) -> list[Token]:
    """ "After the final, the minister, X, hosted A and B at ...": a verb after its subject's
    name that the parser hung on its object as a modifier, the object apposed to the
    subject's name; that object."""
    head = verb.head
    if (
        verb.dep_ == "amod"
        and verb.tag_ in ("VBD", "VBN")
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and head.dep_ in ("appos", "conj")  # (or, past the comma, a name joined to it)
        and head.pos_ == "PROPN"
        and head.i > verb.i
        and head.head.i < verb.i
        and not any(c.dep_ == "cc" and c.i < verb.i for c in head.head.children)
        and head.head.pos_ in ("PROPN", "NOUN")  # the host's name or title
        and not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in verb.children)
    ):
        return [head]
    return []


def _gapped(noun: Token) -> bool:
    """ "and Baerbock the minister, Wang Yi", "and his wife, A, the emir's wife": a new
    subject before the noun, or a second noun phrase after its name: a clause with its verb
    left out, not one more object."""
    apposed = [a for a in noun.children if a.dep_ == "appos"]
    return (
        len(apposed) > 1
        or any(c.dep_ in ("nmod", "nsubj", "npadvmod") and c.pos_ == "PROPN" for c in noun.children)
        or any(b.dep_ == "appos" for a in apposed for b in a.children)
    )


def agent_past_a_place(verb: Token, depth: int = 3) -> list[Token]:
    """ "was shown around the rooms by X", "was greeted at the airport by X", "introduced to
    the staff at the clinic in Y by X": the passive's agent that the parser hung on the noun
    of the verb's preposition before it (or on one of a chain of them), or on the place it
    took for the passive's object ("shown round the terminal by X", "round" read as a dative)."""
    found: list[Token] = []
    places = [n for prep in children(verb, "prep") for n in children(prep, "pobj")]
    if children(verb, "auxpass"):
        places += children(verb, "dobj")
    for noun in places:
        if noun.pos_ not in ("NOUN", "PROPN"):  # "at the airport", "at the Palais"
            continue
        agents = pobjs(noun, ("by",))
        found += agents or (agent_past_a_place(noun, depth - 1) if depth > 1 else [])
    # "received at the station by A, and by the governor, B": the second "by" the parser
    # joined to the place's preposition
    found += [
        n
        for prep in children(verb, "prep")
        for other in prep.conjuncts
        if other.lower_ == "by"
        for n in children(other, "pobj")
    ]
    return found


def contact_clause_object(verb: Token) -> list[Token]:
    """ "Kestrel, the startup Norvia acquired last year": the noun a relative clause with no
    pronoun describes is its verb's object (the name it is apposed to, if any)."""
    if verb.dep_ != "relcl" or is_passive(verb) or children(verb, "dobj", "ccomp", "xcomp"):
        return []
    subject = children(verb, "nsubj")
    if len(subject) != 1 or subject[0].lower_ in RELATIVE_PRONOUNS or subject[0].pos_ != "PROPN":
        return []
    if any(c.lower_ in RELATIVE_PRONOUNS for c in verb.subtree):
        return []
    head = verb.head
    return [head.head if head.dep_ == "appos" else head]


def with_pobjs(verb: Token) -> list[Token]:
    """The objects of the verb's "with", also where the parser hung it on the name the verb
    takes ("visited the Kegums Dam with X")."""
    named = [o for o in children(verb, "dobj") if o.pos_ == "PROPN"]
    return pobjs(verb, ("with",)) + [p for o in named for p in pobjs(o, ("with",))]


def who_clause_before(verb: Token) -> Token | None:
    """ "Guests included X, who flew to Y, where ..., and met Z": the verb of the "who"
    clause that ends right before ``verb``, a conjunct the parser hung on the main verb
    past the clause (a nested clause in it hides where the first one ends)."""
    k = verb.i - 1
    while k > verb.head.i and (verb.doc[k].is_punct or verb.doc[k].dep_ == "cc"):
        k -= 1
    token = verb.doc[k]
    while token.i > verb.head.i and token.head is not token:
        subject = children(token, "nsubj", "nsubjpass")  # "who flew", "who was born"
        if token.dep_ == "relcl" and any(c.lower_ == "who" for c in subject):
            return token
        token = token.head
    return None


def main_subject(clause: Token) -> Token | None:
    """The subject of the sentence a relative clause's noun hangs in ("X is owned by Y,
    which ...", "X is a unit of Y, a group that ..."), if the noun is in its predicate."""
    head = clause.head
    while (
        head.dep_ in ("appos", "pobj", "prep", "agent", "attr", "conj", "acl")
        and head.head.i != head.i
    ):
        head = head.head
    if head.pos_ not in ("VERB", "AUX") or head.dep_ != "ROOT":
        return None
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subjects[0] if subjects and subjects[0].lower_ not in ("it", "which", "that") else None


def relative_of_having(noun: Token) -> Token | None:
    """The relative clause of "have" whose object ``noun`` is ("X, a group which has its
    headquarters in Y": "has"), whatever the parser took "its" for."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_ != "have" or verb.dep_ != "relcl":
        return None
    return verb if any(c.lower_ in ("which", "that") for c in children(verb, "nsubj")) else None


def done_in_the_active(doc: DocView, lemma: str) -> Iterator[tuple[int, Token]]:
    """(sentence, verb) for each verb of ``lemma`` in the active that happened: not denied,
    not a plan, a wish or a modal's ("X sold Y to Z", "X met investors in London")."""
    for span in doc.sentences:
        for verb in doc.doc[span.start_token : span.end_token]:
            if verb.lemma_.lower() != lemma or verb.pos_ != "VERB" or is_passive(verb):
                continue
            if not (negated(verb) or has_modal(verb) or unreal(verb, doc.lex.irrealis_verbs)):
                yield span.index, verb


def passive_subjects(verb: Token) -> list[Token]:
    """The passive's subjects, where the parser may have put them elsewhere: on the
    auxiliary ("X is 80% owned by Y"), or under a plural noun it read as a verb ("X, a
    maker of stoves, was bought by Y": "stoves" the subject, X its own)."""
    found = children(verb, "nsubjpass") or [
        s for aux in children(verb, "auxpass") for s in children(aux, "nsubj")
    ]
    return [
        next(iter(children(s, "nsubj")), s) if s.tag_ == "VBZ" and s.pos_ == "VERB" else s
        for s in found
    ]


def participle_joined_across(verb: Token) -> Token | None:
    """ "X runs for Y, a squad based in Ghent and managed by Z": a bare passive participle
    the parser joined to the sentence's finite verb (which no "and managed" continues: that
    would need "is") continues the participle clause right before its "and" ("based")."""
    if (
        verb.dep_ != "conj"
        or verb.tag_ != "VBN"
        or verb.head.tag_ not in ("VBZ", "VBD", "VBP")
        or children(verb, "aux", "auxpass", "nsubj", "nsubjpass")
        or verb.i < 2
        or verb.doc[verb.i - 1].lower_ != "and"
    ):
        return None
    for token in verb.doc[verb.head.i + 1 : verb.i - 1]:
        if token.dep_ == "acl" and token.tag_ == "VBN" and token.right_edge.i == verb.i - 2:
            return token
    return None
