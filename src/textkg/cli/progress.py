"""The build's progress bar (rich): articles done of the total, percentage, throughput and
time left, with warnings printed above it and summarised at the end."""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from textkg.errors import printable
from textkg.pipeline import BuildObserver

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress, TaskID

    from textkg.ingest import BuildInput
    from textkg.records import ArticleText, SkippedInput

#: Warnings printed one by one before the rest are only counted (all of them with --verbose).
SHOWN_WARNINGS = 5


def expected_items(inputs: Sequence[BuildInput]) -> int | None:
    """How many articles and skips the build will report, known before parsing: one per
    file, one per non-blank JSON Lines record (counted on the bytes, not parsed). None
    when standard input is read (its length is unknown)."""
    from textkg.ingest import Article
    from textkg.ingest.inputs import plan_inputs

    paths = [item for item in inputs if not isinstance(item, Article)]
    plan = plan_inputs(paths)
    if plan.read_stdin:
        return None
    total = len(inputs) - len(paths) + len(plan.skipped)
    for item in plan.files:
        if item.fmt != "jsonl":
            total += 1
            continue
        try:
            with open(item.path, "rb") as handle:
                total += max(1, sum(1 for line in handle if line.strip()))
        except OSError:
            total += 1
    return total


class BuildProgress:
    """Progress bar on stderr plus warning lines above it; a context manager that gives the
    pipeline its BuildObserver."""

    def __init__(
        self,
        *,
        enabled: bool,
        total: int | None,
        verbose: bool = False,
        console: Console | None = None,
    ) -> None:
        self.enabled = enabled
        self.console = console
        self.total = total
        self.verbose = verbose
        self.progress: Progress | None = None
        self.task: TaskID | None = None
        self.documents = 0
        self.words = 0
        self.warnings = 0
        self._started: float | None = None  # at the first article: model loading is not parsing

    def __enter__(self) -> BuildObserver:
        outer = self

        class Observer(BuildObserver):
            def article_read(self, article: ArticleText, words: int) -> None:
                outer.documents += 1
                outer.words += words
                outer.advance()

            def input_skipped(self, skipped: SkippedInput) -> None:
                outer.warn(f"skipped {skipped.source}: {skipped.reason}")
                outer.advance()

            def input_warning(self, source: str, message: str) -> None:
                outer.warn(f"{source}: {message}")

            def stage(self, name: str) -> None:
                outer.describe(name)

        if self.enabled:
            self.progress = _make_progress(self.console)
            self.progress.start()
            self.task = self.progress.add_task("loading the model", total=self.total, rate="")
        return Observer()

    def warn(self, text: str, *, always: bool = False) -> None:
        """Print a warning above the bar; past the first few, only with --verbose."""
        self.warnings += 1
        if not (always or self.verbose or self.warnings <= SHOWN_WARNINGS):
            return
        self.note(f"warning: {text}")

    def note(self, text: str) -> None:
        """One line on stderr, above the bar; escaped, so that a name in it can neither
        break the line nor send codes to the terminal."""
        message = f"textkg: {printable(text)}"
        if self.progress is not None:
            self.progress.console.print(message, markup=False, highlight=False)
        else:
            print(message, file=sys.stderr)

    def advance(self) -> None:
        if self.progress is None or self.task is None:
            return
        now = time.perf_counter()
        if self._started is None:
            self._started = now
        elapsed = max(1e-6, now - self._started)
        rate = f"{self.documents / elapsed:,.1f} docs/s, {self.words / elapsed:,.0f} words/s"
        self.progress.update(self.task, advance=1, rate=rate)

    def relabel(self, text: str) -> None:
        if self.progress is not None and self.task is not None:
            self.progress.update(self.task, description=text)

    def describe(self, stage: str) -> None:
        """A later stage (resolving, writing): the articles are all done."""
        if self.progress is not None and self.task is not None:
            task = self.progress.tasks[0]
            if task.total is not None and task.completed < task.total:
                self.progress.update(self.task, completed=task.total)  # estimates can be off
            self.progress.update(self.task, description=stage)

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None:
            self.progress.stop()


def _make_progress(console: Console | None) -> Progress:
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TaskProgressColumn,
        TextColumn,
        TimeRemainingColumn,
    )

    console = console or Console(stderr=True)
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TaskProgressColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(),
        console=console,
        transient=True,
    )
