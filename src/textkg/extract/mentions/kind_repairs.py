"""Repairs of a body's name the small NER ran together with the words before it that say
what kind of body it is: "the national seismology institute | INSIVUMEH" tagged as one
organisation. Run in repairs.REPAIRS' order like the others there."""

from __future__ import annotations

from spacy.tokens import Span

from textkg.extract.gazetteers import is_given_name
from textkg.extract.mentions.particles import tagged
from textkg.extract.tokens import TokenTable
from textkg.lexicon import Lexicon

#: Words that open a description in lower case before the kind.
_DETERMINERS = frozenset({"the", "a", "an", "its", "their"})


def name_after_its_kind(table: TokenTable, ent: Span, lex: Lexicon) -> tuple[int, int, str] | None:
    """ "a volcanologist at the national seismology institute INSIVUMEH": the description
    in lower case and the name in capitals after it, tagged as one organisation, is the
    name alone (the kind stays a word of the sentence, which other rules read)."""
    if ent.label_ != "ORG":
        return None
    k = ent.start + (table.lower[ent.start] in _DETERMINERS)
    first = k
    while k < ent.end and table.text[k].islower() and table.text[k].isalpha():
        k += 1
    if k == first or k == ent.end or table.doc[k - 1].lemma_.lower() not in lex.classifier_nouns:
        return None
    if not all(word[:1].isupper() for word in table.text[k : ent.end]):
        return None
    return k, ent.end, "ORG"


def names_cut_at_and(table: TokenTable, lex: Lexicon) -> None:
    """ "Law | and Justice leader X": a body's name of capitalised words joined by "and",
    right before the title of whom leads it and the leader's name, which the NER cut at
    "and" (or tagged in part as a person) is one organisation."""
    ents, size = list(table.ents), len(table)
    people = {table.text[e.end - 1] for e in ents if e.label_ == "PERSON" and e.end - e.start > 1}
    for i in range(1, size - 3):
        if table.lower[i] != "and":
            continue
        start, end = i, i + 1
        while start > 0 and i - start < 3 and _capital(table.text[start - 1]):
            start -= 1
        while end < size and end - i <= 3 and _capital(table.text[end]):
            end += 1
        if start == i or end == i + 1 or end + 1 >= size:
            continue
        if table.lower[end] not in lex.party_leaders:
            continue
        if table.ent_type[end + 1] != "PERSON" or (start and _capital(table.text[start - 1])):
            continue
        if any(e.start < end and e.end > start and (e.start < start or e.end > end) for e in ents):
            continue  # an entity that runs past the name: no cut name
        if " ".join(table.text[start:i]) in people:
            continue  # "Tusk and Civic Platform leader X": a person the text names in full
        ents = [e for e in ents if e.end <= start or e.start >= end]
        ents.append(tagged(table, start, end, "ORG"))
    table.ents = sorted(ents, key=lambda e: (e.start, e.end))


def body_run_on_after_and(
    table: TokenTable, ent: Span, lex: Lexicon
) -> tuple[int, int, str] | None:
    """ "the Federal Trade and | Markets Commission": a name the NER ended at "and", where
    the capitalised words after it, tagged as nothing, end in the
    kind of body ("Commission") and the words before "and" do not, is one organisation."""
    end = ent.end
    while end < len(table) and end - ent.end < 4 and _capital(table.text[end]):
        if table.ent_type[end]:
            return None
        end += 1
    if end == ent.end or table.doc[end - 1].lemma_.lower() not in lex.classifier_nouns:
        return None
    if table.doc[ent.end - 2].lemma_.lower() in lex.classifier_nouns:
        return None  # "the Press Council and | Media Commission": two bodies
    return ent.start, end, "ORG"


def person_run_into_a_body(table: TokenTable, lex: Lexicon) -> None:
    """ "Anna Blake, Sport Council Wales's area director": a person's name the NER ran over
    its comma into the body after it, tagged as one organisation, is the person, then the
    body (the name a given name and one or two capitalised words); so is a body the NER ran
    into the name of the person set beside it ("of Nordvik Energy, Lars Dahl,")."""
    ents = []
    for ent in table.ents:
        comma = next((k for k in range(ent.start, ent.end) if table.text[k] == ","), None)
        if ent.label_ != "ORG" or comma is None or comma + 1 >= ent.end:
            ents.append(ent)
            continue
        start = ent.start + (table.lower[ent.start] in _DETERMINERS)
        end = ent.end - (table.lower[ent.end - 1] in ("'s", "'", "’s"))
        if _a_persons_name(table, start, comma, lex):
            ents += [tagged(table, start, comma, "PERSON"), tagged(table, comma + 1, end, "ORG")]
        elif _a_persons_name(table, comma + 1, end, lex) and table.doc[end - 1].dep_ == "appos":
            # "the chief executive of Nordvik Energy, Lars Dahl, said": the body, then its head
            ents += [tagged(table, start, comma, "ORG"), tagged(table, comma + 1, end, "PERSON")]
        else:
            ents.append(ent)
            continue
        table.ent_type[comma] = ""
    table.ents = sorted(ents, key=lambda e: (e.start, e.end))


def _a_persons_name(table: TokenTable, start: int, end: int, lex: Lexicon) -> bool:
    """Two or three capitalised words from a given name, not ending in a kind of body."""
    words = table.text[start:end]
    if not 2 <= len(words) <= 3 or not all(_capital(w) for w in words):
        return False
    return is_given_name(words[0]) and words[-1].lower() not in lex.classifier_nouns


def _capital(word: str) -> bool:
    """A capitalised word of a name (not "The" opening the sentence)."""
    return word[:1].isupper() and word.isalpha() and word.lower() not in _DETERMINERS
