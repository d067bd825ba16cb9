"""The end-of-build notices: skipped inputs summed up by kind, undated articles in one line."""

from __future__ import annotations

from textkg.notices import skip_kind, skipped_summary, undated_message
from textkg.records import SkippedInput


def test_skips_are_summarised_by_kind() -> None:
    skipped = [SkippedInput(f"e{i}.txt", "empty file") for i in range(9)] + [
        SkippedInput(f"p{i}.png", "binary file (PNG image)") for i in range(3)
    ]
    assert skipped_summary(skipped, verbose=False) == (
        "12 inputs skipped: 9 empty, 3 binary; see --verbose for each"
    )
    assert skip_kind("line 3: not valid JSON (Expecting value)") == "not valid JSON"
    assert skipped_summary([], verbose=False) is None


def test_the_undated_warning_is_one_line_naming_some_sources() -> None:
    assert undated_message([]) is None
    text = undated_message([f"a{i}.txt" for i in range(5)])
    assert text is not None and "\n" not in text
    assert text.startswith("5 articles have no publication date")
    assert "a0.txt, a1.txt, a2.txt and 2 more" in text and "--date" in text
