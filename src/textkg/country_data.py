"""The country table that ships with the ``country_converter`` package, read once.

:mod:`textkg.countries` builds the one country index of both stages from it and textkg's
alias data. It is read directly because the package's converter class needs a pandas
version we do not pin.
"""

from __future__ import annotations

import csv
import importlib.util
import io
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


@dataclass(frozen=True)
class CountryRow:
    code: str  # ISO alpha-3
    name_short: str  # without the table's " (former)"
    name_official: str
    regex: str  # the table's pattern for the names it knows
    iso2: tuple[str, ...]


def _package_file(package: str, name: str) -> Path:
    """A data file of an installed package, found without importing the package (importing
    country_converter imports pandas, a second of a build's start)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(package)
    return Path(next(iter(spec.submodule_search_locations))) / name


@lru_cache(maxsize=1)
def country_rows() -> tuple[CountryRow, ...]:
    """The table's countries; empty if the package is missing (then only our own data counts)."""
    try:
        text = _package_file("country_converter", "country_data.tsv").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):  # pragma: no cover
        return ()
    rows = []
    for row in csv.DictReader(io.StringIO(text), delimiter="\t"):
        code = (row.get("ISO3") or "").strip()
        if not re.fullmatch(r"[A-Z0-9]{3}", code):
            continue
        rows.append(
            CountryRow(
                code=code,
                name_short=re.sub(r"\s*\(former\)$", "", (row.get("name_short") or "").strip()),
                name_official=(row.get("name_official") or "").strip(),
                regex=(row.get("regex") or "").strip(),
                iso2=tuple(re.findall(r"[A-Z]{2}", row.get("ISO2") or "")),
            )
        )
    return tuple(rows)
