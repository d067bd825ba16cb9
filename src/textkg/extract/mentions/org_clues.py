"""What the words around a name say about it being an organisation's: the place of a
company in a sentence ("Norvia employs", "based in Oslo"), a deal's ("bought Norvia",
"owned by X"), a kind of organisation written before it ("the newspaper X"), a name it is
coordinated with ("Google and Meta") and a word that opens organisations' names in other
languages ("Grupo X")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from textkg.extract.gazetteers import city_population, is_given_name, is_subdivision
from textkg.extract.mentions.name_edges import league_in_one_word, league_with_rank
from textkg.extract.mentions.place_clues import known_place
from textkg.extract.places import country_name
from textkg.extract.syntax import phrase_verb, pobjs
from textkg.namespaces import TK
from textkg.records import EntityType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from textkg.extract.mentions.spans import SpanReader


def business_context(reader: SpanReader, start: int, end: int) -> bool:
    """An unknown place's name in a company's place in the sentence: "based in" or
    "headquartered in" after it, or the subject or object of a verb of the lexicon's
    ``company_verbs`` ("founded Norvia", "Norvia employs", "acquired Norvia")."""
    doc, lex = reader.doc, reader.lex
    head = doc[reader.head_index(start, end)]
    if country_name(head.text, lex):
        return False
    if any(
        c.dep_ in ("acl", "relcl")
        and c.lemma_ in lex.seat_verbs
        # not "Apia, where the union is based": what is based there is another's
        and not any(w.lower_ == "where" for w in c.children)
        for c in head.children
    ):  # "X, based in Oslo", "X, which is headquartered in Astana"
        return True
    verb = head.head
    return head.dep_ in ("nsubj", "dobj") and verb.lemma_.lower() in lex.company_verbs


def led_by_its_subject(reader: SpanReader, start: int, end: int) -> bool:
    """ "Lydia Francis, who runs Qualibou Geothermal": the object of a verb whose object is a
    body its subject leads (the lexicon's ``body_leading_verbs``; not "led X away")."""
    head = reader.doc[reader.head_index(start, end)]
    verb = head.head
    particle = any(c.dep_ == "prt" for c in verb.children)
    return (
        head.dep_ == "dobj"
        and verb.lemma_.lower() in reader.lex.body_leading_verbs
        and (not particle)
    )


def said_of_a_company(reader: SpanReader, start: int, end: int) -> bool:
    """ "agreed to buy Brightwave", "founded Norvia": the object of a verb whose object is a
    company (not "employs X", whose object is a person); "owned by X", "acquired by X": its
    agent; "X completed the purchase of Y": the one buying; "X is headquartered in", "X, a
    trader owned by Y": a company."""
    lex = reader.lex
    head = reader.doc[reader.head_index(start, end)]
    verb = head.head.lemma_.lower()
    if head.dep_ in ("dobj", "nsubjpass") and verb in lex.company_verbs and verb != "employ":
        return True  # "bought X", "X has been owned by ...", "X was founded in 1874"
    agent_of = head.head.head.lemma_.lower() if head.head.dep_ == "agent" else ""
    if head.dep_ == "pobj" and agent_of in lex.company_verbs - {"found", "co-found"}:
        return True
    if head.dep_ == "nsubjpass" and verb == "headquarter":
        return True  # "X is headquartered in Pointe-Noire": no person is
    # "X, a grain trader that is 70% owned by Y": an owner's in the name's apposition
    for noun in (c for c in head.children if c.dep_ == "appos"):
        for clause in (c for c in noun.children if c.dep_ in ("relcl", "acl")):
            # not "a tenant whose flat is owned by Y": the clause's own subject is owned
            subject = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
            if any(c.lower_ not in ("that", "which") for c in subject):
                continue
            if clause.lemma_.lower() == "own" and any(c.dep_ == "agent" for c in clause.children):
                return True
    taken_over = verb == "take" and any(c.lower_ == "over" for c in head.head.children)
    if head.dep_ == "dobj" and taken_over:
        return True  # "took over X": a takeover's object
    if head.dep_ == "nsubj" and _part_of_a_body(reader, head.head):
        return True  # "X became part of Y", "X is now a unit of Y"
    if head.dep_ == "nsubj":
        nouns = [c for c in head.head.children if c.dep_ == "dobj"]
        frames = lex.nouns
        return any(
            (frame := frames.get(n.lemma_.lower())) is not None and frame.predicate == TK.acquired
            for n in nouns
        )
    return False


def _part_of_a_body(reader: SpanReader, verb: Token) -> bool:
    """ "became part of Y", "is a subsidiary of Y": a copula whose attribute is a part only
    a body is (the lexicon's ``body_parts`` and "part") of an organisation the NER tagged."""
    if verb.lemma_ not in reader.lex.unit_copulas:
        return False
    parts = reader.lex.body_parts | {"part"}
    return any(
        attr.dep_ == "attr"
        and attr.lemma_.lower() in parts
        and any(p.ent_type_ == "ORG" for p in pobjs(attr, ("of",)))
        for attr in verb.children
    )


def opens_an_organisations_name(reader: SpanReader, start: int, end: int) -> bool:
    """ "Grupo Ibarra", "Banque Morel", "Syndicat des Dockers": a word that opens
    organisations' names in other languages, before a capitalised word (or a particle).
    Not a town the gazetteers know ("Viña del Mar") nor a place the NER tagged whose last
    word is a place's ("Bodega Bay")."""
    table = reader.table
    name = reader.doc[start:end].text
    if city_population(name) or known_place(name) is not None:
        return False
    if (
        table.ent_type[end - 1] in ("GPE", "LOC")
        and table.lower[end - 1] in reader.lex.place_head_nouns
    ):
        return False
    return _opens_a_name(reader, start, end, "ORG")


def employer_after_role(reader: SpanReader, start: int, end: int, words: int = 1) -> bool:
    """ "an analyst at Berenberg": one word (or, for a name the NER called a body, up to
    ``words``: "an analyst at Morgan Stanley") after a role and "at" is where the person
    works, not another person."""
    if not 1 <= end - start <= words or start < 2 or reader.table.lower[start - 1] != "at":
        return False
    return reader.table.lemma[start - 2] in reader.lex.titles


def named_as_a_body(reader: SpanReader, start: int, end: int) -> bool:
    """A name its own words or the role before it say is an organisation's, whatever its
    head word: "Grupo Ibarra", "Gulf of Guinea Logistics", "the general manager of Tema
    Port" (a role only a body has)."""
    return (
        opens_an_organisations_name(reader, start, end)
        or named_for_a_place(reader, start, end)
        or _body_role_before(reader, start, end)
        or league_with_rank(reader.table.text[start:end], reader.lex)
        or (
            league_in_one_word(reader.table.text[start:end], reader.lex)
            and known_place(reader.table.text[start]) is None
        )
    )


def _body_role_before(reader: SpanReader, start: int, end: int) -> bool:
    """ "the general manager of | X", "the chief executive of the | X": a role only a body
    has, of the name (not of "Sao Paulo-based group X", nor of a town the lists know, nor
    of "Tom Reed's property group" or "the Tom Reed family office", which the name only
    qualifies)."""
    table = reader.table
    name = reader.doc[start:end].text
    after = table.text[end] if end < len(table) else ""
    qualifies = reader.doc[end - 1].head.i >= end  # "the | Ana Lopez | memorial fund"
    if after in ("-", "'s", "’s", "'", "’") or qualifies:
        return False
    if city_population(name) or is_subdivision(name) or country_name(name, reader.lex):
        return False
    k = start - 1
    if k >= 0 and table.lower[k] == "the":
        k -= 1
    if k < 1 or table.lower[k] != "of":
        return False
    words = table.lower[max(0, k - 3) : k]
    return any(" ".join(words[n:]) in reader.lex.body_roles for n in range(len(words)))


def named_for_a_place(reader: SpanReader, start: int, end: int) -> bool:
    """ "Gulf of Guinea Logistics", "Bay of Plenty Energy": a body named for a place whose
    name has "of", its kind the last word (where "Gulf" before "of" reads as the head)."""
    table, lex = reader.table, reader.lex
    last = table.lower[end - 1]
    return (
        end - start > 3
        and "of" in table.lower[start + 1 : end - 2]
        and last in lex.org_head_nouns
        and last not in lex.admin_words
        and table.text[end - 1][:1].isupper()
    )


def opens_a_sites_name(reader: SpanReader, start: int, end: int) -> bool:
    """ "Palais des Nations", "Stade de France": a word that opens sites' names (not a town
    the gazetteers know: "Lake Placid", "Mount Vernon")."""
    if city_population(reader.doc[start:end].text):
        return False
    return _opens_a_name(reader, start, end, "FAC")


def _opens_a_name(reader: SpanReader, start: int, end: int, label: str) -> bool:
    table = reader.table
    if table.lower[start] == "the":
        start += 1
    if end - start < 2 or reader.lex.opening_label(table.text[start]) != label:
        return False
    after = start + 1
    while table.lower[after] in reader.lex.name_particles and after + 1 < end:
        after += 1  # "Universidad de los Andes"
    return table.text[after][:1].isupper()


#: How surnames with a capital inside begin ("McCain", "DeSantis", "LeBron", "O'Neil").
_INNER_CAPITAL_SURNAMES = re.compile(r"^(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Fitz|St|O['’])")


def camel_case(word: str) -> bool:
    """ "QatarEnergy", "TotalEnergies", "DeepMind": a capital inside one word names a company,
    not a person (surnames such as "McCain" or "DeSantis" aside)."""
    return (
        word.isalpha()
        and word[:1].isupper()
        and any(c.isupper() for c in word[2:])
        and any(c.islower() for c in word)
        and not _INNER_CAPITAL_SURNAMES.match(word)
    )


def classifier_before(reader: SpanReader, start: int) -> bool:
    """ "the newspaper X", "news agency X": a common noun naming the kind of organisation."""
    if start == 0:
        return False
    before = reader.doc[start - 1]
    noun = before.pos_ == "NOUN" or (before.pos_ == "PROPN" and before.text.islower())
    return noun and before.lemma_.lower() in reader.lex.classifier_nouns


def joined_to_organisation(reader: SpanReader, i: int) -> bool:
    """ "Google and Meta": a word coordinated with an organisation is one too, not the
    region a gazetteer knows by that name."""
    table = reader.table
    head = table.head[i]
    return (
        table.dep[i] == "conj"
        and head != i
        and table.ent_type[head] == "ORG"
        and not city_population(table.text[head])  # "Oslo and Bergen", both tagged ORG
        and not is_subdivision(table.text[head])
    )


def role_after_whose(reader: SpanReader, end: int, roles: frozenset[str]) -> bool:
    """ "X, whose chairman, Y, said": one of ``roles`` (of one to four words) said of the
    name by "whose" (``lex.body_roles``: only a body has it)."""
    doc = reader.doc
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "whose":
        return False
    words = []
    for token in doc[end + 2 : min(len(doc), end + 6)]:
        if not token.is_lower:
            break
        words.append(token.lower_)
    return any(" ".join(words[:n]) in roles for n in range(1, len(words) + 1))


def apposed_to_a_kind(reader: SpanReader, start: int, end: int) -> bool:
    """ "whose ministry, MINSA, said": the name between commas right after a noun of a kind
    of organisation, or of any kind said to be based somewhere ("a Kisumu-based miller,
    Lakeside Flour,"; the caller asks that the name not look like a person's)."""
    doc = reader.doc
    if start < 2 or end >= len(doc) or doc[start - 1].text != "," or doc[end].text != ",":
        return False
    noun = doc[start - 2]
    based = any(c.lower_ == "based" and c.dep_ == "amod" for c in noun.children)
    return noun.is_lower and (based or noun.lemma_.lower() in reader.lex.classifier_nouns)


def names_a_people(reader: SpanReader, start: int, end: int) -> bool:
    """ "the Kalenjin community", "the Maori people": a name for a people or a group of
    people, no organisation (the lexicon's ``people_group_nouns``)."""
    doc = reader.doc
    if (
        end >= len(doc)
        or not doc[end].is_lower
        or country_name(reader._name(start, end), reader.lex)
    ):
        return False
    return doc[end].lemma_.lower() in reader.lex.people_group_nouns


def company_role_len(reader: SpanReader, i: int) -> int:
    """How many words the longest role only an organisation has (the lexicon's
    ``company_roles``: "chief executive", "board chair"; a band's or team's player) takes
    from token ``i``; 0 for none."""
    lower = reader.table.lower
    # "FIDE deputy president X": past a word that makes the role a deputy's
    skip = 1 if i < len(lower) and lower[i] in reader.lex.demoting_modifiers else 0
    for size in range(3, 0, -1):
        words = " ".join(lower[i + skip : i + skip + size])
        if words in reader.lex.company_roles or words in reader.lex.player_titles:
            return skip + size  # "Fall Out Boy bassist X": a band's player
    return 0


def company_role_after(reader: SpanReader, end: int, bodies_only: bool = False) -> bool:
    """ "X's chief executive", "X's long-serving chairman", "X's Cambodian unit": a
    possessive, a few modifiers, then a role or a part only an organisation has (the
    lexicon's ``company_roles`` and ``body_parts``); with ``bodies_only``, a role no person
    has at all (``body_roles``: a chief executive, not a coach or a manager)."""
    doc, lower = reader.doc, reader.table.lower
    if end >= len(lower) or lower[end] not in ("'s", "'", "’s", "’"):
        return False
    i = end + 1
    while i < len(doc) and i - end <= 4:
        # "Siam Golden's Cambodian unit": a part only an organisation has
        n = company_role_len(reader, i)
        if bodies_only:
            n = n if " ".join(lower[i : i + n]) in reader.lex.body_roles else 0
        if n or (doc[i].lemma_.lower() in reader.lex.body_parts and not bodies_only):
            return True  # (not "Ana Ruiz's left arm" where only a role will do)
        token = doc[i]
        if not (token.text == "-" or token.dep_ in ("amod", "advmod", "compound")):
            return False
        i += 1
    return False


def played_for(reader: SpanReader, start: int, end: int) -> bool:
    """ "plays for X", "signed for X", "rides for X", "a loan spell with X": one plays, signs
    and rides for a team, not a person (the lexicon's verbs and nouns of a team's members)."""
    token = reader.doc[reader.head_index(start, end)]
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head  # "loan spells with X and Y"
    prep = token.head
    if token.dep_ != "pobj":
        return False
    # "after loan spells with X": a noun of a team member's time there (the lexicon's nouns)
    frame = reader.lex.nouns.get(prep.head.lemma_.lower()) if prep.head.pos_ == "NOUN" else None
    if frame is not None and frame.predicate == TK.memberOf and prep.lower_ in frame.patient_preps:
        return True
    verb = phrase_verb(prep)  # "plays as a midfielder for X"
    if prep.lower_ == "for" and verb.lemma_.lower() in reader.lex.team_verbs:
        return verb.pos_ == "VERB"
    return _career_with(reader, verb, prep)


def _career_with(reader: SpanReader, verb: Token, prep: Token) -> bool:
    """ "began his career with X", "spent six seasons at X": a verb whose frame makes its
    subject a member of what "with" or "at" names, with the word the frame asks for as its
    object (a career, seasons), names a team or an employer, not a person or a town."""
    if verb.dep_ == "dobj" and verb.pos_ == "NOUN":
        verb = verb.head  # "began | his career with X": the parser hangs it on the noun
    if verb.pos_ != "VERB":
        return False
    frames = reader.lex.verb_senses(verb.lemma_.lower())
    objects = {c.lemma_.lower() for c in verb.children if c.dep_ in ("dobj", "npadvmod")}
    return any(
        frame.predicate == TK.memberOf
        and prep.lower_ in frame.objects
        and prep.lower_ != "for"
        and EntityType.PERSON in frame.subject_types
        and bool(frame.only_with & objects)
        for frame in frames
    )


def field_of_a_title(reader: SpanReader, noun: Token) -> bool:
    """ "FIFA's director of member associations, Diego Arias": the kind noun ends the field
    of a title, so the name after it is the title holder's, not the kind's."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ in ("of", "for")
        and prep.head.i < prep.i
        and bool(reader.title_len[prep.head.i])
    )


def demonym_inside(reader: SpanReader, start: int, end: int) -> bool:
    """ "Chipotle Mexican Grill": a nationality word inside a name that opens with no given
    name is a company's or a body's name, not a person's."""
    doc = reader.doc
    if end - start < 3 or is_given_name(doc[start].text):
        return False
    return any(
        doc[k].text[:1].isupper() and country_name(doc[k].text, reader.lex) is not None
        for k in range(start + 1, end - 1)
    )


def player_of(reader: SpanReader, start: int) -> bool:
    """ "the guitarist of Ember Tide", "the guitarist and one of the songwriters of X": what
    a band's player is of is the band, never a person (the lexicon's ``players``); only
    lower-case nouns and particles may come between."""
    table = reader.table
    if start < 2 or table.lower[start - 1] != "of":
        return False
    if start + 2 < len(table) and any(
        table.lower[j] in ("'s", "’s") for j in (start + 1, start + 2)
    ):
        return False  # "the drummer of Taylor Swift's band": the band after the possessive
    for k in range(start - 2, max(-1, start - 8), -1):
        if table.lemma[k] in reader.lex.player_titles:
            return True
        if not (table.text[k].isalpha() and table.text[k].islower()) or table.pos[k] in (
            "VERB",
            "AUX",
        ):
            return False
    return False


def team_role_after(reader: SpanReader, start: int, end: int) -> bool:
    """ "Napoli captain X", "Roma's coach", "Napoli sacked head coach X": a role only a team
    has, right after the name (or its possessive), or the object of the name's verb."""
    lower, roles = reader.table.lower, reader.lex.team_roles
    after = end + (1 if end < len(lower) and lower[end] in ("'s", "'", "’s") else 0)
    if any(" ".join(lower[after : after + n]) in roles for n in (2, 1)):
        return True
    token = reader.doc[reader.head_index(start, end)]
    if token.dep_ != "nsubj":
        return False
    return any(
        c.dep_ == "dobj"
        and (
            c.lemma_.lower() in roles
            or any(g.dep_ == "compound" and g.lemma_.lower() in roles for g in c.children)
        )
        for c in token.head.children
    )


def company_role_before_name(reader: SpanReader, end: int) -> bool:
    """ "Norvia chief executive Tomas Wilk", "Sinopec chairman Ma Yongsheng": a role only an
    organisation has, then a person's name, so what comes before is the organisation;
    "former Sha Na Na member X", "Apple co-founder Y": only a body has members and founders."""
    n = company_role_len(reader, end) or _member_noun_len(reader, end)
    if not n:
        return False
    after = end + n
    return after < len(reader.doc) and (
        reader.doc[after].ent_type_ == "PERSON" or is_given_name(reader.table.text[after])
    )


def company_role_apposed(reader: SpanReader, start: int, end: int) -> bool:
    """ "An Eskom regional manager, Johan Botha,": an untagged name after "a" or "the", a few
    lower-case modifiers, a role only an organisation has, then a comma and a person's name
    names the organisation (not a town's: "the Lusaka regional manager")."""
    table, doc = reader.table, reader.doc
    if start == 0 or table.lower[start - 1] not in ("a", "an", "the"):
        return False
    name = doc[start:end].text
    if known_place(name) is not None or country_name(name, reader.lex) or is_subdivision(name):
        return False
    i = end
    while i < min(len(table), end + 2) and not company_role_len(reader, i):
        if not table.text[i].islower() or doc[i].dep_ not in ("amod", "compound", "nmod"):
            return False
        i += 1  # "regional", "acting"
    n = company_role_len(reader, i)
    after = i + n + 1
    if not n or after >= len(table) or table.text[i + n] != ",":
        return False
    return doc[after].ent_type_ == "PERSON" or is_given_name(table.text[after])


def _member_noun_len(reader: SpanReader, i: int) -> int:
    """How many words a noun of a body's member or founder takes from token ``i`` ("member",
    "founding member", "co-founder"); 0 for none."""
    lower, nouns = reader.table.lower, reader.lex.biography.body_member_nouns
    return next((n for n in (3, 2, 1) if " ".join(lower[i : i + n]) in nouns), 0)


def member_of_a_group(reader: SpanReader, end: int) -> bool:
    """ "X, a member of the Norvia group of companies": a company of a group, whatever the
    NER called it (not "X, a member of the Y party": a person's seat)."""
    table = reader.table
    if table.lower[end : end + 4] != [",", "a", "member", "of"]:
        return False
    for k in range(end + 4, min(len(table), end + 10)):
        if table.is_punct[k]:
            return False
        if table.lower[k] in reader.lex.short_form_heads:
            return True
    return False


def apposed_next_to(doc: Doc, end: int, noun: Token) -> bool:
    """ "of Valur, the Reykjavik club where ...": an apposition that starts right after the
    comma closing the name, which the parser hung on another word of the sentence."""
    return end + 1 < len(doc) and doc[end].text == "," and noun.left_edge.i == end + 1


def apposed_to_the_name(doc: Doc, end: int, noun: Token, heads: set[int]) -> bool:
    """A noun apposed to the name whose words are ``heads`` (ending at ``end``): hung on it,
    or right after its comma but hung elsewhere ("of Valur, the Reykjavik club where ..."),
    or read as its conjunct with no "and" or "or" to make the two a list ("brings Tiny Owl,
    Carver & Lowe's children's imprint, which ...")."""
    if noun.dep_ == "appos":
        return noun.head.i in heads or apposed_next_to(doc, end, noun)
    if noun.dep_ != "conj" or not (noun.head.i in heads or end < noun.head.i < noun.i):
        return False
    if end + 1 >= len(doc) or doc[end].text != "," or noun.i + 1 >= len(doc):
        return False
    phrase = doc[end + 1 : noun.i + 1]  # the words between the name's comma and the next
    return doc[noun.i + 1].text in (",", ".", ";") and not any(
        t.lower_ in ("and", "or", ",") or t.pos_ in ("VERB", "AUX") for t in phrase
    )


def company_role_cue(reader: SpanReader, start: int, end: int) -> bool:
    """A company's role next to an unknown name: "Norvia chief executive", "chief executive
    of Norvia", "Norvia's spokesman" (a head of state's or a mayor's role says nothing)."""
    lex, lower = reader.lex, reader.table.lower
    after = end + (1 if end < len(lower) and lower[end] in ("'s", "'") else 0)
    n = reader.title_len[after] if after < len(lower) else 0
    if not n and after > end and after + 1 < len(lower) and reader.doc[after].pos_ == "NOUN":
        # "Norvia's research director": a field before a company's role (not "Modi's
        # security adviser", a politician's staff)
        n = reader.title_len[after + 1]
        n = n if " ".join(lower[after + 1 : after + 1 + n]) in lex.company_roles else 0
        after += 1
    if n:
        return " ".join(lower[after : after + n]) not in lex.head_of_state_titles
    k = start - 1
    if k >= 0 and lower[k] == "the":
        k -= 1
    if k >= 1 and lower[k] in ("of", "at"):
        for size in range(1, lex.max_title_words + 1):
            words = " ".join(lower[k - size : k])
            if k - size >= 0 and words in lex.titles:
                return words not in lex.head_of_state_titles
    return False
