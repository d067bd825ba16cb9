"""textkg.toml / [tool.textkg]: options a user repeats, overridden by the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from textkg.cli import _parser, main
from textkg.config import Config, ConfigError, find_config


def test_textkg_toml_sets_defaults_relative_to_its_folder(tmp_path: Path) -> None:
    (tmp_path / "textkg.toml").write_text(
        'model = "en_core_web_sm"\nbase = "https://example.org/kg/"\n'
        'aliases = "aliases.yaml"\noutput_dir = "out"\njobs = 2\n',
        encoding="utf-8",
    )
    config = find_config(tmp_path)
    assert config.path == tmp_path / "textkg.toml"
    assert config.model == "en_core_web_sm" and config.jobs == 2
    assert config.aliases == str(tmp_path / "aliases.yaml")
    assert config.output_dir == str(tmp_path / "out")


def test_pyproject_tool_table_is_read_when_there_is_no_textkg_toml(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.textkg]\nbase = "https://example.org/kg/"\n',
        encoding="utf-8",
    )
    assert find_config(tmp_path).base == "https://example.org/kg/"
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert find_config(tmp_path) == Config()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('modle = "x"\n', "unknown key 'modle'"),
        ("jobs = 'two'\n", "key 'jobs' must be a whole number"),
        ("jobs = 0\n", "key 'jobs' must be at least 1"),
        ("tuned_ner = 1\n", "key 'tuned_ner' must be true or false"),
        ("model =\n", "not valid TOML"),
    ],
)
def test_a_bad_config_is_one_line_naming_the_file_and_key(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    text: str,
    message: str,
) -> None:
    (tmp_path / "textkg.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        find_config(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert main(["stats", "nothing.ttl"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("textkg: error: textkg.toml: ") and message in err
    assert len(err.strip().splitlines()) == 1


def test_the_command_line_wins_over_the_config(tmp_path: Path) -> None:
    config = Config(path=tmp_path / "textkg.toml", model="from_config", jobs=3, aliases="a.yaml")
    parser = _parser(config)
    args = parser.parse_args(["build", "x.txt"])
    assert (args.model, args.jobs, args.aliases) == ("from_config", 3, "a.yaml")
    args = parser.parse_args(["build", "x.txt", "--model", "mine", "--jobs", "1"])
    assert (args.model, args.jobs) == ("mine", 1)
    assert parser.parse_args(["explain", "g.ttl", "N"]).aliases == "a.yaml"


def test_a_build_uses_the_config_output_dir_and_base(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "textkg.toml").write_text(
        'base = "https://example.org/kg/"\noutput_dir = "built"\n', encoding="utf-8"
    )
    (tmp_path / "a.txt").write_text(
        "Director Amelia Thornbury of the Northern Survey Office visited Valdmark.\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    assert main(["build", "a.txt", "--no-html", "-q", "--date", "2024-01-02"]) == 0
    graph = (tmp_path / "built" / "a.ttl").read_text(encoding="utf-8")
    assert "https://example.org/kg/" in graph
    capsys.readouterr()
    assert main(["info"]) == 0
    assert "config      textkg.toml" in capsys.readouterr().out
