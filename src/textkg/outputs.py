"""Where outputs may go: a file named by the user needs an existing folder, so a typo in a
path never creates folders somewhere unexpected (at the filesystem root, say)."""

from __future__ import annotations

from pathlib import Path

from textkg.errors import TextkgError


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
