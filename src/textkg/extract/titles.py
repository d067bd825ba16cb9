"""Titles and appositions: which role phrase belongs to which person.

A title phrase is read off the tokens, not only the parse (the small parser often gets long
names with commas wrong), with this shape::

    [holder] [modifiers] TITLE [of|at|with|for [the] complement [of [the] place]]

where the holder is an organisation, a place or a nationality ("SVR Director", "Russian
President"), and the complement the organisation or place the title is of ("Minister of
State Security of the DPRK", "Chairman of the National Defense Commission"). The phrase can
stand before the name ("Director X"), or as an apposition on either side ("X, the Chairman
of Y" / "the Minister of Y, Comrade X"), or after a copula ("X is the director of Y").

Phrases are attached to people here; their facts are ``rules.titles``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from textkg.extract import appointments
from textkg.extract import title_fields as tf
from textkg.extract.appointments import appointer, orphan_as, role_takers, subject_organisation
from textkg.extract.descriptions import described_between, kind_before_a_title
from textkg.extract.docmodel import tells_a_life
from textkg.extract.document import ORG, PERSON, PLACE, DocView, Role
from textkg.extract.mentions import Ment, Nationality, clean_name, is_name_word
from textkg.extract.registry import annotator
from textkg.extract.syntax import before_the_story, held_between_dates, put_in_the_past
from textkg.extract.tenure import handover_reported
from textkg.extract.title_domains import joined_domain_word
from textkg.extract.title_fields import (
    apposition_ends,
    apposition_stop,
    board_governed,
    described_body,
    described_owner,
    government_of,
    kind_opens,
    lower_field_end,
    next_named,
    past_board,
    past_holder_modifiers,
    past_lower_modifiers,
    past_office_remit,
    past_one_of_a_kind,
    possessed_by,
    posted_to,
    unit_of_body,
    whose_body,
)
from textkg.extract.title_held_in import held_in_after
from textkg.records import EntityType


@dataclass
class TitlePhrase:
    start: int
    end: int
    keyword: str
    keyword_start: int
    keyword_end: int
    modifiers: list[str]
    holder: Ment | None = None
    holder_nationality: Nationality | None = None
    complements: list[Ment] = field(default_factory=list)
    synthesized: Ment | None = None
    chain: list[tuple[Ment, Ment]] = field(default_factory=list)
    title_text: str = ""
    #: the title is of a field written after it ("director of science"), a part of the
    #: organisation it is held in, which it does not lead
    field: bool = False

    @property
    def targets(self) -> list[Ment]:
        return self.complements + ([self.synthesized] if self.synthesized else [])


@dataclass(frozen=True)
class TitleAttachment:
    """A title phrase that belongs to a person, and the rule that attached it."""

    person: Ment
    phrase: TitlePhrase
    rule: str


class TitleReader:
    """Reads title phrases in one article."""

    def __init__(self, doc: DocView) -> None:
        self.doc = doc
        self.limit = doc.lex.max_title_words

    # -- reading a phrase -------------------------------------------------------------

    def _descriptor_follows(self, i: int, limit: int) -> bool:
        """ "Kennedy assassin X" / "Lincoln's killer": a person can hold a descriptor."""
        table = self.doc.table
        if i < limit and table.lower[i] in ("'s", "'"):
            i += 1
        return i < limit and self.doc.descriptor_len[i] > 0

    def title_at(self, i: int) -> int:
        return self.doc.title_len[i] if 0 <= i < len(self.doc.title_len) else 0

    def phrase(self, i: int, limit: int, allow_holder: bool = True) -> TitlePhrase | None:
        """Read a title phrase starting at token ``i`` and ending at or before ``limit``."""
        doc, ctx, lex = self.doc.doc, self.doc, self.doc.lex
        j = i
        if j < limit and doc[j].lower_ in ("the", "a", "an"):
            j += 1
        holder: Ment | None = None
        nationality: Nationality | None = None
        lead: list[str] = []  # the modifiers before the holder's name
        if allow_holder and j < limit and doc[j].lower_ in ("its", "their", "whose"):
            # "General Motors said its chief executive, X", "the Fund, whose president, X":
            # the organisation before
            before = [
                m for m in ctx.sentence_mentions(ctx.owner[j]) if m.end <= j and m.etype is ORG
            ]
            if doc[j].lower_ == "whose":
                before = whose_body(ctx, j, before)
            else:
                before = appointer(ctx, doc[j], before) or before
            referred = ctx.references.pronouns.get(j)
            if not before and doc[j].lower_ != "whose":
                # "The Massachusetts-based company also said its chief financial officer":
                # the organisation the clause's subject describes
                before = subject_organisation(ctx, doc[j])
            if before:
                # (the one "its" was read as, of those: the subject of a clause before)
                ours = [m for m in before if referred and m.name == referred.name]
                if referred and described_between(ctx, before[-1].end, j, referred.name):
                    ours = [referred]  # "met A, the refinery's chief, and B, its engineer"
                holder, j = (ours or before)[-1], j + 1
            elif referred is not None and (
                referred.etype in (ORG, EntityType.COUNTRY)
                or (referred.etype.kind is PLACE and self.title_at(j + 1))
            ):
                # "Its chief executive, X", a sentence later; "Uzbekistan sent its minister"
                holder, j = referred, j + 1
        elif allow_holder and j > i and (owned := described_owner(ctx, j, limit)) is not None:
            holder, j = owned
        elif (
            allow_holder
            and j == i
            and kind_opens(ctx, j, limit)
            and (kind := kind_before_a_title(ctx, doc[j]))
        ):
            holder, j = kind, j + 1  # "Club president X": the club named before
        elif allow_holder and j < limit:
            held = past_holder_modifiers(ctx, j, limit)  # "a senior | Siemens engineer"
            nat = ctx.nationality_at(j)
            ment = ctx.mention_starting(held, skip_the=False)
            if nat is not None and nat.end <= limit:
                nationality, j = nat, nat.end
            elif (
                ment is not None
                and ment.end < limit
                and (ment.etype is not PERSON or self._descriptor_follows(ment.end, limit))
            ):
                lead, holder, j = [t.lower_ for t in doc[j:held]], ment, ment.end
                if (
                    j + 1 < limit
                    and (
                        doc[j].lower_ in lex.classifier_nouns or doc[j].lower_ in lex.org_head_nouns
                    )
                    and doc[j + 1].text.replace("’", "'") in ("'s", "'")
                ):
                    j += 1  # "the GMB union's national officer": the name and its kind
                if j < limit and doc[j].text.replace("’", "'") in ("'s", "'"):
                    j += 1
        # modifiers then the title word(s); a modifier can itself be a title ("chief")
        best = self._title_after_modifiers(j, limit)
        if best is None:
            return None
        kw_start, kw_end = best
        if any(ctx.at[k] is not None and not ctx.in_nationality(k) for k in range(j, kw_end)):
            return None  # a title word inside a name ("Foreign Intelligence Service")
        if nationality is None and allow_holder:
            # "the first Indian prime minister": the nationality after the modifiers
            for k in range(j, kw_start):
                nat = ctx.nationality_at(k)
                if nat is not None and nat.end <= kw_start:
                    nationality = nat
                    break
        keyword = doc[kw_start:kw_end].text.lower().replace("’", "'")
        modifiers = lead + [
            t.lower_.rstrip("-") for t in doc[j:kw_start] if not ctx.in_nationality(t.i)
        ]
        # "chairman and chief executive": coordinated roles are one phrase; the leading one
        # decides the relation
        if kw_end + 1 < limit and doc[kw_end].lower_ in ("and", "&"):
            second = self._title_after_modifiers(kw_end + 1, limit)
            if second is not None and not any(ctx.at[k] for k in range(kw_end, second[1])):
                other = doc[second[0] : second[1]].text.lower().replace("’", "'")
                if other in lex.leader_titles and keyword not in lex.leader_titles:
                    keyword = other
                kw_end = second[1]
        phrase = TitlePhrase(i, kw_end, keyword, kw_start, kw_end, modifiers, holder, nationality)
        title_end = kw_end
        c = past_one_of_a_kind(doc, _past_portfolio(self.doc, kw_end, limit), limit)
        if c < limit and doc[c].lower_ in lex.of_prepositions:
            c2 = c + 1
            if c2 < limit and doc[c2].lower_ == "the":
                c2 += 1
            governed = government_of(self.doc, c2, limit)  # "of Kenya's government"
            # skip a nationality written before the organisation ("of the Russian Duma")
            nat = ctx.nationality_at(c2) if c2 < limit else None
            lead_country: Ment | None = None
            phrase_chain: tuple[Ment, Ment] | None = None
            if nat is not None:
                lead_country = ctx.country_mention(nat)
                c2 = nat.end
            c2 = past_lower_modifiers(ctx, c2, limit)  # "of the opposition Green Party"
            target = ctx.mention_starting(c2, skip_the=False) if c2 < limit else None
            if target is not None and target.etype is EntityType.COUNTRY:
                follower = ctx.mention_starting(target.end, skip_the=False)
                if follower is not None and follower.etype is ORG and follower.end <= limit:
                    target = follower  # "of the North Korean | National Defense Commission"
                elif (possessed := possessed_by(ctx, target, limit)) is not None:
                    if possessed.etype.kind is PLACE:  # "governor of Italy's Umbria region"
                        phrase_chain = (possessed, target)
                    target = possessed
            # "Kenya's minister for the Pacific": a remit of the holder's office
            remit = past_office_remit(self.doc, c, limit) if holder or nationality else c
            if governed is not None:
                phrase.complements.append(governed[0])
                c = governed[1]
            elif remit > c:
                target, title_end, c = None, remit, remit
            elif (target is None or target.etype.kind is PLACE) and (
                body := described_body(self.doc, c2, limit)
            ) is not None:
                phrase.complements.append(body[0])  # "the chair of the Oslo-based fund, X"
                c = body[1]
            elif target is not None and (branch := unit_of_body(self.doc, c, limit)):
                phrase.complements.append(branch[0])  # "chair of the Kano branch of X"
                phrase.field, title_end, c = True, branch[1], branch[1]
            elif target is not None and target.etype is not PERSON and target.end <= limit:
                phrase.complements.append(target)
                if phrase_chain is not None:
                    phrase.chain.append(phrase_chain)
                if lead_country is not None and target.etype is ORG:
                    phrase.chain.append((target, lead_country))
                c = past_board(self.doc, target.end, limit)  # "chairman of Norvia's board"
            elif target is None and c2 < limit and doc[c2].lemma_.lower() in lex.board_nouns:
                if (board := board_governed(self.doc, c2, limit)) is not None:
                    phrase.complements.append(board[0])  # "the chair of the board (of X)"
                    c = board[1]
            elif nat is None and (unit := unit_of_body(self.doc, c, limit)) is not None:
                phrase.complements.append(unit[0])  # "head of the support section of X"
                phrase.field, title_end, c = True, unit[1], unit[1]
            elif nat is None:
                e = c2
                while (
                    e < limit
                    and ctx.at[e] is None
                    and (is_name_word(doc[e]) or doc[e].lower_ in ("and", "&"))
                    # "Secretary of State | Cardinal X": an honorific starts the name
                    and doc[e].lower_ not in lex.honorifics
                    and not self.title_at(e)
                ):
                    e += 1
                if c2 < e < limit and doc[e].is_lower and doc[e].pos_ == "NOUN":
                    e = lower_field_end(self.doc, e, limit)  # "for Pacific | peoples"
                title_word = keyword.split()[-1]
                org_word = lex.title_to_organization.get(
                    title_word
                ) or lex.title_of_field_organization.get(title_word)
                if e == c2 and (org_word or c2 == c + 1):
                    # "minister of women affairs", "director of human and robotic exploration"
                    # (not "general secretary of the union": a body the story is about)
                    e = lower_field_end(self.doc, c2, limit, not_bodies=not org_word or c2 > c + 1)
                    phrase.field = e > c2 and not org_word
                while e > c2 and doc[e - 1].lower_ in ("and", "&"):
                    e -= 1
                if e > c2 and len({ctx.owner[t.i] for t in doc[c2:e]}) == 1:
                    domain = clean_name(doc[c2:e].text)
                    # "of women affairs", "for Pacific peoples": the ministry's name is
                    # capitalised
                    domain = " ".join(
                        w.capitalize() if w.islower() and w not in ("and", "&") else w
                        for w in domain.split()
                    )
                    title_end = e
                    # "the Secretary of State at the Department for Transport": that body
                    named_at = ctx.mention_starting(e + 1) if e + 1 < limit else None
                    if (
                        doc[e].lower_ != "at"
                        or named_at is None
                        or not lex.names_state_body(named_at.name.lower().split())
                    ):
                        named_at = None  # not "Minister of Health at the WHO assembly"
                    if named_at is not None and named_at.end <= limit:
                        phrase.complements.append(named_at)
                        e = named_at.end
                    elif org_word:
                        name = f"{org_word.capitalize()} {doc[c : c + 1].text.lower()} {domain}"
                        existing = [m for m in ctx.mentions if m.name == name and m.etype is ORG]
                        name = existing[0].name if existing else name
                        phrase.synthesized = ctx.derived(
                            kw_start, e, ORG, name, ctx.owner[kw_start]
                        )
                        phrase.synthesized.reference = "synthesized"
                    c = e
            c = held_in_after(self.doc, phrase, c, limit)  # "head of research at X"
            # a chain: "... of State Security of the DPRK"
            if c > kw_end and c < limit and doc[c].lower_ == "of":
                place = ctx.mention_starting(c + 1)
                if place is not None and place.etype.kind is PLACE and place.end <= limit:
                    for target in phrase.targets:
                        phrase.chain.append((target, place))
                    c = place.end
        # not "the European commissioner for research": whose office, the text does not say
        if (holder is not None or nationality is not None) and c >= kw_end:
            remit = past_office_remit(self.doc, c, limit)  # "secretary of state for X",
            if c == title_end:  # "minister of ICT and national guidance"
                title_end = remit
            c = remit
        phrase.end = c
        phrase.title_text = clean_name(doc[j:title_end].text)
        return phrase

    def _title_after_modifiers(self, j: int, limit: int) -> tuple[int, int] | None:
        """The longest title starting at ``j`` or after up to three modifiers ("former",
        "fourth", "new", "long-serving", a domain word as in "Transport Minister")."""
        doc, ctx, lex = self.doc.doc, self.doc, self.doc.lex
        modifier_words = lex.title_modifiers | lex.past_modifiers
        best: tuple[int, int] | None = None
        for p in range(j, min(j + 8, limit)):
            previous = p - 1
            if p > j and not (
                doc[previous].lower_.rstrip("-") in modifier_words
                or doc[previous].ent_type_ == "ORDINAL"
                or ctx.in_nationality(previous)
                or (
                    doc[previous].pos_ in ("ADJ", "NOUN")
                    and doc[previous].dep_ in ("amod", "compound")
                )
                # "long-serving", "newly appointed": words that modify a word to their right
                or (
                    doc[previous].pos_ in ("ADJ", "ADV", "VERB")
                    and doc[previous].dep_ in ("amod", "advmod")
                    and doc[previous].head.i > previous
                )
                or (doc[previous].text == "-" and previous > j)
                # "the 29-year-old president": an age
                or doc[previous].like_num
                or doc[previous].lower_ in ("year", "years", "old")
                # "former mines and energy minister": two domain words joined
                or (doc[previous].lower_ in ("and", "&") and previous > j)
                or (doc[previous].pos_ == "NOUN" and doc[p].lower_ in ("and", "&"))
                or joined_domain_word(doc[previous])  # "the economy and transport minister"
                # "Transport Minister", "Interior Ministry spokesman": a domain word
                or (doc[previous].pos_ == "PROPN" and ctx.at[previous] is None)
            ):
                break
            n = self.title_at(p)
            if n and p + n <= limit and (best is None or p + n > best[1]):
                best = (p, p + n)  # the longest title: "chief executive", not "executive"
        return best

    def name_start(self, person: Ment, floor: int) -> int:
        """Where the words before a name start once honorifics are skipped."""
        i = person.start
        while i > floor:
            n = 0
            for k in range(1, self.limit + 1):
                if (
                    i - k >= floor
                    and self.doc.table.span_lower(i - k, i) in self.doc.lex.honorifics
                ):
                    n = k
            if not n:
                break
            i -= n
        return i


def _past_portfolio(ctx: DocView, i: int, limit: int) -> int:
    """Past a portfolio written after the title ("director-general for vaccines at the
    WHO"): the preposition before the organisation, else ``i``."""
    doc = ctx.doc
    k = i + 1 if i < limit and doc[i].lower_ == "for" else limit
    while k < limit and k - i <= 5 and ctx.at[k] is None and doc[k].is_lower:
        k = k + 1 if doc[k].pos_ in ("NOUN", "ADJ", "CCONJ") else limit
    return k if i + 1 < k < limit and doc[k].lower_ in ("at", "of") else i


@annotator("titles")
def attach_titles(doc: DocView) -> None:
    """Title phrases before, after and around each person's name, and after copulas."""
    reader = TitleReader(doc)
    doc.references.handed_over = handover_reported(doc)
    for sentence in doc.sentences:
        persons = [m for m in doc.sentence_mentions(sentence.index) if m.etype is PERSON]
        for person in persons:
            _prefix(doc, reader, person, sentence.start_token)
            _appositive_after(doc, reader, person, sentence.end_token)
            _appositive_before(doc, reader, person, sentence.start_token)
        _copula(doc, reader, sentence.index)


def attach(doc: DocView, person: Ment, phrase: TitlePhrase, rule: str) -> None:
    """Record that ``phrase`` is ``person``'s: its words stand for the person, its title is
    the person's job title, and the roles it names can be referred to later."""
    refs, lex = doc.references, doc.lex
    for k in range(phrase.start, phrase.keyword_end):
        if doc.at[k] is None and not doc.in_nationality(k):
            refs.person_of_title.setdefault(k, person)
    for k in range(phrase.keyword_start, phrase.keyword_end):
        refs.used_keywords.add(k)
    refs.titles.append(TitleAttachment(person, phrase, rule))
    if phrase.keyword in lex.descriptors:
        return
    if phrase.title_text and phrase.title_text.lower() not in lex.honorifics:
        person.titles.append(phrase.title_text)
    organizations = [t for t in phrase.targets if t.etype is ORG]
    if not phrase.targets and phrase.holder is not None and phrase.holder.etype is ORG:
        organizations = [phrase.holder]
    for org in organizations:
        refs.roles.append(Role(phrase.keyword, org.name, person))


def _prefix(doc: DocView, reader: TitleReader, person: Ment, floor: int) -> None:
    """ "Russian President X", "SVR Director X", "North Korean Minister of Y X"."""
    # after honorifics ("President Dr. X"), else right before the name: "officer" is a form
    # of address ("Officer X") and the end of a title ("Chief financial officer X")
    for end in dict.fromkeys((reader.name_start(person, floor), person.start)):
        for start in range(max(floor, end - 12), end):
            phrase = reader.phrase(start, end)
            if phrase is not None and phrase.end == end:
                attach(doc, person, phrase, "title-prefix")
                return


def _appositive_after(doc: DocView, reader: TitleReader, person: Ment, limit: int) -> None:
    """ "X, the Chairman of Y," / "X, 54, an official with Y" / "X, president of Y (FIS);" /
    "X, a professor at Y in Z who ..."."""
    tokens = doc.doc
    i = person.end
    party = doc.mention_starting(i + 1) if i + 1 < limit and tokens[i].lower_ == "of" else None
    if party is not None and party.etype is ORG and party.end < limit:
        i = party.end  # "X of the Janata Party, Bihar's chief minister"
    if i >= limit or tokens[i].text != ",":
        return
    i += 1
    if i + 1 < limit and tokens[i].like_num and tokens[i + 1].text == ",":
        i += 2  # an age
    stop = apposition_stop(doc, i, limit)
    phrase = reader.phrase(i, stop)
    if phrase is None:
        return
    if phrase.end == stop and stop < limit and tokens[stop].text == ",":
        # "X, the minister of education, science and innovation, said": fields listed
        further = apposition_stop(doc, stop + 1, limit)
        listed = reader.phrase(i, further)
        if listed is not None and listed.end == further:
            phrase, stop = listed, further
    last = tokens[phrase.keyword_end - 1]
    if last.pos_ not in ("NOUN", "PROPN") and last.i == phrase.keyword_start:
        return  # a lone adjective; "director-general" ends in one
    # "X's founder, A, Y's chief, B, and C": a titled A's next role is B's (not "A, the mayor, B")
    titled = any(reader.title_at(person.start - 1 - n) == n for n in (1, 2, 3))
    in_a_list = (bool(person.titles) or titled) and next_named(doc, stop, limit)
    if (phrase.end == stop or apposition_ends(doc, phrase.end, limit)) and not in_a_list:
        attach(doc, person, phrase, "title-appositive")
        for later in tf.later_roles(doc, reader.phrase, phrase, stop):  # "and now its chair"
            attach(doc, person, later, "title-appositive")


def _appositive_before(doc: DocView, reader: TitleReader, person: Ment, floor: int) -> None:
    """ "the Minister of State Security of the DPRK, Comrade X"; "the head of mission and
    force commander, Major General X": past a rank written before the name too."""
    comma = reader.name_start(person, floor) - 1
    tokens = doc.doc
    k, attached = comma, set(range(person.start, person.end))
    while (
        k > floor
        and tf.describes_a_name(doc, k)
        and (tokens[k].head.i in attached or any(tokens[a].head.i == k for a in attached))
    ):
        attached.add(k)
        k -= 1  # "The club's president, businessman X", "Its chairman, the banker Y"
    if k < comma and tokens[k].text == "," and tokens[k + 1 : comma + 1].root.pos_ != "DET":
        comma = k
    if comma > floor and doc.doc[comma].text != ",":
        ranks = (
            s
            for s in range(max(floor, comma - 3), comma + 1)
            if reader.title_at(s) == comma + 1 - s
        )
        comma = next(ranks, comma + 1) - 1
        if doc.doc[comma].is_title and doc.at[comma] is None and doc.doc[comma - 1].text == ",":
            comma -= 1  # "Its chair, Liberal MP X": a party's word before the rank
    if comma <= floor or doc.doc[comma].text != ",":
        return
    owners = doc.references.person_of_title
    for start in range(max(floor, comma - 14), comma):
        phrase = reader.phrase(start, comma)
        if phrase is not None and posted_to(doc, phrase.end) == comma:
            if owners.get(phrase.keyword_start, person) is not person:
                return  # "A, the mayor of Oslo, B and C": the phrase is A's
            attach(doc, person, phrase, "title-appositive")
            return


def _copula(doc: DocView, reader: TitleReader, sentence: int) -> None:
    """Roles a verb gives: "X is the director of Y", "X became chairman", "X took over as
    chief executive", "X was sworn in as prime minister", "Y named X (as) its chairman",
    "the board elected X president", "X, who was appointed head of Y"."""
    span = doc.sentences[sentence]
    lemmas, lex = doc.table.lemma, doc.lex
    for index in range(span.start_token, span.end_token):
        lemma = lemmas[index]
        if lemma not in lex.role_verbs_subject and lemma not in lex.role_verbs_object:
            continue
        verb = doc.doc[index]
        given_up = ("down", "aside")  # "X stepped down as chief executive": a role left
        if any(c.dep_ in ("prt", "advmod") and c.lower_ in given_up for c in verb.children):
            continue
        if (
            put_in_the_past(verb, lex.past_adverbs)
            or (lemma in lex.role_verbs_subject and before_the_story(verb))
            or (held_between_dates(verb) and not tells_a_life(doc))
        ):
            continue  # "X previously served as foreign minister": a role held before (a
            # reference page's "was mayor from 2016 to 2024" is a fact of its subject's life)
        subjects, giver = role_takers(doc, verb, lemma in lex.role_verbs_object)
        if not subjects:
            continue
        # "named X as chief": the parser often hangs the "as" phrase on X
        hosts = [verb] + [c for c in verb.children if c.dep_ in ("dobj", "oprd") and doc.at[c.i]]
        candidates = [c for host in hosts for c in host.children]
        if lemma in lex.role_verbs_subject:  # "will head the mission | as Chile's envoy"
            candidates += tf.as_on_the_thing(doc, verb)
        orphans = []
        if lemma in lex.role_verbs_object and not any(c.lower_ == "as" for c in candidates):
            # "named X, the executive credited with reviving Y, as its chief executive":
            # the parser hangs the "as" phrase on the apposition's verb
            orphans = orphan_as(doc, verb, span.end_token)
            candidates += orphans
        # "X is a singer and a member of Y": each role the copula gives
        candidates += [c for a in candidates if a.dep_ == "attr" for c in a.conjuncts]
        for child in candidates:
            noun = child
            if child.dep_ == "prep" and child.lower_ in ("as", "to"):
                noun = next((c for c in child.children if c.dep_ == "pobj"), child)
            elif lemma in lex.body_leading_verbs | lex.bodies.unit_leading_verbs:
                continue  # "led Pakistan's president in": what one leads is no role of one's
            elif (
                child.dep_ not in ("attr", "oprd", "dobj", "xcomp", "acomp", "conj")
                and child not in orphans
            ):
                continue
            if noun.i in doc.references.person_of_title or doc.at[noun.i] is not None:
                continue
            phrase = reader.phrase(appointments.title_start(doc, child, noun), span.end_token)
            if phrase is None or not phrase.start <= noun.i < phrase.keyword_end + 1:
                continue
            if giver is not None and doc.doc[phrase.start].lower_ in ("its", "their"):
                phrase.holder = giver  # "Y named X, ..., as its chairman": Y's
            if giver is not None and phrase.holder is None and not phrase.targets:
                phrase.holder = giver  # "Y named X as chairman": chairman of Y
                if giver.etype.kind is PLACE and not is_known_place(doc, giver):
                    giver.etype = ORG  # only an organisation names a chief executive
            for subject in subjects:
                attach(doc, subject, phrase, "title-copula")


def title_keyword(doc: DocView, person: Ment) -> str | None:
    """The title word a person was given ("director", "secretary general"), from their
    titles (the whole title if it is one, else its last word) or the words before the name."""
    lex = doc.lex
    for title in reversed(person.titles):
        whole = title.lower()
        if whole in lex.titles:
            return whole
        words = whole.split()
        for size in range(min(3, len(words) - 1), 0, -1):
            tail = " ".join(words[-size:])
            if tail in lex.titles:
                return tail
    for k in range(max(0, person.start - 3), person.start):
        if doc.references.person_of_title.get(k) is person and doc.doc[k].lower_ in lex.titles:
            return doc.doc[k].lower_
    return None


def is_known_place(doc: DocView, ment: Ment) -> bool:
    """A country, or a place the gazetteers know: not an organisation the NER took for one."""
    from textkg.extract.mentions.place_clues import known_place
    from textkg.extract.places import country_name

    return ment.etype is EntityType.COUNTRY or bool(
        known_place(ment.name) or country_name(ment.name, doc.lex)
    )
