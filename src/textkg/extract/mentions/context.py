"""What the text says around a name, written onto the mention for resolution to read.

Resolution merges names across articles from records alone; whatever it needs from the words
around a name is found here, once, on the tokens: the name another name stands for in
brackets ("Foreign Intelligence Service (SVR)"), the kind nouns beside it ("the newspaper
X", "X, the official newspaper of ..."), and the country a state body is named with when
the NER kept the country apart ("North Korean | Ministry of X", "Russia | 's Foreign
Ministry").
"""

from __future__ import annotations

from textkg.extract.mentions.model import _ACRONYM, Ment, Nationality, is_acronym
from textkg.extract.mentions.spans import SpanReader
from textkg.records import EntityType

_ARTICLES = frozenset({"the", "a", "an"})
_APPOSITION_WORDS = 6


def describe(reader: SpanReader, mentions: list[Ment], nationalities: list[Nationality]) -> None:
    """Set ``defines``, ``kinds`` and (for a country written apart) ``qualifier``."""
    starting = {m.start: m for m in sorted(mentions, key=lambda m: m.start - m.end)}
    for ment in mentions:
        if ment.derived:
            continue
        ment.kinds = _kinds(reader, ment)
        ment.defines = _defines(reader, ment, starting)
    _qualify_from_neighbours(reader, mentions, nationalities)


def _kinds(reader: SpanReader, ment: Ment) -> list[str]:
    """The noun right before the name ("newspaper X") and the head noun of an apposition
    after it ("X, the official newspaper of Y", "X, a private hospital operator"),
    lower-cased."""
    table = reader.table
    kinds: list[str] = []
    before = ment.start - 1
    if before >= 0 and table.ws[before] and table.pos[before] == "NOUN":
        kinds.append(table.lemma[before])
    elif _named_in_apposition(reader, ment):
        kinds.append(table.lemma[before - 1])  # "The agency, CONRED, said": the agency
    i = ment.end
    limit = reader.sentences[ment.sentence].end_token
    one_of = table.lower[i + 1 : i + 3] == ["one", "of"] and ment.etype is not EntityType.PERSON
    if i + 2 < limit and table.text[i] == "," and one_of:
        kinds += _kind_of_many(reader, i + 3, limit)  # "X, one of Chile's largest banks"
    elif i + 1 < limit and table.text[i] == "," and table.lower[i + 1] in _ARTICLES:
        run = ""  # the last noun of a run of nouns, should the window end inside it
        # "a dairy company": a kind of its own before the head ("the dairy's chief")
        specific = reader.lex.specific_kinds
        modifiers: list[str] = []
        for k in range(i + 2, min(limit, i + 2 + _APPOSITION_WORDS)):
            word = table.lower[k]
            if word in ("'", "'s"):
                continue  # "a herders' cooperative": whose it is, then what
            if word == "of" or (table.is_punct[k] and table.text[k] != "-"):
                break  # past the hyphen of "a Bangkok-based contractor"
            if table.pos[k] != "NOUN" or table.lower[k + 1 : k + 2] in (["'"], ["'s"], ["-"]):
                continue  # (nor "Brno" of "a Brno-based brewery", a word the hyphen joins)
            if (
                k + 1 < limit
                and table.pos[k + 1] == "NOUN"
                and not _kind_then_participle(reader, k)
            ):
                run = table.lemma[k + 1]
                modifiers += [table.lemma[k]] if table.lemma[k] in specific else []
                continue  # "a private hospital operator": the operator, the last noun
            kinds.append(table.lemma[k])
            break
        else:
            kinds += [run] if run else []
        # (a company's or a group's kind, not "a brewery supplier", "a council contractor")
        kinds += modifiers if kinds and kinds[-1] in reader.lex.short_form_heads else []
    return kinds


def _kind_then_participle(reader: SpanReader, k: int) -> bool:
    """ "a Riga-based station | broadcasting in Latvian": a kind, then a participle the
    tagger read as a noun ending the run (not "a bank holding company")."""
    table, lex = reader.table, reader.lex
    after = k + 2 < len(table) and table.pos[k + 2] in ("NOUN", "PROPN")
    kinds = lex.classifier_nouns | lex.unit_nouns
    return table.lemma[k] in kinds and table.lower[k + 1].endswith("ing") and not after


def _named_in_apposition(reader: SpanReader, ment: Ment) -> bool:
    """ "The agency, CONRED, said ...": a body's name set after the noun of its kind and a
    comma, as that noun's apposition (so "the agency" later in the article is this one)."""
    before = ment.start - 1
    if ment.etype is EntityType.PERSON or before < 1 or reader.table.text[before] != ",":
        return False
    noun = reader.doc[before - 1]
    root = reader.doc[ment.start : ment.end].root
    return noun.pos_ == "NOUN" and root.dep_ == "appos" and root.head.i == noun.i


def _kind_of_many(reader: SpanReader, start: int, limit: int) -> list[str]:
    """ "one of Finland's best-known esports clubs": the plural noun that ends the phrase
    (singular), a kind the name is one of."""
    table = reader.table
    for k in range(start, min(limit, start + _APPOSITION_WORDS + 2)):  # "best-known"
        if table.lower[k] in ("'", "’", "'s", "’s"):
            continue  # "one of the refineries' main suppliers": whose, then what
        if (table.is_punct[k] and table.text[k] != "-") or table.lower[k] == "of":
            break
        following = table.lower[k + 1] if k + 1 < limit else ""
        whose = following in ("'", "’", "'s", "’s")
        if table.tag[k] == "NNS" and not whose and not (following and table.pos[k + 1] == "NOUN"):
            return [table.lemma[k]]
    return []


def _defines(reader: SpanReader, ment: Ment, starting: dict[int, Ment]) -> str:
    """ "Long Name (LN)" on the long name, "LN (Long Name)" on the acronym."""
    table = reader.table
    i = ment.end
    if i + 2 >= len(table) or table.text[i] != "(":
        return ""
    inside = starting.get(i + 1)
    if inside is not None and table.text[inside.end : inside.end + 1] == [")"]:
        written = reader._name(ment.start, ment.end)
        if _ACRONYM.match(written) and " " in inside.name:
            return inside.name
    if (
        table.text[i + 2] == ")"
        and is_acronym(table.text[i + 1])
        and ment.etype is not EntityType.PERSON
        and " " in ment.name
    ):
        return table.text[i + 1]
    return ""


def _qualify_from_neighbours(
    reader: SpanReader, mentions: list[Ment], nationalities: list[Nationality]
) -> None:
    """ "North Korean | Ministry of State Security", "Russia | 's Foreign Ministry": a state
    body right after its country, the NER having kept the two apart."""
    table, lex = reader.table, reader.lex
    countries: dict[int, tuple[int, str]] = {n.end: (n.start, n.country) for n in nationalities}
    for ment in mentions:
        if ment.etype is EntityType.COUNTRY and not ment.derived:
            countries.setdefault(ment.end, (ment.start, ment.name))
    for ment in mentions:
        if ment.etype is not EntityType.ORGANIZATION or ment.derived or ment.qualifier:
            continue
        if reader.head_word(ment.start, ment.end) not in lex.government_heads:
            continue
        before = ment.start
        if before > 0 and table.lower[before - 1] in ("'s", "'"):
            before -= 1
        found = countries.get(before)
        if found is not None:
            start, country = found
            ment.qualifier = country
            ment.qualified_span = (start, ment.end)
