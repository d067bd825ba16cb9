"""A fresh install works, and a broken one says what to install instead of 'internal error'."""

from __future__ import annotations

import importlib
import importlib.metadata
from pathlib import Path

import pytest

import textkg.cli.build
from textkg.cli import main


def test_html_extraction_imports_on_this_install() -> None:
    # jusText (under trafilatura) imports lxml.html.clean; lxml >= 5.2 ships it separately.
    module = importlib.import_module("textkg.ingest.html")
    assert module.trafilatura is not None
    requires = importlib.metadata.requires("textkg") or []
    assert any(r.replace("-", "_").startswith("lxml_html_clean") for r in requires)


def test_a_broken_dependency_is_an_install_message(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    def broken(_args: object) -> int:
        raise ImportError(
            "lxml.html.clean module is now a separate project lxml_html_clean.\n"
            "Install lxml[html_clean] or lxml_html_clean directly."
        )

    monkeypatch.setattr(textkg.cli.build, "run", broken)
    code = main(["build", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == 3
    assert err.count("\n") == 1
    assert "internal error" not in err
    assert "pip install --upgrade lxml_html_clean" in err


def test_a_missing_module_names_its_package(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    def missing(_args: object) -> int:
        raise ModuleNotFoundError("No module named 'rapidfuzz'", name="rapidfuzz")

    monkeypatch.setattr(textkg.cli.build, "run", missing)
    assert main(["build", str(tmp_path)]) == 3
    assert "pip install --upgrade rapidfuzz" in capsys.readouterr().err
