"""Plural references to people: "They were received by X" after "A flew in with B", "the
co-chairs" after "the two co-chairs, A and B": the people those words stand for."""

from __future__ import annotations

from spacy.tokens import Token

from textkg.extract.descriptions import shares_word
from textkg.extract.document import PERSON, DocView
from textkg.extract.mentions import Ment
from textkg.records import EventKind

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def travelled_together(doc: DocView, sentence: int, *, further: bool = False) -> list[Ment]:
    """ "X flew in from Jakarta with Y. They were received by ...": the people the sentence
    before names as its verb's subjects and their companions ("with Y"), or whom it says
    met ("X welcomed Y"); ``further``, if that sentence names fewer than two, the one before
    it too ("X welcomed Y. Y had flown in from Z. W joined them": not "they", which may
    be things the sentence between speaks of)."""
    people: list[Ment] = []
    for before in (sentence - 1, sentence - 2) if further else (sentence - 1,):
        if before < 0 or len(people) >= 2:
            break
        if before == sentence - 2 and _speaks_of_things(doc, sentence - 1):
            break  # "X welcomed Y. The delegations signed four agreements. W received them"
        people += [
            m
            for m in _together_in(doc, before)
            if all(p.name != m.name and not shares_word(p.name, m.name) for p in people)
        ]
    return people


def _speaks_of_things(doc: DocView, sentence: int) -> bool:
    """The sentence has things in the plural as a subject or object ("signed four trade
    agreements", "drafted new rules"): what a "them" after it may stand for."""
    span = doc.sentences[sentence]
    return any(
        t.tag_ == "NNS"
        and t.dep_ in ("nsubj", "nsubjpass", "dobj")
        and t.lemma_.lower() not in doc.lex.people_nouns
        for t in doc.doc[span.start_token : span.end_token]
    )


def _together_in(doc: DocView, sentence: int) -> list[Ment]:
    people: list[Ment] = []
    for ment in doc.sentence_mentions(sentence):
        token = doc.doc[doc.root_of(ment)]
        while token.dep_ in ("conj", "appos") and token.head.i != token.i:
            token = token.head  # "with the head of the agency, General X"
        # (not who said it: "..., X said")
        subject = (
            token.dep_ in _SUBJECT_DEPS
            # "X, the firm's chief executive, welcomed Y": the name read as a modifier
            or (token.dep_ == "npadvmod" and token.i < token.head.i)
        ) and token.head.lemma_ not in doc.lex.speech_verbs
        companion = (token.dep_ == "pobj" and token.head.lower_ == "with") or _apposed_to_with(
            doc, ment
        )
        met = token.dep_ == "dobj" and any(
            f.event is EventKind.MEETING for f in doc.lex.verb_senses(token.head.lemma_)
        )
        new = all(p.name != ment.name for p in people)
        if ment.etype is PERSON and not ment.derived and (subject or companion or met) and new:
            people.append(ment)
    return people


def _apposed_to_with(doc: DocView, ment: Ment) -> bool:
    """ "flew in with the head of the agency, General X": the name after a comma that closes a
    "with" phrase is apposed to its object, however the parser hung it."""
    comma = ment.start - 1
    while comma > ment.start - 4 and comma > 0 and doc.table.text[comma][:1].isupper():
        comma -= 1  # past a title written before the name ("Lieutenant General")
    if (
        comma < 2
        or doc.table.text[comma] != ","
        or doc.table.dep[doc.root_of(ment)] in _SUBJECT_DEPS
        # (not ", President Ghani's office said": a speaker's owner)
        or doc.table.text[ment.end : ment.end + 1] in (["'s"], ["’s"])
    ):
        return False
    edge = doc.doc[comma - 1]
    return any(
        t.lower_ == "with" and t.dep_ == "prep" and t.right_edge.i == edge.i
        for t in edge.doc[max(0, comma - 30) : comma]
    )


def groups_named_again(doc: DocView) -> None:
    """ "the two co-chairs, A and B, received X ... The co-chairs then hosted Y": a plural
    noun phrase that listed people in apposition, written again with "the" and no list of
    its own, stands for the same people."""
    groups: dict[str, list[Ment]] = {}
    for token in doc.doc:
        key = _plural_phrase(token)
        if key is None:
            continue
        listed = [
            m
            for c in token.children
            if c.dep_ == "appos"
            for t in (c, *c.conjuncts)
            if (m := doc.at[t.i]) is not None and m.etype is PERSON
        ]
        if len(listed) >= 2:
            groups.setdefault(key, listed)
        elif (
            not listed
            and key in groups
            and any(c.lower_ == "the" for c in token.children)
            # (not "the ministers of the G7": a group its own phrase names)
            and not any(c.dep_ == "prep" for c in token.children)
        ):
            doc.references.plural_pronouns.setdefault(token.i, groups[key])


def _plural_phrase(token: Token) -> str | None:
    """The words of a plural common noun phrase, without its article or number ("the two
    co-chairs": "co-chairs"), or None."""
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ in ("compound", "appos"):
        return None
    words = [c for c in token.lefts if c.dep_ in ("compound", "amod")] + [token]
    if not any(w.tag_ in ("NNS", "NNPS") for w in words):
        return None
    return " ".join(w.lower_ for w in words)
