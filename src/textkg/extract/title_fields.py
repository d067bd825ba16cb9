"""The words around a title that say what it is of when no name does: a field of government
written in lower case ("minister of education, science and innovation"), a board's members
("chairman of the board of governors") and a description before it ("the club's president")."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from textkg.extract.arguments import dateline_town
from textkg.extract.descriptions import owns_a_body_role
from textkg.extract.document import ORG, PERSON, PLACE, DocView, place_named_before
from textkg.extract.mentions import Ment
from textkg.extract.mentions.place_clues import based_follows
from textkg.extract.syntax import POSSESSIVE_MARKS, RELATIVE_PRONOUNS
from textkg.extract.title_since import past_since, sole_organisation
from textkg.records import EntityType

if TYPE_CHECKING:
    from textkg.extract.titles import TitlePhrase

_END_OF_APPOSITION = frozenset({",", ".", ";", ")", "”", '"', "—", "–", ":"})
_RELATIVE = RELATIVE_PRONOUNS | {"where"}  # "the mayor of Y, where ..."

#: The most words a field written after a title runs to.
_LONGEST_FIELD = 6
#: The kinds of place whose office a description's possessive can give ("the city's mayor").
_OFFICE_PLACES = frozenset({EntityType.COUNTRY, EntityType.CITY, EntityType.ADMINISTRATIVE_AREA})
_BOARD_CHAIRS = frozenset({"chairman", "chairwoman", "chair", "chairperson"})


def lower_field_end(ctx: DocView, i: int, limit: int, *, not_bodies: bool = False) -> int:
    """Where a field written in lower case after a minister's "of" ends ("minister of
    finance", "of humanitarian affairs and poverty reduction"); ``i`` when none is
    (not "minister of state", a rank)."""
    doc, lex = ctx.doc, ctx.lex

    def field_word(k: int, first: bool) -> bool:
        return (
            k < limit
            and ctx.at[k] is None
            and (
                # a lower-case word the parser called a name ("canal affairs") is a noun
                (doc[k].pos_ in ("NOUN", "ADJ", "PROPN") and doc[k].is_alpha and doc[k].is_lower)
                # (or a field the tagger took for a verb: "head of sourcing")
                or (doc[k].lower_ in lex.role_fields and doc[k].is_lower)
                or (doc[k].lower_ in ("and", "&") and not first)
            )
            # a title word only as a modifier of the field's noun ("member relations")
            and (doc[k].lower_ not in lex.titles or (doc[k].dep_ == "compound" and k + 1 < limit))
            # with ``not_bodies``, "head of operations" and not "head of company" (but "of
            # member associations", "inspector of hospitals": bodies in the plural)
            and not (
                not_bodies
                and doc[k].lemma_.lower() in lex.classifier_nouns | lex.org_head_nouns
                and doc[k].tag_ != "NNS"
                # "head of the electoral support section | of X": a unit of the body after
                and not (not first and k + 1 < limit and doc[k + 1].lower_ in ("of", "at"))
            )
        )

    k = i
    while k - i < _LONGEST_FIELD and field_word(k, k == i):
        k += 1
    if k > i and doc[i].lower_ == "state":
        return i
    # "of education, science and innovation": a list of fields, its last one after "and"
    while k > i and k < limit and doc[k].text == "," and field_word(k + 1, True):
        m, listed = k + 1, False
        while (
            m < limit
            and m - k <= _LONGEST_FIELD
            and (field_word(m, m == k + 1) or doc[m].text == ",")
        ):
            listed = listed or doc[m].lower_ in ("and", "&")
            m += 1
        if not listed or doc[m - 1].lower_ in ("and", "&", ","):
            break
        k = m
    return k


def past_the(doc: Doc, k: int, limit: int) -> int:
    """Past an optional "the" at ``k`` (``limit`` bounds the phrase)."""
    return k + 1 if k + 1 < limit and doc[k].lower_ == "the" else k


def past_office_remit(ctx: DocView, c: int, limit: int) -> int:
    """Past a portfolio that ends the title phrase right before ``limit`` ("secretary of
    state | for foreign affairs", "minister of ICT | and national guidance", "minister |
    for the Pacific"): what the office is for, not a body or a place it is of; else ``c``."""
    doc = ctx.doc
    k = c
    rank = k + 1 < limit and doc[k].lower_ == "of" and doc[k + 1].lower_ == "state"
    if rank:
        k += 2  # "secretary of state", a rank
    if k >= limit or doc[k].lower_ not in ("for", "and", "&"):
        return c
    start = past_the(doc, k + 1, limit)
    region = ctx.mention_starting(start, skip_the=False)
    if region is not None and region.etype is EntityType.PLACE and doc[k].lower_ == "for":
        return limit if region.end == limit else c  # "for the Pacific", a part of the world
    if doc[k].lower_ == "for" and not rank:
        return c  # "minister for canal affairs": the ministry's field, which the title reads
    first = start
    while start < limit and (ctx.in_nationality(start) or doc[start].ent_type_ == "NORP"):
        start += 1  # "for European affairs"
    end = lower_field_end(ctx, start, limit)
    return limit if first < end == limit and start < end else c


def unit_of_body(ctx: DocView, c: int, limit: int) -> tuple[Ment, int] | None:
    """ "head of the electoral support section of X", "director of the research unit at X",
    "chair of the Kano branch of X": a unit written in lower case (after its town's name)
    after the title's "of", then the body it is part of; the body and where the phrase
    goes on."""
    doc = ctx.doc
    k = past_the(doc, c + 1, limit)
    place = ctx.mention_starting(k, skip_the=False)
    if place is not None and place.etype is not PERSON and place.end < limit:
        k = place.end  # "president of the Kano chapter of X": a branch named by its town
    e = lower_field_end(ctx, k, limit, not_bodies=True)
    if e <= k or e >= limit or doc[e].lower_ not in ("of", "at"):
        return None
    if doc[e - 1].lemma_.lower() not in ctx.lex.body_parts | ctx.lex.unit_nouns:
        return None
    at = past_the(doc, e + 1, limit)
    body = ctx.mention_starting(at, skip_the=False)
    if body is None or body.etype is not ORG or body.end > limit:
        return None
    return body, body.end


def past_members(doc: DocView, i: int, limit: int) -> int:
    """Past "of governors", "of directors" after a board's noun."""
    tokens, at = doc.doc, doc.at
    members = i + 1 < limit and tokens[i].lower_ == "of" and at[i + 1] is None
    return i + 2 if members and tokens[i + 1].is_lower and tokens[i + 1].pos_ == "NOUN" else i


def past_board(ctx: DocView, i: int, limit: int) -> int:
    """Past the governing body written after an organisation's name ("Norvia's board",
    "the Norvia board"), which a role of it is held in."""
    lower, boards = ctx.table.lower, ctx.lex.board_nouns
    area = ctx.at[i - 1] if i > 0 else None
    if i < limit and area is not None and area.etype.kind is PLACE and ctx.doc[i].is_lower:
        # "governor of Vestland county": the kind of area, written after its name
        return i + 1 if lower[i] in ctx.lex.admin_words else i
    if i + 1 < limit and lower[i] in ("'s", "’s", "'") and lower[i + 1] in boards:
        return past_members(ctx, i + 2, limit)
    return past_members(ctx, i + 1, limit) if i < limit and lower[i] in boards else i


def board_governed(ctx: DocView, i: int, limit: int) -> tuple[Ment, int] | None:
    """ "the chair of the board (of directors) of Norvia", "the chair of the board": the body
    the board at ``i`` governs, named after it or the one the story is about."""
    after = past_members(ctx, i + 1, limit)
    if after + 1 < limit and ctx.doc[after].lower_ == "of":
        named = ctx.mention_starting(past_the(ctx.doc, after + 1, limit), skip_the=False)
        owned = (
            named is not None
            and named.end < limit
            and ctx.doc[named.end].lower_ in POSSESSIVE_MARKS
        )
        if named is not None and named.etype is ORG and named.end <= limit and not owned:
            return named, named.end  # not "the board of Kenya's central bank": the bank's
    governed = [m for m in ctx.referents(ctx.doc[i]) if m.etype is ORG]
    return (governed[0], after) if governed else None


def described_owner(ctx: DocView, j: int, limit: int) -> tuple[Ment, int] | None:
    """ "the club's president, X", "the Rotterdam-based fund's chair": the organisation the
    description refers to; "the board's chairman": the organisation the story is about; "the
    country's new prime minister": the country named last. With where the title goes on."""
    doc = ctx.doc
    noun = next(
        (
            k
            for k in range(j, min(j + 4, limit - 2))
            if doc[k + 1].text.replace("’", "'") in ("'s", "'")
        ),
        None,
    )
    if noun is None or ctx.at[noun] is not None or doc[j - 1].lower_ not in ("the", "this"):
        return None
    if any(not j <= doc[k].head.i <= noun for k in range(j, noun)):
        return None  # only the noun's own modifiers before it ("the Rotterdam-based fund's")
    word, boards = doc[noun].lower_, ctx.lex.board_nouns
    kind = EntityType.COUNTRY if word in ("country", "nation") else ctx.lex.named_kinds.get(word)
    found: list[Ment] = []
    if kind in _OFFICE_PLACES and owns_a_body_role(ctx, doc[noun]):
        # "the Port Autonome de X ... The port's director general": the body so named
        found = [m for m in ctx.description(doc[noun]) if m.etype is ORG]
    if found:
        pass
    elif kind in _OFFICE_PLACES:
        # "the city's mayor": the town named last; "the province's governor": the region
        place = _office_place(ctx, noun, kind)
        found = [place] if place is not None else []
    elif (
        not (found := ctx.description(doc[noun]))
        and doc[noun].lemma_.lower() in boards
        and doc[noun + 2].lower_ in _BOARD_CHAIRS
    ):
        # "The board's chairman, X" (unless a body called a board was named before): the
        # story's organisation; "the board's lead independent director" is a member's
        story = ctx.most_named_organisation()
        if story is not None:  # a resolved reference, and said so
            board = ctx.derived(noun, noun + 1, ORG, story.name, ctx.owner[noun])
            board.reference = "description"
            found = [board]
    return (found[0], noun + 2) if found else None


def described_body(ctx: DocView, i: int, limit: int) -> tuple[Ment, int] | None:
    """ "the chairman of the authority, X", "the chair of the Oslo-based fund's board, X":
    the organisation named before that the description after "of the" refers to, as in "the
    authority's chairman"; with where the title goes on (at a comma or the phrase's end)."""
    doc = ctx.doc
    if i < 1 or doc[i - 1].lower_ != "the":
        return None
    noun = next((k for k in range(i, min(i + 4, limit)) if doc[k].pos_ == "NOUN"), None)
    if noun is None or ctx.at[noun] is not None or not doc[noun].is_lower:
        return None
    while noun + 1 < limit and doc[noun].dep_ == "compound" and doc[noun].head.i == noun + 1:
        noun += 1  # "a spokesman for the coast guard": the compound's head
    if any(not i <= doc[k].head.i <= noun for k in range(i, noun)):
        return None  # only the noun's own modifiers before it ("the Oslo-based fund")
    end = noun + 1
    if (
        end + 1 < limit
        and doc[end].text.replace("’", "'") in POSSESSIVE_MARKS
        and doc[end + 1].lemma_.lower() in ctx.lex.board_nouns
    ):
        end += 2  # "of the fund's board": the fund's chair
    if end < limit and not doc[end].is_punct:
        return None  # not "the head of the company's pension fund"
    found = ctx.description(doc[noun])
    word, lex = doc[noun].lemma_.lower(), ctx.lex
    if found and word in lex.classifier_nouns - lex.specific_kinds:
        # "CEO of the company": only a company the article called so or named so, not the
        # one it names most (whose chief the sentence may not be speaking of)
        named = [m for m in ctx.mentions if m.name == found[0].name and not m.derived]
        # (or the one organisation the article has named so far)
        said = any(word in m.kinds or m.name.lower().split()[-1] == word for m in named)
        if not said and not sole_organisation(ctx, found[0], i):
            return None
    return (found[0], end) if found else None


def kind_opens(ctx: DocView, j: int, limit: int) -> bool:
    """A kind noun opens a title phrase, a title after it ("Club | president X"), and no
    one's possessive or name before it ("Marchand's team manager": the rider's team)."""
    before = ctx.doc[j - 1] if j > 0 else None
    owned = before is not None and (before.text in POSSESSIVE_MARKS or before.pos_ == "PROPN")
    return j + 1 < limit and ctx.title_len[j + 1] > 0 and not owned


def whose_body(ctx: DocView, j: int, before: list[Ment]) -> list[Ment]:
    """ "the association, whose leader, X": of the organisations ``before``, the one named
    right before "whose" (or apposed to the noun there); past a place that only says where
    it is ("X, a growers' union based in Ngozi, whose chairman")."""
    doc = ctx.doc
    right_before = j - 1 if j > 0 and doc[j - 1].text == "," else j
    noun = doc[right_before - 1]  # "X, the ... operator, whose": X
    apposed = ctx.at[noun.head.i] if noun.dep_ == "appos" else None
    found = [m for m in before if m.end == right_before or m is apposed]
    place = ctx.at[noun.i]
    title = " ".join(t.lower_ for t in doc[j + 1 : j + 3])
    leads_a_place = any(title.startswith(k) for k in ctx.lex.place_leaders)  # "whose mayor"
    if found or place is None or place.etype.kind is not PLACE or leads_a_place:
        return found
    token = noun
    for _ in range(6):  # up from "in Ngozi" to the body based there
        token = token.head
        body = ctx.at[token.i] or (ctx.at[token.head.i] if token.dep_ == "appos" else None)
        if body is not None and body.etype is ORG:
            return [body]
        if token.head.i == token.i:
            break
    return []


def _office_place(ctx: DocView, noun: int, kind: EntityType) -> Ment | None:
    """ "the city's mayor": the town named last, passing over where someone was born or came
    from ("flew in from Wroclaw", "born in Paredes, a town ..."), which is not where the story
    is; with none left, the dateline's town if the article names it."""
    word = ctx.doc[noun].lemma_.lower()

    def another_kind(last: Token) -> bool:
        # "a town in the Kenora District ... the province's minister": no province (but "X
        # Oblast ... the region's governor": a region all the same)
        local = ctx.lex.local_area_words
        return last.lower_ in local and word not in local

    place = place_named_before(ctx, noun, kind, skip=another_kind)
    if place is None and kind is EntityType.ADMINISTRATIVE_AREA:
        return _article_area(ctx, noun)

    def elsewhere(head: Token) -> bool:
        return origin(head) or _a_companys_seat(ctx, head) or another_kind(head)

    if place is None or not elsewhere(ctx.doc[place.end - 1]):
        return place
    staying = place_named_before(ctx, noun, kind, skip=elsewhere)
    if staying is not None or kind is not EntityType.CITY:
        return staying or place
    return dateline_town(ctx, (noun, noun + 1), ctx.owner[noun]) or place


def _article_area(ctx: DocView, noun: int) -> Ment | None:
    """ "THUNDER BAY, Ontario - ... The province's minister": the region the dateline names,
    when the article named it before too."""
    places = ctx.dateline_places()
    named = [
        m
        for m in ctx.mentions
        if m.etype is EntityType.ADMINISTRATIVE_AREA and m.end <= noun and m.name in places[1:]
    ]
    return named[-1] if named else None


def origin(head: Token) -> bool:
    """Whether a place's name is where one came from or was born ("from X", "born in X")."""
    of = head.head
    return head.dep_ == "pobj" and (
        of.lower_ == "from" or (of.lower_ in ("in", "at") and of.head.lemma_ == "bear")
    )


def _a_companys_seat(ctx: DocView, head: Token) -> bool:
    """ "a Zagreb-based holding", "a firm based in Split": a company's seat, named in passing."""
    if based_follows(ctx.doc, head.i + 1):
        return True
    of = head.head
    return head.dep_ == "pobj" and of.lower_ == "in" and of.head.lemma_ in ctx.lex.seat_verbs


def posted_to(doc: DocView, k: int) -> int:
    """Past "to Kenya" after an envoy's title ("Brazil's ambassador to Kenya, X"): where
    one is posted, not what one's title is of; past an acronym in brackets ("the president
    of the Brazilian Football Confederation (CBF), X")."""
    if k + 2 < len(doc.doc) and doc.doc[k].text == "(" and doc.doc[k + 2].text == ")":
        return k + 3
    if k < len(doc.doc) and doc.doc[k].lower_ in ("to", "in"):  # "ambassador in Madrid"
        place = doc.mention_starting(k + 1)
        if place is not None and place.etype.kind is PLACE:
            return place.end
    if (since := past_since(doc.doc, k)) > k:
        return since  # "Its president since 2039, X"
    return _past_its_kind(doc, k)


def _past_its_kind(doc: DocView, k: int) -> int:
    """Past the kind of the organisation the title ends in ("the director of LuxAid, the
    Luxembourg development agency, X"): up to the comma after a description whose last
    word is a kind of organisation, with no verb in it."""
    tokens = doc.doc
    if k + 2 >= len(tokens) or tokens[k].text != "," or tokens[k + 1].lower_ not in ("the", "a"):
        return k
    body = doc.at[k - 1] if k > 0 else None
    if body is None or body.etype is not ORG:
        return k
    for j in range(k + 2, min(len(tokens), k + 8)):
        if tokens[j].text == ",":
            kind = tokens[j - 1].lemma_.lower()
            named = doc.mention_starting(j + 1)
            # the title's holder closed off ("..., Y, said"), not a list ("Y of Zeta and")
            if named is None or named.etype is not PERSON:
                return k
            closed = named.end >= len(tokens) or tokens[named.end].lower_ not in (
                "of",
                "from",
                "at",
            )
            kinds = doc.lex.classifier_nouns | doc.lex.org_head_nouns
            return j if kind in kinds and closed else k
        if tokens[j].pos_ in ("VERB", "AUX") and tokens[j].dep_ not in ("amod", "compound"):
            return k
    return k


def possessed_by(ctx: DocView, country: Ment, limit: int) -> Ment | None:
    """ "governor of Italy's Umbria region", "chairman of Kenya's Safaricom": the place or
    the body named after a country's possessive, which a title is of (the region lies in the
    country; possessive-org places the body)."""
    end = country.end
    if end + 1 >= limit or ctx.doc[end].lower_ not in POSSESSIVE_MARKS:
        return None
    possessed = ctx.mention_starting(end + 1, skip_the=False)
    if (
        possessed is None
        or possessed.end > limit
        or possessed.etype is PERSON
        or possessed.etype is EntityType.COUNTRY
    ):
        return None
    return possessed


def past_lower_modifiers(ctx: DocView, i: int, limit: int) -> int:
    """Past lower-case words (after a town's name) before an organisation's name ("the
    opposition Green Party", "the Amsterdam law firm X"); ``i`` when no name follows."""
    doc = ctx.doc
    k = i
    town = ctx.mention_starting(i, skip_the=False)
    if town is not None and town.etype.kind is PLACE and town.end < limit:
        k = town.end  # "a partner at the Amsterdam law firm X": where the firm is
    first = k  # up to five words after the town, however long its name
    while k < limit and k - first < 5 and ctx.at[k] is None and _modifier_word(doc[k]):
        k += 1
    if town is not None and k == town.end:
        return i
    if (
        k > i
        and k + 1 < limit
        and doc[k].text == ","
        and doc[k - 1].lemma_.lower() in ctx.lex.org_head_nouns
    ):
        k += 1  # "director of the national customs service, SENAE": its name after
    found = ctx.mention_starting(k, skip_the=False) if k > i and k < limit else None
    return k if found is not None and found.etype is ORG else i


def _modifier_word(token: Token) -> bool:
    """A lower-case word that can stand before a name ("opposition", "state-owned"), not a
    preposition or a verb of the clause ("head of research at Norvia")."""
    if token.text == "-":
        return True
    if not token.is_lower:
        return False
    # a lower-case word the parser called a name ("the national customs service") is a noun
    return token.pos_ in ("ADJ", "NOUN", "PROPN") or (token.pos_ == "VERB" and token.dep_ == "amod")


def past_one_of_a_kind(doc: Doc, c: int, limit: int) -> int:
    """ "the guitarist | and one of the songwriters | of X": a second share in the same body
    after the title; the title is of what that share is of. The index of its "of", else c."""
    if c + 4 >= limit or doc[c].lower_ != "and" or doc[c + 1].lower_ != "one":
        return c
    if doc[c + 2].lower_ != "of" or doc[c + 3].lower_ != "the":
        return c
    k = c + 4
    while k < limit and k < c + 7 and doc[k].is_lower and doc[k].pos_ in ("ADJ", "NOUN"):
        k += 1
    return (
        k if k < limit and k > c + 4 and doc[k].lower_ == "of" and doc[k - 1].tag_ == "NNS" else c
    )


def government_of(ctx: DocView, i: int, limit: int) -> tuple[Ment, int] | None:
    """ "(head of) Kenya's government", "the Kenyan government", "the regional government
    of Tuscany": the place a government is of, and where its words end."""
    doc, governments = ctx.doc, ctx.lex.governments
    owner: Ment | None = None
    nat = ctx.nationality_at(i) if i < limit else None
    place = ctx.mention_starting(i, skip_the=False) if i < limit else None
    if nat is not None:
        i = nat.end
        if i < limit and doc[i].lower_ in POSSESSIVE_MARKS:
            i += 1  # "Martinique's", the NER's nationality: the place's government
    elif place is not None and place.etype.kind is PLACE and place.end + 1 < limit:
        if doc[place.end].lower_ not in POSSESSIVE_MARKS:
            return None
        owner, i = place, place.end + 1
    while i < limit and doc[i].pos_ == "ADJ" and doc[i].is_lower:
        i += 1  # "regional", "provincial", "federal"
    if i >= limit or doc[i].lower_ not in governments:
        return None
    i += 1
    if i < limit and (doc[i].lower_ in POSSESSIVE_MARKS or doc[i].pos_ in ("NOUN", "PROPN")):
        return None  # "the head of the Kenyan government's anti-graft commission": its unit
    if nat is not None:
        owner = ctx.country_mention(nat)
    elif owner is None and i + 1 < limit and doc[i].lower_ == "of":
        owner = ctx.mention_starting(past_the(doc, i + 1, limit), skip_the=False)
        if owner is None or owner.etype.kind is not PLACE or owner.end > limit:
            return None
        i = owner.end
    return (owner, i) if owner is not None else None


def next_named(doc: DocView, stop: int, limit: int) -> bool:
    """ "signed by A, Gulfstar's chief executive, B, and C": the role between two names of a
    list, the second with no role after it, is the second's."""
    named = (
        doc.mention_starting(stop + 1) if stop + 1 < limit and doc.doc[stop].text == "," else None
    )
    if named is None or named.etype is not PERSON or named.end + 1 >= limit:
        return False
    after = doc.table.lower[named.end : named.end + 2]
    return after[0] == "and" or after == [",", "and"]


def apposition_stop(doc: DocView, i: int, limit: int) -> int:
    """The first token at or after ``i`` that can end an apposition (or ``limit``)."""
    tokens = doc.doc
    while i < limit and tokens[i].text not in _END_OF_APPOSITION:
        i += 1
    return i


def apposition_ends(doc: DocView, k: int, limit: int) -> bool:
    """Whether an apposition's title phrase ends at token ``k``: what follows is the clause
    going on ("X, chairman of Y, said"), a bracketed acronym ("of Y (FIS);"), a relative
    clause ("whose", "who") or where the organisation is ("of Y in Z who ...")."""
    tokens = doc.doc
    if k >= limit:
        return True
    if k + 2 < limit and tokens[k].text == "(" and tokens[k + 2].text == ")":
        k += 3
        if k >= limit or tokens[k].text in _END_OF_APPOSITION:
            return True
    if tokens[k].lower_ in ("since", "until") and k + 1 < limit:  # "the mayor of Y since 2021,"
        k += 1
        while k < limit and (tokens[k].ent_type_ == "DATE" or tokens[k].like_num):
            k += 1
        return k >= limit or tokens[k].text in _END_OF_APPOSITION
    if tokens[k].lower_ in ("in", "at", "to", "for"):  # "... to Hungary": where one is posted
        place = doc.mention_starting(k + 1)
        if place is not None and place.etype.kind is PLACE:
            k = place.end
            if k >= limit or tokens[k].text in _END_OF_APPOSITION:
                return True
    if _remit_ends(doc, k, limit):
        return True  # "Y's director for the north,": the part of the body's work one runs
    token = tokens[k]
    return token.pos_ in ("VERB", "AUX", "CCONJ") or token.lower_ in _RELATIVE


def _remit_ends(doc: DocView, k: int, limit: int) -> bool:
    """ "for the north", "for the region": a remit in lower case that names no body, then
    the apposition's end."""
    tokens = doc.doc
    if tokens[k].lower_ != "for" or k + 2 >= limit or tokens[k + 1].lower_ != "the":
        return False
    end = k + 2
    while end < limit and end - k <= 4 and tokens[end].is_lower and tokens[end].pos_ == "NOUN":
        end += 1
    bodies = doc.lex.classifier_nouns | doc.lex.org_head_nouns | doc.lex.board_nouns
    if end == k + 2 or end >= limit or tokens[end].text not in _END_OF_APPOSITION:
        return False
    return not any(t.lemma_.lower() in bodies for t in tokens[k + 2 : end])


def past_holder_modifiers(ctx: DocView, i: int, limit: int) -> int:
    """Past the adjectives a title takes before the name of the body it is held in ("a
    senior | Finance Ministry official"); ``i`` when no such name follows them. (Not past
    "former": a past role's title is read as it was before.)"""
    words = ctx.lex.title_modifiers - ctx.lex.past_modifiers
    k = i
    while (
        k < limit and ctx.at[k] is None and ctx.doc[k].pos_ == "ADJ" and ctx.doc[k].lower_ in words
    ):
        k += 1
    named = ctx.mention_starting(k, skip_the=False) if i < k < limit else None
    return k if named is not None and named.etype is not PERSON else i


def as_on_the_thing(doc: DocView, verb: Token) -> list[Token]:
    """ "X will head the mission as Chile's ambassador": the "as" phrase the parser hangs on
    the verb's unnamed object, which gives the verb's subject the role."""
    things = [c for c in verb.children if c.dep_ == "dobj" and doc.at[c.i] is None]
    return [c for t in things for c in t.children if c.lower_ == "as"]


def later_roles(
    doc: DocView, read: Callable[[int, int], TitlePhrase | None], phrase: TitlePhrase, stop: int
) -> list[TitlePhrase]:
    """ "X, Norvia's former chief executive and now its chairman": the role held now, of the
    holder of the one held before ("its")."""
    tokens, k = doc.doc, phrase.end
    owner = phrase.holder or next(iter(phrase.targets), None)  # "of Norvia and now its"
    if owner is None or k + 2 >= stop or tokens[k].lower_ != "and":
        return []
    k += 2 if tokens[k + 1].pos_ == "ADV" else 1  # "and now its", "and its"
    if tokens[k].lower_ not in ("its", "their"):
        return []
    later = read(k, stop)
    if later is None or later.end != stop or later.holder not in (None, owner):
        return []
    later.holder = owner
    return [later]


def describes_a_name(doc: DocView, k: int) -> bool:
    """A word of a description before a name ("its chairman, the banker X"): a lower-case
    noun, adjective or article, or a capitalised adjective (or a word the tagger took for a
    name) that names no person or body ("the former Olympic sprinter X", "the Kenyan
    banker Y")."""
    token, ment = doc.doc[k], doc.at[k]
    if token.is_lower:
        return token.pos_ in ("NOUN", "ADJ", "DET")
    return token.pos_ in ("ADJ", "PROPN") and (ment is None or ment.etype not in (PERSON, ORG))
