"""The README's first-hour walk-through, run as written: every command of its shell blocks
(except `pip install`, which is how this suite itself was installed) and its Python block, in
a fresh folder holding a copy of examples/. A README that drifts from the program fails here."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SECTION = "## Quick start: the first hour"
STEP_TIMEOUT = 300  # seconds for one command; a build of the examples takes a few


def walkthrough() -> tuple[list[str], list[str]]:
    """The shell commands and the Python blocks of the README's walk-through, in order."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split(SECTION, 1)[1].split("\n## ", 1)[0]
    commands: list[str] = []
    scripts: list[str] = []
    for language, body in re.findall(r"```(\w+)\n(.*?)```", section, re.S):
        if language == "python":
            scripts.append(body)
        elif language == "sh":
            commands += [
                line.strip()
                for line in body.splitlines()
                if line.strip() and not line.lstrip().startswith("#")
            ]
    return commands, scripts


def _run(command: list[str] | str, cwd: Path, env: dict[str, str]) -> str:
    done = subprocess.run(
        command,
        cwd=cwd,
        env=env,
        shell=isinstance(command, str),
        capture_output=True,
        text=True,
        timeout=STEP_TIMEOUT,
    )
    assert done.returncode == 0, f"{command!r} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.mark.slow
def test_the_readme_walkthrough_runs_as_written(tmp_path: Path) -> None:
    commands, scripts = walkthrough()
    assert any(c.startswith("textkg build") for c in commands) and scripts
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env.pop("TEXTKG_DEBUG", None)
    outputs: dict[str, str] = {}
    for command in commands:
        if "pip install" in command:
            continue  # installing is what CI does before this test
        outputs[command] = _run(command, tmp_path, env)

    # what each step promises a new user
    info = next(out for cmd, out in outputs.items() if cmd.startswith("textkg info"))
    assert "spacy" in info and "model" in info and "tk:" in info
    build = next(out for cmd, out in outputs.items() if cmd.startswith("textkg build"))
    assert re.search(r"^entities\s+\d+", build, re.M) and "model " in build
    assert (tmp_path / "graphs" / "examples.ttl").is_file()
    assert (tmp_path / "graphs" / "examples.html").is_file()
    assert (tmp_path / "graphs" / "odhiambo.html").is_file()
    leaders = next(out for cmd, out in outputs.items() if "--saved leaders" in cmd)
    assert "Amina Odhiambo" in leaders
    explained = next(out for cmd, out in outputs.items() if cmd.startswith("textkg explain"))
    assert "Kenya Wildlife Service" in explained

    for number, script in enumerate(scripts):
        path = tmp_path / f"notebook_{number}.py"
        path.write_text(script, encoding="utf-8")
        printed = _run([sys.executable, str(path)], tmp_path, env)
        assert "Kenya Wildlife Service" in printed  # the DataFrame of leaders
    assert (tmp_path / "graphs" / "notes.gexf").is_file()
    assert (tmp_path / "graphs" / "notes.html").is_file()
