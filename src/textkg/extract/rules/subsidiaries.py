"""Units of organisations that the structure rules leave: a company's name with a country
after it ("Banco Andino Chile" beside "Banco Andino"), a unit whose owner is a possessive
description ("the group's new Hungarian subsidiary, X"), and an owner apposed to a possessive
("its owner, Westgate Media Group")."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from textkg.extract.candidates import Candidate, Findings, RelationCandidate
from textkg.extract.document import ORG, PLACE, DocView
from textkg.extract.mentions import Ment
from textkg.extract.places import country_name
from textkg.extract.registry import rule
from textkg.extract.rules.verb_objects import buys_its_object
from textkg.extract.syntax import children, has_modal, negated, pobjs, unreal
from textkg.namespaces import TK


@rule("subsidiary-by-name")
def subsidiary_by_name(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "Hanmi Motors Hungary" in an article that names "Hanmi Motors": the company's unit in
    that country (a national subsidiary takes the group's name and the country's)."""
    orgs: dict[str, Ment] = {}
    for ment in doc.mentions:
        if ment.etype is ORG:
            orgs.setdefault(ment.name, ment)
    for name, unit in orgs.items():
        words = name.split()
        for n in range(len(words) - 1, 0, -1):
            parent = orgs.get(" ".join(words[:n]))
            if parent is None:
                continue
            if country_name(" ".join(words[n:]), doc.lex):
                yield RelationCandidate(
                    unit, TK.partOf, parent, unit.sentence, "subsidiary-by-name"
                )
            break


@rule("possessed-unit")
def possessed_unit(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "The company's American subsidiary, Norvik Bio", "X, the group's Lima-based
    subsidiary": a unit noun whose owner is a possessive (often a description of the
    article's company), in apposition to the unit's name."""
    lex = doc.lex
    for span in doc.sentences:
        for i in range(span.start_token, span.end_token):
            noun = doc.doc[i]
            owner_noun = doc.table.lemma[i] in lex.owner_nouns or any(
                c.dep_ in ("compound", "amod") and c.lemma_.lower() in lex.owner_nouns
                for c in noun.children
            )  # "its parent company, X"
            units = lex.unit_nouns | lex.possessed_unit_nouns
            if (doc.table.lemma[i] not in units and not owner_noun) or noun.pos_ != "NOUN":
                continue
            owners = [
                m
                for c in noun.children
                if c.dep_ == "poss"
                for m in doc.referents(c, conjuncts=False)
                if m.etype is ORG
            ]
            if len(owners) != 1:
                continue
            possessor = owners[0]
            for apposed in _apposed_units(doc, noun):
                if owner_noun:  # "its owner, Westgate Media Group": the possessive is the unit
                    unit, owner = possessor, apposed
                elif possessor.name == apposed.name and possessor.derived:
                    # "X, the company's Lima-based subsidiary": not X's own, the story's
                    unit, owner = apposed, doc.most_named_organisation() or possessor
                else:
                    unit, owner = apposed, possessor
                if unit.name != owner.name:
                    yield RelationCandidate(unit, TK.partOf, owner, span.index, "possessed-unit")


def _apposed_units(doc: DocView, noun: Token) -> list[Ment]:
    """The organisations in apposition with the unit noun, before or after it; a plural
    noun's, all those listed ("its subsidiaries A and B")."""
    units: list[Ment] = []
    listed = noun.tag_ == "NNS"
    if noun.dep_ == "appos":
        units += [m for m in doc.referents(noun.head, conjuncts=listed) if m.etype is ORG]
    for child in noun.children:
        if child.dep_ == "appos" and child.i > noun.i:
            units += [m for m in doc.referents(child, conjuncts=listed) if m.etype is ORG]
    # "its radio station, Harbour FM, and": a name set off by commas, hung elsewhere
    k = noun.i + 2
    named = doc.at[k] if not units and k < len(doc.doc) and doc.doc[k - 1].text == "," else None
    if (
        named is not None
        and named.start == k
        and doc.table.text[named.end : named.end + 1] == [","]
    ):
        units += [named] if named.etype is ORG else []
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "be" and not _owner_over(doc, noun):
        # "The refinery's parent company is Pannonia Agrar": the copula's attribute
        for attr in children(noun.head, "attr"):
            units += [m for m in doc.referents(attr, conjuncts=listed) if m.etype is ORG]
    return units


def _owner_over(doc: DocView, noun: Token) -> bool:
    """ "Its former parent company is Y", "its parent company is no longer Y", "was Y until
    2040": an owner the copula does not give as the present one."""
    copula = noun.head
    return (
        negated(copula)
        or copula.tag_ == "VBD"
        or any(c.lower_ in doc.lex.past_modifiers for c in noun.children if c.dep_ == "amod")
        or any(c.lower_ == "longer" for c in copula.children if c.dep_ == "advmod")
    )


def owner_before(doc: DocView, start: int, noun: int) -> Ment | None:
    """The organisation written as a modifier of a unit noun ("the Activision unit"); none
    when the tie is over ("a former Harbourline Group company", "a Y company until 2040")."""
    past = doc.lex.past_modifiers
    if any(t in past for t in doc.table.lower[start:noun]) or pobjs(doc.doc[noun], ("until",)):
        return None
    for i in range(start, noun):
        ment = doc.at[i]
        if ment is not None and ment.etype is ORG and ment.end == noun and ment.start >= start:
            return ment
    return None


def made_things(doc: DocView, maker: Token) -> list[Token]:
    """ "a maker of track systems that is ...", "a maker of dialysis equipment that is ...":
    the things after "of" written bare (no name, no article), on which the parser hangs a
    clause that agrees with the maker (not "a developer of an app that is part of Y", nor
    "a supplier of engines that are part of Y": the things' own)."""
    found = []
    for thing in pobjs(maker, ("of",)):
        if thing.pos_ != "NOUN" or doc.referents(thing) or children(thing, "det"):
            continue
        verbs = [c for c in thing.children if c.dep_ == "relcl"]
        if thing.tag_ == "NNS" and any(v.lower_ in ("are", "were") for v in verbs):
            continue
        # only after a maker ("a maker of dialysis equipment"; not "a provider of data that
        # is part of the X Index")
        if maker.lemma_.lower() not in doc.lex.maker_nouns:
            continue
        found.append(thing)
    return found


def named_unit(doc: DocView, noun: Token) -> Ment | None:
    """ "Norvia Group's Brightwell Systems unit": the name a part noun ends (not "Harwick
    Police's Norvia unit ... at the carmaker", a one-word name the unit is about, nor a
    body the article names on its own)."""
    if noun.lower_ not in doc.lex.body_parts or noun.i == 0:
        return None
    named = doc.at[noun.i - 1]
    if named is None or named.end != noun.i or " " not in named.name:
        return None
    alone = [m for m in doc.mentions if m.name == named.name and m is not named]
    return None if alone or _a_watchers_unit(doc, noun) else named


def _a_watchers_unit(doc: DocView, noun: Token) -> bool:
    """ "Harwick Police's Kestrel Bank unit": a unit of police or a regulator is named after
    what it looks into, not a body it owns."""
    owner = [m for c in noun.children if c.dep_ == "poss" for m in doc.referents(c)]
    return any(_a_watcher(doc, m) for m in owner)


def _a_watcher(doc: DocView, body: Ment) -> bool:
    """A state body or one that watches a trade ("Harwick Police", "the Norvia Authority"),
    whose units are named after what they look into."""
    heads = doc.lex.government_heads | doc.lex.trade_watchers
    return bool(set(body.name.lower().split()) & heads)


def based_in_the_apposition(doc: DocView, k: int, limit: int) -> Ment | None:
    """The place a seat verb hung on the kind noun or on its "of" complement names ("a maker
    of dental implants based in Schaan"; not "a supplier of parts to carmakers based in
    Turin", the carmakers')."""
    noun = doc.doc[k]
    heads = [noun, *pobjs(noun, ("of",))]
    for verb in (c for h in heads for c in h.children if c.dep_ == "acl"):
        # right after its noun: not "parts to carmakers based in Turin", hung on "parts"
        if verb.lemma_.lower() in doc.lex.seat_verbs and verb.i == verb.head.i + 1:
            for pobj in pobjs(verb, ("in",)):
                for place in doc.referents(pobj, conjuncts=False):
                    if place.etype.kind is PLACE and place.end <= limit:
                        return place
    lemma = doc.table.lemma[k]
    if lemma in doc.lex.unit_nouns | doc.lex.owner_nouns:
        return None  # (a part's or an owner's "of" names another body, where that one is)
    # "a maker of oak tables and chairs in Olsztyn": the parser hangs the maker's town on
    # what it makes (not "the operator of the X gold mine in Y": a site's own place)
    sites = doc.lex.site_nouns | doc.lex.building_nouns
    made_there = [h for h in heads[1:] if h.lemma_.lower() not in sites and doc.at[h.i] is None]
    if made_there:  # (or on the maker, past what it makes: "a maker of tables | in Olsztyn")
        made_there.append(noun)
    for made in made_there:
        for thing in [made, *children(made, "conj")]:
            for pobj in pobjs(thing, ("in",)):
                for place in doc.referents(pobj, conjuncts=False):
                    if place.etype.kind is PLACE and place.end <= limit:
                        return place
    return None


def second_apposed_unit(
    doc: DocView, org: Ment, k: int, limit: int, sentence: int
) -> Iterator[Candidate]:
    """ "The Kestrel Hawks, a rugby club and a member of the National League": a unit's word
    coordinated with the apposition's kind says what the organisation is part of too."""
    for unit in children(doc.doc[k], "conj"):
        if unit.lower_ == "one":  # "X, a handball club and one of the 14 clubs in Y"
            yield from _one_of_a_bodys(doc, org, unit, sentence)
            continue
        if doc.table.lemma[unit.i] not in doc.lex.unit_nouns or unit.i + 2 >= limit:
            continue
        if doc.table.lower[unit.i + 1] == "of":
            whole = owner_after_of(doc, unit.i + 2, limit)
            if whole is not None and whole.etype is ORG and whole is not org:
                yield RelationCandidate(org, TK.partOf, whole, sentence, "org-appositive-part")


def _one_of_a_bodys(doc: DocView, org: Ment, one: Token, sentence: int) -> Iterator[Candidate]:
    """ "one of the fourteen clubs in Y": a member of the body Y (not "one of the largest
    clubs in Y", a ranking)."""
    kinds = doc.lex.classifier_nouns | doc.lex.unit_nouns
    for group in pobjs(one, ("of",)):
        if group.lemma_.lower() not in kinds or any(c.tag_ == "JJS" for c in group.children):
            continue
        for pobj in pobjs(group, ("in",)):
            for whole in doc.referents(pobj, conjuncts=False):
                if whole.etype is ORG and whole is not org:
                    yield RelationCandidate(org, TK.partOf, whole, sentence, "one-of-the-members")


def owner_after_of(doc: DocView, start: int, limit: int) -> Ment | None:
    """The owner after "a subsidiary of": the organisation past a place it is based in (or
    spans: "Spain-wide") and its kind ("the Chattogram-based conglomerate Karnaphuli
    Group"), else the first name there."""
    whole = doc.mention_starting(start, prefer_org=True)
    if whole is None or whole.etype is ORG or whole.end + 1 >= limit:
        return whole
    # "the Chattogram-based conglomerate X", "the Spain-wide People's Front"
    if not (doc.table.text[whole.end] == "-" and doc.doc[whole.end + 1].is_lower):
        return whole
    k = whole.end + 2
    while k < limit and k - whole.end < 6 and doc.at[k] is None and doc.doc[k].is_lower:
        k += 1
    owner = doc.mention_starting(k, skip_the=False) if k < limit else None
    return owner if owner is not None and owner.etype is ORG else whole


@rule("owners-stake")
def owners_stake(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "X is a subsidiary of Y, which bought a majority stake in 2022", "X is owned by Y,
    which bought a stake in 2030", "X is part of Y, a group which bought it in 2037": the
    stake an owner bought, in no body the clause names, is in the company it owns (so Y
    acquired X)."""
    lex = doc.lex
    for span in doc.sentences:
        for index in range(span.start_token, span.end_token):
            stake = doc.doc[index]
            verb = stake.head
            whole = stake.lower_ == "it"  # "which bought it": the company itself
            if (stake.lemma_.lower() not in lex.share_nouns and not whole) or stake.dep_ != "dobj":
                continue
            frame = lex.verbs.get(verb.lemma_.lower())
            if frame is None or frame.predicate != TK.acquired or verb.dep_ != "relcl":
                continue  # a verb of buying ("bought", "acquired"), not "owns a stake"
            if not whole and (
                stake.tag_ != "NN" or not any(c.lower_ in lex.majority_words for c in stake.subtree)
            ):
                continue  # "a majority (controlling) stake", not "shares", "stakes"
            if has_modal(verb) or negated(verb) or unreal(verb, lex.irrealis_verbs):
                continue  # "which will buy a stake next year"
            if any(not _a_date(p) for p in pobjs(stake, ("in",)) + pobjs(verb, ("in",))):
                continue  # "a stake in Z", "in a Danish ferry company": another's
            named = verb.head
            if doc.at[named.i] is None and named.dep_ == "appos":
                named = named.head  # "Y, a Reykjavik-based fund, which bought ..."
            owner = doc.at[named.i]
            owned = _owned_by(doc, named)
            if owner is not None and owner.etype is ORG and owned is not None:
                yield RelationCandidate(owner, TK.acquired, owned, span.index, "owners-stake")


def _a_date(token: Token) -> bool:
    return token.ent_type_ in ("DATE", "TIME") or token.like_num


def _owned_by(doc: DocView, owner: Token) -> Ment | None:
    """The subject of "X is a subsidiary (unit, part) of <owner>" or "X is owned by <owner>"."""
    prep = owner.head
    if owner.dep_ != "pobj" or prep.lower_ not in ("of", "by"):
        return None
    head = prep.head
    verb = head.head if prep.lower_ == "of" and head.dep_ == "attr" else head
    if prep.lower_ == "of" and head.lemma_.lower() not in doc.lex.unit_nouns:
        return None
    if prep.lower_ == "by" and verb.lemma_.lower() not in ("own", "control"):
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "relcl":  # "X, a Tallinn-based insurer that is part of <owner>"
        described = verb.head.head if verb.head.dep_ == "appos" else verb.head
        subjects = [described] if any(c.lower_ in ("that", "which") for c in subjects) else []
    named = [m for c in subjects for m in doc.referents(c) if m.etype is ORG]
    return named[0] if named else None


@rule("its-unit")
def its_unit(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "Norvia said its Brightwell Systems unit ...", "its subsidiary Brightwell Systems",
    "Its Faculty of Horticulture": a body named right after "its" (or "their") with a unit
    noun, or whose name opens with one, is part of what the possessive stands for."""
    # (not "its Marlow Stores business", "its Kestrel venture", "its Norvia branch": a
    # customer's trade, a partner, a union's branch at a company; only the parts a body owns)
    # (nor "its X division" of a league, "its X affiliate" another family owns)
    parts, units = doc.lex.body_parts - {"division", "affiliate", "imprint"}, doc.lex.unit_nouns
    for span in doc.sentences:
        for unit in doc.sentence_mentions(span.index):
            if unit.etype is not ORG:
                continue
            k = unit.start - 1
            before = k >= 0 and doc.table.lemma[k] in parts  # "its subsidiary X"
            k -= before
            after = unit.end < span.end_token and doc.table.lemma[unit.end] in parts
            # "Its Faculty of Law" (not "its Office of Fair Trading complaint")
            modifier = unit.end < span.end_token and doc.table.pos[unit.end] == "NOUN"
            opens = doc.table.lower[unit.start] in units and " of " in unit.name and not modifier
            if k < span.start_token or doc.table.tag[k] != "PRP$" or not (before or after or opens):
                continue
            owners = [m for m in doc.referents(doc.doc[k], conjuncts=False) if m.etype is ORG]
            if owners and owners[0].name != unit.name and not _a_watcher(doc, owners[0]):
                yield RelationCandidate(unit, TK.partOf, owners[0], span.index, "its-unit")


@rule("unit-at")
def unit_at(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "the Faculty of Medicine at the University of Lagos", "the School of Law of Halden
    University": a body whose name opens with a unit's noun and a field ("Faculty of X"),
    followed by "at" or "of" and another organisation, is part of that organisation."""
    heads = doc.lex.unit_nouns | doc.lex.biography.school_unit_nouns
    table = doc.table
    for span in doc.sentences:
        for unit in doc.sentence_mentions(span.index):
            k = unit.end
            if (
                unit.etype is not ORG
                or table.lower[unit.start] not in heads
                or " of " not in unit.name
                or k + 1 >= span.end_token
                or table.lower[k] not in ("at", "of")
            ):
                continue
            k += table.lower[k + 1] == "the"
            whole = doc.mention_starting(k + 1, skip_the=False)
            if whole is not None and whole.etype is ORG and whole.name != unit.name:
                yield RelationCandidate(unit, TK.partOf, whole, span.index, "unit-at")


#: The most words of a description between its article and the buyer's name ("the
#: Austin-based data company | Veridian bought in 2024").
_DESCRIPTION_WORDS = 7


@rule("bought-by-name")
def bought_by_name(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "Kestrel, the startup Norvia acquired last year", "X, the data company Veridian bought
    in 2024": a clause without "which" after a description of X, its buyer's name then the
    verb; read off the words, which the parser takes for a participle of the name."""
    table, lex = doc.table, doc.lex
    for buyer in doc.mentions:
        k = buyer.end
        if buyer.etype is not ORG or buyer.derived or k + 1 >= len(table):
            continue
        after = table.lower[k + 1]
        if table.tag[k] not in ("VBD", "VBN") or not buys_its_object(lex, table.lemma[k], after):
            continue
        if table.pos[k + 1] in ("DET", "PROPN", "NOUN", "PRON") or negated(doc.doc[k]):
            continue  # "Norvia bought the mill": the sentence's own verb, with its object
        bought = _named_before_its_description(doc, buyer.start - 1)
        if bought is not None and bought is not buyer and bought.name != buyer.name:
            yield RelationCandidate(buyer, TK.acquired, bought, buyer.sentence, "bought-by-name")


def _named_before_its_description(doc: DocView, noun: int) -> Ment | None:
    """The name a description ending at token ``noun`` is apposed to ("Kestrel, | the
    startup"), the description a lower-case noun after its article."""
    table = doc.table
    if noun < 2 or table.pos[noun] != "NOUN" or not table.text[noun].islower():
        return None
    for j in range(noun, max(0, noun - _DESCRIPTION_WORDS), -1):
        if table.lower[j] in ("the", "a", "an"):
            named = doc.at[j - 2] if j >= 2 and table.text[j - 1] == "," else None
            return named if named is not None and named.etype is ORG else None
        if table.text[j] == "," or (doc.at[j] is not None and table.text[j + 1] != "-"):
            return None  # (a town before "-based" is a word of the description)
    return None


@rule("acquired-part")
def acquired_part(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """A company another one acquired (a deal reported done) is part of it now."""
    for relation in list(found.relations.values()):
        if relation.predicate == TK.acquired:
            yield RelationCandidate(
                relation.object, TK.partOf, relation.subject, relation.sentence, "acquired-part"
            )
