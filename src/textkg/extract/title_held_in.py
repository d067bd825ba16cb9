"""The organisation a title is held in when its phrase names it after something else: after
the field of the title ("head of research at Norvia") or after where its holder comes from
("a chemist from Peru at Norvia")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textkg.extract.document import ORG, DocView
from textkg.extract.title_fields import origin, past_lower_modifiers, past_the
from textkg.records import EntityType

if TYPE_CHECKING:
    from textkg.extract.titles import TitlePhrase


def held_in_after(ctx: DocView, phrase: TitlePhrase, c: int, limit: int) -> int:
    """ "head of research at Norvia", "a chemist from Peru at Norvia": the organisation a
    title's field is of, or the one named after where its holder comes from, which is held in
    (past a town and a kind: "at the Baghdad-based broker X"); where the phrase goes on."""
    doc = ctx.doc
    if c >= limit or doc[c].lower_ not in ctx.lex.of_prepositions:
        return c
    last = phrase.complements[-1] if phrase.complements else None
    after_origin = (
        last is not None
        and last.etype is EntityType.COUNTRY
        and last.end == c
        and origin(doc[last.end - 1])
        and doc[c].lower_ == "at"
    )
    if not phrase.field and not after_origin:
        return c
    at = past_the(doc, c + 1, limit)
    held_in = ctx.mention_starting(past_lower_modifiers(ctx, at, limit))
    if held_in is None or held_in.etype is not ORG or held_in.end > limit:
        return c
    phrase.complements.append(held_in)
    return held_in.end
