"""Reported speech: who said what, for direct quotes ("“...,” X said" / "X said, “...”")."""

from __future__ import annotations

from textkg.extract.document import ORG, PERSON, DocView
from textkg.records import QuoteFact

_OPEN = "“"
_CLOSE = "”"


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks (curly pairs, or straight quotes in turn)."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    straight_at: int | None = None
    for i, char in enumerate(text):
        if char == _OPEN:
            open_at = i + 1
        elif char == _CLOSE and open_at is not None:
            spans.append((open_at, i))
            open_at = None
        elif char == '"':
            if straight_at is None:
                straight_at = i + 1
            else:
                spans.append((straight_at, i))
                straight_at = None
        elif char == "\n" and text[i : i + 2] == "\n\n":
            open_at = straight_at = None  # a quote never runs over a blank line unclosed
    return spans


def extract_quotes(ctx: DocView) -> list[QuoteFact]:
    doc, table = ctx.doc, ctx.table
    spans = quote_spans(ctx.text)
    found: list[QuoteFact] = []
    seen: set[tuple[int, int, int]] = set()
    for sentence in ctx.sentences:
        inside = [q for q in spans if q[0] < sentence.end and q[1] > sentence.start]
        if not inside:
            continue
        for index in range(sentence.start_token, sentence.end_token):
            if table.pos[index] != "VERB" or table.lemma[index] not in ctx.lex.speech_verbs:
                continue
            verb = doc[index]
            if any(a <= verb.idx < b for a, b in spans) or any(
                c.dep_ == "neg" for c in verb.children
            ):
                continue
            speakers = [
                m
                for child in verb.children
                if child.dep_ == "nsubj"
                for m in ctx.referents(child, conjuncts=False)
                if m.etype in (PERSON, ORG)
            ]
            if not speakers:
                continue
            speaker = speakers[0]
            for start, end in inside:
                quote = " ".join(ctx.text[start:end].split()).strip(" ,")
                key = (speaker.start, start, end)
                if len(quote) < 3 or key in seen:
                    continue
                seen.add(key)
                found.append(
                    QuoteFact(speaker.to_record(doc), verb.lemma_.lower(), quote, sentence.index)
                )
    return found
