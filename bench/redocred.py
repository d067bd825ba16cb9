"""Re-DocRED end to end: build the validation fold, score it, beside the news development set.

    python bench/redocred.py [--jobs 2] [--keep DIR] [--no-news] [--cost] [--calibration]

The validation fold is every fifth document of ../shared/bench/redocred/dev.json (index % 5
== 4; the document model never trains on it, see training/docmodel.py). It is written as
JSON Lines (make_jsonl.py's text), built with `textkg build`, and scored by
../shared/bench/redocred/score.py: precision, recall and F1 for `core` and `all`, recall per
kind and precision per predicate. The news development set (../shared/bench/news/articles)
is built and scored by its own score.py. Prints build seconds per document too.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "bench"
REDOCRED = SHARED / "redocred"
NEWS = SHARED / "news"

sys.path.insert(0, str(REPO))
from training.docmodel import is_validation, redocred_records  # noqa: E402


def build(inputs: list[Path], graph: Path, jobs: int) -> float:
    start = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "textkg",
            "build",
            *map(str, inputs),
            "-o",
            str(graph),
            "--no-html",
            "-q",
            "--jobs",
            str(jobs),
        ],
        check=True,
    )
    return time.perf_counter() - start


def score(script: Path, *args: str) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, str(script), *args, "--json"], check=True, capture_output=True, text=True
    )
    data: dict[str, object] = json.loads(out.stdout)
    return data


def _f(value: object) -> str:
    return f"{float(str(value)):.3f}"


def report_redocred(result: dict[str, object]) -> None:
    print(f"documents {result['docs']}, in the graph {result['docs_in_graph']}")
    print(f"{'':12} {'gold':>6} {'pred':>6} {'P':>6} {'R':>6} {'F1':>6}")
    for name in ("core", "all"):
        row = result[name]
        assert isinstance(row, dict)
        print(
            f"{name:12} {row['gold']:>6} {row['predicted']:>6} {_f(row['precision']):>6} "
            f"{_f(row['recall']):>6} {_f(row['f1']):>6}"
        )
    _ratios("recall by kind", result["recall_by_kind"])
    _ratios("precision by predicate", result["precision_by_predicate"])


def _ratios(title: str, table: object) -> None:
    """Rows of score.py's "found/total" strings, with the ratio."""
    assert isinstance(table, dict)
    print(title + ":")
    for name, value in table.items():
        part, whole = (int(v) for v in str(value).split("/"))
        print(f"  {name:12} {value:>10}  {part / whole if whole else 0:.3f}")


def model_cost(records: Path) -> None:
    """Milliseconds per document of the document model alone, against the whole extraction
    of the same parsed documents (parsing excluded)."""
    from textkg.extract import read_document, run_parts
    from textkg.extract.docmodel import RULE_NAME, document_relations
    from textkg.ingest import IngestOptions, read_articles
    from textkg.lexicon import default_lexicon
    from textkg.nlp import load_model
    from textkg.records import ArticleText

    nlp = load_model()
    lexicon = default_lexicon()
    before = list(lexicon.pipeline[: lexicon.pipeline.index(RULE_NAME)])
    articles = [a for a in read_articles([records], IngestOptions()) if isinstance(a, ArticleText)]
    start = time.perf_counter()
    docs = list(nlp.pipe([a.text for a in articles], batch_size=32))
    parse = time.perf_counter() - start
    rules = model = 0.0
    for doc, article in zip(docs, articles, strict=True):
        start = time.perf_counter()
        view = read_document(doc, article, lexicon)
        found = run_parts(view, before)
        middle = time.perf_counter()
        found.add_all(document_relations(view, found))
        rules += middle - start
        model += time.perf_counter() - middle
    n = len(articles)
    print(
        f"per document: spaCy parse {1000 * parse / n:.1f} ms, mentions and rules "
        f"{1000 * rules / n:.1f} ms, document model {1000 * model / n:.1f} ms"
    )


def calibration(dev: Path) -> None:
    """How often a candidate pair of the validation fold holds the relation, by the model's
    probability for it (pairs matched to gold by name, as training does)."""
    from training.docmodel import document_rows, read_inputs

    from textkg.extract.docmodel import default_model

    model = default_model()
    assert model is not None
    bins: dict[int, list[tuple[float, bool]]] = {}
    for row in document_rows(*read_inputs(dev, None, validation=True)):
        if row.predicate in model.weights:
            p = model.probability(row.predicate, row.features)
            bins.setdefault(min(int(p * 10), 9), []).append((p, row.label))
    print("calibration on the validation fold's candidate pairs:")
    print(f"  {'probability':12} {'pairs':>7} {'mean p':>7} {'true':>7}")
    for b in sorted(bins):
        rows = bins[b]
        mean = sum(p for p, _ in rows) / len(rows)
        true = sum(label for _, label in rows) / len(rows)
        print(f"  {b / 10:.1f}-{(b + 1) / 10:.1f}     {len(rows):>7} {mean:>7.3f} {true:>7.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--keep", type=Path, help="write the fold, graphs and scores here")
    parser.add_argument("--no-news", action="store_true", help="skip the news set")
    parser.add_argument("--cost", action="store_true", help="time the document model alone")
    parser.add_argument(
        "--calibration", action="store_true", help="the model's probabilities against the truth"
    )
    parser.add_argument(
        "--all-docs", action="store_true", help="all 500 documents (the model trained on 400)"
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        docs = json.loads((REDOCRED / "dev.json").read_text(encoding="utf-8"))
        fold = [d for i, d in enumerate(docs) if args.all_docs or is_validation(i)]
        split = folder / "validation.json"
        split.write_text(json.dumps(fold), encoding="utf-8")
        records = folder / "validation.jsonl"
        records.write_text(
            "".join(json.dumps(r) + "\n" for r in redocred_records(fold)), encoding="utf-8"
        )
        graph = folder / "validation.ttl"
        seconds = build([records], graph, args.jobs)
        print(
            f"== Re-DocRED validation fold: {len(fold)} documents, built in {seconds:.1f} s "
            f"({1000 * seconds / len(fold):.0f} ms per document, {args.jobs} jobs)"
        )
        if args.cost:
            model_cost(records)
        if args.calibration:
            calibration(REDOCRED / "dev.json")
        result = score(REDOCRED / "score.py", str(split), str(graph))
        (folder / "redocred-score.json").write_text(json.dumps(result, indent=1), "utf-8")
        report_redocred(result)
        if not args.no_news:
            news_graph = folder / "news.ttl"
            build([NEWS / "articles"], news_graph, args.jobs)
            news = score(NEWS / "score.py", str(news_graph))
            (folder / "news-score.json").write_text(json.dumps(news, indent=1), "utf-8")
            print("== news development set")
            summary = news["summary"]
            assert isinstance(summary, dict)
            for key, value in summary.items():
                print(f"  {key:28} {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
