"""A learned model of document-level relations: what an article says about two of its
entities, in one sentence or across several ("Orlov was born in Kherson. He later studied ...").

Encyclopedic and profile text states many facts without a trigger word: a town of a
province named in the first sentence, a person's nationality given once by a demonym, a
club a player joined two sentences later. After the rules, this part pairs the article's
entities (mentions of one name are one entity; a demonym stands for its country), takes
for each pair its two closest mentions, and scores each typed relation the pair's types
allow with a logistic regression over spaCy features: the entity types and NER labels, the
distance in sentences, whether a mention is in the first sentence or is the article's
subject, whether the tail is the article's most frequent country, counts of mentions, the
words between and the dependency path in one sentence, the trigger words of the sentences,
the words of each name and beside it ("Harlan County", "the Lazio region": a county lies in
a state, not the state in the county), whether the gazetteers put the town in the country,
and what the rules said of each end. The best relation above its threshold is added, with
the model's probability as its confidence; pairs the rules already relate are left to the
rules, and the model neither learns nor is calibrated on them.

Trained on Re-DocRED and CoNLL04 by ``python -m training.docmodel`` and shipped as
``document_model.json.gz`` next to this file (plain numbers, no pickle).
"""

from __future__ import annotations

import gzip
import json
import math
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rdflib import URIRef
from spacy.tokens import Token

from textkg.countries import packaged_country_index
from textkg.extract.candidates import Candidate, Findings, RelationCandidate
from textkg.extract.document import DocView
from textkg.extract.gazetteers import city_country_code, place_countries
from textkg.extract.mentions import Ment, Nationality
from textkg.extract.mentions.definitions import (
    COPULAS,
    DETERMINERS,
    FINITE_TAGS,
    MAX_GAP,
    NAMING_WORDS,
    OPENERS,
)
from textkg.extract.places import held_place
from textkg.extract.registry import rule
from textkg.months import WEEKDAYS
from textkg.namespaces import TK, curie
from textkg.records import EntityType
from textkg.vocabulary import vocabulary

MODEL_FILE = "document_model.json.gz"
FORMAT_VERSION = 1
RULE_NAME = "document-model"
#: Pairs farther apart than this many sentences are scored only when one end is in the
#: first sentence or the tail is the article's most frequent country.
MAX_SENTENCES_APART = 1
#: Words between two mentions of one sentence read as features, at most.
MAX_BETWEEN = 8

Spot = Ment | Nationality


@dataclass
class DocEntity:
    """The mentions of one name in an article (a demonym counts for its country)."""

    name: str
    etype: EntityType
    spots: list[Spot]

    @property
    def first(self) -> Spot:
        return self.spots[0]


@dataclass(frozen=True)
class Pair:
    """Two entities of an article and their closest mentions."""

    head: DocEntity
    tail: DocEntity
    head_spot: Spot
    tail_spot: Spot


@dataclass(frozen=True)
class DocumentModel:
    """Per predicate: feature weights, a bias and the probability threshold chosen on the
    training folds."""

    weights: dict[URIRef, dict[str, float]]
    bias: dict[URIRef, float]
    thresholds: dict[URIRef, float]

    def probability(self, predicate: URIRef, features: list[str]) -> float:
        weights = self.weights[predicate]
        score = self.bias[predicate] + sum(weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def model_from_json(data: dict[str, object]) -> DocumentModel:
    if data.get("format") != FORMAT_VERSION:
        raise ValueError(f"document model format {data.get('format')!r} is not {FORMAT_VERSION}")
    vocab = vocabulary()
    predicates = data["predicates"]
    assert isinstance(predicates, dict)
    weights: dict[URIRef, dict[str, float]] = {}
    bias: dict[URIRef, float] = {}
    thresholds: dict[URIRef, float] = {}
    for name, spec in predicates.items():
        iri = vocab.predicate(str(name))
        weights[iri] = {str(k): float(v) for k, v in spec["weights"].items()}
        bias[iri] = float(spec["bias"])
        thresholds[iri] = float(spec["threshold"])
    return DocumentModel(weights, bias, thresholds)


@lru_cache(maxsize=1)
def default_model() -> DocumentModel | None:
    """The packaged model, or None when the package ships none."""
    resource = resources.files("textkg.extract").joinpath(MODEL_FILE)
    if not resource.is_file():
        return None
    with gzip.open(resource.open("rb"), "rt", encoding="utf-8") as handle:
        return model_from_json(json.load(handle))


# --------------------------------------------------------------------------- entities


def _spot_etype(spot: Spot) -> EntityType:
    return EntityType.COUNTRY if isinstance(spot, Nationality) else spot.etype


def _spot_name(spot: Spot) -> str:
    return spot.country if isinstance(spot, Nationality) else spot.name


def doc_entities(doc: DocView) -> list[DocEntity]:
    """The article's entities in order of first mention."""
    spots: list[Spot] = [m for m in doc.mentions if not m.derived]
    spots += doc.nationalities
    groups: dict[tuple[str, EntityType], DocEntity] = {}
    for spot in sorted(spots, key=lambda s: (s.start, s.end)):
        etype = _spot_etype(spot)
        key = (_spot_name(spot), etype.kind)
        entity = groups.get(key)
        if entity is None:
            groups[key] = DocEntity(key[0], etype, [spot])
        else:
            entity.spots.append(spot)
    return list(groups.values())


@dataclass(frozen=True)
class DocFacts:
    """What the features need to know about the whole article."""

    top_country: str
    countries: int
    subject: str
    spots_in_first: frozenset[str]


def doc_facts(doc: DocView, entities: list[DocEntity]) -> DocFacts:
    counts = Counter({e.name: len(e.spots) for e in entities if e.etype is EntityType.COUNTRY})
    top = max(counts, key=lambda n: (counts[n], -_first_start(entities, n)), default="")
    subject = entities[0].name if entities else ""
    first = frozenset(e.name for e in entities if any(s.sentence == 0 for s in e.spots))
    return DocFacts(top, len(counts), subject, first)


def _first_start(entities: list[DocEntity], name: str) -> int:
    return next(e.first.start for e in entities if e.name == name)


def _closest(head: DocEntity, tail: DocEntity) -> tuple[Spot, Spot]:
    best: tuple[int, int, Spot, Spot] | None = None
    for h in head.spots:
        for t in tail.spots:
            key = (abs(h.sentence - t.sentence), abs(h.start - t.start))
            if best is None or key < best[:2]:
                best = (key[0], key[1], h, t)
    assert best is not None
    return best[2], best[3]


def candidate_pairs(entities: list[DocEntity], facts: DocFacts) -> Iterator[Pair]:
    """Ordered pairs of different entities near each other, or tied to the first sentence
    or to the article's country."""
    for head in entities:
        for tail in entities:
            if head is tail or head.etype.kind is EntityType.EVENT:
                continue
            h, t = _closest(head, tail)
            near = abs(h.sentence - t.sentence) <= MAX_SENTENCES_APART
            if near or h.sentence == 0 or t.sentence == 0 or tail.name == facts.top_country:
                yield Pair(head, tail, h, t)


# --------------------------------------------------------------------------- features


def _bucket(n: int, edges: tuple[int, ...] = (0, 1, 2, 3, 5, 8, 13)) -> str:
    for edge in edges:
        if n <= edge:
            return str(edge)
    return "more"


def _label(doc: DocView, spot: Spot) -> str:
    token = doc.doc[spot.end - 1]
    return token.ent_type_ or "-"


def _path(doc: DocView, a: int, b: int) -> list[int]:
    """Token indexes on the dependency path from ``a`` to ``b`` (same sentence)."""
    up: list[int] = [a]
    heads = doc.table.head
    while heads[up[-1]] != up[-1] and len(up) < 40:
        up.append(heads[up[-1]])
    seen = {t: i for i, t in enumerate(up)}
    down: list[int] = [b]
    while down[-1] not in seen and heads[down[-1]] != down[-1] and len(down) < 40:
        down.append(heads[down[-1]])
    if down[-1] not in seen:
        return []
    return up[: seen[down[-1]] + 1] + list(reversed(down[:-1]))


def _root(doc: DocView, spot: Spot) -> int:
    return doc.root_of(spot) if isinstance(spot, Ment) else spot.end - 1


def _sentence_triggers(doc: DocView, sentence: int) -> list[str]:
    span = doc.sentences[sentence]
    words = doc.lex.biography.triggers
    lemmas = doc.table.lemma
    found = {
        lemmas[i]
        for i in range(span.start_token, span.end_token)
        if lemmas[i] in words or doc.doc[i].lower_ in words
    }
    return sorted(found)


def pair_features(doc: DocView, pair: Pair, facts: DocFacts, context: list[str]) -> list[str]:
    """The features of one ordered pair, as strings; ``context`` holds what the rules said
    of the pair and of each end ("the head is already placed in a country")."""
    h, t = pair.head_spot, pair.tail_spot
    types = f"{pair.head.etype.value}>{pair.tail.etype.value}"
    apart = abs(h.sentence - t.sentence)
    feats = [
        "types=" + types,
        f"ner={_label(doc, h)}>{_label(doc, t)}",
        "apart=" + _bucket(apart, (0, 1, 2, 3)),
        "hdem=" + str(isinstance(h, Nationality)),
        "tdem=" + str(isinstance(t, Nationality)),
        "h0=" + str(pair.head.name in facts.spots_in_first),
        "t0=" + str(pair.tail.name in facts.spots_in_first),
        "hsubj=" + str(pair.head.name == facts.subject),
        "tsubj=" + str(pair.tail.name == facts.subject),
        "ttop=" + str(pair.tail.name == facts.top_country),
        "countries=" + _bucket(facts.countries, (0, 1, 2, 3)),
        "hn=" + _bucket(len(pair.head.spots), (1, 2, 4)),
        "tn=" + _bucket(len(pair.tail.spots), (1, 2, 4)),
        "order=" + str(h.start < t.start),
    ]
    feats += context
    feats += _name_features(doc, "h", h) + _name_features(doc, "t", t)
    feats.append("gaz=" + _gazetteer_agrees(pair))
    for word in _sentence_triggers(doc, t.sentence):
        feats.append("ttrig=" + word)
    if h.sentence != t.sentence:
        for word in _sentence_triggers(doc, h.sentence):
            feats.append("htrig=" + word)
    else:
        feats += _sentence_features(doc, h, t)
    # the main cues again, for each pair of types (one model serves several)
    feats += [f"{types}|{f}" for f in feats[2:12]]
    return feats


def _name_features(doc: DocView, end: str, spot: Spot) -> list[str]:
    """What a name's own words and its neighbours say of its kind: "Brazoria County",
    "Province of Rieti", "the village of Cubelles", "the Lazio region". A county lies in a
    state, not a state in a county; the classifier words carry that ranking."""
    lower, lemmas = doc.table.lower, doc.table.lemma
    if isinstance(spot, Nationality):
        # what the adjective is said of: "a Danish footballer" (a person's), "a Danish club"
        word = doc.doc[spot.end - 1]
        return [f"{end}mod=" + lemmas[word.head.i]] if word.dep_ == "amod" else []
    feats: list[str] = []
    if spot.end - spot.start > 1:
        feats += [f"{end}first=" + lower[spot.start], f"{end}last=" + lower[spot.end - 1]]
    if spot.start >= 2 and lower[spot.start - 1] == "of":
        feats.append(f"{end}of=" + lemmas[spot.start - 2])  # "the village of X"
    if spot.end < len(doc.doc) and doc.doc[spot.end].is_lower:
        feats.append(f"{end}next=" + lemmas[spot.end])  # "the Lazio region"
    return feats


def _gazetteer_agrees(pair: Pair) -> str:
    """Whether the gazetteers put a town or region of the head's name in the tail country."""
    if pair.tail.etype is not EntityType.COUNTRY or pair.head.etype not in (
        EntityType.CITY,
        EntityType.ADMINISTRATIVE_AREA,
        EntityType.PLACE,
    ):
        return "na"
    known = place_countries(pair.head.name)
    if not known:
        return "unknown"
    code = packaged_country_index().code_for_name(pair.tail.name, codes=False)
    return "yes" if code in known else "no"


def _sentence_features(doc: DocView, h: Spot, t: Spot) -> list[str]:
    first, second = (h, t) if h.start < t.start else (t, h)
    lemmas = doc.table.lemma
    gap = second.start - first.end
    feats = ["gap=" + _bucket(max(gap, 0))]
    if 0 <= gap <= MAX_BETWEEN:
        between = [lemmas[i] for i in range(first.end, second.start)]
        feats += ["btw=" + w for w in between]
        feats.append("between=" + " ".join(between))
    elif gap > MAX_BETWEEN:
        feats += ["btw=" + lemmas[i] for i in range(first.end, first.end + 3)]
        feats += ["btw=" + lemmas[i] for i in range(second.start - 3, second.start)]
    if first.start > 0:
        feats.append("before=" + lemmas[first.start - 1])
    if second.end < len(doc.doc):
        feats.append("after=" + lemmas[second.end])
    path = _path(doc, _root(doc, h), _root(doc, t))
    if path:
        deps = doc.table.dep
        feats.append("pathlen=" + _bucket(len(path)))
        inner = "/".join(deps[i] for i in path[1:-1]) if len(path) <= 6 else "long"
        feats.append("path=" + inner)
        feats += ["pathword=" + lemmas[i] for i in path[1:-1]]
    return feats


# --------------------------------------------------------------------------- the part


def _ment(doc: DocView, spot: Spot) -> Ment:
    return doc.country_mention(spot) if isinstance(spot, Nationality) else spot


def scored_pairs(
    doc: DocView, found: Findings | None, *, unrelated: bool = False
) -> Iterator[tuple[Pair, list[URIRef], list[str]]]:
    """Each candidate pair with the predicates its types allow and its features; with
    ``unrelated``, only pairs the rules left unrelated (in either direction), the pairs the
    model decides at run time and so the ones it should learn and be calibrated on."""
    vocab = vocabulary()
    entities = doc_entities(doc)
    facts = doc_facts(doc, entities)
    said: dict[tuple[str, str], set[str]] = {}
    own: dict[str, set[str]] = {}
    for relation in found or ():
        key = (relation.subject.name, relation.object.name)
        said.setdefault(key, set()).add(curie(relation.predicate))
        said.setdefault(key[::-1], set()).add("~" + curie(relation.predicate))
        own.setdefault(key[0], set()).add(f"{curie(relation.predicate)}>{relation.object.etype}")
        own.setdefault(key[1], set()).add(f"~{curie(relation.predicate)}>{relation.subject.etype}")
    for pair in candidate_pairs(entities, facts):
        allowed = [r.iri for r in vocab if r.allows(pair.head.etype, pair.tail.etype)]
        if not allowed:
            continue
        stated = said.get((pair.head.name, pair.tail.name), set())
        if unrelated and stated:
            continue
        context = ["said=" + s for s in sorted(stated)]
        context += ["hhas=" + s for s in sorted(own.get(pair.head.name, ()))]
        context += ["thas=" + s for s in sorted(own.get(pair.tail.name, ()))]
        yield pair, allowed, pair_features(doc, pair, facts, context)


def opens_with_definition(doc: DocView) -> bool:
    """Whether the article opens by saying what its subject is ("X is a river in ...", "X
    was a Hungarian painter"), as encyclopedia entries, profiles and company pages do. The
    model learnt from such texts, where the first sentence's entities and the article's
    country carry the facts of the whole page; a news report opens with an event instead,
    and there those cues mislead, so the model stays silent."""
    if not doc.sentences:
        return False
    if doc.opens_with_a_name:
        return True  # '"X" is a song', "X (; 589 – 626), nickname Y, was the first prince"
    span = doc.sentences[0]
    for i in range(span.start_token, span.end_token):
        token = doc.doc[i]
        if token.dep_ == "ROOT":
            # "X is a river", "Die Haut were a band" (a clausal subject to the parser),
            # "Across the Black Waters is a novel" (a title the parser reads as a phrase)
            deps = {c.dep_ for c in token.children}
            titled = doc.doc[span.start_token].dep_ == "prep" and "attr" in deps
            return (
                (
                    token.lemma_.lower() == "be"
                    and (
                        any(
                            c.dep_ in ("nsubj", "nsubjpass", "csubj") and c.i < i
                            for c in token.children
                        )
                        or (titled and "expl" not in deps)  # not "In 2019 there were ..."
                    )
                )
                or _opens_with_its_name(doc, token)
                or _copula_past_the_parse(doc)
            )
    return False


def _copula_past_the_parse(doc: DocView) -> bool:
    """ "X, born 5 May 1938 (A), died 2012 (B), is an Equatorial Guinean sculptor", "X (Thai;
    ...); born 1981 in Y, is a Thai actor": in an undated text with no dateline that opens
    with a proper noun, a copula and a determiner outside brackets, with no finite verb
    before them but those of a life's dates, as a reference page whose parse failed."""
    meta = doc.article.meta
    if meta.date_published is not None or meta.dateline is not None:
        return False
    span, table = doc.sentences[0], doc.table
    start = span.start_token + (table.lower[span.start_token] in OPENERS)
    if start >= span.end_token or table.pos[start] != "PROPN":
        return False
    life = doc.lex.biography.birth_words | doc.lex.biography.death_verbs
    depth = 0
    for k in range(start, min(span.end_token - 1, start + 2 * MAX_GAP)):
        word = table.lower[k]
        if depth == 0 and word in COPULAS:
            return table.lower[k + 1] in DETERMINERS
        depth = max(0, depth + table.text[k].count("(") - table.text[k].count(")"))
        finite = table.tag[k] in FINITE_TAGS and table.lemma[k] not in life
        if depth == 0 and finite and word not in NAMING_WORDS:
            return False
    return False


def _opens_with_its_name(doc: DocView, root: Token) -> bool:
    """ "Lake Ava is located in Tarnby", "The Battle of Orsk was fought in 1701", "The
    Dutch painter X is best known for": an undated text with no dateline whose first
    sentence opens with its subject, a name or a phrase holding one, and whose verb is one a
    reference page opens with (the lexicon's ``opening_verbs``)."""
    meta = doc.article.meta
    if meta.date_published is not None or meta.dateline is not None:
        return False
    lexicon = doc.lex.biography
    if root.lemma_.lower() not in lexicon.opening_verbs:
        return False
    first = doc.sentences[0].start_token
    if root.lemma_.lower() not in lexicon.timeless_opening_verbs and not _dated_opening(doc):
        return False  # "Toyota built a new plant in Kentucky last year": news
    for subject in (c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subject.left_edge.i != first or subject.i > root.i:
            continue
        words = range(first, subject.right_edge.i + 1)
        # a proper noun, not a common one capitalised by the sentence ("Shares rose")
        if subject.pos_ == "PROPN" or any(doc.at[k] is not None for k in words):
            return True
    return False


def _dated_opening(doc: DocView) -> bool:
    """A first sentence with a year or a bracket and no weekday ("The Battle of Orsk was
    fought in 1701", "X (1907 - 1988)"), as a reference page writes, not a report's day."""
    span = doc.sentences[0]
    text = [doc.table.text[k] for k in range(span.start_token, span.end_token)]
    yearly = any(w == "(" or (len(w) == 4 and w.isdigit()) for w in text)
    return yearly and not any(w.lower() in WEEKDAYS for w in text)


def tells_a_life(doc: DocView) -> bool:
    """A reference page that tells its subject's life, past included: it opens by defining
    its subject and carries no date or dateline (a news report that opens "X is the new
    chief executive of Y" is news: a past role there stays a job title)."""
    meta = doc.article.meta
    return meta.date_published is None and meta.dateline is None and opens_with_definition(doc)


@rule(RULE_NAME)
def document_relations(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """Relations a trained model reads off a reference article (after the rules)."""
    model = default_model()
    if model is None or not opens_with_definition(doc):
        return
    national = {r.subject.name for r in found if r.predicate == TK.nationality}
    for pair, allowed, features in scored_pairs(doc, found, unrelated=True):
        if pair.head.name in national:
            # "a Swedish footballer who plays for Danish club X": the rules gave the
            # person's nationality; the page's other country is the club's
            allowed = [p for p in allowed if p != TK.nationality]
        best: tuple[float, URIRef] | None = None
        for predicate in allowed:
            if predicate not in model.weights:
                continue
            p = model.probability(predicate, features)
            if p >= model.thresholds[predicate] and (best is None or p > best[0]):
                best = (p, predicate)
        if best is None or _against_gazetteer(doc, pair, best[1]) or _outside(doc, pair, best[1]):
            continue
        h, t = pair.head_spot, pair.tail_spot
        sentence = max(h.sentence, t.sentence)
        yield RelationCandidate(
            _ment(doc, h), best[1], _ment(doc, t), sentence, RULE_NAME, round(best[0], 3)
        )


def _outside(doc: DocView, pair: Pair, predicate: URIRef) -> bool:
    """ "a reef north of Rügen", "15 km east of Møn": what lies a compass point of a place
    lies outside it (not "a town in the east of Madeira")."""
    k, lower = pair.tail_spot.start, doc.table.lower
    return (
        predicate == TK.locatedIn
        and k >= 2
        and lower[k - 1] == "of"
        and lower[k - 2] in doc.lex.compass_words
        and (k < 3 or lower[k - 3] != "the")
    )


def _against_gazetteer(doc: DocView, pair: Pair, predicate: URIRef) -> bool:
    """A town the gazetteers know in one country only is in no other ("Caracas" in a page
    that also names Argentina): the model reads co-occurrence, the gazetteer knows."""
    if predicate not in (TK.locatedIn, TK.partOf) or pair.tail.etype is not EntityType.COUNTRY:
        return False
    index = packaged_country_index()
    name = pair.head.name
    if pair.head.etype is EntityType.ORGANIZATION and isinstance(pair.head_spot, Ment):
        # "Taiwan Stock Exchange" in a page that also names Germany
        spot = pair.head_spot
        held = held_place(doc.doc[spot.start : spot.end], doc.lex)
        if held is None:
            return False
        name = held[2]
        own = index.code_for_name(name, codes=False) or city_country_code(name)
        if own is not None:
            return own != index.code_for_name(pair.tail.name, codes=False)
    elif pair.head.etype not in (
        EntityType.CITY,
        EntityType.ADMINISTRATIVE_AREA,
        EntityType.PLACE,
    ):
        return False
    known = place_countries(name)
    if len(known) != 1:
        return False
    code = index.code_for_name(pair.tail.name, codes=False)
    return code is not None and code not in known
