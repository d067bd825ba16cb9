"""Fine-tune the small English pipeline's entity recogniser on CoNLL04 and save its weights.

    python -m training.ner --data ../shared/bench/conll04 [--epochs N] [--dropout P]
                                      [--output PATH] [--rehearse-own N] [--epoch-dir DIR]

Why: people, organisations and places bound every relation; the stock recogniser reproduces
under three quarters of CoNLL04's gold entities. Its references are CoNLL04's Peop/Org/Loc
spans (as PERSON/ORG/GPE, or the stock LOC/FAC/NORP label where the stock model gave that
span one) plus, as rehearsal so that nothing else is forgotten, the stock model's own dates,
numbers, nationalities and other labels outside them. CoNLL04's "Other" spans, and names
the stock model finds where CoNLL04 marks none, are left unannotated, so the model is not
taught to forget the institutions, papers and places that CoNLL04 leaves out. Training
reads train only, keeps the epoch with the best entity F1 on dev, and never reads test
(bench/relations.py scores it). Deterministic on one machine: fixed seeds, fixed order.

``--rehearse-own N`` also teaches, N times, every stock entity of four in five paragraphs of
our own news (bench/own, examples; never a scored or held-out set) and prints each epoch's
agreement with the stock recogniser on the fifth. It narrows the loss on the news
development set but does not remove it (see the README's "The spaCy model"); the shipped
weights are trained without it.

The weights are opt-in (``textkg build --tuned-ner``): on CoNLL04's wire news they lift
entity F1 on dev from 65 to 83, but on our own sentences about other countries' state
bodies and on the seed articles they lose facts the stock model finds (a newspaper typed
as a place, a ministry cut in two).
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textkg.nlp import _load, load_model
from textkg.nlp.ner_weights import (
    WEIGHTS_FILE,
    ner_parameters,
    save_ner_weights,
    set_ner_parameters,
)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span
    from spacy.training import Example

ROOT = Path(__file__).resolve().parents[1]
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
GOLD_LABEL = {"Peop": "PERSON", "Org": "ORG"}
CONLL_KIND = {"PERSON": "Peop", "ORG": "Org", "GPE": "Loc", "LOC": "Loc", "FAC": "Loc"}
#: Stock labels kept as rehearsal; PERSON/ORG/places come from CoNLL04 alone.
REHEARSED = frozenset(
    {
        "CARDINAL", "DATE", "EVENT", "LANGUAGE", "LAW", "MONEY", "NORP",
        "ORDINAL", "PERCENT", "PRODUCT", "QUANTITY", "TIME", "WORK_OF_ART",
    }
)  # fmt: skip


def read_rows(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _gold_span(reference: Doc, entity: dict[str, Any]) -> Span | None:
    """The gold entity over ``reference``'s tokens, without a sentence-final full stop
    that CoNLL04's detokenised text glues to some names ("Boise.")."""
    span = reference.char_span(entity["start"], entity["end"], alignment_mode="expand")
    if span is None:
        return None
    end = span.end
    while end > span.start + 1 and reference[end - 1].text == ".":
        end -= 1
    return reference[span.start : end]


def reference_doc(nlp: Language, stock: Doc, row: dict[str, Any]) -> Doc:
    """CoNLL04's entities for one sentence, with the stock model's other labels as rehearsal."""
    from spacy.tokens import Span
    from spacy.util import filter_spans

    reference = nlp.make_doc(str(row["text"]))
    stock_labels = {(e.start_char, e.end_char): e.label_ for e in stock.ents}
    spans: list[Span] = []
    unknown: list[Span] = []
    for entity in row["entities"]:
        span = _gold_span(reference, entity)
        if span is None:
            continue
        if entity["type"] not in ("Peop", "Org", "Loc"):
            unknown.append(span)
            continue
        label = GOLD_LABEL.get(entity["type"])
        if label is None:
            given = stock_labels.get((span.start_char, span.end_char), "")
            label = given if given in PLACE_LABELS or given == "NORP" else "GPE"
        spans.append(Span(reference, span.start, span.end, label))
    for ent in stock.ents:
        if any(ent.start < s.end and s.start < ent.end for s in spans + unknown):
            continue
        if ent.label_ in REHEARSED:
            spans.append(Span(reference, ent.start, ent.end, ent.label_))
        else:
            # a name the stock model sees and CoNLL04 leaves unannotated: no lesson either way
            unknown.append(reference[ent.start : ent.end])
    spans = filter_spans(spans)
    unknown = [u for u in unknown if not any(u.start < s.end and s.start < u.end for s in spans)]
    reference.set_ents(spans, missing=unknown, default="outside")
    return reference


#: News of our own (never a bench's scored or held-out set) whose stock entities are rehearsed.
REHEARSAL_SOURCES = (ROOT / "bench" / "own", ROOT / "examples")


def rehearsal_texts(sources: Iterable[Path]) -> list[str]:
    """The paragraphs of the plain-text, Markdown and JSON-lines articles under ``sources``,
    in a fixed order."""
    texts: list[str] = []
    for source in sources:
        for path in sorted(source.rglob("*")):
            if path.suffix in (".txt", ".md") and path.name != "README.md":
                texts += path.read_text(encoding="utf-8").split("\n\n")
            elif path.suffix == ".jsonl":
                texts += [str(row.get("text", "")) for row in read_rows(path)]
    return [" ".join(text.split()) for text in texts if len(text.split()) >= 5]


def rehearsal_examples(nlp: Language, texts: Sequence[str]) -> list[Example]:
    """Every stock entity of our own news, so that the tuned recogniser keeps finding (and
    typing) today's names the way the stock one does where CoNLL04 teaches nothing else."""
    from spacy.tokens import Span
    from spacy.training import Example

    examples = []
    for stock, text in zip(nlp.pipe(texts), texts, strict=True):
        reference = nlp.make_doc(text)
        spans = [Span(reference, e.start, e.end, e.label_) for e in stock.ents]
        reference.set_ents(spans, default="outside")
        examples.append(Example(nlp.make_doc(text), reference))
    return examples


def stock_agreement(
    nlp: Language, texts: Sequence[str], stock: Sequence[set[tuple[int, int, str]]]
) -> float:
    """F1 of the recogniser's entities (span and label) against the stock ones on ``texts``."""
    right = found = 0
    for doc, expected in zip(nlp.pipe(texts), stock, strict=True):
        got = {(e.start_char, e.end_char, e.label_) for e in doc.ents}
        right += len(got & expected)
        found += len(got)
    total = sum(len(s) for s in stock)
    return 2 * right / (total + found) if right else 0.0


def training_examples(nlp: Language, rows: Sequence[dict[str, Any]]) -> list[Example]:
    from spacy.training import Example

    texts = [str(row["text"]) for row in rows]
    return [
        Example(nlp.make_doc(text), reference_doc(nlp, stock, row))
        for stock, text, row in zip(nlp.pipe(texts), texts, rows, strict=True)
    ]


def entity_f1(nlp: Language, rows: Iterable[dict[str, Any]]) -> float:
    """Strict F1 of PERSON/ORG/place spans against CoNLL04's Peop/Org/Loc (trailing "." off)."""
    rows = list(rows)
    gold: set[tuple[int, int, int, str]] = set()
    found: set[tuple[int, int, int, str]] = set()
    for number, (doc, row) in enumerate(
        zip(nlp.pipe(str(r["text"]) for r in rows), rows, strict=True)
    ):
        for entity in row["entities"]:
            span = _gold_span(doc, entity)
            if span is not None and entity["type"] in ("Peop", "Org", "Loc"):
                gold.add((number, span.start_char, span.end_char, entity["type"]))
        for ent in doc.ents:
            if ent.label_ in CONLL_KIND:
                found.add((number, ent.start_char, ent.end_char, CONLL_KIND[ent.label_]))
    right = len(gold & found)
    return 2 * right / (len(gold) + len(found)) if right else 0.0


def train(
    nlp: Language,
    train_rows: Sequence[dict[str, Any]],
    dev_rows: Sequence[dict[str, Any]],
    epochs: int,
    dropout: float = 0.2,
    rehearsal: Sequence[str] = (),
    repeats: int = 1,
    check: Sequence[str] = (),
    epoch_dir: Path | None = None,
) -> tuple[int, float, float]:
    """Fine-tune ``nlp``'s recogniser in place, ending with the best epoch's weights on dev;
    returns that epoch, its dev F1 and the stock dev F1.

    ``rehearsal`` paragraphs (``repeats`` times each) are taught with every stock entity;
    each epoch prints how far the recogniser agrees with the stock one on the ``check``
    paragraphs, and ``epoch_dir`` keeps every epoch's weights (the epoch best on CoNLL04 dev
    is not the one that loses least on other news, which only the news benches tell)."""
    from spacy.util import minibatch
    from thinc.api import compounding, fix_random_seed

    fix_random_seed(0)
    examples = training_examples(nlp, train_rows)
    examples += rehearsal_examples(nlp, rehearsal) * repeats
    stock_f1 = entity_f1(nlp, dev_rows)
    stock_check = [{(e.start_char, e.end_char, e.label_) for e in d.ents} for d in nlp.pipe(check)]
    print(f"stock: dev entity F1 {100 * stock_f1:.1f}; {len(examples)} examples", flush=True)

    def snapshot() -> dict[str, Any]:
        return {name: array.copy() for name, array in ner_parameters(nlp).items()}

    best = (0, stock_f1, snapshot())
    order = random.Random(0)
    with nlp.select_pipes(enable=["ner"]):
        optimizer = nlp.resume_training()
        for epoch in range(1, epochs + 1):
            order.shuffle(examples)
            losses: dict[str, float] = {}
            batches = minibatch(examples, size=compounding(4.0, 32.0, 1.001))  # type: ignore[no-untyped-call]
            for batch in batches:
                nlp.update(batch, drop=dropout, sgd=optimizer, losses=losses)
            score = entity_f1(nlp, dev_rows)
            agree = stock_agreement(nlp, check, stock_check) if check else 0.0
            print(
                f"epoch {epoch}: loss {losses['ner']:.0f}, dev entity F1 {100 * score:.1f}"
                + (f", agreement with stock on our news {100 * agree:.1f}" if check else ""),
                flush=True,
            )
            if epoch_dir is not None:
                save_ner_weights(nlp, epoch_dir / f"epoch{epoch}.bin.gz", {"epoch": epoch})
            if score > best[1]:
                best = (epoch, score, snapshot())
    set_ner_parameters(nlp, best[2])
    return best[0], best[1], stock_f1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Fine-tune the NER on CoNLL04 entities.")
    parser.add_argument("--data", type=Path, default=Path("../shared/bench/conll04"))
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--dropout", type=float, default=0.2)
    parser.add_argument("--output", type=Path, default=WEIGHTS_FILE)
    parser.add_argument(
        "--rehearse-own",
        type=int,
        default=0,
        metavar="N",
        help="also teach the stock entities of our own news (bench/own, examples) N times",
    )
    parser.add_argument("--epoch-dir", type=Path, help="keep every epoch's weights here")
    args = parser.parse_args(argv)
    _load.cache_clear()
    nlp = load_model()
    train_rows = read_rows(args.data / "train.detok.jsonl")
    dev_rows = read_rows(args.data / "dev.detok.jsonl")
    # every fifth paragraph of our news is kept out of training to measure agreement on
    own = rehearsal_texts(REHEARSAL_SOURCES) if args.rehearse_own else []
    rehearse = [text for i, text in enumerate(own) if i % 5]
    check = [text for i, text in enumerate(own) if not i % 5]
    if args.epoch_dir is not None:
        args.epoch_dir.mkdir(parents=True, exist_ok=True)
    epoch, score, stock = train(
        nlp, train_rows, dev_rows, args.epochs, args.dropout,
        rehearse, args.rehearse_own, check, args.epoch_dir,
    )  # fmt: skip
    notes = {
        "summary": "en_core_web_sm 3.8 NER fine-tuned on CoNLL04 train entities",
        "epoch": epoch,
        "dev_entity_f1": round(100 * score, 1),
        "stock_dev_entity_f1": round(100 * stock, 1),
    }
    if args.rehearse_own:
        notes["rehearse_own"] = args.rehearse_own
    save_ner_weights(nlp, args.output, notes)
    _load.cache_clear()
    print(
        f"saved {args.output} ({args.output.stat().st_size} bytes): epoch {epoch}, "
        f"dev entity F1 {100 * score:.1f} (stock {100 * stock:.1f})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
