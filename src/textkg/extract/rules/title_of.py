"""Roles written around a name by a clause or a preposition: "the party, whose chairman is
X" and "Director X of the SVR" (or where one is from: "X, 25, of Tempe")."""

from __future__ import annotations

from collections.abc import Iterator

from rdflib import URIRef

from textkg.extract.candidates import Candidate, Findings, RelationCandidate
from textkg.extract.document import ORG, PERSON, PLACE, DocView
from textkg.extract.mentions import Ment
from textkg.extract.mentions.person_clues import ends_a_title
from textkg.extract.mentions.place_clues import based_follows
from textkg.extract.registry import rule
from textkg.extract.rules.titles import role_predicate
from textkg.extract.syntax import children
from textkg.extract.tenure import held_no_more, role_over
from textkg.extract.titles import title_keyword
from textkg.lexicon import Lexicon
from textkg.namespaces import TK
from textkg.records import EntityType


@rule("whose-role-is")
def whose_role_is(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "the Law and Justice party, whose chairman is X": X holds that role in the name
    the clause follows."""
    for i, lower in enumerate(doc.table.lower):
        if lower != "whose":
            continue
        role = doc.doc[i].head
        verb = role.head
        # a title that starts ("director | general") or ends at the role noun
        titled = doc.title_len[role.i] or ends_a_title(doc.title_len, role.i)
        if role.dep_ != "nsubj" or verb.lemma_ != "be" or not titled:
            continue
        before = i - 1 if i > 0 and doc.table.text[i - 1] == "," else i
        if before >= 3 and doc.table.text[before - 1] == ")" and doc.table.text[before - 3] == "(":
            before -= 3  # "the Regulatory Authority (ARCEP), whose director is X"
        owner = doc.mention_ending(before)
        if owner is None and before > 0:  # "The company, whose chief executive is X"
            described = doc.referents(doc.doc[before - 1], conjuncts=False)
            owner = described[0] if described else None
        if owner is None or owner.etype is not ORG:
            continue
        start = min(  # the longest title ending at the role noun: "chief executive"
            k
            for k in range(max(role.i - 3, 0), role.i + 1)
            if k + doc.title_len[k] == role.i + 1 or k == role.i
        )
        keyword = doc.table.span_lower(start, role.i + 1)
        modifiers = [t.lower_ for t in role.children if t.dep_ in ("amod", "compound")]
        if role_over(doc, modifiers):
            continue
        for attr in children(verb, "attr"):
            for person in doc.referents(attr):
                if person.etype is PERSON:
                    predicate = role_predicate(doc, keyword, modifiers)
                    yield RelationCandidate(person, predicate, owner, doc.owner[i], "whose-role-is")


_ROLE_POS = ("ADJ", "NOUN")


def _occupation(lemma: str, lex: Lexicon) -> bool:
    return lemma.endswith(lex.occupation_endings) and lemma not in lex.not_occupations


@rule("whose-role-name")
def whose_role_name(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "Harlow University, whose geologist Paul Weston ...": the person named right after
    a role "whose" gives an organisation holds that role there (a leading role leads)."""
    tokens = doc.doc
    for span in doc.sentences:
        limit = span.end_token
        for org in doc.sentence_mentions(span.index):
            i = org.end
            if org.etype is not ORG or i + 3 >= limit or tokens[i].text != ",":
                continue
            if tokens[i + 1].lower_ != "whose":
                continue
            k = i + 2
            while k < limit and k - i < 6 and tokens[k].is_lower and tokens[k].pos_ in _ROLE_POS:
                k += 1
            person = doc.mention_starting(k)
            if k == i + 2 or person is None or person.etype is not PERSON:
                continue
            words = [t.lower_ for t in tokens[i + 2 : k]]
            keyword = next(
                (w for n in range(len(words)) if (w := " ".join(words[n:])) in doc.lex.titles),
                words[-1],
            )
            lemma = tokens[k - 1].lemma_.lower()
            if keyword not in doc.lex.titles and not _occupation(lemma, doc.lex):
                continue  # "Microsoft, whose shares Warren Buffett bought": no role
            predicate = role_predicate(doc, keyword, words[: -len(keyword.split())])
            if predicate == TK.memberOf and keyword not in doc.lex.titles:
                predicate = TK.worksFor  # an occupation: "whose geologist X"
            yield RelationCandidate(person, predicate, org, span.index, "whose-role-name")


@rule("title-of")
def title_of(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "Director X of the SVR" (after a title) / "X, 25, of Tempe" (where one lives)."""
    tokens = doc.doc
    for span in doc.sentences:
        limit = span.end_token
        for person in doc.sentence_mentions(span.index):
            if person.etype is not PERSON:
                continue
            i = person.end
            comma = False
            if (
                i + 2 < limit
                and tokens[i].text == ","
                and tokens[i + 1].like_num
                and tokens[i + 2].text == ","
            ):
                i += 3
                comma = True
            if not comma and i < limit and tokens[i].text == ",":
                i += 1
                comma = True
            if i >= limit or tokens[i].lower_ not in ("of", "from"):
                continue
            target = doc.mention_starting(i + 1)
            if target is not None and based_follows(doc.doc, target.end):
                target = doc.mention_starting(target.end + 2)  # "X of the Paris-based Y": Y
            if target is None or target.etype is PERSON or target.end > limit:
                continue
            titled = any(
                k.i in doc.references.person_of_title
                for k in tokens[max(0, person.start - 3) : person.start]
            )
            if titled and not comma and target.etype is ORG:
                if held_no_more(doc, person):
                    continue  # "former chief executive X of Y"
                role = _role_of_person(doc, person)
                if role == TK.leaderOf and _party_of_office_holder(doc, person, target):
                    role = TK.memberOf  # "Economy Minister X of the Greens"
                yield RelationCandidate(person, role, target, person.sentence, "title-of")
            elif not comma and target.etype is ORG and tokens[i].lower_ == "of":
                yield RelationCandidate(
                    person, TK.worksFor, target, person.sentence, "person-of-org"
                )  # "Mareki Honma of the National Observatory said ..."
            elif target.etype is EntityType.COUNTRY and tokens[i].lower_ in ("of", "from"):
                yield RelationCandidate(
                    person, TK.nationality, target, person.sentence, "person-of-place"
                )  # "Kirsty Coventry of Zimbabwe"
            elif target.etype.kind is PLACE and tokens[i].lower_ == "of":
                yield RelationCandidate(
                    person, TK.residesIn, target, person.sentence, "person-of-place"
                )


def _party_of_office_holder(doc: DocView, person: Ment, target: Ment) -> bool:
    """A party after the name of someone titled with a state office is their party, which
    the office does not lead ("Finance Minister X of the Free Democrats")."""
    last = target.name.split()[-1].lower()
    keyword = title_keyword(doc, person)
    return (
        (last == "party" or last in doc.lex.party_plurals)
        and keyword is not None
        and keyword not in doc.lex.party_leaders
    )


def _role_of_person(doc: DocView, person: Ment) -> URIRef:
    """The relation a person's own title gives with an organisation named after the name."""
    keyword = title_keyword(doc, person)
    if keyword is None:
        return TK.memberOf
    modifiers = [w for title in person.titles for w in title.lower().split()]
    return role_predicate(doc, keyword, modifiers)
