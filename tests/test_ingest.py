"""read_articles on every input kind, encoding and bad-input case, through the public API."""

from __future__ import annotations

import datetime
import io
import json
import os
from pathlib import Path

import pytest

from fixtures.ingest.support import ARTICLE, PNG_BYTES, articles, read, skips
from textkg.ingest import IngestOptions, read_articles
from textkg.records import SkippedInput


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


# --------------------------------------------------------------------------- inputs


def test_folder_is_read_recursively_in_sorted_order_whatever_the_creation_order(
    tmp_path: Path,
) -> None:
    for name in ["corpus/b/zeta.txt", "corpus/a.txt", "corpus/b/alpha.md", "corpus/c.txt"]:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
    for name in reversed(
        ["corpus/a.txt", "corpus/b/alpha.md", "corpus/b/zeta.txt", "corpus/c.txt"]
    ):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    sources = [a.source for a in articles(read("corpus"))]
    assert sources == ["corpus/a.txt", "corpus/b/alpha.md", "corpus/b/zeta.txt", "corpus/c.txt"]


def test_argument_order_and_duplicates_do_not_change_what_is_read(tmp_path: Path) -> None:
    for name in ["one.txt", "two.txt"]:
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    first = [a.source for a in articles(read("two.txt", "one.txt", "./one.txt", "."))]
    second = [a.source for a in articles(read(".", "one.txt"))]
    assert first == second == ["one.txt", "two.txt"]


def test_glob_and_mixed_inputs_in_one_build(tmp_path: Path) -> None:
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "n1.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "x1.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "x2.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "y.txt").write_text(ARTICLE, encoding="utf-8")
    items = list(
        read_articles(["x*.txt", "notes", "-", "nothing-*.txt"], stdin=io.StringIO(ARTICLE))
    )
    assert [a.source for a in articles(items)] == ["<stdin>", "notes/n1.md", "x1.txt", "x2.txt"]
    assert skips(items) == {"nothing-*.txt": "no files match this pattern"}


def test_source_is_relative_under_the_working_directory_else_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "inside").mkdir()
    (tmp_path / "outside").mkdir()
    (tmp_path / "inside" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "outside" / "b.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path / "inside")
    outside = (tmp_path / "outside" / "b.txt").resolve()
    sources = sorted(a.source for a in articles(read("a.txt", str(outside))))
    assert sources == sorted(["a.txt", outside.as_posix()])


def test_missing_path_and_folder_without_readable_files(tmp_path: Path) -> None:
    (tmp_path / "empty-folder").mkdir()
    (tmp_path / "pictures").mkdir()
    (tmp_path / "pictures" / "photo.png").write_bytes(PNG_BYTES)
    items = read("missing.txt", "empty-folder", "pictures")
    assert articles(items) == []
    assert skips(items) == {
        "missing.txt": "no such file or directory",
        "empty-folder": "folder holds no readable files (.txt, .md, .html, .jsonl)",
        "pictures": "folder holds no readable files (.txt, .md, .html, .jsonl)",
        "pictures/photo.png": "binary file (PNG image)",
    }


def test_hidden_files_in_folders_are_ignored(tmp_path: Path) -> None:
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / ".draft.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "c" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert [a.source for a in articles(read("c"))] == ["c/a.txt"]


def test_unsupported_file_type_is_skipped_with_its_suffix(tmp_path: Path) -> None:
    (tmp_path / "table.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    assert skips(read("table.csv")) == {
        "table.csv": "unsupported file type '.csv' (textkg reads .txt, .md, .html, .jsonl)"
    }


def test_file_without_suffix_is_read_by_its_content(tmp_path: Path) -> None:
    (tmp_path / "ARTICLE").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "PAGE").write_text(
        "<!DOCTYPE html><html><body><article><p>" + ARTICLE + "</p></article></body></html>",
        encoding="utf-8",
    )
    found = {a.source: a.text for a in articles(read("ARTICLE", "PAGE"))}
    assert set(found) == {"ARTICLE", "PAGE"}
    assert "<" not in found["PAGE"] and "Rotterdam" in found["PAGE"]


def test_permission_denied_is_reported_and_the_rest_is_read(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "open.txt").write_text(ARTICLE, encoding="utf-8")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as a user who can read any file (root): chmod has no effect")
        items = read("locked.txt", "open.txt")
    finally:
        locked.chmod(0o644)
    assert skips(items) == {"locked.txt": "permission denied"}
    assert [a.source for a in articles(items)] == ["open.txt"]


def test_permission_error_while_opening_is_a_skip_not_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Works as root too: the operating system's refusal is simulated at open()."""
    import textkg.ingest.reader as reader_module

    (tmp_path / "locked.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "open.txt").write_text(ARTICLE, encoding="utf-8")
    real_open = open

    def refusing_open(path: str, *args: object, **kwargs: object) -> object:
        if str(path).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(reader_module, "open", refusing_open, raising=False)
    items = read("locked.txt", "open.txt")
    assert skips(items) == {"locked.txt": "permission denied"}
    assert [a.source for a in articles(items)] == ["open.txt"]


def test_unreadable_subfolder_is_reported(tmp_path: Path) -> None:
    (tmp_path / "corpus" / "private").mkdir(parents=True)
    (tmp_path / "corpus" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    private = tmp_path / "corpus" / "private"
    private.chmod(0)
    try:
        if os.access(private, os.R_OK):
            pytest.skip("running as a user who can read any folder (root): chmod has no effect")
        items = read("corpus")
    finally:
        private.chmod(0o755)
    assert skips(items) == {"corpus/private": "permission denied"}
    assert [a.source for a in articles(items)] == ["corpus/a.txt"]


def test_file_over_the_size_limit_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text(ARTICLE * 50, encoding="utf-8")
    (tmp_path / "small.txt").write_text(ARTICLE, encoding="utf-8")
    items = read("big.txt", "small.txt", max_bytes=2_000)
    assert [a.source for a in articles(items)] == ["small.txt"]
    reason = skips(items)["big.txt"]
    assert reason.startswith("larger than 2 kB limit")


def test_default_size_limit_message_names_20_mb() -> None:
    assert IngestOptions().max_bytes == 20_000_000
    from textkg.ingest.jsonl import format_size

    assert format_size(20_000_000) == "20 MB"


# --------------------------------------------------------------------------- stdin


def test_stdin_text_stream() -> None:
    items = list(read_articles(["-"], stdin=io.StringIO(ARTICLE)))
    assert [(a.source, a.text) for a in articles(items)] == [("<stdin>", ARTICLE.strip())]


def test_stdin_given_twice_is_read_once() -> None:
    items = list(read_articles(["-", "-"], stdin=io.StringIO(ARTICLE)))
    assert len(articles(items)) == 1


def test_stdin_bytes_are_decoded_like_files() -> None:
    stream = io.TextIOWrapper(io.BytesIO(ARTICLE.encode("utf-16")), encoding="latin-1")
    items = list(read_articles(["-"], stdin=stream))
    assert articles(items)[0].text == ARTICLE.strip()


def test_stdin_json_lines_are_recognised() -> None:
    lines = "\n".join(json.dumps({"text": p}) for p in ARTICLE.strip().split("\n\n"))
    items = list(read_articles(["-"], stdin=io.StringIO(lines)))
    assert [a.source for a in articles(items)] == ["<stdin>:1", "<stdin>:2"]


def test_empty_stdin_is_a_skip() -> None:
    items = list(read_articles(["-"], stdin=io.StringIO("  \n")))
    assert skips(items) == {"<stdin>": "empty input"}


# --------------------------------------------------------------------------- encodings


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"])
def test_unicode_encodings(tmp_path: Path, encoding: str) -> None:
    text = ARTICLE.replace("Antwerp", "Antwerpen–Zürich “Haven”")
    (tmp_path / "a.txt").write_bytes(text.encode(encoding))
    (article,) = articles(read("a.txt"))
    assert "Antwerpen–Zürich “Haven”" in article.text
    assert "\ufeff" not in article.text


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_legacy_single_byte_encodings(tmp_path: Path, encoding: str) -> None:
    text = (
        "Le ministre français a rencontré son homologue à Genève mardi, a déclaré le "
        "porte-parole du ministère.\n\nLa réunion a duré trois heures, selon un communiqué."
    )
    if encoding == "cp1252":
        text = text.replace("mardi", "mardi – « comme prévu »")
    (tmp_path / "a.txt").write_bytes(text.encode(encoding))
    (article,) = articles(read("a.txt"))
    assert article.text == text


def test_utf16_without_byte_order_mark(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(ARTICLE.encode("utf-16-le"))
    (article,) = articles(read("a.txt"))
    assert article.text == ARTICLE.strip()


def test_cyrillic_legacy_encoding_is_detected(tmp_path: Path) -> None:
    text = (
        "Министр иностранных дел России встретился с коллегой из Казахстана в Москве во "
        "вторник, сообщило министерство. Стороны обсудили торговлю и транспорт."
    )
    (tmp_path / "a.txt").write_bytes(text.encode("cp1251"))
    (article,) = articles(read("a.txt"))
    assert article.text == text


def test_windows_line_endings(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(ARTICLE.replace("\n", "\r\n").encode("utf-8"))
    (article,) = articles(read("a.txt"))
    assert "\r" not in article.text
    assert article.text == ARTICLE.strip()


def test_binary_and_empty_files_are_skipped_with_reasons(tmp_path: Path) -> None:
    (tmp_path / "image.txt").write_bytes(PNG_BYTES)
    (tmp_path / "blob.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_text("  \n\n \t\n", encoding="utf-8")
    (tmp_path / "base64.txt").write_text(("QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo" * 3 + "\n") * 40)
    assert skips(read("image.txt", "blob.txt", "empty.txt", "blank.md", "base64.txt")) == {
        "image.txt": "binary file (PNG image)",
        "blob.txt": "binary file",
        "empty.txt": "empty file",
        "blank.md": "empty file",
        "base64.txt": "no natural-language text (mostly symbols, digits or encoded data)",
    }


def test_page_with_only_furniture_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "menu.txt").write_text("Home\nNews\nSport\n\nShare this article\n\n12 Comments\n")
    assert skips(read("menu.txt")) == {"menu.txt": "no article text found (only page furniture)"}


# --------------------------------------------------------------------------- Markdown


def test_markdown_front_matter_and_body(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(
        "---\n"
        "title: Ports sign data pact\n"
        "date: 2024-03-04\n"
        "author: [Eva Jansen, Luc Peeters]\n"
        "publisher: Delta Shipping News\n"
        "url: https://news.example.com/pact\n"
        "tags: [ports, data]\n"
        "lang: en\n"
        "---\n\n# Ports sign data pact\n\n" + ARTICLE.replace("Monday", "**Monday**"),
        encoding="utf-8",
    )
    (article,) = articles(read("a.md", default_date=datetime.date(2020, 1, 1)))
    assert article.text == ARTICLE.strip()
    meta = article.meta
    assert meta.headline == "Ports sign data pact"
    assert meta.date_published == datetime.date(2024, 3, 4)
    assert meta.authors == ("Eva Jansen", "Luc Peeters")
    assert meta.publisher == "Delta Shipping News"
    assert meta.url == "https://news.example.com/pact"
    assert meta.keywords == ("ports", "data")
    assert meta.language == "en"


def test_markdown_syntax_does_not_reach_the_text(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(
        "Minister [Eva Jansen](https://example.org/eva) met *Luc Peeters* in `Ghent`.\n\n"
        "```python\nprint('not an article')\n```\n\n"
        "![a photo](photo.jpg)\n\n"
        "> The two ministers agreed to meet again in May, a spokesman said.\n",
        encoding="utf-8",
    )
    (article,) = articles(read("a.md"))
    assert article.text == (
        "Minister Eva Jansen met Luc Peeters in Ghent.\n\n"
        "The two ministers agreed to meet again in May, a spokesman said."
    )


def test_broken_front_matter_warns_and_the_body_is_still_read(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("---\ntitle: [unclosed\n---\n\n" + ARTICLE, encoding="utf-8")
    warnings: list[tuple[str, str]] = []
    items = list(
        read_articles(["a.md"], IngestOptions(on_warning=lambda s, m: warnings.append((s, m))))
    )
    assert articles(items)[0].text == ARTICLE.strip()
    assert warnings and warnings[0][0] == "a.md" and "front matter" in warnings[0][1]


def test_front_matter_in_a_text_file_is_metadata_too(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("---\ndate: 2023-12-01\n---\n" + ARTICLE, encoding="utf-8")
    (article,) = articles(read("a.txt"))
    assert article.meta.date_published == datetime.date(2023, 12, 1)
    assert article.text == ARTICLE.strip()


# --------------------------------------------------------------------------- dates


def test_command_line_date_fills_in_only_when_the_file_has_none(tmp_path: Path) -> None:
    (tmp_path / "dated.md").write_text("---\ndate: 2024-03-04\n---\n" + ARTICLE)
    (tmp_path / "undated.txt").write_text(ARTICLE)
    found = {
        a.source: a.meta.date_published
        for a in articles(read("dated.md", "undated.txt", default_date=datetime.date(2024, 5, 1)))
    }
    assert found == {
        "dated.md": datetime.date(2024, 3, 4),
        "undated.txt": datetime.date(2024, 5, 1),
    }


# --------------------------------------------------------------------------- HTML


def test_html_page_main_text_and_metadata(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(
        """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">
        <title>Havens delen data | Delta Post</title>
        <meta property="og:site_name" content="Delta Post">
        <meta name="author" content="Eva Jansen">
        <meta property="article:published_time" content="2024-03-04T10:00:00+01:00">
        </head><body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
        <article><h1>Havens delen data</h1>"""
        + "".join(f"<p>{p}</p>" for p in ARTICLE.strip().split("\n\n"))
        + "</article><footer>© 2024 Delta Post</footer></body></html>",
        encoding="utf-8",
    )
    (article,) = articles(read("page.html"))
    assert article.text == ARTICLE.strip()
    assert article.meta.headline == "Havens delen data"
    assert article.meta.authors == ("Eva Jansen",)
    assert article.meta.publisher == "Delta Post"
    assert article.meta.date_published == datetime.date(2024, 3, 4)
    assert article.meta.language == "nl"


def test_html_declared_legacy_charset(tmp_path: Path) -> None:
    body = "<p>Le ministre a rencontré son homologue à Genève mardi, a déclaré le ministère.</p>"
    page = f'<html><head><meta charset="windows-1252"></head><body>{body}</body></html>'
    (tmp_path / "page.htm").write_bytes(page.encode("cp1252"))
    (article,) = articles(read("page.htm"))
    assert "rencontré son homologue à Genève" in article.text


def test_truncated_html_warns_and_keeps_what_was_there(tmp_path: Path) -> None:
    paragraphs = ARTICLE.strip().split("\n\n")
    (tmp_path / "cut.html").write_text(
        "<!DOCTYPE html><html><head><title>Ports</title></head><body><article>"
        f"<p>{paragraphs[0]}</p><p>{paragraphs[1]}</p><p>The agreement runs until 20",
        encoding="utf-8",
    )
    (tmp_path / "cut-early.html").write_text("<!DOCTYPE html><html><head><tit", encoding="utf-8")
    warnings: list[tuple[str, str]] = []
    items = list(
        read_articles(
            ["cut.html", "cut-early.html"],
            IngestOptions(on_warning=lambda s, m: warnings.append((s, m))),
        )
    )
    (article,) = articles(items)
    assert article.text == ARTICLE.strip()
    assert [source for source, _ in warnings] == ["cut.html"]
    assert "truncated" in warnings[0][1]
    assert skips(items) == {"cut-early.html": "truncated HTML page with no article text"}


# --------------------------------------------------------------------------- JSON Lines


def test_jsonl_records_with_metadata_and_a_broken_line(tmp_path: Path) -> None:
    good = {
        "id": "r1",
        "title": "Ports sign data pact",
        "date": "2024-03-04",
        "author": "Eva Jansen and Luc Peeters",
        "publisher": "Delta Wire",
        "url": "https://wire.example.com/r1",
        "text": ARTICLE,
    }
    lines = [
        json.dumps(good),
        '{"title": "broken", "text": "The mayor said" "the bridge"}',
        json.dumps({"title": "no text here"}),
        "",
        json.dumps(["not", "an", "object"]),
        json.dumps(
            {"text": "The ferry to Texel will run every hour from June, the operator said."}
        ),
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read("feed.jsonl", default_date=datetime.date(2024, 6, 1))
    found = articles(items)
    assert [a.source for a in found] == ["feed.jsonl:1", "feed.jsonl:6"]
    first = found[0]
    assert first.text == ARTICLE.strip()
    assert first.meta.headline == "Ports sign data pact"
    assert first.meta.authors == ("Eva Jansen", "Luc Peeters")
    assert first.meta.publisher == "Delta Wire"
    assert first.meta.date_published == datetime.date(2024, 3, 4)
    assert found[1].meta.date_published == datetime.date(2024, 6, 1)
    reasons = [s.reason for s in items if isinstance(s, SkippedInput)]
    assert reasons == [
        "line 2: invalid JSON: Expecting ',' delimiter (column 46)",
        'line 3: no "text" field with article text',
        "line 5: not a JSON object",
    ]
    assert all(s.source == "feed.jsonl" for s in items if isinstance(s, SkippedInput))


def test_jsonl_with_bom_utf16_and_oversized_record(tmp_path: Path) -> None:
    record = json.dumps({"text": ARTICLE})
    (tmp_path / "bom.jsonl").write_bytes(b"\xef\xbb\xbf" + record.encode("utf-8"))
    (tmp_path / "wide.jsonl").write_bytes((record + "\n").encode("utf-16"))
    (tmp_path / "big.jsonl").write_text(
        json.dumps({"text": ARTICLE * 20}) + "\n" + record + "\n", encoding="utf-8"
    )
    items = read("bom.jsonl", "wide.jsonl", "big.jsonl", max_bytes=2_000)
    assert [a.source for a in articles(items)] == ["big.jsonl:2", "bom.jsonl:1", "wide.jsonl:1"]
    assert skips(items) == {"big.jsonl": "line 1: record larger than 2 kB limit"}


def test_jsonl_line_that_is_not_utf8(tmp_path: Path) -> None:
    good = json.dumps({"text": ARTICLE}).encode("utf-8")
    bad = '{"text": "Le ministre a parlé à Genève."}'.encode("latin-1")
    (tmp_path / "mixed.jsonl").write_bytes(bad + b"\n" + good + b"\n")
    items = read("mixed.jsonl")
    assert [a.source for a in articles(items)] == ["mixed.jsonl:2"]
    assert skips(items) == {"mixed.jsonl": "line 1: not UTF-8 (JSON Lines must be UTF-8)"}


def test_jsonl_html_record(tmp_path: Path) -> None:
    html = "<html><body><article>" + "".join(f"<p>{p}</p>" for p in ARTICLE.strip().split("\n\n"))
    (tmp_path / "pages.jsonl").write_text(json.dumps({"html": html + "</article></body></html>"}))
    (article,) = articles(read("pages.jsonl"))
    assert article.text == ARTICLE.strip()


def test_empty_jsonl(tmp_path: Path) -> None:
    (tmp_path / "none.jsonl").write_text("")
    assert skips(read("none.jsonl")) == {"none.jsonl": "empty file"}


# --------------------------------------------------------------------------- options


def test_keep_clutter_option_keeps_every_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Home | News | Sport\n\n" + ARTICLE + "\nShare this article\n")
    (kept,) = articles(read("a.txt", remove_clutter=False))
    (cleaned,) = articles(read("a.txt"))
    assert kept.text.startswith("Home | News | Sport") and "Share this article" in kept.text
    assert cleaned.text == ARTICLE.strip()


def test_results_are_identical_across_runs(tmp_path: Path) -> None:
    for index in range(4):
        (tmp_path / f"f{index}.txt").write_text(f"Site header line\n\n{ARTICLE}\nSite footer\n")
    first = read(".")
    second = read(".")
    assert first == second
