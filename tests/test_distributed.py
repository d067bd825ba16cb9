"""`textkg build --scheduler`: a real Dask scheduler and two workers on 127.0.0.1.

The cluster runs from this test's own Python (same venv, so workers import textkg and the
model); every process is started and stopped inside the test module, bounded in time.
"""

from __future__ import annotations

import gzip
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

from textkg.cli import main  # noqa: E402
from textkg.factstore import facts_path_for, load_facts  # noqa: E402

START_TIMEOUT = 90.0
BUILD_TIMEOUT = 600.0
STOP_TIMEOUT = 15.0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class LocalCluster:
    """A `dask scheduler` and `dask worker` processes (no nanny: a killed worker stays dead)."""

    def __init__(self, logs: Path, workers: int = 2) -> None:
        self.address = f"tcp://127.0.0.1:{_free_port()}"
        self.logs = logs
        self.processes: list[subprocess.Popen[bytes]] = []
        self.workers: list[subprocess.Popen[bytes]] = []
        port = self.address.rsplit(":", 1)[1]
        self.scheduler = self._start(
            "scheduler",
            "distributed.cli.dask_scheduler",
            "--host",
            "127.0.0.1",
            "--port",
            port,
            "--no-dashboard",
        )
        with distributed.Client(self.address, timeout=START_TIMEOUT) as client:
            for i in range(workers):
                self.workers.append(
                    self._start(
                        f"worker{i}",
                        "distributed.cli.dask_worker",
                        self.address,
                        "--host",
                        "127.0.0.1",
                        "--nthreads",
                        "1",
                        "--no-nanny",
                        "--no-dashboard",
                    )
                )
            client.wait_for_workers(workers, timeout=START_TIMEOUT)

    def _start(self, name: str, module: str, *args: str) -> subprocess.Popen[bytes]:
        log = (self.logs / f"{name}.log").open("wb")
        process = subprocess.Popen(
            [sys.executable, "-m", module, *args], stdout=log, stderr=subprocess.STDOUT
        )
        self.processes.append(process)
        return process

    def worker_address(self, client: distributed.Client, process: subprocess.Popen[bytes]) -> str:
        pids: dict[str, int] = client.run(os.getpid)
        return next(addr for addr, pid in pids.items() if pid == process.pid)

    def stop(self) -> None:
        """Workers first, then the scheduler; whatever does not stop in time is killed."""
        for process in [*self.workers, self.scheduler]:
            if process.poll() is None:
                process.terminate()
            try:
                process.wait(timeout=STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=STOP_TIMEOUT)


def _running(logs: Path) -> Iterator[LocalCluster]:
    logs.mkdir()
    running = LocalCluster(logs)
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalCluster]:
    """Shared by the tests that leave it as they found it."""
    yield from _running(tmp_path_factory.mktemp("dask") / "logs")


@pytest.fixture
def own_cluster(tmp_path: Path) -> Iterator[LocalCluster]:
    """For a test that kills a worker."""
    yield from _running(tmp_path / "dask-logs")


def _corpus(folder: Path, examples_dir: Path, copies: int) -> Path:
    """``copies`` distinct copies of the examples (one changed line each), many small tasks."""
    folder.mkdir()
    for i in range(copies):
        for source in sorted(examples_dir.iterdir()):
            if source.suffix in (".txt", ".md"):
                text = source.read_text(encoding="utf-8")
                target = folder / f"{i:02d}-{source.name}"
                target.write_text(text + f"\nThe talks continued on day {i + 2}.\n")
            else:
                shutil.copyfile(source, folder / f"{i:02d}-{source.name}")
    return folder


def _build(*args: str | Path) -> int:
    return main(["build", *(str(a) for a in args), "--no-html", "-q"])


def _state(graph: Path) -> bytes:
    return gzip.decompress(facts_path_for(graph).read_bytes())


def test_cluster_build_gives_the_bytes_of_a_local_build(
    cluster: LocalCluster, examples_dir: Path, tmp_path: Path
) -> None:
    local, remote = tmp_path / "local.ttl", tmp_path / "remote.ttl"
    assert _build(examples_dir, "-o", local) == 0
    with distributed.Client(cluster.address, timeout=START_TIMEOUT) as client:
        client.get_task_stream()  # the scheduler records tasks from now on
        assert (
            _build(examples_dir, "-o", remote, "--scheduler", cluster.address, "--batch-size", "1")
            == 0
        )
        tasks = client.get_task_stream()
    assert remote.read_bytes() == local.read_bytes()
    assert _state(remote) == _state(local)
    # one task per article (batch size 1), spread over both workers
    extract = [t for t in tasks if "_extract_batch" in str(t["key"])]
    assert len(extract) == len(load_facts(facts_path_for(local)))
    assert len({t["worker"] for t in extract}) == 2


def test_update_on_the_cluster_matches_one_local_build(
    cluster: LocalCluster, examples_dir: Path, seeds_dir: Path, tmp_path: Path
) -> None:
    together, stepwise = tmp_path / "together.ttl", tmp_path / "stepwise.ttl"
    assert _build(examples_dir, seeds_dir, "-o", together) == 0
    assert _build(examples_dir, "-o", stepwise, "--scheduler", cluster.address) == 0
    assert _build(seeds_dir, "-o", stepwise, "--update", "--scheduler", cluster.address) == 0
    assert stepwise.read_bytes() == together.read_bytes()


def test_a_worker_killed_mid_build_costs_a_retry_not_the_build(
    own_cluster: LocalCluster, examples_dir: Path, tmp_path: Path
) -> None:
    cluster = own_cluster
    corpus = _corpus(tmp_path / "corpus", examples_dir, copies=8)
    local, remote = tmp_path / "local.ttl", tmp_path / "remote.ttl"
    assert _build(corpus, "-o", local) == 0

    victim = cluster.workers[0]
    command = [
        sys.executable,
        "-m",
        "textkg",
        "build",
        str(corpus),
        "-o",
        str(remote),
        "--no-html",
        "-q",
        "--scheduler",
        cluster.address,
        "--batch-size",
        "1",
    ]
    build = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        with distributed.Client(cluster.address, timeout=START_TIMEOUT) as client:
            address = cluster.worker_address(client, victim)
            deadline = time.monotonic() + START_TIMEOUT
            # kill the worker while it is running a batch of this build
            while not client.processing().get(address):
                assert build.poll() is None, "the build ended before a worker could be killed"
                assert time.monotonic() < deadline, "the worker never got a batch"
                time.sleep(0.05)
            os.kill(victim.pid, signal.SIGKILL)
            victim.wait(timeout=15)
            assert build.poll() is None, "the kill came after the build"
        _, err = build.communicate(timeout=BUILD_TIMEOUT)
    finally:
        if build.poll() is None:
            build.kill()
            build.wait()
    assert build.returncode == 0, err.decode()
    assert remote.read_bytes() == local.read_bytes()


def test_unreachable_scheduler_is_a_one_line_error(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    examples_dir: Path,
    tmp_path: Path,
) -> None:
    monkeypatch.setattr("textkg.distributed.CONNECT_TIMEOUT", 1)
    address = f"tcp://127.0.0.1:{_free_port()}"
    out = tmp_path / "g.ttl"
    assert _build(examples_dir, "-o", out, "--scheduler", address) == 1
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.startswith("textkg: error")]
    assert len(lines) == 1 and address in lines[0], err
    assert "Traceback" not in err
    assert not out.exists()


def test_jobs_and_scheduler_exclude_each_other(
    capsys: pytest.CaptureFixture[str], examples_dir: Path, tmp_path: Path
) -> None:
    code = _build(examples_dir, "-o", tmp_path / "g.ttl", "--jobs", "2", "--scheduler", "x:1")
    assert code == 1
    assert "--jobs and --scheduler" in capsys.readouterr().err


def test_a_model_missing_on_the_workers_is_a_one_line_error(
    capsys: pytest.CaptureFixture[str], cluster: LocalCluster, examples_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "g.ttl"
    code = _build(examples_dir, "-o", out, "--scheduler", cluster.address, "--model", "en_nope")
    assert code == 3
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.startswith("textkg: error")]
    assert len(lines) == 1 and "en_nope" in lines[0], err
    assert "Traceback" not in err
    assert not out.exists()
