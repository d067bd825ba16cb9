"""Atomic output: write beside the target, then rename, so a failed run never leaves half a file."""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from textkg.errors import TextkgError

#: Temporary files are named ``.textkg-tmp-<target name>.<pid>.<random>``, so that a later
#: write of the same target can tell those of a killed process from a running one's.
TMP_PREFIX = ".textkg-tmp-"


@contextmanager
def atomic_output(path: str | Path) -> Iterator[BinaryIO]:
    """Yield a binary file that replaces ``path`` only if the block finishes without error."""
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temporaries(target)
        fd, tmp_name = tempfile.mkstemp(
            prefix=f"{TMP_PREFIX}{target.name}.{os.getpid()}.", dir=target.parent
        )
    except OSError as exc:
        raise TextkgError(f"{target}: cannot write output: {exc.strerror or exc}") from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def remove_stale_temporaries(target: Path, *, unnumbered: bool = False) -> None:
    """Remove the temporary files (and folders) of ``target`` that processes no longer
    running left; with ``unnumbered``, also those named without a process id (as textkg
    0.1 named them), which only the holder of the output's lock may do."""
    prefix = f"{TMP_PREFIX}{target.name}."
    try:
        names = [n for n in os.listdir(target.parent) if n.startswith(prefix)]
    except OSError:
        return
    for name in names:
        pid = name[len(prefix) :].split(".", 1)[0]
        stale = not process_running(int(pid)) if pid.isdigit() else unnumbered
        if stale:
            path = target.parent / name
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path, ignore_errors=True)
            else:
                with contextlib.suppress(OSError):
                    path.unlink()


def process_running(pid: int) -> bool:
    """Whether a process of this number is alive (this one always is; on Windows, where
    signal 0 would stop it, every one is taken for alive)."""
    if pid == os.getpid() or sys.platform == "win32":  # there os.kill(pid, 0) is Ctrl-C
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def write_bytes_atomically(path: str | Path, data: bytes) -> None:
    with atomic_output(path) as handle:
        handle.write(data)


def write_text_atomically(path: str | Path, text: str) -> None:
    write_bytes_atomically(path, text.encode("utf-8"))


def write_atomically_with(path: str | Path, writer: Callable[[BinaryIO], None]) -> None:
    """For serialisers that want a file object (rdflib, networkx)."""
    with atomic_output(path) as handle:
        writer(handle)
