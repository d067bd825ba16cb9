"""What a definite description of an organisation stands for: "the ministry", "the
club", "the lender's president" name no organisation, yet mean one the article named
before; which one is read here, for the view's ``description``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from textkg.extract.mentions import Ment
from textkg.extract.syntax import pobjs
from textkg.records import EntityType

if TYPE_CHECKING:
    from textkg.extract.document import DocView

ORG = EntityType.ORGANIZATION


def described_org(view: DocView, token: Token) -> list[Ment]:
    """ "the ministry" / "the provincial bureau" / "the club": the organisation named
    before that this noun describes: one whose stated kind or head word is the noun
    (the latest), else, for a generic noun ("the company", "the club", "the lender"),
    the organisation the article has named most so far."""
    if token.pos_ != "NOUN" or token.tag_ in ("NNS", "NNPS"):
        return []
    if not _definite(token) or any(c.lower_ == "same" for c in token.children):
        return []  # (nor "all studied at the same school": one they shared, not named)
    if any(
        p.pos_ == "PROPN" or any(m.etype is ORG for m in view.referents(p))
        for p in pobjs(token, ("of",))
    ):
        return []  # "the youth side of Hearts of Oak": its own name follows
    if token.lemma_.lower() in _SPORTING_NOUNS and any(
        c.lower_ in ("national", "olympic") for c in token.children
    ):
        return []  # "took charge of the national team": a country's, no club
    if any(c.dep_ in ("appos", "npadvmod") and _named(view, c.i) for c in token.children):
        return []  # "The agency, UNHCR, is based in Geneva": named right there
    bodies = view.lex.board_nouns | view.lex.org_head_nouns | view.lex.chambers
    if any(
        p.pos_ == "NOUN" and view.at[p.i] is None and p.lemma_.lower() in bodies
        for p in pobjs(token, ("in", "within"))
    ):
        # "the largest opposition group in the chamber": a part of another body (not "the
        # largest lender in the country", "the airline in question")
        return []
    lemma = token.lemma_.lower()
    generic = lemma in view.lex.classifier_nouns - view.lex.specific_kinds and (
        lemma not in _SPORTING_NOUNS or view.sporting
    )
    everyone = _bodies_named_before(view, token)
    earlier = [m for m in everyone if m.name not in _doers(view, token)]  # not who bought it
    if lemma in view.lex.bodies.business_nouns:
        earlier = [m for m in earlier if not no_business(view, m)]
    # "X, a Bangkok-based contractor ... the contractor's president": a kind the article
    # gave an organisation, whatever the noun
    specific = lemma in view.lex.specific_kinds | view.lex.organised_event_heads or any(
        lemma in m.kinds for m in earlier
    )
    named = lemma in view.lex.org_head_nouns or generic or specific
    if not named and not _names_head(view, token, lemma, earlier):
        return []
    place = _town_before(view, token)
    if place is None and any(
        c.dep_ in ("compound", "nummod", "nmod") and (c.pos_ == "PROPN" or c.like_num)
        for c in token.children
    ):
        return []  # "the Poland 2050 party": a name the NER missed, not a description
    referred = _referred(view, token)  # of several of that kind: the one referred to most
    kind = _of_kind(view, lemma, earlier)
    if place is not None:
        # "the Kenora hospital": of that kind, one the article named with that place
        kind = [m for m in kind if _named_with(view, m, place)] or _alone_with(view, kind, place)
        if not kind:
            return []
    best = most_named(kind, strict=False, referred=referred)
    possessive = any(c.dep_ == "case" for c in token.children)
    if best is None and generic:
        # "the chain's founder", "the lender's president": whose, in its own sentence
        here = _in_sentence(view, token, earlier) if possessive else None
        best = here or (_topic_before(view, token, lemma) if possessive else None)
        best = best or _bought_by_its_owner(view, token, everyone)
        towns = _based_in(view, token)
        if best is None and towns:
            best = _based_there(view, towns[0], token, earlier)
        # (not a body whose title its sentence gives someone: "Petra's managing director, X,
        # sits on the board of the company": another company; "X's president signed it at
        # the regulator's offices" is X's)
        sentence = view.owner[token.i]
        others = [
            m
            for m in earlier
            if possessive or view.owner[m.start] != sentence or not _owns_a_title(view, m)
        ]
        best = best or most_named(others, strict=True, grouped=True)
    elif best is None and specific and possessive:
        best = _topic_before(view, token, lemma)  # "X said ... The station's director"
    if best is None:
        return []
    start = token.i
    while (
        place is None  # (not "the Kenora | hospital": the place is a name of its own)
        and start > 0
        and view.doc[start - 1].dep_ in ("amod", "compound")
        and (view.doc[start - 1].head.i == token.i or view.doc[start - 1].head.i == start)
    ):
        start -= 1
    sentence = view.owner[token.i]
    ment = view.derived(start, token.i + 1, ORG, best.name, sentence)
    ment.reference = "description"
    return [ment]


def described_between(view: DocView, start: int, end: int, name: str) -> bool:
    """Whether a description of the organisation ``name`` ("the refinery") stands between
    tokens ``start`` and ``end``: nearer an "its" than the names before it."""
    for k in range(start, end):
        token, known = view.doc[k], view.at[k]
        if token.pos_ == "NOUN" and _definite(token):
            found = [known] if known is not None else described_org(view, token)
            if any(m.name == name and m.etype is ORG for m in found):
                return True
    return False


def _bodies_named_before(view: DocView, token: Token) -> list[Ment]:
    """The organisations the article names (not refers to) before ``token``."""
    return [m for m in view.mentions if m.start < token.i and m.etype is ORG and not m.derived]


def _doers(view: DocView, token: Token) -> set[str]:
    """The names of the subject of the verb whose object ``token`` is."""
    if token.dep_ != "dobj":
        return set()
    return {m.name for s in token.head.children if s.dep_ == "nsubj" for m in view.referents(s)}


def _definite(token: Token) -> bool:
    return any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "its") for c in token.children
    )


def no_business(view: DocView, ment: Ment) -> bool:
    """ "the Kakheti Museum ... The company": a body whose name or stated kind is one no
    business has (a museum, a ministry, a club), which "the company" never means."""
    stated = set(ment.kinds) | view.categories_by_name.get(ment.name, set())
    return bool((stated | {name_head(ment.name)}) & view.lex.bodies.not_businesses)


def _town_before(view: DocView, token: Token) -> Ment | None:
    """ "the Kenora hospital": the place written before a kind noun, the only name before it."""
    names = [c for c in token.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
    ment = view.at[names[0].i] if len(names) == 1 else None
    if ment is None or ment.etype.kind is not EntityType.PLACE or ment.end != token.i:
        return None
    return ment


def _named_with(view: DocView, ment: Ment, place: Ment) -> bool:
    """An organisation whose name holds the place's, or whose phrase names the place
    ("Pinecrest Hospital in Dryden", "Norvia Bank, a lender based in Leeds")."""
    if place.name in ment.name:
        return True
    phrase = view.doc[view.root_of(ment)].subtree
    return any((m := view.at[t.i]) is not None and m.name == place.name for t in phrase)


def _alone_with(view: DocView, kind: list[Ment], place: Ment) -> list[Ment]:
    """ "agreed to take over Pinecrest Hospital in Dryden": the one body of that kind its
    sentence names with the place (none when the sentence names two)."""
    found, names = [], {k.name for k in kind}
    for ment in kind:
        here = view.sentence_mentions(view.owner[ment.start])
        bodies = {m.name for m in here if m.name in names}
        if len(bodies) == 1 and any(m.name == place.name for m in here):
            found.append(ment)
    return found


def _named(view: DocView, i: int) -> bool:
    ment = view.at[i]
    return ment is not None and ment.etype is ORG and not ment.derived


def kind_before_a_title(view: DocView, token: Token) -> Ment | None:
    """ "Club president X", "Union leader Y": a kind noun written before a title, with no
    name, is of the organisation of that kind named before, as "the club's president" is."""
    lemma, lex = token.lemma_.lower(), view.lex
    if token.pos_ != "NOUN" or lemma not in lex.classifier_nouns or view.at[token.i] is not None:
        return None
    earlier = [m for m in _bodies_named_before(view, token) if m.name not in _doers(view, token)]
    # (only a body of that kind: "Party leader X" after a company's name is no one's; nor
    # when the sentence names another body of that kind: "Union leader X of the Y Union")
    later = [m for m in view.sentence_mentions(view.owner[token.i]) if m.start > token.i]
    best = most_named(_of_kind(view, lemma, earlier), strict=False)
    if best is None or _of_kind(view, lemma, [m for m in later if m.etype is ORG]):
        return None
    ment = view.derived(token.i, token.i + 1, ORG, best.name, view.owner[token.i])
    ment.reference = "description"
    return ment


def _names_head(view: DocView, token: Token, lemma: str, earlier: list[Ment]) -> bool:
    """ "Sughd Textile Combine ... The combine is based in Khujand": a subject or an owner
    written as the last word of a name the article gave (not "the city" after "Manchester
    City", a kind of place; nor "to hold the post", an object)."""
    # ("a spokesman for the coast guard": the body a title is of, too)
    of_a_title = token.dep_ == "pobj" and token.head.head.lemma_.lower() in view.lex.titles
    subject = token.dep_ in ("nsubj", "nsubjpass", "poss")
    # "works for the festival centre" after "the Hue Festival Centre": a description whose
    # words are all the name's, wherever it stands
    words = [c.lower_ for c in token.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    worded = bool(words) and any(
        set(words) <= set(m.name.lower().split()[:-1]) for m in _ending_in(earlier, lemma)
    )
    place_kind = lemma in view.lex.place_kind_nouns
    if place_kind and not owns_a_body_role(view, token):
        return False
    if not (subject or of_a_title or worded):
        return False
    # (not "a new housing project ... The project's manager", "A water main burst ... The
    # water": the noun the text used before, no name's; but "opened a cancer centre ... The
    # Lakeside Cancer Centre ... the centre's director": a name given to it since)
    since = max((m.end for m in _ending_in(earlier, lemma)), default=0)
    if any(
        t.lemma_.lower() == lemma and view.at[t.i] is None and not _definite(t)
        for t in view.doc[since : token.i]
    ):
        return False
    if place_kind:  # "the Port Autonome de X ... the port's director general"
        return bool(_of_kind(view, lemma, earlier))
    return bool(_ending_in(earlier, lemma))


def owns_a_body_role(view: DocView, token: Token) -> bool:
    """ "The port's director general" after "the Port Autonome de X": a kind of place that
    owns a role only a body has is the body of that name, not the place."""
    if token.dep_ != "poss" or token.head.i <= token.i:
        return False
    words = [t.lower_ for t in view.doc[token.i + 1 : token.head.i + 1] if t.dep_ != "amod"]
    return " ".join(w for w in words if w != "'s") in view.lex.body_roles


def _ending_in(earlier: list[Ment], lemma: str) -> list[Ment]:
    """Names whose head word is ``lemma``: their last ("Sughd Textile Combine") or the one
    before their "of" ("the Tromsø Chamber of Commerce ... The chamber's president")."""
    return [
        m
        for m in earlier
        if len(m.name.split()) > 1
        and lemma in (m.name.lower().split()[-1], _head_before_of(m.name))
    ]


def _referred(view: DocView, token: Token) -> tuple[str, ...]:
    """The organisations referred to before ``token`` (not by name), once per reference."""
    return tuple(
        m.name for m in view.mentions if m.start < token.i and m.derived and m.etype is ORG
    )


def _of_kind(view: DocView, lemma: str, earlier: list[Ment]) -> list[Ment]:
    """The organisations named so far that a kind noun fits: its stated kind or category,
    its head word ("Skyway Airlines"), or a word of its name that says that kind ("the
    agency" after "the World Health Organization"; not a body that watches a trade, "the
    utility" beside "the Public Utilities Commission")."""
    words = view.lex.kind_name_words.get(lemma, frozenset())
    watchers = view.lex.trade_watchers - words - {lemma}
    return [
        m
        for m in earlier
        if lemma in view.categories_by_name.get(m.name, set())
        or lemma in m.kinds
        or m.name.lower().split()[-1:] in ([lemma], [lemma + "s"])
        # "the club" after "Racing Club du Morne": the kind is a word of its name (not the
        # "bank" of "World Bank Group", a group)
        or _kind_inside(view, lemma, m.name.lower().split(), watchers)
        or _head_before_of(m.name) == lemma
        or (
            bool(words & {*m.name.lower().split(), *m.kinds})
            and m.name.lower().split()[-1] not in watchers
        )
    ]


def _head_before_of(name: str) -> str:
    """ "Kuwait Fund for Development", "Erbil Chamber of Commerce": the word before the name's
    first "of" or "for", which says its kind."""
    words = name.lower().split()
    cut = next((k for k, w in enumerate(words) if k > 1 and w in ("of", "for")), 0)
    return words[cut - 1] if cut else ""


def _topic_before(view: DocView, token: Token, lemma: str) -> Ment | None:
    """ "The terminal is run by X, a unit of Y. The operator's managing director, Z": a
    possessive description opening its sentence is of the organisation the sentence before
    is about: its subject, or the one a sentence about a thing names (as for "Its head");
    not a government body for a kind of business ("the company's")."""
    from textkg.extract.coreference import named_after_a_thing  # imports this module

    sentence = view.owner[token.i]
    det = [c for c in token.children if c.dep_ == "det" and c.lower_ == "the"]
    if sentence == 0 or not det or det[0].i != view.sentences[sentence].start_token:
        return None
    subjects = [
        m
        for m in view.sentence_mentions(sentence - 1)
        if m.etype is ORG
        and not m.derived
        and view.doc[view.root_of(m)].dep_ in ("nsubj", "nsubjpass")
        and view.doc[view.root_of(m)].head.dep_ == "ROOT"
    ]
    topic = subjects[0] if subjects else named_after_a_thing(view, det[0].i, sentence)
    if topic is None or topic.etype is not ORG:
        return None
    heads = view.lex.government_heads
    if name_head(topic.name) in heads and lemma not in heads:
        return None
    if lemma in view.lex.bodies.business_nouns and no_business(view, topic):
        return None  # "... on the Tehran Stock Exchange. The company's chief executive"
    stated = set(topic.kinds) | view.categories_by_name.get(topic.name, set())
    if stated and lemma not in stated and lemma in view.lex.specific_kinds:
        return None  # "Vitol, one of its main suppliers ... The refinery's manager": not Vitol
    return topic


def _kind_inside(view: DocView, lemma: str, words: list[str], watchers: frozenset[str]) -> bool:
    if lemma not in words[:-1] or words[-1] in watchers:
        return False
    after = words[words.index(lemma) + 1]
    return after not in view.lex.org_head_nouns and after not in view.lex.classifier_nouns


def _in_sentence(view: DocView, token: Token, earlier: list[Ment]) -> Ment | None:
    """ "the company" / "the chain's founder" where its sentence has named an
    organisation before it: the subject of the sentence if an organisation is, else the
    organisation named last before the noun ("chief executive of Chipotle, taking over
    from the chain's founder")."""
    sentence = view.owner[token.i]
    here = [m for m in earlier if view.owner[m.start] == sentence]
    if not here:
        return None
    subjects = [m for m in here if _subject_or_its_owner(view.doc[view.root_of(m)])]
    return (subjects or here)[-1]


def the_one_club(view: DocView, keyword: str) -> Ment | None:
    """ "X, who stays on as assistant coach": a team's role in a story naming one club."""
    if keyword.split()[-1] not in view.lex.team_roles:
        return None
    named = [m for m in view.mentions if m.etype is ORG and not m.derived]
    clubs = _of_kind(view, "team", named)
    return clubs[0] if len({m.name for m in clubs}) == 1 else None


def _bought_by_its_owner(view: DocView, token: Token, earlier: list[Ment]) -> Ment | None:
    """ "X is owned by Y ...; Y bought the company in 2043": the object of a body's verb is
    another body, the one named last in the sentence before or this one (X, not Y)."""
    from textkg.extract.rules.verb_objects import bought_object, buyers  # imports the view's

    if not bought_object(view.lex, token):
        return None
    verb = token.head
    subject = [c for c in verb.children if c.dep_ == "nsubj"]
    doers = {m.name for c in buyers(verb) for m in view.referents(c)}
    sentence = view.owner[token.i]
    recent = [m for m in earlier if view.owner[m.start] >= sentence - 1]
    # (only a buyer the text named before as the owner: not "Orion, which supplies Delta, ...
    # In 2010 Kestrel bought the company", where the company is Orion, not the last named)
    said = {t.i for c in subject for t in c.subtree}
    if not any(m.name in doers and m.start not in said for m in recent):
        return None
    recent = [m for m in recent if m.name not in doers]
    return recent[-1] if recent else None


def _based_in(view: DocView, token: Token) -> list[Ment]:
    """ "the Oslo-based group": the town a description says its body is based in."""
    return [
        m
        for based in token.children
        if based.dep_ == "amod" and based.lemma_.lower() == "base"
        for c in based.children
        if (m := view.at[c.i]) is not None and m.etype.kind is EntityType.PLACE
    ]


def _based_there(view: DocView, town: Ment, token: Token, earlier: list[Ment]) -> Ment | None:
    """ "X, a distributor in Beira, has been part of Y since the Oslo-based group bought
    it": a body described by the town it is based in is the one named last before, in
    its sentence or as the sentence before's topic, that is not said to be in another
    town."""
    sentence = view.owner[token.i]
    # (in the sentence before, only a subject or a subject's owner: what that sentence is
    # about, not "X said it had bought Y" Y, nor "... who heads the Z Council" Z)
    topical = ("nsubj", "nsubjpass", "poss")
    recent = [
        m
        for m in earlier
        if view.owner[m.start] == sentence
        or (view.owner[m.start] == sentence - 1 and view.table.dep[view.root_of(m)] in topical)
    ]
    for ment in reversed(recent):
        described = [
            t for c in view.doc[view.root_of(ment)].children if c.dep_ == "appos" for t in c.subtree
        ]
        placed = [
            m
            for t in described
            if (m := view.at[t.i]) is not None and m.etype.kind is EntityType.PLACE
        ]
        if not placed or any(m.name == town.name for m in placed):
            return ment
    return None


def _owns_a_title(view: DocView, ment: Ment) -> bool:
    """ "Petra's managing director": a body written as the owner of someone's title."""
    root = view.doc[view.root_of(ment)]
    return root.dep_ == "poss" and root.head.lemma_.lower() in view.lex.titles


#: Kind nouns that name a club only in a sports story ("the team", "the side").
_SPORTING_NOUNS = frozenset({"team", "side", "squad"})


def shares_word(a: str, b: str, *, shortest: int = 1) -> bool:
    """Two names sharing a capitalised word of at least ``shortest`` letters: one person
    ("Macron", "Emmanuel Macron") or, with three, one organisation ("Bayern", "FC Bayern")."""

    def words(name: str) -> set[str]:
        return {w for w in name.split() if w[:1].isupper() and len(w) >= shortest}

    return bool(words(a) & words(b))


def _subject_or_its_owner(token: Token) -> bool:
    """ "Norvia said ...", "Norvia's board elected ...": the sentence is about Norvia."""
    subject = ("nsubj", "nsubjpass")
    return token.dep_ in subject or (token.dep_ == "poss" and token.head.dep_ in subject)


def name_head(name: str) -> str:
    """The word a name is headed by: its last, or the one before "of" ("Court of Appeal")
    or "in" ("Regional Court in Brno")."""
    words = name.lower().split()
    for word in ("of", "in"):
        if word in words[1:]:
            return words[words.index(word, 1) - 1]
    return words[-1] if words else ""


def most_named(
    mentions: list[Ment], *, strict: bool, grouped: bool = False, referred: tuple[str, ...] = ()
) -> Ment | None:
    """The organisation named most often among ``mentions`` (the latest on a tie); with
    ``strict``, only one named clearly more often than any other (or the only one); with
    ``grouped``, names sharing a capitalised word count as one ("Bayern", "FC Bayern"), and
    the group is its name written most, first."""
    if not mentions:
        return None
    counts: dict[str, int] = {}
    for m in mentions:
        counts[m.name] = counts.get(m.name, 0) + 1
    for name in referred:  # and each reference to one of them
        if name in counts:
            counts[name] += 1
    own = dict(counts)
    if grouped:
        counts = {
            name: sum(n for other, n in counts.items() if shares_word(name, other, shortest=3))
            for name in counts
        }
    top = max(counts.values())
    leaders = [m for m in mentions if counts[m.name] == top]
    if grouped:
        # of a group ("Reserve Bank of Australia", "... of New Zealand"), the name written
        # most, then the one named first: the story's subject
        best = min(leaders, key=lambda m: (-own[m.name], m.start))
    else:
        best = max(leaders, key=lambda m: m.start)
    rivals = [
        n
        for name, n in counts.items()
        if name != best.name and not (grouped and shares_word(name, best.name, shortest=3))
    ]
    if strict and rivals and max(rivals) >= top:
        return None
    return best
