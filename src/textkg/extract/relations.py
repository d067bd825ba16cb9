"""Relations from the dependency parse: verbs and their arguments, event nouns, possessives,
locatives, delegations, and open subject–verb–object facts.

Every rule reads its trigger words from the lexicon; arguments are resolved to mentions by
``DocContext.resolve`` (so a title word stands for its person, a delegation for its
organisation, "the ministry" for the ministry named before).
"""

from __future__ import annotations

import re
from itertools import combinations

from rdflib import URIRef
from spacy.tokens import Token

from textkg.extract.context import ORG, PERSON, PLACE, DocContext, EventCandidate, Group
from textkg.extract.mentions import Ment
from textkg.lexicon import NounFrame, VerbFrame
from textkg.namespaces import REL, TK
from textkg.records import EntityType, EventKind

_SUBJECTS = ("nsubj", "csubj")
_RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
_OPEN_NAME = re.compile(r"[^a-z]+")


def _children(token: Token, *deps: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def _pobjs(token: Token, preps: tuple[str, ...] | frozenset[str]) -> list[Token]:
    found: list[Token] = []
    for prep in token.children:
        if prep.dep_ in ("prep", "agent", "dative") and prep.lower_ in preps:
            found.extend(c for c in prep.children if c.dep_ == "pobj")
    return found


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


_MODALS = frozenset({"will", "would", "shall", "may", "might", "could", "should", "must", "can"})


def _unreal(token: Token, irrealis: frozenset[str]) -> bool:
    """ "tried to kill X", "will visit X", "did not meet X": the event did not happen (as far
    as the sentence says)."""
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in token.children):
        return True
    head = token
    while head.dep_ in ("xcomp", "ccomp", "conj") and head.head is not head:
        head = head.head
        if head.lemma_.lower() in irrealis or _negated(head):
            return True
    return False


def did_not_happen(token: Token, irrealis: frozenset[str]) -> bool:
    """Whether a verb's own event is denied, to come, or only tried or wished ("did not
    shoot", "will shoot", "tried to shoot"); a denial of another clause ("could not say why
    X shot Y", "did not flee and shot Y") says nothing of it."""
    if _negated(token) or any(c.dep_ == "aux" and c.lower_ in _MODALS for c in token.children):
        return True
    while token.dep_ == "xcomp" and token.head is not token:
        token = token.head
        if token.lemma_.lower() in irrealis or _negated(token):
            return True
    return False


class RelationRules:
    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx
        self.doc = ctx.doc
        self.lex = ctx.lex

    # -- delegations ----------------------------------------------------------------

    def groups(self) -> None:
        """ "an SVR delegation led by Director X": the delegation stands for the SVR, X led it."""
        ctx, doc, lex = self.ctx, self.doc, self.lex
        latest: Group | None = None
        table = ctx.table
        for sentence in ctx.sentences:
            for index in range(sentence.start_token, sentence.end_token):
                if table.pos[index] != "NOUN" or table.lemma[index] not in lex.group_nouns:
                    continue
                token = doc[index]
                if token.lemma_.lower() == "party" and ctx.at[token.i] is not None:
                    continue
                org = self._group_org(token)
                leader = self._group_leader(token)
                if org is None and leader is None:
                    definite = any(c.lower_ in ("the", "this", "its") for c in token.children)
                    if definite and latest is not None and latest.org is not None:
                        ref = ctx.derived(
                            token.i, token.i + 1, ORG, latest.org.name, sentence.index
                        )
                        ctx.groups[token.i] = Group(token.i, ref, None, sentence.index)
                    continue
                group = Group(token.i, org, leader, sentence.index)
                ctx.groups[token.i] = group
                if org is not None:
                    latest = group
                if org is not None and leader is not None:
                    role = self._leader_role(leader)
                    ctx.add(leader, role, org, sentence.index, "delegation-led-by")
                    keyword = self._title_keyword(leader)
                    if keyword:
                        ctx.roles.append((keyword, org.name, leader))

    def _group_org(self, token: Token) -> Ment | None:
        ctx = self.ctx
        before = ctx.mention_ending(token.i)
        if before is not None and before.etype is ORG:
            return before
        for child in token.children:
            if child.dep_ in ("compound", "nmod", "poss") and ctx.at[child.i] is not None:
                ment = ctx.at[child.i]
                if ment is not None and ment.etype is ORG:
                    return ment
        for pobj in _pobjs(token, ("of", "from")):
            for ment in ctx.resolve(pobj, conjuncts=False):
                if ment.etype is ORG:
                    return ment
        return None

    def _group_leader(self, token: Token) -> Ment | None:
        for child in token.children:
            if child.dep_ in ("acl", "relcl") and child.lemma_.lower() in ("lead", "head"):
                for pobj in _pobjs(child, ("by",)):
                    people = [
                        m for m in self.ctx.resolve(pobj, conjuncts=False) if m.etype is PERSON
                    ]
                    if people:
                        return people[0]
        return None

    def _title_keyword(self, person: Ment) -> str | None:
        for title in reversed(person.titles):
            words = title.lower().split()
            if words and words[-1] in self.lex.titles:
                return words[-1]
            if title.lower() in self.lex.titles:
                return title.lower()
        doc = self.doc
        for k in range(max(0, person.start - 3), person.start):
            if self.ctx.person_of_title.get(k) is person and doc[k].lower_ in self.lex.titles:
                return doc[k].lower_
        return None

    def _leader_role(self, person: Ment) -> URIRef:
        keyword = self._title_keyword(person)
        demoted = any(
            w.rstrip("-") in self.lex.demoting_modifiers
            for title in person.titles
            for w in title.lower().split()
        )
        if keyword and keyword in self.lex.leader_titles and not demoted:
            return TK.leaderOf
        return TK.memberOf

    # -- verbs ------------------------------------------------------------------------

    def verbs(self, sentence: int) -> None:
        ctx, doc = self.ctx, self.doc
        span = ctx.sentences[sentence]
        table = ctx.table
        for index in range(span.start_token, span.end_token):
            if table.pos[index] not in ("VERB", "AUX"):
                continue
            lemma = table.lemma[index]
            if lemma not in self.lex.verbs and (
                lemma in self.lex.open_stop or table.pos[index] != "VERB"
            ):
                continue
            verb = doc[index]
            if _negated(verb):
                continue
            if _unreal(verb, self.lex.irrealis_verbs):
                continue
            frame = self.lex.verbs.get(verb.lemma_.lower())
            if frame is not None:
                self._verb_frame(verb, frame, sentence)
            elif verb.lemma_.lower() not in self.lex.open_stop:
                self._open_relation(verb, sentence)

    def _subjects(self, verb: Token, passive_subject: bool = False) -> tuple[list[Ment], str]:
        """The verb's subject entities, following relative clauses, participles and
        coordinated verbs; and the rule name that says how they were found."""
        ctx = self.ctx
        found: list[Ment] = []
        rule = "verb"
        for child in verb.children:
            if ctx.owner[child.i] != ctx.owner[verb.i]:
                continue
            if child.dep_ in _SUBJECTS or (passive_subject and child.dep_ == "nsubjpass"):
                if child.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                    # "X, who killed Y, and Z": not the names coordinated after the clause
                    clause = verb.left_edge.i
                    antecedents = ctx.resolve(verb.head, with_leader=True)
                    found.extend(m for m in antecedents if m.start < clause)
                    rule = "verb-relative"
                else:
                    found.extend(ctx.resolve(child, with_leader=True))
        if found:
            return found, rule
        if any(c.dep_ in (*_SUBJECTS, "nsubjpass", "expl") for c in verb.children):
            return [], rule
        if verb.dep_ == "relcl" or (verb.dep_ == "acl" and (verb.tag_ == "VBG" or passive_subject)):
            return self._antecedent(verb.head), "verb-relative"
        if verb.dep_ == "pcomp" and verb.head.head.pos_ in ("VERB", "AUX"):
            # "X was convicted of murdering Y": the gerund's subject is the governing verb's
            governing = verb.head.head
            for child in governing.children:
                if child.dep_ in ("nsubj", "nsubjpass") and ctx.owner[child.i] == ctx.owner[verb.i]:
                    return ctx.resolve(child, with_leader=True), "verb-relative"
        if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
            return self._subjects(verb.head)
        if verb.dep_ == "ROOT":
            return self._phrase_before(verb), "verb-adjacent"
        return [], rule

    def _antecedent(self, noun: Token) -> list[Ment]:
        """What a relative clause is about: its noun, or, for "X was the man who ...", X."""
        found = self.ctx.resolve(noun, conjuncts=False, with_leader=True)
        if not found and noun.dep_ in ("attr", "appos") and noun.head is not noun:
            anchor = noun.head
            if noun.dep_ == "attr":
                subjects = [c for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")]
                return [m for c in subjects for m in self.ctx.resolve(c, conjuncts=False)]
            return self.ctx.resolve(anchor, conjuncts=False)
        return found

    def _phrase_before(self, verb: Token) -> list[Ment]:
        """A verb the parser left without a subject takes the noun phrase right before it
        ("X, an SVR delegation led by Y, visited Z" parsed with the delegation as X's
        apposition)."""
        doc, ctx = self.doc, self.ctx
        sentence = ctx.owner[verb.i]
        for i in range(verb.i - 1, ctx.sentences[sentence].start_token - 1, -1):
            token = doc[i]
            if (
                token.pos_ in ("NOUN", "PROPN")
                and token.dep_ not in ("pobj", "compound", "poss")
                and (
                    token.right_edge.i == verb.i - 1
                    or (token.right_edge.i == verb.i - 2 and doc[verb.i - 1].is_punct)
                )
            ):
                return ctx.resolve(token, with_leader=True)
        return []

    def _verb_frame(self, verb: Token, frame: VerbFrame, sentence: int) -> None:
        ctx = self.ctx
        if frame.only_with and not any(t.lower_ in frame.only_with for t in verb.subtree):
            return
        passive = _is_passive(verb) or (verb.dep_ == "acl" and verb.tag_ == "VBN")
        objects: list[Ment] = []
        if passive and not frame.passive_subject:
            # "X was killed by Y": the passive subject is the object, the agent the subject
            subjects = [m for p in _pobjs(verb, ("by",)) for m in ctx.resolve(p, with_leader=True)]
            rule = "verb-passive"
            patient = _children(verb, "nsubjpass")
            target = patient[0] if patient else verb.head if verb.dep_ == "acl" else None
            if target is not None and not (
                frame.predicate == TK.leaderOf and target.i in ctx.groups
            ):
                objects = ctx.resolve(target, conjuncts=bool(patient))
        else:
            subjects, rule = self._subjects(verb, frame.passive_subject)
            if "dobj" in frame.objects:
                for child in _children(verb, "dobj", "attr"):
                    if frame.predicate == TK.leaderOf and child.i in ctx.groups:
                        continue  # leading a delegation is not leading who sent it
                    objects.extend(ctx.resolve(child))
        preps = tuple(p for p in frame.objects if p != "dobj")
        for pobj in _pobjs(verb, preps):
            objects.extend(ctx.resolve(pobj))
        if frame.inverse:
            subjects, objects = objects, subjects
        subjects = [
            s for s in subjects if not frame.subject_types or s.etype in frame.subject_types
        ]
        objects = [o for o in objects if not frame.object_types or o.etype in frame.object_types]
        for subject in subjects:
            for obj in objects:
                ctx.add(subject, frame.predicate, obj, sentence, rule)
        if frame.event is EventKind.MEETING and subjects and objects:
            people = self._agents(subjects + objects)
            held = [verb] + [self.doc[m.end - 1] for m in objects]
            place = self._event_place(*held, exclude=people)
            ctx.events.append(
                EventCandidate(
                    EventKind.MEETING,
                    people,
                    place,
                    sentence,
                    rule,
                    self.lex.rule_confidence(rule),
                    [verb.i],
                )
            )
        elif frame.event is EventKind.VISIT and subjects:
            for place in [o for o in objects if o.etype.kind is PLACE]:
                ctx.events.append(
                    EventCandidate(
                        EventKind.VISIT,
                        self._agents(subjects),
                        place,
                        sentence,
                        rule,
                        self.lex.rule_confidence(rule),
                        [verb.i],
                    )
                )

    def _agents(self, mentions: list[Ment]) -> list[Ment]:
        seen: list[Ment] = []
        for ment in mentions:
            if ment.etype in (PERSON, ORG) and ment not in seen:
                seen.append(ment)
        return seen

    def _event_place(self, *anchors: Token, exclude: list[Ment]) -> Ment | None:
        """Where an event took place: an "at"/"in" phrase on the trigger naming a place."""
        for anchor in anchors:
            for pobj in _pobjs(anchor, ("at", "in", "inside")):
                for ment in self.ctx.resolve(pobj, conjuncts=False):
                    if ment.etype.kind is PLACE and ment not in exclude:
                        return ment
        return None

    def _open_relation(self, verb: Token, sentence: int) -> None:
        """A clear subject–verb–object between two entities that no typed rule covers."""
        ctx = self.ctx
        if verb.pos_ != "VERB":
            return
        if _is_passive(verb):
            subjects = [m for p in _pobjs(verb, ("by",)) for m in ctx.resolve(p)]
            objects = [m for c in _children(verb, "nsubjpass") for m in ctx.resolve(c)]
        else:
            subjects = [m for c in _children(verb, "nsubj") for m in ctx.resolve(c)]
            objects = [m for c in _children(verb, "dobj") for m in ctx.resolve(c)]
        if not subjects or not objects:
            return
        particle = "".join("_" + c.lower_ for c in verb.children if c.dep_ == "prt")
        name = _OPEN_NAME.sub("", verb.lemma_.lower()) + _OPEN_NAME.sub("_", particle).rstrip("_")
        if len(name) < 2:
            return
        for subject in subjects:
            for obj in objects:
                if subject.derived and obj.derived:
                    continue
                ctx.add(subject, REL[name], obj, sentence, "open-svo")

    # -- nouns ------------------------------------------------------------------------

    def nouns(self, sentence: int) -> None:
        ctx, doc = self.ctx, self.doc
        span = ctx.sentences[sentence]
        table = ctx.table
        for index in range(span.start_token, span.end_token):
            if table.pos[index] not in ("NOUN", "PROPN") or ctx.at[index] is not None:
                continue
            if (
                table.lemma[index] not in self.lex.nouns
                and table.lower[index] not in self.lex.nouns
            ):
                continue
            noun = doc[index]
            frame = self.lex.nouns.get(noun.lemma_.lower()) or self.lex.nouns.get(noun.lower_)
            if frame is not None and not _negated(noun):
                self._noun_frame(noun, frame, sentence)

    def _governor(self, noun: Token) -> Token | None:
        """The verb an event noun hangs off ("held a summit", "a meeting was held")."""
        head = noun.head
        if noun.dep_ in ("dobj", "nsubjpass", "nsubj", "attr") and head.pos_ in ("VERB", "AUX"):
            lemma = head.lemma_.lower()
            if lemma in self.lex.light_verbs or lemma in self.lex.event_verbs:
                return head
        return None

    def _implicit_agents(self, noun: Token) -> list[Ment]:
        """ "X discussed strengthening cooperation with Y": X, the subject of the nearest verb
        up the tree within the sentence."""
        head = noun
        sentence = self.ctx.owner[noun.i]
        for _ in range(4):
            if head.head is head or self.ctx.owner[head.head.i] != sentence:
                break
            head = head.head
            if head.pos_ in ("VERB", "AUX"):
                subjects, _rule = self._subjects(head)
                return [s for s in subjects if not s.derived]
        return []

    def _noun_frame(self, noun: Token, frame: NounFrame, sentence: int) -> None:
        ctx = self.ctx
        governor = self._governor(noun)
        if governor is not None and (
            _negated(governor) or _unreal(governor, self.lex.irrealis_verbs)
        ):
            return  # "will hold talks", "did not sign an agreement"
        anchors = [noun] + ([governor] if governor is not None else [])
        agents: list[Ment] = []
        rule = "noun-with"
        for child in noun.children:
            if child.dep_ in ("poss", "compound", "nmod") and child.i != noun.i:
                agents.extend(ctx.resolve(child, with_leader=True))
        if frame.agent_preps:
            for anchor in anchors:
                agents.extend(
                    m for p in _pobjs(anchor, tuple(frame.agent_preps)) for m in ctx.resolve(p)
                )
        if frame.event is EventKind.VISIT:
            agents.extend(
                m for p in _pobjs(noun, ("of", "by")) for m in ctx.resolve(p, with_leader=True)
            )
        if governor is not None and noun.dep_ == "dobj":
            agents.extend(self._subjects(governor)[0])
        others: list[Ment] = []
        between = False
        for anchor in anchors:
            for prep in anchor.children:
                if prep.dep_ == "prep" and prep.lower_ in frame.with_preps:
                    between = between or prep.lower_ in ("between", "among")
                    for pobj in _children(prep, "pobj"):
                        others.extend(ctx.resolve(pobj, with_leader=True))
                        if prep.lower_ in ("between", "among"):
                            # "between members of A and staff of B": the parser often hangs
                            # the second party under the first one's "of" phrase
                            for nested in pobj.subtree:
                                if nested.dep_ == "conj" and nested.head.i != pobj.i:
                                    others.extend(ctx.resolve(nested, conjuncts=False))
        if frame.patient_preps:
            patients = [m for p in _pobjs(noun, tuple(frame.patient_preps)) for m in ctx.resolve(p)]
            for agent in agents:
                for patient in patients:
                    ctx.add(agent, frame.predicate, patient, sentence, "noun-possessive")
            return
        if frame.event is EventKind.VISIT or frame.to_preps:
            places = [
                m
                for anchor in anchors
                for p in _pobjs(anchor, tuple(frame.to_preps))
                for m in ctx.resolve(p)
                if m.etype.kind is PLACE
            ]
            agents = self._agents(agents)
            for place in places:
                for agent in agents:
                    ctx.add(agent, frame.predicate, place, sentence, "noun-possessive")
                if frame.event is EventKind.VISIT and agents:
                    ctx.events.append(
                        EventCandidate(
                            EventKind.VISIT,
                            agents,
                            place,
                            sentence,
                            "noun-possessive",
                            self.lex.rule_confidence("noun-possessive"),
                            [a.i for a in anchors],
                        )
                    )
            return
        rule = "noun-between" if between else "noun-with"
        if not agents and not between and others:
            agents = self._implicit_agents(noun)
            rule = "noun-with"
            confidence = self.lex.rule_confidence(rule) - 0.15
        else:
            confidence = self.lex.rule_confidence(rule)
        parties = self._agents(agents + others) if frame.event else agents + others
        parties = [p for p in dict.fromkeys(parties)]
        for first, second in combinations(parties, 2):
            ctx.add(first, frame.predicate, second, sentence, rule, confidence)
        if frame.event is EventKind.MEETING and len(parties) >= 2:
            held = anchors + [self.doc[m.end - 1] for m in others]
            meeting_place = self._event_place(*held, exclude=parties)
            ctx.events.append(
                EventCandidate(
                    EventKind.MEETING,
                    parties,
                    meeting_place,
                    sentence,
                    rule,
                    confidence,
                    [a.i for a in anchors],
                )
            )

    # -- names next to names ----------------------------------------------------------------

    def structural(self, sentence: int) -> None:
        """Possessives, locatives, "City, Country", organisations described as units."""
        ctx, doc = self.ctx, self.doc
        span = ctx.sentences[sentence]
        mentions = ctx.sentence_mentions(sentence)
        for ment in mentions:
            head = doc[ment.end - 1]
            # "the DPRK's Ministry of X" (parse) → partOf
            for token in doc[ment.start : ment.end]:
                if token.dep_ == "poss" and token.head.i >= ment.end:
                    owner = ment
                    owned = ctx.at[token.head.i]
                    if owned is not None and owned is not owner and owned.etype is not PERSON:
                        predicate = TK.partOf if owned.etype is ORG else TK.locatedIn
                        if owner.etype is not PERSON:
                            ctx.add(owned, predicate, owner, sentence, "possessive-org")
            # "the Vostochny Cosmodrome in Russia", "a bank in Moscow" (not "sued Apple in
            # California": after a direct object the place is usually the verb's)
            if ment.etype is not PERSON and doc[ctx.root_of(ment)].dep_ != "dobj":
                for pobj in _pobjs(head, ("in", "at")):
                    for place in ctx.resolve(pobj, conjuncts=False):
                        if place.etype.kind is PLACE:
                            ctx.add(ment, TK.locatedIn, place, sentence, "locative-of-name")
                self._comma_place(ment, span.end_token, sentence)
            if ment.etype is ORG:
                self._org_unit(ment, span.end_token, sentence)
        # "North Korean Ministry of X" when the NER kept the nationality apart
        for nat in ctx.nationalities:
            if nat.sentence != sentence:
                continue
            org = ctx.mention_starting(nat.end, skip_the=False)
            if org is not None and org.etype is ORG:
                head_word = doc[org.end - 1].lower_
                words = [t.lower_ for t in doc[org.start : org.end]]
                if head_word in self.lex.government_heads or any(
                    w in self.lex.government_heads for w in words[:2]
                ):
                    ctx.add(org, TK.partOf, ctx.country_mention(nat), sentence, "name-embedded")

    def _comma_place(self, ment: Ment, limit: int, sentence: int) -> None:
        """ "Amherst, Mass." / "Rason, in North Korea" / "Perugia, Italy"."""
        doc, ctx = self.doc, self.ctx
        i = ment.end
        if i >= limit or doc[i].text != ",":
            return
        j = i + 1
        if j < limit and doc[j].lower_ == "in":
            j += 1
        place = ctx.mention_starting(j)
        if place is None or place.etype not in (EntityType.COUNTRY, EntityType.ADMINISTRATIVE_AREA):
            return
        after = doc[place.end] if place.end < limit else None
        punctuation = (",", ".", ")", "(", ";", "”", '"', "—", "-")
        if (
            after is not None
            and after.text not in punctuation
            and after.pos_
            not in (
                "VERB",
                "AUX",
                "ADP",
            )
        ):
            return
        if ment.etype.kind is PLACE:
            ctx.add(ment, TK.locatedIn, place, sentence, "place-comma-place")
        elif ment.etype is ORG and j == i + 1:
            ctx.add(ment, TK.locatedIn, place, sentence, "place-comma-place", 0.55)

    def _org_unit(self, org: Ment, limit: int, sentence: int) -> None:
        """ "X, the official newspaper of Y" → X partOf Y, and X is a newspaper."""
        doc, ctx, lex = self.doc, self.ctx, self.lex
        i = org.end
        if i >= limit or doc[i].text != ",":
            return
        j = i + 1
        if j < limit and doc[j].lower_ in ("the", "a", "an"):
            j += 1
        k = j
        while (
            k < limit
            and k - j < 5
            and doc[k].lemma_.lower() not in lex.unit_nouns | lex.classifier_nouns
        ):
            if doc[k].pos_ not in ("ADJ", "NOUN", "PROPN", "PUNCT", "VERB") or doc[k].text == ",":
                return
            k += 1
        if k >= limit:
            return
        noun = doc[k].lemma_.lower()
        ctx.categories_by_name.setdefault(org.name, set()).add(noun)
        if k + 1 < limit and doc[k + 1].lower_ in ("in", "at"):
            place = ctx.mention_starting(k + 2)
            if place is not None and place.etype.kind is PLACE:
                ctx.add(org, TK.locatedIn, place, sentence, "org-appositive-part")
            return
        if noun not in lex.unit_nouns or k + 1 >= limit or doc[k + 1].lower_ != "of":
            return
        whole = ctx.mention_starting(k + 2, prefer_org=True)
        if whole is None:
            nat = ctx.nationality_at(k + 2) or ctx.nationality_at(k + 3)
            if nat is not None:
                whole = ctx.mention_starting(nat.end, skip_the=False)
        if whole is not None and (whole.etype is ORG or whole.etype.kind is PLACE):
            ctx.add(org, TK.partOf, whole, sentence, "org-appositive-part")

    def embedded(self) -> None:
        for fact in self.ctx.embedded:
            self.ctx.add(
                fact.subject, fact.predicate, fact.object, fact.subject.sentence, fact.rule
            )
