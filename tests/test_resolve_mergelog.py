"""The compact merge log answers as the tuple of decisions it holds."""

from __future__ import annotations

import pickle

import pytest

from textkg.records import MergeDecision
from textkg.resolve.mergelog import MergeLog

DECISIONS = (
    MergeDecision("person/kim-jong-un", "Kim Jong Un", "canonical-name", "a.txt", "'Kim' is…"),
    MergeDecision("person/kim-jong-un", "김정은", "same-name", "b.txt", ""),
    MergeDecision("organization/svr", "SVR", "acronym-defined", "c.txt", "the text defines 'SVR'"),
    MergeDecision("place/zürich", "Zürich", "keyword", "d\udce9.txt", "a surrogate escape kept"),
    MergeDecision("place/x", "", "same-entity", "e.txt"),
)


def test_the_log_gives_back_every_decision_in_order() -> None:
    log = MergeLog(DECISIONS)
    assert len(log) == len(DECISIONS)
    assert tuple(log) == DECISIONS
    assert [log[i] for i in range(len(log))] == list(DECISIONS)
    assert log[-1] == DECISIONS[-1] and log[-5] == DECISIONS[0]
    assert log[1:4] == DECISIONS[1:4] and log[::-2] == DECISIONS[::-2]
    assert [d for d in log if d.rule == "keyword"] == [DECISIONS[3]]


def test_an_index_past_either_end_is_an_index_error() -> None:
    log = MergeLog(DECISIONS)
    for index in (5, -6):
        with pytest.raises(IndexError):
            log[index]
    assert list(MergeLog()) == [] and len(MergeLog()) == 0


def test_the_log_equals_the_tuple_it_holds_and_no_other() -> None:
    log = MergeLog(DECISIONS)
    assert log == DECISIONS and log == list(DECISIONS)
    assert DECISIONS == log  # noqa: SIM300 - the tuple's side asks the log
    assert log == MergeLog(DECISIONS)
    assert log != DECISIONS[:-1] and log != MergeLog(DECISIONS[:-1])
    changed = (*DECISIONS[:-1], MergeDecision("place/x", "", "same-entity", "e.txt", "x"))
    assert log != changed and log != MergeLog(changed)
    assert MergeLog() == () and log != "not a log"


def test_a_pickled_log_comes_back_equal_and_compact() -> None:
    log = MergeLog(DECISIONS)
    again = pickle.loads(pickle.dumps(log, protocol=pickle.HIGHEST_PROTOCOL))
    assert isinstance(again, MergeLog) and again == log and tuple(again) == DECISIONS
