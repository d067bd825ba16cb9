"""Delegations and teams: "an SVR delegation led by Director X" stands for the SVR, and X led
it; "the delegation" later refers back to the last one named."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from textkg.extract.candidates import Candidate, Findings, RelationCandidate
from textkg.extract.document import ORG, PERSON, DocView, Group, Role
from textkg.extract.mentions import Ment
from textkg.extract.registry import annotator, rule
from textkg.extract.role_references import sole_holder
from textkg.extract.rules.titles import role_predicate
from textkg.extract.syntax import pobjs
from textkg.extract.titles import title_keyword
from textkg.namespaces import TK


@annotator("delegations")
def find_delegations(doc: DocView) -> None:
    """Group nouns ("delegation", "team") with the organisation that sent them and who led
    them; a definite one with neither ("the delegation") is the last one named."""
    latest: Group | None = None
    table, lex, refs = doc.table, doc.lex, doc.references
    for sentence in doc.sentences:
        for index in range(sentence.start_token, sentence.end_token):
            if table.pos[index] != "NOUN" or table.lemma[index] not in lex.group_nouns:
                continue
            token = doc.doc[index]
            if token.lemma_.lower() == "party" and doc.at[token.i] is not None:
                continue
            org = _sender(doc, token)
            leader = _leader(doc, token)
            if org is None and leader is None:
                definite = any(c.lower_ in ("the", "this", "its") for c in token.children)
                if definite and latest is not None and latest.org is not None:
                    ref = doc.derived(token.i, token.i + 1, ORG, latest.org.name, sentence.index)
                    refs.groups[token.i] = Group(token.i, ref, None, sentence.index)
                elif definite and latest is not None:
                    # "X landed at the head of a delegation ... the delegation was received
                    # by Y": the one who led it (sent by no body the text names)
                    refs.groups[token.i] = Group(token.i, None, latest.leader, sentence.index)
                elif not definite:
                    latest = None  # "a delegation from the opposition": another, unnamed
                continue
            group = Group(token.i, org, leader, sentence.index)
            refs.groups[token.i] = group
            if org is not None or leader is not None:
                latest = group
            if org is not None and leader is not None:
                keyword = title_keyword(doc, leader)
                if keyword:
                    refs.roles.append(Role(keyword, org.name, leader))


def _sender(doc: DocView, token: Token) -> Ment | None:
    before = doc.mention_ending(token.i)
    if before is not None and before.etype is ORG:
        return before
    for child in token.children:
        if child.dep_ in ("compound", "nmod", "poss") and doc.at[child.i] is not None:
            ment = doc.at[child.i]
            if ment is not None and ment.etype is ORG:
                return ment
    for pobj in pobjs(token, ("of", "from")):
        for ment in doc.referents(pobj, conjuncts=False):
            if ment.etype is ORG:
                return ment
    return None


def _leader(doc: DocView, token: Token) -> Ment | None:
    """Who led the group: "a delegation led by X", "a team of observers headed by X", "X
    arrived at the head of a delegation"."""
    described = [token, *pobjs(token, ("of",))]
    for child in (c for t in described for c in t.children):
        if child.dep_ in ("acl", "relcl") and child.lemma_.lower() in ("lead", "head"):
            for pobj in pobjs(child, ("by",)):
                people = [m for m in doc.referents(pobj, conjuncts=False) if m.etype is PERSON]
                if people:
                    return people[0]
    of, head = token.head, token.head.head
    if of.lower_ == "of" and head.lower_ == "head" and head.dep_ == "pobj":
        at = head.head
        verb = at.head if at.lower_ == "at" else None
        if verb is not None and verb.pos_ in ("VERB", "AUX"):
            said = [s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")]
            people = [m for s in said for m in doc.referents(s, conjuncts=False)]
            # "The rector ... landed at the head of": the one the article titled so
            # (role references are read after delegations)
            people += [
                m
                for s in said
                if not people
                and s.pos_ == "NOUN"
                and (m := sole_holder(doc, s.lemma_.lower(), before=s.i)) is not None
            ]
            people = [m for m in people if m.etype is PERSON]
            return people[0] if len(people) == 1 else None
    return None


@rule("delegation-led-by")
def delegation_led_by(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """The leader of a delegation leads (or serves) the organisation that sent it."""
    for group in doc.references.groups.values():
        if group.org is None or group.leader is None or group.org.derived:
            continue
        leader = group.leader
        keyword = title_keyword(doc, leader)
        modifiers = [w for title in leader.titles for w in title.lower().split()]
        predicate = role_predicate(doc, keyword, modifiers) if keyword else TK.memberOf
        yield RelationCandidate(leader, predicate, group.org, group.sentence, "delegation-led-by")


RULE_NATIONAL = "national-delegation"


@rule(RULE_NATIONAL)
def national_delegation(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """Who leads a state's delegation is its national: "a Norwegian delegation led by X",
    "X led the Norwegian delegation", "with X leading the Norwegian delegation"."""
    nouns = doc.lex.national_group_nouns
    for nat in doc.nationalities:
        token = doc.doc[nat.end - 1]
        group = token.head
        if token.dep_ != "amod" or group.lemma_.lower() not in nouns:
            continue
        if any(doc.at[p.i] is not None for p in pobjs(group, ("of",))):
            continue  # "the Ukrainian delegation of a charity": where it went, not whose
        leaders = [m for m in _leaders(doc, group) if m.etype is PERSON]
        if leaders:
            country = doc.country_mention(nat)
            yield RelationCandidate(
                leaders[0], TK.nationality, country, nat.sentence, RULE_NATIONAL
            )


def _leaders(doc: DocView, group: Token) -> list[Ment]:
    led = _leader(doc, group)
    if led is not None:
        return [led]
    verb = group.head
    if group.dep_ != "dobj" or verb.lemma_.lower() not in doc.lex.body_leading_verbs | {"lead"}:
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects:
        return doc.referents(subjects[0], conjuncts=False)
    if verb.dep_ == "acl":
        # "with prime minister X leading the Norwegian delegation"
        return doc.referents(verb.head, conjuncts=False)
    return []
