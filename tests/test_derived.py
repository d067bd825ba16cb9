"""Tables derived from maintained packages are kept between runs, and a damaged or
unwritable cache never changes what a build knows."""

from __future__ import annotations

from pathlib import Path

import pytest

from textkg.derived import derived_table, table_path
from textkg.extract import gazetteers


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TEXTKG_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_a_table_is_derived_once_and_then_read_back(cache: Path) -> None:
    calls: list[int] = []

    def derive() -> dict[str, int]:
        calls.append(1)
        return {"warsaw": 1_790_658}

    assert derived_table("towns", 1, ["pycountry"], derive) == {"warsaw": 1_790_658}
    assert derived_table("towns", 1, ["pycountry"], derive) == {"warsaw": 1_790_658}
    assert len(calls) == 1
    assert table_path("towns", 1, ["pycountry"]).parent == cache / "tables"


def test_a_new_recipe_or_package_version_makes_a_fresh_table(cache: Path) -> None:
    assert derived_table("towns", 1, ["pycountry"], lambda: "old") == "old"
    assert derived_table("towns", 2, ["pycountry"], lambda: "new") == "new"
    assert table_path("towns", 1, ["pycountry"]) != table_path("towns", 1, ["faker"])


@pytest.mark.parametrize("damage", [b"not a table", b"\x80\x05\x95\xff\xff\xff\xff\xff"])
def test_a_damaged_copy_is_derived_again_and_replaced(cache: Path, damage: bytes) -> None:
    path = table_path("towns", 1, [])
    path.parent.mkdir(parents=True)
    path.write_bytes(damage)  # text, or a pickle header claiming an impossible length
    assert derived_table("towns", 1, [], lambda: ("Nairobi",)) == ("Nairobi",)
    assert derived_table("towns", 1, [], lambda: ("other",)) == ("Nairobi",)


def test_an_unwritable_cache_still_gives_the_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder would be")
    monkeypatch.setenv("TEXTKG_CACHE_DIR", str(blocker))
    assert derived_table("towns", 1, [], lambda: {"lima": 1}) == {"lima": 1}


def test_the_gazetteers_know_the_same_names_from_a_cold_and_a_warm_cache(cache: Path) -> None:
    tables = (gazetteers._person_names, gazetteers._city_table, gazetteers._subdivisions)
    for table in tables:
        table.cache_clear()
    cold = (gazetteers.city_country_code("Warsaw"), gazetteers.is_given_name("Amara"))
    assert cold == ("POL", True)
    assert gazetteers.is_subdivision("Maharashtra")
    for table in tables:
        table.cache_clear()
    assert (cache / "tables").is_dir()
    warm = (gazetteers.city_country_code("Warsaw"), gazetteers.is_given_name("Amara"))
    assert warm == cold
    assert gazetteers._city_table() == gazetteers._read_city_table()
