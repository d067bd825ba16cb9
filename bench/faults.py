"""Fault injection, measured: each fault tried on a real `textkg build`, and what it did.

    python bench/faults.py                        # this checkout
    python bench/faults.py --src OTHER/src        # another textkg source tree (e.g. an older one)
    python bench/faults.py --only lock,worker     # some faults only

Every fault runs in a fresh folder holding a graph built earlier from two articles (the
earlier outputs that must not be lost) and new good articles beside the fault. Prints a
Markdown table: the fault, the exit code, the first line on stderr, whether every good
article ended in the graph, and whether the earlier outputs were kept. Faults that need a
process killed at one exact moment are injected by patching a function in the child process
(``os.replace`` for "between two renames", which every version of textkg calls).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "bench"
ARTICLES = SHARED / "news" / "articles"
REDOCRED = SHARED / "redocred" / "dev.json"
TIMEOUT = 900


@dataclass
class Run:
    code: int | str
    err: str
    seconds: float
    #: What the bench saw beside the messages (shown after the first line).
    note: str = ""


class Case:
    """One fault, in its own folder: ``base/`` built into ``out/g.ttl``, ``new/`` good ones."""

    def __init__(self, root: Path, src: str | None) -> None:
        self.root = root
        self.env = {**os.environ, "PYTHONPATH": src or ""}
        self.articles = sorted(p for p in ARTICLES.iterdir() if p.suffix == ".txt")
        for folder in ("base", "new", "out"):
            (root / folder).mkdir()
        for path in self.articles[:2]:
            shutil.copy(path, root / "base")
        for path in self.articles[2:4]:
            shutil.copy(path, root / "new")
        self.graph = root / "out" / "g.ttl"
        built = self.run("build", "base", "-o", "out/g.ttl", "-q")
        assert built.code == 0, built.err
        self.before = self.outputs()

    def run(
        self, *args: str, inject: str = "", timeout: float = TIMEOUT, cwd: Path | None = None
    ) -> Run:
        main = "from textkg.cli import main\nraise SystemExit(main(sys.argv[1:]))"
        if args and args[0] == "build":  # dated, so that no warning about dates comes first
            args = (*args, "--date", "2024-05-01")
        started = time.perf_counter()
        try:
            done = subprocess.run(
                [sys.executable, "-c", f"import sys\n{inject}\n{main}", *args],
                cwd=cwd or self.root,
                env=self.env,
                capture_output=True,
                timeout=timeout,
            )
        except subprocess.TimeoutExpired as exc:
            err = exc.stderr.decode("utf-8", "replace") if exc.stderr else ""
            return Run(f"hung (killed after {timeout:.0f} s)", err, time.perf_counter() - started)
        seconds = time.perf_counter() - started
        return Run(done.returncode, done.stderr.decode("utf-8", "replace"), seconds)

    def spawn(self, *args: str) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [sys.executable, "-m", "textkg", *args, "--date", "2024-05-01"],
            cwd=self.root,
            env=self.env,
            stderr=subprocess.PIPE,
        )

    def outputs(self) -> dict[str, bytes]:
        folder = self.graph.parent
        return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}

    def graph_sources(self) -> set[str]:
        query = "SELECT ?p WHERE { ?d tk:sourcePath ?p }"
        done = subprocess.run(
            [sys.executable, "-m", "textkg", "query", "out/g.ttl", query, "--format", "json"],
            cwd=self.root,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
        )
        if done.returncode != 0:
            return set()
        rows = json.loads(done.stdout)["results"]["bindings"]
        return {row["p"]["value"] for row in rows}

    def base(self) -> set[str]:
        return {f"base/{p.name}" for p in self.articles[:2]}

    def new(self) -> set[str]:
        return {f"new/{p.name}" for p in self.articles[2:4]}


def supports(case: Case, option: str) -> bool:
    shown = subprocess.run(
        [sys.executable, "-m", "textkg", "build", "--help"],
        env=case.env,
        capture_output=True,
        text=True,
    )
    return option in shown.stdout


# ---------------------------------------------------------------------------- the faults
# Each returns (run, every good article in the graph? (None: no build is expected), earlier
# outputs kept?).

Result = tuple[Run, bool | None, bool]


def update_with(
    case: Case, *extra: str, good: frozenset[str] = frozenset(), options: tuple[str, ...] = ()
) -> Result:
    """``build new EXTRA --update``: are the new good articles in, and the earlier ones?"""
    done = case.run("build", "new", *extra, "-o", "out/g.ttl", "--update", "-q", *options)
    found = case.graph_sources()
    return done, case.base() | case.new() | good <= found, case.base() <= found


def fault_empty(case: Case) -> Result:
    (case.root / "new" / "empty.txt").write_text("")
    return update_with(case)


def fault_binary(case: Case) -> Result:
    (case.root / "new" / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    return update_with(case)


def fault_legacy(case: Case) -> Result:
    text = case.articles[5].read_text().replace("'", "’") + "\nCafé señor.\n"
    (case.root / "new" / "legacy.txt").write_bytes(text.encode("cp1252"))
    return update_with(case, good=frozenset({"new/legacy.txt"}))


def _records(case: Case, bad: str) -> None:
    first = json.dumps({"text": case.articles[6].read_text()})
    last = json.dumps({"text": case.articles[7].read_text()})
    (case.root / "new" / "feed.jsonl").write_text(f"{first}\n{bad}\n{last}\n")


def fault_broken_json(case: Case) -> Result:
    _records(case, '{"text": "unterminated')
    return update_with(case, good=frozenset({"new/feed.jsonl:1", "new/feed.jsonl:3"}))


def fault_deep_json(case: Case) -> Result:
    _records(case, "[" * 100_000 + "]" * 100_000)
    return update_with(case, good=frozenset({"new/feed.jsonl:1", "new/feed.jsonl:3"}))


def fault_surrogate(case: Case) -> Result:
    text = case.articles[8].read_text()[:400].replace('"', "'").replace("\n", " ")
    _records(case, '{"text": "A lone \\ud800 surrogate. ' + text + '"}')
    records = frozenset(f"new/feed.jsonl:{n}" for n in (1, 2, 3))
    return update_with(case, "--keep-clutter", good=records)


def fault_long(case: Case) -> Result:
    body = "\n\n".join(p.read_text() for p in case.articles)
    text = ""
    while len(text) < 1_200_000:
        text += body + "\n\n"
    (case.root / "new" / "long.txt").write_text(text)
    return update_with(case, "--keep-clutter", good=frozenset({"new/long.txt"}))


def fault_names(case: Case) -> Result:
    (case.root / "new" / "forged\ntextkg: error: \x1b[31mred.txt").write_text("")
    return update_with(case)


def fault_not_utf8_name(case: Case) -> Result:
    with open(os.path.join(os.fsencode(case.root / "new"), b"caf\xe9.txt"), "wb") as handle:
        handle.write(case.articles[9].read_bytes())
    done, good, kept = update_with(case)
    return done, good and any("caf" in s for s in case.graph_sources()), kept


def refused(case: Case, *options: str) -> Result:
    """A build that must stop before any work: are the earlier outputs as they were?"""
    done = case.run("build", "new", "-o", "out/g.ttl", "--update", "-q", *options)
    return done, None, case.outputs() == case.before


def fault_base_javascript(case: Case) -> Result:
    return refused(case, "--base", "javascript:alert(1)")


def fault_base_invalid(case: Case) -> Result:
    return refused(case, "--base", "not a base")


def fault_corrupt_state(case: Case) -> Result:
    """Damaged in place (as by a disk error): the build must refuse before parsing."""
    import gzip

    case.graph.with_name("g.facts.jsonl.gz").write_bytes(gzip.compress(b"{broken header\n"))
    case.before = case.outputs()
    done = case.run("build", "new", "-o", "out/g.ttl", "--update", "-q")
    return done, None, case.outputs() == case.before


def fault_build_twice(case: Case) -> Result:
    """In new/: does the second build read the first one's graphs/ folder?"""
    project = case.root / "new"
    case.run("build", ".", "-q", cwd=project)
    done = case.run("build", ".", cwd=project)
    return done, "graphs/" not in done.err, True


def fault_two_updates(case: Case) -> Result:
    """Two --update runs of 60 short articles each, started together (ReDocRED's texts)."""
    documents = json.loads(REDOCRED.read_text())
    texts = [" ".join(" ".join(sentence) for sentence in doc["sents"]) for doc in documents]
    wanted: set[str] = set()
    for side, first in (("a", 0), ("b", 60)):
        (case.root / side).mkdir()
        for n in range(first, first + 60):
            (case.root / side / f"doc{n:03d}.txt").write_text(texts[n])
            wanted.add(f"{side}/doc{n:03d}.txt")
    wait = ("--wait",) if supports(case, "--wait") else ()
    started = time.perf_counter()
    runs = [case.spawn("build", side, "-o", "out/g.ttl", "--update", "-q", *wait) for side in "ab"]
    errs = [p.communicate(timeout=TIMEOUT)[1].decode("utf-8", "replace") for p in runs]
    codes = [p.returncode for p in runs]
    seconds = time.perf_counter() - started
    done = Run(" and ".join(map(str, codes)), "\n".join(e for e in errs if e), seconds)
    found = case.graph_sources()
    wanted -= {w for w in wanted if f"skipped {w}:" in done.err}  # not articles (page furniture)
    lost = {side: sum(1 for w in wanted - found if w.startswith(side)) for side in "ab"}
    done.note = f"articles lost: {lost['a']} of a's, {lost['b']} of b's"
    return done, wanted <= found, case.base() <= found


KILL_WORKER = """
import importlib, os, signal
for name in ("textkg.parsing", "textkg.pipeline"):  # where textkg calls it, now or before
    try:
        module = importlib.import_module(name)
    except ImportError:
        continue
    real = getattr(module, "extract_facts", None)
    if real is not None:
        def extract(doc, article, real=real, **kwargs):
            if "KILLWORKER" in article.text:
                os.kill(os.getpid(), signal.SIGKILL)
            return real(doc, article, **kwargs)
        module.extract_facts = extract
"""


def fault_worker(case: Case) -> Result:
    text = case.articles[10].read_text().replace(" the ", " the KILLWORKER ", 1)
    (case.root / "new" / "killer.txt").write_text(text)
    done = case.run(
        "build",
        "new",
        "-o",
        "out/g.ttl",
        "--update",
        "-q",
        "--jobs",
        "2",
        "--batch-size",
        "1",
        inject=KILL_WORKER,
        timeout=300,
    )
    found = case.graph_sources()
    return done, case.base() | case.new() <= found, case.base() <= found


def _between_renames(action: str) -> str:
    """Patch os.replace: ``action`` right after the first rename into the graph's folder."""
    return f"""
import os, signal
real, seen = os.replace, []
def replace(src, dst, *args, **kwargs):
    real(src, dst, *args, **kwargs)
    if os.path.basename(os.path.dirname(os.path.abspath(dst))) == "out":
        seen.append(dst)
        if len(seen) == 1:
            {action}
os.replace = replace
"""


def fault_kill_between_renames(case: Case) -> Result:
    kill = _between_renames("os.kill(os.getpid(), signal.SIGKILL)")
    killed = case.run("build", "new", "-o", "out/g.ttl", "--update", "-q", inject=kill)
    (case.root / "more").mkdir()
    shutil.copy(case.articles[11], case.root / "more")
    after = case.run("build", "more", "-o", "out/g.ttl", "--update", "-q")
    found = case.graph_sources()
    good = case.base() | case.new() | {f"more/{case.articles[11].name}"}
    shown = Run(f"{killed.code}, then {after.code}", after.err, killed.seconds + after.seconds)
    return shown, good <= found, case.base() <= found


def fault_ctrl_c_between_renames(case: Case) -> Result:
    interrupt = _between_renames("signal.raise_signal(signal.SIGINT)")
    done = case.run("build", "new", "-o", "out/g.ttl", "--update", "-q", inject=interrupt)
    found = case.graph_sources()
    changed = case.outputs() != case.before
    told = ("untouched" in done.err or "as before" in done.err) and changed
    done.note = f"outputs changed: {changed}; message {'false' if told else 'true'}"
    return done, case.new() <= found, case.base() <= found


def fault_kill_mid_write(case: Case) -> Result:
    def litter() -> list[str]:
        found = case.graph.parent.rglob("*")
        return sorted(p.name for p in found if "tmp" in p.name or p.name.startswith("new-"))

    inject = "import os\nos.fsync = lambda fd: os._exit(137)\n"
    killed = case.run("build", "new", "-o", "out/g.ttl", "--update", "-q", inject=inject)
    left = litter()
    again = case.run("build", "new", "-o", "out/g.ttl", "--update", "-q")
    note = f"left by the kill: {left or 'nothing'}; after the next build: {litter() or 'nothing'}"
    seconds = killed.seconds + again.seconds
    shown = Run(f"{killed.code}, then {again.code}", again.err, seconds, note)
    found = case.graph_sources()
    return shown, case.new() <= found, case.base() <= found


YES_NO = {True: "yes", False: "NO", None: "–"}

FAULTS: dict[str, tuple[str, Callable[[Case], Result]]] = {
    "empty": ("empty file", fault_empty),
    "binary": ("binary file (PNG named .txt)", fault_binary),
    "legacy": ("cp1252 file", fault_legacy),
    "json": ("broken JSON line", fault_broken_json),
    "deep": ("100,000-deep nested JSON line", fault_deep_json),
    "surrogate": ("lone surrogate in a JSON record (--keep-clutter)", fault_surrogate),
    "long": ("1.2 MB article (over spaCy's limit)", fault_long),
    "names": ("file name with a newline and ESC codes", fault_names),
    "utf8name": ("file name that is not UTF-8", fault_not_utf8_name),
    "javascript": ("--base javascript:alert(1)", fault_base_javascript),
    "base": ("--base 'not a base'", fault_base_invalid),
    "state": ("corrupt build-state header, --update", fault_corrupt_state),
    "twice": ("textkg build . twice", fault_build_twice),
    "lock": ("two --update runs at once", fault_two_updates),
    "worker": ("--jobs 2, a worker SIGKILLed", fault_worker),
    "kill": ("kill -9 between output renames, then --update", fault_kill_between_renames),
    "ctrlc": ("Ctrl-C between output renames", fault_ctrl_c_between_renames),
    "midwrite": ("kill -9 while writing, then again", fault_kill_mid_write),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", help="a textkg source tree to run instead of this checkout's")
    parser.add_argument("--only", help="comma-separated fault keys: " + ", ".join(FAULTS))
    args = parser.parse_args()
    if not ARTICLES.is_dir():
        raise SystemExit(f"{ARTICLES} is missing: the bench needs ../shared beside the repository")
    src = str(Path(args.src).resolve()) if args.src else None
    keys = args.only.split(",") if args.only else list(FAULTS)
    print("| fault | exit | first line on stderr | good kept | earlier kept | s |")
    print("|---|---|---|---|---|---|")
    for key in keys:
        label, fault = FAULTS[key]
        with tempfile.TemporaryDirectory(prefix=f"textkg-fault-{key}-") as tmp:
            case = Case(Path(tmp), src)
            done, good, kept = fault(case)
        lines = [line for line in done.err.splitlines() if line.strip()]
        first = (lines[0] if lines else "").replace("|", "\\|")
        if len(first) > 110:
            first = first[:109] + "…"
        more = f" (+{len(lines) - 1} lines)" if len(lines) > 1 else ""
        more += f" [{done.note}]" if done.note else ""
        print(
            f"| {label} | {done.code} | `{first!r}`{more} | {YES_NO[good]} | "
            f"{'yes' if kept else 'NO'} | {done.seconds:.0f} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
