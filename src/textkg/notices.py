"""The end-of-build notices, the same for the command line and the Python API: skipped
inputs summed up by kind, and one warning for the articles with no publication date."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from textkg.records import SkippedInput


def skip_kind(reason: str) -> str:
    """``binary file (PNG image)`` → ``binary``: the reason without its particulars."""
    text = reason
    if text.startswith("line ") and ": " in text:
        text = text.split(": ", 1)[1]
    text = text.split(" (", 1)[0].split(":", 1)[0].strip()
    return text.removesuffix(" file") or reason


def skipped_summary(skipped: Sequence[SkippedInput], verbose: bool) -> str | None:
    """``12 inputs skipped: 9 empty, 3 binary; see --verbose``."""
    if not skipped:
        return None
    kinds = Counter(skip_kind(s.reason) for s in skipped)
    parts = ", ".join(f"{count} {kind}" for kind, count in kinds.most_common())
    noun = "input" if len(skipped) == 1 else "inputs"
    hint = "" if verbose else "; see --verbose for each"
    return f"{len(skipped)} {noun} skipped: {parts}{hint}"


CLI_DATE_HINT = (
    "give one with --date YYYY-MM-DD, front matter, or a sidecar file such as "
    'ARTICLE.txt.json holding {"date": "YYYY-MM-DD"}'
)


def undated_message(sources: Sequence[str], hint: str = CLI_DATE_HINT) -> str | None:
    """One warning for every article with no publication date (their events get no dates)."""
    if not sources:
        return None
    shown = ", ".join(sources[:3]) + (f" and {len(sources) - 3} more" if len(sources) > 3 else "")
    count = len(sources)
    articles = "article has" if count == 1 else "articles have"
    return (
        f"{count} {articles} no publication date, so dates of their events stay empty "
        f"({shown}); {hint}"
    )
