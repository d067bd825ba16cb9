"""Objects of a trigger verb the parse leaves out: a share's size ("a 60% stake"), the
person after a name and "and", the people a plural noun's comma introduces."""

from __future__ import annotations

from spacy.tokens import Token

from textkg.extract.document import PERSON, PLACE, DocView
from textkg.extract.mentions import Ment
from textkg.extract.syntax import children, copula_subject, negated, pobjs, unreal
from textkg.lexicon import Lexicon, VerbFrame
from textkg.namespaces import TK
from textkg.records import EventKind


def majority(share: Token, lex: Lexicon) -> bool:
    """Whether the share is more than half ("70%", "a 60% stake", "a majority stake"): a
    minority stake makes no owner."""
    words = [t for t in share.subtree if t.i <= share.i]
    if any(t.lower_ in lex.majority_words for t in words):
        return True
    numbers = [t.text.rstrip("%") for t in words if t.like_num]
    return any(n.replace(".", "", 1).isdigit() and float(n) > 50 for n in numbers)


def owned_through(share: Token, lex: Lexicon) -> list[Token]:
    """ "bought a 60% stake in X": X, if the share is most of it; "in X" right after the
    share is its object even where the parser hung it on the verb."""
    if not majority(share, lex):
        return []
    owned = pobjs(share, ("of", "in"))
    after = share.right_edge.i + 1
    if not owned and after < len(share.doc) and share.doc[after].lower_ in ("of", "in"):
        prep = share.doc[after]
        if prep.head == share.head and prep.dep_ == "prep":
            owned = [c for c in prep.children if c.dep_ == "pobj"]
    return owned


def and_a_person_after(doc: DocView, ment: Ment) -> list[Ment]:
    """The person named right after a name and "and", whatever the parse made of it."""
    k = ment.end
    if k + 1 >= len(doc.doc) or doc.table.lower[k] != "and":
        return []
    other = doc.mention_starting(k + 1)
    if other is None or other.etype is not PERSON or other is ment:
        return []
    # not "hosted Ola Dahl and Kari Lund said ...": a name that acts starts a clause
    return [] if doc.doc[doc.root_of(other)].dep_ in ("nsubj", "nsubjpass") else [other]


def named_after(doc: DocView, noun: Token) -> list[Ment]:
    """ "for both captains, A and B": the people a plural noun's comma introduces, however
    the parser hung them."""
    k = noun.i + 1
    if noun.tag_ != "NNS" or k >= len(doc.doc) or doc.doc[k].text != ",":
        return []
    named: list[Ment] = []
    while (ment := doc.mention_starting(k + 1)) is not None and ment.etype is PERSON:
        named.append(ment)
        k = ment.end
        if k + 1 < len(doc.doc) and doc.doc[k].text == "," and doc.doc[k + 1].lower_ == "and":
            k += 1  # "A, B, and C"
        if k >= len(doc.doc) or doc.doc[k].lower_ not in (",", "and"):
            break
    # the list ends the phrase ("..., at a hotel", "....") and names no one who acts: not
    # "hosted a dinner for the victims' families, Ana Ruiz said"
    ends = k >= len(doc.doc) or doc.doc[k].pos_ in ("PUNCT", "ADP")
    if not ends or any(doc.doc[doc.root_of(m)].dep_ in ("nsubj", "nsubjpass") for m in named):
        return []
    return named


def named_after_people_counted(verb: Token, child: Token) -> bool:
    """A name set off after the verb's object, with no "and" before it: one of the people
    the object counts ("met two of the mill's critics outside the court, A and B")."""
    return child.dep_ in ("npadvmod", "dep") and not any(
        c.dep_ == "cc" and c.i < child.i for c in verb.children
    )


def passive_clause_noun(doc: DocView, pronoun: Token) -> Token | None:
    """ "Norvia, which is based in Oslo and led by X": the noun a passive relative clause
    is about (the name a description in apposition stands for)."""
    clause = pronoun.head
    if clause.dep_ == "auxpass":
        clause = clause.head  # "X, which is 80% owned by Y": on the auxiliary
    # (a clause the parser made a participle's: "a trader that is 70% owned by Y")
    target = clause.head if clause.dep_ in ("relcl", "acl") else None
    named = doc.at[target.i] if target is not None else None
    if (
        target is not None
        and target.dep_ == "appos"
        and doc.at[target.head.i] is not None
        # (not "the governor of P, X, who was ...": a person's clause; "X of Kumasi, Ghana,
        # which is owned by Y" is X's, the country only placing the town)
        and (named is None or named.etype.kind is PLACE)
    ):
        return target.head  # "X, a grain trader that is owned by Y": X
    if (
        pronoun.lower_ == "who"
        and target is not None
        and named is not None
        and named.etype.kind is PLACE
        and target.dep_ == "pobj"
        and target.head.dep_ == "prep"
    ):
        # "X, a fiddler from Norway, who arrived ... and was met by Y": no place is a "who"
        noun = target.head.head
        return noun.head if noun.dep_ == "appos" and doc.at[noun.head.i] is not None else noun
    if target is not None and target.dep_ == "attr" and doc.at[target.i] is None:
        # "X is a Lima-based miner that is owned by Y": the copula's subject
        return copula_subject(target, doc.lex.unit_copulas) or target
    return target


def buys_its_object(lex: Lexicon, lemma: str, after: str = "") -> bool:
    """A verb whose subject acquires its object ("bought", "took over"; not "sold", whose
    passive's agent is the buyer, nor "took" without "over")."""
    return any(
        sense.predicate == TK.acquired
        and not sense.inverse
        and "dobj" in sense.objects
        and (not sense.only_with or after in sense.only_with)
        for sense in lex.verb_senses(lemma)
    )


def bought_object(lex: Lexicon, token: Token) -> bool:
    """Whether ``token`` is the direct object of a verb whose subject acquires it ("bought
    it", "took the company over")."""
    verb = token.head
    after = verb.doc[verb.i + 1].lower_ if verb.i + 1 < len(verb.doc) else ""
    return token.dep_ == "dobj" and buys_its_object(lex, verb.lemma_.lower(), after)


def buyers(verb: Token) -> list[Token]:
    """The subject of a verb of buying, or the noun a relative clause of buying is about
    ("Y, which bought the company in 2043": Y), or the subject of the verb a gerund of
    buying hangs on."""
    subject = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subject and verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        # "X has owned Y since acquiring it": the subject of the verb the gerund's phrase is of
        return [c for c in verb.head.head.children if c.dep_ == "nsubj"]
    relative = verb.dep_ == "relcl"
    return [verb.head if relative and c.tag_ in ("WDT", "WP") else c for c in subject]


def appointed(verb: Token, lex: Lexicon) -> bool:
    """ "X will lead the department": a role someone is named to is a fact at publication
    (a leading verb with "will" only, nothing more doubtful); so is a deal agreed ("X will
    absorb Y", "X agreed to buy Y")."""
    frame = lex.verbs.get(verb.lemma_.lower())
    if frame is None or frame.predicate not in (TK.leaderOf, TK.acquired):
        return False
    if frame.predicate == TK.acquired and verb.dep_ == "xcomp":
        # "agreed to buy Y", not "plans to agree to buy Y" or "refused to agree to buy Y"
        deal = verb.head
        return deal.lemma_.lower() in lex.deal_verbs and not (
            negated(deal) or unreal(deal, lex.irrealis_verbs)
        )
    if verb.dep_ not in ("ROOT", "conj") and not _announced(verb, lex):
        return False
    aux = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    return aux == ["will"]


def _announced(verb: Token, lex: Lexicon) -> bool:
    """ "X will absorb Y, the two insurers said": a plan said by a plain verb of speech of
    the sentence (not "denied", nor "may have said")."""
    said = verb.head
    return (
        verb.dep_ == "ccomp"
        and said.dep_ == "ROOT"
        and said.lemma_.lower() in lex.speech_verbs - {"deny", "suggest", "claim", "urge"}
        and not negated(said)
        and not any(c.dep_ == "aux" for c in said.children)
    )


def occasion_too_far(verb: Token, frame: VerbFrame) -> bool:
    """ "joined X for lunch", "took X on a tour", "visited X at his office": the occasion
    that makes a person the verb's object met is the verb's own word or its preposition's
    object, not a word further in ("joined X in calling for a ceasefire during the visit",
    "joined X on the list of nominees for the walk of fame")."""
    if frame.event is not EventKind.MEETING or frame.objects != ("dobj",) or not frame.only_with:
        return False
    # (and the clause's own verb for a participle set after it: "toured the plant,
    # escorted by X")
    verbs = [verb, verb.head] if verb.dep_ == "advcl" else [verb]
    near = [t for v in verbs for t in v.children]
    near += [o for v in verbs for p in children(v, "prep") for o in children(p, "pobj")]
    # ("was shown the ruins by X": the passive's "by" hung on the thing shown)
    near += [p for d in children(verb, "dobj") for p in children(d, "prep") if p.lower_ == "by"]
    return not any(t.lower_ in frame.only_with for t in near)


def person_from_a_place(doc: DocView, target: Token) -> Token:
    """ "X, a nurse from Belgium employed by Y": the parser hangs the participle on the place
    after "from"; what it says is of the person the occupation is apposed to (else the
    target itself)."""
    place = doc.at[target.i]
    prep = target.head
    if place is None or place.etype.kind is not PLACE or target.dep_ != "pobj":
        return target
    noun = prep.head
    if prep.lower_ != "from" or noun.pos_ != "NOUN" or noun.dep_ != "appos":
        return target
    person = doc.at[noun.head.i]
    return noun.head if person is not None and person.etype is PERSON else target
