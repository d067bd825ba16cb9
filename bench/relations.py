"""Score relation extraction on CoNLL04 (strict, micro-averaged), as published systems are.

    python bench/relations.py [--split test|dev|train] [--tokenised | --both] [--by-rule]
                              [--thresholds precise|f1 | --rules-only] [--tuned-ner]
                              [--char-exact] [--errors N]

Reads ../shared/bench/conll04 (never copied into the project), runs each sentence through
the real pipeline (textkg.nlp.load_model() parse → textkg.extract.extract_facts) and counts a
predicted relation as right only when both entity spans match a gold entity exactly on the
corpus's tokens (as published systems, which are given those tokens, are scored; the titles
CoNLL04 writes inside person spans are learned from the train and dev splits other than the
one scored, see training.conll04; a name inside another name is none of CoNLL04's
entities, which do not nest; a birthplace and its state, "born in Lubbock, Texas", are one
of its places and two of ours, scored as the one; a pronoun or a description counts as the
name it stands for when the sentence has it, and is otherwise none of CoNLL04's entities;
--char-exact compares our character spans as they are), the entity types agree
(Peop↔Person, Org↔Organization, Loc↔any place) and the relation type agrees after mapping
ours onto CoNLL04's:

    Work_For     ← tk:memberOf, tk:leaderOf        (person → organisation)
    OrgBased_In  ← tk:partOf, tk:locatedIn         (organisation → place)
    Located_In   ← tk:locatedIn                    (place → place)
    Live_In      ← tk:residesIn, tk:nationality,   (person → place; CoNLL04 calls the
                   tk:leaderOf, schema:birthPlace   governor of a state, the citizen of a
                                                    country and the one born in a town
                                                    "living in" it)
    Kill         ← tk:killed                       (person → person)

Under the table, where the F1 is lost: how many gold relations have both arguments among our
mentions (exact span and type; the recogniser bounds recall there), how many of those were
found (the relation step's share), and how many wrong predictions join two gold entities
(the rest name a span CoNLL04 does not have, or type it otherwise).

Published strict micro F1 on the test split: SpERT 71.5, REBEL 75.4, ReLiK 78.1. Tune on train
and dev; report test once per change.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from rdflib import URIRef  # noqa: E402
from training.conll04 import CorpusSentence, birthplaces_with_state, titles_inside  # noqa: E402

from textkg.extract import ExtractOptions, extract_facts  # noqa: E402
from textkg.namespaces import curie  # noqa: E402
from textkg.nlp import NlpOptions, load_model  # noqa: E402
from textkg.records import ArticleFacts, ArticleText, EntityType, Mention  # noqa: E402

DATA = ROOT.parent / "shared" / "bench" / "conll04"
RELATION_TYPES = ("Work_For", "OrgBased_In", "Located_In", "Live_In", "Kill")
KIND_OF = {"Peop": "Peop", "Org": "Org", "Loc": "Loc", "Other": "Other"}


def conll_type(entity_type: EntityType) -> str:
    kind = entity_type.kind
    if kind is EntityType.PERSON:
        return "Peop"
    if kind is EntityType.ORGANIZATION:
        return "Org"
    if kind is EntityType.PLACE:
        return "Loc"
    return "Other"


def conll_relation(iri: URIRef, head: str, tail: str) -> str | None:
    """Our predicate (with its argument types) as a CoNLL04 relation type, if any."""
    predicate = curie(iri)
    if predicate in ("tk:memberOf", "tk:worksFor", "tk:leaderOf") and (head, tail) == (
        "Peop",
        "Org",
    ):
        return "Work_For"
    if predicate in ("tk:partOf", "tk:locatedIn") and (head, tail) == ("Org", "Loc"):
        return "OrgBased_In"
    if predicate == "tk:locatedIn" and (head, tail) == ("Loc", "Loc"):
        return "Located_In"
    live = ("tk:residesIn", "tk:nationality", "tk:leaderOf", "schema:birthPlace")
    if predicate in live and (head, tail) == ("Peop", "Loc"):
        return "Live_In"
    if predicate == "tk:killed" and (head, tail) == ("Peop", "Peop"):
        return "Kill"
    return None


Triple = tuple[tuple[int, int, str], str, tuple[int, int, str]]
Span = tuple[int, int]


@dataclass
class Scores:
    gold: Counter[str]
    predicted: Counter[str]
    correct: Counter[str]
    gold_entities: int = 0
    matched_entities: int = 0
    matched_spans: int = 0
    predicted_entities: int = 0
    #: gold relations whose two arguments are both among the mentions (span and type exact)
    reachable: int = 0
    reachable_correct: int = 0
    #: wrong predictions whose two arguments are both gold entities (the classification's
    #: fault, not the recogniser's)
    wrong_on_gold_entities: int = 0
    rule_total: Counter[str] | None = None
    rule_correct: Counter[str] | None = None


def read_split(split: str, tokenised: bool) -> list[dict[str, Any]]:
    path = DATA / (f"{split}.jsonl" if tokenised else f"{split}.detok.jsonl")
    if not path.is_file():
        raise SystemExit(f"{path}: not found (CoNLL04 is read from ../shared/bench/conll04)")
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def gold_triples(row: dict[str, Any]) -> set[Triple]:
    entities = row["entities"]
    assert isinstance(entities, list)
    found: set[Triple] = set()
    relations = row["relations"]
    assert isinstance(relations, list)
    for rel in relations:
        head, tail = entities[rel["head"]], entities[rel["tail"]]
        found.add(
            (
                (head["start"], head["end"], KIND_OF[head["type"]]),
                rel["type"],
                (tail["start"], tail["end"], KIND_OF[tail["type"]]),
            )
        )
    return found


@dataclass(frozen=True)
class Convention:
    """How a mention's span is written for scoring: CoNLL04's (on the corpus tokens, with the
    titles the corpus puts inside person spans, and no name inside another) or, with
    ``--char-exact``, textkg's own."""

    titles: frozenset[str] | None

    def spans_of(
        self, row: dict[str, Any], facts: ArticleFacts
    ) -> Callable[[Mention], tuple[int, int, str]]:
        corpus = None if self.titles is None else CorpusSentence.of(row, self.titles)
        # CoNLL04's entities do not nest: a place inside an organisation's name ("University
        # of Texas") is none of its entities, whatever textkg says of it
        # (of names only: the country a title stands for, "President X" of a story from
        # Dallas, is written over the title and the name, and is no name around X)
        bounds = {(m.start, m.end) for m in facts.mentions if not m.reference}
        nested = {
            (s, e)
            for s, e in bounds
            if any(a <= s and e <= b and (a, b) != (s, e) for a, b in bounds)
        }

        merged = {} if corpus is None else _birthplaces_with_state(row, facts)
        named = {m.name: m for m in reversed(facts.mentions) if not m.reference}

        def span(mention: Mention) -> tuple[int, int, str]:
            if mention.reference:
                # a pronoun or a description is scored as the name it stands for when the
                # sentence names it; else as no CoNLL04 entity (nor is the country a title
                # stands for, "President X" of a story from Dallas)
                if mention.name not in named:
                    return (mention.start, mention.end, "Other")
                mention = named[mention.name]
            kind = conll_type(mention.entity_type)
            if corpus is None:
                return (mention.start, mention.end, kind)
            if (mention.start, mention.end) in nested:
                kind = "Other"
            bounds = (mention.start, mention.end)
            start, end = corpus.span(*merged.get(bounds, bounds), kind == "Peop", bounds in merged)
            return (start, end, kind)

        return span


_COMMA = re.compile(r"\s*,\s*$")


def _birthplaces_with_state(row: dict[str, Any], facts: ArticleFacts) -> dict[Span, Span]:
    """The birthplaces CoNLL04 writes with their state as one place, by characters."""
    text = str(row["text"])
    places = [(m.start, m.end) for m in facts.mentions if m.entity_type.kind is EntityType.PLACE]
    births = [
        (r.object.start, r.object.end)
        for r in facts.relations
        if curie(r.predicate) == "schema:birthPlace"
    ]
    return birthplaces_with_state(
        places, births, lambda end, nxt: bool(_COMMA.match(text, end, nxt))
    )


def predicted_triples(
    facts: ArticleFacts, span: Callable[[Mention], tuple[int, int, str]]
) -> dict[Triple, str]:
    """Each predicted CoNLL04 triple and the extractor rule that found it first."""
    found: dict[Triple, str] = {}
    for relation in facts.relations:
        head, tail = span(relation.subject), span(relation.object)
        kind = conll_relation(relation.predicate, head[2], tail[2])
        # (the town in its state, "Lubbock, Texas", is one of CoNLL04's places, in nothing)
        if kind is not None and head[:2] != tail[:2]:
            found.setdefault((head, kind, tail), relation.extractor)
    return found


def parse(
    rows: list[dict[str, Any]],
    setting: str = "precise",
    classifier: bool = True,
    tuned_ner: bool = False,
) -> Iterator[tuple[dict[str, Any], ArticleFacts]]:
    weights = "conll04" if tuned_ner else "stock"
    nlp = load_model(NlpOptions(ner_weights=weights))
    options = ExtractOptions(
        classifier=classifier, classifier_setting=setting, relation_model=weights
    )
    texts = ((str(row["text"]), row) for row in rows)
    for doc, row in nlp.pipe(texts, as_tuples=True, batch_size=64):
        article = ArticleText(source=str(row["id"]), text=str(row["text"]))
        yield (
            row,
            extract_facts(doc, article, options=options),
        )


def score(
    pairs: Iterable[tuple[dict[str, Any], ArticleFacts]], convention: Convention, errors: int = 0
) -> Scores:
    scores = Scores(Counter(), Counter(), Counter(), rule_total=Counter(), rule_correct=Counter())
    assert scores.rule_total is not None and scores.rule_correct is not None
    shown = 0
    for row, facts in pairs:
        gold = gold_triples(row)
        span = convention.spans_of(row, facts)
        predicted = predicted_triples(facts, span)
        spans = {span(m) for m in facts.mentions if not m.reference}
        entities = [e for e in row["entities"] if e["type"] != "Other"]
        gold_spans = {(e["start"], e["end"], KIND_OF[e["type"]]) for e in entities}
        for triple in gold:
            scores.gold[triple[1]] += 1
            if triple[0] in spans and triple[2] in spans:
                scores.reachable += 1
                scores.reachable_correct += triple in predicted
        for triple, rule in predicted.items():
            scores.predicted[triple[1]] += 1
            scores.rule_total[rule] += 1
            if triple in gold:
                scores.correct[triple[1]] += 1
                scores.rule_correct[rule] += 1
            elif triple[0] in gold_spans and triple[2] in gold_spans:
                scores.wrong_on_gold_entities += 1
        bare = {(start, end) for start, end, _ in spans}
        scores.gold_entities += len(entities)
        scores.predicted_entities += len(spans)
        scores.matched_entities += sum(
            (e["start"], e["end"], KIND_OF[e["type"]]) in spans for e in entities
        )
        scores.matched_spans += sum((e["start"], e["end"]) in bare for e in entities)
        if shown < errors and set(predicted) != gold:
            shown += 1
            text = str(row["text"])

            def show(t: Triple, text: str = text) -> str:
                return f"{text[t[0][0] : t[0][1]]!r} {t[1]} {text[t[2][0] : t[2][1]]!r}"

            print(f"--- {row['id']}: {text}")
            for t in sorted(gold - set(predicted)):
                print("  missed  ", show(t))
            for t, rule in sorted(predicted.items()):
                if t not in gold:
                    print("  wrong   ", show(t), f"[{rule}]")
    return scores


def prf(correct: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = correct / predicted if predicted else 0.0
    r = correct / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return 100 * p, 100 * r, 100 * f


def report(title: str, scores: Scores, by_rule: bool) -> None:
    print(f"\n{title}")
    print(f"{'relation':<12} {'gold':>5} {'pred':>5} {'right':>5} {'P':>6} {'R':>6} {'F1':>6}")
    for kind in RELATION_TYPES:
        g, p, c = scores.gold[kind], scores.predicted[kind], scores.correct[kind]
        print(f"{kind:<12} {g:5d} {p:5d} {c:5d} " + " ".join(f"{v:6.1f}" for v in prf(c, p, g)))
    g, p, c = (sum(x.values()) for x in (scores.gold, scores.predicted, scores.correct))
    print(f"{'micro':<12} {g:5d} {p:5d} {c:5d} " + " ".join(f"{v:6.1f}" for v in prf(c, p, g)))
    ge = scores.gold_entities
    print(
        f"entity spans: {scores.matched_entities}/{ge} gold Peop/Org/Loc spans reproduced "
        f"exactly with the right type ({100 * scores.matched_entities / max(ge, 1):.1f}%), "
        f"{scores.matched_spans}/{ge} ignoring type; {scores.predicted_entities} mentions predicted"
    )
    reach, found = scores.reachable, scores.reachable_correct
    print(
        f"where it is lost: {reach}/{g} gold relations have both arguments among the mentions "
        f"(the recogniser's ceiling on recall, {100 * reach / max(g, 1):.1f}%), {found} of them "
        f"found ({100 * found / max(reach, 1):.1f}%); {scores.wrong_on_gold_entities}/{p - c} "
        "wrong predictions join two gold entities (the rest have a wrong or extra name)"
    )
    if by_rule and scores.rule_total and scores.rule_correct is not None:
        print("precision by extractor rule (CoNLL04-mappable predictions only):")
        for rule, total in scores.rule_total.most_common():
            right = scores.rule_correct[rule]
            print(f"  {rule:<40} {right:4d}/{total:<4d} {100 * right / total:5.1f}%")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("test", "dev", "train"), default="test")
    text_kind = parser.add_mutually_exclusive_group()
    text_kind.add_argument("--tokenised", action="store_true", help="the space-joined token text")
    text_kind.add_argument("--both", action="store_true", help="detokenised and tokenised")
    parser.add_argument("--by-rule", action="store_true", help="precision of each extractor rule")
    parser.add_argument(
        "--thresholds",
        choices=("precise", "f1"),
        default="precise",
        help="classifier thresholds: the graphs' precise ones (default) or F1-tuned ones",
    )
    parser.add_argument("--rules-only", action="store_true", help="without the classifier")
    parser.add_argument(
        "--tuned-ner", action="store_true", help="with textkg's CoNLL04-tuned NER weights"
    )
    parser.add_argument(
        "--char-exact",
        action="store_true",
        help="match our character spans as they are, not on CoNLL04's tokens and title convention",
    )
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="show N wrong sentences")
    args = parser.parse_args(argv)
    variants = [False, True] if args.both else [args.tokenised]
    titles = None
    if not args.char_exact:
        # learned from the other splits, never from the one scored
        others = [s for s in ("train", "dev") if s != args.split]
        titles = titles_inside([row for s in others for row in read_split(s, True)])
    for tokenised in variants:
        rows = read_split(args.split, tokenised)
        started = time.perf_counter()
        scores = score(
            parse(rows, args.thresholds, not args.rules_only, args.tuned_ner),
            Convention(titles),
            args.errors,
        )
        seconds = time.perf_counter() - started
        kind = "tokenised" if tokenised else "detokenised"
        setting = "rules only" if args.rules_only else f"{args.thresholds} thresholds"
        setting += ", tuned NER" if args.tuned_ner else ", stock NER"
        setting += ", character spans" if args.char_exact else ", CoNLL04 token spans"
        report(
            f"CoNLL04 {args.split} ({kind} text, {setting}, {len(rows)} sentences, "
            f"{seconds:.1f} s): strict micro P/R/F1",
            scores,
            args.by_rule,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())


__all__ = ["conll_relation", "gold_triples", "main", "prf"]
