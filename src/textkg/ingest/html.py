"""HTML pages: main text and metadata through trafilatura (which reads the page's meta tags
and JSON-LD, and uses htmldate for the date), with our own fallbacks for pages it finds
nothing in (short or broken pages)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

import lxml.html  # type: ignore[import-untyped, unused-ignore]
import trafilatura
from lxml import etree
from trafilatura.metadata import extract_metadata

from textkg.ingest.dates import parse_date
from textkg.ingest.metadata import keywords_from_field, names_from_field
from textkg.ingest.units import Unit
from textkg.records import ArticleMeta

# A fixed upper bound keeps date extraction independent of the day the build runs.
_DATE_PARAMS = {"original_date": True, "extensive_search": False, "max_date": "2099-12-31"}
_BLOCK_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "pre")
_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "head")


@dataclass(frozen=True)
class HtmlPage:
    units: list[Unit]
    meta: ArticleMeta
    truncated: bool


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:1024].casefold()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or (
        head.startswith("<") and bool(re.search(r"<(?:head|body|title|meta|div|p)\b", head))
    )


def is_truncated(html: str) -> bool:
    """A page cut off in transfer or saving: it never closes, or ends inside a tag."""
    tail = html.rstrip()[-4096:].casefold()
    if tail.rfind("<") > tail.rfind(">"):
        return True
    head = html[:4096].casefold()
    if "<html" in head and "</html>" not in tail:
        return True
    return "<body" in html.casefold() and "</body>" not in tail and "</html>" not in tail


def read_html(html: str) -> HtmlPage:
    truncated = is_truncated(html)
    text = _main_text(html, favor_precision=True) or _main_text(html, favor_precision=False)
    meta = _page_meta(html)
    tree = _parse(html)
    if tree is not None:
        meta = replace(
            meta,
            keywords=meta.keywords or _page_keywords(tree),
            language=meta.language or _clean(tree.get("lang")),
        )
        if not text.strip():
            text = "\n".join(_block_texts(tree))
    units = [Unit(" ".join(line.split()), index) for index, line in enumerate(text.split("\n"))]
    return HtmlPage([u for u in units if u.text], meta, truncated)


def _main_text(html: str, *, favor_precision: bool) -> str:
    try:
        result = trafilatura.bare_extraction(
            html,
            include_comments=False,
            include_tables=False,
            include_images=False,
            favor_precision=favor_precision,
            favor_recall=not favor_precision,
            deduplicate=False,
        )
    except Exception:  # the extractor must never sink a build over one odd page
        return ""
    if result is None or isinstance(result, dict):
        return ""
    return result.text or ""


def _page_meta(html: str) -> ArticleMeta:
    try:
        found = extract_metadata(html, date_config=dict(_DATE_PARAMS))
    except Exception:  # as above: metadata is a bonus, never a reason to fail
        return ArticleMeta()
    author = found.author or ""
    return ArticleMeta(
        headline=_clean(found.title),
        date_published=parse_date(found.date),
        authors=names_from_field(author.replace(";", " and ")) if author else (),
        publisher=_clean(found.sitename),
        keywords=keywords_from_field(list(found.tags or []) + list(found.categories or [])),
        url=_clean(found.url),
        language=_clean(found.language),
    )


def _parse(html: str) -> lxml.html.HtmlElement | None:
    try:
        return lxml.html.document_fromstring(html.encode("utf-8"))
    except (etree.ParserError, ValueError):
        return None


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    return text or None


def _block_texts(tree: lxml.html.HtmlElement) -> Iterator[str]:
    """Text of block elements, for pages the extractor finds no main text in."""
    for bad in tree.iter(*_DROP_TAGS):
        bad.drop_tree()
    found = False
    for element in tree.iter(*_BLOCK_TAGS):
        text = " ".join(element.text_content().split())
        if text:
            found = True
            yield text
    if not found:
        body = tree.find("body")
        for line in (body if body is not None else tree).text_content().split("\n"):
            if line.strip():
                yield " ".join(line.split())


def _page_keywords(tree: lxml.html.HtmlElement) -> tuple[str, ...]:
    values: list[object] = []
    for meta in tree.iter("meta"):
        key = (meta.get("name") or meta.get("property") or "").casefold()
        if key in ("keywords", "news_keywords", "article:tag"):
            values.append(meta.get("content") or "")
    for script in tree.iter("script"):
        if (script.get("type") or "").casefold() == "application/ld+json" and script.text:
            try:
                data = json.loads(script.text)
            except ValueError:
                continue
            values.extend(_json_ld_values(data, "keywords"))
    return keywords_from_field(values)


def _json_ld_values(data: object, key: str) -> Iterator[object]:
    if isinstance(data, dict):
        if key in data:
            yield data[key]
        for value in data.values():
            if isinstance(value, (dict, list)):
                yield from _json_ld_values(value, key)
    elif isinstance(data, list):
        for item in data:
            yield from _json_ld_values(item, key)
