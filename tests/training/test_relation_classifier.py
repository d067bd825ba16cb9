"""Training the relation classifier: thresholds are set on the pairs each setting can state."""

from __future__ import annotations

import numpy as np
import pytest
from training.relation_classifier import (
    Example,
    Fitted,
    Split,
    fit,
    probabilities,
    tune,
    without_context,
)


def _examples(feature: str, count: int, settings: set[str]) -> list[Example]:
    return [Example([feature], "Kill", True, True, frozenset(settings)) for _ in range(count)]


def test_a_setting_is_tuned_on_the_pairs_it_may_state() -> None:
    # four right pairs only the F1 setting may state (too far apart for the graphs' one),
    # one right pair both may state
    model = Fitted(["far", "near"], np.array([3.0, 1.0]))
    split = Split(_examples("far", 4, {"f1"}) + _examples("near", 1, {"f1", "precise"}))
    split.gold["Kill"] = 5
    f1_thresholds, f1_score = tune(model, split, "f1")
    assert f1_score == pytest.approx(1.0)
    assert f1_thresholds["Kill"] == pytest.approx(0.7311, abs=1e-4)
    # the precise setting finds one of the five: its figure does not count the far pairs
    precise_thresholds, precise_score = tune(model, split, "precise", beta=0.5, floor=0.5)
    assert precise_score == pytest.approx(2 * 1.0 * 0.2 / 1.2)
    assert precise_thresholds["Kill"] == pytest.approx(0.7311, abs=1e-4)


def test_the_pair_vectors_are_learnt_per_kind_and_deterministically() -> None:
    # a vector direction marks the right Kill pairs; Work_For pairs share no such sign
    right = [Example(["x"], "Kill", True, True, vector=np.array([1.0, 0.0])) for _ in range(20)]
    wrong = [Example(["x"], "Kill", False, False, vector=np.array([-1.0, 0.0])) for _ in range(20)]
    other = [
        Example(["y"], "Work_For", i % 2 == 0, i % 2 == 0, vector=np.array([0.0, 1.0]))
        for i in range(20)
    ]
    model = fit(right + wrong + other, l2=1e-3, min_count=1)
    again = fit(right + wrong + other, l2=1e-3, min_count=1)
    assert np.array_equal(model.dense["Kill"], again.dense["Kill"])
    probs = probabilities(model, [right[0], wrong[0]])
    assert probs[0] > 0.9 > 0.1 > probs[1]


def test_a_pair_that_only_overlaps_the_corpus_names_is_not_learnt_when_dropped() -> None:
    # "Texas" of the corpus's "Lubbock, Texas": right by overlap, wrong by the strict count
    overlap = [Example(["state"], "Live_In", True, False) for _ in range(10)]
    wrong = [Example(["state"], "Live_In", False, False) for _ in range(10)]
    relaxed = probabilities(fit(overlap + wrong, 1e-3, 1, labels="relaxed"), overlap[:1])
    strict = probabilities(fit(overlap + wrong, 1e-3, 1, labels="strict"), overlap[:1])
    dropped = probabilities(fit(overlap + wrong, 1e-3, 1, labels="drop"), overlap[:1])
    assert relaxed[0] == pytest.approx(0.5, abs=0.05)
    assert strict[0] < 0.1 and dropped[0] < 0.1


def test_the_graphs_model_is_trained_without_the_context_features() -> None:
    example = Example(["Kill|bias", "Kill|ctx:h_nearest=yes", "Kill|bw=shot"], "Kill", True, True)
    assert without_context([example])[0].features == ["Kill|bias", "Kill|bw=shot"]
    assert example.features[1] == "Kill|ctx:h_nearest=yes"  # the original is left alone
