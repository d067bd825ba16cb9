"""A double surname written alone after the person's full name ("Rosa Delgado-Ibarra ...
Delgado-Ibarra joined the force"): the small NER cuts it at its hyphen, tagging one half a
town ("Delgado") or a law, or nothing, so the person's later sentences name someone else.
Where the article names a person whose last word is that hyphened word, it is the person."""

from __future__ import annotations

from textkg.extract.mentions.particles import tagged
from textkg.extract.tokens import TokenTable


def join_hyphened_surnames(table: TokenTable) -> None:
    """Tag each "A-B" whose words end a person's name the NER tagged in full as that
    person's (one PERSON span of its three tokens), over the pieces tagged inside it."""
    surnames = {
        ent.text.split()[-1]
        for ent in table.ents
        if ent.label_ == "PERSON" and " " in ent.text and "-" in ent.text.split()[-1]
    }
    if not surnames:
        return
    ents = list(table.ents)
    for k in range(len(table) - 2):
        if not _hyphened_word(table, k) or table.text[k] + "-" + table.text[k + 2] not in surnames:
            continue
        inside = [e for e in ents if e.start < k + 3 and e.end > k]
        if any(e.label_ == "PERSON" and e.start <= k and e.end >= k + 3 for e in inside):
            continue  # the full name itself, or the surname tagged whole already
        if any(e.start < k or e.end > k + 3 for e in inside):
            continue  # a longer name the hyphened word is part of
        ents = [e for e in ents if e not in inside]
        ents.append(tagged(table, k, k + 3, "PERSON"))
    table.ents = sorted(ents, key=lambda e: e.start)


def _hyphened_word(table: TokenTable, k: int) -> bool:
    """Tokens ``k``..``k+2`` are one capitalised word joined by a hyphen ("Delgado-Ibarra")."""
    return (
        table.text[k + 1] == "-"
        and not table.ws[k]
        and not table.ws[k + 1]
        and table.text[k][:1].isupper()
        and table.text[k + 2][:1].isupper()
        and table.text[k].isalpha()
        and table.text[k + 2].isalpha()
    )
