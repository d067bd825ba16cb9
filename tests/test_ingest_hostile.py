"""Reading hostile input: deep or huge records, unreadable lines, control characters, names
that are not UTF-8, and textkg's own outputs among the inputs."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from fixtures.ingest.support import ARTICLE, articles, read, skips
from textkg.ingest import read_articles
from textkg.records import SkippedInput


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


# --------------------------------------------------------------------------- hostile input


def test_a_record_nested_too_deeply_or_with_a_huge_number_costs_only_its_line(
    tmp_path: Path,
) -> None:
    lines = [
        json.dumps({"text": ARTICLE}),
        '{"a":' * 100_000 + "1" + "}" * 100_000,
        '{"n": ' + "9" * 5000 + "}",
        json.dumps({"text": ARTICLE.replace("Monday", "Tuesday")}),
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n")
    for items in (
        read("feed.jsonl"),
        list(read_articles(["-"], stdin=io.StringIO("\n".join(lines)))),
    ):
        assert [a.source.rsplit(":", 1)[1] for a in articles(items)] == ["1", "4"]
        reasons = [s.reason for s in items if isinstance(s, SkippedInput)]
        assert reasons[0] == "line 2: JSON nested too deeply to read"
        assert reasons[1].startswith("line 3: invalid JSON: Exceeds the limit (4300 digits)")


def test_a_record_that_fails_to_read_costs_only_its_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import textkg.ingest.reader as reader

    real = reader.meta_from_fields

    def meta(fields: dict[str, object]) -> object:
        if fields.get("title") == "bad":
            raise AttributeError("injected")
        return real(fields)

    monkeypatch.setattr(reader, "meta_from_fields", meta)
    lines = [json.dumps({"title": t, "text": ARTICLE + t}) for t in ("good", "bad", "fine")]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines))
    items = read("feed.jsonl")
    assert [a.source for a in articles(items)] == ["feed.jsonl:1", "feed.jsonl:3"]
    assert skips(items) == {"feed.jsonl": "line 2: could not be read (AttributeError: injected)"}


def test_text_and_metadata_are_cleaned_of_what_no_article_holds(tmp_path: Path) -> None:
    record = {
        "title": "Ports\ud800 pact\x00",
        "author": ["Eva \udfff Jansen"],
        "text": "Lone \ud83d surrogate, \x07bell, \ufffe and \U0010ffff gone.\x85" + ARTICLE,
    }
    (tmp_path / "feed.jsonl").write_text(json.dumps(record) + "\n")
    (article,) = articles(read("feed.jsonl"))
    assert article.text.startswith("Lone \ufffd surrogate, bell,  and  gone.\n")
    assert article.meta.headline == "Ports\ufffd pact"
    assert article.meta.authors == ("Eva \ufffd Jansen",)
    article.text.encode("utf-8")  # encodable: no lone surrogate is left


def test_a_file_name_that_is_not_utf8_gets_a_source_that_is(tmp_path: Path) -> None:
    with open(os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt"), "wb") as handle:
        handle.write(ARTICLE.encode())
    (article,) = articles(read("."))
    assert article.source == "caf\\xe9.txt"


def test_textkg_outputs_are_never_inputs(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "view.html").write_text("<html><body><p>" + ARTICLE + "</p></body></html>")

    def not_input(path: str) -> str | None:
        return "an output of textkg, not an article" if path.endswith("view.html") else None

    assert [a.source for a in articles(read(".", not_input=not_input))] == ["a.txt"]
    assert skips(read(".", not_input=not_input)) == {}
    assert skips(read("view.html", not_input=not_input)) == {
        "view.html": "an output of textkg, not an article"
    }


def test_record_sources_are_described_by_line() -> None:
    from textkg.ingest.reader import describe_source, record_source

    assert describe_source(record_source("in/feed.jsonl", 12)) == "in/feed.jsonl: line 12"
    assert describe_source("<stdin>:3") == "<stdin>: line 3"
    assert describe_source("in/a.txt") == "in/a.txt"
