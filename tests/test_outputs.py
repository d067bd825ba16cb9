"""-o needs an existing folder unless --mkdir: a typo never creates folders elsewhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from textkg.cli import main
from textkg.errors import TextkgError
from textkg.outputs import checked_output


def test_a_missing_folder_is_an_error_unless_mkdir(tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "x.gexf"
    with pytest.raises(TextkgError, match=r"folder .*such does not exist .*--mkdir"):
        checked_output(target)
    assert not (tmp_path / "no").exists()
    assert checked_output(target, mkdir=True) == target
    assert target.parent.is_dir()


def test_a_folder_is_not_a_file_name(tmp_path: Path) -> None:
    with pytest.raises(TextkgError, match="is a folder"):
        checked_output(tmp_path)


@pytest.mark.parametrize("command", ["export", "view"])
def test_export_and_view_do_not_create_folders(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    graph = tmp_path / "g.ttl"
    graph.write_text("<https://e.org/a> <https://e.org/p> <https://e.org/b> .\n")
    out = tmp_path / "missing" / ("x.gexf" if command == "export" else "x.html")
    assert main([command, str(graph), "-o", str(out)]) == 1
    assert "does not exist (create it, or pass --mkdir)" in capsys.readouterr().err
    assert not out.parent.exists()
    assert main([command, str(graph), "-o", str(out), "--mkdir"]) == 0
    assert out.is_file()
