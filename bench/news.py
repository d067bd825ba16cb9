"""The news development set: build ../shared/bench/news/articles and print its scorer's summary.

Builds the 16 articles with `textkg build` (one graph, no view), scores the graph with the
set's own independent scorer (`score.py GRAPH --json`, labels matched to hand-made gold,
predicates by kind) and prints fact recall, the precision lower bound, entities split and
clutter names found, then recall per relation kind and the build's wall time.

    python bench/news.py [--articles DIR] [--gold GOLD.jsonl] [--keep DIR] [--jobs N] [--misses]

With --gold, the graph is scored against another gold file in the set's format, with the
set's own converter and scorer: `--articles bench/heldout/articles --gold
bench/heldout/gold.jsonl` scores twelve news articles of our own on other events (written,
with their gold, by a helper who had not seen the rules; see bench/heldout/README.md).

The precision lower bound counts every typed edge between gold entities that matches no gold
fact as wrong; the gold is not exhaustive, so true facts it does not list count against it.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
NEWS = REPO.parent / "shared" / "bench" / "news"


def build(articles: Path, out: Path, jobs: int) -> float:
    """Build the graph with the installed `textkg`; the wall time in seconds."""
    started = time.perf_counter()
    command = [sys.executable, "-m", "textkg", "build", str(articles), "-o", str(out)]
    command += ["--no-html", "-q", "--jobs", str(jobs)]
    subprocess.run(command, check=True)
    return time.perf_counter() - started


def score(graph: Path, gold: Path | None = None) -> dict[str, object]:
    """The scorer's JSON report of the graph, against the set's gold or ``gold`` (JSON lines
    in the set's format, converted by the set's own make_gold.py)."""
    command = [sys.executable, str(NEWS / "score.py"), str(graph), "--json"]
    if gold is not None:
        converted = graph.with_name("gold.json")
        subprocess.run(
            [sys.executable, str(NEWS / "make_gold.py"), str(gold), str(converted)],
            check=True,
            capture_output=True,
        )
        command = [sys.executable, str(NEWS / "kgeval.py"), str(graph), str(converted), "--json"]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    report: dict[str, object] = json.loads(done.stdout)
    return report


def per_kind(report: dict[str, object]) -> list[tuple[str, int, int]]:
    """(kind, found, gold) for each relation kind of the gold facts."""
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    facts = report.get("facts", [])
    assert isinstance(facts, list)
    for fact in facts:
        kind = fact["fact"].split()[1]
        total[kind] += 1
        found[kind] += bool(fact["ok"])
    return [(kind, found[kind], total[kind]) for kind in sorted(total)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path, default=NEWS / "articles")
    parser.add_argument("--gold", type=Path, help="gold facts (JSON lines) other than the set's")
    parser.add_argument("--keep", type=Path, help="write the graph and the report here")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--misses", action="store_true", help="list the gold facts not found")
    args = parser.parse_args()
    if not (NEWS / "score.py").is_file():
        sys.exit(f"bench/news.py: {NEWS} is not beside the repository")
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        graph = folder / "news.ttl"
        seconds = build(args.articles, graph, args.jobs)
        report = score(graph, args.gold)
        if args.keep:
            (folder / "score.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
    summary = report["summary"]
    assert isinstance(summary, dict)
    print(f"== news development set: {args.articles}, built in {seconds:.1f} s")
    print(f"fact recall              {summary['fact_recall']:.3f}")
    print(f"precision lower bound    {summary['precision_lower_bound']:.3f}")
    edges, matching = summary["typed_edges"], summary["typed_edges_matching_gold"]
    print(f"typed edges / matching   {edges} / {matching}")
    print(f"entities split           {summary['required_entities_split']}")
    forbidden = summary["forbidden_found"]
    print(f"clutter names found      {len(forbidden)}  {', '.join(forbidden)}".rstrip())
    print("recall by kind:")
    for kind, found, total in per_kind(report):
        print(f"  {kind:<12} {found:>3}/{total:<3} {found / total:.3f}")
    if args.misses:
        facts = report.get("facts", [])
        assert isinstance(facts, list)
        for fact in facts:
            if not fact["ok"]:
                print(f"  missed: {fact['fact']}")


if __name__ == "__main__":
    main()
