"""An update's graph stage, reusing the rows of the articles it did not change.

A build's sorted triple table (:mod:`textkg.turtlestream`) is kept in its output generation
(``.NAME.textkg/gen-N/rows/``, never published beside the graph), each row naming the
article that wrote it (its *owner*; 0 for the entities, events, byline agents and the
build's activity and ontology, which every build writes again; an entity's own rows have
an owner of their own, below 0). Beside the tables, ``rows.json`` gives each article's and
entity's owner and *fingerprint*: a digest of everything its own rows are made of besides
the code (for an article: its facts, its source path as written, the entity of each of its
mentions, keywords and byline names; for an entity: its key, type, labels and titles).

``--update`` then writes only the rows of the articles and entities whose fingerprint
changed (new ones, and old articles whose mentions now resolve to another entity, e.g.
after a merge that changed an entity's label and so its IRI), under new owners, and the
build-wide rows; the earlier tables are read beside the new one for the owners kept (the
sorted tables are merged as the Turtle is written). An unchanged article is not even
decoded unless it reports events or names bylines (what the graph's end needs of it).
The set of triples is the one a full build makes, so the Turtle is the same bytes. The
tables pile up one an update: past :data:`MAX_FILES`, or when a quarter of the rows'
owners are stale, the update writes every row again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from textkg import __version__
from textkg.factstore import CompactFacts, facts_digest
from textkg.provenance import source_path
from textkg.records import ArticleFacts, Entity, EntityType, MentionEntities

if TYPE_CHECKING:
    from textkg.graph import ArticlesPart, GraphOptions, _GraphWriter

#: The folder of the kept tables inside an output generation.
KEPT_FOLDER = "rows"
#: Changed whenever what an article's rows hold, or how they are stored, changes.
FORMAT = 1
#: An update reads at most this many earlier tables; then it writes every row again.
MAX_FILES = 6
#: ... as it does when more than this share of the earlier articles' rows is stale.
MAX_STALE_SHARE = 0.25
_STATE = "rows.json"


def stamp(options: GraphOptions) -> str:
    """What every kept row depends on beyond its article: the code and the graph options."""
    return json.dumps(
        [FORMAT, __version__, options.base, options.include_ontology], ensure_ascii=False
    )


@dataclass
class KeptRows:
    """An earlier build's kept tables (paths), each article's owner and fingerprint, and
    each entity's owner by fingerprint."""

    files: list[Path]
    articles: dict[str, tuple[int, str]]
    entities: dict[str, int]
    next_owner: int
    next_entity: int


def read_kept(folder: Path | None, options: GraphOptions) -> KeptRows | None:
    """The rows an update may reuse from ``folder``: None when there are none, they were
    written for other options or code, or there are too many tables or stale rows."""
    if folder is None:
        return None
    try:
        data = json.loads((folder / _STATE).read_text(encoding="utf-8"))
        if data.get("stamp") != stamp(options):
            return None
        kept = KeptRows(
            [folder / name for name in data["files"]],
            {source: (int(o), str(f)) for source, (o, f) in data["articles"].items()},
            {str(f): int(o) for f, o in data["entities"].items()},
            int(data["next_owner"]),
            int(data["next_entity"]),
        )
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None
    live = len(kept.articles) + len(kept.entities)
    stale = kept.next_owner - 1 - len(kept.articles) - kept.next_entity - 1 - len(kept.entities)
    if len(kept.files) >= MAX_FILES or stale > MAX_STALE_SHARE * max(live, 1):
        return None
    if not all(_readable(path) for path in kept.files):
        return None
    return kept


def _readable(table: Path) -> bool:
    """Whether ``table`` is a kept table SQLite reads (not gone, not another file)."""
    if not table.is_file():
        return False
    try:
        with contextlib.closing(sqlite3.connect(f"file:{table}?mode=ro", uri=True)) as db:
            db.execute("SELECT s, p, o, lexical, datatype, language, owner FROM triple LIMIT 1")
    except sqlite3.Error:
        return False
    return True


def fingerprint(writer: _GraphWriter, facts: Sequence[ArticleFacts], index: int) -> str:
    """What the own triples of the article at ``index`` (not its events, byline agents'
    labels or the activity) are made of besides the code and options: its facts, its source
    path as written, and the entity of each of its mentions, keywords and byline names (its
    triples name entities by IRI only, which their keys make). Read from the packed facts
    and the resolution's table of the article's mentions where they are at hand, without
    decoding the article."""
    entity_of = writer.resolution.entity_of
    people = writer.entity_by_name.get(EntityType.PERSON.kind, {})
    if isinstance(facts, CompactFacts) and isinstance(entity_of, MentionEntities):
        packed = facts.packed(index)
        source, keywords, bylines = packed.source, packed.keywords, packed.bylines
        spans, keys = entity_of.of_source(source)
        head = b"packed" + facts_digest(facts, index) + spans
        words = list(keys)
    else:
        article_facts = facts[index]
        article = article_facts.article
        meta = article.meta
        source, keywords = article.source, meta.keywords
        bylines = meta.bylines
        head = b"decoded" + facts_digest(facts, index)
        words = _mention_keys(writer, article_facts)
    words.append(source_path(source, writer.provenance))
    words += (writer.keyword_entity.get((source, k)) or "" for k in keywords)
    words += (people.get(n.strip().casefold()) or "" for n in bylines)
    text = "\x1f".join(words).encode("utf-8", "surrogatepass")
    return hashlib.blake2b(head + b"\x1e" + text, digest_size=16).hexdigest()


def _mention_keys(writer: _GraphWriter, facts: ArticleFacts) -> list[str]:
    article, key = facts.article, writer.resolution.entity_key
    words = [key(article, m) or "" for m in facts.mentions]
    for relation in facts.relations:
        words += (key(article, relation.subject) or "", key(article, relation.object) or "")
    words += (key(article, q.speaker) or "" for q in facts.quotes)
    words += (key(article, d.subject) or "" for d in facts.dates)
    return words


def entity_fingerprint(entity: Entity) -> str:
    """What an entity's own triples are made of: its key, type, labels and titles."""
    words = [entity.key, entity.entity_type.value, entity.label, *entity.alt_labels]
    text = "\x1f".join(words) + "\x1e" + "\x1f".join(entity.job_titles)
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


@dataclass
class OwnerRun:
    """The owners of one run of articles (:class:`textkg.graph.ArticleOwners`)."""

    kept: KeptRows | None
    #: The owner the next article written takes: in a full build its place in the build
    #: + 1 (every article is written, in order); in an update the next free one.
    next_owner: int

    def write_articles(self, writer: _GraphWriter, facts: Sequence[ArticleFacts]) -> None:
        """Each article's rows under its owner, or (an unchanged article of an update) only
        what it leaves for the end of the graph; its owner and fingerprint in the part."""
        from textkg.graph import document_iri_of

        part = writer.part
        sink = writer.graph
        for index in range(len(facts)):
            print_ = fingerprint(writer, facts, index)
            decoded = None
            if isinstance(facts, CompactFacts):
                packed = facts.packed(index)
                source, content_hash = packed.source, packed.content_hash
                light = not packed.events and not packed.bylines
            else:
                decoded = facts[index]
                source, content_hash = decoded.article.source, decoded.article.content_hash
                light = False
            owner, write = self._owner(source, print_)
            part.owners.append((source, owner, print_))
            if write:
                sink.owner = owner  # type: ignore[attr-defined]
                writer.add_article(decoded or facts[index])
                sink.owner = 0  # type: ignore[attr-defined]
            elif not light:
                note_article(writer, decoded or facts[index])
            part.documents.append(document_iri_of(writer.base, source, content_hash))

    def _owner(self, source: str, print_: str) -> tuple[int, bool]:
        earlier = self.kept.articles.get(source) if self.kept is not None else None
        if earlier is not None and earlier[1] == print_:
            return earlier[0], False
        owner, self.next_owner = self.next_owner, self.next_owner + 1
        return owner, True


def note_article(writer: _GraphWriter, facts: ArticleFacts) -> None:
    """What an article whose rows are kept from an earlier build leaves for the end of the
    graph (its events and the byline agents it names), as its writing would."""
    from textkg.graph import document_iri

    article = facts.article
    for name in article.meta.bylines:
        writer.named_agent(name, EntityType.PERSON)
    writer.add_sightings(facts, document_iri(writer.base, article))


@dataclass
class OwnerPlan:
    """Owners for a graph stage whose rows are kept: every article's and entity's (a full
    build: articles by their place + 1, entities below 0), or, reusing ``kept``, the
    earlier owner of each unchanged one."""

    #: The options' and code's :func:`stamp`.
    stamp: str
    kept: KeptRows | None = None
    #: Each article's source, owner and fingerprint, once written (:meth:`record`).
    articles: list[tuple[str, int, str]] = field(default_factory=list)
    #: Each entity's owner by fingerprint, once written.
    entities: dict[str, int] = field(default_factory=dict)
    #: Of :attr:`entities`, those whose rows are read from the earlier tables.
    entities_kept: list[int] = field(default_factory=list)
    next_entity: int = -1

    def __post_init__(self) -> None:
        if self.kept is not None:
            self.next_entity = self.kept.next_entity

    def run(self, start: int) -> OwnerRun:
        """The owners of the articles from ``start`` on (in the build's order)."""
        first = self.kept.next_owner if self.kept is not None else start + 1
        return OwnerRun(self.kept, first)

    def entity_owner(self, entity: Entity) -> int | None:
        """The owner to write the entity's rows with (None: an earlier build's are kept)."""
        print_ = entity_fingerprint(entity)
        earlier = self.kept.entities.get(print_) if self.kept is not None else None
        if earlier is not None:
            self.entities[print_] = earlier
            self.entities_kept.append(earlier)
            return None
        owner = self.entities[print_] = self.next_entity
        self.next_entity -= 1
        return owner

    def record(self, parts: Sequence[ArticlesPart]) -> None:
        for part in parts:
            self.articles += part.owners

    def kept_owners(self) -> list[int]:
        """The owners whose rows are read from the earlier tables."""
        if self.kept is None:
            return []
        earlier = self.kept.articles
        kept = [o for s, o, f in self.articles if earlier.get(s) == (o, f)]
        return sorted(kept + self.entities_kept)


def keep_rows(plan: OwnerPlan, tables: Sequence[Path], folder: Path) -> None:
    """Put the earlier tables still read (linked) and this build's ``tables`` (moved, once
    closed) in ``folder``, with the owners and fingerprints of this build's articles and
    entities."""
    folder.mkdir(parents=True, exist_ok=True)
    names: list[str] = []
    for earlier in plan.kept.files if plan.kept is not None else []:
        names.append(earlier.name)
        try:
            os.link(earlier, folder / earlier.name)
        except OSError:
            shutil.copyfile(earlier, folder / earlier.name)
    number = 1 + max((int(n.split("-")[1].split(".")[0]) for n in names), default=0)
    for table in tables:
        name = f"rows-{number:04d}.sqlite"
        os.replace(table, folder / name)
        names.append(name)
        number += 1
    data = {
        "stamp": plan.stamp,
        "files": names,
        "articles": {source: [owner, print_] for source, owner, print_ in plan.articles},
        "entities": plan.entities,
        "next_owner": max(
            plan.kept.next_owner if plan.kept is not None else 1,
            1 + max((o for _, o, _ in plan.articles), default=0),
        ),
        "next_entity": plan.next_entity,
    }
    (folder / _STATE).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


__all__ = [
    "KEPT_FOLDER",
    "KeptRows",
    "OwnerPlan",
    "OwnerRun",
    "entity_fingerprint",
    "fingerprint",
    "keep_rows",
    "read_kept",
]
