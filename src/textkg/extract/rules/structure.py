"""Names next to names: possessives, locatives, "City, Country", organisations described as
units of others, and the facts a name states by itself ("North Korean Ministry of X")."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from textkg.extract.candidates import Candidate, Findings, RelationCandidate
from textkg.extract.document import ORG, PERSON, PLACE, DocView
from textkg.extract.mentions import Ment
from textkg.extract.mentions.model import hyphened
from textkg.extract.registry import annotator, rule
from textkg.extract.rules.seat_owners import seat_owner, sole_seat
from textkg.extract.rules.subsidiaries import (
    based_in_the_apposition,
    made_things,
    named_unit,
    owner_after_of,
    owner_before,
    second_apposed_unit,
)
from textkg.extract.syntax import (
    POSSESSIVE_MARKS,
    children,
    copula_subject,
    negated,
    pobjs,
    relative_of_having,
)
from textkg.namespaces import TK
from textkg.records import EntityType


@rule("name-facts")
def name_facts(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """What a name says by itself: "North Korean Ministry of X" is part of North Korea,
    "the DPRK's Ministry of X" too, "Ministry of Energy in Accra" is in Accra."""
    for fact in doc.embedded:
        yield RelationCandidate(
            fact.subject, fact.predicate, fact.object, fact.subject.sentence, fact.rule
        )
    # the NER kept the nationality apart: "North Korean | Ministry of X"
    for nat in doc.nationalities:
        org = doc.mention_starting(nat.end, skip_the=False)
        if org is None or org.etype is not ORG:
            continue
        words = [t.lower_ for t in doc.doc[org.start : org.end]]
        if doc.lex.names_state_body(words):
            country = doc.country_mention(nat)
            yield RelationCandidate(org, TK.partOf, country, nat.sentence, "name-embedded")


@rule("possessive-org")
def possessive_org(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "the DPRK's Ministry of X" (in the parse) → the ministry is part of the DPRK;
    "Norvia's Ana Ruiz" → she works for Norvia."""
    for span in doc.sentences:
        for ment in doc.sentence_mentions(span.index):
            if ment.etype is PERSON:
                continue
            for token in doc.doc[ment.start : ment.end]:
                if token.dep_ != "poss" or token.head.i < ment.end:
                    continue
                owned = doc.at[token.head.i]
                if owned is None and token.head.lower_ in doc.lex.admin_words:
                    owned = doc.named_before_kind(token.head.i, ment.end)  # "Tavush province"
                owned = owned or named_unit(doc, token.head)  # "Norvia's Kestrel unit"
                if owned is None or owned is ment:
                    continue
                if owned.etype is PERSON:
                    if ment.etype is ORG and owned.start == ment.end + 1:
                        yield RelationCandidate(
                            owned, TK.worksFor, ment, span.index, "possessive-person"
                        )
                    continue
                predicate = TK.partOf if owned.etype is ORG else TK.locatedIn
                words = {w.lower() for w in owned.name.split()}
                if ment.etype is EntityType.COUNTRY and not words & doc.lex.government_heads:
                    predicate = TK.locatedIn  # "Canada's Teck Resources": in Canada, not of it
                yield RelationCandidate(owned, predicate, ment, span.index, "possessive-org")
            yield from _owned_by_a_description(doc, ment, span.index)


def _owned_by_a_description(doc: DocView, ment: Ment, sentence: int) -> Iterator[Candidate]:
    """ "the university's Department of Biochemistry": a body a description's possessive
    gives an owner named before is part of it."""
    k = ment.start - 2
    if ment.etype is not ORG or k < 0 or doc.table.tag[k + 1] != "POS" or doc.at[k] is not None:
        return
    for owner in doc.description(doc.doc[k]):
        if owner.etype is ORG and owner.name != ment.name:
            yield RelationCandidate(ment, TK.partOf, owner, sentence, "possessive-org")


def _unit_noun(doc: DocView, org: Ment, limit: int) -> int | None:
    """The token of the kind noun in "X, the official newspaper of Y", or None."""
    lex = doc.lex
    i = org.end
    if i < limit and doc.doc[i].text == "(":
        # "the Military Emergency Unit (UME), part of ...", "(KE-CIRT), a unit of"
        close = next((k for k in range(i + 2, min(limit, i + 6)) if doc.doc[k].text == ")"), None)
        i = close + 1 if close is not None else i
    if i >= limit or doc.doc[i].text != ",":
        return None
    j = i + 1
    if j + 1 < limit and doc.table.lower[j] == "one" and doc.table.lower[j + 1] == "of":
        j += 2  # "X, one of Sweden's largest food makers"
    if j < limit and doc.doc[j].lower_ in ("the", "a", "an"):
        j += 1
    k = j
    kinds = lex.unit_nouns | lex.classifier_nouns | lex.owner_nouns | lex.specific_kinds
    # (not "X, the corporation's station": whose it is, then what)
    while (
        k < limit
        and k - j < 6
        and (
            (doc.table.lemma[k] not in kinds and hyphened(doc.doc[k]) not in kinds)  # "start-up"
            or doc.table.lower[k + 1 : k + 2] in (["'s"], ["’s"])
        )
    ):
        if (
            doc.doc[k].pos_ not in ("ADJ", "NOUN", "PROPN", "PUNCT", "VERB")
            # "X, Chile's state-owned miner", "X, a farmers' cooperative"
            and doc.table.lower[k] not in POSSESSIVE_MARKS
            # "X, Mongolia's second-largest carrier": a rank the tagger read as an adverb
            and not (doc.doc[k].ent_type_ == "ORDINAL" or doc.table.lower[k] == "most")
        ) or doc.doc[k].text == ",":
            return None
        k += 1
    # "a dairy | cooperative in X", "a dairy | farmers' | cooperative": the phrase's kind
    # (not from "a member | union of Y": a unit's word)
    while k < limit and doc.doc[k].dep_ in ("compound", "poss") and k < doc.doc[k].head.i < limit:
        if doc.table.lemma[k] in lex.unit_nouns | lex.owner_nouns:
            break
        k = doc.doc[k].head.i
    return k if k < limit else None


def possessed_by_a_country(doc: DocView, k: int) -> list[Ment]:
    """ "Chile's state-owned copper miner": the country whose kind of organisation it is."""
    return [
        m
        for c in doc.doc[k].children
        if c.dep_ == "poss"
        for m in doc.referents(c, conjuncts=False)
        if m.etype is EntityType.COUNTRY
    ]


def _owned(doc: DocView, owner: Ment, k: int, limit: int, sentence: int) -> Iterator[Candidate]:
    """ "X, the Seattle-based owner of Y", "X, the parent (company) of Y": Y is part of X."""
    i = k + 1
    if i < limit and doc.table.lemma[i] in ("company", "group"):
        i += 1
    if i < limit and doc.doc[i].lower_ == "of":
        owned = doc.mention_starting(i + 1, prefer_org=True)
        if owned is not None and owned.etype is ORG and owned.end <= limit:
            yield RelationCandidate(owned, TK.partOf, owner, sentence, "org-appositive-part")


def _unit_by_copula(
    doc: DocView, org: Ment, sentence: int, named_only: bool = False
) -> Iterator[Candidate]:
    """ "Brightwell Systems is a subsidiary of Norvia Group": the unit noun as the copula's
    attribute, the whole after its "of"."""
    root = own = doc.doc[doc.root_of(org)]
    if root.dep_ == "appos" and root.head.dep_ == "nsubj":
        root = root.head  # "The mine's contractor, X, is a subsidiary of Y"
    verbs = [root.head] if root.dep_ == "nsubj" else []
    # "X is headquartered in Y and is a subsidiary of Z": a copula joined to the verb
    subject_of = [root.head] if root.dep_ in ("nsubj", "nsubjpass") else []
    verbs += [c for v in subject_of for c in v.conjuncts if not children(c, "nsubj", "nsubjpass")]
    nouns = [root] + [c for c in root.children if c.dep_ == "appos"]
    # "The rest came from sponsors, chiefly X, a brewer that is part of Y": the name's own
    # apposition, though the parser hung the name on a subject
    nouns += [c for c in own.children if c.dep_ == "appos" and own is not root]
    # "X, a maker of track systems that is a subsidiary of Y": the clause the parser hangs on
    # the made things (common nouns, no organisation) says what the maker is
    nouns += [p for n in nouns[1:] for p in made_things(doc, n)]
    # "X, a firm based in Kisumu, which became a unit of Y": the clause hung on the seat
    seats = [p for n in nouns[1:] for a in children(n, "acl") for p in pobjs(a, ("in",))]
    nouns += [p for p in seats if (m := doc.at[p.i]) and m.etype.kind is PLACE]  # a town's
    verbs += [  # "X, which is part of Y", "X, a fragrance maker that is a unit of Y"
        c
        for noun in nouns
        for c in noun.children
        if c.dep_ == "relcl"
        and any(w.lower_ in ("which", "that") for w in children(c, "nsubj", "nsubjpass"))
    ]  # (and "X, which is based in Y and is part of Z": a copula joined to the clause's verb)
    joined = [c for v in verbs if v.dep_ == "relcl" for c in children(v, "conj")]
    verbs += [c for c in joined if not children(c, "nsubj", "nsubjpass")]
    # "remains a unit of Y"
    copulas = doc.lex.unit_copulas
    attrs = [c for v in verbs if v.lemma_ in copulas for c in v.children if c.dep_ == "attr"]
    attrs += [c for a in attrs for c in a.conjuncts]  # "is a distributor and a unit of Y"
    # "X, a handball club and one of the 14 clubs in Y", "X, one of the 14 clubs in Y"
    attrs += [c for n in nouns[1:] for c in (n, *n.conjuncts) if c.lower_ == "one"]
    kinds = doc.lex.unit_nouns | doc.lex.classifier_nouns
    for attr in attrs:
        if attr.lower_ == "one":
            yield from _one_of_the_group(doc, org, attr, kinds, sentence)
            continue
        if attr.lemma_.lower() not in doc.lex.unit_nouns:
            continue
        # "is a joint venture between A and B": part of each
        joint = attr.lemma_.lower() == "venture"
        for pobj in pobjs(attr, ("of", "between") if joint else ("of",)):
            wholes = [m for m in doc.referents(pobj, conjuncts=joint) if m.etype is ORG]
            if not wholes and not named_only:  # "a subsidiary of the Port of Spain-based X"
                named = named_after_its_kind(doc, pobj.left_edge.i, pobj.sent.end)
                wholes = [named] if named is not None else []
            for whole in wholes:
                if whole is not org:
                    yield RelationCandidate(org, TK.partOf, whole, sentence, "org-appositive-part")


def _one_of_the_group(
    doc: DocView, org: Ment, one: Token, kinds: frozenset[str], sentence: int
) -> Iterator[Candidate]:
    """ "X is one of 12 clubs in the Primera Division": a member of that body (not "one of
    the largest companies in the EU", a ranking); "X is one of the largest hospitals in
    Phnom Penh": in that town, ranked or not."""
    for group in pobjs(one, ("of",)):
        if group.lemma_.lower() not in kinds:
            continue
        ranked = any(c.tag_ == "JJS" for c in group.children)
        for pobj in pobjs(group, ("in", "of")):
            for whole in doc.referents(pobj, conjuncts=False):
                if whole.etype is ORG and whole is not org and not ranked:
                    yield RelationCandidate(org, TK.partOf, whole, sentence, "one-of-the-members")
                elif whole.etype is EntityType.CITY and pobj.head.lower_ == "in":
                    # a town (not "one of the largest carmakers in the United States": a market)
                    yield RelationCandidate(
                        org, TK.locatedIn, whole, sentence, "one-of-the-members"
                    )


@annotator("appositive-kinds")
def appositive_kinds(doc: DocView) -> None:
    """ "X, the official newspaper of Y": X is a newspaper (so "the newspaper" can refer back
    to it)."""
    for span in doc.sentences:
        for org in doc.sentence_mentions(span.index):
            if org.etype is not ORG:
                continue
            k = _unit_noun(doc, org, span.end_token)
            if k is not None:
                doc.categories_by_name.setdefault(org.name, set()).add(doc.table.lemma[k])


@rule("org-appositive-part")
def org_appositive_part(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "X, the official newspaper of Y" → X part of Y; "X, a company in Z" → X in Z."""
    lex = doc.lex
    for span in doc.sentences:
        limit = span.end_token
        named = doc.sentence_mentions(span.index)
        described = _described_subjects(doc, span.start_token, limit)
        for org in named + [m for m in described if m not in named]:
            if org.etype is not ORG:
                continue
            k = _unit_noun(doc, org, limit)
            if k is None:
                yield from _unit_by_copula(doc, org, span.index)
                continue
            yield from second_apposed_unit(doc, org, k, limit, span.index)
            if k + 1 < limit and doc.doc[k + 1].lower_ in ("in", "at", "from"):
                place = doc.past_possessor(doc.mention_starting(k + 2))  # "Spain's Rioja"
                if place is not None and place.etype.kind is PLACE:
                    yield RelationCandidate(
                        org, TK.locatedIn, place, span.index, "org-appositive-part"
                    )
                # "X, an institute in Horta that is part of Y" (Y named: not "part of a
                # joint venture with Z")
                yield from _unit_by_copula(doc, org, span.index, named_only=True)
                continue
            seat = based_in_the_apposition(doc, k, limit)
            if seat is not None:  # "X, a maker of dental implants based in Schaan"
                yield RelationCandidate(org, TK.locatedIn, seat, span.index, "org-appositive-part")
            for place in possessed_by_a_country(doc, k):
                yield RelationCandidate(org, TK.locatedIn, place, span.index, "org-appositive-part")
            if doc.table.lemma[k] in lex.owner_nouns:
                yield from _owned(doc, org, k, limit, span.index)
                continue
            owner = owner_before(doc, org.end + 1, k)
            if owner is not None and doc.table.lemma[k] in lex.bodies.owned_kinds:
                yield RelationCandidate(org, TK.partOf, owner, span.index, "org-appositive-part")
                continue  # "X, a Harbourline Group company": one of the group's
            if doc.table.lemma[k] not in lex.unit_nouns:
                # "Horizon Jet, Alaska's regional carrier, is part of Y": a kind, then a copula
                yield from _unit_by_copula(doc, org, span.index)
                continue
            owner = owner_before(doc, org.end + 1, k)
            if owner is not None:
                # "King, the Activision unit behind ...", "X, the Microsoft division that ..."
                yield RelationCandidate(org, TK.partOf, owner, span.index, "org-appositive-part")
                continue
            if k + 2 < limit and doc.doc[k + 1].pos_ == "NOUN" and doc.doc[k + 2].lower_ == "of":
                k += 1  # "a member union of Y"
            joint = doc.table.lemma[k] == "venture"
            if k + 1 >= limit or doc.doc[k + 1].lower_ not in (
                ("of", "between") if joint else ("of",)
            ):
                continue  # "a joint venture between A and B"
            whole = owner_after_of(doc, k + 2, limit)
            if whole is not None and doc.table.lower[min(whole.end, limit - 1)] in ("'s", "’s"):
                # "the local unit of Spain's Banco Andino": the bank, not Spain
                whole = doc.mention_starting(whole.end + 1) or whole
            if whole is None or (
                whole.etype.kind is PLACE and doc.table.text[min(whole.end, limit - 1)].islower()
            ):
                # "a subsidiary of the Bengaluru group X": the group, past its town and kind
                whole = named_after_its_kind(doc, k + 2, limit) or whole
            if whole is not None and (whole.etype is ORG or whole.etype.kind is PLACE):
                yield RelationCandidate(org, TK.partOf, whole, span.index, "org-appositive-part")
            if whole is not None and whole.etype is ORG and doc.table.lemma[k] == "venture":
                other = _and_another(doc, whole, limit)  # "a joint venture of A and B"
                if other is not None:
                    rule_name = "org-appositive-part"
                    yield RelationCandidate(org, TK.partOf, other, span.index, rule_name)


def _and_another(doc: DocView, whole: Ment, limit: int) -> Ment | None:
    """The organisation after "and" past its kind ("A and the Korean refiner B")."""
    if whole.end + 1 >= limit or doc.table.lower[whole.end] != "and":
        return None
    other = doc.mention_starting(whole.end + 1)
    if other is None or other.etype is not ORG:
        other = named_after_its_kind(doc, whole.end + 1, limit)
    return other if other is not None and other.etype is ORG else None


def _described_subjects(doc: DocView, start: int, end: int) -> list[Ment]:
    """ "The agency, a unit of Y, said ...", "The agency, which ..., is a unit of Y": a
    subject that describes an organisation named before, with a unit noun apposed to it or
    its copula's attribute."""
    table, units = doc.table, doc.lex.unit_nouns

    def unit_said(k: int) -> bool:
        verb = doc.doc[k].head
        # "The hospital is in Sydney and is part of Y": a copula joined to the subject's verb
        copulas = [v for v in (verb, *verb.conjuncts) if v.lemma_ == "be"]
        attrs = [c.lemma_.lower() for v in copulas for c in v.children if c.dep_ == "attr"]
        apposed = table.lemma[k + 1 : min(end, k + 5)]
        return any(w in units for w in apposed) or bool(units & set(attrs))

    return [
        m
        for k in range(start, end)
        if table.dep[k] in ("nsubj", "nsubjpass")
        and table.pos[k] == "NOUN"
        and doc.at[k] is None
        and unit_said(k)
        for m in doc.description(doc.doc[k])
    ]


def named_after_its_kind(doc: DocView, j: int, limit: int) -> Ment | None:
    """ "(a subsidiary of) the Turkish port group Anadolu Limanlari", "the state railway
    group Latvijas Dzelzcels": the organisation named past its nationality and its kind."""
    if j < limit and doc.table.lower[j] == "the":
        j += 1
    nat = doc.nationality_at(j) if j < limit else None
    if nat is not None:
        j = nat.end
    while j < limit and doc.doc[j].ent_type_ == "NORP":
        j += 1  # "the Korean refiner X": a nationality the article gave no one
    town = doc.mention_starting(j, skip_the=False) if j < limit else None
    if town is not None and town.etype.kind is PLACE and town.end + 1 < limit:
        if doc.table.text[town.end] == "-" and doc.table.lower[town.end + 1] == "based":
            j = town.end + 2  # "the Port of Spain-based Caroni Group"
        elif doc.table.text[town.end].islower():
            j = town.end  # "the Bengaluru group Kaveri Systems"
    start = j
    while j < limit and j - start < 4 and doc.at[j] is None and doc.doc[j].is_lower:
        j += 1
    whole = doc.mention_starting(j, skip_the=False) if j < limit else None
    return whole if whole is not None and whole.etype is ORG else None


@rule("based-in-name")
def based_in_name(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "the Dublin-based province", "a Santa Monica, California-based publisher", "the
    Leeds-headquartered group": the places before "-based" are where the organisation (or
    what its noun describes) is."""
    for owner, named, sentence in _names_before(doc, ("based", "headquartered")):
        if named.etype.kind is PLACE:
            yield RelationCandidate(owner, TK.locatedIn, named, sentence, "based-in-name")


@rule("owner-in-name")
def owner_in_name(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "the Fjord-owned airline Kestrel Air": the body before "-owned" owns it."""
    for owned, named, sentence in _names_before(doc, ("owned",)):
        if named.etype is ORG and named is not owned:
            yield RelationCandidate(owned, TK.partOf, named, sentence, "owner-in-name")


def _names_before(doc: DocView, participles: tuple[str, ...]) -> Iterator[tuple[Ment, Ment, int]]:
    """(the organisation described, a name written before "-based" or "-owned" in its
    description, the sentence)."""
    for span in doc.sentences:
        for i in range(span.start_token, span.end_token):
            token = doc.doc[i]
            if token.lower_ not in participles or token.dep_ != "amod":
                continue
            noun = token.head
            while noun.dep_ in ("nmod", "compound") and noun.head.pos_ == "NOUN":
                noun = noun.head  # "a Bengaluru-based drugs and devices group": the group
            described = _described(doc, noun)
            if described is None:
                continue
            for child in token.children:
                if child.dep_ not in ("npadvmod", "compound", "nmod"):
                    continue
                for k in range(child.left_edge.i, child.i + 1):
                    named = doc.at[k]
                    if named is not None:
                        yield described, named, span.index


@rule("headquarters-in")
def headquarters_in(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "the bank's headquarters in Frankfurt", "X's home city, Lausanne"."""
    for span in doc.sentences:
        for i in range(span.start_token, span.end_token):
            seats = doc.lex.seat_nouns
            pair = " ".join(doc.table.lower[max(i - 1, span.start_token) : i + 1])  # "head office"
            if doc.table.lemma[i] not in seats and not {doc.table.lower[i], pair} & seats:
                continue  # "headquarters", whichever lemma the tagger gave it
            noun = doc.doc[i]
            if not sole_seat(doc, noun):
                continue  # "its European headquarters in Dublin", "regional headquarters"
            owners = [
                m
                for c in noun.children
                if c.dep_ == "poss"
                for m in seat_owner(doc, c)
                if m.etype is ORG
            ]
            if noun.lower_ in doc.lex.named_seat_nouns:  # "the Nokia headquarters in Espoo"
                owners += [
                    m
                    for c in children(noun, "compound")
                    for m in doc.referents(c)
                    if m.etype is ORG
                ]
            # "Vienna, the home of the IAEA": whose seat, after "of"
            owners += [m for p in pobjs(noun, ("of",)) for m in doc.referents(p) if m.etype is ORG]
            clause = relative_of_having(noun)  # "a group which has its headquarters in Y"
            haver = _described(doc, clause.head) if clause is not None else None
            owners = [haver] if haver is not None else owners
            places = [
                m
                for p in pobjs(noun, ("in", "at"))
                for m in doc.referents(p, conjuncts=False)
                if m.etype.kind is PLACE
            ]
            places += [  # "the bank's Leeds headquarters"
                m
                for c in children(noun, "compound")
                for m in doc.referents(c)
                if m.etype.kind is PLACE
            ]
            k = i + 2  # (past "nearby", "suburban": "headquarters in nearby Reston")
            while k < span.end_token and doc.table.dep[k] == "amod" and doc.at[k] is None:
                k += 1
            after = doc.mention_starting(k) if k < span.end_token else None
            if not places and doc.table.lower[i + 1] in ("in", "at") and after is not None:
                # "searched Norvia's offices in Bergen": the parser hung "in" on the verb
                places = [after] if after.etype.kind is PLACE else []
            if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
                # "The group's headquarters are in Manama", "whose headquarters is at X"
                places += [
                    m
                    for p in pobjs(noun.head, ("in", "at"))
                    for m in doc.referents(p, conjuncts=False)
                    if m.etype.kind is PLACE
                ]
            if noun.dep_ == "appos":  # "Lausanne, the IOC's home city"
                places += [
                    m for m in doc.referents(noun.head, conjuncts=False) if m.etype.kind is PLACE
                ]
                # the place right before the apposition's comma, whatever the parse hung it on
                comma = noun.left_edge.i - 1
                before = doc.mention_ending(comma) if doc.table.text[comma] == "," else None
                if not places and before is not None and before.etype.kind is PLACE:
                    places.append(before)
            for owner in owners:
                for place in places:
                    yield RelationCandidate(
                        owner, TK.locatedIn, place, span.index, "headquarters-in"
                    )


def _described(doc: DocView, noun: Token) -> Ment | None:
    """The organisation a noun is or describes: its own mention, or the name it is apposed
    to ("Leinster, the Dublin-based province"; "Vert Or, a Lyon-based buyer": "Or" a cc)."""
    own = doc.at[noun.i]
    if own is not None and own.etype is ORG:
        return own
    edge = noun.left_edge.i  # (the name right before its comma, wherever the parser hung it)
    before = doc.at[edge - 2] if edge >= 2 and doc.table.text[edge - 1] == "," else None
    apposed = [doc.at[c.i] for c in children(noun, "appos")]  # "a Gitega-based roaster, X"
    for head in (doc.at[noun.head.i] if noun.dep_ == "appos" else None, before, *apposed):
        if head is not None and head.etype is ORG:
            return head
    subject = copula_subject(noun)
    if subject is not None:
        # "The supplier, Adria Med, is a Split-based distributor": the copula's subject
        for named in (subject, *children(subject, "appos")):
            ment = doc.at[named.i]
            if ment is not None and ment.etype is ORG:
                return ment
    # "the Denver-based company Acme Corp": a kind noun right before the name
    following = doc.mention_starting(noun.i + 1, skip_the=False)
    if (
        following is not None
        and following.etype is ORG
        and (
            noun.lemma_.lower() in doc.lex.classifier_nouns
            # "the Thessaloniki-based contractor Egnatia Constructions": a kind in its phrase
            or (noun.dep_ == "compound" and doc.at[noun.head.i] is following)
        )
    ):
        return following
    # "the Casablanca-based Atlas Connect group": the name its kind ends, right before it
    # (not "the Warsaw-based EU border agency": the agency, of the EU)
    inside = doc.mention_ending(noun.i) if noun.lemma_.lower() in doc.lex.short_form_heads else None
    if inside is not None and inside.etype is ORG:
        return inside
    # "the Houston-based company": the organisation the description refers back to
    described = [m for m in doc.description(noun) if m.etype is ORG]
    return described[0] if described else None


@rule("kind-of-place")
def kind_of_place(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "the Chilean copper company Codelco", "Swiss bank UBS", "X, a Hong Kong construction
    firm", "X, a Boston think tank": an organisation's kind written with a nationality or a
    place is based there."""
    kinds = doc.lex.classifier_nouns | doc.lex.specific_kinds
    for span in doc.sentences:
        for org in doc.sentence_mentions(span.index):
            if org.etype is not ORG or org.derived:
                continue
            nouns = (
                [org.start - 1] if org.start > 0 and doc.table.lemma[org.start - 1] in kinds else []
            )
            apposed = _unit_noun(doc, org, span.end_token)
            if apposed is not None and doc.table.lemma[apposed] in kinds:
                nouns.append(apposed)
            root = doc.doc[doc.root_of(org)]  # "X is a Brazilian football club"
            if root.dep_ == "nsubj" and root.head.lemma_ == "be" and not negated(root.head):
                nouns += [c.i for c in root.head.children if c.dep_ == "attr" and c.lemma_ in kinds]
            for noun in nouns:
                place = _place_before_kind(doc, noun, floor=span.start_token)
                if place is not None:
                    yield RelationCandidate(org, TK.locatedIn, place, span.index, "kind-of-place")
        # "the Turkish town of Ipsala", "the Kenyan capital, Nairobi": a nationality's town
        for town in doc.sentence_mentions(span.index):
            k = town.start - 1
            root = doc.doc[doc.root_of(town)]
            if town.etype.kind is not PLACE or k < 2:
                continue
            if doc.table.lower[k] == "of":
                kind = k - 1
                if doc.table.lemma[kind] in doc.lex.place_seats:
                    continue
            elif doc.table.lower[k] == "," and root.dep_ == "appos" and root.head.i == k - 1:
                kind = k - 1
            else:
                continue
            if doc.table.lemma[kind] not in doc.lex.named_kinds:
                continue
            country = _place_before_kind(doc, kind, floor=span.start_token)
            if country is not None and country.etype is EntityType.COUNTRY:
                yield RelationCandidate(town, TK.locatedIn, country, span.index, "kind-of-place")


def _place_before_kind(doc: DocView, noun: int, floor: int) -> Ment | None:
    """The nationality or the place among up to three words before a kind noun ("Chilean |
    copper | company", "a Hong Kong | construction | firm"), if those words are only that."""
    k = noun
    while k > floor and noun - k < 3:
        nat = doc.nationality_ending(k)
        if nat is not None:
            return doc.country_mention(nat)
        place = doc.mention_ending(k)
        if place is not None:
            return place if place.etype.kind is PLACE else None
        if doc.doc[k - 1].pos_ not in ("NOUN", "ADJ") or not doc.table.text[k - 1].islower():
            return None
        k -= 1
    return None
