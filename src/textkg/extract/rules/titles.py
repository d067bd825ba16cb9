"""The facts a person's title states: "SVR Director X" leads the SVR, "Russian President X"
leads Russia and is Russian, "X, an official with Y" works for Y."""

from __future__ import annotations

from collections.abc import Iterator

from rdflib import URIRef

from textkg.extract.candidates import Candidate, Findings, RelationCandidate
from textkg.extract.document import ORG, PERSON, PLACE, DocView
from textkg.extract.mentions import Ment
from textkg.extract.registry import rule
from textkg.extract.titles import TitleAttachment, held_no_more, title_keyword
from textkg.namespaces import TK
from textkg.records import EntityType


def role_predicate(doc: DocView, keyword: str, modifiers: list[str] | tuple[str, ...]) -> URIRef:
    """The relation a role word gives with what it is a role of: the lexicon's role lists
    say which roles lead, which are staff and which are membership; a demoting modifier
    ("deputy director") makes a leader's role a staff one."""
    lex = doc.lex
    demoted = any(m.rstrip("-") in lex.demoting_modifiers for m in modifiers)
    return lex.role_predicate(keyword, demoted)


@rule("title-facts")
def title_facts(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """The relations each attached title phrase states."""
    for attachment in doc.references.titles:
        yield from _facts(doc, attachment)


def _facts(doc: DocView, attachment: TitleAttachment) -> Iterator[Candidate]:
    lex = doc.lex
    person, phrase, rule_name = attachment.person, attachment.phrase, attachment.rule
    sentence = person.sentence
    keyword = phrase.keyword
    country = doc.country_mention(phrase.holder_nationality) if phrase.holder_nationality else None
    if country is not None:
        yield RelationCandidate(person, TK.nationality, country, sentence, "nationality-adjective")
    if any(m in lex.past_modifiers for m in phrase.modifiers):
        return  # "former chief executive of X": a role held no more (kept as a job title)
    confidence = lex.rule_confidence(rule_name)
    descriptor = lex.descriptors.get(keyword)
    if descriptor is not None:
        targets = phrase.targets + ([phrase.holder] if phrase.holder else [])
        for target in targets:
            yield RelationCandidate(person, descriptor, target, sentence, rule_name, confidence)
        return
    role = role_predicate(doc, keyword, phrase.modifiers)
    leader = role == TK.leaderOf
    demoted = any(m in lex.demoting_modifiers for m in phrase.modifiers)
    head_of_state = keyword in lex.head_of_state_titles and not demoted
    holder = phrase.holder or country
    for target in phrase.targets:
        if target.etype is ORG:
            predicate = _leads_body(doc, keyword, target) or role
            yield RelationCandidate(person, predicate, target, sentence, rule_name, confidence)
            if holder is not None and holder.etype.kind is PLACE:
                yield RelationCandidate(target, TK.partOf, holder, sentence, rule_name, confidence)
        elif target.etype.kind is PLACE:
            if leader:
                yield RelationCandidate(
                    person, TK.leaderOf, target, sentence, rule_name, confidence
                )
            elif target.etype is EntityType.COUNTRY:
                yield RelationCandidate(
                    person, TK.nationality, target, sentence, rule_name, confidence
                )
    for part, whole in phrase.chain:
        yield RelationCandidate(part, TK.partOf, whole, sentence, rule_name, confidence)
    if phrase.targets or holder is None:
        return
    if holder.etype is EntityType.COUNTRY and not head_of_state:
        yield from _government_role(doc, attachment, holder, role)
        return
    if holder.etype is ORG:
        predicate = _leads_body(doc, keyword, holder) or role
        yield RelationCandidate(person, predicate, holder, sentence, rule_name, confidence)
    elif head_of_state:
        yield RelationCandidate(person, TK.leaderOf, holder, sentence, rule_name, confidence)
    elif holder.etype is EntityType.COUNTRY:
        yield RelationCandidate(person, TK.nationality, holder, sentence, rule_name, confidence)
    elif holder.etype.kind is PLACE:
        yield RelationCandidate(person, TK.residesIn, holder, sentence, rule_name, confidence - 0.2)


@rule("nationality-adjective")
def nationality_adjective(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """A bare nationality before a name: "the Russian Vladimir Putin", "Iraqi X"."""
    from textkg.extract.titles import TitleReader

    prefixed = {id(a.person) for a in doc.references.titles if a.rule == "title-prefix"}
    reader = TitleReader(doc)
    for span in doc.sentences:
        for person in doc.sentence_mentions(span.index):
            if person.etype is not PERSON or id(person) in prefixed:
                continue
            nat = doc.nationality_ending(reader.name_start(person, span.start_token))
            if nat is not None:
                country = doc.country_mention(nat)
                yield RelationCandidate(
                    person, TK.nationality, country, person.sentence, "nationality-adjective"
                )


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
                yield RelationCandidate(person, role, target, person.sentence, "title-of")
            elif target.etype is EntityType.COUNTRY and tokens[i].lower_ in ("of", "from"):
                yield RelationCandidate(
                    person, TK.nationality, target, person.sentence, "person-of-place"
                )  # "Kirsty Coventry of Zimbabwe"
            elif target.etype.kind is PLACE and tokens[i].lower_ == "of":
                yield RelationCandidate(
                    person, TK.residesIn, target, person.sentence, "person-of-place"
                )


def _role_of_person(doc: DocView, person: Ment) -> URIRef:
    """The relation a person's own title gives with an organisation named after the name."""
    keyword = title_keyword(doc, person)
    if keyword is None:
        return TK.memberOf
    modifiers = [w for title in person.titles for w in title.lower().split()]
    return role_predicate(doc, keyword, modifiers)


def _government_role(
    doc: DocView, attachment: TitleAttachment, country: Ment, role: URIRef
) -> Iterator[Candidate]:
    """ "Indian Finance Minister X", "Kenya's deputy president X": a position in the state,
    and for a minister of a named domain the ministry, part of that state."""
    lex, person, phrase = doc.lex, attachment.person, attachment.phrase
    sentence, rule_name = person.sentence, attachment.rule
    keyword = phrase.keyword
    if keyword in lex.government_roles or role != TK.leaderOf:
        yield RelationCandidate(person, TK.memberOf, country, sentence, rule_name)
    elif country is not None:
        yield RelationCandidate(person, TK.nationality, country, sentence, rule_name)
    org_word = lex.title_to_organization.get(keyword.split()[-1])
    domain = _domain_words(doc, phrase.keyword_start)
    if not org_word or not domain:
        return
    field = lex.ministry_names.get(" ".join(domain)) or " ".join(w.capitalize() for w in domain)
    name = f"{org_word.capitalize()} of {field}"
    existing = [m for m in doc.mentions if m.etype is ORG and _same_body(m.name, name)]
    ministry = doc.derived(
        phrase.keyword_start - len(domain),
        phrase.keyword_end,
        ORG,
        existing[0].name if existing else name,
        sentence,
    )
    ministry.qualifier = country.name
    ministry.reference = "synthesized"
    yield RelationCandidate(person, role, ministry, sentence, rule_name)
    yield RelationCandidate(ministry, TK.partOf, country, sentence, rule_name)


def _domain_words(doc: DocView, keyword_start: int) -> list[str]:
    """The words right before a minister's title that name the ministry's field ("Finance",
    "sports", "Foreign"), not generic ones ("new", "former", "deputy")."""
    lex, table = doc.lex, doc.table
    words: list[str] = []
    k = keyword_start - 1
    while k >= 0 and len(words) < 2 and not doc.in_nationality(k) and doc.at[k] is None:
        lower = table.lower[k]
        generic = lex.demoting_modifiers | lex.past_modifiers | lex.titles
        noun = table.pos[k] in ("NOUN", "PROPN") and lower not in generic
        if not (noun or lower in lex.ministry_names) or not lower.isalpha():
            break
        words.insert(0, lower)
        k -= 1
    return words


def _same_body(a: str, b: str) -> bool:
    """ "Ministry of the Interior" is "Ministry of Interior"."""

    def key(name: str) -> str:
        return " ".join(w for w in name.lower().split() if w != "the")

    return key(a) == key(b)


def _leads_body(doc: DocView, keyword: str, org: Ment) -> URIRef | None:
    """A secretary heads a department or treasury ("Treasury Secretary", "home secretary at
    the Home Office"), as the lexicon's ``leads_when`` lists."""
    kinds = doc.lex.leads_when.get(keyword.split()[-1])
    words = org.name.lower().split()
    if kinds and words and (words[-1] in kinds or any(w in kinds for w in words[:1])):
        return TK.leaderOf
    return None
