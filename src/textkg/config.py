"""The options a user repeats, read once from a configuration file.

``textkg.toml`` in the working folder, or else the ``[tool.textkg]`` table of its
``pyproject.toml``. Options given on the command line win. Relative paths in the file are
relative to the file's folder, so a project's config works from any shell.

.. code-block:: toml

    model = "en_core_web_sm"          # spaCy package or pipeline folder
    tuned_ner = false
    base = "https://example.org/kg/"  # base IRI of the graph's nodes
    aliases = "aliases.yaml"          # alias file for build and explain
    output_dir = "graphs"             # where build writes NAME.ttl when -o is not given
    jobs = 2
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from textkg.errors import TextkgError

CONFIG_FILE = "textkg.toml"
PYPROJECT = "pyproject.toml"


class ConfigError(TextkgError):
    """A configuration file that does not parse or holds an unknown key or a wrong type."""

    exit_code = 2


@dataclass(frozen=True)
class Config:
    """Settings from the file (None: not set there). ``path`` is the file they came from."""

    path: Path | None = None
    model: str | None = None
    tuned_ner: bool | None = None
    base: str | None = None
    aliases: str | None = None
    output_dir: str | None = None
    jobs: int | None = None

    def settings(self) -> dict[str, Any]:
        """The keys the file set, by option name."""
        return {
            f.name: getattr(self, f.name)
            for f in fields(self)
            if f.name != "path" and getattr(self, f.name) is not None
        }


#: Each key with its type and whether it is a path (resolved against the file's folder).
_KEYS: dict[str, tuple[type, bool]] = {
    "model": (str, False),
    "tuned_ner": (bool, False),
    "base": (str, False),
    "aliases": (str, True),
    "output_dir": (str, True),
    "jobs": (int, False),
}


def find_config(folder: str | Path | None = None) -> Config:
    """The configuration of ``folder`` (default: the working folder); empty when none."""
    where = Path(folder) if folder is not None else Path()
    own = where / CONFIG_FILE
    if own.is_file():
        return parse_config(own, _read_toml(own))
    pyproject = where / PYPROJECT
    if pyproject.is_file():
        table = _read_toml(pyproject).get("tool", {}).get("textkg")
        if table is not None:
            if not isinstance(table, dict):
                raise ConfigError(f"{pyproject}: [tool.textkg] must be a table")
            return parse_config(pyproject, table, prefix="tool.textkg.")
    return Config()


def parse_config(path: Path, table: dict[str, Any], prefix: str = "") -> Config:
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key not in _KEYS:
            raise ConfigError(f"{path}: unknown key {prefix}{key!r} (known: {', '.join(_KEYS)})")
        kind, is_path = _KEYS[key]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise ConfigError(
                f"{path}: key {prefix}{key!r} must be {_TYPE_WORDS[kind]}, not {value!r}"
            )
        if isinstance(value, int) and not isinstance(value, bool) and value < 1:
            raise ConfigError(f"{path}: key {prefix}{key!r} must be at least 1, not {value}")
        values[key] = str(path.parent / str(value)) if is_path else value
    return Config(path=path, **values)


_TYPE_WORDS = {str: "a string", bool: "true or false", int: "a whole number"}


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from exc
