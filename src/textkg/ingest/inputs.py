"""Turn what the user typed (files, folders, globs, "-") into a sorted, de-duplicated list
of files, plus a one-line reason for every argument that names nothing readable."""

from __future__ import annotations

import glob
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from textkg.ingest.sidecar import drop_sidecars
from textkg.records import SkippedInput

STDIN_SOURCE = "<stdin>"

SUFFIX_FORMATS: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".mdown": "md",
    ".mkd": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jsonlines": "jsonl",
}
READABLE_KINDS = ".txt, .md, .html, .jsonl"


@dataclass(frozen=True)
class InputFile:
    """A file to read. ``fmt`` is None when the name has no suffix (decided from content);
    ``suffix`` is set when the suffix is one textkg does not read."""

    path: str
    source: str
    fmt: str | None
    suffix: str | None = None


@dataclass
class InputPlan:
    files: list[InputFile] = field(default_factory=list)
    skipped: list[SkippedInput] = field(default_factory=list)
    read_stdin: bool = False
    #: Why a file is not an input (it is a textkg output), or None; see IngestOptions.
    not_input: Callable[[str], str | None] | None = None

    def output_reason(self, path: str) -> str | None:
        return self.not_input(os.path.abspath(path)) if self.not_input else None


def display_source(path: str) -> str:
    """POSIX path relative to the working directory when under it, else absolute.

    A name that is not UTF-8 shows its odd bytes as ``\\xff``: the source goes into the
    graph, which must stay encodable, and it must be the same on every run.
    """
    absolute = os.path.abspath(path)
    cwd = os.getcwd()
    try:
        shown = Path(absolute).relative_to(cwd).as_posix()
    except ValueError:
        shown = Path(absolute).as_posix()
    return os.fsencode(shown).decode("utf-8", "backslashreplace")


def _input_file(path: str) -> InputFile:
    suffix = os.path.splitext(path)[1].lower()
    fmt = SUFFIX_FORMATS.get(suffix)
    unsupported = suffix if (suffix and fmt is None) else None
    return InputFile(os.path.abspath(path), display_source(path), fmt, unsupported)


def _has_glob_magic(text: str) -> bool:
    return any(ch in text for ch in "*?[")


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def _walk_folder(folder: str, plan: InputPlan) -> None:
    found_readable = False

    def on_error(exc: OSError) -> None:
        where = display_source(exc.filename) if exc.filename else display_source(folder)
        plan.skipped.append(SkippedInput(where, os_reason(exc)))

    for root, dirs, files in os.walk(folder, onerror=on_error):
        dirs[:] = sorted(d for d in dirs if not _is_hidden(d))
        for name in sorted(files):
            if _is_hidden(name):
                continue
            full = os.path.join(root, name)
            if not os.path.isfile(full) or plan.output_reason(full):
                continue
            item = _input_file(full)
            plan.files.append(item)
            if item.suffix is None:
                found_readable = True
    if not found_readable and not any(s.source == display_source(folder) for s in plan.skipped):
        plan.skipped.append(
            SkippedInput(
                display_source(folder), f"folder holds no readable files ({READABLE_KINDS})"
            )
        )


def _add_path(path: str, plan: InputPlan) -> None:
    if os.path.isdir(path):
        _walk_folder(path, plan)
    elif os.path.isfile(path):
        reason = plan.output_reason(path)
        if reason:
            plan.skipped.append(SkippedInput(display_source(path), reason))
        else:
            plan.files.append(_input_file(path))
    elif os.path.lexists(path) and not os.path.exists(path):
        plan.skipped.append(SkippedInput(display_source(path), "broken symbolic link"))
    else:
        plan.skipped.append(SkippedInput(display_source(path), "not a regular file"))


def plan_inputs(
    inputs: Sequence[str | Path], not_input: Callable[[str], str | None] | None = None
) -> InputPlan:
    """Expand the arguments; files come out sorted by source and each real file once.

    Files ``not_input`` names (textkg's own outputs) are left out of folders silently and
    skipped with its reason when named one by one.
    """
    plan = InputPlan(not_input=not_input)
    for raw in inputs:
        arg = os.fspath(raw)
        if arg == "-":
            plan.read_stdin = True
        elif os.path.lexists(arg):
            _add_path(arg, plan)
        elif _has_glob_magic(arg):
            matches = sorted(glob.glob(arg, recursive=True))
            if not matches:
                plan.skipped.append(SkippedInput(arg, "no files match this pattern"))
            for match in matches:
                _add_path(match, plan)
        else:
            plan.skipped.append(SkippedInput(arg, "no such file or directory"))
    plan.files = _sorted_unique(plan.files)
    sidecars = drop_sidecars(f.path for f in plan.files)  # metadata, read with their article
    plan.files = [f for f in plan.files if f.path not in sidecars]
    return plan


def _sorted_unique(files: list[InputFile]) -> list[InputFile]:
    ordered = sorted(files, key=lambda f: (PurePosixPath(f.source).parts, f.source))
    seen: set[str] = set()
    unique: list[InputFile] = []
    for item in ordered:
        real = os.path.realpath(item.path)
        if real in seen:
            continue
        seen.add(real)
        unique.append(item)
    return unique


def os_reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    if isinstance(exc, IsADirectoryError):
        return "is a folder"
    return f"cannot read: {(exc.strerror or str(exc)).lower()}"
