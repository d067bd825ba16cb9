"""The country a bare state title belongs to ("President X", "Defence Minister Y" with no
country written): a reader takes it from the sentence, the paragraph, the leader the person
accompanies, or the dateline, in that order."""

from __future__ import annotations

from textkg.countries import packaged_country_index
from textkg.extract.document import NATIONALITY, ORG, PERSON, DocView
from textkg.extract.gazetteers import city_country_code
from textkg.extract.mentions import Ment
from textkg.extract.places import country_name
from textkg.extract.syntax import first_conjunct
from textkg.records import EntityType, EventKind

#: How many sentences back, within the paragraph, the context country may be named.
_CONTEXT_SENTENCES = 3


def context_country(doc: DocView, person: Ment, anchor: tuple[int, int]) -> Ment | None:
    """The country a reader takes a bare "President X" to be of: one named in the sentence
    (the nearest before the name, else after), else in the sentences before it in the
    paragraph, else the country of the article's dateline ("WARSAW, May 2 -"). Someone
    accompanying a leader whose country is written is of that country, wherever the
    article was filed ("Putin was accompanied by Defence Minister X")."""
    companion = _companion_country(doc, person)
    if companion is not None:
        return companion
    if _fellow_traveller(doc, person):
        return None  # "X visited Kyiv with Secretary of State Y": Y is no Ukrainian official
    span = doc.sentences[person.sentence]
    met = _met_there(doc, person)
    for index in range(person.sentence, max(-1, person.sentence - _CONTEXT_SENTENCES - 1), -1):
        if doc.sentences[index].paragraph != span.paragraph:
            break
        here = [
            m
            for m in doc.sentence_mentions(index)
            if m.etype is EntityType.COUNTRY
            and doc.doc[doc.root_of(m)].head.lower_ != "from"
            # "she studied forestry in Ghana": where someone's life was, not the office's
            and not _of_a_life(doc, m)
            # "was appointed ambassador to Britain": not the person's own country
            and not _sent_to(doc, m)
            # "Rutte, a former Dutch prime minister, ...", "Indian Prime Minister X held talks
            # with President Y": someone else's nationality; in the sentence it is their
            # colleague's ("German Chancellor X fired Finance Minister Y"), unless they met
            and (NATIONALITY not in m.categories or (index == person.sentence and not met))
            # "Kazakhstan's energy minister, X, was received by President Y": the visitor's
            and not (met and index == person.sentence and _someone_elses(doc, m, person))
            and not _anothers_own(doc, m, person, anchor)
            # "Belgium's secretary of state, X, arrived" a sentence before, in a story filed
            # from Kinshasa: X's country, not the story's
            and not (index != person.sentence and _a_visitors(doc, m, person, anchor))
        ]
        if index == person.sentence:
            before = [m for m in here if m.end <= person.start]
            here = before[-1:] or [m for m in here if m.start >= person.end][:1]
            if not here:
                town = _town_country(doc, person, anchor)  # "held talks in Vilnius with ..."
                here = [town] if town is not None else []
        if here:
            return here[-1]
    return _dateline_country(doc, person, anchor)


def _anothers_own(doc: DocView, country: Ment, person: Ment, anchor: tuple[int, int]) -> bool:
    """ "Ricardo Etchegaray of Chile", "Japan's ambassador to Cambodia, X": a country written
    as another person's own (after their name, or an envoy's), in a story filed from another
    country, is not the office's of the story (in one filed from there, or from nowhere, it
    is: "President Ana Lobo of Chile said Finance Minister X ...")."""
    if not _filed_elsewhere(doc, country, person, anchor):
        return False
    token = doc.doc[doc.root_of(country)]
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        named = doc.at[token.head.head.i]
        if named is not None and named.etype is EntityType.PERSON and named is not person:
            return True
    return any(
        a.phrase.holder is country
        and a.person is not person
        and a.phrase.keyword in doc.lex.envoy_titles
        for a in doc.references.titles
    )


def _a_visitors(doc: DocView, country: Ment, person: Ment, anchor: tuple[int, int]) -> bool:
    """A country a possessive gives another person's title, where the dateline names
    another country (not "Ghana's finance minister, X, ..." before "President Y" in a story
    filed from Accra, or from nowhere)."""
    return _filed_elsewhere(doc, country, person, anchor) and _a_titles_possessor(
        doc, country, person
    )


def _filed_elsewhere(doc: DocView, country: Ment, person: Ment, anchor: tuple[int, int]) -> bool:
    """Whether the story's dateline names a country other than ``country``."""
    home = _dateline_country(doc, person, anchor)
    return home is not None and home.name != country.name


def _a_titles_possessor(doc: DocView, country: Ment, person: Ment) -> bool:
    """ "Belgium's secretary of state for science policy, X": the country a possessive
    gives a title the text attaches to someone named (not "Kenya's president reshuffled
    his cabinet", the country of the story)."""
    k = country.end
    if k + 1 >= len(doc.doc) or doc.table.lower[k] not in ("'s", "’s"):
        return False
    k += 1
    while k < len(doc.doc) and doc.doc[k].is_lower and not doc.title_len[k]:
        k += 1  # "Belgium's deputy prime minister"
    for j in range(k, min(len(doc.doc) - 1, k + 10)):
        if doc.doc[j].pos_ in ("VERB", "AUX"):
            return False  # "Kenya's president reshuffled ..."
        if doc.table.text[j] == ",":
            named = doc.mention_starting(j + 1)
            return named is not None and named.etype is EntityType.PERSON and named is not person
    return False


def _of_a_life(doc: DocView, country: Ment) -> bool:
    """ "who studied forestry in Ghana", "born in Ghana": a place of someone's life (the
    biography rules' words for birth, upbringing and schooling), not a state's."""
    token = doc.doc[doc.root_of(country)]
    if token.dep_ in ("appos", "conj", "npadvmod") and token.head.dep_ == "pobj":
        token = token.head  # "born in Nis, Serbia": the town's country
    if token.dep_ != "pobj":
        return False
    head = token.head.head  # "studied (wildlife management) in Ghana"
    while head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "pobj", "compound"):
        head = head.head
    bio = doc.lex.biography
    words = bio.birth_words | bio.raised_verbs | frozenset(bio.schools)
    return head.lemma_.lower() in words or head.lower_ in words


def _sent_to(doc: DocView, country: Ment) -> bool:
    """ "ambassador to Britain", "envoy to the UN": a title's "to" names the receiving side."""
    prep = doc.doc[doc.root_of(country)].head
    return prep.lower_ == "to" and prep.head.lemma_.lower() in doc.lex.titles


def _met_there(doc: DocView, person: Ment) -> bool:
    """ "held talks with President X", "met President X", "was received by President X":
    someone met, as a counterpart."""
    token = doc.doc[doc.root_of(person)]
    if token.dep_ == "pobj" and token.head.lower_ == "with":
        return True
    verb = token.head
    if token.dep_ == "pobj" and verb.lower_ == "by" and verb.dep_ == "agent":
        verb = verb.head
    elif token.dep_ != "dobj":
        return False
    frame = doc.lex.verbs.get(verb.lemma_.lower())
    return frame is not None and frame.event is EventKind.MEETING


def _someone_elses(doc: DocView, country: Ment, person: Ment) -> bool:
    """Whether the country is written as another person's, in their title ("Kazakhstan's
    energy minister, X")."""
    return any(a.phrase.holder is country and a.person is not person for a in doc.references.titles)


def _town_country(doc: DocView, person: Ment, anchor: tuple[int, int]) -> Ment | None:
    """The country of the one town the person's sentence names, if the gazetteer knows it,
    for someone met or hosting there ("talks in Vilnius with President X"); who speaks or
    acts there may be a visitor ("In Washington, Prime Minister X told reporters")."""
    token = doc.doc[doc.root_of(person)]
    if token.dep_ == "appos" and token.head.pos_ == "NOUN":
        token = token.head  # "The minister, X, flew to Ankara": the role is the subject
    hosts = token.dep_ == "nsubj" and token.head.lemma_.lower() in doc.lex.host_verbs
    if token.dep_ in ("nsubj", "nsubjpass") and not hosts:
        return None  # a host is at home: "President X will host the team in Nairobi"
    towns = {m.name for m in doc.sentence_mentions(person.sentence) if m.etype is EntityType.CITY}
    codes = {city_country_code(t) for t in towns}
    if len(codes) != 1 or None in codes:
        return None
    label = packaged_country_index().label(codes.pop() or "")
    return doc.named_or_made(EntityType.COUNTRY, label, anchor, person.sentence) if label else None


def _fellow_traveller(doc: DocView, person: Ment) -> bool:
    """Whether the person went on a trip with someone ("flew to Jakarta with Defence Minister
    Y"): the places of the trip are not their office's."""
    token = first_conjunct(doc.doc[doc.root_of(person)])
    if token.dep_ != "pobj" or token.head.lower_ != "with":
        return False
    verb = token.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head.head if verb.dep_ == "pobj" else verb  # "to Jakarta | with Y"
    frame = doc.lex.verbs.get(verb.lemma_.lower())
    return frame is not None and frame.event is EventKind.VISIT


def _companion_country(doc: DocView, person: Ment) -> Ment | None:
    """The written country of the person someone accompanies ("X was accompanied by Y",
    "X, accompanied by Y and Z"), from that person's own title ("Russian President X")."""
    token = first_conjunct(doc.doc[doc.root_of(person)])
    if token.dep_ != "pobj" or token.head.lower_ not in ("by", "with"):
        return None
    verb = token.head.head
    frame = doc.lex.verbs.get(verb.lemma_.lower())
    travels = frame is not None and frame.event is EventKind.VISIT
    if token.head.lower_ == "by" and verb.lemma_.lower() not in doc.lex.companion_verbs:
        return None
    if token.head.lower_ == "with" and not travels:
        return None  # "X flew to Moscow with Trade Minister Y": Y travelled with X
    led = [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")]
    if not led and verb.dep_ in ("acl", "advcl"):
        led = [verb.head]
    # by surname: "Putin was accompanied by ..." after "Russian President Vladimir Putin"
    leaders = {
        w for t in led for m in doc.referents(t) if m.etype is PERSON for w in m.name.split()
    }
    for attachment in doc.references.titles:
        nationality = attachment.phrase.holder_nationality
        if leaders & set(attachment.person.name.split()) and nationality is not None:
            return doc.country_mention(nationality)
    return None


def _dateline_country(doc: DocView, person: Ment, anchor: tuple[int, int]) -> Ment | None:
    """ "SAINT-DENIS, France, Oct 28 -" or "NAIROBI, Sept 13 -": the country of the place the
    article's dateline names (ingest lifts it into the metadata), as the article's own
    mention of that country when it has one."""
    name = dateline_country_name(doc)
    if name is None:
        return None
    return doc.named_or_made(EntityType.COUNTRY, name, anchor, person.sentence)


def dateline_country_name(doc: DocView) -> str | None:
    """The country of the place the article's dateline names ("NAIROBI" → Kenya)."""
    parts = doc.dateline_places()
    if not parts:
        return None
    name = country_name(parts[-1], doc.lex) if len(parts) > 1 else None
    if name is None:
        name = country_name(parts[0], doc.lex)
        code = city_country_code(parts[0]) if name is None else None
        name = name or (packaged_country_index().label(code) if code else None)
    return name


def qualify_home_bodies(doc: DocView) -> None:
    """ "The Ministry of Foreign Affairs summoned ..." in a story filed from Tallinn, where
    "Foreign Minister X" gives Estonia's ministry: the bare body is the dateline country's
    (only when the article names that country's body of the same name). Run after the
    parts, which make the country's bodies from titles."""
    home = dateline_country_name(doc)
    if home is None:
        return
    heads = doc.lex.government_heads
    named = {m.name for m in doc.mentions if m.etype is ORG and m.qualifier == home}
    for ment in doc.mentions:
        bare = ment.etype is ORG and not ment.qualifier and ment.name in named
        if bare and any(w.lower() in heads for w in ment.name.split()):
            ment.qualifier = home


def context_area(doc: DocView, person: Ment) -> Ment | None:
    """The region a bare "Governor X" governs: the last one named in the sentence or the
    few before it, in a story that names no bank (whose governor X would be)."""
    if named_banks(doc):
        return None
    first = doc.sentences[max(0, person.sentence - _CONTEXT_SENTENCES)].start_token
    areas = [
        m
        for m in doc.mentions
        if m.etype is EntityType.ADMINISTRATIVE_AREA and first <= m.start and m.end <= person.start
    ]
    return areas[-1] if areas else None


def named_banks(doc: DocView) -> list[Ment]:
    """The banks the article names ("Central Bank of Chile"), one mention of each."""
    banks = {m.name: m for m in doc.mentions if m.etype is ORG and not m.derived}
    return [m for name, m in banks.items() if "bank" in name.lower().split()]


def named_ministry(
    doc: DocView, modifiers: list[str] | tuple[str, ...], sentence: int
) -> Ment | None:
    """ "Agriculture Minister X ... at the Ministry of Agriculture": the one ministry the
    article names whose name holds the title's field words (not in a sentence that names a
    nationality: "met his Ghanaian counterpart at the Ministry of Agriculture")."""
    span = doc.sentences[sentence]
    if any(doc.nationality_at(k) for k in range(span.start_token, span.end_token)):
        return None
    fields = {m for m in modifiers if m not in doc.lex.title_modifiers}
    named = {
        m.name: m
        for m in doc.mentions
        if m.etype is ORG
        and not m.derived
        and "ministry" in m.name.lower().split()
        and fields <= set(m.name.lower().split())
    }
    return next(iter(named.values())) if fields and len(named) == 1 else None
