"""Extraction parts are registered by name; their order is data; a rule runs on its own."""

from __future__ import annotations

import pytest

from textkg.extract import read_document, run_parts
from textkg.extract.candidates import Findings, RelationCandidate
from textkg.extract.registry import AnnotatorPart, RulePart, parts, registered
from textkg.lexicon import default_lexicon
from textkg.namespaces import TK
from textkg.nlp import load_model
from textkg.records import ArticleText


def _view(text: str):  # type: ignore[no-untyped-def]
    return read_document(load_model()(text), ArticleText("t.txt", text))


def test_every_part_the_lexicon_lists_is_registered_and_annotators_come_first() -> None:
    pipeline = default_lexicon().pipeline
    found = parts(list(pipeline))
    kinds = [isinstance(p, AnnotatorPart) for p in found]
    assert kinds == sorted(kinds, reverse=True)  # annotators, then rules
    assert set(pipeline) == set(registered())  # nothing registered is left out by mistake


def test_an_unknown_part_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="no-such-rule"):
        parts(["titles", "no-such-rule"])


def test_a_rule_runs_alone_and_returns_candidates() -> None:
    view = _view("Halvard Ostby, the director of Norrland Freight, spoke on Monday.")
    rule = registered()["place-comma-place"]
    assert isinstance(rule, RulePart)
    assert list(rule.run(view, Findings({}))) == []  # nothing of its shape here
    run_parts(view, ["titles"])  # the annotator attaches the title phrase ...
    facts = list(registered()["title-facts"].run(view, Findings({})))  # type: ignore[arg-type]
    assert [(c.subject.name, c.predicate, c.object.name) for c in facts] == [
        ("Halvard Ostby", TK.leaderOf, "Norrland Freight")
    ]


def test_the_order_is_data_a_part_left_out_does_not_run() -> None:
    text = "Halvard Ostby, the director of Norrland Freight, spoke on Monday."
    everything = run_parts(_view(text))
    assert any(r.predicate == TK.leaderOf for r in everything)
    without = [n for n in default_lexicon().pipeline if n != "title-facts"]
    assert not any(r.predicate == TK.leaderOf for r in run_parts(_view(text), without))


def test_findings_check_the_vocabulary() -> None:
    view = _view("Halvard Ostby visited Tromso with Norrland Freight.")
    person, place, org = (
        next(m for m in view.mentions if m.name == n)
        for n in ("Halvard Ostby", "Tromso", "Norrland Freight")
    )
    found = Findings({})
    assert not found.add(RelationCandidate(place, TK.leaderOf, person, 0, "test"))  # domain
    assert not found.add(RelationCandidate(person, TK.worksFor, place, 0, "test"))  # range
    assert found.add(RelationCandidate(person, TK.worksFor, org, 0, "test", 0.4))
    assert found.add(RelationCandidate(person, TK.worksFor, org, 0, "better", 0.9))
    assert [r.rule for r in found] == ["better"]  # the better-scored copy is kept
