"""A date (or headline, authors...) beside an article: ARTICLE.txt.json or ARTICLE.meta.yaml."""

from __future__ import annotations

import datetime
from pathlib import Path

from textkg.ingest import IngestOptions, read_articles
from textkg.records import ArticleText, SkippedInput

TEXT = "Director Amelia Thornbury of the Northern Survey Office visited Valdmark on Monday.\n"


def _read(*paths: Path, **options: object) -> list[ArticleText | SkippedInput]:
    warnings: list[tuple[str, str]] = []
    items = list(
        read_articles(
            [str(p) for p in paths],
            IngestOptions(on_warning=lambda s, m: warnings.append((s, m)), **options),  # type: ignore[arg-type]
        )
    )
    return items + [SkippedInput(s, m) for s, m in warnings]


def test_a_json_sidecar_gives_the_date_and_is_not_read_as_an_article(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.txt.json").write_text('{"date": "2024-03-05", "title": "Survey"}')
    [article] = _read(tmp_path)
    assert isinstance(article, ArticleText)
    assert article.meta.date_published == datetime.date(2024, 3, 5)
    assert article.meta.headline == "Survey"


def test_a_yaml_sidecar_wins_over_the_files_own_and_the_default_date(tmp_path: Path) -> None:
    (tmp_path / "b.md").write_text(f"---\ndate: 2020-01-01\n---\n{TEXT}", encoding="utf-8")
    (tmp_path / "b.meta.yaml").write_text("date: 2024-06-07\nauthor: Jo Writer\n")
    [article] = _read(tmp_path, default_date=datetime.date(1999, 1, 1))
    assert isinstance(article, ArticleText)
    assert article.meta.date_published == datetime.date(2024, 6, 7)
    assert article.meta.authors == ("Jo Writer",)


def test_a_broken_sidecar_is_a_warning_and_the_article_is_still_read(tmp_path: Path) -> None:
    (tmp_path / "c.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "c.txt.json").write_text("{not json")
    items = _read(tmp_path)
    assert isinstance(items[0], ArticleText) and items[0].meta.date_published is None
    assert isinstance(items[1], SkippedInput)
    assert items[1].reason.startswith("sidecar c.txt.json cannot be read")


def test_a_json_file_with_no_article_beside_it_is_still_reported(tmp_path: Path) -> None:
    (tmp_path / "d.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "other.json").write_text("{}")
    items = _read(tmp_path)
    assert any(isinstance(i, SkippedInput) and i.source.endswith("other.json") for i in items)
