"""`textkg info`: versions, the model in use and where it lives, the prefixes."""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

import pytest

import textkg
from textkg import __version__
from textkg.cli import main
from textkg.info import model_info
from textkg.namespaces import PREFIXES


def test_info_prints_versions_model_and_prefixes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info"]) == 0
    out = capsys.readouterr().out
    assert f"textkg      {__version__}" in out
    assert str(Path(textkg.__file__).resolve().parent) in out  # where textkg's data lives
    for package in ("spacy", "rdflib", "pyoxigraph"):
        assert f"{package:<12}{importlib.metadata.version(package)}" in out
    model = model_info()
    assert Path(model.path).is_dir()
    assert f"model       {model.describe()}" in out
    assert model.path in out
    for prefix, namespace in PREFIXES.items():
        assert f"{prefix}:" in out and str(namespace) in out


def test_info_says_why_a_model_cannot_be_loaded(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info", "--model", "no_such_model_xyz"]) == 0
    out = capsys.readouterr().out
    assert "model       none: spaCy model 'no_such_model_xyz' cannot be loaded" in out
