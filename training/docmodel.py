"""Train the document-level relation model (textkg.extract.docmodel) and save it.

    pip install -e ".[train]"
    python -m training.docmodel --redocred ../shared/bench/redocred/dev.json \
        --conll04 ../shared/bench/conll04/train.detok.jsonl [--output PATH]

Re-DocRED's documents are split by document: every fifth (index % 5 == 4) is the
validation fold, never read here; bench/redocred.py builds and scores it. The rest, with
CoNLL04 train, are parsed and read by textkg's own pipeline (ingest, spaCy, mentions, the
rules before the model), so the model learns on the very candidates and features it sees at
run time: the pairs the rules leave unrelated (those they relate never reach the model).
Gold entities are matched to candidates by name as the scorer does. One L2 logistic
regression per predicate (scikit-learn, liblinear, fixed seed); each threshold is the best
F1 of out-of-fold probabilities (documents grouped into four folds), never below 0.3.
Weights are rounded and small ones dropped, so the file stays small. Same data, same parser
→ same file.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from rdflib import URIRef
from rdflib.namespace import SDO

from textkg.extract import read_document, run_parts
from textkg.extract.docmodel import FORMAT_VERSION, MODEL_FILE, RULE_NAME, Pair, scored_pairs
from textkg.extract.mentions import Nationality
from textkg.ingest import IngestOptions, read_articles
from textkg.lexicon import default_lexicon
from textkg.namespaces import TK, curie
from textkg.nlp import load_model
from textkg.records import ArticleText

VALIDATION_EVERY = 5  # document i is in the validation fold when i % 5 == 4
SEED = 13
MIN_COUNT = 2
MIN_WEIGHT = 0.005
#: A predicate whose out-of-fold F1 is below this is left to the rules (not shipped).
MIN_F1 = 0.2
#: No threshold below this: a learned fact in the graph is more likely right than a guess
#: (on the validation fold this floor costs 0.004 of core F1 and gains 0.04 of precision).
MIN_THRESHOLD = 0.3

#: Wikidata property → (predicates it teaches, inverted?) (../shared/bench/redocred/README.md)
PROPERTIES: dict[str, tuple[tuple[URIRef, ...], bool]] = {
    **{p: ((TK.leaderOf,), True) for p in ("P6", "P35", "P488")},
    **{p: ((TK.memberOf,), False) for p in ("P463", "P102", "P54")},
    "P108": ((TK.worksFor,), False),
    **{p: ((TK.locatedIn, TK.partOf), False) for p in ("P131", "P17", "P276", "P159", "P30")},
    "P150": ((TK.locatedIn, TK.partOf), True),
    **{p: ((TK.partOf, TK.locatedIn), False) for p in ("P361", "P749")},
    **{p: ((TK.partOf, TK.locatedIn), True) for p in ("P527", "P355")},
    "P551": ((TK.residesIn,), False),
    "P27": ((TK.nationality,), False),
    "P19": ((SDO.birthPlace,), False),
    "P20": ((SDO.deathPlace,), False),
    "P112": ((SDO.founder,), False),
    "P69": ((SDO.alumniOf,), False),
    "P26": ((SDO.spouse,), False),
    "P3373": ((SDO.sibling,), False),
    "P22": ((SDO.parent,), False),
    "P25": ((SDO.parent,), False),
    "P40": ((SDO.parent,), True),
}
CONLL04: dict[str, URIRef] = {
    "Work_For": TK.worksFor,
    "OrgBased_In": TK.locatedIn,
    "Located_In": TK.locatedIn,
    "Live_In": TK.residesIn,
    "Kill": TK.killed,
}
SYMMETRIC = frozenset({SDO.spouse, SDO.sibling})


def norm(text: str) -> str:
    """Names as the Re-DocRED scorer compares them."""
    t = unicodedata.normalize("NFKD", str(text))
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    t = t.replace("\u2019", "'").replace("-", " ")
    t = re.sub(r"'s$", "", t.strip())
    t = re.sub(r"^the ", "", t)
    t = re.sub(r"[^\w' ]+", " ", t)
    return re.sub(r"\s+", " ", t).strip()


_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'", "n't"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "``"}


def detok(tokens: Sequence[str]) -> str:
    """Tokens back to text, as ../shared/bench/redocred/make_jsonl.py joins them."""
    out: list[str] = []
    quote_open = False
    for tok in tokens:
        if tok in ("``", "''"):
            tok = '"'
        if tok == '"':
            out.append(tok if quote_open else (" " + tok if out else tok))
            quote_open = not quote_open
            continue
        glue = (
            not out
            or tok in _NO_SPACE_BEFORE
            or tok in {"'re", "'ve", "'ll", "'d", "'m"}
            or out[-1].strip() in _NO_SPACE_AFTER
            or (out[-1].endswith('"') and quote_open)
        )
        out.append(tok if glue else " " + tok)
    return "".join(out)


def redocred_records(docs: Sequence[dict[str, Any]]) -> list[dict[str, str]]:
    """make_jsonl.py's records: {"id", "title", "text"} per document."""
    return [
        {
            "id": f"redocred-{i:04d}",
            "title": d["title"],
            "text": " ".join(detok(s) for s in d["sents"]),
        }
        for i, d in enumerate(docs)
    ]


def is_validation(index: int) -> bool:
    return index % VALIDATION_EVERY == VALIDATION_EVERY - 1


@dataclass
class GoldDoc:
    """One training document: its gold entity names and facts (entity index pairs)."""

    group: str
    names: list[set[str]]
    facts: dict[tuple[int, int], set[URIRef]] = field(default_factory=dict)


def redocred_gold(doc: dict[str, Any], group: str) -> GoldDoc:
    gold = GoldDoc(group, [{norm(m["name"]) for m in v} for v in doc["vertexSet"]])
    for label in doc["labels"]:
        spec = PROPERTIES.get(label["r"])
        if spec is None:
            continue
        predicates, inverse = spec
        h, t = (label["t"], label["h"]) if inverse else (label["h"], label["t"])
        gold.facts.setdefault((h, t), set()).update(predicates)
        for predicate in predicates:
            if predicate in SYMMETRIC:
                gold.facts.setdefault((t, h), set()).add(predicate)
    return gold


def conll_gold(row: dict[str, Any], group: str) -> GoldDoc:
    gold = GoldDoc(group, [{norm(e["text"])} for e in row["entities"]])
    for rel in row["relations"]:
        gold.facts.setdefault((rel["head"], rel["tail"]), set()).add(CONLL04[rel["type"]])
    return gold


@dataclass
class Row:
    group: str
    predicate: URIRef
    features: list[str]
    label: bool


def _names(view: Any, pair_end: Any) -> set[str]:
    names = {norm(pair_end.name)}
    for spot in pair_end.spots:
        names.add(norm(view.doc[spot.start : spot.end].text))
        if isinstance(spot, Nationality):
            names.add(norm(spot.country))
    return names


def _matches(names: set[str], gold: GoldDoc) -> set[int]:
    return {i for i, gold_names in enumerate(gold.names) if names & gold_names}


def document_rows(articles: Sequence[ArticleText], golds: Sequence[GoldDoc]) -> Iterator[Row]:
    """Every candidate pair of every document, once per predicate its types allow."""
    nlp = load_model()
    lexicon = default_lexicon()
    before = list(lexicon.pipeline[: lexicon.pipeline.index(RULE_NAME)])
    texts = ((a.text, (a, g)) for a, g in zip(articles, golds, strict=True))
    for doc, (article, gold) in nlp.pipe(texts, as_tuples=True, batch_size=32):
        view = read_document(doc, article, lexicon)
        found = run_parts(view, before)
        for pair, allowed, features in scored_pairs(view, found, unrelated=True):
            yield from _pair_rows(view, pair, allowed, features, gold)


def _pair_rows(
    view: Any, pair: Pair, allowed: list[URIRef], features: list[str], gold: GoldDoc
) -> Iterator[Row]:
    heads = _matches(_names(view, pair.head), gold)
    tails = _matches(_names(view, pair.tail), gold)
    true: set[URIRef] = set()
    for h in heads:
        for t in tails:
            true |= gold.facts.get((h, t), set())
    for predicate in allowed:
        yield Row(gold.group, predicate, features, predicate in true)


def read_inputs(
    redocred: Path, conll04: Path | None, *, validation: bool = False
) -> tuple[list[ArticleText], list[GoldDoc]]:
    """The training fold's documents and gold (or, with ``validation``, the other fold's)."""
    docs = json.loads(redocred.read_text(encoding="utf-8"))
    records = redocred_records(docs)
    articles: list[ArticleText] = []
    golds: list[GoldDoc] = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "redocred.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        read = [a for a in read_articles([path], IngestOptions()) if isinstance(a, ArticleText)]
    for article in read:
        index = int(article.source.rsplit(":", 1)[1]) - 1
        if is_validation(index) != validation:
            continue
        articles.append(article)
        golds.append(redocred_gold(docs[index], f"redocred-{index}"))
    if conll04 is not None:
        for line in conll04.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            articles.append(ArticleText(row["id"], row["text"]))
            golds.append(conll_gold(row, row["id"]))
    return articles, golds


def train(rows: Sequence[Row]) -> dict[str, Any]:
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    counts = Counter(f for row in rows for f in set(row.features))
    names = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: i for i, f in enumerate(names)}
    predicates: dict[str, Any] = {}
    for predicate in sorted({row.predicate for row in rows}, key=curie):
        mine = [row for row in rows if row.predicate == predicate]
        positives = sum(row.label for row in mine)
        if positives < 5:
            continue
        data, cols, ptr = [], [], [0]
        for row in mine:
            feats = sorted({index[f] for f in row.features if f in index})
            cols.extend(feats)
            data.extend([1.0] * len(feats))
            ptr.append(len(cols))
        x = csr_matrix((data, cols, ptr), shape=(len(mine), len(names)))
        y = np.array([row.label for row in mine], dtype=int)
        groups = np.array([row.group for row in mine])

        def fit() -> LogisticRegression:
            return LogisticRegression(C=0.3, solver="liblinear", random_state=SEED, max_iter=500)

        out_of_fold = np.zeros(len(mine))
        folds = GroupKFold(n_splits=4)
        for train_idx, test_idx in folds.split(x, y, groups):
            if y[train_idx].sum() == 0:
                continue
            out_of_fold[test_idx] = (
                fit().fit(x[train_idx], y[train_idx]).predict_proba(x[test_idx])[:, 1]
            )
        threshold, best = _best_threshold(out_of_fold, y)
        if best < MIN_F1:
            print(f"{curie(predicate):20} out-of-fold F1 {best:.3f}: left to the rules")
            continue
        model = fit().fit(x, y)
        weights = {
            names[i]: round(float(w), 4)
            for i, w in enumerate(model.coef_[0])
            if abs(w) >= MIN_WEIGHT
        }
        predicates[curie(predicate)] = {
            "bias": round(float(model.intercept_[0]), 4),
            "threshold": threshold,
            "weights": dict(sorted(weights.items())),
            "training": {"pairs": len(mine), "positives": int(positives), "oof_f1": best},
        }
        print(
            f"{curie(predicate):20} pairs {len(mine):6} positives {positives:5} "
            f"threshold {threshold:.2f} out-of-fold F1 {best:.3f} weights {len(weights)}"
        )
    return {"format": FORMAT_VERSION, "predicates": predicates}


def _best_threshold(probabilities: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    best = (0.5, 0.0)
    for step in range(round(MIN_THRESHOLD * 100), 91, 2):
        threshold = step / 100
        predicted = probabilities >= threshold
        tp = float((predicted & (y == 1)).sum())
        if not tp:
            continue
        precision, recall = tp / predicted.sum(), tp / y.sum()
        f1 = 2 * precision * recall / (precision + recall)
        if f1 > best[1]:
            best = (threshold, round(f1, 3))
    return best


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--redocred", type=Path, required=True, help="Re-DocRED dev.json")
    parser.add_argument("--conll04", type=Path, help="CoNLL04 train.detok.jsonl")
    default = Path(__file__).resolve().parents[1] / "src" / "textkg" / "extract" / MODEL_FILE
    parser.add_argument("--output", type=Path, default=default)
    args = parser.parse_args(argv)
    articles, golds = read_inputs(args.redocred, args.conll04)
    rows = list(document_rows(articles, golds))
    model = train(rows)
    text = json.dumps(model, sort_keys=True, separators=(",", ":"))
    with gzip.GzipFile(args.output, "wb", mtime=0) as handle:
        handle.write(text.encode("utf-8"))
    print(f"wrote {args.output} ({args.output.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
