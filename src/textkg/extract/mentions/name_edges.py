"""Repairs of where the small NER ends a name: a league's number left off ("Liga | I",
"Serie | B"), a town run together with the town one came from ("arrived in Yokohama
from Nantes" tagged as one organisation), a dateline's date run on past its dash. Run in
repairs.REPAIRS' order like the others there, or over the whole table."""

from __future__ import annotations

from spacy.tokens import Span

from textkg.extract.mentions.particles import tagged
from textkg.extract.tokens import TokenTable
from textkg.lexicon import Lexicon

#: How a league's rank is written after its word: a Roman numeral, a letter, a number.
_ROMAN = frozenset({"I", "II", "III", "IV", "V"})
#: Verbs of arriving whose "in" names where one came to ("arrived in X from Y").
_ARRIVING = frozenset({"arrive", "land", "fly", "return", "travel", "come", "touch"})


def league_rank(table: TokenTable, ent: Span, lex: Lexicon) -> tuple[int, int, str] | None:
    """ "plays in Liga | I", "the Ligue | 2 side": a league's word the NER took without the
    rank written after it (which it reads as a pronoun or a number), or tagged as a place,
    is a league's name with its rank; "Liga II" tagged as an event is the league too."""
    end = ent.end
    if ent.label_ != "ORG" and league_with_rank(table.text[ent.start : end], lex):
        return ent.start, end, "ORG"
    if table.lower[end - 1] not in lex.league_name_words or end >= len(table):
        return None
    if not is_rank(table.text[end]) or table.ent_type[end] not in ("", "CARDINAL"):
        return None
    after = end + 1 < len(table) and table.text[end + 1][:1].isupper()
    return None if after else (ent.start, end + 1, "ORG")


def is_rank(word: str) -> bool:
    """ "I", "B", "2": how a league's rank is written after its word."""
    return word in _ROMAN or (len(word) == 1 and (word.isupper() or word.isdigit()))


def league_with_rank(words: list[str], lex: Lexicon) -> bool:
    """ "Liga I", "Serie B": a league's word and its rank, an organisation's name."""
    return len(words) == 2 and words[0].lower() in lex.league_name_words and is_rank(words[1])


def league_in_one_word(words: list[str], lex: Lexicon) -> bool:
    """ "Handbollsligan", "Superligaen": one word closed by a league's word (the lexicon's
    ``league_suffixes``, as Nordic and Slavic leagues are written), an organisation's name."""
    if len(words) != 1 or not words[0].isalpha():
        return False
    lower = words[0].lower()
    return any(lower.endswith(s) and len(lower) >= len(s) + 3 for s in lex.bodies.league_suffixes)


def split_arrival_from(table: TokenTable, lex: Lexicon) -> None:
    """ "arrived in Yokohama from Nantes": a name of two places joined by "from", after an
    arriving verb's "in" (or "to"), is the town one came to, then the town one came from."""
    ents = []
    for ent in table.ents:
        k = _from_inside(table, ent)
        if k is None:
            ents.append(ent)
        elif k == ent.end - 1:  # "flew in to Kochi from | Bremen": the word alone
            table.ent_type[k] = ""
            ents.append(tagged(table, ent.start, k, ent.label_))
        else:
            table.ent_type[k] = ""
            ents += [tagged(table, ent.start, k, "GPE"), tagged(table, k + 1, ent.end, "GPE")]
    table.ents = ents


def _from_inside(table: TokenTable, ent: Span) -> int | None:
    """Where "from" splits an entity right after an arriving verb's "in" or "to"."""
    start = ent.start
    if start < 2 or table.lower[start - 1] not in ("in", "to"):
        return None
    verb = table.doc[start - 1].head
    if verb.lemma_.lower() not in _ARRIVING:
        return None
    inside = [k for k in range(start + 1, ent.end) if table.lower[k] == "from"]
    if len(inside) != 1:
        return None
    k = inside[0]
    words = table.text[start:k] + table.text[k + 1 : ent.end]
    return k if all(w[:1].isupper() for w in words) and k - start <= 3 else None


def date_before_dash(table: TokenTable, ent: Span, lex: Lexicon) -> tuple[int, int, str] | None:
    """ "March 4 - The Central Bank of Chile": a dateline's date the NER ran on into the
    name after its dash is the date alone (the name is found on its own)."""
    if ent.label_ != "DATE":
        return None
    for k in range(ent.start + 1, ent.end - 1):
        if table.text[k] in ("-", "—", "–", "--") and table.text[k + 1][:1].isupper():
            return ent.start, k, "DATE"
    return None


def common_noun_run_on(table: TokenTable, ent: Span, lex: Lexicon) -> tuple[int, int, str] | None:
    """ "told a House of Commons | committee", "a Calgary | city councillor": a lower-case
    common noun the NER took into the name before it, which names no body of its own, is
    left out (names are written in capitals)."""
    end = ent.end
    if ent.label_ == "PERSON" or end - ent.start < 2:
        return None
    last, before = table.text[end - 1], table.text[end - 2]
    if not (last.isalpha() and last.islower() and table.pos[end - 1] == "NOUN"):
        return None
    return (ent.start, end - 1, ent.label_) if before[:1].isupper() else None
