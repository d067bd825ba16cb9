"""Training the relation classifier: thresholds are set on the pairs each setting can state."""

from __future__ import annotations

import numpy as np
import pytest
from training.relation_classifier import Example, Fitted, Split, tune


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
