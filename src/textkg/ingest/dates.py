"""Dates written in page metadata lines: ISO dates, "March 5, 2024", "5 March 2024"."""

from __future__ import annotations

import datetime
import re

from textkg.ingest.textstats import wordset
from textkg.months import MONTH_PATTERN, MONTHS

_MONTH = MONTH_PATTERN
_ISO_DATE_RE = re.compile(
    r"\b(?P<y>(?:19|20)\d{2})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)"
    r"(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?"
)
_MDY_RE = re.compile(
    rf"\b(?P<mon>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{{2}})\b",
    re.IGNORECASE,
)
_DMY_RE = re.compile(
    rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>{_MONTH}),?\s+(?P<y>(?:19|20)\d{{2}})\b",
    re.IGNORECASE,
)
_TIME_RE = re.compile(
    r"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*\(?(?:[A-Z]{2,5}|UTC|GMT)"
    r"(?:[+-]\d{1,2}(?::?\d{2})?)?\)?)?",
    re.IGNORECASE,
)
_DATE_LABELS = wordset(
    """published publish posted updated update modified last date on at dated first
    monday tuesday wednesday thursday friday saturday sunday
    mon tue tues wed thu thur thurs fri sat sun ago"""
)
_UPDATE_RE = re.compile(r"\b(?:updated?|modified|last edited)\b", re.IGNORECASE)


def _make_date(year: str, month: int, day: str) -> datetime.date | None:
    try:
        return datetime.date(int(year), month, int(day))
    except ValueError:
        return None


def find_date(text: str) -> tuple[datetime.date, re.Match[str]] | None:
    """The first full date (with a year) written in the text, and where it is."""
    found: list[tuple[int, datetime.date, re.Match[str]]] = []
    for match in _ISO_DATE_RE.finditer(text):
        value = _make_date(match["y"], int(match["m"]), match["d"])
        if value:
            found.append((match.start(), value, match))
            break
    for pattern in (_MDY_RE, _DMY_RE):
        for match in pattern.finditer(text):
            month = MONTHS[match["mon"].rstrip(".").casefold()]
            value = _make_date(match["y"], month, match["d"])
            if value:
                found.append((match.start(), value, match))
                break
    if not found:
        return None
    _, value, match = min(found, key=lambda item: item[0])
    return value, match


def parse_date(value: object) -> datetime.date | None:
    """A date from a metadata field: a date object, an ISO string or a written date."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        hit = find_date(value)
        return hit[0] if hit else None
    return None
