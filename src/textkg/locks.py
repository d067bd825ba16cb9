"""One writer at a time per output set: an advisory lock on a file beside the outputs.

The lock is ``flock`` (``msvcrt.locking`` on Windows) on an open file, so the system releases
it when its holder dies, however it dies: a killed build never leaves a stale lock behind.
The holder writes its process id into the file, so that a second build can say who holds it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from textkg.errors import OutputLockedError, TextkgError


class OutputLock:
    """Hold the lock at ``path`` for a ``with`` block.

    Without ``wait`` a lock held elsewhere is a one-line OutputLockedError; with it,
    ``on_wait(message)`` is told once and the lock is waited for.
    """

    def __init__(
        self,
        path: str | Path,
        what: str,
        *,
        wait: bool = False,
        on_wait: Callable[[str], None] | None = None,
    ) -> None:
        self.path = Path(path)
        self.what = what
        self.wait = wait
        self.on_wait = on_wait
        self._fd: int | None = None

    def __enter__(self) -> OutputLock:
        self.acquire()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release()

    def acquire(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise TextkgError(f"{self.what}: cannot lock it: {exc.strerror or exc}") from exc
        try:
            if not _try_lock(fd):
                holder = _holder(fd)
                if not self.wait:
                    raise OutputLockedError(
                        f"{self.what}: another textkg build{holder} is writing it; "
                        "run again when that one has finished, or add --wait"
                    )
                if self.on_wait is not None:
                    self.on_wait(f"waiting for another textkg build{holder} writing {self.what}")
                _lock(fd)
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            os.ftruncate(fd, 0)
            _unlock(fd)
        finally:
            os.close(fd)


def _holder(fd: int) -> str:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        text = os.read(fd, 32).decode("ascii").strip()
    except (OSError, UnicodeDecodeError):
        return ""
    return f" (process {text})" if text.isdigit() else ""


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _lock(fd: int) -> None:
        while not _try_lock(fd):
            import time

            time.sleep(0.2)

    def _unlock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
