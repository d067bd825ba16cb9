"""The working folder and the earlier graph every fault test starts from."""

from __future__ import annotations

from pathlib import Path

import pytest

from faults_support import make_built, make_workdir


@pytest.fixture()
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return make_workdir(tmp_path, monkeypatch)


@pytest.fixture()
def built(workdir: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    return make_built(workdir, capsys)
