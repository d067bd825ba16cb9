"""Who the words of a biography name: the person a verb or a kin noun is about ("X, born in
Y", "the son of A and B", "his wife, C"), read off the parse and the mentions. Shared by the
biography rules (rules/biography.py) and the date rules."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from textkg.extract.document import PERSON, DocView
from textkg.extract.mentions import Ment
from textkg.extract.syntax import RELATIVE_PRONOUNS, children, pobjs
from textkg.records import EntityType

_CLAUSE_LINKS = ("advcl", "conj", "xcomp", "ccomp", "relcl", "acl", "acomp")  # "She was married to"


def people(doc: DocView, tokens: Iterable[Token]) -> list[Ment]:
    """The people the tokens stand for; a common noun stands for the name in apposition to
    it ("married to the economist Peter Kamau")."""
    found: list[Ment] = []
    for token in tokens:
        people = [m for m in doc.referents(token) if m.etype is PERSON]
        if not people and (token.pos_ == "NOUN" or token.lower_ == "one"):
            # "One of them, Diego Ruiz, was born in ...": the name apposed to "one" too;
            # "a nurse named X", "a lady by the name of X": the name given
            named = [c for c in token.children if c.dep_ == "appos"]
            named += [
                g
                for c in children(token, "acl")
                if c.lemma_.lower() in ("name", "call")
                for g in children(c, "oprd", "dobj", "attr")
            ]
            if token.lemma_.lower() == "name":
                named += pobjs(token, ("of",))
            people = [m for c in named for m in doc.referents(c) if m.etype is PERSON]
        found.extend(people)
    return found


def person_of(doc: DocView, trigger: Token) -> list[Ment]:
    """The person a verb or participle is about: its subject (a pronoun stands for whom the
    pronouns annotator found), the name it modifies ("X, born in Y"), or the subject of the
    clause it hangs off ("Born in Y, X ...")."""
    token: Token | None = trigger
    for _ in range(4):
        if token is None:
            break
        subjects = children(token, "nsubj", "nsubjpass")
        relative = token.dep_ == "relcl" and all(t.lower_ in RELATIVE_PRONOUNS for t in subjects)
        if subjects and not relative:  # "X, who studied at Y": X, not "who"
            return people(doc, subjects)
        if token.dep_ in ("acl", "appos") or (token.dep_ == "relcl" and token.head.i < token.i):
            found = people(doc, [token.head])
            if found:
                return found
        if token.dep_ == "pcomp" and token.head.dep_ == "prep":
            token = token.head.head  # "After graduating from X, he ...": his
            continue
        token = token.head if token.dep_ in _CLAUSE_LINKS and token.head is not token else None
    sentence = doc.sentence_mentions(doc.owner[trigger.i])
    verb = trigger.head
    if trigger.dep_ == "advcl" and trigger.i < verb.i and not children(verb, "nsubj", "nsubjpass"):
        # "Born in Tucson, Arizona, X joined ...": the name right before the verb, which the
        # parser hung on the place as one more of a list
        named = [m for m in sentence if m.etype is PERSON and m.end == verb.i]
        if named:
            return named
    preceding = [m for m in sentence if m.etype is PERSON and m.end <= trigger.i]
    return preceding[-1:]


def named_by(doc: DocView, noun: Token) -> list[Ment]:
    """The person a relation noun names: "X, the son of Y" / "his son X" / "X is the son of
    Y" / "son X"."""
    # (not "his brother Louis, his sister Anna", where "sister" names its own: Anna)
    own = any(c.dep_ == "poss" for c in noun.children) and bool(children(noun, "appos"))
    if noun.dep_ == "appos" and not own:
        head = noun.head
        if head.dep_ == "attr" and doc.at[head.i] is None:
            # "X was a French painter, the son of Y": the copula's subject, not the painter
            return people(doc, children(head.head, "nsubj", "nsubjpass"))
        found = people(doc, [head])
        if found:
            return found
    born = _birthplace_before(doc, noun)
    if born is not None:
        # "He was born in Lyon, France, the son of A and B", "Born in Rome, the daughter of
        # A and B, she ...": who was born there, whatever the parser hung the noun on
        return person_of(doc, born)
    apposed = [c for c in children(noun, "appos") if not _past_of(noun, c)]
    if noun.tag_ == "NN":
        # "with A and his brother B, C, D and E": a singular noun names one; the parser
        # hangs the rest of the list on it as appositions too
        apposed = apposed[:1]
    found = people(doc, apposed)
    if found:
        return found
    if noun.dep_ in ("attr", "acomp"):
        return people(doc, children(noun.head, "nsubj", "nsubjpass"))
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
        found = people(doc, children(noun.head, "attr"))  # "His brother was Harry Alger."
        if found:
            return found
    following = doc.mention_starting(noun.i + 1, skip_the=False)
    if following is None and noun.i + 2 < len(doc.doc) and doc.doc[noun.i + 1].text == ",":
        following = doc.mention_starting(noun.i + 2, skip_the=False)
    if following is None or following.etype is not PERSON:
        return []
    if noun.tag_ == "NNS":
        # "X's siblings A, B and C": a plural noun names the whole list after it
        listed = people(doc, [doc.doc[doc.root_of(following)]]) + listed_after(doc, following)
        return [following, *dict.fromkeys(m for m in listed if m is not following)]
    return [following]


def listed_after(doc: DocView, first: Ment) -> list[Ment]:
    """The people written in a list after ``first`` ("A, B and C"), however it was parsed."""
    found: list[Ment] = []
    k, limit = first.end, len(doc.doc)
    while k < limit:
        if doc.doc[k].text == ",":
            k += 1
        if k < limit and doc.doc[k].lower_ == "and":
            k += 1
        ment = doc.mention_starting(k, skip_the=False) if k < limit else None
        if ment is None or ment.etype is not PERSON or k == first.end:
            break
        found.append(ment)
        k = ment.end
    return found


def parents_having(doc: DocView, noun: Token) -> list[Ment]:
    """ "X had three children, A, B and C", "Y, with whom he had two sons": who had them."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in doc.lex.biography.offspring_verbs:
        return []
    parents = person_of(doc, verb)
    for partner in pobjs(verb, ("with",)):
        if partner.lower_ == "whom" and verb.dep_ == "relcl":
            parents += people(doc, [verb.head])  # "Y, with whom he had two sons"
        else:
            parents += people(doc, [partner])
    return list(dict.fromkeys(parents))


def relative_of(doc: DocView, noun: Token) -> list[Ment]:
    """Whose son, wife or brother: "of Y", "Y's", or "his"/"her" (the person meant); "the
    son of the sculptor Y and the singer Z", where the parser joins Z to "son"."""
    found = people(doc, pobjs(noun, ("of",))) or person_past_occupations(doc, noun)
    kin = doc.lex.biography
    if found:
        nouns = kin.child_nouns | kin.parent_nouns | kin.sibling_nouns | kin.spouse_nouns
        joined = [c for c in children(noun, "conj") if c.lemma_.lower() not in nouns]
        # "the son of A and B" with B parsed as the noun's apposition
        joined += [c for c in children(noun, "appos") if _past_of(noun, c)]
        found += [m for m in people(doc, joined) if m not in found]
        if noun.lemma_.lower() in kin.child_nouns:
            # "the son of A and his wife B": B is the other parent
            found += [w for w in (spouse_after(doc, found[-1]),) if w and w not in found]
        return found
    owner = [c for c in children(noun, "poss") if c.lower_ in ("his", "her")]
    if owner and noun.lemma_.lower() in kin.spouse_nouns:
        before = person_before_and(doc, owner[0].i)
        if before is not None:
            return [before]  # "the child of A and his wife B": A's wife, whoever "his" was
    return people(doc, children(noun, "poss"))


def person_past_occupations(doc: DocView, noun: Token) -> list[Ment]:
    """ "the son of the actor and screenwriter X": the person after "of" and the lower-case
    words of an occupation, which the parser may join to the noun instead."""
    table, k = doc.table, noun.i + 1
    if k >= len(table) or table.lower[k] != "of" or doc.at[k + 1] is not None:
        return []
    k += 1
    while k < min(len(table), noun.i + 8) and doc.at[k] is None:
        # "the actor and screenwriter", "Mexican singer and actress" (a tagger's verb or
        # adjective too, never a finite verb)
        word = table.pos[k] in ("NOUN", "VERB", "ADJ") and doc.doc[k].tag_ in ("NN", "VB", "JJ")
        if doc.in_nationality(k) or (
            table.text[k].islower() and (word or table.lower[k] in ("the", "a", "an", "and"))
        ):
            k += 1
            continue
        return []
    named = doc.mention_starting(k, skip_the=False) if k < len(table) else None
    return [named] if named is not None and named.etype is PERSON else []


def person_before_and(doc: DocView, i: int) -> Ment | None:
    """The person named right before "and" at ``i - 1`` (past a bracket of dates)."""
    k = i - 1
    if k < 1 or doc.table.lower[k] != "and":
        return None
    if doc.table.text[k - 1] == ")":
        k = next((j for j in range(k - 1, max(0, k - 12), -1) if doc.table.text[j] == "("), k)
    named = doc.mention_ending(k)
    return named if named is not None and named.etype is PERSON else None


def spouse_after(doc: DocView, person: Ment) -> Ment | None:
    """B in "A (1801 - 1870) and his wife B"."""
    table, k = doc.table, person.end
    if k < len(table) and table.text[k] == "(":
        k = next((j + 1 for j in range(k, min(len(table), k + 12)) if table.text[j] == ")"), k)
    if k + 3 >= len(table) or table.lower[k] != "and" or table.lower[k + 1] not in ("his", "her"):
        return None
    if table.lemma[k + 2] not in doc.lex.biography.spouse_nouns:
        return None
    k += 3 + (table.text[k + 3] == ",")
    named = doc.mention_starting(k, skip_the=False)
    return named if named is not None and named.etype is PERSON else None


def _past_of(noun: Token, named: Token) -> bool:
    """Whether ``named`` comes after "and" past the noun's "of" phrase ("the son of A and
    B"): the other relative, not the one the noun names."""
    of = [c.i for c in children(noun, "prep") if c.lower_ == "of"]
    return bool(of) and named.i > of[0] and named.doc[named.left_edge.i - 1].lower_ == "and"


def _birthplace_before(doc: DocView, noun: Token) -> Token | None:
    """The verb of birth when the noun's phrase follows a comma right after the place one
    was born in ("born in Lyon, France, the son of ...")."""
    k = noun.i - 1
    while k > 0 and doc.table.pos[k] in ("DET", "ADJ", "NUM") and doc.at[k] is None:
        k -= 1  # "the", "eldest", "third"
    if k < 1 or doc.table.text[k] != ",":
        return None
    place = doc.mention_ending(k)
    if place is None or place.etype.kind is not EntityType.PLACE:
        return None
    token = doc.doc[doc.root_of(place)]
    for _ in range(5):  # up through "Lyon, France" and "in" to the verb
        if token.lower_ in doc.lex.biography.birth_words:
            return token
        if token.head is token:
            break
        token = token.head
    return None
