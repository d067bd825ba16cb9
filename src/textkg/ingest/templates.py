"""Lines that recur across many input files are the site's template, not the article.

A pre-pass counts, for every normalised line, how many files contain it. Only 64-bit
hashes are kept (never the text), and the table stops taking new lines at a fixed size, so
memory stays bounded however many files a build reads.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

_DIGITS_RE = re.compile(r"\d+")
_SPACE_RE = re.compile(r"\s+")


def line_key(text: str) -> int:
    """Case, spacing and numbers do not matter: "Comments 3" and "Comments 12" match."""
    normal = _SPACE_RE.sub(" ", _DIGITS_RE.sub("0", text.casefold())).strip()
    return int.from_bytes(hashlib.blake2b(normal.encode("utf-8"), digest_size=8).digest(), "big")


class TemplateIndex:
    """How many documents each line occurs in."""

    def __init__(self, min_files: int = 3, max_lines: int = 500_000) -> None:
        self.min_files = min_files
        self.max_lines = max_lines
        self._counts: dict[int, int] = {}
        self.documents = 0

    def add_document(self, lines: Iterable[str]) -> None:
        self.documents += 1
        for key in {line_key(line) for line in lines if line.strip()}:
            count = self._counts.get(key)
            if count is not None:
                self._counts[key] = count + 1
            elif len(self._counts) < self.max_lines:
                self._counts[key] = 1

    def is_template(self, text: str) -> bool:
        if self.documents < self.min_files:
            return False
        return self._counts.get(line_key(text), 0) >= self.min_files

    def __len__(self) -> int:
        return len(self._counts)
