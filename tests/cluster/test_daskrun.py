"""`workflow run` on a real Dask LocalCluster on 127.0.0.1 (2 worker processes, 1 thread
each, shared by the tests of this module): the same catalogs and the same PDF text as a local
run, with the Argos test package (en->fr) and Bergamot (en->pt); a worker killed in the middle
of the run; a worker without the pair's package; every socket on 127.0.0.1."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO, SAMPLE_ID, msgfmt_check, run_cli
from tests.mt.argos_fixtures import argos_packages, installed_dir  # noqa: F401
from workflow import run
from workflow.cluster import session
from workflow.cluster.address import parse
from workflow.workspace import open_workspace

distributed = pytest.importorskip("distributed")  # the cluster extra (make test installs it)
from workflow.cluster.daskrun import DaskCluster, local_cluster  # noqa: E402

pytestmark = pytest.mark.slow
RELEASES = ("r1", "r2", "r3")
_HEADER_DATES = re.compile(rb'^"(POT-Creation-Date|PO-Revision-Date): [^"]*"$', re.M)


@pytest.fixture(scope="module")
def packages_env(installed_dir: Path) -> Iterator[Path]:  # noqa: F811
    """The Argos test packages for this process and the workers it starts (set before)."""
    old = os.environ.get("WORKFLOW_ARGOS_PACKAGES")
    os.environ["WORKFLOW_ARGOS_PACKAGES"] = str(installed_dir)
    yield installed_dir
    if old is None:
        del os.environ["WORKFLOW_ARGOS_PACKAGES"]
    else:
        os.environ["WORKFLOW_ARGOS_PACKAGES"] = old


@pytest.fixture(scope="module")
def local(packages_env: Path) -> Iterator[object]:
    cluster = local_cluster(2)
    yield cluster
    cluster.close()


def _workspace(root: Path) -> Path:
    """Three releases (the sample's text) into fr (Argos test package) and pt (Bergamot)."""
    (root / "releases").mkdir(parents=True)
    text = (REPO / "releases" / f"{SAMPLE_ID}.md").read_text(encoding="utf-8")
    text = re.sub(r"languages: \[.*\]", "languages: [fr, pt]", text, count=1)
    for n, release in enumerate(RELEASES):
        body = text.replace("Pakistan", f"Pakistan ({n})") if n else text
        (root / "releases" / f"{release}.md").write_text(body, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def local_run(tmp_path_factory: pytest.TempPathFactory, packages_env: Path) -> Path:
    """The same workspace, run on this machine (the reference)."""
    root = _workspace(tmp_path_factory.mktemp("local") / "ws")
    report = run.batch(open_workspace(root), [], run.Options())
    assert report.ok, report.failures + [r.message for r in report.rows]
    return root


def _cluster_for(local: object, root: Path) -> DaskCluster:
    ws = open_workspace(root)
    client = distributed.Client(local, set_as_default=False)
    return DaskCluster.attach(client, "local:2", session.engine_spec(ws, parse("local:2")))


def _catalogs(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): _HEADER_DATES.sub(b"", p.read_bytes())
        for p in sorted((root / "locales").rglob("*.po*"))
    }


def _pdf_texts(root: Path) -> dict[str, str]:
    pdfs = sorted((root / "output").rglob("*.pdf"))
    return {
        p.relative_to(root).as_posix(): subprocess.run(
            ["pdftotext", str(p), "-"], capture_output=True, text=True, check=True
        ).stdout
        for p in pdfs
    }


def _same_as_local(root: Path, local_root: Path) -> None:
    assert _catalogs(root) == _catalogs(local_root)
    texts = _pdf_texts(root)
    assert len(texts) == 3 * len(RELEASES)  # en, fr, pt per release
    assert texts == _pdf_texts(local_root)
    fr = (root / "locales" / "fr" / "LC_MESSAGES" / "r1.po").read_text(encoding="utf-8")
    assert "machine: argos translate-en_fr 1.0" in fr and "cadre" in fr  # framework -> cadre
    pt = (root / "locales" / "pt" / "LC_MESSAGES" / "r1.po").read_text(encoding="utf-8")
    assert "machine: bergamot" in pt
    for po in (root / "locales").rglob("*.po"):
        msgfmt_check(po)
    leftovers = [p for p in root.rglob("*") if p.name.endswith(".tmp")]
    assert not leftovers


def test_same_catalogs_and_pdf_text_as_a_local_run(
    local: object, local_run: Path, tmp_path: Path
) -> None:
    root = _workspace(tmp_path / "ws")
    cluster = _cluster_for(local, root)
    seen: list[tuple[str, int, int]] = []
    try:
        report = run.batch(
            open_workspace(root),
            [],
            run.Options(cluster=cluster),
            lambda step, done, total: seen.append((step, done, total)),
        )
        summary = cluster.summary()
    finally:
        cluster.close()
    assert report.ok, report.failures + [r.message for r in report.rows]
    _same_as_local(root, local_run)
    workers = summary["workers"]
    assert isinstance(workers, dict)
    # which worker did what: every segment and every PDF counted once across the workers
    assert sum(w["segments"] for w in workers.values()) == report.translated
    assert sum(w["typeset_tasks"] for w in workers.values()) == 3 * len(RELEASES)
    # a pair's model is loaded at most once per worker
    loads = sum(w["model_loads"] for w in workers.values())
    assert 2 <= loads <= 2 * 2, workers
    # progress as on a terminal: each step up to its total
    assert ("build", 9, 9) in seen and any(s == "translate fr" and d == t for s, d, t in seen)
    assert set(report.seconds) >= {"extract", "translate", "build"}


def _kill_a_busy_worker(client: distributed.Client) -> str:
    """SIGKILL a worker process that is running tasks now; its address."""
    for _ in range(200):
        busy = [w for w, keys in client.processing().items() if keys]
        if busy:
            pid = client.run(os.getpid, workers=[busy[0]])[busy[0]]
            os.kill(pid, signal.SIGKILL)
            return str(busy[0])
        time.sleep(0.05)
    raise AssertionError("no worker was busy")


def test_a_worker_killed_in_the_middle_of_the_run(
    local: object, local_run: Path, tmp_path: Path
) -> None:
    root = _workspace(tmp_path / "ws")
    cluster = _cluster_for(local, root)
    killed: list[str] = []

    def progress(step: str, done: int, total: int) -> None:
        if step == "build" and done == 1 and not killed:
            killed.append(_kill_a_busy_worker(cluster.client))

    try:
        report = run.batch(open_workspace(root), [], run.Options(cluster=cluster), progress)
        summary = cluster.summary()
    finally:
        cluster.close()
    assert killed, "the run never reached the build"
    assert report.ok, report.failures + [r.message for r in report.rows]
    _same_as_local(root, local_run)
    assert summary["moved_tasks"] >= 1  # what the dead worker held ran elsewhere
    # the nanny brings the worker back for the next test
    client = distributed.Client(local, set_as_default=False)
    try:
        client.wait_for_workers(2, timeout=60)
    finally:
        client.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def dask_cli(what: str) -> list[str]:
    """`dask scheduler` / `dask worker` (this Python's), on 127.0.0.1."""
    return [sys.executable, "-m", f"distributed.cli.dask_{what}", "--host", "127.0.0.1"]


def _listening(pid: int) -> list[str]:
    """Local addresses of the TCP sockets process `pid` listens on (from /proc)."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    found = []
    for table in ("tcp", "tcp6"):
        for line in Path(f"/proc/{pid}/net/{table}").read_text().splitlines()[1:]:
            fields = line.split()
            if fields[3] == "0A" and fields[9] in inodes:  # LISTEN
                found.append(fields[1])
    return found


def test_a_worker_without_the_package_fails_its_catalogs(
    packages_env: Path, tmp_path: Path
) -> None:
    """A real `dask scheduler` and a `dask worker` whose machine has no Argos package (its
    WORKFLOW_ARGOS_PACKAGES is an empty folder), as the README starts them; the run through
    the command line: every fr catalog fails naming the worker and the pair, pt is built."""
    root = _workspace(tmp_path / "ws")
    port = _free_port()
    empty = tmp_path / "no-packages"
    empty.mkdir()
    env = {**os.environ, "WORKFLOW_ARGOS_PACKAGES": str(empty), "PYTHONPATH": str(REPO)}
    scheduler = subprocess.Popen(
        [*dask_cli("scheduler"), "--port", str(port), "--dashboard-address", "127.0.0.1:0"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    worker = subprocess.Popen(
        [*dask_cli("worker"), f"tcp://127.0.0.1:{port}", "--nthreads", "1", "--no-dashboard"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        proc = run_cli("run", "--root", str(root), "--json", "--cluster", f"tcp://127.0.0.1:{port}")
        for pid in (scheduler.pid, worker.pid):  # nothing listens beyond 127.0.0.1
            for address in _listening(pid):
                assert address.startswith("0100007F:"), address
    finally:
        for p in (worker, scheduler):
            p.terminate()
            p.wait(30)
    assert proc.returncode == 1, proc.stderr
    summary = json.loads(proc.stdout)
    rows = {(r["release"], r["language"]): r for r in summary["rows"]}
    for release in RELEASES:
        fr = rows[(release, "fr")]
        assert fr["built"] == "failed"
        assert re.search(r"worker tcp://127\.0\.0\.1:\d+ cannot translate en->fr: ", fr["message"])
        assert "no Argos package installed for en -> fr" in fr["message"]
        assert rows[(release, "pt")]["built"] == "draft"
        assert rows[(release, "en")]["built"] == "final"
    assert "Traceback" not in proc.stderr
    (worker_stats,) = summary["cluster"]["workers"].values()
    assert worker_stats["failed_tasks"] >= 1 and worker_stats["typeset_tasks"] == 6
    assert not (root / "output" / "r1" / "r1.fr.pdf").exists()


def test_local_cluster_listens_on_loopback_only(local: object) -> None:
    """The scheduler and the nannies (in this process) and the workers: 127.0.0.1 only."""
    client = distributed.Client(local, set_as_default=False)
    try:
        workers = client.run(os.getpid)
        nannies = client.run(os.getppid)
    finally:
        client.close()
    pids = {os.getpid(), *workers.values(), *nannies.values()}
    assert len(pids) == 3  # the nannies live in this process, the workers are its children
    found = [a for pid in pids for a in _listening(pid)]
    assert found and all(a.startswith("0100007F:") for a in found), found


def test_cli_local_cluster_json_says_who_did_what(packages_env: Path, tmp_path: Path) -> None:
    root = _workspace(tmp_path / "ws")
    shutil.rmtree(root / "releases")
    (root / "releases").mkdir()
    text = (REPO / "releases" / f"{SAMPLE_ID}.md").read_text(encoding="utf-8")
    (root / "releases" / "r1.md").write_text(
        re.sub(r"languages: \[.*\]", "languages: [fr]", text, count=1), encoding="utf-8"
    )
    proc = run_cli("run", "--root", str(root), "--json", "--cluster", "local:2")
    assert proc.returncode == 0, proc.stderr
    summary = json.loads(proc.stdout)
    assert summary["cluster"]["scheduler"] == "local:2"
    workers = summary["cluster"]["workers"]
    assert all(w.startswith("tcp://127.0.0.1:") for w in workers)
    assert sum(w["typeset_tasks"] for w in workers.values()) == 2
    assert sum(w["segments"] for w in workers.values()) == summary["translated"] > 0
    assert set(summary["seconds"]) >= {"extract", "translate", "build", "summarise"}
