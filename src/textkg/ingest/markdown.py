"""Markdown notes: YAML (or TOML) front matter for metadata, and the body rendered to plain
paragraphs, so that link syntax, emphasis marks and code never reach extraction. Link
lists stay recognisable: each unit records how much of it was link text."""

from __future__ import annotations

import datetime
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

from textkg import yamltext
from textkg.ingest.units import Unit

_FRONT_MATTER_RE = re.compile(
    r"\A(?P<fence>---|\+\+\+)[ \t]*\n(?P<body>.*?)\n(?:---|\.\.\.|\+\+\+)[ \t]*(?:\n|\Z)", re.S
)


@dataclass(frozen=True)
class FrontMatter:
    fields: Mapping[str, object]
    body: str
    problem: str | None = None


def split_front_matter(text: str) -> FrontMatter:
    """Separate front matter from the body; a block that does not parse is reported and
    dropped (it is metadata syntax, not article text)."""
    match = _FRONT_MATTER_RE.match(text)
    if not match:
        return FrontMatter({}, text)
    body = text[match.end() :]
    raw = match["body"]
    try:
        if match["fence"] == "+++":
            data: object = tomllib.loads(raw)
        else:
            data = yamltext.safe_load(raw)
    except (yaml.YAMLError, tomllib.TOMLDecodeError) as exc:
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return FrontMatter({}, body, f"front matter does not parse ({first_line}); ignored")
    if data is None:
        return FrontMatter({}, body)
    if not isinstance(data, dict):
        return FrontMatter({}, body, "front matter is not a mapping of fields; ignored")
    return FrontMatter({str(k): _plain(v) for k, v in data.items()}, body)


def _plain(value: object) -> object:
    if isinstance(value, (datetime.date, str, int, float, list, tuple, dict)) or value is None:
        return value
    return str(value)


_PARSER = MarkdownIt("commonmark").enable("table")
_SKIPPED_BLOCKS = frozenset({"fence", "code_block", "html_block", "hr"})


def markdown_to_units(body: str) -> list[Unit]:
    """Paragraphs, headings and list items as units; code, tables, raw HTML and images
    are left out."""
    units: list[Unit] = []
    tokens = _PARSER.parse(body)
    heading = 0
    list_depth = 0
    table_depth = 0
    block = 0
    for token in tokens:
        kind = token.type
        if kind == "heading_open":
            heading = int(token.tag[1:]) if token.tag[1:].isdigit() else 1
        elif kind == "heading_close":
            heading = 0
        elif kind in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        elif kind == "table_open":
            table_depth += 1
        elif kind == "table_close":
            table_depth -= 1
        elif kind in ("paragraph_close", "heading_close", "list_item_close"):
            block += 1
        elif kind == "inline" and table_depth == 0:
            text, share = _render_inline(token.children or [])
            if text:
                units.append(Unit(text, block, heading, list_depth > 0, share))
        elif kind in _SKIPPED_BLOCKS:
            block += 1
    return units


def _render_inline(children: Sequence[Token]) -> tuple[str, float]:
    parts: list[str] = []
    link_chars = 0
    link_depth = 0
    for child in children:
        kind = child.type
        if kind == "link_open":
            link_depth += 1
        elif kind == "link_close":
            link_depth = max(link_depth - 1, 0)
        elif kind in ("text", "code_inline"):
            parts.append(child.content)
            if link_depth:
                link_chars += len(child.content.replace(" ", ""))
        elif kind in ("softbreak", "hardbreak"):
            parts.append(" ")
    text = re.sub(r"[ \t]{2,}", " ", "".join(parts)).strip()
    visible = len(text.replace(" ", "")) or 1
    return text, min(link_chars / visible, 1.0)
