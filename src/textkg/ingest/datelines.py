"""Wire datelines: "SEOUL, March 5 (Reuters) - ..." opening an article's first paragraph,
read for the town the story was filed from, its date and the agency."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from textkg.countries import packaged_country_index
from textkg.ingest.dates import _MONTH, parse_date

#: Small words inside a region's name after the town ("Bosnia and Herzegovina", "Isle of Man").
_REGION_JOINS = "(?:and|of|de|del|do|da|du|la|le|el)"
#: Capitals and letters of the Latin alphabets with accents ("BRASÍLIA", "GDAŃSK", "Liège"):
#: the town is checked to be written in capitals after the match.
_UP = "A-ZÀ-ÖØ-Þ\u0100-\u024f"
_LOW = "a-zß-öø-ÿ\u0100-\u024f"
_DATELINE_UPPER_RE = re.compile(
    rf"^(?P<place>[{_UP}][{_UP}.'’\-]+(?: [{_UP}][{_UP}.'’\-]+){{0,3}}"
    rf"(?:,\s*[{_UP}][{_UP}{_LOW}.'’\-]+"
    rf"(?: (?:{_REGION_JOINS} )?[{_UP}][{_UP}{_LOW}.'’\-]+){{0,3}})?)"
    rf"(?:,\s*(?P<date>(?i:{_MONTH})\s+\d{{1,2}}"
    r"(?:,\s*\d{4})?))?"
    r"\s*(?:\((?P<agency>[A-Za-z][\w .&/-]{0,30})\))?\s*(?:[—–]|--?)\s*(?=[A-Z“\"‘'])"
)
_DATELINE_TITLE_RE = re.compile(
    rf"^(?P<place>[A-Z][{_LOW}]+(?: [A-Z][{_LOW}]+){{0,2}})"
    rf"(?:,\s*(?P<date>(?i:{_MONTH})\s+\d{{1,2}}"
    r"(?:,\s*\d{4})?))?\s*(?:\((?P<agency>[A-Za-z][\w .&/-]{0,30})\))?"
    r"\s*(?:[—–]|--?)\s*(?=[A-Z“\"‘'])"
)


@dataclass(frozen=True)
class Dateline:
    place: str | None
    rest: str
    date: datetime.date | None
    agency: str | None


def dateline(text: str) -> Dateline | None:
    """ "SEOUL, March 5 (Reuters) - ..." at the start of the first paragraph."""
    match = _DATELINE_UPPER_RE.match(text)
    if match is not None and not match["place"].split(",")[0].isupper():
        match = None  # "Édith said -": accented letters of both cases, no town in capitals
    if match is None:
        match = _DATELINE_TITLE_RE.match(text)
        if match is None or not (match["date"] or match["agency"]):
            return None
    if match["place"] and len(match["place"]) < 2:
        return None
    if _two_countries(match["place"]):
        return None  # "KYIV, Ukraine and Russia - ...": a list, no region of the town
    date = parse_date(match["date"]) if match["date"] else None
    place = " ".join(match["place"].split()) if match["place"] else None
    return Dateline(place, text[match.end() :], date, match["agency"])


def _two_countries(place: str) -> bool:
    """Whether the region after the town is two countries joined by "and"."""
    region = place.split(",", 1)[1] if "," in place else ""
    if " and " not in region:
        return False
    index = packaged_country_index()
    if index.code_for_name(region.strip()):
        return False  # "Bosnia and Herzegovina": one country
    codes = [index.code_for_name(part.strip()) for part in region.split(" and ", 1)]
    return all(codes) and codes[0] != codes[1]
