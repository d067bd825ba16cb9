"""read_articles: every input in, one ArticleText or one SkippedInput out per document,
streamed in a stable order. No bad file raises; each says what is wrong with it."""

from __future__ import annotations

import datetime
import logging
import os
import re
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from functools import partial
from typing import Any, TextIO

from textkg.ingest.clutter import clean_units
from textkg.ingest.decoding import (
    NotText,
    binary_kind,
    clean_text,
    declared_html_charset,
    decode_bytes,
    normalise_newlines,
)
from textkg.ingest.html import looks_like_html, read_html
from textkg.ingest.inputs import (
    READABLE_KINDS,
    STDIN_SOURCE,
    InputFile,
    os_reason,
    plan_inputs,
)
from textkg.ingest.jsonl import BadLine, Record, format_size, iter_records, parse_line
from textkg.ingest.markdown import markdown_to_units, split_front_matter
from textkg.ingest.memory import Article, BuildInput
from textkg.ingest.metadata import meta_from_fields
from textkg.ingest.sidecar import SidecarError, read_sidecar, sidecar_for, with_sidecar
from textkg.ingest.templates import TemplateIndex
from textkg.ingest.units import Unit, text_to_units
from textkg.records import ArticleMeta, ArticleText, SkippedInput

log = logging.getLogger("textkg.ingest")

WarningHandler = Callable[[str, str], None]
#: Given a file's absolute path, why it is not an input (a textkg output), or None.
OutputFilter = Callable[[str], str | None]
Item = ArticleText | SkippedInput


def _log_warning(source: str, message: str) -> None:
    log.warning("%s: %s", source, message)


@dataclass(frozen=True)
class IngestOptions:
    """How inputs are read. ``on_warning(source, message)`` hears about documents that were
    read but not cleanly (a truncated HTML page, front matter that does not parse)."""

    default_date: datetime.date | None = None  # --date: datePublished when the file gives none
    max_bytes: int = 20_000_000  # --max-size: larger files are skipped with a reason
    remove_clutter: bool = True  # False keeps every line (for checking what was removed)
    detect_templates: bool = True  # drop lines repeated across many input files
    template_min_files: int = 3  # a line in this many files is part of the site's template
    on_warning: WarningHandler | None = None
    #: Recognises outputs of textkg builds, so a build never reads them as articles.
    not_input: OutputFilter | None = None


def read_articles(
    inputs: Sequence[BuildInput],
    options: IngestOptions = IngestOptions(),
    *,
    stdin: TextIO | None = None,
) -> Iterator[ArticleText | SkippedInput]:
    """Articles from files, folders (recursive), globs and "-" (standard input).

    In-memory :class:`Article` objects come first, in the order given. Files come in
    sorted order of their source names, each real file once. Input that
    cannot be read yields a SkippedInput; the caller decides whether zero articles is an
    error.
    """
    in_memory = [item for item in inputs if isinstance(item, Article)]
    paths = [item for item in inputs if not isinstance(item, Article)]
    plan = plan_inputs(paths, options.not_input)
    reader = _Reader(options)
    yield from plan.skipped
    for number, article in enumerate(in_memory, start=1):
        yield from reader.guarded(
            article.source or f"memory:{number}", partial(reader.read_memory, article, number)
        )
    if options.remove_clutter and options.detect_templates:
        reader.templates = _template_pass(plan.files, reader)
    if plan.read_stdin:
        yield from reader.guarded(STDIN_SOURCE, partial(reader.read_stdin, stdin or sys.stdin))
    for item in plan.files:
        yield from reader.guarded(item.source, partial(reader.read_file, item))


def _template_pass(files: Sequence[InputFile], reader: _Reader) -> TemplateIndex | None:
    """Count, per line, the files it occurs in (hashes only). HTML is left to trafilatura."""
    options = reader.options
    candidates = [f for f in files if f.fmt in ("txt", "md", "jsonl", None) and f.suffix is None]
    if options.template_min_files < 2 or len(candidates) < options.template_min_files:
        return None
    index = TemplateIndex(options.template_min_files)
    for item in candidates:
        try:
            for units in reader.unit_lists(item):
                index.add_document(unit.text for unit in units)
        except Exception:
            continue
    return index


#: How much text the template pass keeps for the main pass (characters, all files).
_KEPT_CHARS = 4_000_000  # a few tens of MB of units at most: memory stays bounded


class _Reader:
    def __init__(self, options: IngestOptions) -> None:
        self.options = options
        self.templates: TemplateIndex | None = None
        self.warn: WarningHandler = options.on_warning or _log_warning
        #: Text and Markdown files the template pass read, kept for the main pass (up to
        #: _KEPT_CHARS in all) so that they are not decoded and split twice.
        self.kept: dict[str, tuple[list[Unit], ArticleMeta]] = {}
        self.kept_chars = 0

    # ------------------------------------------------------------------ plumbing

    def guarded(self, source: str, read: Callable[[], Iterator[Item]]) -> Iterator[Item]:
        """One file's problem stays that file's problem, even an unexpected one."""
        try:
            yield from read()
        except OSError as exc:
            yield SkippedInput(source, os_reason(exc))
        except Exception as exc:  # a bug or an extractor failure must not sink the build
            log.debug("reading %s failed", source, exc_info=True)
            yield SkippedInput(source, f"could not be read ({type(exc).__name__}: {exc})")

    def _read_bytes(self, item: InputFile) -> bytes | SkippedInput:
        limit = self.options.max_bytes
        try:
            size = os.stat(item.path).st_size
            if size > limit:
                return SkippedInput(
                    item.source,
                    f"larger than {format_size(limit)} limit ({format_size(size)})",
                )
            with open(item.path, "rb") as handle:
                data = handle.read(limit + 1)
        except OSError as exc:
            return SkippedInput(item.source, os_reason(exc))
        if len(data) > limit:
            return SkippedInput(item.source, f"larger than {format_size(limit)} limit")
        return data

    # ------------------------------------------------------------------ files

    def read_file(self, item: InputFile) -> Iterator[Item]:
        kept = self.kept.pop(item.source, None)
        if kept is not None:
            yield from self._with_sidecar(item, iter([self._finish(item.source, *kept)]))
            return
        if item.fmt == "jsonl":
            yield from self._read_jsonl(item)
            return
        data = self._read_bytes(item)
        if isinstance(data, SkippedInput):
            yield data
            return
        if item.suffix is not None:
            kind = binary_kind(data[:64])
            reason = (
                f"binary file ({kind})"
                if kind
                else f"unsupported file type '{item.suffix}' (textkg reads {READABLE_KINDS})"
            )
            yield SkippedInput(item.source, reason)
            return
        fmt = item.fmt
        declared = declared_html_charset(data) if fmt in ("html", None) else None
        try:
            text = decode_bytes(data, declared=declared).text
        except NotText as exc:
            yield SkippedInput(item.source, str(exc))
            return
        yield from self._with_sidecar(item, self.read_text(item.source, text, fmt))

    def _with_sidecar(self, item: InputFile, items: Iterator[Item]) -> Iterator[Item]:
        """Lay ``article.txt.json`` / ``article.meta.yaml`` over the file's own metadata."""
        found = sidecar_for(item.path)
        if found is None:
            yield from items
            return
        try:
            meta = read_sidecar(found)
        except SidecarError as exc:
            self.warn(item.source, str(exc))
            yield from items
            return
        for each in items:
            yield with_sidecar(each, meta) if isinstance(each, ArticleText) else each

    def read_text(self, source: str, text: str, fmt: str | None) -> Iterator[Item]:
        fmt = fmt or sniff_format(text)
        if fmt == "jsonl":
            for number, line in enumerate(text.split("\n"), start=1):
                for record in parse_line(number, line):
                    yield self._guarded_record(source, record)
            return
        if fmt == "html" or (fmt == "txt" and looks_like_html(text)):
            yield self._html_item(source, text)
            return
        units, explicit = self._units_and_meta(source, text, fmt)
        yield self._finish(source, units, explicit)

    def _units_and_meta(self, source: str, text: str, fmt: str) -> tuple[list[Unit], ArticleMeta]:
        front = split_front_matter(text)
        if fmt == "md":
            if front.problem:
                self.warn(source, front.problem)
            return markdown_to_units(front.body), meta_from_fields(front.fields)
        if front.fields and not front.problem:
            return text_to_units(front.body), meta_from_fields(front.fields)
        return text_to_units(text), ArticleMeta()

    def _html_item(self, source: str, text: str) -> Item:
        page = read_html(text)
        if page.truncated:
            if not page.units:
                return SkippedInput(source, "truncated HTML page with no article text")
            self.warn(source, "HTML page looks truncated (it never closes); read what was there")
        if not page.units:
            return SkippedInput(source, "no article text found in HTML page")
        return self._finish(source, page.units, page.meta, use_templates=False)

    def _finish(
        self,
        source: str,
        units: Sequence[Unit],
        explicit: ArticleMeta,
        *,
        use_templates: bool = True,
    ) -> Item:
        options = self.options
        explicit = _clean_meta(explicit)
        if not units:
            return SkippedInput(source, "empty file")
        if not options.remove_clutter:
            meta = explicit
            if meta.date_published is None:
                meta = replace(meta, date_published=options.default_date)
            return ArticleText(source, "\n\n".join(u.text for u in units), meta)
        cleaned = clean_units(
            units,
            templates=self.templates if use_templates else None,
            known_headline=explicit.headline,
        )
        if cleaned is None:
            return SkippedInput(source, "no article text found (only page furniture)")
        return ArticleText(
            source, cleaned.text, cleaned.draft.build(explicit, options.default_date)
        )

    # ------------------------------------------------------------------ JSON Lines

    def _read_jsonl(self, item: InputFile) -> Iterator[Item]:
        try:
            handle = open(item.path, "rb")  # noqa: SIM115 - closed in finally, generator
        except OSError as exc:
            yield SkippedInput(item.source, os_reason(exc))
            return
        try:
            any_line = False
            for record in iter_records(handle, self.options.max_bytes):
                any_line = True
                yield self._guarded_record(item.source, record)
            if not any_line:
                yield SkippedInput(item.source, "empty file")
        finally:
            handle.close()

    def _guarded_record(self, source: str, record: Record | BadLine) -> Item:
        """One record's problem stays that record's problem: the file's other lines are read."""
        try:
            return self._record_item(source, record)
        except Exception as exc:
            log.debug("reading %s line %s failed", source, record.line, exc_info=True)
            return SkippedInput(
                source, f"line {record.line}: could not be read ({type(exc).__name__}: {exc})"
            )

    def _record_item(self, source: str, record: Record | BadLine) -> Item:
        if isinstance(record, BadLine):
            return SkippedInput(source, f"line {record.line}: {record.reason}")
        where = record_source(source, record.line)
        explicit = meta_from_fields(_clean_fields(record.fields))
        text = _record_text(record)
        if record.is_html:
            page = read_html(text)
            meta = _merge(explicit, page.meta)
            return self._finish(where, page.units, meta, use_templates=False)
        return self._finish(where, text_to_units(text), explicit)

    # ------------------------------------------------------------------ template pre-pass

    def unit_lists(self, item: InputFile) -> Iterator[list[Unit]]:
        """The units of each document in a file, as the main pass will see them."""
        if item.fmt == "jsonl":
            with open(item.path, "rb") as handle:
                for record in iter_records(handle, self.options.max_bytes):
                    if isinstance(record, Record) and not record.is_html:
                        yield text_to_units(_record_text(record))
            return
        data = self._read_bytes(item)
        if isinstance(data, SkippedInput):
            return
        try:
            text = decode_bytes(data).text
        except NotText:
            return
        fmt = item.fmt or sniff_format(text)
        if fmt in ("txt", "md") and not looks_like_html(text):
            units, meta = self._units_and_meta(item.source, text, fmt)
            if item.fmt == fmt and self.kept_chars + len(text) <= _KEPT_CHARS:
                self.kept[item.source] = (units, meta)
                self.kept_chars += len(text)
            yield units

    # ------------------------------------------------------------------ in memory

    def read_memory(self, article: Article, number: int) -> Iterator[Item]:
        source = article.source or f"memory:{number}"
        text = clean_text(normalise_newlines(article.text))
        if not text.strip():
            yield SkippedInput(source, "empty text")
            return
        yield self._finish(source, text_to_units(text), article.meta())

    # ------------------------------------------------------------------ standard input

    def read_stdin(self, stream: TextIO) -> Iterator[Item]:
        limit = self.options.max_bytes
        buffer = getattr(stream, "buffer", None)
        if buffer is not None:
            data = buffer.read(limit + 1)
            if len(data) > limit:
                yield SkippedInput(STDIN_SOURCE, f"larger than {format_size(limit)} limit")
                return
            try:
                text = decode_bytes(data).text
            except NotText as exc:
                yield SkippedInput(STDIN_SOURCE, str(exc))
                return
        else:
            text = stream.read(limit + 1)
            if len(text.encode("utf-8")) > limit:
                yield SkippedInput(STDIN_SOURCE, f"larger than {format_size(limit)} limit")
                return
            text = clean_text(normalise_newlines(text))
            if not text.strip():
                yield SkippedInput(STDIN_SOURCE, "empty input")
                return
        yield from self.read_text(STDIN_SOURCE, text, None)


def record_source(path: str, line: int) -> str:
    """The source of a JSON Lines record: ``news.jsonl:12``."""
    return f"{path}:{line}"


_RECORD_SOURCE_RE = re.compile(r"(.+):(\d+)")


def describe_source(source: str) -> str:
    """A source as messages name it: a JSON Lines record is ``news.jsonl: line 12``."""
    match = _RECORD_SOURCE_RE.fullmatch(source)
    return f"{match.group(1)}: line {match.group(2)}" if match else source


def _record_text(record: Record) -> str:
    return clean_text(normalise_newlines(record.text))


def _clean_fields(data: Mapping[str, object]) -> dict[str, object]:
    return {key: _clean_value(value) for key, value in data.items()}


def _clean_value(value: object) -> object:
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [_clean_value(item) for item in value]
    if isinstance(value, dict):
        return {str(key): _clean_value(item) for key, item in value.items()}
    return value


def _clean_meta(meta: ArticleMeta) -> ArticleMeta:
    """Metadata from front matter, HTML or JSON, cleaned like the text it comes with."""
    changes: dict[str, Any] = {}
    for item in fields(meta):
        value = getattr(meta, item.name)
        if isinstance(value, str):
            changes[item.name] = clean_text(value)
        elif isinstance(value, tuple):
            changes[item.name] = tuple(clean_text(part) for part in value)
    return replace(meta, **changes)


_JSONL_LINE_RE = re.compile(r"^\s*\{.*\}\s*$")


def sniff_format(text: str) -> str:
    """Format of input without a telling file name (standard input, "README")."""
    if looks_like_html(text):
        return "html"
    if split_front_matter(text).fields:
        return "md"
    lines = [line for line in text.split("\n") if line.strip()]
    if lines and all(_JSONL_LINE_RE.match(line) for line in lines[:50]):
        return "jsonl"
    return "txt"


def _merge(first: ArticleMeta, second: ArticleMeta) -> ArticleMeta:
    return ArticleMeta(
        headline=first.headline or second.headline,
        date_published=first.date_published or second.date_published,
        authors=first.authors or second.authors,
        publisher=first.publisher or second.publisher,
        keywords=first.keywords or second.keywords,
        url=first.url or second.url,
        translators=first.translators or second.translators,
        editors=first.editors or second.editors,
        language=first.language or second.language,
        dateline=first.dateline or second.dateline,
    )
