"""Names in the Romance languages the NER cut at their particles ("Banco | do | Brasil",
"San Sebastián de | los Reyes", "Andorra | la Vella"), joined."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from textkg.extract.mentions.place_clues import known_place
from textkg.extract.tokens import TokenTable
from textkg.lexicon import Lexicon


def tagged(table: TokenTable, start: int, end: int, label: str) -> Span:
    """An entity the repairs made, with its words' types to match."""
    for k in range(start, end):
        table.ent_type[k] = label
    return Span(table.doc, start, end, label=label)


def cut_before_places(table: TokenTable, cut: Callable[[Span], int | None], label: str) -> None:
    """Cut each entity at the joining word ``cut`` finds ("Harlow Foods | of | Leeds", "the
    Central Stadium | in | Karaganda") into a name of ``label`` and the place (GPE) after."""
    ents = []
    for ent in table.ents:
        k = cut(ent)
        if k is None:
            ents.append(ent)
            continue
        table.ent_type[k] = ""
        ents += [tagged(table, ent.start, k, label), tagged(table, k + 1, ent.end, "GPE")]
    table.ents = ents


#: The particles inside names in the Romance languages ("Banco do Brasil", "Caja de
#: Ahorros de la Rioja"), and the words for "and" between two of their parts ("Portos de X
#: e do Y").
_ROMANCE_PARTICLES = frozenset(
    {"de", "do", "da", "dos", "das", "del", "della", "delle", "dei", "degli", "di", "du", "des"}
)
_ROMANCE_ARTICLES = frozenset({"la", "las", "los", "le", "l'"})
ROMANCE_AND = frozenset({"e", "y", "et"})


def join_over_particles(table: TokenTable, lex: Lexicon) -> None:
    """ "Banco | do | Brasil", "Terminal Atlantico do | Sul": a name in a Romance language
    the NER cut at its particles, parts of one capitalised run, joined (an organisation's if
    a part was one or it opens with a word that opens such names; else the first part's
    kind: "Foz do Iguaçu"); not a person's ("Ana | de Souza" is tagged whole), unless the
    gazetteers know the whole run as a town ("Santa Cruz de | La Palma" tagged a person)."""
    ents = {e.start: e for e in table.ents}
    kept: list[Span] = []
    k = 0
    while k < len(table):
        ent = ents.get(k)
        if ent is None:
            k = _join_untagged(table, k, kept)
            continue
        start, end = ent.start, ent.end
        if ent.label_ != "PERSON":
            # (past a particle the NER took in: "Santa Cruz de | La Palma")
            last = ent.end - 1 if table.lower[ent.end - 1] in _ROMANCE_PARTICLES else ent.end
            start, end = _run_start(table, ent.start), max(_run_end(table, last), ent.end)
            end = max(end, _article_place_end(table, ent))  # "Andorra | la Vella"
        if (start, end) == (ent.start, ent.end) or end - start > 12:
            kept.append(ent)
            k = ent.end
            continue
        parts = [e for e in table.ents if start <= e.start and e.end <= end]
        opened = table.lower[start] in lex.name_opening_words  # "Banco | do | Brasil"
        unnamed = (
            ("DATE", "CARDINAL", "MONEY") if opened else ("PERSON", "DATE", "CARDINAL", "MONEY")
        )
        if known_place(table.doc[start:end].text) is not None:
            unnamed = ("DATE", "CARDINAL", "MONEY")  # a town the gazetteers know, whole
        if any(e.label_ in unnamed for e in parts):
            kept.append(ent)
            k = ent.end
            continue
        organised = any(e.label_ == "ORG" for e in parts)
        label = "ORG" if organised or opened else ent.label_
        while kept and kept[-1].start >= start:
            kept.pop()
        kept.append(tagged(table, start, end, label))
        k = end
    table.ents = kept


def _article_place_end(table: TokenTable, ent: Span) -> int:
    """Where "Andorra la Vella" ends when the NER tagged "Andorra": a place's name going on
    with an article and a capitalised word, if the gazetteers know the whole."""
    k = ent.end
    if ent.label_ not in ("GPE", "LOC") or k + 1 >= len(table):
        return ent.end
    if table.lower[k] not in _ROMANCE_ARTICLES or not _capitalised(table, k + 1):
        return ent.end
    return k + 2 if known_place(table.doc[ent.start : k + 2].text) is not None else ent.end


#: The particles of German towns' names before a river's or a region's ("Frankfurt am Main",
#: "Orth an der Donau", "Rothenburg ob der Tauber"), which no English sentence puts there.
_GERMANIC_PARTICLES = (("an", "der"), ("ob", "der"), ("am",), ("im",))


def join_german_towns(table: TokenTable) -> None:
    """ "Frankfurt | am | Main", "Orth | an der | Donau" (the river tagged a person): a town
    the NER tagged, a German particle and a capitalised word are one town's name."""
    ents = sorted(table.ents, key=lambda e: e.start)
    kept: list[Span] = []
    for ent in ents:
        if kept and kept[-1].end > ent.start:
            continue  # the river's word, taken into the town's name
        end = _german_town_end(table, ent)
        kept.append(tagged(table, ent.start, end, ent.label_) if end != ent.end else ent)
    table.ents = kept


def _german_town_end(table: TokenTable, ent: Span) -> int:
    if ent.label_ not in ("GPE", "LOC"):
        return ent.end
    for particle in _GERMANIC_PARTICLES:
        after = ent.end + len(particle)
        word = table.text[after] if after < len(table) else ""
        if table.lower[ent.end : after] == list(particle) and word[:1].isupper() and word.isalpha():
            return after + 1
    return ent.end


def _join_untagged(table: TokenTable, k: int, kept: list[Span]) -> int:
    """ "run by Terminal Atlantico do Sul": a capitalised run the NER left untagged that a
    particle joins to another, one name (a place's if the gazetteers know it); where to go
    on from."""
    if table.ent_type[k] or not _capitalised(table, k) or table.sent_start[k]:
        return k + 1
    end = k
    while end < len(table) and _capitalised(table, end) and not table.ent_type[end]:
        end += 1
    joined = _run_end(table, end)
    if joined == end and end + 1 < len(table) and table.lower[end] in _ROMANCE_ARTICLES:
        # "Andorra la Vella", untagged: a town the gazetteers know whole
        whole = table.doc[k : end + 2].text
        joined = end + 2 if _capitalised(table, end + 1) and known_place(whole) else end
    if joined == end or any(table.ent_type[j] for j in range(end, joined)):
        return end
    label = "GPE" if known_place(table.doc[k:joined].text) is not None else "ORG"
    kept.append(tagged(table, k, joined, label))
    return joined


def _capitalised(table: TokenTable, k: int) -> bool:
    word = table.text[k]
    return word[:1].isupper() and word.replace("-", "").isalpha() and table.pos[k] == "PROPN"


def _run_end(table: TokenTable, end: int) -> int:
    """The end of the capitalised run that goes on past particles after ``end``."""
    while True:
        k = end
        if k < len(table) and table.lower[k] in ROMANCE_AND:
            k += 1
        if k >= len(table) or table.lower[k] not in _ROMANCE_PARTICLES:
            return end
        k += 1
        if k < len(table) and table.lower[k] in _ROMANCE_ARTICLES:
            k += 1
        if k >= len(table) or not _capitalised(table, k):
            return end
        while k < len(table) and _capitalised(table, k):
            k += 1
            if k + 1 < len(table) and table.text[k] == "-" and _capitalised(table, k + 1):
                k += 1  # "Café-Cacao"
        end = k


def _run_start(table: TokenTable, start: int) -> int:
    """The start of the capitalised run, untagged, that a particle joins to ``start``."""
    k = start - 1
    if k > 0 and table.lower[k] in _ROMANCE_ARTICLES:
        k -= 1
    if k < 1 or table.lower[k] not in _ROMANCE_PARTICLES or not _capitalised(table, k - 1):
        return start
    k -= 1
    while k > 0 and _capitalised(table, k - 1) and not table.ent_type[k - 1]:
        k -= 1
    return k if not table.ent_type[k] else start
