"""What a title written "of" a place says: a post in the place's government, or its head.

"The prime minister of Tasmania" heads the state; "the forestry minister of Tasmania" holds
a post in its government, as "Tasmania's forestry minister" does.
"""

from __future__ import annotations

from collections.abc import Iterator

from rdflib import URIRef

from textkg.extract.candidates import RelationCandidate
from textkg.extract.document import ORG, DocView
from textkg.extract.mentions import Ment
from textkg.extract.titles import TitleAttachment, TitlePhrase
from textkg.months import MONTHS, WEEKDAYS
from textkg.namespaces import TK
from textkg.records import EntityType


def field_modifier(doc: DocView, phrase: TitlePhrase) -> bool:
    """A lower-case field word before the title ("climate", "foreign policy"), not an
    ordinary modifier ("new", "former")."""
    lex = doc.lex
    words = lex.title_modifiers | lex.past_modifiers | lex.demoting_modifiers
    return any(m.isalpha() and m not in words and not m.isupper() for m in phrase.modifiers)


def domain_words(doc: DocView, keyword_start: int) -> list[str]:
    """The words right before a minister's title that name the ministry's field ("Finance",
    "sports", "Foreign"), not generic ones ("new", "former", "deputy")."""
    lex, table = doc.lex, doc.table
    words: list[str] = []
    k = keyword_start - 1
    while k >= 0 and len(words) < 2 and not doc.in_nationality(k) and doc.at[k] is None:
        lower = table.lower[k]
        generic = lex.demoting_modifiers | lex.past_modifiers | lex.titles
        noun = table.pos[k] in ("NOUN", "PROPN") and lower not in generic
        dated = doc.doc[k].ent_type_ in ("DATE", "TIME") or lower in WEEKDAYS or lower in MONTHS
        if not (noun or lower in lex.ministry_names) or not lower.isalpha() or dated:
            break
        words.insert(0, lower)
        k -= 1
    return words


def field_minister_of(doc: DocView, phrase: TitlePhrase, target: Ment) -> bool:
    """ "the foreign minister of Estonia": a government post of one field in the place
    (no head of it, as "the prime minister of Estonia" is)."""
    lex = doc.lex
    return (
        phrase.keyword in lex.government_roles
        and phrase.keyword not in lex.head_of_state_titles
        and preposition_before(doc, target) == "of"
        and bool(domain_words(doc, phrase.keyword_start))
    )


def office_in_the_area(doc: DocView, phrase: TitlePhrase, target: Ment, demoted: bool) -> bool:
    """A title "of" a region or a town that is a post there: a demoted leader's, a
    government role's, or one whose words name a kind of area ("district officer")."""
    if preposition_before(doc, target) != "of":
        return False
    lex = doc.lex
    public = phrase.keyword in lex.government_roles or any(
        m in lex.admin_words for m in phrase.modifiers
    )
    return demoted or (public and target.etype is not EntityType.COUNTRY)


def preposition_before(doc: DocView, target: Ment) -> str:
    """The preposition a title's complement follows ("of", "for"), past "the"."""
    k = target.start - 1
    if k > 0 and doc.table.lower[k] == "the":
        k -= 1
    return doc.table.lower[k] if k >= 0 else ""


def government_role(
    doc: DocView, attachment: TitleAttachment, country: Ment, role: URIRef
) -> Iterator[RelationCandidate]:
    """ "Indian Finance Minister X", "Kenya's deputy president X": a position in the state,
    and for a minister of a named domain the ministry, part of that state."""
    lex, person, phrase = doc.lex, attachment.person, attachment.phrase
    sentence, rule_name = person.sentence, attachment.rule
    keyword = phrase.keyword
    deputy_head = keyword in lex.state_leader_titles  # "deputy prime minister"
    # "Italy's deputy chief of defence staff": an office the country's possessive gives
    office = (
        phrase.holder is country
        and doc.table.lower[min(country.end, len(doc.doc) - 1)] in ("'s", "’s")
        and "former" not in phrase.modifiers
        and role in (TK.leaderOf, TK.worksFor)
    )
    member = role == TK.memberOf and keyword not in lex.player_titles  # not "Swedish guitarist"
    if keyword in lex.government_roles or member or deputy_head or office:
        yield RelationCandidate(person, TK.memberOf, country, sentence, rule_name)
    else:  # "Swedish economist X", "Brazilian striker X"
        yield RelationCandidate(person, TK.nationality, country, sentence, rule_name)
    org_word = lex.title_to_organization.get(keyword.split()[-1])
    domain = domain_words(doc, phrase.keyword_start)
    if not org_word or not domain:
        return
    field = lex.ministry_names.get(" ".join(domain)) or " ".join(w.capitalize() for w in domain)
    name = f"{org_word.capitalize()} of {field}"
    existing = [m for m in doc.mentions if m.etype is ORG and same_body(m.name, name)]
    # "Education minister X" beside the named "Ministry of National Education": that one
    existing = existing or [
        m
        for m in doc.mentions
        if m.etype is ORG and not m.derived and m.name.lower().startswith(org_word.lower())
        if set(domain) <= set(m.name.lower().split())
    ]
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


def same_body(a: str, b: str) -> bool:
    """ "Ministry of the Interior" is "Ministry of Interior"."""

    def key(name: str) -> str:
        return " ".join(w for w in name.lower().split() if w != "the")

    return key(a) == key(b)
