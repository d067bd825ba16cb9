"""Countries by every common name, code and adjective: the one country index of both stages.

The names, official names, codes and matching patterns come from the country_converter
package's data file (``textkg.country_data``); the adjectives ("North Korean"), extra names
("DPRK", "Britain"), former countries and label overrides come from textkg's editable alias
data (``ontology/aliases.yaml``, section ``countries``, by ISO alpha-3 code). Extraction
reads :func:`packaged_country_index`; resolution the same data with a user's alias file on
top.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from textkg import yamltext
from textkg.country_data import country_rows
from textkg.names import clean_name, fold, norm_key

PACKAGED_ALIASES = "ontology/aliases.yaml"


@dataclass(frozen=True)
class CountryRecord:
    code: str
    label: str
    names: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()


class CountryIndex:
    """Look-ups from a written name or adjective to an ISO alpha-3 code and a label."""

    def __init__(
        self,
        extra: Mapping[str, CountryRecord],
        ambiguous_names: Iterable[str] = (),
        ambiguous_adjectives: Iterable[str] = (),
    ) -> None:
        self.labels: dict[str, str] = {}
        self._names: dict[str, str] = {}
        self._codes: dict[str, str] = {}
        self._adjectives: dict[str, str] = {}
        self._regexes: list[tuple[re.Pattern[str], str]] = []
        self._ambiguous = {norm_key(n) for n in ambiguous_names}
        self._ambiguous_adjectives = {norm_key(n) for n in ambiguous_adjectives}
        self._cache: dict[tuple[str, bool, bool], str | None] = {}
        #: Names as written (for matching in text), with their codes.
        self.written: dict[str, str] = {}
        for row in country_rows():
            self.labels[row.code] = row.name_short or row.code
            for name in (row.name_short, re.sub(r"\s*\(former\)$", "", row.name_official)):
                if name:
                    self._names.setdefault(norm_key(name), row.code)
                    self.written.setdefault(name, row.code)
            self._codes.setdefault(row.code, row.code)
            for code in row.iso2:
                self._codes.setdefault(code, row.code)
            if row.regex:
                try:
                    self._regexes.append((re.compile(row.regex, re.IGNORECASE), row.code))
                except re.error:  # pragma: no cover - a broken pattern in the package data
                    continue
        for code in sorted(extra):
            record = extra[code]
            if record.label:
                self.labels[code] = record.label
            else:
                self.labels.setdefault(code, code)
            for name in (*record.names, self.labels[code]):
                self._names[norm_key(name)] = code  # our data wins over the package's
                self.written[name] = code
            for adjective in record.adjectives:
                self._adjectives[norm_key(adjective)] = code
        for key in self._ambiguous:
            self._names.pop(key, None)
        for key in self._ambiguous_adjectives:
            self._adjectives.pop(key, None)

    def code_for_name(self, text: str, *, codes: bool = True, patterns: bool = True) -> str | None:
        """The country a name denotes, or None.

        ``codes`` accepts ISO codes written in capitals ("RUS", "US"); ``patterns`` accepts
        country_converter's patterns when they match the whole name ("N Korea"). Both are
        for place names only: an organisation tagged "AI" or "GE" is no country.
        """
        slot = (text, codes, patterns)
        if slot not in self._cache:
            if len(self._cache) > 100_000:
                self._cache.clear()
            self._cache[slot] = self._code_for_name(text, codes, patterns)
        return self._cache[slot]

    def _code_for_name(self, text: str, codes: bool, patterns: bool) -> str | None:
        name = clean_name(text)
        key = norm_key(name)
        if not key or key in self._ambiguous:
            return None
        found = self._names.get(key)
        if found:
            return found
        if codes:
            bare = re.sub(r"[.\s]", "", name)
            if bare.isupper() and bare in self._codes:
                return self._codes[bare]
        if patterns and not _a_large_city(name):
            # "Taipei", "Kinshasa": a city the pattern of a country's other name ("Chinese
            # Taipei") or of its capital matches is the city
            return self.code_by_pattern(name)
        return None

    def code_by_pattern(self, text: str, endings: Iterable[str] = ("",)) -> str | None:
        """The one country whose country_converter pattern covers ``text`` from its start,
        leaving at most one of ``endings`` ("Russia|n" with the ending "n"), or None.

        A pattern that still covers the text without its first word names a country inside
        a longer name ("Air France", "Tour de France", "New Britain"): that is no match.
        """
        lowered = fold(text).lower()
        allowed = set(endings)

        def covers(pattern: re.Pattern[str], words: str) -> bool:
            match = pattern.search(words)
            return match is not None and match.start() == 0 and words[match.end() :] in allowed

        rest = lowered.split(" ", 1)[1] if " " in lowered else ""
        # (nor a country's name at the end of another word: "Kindia", a Guinean town, is
        # not "India" though a pattern that opens with ".*" covers it)
        found = {
            code
            for pattern, code in self._regexes
            if covers(pattern, lowered)
            and not (rest and covers(pattern, rest))
            and not covers(pattern, lowered[1:])
        }
        return found.pop() if len(found) == 1 else None

    def code_for_adjective(self, text: str, *, plural: bool = True) -> str | None:
        """ "North Korean" → "PRK"; with ``plural``, the people too ("North Koreans")."""
        key = norm_key(text)
        if not key:
            return None
        found = self._adjectives.get(key)
        if found is None and plural and key.endswith("s"):
            found = self._adjectives.get(key[:-1])
        return found

    def is_ambiguous(self, text: str) -> bool:
        """A name or adjective that fits several countries ("Korea", "Korean")."""
        key = norm_key(text)
        return key in self._ambiguous or key in self._ambiguous_adjectives

    @property
    def patterns(self) -> Sequence[tuple[re.Pattern[str], str]]:
        """country_converter's pattern of each country, with its code."""
        return self._regexes

    def label(self, code: str) -> str:
        return self.labels.get(code, code)

    def adjective_prefix(self, words: Sequence[str]) -> tuple[str, int] | None:
        """A country adjective at the start of ``words``: (code, number of words it takes)."""
        for size in (3, 2, 1):
            if size < len(words):
                code = self._adjectives.get(norm_key(" ".join(words[:size])))
                if code:
                    return code, size
        return None


@lru_cache(maxsize=1)
def packaged_country_index() -> CountryIndex:
    """The countries of textkg's own alias data (a user's alias file adds to resolution's)."""
    text = resources.files("textkg").joinpath(PACKAGED_ALIASES).read_text("utf-8")
    data = yamltext.safe_load(text) or {}
    records = {
        str(code): CountryRecord(
            str(code),
            str(spec.get("label", "")),
            tuple(str(n) for n in spec.get("names", ())),
            tuple(str(a) for a in spec.get("adjectives", ())),
        )
        for code, spec in (data.get("countries") or {}).items()
    }
    return CountryIndex(
        records,
        [str(n) for n in data.get("ambiguous_place_names") or ()],
        [str(n) for n in data.get("ambiguous_adjectives") or ()],
    )


def _a_large_city(name: str) -> bool:
    from textkg.extract.gazetteers import LARGE_TOWN, city_population  # read the packages

    return city_population(name) >= LARGE_TOWN
