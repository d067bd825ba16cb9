"""Who belongs to a party named by its members' adjective: "X was a Republican member of the
House", "X was elected as a Whig to the Congress", "X sought the Democratic nomination"; and
to the body "his party, X" or "her club, Y" names."""

from __future__ import annotations

from collections.abc import Iterator

from textkg.extract.candidates import Candidate, Findings, RelationCandidate
from textkg.extract.docmodel import opens_with_definition
from textkg.extract.document import ORG, PERSON, DocView
from textkg.extract.mentions.parties import said_of_a_member
from textkg.extract.registry import rule
from textkg.namespaces import TK


@rule("party-adjective")
def party_adjective_member(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """The subject of the clause a party's adjective stands in is its member."""
    adjectives = doc.lex.biography.party_adjectives
    for party in doc.mentions:
        if party.etype is not ORG or party.end - party.start != 1:
            continue
        if party.name.lower() not in adjectives or not said_of_a_member(doc, party.start):
            continue  # not "X criticised Labour": only "a Labour member", "as a Whig to"
        token = doc.doc[party.start]
        said_of_another = False
        for _ in range(4):  # up from the noun or the "as" phrase to the clause's verb
            if token.pos_ in ("VERB", "AUX") or token.head is token:
                break
            # whose the party is: the subject's attribute or "as" phrase, not an object
            # ("defeated the Republican nominee", "lost to the Democratic candidate"; but
            # "sought the Democratic nomination" is the subject's own)
            if token.dep_ in ("dobj", "pobj", "dative") and not (
                token.head.lower_ == "as" or token.lemma_.lower() == "nomination"
            ):
                said_of_another = True
            token = token.head
        if said_of_another:
            continue
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        for subject in subjects:
            for person in doc.referents(subject, conjuncts=False):
                if person.etype is PERSON:
                    yield RelationCandidate(
                        person, TK.memberOf, party, party.sentence, "party-adjective"
                    )


BRACKET_RULE = "bracketed-affiliation"

#: What may open a bracket of a person's former body: "(ex-Modern Talking)", "(formerly of X)".
_FORMER = (("ex", "-"), ("ex-",), ("formerly", "of"), ("former",), ("ex",))


@rule(BRACKET_RULE)
def bracketed_affiliation(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "the mayor is Ana Berg (Labour Party)", "covered by X (ex-Modern Talking)": the party,
    band or club a bracket right after a person's name holds, and nothing else, is one the
    person belongs or belonged to. Only in a reference article: a news report's brackets
    hold a source's agency or a player's country as often."""
    if not opens_with_definition(doc):
        return
    table = doc.table
    for person in doc.mentions:
        k = person.end
        if person.etype is not PERSON or person.derived or k + 2 >= len(table):
            continue
        if table.text[k] != "(":
            continue
        k += 1
        former = next((w for w in _FORMER if tuple(table.lower[k : k + len(w)]) == w), ())
        body = doc.mention_starting(k + len(former), skip_the=False)
        if body is None or body.etype is not ORG or body.end >= len(table):
            continue
        # a body's kind or a word of leaving says so: "(NSB)", "(Grey Elves)" after a name
        # are more often the name's short form or translation
        kind = table.lower[body.end - 1] in doc.lex.biography.member_body_words
        if table.text[body.end] == ")" and (former or kind):
            yield RelationCandidate(person, TK.memberOf, body, person.sentence, BRACKET_RULE)


@rule("own-body")
def own_body(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "Her party, Movimiento Sierra Viva, won", "his club, Harwick Rovers": the body a
    person's possessive and a membership noun name, set off in apposition, is the person's
    (the pronoun resolved to its person)."""
    nouns = doc.lex.bodies.membership_nouns
    past = doc.lex.past_modifiers | doc.lex.bodies.past_body_words
    for span in doc.sentences:
        for i in range(span.start_token, span.end_token):
            noun = doc.doc[i]
            if noun.lemma_.lower() not in nouns or noun.tag_ != "NN":
                continue
            if any(c.lower_ in past for c in noun.children):
                continue  # "his former club, X", "her old party": hers no more
            owners = [
                m
                for c in noun.children
                if c.dep_ == "poss" and c.lower_ in ("his", "her")
                for m in doc.referents(c)
                if m.etype is PERSON
            ]
            bodies = [
                m
                for c in noun.children
                if c.dep_ == "appos" and c.i > noun.i
                for m in doc.referents(c, conjuncts=False)
                if m.etype is ORG
            ]
            for person in owners[:1]:
                for body in bodies[:1]:
                    yield RelationCandidate(person, TK.memberOf, body, span.index, "own-body")
