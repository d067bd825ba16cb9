"""The build state kept beside a graph: every article's extracted facts, as JSON Lines.

`textkg build --update` re-reads it, adds the new articles' facts and resolves everything
again, so building A then B gives exactly the graph of building A and B at once.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import sys
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, overload

from textkg.atomic import atomic_output
from textkg.errors import TextkgError
from textkg.forked import can_fork, spare_core, start_forked
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
    lines = facts.lines() if isinstance(facts, CompactFacts) else (_line(f) for f in facts)
    # compressed straight into the file (a large build's state is some 10 MB)
    with (
        atomic_output(path) as handle,
        gzip.GzipFile(fileobj=handle, mode="wb", mtime=0, filename="") as gz,
    ):
        header = {"textkg_facts": FORMAT_VERSION}
        gz.write((json.dumps(header) + "\n").encode("utf-8"))
        for line in lines:
            gz.write((line + "\n").encode("utf-8"))


def _line(facts: ArticleFacts) -> str:
    return json.dumps(_encode(facts), ensure_ascii=False, sort_keys=True)


def load_facts(path: str | Path) -> list[ArticleFacts]:
    """Read and check a whole build state (every line decodes, or a one-line error says
    which does not); a mixed output set is read from its last complete build."""
    return [facts for facts, _ in _read_facts(path)]


#: A build state of more compressed bytes than this (some 2,000 articles) is checked by two
#: processes: ``--update`` reads the whole of it before any article is parsed.
SPLIT_READ_BYTES = 2_000_000


def load_compact_facts(path: str | Path, *, split: bool | None = None) -> CompactFacts:
    """:func:`load_facts`, kept compact: each line is checked as it is read, then only its
    compressed text stays in memory. With ``split`` (None: for a large file, where the
    system can fork and a core is free), a forked child checks the second half of the lines."""
    if split is None:
        state = Path(path)
        big = state.is_file() and state.stat().st_size > SPLIT_READ_BYTES
        split = big and can_fork() and spare_core()
    if not split:
        return CompactFacts(PackedFacts.of(facts, line) for facts, line in _read_facts(path))
    lines = list(_state_lines(path))
    half = len(lines) // 2
    with start_forked("reading the build state", _packed, lines[half:]) as child:
        first = _packed(lines[:half])  # (its errors come first, as in one pass)
        return CompactFacts([*first, *child.result()])


def _packed(lines: list[tuple[Path, int, str]]) -> list[PackedFacts]:
    return [PackedFacts.of(*_checked(source, number, line)) for source, number, line in lines]


def _read_facts(path: str | Path) -> Iterator[tuple[ArticleFacts, str]]:
    """Each article's facts and its line as this version writes it, one at a time."""
    for source, number, line in _state_lines(path):
        yield _checked(source, number, line)


def _state_lines(path: str | Path) -> Iterator[tuple[Path, int, str]]:
    """The file the state is read from, and each article's line with its number."""
    source = readable_output(path)
    try:
        # lines end at "\n" only: a text may hold U+2028, which splitlines() would cut at
        with gzip.open(source, "rt", encoding="utf-8", newline="\n") as handle:
            version = _header_version(handle.readline())
            if version not in READABLE_VERSIONS:
                raise TextkgError(
                    f"{source}: not a textkg build state of format {FORMAT_VERSION}; "
                    "build the graph again without --update"
                )
            for number, line in enumerate(handle, start=2):
                if line.strip("\n"):
                    yield source, number, line.rstrip("\n")
    except FileNotFoundError:
        raise TextkgError(
            f"{path}: no build state beside the graph; build it once without --update"
        ) from None
    except (OSError, EOFError, UnicodeDecodeError, zlib.error) as exc:
        raise TextkgError(f"{source}: unreadable build state: {exc}") from exc


def _checked(source: Path, number: int, line: str) -> tuple[ArticleFacts, str]:
    try:
        facts = _decode(json.loads(line))
    except (KeyError, ValueError, TypeError, IndexError, AttributeError) as exc:
        raise TextkgError(
            f"{source}: line {number}: corrupt build state ({type(exc).__name__}: {exc}); "
            "build the graph again without --update"
        ) from exc
    return facts, _line(facts)  # written again as this version writes it


@dataclass(frozen=True)
class PackedFacts:
    """One article's facts as its compressed build-state line."""

    source: str
    content_hash: str
    data: bytes
    #: What is read of every article without decoding the rest: its keywords (resolution)
    #: and whether it has a publication date (the build's warning).
    keywords: tuple[str, ...] = ()
    dated: bool = True
    #: Its byline names (authors, translators, editors) and whether it reports events:
    #: what an update's graph stage reads of an unchanged article (textkg.keptrows).
    bylines: tuple[str, ...] = ()
    events: bool = False

    @classmethod
    def of(cls, facts: ArticleFacts, line: str | None = None) -> PackedFacts:
        text = _line(facts) if line is None else line
        data = zlib.compress(text.encode("utf-8"), 6)
        article = facts.article
        meta = article.meta
        dated = bool(meta.date_published)
        bylines = meta.bylines
        return cls(
            article.source,
            article.content_hash,
            data,
            meta.keywords,
            dated,
            bylines,
            bool(facts.events),
        )

    def line(self) -> str:
        return zlib.decompress(self.data).decode("utf-8")

    def facts(self) -> ArticleFacts:
        return _decode(json.loads(self.line()))


#: Up to this many compressed bytes (some 2,000 articles, ~30 MB of objects once decoded)
#: an article is decoded once and kept: a build reads its facts five to seven times
#: (resolution, graph, view), and decoding them again each time is a tenth of its tail.
KEEP_DECODED_BYTES = 2_000_000


class CompactFacts(Sequence[ArticleFacts]):
    """A build's facts in source order, held as compressed build-state lines: about 1 KB an
    article instead of some 14 KB of objects. Each article is decoded when read, so a pass
    over all of them holds one at a time (a small build keeps what it decoded, see
    KEEP_DECODED_BYTES); the decoded facts equal what was packed (the build state's round
    trip), which is also what ``--update`` reads back."""

    def __init__(self, packed: Iterable[PackedFacts] = ()) -> None:
        self._packed = sorted(packed, key=lambda p: p.source)
        #: The compressed size of all the articles' facts.
        self.packed_bytes = sum(len(p.data) for p in self._packed)
        small = self.packed_bytes <= KEEP_DECODED_BYTES
        self._decoded: list[ArticleFacts | None] | None = (
            [None] * len(self._packed) if small else None
        )

    @classmethod
    def of(cls, facts: Iterable[ArticleFacts]) -> CompactFacts:
        return cls(PackedFacts.of(f) for f in facts)

    def __len__(self) -> int:
        return len(self._packed)

    @overload
    def __getitem__(self, index: int) -> ArticleFacts: ...

    @overload
    def __getitem__(self, index: slice) -> CompactFacts: ...

    def __getitem__(self, index: int | slice) -> ArticleFacts | CompactFacts:
        if isinstance(index, slice):
            return CompactFacts(self._packed[index])
        if self._decoded is None:
            return self._packed[index].facts()
        facts = self._decoded[index]
        if facts is None:
            facts = self._decoded[index] = self._packed[index].facts()
        return facts

    def __iter__(self) -> Iterator[ArticleFacts]:
        for index in range(len(self._packed)):
            yield self[index]

    def packed(self, index: int) -> PackedFacts:
        """The article at ``index``, as it is held."""
        return self._packed[index]

    @property
    def sources(self) -> list[str]:
        """The articles' sources, in order (without decoding them)."""
        return [p.source for p in self._packed]

    def undated(self) -> list[str]:
        """The sources of the articles with no publication date (without decoding them)."""
        return [p.source for p in self._packed if not p.dated]

    def keywords(self) -> list[tuple[str, tuple[str, ...]]]:
        """Each article's source and keywords, in order (without decoding them)."""
        return [(p.source, p.keywords) for p in self._packed]

    def lines(self) -> Iterator[str]:
        """The build-state lines, in order (without decoding them)."""
        for packed in self._packed:
            yield packed.line()

    def merged(self, new: CompactFacts) -> CompactFacts:
        """For --update: ``new`` articles replace earlier ones from the same source; an
        identical text already in the graph is not added twice."""
        by_source = {p.source: p for p in self._packed}
        known_hashes = {p.content_hash for p in self._packed}
        for item in new._packed:
            old = by_source.get(item.source)
            if old is not None:
                known_hashes.discard(old.content_hash)
            elif item.content_hash in known_hashes:
                continue
            by_source[item.source] = item
            known_hashes.add(item.content_hash)
        return CompactFacts(by_source.values())


def facts_digest(facts: Sequence[ArticleFacts], index: int) -> bytes:
    """A digest of the article at ``index`` as its build-state line (a :class:`CompactFacts`
    gives it without encoding the article again)."""
    if isinstance(facts, CompactFacts):
        data = facts.packed(index).data
    else:
        data = _line(facts[index]).encode("utf-8")
    return hashlib.blake2b(data, digest_size=16).digest()


def undated_sources(facts: Sequence[ArticleFacts]) -> list[str]:
    """The sources of the articles of ``facts`` with no publication date, in order."""
    if isinstance(facts, CompactFacts):
        return facts.undated()
    return [f.article.source for f in facts if not f.article.meta.date_published]


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
    # Names recur across a build's articles ("Microsoft", "he"): one string object for each
    # (resolution keeps every mention of the build at once).
    text = sys.intern(text)
    return Mention(
        text,
        text if name == text else sys.intern(name),
        _ENTITY_TYPES.get(etype) or EntityType(etype),  # (an unknown one: its ValueError)
        start,
        end,
        sentence,
        tuple(titles),
        context.get("qualifier", ""),
        context.get("qualified_text", ""),
        context.get("defines", ""),
        tuple(context.get("kinds", ())),
        context.get("reference", ""),
    )


#: EntityType by value: a dict lookup, not the enum's call (a build decodes ~90 mentions an
#: article, several times over).
_ENTITY_TYPES = {t.value: t for t in EntityType}


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


#: The IRI of each predicate's CURIE, made once: a build decodes every relation and date
#: several times over, with a few hundred predicates among them.
_predicate = lru_cache(maxsize=4096)(expand_curie)
_META_FIELDS = tuple(f.name for f in fields(ArticleMeta))


def _decode(data: dict[str, Any]) -> ArticleFacts:
    written = data["meta"]
    meta = ArticleMeta(**{name: _meta_value(name, written.get(name)) for name in _META_FIELDS})
    text: str = data["text"]
    article = ArticleText(source=data["source"], text=text, meta=meta)
    sentences = tuple(Sentence(text[s:e], s, e) for s, e in data["sentences"])
    mentions: Sequence[Mention] = [_decode_mention(row) for row in data["mentions"]]
    relations = tuple(
        RelationFact(mentions[s], _predicate(p), mentions[o], si, ex, c)
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
        DateFact(mentions[s], _predicate(p), t, date.fromisoformat(v), DatePrecision(pr), si, ex, c)
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
