"""Dates as news writes them, resolved against the article's publication date.

"Mar. 25-27" takes its year from the publication date; "Sept. 13 last year" the year before;
"the 25th to the 27th" its month too; "last Thursday" is counted back from the publication
day. Without a publication date only a date that states its year resolves; everything else
is kept as written (``tk:dateText``).
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta

from textkg.months import MONTH_PATTERN, MONTHS, WEEKDAYS
from textkg.records import DatePrecision

_MONTH = MONTH_PATTERN
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_SEP = r"\s*(?:-|–|—|to|through|until|till|and)\s*"
_YEAR = r"(?:,?\s*(\d{4}))?"
_RELATIVE_YEAR = r"(?:\s+(last|this|next)\s+year)?"

MONTH_DAY = re.compile(
    rf"^(?:on\s+|from\s+)?({_MONTH})\s+{_DAY}(?:{_SEP}(?:({_MONTH})\s+)?{_DAY})?{_YEAR}{_RELATIVE_YEAR}$",
    re.IGNORECASE,
)
DAY_MONTH = re.compile(
    rf"^(?:on\s+|from\s+)?{_DAY}(?:{_SEP}{_DAY})?\s+(?:of\s+)?({_MONTH}){_YEAR}{_RELATIVE_YEAR}$",
    re.IGNORECASE,
)
DAY_ONLY = re.compile(
    rf"^(?:on\s+|from\s+)?(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)(?:{_SEP}(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th))?$",
    re.IGNORECASE,
)
WEEKDAY = re.compile(
    r"^(?:on\s+)?(last|this|next|past)?\s*(" + "|".join(WEEKDAYS) + r")$", re.IGNORECASE
)
RELATIVE_DAY = re.compile(r"^(yesterday|today|the day before yesterday)$", re.IGNORECASE)

#: A month and day without a year that would fall this long after publication is last year's.
_FUTURE_SLACK = timedelta(days=180)


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _safe(year: int, month: int, day: int) -> date | None:
    if not 1 <= month <= 12 or not 1 <= day <= monthrange(year, month)[1]:
        return None
    return date(year, month, day)


def _range(start: date | None, end: date | None) -> tuple[date, date] | None:
    if start is None or end is None:
        return None
    if end < start:
        shifted = _safe(end.year + 1, end.month, end.day)
        if shifted is None:
            return None
        end = shifted
    return start, end


def _year(explicit: str | None, relative: str | None, published: date | None) -> int | None:
    if explicit:
        return int(explicit)
    if published is None:
        return None
    offset = {"last": -1, "next": 1}.get((relative or "").lower(), 0)
    return published.year + offset


def resolve_date(text: str, published: date | None) -> tuple[date, date] | None:
    """(start, end) of a date expression, or None when it cannot be pinned to days."""
    words = " ".join(text.replace("’", "'").split()).strip(" ,.")
    words = re.sub(r"^(?:the\s+)?(?=\d)", "", words) if not DAY_ONLY.match(words) else words
    found = MONTH_DAY.match(words)
    if found:
        month1, day1, month2, day2, year, relative = found.groups()
        y = _year(year, relative, published)
        if y is None:
            return None
        start = _safe(y, _month(month1), int(day1))
        end = _safe(y, _month(month2 or month1), int(day2 or day1))
        return _settle(_range(start, end), year or relative, published)
    found = DAY_MONTH.match(words)
    if found:
        day1, day2, month, year, relative = found.groups()
        y = _year(year, relative, published)
        if y is None:
            return None
        start = _safe(y, _month(month), int(day1))
        end = _safe(y, _month(month), int(day2 or day1))
        return _settle(_range(start, end), year or relative, published)
    if published is None:
        return None
    found = DAY_ONLY.match(words)
    if found:
        day1, day2 = int(found.group(1)), int(found.group(2) or found.group(1))
        year, month = published.year, published.month
        if day1 > published.day:  # "the 25th" in an article of the 3rd: last month's
            month -= 1
            if month == 0:
                year, month = year - 1, 12
        return _range(_safe(year, month, day1), _safe(year, month, day2))
    found = WEEKDAY.match(words)
    if found:
        which, name = found.groups()
        back = (published.weekday() - WEEKDAYS[name.lower()]) % 7
        if which and which.lower() in ("last", "past") and back == 0:
            back = 7
        if which and which.lower() == "next":
            ahead = (WEEKDAYS[name.lower()] - published.weekday()) % 7 or 7
            day = published + timedelta(days=ahead)
        else:
            day = published - timedelta(days=back)
        return day, day
    found = RELATIVE_DAY.match(words)
    if found:
        offset = {"yesterday": 1, "today": 0, "the day before yesterday": 2}[found.group(1).lower()]
        day = published - timedelta(days=offset)
        return day, day
    return None


def _settle(
    found: tuple[date, date] | None, stated: str | None, published: date | None
) -> tuple[date, date] | None:
    """A yearless date far after publication meant last year ("Dec. 28" in a January paper)."""
    if found is None or stated or published is None:
        return found
    start, end = found
    if start > published + _FUTURE_SLACK:
        earlier = _range(
            _safe(start.year - 1, start.month, start.day), _safe(end.year - 1, end.month, end.day)
        )
        return earlier or found
    return found


# ---------------------------------------------------------------------------- stated dates
# A date of a life or of a founding, as encyclopedias write it: to the day ("4 May 1961",
# "May 4, 1961"), the month ("March 1998") or the year ("1961"). Its year is always written;
# nothing is resolved against the publication date.

_STATED_DAY = re.compile(
    rf"(?:{_DAY}\s+(?:of\s+)?(?P<m1>{_MONTH})\s*,?|(?P<m2>{_MONTH})\s+{_DAY}\s*,?)\s+(?P<y>\d{{4}})"
    r"(?![\d\w])",
    re.IGNORECASE,
)
_STATED_MONTH = re.compile(
    rf"(?P<m>{_MONTH}),?\s+(?:of\s+)?(?P<y>\d{{4}})(?![\d\w])", re.IGNORECASE
)
_STATED_YEAR = re.compile(r"(?P<y>\d{4})(?![\d\w])")
#: The earliest year read as a date (so "founded 120 schools" or "in 200 places" is none).
_FIRST_YEAR = 1000


@dataclass(frozen=True)
class StatedDate:
    """A date as written at ``start``:``end`` of a text, with the parts it states."""

    text: str
    value: date
    precision: DatePrecision
    start: int
    end: int


def stated_date(text: str, pos: int = 0) -> StatedDate | None:
    """The date written at ``text[pos:]`` (a day, a month or a year; never a decade, an age
    or a number of things), or None."""
    found = _STATED_DAY.match(text, pos)
    if found and _capitalised(found.group("m1") or found.group("m2")):
        days = resolve_date(re.sub(r"\s+,", ",", found.group(0)), None)
        if days is None or int(found.group("y")) < _FIRST_YEAR:
            return None
        return StatedDate(found.group(0), days[0], DatePrecision.DAY, found.start(), found.end())
    found = _STATED_MONTH.match(text, pos)
    if found and _capitalised(found.group("m")):
        year = int(found.group("y"))
        if year < _FIRST_YEAR:
            return None
        value = date(year, _month(found.group("m")), 1)
        return StatedDate(found.group(0), value, DatePrecision.MONTH, found.start(), found.end())
    found = _STATED_YEAR.match(text, pos)
    if found and int(found.group("y")) >= _FIRST_YEAR:
        value = date(int(found.group("y")), 1, 1)
        return StatedDate(found.group(0), value, DatePrecision.YEAR, found.start(), found.end())
    return None


def _capitalised(month: str) -> bool:
    """ "May" is a month; "may" is a verb."""
    return month[:1].isupper()
