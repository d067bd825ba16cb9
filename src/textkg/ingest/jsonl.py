"""JSON Lines: one article per line, streamed, so an archive export of any length is read
in constant memory. A broken line is reported by its number; the others are read."""

from __future__ import annotations

import codecs
import io
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import BinaryIO

TEXT_FIELDS = ("text", "body", "content", "article", "article_text")
HTML_FIELDS = ("html", "raw_html")


@dataclass(frozen=True)
class Record:
    line: int
    fields: Mapping[str, object]
    text: str
    is_html: bool = False


@dataclass(frozen=True)
class BadLine:
    line: int
    reason: str


def _lines(handle: BinaryIO, max_bytes: int) -> Iterator[tuple[int, str | None, str | None]]:
    """(line number, text, problem) for each line; over-long lines are skipped unread."""
    head = handle.peek(4)[:4] if isinstance(handle, io.BufferedReader) else b""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        wrapper = io.TextIOWrapper(handle, encoding="utf-16", errors="strict")
        number = 0
        try:
            for number, line in enumerate(wrapper, start=1):
                yield number, line, None
        except UnicodeDecodeError:
            yield number + 1, None, "not valid UTF-16"
        finally:
            wrapper.detach()
        return
    number = 0
    while True:
        raw = handle.readline(max_bytes + 1)
        if not raw:
            return
        number += 1
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):
                raw = handle.readline(1 << 20)
            yield number, None, f"record larger than {format_size(max_bytes)} limit"
            continue
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        try:
            yield number, raw.decode("utf-8"), None
        except UnicodeDecodeError:
            yield number, None, "not UTF-8 (JSON Lines must be UTF-8)"


def iter_records(handle: BinaryIO, max_bytes: int) -> Iterator[Record | BadLine]:
    for number, line, problem in _lines(handle, max_bytes):
        if problem is not None or line is None:
            yield BadLine(number, problem or "unreadable line")
            continue
        yield from parse_line(number, line)


def parse_line(number: int, line: str) -> Iterator[Record | BadLine]:
    if not line.strip():
        return
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        yield BadLine(number, f"invalid JSON: {exc.msg} (column {exc.colno})")
        return
    except RecursionError:
        yield BadLine(number, "JSON nested too deeply to read")
        return
    except ValueError as exc:  # e.g. an integer of more than 4,300 digits
        yield BadLine(number, f"invalid JSON: {exc}")
        return
    if not isinstance(data, dict):
        yield BadLine(number, "not a JSON object")
        return
    for name in TEXT_FIELDS:
        value = data.get(name)
        if isinstance(value, str) and value.strip():
            yield Record(number, data, value)
            return
    for name in HTML_FIELDS:
        value = data.get(name)
        if isinstance(value, str) and value.strip():
            yield Record(number, data, value, is_html=True)
            return
    yield BadLine(number, 'no "text" field with article text')


def format_size(size: int) -> str:
    for unit, factor in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if size >= factor:
            return f"{size / factor:g} {unit}"
    return f"{size} bytes"
