"""The words after a title that say what it is of when no name does: a field of government
written in lower case ("minister of education, science and innovation") and a board's
members ("chairman of the board of governors")."""

from __future__ import annotations

from textkg.extract.document import DocView

#: The most words a field written after a title runs to.
_LONGEST_FIELD = 6


def lower_field_end(ctx: DocView, i: int, limit: int, *, not_bodies: bool = False) -> int:
    """Where a field written in lower case after a minister's "of" ends ("minister of
    finance", "of humanitarian affairs and poverty reduction"); ``i`` when none is
    (not "minister of state", a rank)."""
    doc, lex = ctx.doc, ctx.lex

    def field_word(k: int, first: bool) -> bool:
        return (
            k < limit
            and ctx.at[k] is None
            and (
                (doc[k].pos_ in ("NOUN", "ADJ") and doc[k].is_alpha and doc[k].is_lower)
                or (doc[k].lower_ in ("and", "&") and not first)
            )
            and doc[k].lower_ not in lex.titles
            # with ``not_bodies``, "head of operations" and not "head of company"
            and not (
                not_bodies and doc[k].lemma_.lower() in lex.classifier_nouns | lex.org_head_nouns
            )
        )

    k = i
    while k - i < _LONGEST_FIELD and field_word(k, k == i):
        k += 1
    if k > i and doc[i].lower_ == "state":
        return i
    # "of education, science and innovation": a list of fields, its last one after "and"
    while k > i and k < limit and doc[k].text == "," and field_word(k + 1, True):
        m, listed = k + 1, False
        while (
            m < limit
            and m - k <= _LONGEST_FIELD
            and (field_word(m, m == k + 1) or doc[m].text == ",")
        ):
            listed = listed or doc[m].lower_ in ("and", "&")
            m += 1
        if not listed or doc[m - 1].lower_ in ("and", "&", ","):
            break
        k = m
    return k


def past_members(doc: DocView, i: int, limit: int) -> int:
    """Past "of governors", "of directors" after a board's noun."""
    tokens, at = doc.doc, doc.at
    members = i + 1 < limit and tokens[i].lower_ == "of" and at[i + 1] is None
    return i + 2 if members and tokens[i + 1].is_lower and tokens[i + 1].pos_ == "NOUN" else i
