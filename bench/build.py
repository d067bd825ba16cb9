"""Build throughput: `textkg build` against bare spaCy `nlp.pipe` on the same texts.

Makes a corpus of a few hundred articles (our examples, plus the seed articles from
../shared when present, repeated under distinct names), then for each --jobs value prints:
words/s of the whole build (ingest, parse, extract, resolve, graph, Turtle written to disk),
words/s of bare `nlp.pipe` over the same article texts with the same number of processes,
their ratio (goal: ≥ 0.8), and the peak resident memory of the build. On a shared machine
wall time follows the other loads; the ratio of CPU seconds (this process and its workers)
beside it does not, so both are printed.

    python bench/build.py [--articles 300] [--jobs 1 2] [--batch-size 32]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "corpus" / "seeds"


def make_corpus(folder: Path, articles: int) -> list[Path]:
    sources = sorted(
        p for p in (REPO / "examples").iterdir() if p.suffix in (".txt", ".md", ".html")
    )
    if SEEDS.is_dir():
        sources += sorted(SEEDS.glob("*.txt"))
    written = []
    for i in range(articles):
        source = sources[i % len(sources)]
        target = folder / f"{i:04d}-{source.name}"
        shutil.copyfile(source, target)
        written.append(target)
    return written


def cpu_seconds() -> float:
    """User and system time of this process and of its finished worker processes."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--repeat", type=int, default=1, help="runs per measurement; best is kept")
    args = parser.parse_args()

    from textkg.ingest import IngestOptions, read_articles
    from textkg.nlp import load_model
    from textkg.pipeline import BuildOptions, build_result, save_build
    from textkg.records import ArticleText

    nlp = load_model()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        make_corpus(folder, args.articles)
        texts = [
            a.text for a in read_articles([folder], IngestOptions()) if isinstance(a, ArticleText)
        ]
        print(
            f"corpus: {len(texts)} articles, {sum(len(t) for t in texts):,} characters "
            f"(examples{' + seeds' if SEEDS.is_dir() else ''}, repeated)"
        )
        print(
            f"{'jobs':>4} {'build words/s':>14} {'nlp.pipe words/s':>17} {'ratio':>6} "
            f"{'build s':>8} {'pipe s':>7} {'CPU ratio':>9} {'entities':>9} {'triples':>8} "
            f"{'peak RSS MB':>12}"
        )
        for jobs in args.jobs:
            best_pipe = best_build = best_pipe_cpu = best_build_cpu = float("inf")
            words = 0
            result = None
            for _ in range(args.repeat):
                started, cpu = time.perf_counter(), cpu_seconds()
                pipe_words = 0
                for doc in nlp.pipe(texts, batch_size=args.batch_size, n_process=jobs):
                    pipe_words += sum(1 for t in doc if not t.is_space and not t.is_punct)
                best_pipe = min(best_pipe, time.perf_counter() - started)
                best_pipe_cpu = min(best_pipe_cpu, cpu_seconds() - cpu)

                options = BuildOptions(jobs=jobs, batch_size=args.batch_size)
                started, cpu = time.perf_counter(), cpu_seconds()
                result = build_result([folder], options)
                save_build(result, Path(tmp) / "out" / "bench.ttl")
                best_build = min(best_build, time.perf_counter() - started)
                best_build_cpu = min(best_build_cpu, cpu_seconds() - cpu)
                words = result.words
                assert words == pipe_words, (words, pipe_words)
            assert result is not None
            build_rate, pipe_rate = words / best_build, words / best_pipe
            print(
                f"{jobs:>4} {build_rate:>14,.0f} {pipe_rate:>17,.0f} "
                f"{build_rate / pipe_rate:>6.2f} "
                f"{best_build:>8.2f} {best_pipe:>7.2f} {best_pipe_cpu / best_build_cpu:>9.2f} "
                f"{result.entities:>9} {result.triples:>8} "
                f"{peak_rss_mb():>12.0f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
