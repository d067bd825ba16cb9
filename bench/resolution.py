"""Entity-resolution benchmark: precision and recall of merges on labelled name pairs.

Each pair of bench/data/resolution_pairs.tsv (our own labels: same / different) is put into
small articles — two articles ("across"), one article naming a then b ("within"), or one
article defining b as a's acronym ("defined") — and resolved by `resolve_entities`. A pair is
merged when both names end in one entity. Precision = right merges / all merges; recall =
right merges / pairs that should merge. Target: no wrong merge, recall above 0.9.

Then a scale run: a synthetic build of many articles (names drawn from pools, so most merge
across articles) timed end to end, to show resolution does no all-pairs comparison.

    python bench/resolution.py [--pairs bench/data/resolution_pairs.tsv] [--errors]
                               [--scale-articles 2000]
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from textkg.extract.places import country_name
from textkg.lexicon import default_lexicon
from textkg.records import ArticleFacts, ArticleMeta, ArticleText, EntityType, Mention, Sentence
from textkg.resolve import resolve_entities

BENCH = Path(__file__).resolve().parent
DEFAULT_PAIRS = BENCH / "data" / "resolution_pairs.tsv"


@dataclass(frozen=True)
class Pair:
    same: bool
    scope: str
    type_a: EntityType
    name_a: str
    type_b: EntityType
    name_b: str
    note: str
    line: int


def read_pairs(path: Path) -> list[Pair]:
    pairs = []
    with path.open(encoding="utf-8") as handle:
        rows = [
            (n, line)
            for n, line in enumerate(handle, 1)
            if line.strip() and not line.startswith("#")
        ]
    reader = csv.reader((line for _, line in rows), delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader)
    assert header[:6] == ["label", "scope", "type_a", "name_a", "type_b", "name_b"], header
    for (number, _), row in zip(rows[1:], reader, strict=True):
        label, scope, type_a, name_a, type_b, name_b, *rest = row
        if label not in ("same", "different") or scope not in ("across", "within", "defined"):
            raise SystemExit(f"{path}:{number}: bad label or scope: {row}")
        pairs.append(
            Pair(label == "same", scope, EntityType(type_a), name_a, EntityType(type_b), name_b,
                 rest[0] if rest else "", number)
        )  # fmt: skip
    return pairs


def mention(
    name: str, entity_type: EntityType, start: int, sentence: int, defines: str = ""
) -> Mention:
    """The record extraction writes for a name: with the country a state body is named with
    ("North Korean X", "DPRK's X", "X of the DPRK") and the acronym it defines in brackets."""
    qualifier = _country_of(name) if entity_type is EntityType.ORGANIZATION else ""
    return Mention(
        name, name, entity_type, start, start + len(name), sentence,
        qualifier=qualifier, qualified_text=name if qualifier else "", defines=defines,
    )  # fmt: skip


def _country_of(name: str) -> str:
    """The country of a state body's name, read as extraction reads it (its country index
    and the lexicon's state-body head nouns)."""
    lex = default_lexicon()
    words = name.split()
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    if head.lower() not in lex.government_heads:
        return ""
    for i, word in enumerate(words[:-1]):
        if word.endswith(("'s", "’s")):
            return country_name(" ".join([*words[:i], word[:-2]]), lex) or ""
    for size in (3, 2, 1):
        if size < len(words) and (country := country_name(" ".join(words[:size]), lex)):
            return country
    if "of" in words[1:]:
        rest = words[len(words) - 1 - words[::-1].index("of") + 1 :]
        rest = rest[1:] if rest and rest[0].lower() == "the" else rest
        return country_name(" ".join(rest), lex) or ""
    return ""


def article(
    source: str,
    text: str,
    names: list[tuple[str, EntityType, int]],
    defines: dict[str, str] | None = None,
) -> ArticleFacts:
    """One-sentence-per-line article; ``names`` are (name, type, occurrence) to mark."""
    sentences, cursor = [], 0
    for line in text.split("\n"):
        sentences.append(Sentence(line, cursor, cursor + len(line)))
        cursor += len(line) + 1
    mentions = []
    for name, entity_type, nth in names:
        start = -1
        for _ in range(nth + 1):
            start = text.index(name, start + 1)
        sentence = next(i for i, s in enumerate(sentences) if s.start <= start <= s.end)
        mentions.append(mention(name, entity_type, start, sentence, (defines or {}).get(name, "")))
    return ArticleFacts(ArticleText(source, text, ArticleMeta()), tuple(sentences), tuple(mentions))


def articles_for(pair: Pair) -> tuple[list[ArticleFacts], tuple[str, int], tuple[str, int]]:
    """The articles of one pair, and where a and b are (source, start)."""
    a, b = pair.name_a, pair.name_b
    if pair.scope == "across":
        first = article("a.txt", f"Reports about {a} came in.", [(a, pair.type_a, 0)])
        second = article("b.txt", f"Later {b} was mentioned.", [(b, pair.type_b, 0)])
        return (
            [first, second],
            ("a.txt", first.mentions[0].start),
            ("b.txt", second.mentions[0].start),
        )
    if pair.scope == "within":
        text = f"Reports about {a} came in.\nLater the {b} was mentioned again."
        if pair.type_b is EntityType.PERSON or b[:1].isupper():
            text = f"Reports about {a} came in.\nLater {b} was mentioned again."
        start_b = text.index(b, text.index("\n"))
        only = article("a.txt", text, [(a, pair.type_a, 0)])
        mention_b = mention(b, pair.type_b, start_b, 1)
        only = ArticleFacts(only.article, only.sentences, (*only.mentions, mention_b))
        return [only], ("a.txt", only.mentions[0].start), ("a.txt", start_b)
    text = f"Officials of the {a} ({b}) arrived.\nThe {b} said little."
    only = article("a.txt", text, [(a, pair.type_a, 0), (b, pair.type_b, 1)], {a: b})
    return [only], ("a.txt", only.mentions[0].start), ("a.txt", only.mentions[1].start)


def merged(pair: Pair) -> bool:
    facts, where_a, where_b = articles_for(pair)
    resolution = resolve_entities(facts)
    key_of = {(source, start): key for (source, start, _), key in resolution.entity_of.items()}
    return key_of[where_a] == key_of[where_b]


def score(pairs: list[Pair], show_errors: bool) -> None:
    outcome: Counter[str] = Counter()
    by_group: dict[str, Counter[str]] = {}
    errors = []
    for pair in pairs:
        guess = merged(pair)
        kind = ("tp" if pair.same else "fp") if guess else ("fn" if pair.same else "tn")
        outcome[kind] += 1
        group = f"{pair.type_a.kind.value:12s} {pair.scope}"
        by_group.setdefault(group, Counter())[kind] += 1
        if kind in ("fp", "fn"):
            errors.append((kind, pair))
    tp, fp, fn, tn = outcome["tp"], outcome["fp"], outcome["fn"], outcome["tn"]
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    print(f"pairs: {len(pairs)} ({tp + fn} same, {fp + tn} different)")
    print(f"merges: {tp + fp}  right: {tp}  wrong: {fp}  missed: {fn}")
    print(f"precision of merges: {precision:.3f}")
    print(f"recall of merges:    {recall:.3f}")
    print("by type and scope (right/wrong merges, missed, kept apart):")
    for group in sorted(by_group):
        c = by_group[group]
        print(f"  {group:22s} tp={c['tp']:3d} fp={c['fp']:2d} fn={c['fn']:2d} tn={c['tn']:3d}")
    if show_errors:
        for kind, pair in errors:
            what = "WRONG MERGE" if kind == "fp" else "missed"
            print(f"  {what}: line {pair.line}: {pair.name_a!r} / {pair.name_b!r} ({pair.note})")


# ----------------------------------------------------------------------------- scale

# fmt: off
GIVEN = ["Amelia", "Oskar", "Sergei", "Sergey", "Mira", "Tomas", "Ilse", "Jonas", "Petra",
         "Anton", "Halvard", "Ingrid", "Matthias", "Lucia", "Dmitri", "Dmitry", "Katarina"]
# fmt: on
STEMS = ["Thorn", "Lind", "Volk", "Halv", "Kov", "Brand", "Mor", "Ib", "Stav", "Grun", "Wes", "Hal"]
ENDINGS = ["bury", "qvist", "ov", "orsen", "ac", "t", "eau", "sen", "ski", "berg", "ley", "mann"]
ORG_WORDS = ["Survey", "Coastal", "Harbour", "Water", "Forest", "Tidal", "Rail", "Grain", "Mining"]
ORG_KINDS = ["Office", "Bureau", "Institute", "Agency", "Herald", "Council"]
PLACES = ["Valdmark", "Norway", "North Korea", "DPRK", "Russia", "Lakeside Province", "Brevik",
          "Stavholm", "Ostrava", "Halden"]  # fmt: skip


def synthetic_build(articles: int, seed: int = 7) -> list[ArticleFacts]:
    rng = random.Random(seed)
    facts = []
    for index in range(articles):
        lines, names = [], []
        for _ in range(10):
            person = f"{rng.choice(GIVEN)} {rng.choice(STEMS)}{rng.choice(ENDINGS)}"
            org = f"{rng.choice(ORG_WORDS)} {rng.choice(ORG_WORDS)} {rng.choice(ORG_KINDS)}"
            place = rng.choice(PLACES)
            lines.append(f"{person} of the {org} went to {place}.")
            names.append((person, EntityType.PERSON, lines))
            names.append((org, EntityType.ORGANIZATION, lines))
            names.append((place, EntityType.PLACE, lines))
        text = "\n".join(lines)
        marked, cursor = [], 0
        for name, entity_type, _ in names:
            start = text.index(name, cursor)
            cursor = start + len(name)
            marked.append((name, entity_type, start))
        sentences, pos = [], 0
        for line in lines:
            sentences.append(Sentence(line, pos, pos + len(line)))
            pos += len(line) + 1
        mentions = tuple(
            Mention(
                n,
                n,
                t,
                s,
                s + len(n),
                next(i for i, x in enumerate(sentences) if x.start <= s < x.end),
            )
            for n, t, s in marked
        )
        facts.append(
            ArticleFacts(
                ArticleText(f"doc{index:05d}.txt", text, ArticleMeta()), tuple(sentences), mentions
            )
        )
    return facts


def scale(articles: int) -> None:
    facts = synthetic_build(articles)
    mentions = sum(len(f.mentions) for f in facts)
    started, cpu_started = time.perf_counter(), time.process_time()
    resolution = resolve_entities(facts)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    print(
        f"scale: {articles} articles, {mentions} mentions -> {len(resolution.entities)} entities "
        f"in {seconds:.2f} s wall, {cpu:.2f} s CPU ({mentions / cpu:,.0f} mentions per CPU second)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--pairs", type=Path, default=DEFAULT_PAIRS)
    parser.add_argument("--errors", action="store_true", help="list every wrong or missed merge")
    parser.add_argument("--scale-articles", type=int, default=1000, help="0 skips the scale run")
    args = parser.parse_args(argv)
    score(read_pairs(args.pairs), args.errors)
    if args.scale_articles:
        scale(args.scale_articles)
    return 0


if __name__ == "__main__":
    sys.exit(main())
