"""The Oxigraph store beside every graph, and the cache of stores for other RDF files.

A build writes ``NAME.store/`` next to ``NAME.ttl``: an Oxigraph (RocksDB) folder plus a stamp
naming the Turtle it mirrors (size, modification time, SHA-256). Queries and the server open
the store read-only. When the Turtle changed since (its size or time differ and so does its
hash), the store is rebuilt from it before use. Any other RDF file is loaded once into a store
under the cache folder (``$TEXTKG_CACHE_DIR``, else ``$XDG_CACHE_HOME/textkg``, else
``~/.cache/textkg``), one store per file path, checked against the file the same way.

Stores are written into a temporary folder beside the target and renamed into place, so a
reader sees the old store or the new one, never half of one.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import uuid
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from itertools import islice
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from textkg.atomic import process_running, write_text_atomically
from textkg.derived import cache_root
from textkg.errors import TextkgError
from textkg.rdfio import check_rdf_file, first_line, oxigraph_quads, parse_error
from textkg.turtlediff import turtle_changes

STORE_SUFFIX = ".store"
#: Inside a store folder: the Oxigraph database and the stamp of the file it mirrors.
DATA_FOLDER = "oxigraph"
STAMP_FILE = "textkg-store.json"
#: Cached stores kept for files that are not textkg builds (least recently used go first).
CACHE_LIMIT = 8
#: Quads per call of Oxigraph's bulk loader when a store is written from a graph.
BULK_BATCH = 20_000
_STAMP_VERSION = 1
_TMP_PREFIX = ".textkg-tmp-"
_OLD_PREFIX = ".textkg-old-"


@dataclass(frozen=True)
class Stamp:
    """What a store mirrors: the file's name, size, modification time and content hash."""

    source: str
    size: int
    mtime_ns: int
    sha256: str
    oxigraph: str = ox.__version__
    version: int = _STAMP_VERSION

    @classmethod
    def of(cls, path: Path, name: str) -> Stamp:
        stat = path.stat()
        return cls(name, stat.st_size, stat.st_mtime_ns, file_sha256(path))

    def same_stat(self, path: Path) -> bool:
        stat = path.stat()
        return (stat.st_size, stat.st_mtime_ns) == (self.size, self.mtime_ns)


@dataclass(frozen=True)
class OpenStore:
    """A store opened for reading, with the folder it lives in."""

    store: ox.Store
    location: Path

    @property
    def data(self) -> Path:
        return data_folder(self.location)


def store_path_for(graph_path: str | Path) -> Path:
    """``graphs/news.ttl`` → ``graphs/news.store``."""
    return Path(graph_path).with_suffix(STORE_SUFFIX)


def data_folder(location: Path) -> Path:
    """The Oxigraph database of a store folder (or the folder itself, for a bare one)."""
    inner = location / DATA_FOLDER
    return inner if inner.is_dir() else location


def is_store(path: str | Path) -> bool:
    """A textkg store folder, or a bare Oxigraph (RocksDB) folder."""
    folder = Path(path)
    return folder.is_dir() and ((folder / DATA_FOLDER).is_dir() or (folder / "CURRENT").is_file())


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# ---------------------------------------------------------------- writing


def write_store(
    graph: Graph | Iterable[ox.Quad], target: str | Path, *, source: str | Path | None = None
) -> Path:
    """Write ``graph`` as an Oxigraph store at ``target`` (a folder), replacing it in one rename.

    ``source`` is the RDF file the store mirrors (the build's Turtle, already written); its
    stamp lets readers see when the file changed after the store was made.
    """
    folder = Path(target)
    quads = oxigraph_quads(graph) if isinstance(graph, Graph) else graph

    def fill(store: ox.Store) -> None:
        # Oxigraph's bulk loader keeps what one call is given in memory (some 0.8 KB a
        # triple), so a large graph goes in as batches: memory stays flat as the graph grows.
        iterator = iter(quads)
        while batch := list(islice(iterator, BULK_BATCH)):
            store.bulk_extend(batch)

    return _write(folder, fill, Path(source) if source is not None else None)


def load_store(source: str | Path, target: str | Path, *, cached: bool = False) -> Path:
    """Load an RDF file into a new store at ``target`` (all its graphs, as they are).

    A store beside its file names it by file name (the two may move together); a cached one
    by its full path, so that the cache can forget the stores of files that are gone.
    """
    path = Path(source)
    fmt = check_rdf_file(path)

    def fill(store: ox.Store) -> None:
        try:
            store.bulk_load(path=str(path), format=fmt)
        except (SyntaxError, ValueError, UnicodeError) as exc:
            raise parse_error(path, fmt, exc) from exc

    return _write(Path(target), fill, path, str(path.resolve()) if cached else None)


def update_store(previous: Path, previous_source: Path, source: Path, target: Path) -> bool:
    """Write the store of ``source`` at ``target`` as a copy of the store ``previous`` (which
    mirrors ``previous_source``) changed by the subjects whose Turtle differs; False, with
    nothing written, when that store is not fresh or the files cannot be compared that way
    (:func:`textkg.turtlediff.turtle_changes`): then the whole file must be loaded.

    The copy is Oxigraph's backup, which links the earlier store's immutable files rather
    than copying them, so an update costs what changed, not what the graph holds."""
    if not is_fresh(previous, previous_source):
        return False
    try:
        changes = turtle_changes(previous_source, source)
    except (OSError, SyntaxError, ValueError):
        return False
    if changes is None:
        return False

    def seed(data: Path) -> None:
        ox.Store.read_only(str(data_folder(previous))).backup(str(data))

    def fill(store: ox.Store) -> None:
        for quad in changes.removed:  # first: a subject's changed block holds both
            store.remove(quad)
        store.extend(changes.added)

    try:
        _write(target, fill, source, seed=seed)
    except TextkgError:  # e.g. no backup of that store: loading the file says what is wrong
        return False
    return True


def _write(
    folder: Path,
    fill: Callable[[ox.Store], None],
    source: Path | None,
    source_name: str | None = None,
    *,
    seed: Callable[[Path], None] | None = None,
) -> Path:
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        _remove_leftovers(folder)
    except OSError as exc:
        raise TextkgError(f"{folder}: cannot write the store: {exc.strerror or exc}") from exc
    tmp = folder.with_name(f"{_TMP_PREFIX}{folder.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}")
    try:
        tmp.mkdir()
        if seed is not None:
            seed(tmp / DATA_FOLDER)
        store = ox.Store(str(tmp / DATA_FOLDER))
        fill(store)
        store.flush()
        del store  # the last reference: RocksDB closes before the folder moves
        if source is not None:
            _write_stamp(tmp, Stamp.of(source, source_name or source.name))
        _replace_folder(tmp, folder)
    except OSError as exc:
        raise TextkgError(f"{folder}: cannot write the store: {first_line(exc)}") from exc
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return folder


def _write_stamp(location: Path, stamp: Stamp) -> None:
    write_text_atomically(location / STAMP_FILE, json.dumps(asdict(stamp), indent=1) + "\n")


def _replace_folder(new: Path, target: Path) -> None:
    """Put ``new`` where ``target`` is: two renames, then the old folder goes."""
    old = None
    if target.exists():
        old = target.with_name(f"{_OLD_PREFIX}{target.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}")
        os.rename(target, old)
    try:
        os.rename(new, target)
    except OSError:
        if old is not None and not target.exists():
            os.rename(old, target)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _remove_leftovers(folder: Path) -> None:
    """Temporary folders of killed runs (their process is gone) for this store."""
    for prefix in (_TMP_PREFIX, _OLD_PREFIX):
        for leftover in folder.parent.glob(f"{prefix}{folder.name}.*"):
            pid = leftover.name.removeprefix(f"{prefix}{folder.name}.").split(".")[0]
            if pid.isdigit() and not process_running(int(pid)):
                shutil.rmtree(leftover, ignore_errors=True)


# ---------------------------------------------------------------- reading


def read_stamp(location: Path) -> Stamp | None:
    try:
        data = json.loads((location / STAMP_FILE).read_text("utf-8"))
        stamp = Stamp(**data)
    except (OSError, ValueError, TypeError):
        return None
    return stamp if stamp.version == _STAMP_VERSION else None


def is_fresh(location: Path, source: Path) -> bool:
    """Whether the store at ``location`` mirrors ``source`` as it is now.

    Size and modification time answer at once; when they differ the content hash decides
    (a copy or checkout keeps the content but not the time), and the stamp is brought up to date.
    """
    stamp = read_stamp(location)
    if stamp is None or stamp.oxigraph != ox.__version__ or not data_folder(location).is_dir():
        return False
    if Path(stamp.source).name != source.name:
        return False
    if stamp.same_stat(source):
        return True
    now = Stamp.of(source, stamp.source)
    if now.sha256 != stamp.sha256:
        return False
    with contextlib.suppress(OSError, TextkgError):  # read-only: the hash is checked again
        _write_stamp(location, now)
    return True


def store_location(path: str | Path) -> Path:
    """The store folder for ``path``: a store folder itself, or the fresh store of an RDF file
    (made or refreshed here if need be)."""
    given = Path(path)
    if given.is_dir():
        if not is_store(given):
            raise TextkgError(f"{given}: is a folder but not a textkg or Oxigraph store")
        return given
    return store_for_file(given)


def open_store(path: str | Path) -> OpenStore:
    """A store to query for ``path`` (see ``store_location``), opened read-only."""
    location = store_location(path)
    return OpenStore(_open_read_only(location), location)


def store_for_file(source: Path) -> Path:
    """The fresh store of an RDF file: the one beside it when textkg built it, else a cached one."""
    check_rdf_file(source)
    beside = store_path_for(source)
    if read_stamp(beside) is not None:
        if is_fresh(beside, source):
            return beside
        if os.access(beside.parent, os.W_OK):
            return load_store(source, beside)
    cached = cache_root() / "stores" / _cache_key(source)
    if not is_fresh(cached, source):
        load_store(source, cached, cached=True)
        _prune_cache(cached)
    else:
        _touch(cached)
    return cached


def _open_read_only(location: Path) -> ox.Store:
    try:
        return ox.Store.read_only(str(data_folder(location)))
    except OSError as exc:
        raise TextkgError(f"{location}: cannot open the store: {first_line(exc)}") from exc


def _cache_key(source: Path) -> str:
    resolved = str(source.resolve())
    stem = "".join(ch if ch.isalnum() else "-" for ch in source.stem)[:40]
    return f"{stem}-{hashlib.sha256(resolved.encode('utf-8', 'surrogatepass')).hexdigest()[:16]}"


def _touch(location: Path) -> None:
    with contextlib.suppress(OSError):
        os.utime(location / STAMP_FILE)


def _prune_cache(keep: Path) -> None:
    """At most CACHE_LIMIT cached stores; those of vanished files go first."""
    folders = [p for p in keep.parent.iterdir() if p.is_dir() and not p.name.startswith(".")]

    def last_used(folder: Path) -> float:
        stamp = read_stamp(folder)
        if stamp is None or not Path(stamp.source).exists():
            return -1.0
        try:
            return (folder / STAMP_FILE).stat().st_mtime
        except OSError:
            return -1.0

    ranked = sorted((p for p in folders if p != keep), key=last_used, reverse=True)
    for index, folder in enumerate(ranked):
        if index >= CACHE_LIMIT - 1 or last_used(folder) < 0:
            shutil.rmtree(folder, ignore_errors=True)


__all__ = [
    "STORE_SUFFIX",
    "OpenStore",
    "Stamp",
    "cache_root",
    "data_folder",
    "is_fresh",
    "is_store",
    "load_store",
    "open_store",
    "store_for_file",
    "store_location",
    "store_path_for",
    "update_store",
    "write_store",
]
