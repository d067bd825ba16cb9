"""Shared fixtures: the seed articles (read from ../shared, never copied) and small graphs."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
sys.path.insert(0, str(TESTS))  # so tests can import factories.py

REPO = TESTS.parent
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/corpus/seeds is not beside the repository")
    return SEEDS


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return REPO / "examples"
