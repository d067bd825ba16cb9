"""The names a list gives where the parser breaks it apart: "including A and B", "A, B
and C" hung in apposition, "vocalist X, guitarist Y and drummer Z"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from textkg.records import EntityType

if TYPE_CHECKING:
    from textkg.extract.document import DocView
    from textkg.extract.mentions import Ment


def listed(token: Token) -> list[Token]:
    """ "met protest leaders including Hilario Quispe and Rosa Mamani", "played for clubs
    such as A and B": the names a plural noun's "including" or "such as" lists."""
    return [
        t
        for prep in token.children
        if prep.dep_ == "prep"
        and (
            prep.lower_ == "including"
            or (prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children))
        )
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for t in (pobj, *pobj.conjuncts)
    ]


def with_conjuncts(token: Token) -> list[Token]:
    """The token and the words coordinated with it, also those the parser hangs on its name
    in apposition ("joined by the energy minister, X, and the bank's director, Y"), and the
    names of roles coordinated with it ("A and the bank's head, B")."""
    tokens = [token, *token.conjuncts]
    for apposed in [c for t in tokens for c in t.children if c.dep_ == "appos"]:
        tokens += [c for c in apposed.conjuncts if c not in tokens]
        if apposed.conjuncts and apposed not in tokens and _plural(apposed.head):
            # "the two co-chairs, A and B": the list names the plural noun's people
            tokens.append(apposed)
        after = apposed.left_edge.i - 1
        if after > 0 and apposed.doc[after].lower_ == "and" and apposed not in tokens:
            # "the minister, A, and the bank's director, B": a second item the parser hung
            # in apposition after "and"
            tokens.append(apposed)
    tokens += [c for c in _named_after_the_last_role(token) if c not in tokens]
    # "A and Norway's secretary of state for research, B, arrived": the name a coordinated
    # role is apposed to
    tokens += [
        c
        for t in token.conjuncts
        if t.pos_ == "NOUN"
        for c in t.children
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c not in tokens
    ]
    # (parsed with the role's owner as the conjunct, "Norway's", and the name on the first)
    owners = [t for t in token.conjuncts if any(c.dep_ == "case" for c in t.children)]
    tokens += [
        c
        for c in token.children
        if owners
        and c.dep_ == "appos"
        and c.pos_ == "PROPN"
        and c.i > owners[0].i
        and c not in tokens
    ]
    return tokens


def _plural(noun: Token) -> bool:
    """A plural noun, or one counted ("the two leaders", "the two Captains Regent")."""
    return noun.tag_ in ("NNS", "NNPS") or any(c.dep_ == "nummod" for c in noun.children)


def _named_after_the_last_role(token: Token) -> list[Token]:
    """ "hosted A, B and the dean of the faculty, C": the name the parser hangs on an earlier
    item of the list in apposition, written right after the role that ends the list (a common
    noun with no name of its own), is that role's."""
    items = sorted([token, *token.conjuncts], key=lambda t: t.i)
    last = items[-1]
    if last is token or last.pos_ != "NOUN" or any(c.dep_ == "appos" for c in last.children):
        return []
    comma = last.right_edge.i + 1
    doc = token.doc
    return [
        c
        for item in items[:-1]
        for c in item.children
        if c.dep_ == "appos"
        and c.pos_ == "PROPN"
        and comma < len(doc)
        and doc[comma].text == ","
        and c.left_edge.i == comma + 1
    ]


def people_in_apposition(view: DocView, token: Token) -> list[Token]:
    """ "consisting of A, B, C and D", parsed with B and C in apposition to A: people's
    names of one list (a person's name in apposition to a person's, before "and" and a
    name); not "Lund, Sweden, and X"."""

    def person(t: Token) -> bool:
        ment = view.at[t.i]
        return t.pos_ == "PROPN" and ment is not None and ment.etype is EntityType.PERSON

    appositions = [c for c in token.children if c.dep_ == "appos" and person(c)]
    if not person(token) or not any(person(c) for a in appositions for c in a.conjuncts):
        return []
    return appositions


def named_before_a_plural(view: DocView, token: Token) -> list[Token]:
    """ "met Dahle and other union leaders", "talks with X and business leaders": the person
    named before "and" that the parser hung on the plural noun as its modifier."""
    if token.tag_ != "NNS" or view.at[token.i] is not None:
        return []
    # (not "Obama and Bush administration officials": two names of the officials')
    return [
        child
        for child, ment in _people_hung_before_and(view, token)
        if ment.end < token.i and not view.doc[ment.end + 1].text[:1].isupper()
    ]


def named_before_a_name(view: DocView, token: Token) -> list[Token]:
    """ "Vasquez and Maria Duarte-Lind held talks": the person named right before "and" that
    the parser hung on the next person's name as its modifier (with the next one's first
    name as its conjunct), one more of the list."""
    ment = view.at[token.i]
    if ment is None or ment.etype is not EntityType.PERSON or token.i != ment.end - 1:
        return []
    return [c for c, before in _people_hung_before_and(view, token) if before.end + 1 == ment.start]


def _people_hung_before_and(view: DocView, token: Token) -> list[tuple[Token, Ment]]:
    """The people's names, each followed by "and", the parser hung on ``token`` as its
    modifiers (the last word of each, with its mention)."""
    found = []
    for child in token.children:
        ment = view.at[child.i]
        if (
            child.dep_ in ("nmod", "compound")
            and ment is not None
            and ment.etype is EntityType.PERSON
            and child.i == ment.end - 1
            and view.doc[ment.end].lower_ == "and"
        ):
            found.append((child, ment))
    return found


def named_after_a_holder(view: DocView, token: Token) -> list[Token]:
    """ "welcomed by the mayor of Tarn, A, and B": the people coordinated after the name a
    role stands for, which the parser hangs on that name (not on the role)."""
    holder = view.references.person_of_title.get(token.i)
    if holder is None:
        return []
    last = view.doc[holder.end - 1]
    return [
        c
        for c in last.conjuncts
        if c.i > last.i and (m := view.at[c.i]) is not None and m.etype is EntityType.PERSON
    ]


def titled_list(view: DocView, token: Token) -> list[Token]:
    """The names after a titled person's in a list of titled people, which the parser
    breaks apart ("consists of vocalist X, guitarist Y and drummer Z": Y hangs on
    "guitarist" as a clause): each item a title word and a person's name."""
    ment = view.at[token.i]
    if ment is None or ment.etype is not EntityType.PERSON or ment.derived:
        return []
    if ment.start == 0 or not _title_ending_at(view, ment.start):
        return []
    found: list[Token] = []
    i = ment.end
    while i < len(view.doc):
        if view.doc[i].text == ",":
            i += 1
        if i < len(view.doc) and view.doc[i].lower_ == "and":
            i += 1
        start = i
        while i < len(view.doc) and view.doc[i].is_lower and view.title_len[i] == 0:
            i += 1  # "lead vocalist", "rhythm guitarist"
        n = view.title_len[i] if i < len(view.doc) else 0
        named = view.at[i + n] if n and i + n < len(view.doc) else None
        if (
            i - start > 1
            or named is None
            or named.etype is not EntityType.PERSON
            or named.start != i + n
        ):
            break
        found.append(view.doc[named.end - 1])
        i = named.end
    return found


def _title_ending_at(view: DocView, end: int) -> bool:
    """Whether a lower-case title word ends right before token ``end``."""
    for start in range(max(0, end - 3), end):
        if view.doc[start].is_lower and start + view.title_len[start] == end:
            return True
    return False


def people_listed_after(view: DocView, token: Token) -> list[Token]:
    """ "sat down with the heads of the two colleges, A, the rector of X, and B, who heads
    Y": the people a plural role names in the closed list after its comma, which the parser
    hangs on the noun before ("colleges"); each item a person's name, with what is said of
    it."""
    doc = view.doc
    lemma = token.lemma_.lower()
    if token.tag_ != "NNS" or (lemma not in view.lex.titles and lemma not in view.lex.people_nouns):
        return []
    end = view.sentences[view.owner[token.i]].end_token
    i = token.i + 1
    if i < end and doc[i].lower_ == "of":  # past "of the two colleges", which names no one
        while i < end and doc[i].text != "," and _person_at(view, i) is None:
            i += 1
    found: list[Token] = []
    while i + 1 < end and doc[i].text == ",":
        closing = doc[i + 1].lower_ == "and"
        ment = _person_at(view, i + 2 if closing else i + 1)
        if ment is None:
            return []
        found.append(doc[ment.end - 1])
        if closing:
            return found if len(found) > 1 and not _acting(found) else []
        i = ment.end
        # past what is said of the name ("the rector of X", "who heads Y") to the next item
        while i < end and not (doc[i].text == "," and _item_follows(view, i)):
            if doc[i].text in (";", ":", "(") or _person_at(view, i) is not None:
                return []
            i += 1
    last = _person_at(view, i + 1) if i + 1 < end and doc[i].lower_ == "and" else None
    listed = [*found, doc[last.end - 1]] if found and last is not None else []
    return [] if _acting(listed) else listed


def _acting(names: list[Token]) -> bool:
    """ "While X met the governors, A, B and C waited outside": names that are a verb's
    subject, a clause of their own, not the list of the role before them."""
    return any(t.dep_ in ("nsubj", "nsubjpass") or t.head.dep_ == "nsubj" for t in names)


def _item_follows(view: DocView, comma: int) -> bool:
    at = comma + 2 if view.doc[comma + 1].lower_ == "and" else comma + 1
    return at < len(view.doc) and _person_at(view, at) is not None


def _person_at(view: DocView, i: int) -> Ment | None:
    ment = view.mention_starting(i, skip_the=False)
    return (
        ment if ment is not None and ment.etype is EntityType.PERSON and not ment.derived else None
    )


def apposed_to_the_last(view: DocView, noun: Token) -> Ment | None:
    """ "with A and B, a chemist from Poland": the person an apposition follows when it is
    not the one the parser hung it on (the first of the list), else None."""
    comma = noun.left_edge.i - 1
    if noun.dep_ != "appos" or comma < 1 or view.doc[comma].text != ",":
        return None
    before, anchor = view.at[comma - 1], view.at[noun.head.i]
    if before is None or before.etype is not EntityType.PERSON or anchor is None:
        return None
    return before if before.name != anchor.name else None


def holder_hung_inside(view: DocView, token: Token) -> list[Token]:
    """ "The Representative of the Republic for Ruritania, Judge X, received Y": the name
    set off by commas right after a role's "of" phrase, which the parser hung on that
    phrase's last word, is the role's holder (the role itself names no one)."""
    lex = view.lex
    if token.pos_ not in ("NOUN", "PROPN") or view.at[token.i] is not None:
        return []
    if token.lemma_.lower() not in lex.titles | lex.member_titles:
        return []
    if not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return []
    for t in token.subtree:
        ment = view.at[t.i]
        if t.dep_ != "appos" or t.head is token or ment is None or ment.end - 1 != t.i:
            continue
        comma = ment.start - 1
        while comma > token.i and view.table.lower[comma] in lex.honorifics | lex.titles:
            comma -= 1  # "Judge X", "Dr X"
        closed = ment.end < len(view.doc) and view.doc[ment.end].text == ","
        if ment.etype is EntityType.PERSON and view.doc[comma].text == "," and closed:
            return [t]
    return []
