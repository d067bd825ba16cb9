"""Where outputs go, and a build's outputs replaced together.

A file named by the user needs an existing folder (``checked_output``), so that a typo in a
path never creates folders somewhere unexpected. A build's outputs (the graph, its build
state, its view, its store and any other output it adds) change together or not at all: a
folder output (the store) is published as a symbolic link.

Beside ``graphs/news.ttl`` lives the hidden folder ``graphs/.news.textkg/``:

- ``lock``: held by the build writing these outputs (textkg.locks), one build at a time;
- ``manifest.json``: the committed generation, naming each output and its SHA-256;
- ``gen-000008/``: that generation's outputs, complete;
- ``new-<pid>-<hex>/``: a generation being written (the next build removes a killed one's).

The files users see (``graphs/news.ttl``, ``graphs/news.facts.jsonl.gz``, ``graphs/news.html``)
are hard links to the committed generation's files (copies where the file system has none).

A build writes every output into ``new-*``. It commits in one step: the folder is renamed to
the next generation, then ``manifest.json`` is replaced (that rename is the commit). Then it
publishes, replacing each visible name by a link to the new file. A build killed before the
commit changed nothing users see; one killed while publishing left a mixed set, which
readers notice (the visible file is not the committed one) and read past, and which the
next build of the same outputs publishes again. Ctrl-C and SIGTERM wait while a build
commits and publishes, which takes milliseconds, so that the interrupt message is true.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import secrets
import shutil
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from textkg.atomic import TMP_PREFIX, remove_stale_temporaries, write_bytes_atomically
from textkg.errors import TextkgError
from textkg.locks import OutputLock

log = logging.getLogger("textkg.outputs")

MANIFEST_FORMAT = 1
FACTS_SUFFIX = ".facts.jsonl.gz"


# ---------------------------------------------------------------------------- where


def checked_output(path: str | Path, *, mkdir: bool = False) -> Path:
    """``path`` if its folder exists; with ``mkdir`` the folder is created first."""
    target = Path(path)
    parent = target.parent
    if target.is_dir():
        raise TextkgError(f"{target}: is a folder; give a file name")
    if parent.is_dir():
        return target
    if parent.exists():
        raise TextkgError(f"{target}: {parent} is not a folder")
    if not mkdir:
        raise TextkgError(f"{target}: folder {parent} does not exist (create it, or pass --mkdir)")
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        reason = exc.strerror or exc
        raise TextkgError(f"{target}: cannot create folder {parent}: {reason}") from exc
    return target


# ---------------------------------------------------------------------------- the set


def graph_stem(name: str) -> str:
    """``news`` for ``news.ttl``, ``news.html`` and ``news.facts.jsonl.gz``."""
    if name.endswith(FACTS_SUFFIX):
        return name[: -len(FACTS_SUFFIX)]
    return Path(name).stem


def state_dir(path: str | Path) -> Path:
    """The hidden folder holding the lock, manifest and generations of an output set."""
    target = Path(path)
    return target.parent / f".{graph_stem(target.name)}.textkg"


@dataclass(frozen=True)
class Manifest:
    generation: int
    #: Output name → SHA-256 of the file (``"folder"`` for a folder output).
    files: dict[str, str]

    def folder(self, state: Path) -> Path:
        return state / f"gen-{self.generation:06d}"


def read_manifest(state: Path) -> Manifest | None:
    """The committed generation, or None when there is none (or it cannot be read)."""
    path = state / "manifest.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("textkg_outputs") != MANIFEST_FORMAT:
            raise ValueError(f"not format {MANIFEST_FORMAT}")
        manifest = Manifest(int(data["generation"]), dict(data["files"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError, KeyError, AttributeError) as exc:
        log.warning("%s: unreadable output manifest (%s); using the files as they are", path, exc)
        return None
    return manifest


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _is_published(visible: Path, committed: Path, digest: str) -> bool:
    """Is the visible output the committed one? (Same file, else same bytes.)"""
    try:
        if os.path.samefile(visible, committed):
            return True
        if digest == "folder" or visible.is_dir():
            return False
        return _sha256(visible) == digest
    except OSError:
        return False


def mixed_outputs(state: Path, manifest: Manifest) -> list[str]:
    """The committed outputs whose visible file is not the committed one."""
    folder = manifest.folder(state)
    return [
        name
        for name, digest in sorted(manifest.files.items())
        if not _is_published(state.parent / name, folder / name, digest)
    ]


def readable_output(path: str | Path) -> Path:
    """The file to read for the output at ``path``: itself, unless a killed build left the
    visible outputs a mixed set; then the committed one (and a warning says so)."""
    target = Path(path)
    state = state_dir(target)
    manifest = read_manifest(state) if state.is_dir() else None
    if manifest is None or target.name not in manifest.files:
        return target
    committed = manifest.folder(state) / target.name
    if not target.exists() or _is_published(target, committed, manifest.files[target.name]):
        return target
    log.warning(
        "%s: the outputs beside it are a mixed set (a build was stopped while replacing "
        "them, or a file was changed since); reading the last complete build "
        "(generation %d) instead",
        target,
        manifest.generation,
    )
    return committed


def output_filter(own: Iterable[str | Path] = ()) -> Callable[[str], str | None]:
    """A test telling which files are textkg outputs, so that a build never reads them as
    articles: ``own`` (this build's), those a manifest names and what is inside a folder
    output a manifest names, build states, and graphs, views and stores beside a build
    state."""
    own_paths = {os.path.abspath(p) for p in own}
    manifests: dict[str, set[str]] = {}
    inside: dict[str, bool] = {}

    def named_in_manifests(folder: Path) -> set[str]:
        key = str(folder)
        if key not in manifests:
            names: set[str] = set()
            with contextlib.suppress(OSError):
                for state in folder.glob(".*.textkg"):
                    found = read_manifest(state)
                    names.update(found.files if found else ())
            manifests[key] = names
        return manifests[key]

    def beside_build_state(path: Path, suffixes: tuple[str, ...]) -> bool:
        """``news.ttl``, ``news.html``, ``news.store/`` beside ``news.facts.jsonl.gz``: the
        outputs of a build from before output manifests."""
        return path.suffix in suffixes and (path.parent / f"{path.stem}{FACTS_SUFFIX}").exists()

    def in_folder_output(folder: Path) -> bool:
        key = str(folder)
        if key not in inside:
            parent = folder.parent
            inside[key] = parent != folder and (
                folder.name in named_in_manifests(parent)
                or beside_build_state(folder, (".store",))
                or in_folder_output(parent)
            )
        return inside[key]

    def reason(path: str) -> str | None:
        target = Path(path)
        name = target.name
        if (
            path in own_paths
            or name in named_in_manifests(target.parent)
            or in_folder_output(target.parent)
            or name.endswith(FACTS_SUFFIX)
            or beside_build_state(target, (".ttl", ".html"))
        ):
            return "an output of textkg, not an article"
        return None

    return reason


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM back for a moment; they act once the block is done."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = {
        number: signal.signal(number, lambda signum, frame: caught.append(signum))
        for number in (signal.SIGINT, signal.SIGTERM)
    }
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        if caught:
            signal.raise_signal(caught[0])


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every system can open a folder
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


class OutputSet:
    """The outputs of one build of ``graph``: staged, then committed together.

    Use as a context manager: entering takes the lock (see textkg.locks; ``wait`` waits for
    another build instead of failing) and tidies up after a killed build; leaving without
    ``commit()`` discards what was staged and leaves the earlier outputs as they were.
    """

    def __init__(
        self,
        graph: str | Path,
        *,
        wait: bool = False,
        on_wait: Callable[[str], None] | None = None,
    ) -> None:
        self.graph = Path(graph)
        self.folder = self.graph.parent
        self.state = state_dir(self.graph)
        self.lock = OutputLock(self.state / "lock", str(self.graph), wait=wait, on_wait=on_wait)
        self.names: list[str] = []
        self.staging: Path | None = None
        #: "untouched" until the commit, "committed" once it is made, "published" when every
        #: visible output is the new one.
        self.phase = "untouched"
        self.existing: list[Path] = []

    # ------------------------------------------------------------------ lifecycle

    def __enter__(self) -> OutputSet:
        self.lock.acquire()
        try:
            self._recover()
        except BaseException:
            self.lock.release()
            raise
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        try:
            if self.staging is not None and self.staging.exists():
                _remove(self.staging)
        finally:
            self.lock.release()

    def _recover(self) -> None:
        """Remove what a killed build left, and finish publishing what it committed."""
        with contextlib.suppress(OSError):
            for pattern in ("new-*", "old-*"):
                for leftover in self.state.glob(pattern):
                    _remove(leftover)
        manifest = read_manifest(self.state)
        names = self._default_names()
        names += sorted(set(manifest.files if manifest else ()) - set(names))
        for name in names:
            remove_stale_temporaries(self.folder / name, unnumbered=True)
            # a store refreshed by a reader leaves the link it moved aside (see textkg.store)
            for moved in self.folder.glob(f".textkg-old-{_glob_escape(name)}.*"):
                if moved.is_symlink():
                    moved.unlink(missing_ok=True)
        if manifest is not None:
            mixed = mixed_outputs(self.state, manifest)
            if mixed:
                log.warning(
                    "%s: %s not what the last complete build wrote (a build was stopped "
                    "while replacing the outputs, or a file was changed since); putting back "
                    "that build (generation %d)",
                    self.graph,
                    ", ".join(mixed) + (" is" if len(mixed) == 1 else " are"),
                    manifest.generation,
                )
                with _signals_held():
                    self._publish(manifest)
            self._retire(manifest)
        self.existing = [self.folder / n for n in names if (self.folder / n).exists()]

    # ------------------------------------------------------------------ staging

    def _staging(self) -> Path:
        if self.staging is None:
            self.staging = self.state / f"new-{os.getpid()}-{secrets.token_hex(4)}"
            try:
                self.staging.mkdir(parents=True)
            except OSError as exc:
                raise TextkgError(f"{self.graph}: cannot write: {exc.strerror or exc}") from exc
        return self.staging

    def staged(self, name: str) -> Path:
        """Where to write the output ``name`` (a file beside the graph once committed)."""
        if name not in self.names:
            self.names.append(name)
        return self._staging() / name

    def staged_folder(self, name: str) -> Path:
        """Where to write a folder output ``name`` (e.g. a store); it is created empty and
        is published beside the graph as a symbolic link to the committed generation."""
        probe = self.folder / f"{TMP_PREFIX}{name}.{os.getpid()}.link"
        try:
            os.symlink(self.state.name, probe)
        except OSError as exc:  # Windows without the right, some network file systems
            raise TextkgError(
                f"{self.folder / name}: cannot publish it ({self.folder} takes no symbolic "
                f"links: {exc.strerror or exc}); build with --no-store"
            ) from exc
        probe.unlink()
        path = self.staged(name)
        path.mkdir(exist_ok=True)
        return path

    def private_folder(self, name: str) -> Path:
        """A folder kept with this build's generation, never published beside the graph
        (e.g. what a later update reuses); see :meth:`committed_folder`."""
        path = self._staging() / name
        path.mkdir(exist_ok=True)
        return path

    def committed_folder(self, name: str) -> Path | None:
        """The committed generation's folder ``name`` (of :meth:`private_folder`), if any."""
        manifest = read_manifest(self.state)
        folder = None if manifest is None else manifest.folder(self.state) / name
        return folder if folder is not None and folder.is_dir() else None

    @property
    def paths(self) -> list[Path]:
        """Every output this set writes, as users see it (the graph, its build state and its
        view first)."""
        first = self._default_names()
        names = [n for n in first if n in self.names] + sorted(set(self.names) - set(first))
        return [self.folder / name for name in names]

    def _default_names(self) -> list[str]:
        return [
            self.graph.name,
            f"{graph_stem(self.graph.name)}{FACTS_SUFFIX}",
            self.graph.with_suffix(".html").name,
        ]

    # ------------------------------------------------------------------ commit

    def commit(self) -> None:
        """Make the staged outputs the current ones, all together."""
        staging = self._staging()
        missing = [n for n in self.names if not (staging / n).exists()]
        if missing:
            raise ValueError(f"outputs staged but not written: {', '.join(missing)}")
        manifest = Manifest(
            generation=self._next_generation(read_manifest(self.state)),
            files={
                n: "folder" if (staging / n).is_dir() else _sha256(staging / n) for n in self.names
            },
        )
        with _signals_held():
            try:
                _fsync_dir(staging)
                os.rename(staging, manifest.folder(self.state))
                self.staging = None
                data = {
                    "textkg_outputs": MANIFEST_FORMAT,
                    "graph": self.graph.name,
                    "generation": manifest.generation,
                    "files": manifest.files,
                }
                text = json.dumps(data, indent=1, sort_keys=True) + "\n"
                write_bytes_atomically(self.state / "manifest.json", text.encode("utf-8"))
                _fsync_dir(self.state)
            except OSError as exc:
                raise TextkgError(
                    f"{self.graph}: cannot write: {exc.strerror or exc}; "
                    "the earlier outputs are as they were"
                ) from exc
            self.phase = "committed"
            self._publish(manifest)
            self.phase = "published"
        self._retire(manifest)

    def _next_generation(self, previous: Manifest | None) -> int:
        numbers = [previous.generation] if previous else []
        with contextlib.suppress(OSError, ValueError):
            numbers += [int(p.name[4:]) for p in self.state.glob("gen-*")]
        return max(numbers, default=0) + 1

    def _publish(self, manifest: Manifest) -> None:
        """Point every visible name at the committed generation's output."""
        folder = manifest.folder(self.state)
        for name in sorted(manifest.files):
            try:
                _publish_one(folder / name, self.folder / name, self.state)
            except OSError as exc:
                raise TextkgError(
                    f"{self.folder / name}: cannot replace it: {exc.strerror or exc}; the "
                    f"build is complete in {folder} and the next build of {self.graph} "
                    "puts it in place"
                ) from exc
        _fsync_dir(self.folder)

    def _retire(self, manifest: Manifest) -> None:
        """Remove the generations before the committed one (open files stay readable)."""
        keep = manifest.folder(self.state).name
        with contextlib.suppress(OSError):
            for old in self.state.glob("gen-*"):
                if old.name != keep:
                    _remove(old)

    # ------------------------------------------------------------------ messages

    def interrupted_message(self) -> str:
        """What a stop left, truthfully (see ``phase``)."""
        if self.phase == "published":
            return (
                f"interrupted after the outputs were replaced: {_names(self.paths)} "
                "are this build's"
            )
        if self.phase == "committed":
            return (
                f"interrupted while the outputs were replaced: the build is complete and "
                f"the next build of {self.graph} finishes putting it in place"
            )
        if not self.existing:
            return "interrupted before any output was written"
        return (
            f"interrupted before the outputs were replaced: {_names(self.existing)} "
            f"{'is' if len(self.existing) == 1 else 'are'} as before"
        )


def _names(paths: list[Path]) -> str:
    shown = [str(p) for p in paths]
    if len(shown) <= 1:
        return "".join(shown)
    return ", ".join(shown[:-1]) + " and " + shown[-1]


def _glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


def _publish_one(committed: Path, visible: Path, state: Path) -> None:
    """Replace ``visible`` by ``committed`` in one rename (a link, or a copy if no link can
    be made; a symbolic link for a folder)."""
    temporary = visible.parent / f"{TMP_PREFIX}{visible.name}.{os.getpid()}.{secrets.token_hex(4)}"
    if committed.is_dir():
        os.symlink(os.path.relpath(committed, visible.parent), temporary)
        if visible.is_dir() and not visible.is_symlink():
            # a real folder cannot be replaced in one rename: move it out of the way first
            os.rename(visible, state / f"old-{visible.name}-{secrets.token_hex(4)}")
    else:
        try:
            os.link(committed, temporary)
        except OSError:
            shutil.copyfile(committed, temporary)
            with open(temporary, "rb+") as handle:
                os.fsync(handle.fileno())
    try:
        os.replace(temporary, visible)
    except BaseException:
        _remove(temporary)
        raise
