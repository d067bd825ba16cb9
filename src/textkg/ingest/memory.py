"""Articles held in memory (a notebook's strings): built like files, with no file written."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path

from textkg.ingest.dates import parse_date
from textkg.records import ArticleMeta


@dataclass(frozen=True)
class Article:
    """One article given as text, for ``textkg.build([Article(text=..., title=..., date=...)])``.

    ``date`` (a date or "YYYY-MM-DD") dates its events as a file's publication date would.
    ``source`` names it in evidence and errors; by default ``memory:N`` (its position among
    the in-memory articles of the build), so the same list gives the same graph.
    """

    text: str
    title: str | None = None
    date: datetime.date | str | None = None
    source: str | None = None
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    url: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise TypeError(f"Article.text must be a string, not {type(self.text).__name__}")
        if self.date is not None and self.published is None:
            raise ValueError(f"Article.date is not a date of the form YYYY-MM-DD: {self.date!r}")

    @property
    def published(self) -> datetime.date | None:
        if isinstance(self.date, datetime.date):
            return self.date
        return parse_date(self.date) if self.date else None

    def meta(self) -> ArticleMeta:
        return ArticleMeta(
            headline=self.title,
            date_published=self.published,
            authors=tuple(self.authors),
            publisher=self.publisher,
            url=self.url,
        )


#: What a build reads: paths (files, folders, globs, "-") and in-memory articles.
BuildInput = str | Path | Article
