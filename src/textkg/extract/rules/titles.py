"""The facts a person's title states: "SVR Director X" leads the SVR, "Russian President X"
leads Russia and is Russian (the vocabulary's own example), "Russian economist X" is
Russian, "X, an official with Y" works for Y."""

from __future__ import annotations

from collections.abc import Iterator

from rdflib import URIRef
from rdflib.namespace import SDO

from textkg.extract.arguments import dateline_town
from textkg.extract.bare_roles import kept_on_after_a_sale, their_other_company
from textkg.extract.candidates import Candidate, Findings, RelationCandidate
from textkg.extract.descriptions import name_head, the_one_club
from textkg.extract.docmodel import tells_a_life
from textkg.extract.document import ORG, PLACE, DocView
from textkg.extract.mentions import Ment
from textkg.extract.mentions.place_clues import known_place
from textkg.extract.registry import rule
from textkg.extract.rules.office_country import (
    context_area,
    context_country,
    named_banks,
    named_ministry,
)
from textkg.extract.rules.title_areas import (
    field_minister_of,
    field_modifier,
    government_role,
    office_in_the_area,
    preposition_before,
)
from textkg.extract.syntax import POSSESSIVE_MARKS, children, negated, unreal
from textkg.extract.tenure import held_no_more, hired_away, role_over
from textkg.extract.title_since import owner_unfound
from textkg.extract.titles import TitleAttachment, TitlePhrase
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
    placed = _explicitly_placed(doc)
    for attachment in doc.references.titles:
        yield from _facts(doc, attachment)
        bare = _bare(doc, attachment)
        owned = list(_post_of_the_subject(doc, attachment)) if bare else []
        if owned:
            yield from owned
        elif bare:
            yield from _bare_state_title(doc, attachment, placed)
            yield from _bare_company_title(doc, attachment)
            yield from _bare_bank_title(doc, attachment)
            yield from _bare_court_title(doc, attachment)
        elif _bare(doc, attachment, but_for_its_ministry=True):
            yield from _bare_ministry_title(doc, attachment, placed)
        yield from _counterpart(doc, attachment)


_POSSESSIVE = frozenset({"his", "her", "their"})
_BARE_HEADS = frozenset({"chief", "head", "boss"})  # a field before: a part's head ("sales chief")


def _division_head(doc: DocView, phrase: TitlePhrase) -> bool:
    """ "finance director", "country director", "sporting director": the head of one part."""
    lex = doc.lex
    return phrase.keyword in lex.division_titles and any(
        m in lex.division_modifiers for m in phrase.modifiers
    )


def _counterpart(doc: DocView, attachment: TitleAttachment) -> Iterator[Candidate]:
    """ "Prime Minister A met her Latvian counterpart, B": B holds A's office in Latvia."""
    lex, person, phrase = doc.lex, attachment.person, attachment.phrase
    if phrase.keyword != "counterpart" or phrase.holder_nationality is None:
        return
    country = doc.country_mention(phrase.holder_nationality)
    # "Lavrov was greeted by his North Korean counterpart, X": whose counterpart "his" says,
    # titled anywhere in the article; else someone titled in the sentence
    k = (
        phrase.start - 1
        if phrase.start and doc.table.lower[phrase.start] not in _POSSESSIVE
        else phrase.start
    )
    owner = doc.references.pronouns.get(k) if doc.table.lower[k] in _POSSESSIVE else None
    for other in doc.references.titles:
        them = other.person
        if them.name == person.name:
            continue
        if owner is not None:
            if not set(them.name.split()) & set(owner.name.split()):
                continue
        elif them.sentence != person.sentence:
            continue
        keyword = other.phrase.keyword
        if any(m in lex.demoting_modifiers for m in other.phrase.modifiers):
            continue
        if keyword in lex.state_leader_titles:
            predicate = TK.leaderOf
        elif keyword in lex.government_roles:
            predicate = TK.memberOf
        else:
            continue
        yield RelationCandidate(person, predicate, country, person.sentence, "title-counterpart")
        return


def _explicitly_placed(doc: DocView) -> set[str]:
    """Surnames of people whose title names its country somewhere in the article ("US
    President Joe Biden"): their bare "President Biden" is never read from the context."""
    return {
        a.person.name.split()[-1]
        for a in doc.references.titles
        if a.phrase.holder_nationality or _names_a_country(a.phrase)
    }


def _names_a_country(phrase: TitlePhrase) -> bool:
    """The phrase's holder, targets or chain name a country ("President of France X",
    "Japan's foreign minister"); a party or a company places no one in a state."""
    named = [phrase.holder, *phrase.targets, *(whole for _, whole in phrase.chain)]
    return any(m is not None and m.etype is EntityType.COUNTRY for m in named)


def _bare(doc: DocView, attachment: TitleAttachment, *, but_for_its_ministry: bool = False) -> bool:
    """A title written with nothing it is of (no holder, nationality or target), before a
    name of its own, for a role held now: what it is of is read from the article. With
    ``but_for_its_ministry``, one whose only target is the ministry its field names ("the
    minister of finance"): what that ministry is part of is read the same way."""
    person, phrase = attachment.person, attachment.phrase
    if but_for_its_ministry:
        made = phrase.synthesized
        if made is None or phrase.complements or made.qualifier:
            return False
    elif phrase.targets:
        return False
    return not (
        phrase.holder
        or phrase.holder_nationality
        or phrase.field  # "the commissioner for research": a part of a body not named
        or person.derived
        or role_over(doc, phrase.modifiers)
        or held_no_more(doc, person)  # "the president fired Defence Minister X"
    )


def _bare_state_title(
    doc: DocView, attachment: TitleAttachment, placed: set[str]
) -> Iterator[Candidate]:
    """ "He held talks with Prime Minister X" after "arrived in Poland": a head of state's or
    a government's title written without its country is the country of the context, as
    a reader takes it (see ``context_country``); with lower confidence, and said so in
    the extractor's name."""
    lex, person, phrase = doc.lex, attachment.person, attachment.phrase
    if person.name.split()[-1] in placed:
        return
    state_title = phrase.keyword in lex.state_leader_titles
    if any(
        (m in lex.classifier_nouns or m in lex.org_head_nouns)
        and (state_title or m not in lex.government_heads)
        and m not in lex.government_domains  # (not "the energy minister": a state's)
        for m in phrase.modifiers
    ):
        return  # "Club president X", "Senate President Y": a body's office, not a state's
    ordinary = lex.title_modifiers | lex.demoting_modifiers | lex.past_modifiers
    text = doc.table.text
    if _after_a_bodys_possessive(doc, phrase):
        return  # "the club's president, X", its club not found: still no state's
    if phrase.keyword in lex.state_leader_titles and any(
        text[k][:1].isupper() and text[k].lower() not in ordinary and not doc.in_nationality(k)
        for k in range(phrase.start, phrase.keyword_start)
    ):
        return  # "Moderna president X": a name the NER missed, not a state
    if phrase.keyword in lex.town_leader_titles:
        yield from _bare_town_title(doc, person, phrase)
        return
    # (not a bare "district commissioner": the story's region is no district)
    local = set(phrase.keyword.split()) & lex.area_kind_nouns
    area = context_area(doc, person) if phrase.keyword in lex.place_leaders and not local else None
    if area is not None:  # "Governor X" in a story about Lagos State
        yield RelationCandidate(person, TK.leaderOf, area, person.sentence, "title-context")
        return
    demoted = any(m in lex.demoting_modifiers for m in phrase.modifiers)
    head_of_state = phrase.keyword in lex.state_leader_titles and not demoted
    government = phrase.keyword in lex.government_roles or (
        demoted and phrase.keyword in lex.state_leader_titles
    )
    if not (head_of_state or government):
        return
    # a country made for the title is read at the title and the name together: a span of
    # its own (resolution reads one mention per span, and the name's is the person's)
    anchor = (min(phrase.start, person.start), max(phrase.end, person.end))
    country = context_country(doc, person, anchor)
    if country is None:
        # "Agriculture Minister X" of no country: the ministry the article names
        ministry = named_ministry(doc, phrase.modifiers, person.sentence) if government else None
        if ministry is not None:
            role = role_predicate(doc, phrase.keyword, phrase.modifiers)
            yield RelationCandidate(person, role, ministry, person.sentence, "title-context")
        return
    rule_name = "title-context"
    confidence = lex.rule_confidence(rule_name)
    if head_of_state:
        sentence = person.sentence
        yield RelationCandidate(person, TK.leaderOf, country, sentence, rule_name, confidence)
        return
    role = role_predicate(doc, phrase.keyword, phrase.modifiers)
    context = TitleAttachment(person, phrase, rule_name)
    yield from government_role(doc, context, country, role)


def _bare_ministry_title(
    doc: DocView, attachment: TitleAttachment, placed: set[str]
) -> Iterator[Candidate]:
    """ "X, the minister of finance, said": the ministry and the minister's office are of
    the country of the context, as a bare "Finance Minister X" is."""
    person, phrase, lex = attachment.person, attachment.phrase, doc.lex
    ministry = phrase.synthesized
    if ministry is None or person.name.split()[-1] in placed:
        return
    if phrase.keyword not in lex.government_roles:
        return
    anchor = (min(phrase.start, person.start), max(phrase.end, person.end))
    country = context_country(doc, person, anchor)
    if country is not None:
        yield from _state_body_of(
            doc, TitleAttachment(person, phrase, "title-context"), ministry, country
        )


def _state_body_of(
    doc: DocView, attachment: TitleAttachment, body: Ment, country: Ment
) -> Iterator[RelationCandidate]:
    """A state body a title names is part of its country, and named with it (so that
    the finance ministries of two countries stay two); a minister of it holds an office
    in that state."""
    person, phrase = attachment.person, attachment.phrase
    confidence = doc.lex.rule_confidence(attachment.rule)
    named = any(m.name == body.name and not m.derived for m in doc.mentions)
    made = body.reference == "synthesized" and not body.qualifier and not named
    if made and country.etype is EntityType.COUNTRY:
        body.qualifier = country.name  # a name the article writes has its own qualifier
    sentence = person.sentence
    yield RelationCandidate(body, TK.partOf, country, sentence, attachment.rule, confidence)
    if phrase.keyword in doc.lex.government_roles and country.etype is EntityType.COUNTRY:
        yield RelationCandidate(person, TK.memberOf, country, sentence, attachment.rule, confidence)


def _bare_company_title(doc: DocView, attachment: TitleAttachment) -> Iterator[Candidate]:
    """ "will report to chief executive X": a role only a company has, written bare, is one
    at the organisation the article names most, if it names one clearly most."""
    lex, person, phrase = doc.lex, attachment.person, attachment.phrase
    division = _division_head(doc, phrase) and not (
        _POSSESSIVE & set(doc.table.lower[max(phrase.start - 1, 0) : phrase.start + 1])
    )
    before = phrase.keyword in lex.bodies.chairs_before_names and phrase.end <= person.start
    named = " ".join([*phrase.modifiers[-1:], phrase.keyword])  # "managing | director"
    if not {phrase.keyword, named} & lex.bare_company_titles and not division and not before:
        return  # "his sports director": of the team he rides for, not the story's
    if owner_unfound(doc.table.lower, phrase.start, phrase.keyword_start, phrase.keyword, lex):
        return  # "the yard's managing director", the yard not found: not the story's
    text, lower = doc.table.text, doc.table.lower
    ordinary = lex.title_modifiers | lex.division_modifiers
    if any(
        text[k][:1].isupper() and not doc.title_len[k] and lower[k] not in ordinary
        for k in range(max(phrase.start - 1, 0), phrase.keyword_start)
    ):
        return  # "Glencore chief executive X": a name the NER missed holds the role
    if _after_a_bodys_possessive(doc, phrase):
        return  # "the cooperative's chairman", its cooperative not found: not the story's
    company = (
        their_other_company(doc, attachment)
        or kept_on_after_a_sale(doc, phrase.keyword_start)
        or the_one_club(doc, phrase.keyword)
        or doc.most_named_organisation()
    )
    if company is not None and before and not _a_chair_of(doc, person, company):
        return
    if company is not None:
        role = role_predicate(doc, phrase.keyword, phrase.modifiers)
        if division:
            role = TK.worksFor  # its finance director
        elif phrase.keyword.split()[-1] in lex.definite_leaders and not (
            set(phrase.modifiers) & lex.demoting_modifiers
        ):
            role = TK.leaderOf  # the coach of the club the story is about (not its assistant)
        yield RelationCandidate(person, role, company, person.sentence, "title-context")


def _post_of_the_subject(doc: DocView, attachment: TitleAttachment) -> Iterator[Candidate]:
    """ "Norvia has a new chief executive, X", "the club unveiled its new coach, Y": a
    title bare of any owner, the object of a verb that gives or has a post, is a post at
    the verb's subject (an organisation)."""
    lex, person, phrase = doc.lex, attachment.person, attachment.phrase
    title = doc.doc[phrase.keyword_end - 1]
    verb = title.head
    verbs = lex.role_owning_verbs | lex.role_verbs_object
    if title.dep_ != "dobj" or verb.lemma_.lower() not in verbs:
        return
    if any(t.lower_ in _POSSESSIVE for t in title.children):
        return  # "she named her new chief of staff, X": the person's, not a company's
    if negated(verb) or unreal(verb, lex.irrealis_verbs):
        return  # "Norvia does not have a chief executive"
    owners = [m for s in children(verb, "nsubj") for m in doc.referents(s) if m.etype is ORG]
    if len(owners) == 1:
        role = role_predicate(doc, phrase.keyword, phrase.modifiers)
        yield RelationCandidate(person, role, owners[0], person.sentence, "title-owner-subject")


def _bare_bank_title(doc: DocView, attachment: TitleAttachment) -> Iterator[Candidate]:
    """ "Governor X told reporters", in a story about the Reserve Bank of Australia: the
    bank the story names clearly most."""
    person, phrase = attachment.person, attachment.phrase
    if phrase.keyword not in doc.lex.bank_leader_titles:
        return
    bank = doc.most_named_organisation()
    if bank is None or "bank" not in bank.name.lower().split():
        named = named_banks(doc)  # the one bank the story names, among other organisations
        bank = named[0] if len(named) == 1 else None
    if bank is not None:
        yield RelationCandidate(person, TK.leaderOf, bank, person.sentence, "title-context")


def _bare_court_title(doc: DocView, attachment: TitleAttachment) -> Iterator[Candidate]:
    """ "Chief Justice X wrote the judgment", "Justice Y dissented": a judge of the court the
    story names most."""
    lex, person, phrase = doc.lex, attachment.person, attachment.phrase
    if phrase.keyword not in lex.court_titles:
        return
    court = doc.most_named_organisation(lex.court_nouns) or _the_leads_court(doc)
    if court is not None:
        role = role_predicate(doc, phrase.keyword, phrase.modifiers)
        yield RelationCandidate(person, role, court, person.sentence, "title-context")


def _the_leads_court(doc: DocView) -> Ment | None:
    """Of two courts named as often, the one the story's first sentence names: "The Regional
    Court in Brno has overturned ... fifteen days to appeal to the Supreme Court"."""
    courts = [m for m in doc.mentions if m.etype is ORG and not m.derived]
    courts = [m for m in courts if name_head(m.name) in doc.lex.court_nouns]
    return courts[0] if courts and doc.owner[courts[0].start] == 0 else None


def _bare_town_title(doc: DocView, person: Ment, phrase: TitlePhrase) -> Iterator[Candidate]:
    """ "Mayor X said", datelined "MINNEAPOLIS, June 2 -": the mayor of the town the
    sentence names before the name, else of the dateline's town."""
    towns = [
        m
        for m in doc.sentence_mentions(person.sentence)
        if m.etype is EntityType.CITY and m.end <= person.start
    ]
    anchor = (min(phrase.start, person.start), max(phrase.end, person.end))
    town = towns[-1] if towns else dateline_town(doc, anchor, person.sentence)
    if town is not None:
        rule_name = "title-context"
        confidence = doc.lex.rule_confidence(rule_name)
        yield RelationCandidate(person, TK.leaderOf, town, person.sentence, rule_name, confidence)


def _facts(doc: DocView, attachment: TitleAttachment) -> Iterator[RelationCandidate]:
    lex = doc.lex
    person, phrase, rule_name = attachment.person, attachment.phrase, attachment.rule
    sentence = person.sentence
    keyword = phrase.keyword
    country = doc.country_mention(phrase.holder_nationality) if phrase.holder_nationality else None
    if country is not None:
        yield RelationCandidate(person, TK.nationality, country, sentence, "nationality-adjective")
    if (role_over(doc, phrase.modifiers) or held_no_more(doc, person)) and not _of_a_life(
        doc, phrase
    ):
        return  # "former chief executive of X", "dropped X, the minister of tourism": a role
        # held no more (kept as a job title)
    confidence = lex.rule_confidence(rule_name)
    if lex.biography.founder_nouns & set(phrase.title_text.lower().split()):
        # "Genvia's founder and chief scientific officer, X": X founded Genvia, whatever
        # the other role gives
        for org in [*phrase.targets, phrase.holder]:
            if org is not None and org.etype is ORG:
                yield RelationCandidate(org, SDO.founder, person, sentence, rule_name, confidence)
        if keyword in lex.biography.founder_nouns and " and " not in phrase.title_text:
            return  # "the party's founder, X": who founded it need not lead it now
    descriptor = lex.descriptors.get(keyword)
    if descriptor is not None:
        targets = phrase.targets + ([phrase.holder] if phrase.holder else [])
        for target in targets:
            yield RelationCandidate(person, descriptor, target, sentence, rule_name, confidence)
        return
    role = role_predicate(doc, keyword, phrase.modifiers)
    if _definite_leader(doc, phrase):
        role = TK.leaderOf
    elif keyword in lex.indefinite_staff and doc.doc[phrase.start].lower_ in ("a", "an"):
        role = TK.worksFor  # "X, a director at Y": one of its directors
    place_held = phrase.holder is not None and phrase.holder.etype.kind is PLACE
    if role == TK.leaderOf and phrase.field and not place_held:
        role = TK.worksFor  # "ESA's director of science": the head of a part of ESA
    if (
        role == TK.leaderOf
        and not place_held
        and (
            (keyword in _BARE_HEADS and field_modifier(doc, phrase)) or _division_head(doc, phrase)
        )
    ):
        # "the UN climate chief", "the EU's foreign policy chief", "the club's sporting
        # director": the head of a part of the body
        role = TK.worksFor
    leader = role == TK.leaderOf
    demoted = any(m in lex.demoting_modifiers for m in phrase.modifiers)
    # "Brazil's central bank governor": the head of a body of the state, not of the state
    of_a_body = any(m in lex.org_head_nouns for m in phrase.modifiers)
    head_of_state = keyword in lex.head_of_state_titles and not demoted and not of_a_body
    holder = phrase.holder or country
    # "Valga's district commissioner, X" heads the district, as its governor would
    area = holder is not None and holder.etype in (EntityType.CITY, EntityType.ADMINISTRATIVE_AREA)
    head_of_state |= area and keyword in lex.place_leaders and not demoted and not of_a_body
    for target in phrase.targets:
        if (
            target.etype is ORG
            and preposition_before(doc, target) == "from"
            and hired_away(doc, person)
        ):
            continue  # "Heineken hired X, a brewer from Y": Y's no more
        if target.etype is ORG:
            predicate = (None if demoted else _leads_body(doc, phrase, target)) or role
            yield RelationCandidate(person, predicate, target, sentence, rule_name, confidence)
            state_body = keyword in lex.government_roles or lex.names_state_body(
                target.name.lower().split()
            )
            if holder is not None and holder.etype.kind is PLACE and state_body:
                # "the North Korean Minister of State Security": that ministry is North
                # Korea's; "the British president of World Athletics" says nothing of it
                yield from _state_body_of(doc, attachment, target, holder)
        elif target.etype.kind is PLACE and target.etype is not EntityType.PLACE:
            # "the first coach from Serbia", "a minister from Kenya": where they come from
            field_post = field_minister_of(doc, phrase, target)  # "the foreign minister of X"
            if leader and preposition_before(doc, target) != "from" and not field_post:
                if keyword in lex.head_of_state_titles or phrase.holder is None:
                    yield RelationCandidate(
                        person, TK.leaderOf, target, sentence, rule_name, confidence
                    )  # not "the WFP's country director for Sudan"
            elif field_post and target.etype is EntityType.COUNTRY:
                yield from government_role(doc, attachment, target, role)
            elif office_in_the_area(doc, phrase, target, demoted):
                # "the deputy governor of Sichuan, X", "the commissioner of Nunavut, X", "the
                # chief district officer of X": a position in the region (not "the Bishop of
                # Durham", a see)
                yield RelationCandidate(
                    person, TK.memberOf, target, sentence, rule_name, confidence
                )
            elif target.etype is EntityType.COUNTRY and preposition_before(doc, target) != "for":
                # "a senator of Brazil"; a "director for Sudan" need not be Sudanese
                yield RelationCandidate(
                    person, TK.nationality, target, sentence, rule_name, confidence
                )
    for part, whole in phrase.chain:
        within = TK.locatedIn if part.etype.kind is PLACE else TK.partOf
        yield RelationCandidate(part, within, whole, sentence, rule_name, confidence)
    if holder is None or any(t.etype.kind is not PLACE for t in phrase.targets):
        return
    if phrase.targets and (holder.etype is not ORG or head_of_state):
        return  # "WFP's country director for Sudan" works for WFP all the same
    if holder.etype is EntityType.COUNTRY and not head_of_state:
        yield from government_role(doc, attachment, holder, role)
        return
    if holder.etype is ORG:
        predicate = (None if demoted else _leads_body(doc, phrase, holder)) or role
        yield RelationCandidate(person, predicate, holder, sentence, rule_name, confidence)
    elif head_of_state and holder.etype is not EntityType.PLACE:
        # a state or a town has a president, a site ("the Stade de France | President X") none
        yield RelationCandidate(person, TK.leaderOf, holder, sentence, rule_name, confidence)
    elif holder.etype is EntityType.COUNTRY:
        yield RelationCandidate(person, TK.nationality, holder, sentence, rule_name, confidence)
    elif holder.etype.kind is PLACE and (
        known_place(holder.name) is not None or holder.etype is EntityType.ADMINISTRATIVE_AREA
    ):
        # "Texas Attorney General X", "a Leeds councillor", "Salta Province's health
        # minister" hold a position in the place; "a Leeds teacher" lives there; "the
        # Harwick United striker" is no place's; "the city's chief architect" works for it,
        # and "Minneapolis police chief X" holds an office there too
        if role != TK.worksFor or _a_towns_own(doc, phrase):
            yield RelationCandidate(person, TK.memberOf, holder, sentence, rule_name, confidence)
        else:
            yield RelationCandidate(
                person, TK.residesIn, holder, sentence, rule_name, confidence - 0.2
            )


def _a_towns_own(doc: DocView, phrase: TitlePhrase) -> bool:
    """ "the city's chief architect": a post of the town its description names (not "Paris's
    best-known chef", a town's name, nor "the city's most famous chef", a ranking)."""
    words = range(phrase.start, phrase.keyword_start)
    owner = [k for k in words if doc.table.lower[k] in POSSESSIVE_MARKS]
    ranked = any(doc.table.tag[k] in ("JJS", "RBS") for k in words)
    return bool(owner) and doc.doc[owner[0] - 1].is_lower and not ranked


def _a_chair_of(doc: DocView, person: Ment, company: Ment) -> bool:
    """ "Norvia said ... Chairman Ana Ruiz": a company's chair, when the company is the body
    named last before the title (in its sentence or the one before), not another ("The
    Securities Commission fined Norvia. Chairwoman X"), the name is a full one (not
    "Chairman Mao") and no "of" names the body ("Chairman X of the union")."""
    from textkg.extract.descriptions import no_business  # (imports the titles' modules)

    after = person.end < len(doc.doc) and doc.doc[person.end].lower_ == "of"
    if " " not in person.name or after or no_business(doc, company):
        return False
    first = doc.sentences[max(0, person.sentence - 1)].start_token
    named = [m for m in doc.mentions if first <= m.start < person.start and m.etype is ORG]
    return bool(named) and all(m.name == company.name for m in named)


def _after_a_bodys_possessive(doc: DocView, phrase: TitlePhrase) -> bool:
    """ "the club's president": a body's noun and its possessive before the title."""
    text = doc.table.text
    return any(
        text[k] in ("'s", "’s") and _a_bodys_noun(doc, k - 1)
        for k in range(max(1, phrase.start - 2), phrase.keyword_start)
    )


def _a_bodys_noun(doc: DocView, k: int) -> bool:
    lemma = doc.table.lemma[k]
    return doc.table.pos[k] == "NOUN" and (
        lemma in doc.lex.classifier_nouns or lemma in doc.lex.org_head_nouns
    )


def _definite_leader(doc: DocView, phrase: TitlePhrase) -> bool:
    """ "Harwick United's new manager", "the coach of X": the head of a team; "a manager
    at X", "the fund manager" and "assistant coach" are staff."""
    if phrase.keyword not in doc.lex.definite_leaders:
        return False
    if doc.doc[phrase.start].lower_ in ("a", "an"):
        return False
    if any(m in doc.lex.demoting_modifiers for m in phrase.modifiers):
        return False
    return not any(
        doc.doc[k].pos_ in ("NOUN", "PROPN") and doc.at[k] is None
        for k in range(phrase.start, phrase.keyword_start)
    )


def _of_a_life(doc: DocView, phrase: TitlePhrase) -> bool:
    """In a profile ("X is a Swedish singer ..."), a past role ("a former member of Y") is a
    fact of the life told; in news it stays a job title. A role to come is neither."""
    coming = doc.lex.coming_modifiers
    return tells_a_life(doc) and not any(m in coming for m in phrase.modifiers)


def _leads_body(doc: DocView, phrase: TitlePhrase, org: Ment) -> URIRef | None:
    """A secretary heads a department or treasury ("Treasury Secretary", "home secretary at
    the Home Office"), a commissioner a police force, as the lexicon's ``leads_when`` lists;
    not one of several ("a commissioner of the league") nor one of a field the body's name
    does not give ("the league's match commissioner", "its disciplinary commissioner")."""
    keyword = phrase.keyword
    # (the whole role first: "station manager" leads a broadcaster, "manager" nothing)
    kinds = doc.lex.leads_when.get(keyword) or doc.lex.leads_when.get(keyword.split()[-1])
    words = org.name.lower().split()
    if not kinds or not words or not (words[-1] in kinds or any(w in kinds for w in words[:1])):
        return None
    table = doc.table
    if table.lower[phrase.start] in ("a", "an"):
        return None
    # a field noun of its own before the role, not one of the body's name or kind
    fields = [
        table.lower[k]
        for k in range(phrase.start, phrase.keyword_start)
        if table.pos[k] == "NOUN" and table.text[k].islower() and doc.at[k] is None
    ]
    if any(f not in kinds and f not in words and f not in doc.lex.titles for f in fields):
        return None
    return TK.leaderOf
