"""A small trained relation classifier for the relation kinds of CoNLL04.

The rules state what titles, appositions and trigger words say outright; many relations in
news are only implied by the wording around two names ("Stacy Bickel, 25, of Tempe",
"Jesse James was shot to death in St. Joseph by Robert Ford"). For the five CoNLL04 kinds
(person works for organisation, organisation based in place, place in place, person lives in
place, person killed person) a logistic regression over spaCy features of each pair of
mentions in a sentence adds those. Its features are the words between the two names, the
dependency path that joins them, the words around them, their types, and what the rules
already said about the pair. It is trained on the CoNLL04 train split, its thresholds are
set on dev (``python -m training.relation_classifier``), and it ships as
``relation_model.json.gz`` next to this file (plain numbers, no pickle, a few hundred KB). The
"f1" setting (CoNLL04 comparison) has its own model, ``relation_model_f1.json.gz``, which also
weighs context features and the parser's word vectors (``--for-setting f1``).
"""

from __future__ import annotations

import gzip
import json
import math
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np
from rdflib.namespace import SDO

from textkg.extract.candidates import Candidate, Findings, RelationCandidate
from textkg.extract.document import NATIONALITY, ORG, PERSON, PLACE, DocView
from textkg.extract.gazetteers import (
    city_country_code,
    is_given_name,
    is_subdivision,
    is_surname,
)
from textkg.extract.mentions import DATELINE, Ment
from textkg.extract.places import country_name
from textkg.extract.registry import rule
from textkg.extract.syntax import did_not_happen, first_conjunct, put_in_the_past
from textkg.extract.tenure import held_no_more, role_over, stepped_down
from textkg.namespaces import TK, curie
from textkg.records import EntityType

MODEL_FILE = "relation_model.json.gz"
#: The same model trained on the mentions of the CoNLL04-tuned NER (``--tuned-ner``).
TUNED_NER_MODEL_FILE = "relation_model_tuned_ner.json.gz"
#: The stock recogniser's model for the "f1" setting (``--for-setting f1``): it also weighs the
#: context features and the parser's word vectors, which lift CoNLL04 but make more wrong
#: guesses on news, so the graphs' ("precise") setting keeps the model above.
F1_MODEL_FILE = "relation_model_f1.json.gz"
#: The prefix of the context features (``_context_features``), which only the "f1" model weighs.
CONTEXT = "ctx:"
FORMAT_VERSION = 1

#: CoNLL04 relation kinds by (head kind, tail kind), and the predicate each becomes.
KIND_BY_TYPES: dict[tuple[EntityType, EntityType], str] = {
    (PERSON, ORG): "Work_For",
    (ORG, PLACE): "OrgBased_In",
    (PLACE, PLACE): "Located_In",
    (PERSON, PLACE): "Live_In",
    (PERSON, PERSON): "Kill",
}
PREDICATE_OF_KIND = {
    "Work_For": TK.worksFor,
    "OrgBased_In": TK.locatedIn,
    "Located_In": TK.locatedIn,
    "Live_In": TK.residesIn,
    "Kill": TK.killed,
}
#: Our predicates that already state a CoNLL04 kind when a rule found them (which kind
#: follows from the argument types, see KIND_BY_TYPES): the model adds nothing there.
STATING_PREDICATES = frozenset(
    {
        TK.memberOf,
        TK.worksFor,
        TK.leaderOf,
        TK.partOf,
        TK.locatedIn,
        TK.residesIn,
        TK.nationality,
        TK.killed,
        SDO.alumniOf,  # "X, who studied at Y": a school, not an employer
        SDO.birthPlace,
        SDO.deathPlace,
    }
)
#: In the graphs' ("precise") setting, only pairs this few dependency edges apart.
MAX_PATH_PRECISE = 5
#: Sentences with more named mentions than this are lists, not prose: not classified.
MAX_MENTIONS = 14
_FAR = 14


@dataclass(frozen=True)
class DenseWeights:
    """Per relation kind, weights over the parser's own word vectors (``doc.tensor``) pooled
    over each name, the words between and the words of the path that joins them,
    standardised by the training pairs' mean and spread."""

    mean: np.ndarray
    scale: np.ndarray
    weights: dict[str, np.ndarray]

    def score(self, kind: str, vector: np.ndarray | None) -> float:
        weights = self.weights.get(kind)
        if weights is None or vector is None or vector.shape != self.mean.shape:
            return 0.0  # no tensor (a parse without tok2vec): the average pair's score
        return float(((vector - self.mean) / self.scale) @ weights)


@dataclass(frozen=True)
class RelationModel:
    features: dict[str, int]
    weights: tuple[float, ...]
    #: per relation kind, by setting: "precise" (used by default: best F0.5 on dev, p ≥ 0.5)
    #: and "f1" (best F1 on dev, for comparing with published CoNLL04 scores)
    thresholds: dict[str, dict[str, float]]
    dense: DenseWeights | None = None

    def probability(
        self, features: list[str], kind: str = "", vector: np.ndarray | None = None
    ) -> float:
        total = 0.0
        for name in features:
            index = self.features.get(name)
            if index is not None:
                total += self.weights[index]
        if self.dense is not None:
            total += self.dense.score(kind, vector)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))


#: The packaged classifier weights for the mentions of each recogniser (``NlpOptions``).
MODEL_FILES = {"stock": MODEL_FILE, "conll04": TUNED_NER_MODEL_FILE}
#: A setting's own weights where it has them (else the recogniser's above).
SETTING_MODEL_FILES = {("stock", "f1"): F1_MODEL_FILE}


def default_model(weights: str = "stock", setting: str = "precise") -> RelationModel | None:
    """The packaged model for the mentions of the stock or the tuned NER in this setting, or
    None when it is not there (the rules then work alone)."""
    own = SETTING_MODEL_FILES.get((weights, setting))
    return (own and _packaged(own)) or _packaged(MODEL_FILES[weights])


@lru_cache(maxsize=4)
def _packaged(name: str) -> RelationModel | None:
    resource = resources.files("textkg.extract").joinpath(name)
    try:
        data = json.loads(gzip.decompress(resource.read_bytes()).decode("utf-8"))
    except (FileNotFoundError, OSError):
        return None
    if data.get("version") != FORMAT_VERSION:
        return None
    return model_from_json(data)


def model_from_json(data: dict[str, object]) -> RelationModel:
    names = data["features"]
    weights = data["weights"]
    thresholds = data["thresholds"]
    assert isinstance(names, list) and isinstance(weights, list) and isinstance(thresholds, dict)
    dense = data.get("dense")
    return RelationModel(
        {str(n): i for i, n in enumerate(names)},
        tuple(float(w) for w in weights),
        {
            str(setting): {str(k): float(v) for k, v in values.items()}
            for setting, values in thresholds.items()
        },
        None if not isinstance(dense, dict) else _dense_from_json(dense),
    )


def _dense_from_json(data: dict[str, object]) -> DenseWeights:
    mean, scale, weights = data["mean"], data["scale"], data["weights"]
    assert isinstance(mean, list) and isinstance(scale, list) and isinstance(weights, dict)
    return DenseWeights(
        np.array(mean, dtype=np.float64),
        np.array(scale, dtype=np.float64),
        {str(k): np.array(v, dtype=np.float64) for k, v in weights.items()},
    )


# ---------------------------------------------------------------------------- features


def _bucket(n: int) -> str:
    for limit in (0, 1, 2, 4, 7, 12):
        if n <= limit:
            return str(limit)
    return "far"


def _word(ctx: DocView, i: int) -> str:
    table = ctx.table
    if table.like_num[i]:
        return "<num>"
    return table.lemma[i]


#: Token indices from one name's head up to the lowest common ancestor, and from the other's.
Path = tuple[list[int], list[int]] | None


def _path(heads: list[int], a: int, b: int) -> Path:
    """Token indices from ``a`` up to the lowest common ancestor, and from there down to ``b``."""
    up_a = [a]
    while heads[up_a[-1]] != up_a[-1] and len(up_a) < 12:
        up_a.append(heads[up_a[-1]])
    index = {t: k for k, t in enumerate(up_a)}
    up_b = [b]
    while up_b[-1] not in index:
        if heads[up_b[-1]] == up_b[-1] or len(up_b) >= 12:
            return None
        up_b.append(heads[up_b[-1]])
    common = index[up_b[-1]]
    return up_a[: common + 1], up_b[:-1]


@dataclass
class _Sentence:
    """What every pair of one sentence shares: its mentions and the rules' relations."""

    mentions: list[Ment]
    rules: dict[tuple[int, int], list[str]]


def _sentence_info(ctx: DocView, found: Findings | None, sentence: int) -> _Sentence:
    named = ctx.sentence_mentions(sentence)
    mentions = [
        m
        for m in named
        if m.etype is not EntityType.EVENT
        and NATIONALITY not in m.categories
        # a place inside an organisation's name is related to it by the name rules
        and not any(o is not m and o.start <= m.start and m.end <= o.end for o in named)
    ]
    rules: dict[tuple[int, int], list[str]] = {}
    for relation in found or ():
        if relation.sentence == sentence:
            rules.setdefault((id(relation.subject), id(relation.object)), []).append(
                curie(relation.predicate)
            )
    return _Sentence(mentions, rules)


def _title_owner(ctx: DocView, head: Ment, tail: Ment) -> str:
    """Whose title the tail is the complement of ("the Chairman of the <tail>"): the head's
    own, another person's, no one's (a role without a name), or no title at all."""
    table = ctx.table
    k = tail.start - 1
    if k >= 0 and table.lower[k] == "the":
        k -= 1
    if k < 1 or table.lower[k] not in ctx.lex.of_prepositions:
        return "none"
    k -= 1
    owner = ctx.references.person_of_title.get(k)
    if owner is head:
        return "own"
    if owner is not None:
        return "other"
    return "unowned" if table.lower[k] in ctx.lex.titles else "none"


def pair_features(
    ctx: DocView, head: Ment, tail: Ment, kind: str, info: _Sentence | None = None
) -> list[str]:
    """The features of an ordered pair of mentions, each prefixed with the relation kind."""
    table, lex = ctx.table, ctx.lex
    info = info or _sentence_info(ctx, None, head.sentence)
    feats = ["bias"]
    first, second = (head, tail) if head.start < tail.start else (tail, head)
    feats.append("order=" + ("ht" if first is head else "th"))
    between = range(first.end, second.start)
    feats.append("dist=" + _bucket(len(between)))
    others = sum(1 for m in info.mentions if first.end <= m.start < second.start)
    feats.append("ents_between=" + _bucket(others))
    if len(between) <= _FAR:
        words = [_word(ctx, i) for i in between if not table.is_space[i]]
        feats.extend("bw=" + w for w in dict.fromkeys(words))
        if words:
            feats.append("bw_first=" + words[0])
            feats.append("bw_last=" + words[-1])
            feats.append("bw_all=" + "_".join(words[:6]))
        else:
            feats.append("bw_none")
    for i in between:
        lemma = table.lemma[i]
        frame = lex.verbs.get(lemma)
        if frame is not None and table.pos[i] == "VERB":
            feats.append("trig=" + curie(frame.predicate))
        noun = lex.nouns.get(lemma)
        if noun is not None and table.pos[i] == "NOUN":
            feats.append("trig=" + curie(noun.predicate))
        if table.lower[i] in lex.leader_titles:
            feats.append("title_between=leader")
        elif table.lower[i] in lex.member_titles:
            feats.append("title_between=member")
    feats.append("pre=" + (_word(ctx, first.start - 1) if first.start > 0 else "<s>"))
    feats.append("post=" + (_word(ctx, second.end) if second.end < len(table) else "</s>"))
    feats.append(f"htype={head.etype.name}")
    feats.append(f"ttype={tail.etype.name}")
    feats.append("hhead=" + (_word(ctx, head.end - 1) if head.etype is not PERSON else "<person>"))
    feats.append("thead=" + (_word(ctx, tail.end - 1) if tail.etype is not PERSON else "<person>"))
    if head.titles:
        feats.append("h_titled")
    root_h, root_t = ctx.root_of(head), ctx.root_of(tail)
    feats.append("hdep=" + table.dep[root_h])
    feats.append("tdep=" + table.dep[root_t])
    path = _path(table.head, root_h, root_t)
    if path is None or len(path[0]) + len(path[1]) > 8:
        feats.append("path=none")
    else:
        up, down = path
        middle = up[1:] + list(reversed(down))
        deps = [table.dep[t] + "^" for t in up[:-1]] + [table.dep[t] + "v" for t in reversed(down)]
        feats.append("pathdeps=" + "_".join(deps))
        lemmas = [_word(ctx, t) for t in middle if not head.start <= t < head.end]
        feats.append(
            "path=" + "_".join(d + ":" + w for d, w in zip(deps, [*lemmas, ""], strict=False))
        )
        feats.extend("pathlem=" + w for w in dict.fromkeys(lemmas))
        feats.append("pathlen=" + _bucket(len(deps)))
        # which name is the doer of a passive verb ("Y, who was shot by X"): the word order
        # says the opposite of who did what
        if any(table.dep[t] == "agent" for t in up[:-1]):
            feats.append("agent=head")
        if any(table.dep[t] == "agent" for t in down):
            feats.append("agent=tail")
    feats.append("tail_title=" + _title_owner(ctx, head, tail))
    feats.extend("rule=" + p for p in info.rules.get((id(head), id(tail)), ()))
    feats.extend("rule_rev=" + p for p in info.rules.get((id(tail), id(head)), ()))
    feats.extend(CONTEXT + f for f in _context_features(ctx, head, tail, info, path))
    return [f"{kind}|{f}" for f in feats]


def _shape(ctx: DocView, ment: Ment) -> str:
    text = ctx.doc[ment.start : ment.end].text
    if text.isupper() and len(text) > 1:
        return "caps"
    if text.endswith("."):
        return "abbr"
    return _bucket(ment.end - ment.start)


def _place_kind(ctx: DocView, place: Ment) -> str:
    """What the gazetteers know a place to be: a country is where people live and bodies sit,
    a state or province holds towns."""
    name = ctx.doc[place.start : place.end].text
    if country_name(name, ctx.lex) is not None:
        return "country"
    if is_subdivision(name):
        return "region"
    if city_country_code(name) is not None:
        return "city"
    return "other"


def _person_kind(ctx: DocView, person: Ment) -> str:
    """Whether a person's name reads as one (a known given name first, a known surname last):
    the small NER calls many places and works people."""
    table = ctx.table
    given = is_given_name(table.text[person.start])
    last = is_surname(table.text[person.end - 1])
    return ("given" if given else "") + ("+surname" if last else "") or "unknown"


def _context_features(
    ctx: DocView, head: Ment, tail: Ment, info: _Sentence, path: Path
) -> list[str]:
    """What the sentence says around the pair beyond the words between: whether each name is
    the other's nearest of its type, the word that governs both, the names' shapes."""
    table = ctx.table
    feats = []
    for one, other, side in ((head, tail, "h"), (tail, head, "t")):
        rivals = [
            m
            for m in info.mentions
            if m is not one and m is not other and m.etype.kind is other.etype.kind
        ]
        gap = abs(other.start - one.start)
        nearest = not any(abs(m.start - one.start) < gap for m in rivals)
        feats.append(f"{side}_nearest=" + ("yes" if nearest else "no"))
        feats.append(f"{side}_shape=" + _shape(ctx, one))
        if DATELINE in one.categories:
            feats.append(f"{side}_dateline")
        if one.etype.kind is PLACE:
            feats.append(f"{side}_place=" + _place_kind(ctx, one))
        elif one.etype.kind is PERSON:
            feats.append(f"{side}_person=" + _person_kind(ctx, one))
        # what the rules already said of this name with a third one ("born in X" elsewhere)
        for (a, b), predicates in info.rules.items():
            if id(one) in (a, b) and id(other) not in (a, b):
                feats.extend(f"{side}_other_rule=" + p for p in predicates)
    if path is not None:
        top = path[0][-1]
        feats.append("lca=" + table.pos[top] + ":" + _word(ctx, top))
        feats.append("lca_pos=" + table.pos[top])
    return feats


def pair_vector(ctx: DocView, head: Ment, tail: Ment) -> np.ndarray | None:
    """The parser's word vectors averaged over the head name, the tail name, the words
    between them and the words of the path that joins them (zeros where there are none),
    or None when the parse kept no vectors."""
    tensor = ctx.doc.tensor
    if tensor is None or tensor.ndim != 2 or tensor.shape[0] != len(ctx.table):
        return None
    first, second = (head, tail) if head.start < tail.start else (tail, head)
    path = _path(ctx.table.head, ctx.root_of(head), ctx.root_of(tail))
    middle: list[int] = []
    if path is not None:
        middle = [
            i
            for i in path[0][1:] + path[1]
            if not (head.start <= i < head.end or tail.start <= i < tail.end)
        ]
    parts = [
        tensor[head.start : head.end],
        tensor[tail.start : tail.end],
        tensor[first.end : second.start],
        tensor[middle],
    ]
    width = tensor.shape[1]
    return np.concatenate(
        [p.mean(0) if len(p) else np.zeros(width, dtype=tensor.dtype) for p in parts]
    ).astype(np.float64)


def candidate_pairs(
    ctx: DocView, sentence: int, found: Findings | None = None
) -> Iterator[tuple[Ment, Ment, str, _Sentence]]:
    """Ordered pairs of named mentions in a sentence whose types fit a CoNLL04 kind."""
    info = _sentence_info(ctx, found, sentence)
    mentions = info.mentions
    if len(mentions) < 2 or len(mentions) > MAX_MENTIONS:
        return
    for head in mentions:
        for tail in mentions:
            if head is tail or (head.start < tail.end and tail.start < head.end):
                continue
            kind = KIND_BY_TYPES.get((head.etype.kind, tail.etype.kind))
            if kind is not None:
                yield head, tail, kind, info


def _near(path: Path) -> bool:
    """Whether the parse joins the two names closely enough for a graph to trust a guess:
    the CoNLL04 sentences the model learnt from are short, news sentences are not."""
    return path is not None and len(path[0]) + len(path[1]) - 1 <= MAX_PATH_PRECISE


def _denied(ctx: DocView, path: Path) -> bool:
    """Whether the event that joins the two names did not happen ("did not meet", "tried to
    kill"): CoNLL04 counts some attempts as killings, a graph of facts does not. The event
    is the verb nearest above either name below the verb that governs both, else that one."""
    if path is None:
        return False
    up, down = path
    doc = ctx.doc
    events = []
    for side in (up[1:-1], down):
        verbs = [doc[i] for i in side if doc[i].pos_ in ("VERB", "AUX")]
        events.extend(verbs[:1])
    if not events and doc[up[-1]].pos_ in ("VERB", "AUX"):
        events.append(doc[up[-1]])
    # "X, who previously worked at Y": a state that is over; "X, who retired as chief
    # executive of Y", "who was dismissed as coach of Y": a post left
    dismissed = [
        e for e in events if e.lemma_.lower() in ctx.lex.dismissal_verbs and e.tag_ == "VBN"
    ]
    return bool(dismissed) or any(
        did_not_happen(event, ctx.lex.irrealis_verbs)
        or put_in_the_past(event, ctx.lex.past_adverbs)
        or stepped_down(ctx, event)
        for event in events
    )


def admissible(ctx: DocView, head: Ment, tail: Ment, setting: str) -> bool:
    """Whether the classifier may state a relation between the two names at all in this
    setting, whatever its probability (training sets each setting's thresholds on these
    pairs alone): in the graphs' ("precise") one only names the parse joins closely and no
    dateline; in either, not a role held no more, nor when the event that joins them did
    not happen, nor a person's home in a place they speak from or go to."""
    if held_no_more(ctx, head) or _left_post(ctx, head, tail):
        return False
    if head.etype.kind is PERSON and tail.etype.kind is PLACE and _said_or_visited_in(ctx, tail):
        return False
    path = _path(ctx.table.head, ctx.root_of(head), ctx.root_of(tail))
    return _in_reach(head, tail, path, setting) and not _denied(ctx, path)


def _said_or_visited_in(ctx: DocView, place: Ment) -> bool:
    """ "said Ruiz in Lima", "Ruiz arrived in Lima", "Ruiz flew to Lima": the place a
    speech verb or a verb of visiting (the lexicon's) takes is where one spoke or went,
    not where one lives (not "is from Lima")."""
    token = first_conjunct(ctx.doc[ctx.root_of(place)])
    prep, verb = token.head, token.head.head
    if verb.dep_ == "nsubj" and verb.head.i < verb.i:
        verb = verb.head  # "said Ruiz in Lima": the parser hangs the place on the speaker
    if token.dep_ != "pobj" or verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    if lemma in ctx.lex.speech_verbs:
        return prep.lower_ in ("in", "at")
    frame = ctx.lex.verbs.get(lemma)
    return (
        frame is not None
        and frame.predicate == TK.visited
        and lemma != "be"
        and not frame.only_with
        and prep.lower_ in frame.objects
    )


def _left_post(ctx: DocView, person: Ment, org: Ment) -> bool:
    """ "Banga, the former chief executive of Mastercard": a role at that organisation the
    text says is over (the person's other roles may go on)."""
    for attachment in ctx.references.titles:
        phrase = attachment.phrase
        if attachment.person.name != person.name or not role_over(ctx, phrase.modifiers):
            continue
        if any(t.name == org.name for t in [*phrase.targets, phrase.holder] if t is not None):
            return True
    return False


def _in_reach(head: Ment, tail: Ment, path: Path, setting: str) -> bool:
    return setting != "precise" or (
        _near(path) and DATELINE not in head.categories | tail.categories
    )


Found = tuple[Ment, Ment, str, int, float]


def _one_direction(found: list[Found], stated: set[tuple[int, int, str]]) -> list[Found]:
    """Between two names of one type ("X killed Y", "X is in Y") only one direction holds:
    the one the rules stated, else the likelier one."""
    best: dict[tuple[int, int, str], float] = {}
    for head, tail, kind, _sentence, probability in found:
        best[(id(head), id(tail), kind)] = probability
    kept = []
    for item in found:
        head, tail, kind, _sentence, probability = item
        if head.etype.kind is tail.etype.kind:
            reverse = (id(tail), id(head), kind)
            other = best.get(reverse, -1.0)
            if reverse in stated or (other, head.start) > (probability, tail.start):
                continue  # on a tie, the name written first is the doer
        kept.append(item)
    return kept


@rule("classifier")
def classified_relations(ctx: DocView, found: Findings) -> Iterator[Candidate]:
    """The relations of the CoNLL04 kinds the trained pair classifier finds that no rule
    stated already."""
    options = ctx.options
    setting = options.classifier_setting
    model = default_model(options.relation_model, setting) if options.classifier else None
    if model is not None:
        yield from classify(ctx, found, model, setting)


def classify(
    ctx: DocView, found: Findings, model: RelationModel, setting: str
) -> Iterator[RelationCandidate]:
    """What ``model`` says of every pair of mentions the rules left alone."""
    thresholds = model.thresholds.get(setting, {})
    stated: set[tuple[int, int, str]] = set()
    for relation in found:
        if relation.predicate in STATING_PREDICATES:
            kind = KIND_BY_TYPES.get((relation.subject.etype.kind, relation.object.etype.kind))
            if kind is not None:
                stated.add((id(relation.subject), id(relation.object), kind))
    kept: list[Found] = []
    lemma = ctx.table.lemma
    for sentence in ctx.sentences:
        words = lemma[sentence.start_token : sentence.end_token]
        killing = not ctx.lex.kill_words.isdisjoint(words)
        for head, tail, kind, info in candidate_pairs(ctx, sentence.index, found):
            if (id(head), id(tail), kind) in stated or not admissible(ctx, head, tail, setting):
                continue
            if kind == "Kill" and not killing:
                continue  # "Ruto took 50.5% of the vote against Odinga": no killing told
            vector = pair_vector(ctx, head, tail) if model.dense is not None else None
            probability = model.probability(
                pair_features(ctx, head, tail, kind, info), kind, vector
            )
            if probability >= thresholds.get(kind, 1.0):
                kept.append((head, tail, kind, sentence.index, probability))
    for head, tail, kind, sentence_index, probability in _one_direction(kept, stated):
        yield RelationCandidate(
            head, PREDICATE_OF_KIND[kind], tail, sentence_index, "classifier", probability
        )
