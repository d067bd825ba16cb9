"""Scale: builds of 1,000, 5,000 and 10,000 distinct articles, and the Dask path.

The corpus is made from ../shared/bench/redocred/dev.json (500 Wikipedia lead sections,
detokenised as ../shared/bench/redocred/make_jsonl.py does), ../shared/bench/news/articles
(16 news stories) and examples/. Copy 0 of each is the text as it is; copy k > 0 replaces
every person's and organisation's name (Re-DocRED's own entity list, or spaCy's NER for the
news and examples) with invented names drawn from a seeded generator, surnames included, so
every article is distinct and the graph grows with the corpus as a real archive's does.

Each build is a `textkg build` child process; for each size this prints wall time (the
whole command: start-up, model, parse, extract, resolve, write), words/s, the child's peak
RSS (for --jobs, the largest of the build process and its workers; for --scheduler, the
build process only: workers are separate), the graph's triples and Turtle size, and the cost
of `--update` with 10 more articles, against that of the full build. With --dask it also
starts a local scheduler and two one-thread workers and builds the first size with
`--scheduler` against `--jobs 2`.

    python bench/scale.py [--sizes 1000 5000 10000] [--jobs 2] [--dask] [--keep DIR]
                          [--html] [--no-update]

With --html the builds write the HTML view as well (the default build does; the bench leaves
it out unless asked, to measure the graph alone).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "bench"
REDOCRED = SHARED / "redocred"
NEWS = SHARED / "news" / "articles"
UPDATE_ARTICLES = 10

FIRST_NAMES = (  # noqa: SIM905 (a word list reads better as one string)
    "Amara Bilal Chen Dagny Elif Farid Greta Hana Ivo Jamila Kofi Lena Mateo Nadia Omar Priya "
    "Quentin Rosa Sanjay Tove Umar Vera Wen Ximena Yusuf Zofia Anders Beatriz Cyrus Dalia "
    "Emeka Freya Goran Ines Jonas Kavya Luca Mei Nikolai Olga Pavel Rania Soren Tamar"
).split()
SYLLABLES = (  # noqa: SIM905
    "ba be bo da de di ka ke ko la li lo ma me mi na ne no ra re ri sa se so ta te to va ve vi "
    "zan ber dor fen gar hal kin lun mor nes ral sten tov var wen"
).split()


@dataclass(frozen=True)
class BaseDoc:
    """One source article: its file suffix, raw content, and the names to vary in it."""

    name: str
    suffix: str
    content: str
    people: tuple[str, ...]
    organisations: tuple[str, ...]


def _detok(tokens: list[str]) -> str:
    """make_jsonl.py's detokeniser (../shared/bench/redocred/make_jsonl.py)."""
    sys.path.insert(0, str(REDOCRED))
    try:
        from make_jsonl import detok  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    return str(detok(tokens))


def redocred_docs() -> list[BaseDoc]:
    docs = []
    for i, doc in enumerate(json.loads((REDOCRED / "dev.json").read_text(encoding="utf-8"))):
        text = " ".join(_detok(sentence) for sentence in doc["sents"])
        names: dict[str, set[str]] = {"PER": set(), "ORG": set()}
        for vertex in doc["vertexSet"]:
            for mention in vertex:
                if mention["type"] in names:
                    names[mention["type"]].add(mention["name"])
        docs.append(
            BaseDoc(
                f"redocred-{i:03d}",
                ".txt",
                f"{doc['title']}\n\n{text}\n",
                tuple(sorted(names["PER"])),
                tuple(sorted(names["ORG"])),
            )
        )
    return docs


def named_docs() -> list[BaseDoc]:
    """The news articles and examples; spaCy's NER finds their people and organisations."""
    from textkg.ingest import IngestOptions, read_articles
    from textkg.nlp import load_model
    from textkg.records import ArticleText

    files = sorted(p for p in NEWS.iterdir() if p.is_file()) if NEWS.is_dir() else []
    files += sorted(p for p in (REPO / "examples").iterdir() if p.is_file())
    raw: list[tuple[str, str, str]] = []
    for path in files:
        content = path.read_text(encoding="utf-8")
        if path.suffix == ".jsonl":  # one file per record, so one base doc is one article
            for n, line in enumerate(content.splitlines()):
                if line.strip():
                    raw.append((f"{path.stem}-{n}", ".jsonl", line + "\n"))
        else:
            raw.append((path.stem, path.suffix, content))
    nlp = load_model()
    docs = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, suffix, content in raw:
            path = Path(tmp) / f"{name}{suffix}"
            path.write_text(content, encoding="utf-8")
            text = "".join(
                a.text for a in read_articles([path], IngestOptions()) if isinstance(a, ArticleText)
            )
            ents = nlp(text).ents
            people = {e.text for e in ents if e.label_ == "PERSON" and len(e.text) > 2}
            orgs = {e.text for e in ents if e.label_ == "ORG" and len(e.text) > 2}
            docs.append(BaseDoc(name, suffix, content, tuple(sorted(people)), tuple(sorted(orgs))))
    return docs


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 3)))).capitalize()


def _varied(doc: BaseDoc, copy: int) -> str:
    """Copy 0 as written; copy k: the words of every listed name replaced by seeded invented
    ones, word by word, so "Zakhary Lyapunov", "Prokopy Lyapunov" and "Lyapunov" keep a
    shared surname and an organisation's short name follows its long one."""
    if copy == 0:
        return doc.content
    rng = random.Random(f"{doc.name}/{copy}")
    swaps: dict[str, str] = {}
    for person in doc.people:
        words = [w for w in person.split() if w[:1].isupper() and len(w) > 2]
        for n, word in enumerate(words):
            first = n == 0 and len(words) > 1
            swaps.setdefault(word, rng.choice(FIRST_NAMES) if first else _word(rng))
    for org in doc.organisations:
        words = [w for w in org.split() if w[:1].isupper() and len(w) > 2]
        if words:  # the distinctive first word: "Kenya Wildlife Service" → "Dorvi Wildlife ..."
            swaps.setdefault(words[0], _word(rng))
    text = doc.content
    if swaps:
        pattern = re.compile(
            "|".join(rf"(?<!\w){re.escape(s)}(?!\w)" for s in sorted(swaps, key=len, reverse=True))
        )
        text = pattern.sub(lambda m: swaps[m.group(0)], text)
    return text if text != doc.content else f"{text}\nFiled by desk {copy}.\n"


def articles(bases: list[BaseDoc]) -> Iterator[tuple[str, str]]:
    """(file name, content) of distinct articles, endlessly: every base doc, then copy 1..."""
    copy = 0
    while True:
        for doc in bases:
            yield f"{copy:03d}-{doc.name}{doc.suffix}", _varied(doc, copy)
        copy += 1


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mb: float
    words: int
    triples: int


def run_build(args: list[str], *, html: bool = False) -> Run:
    """One `textkg build` child; peak RSS from wait4's rusage of that child alone."""
    command = [sys.executable, "-m", "textkg", "build", *args, *([] if html else ["--no-html"])]
    started = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        child = subprocess.Popen(command, stdout=out, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        summary, errors = out.read().decode(), err.read().decode()
    if child.returncode != 0:
        raise SystemExit(f"build failed ({child.returncode}): {' '.join(command)}\n{errors}")
    words = int(re.search(r"^words\s+(\d+)", summary, re.M).group(1))  # type: ignore[union-attr]
    triples = int(re.search(r"^triples\s+(\d+)", summary, re.M).group(1))  # type: ignore[union-attr]
    return Run(seconds, usage.ru_maxrss / 1024, words, triples)


def write_corpus(folder: Path, stream: Iterator[tuple[str, str]], count: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for _ in range(count):
        name, content = next(stream)
        (folder / name).write_text(content, encoding="utf-8")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def local_cluster(logs: Path, workers: int = 2) -> tuple[str, list[subprocess.Popen[bytes]]]:
    address = f"tcp://127.0.0.1:{_free_port()}"
    port = address.rsplit(":", 1)[1]
    python = [sys.executable, "-m"]
    log = (logs / "dask.log").open("wb")
    processes = [
        subprocess.Popen(
            [
                *python,
                "distributed.cli.dask_scheduler",
                "--host",
                "127.0.0.1",
                "--port",
                port,
                "--no-dashboard",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    ]
    from distributed import Client

    with Client(address, timeout=60) as client:
        for _ in range(workers):
            processes.append(
                subprocess.Popen(
                    [
                        *python,
                        "distributed.cli.dask_worker",
                        address,
                        "--host",
                        "127.0.0.1",
                        "--nthreads",
                        "1",
                        "--no-nanny",
                        "--no-dashboard",
                    ],
                    stdout=log,
                    stderr=subprocess.STDOUT,
                )
            )
        client.wait_for_workers(workers, timeout=120)
    return address, processes


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 10000])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--dask", action="store_true", help="also --scheduler vs --jobs 2")
    parser.add_argument("--keep", type=Path, help="write corpora and graphs here, and keep them")
    parser.add_argument("--html", action="store_true", help="builds write the HTML view too")
    parser.add_argument("--no-update", action="store_true", help="skip the --update runs")
    args = parser.parse_args()
    if not (REDOCRED / "dev.json").is_file():
        raise SystemExit(f"{REDOCRED / 'dev.json'} not found")

    bases = redocred_docs() + named_docs()
    work = args.keep or Path(tempfile.mkdtemp(prefix="textkg-scale-"))
    try:
        print(f"{len(bases)} base articles; --jobs {args.jobs}; work in {work}")
        print(
            f"{'articles':>8} {'build s':>8} {'words':>9} {'words/s':>8} {'peak RSS MB':>11} "
            f"{'triples':>9} {'Turtle MB':>9} {'update +10 s':>12} {'update/build':>12}"
        )
        for size in sorted(args.sizes):
            stream = articles(bases)
            corpus, extra = work / f"corpus-{size}", work / f"extra-{size}"
            if not corpus.is_dir():
                write_corpus(corpus, stream, size)
                write_corpus(extra, stream, UPDATE_ARTICLES)
            graph = work / f"graph-{size}.ttl"
            jobs = ["--jobs", str(args.jobs)] if args.jobs > 1 else []
            full = run_build([str(corpus), "-o", str(graph), *jobs], html=args.html)
            turtle_mb = graph.stat().st_size / 1e6
            if args.no_update:
                updated = f"{'-':>12} {'-':>12}"
            else:
                update = run_build(
                    [str(extra), "-o", str(graph), "--update", *jobs], html=args.html
                )
                updated = f"{update.seconds:>12.1f} {update.seconds / full.seconds:>12.0%}"
            print(
                f"{size:>8} {full.seconds:>8.1f} {full.words:>9,} "
                f"{full.words / full.seconds:>8,.0f} {full.peak_mb:>11,.0f} {full.triples:>9,} "
                f"{turtle_mb:>9.1f} {updated}"
            )
            sys.stdout.flush()
        if args.dask:
            size = min(args.sizes)
            corpus = work / f"corpus-{size}"
            print(f"\nDask: {size} articles, local scheduler + 2 one-thread workers vs --jobs 2")
            jobs_run = run_build([str(corpus), "-o", str(work / "jobs2.ttl"), "--jobs", "2"])
            address, processes = local_cluster(work)
            try:
                dask_out = str(work / "dask.ttl")
                dask_run = run_build([str(corpus), "-o", dask_out, "--scheduler", address])
            finally:
                for process in processes[::-1]:  # workers, then the scheduler
                    process.terminate()
                    try:
                        process.wait(timeout=30)
                    except subprocess.TimeoutExpired:
                        process.kill()
                        process.wait()
            same = (work / "jobs2.ttl").read_bytes() == (work / "dask.ttl").read_bytes()
            for label, run in (("--jobs 2", jobs_run), ("--scheduler", dask_run)):
                print(
                    f"{label:>12} {run.seconds:>8.1f} s {run.words / run.seconds:>8,.0f} words/s "
                    f"{run.peak_mb:>8,.0f} MB peak RSS (build process)"
                )
            print(f"same Turtle bytes: {same}")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
