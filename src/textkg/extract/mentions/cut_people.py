"""People's names the NER cut in two: "Ursula von" + "Leyen", "Samia Suluhu" + "Hassan",
or whose given name it took for a place and whose surname it left untagged ("met Talia |
Fepulea'i, who chairs ...")."""

from __future__ import annotations

from textkg.extract.gazetteers import is_given_name
from textkg.extract.mentions.model import name_letters
from textkg.extract.mentions.place_clues import known_place
from textkg.extract.mentions.spans import SpanReader
from textkg.extract.places import country_name


def join_person_names(
    reader: SpanReader, raw: list[tuple[int, int, str]], taken: list[bool]
) -> list[tuple[int, int, str]]:
    """A person span runs on over name particles and capitalised proper nouns, taking in the
    span the NER made of the rest."""
    table, lex = reader.table, reader.lex
    starts = {start: (start, end, label) for start, end, label in raw}
    dropped: set[tuple[int, int, str]] = set()
    out: list[tuple[int, int, str]] = []
    for span in sorted(raw):
        if span in dropped:
            continue
        start, end, label = span
        if _given_name_tagged_a_place(reader, start, end, label, taken):
            label = "PERSON"
        # "Mike Ashley's | Frasers Group": what follows a possessive is another name
        if label == "PERSON" and table.lower[end - 1] not in ("'s", "’s", "'"):
            k = end
            while k < len(table) and reader.owner[k] == reader.owner[start] and k - start < 6:
                lower, word = table.lower[k], table.text[k]
                particle = lower in lex.name_particles and k + 1 < len(table)
                if particle and table.text[k + 1][:1].isupper():
                    k += 1
                    continue
                if table.pos[k] == "PROPN" and word[:1].isupper() and name_letters(word):
                    k += 1
                    continue
                if (
                    word == "-"
                    and k + 1 < len(table)
                    and not table.ws[k - 1]
                    and not table.ws[k]
                    and table.text[k + 1].isalpha()
                    and table.lower[k + 1] != "based"  # "Rotterdam-based": a town's
                ):
                    k += 2  # "Choi Sang | -mok": a hyphenated given name the NER cut
                    continue
                break
            if k > end and (k == len(table) or not table.text[k][:1].isupper()):
                for inner in range(end, k):
                    other = starts.get(inner)
                    if other is not None and other[1] <= k:
                        dropped.add(other)
                    taken[inner] = True
                end = k
        out.append((start, end, label))
    return [span for span in out if span not in dropped]


def _given_name_tagged_a_place(
    reader: SpanReader, start: int, end: int, label: str, taken: list[bool]
) -> bool:
    """ "met Talia | Fepulea'i, who": a one-word "place" no gazetteer knows that is a given
    name, the parser's compound of the untagged proper noun right after it."""
    table = reader.table
    if label not in ("GPE", "LOC") or end != start + 1 or end >= len(table) or taken[end]:
        return False
    word, after = table.text[start], table.text[end]
    return (
        reader.doc[start].head.i == end
        and table.pos[end] == "PROPN"
        and after[:1].isupper()
        and name_letters(after)
        and is_given_name(word)
        and known_place(word) is None
        and country_name(word, reader.lex) is None
        and known_place(after) is None
    )
