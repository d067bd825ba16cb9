"""Articles given as text in memory: read like files, nothing written."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from textkg.ingest import Article, IngestOptions, read_articles
from textkg.records import ArticleText, SkippedInput


def test_in_memory_articles_come_first_with_their_metadata(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A file about Valdmark.", encoding="utf-8")
    items = list(
        read_articles(
            [
                str(tmp_path),
                Article(text="First text about Kessel.", title="First", date="2024-02-03"),
                Article(
                    text="The second text says the council met in Kessel on Monday.",
                    source="notes/second",
                    authors=("Jo Writer",),
                ),
                Article(text="   "),
            ],
            IngestOptions(default_date=datetime.date(2020, 1, 1)),
        )
    )
    first, second, empty, from_file = items
    assert isinstance(first, ArticleText) and first.source == "memory:1"
    assert first.meta.headline == "First"
    assert first.meta.date_published == datetime.date(2024, 2, 3)
    assert isinstance(second, ArticleText) and second.source == "notes/second"
    assert second.meta.authors == ("Jo Writer",)
    assert second.meta.date_published == datetime.date(2020, 1, 1)  # the default date
    assert isinstance(empty, SkippedInput) and empty.reason == "empty text"
    assert isinstance(from_file, ArticleText) and from_file.source.endswith("a.txt")


def test_a_bad_date_is_caught_when_the_article_is_made() -> None:
    with pytest.raises(ValueError, match="not a date of the form YYYY-MM-DD"):
        Article(text="x", date="next Tuesday")
