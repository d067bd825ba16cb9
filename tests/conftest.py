"""Shared fixtures: the seed articles (read from ../shared, never copied) and small graphs."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
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


@pytest.fixture(scope="session", autouse=True)
def _private_store_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Stores cached for RDF files go to a temporary folder, never the user's ~/.cache."""
    previous = os.environ.get("TEXTKG_CACHE_DIR")
    os.environ["TEXTKG_CACHE_DIR"] = str(tmp_path_factory.mktemp("store-cache"))
    yield
    if previous is None:
        os.environ.pop("TEXTKG_CACHE_DIR", None)
    else:
        os.environ["TEXTKG_CACHE_DIR"] = previous


@pytest.fixture()
def parser_limit() -> Iterator[Callable[[int], int]]:
    """Lower the loaded spaCy model's ``max_length`` for one test: spaCy then refuses a text
    of a few thousand characters exactly as it refuses a 1.2 MB article by default."""
    from textkg.nlp import load_model

    nlp = load_model()
    saved = nlp.max_length

    def limit(characters: int) -> int:
        nlp.max_length = characters
        return characters

    try:
        yield limit
    finally:
        nlp.max_length = saved
