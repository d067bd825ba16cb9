"""Reading a user's RDF: nothing fetched, nothing else read, hostile files refused in one line."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from net_support import recording_connections
from textkg.cli import main
from textkg.errors import TextkgError
from textkg.rdfio import load_graph


def billion_laughs(path: Path) -> Path:
    entities = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    ]
    path.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [\n' + "\n".join(entities) + "\n]>\n"
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="urn:a"><rdf:value>&lol9;</rdf:value></rdf:Description>'
        "</rdf:RDF>\n",
        encoding="utf-8",
    )
    return path


def test_rdf_xml_with_entities_is_refused_at_once(tmp_path: Path) -> None:
    path = billion_laughs(tmp_path / "laughs.rdf")
    assert path.stat().st_size < 1100
    started = time.perf_counter()
    with pytest.raises(TextkgError, match=r"laughs\.rdf: RDF/XML with entity declarations"):
        load_graph(path)
    assert time.perf_counter() - started < 2


def test_plain_rdf_xml_loads(tmp_path: Path) -> None:
    path = tmp_path / "plain.rdf"
    path.write_text(
        '<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
        ' xmlns:s="https://schema.org/"><rdf:Description rdf:about="urn:a"><s:name>A</s:name>'
        "</rdf:Description></rdf:RDF>\n",
        encoding="utf-8",
    )
    assert len(load_graph(path)) == 1


def test_a_remote_jsonld_context_is_never_fetched(tmp_path: Path) -> None:
    with recording_connections() as listener:
        path = tmp_path / "remote.jsonld"
        path.write_text(
            f'{{"@context": "{listener.url}", "@id": "urn:a", "name": "x"}}', encoding="utf-8"
        )
        with pytest.raises(TextkgError, match="remote @context, which textkg never fetches"):
            load_graph(path)
        time.sleep(0.3)
    assert listener.connections == 0


def test_a_file_context_is_never_read(tmp_path: Path) -> None:
    """The context names a FIFO: reading it would block for ever, so a prompt error proves
    the file was never opened."""
    fifo = tmp_path / "context.fifo"
    os.mkfifo(fifo)
    path = tmp_path / "local.jsonld"
    path.write_text(f'{{"@context": "{fifo.as_uri()}", "@id": "urn:a"}}', encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "textkg", "stats", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1 and "never fetches" in done.stderr


LONE_SURROGATE = {
    "bad.ttl": '<urn:a> <urn:b> "x\\ud800" .\n',
    "bad.nt": '<urn:a> <urn:b> "x\\uD800" .\n',
    "bad.jsonld": '{"@id": "urn:a", "urn:b": "x\\ud800"}\n',
    "bad.rdf": '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    '<rdf:Description rdf:about="urn:a"><rdf:value>x&#xD800;</rdf:value></rdf:Description>'
    "</rdf:RDF>\n",
}


@pytest.mark.parametrize("name", sorted(LONE_SURROGATE))
@pytest.mark.parametrize("command", ["query", "export", "view", "stats"])
def test_a_lone_surrogate_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, command: str
) -> None:
    path = tmp_path / name
    path.write_text(LONE_SURROGATE[name], encoding="utf-8")
    extra = {
        "query": ["SELECT * WHERE { ?s ?p ?o }"],
        "export": ["-o", str(tmp_path / "out.nt")],
        "view": ["-o", str(tmp_path / "out.html")],
        "stats": [],
    }[command]
    code = main([command, str(path), *extra])
    err = capsys.readouterr().err
    assert code == 1, err
    assert err.startswith(f"textkg: error: {path}") and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "out.nt").exists() and not (tmp_path / "out.html").exists()
