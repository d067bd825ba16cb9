"""Titles and appositions: the relations a person's role, written next to the name, states.

A title phrase is read off the tokens, not only the parse (the small parser often gets long
names with commas wrong), with this shape::

    [holder] [modifiers] TITLE [of|at|with|for [the] complement [of [the] place]]

where the holder is an organisation, a place or a nationality ("SVR Director", "Russian
President"), and the complement the organisation or place the title is of ("Minister of
State Security of the DPRK", "Chairman of the National Defense Commission"). The phrase can
stand before the name ("Director X"), or as an apposition on either side ("X, the Chairman
of Y" / "the Minister of Y, Comrade X"), or after a copula ("X is the director of Y").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import URIRef

from textkg.extract.context import ORG, PERSON, PLACE, DocContext
from textkg.extract.mentions import Ment, Nationality, _is_name_word, clean_name
from textkg.namespaces import TK
from textkg.records import EntityType

_COPULAS = frozenset({"be", "become", "remain", "serve", "name", "appoint", "elect", "nominate"})
_END_OF_APPOSITION = frozenset({",", ".", ";", ")", "”", '"', "—", "–", ":"})


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

    @property
    def targets(self) -> list[Ment]:
        return self.complements + ([self.synthesized] if self.synthesized else [])


class TitleRules:
    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx
        self.doc = ctx.doc
        self.lex = ctx.lex
        self.limit = ctx.lex.max_title_words
        self.used_keywords: set[int] = set()

    # -- reading a phrase -------------------------------------------------------------

    def _descriptor_follows(self, i: int, limit: int) -> bool:
        """ "Kennedy assassin X" / "Lincoln's killer": a person can hold a descriptor."""
        table = self.ctx.table
        if i < limit and table.lower[i] in ("'s", "'"):
            i += 1
        return i < limit and self.ctx.descriptor_len[i] > 0

    def title_at(self, i: int) -> int:
        return self.ctx.title_len[i] if 0 <= i < len(self.ctx.title_len) else 0

    def phrase(self, i: int, limit: int, allow_holder: bool = True) -> TitlePhrase | None:
        """Read a title phrase starting at token ``i`` and ending at or before ``limit``."""
        doc, ctx, lex = self.doc, self.ctx, self.lex
        j = i
        if j < limit and doc[j].lower_ in ("the", "a", "an"):
            j += 1
        holder: Ment | None = None
        nationality: Nationality | None = None
        if allow_holder and j < limit and doc[j].lower_ in ("its", "their"):
            # "General Motors said its chief executive, X": the organisation before
            before = [
                m for m in ctx.sentence_mentions(ctx.owner[j]) if m.end <= j and m.etype is ORG
            ]
            if before:
                holder, j = before[-1], j + 1
        elif allow_holder and j < limit:
            nat = ctx.nationality_at(j)
            ment = ctx.mention_starting(j, skip_the=False)
            if nat is not None and nat.end <= limit:
                nationality, j = nat, nat.end
            elif (
                ment is not None
                and ment.end < limit
                and (ment.etype is not PERSON or self._descriptor_follows(ment.end, limit))
            ):
                holder, j = ment, ment.end
                if j < limit and doc[j].text.replace("’", "'") in ("'s", "'"):
                    j += 1
        # modifiers then the title word(s); a modifier can itself be a title ("chief")
        best: tuple[int, int] | None = None
        modifier_words = lex.title_modifiers | lex.past_modifiers
        for p in range(j, min(j + 4, limit)):
            previous = p - 1
            if p > j and not (
                doc[previous].lower_.rstrip("-") in modifier_words
                # "Transport Minister", "Interior Ministry spokesman": a domain word
                or (doc[previous].pos_ == "PROPN" and ctx.at[previous] is None)
            ):
                break
            n = self.title_at(p)
            if n and p + n <= limit and (best is None or p + n > best[1]):
                best = (p, p + n)  # the longest title: "chief executive", not "executive"
        if best is None:
            return None
        kw_start, kw_end = best
        if any(ctx.at[k] is not None for k in range(j, kw_end)):
            return None  # a title word inside a name ("Foreign Intelligence Service")
        keyword = doc[kw_start:kw_end].text.lower().replace("’", "'")
        modifiers = [t.lower_.rstrip("-") for t in doc[j:kw_start]]
        phrase = TitlePhrase(i, kw_end, keyword, kw_start, kw_end, modifiers, holder, nationality)
        title_end = kw_end
        c = kw_end
        if c < limit and doc[c].lower_ in lex.of_prepositions:
            c2 = c + 1
            if c2 < limit and doc[c2].lower_ == "the":
                c2 += 1
            # skip a nationality written before the organisation ("of the Russian Duma")
            nat = ctx.nationality_at(c2) if c2 < limit else None
            lead_country: Ment | None = None
            if nat is not None:
                lead_country = ctx.country_mention(nat)
                c2 = nat.end
            target = ctx.mention_starting(c2, skip_the=False) if c2 < limit else None
            if target is not None and target.etype is EntityType.COUNTRY:
                follower = ctx.mention_starting(target.end, skip_the=False)
                if follower is not None and follower.etype is ORG and follower.end <= limit:
                    target = follower  # "of the North Korean | National Defense Commission"
            if target is not None and target.etype is not PERSON and target.end <= limit:
                phrase.complements.append(target)
                if lead_country is not None and target.etype is ORG:
                    phrase.chain.append((target, lead_country))
                c = target.end
            elif nat is None:
                e = c2
                while (
                    e < limit
                    and ctx.at[e] is None
                    and (_is_name_word(doc[e]) or doc[e].lower_ in ("and", "&"))
                ):
                    e += 1
                while e > c2 and doc[e - 1].lower_ in ("and", "&"):
                    e -= 1
                org_word = lex.title_to_organization.get(keyword.split()[-1])
                if e > c2 and len({ctx.owner[t.i] for t in doc[c2:e]}) == 1:
                    domain = clean_name(doc[c2:e].text)
                    title_end = e
                    if org_word:
                        name = f"{org_word.capitalize()} {doc[c : c + 1].text.lower()} {domain}"
                        existing = [m for m in ctx.mentions if m.name == name and m.etype is ORG]
                        name = existing[0].name if existing else name
                        phrase.synthesized = ctx.derived(
                            kw_start, e, ORG, name, ctx.owner[kw_start]
                        )
                    c = e
            # a chain: "... of State Security of the DPRK"
            if c > kw_end and c < limit and doc[c].lower_ == "of":
                place = ctx.mention_starting(c + 1)
                if place is not None and place.etype.kind is PLACE and place.end <= limit:
                    for target in phrase.targets:
                        phrase.chain.append((target, place))
                    c = place.end
        phrase.end = c
        phrase.title_text = clean_name(doc[j:title_end].text)
        return phrase

    # -- attaching phrases to people ----------------------------------------------------

    def run_titles(self) -> None:
        for sentence in self.ctx.sentences:
            persons = [m for m in self.ctx.sentence_mentions(sentence.index) if m.etype is PERSON]
            for person in persons:
                self.prefix(person, sentence.start_token)
                self.appositive_after(person, sentence.end_token)
                self.appositive_before(person, sentence.start_token)
                self.person_of(person, sentence.end_token)
            self.copula(sentence.index)

    def run_role_references(self) -> None:
        for sentence in self.ctx.sentences:
            self.role_references(sentence.index)

    def _name_start(self, person: Ment, floor: int) -> int:
        """Where the words before a name start once honorifics are skipped."""
        i = person.start
        while i > floor:
            n = 0
            for k in range(1, self.limit + 1):
                if i - k >= floor and self.ctx.table.span_lower(i - k, i) in self.lex.honorifics:
                    n = k
            if not n:
                break
            i -= n
        return i

    def prefix(self, person: Ment, floor: int) -> None:
        """ "Russian President X", "SVR Director X", "North Korean Minister of Y X"."""
        end = self._name_start(person, floor)
        for start in range(max(floor, end - 12), end):
            phrase = self.phrase(start, end)
            if phrase is not None and phrase.end == end:
                self.apply(person, phrase, "title-prefix")
                return
        # a bare nationality before a name: "the Russian Vladimir Putin", "Iraqi X"
        nat = self.ctx.nationality_ending(end)
        if nat is not None:
            self.ctx.add(
                person,
                TK.nationality,
                self.ctx.country_mention(nat),
                person.sentence,
                "nationality-adjective",
            )

    def appositive_after(self, person: Ment, limit: int) -> None:
        """ "X, the Chairman of Y," / "X, 54, an official with Y"."""
        doc = self.doc
        i = person.end
        if i >= limit or doc[i].text != ",":
            return
        i += 1
        if i + 1 < limit and doc[i].like_num and doc[i + 1].text == ",":
            i += 2  # an age
        stop = i
        while stop < limit and doc[stop].text not in _END_OF_APPOSITION:
            stop += 1
        phrase = self.phrase(i, stop)
        if phrase is None or doc[phrase.keyword_start].pos_ not in ("NOUN", "PROPN"):
            return
        after = doc[phrase.end] if phrase.end < len(doc) else None
        if phrase.end != stop and not (
            after is not None and after.pos_ in ("VERB", "AUX", "CCONJ")
        ):
            return
        self.apply(person, phrase, "title-appositive")

    def appositive_before(self, person: Ment, floor: int) -> None:
        """ "the Minister of State Security of the DPRK, Comrade X"."""
        doc = self.doc
        comma = self._name_start(person, floor) - 1
        if comma <= floor or doc[comma].text != ",":
            return
        for start in range(max(floor, comma - 14), comma):
            phrase = self.phrase(start, comma)
            if phrase is not None and phrase.end == comma:
                self.apply(person, phrase, "title-appositive")
                return

    def person_of(self, person: Ment, limit: int) -> None:
        """ "Director X of the SVR" (after a title) / "X, 25, of Tempe" (where one lives)."""
        doc, ctx = self.doc, self.ctx
        i = person.end
        comma = False
        if i + 2 < limit and doc[i].text == "," and doc[i + 1].like_num and doc[i + 2].text == ",":
            i += 3
            comma = True
        elif i < limit and doc[i].text == ",":
            i += 1
            comma = True
        if i >= limit or doc[i].lower_ not in ("of", "from"):
            return
        target = ctx.mention_starting(i + 1)
        if target is None or target.etype is PERSON or target.end > limit:
            return
        titled = any(
            k.i in ctx.person_of_title for k in doc[max(0, person.start - 3) : person.start]
        )
        if titled and not comma and target.etype is ORG:
            role = self._role_of_person(person)
            self.ctx.add(person, role, target, person.sentence, "title-of")
        elif target.etype.kind is PLACE and doc[i].lower_ == "of":
            predicate = TK.residesIn
            self.ctx.add(person, predicate, target, person.sentence, "person-of-place")

    def _role_of_person(self, person: Ment) -> URIRef:
        for keyword, _org, who in self.ctx.roles:
            if who is person and keyword in self.lex.leader_titles:
                return TK.leaderOf
        for title in person.titles:
            words = title.lower().split()
            if any(w.rstrip("-") in self.lex.demoting_modifiers for w in words):
                continue
            if words[-1] in self.lex.leader_titles or title.lower() in self.lex.leader_titles:
                return TK.leaderOf
        return TK.memberOf

    def copula(self, sentence: int) -> None:
        """ "X is the director of Y", "X was named chairman of Y", "X, who heads ...": the parse."""
        ctx, doc = self.ctx, self.doc
        span = ctx.sentences[sentence]
        lemmas = ctx.table.lemma
        for index in range(span.start_token, span.end_token):
            if lemmas[index] not in _COPULAS:
                continue
            verb = doc[index]
            subjects: list[Ment] = []
            for child in verb.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    if child.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                        subjects = ctx.resolve(verb.head, conjuncts=False)
                    else:
                        subjects = ctx.resolve(child, conjuncts=False)
            subjects = [s for s in subjects if s.etype is PERSON]
            if not subjects:
                continue
            for child in verb.children:
                noun = child
                if child.dep_ == "prep" and child.lower_ == "as":
                    noun = next((c for c in child.children if c.dep_ == "pobj"), child)
                elif child.dep_ not in ("attr", "oprd", "dobj", "xcomp"):
                    continue
                if noun.i in ctx.person_of_title or ctx.at[noun.i] is not None:
                    continue
                start = noun.left_edge.i
                phrase = self.phrase(start, span.end_token)
                if phrase is None or not phrase.keyword_start <= noun.i < phrase.keyword_end + 1:
                    continue
                for subject in subjects:
                    self.apply(subject, phrase, "title-copula")

    def role_references(self, sentence: int) -> None:
        """ "the Director of the SVR" without a name: the person this article gave that role."""
        ctx, doc = self.ctx, self.doc
        span = ctx.sentences[sentence]
        i = span.start_token
        while i < span.end_token:
            if i in self.used_keywords or i in ctx.person_of_title or not self.title_at(i):
                i += 1
                continue
            if doc[i].lower_ in self.lex.descriptors:
                i += 1
                continue
            phrase = self.phrase(i, span.end_token, allow_holder=False)
            if phrase is None or not phrase.complements:
                i += 1
                continue
            org = phrase.complements[0]
            person = self._role_holder(phrase.keyword, org.name, before=i)
            if person is not None:
                ment = ctx.derived(
                    phrase.keyword_start, phrase.keyword_end, PERSON, person.name, sentence
                )
                for k in range(phrase.keyword_start, phrase.keyword_end):
                    ctx.person_of_title[k] = ment
            i = phrase.end

    def _role_holder(self, keyword: str, org_name: str, before: int) -> Ment | None:
        found: Ment | None = None
        for kw, name, person in self.ctx.roles:
            if kw == keyword and name == org_name and person.start < before:
                found = person
        return found

    # -- the facts a phrase states --------------------------------------------------------

    def apply(self, person: Ment, phrase: TitlePhrase, rule: str) -> None:
        ctx, lex = self.ctx, self.lex
        sentence = person.sentence
        for k in range(phrase.start, phrase.keyword_end):
            if ctx.at[k] is None and not ctx.in_nationality(k):
                ctx.person_of_title.setdefault(k, person)
        for k in range(phrase.keyword_start, phrase.keyword_end):
            self.used_keywords.add(k)
        keyword = phrase.keyword
        past = any(m in lex.past_modifiers for m in phrase.modifiers)
        confidence = lex.rule_confidence(rule) - (0.2 if past else 0.0)
        descriptor = lex.descriptors.get(keyword)
        if descriptor is not None:
            targets = phrase.targets + ([phrase.holder] if phrase.holder else [])
            for target in targets:
                ctx.add(person, descriptor, target, sentence, rule, confidence)
            return
        if phrase.title_text and phrase.title_text.lower() not in lex.honorifics:
            person.titles.append(phrase.title_text)
        demoted = any(m in lex.demoting_modifiers for m in phrase.modifiers)
        leader = keyword in lex.leader_titles and not demoted
        head_of_state = keyword in lex.head_of_state_titles and not demoted
        country = (
            ctx.country_mention(phrase.holder_nationality) if phrase.holder_nationality else None
        )
        holder = phrase.holder or country
        if country is not None:
            ctx.add(person, TK.nationality, country, sentence, "nationality-adjective")
        targets = phrase.targets
        for target in targets:
            if target.etype is ORG:
                predicate = TK.leaderOf if leader else TK.memberOf
                ctx.add(person, predicate, target, sentence, rule, confidence)
                self.ctx.roles.append((keyword, target.name, person))
                if holder is not None and holder.etype.kind is PLACE:
                    ctx.add(target, TK.partOf, holder, sentence, rule, confidence)
            elif target.etype.kind is PLACE:
                if leader:
                    ctx.add(person, TK.leaderOf, target, sentence, rule, confidence)
                elif target.etype is EntityType.COUNTRY:
                    ctx.add(person, TK.nationality, target, sentence, rule, confidence)
        for part, whole in phrase.chain:
            ctx.add(part, TK.partOf, whole, sentence, rule, confidence)
        if targets or holder is None:
            return
        if holder.etype is ORG:
            ctx.add(
                person,
                TK.leaderOf if leader else TK.memberOf,
                holder,
                sentence,
                rule,
                confidence,
            )
            self.ctx.roles.append((keyword, holder.name, person))
        elif head_of_state:
            ctx.add(person, TK.leaderOf, holder, sentence, rule, confidence)
        elif holder.etype is EntityType.COUNTRY:
            ctx.add(person, TK.nationality, holder, sentence, rule, confidence)
        elif holder.etype.kind is PLACE:
            ctx.add(person, TK.residesIn, holder, sentence, rule, confidence - 0.2)
