"""Train the relation classifier on CoNLL04 train, set its thresholds on dev, and save it.

    python -m training.relation_classifier --data ../shared/bench/conll04 \
        [--tuned-ner] [--for-setting precise|f1] [--output PATH]
        [--labels relaxed|strict|drop] [--l2-dense X] [--tune-on dev|held-out]

Deterministic: the same data and parser give the same weights. Only numpy is needed (an L2
logistic regression fitted with full-batch Adam). The test split is never read here;
bench/relations.py scores it. ``--for-setting f1`` trains the F1 setting's own model
(``relation_model_f1.json.gz``: context features, the parser's pooled word vectors, strict
labels, thresholds set on held-out scores of train and dev); the default trains the graphs'
one. The other options override a recipe's choices (see RECIPES).
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
from rdflib.namespace import SDO

from textkg.extract import classifier, read_document, run_parts
from textkg.extract.candidates import Findings
from textkg.extract.classifier import (
    CONTEXT,
    F1_MODEL_FILE,
    FORMAT_VERSION,
    KIND_BY_TYPES,
    MODEL_FILE,
    STATING_PREDICATES,
    TUNED_NER_MODEL_FILE,
    admissible,
    candidate_pairs,
    pair_features,
    pair_vector,
)
from textkg.extract.document import DocView
from textkg.extract.mentions import Ment
from textkg.lexicon import default_lexicon
from textkg.nlp import NlpOptions, load_model
from textkg.records import ArticleText, EntityType
from training.conll04 import CorpusSentence, birthplaces_with_state, titles_inside

SETTINGS = ("precise", "f1")
KINDS = ("Work_For", "OrgBased_In", "Located_In", "Live_In", "Kill")
GOLD_KIND = {"Peop": EntityType.PERSON, "Org": EntityType.ORGANIZATION, "Loc": EntityType.PLACE}


@dataclass
class Example:
    features: list[str]
    kind: str
    label: bool  # right by a relaxed alignment (used to learn)
    strict: bool  # right by the strict span match (used to score)
    #: the settings ("precise", "f1") in which the classifier may state this pair at all
    settings: frozenset[str] = frozenset({"precise", "f1"})
    #: the parser's pooled word vectors for the pair (classifier.pair_vector)
    vector: np.ndarray | None = None


@dataclass
class Split:
    examples: list[Example] = field(default_factory=list)
    gold: Counter[str] = field(default_factory=Counter)
    rule_predicted: Counter[str] = field(default_factory=Counter)
    rule_correct: Counter[str] = field(default_factory=Counter)


Merged = dict[tuple[int, int], tuple[int, int]]


def _birthplaces(ctx: DocView, found: Findings) -> Merged:
    """The birthplace and its state ("born in Lubbock, Texas"), which CoNLL04 writes as one
    place: the characters of the two (as bench/relations.py scores), by their token spans."""
    doc = ctx.doc
    places = [(m.start, m.end) for m in ctx.mentions if m.etype.kind is EntityType.PLACE]
    births = [
        (r.object.start, r.object.end)
        for r in found
        if r.predicate == SDO.birthPlace and r.object.etype.kind is EntityType.PLACE
    ]
    merged = birthplaces_with_state(
        places, births, lambda end, nxt: nxt == end + 1 and doc[end].text == ","
    )
    return {
        span: (doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))
        for span, (start, end) in merged.items()
    }


def _align(
    ment: Ment,
    ctx: DocView,
    entities: list[dict[str, Any]],
    corpus: CorpusSentence,
    strict: bool,
    merged: Merged | None = None,
) -> int | None:
    """The gold entity a mention is (``strict``: CoNLL04's span of it matches exactly) or,
    not strict, overlaps most; ``merged``: the birthplaces with their states."""
    first, last = ctx.doc[ment.start], ctx.doc[ment.end - 1]
    chars = (first.idx, last.idx + len(last.text))
    whole = (merged or {}).get((ment.start, ment.end))
    start, end = corpus.span(
        *(whole or chars), ment.etype.kind is EntityType.PERSON, whole is not None
    )
    best: tuple[int, int] | None = None
    for index, entity in enumerate(entities):
        kind = GOLD_KIND.get(entity["type"])
        if kind is None or kind is not ment.etype.kind:
            continue
        if (entity["start"], entity["end"]) == (start, end):
            return index
        overlap = min(end, entity["end"]) - max(start, entity["start"])
        if not strict and overlap > 0 and (best is None or overlap > best[0]):
            best = (overlap, index)
    return None if best is None else best[1]


def collect(
    rows: Sequence[dict[str, Any]], titles: frozenset[str], tuned_ner: bool = False
) -> Split:
    """Candidate pairs with features and labels, and how the rules alone fare."""
    nlp = load_model(NlpOptions(ner_weights="conll04" if tuned_ner else "stock"))
    split = Split()
    rules_only = [name for name in default_lexicon().pipeline if name != "classifier"]
    texts = ((str(row["text"]), row) for row in rows)
    for doc, row in nlp.pipe(texts, as_tuples=True, batch_size=64):
        ctx = read_document(doc, ArticleText(source=str(row["id"]), text=str(row["text"])))
        found = run_parts(ctx, rules_only)
        merged = _birthplaces(ctx, found)
        corpus = CorpusSentence.of(row, titles)
        entities = row["entities"]
        gold = {(r["head"], r["type"], r["tail"]) for r in row["relations"]}
        for _h, kind, _t in gold:
            split.gold[kind] += 1
        stated: set[tuple[int, int, str]] = set()
        strict_seen: set[tuple[int, str, int]] = set()
        for relation in found:
            if relation.predicate not in STATING_PREDICATES:
                continue
            kind_or_none = KIND_BY_TYPES.get(
                (relation.subject.etype.kind, relation.object.etype.kind)
            )
            if kind_or_none is None:
                continue
            stated.add((id(relation.subject), id(relation.object), kind_or_none))
            h = _align(relation.subject, ctx, entities, corpus, True, merged)
            t = _align(relation.object, ctx, entities, corpus, True, merged)
            key = (-1 if h is None else h, kind_or_none, -1 if t is None else t)
            if key in strict_seen:
                continue
            strict_seen.add(key)
            split.rule_predicted[kind_or_none] += 1
            if h is not None and t is not None and (h, kind_or_none, t) in gold:
                split.rule_correct[kind_or_none] += 1
        for sentence in ctx.sentences:
            for head, tail, kind, info in candidate_pairs(ctx, sentence.index, found):
                if (id(head), id(tail), kind) in stated:
                    continue
                relaxed = (
                    _align(head, ctx, entities, corpus, False, merged),
                    kind,
                    _align(tail, ctx, entities, corpus, False, merged),
                )
                exact = (
                    _align(head, ctx, entities, corpus, True, merged),
                    kind,
                    _align(tail, ctx, entities, corpus, True, merged),
                )
                split.examples.append(
                    Example(
                        pair_features(ctx, head, tail, kind, info),
                        kind,
                        relaxed in gold,
                        exact in gold and exact not in strict_seen,
                        frozenset(s for s in SETTINGS if admissible(ctx, head, tail, s)),
                        pair_vector(ctx, head, tail),
                    )
                )
    return split


@dataclass
class Fitted:
    names: list[str]
    weights: np.ndarray
    #: the dense part: the training pairs' vector mean and spread, and per kind its weights
    mean: np.ndarray | None = None
    scale: np.ndarray | None = None
    dense: dict[str, np.ndarray] = field(default_factory=dict)


#: How a pair whose names only overlap CoNLL04's (the "Texas" of its "Lubbock, Texas") is
#: learnt: as right ("relaxed"), as wrong ("strict", the way the benchmark counts it), or not
#: at all ("drop": neither a relation to learn nor a counter-example).
LABELS = ("relaxed", "strict", "drop")


def _learnt(examples: list[Example], labels: str) -> tuple[list[Example], np.ndarray]:
    if labels == "drop":
        examples = [e for e in examples if e.strict or not e.label]
    values = [e.strict if labels != "relaxed" else e.label for e in examples]
    return examples, np.array([1.0 if v else 0.0 for v in values])


def fit(
    examples: list[Example],
    l2: float,
    min_count: int,
    epochs: int = 300,
    l2_dense: float = 1e-2,
    labels: str = "relaxed",
) -> Fitted:
    """An L2 logistic regression over the sparse features and, per relation kind, the
    standardised pair vectors (when every example has one), fitted with full-batch Adam."""
    examples, targets = _learnt(examples, labels)
    counts = Counter(f for e in examples for f in e.features)
    names = sorted(f for f, c in counts.items() if c >= min_count)
    index = {f: i for i, f in enumerate(names)}
    rows = [[index[f] for f in e.features if f in index] for e in examples]
    flat = np.fromiter((i for r in rows for i in r), dtype=np.int64)
    lengths = np.array([len(r) for r in rows], dtype=np.int64)
    owner = np.repeat(np.arange(len(rows)), lengths)
    dense = bool(examples) and all(e.vector is not None for e in examples)
    if dense:
        raw = np.stack([e.vector for e in examples if e.vector is not None])
        mean, scale = raw.mean(0), raw.std(0) + 1e-6
        z = (raw - mean) / scale
        by_kind = {k: np.flatnonzero([e.kind == k for e in examples]) for k in KINDS}
    params = [np.zeros(len(names))] + ([np.zeros(z.shape[1]) for _ in KINDS] if dense else [])
    moments = [(np.zeros_like(w), np.zeros_like(w)) for w in params]
    rate, beta1, beta2 = 0.05, 0.9, 0.999
    n = max(1, len(examples))
    for step in range(1, epochs + 1):
        scores = np.bincount(owner, weights=params[0][flat], minlength=len(rows))
        for k, kind in enumerate(KINDS if dense else ()):
            scores[by_kind[kind]] += z[by_kind[kind]] @ params[1 + k]
        probs = 1.0 / (1.0 + np.exp(-np.clip(scores, -30, 30)))
        error = probs - targets
        grads = [np.bincount(flat, weights=error[owner], minlength=len(names)) / n + l2 * params[0]]
        for k, kind in enumerate(KINDS if dense else ()):
            rows_k = by_kind[kind]
            grads.append(z[rows_k].T @ error[rows_k] / n + l2_dense * params[1 + k])
        for w, g, (m, v) in zip(params, grads, moments, strict=True):
            m *= beta1
            m += (1 - beta1) * g
            v *= beta2
            v += (1 - beta2) * g * g
            w -= rate * (m / (1 - beta1**step)) / (np.sqrt(v / (1 - beta2**step)) + 1e-8)
    if not dense:
        return Fitted(names, params[0])
    return Fitted(names, params[0], mean, scale, dict(zip(KINDS, params[1:], strict=True)))


def probabilities(model: Fitted, examples: list[Example]) -> np.ndarray:
    index = {f: i for i, f in enumerate(model.names)}
    out = np.empty(len(examples))
    for k, example in enumerate(examples):
        total = sum(model.weights[index[f]] for f in example.features if f in index)
        weights = model.dense.get(example.kind)
        if weights is not None and example.vector is not None:
            assert model.mean is not None and model.scale is not None
            total += float(((example.vector - model.mean) / model.scale) @ weights)
        out[k] = 1.0 / (1.0 + np.exp(-max(-30.0, min(30.0, total))))
    return out


def f_score(correct: int, predicted: int, gold: int, beta: float = 1.0) -> float:
    if not correct:
        return 0.0
    p, r = correct / predicted, correct / gold
    return (1 + beta * beta) * p * r / (beta * beta * p + r)


def f1(correct: int, predicted: int, gold: int) -> float:
    return f_score(correct, predicted, gold)


def tune(
    model: Fitted,
    split: Split,
    setting: str = "f1",
    beta: float = 1.0,
    floor: float = 0.2,
    probs: np.ndarray | None = None,
) -> tuple[dict[str, float], float]:
    """Per-kind thresholds (at least ``floor``) that maximise strict F-beta on this split,
    over the pairs the classifier may state in ``setting`` and counting the rules' own
    predictions; returns them and the micro F1 they give. ``probs``: the pairs' probabilities
    when not the model's own (held-out ones)."""
    if probs is None:
        probs = probabilities(model, split.examples)
    thresholds: dict[str, float] = {}
    correct_total = predicted_total = 0
    for kind in KINDS:
        items = sorted(
            (
                (p, e.strict)
                for p, e in zip(probs, split.examples, strict=True)
                if e.kind == kind and setting in e.settings
            ),
            key=lambda item: -item[0],
        )
        base_c, base_p, gold = (
            split.rule_correct[kind],
            split.rule_predicted[kind],
            split.gold[kind],
        )
        best = (f_score(base_c, base_p, gold, beta), 1.0, 0, 0)
        correct = 0
        for predicted, (p, right) in enumerate(items, start=1):
            if p < floor:
                break
            correct += int(right)
            score = f_score(base_c + correct, base_p + predicted, gold, beta)
            if score > best[0]:
                best = (score, float(p), correct, predicted)
        thresholds[kind] = round(best[1], 4)
        correct_total += base_c + best[2]
        predicted_total += base_p + best[3]
    return thresholds, f1(correct_total, predicted_total, sum(split.gold.values()))


def held_out(
    train: Split, dev: Split, l2: float, min_count: int, folds: int = 5, **options: Any
) -> tuple[Split, np.ndarray]:
    """Train and dev together with every pair scored by a model that never saw it: train's
    by ``folds`` models each fitted on the other folds (contiguous blocks, so a sentence's
    pairs stay together), dev's by the model fitted on all of train. Thresholds set there
    rest on five times the pairs dev alone has."""
    n = len(train.examples)
    block = (np.arange(n) * folds) // max(1, n)
    probs = np.empty(n)
    for fold in range(folds):
        inside = [e for e, b in zip(train.examples, block, strict=True) if b != fold]
        outside = np.flatnonzero(block == fold)
        model = fit(inside, l2, min_count, **options)
        probs[outside] = probabilities(model, [train.examples[i] for i in outside])
    model = fit(train.examples, l2, min_count, **options)
    pooled = Split(
        train.examples + dev.examples,
        train.gold + dev.gold,
        train.rule_predicted + dev.rule_predicted,
        train.rule_correct + dev.rule_correct,
    )
    return pooled, np.concatenate([probs, probabilities(model, dev.examples)])


def micro_f1(model: Fitted, split: Split, thresholds: dict[str, float], setting: str) -> float:
    """The strict micro F1 on this split with these thresholds (rules counted)."""
    probs = probabilities(model, split.examples)
    correct = sum(split.rule_correct.values())
    predicted = sum(split.rule_predicted.values())
    for p, example in zip(probs, split.examples, strict=True):
        if setting in example.settings and p >= thresholds[example.kind]:
            predicted += 1
            correct += int(example.strict)
    return f1(correct, predicted, sum(split.gold.values()))


def without_context(examples: list[Example]) -> list[Example]:
    """The examples without the context features (the graphs' model does not weigh them)."""
    return [
        replace(e, features=[f for f in e.features if f"|{CONTEXT}" not in f]) for e in examples
    ]


#: What each setting's model weighs and how it is fitted: the graphs' ("precise") one the
#: sparse features that hold on news; the "f1" one (CoNLL04 comparison) also the context
#: features and the parser's word vectors, from strict labels, with thresholds set on five
#: times the pairs.
RECIPES: dict[str, dict[str, Any]] = {
    "precise": {"context": False, "labels": "relaxed", "l2_dense": 0.0, "tune_on": "dev"},
    "f1": {"context": True, "labels": "drop", "l2_dense": 1e-2, "tune_on": "held-out"},
}


def read_rows(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def save(
    model: Fitted, thresholds: dict[str, dict[str, float]], path: Path, notes: dict[str, Any]
) -> None:
    kept = [(n, round(float(w), 4)) for n, w in zip(model.names, model.weights, strict=True)]
    kept = [(n, w) for n, w in kept if w != 0.0]
    data: dict[str, Any] = {
        "version": FORMAT_VERSION,
        "thresholds": thresholds,
        "notes": notes,
        "features": [n for n, _ in kept],
        "weights": [w for _, w in kept],
    }
    if model.mean is not None and model.scale is not None:
        data["dense"] = {
            "mean": [round(float(x), 5) for x in model.mean],
            "scale": [round(float(x), 5) for x in model.scale],
            "weights": {k: [round(float(x), 5) for x in w] for k, w in model.dense.items()},
        }
    raw = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    path.write_bytes(gzip.compress(raw, mtime=0))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Train the CoNLL04 relation classifier.")
    parser.add_argument("--data", type=Path, default=Path("../shared/bench/conll04"))
    parser.add_argument("--output", type=Path, default=None)
    parser.add_argument(
        "--tuned-ner", action="store_true", help="train on the CoNLL04-tuned NER's mentions"
    )
    parser.add_argument(
        "--for-setting",
        choices=tuple(RECIPES),
        default="precise",
        help="the graphs' model (default) or the F1 setting's own (stock NER only)",
    )
    parser.add_argument(
        "--labels",
        choices=LABELS,
        help="how a pair whose names only overlap CoNLL04's is learnt (default: the setting's)",
    )
    parser.add_argument(
        "--l2-dense",
        type=float,
        help="L2 penalty of the weights over the parser's word vectors; 0 leaves them out",
    )
    parser.add_argument(
        "--tune-on",
        choices=("held-out", "dev"),
        help="set the thresholds on the held-out scores of train and dev together or on dev",
    )
    args = parser.parse_args(argv)
    recipe = dict(RECIPES[args.for_setting])
    for key in ("labels", "l2_dense", "tune_on"):
        if getattr(args, key) is not None:
            recipe[key] = getattr(args, key)
    if args.tuned_ner and args.for_setting == "f1" and args.output is None:
        parser.error("--tuned-ner --for-setting f1 needs --output (no packaged file for it)")
    if args.output is None:
        name = TUNED_NER_MODEL_FILE if args.tuned_ner else MODEL_FILE
        name = F1_MODEL_FILE if args.for_setting == "f1" else name
        # beside the classifier in the package, where default_model() reads it
        args.output = Path(classifier.__file__).with_name(name)
    train_rows = read_rows(args.data / "train.detok.jsonl")
    dev_rows = read_rows(args.data / "dev.detok.jsonl")
    titles = titles_inside(train_rows + dev_rows)
    train = collect(train_rows, titles, args.tuned_ner)
    dev = collect(dev_rows, titles, args.tuned_ner)
    if not recipe["context"]:
        train.examples, dev.examples = (
            without_context(train.examples),
            without_context(dev.examples),
        )
    if not recipe["l2_dense"]:
        for example in train.examples + dev.examples:
            example.vector = None
    options: dict[str, Any] = {"l2_dense": recipe["l2_dense"], "labels": recipe["labels"]}
    print(
        f"train pairs {len(train.examples)} (+{sum(e.label for e in train.examples)}), "
        f"dev pairs {len(dev.examples)}"
    )
    best: tuple[float, float, int] | None = None
    for l2 in (1e-4, 3e-4, 1e-3, 3e-3):
        for min_count in (1, 2, 3):
            model = fit(train.examples, l2, min_count, **options)
            thresholds, score = tune(model, dev)
            print(f"l2={l2:g} min_count={min_count}: dev micro F1 {100 * score:.1f} {thresholds}")
            if best is None or score > best[0]:
                best = (score, l2, min_count)
    assert best is not None
    _score, l2, min_count = best
    model = fit(train.examples, l2, min_count, **options)
    if recipe["tune_on"] == "held-out":
        pooled, probs = held_out(train, dev, l2, min_count, **options)
        f1_thresholds, _ = tune(model, pooled, probs=probs)
        precise_thresholds, _ = tune(model, pooled, "precise", 0.5, 0.5, probs=probs)
    else:
        f1_thresholds, _ = tune(model, dev)
        precise_thresholds, _ = tune(model, dev, "precise", beta=0.5, floor=0.5)
    score = micro_f1(model, dev, f1_thresholds, "f1")
    precise_score = micro_f1(model, dev, precise_thresholds, "precise")
    notes = {
        "trained_on": "CoNLL04 train (detokenised); thresholds set on "
        + (
            "held-out scores of train (5 folds) and dev"
            if recipe["tune_on"] == "held-out"
            else "dev"
        ),
        "l2": l2,
        "min_count": min_count,
        "setting": args.for_setting,
        "context_features": recipe["context"],
        "l2_dense": recipe["l2_dense"],
        "labels": recipe["labels"],
        "dev_micro_f1": round(100 * score, 1),
        "dev_micro_f1_precise": round(100 * precise_score, 1),
        "thresholds": "precise: best F0.5 with p >= 0.5 (used by default); f1: best F1",
        "thresholds_set_on": recipe["tune_on"],
    }
    save(model, {"precise": precise_thresholds, "f1": f1_thresholds}, args.output, notes)
    print(
        f"saved {args.output} ({args.output.stat().st_size} bytes): l2={l2} min_count={min_count}, "
        f"dev micro F1 {100 * score:.1f} (F1 thresholds {f1_thresholds}), "
        f"{100 * precise_score:.1f} (precise thresholds {precise_thresholds})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
