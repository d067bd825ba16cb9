"""The country table that ships with the ``country_converter`` package, read once.

:mod:`textkg.countries` builds the one country index of both stages from it and textkg's
alias data. It is read directly because the package's converter class needs a pandas
version we do not pin.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class CountryRow:
    code: str  # ISO alpha-3
    name_short: str  # without the table's " (former)"
    name_official: str
    regex: str  # the table's pattern for the names it knows
    iso2: tuple[str, ...]


@lru_cache(maxsize=1)
def country_rows() -> tuple[CountryRow, ...]:
    """The table's countries; empty if the package is missing (then only our own data counts)."""
    try:
        text = resources.files("country_converter").joinpath("country_data.tsv").read_text("utf-8")
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
