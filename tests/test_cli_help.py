"""Help that teaches: bare `textkg`, every command's help with an example, every default."""

from __future__ import annotations

import argparse
import subprocess
import sys

import pytest

from textkg.cli import EXAMPLES, _parser, main


def test_bare_textkg_prints_the_commands_with_an_example_each(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main([]) == 0
    out = capsys.readouterr().out
    for name, example in EXAMPLES.items():
        assert f"    {name}" in out  # listed with its one-line help
        assert example in out


def test_python_dash_m_textkg_shows_help() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "textkg", "--help"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0
    assert "examples:" in done.stdout and "textkg build examples/" in done.stdout


def _subparsers() -> dict[str, argparse.ArgumentParser]:
    parser = _parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


@pytest.mark.parametrize("command", sorted(EXAMPLES))
def test_each_command_help_has_its_example_and_every_default(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as done:
        main([command, "--help"])
    assert done.value.code == 0
    out = " ".join(capsys.readouterr().out.split())
    assert " ".join(EXAMPLES[command].split()) in out
    sub = _subparsers()[command]
    for action in sub._actions:
        if not action.option_strings or action.dest == "help":
            continue
        assert action.help, f"{command} {action.option_strings[0]} has no help text"
        if action.default not in (None, False):
            assert "default" in action.help or str(action.default) in out, (
                f"{command} {action.option_strings[0]} hides its default {action.default!r}"
            )


def test_help_shows_the_defaults_a_user_asked_about(capsys: pytest.CaptureFixture[str]) -> None:
    for command, wanted in (
        ("view", ["(default: 1)", "(default: 2000)"]),
        ("build", ["(default: 32)", "(default: https://w3id.org/textkg/id/)"]),
        ("query", ["(default: table)"]),
    ):
        with pytest.raises(SystemExit):
            main([command, "--help"])
        out = " ".join(capsys.readouterr().out.split())
        for text in wanted:
            assert text in out, (command, text)


def test_help_needs_no_rdflib_and_names_the_real_default_base() -> None:
    from textkg.cli.build import DEFAULT_BASE_TEXT
    from textkg.namespaces import DEFAULT_BASE

    assert DEFAULT_BASE_TEXT == DEFAULT_BASE
    code = "import sys, textkg.cli; print('rdflib' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "False"
