"""The build state kept beside a graph: every article's extracted facts, as JSON Lines.

`textkg build --update` re-reads it, adds the new articles' facts and resolves everything
again, so building A then B gives exactly the graph of building A and B at once.
"""

from __future__ import annotations

import gzip
import io
import json
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import fields
from datetime import date
from pathlib import Path
from typing import Any

from textkg.atomic import write_bytes_atomically
from textkg.errors import TextkgError
from textkg.namespaces import curie, expand_curie
from textkg.outputs import readable_output
from textkg.records import (
    ArticleFacts,
    ArticleMeta,
    ArticleText,
    DateFact,
    DatePrecision,
    EntityType,
    EventFact,
    EventKind,
    Mention,
    QuoteFact,
    RelationFact,
    Sentence,
)

FORMAT_VERSION = 3
#: Earlier formats still read: version 1 had no mention context (qualifier, kinds, ...),
#: version 2 no dates of birth, death and founding.
READABLE_VERSIONS = frozenset({1, 2, 3})


def facts_path_for(graph_path: str | Path) -> Path:
    """``graphs/news.ttl`` → ``graphs/news.facts.jsonl.gz``."""
    path = Path(graph_path)
    return path.with_name(path.stem + ".facts.jsonl.gz")


def save_facts(path: str | Path, facts: Iterable[ArticleFacts]) -> None:
    """Write atomically and deterministically (gzip without a timestamp)."""
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0, filename="") as gz:
        header = {"textkg_facts": FORMAT_VERSION}
        gz.write((json.dumps(header) + "\n").encode("utf-8"))
        for item in facts:
            line = json.dumps(_encode(item), ensure_ascii=False, sort_keys=True)
            gz.write((line + "\n").encode("utf-8"))
    write_bytes_atomically(path, buffer.getvalue())


def load_facts(path: str | Path) -> list[ArticleFacts]:
    """Read and check a whole build state (every line decodes, or a one-line error says
    which does not); a mixed output set is read from its last complete build."""
    source = readable_output(path)
    try:
        with gzip.open(source, "rt", encoding="utf-8") as handle:
            lines = handle.read().split("\n")  # not splitlines(): U+2028 may be in a text
    except FileNotFoundError:
        raise TextkgError(
            f"{path}: no build state beside the graph; build it once without --update"
        ) from None
    except (OSError, EOFError, UnicodeDecodeError, zlib.error) as exc:
        raise TextkgError(f"{source}: unreadable build state: {exc}") from exc
    if not lines or _header_version(lines[0]) not in READABLE_VERSIONS:
        raise TextkgError(
            f"{source}: not a textkg build state of format {FORMAT_VERSION}; "
            "build the graph again without --update"
        )
    facts: list[ArticleFacts] = []
    for number, line in enumerate(lines[1:], start=2):
        if not line:
            continue
        try:
            facts.append(_decode(json.loads(line)))
        except (KeyError, ValueError, TypeError, IndexError, AttributeError) as exc:
            raise TextkgError(
                f"{source}: line {number}: corrupt build state ({type(exc).__name__}: {exc}); "
                "build the graph again without --update"
            ) from exc
    return facts


def _header_version(line: str) -> object:
    try:
        header = json.loads(line)
    except ValueError:
        return None
    return header.get("textkg_facts") if isinstance(header, dict) else None


# ---------------------------------------------------------------------------- encoding


def _mention_index(facts: ArticleFacts) -> tuple[list[Mention], dict[Mention, int]]:
    mentions = list(facts.mentions)
    extra = [r.subject for r in facts.relations] + [r.object for r in facts.relations]
    for event in facts.events:
        extra.extend(event.participants)
        if event.place:
            extra.append(event.place)
    extra.extend(q.speaker for q in facts.quotes)
    extra.extend(d.subject for d in facts.dates)
    index = {m: i for i, m in enumerate(mentions)}
    for mention in extra:
        if mention not in index:
            index[mention] = len(mentions)
            mentions.append(mention)
    return mentions, index


def _encode(facts: ArticleFacts) -> dict[str, Any]:
    article, meta = facts.article, facts.article.meta
    mentions, index = _mention_index(facts)
    return {
        "source": article.source,
        "text": article.text,
        "meta": {f.name: _plain(getattr(meta, f.name)) for f in fields(ArticleMeta)},
        "sentences": [[s.start, s.end] for s in facts.sentences],
        "mentions": [_encode_mention(m) for m in mentions],
        "relations": [
            [
                index[r.subject],
                curie(r.predicate),
                index[r.object],
                r.sentence,
                r.extractor,
                r.confidence,
            ]
            for r in facts.relations
        ],
        "events": [
            {
                "kind": e.kind.value,
                "participants": [index[m] for m in e.participants],
                "place": index[e.place] if e.place else None,
                "sentence": e.sentence,
                "extractor": e.extractor,
                "confidence": e.confidence,
                "start": e.start_date.isoformat() if e.start_date else None,
                "end": e.end_date.isoformat() if e.end_date else None,
                "date_text": e.date_text,
            }
            for e in facts.events
        ],
        "quotes": [[index[q.speaker], q.verb, q.quote, q.sentence] for q in facts.quotes],
        "dates": [
            [
                index[d.subject],
                curie(d.predicate),
                d.text,
                d.value.isoformat(),
                d.precision.value,
                d.sentence,
                d.extractor,
                d.confidence,
            ]
            for d in facts.dates
        ],
        "mention_count": len(facts.mentions),
    }


def _encode_mention(m: Mention) -> list[Any]:
    row: list[Any] = [m.text, m.name, m.entity_type.value, m.start, m.end, m.sentence]
    row.append(list(m.titles))
    context = {
        "qualifier": m.qualifier,
        "qualified_text": m.qualified_text,
        "defines": m.defines,
        "kinds": list(m.kinds),
        "reference": m.reference,
    }
    context = {k: v for k, v in context.items() if v}
    if context:
        row.append(context)
    return row


def _decode_mention(row: list[Any]) -> Mention:
    text, name, etype, start, end, sentence, titles = row[:7]
    context: dict[str, Any] = row[7] if len(row) > 7 else {}
    return Mention(
        text,
        name,
        EntityType(etype),
        start,
        end,
        sentence,
        tuple(titles),
        qualifier=context.get("qualifier", ""),
        qualified_text=context.get("qualified_text", ""),
        defines=context.get("defines", ""),
        kinds=tuple(context.get("kinds", ())),
        reference=context.get("reference", ""),
    )


def _plain(value: Any) -> Any:
    """A metadata value as JSON: dates as ISO strings, tuples as lists."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def _meta_value(name: str, value: Any) -> Any:
    if name == "date_published":
        return _date(value)
    return tuple(value) if isinstance(value, list) else value


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _decode(data: dict[str, Any]) -> ArticleFacts:
    meta = ArticleMeta(
        **{f.name: _meta_value(f.name, data["meta"].get(f.name)) for f in fields(ArticleMeta)}
    )
    text: str = data["text"]
    article = ArticleText(source=data["source"], text=text, meta=meta)
    sentences = tuple(Sentence(text[s:e], s, e) for s, e in data["sentences"])
    mentions: Sequence[Mention] = [_decode_mention(row) for row in data["mentions"]]
    relations = tuple(
        RelationFact(mentions[s], expand_curie(p), mentions[o], si, ex, c)
        for s, p, o, si, ex, c in data["relations"]
    )
    events = tuple(
        EventFact(
            kind=EventKind(e["kind"]),
            participants=tuple(mentions[i] for i in e["participants"]),
            place=mentions[e["place"]] if e["place"] is not None else None,
            sentence=e["sentence"],
            extractor=e["extractor"],
            confidence=e["confidence"],
            start_date=_date(e["start"]),
            end_date=_date(e["end"]),
            date_text=e["date_text"],
        )
        for e in data["events"]
    )
    quotes = tuple(QuoteFact(mentions[s], v, q, si) for s, v, q, si in data["quotes"])
    dates = tuple(
        DateFact(
            mentions[s], expand_curie(p), t, date.fromisoformat(v), DatePrecision(pr), si, ex, c
        )
        for s, p, t, v, pr, si, ex, c in data.get("dates", ())
    )
    return ArticleFacts(
        article=article,
        sentences=sentences,
        mentions=tuple(mentions[: data["mention_count"]]),
        relations=relations,
        events=events,
        quotes=quotes,
        dates=dates,
    )
