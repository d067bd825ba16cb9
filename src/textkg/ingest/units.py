"""Split a text into units: the lines and paragraphs that clutter removal judges one by one.

Web pages saved as text put one paragraph per line, or wrap paragraphs at a fixed width,
and mix blank-line separated blocks with runs of single lines (menus, link lists). A unit
is one paragraph when the lines of a block read as one wrapped paragraph, else one line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from textkg.ingest.textstats import STOPWORDS, ends_like_sentence

_GLYPH_BULLET_RE = re.compile(r"^[•·▪▫◦‣⁃●○■□►▶➤→\-–—*+]\s+")
_NUMBER_BULLET_RE = re.compile(r"^\(?\d{1,3}[.)]\s+\S")


@dataclass(frozen=True)
class Unit:
    """One paragraph or line of a document, with the layout hints its format gives."""

    text: str
    block: int
    heading: int = 0
    list_item: bool = False
    link_share: float = 0.0


def strip_bullet(line: str) -> tuple[str, bool]:
    """Remove a decorative bullet glyph; numbered items keep their number."""
    match = _GLYPH_BULLET_RE.match(line)
    if match and len(line) > match.end():
        return line[match.end() :], True
    return line, bool(_NUMBER_BULLET_RE.match(line))


def text_to_units(text: str) -> list[Unit]:
    units: list[Unit] = []
    block: list[str] = []
    block_index = 0

    def flush() -> None:
        nonlocal block_index
        if block:
            units.extend(_block_units(block, block_index))
            block_index += 1
            block.clear()

    for raw in text.split("\n"):
        line = raw.strip()
        if line:
            block.append(line)
        else:
            flush()
    flush()
    return units


def _block_units(lines: list[str], block: int) -> list[Unit]:
    items = [strip_bullet(line) for line in lines]
    if len(lines) > 1 and not any(bullet for _, bullet in items) and _is_wrapped(lines):
        return [Unit(" ".join(lines), block)]
    return [Unit(text, block, list_item=bullet) for text, bullet in items]


def _is_wrapped(lines: list[str]) -> bool:
    """A hard-wrapped paragraph: lines of similar width, most breaks inside a sentence."""
    width = max(len(line) for line in lines)
    if width > 110:
        return False
    body = lines[:-1]
    if any(len(line) < 30 or len(line) < 0.6 * width for line in body):
        return False
    continuing = 0
    for line, following in zip(body, lines[1:], strict=False):
        last_word = line.rsplit(" ", 1)[-1].casefold()
        if (
            following[:1].islower()
            or line.endswith((",", "-", ";"))
            or last_word in STOPWORDS
            or (not ends_like_sentence(line) and following[:1].isdigit())
        ):
            continuing += 1
    return continuing * 2 >= len(body)
