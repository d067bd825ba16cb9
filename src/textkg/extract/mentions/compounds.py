"""Names the NER cut where the parser saw one: words it hung on a tagged organisation's name
as parts of it ("Cuyo | Minera Andina", the first word left untagged) and two tagged names
the parser made one compound ("Sahyadri Draksha | Utpadak Sangh")."""

from __future__ import annotations

from spacy.tokens import Span

from textkg.countries import packaged_country_index
from textkg.extract.mentions.model import name_letters
from textkg.extract.mentions.particles import ROMANCE_AND, tagged
from textkg.extract.mentions.place_clues import known_place
from textkg.extract.places import country_name
from textkg.extract.tokens import TokenTable
from textkg.lexicon import Lexicon
from textkg.months import MONTHS, WEEKDAYS

#: The most untagged words a name is grown by to its left.
_MOST_WORDS = 2


def join_compound_names(table: TokenTable, lex: Lexicon) -> None:
    """Grow organisations' names over the untagged proper nouns the parser hung on them,
    and join two names it made one compound."""
    ents = sorted(table.ents, key=lambda e: e.start)
    # (a name grown to one the NER tagged whole elsewhere takes that label: "Derwent |
    # Salmon" tagged a person where "Derwent Salmon" is tagged an organisation)
    labels = {e.text: e.label_ for e in ents}
    kept: list[Span] = []
    for ent in ents:
        if kept and _one_compound(table, kept[-1], ent):
            first = kept.pop()
            label = "ORG" if "ORG" in (first.label_, ent.label_) else ent.label_
            text = table.doc[first.start : ent.end].text
            kept.append(tagged(table, first.start, ent.end, labels.get(text, label)))
            continue
        start = _compound_start(table, ent, lex, kept[-1].end if kept else 0)
        grown = start < ent.start or ent.label_ == "ORG"
        end = _compound_end(table, ent, lex) if grown else ent.end
        if (start, end) != (ent.start, ent.end):
            label = labels.get(table.doc[start:end].text, ent.label_)
            ent = tagged(table, start, end, label)
        kept.append(ent)
    table.ents = kept


def _one_compound(table: TokenTable, first: Span, second: Span) -> bool:
    """Two names side by side whose first one's words all hang on the second's last word."""
    if first.end != second.start or {first.label_, second.label_} - {"ORG", "PERSON"}:
        return False
    head = second.end - 1
    return all(
        table.pos[k] == "PROPN" and table.dep[k] == "compound" and table.head[k] == head
        for k in range(first.start, first.end)
    )


def _compound_start(table: TokenTable, ent: Span, lex: Lexicon, floor: int) -> int:
    """Where an organisation's name starts past the untagged capitalised proper nouns the
    parser hung on it (not a title, a day, a month or a country's name). Not a person's:
    "Derwent | Salmon" tagged a person is a company whose first word the NER left out."""
    if ent.label_ != "ORG":
        return ent.start
    inside = range(ent.start, ent.end)
    k = ent.start
    while (
        k - 1 >= floor
        and ent.start - (k - 1) <= _MOST_WORDS
        and table.pos[k - 1] == "PROPN"
        and table.dep[k - 1] == "compound"
        and table.head[k - 1] in inside
        and not table.ent_type[k - 1]
        and table.text[k - 1][:1].isupper()
        and name_letters(table.text[k - 1])
        and _a_name_word(table.lower[k - 1], lex)
    ):
        k -= 1
    return k


def _compound_end(table: TokenTable, ent: Span, lex: Lexicon) -> int:
    """Where an organisation's name ends past the untagged proper nouns its last word hangs
    on as a compound ("Universidad Católica Madre | y Maestra": "and" written in the name's
    language, the head word last)."""
    head = table.head[ent.end - 1]
    if table.dep[ent.end - 1] != "compound" or not ent.end <= head < ent.end + _MOST_WORDS:
        return ent.end
    for k in range(ent.end, head + 1):
        joining = table.lower[k] in ROMANCE_AND and k < head
        capitalised = table.text[k][:1].isupper() and name_letters(table.text[k])
        if table.ent_type[k] or table.pos[k] != "PROPN" or not (joining or capitalised):
            return ent.end
        if table.lower[k] in lex.titles:
            return ent.end  # "Norvia | CEO X": a title, then a name
    return head + 1


def _a_name_word(word: str, lex: Lexicon) -> bool:
    """A word that may open a person's or a body's name: not a title, a day, a month, a
    people's noun ("Scotsman") or a place's name ("Montreal | Marie Tremblay")."""
    words = lex.titles | lex.honorifics | lex.title_modifiers | lex.admin_words
    words = words | lex.org_head_nouns | lex.place_head_nouns | lex.building_nouns
    calendar = word in MONTHS or word in WEEKDAYS
    place = country_name(word, lex) is not None or known_place(word.title()) is not None
    people = packaged_country_index().code_for_adjective(word, plural=False) is not None
    return word not in words and not calendar and not place and not people
