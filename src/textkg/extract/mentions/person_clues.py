"""What the words around a name say about it being a person's: a relative "who", a role
in apposition ("Its chief executive, X"), a naming verb with a title ("sworn in as
president"); and the relative "which" no person takes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from textkg.extract.gazetteers import city_population, is_given_name, is_surname
from textkg.extract.mentions.model import is_name_word
from textkg.namespaces import TK

if TYPE_CHECKING:
    from spacy.tokens import Token

    from textkg.extract.mentions.spans import SpanReader


#: Words that make a role a body's, not a person's ("Komeito, whose leader", "its chief").
_BODIES_POSSESSIVES = frozenset({"whose", "its", "their"})


def which_follows(reader: SpanReader, start: int, end: int) -> bool:
    """ "Alvora Re, which is based in Hamilton": a relative clause no person's name takes."""
    doc = reader.doc
    if end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "which":
        return False
    return start <= doc[end + 1].head.head.i < end


def who_without_the(reader: SpanReader, start: int, end: int) -> bool:
    """ ", who" after a name no "the" opens (not "the Kinks, who": a band's)."""
    doc = reader.doc
    after = end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "who"
    return after and (start == 0 or doc[start - 1].lower_ != "the")


def relative_who_follows(reader: SpanReader, end: int) -> bool:
    doc = reader.doc
    return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in ("who", "whose")


def person_named(reader: SpanReader, start: int, end: int) -> bool:
    """ "Enkhjargal Dorj, who heads the ministry": a name of two words or more no list knows
    the given name of, which the NER left untagged, is a person's where ", who" and a verb
    follow and no word of it is a body's, a team's (plural: "Kaizer Chiefs, who") or a
    place's, nor is the whole a town's."""
    doc, lex = reader.doc, reader.lex
    if end - start < 2 or not relative_who_follows(reader, end) or end + 2 >= len(doc):
        return False
    verb = end + 3 if doc[end + 2].pos_ == "ADV" and end + 3 < len(doc) else end + 2
    if doc[end + 1].lower_ != "who" or doc[verb].pos_ not in ("VERB", "AUX"):
        return False  # (past an adverb: "who now teaches")
    words = [t.lower_ for t in doc[start:end]]
    bodies = lex.org_head_nouns | lex.club_suffixes | lex.place_head_nouns | lex.admin_words
    # (nor a title: "The Captains Regent, who serve for six months")
    titled = any(w in lex.titles or w.removesuffix("s") in lex.titles for w in words)
    if (
        set(words) & bodies
        or titled
        or words[-1].endswith("s")
        or not all(t.isalpha() for t in words)
    ):
        return False
    return not city_population(doc[start:end].text)


def unlisted_person(reader: SpanReader, start: int, end: int) -> bool:
    """ "from Ajith Senanayake, who now teaches": a name the NER called a body, before ", who"
    and a verb, none of whose words the lists know (a club so written, "Aston Villa, who",
    has a word they know), is a person's as :func:`person_named` reads one."""
    words = [t.text for t in reader.doc[start:end]]
    known = any(is_given_name(w) or is_surname(w) or city_population(w) for w in words)
    return not known and person_named(reader, start, end)


#: Words between a plural noun and the names it lists ("children: A", "cities are A").
_LIST_OPENERS = frozenset({":", "include", "be"})


def list_noun(reader: SpanReader, start: int) -> Token | None:
    """The plural noun that opens the list of names the name at ``start`` stands in ("His
    children included A, B and C", "Its towns are: A, B", "Important cities are A (once
    B), C"), if it stands in one."""
    doc = reader.doc
    k = start - 1
    while k > 0 and start - k < 40:
        if doc[k].text == ")":  # "A (once B), C": past the bracket
            k = next((j for j in range(k - 1, max(0, k - 8), -1) if doc[j].text == "("), 0)
        elif not (doc[k].text in (",", "and", "-") or is_name_word(doc[k])):
            break
        k -= 1  # back over the names listed before this one
    if k < 2 or doc[k].lemma_.lower() not in _LIST_OPENERS:
        return None
    if doc[k].text == ":" and doc[k - 1].lemma_.lower() in _LIST_OPENERS:
        k -= 1  # "the children are: A, B"
    noun = doc[k - 1]
    # the list's own subject or object, not a noun inside another phrase ("Leading the polls
    # in the swing states are A and B")
    listing = noun.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "appos", "ROOT")
    return noun if noun.tag_ == "NNS" and listing else None


def listed_kin(reader: SpanReader, start: int) -> bool:
    """ "His children included A, B and C", "they have two sons: A and B": a name in the
    list a plural kin noun opens is a person's, whatever one-word name it is."""
    words = reader.lex.biography
    noun = list_noun(reader, start)
    return noun is not None and noun.lemma_.lower() in words.child_nouns | words.sibling_nouns


def personal_context(reader: SpanReader, start: int, end: int) -> bool:
    """Words only a person's name takes: in apposition to "his running mate" / "her
    husband", or sworn in, appointed or elected as a role."""
    doc = reader.doc
    head = doc[reader.head_index(start, end)]
    if any(not is_name_word(t) and not _joining_hyphen(t, start, end) for t in doc[start:end]):
        return False
    # (a hyphened name after "his X" or "her X", X a kind of place or body, is a person's
    # only with a given name: not "her native town, Garmisch-Partenkirchen", "his club,
    # Rot-Weiss Essen"; "his running mate, Chinwe Okonkwo-Adeyemi" is)
    lex = reader.lex
    hyphened = any(_joining_hyphen(t, start, end) for t in doc[start:end])
    noun = head.head.lemma_.lower()
    things = lex.settlement_nouns | set(lex.named_kinds) | lex.classifier_nouns
    kin_ok = not hyphened or noun not in things or is_given_name(doc[start].text)
    if listed_kin(reader, start) or born_before_the_subject(head):
        return True
    # "X, the Santa Monica-based publisher": a role an organisation can be says nothing
    company_words = lex.classifier_nouns | lex.owner_nouns | lex.unit_nouns
    if end - start < 2:
        # "Smith, the town's mayor", "Smith, the mayor of Ely": one word takes only a role
        # of something that no organisation is called (not "Komeito, the junior partner in")
        return any(
            role.dep_ == "appos"
            and role.i > head.i
            and role.lemma_.lower() in lex.titles - company_words
            and role.left_edge.i == end + 1
            and role.left_edge.lower_ not in _BODIES_POSSESSIVES
            and any(c.dep_ == "poss" or c.lower_ == "of" for c in role.children)
            for role in head.children
        )
    if (
        head.dep_ == "appos"
        and kin_ok
        and any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in head.head.children)
    ):
        return True
    if head.dep_ == "appos" and head.head.i < start and ends_a_title(reader.title_len, head.head.i):
        return True  # "Its chief executive, Nikos Vardakis"
    if head.dep_ == "appos" and _role_of_before(reader, head.head):
        return True  # "The governor of Uva Province, Nimal Jayasekara" (hung on the province)
    # "Helen Ashworth, the chair of the club"; not "Lumen Pictures, whose founder"
    return (
        any(
            role.dep_ == "appos"
            and role.i > head.i
            and ends_a_title(reader.title_len, role.i)
            and role.lemma_.lower() not in company_words
            # (a staff title after "its" is a person's: "Artis Liepa, its morning-show host",
            # the body being another; "whose" is the name's own)
            and not any(c.lower_ in _BODIES_POSSESSIVES - {"its"} for c in role.children)
            # not "the Red Cross, the organisation's chairman, Kofi Mensah": the role's own name
            and not any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in role.children)
            for role in head.children
        )
        or _named_to_a_role(reader, head)
        or _met_by_a_person(reader, head)
    )


def _met_by_a_person(reader: SpanReader, head: Token) -> bool:
    """ "Chinedu Okafor met Funmilayo Adeyemi over dinner", "X was greeted by Thida Win",
    "X dined with Y": a name the other side of a verb only people do to people from a name
    the NER took for a person's is a person's too."""
    verb, prep = head.head, None
    if head.dep_ == "pobj" and verb.lower_ in ("by", "with"):
        verb, prep = verb.head, verb
    elif head.dep_ not in ("nsubj", "dobj"):
        return False
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in reader.lex.meetings.person_meeting_verbs:
        return False
    if prep is not None and prep.lower_ == "by" and prep.dep_ != "agent":
        return False
    sides = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    sides += [p for c in verb.children if c.lower_ in ("by", "with") for p in c.children]
    return any(s.i != head.i and s.ent_type_ == "PERSON" for s in sides)


def born_before_the_subject(head: Token) -> bool:
    """ "Born in Leeds, England, Hargreaves joined ...": the subject the opening "Born"
    clause describes is a person (no body or town is born)."""
    if head.dep_ != "nsubj":
        return False
    return any(
        c.dep_ == "advcl" and c.lower_ == "born" and c.tag_ == "VBN" and c.i < head.i
        for c in head.head.children
    )


def _role_of_before(reader: SpanReader, named: Token) -> bool:
    """ "the governor of | Uva Province": ``named`` is the object of an "of" after a role,
    so a name in apposition to it is the role's holder, which the parser hung on it."""
    of = named.head
    return (
        named.pos_ == "PROPN"  # (not "the chairman of the party, X": the party's name)
        and named.dep_ == "pobj"
        and of.lower_ == "of"
        and of.head.i < of.i
        and ends_a_title(reader.title_len, of.head.i)
    )


def _joining_hyphen(token: Token, start: int, end: int) -> bool:
    """The hyphen of a double-barrelled surname, "Adeyemi-Cole", written without spaces."""
    return (
        token.text == "-"
        and start < token.i < end - 1
        and not token.whitespace_
        and not token.nbor(-1).whitespace_
    )


def _named_to_a_role(reader: SpanReader, head: Token) -> bool:
    """ "X was sworn in as president", "the union re-elected X as general secretary": a
    naming verb with a title after "as"."""
    lex = reader.lex
    verb = head.head
    if head.dep_ not in ("nsubjpass", "dobj") or verb.lemma_.lower() not in lex.role_verbs_object:
        return False
    # "X was named chief executive of Y", "the board appointed X managing director": the
    # title right after the verb or the name, with no "as"
    after = verb.i + 1 if head.dep_ == "nsubjpass" else head.i + 1
    if after + 1 < len(reader.doc) and reader.doc[after].dep_ in ("amod", "compound"):
        after += not reader.title_len[after]  # "appointed managing | director"
    if after < len(reader.doc) and head.i < after and reader.title_len[after]:
        return True
    return any(
        prep.lower_ == "as" and any(reader.title_len[t.i] for t in prep.subtree)
        for prep in verb.children
        if prep.dep_ == "prep"
    )


def ends_a_title(title_len: Sequence[int], i: int) -> bool:
    """A person's title ends at token ``i`` ("chief executive", "minister"); ``title_len``
    gives the length of the longest title starting at each token."""
    return any(title_len[k] == i + 1 - k for k in range(max(0, i - 3), i + 1))


def age_follows(reader: SpanReader, end: int) -> bool:
    """ "Okafor, 41, said", "Okafor, 41, of Enugu": an age set off by commas after a name,
    as news writes it of a person and of nothing else."""
    doc = reader.doc
    if end + 2 >= len(doc) or doc[end].text != ",":
        return False
    age = doc[end + 1]
    if end + 3 < len(doc) and doc[end + 3].lower_ in ("and", "or"):
        return False  # "in Ohio, 41, and in Texas, 37": a list of figures
    return age.text.isdigit() and 0 < int(age.text) < 120 and doc[end + 2].text in (",", ";")


def _kills(reader: SpanReader, word: Token) -> bool:
    """A verb or a noun of killing in the lexicon ("shoot", "murder", "assassin")."""
    lex = reader.lex
    frame = lex.verbs.get(word.lemma_.lower()) if word.pos_ == "VERB" else None
    if frame is not None:
        return frame.predicate == TK.killed
    noun = (
        (lex.nouns.get(word.lemma_.lower()) or lex.nouns.get(word.lower_))
        if (word.pos_ == "NOUN")
        else None
    )
    return (noun is not None and noun.predicate == TK.killed) or (
        lex.descriptors.get(word.lower_) == TK.killed
    )


def killed_one(reader: SpanReader, start: int, end: int, named_victim: bool = False) -> bool:
    """ "the gunman shot Okafor", "Okafor was murdered", "the assassination of Okafor",
    "the Okafor murder": who a killing verb or noun of the lexicon has killed is a person.
    ``named_victim``: only the killing's object, never the name before its noun ("Chicago's
    murders" are in Chicago; no one shoots or assassinates a town)."""
    head = reader.doc[reader.head_index(start, end)]
    if head.dep_ == "appos":
        head = head.head  # "the last king of Peru, Atahualpa, was murdered"
    above = head.head
    if head.dep_ in ("dobj", "nsubjpass") and above.pos_ == "VERB":
        return _kills(reader, above)
    if head.dep_ == "pobj" and above.lower_ == "of":
        return above.head.pos_ == "NOUN" and _kills(reader, above.head)
    if named_victim:
        return False
    return head.dep_ in ("poss", "compound") and above.pos_ == "NOUN" and _kills(reader, above)


def in_a_killing(reader: SpanReader, start: int, end: int) -> bool:
    """Who is killed, or kills someone named, is a person (see the two clues)."""
    return killed_one(reader, start, end) or killer_of_a_name(reader, start, end)


def killer_of_a_name(reader: SpanReader, start: int, end: int) -> bool:
    """ "Moreno shot Okafor", "Moreno fled and shot Okafor", "Okafor was shot by Moreno":
    who kills someone named (not "the storm killed 40 people") is a person."""
    head = reader.doc[reader.head_index(start, end)]
    verb = head.head
    if head.dep_ == "pobj" and verb.lower_ == "by" and verb.dep_ == "agent":
        return _kills(reader, verb.head)
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    return head.dep_ == "nsubj" and any(
        _kills(reader, v) and any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in v.children)
        for v in verbs
    )


def role_apposed_before(reader: SpanReader, start: int) -> bool:
    """ "Argentina's ambassador in Madrid, Carolina Pizarro": a role, then a comma, right
    before the name (no verb between)."""
    doc = reader.doc
    if start < 2 or doc[start - 1].text != ",":
        return False
    for j in range(start - 2, max(-1, start - 7), -1):
        if doc[j].pos_ in ("VERB", "AUX") or doc[j].text in (",", ";", "."):
            return False
        if reader.title_len[j] > 0:
            return True
    return False


def leader_apposed_before(reader: SpanReader, start: int, end: int) -> bool:
    """ "the cooperative's chairwoman, Oyun Bat, at its depot": a body's leading role, a
    comma, then a name of two or more words closed by a comma, though the parser did not
    make it the role's apposition."""
    doc, lex = reader.doc, reader.lex
    if start < 3 or end >= len(doc) or doc[start - 1].text != "," or doc[end].text != ",":
        return False
    if end - start < 2 or not all(is_name_word(t) for t in doc[start:end]):
        return False
    role = next(
        (
            doc[k : start - 1].text.lower()
            for k in range(max(0, start - 5), start - 1)
            if reader.title_len[k] == start - 1 - k
        ),
        None,
    )
    if role is None:
        return _leader_of_a_named_body_before(reader, start)
    if role not in lex.leader_titles:
        return False
    before = doc[max(0, start - 7) : start - 1]
    return any(t.text.replace("’", "'") == "'s" or t.lower_ in ("its", "their") for t in before)


def _leader_of_a_named_body_before(reader: SpanReader, start: int) -> bool:
    """ "the hokim of Samarkand Region, Odil Rashidov,": a leading role, "of" and a
    capitalised name, then the comma before the name."""
    doc, lex = reader.doc, reader.lex
    for k in range(max(0, start - 8), start - 3):
        n = reader.title_len[k]
        of = k + n
        if not n or doc[of].lower_ != "of" or doc[k:of].text.lower() not in lex.leader_titles:
            continue
        owner = doc[of + 1 : start - 1]
        if all(t.text[:1].isupper() or t.lower_ in ("of", "and", "the") for t in owner):
            return True
    return False


def who_heads(reader: SpanReader, end: int) -> bool:
    """ "X, who (also) heads the Ministry of Fisheries": a body the clause's verb has its
    subject lead, which no club does (not "who head to Munich")."""
    if end + 1 >= len(reader.doc):
        return False
    verb = reader.doc[end + 1].head
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return verb.lemma_.lower() in reader.lex.body_leading_verbs and bool(objects)


def role_before(reader: SpanReader, start: int) -> bool:
    """ "his counterpart, X", "Thanasarn's daughter, X": a person's role, a word for a person
    or a relative before the name's comma."""
    if role_apposed_before(reader, start):
        return True
    doc, lex, bio = reader.doc, reader.lex, reader.lex.biography
    kin = bio.spouse_nouns | bio.child_nouns | bio.parent_nouns | bio.sibling_nouns
    word = doc[start - 2].lemma_.lower() if start >= 2 else ""
    return start >= 2 and doc[start - 1].text == "," and word in lex.people_nouns | kin


def role_apposed_after(reader: SpanReader, start: int, end: int) -> bool:
    """A person's role in apposition right after the name ("X, Vexor's chairman,")."""
    heads = set(range(start, end))
    return any(
        t.dep_ == "appos" and t.head.i in heads and t.lemma_.lower() in reader.lex.titles
        for t in reader.doc[end : min(len(reader.doc), end + 8)]
    )


def role_named_by_copula(reader: SpanReader, start: int, end: int) -> bool:
    """ "Vexor's chairman is X, a property developer": the name a role is said to be, a
    person, whatever kind of business the apposition after it gives."""
    name = reader.doc[end - 1]
    verb = name.head
    if name.dep_ != "attr" or verb.lemma_ != "be" or not (start <= name.i < end):
        return False
    if any(
        c.dep_ == "appos" and c.lemma_.lower() in reader.lex.copula_org_kinds for c in name.children
    ):
        return False  # "The bank's adviser is Rothschild, a French bank": a body all the same
    return any(
        c.dep_ == "nsubj" and c.lemma_.lower() in reader.lex.titles and c.i < start
        for c in verb.children
    )


def persons_occupation(reader: SpanReader, noun: Token) -> bool:
    """A kind noun in apposition that names a person's work, not a firm: "X, a documentary
    maker from Kazakhstan" (a person's kind of making), "Kim Seo-yeon, a producer at the
    studio" (a kind a person can be too, held at a body: firms are "of" things, "in" towns)."""
    lex = reader.lex
    lemma = noun.lemma_.lower()
    made = {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod")}
    if lemma in lex.maker_nouns and made & lex.person_made_things:
        return True
    return lemma in lex.person_classifier_nouns and any(
        c.dep_ == "prep" and c.lower_ == "at" for c in noun.children
    )
