"""The run's cluster without Dask running: settings, the missing extra, a scheduler nobody
runs, a bad address. Each is one error line and changes no file."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from tests.conftest import run_cli, tree_hash
from workflow.cluster import session
from workflow.cluster.address import parse
from workflow.errors import ClusterError
from workflow.workspace import open_workspace
from workflow.workspace.settings import load


def test_cluster_settings_are_typed_and_checked() -> None:
    conf = load(
        '[cluster]\nscheduler = "tcp://10.0.0.5:8786"\nargos_dir = "/srv/argos"\n'
        "models_per_worker = 3\nconnect_timeout = 2.5\n"
    ).cluster
    assert (conf.scheduler, conf.argos_dir) == ("tcp://10.0.0.5:8786", "/srv/argos")
    assert (conf.models_per_worker, conf.connect_timeout) == (3, 2.5)
    assert load("").cluster.scheduler is None
    for text, what in [
        ('[cluster]\nscheduler = "10.0.0.5"\n', "tcp://HOST:PORT"),
        ('[cluster]\nscheduler = "local:0"\n', "local:N"),
        ('[cluster]\nargos_dir = "relative/dir"\n', "an absolute path"),
        ("[cluster]\nmodels_per_worker = 0\n", "from 1 to 64"),
        ("[cluster]\nschedular = 1\n", "scheduler"),
    ]:
        with pytest.raises(Exception) as err:
            load(text)
        assert what in str(err.value) and "workflow.toml:2" in str(err.value), str(err.value)


def test_local_workers_get_their_share_of_the_cores(workspace: Path) -> None:
    ws = open_workspace(workspace)
    spec = session.engine_spec(ws, parse("local:2"))
    argos = dict(spec.argos)
    assert argos["intra_threads"] == 1 and argos["inter_threads"] >= 1
    assert dict(session.engine_spec(ws, parse("tcp://h:1")).argos)["inter_threads"] is None
    assert spec.argos_dir == str(ws.root / ".workflow" / "argos-packages")
    (workspace / "workflow.toml").write_text('[cluster]\nargos_dir = "/srv/argos"\n')
    assert session.engine_spec(open_workspace(workspace), parse("local:2")).argos_dir == (
        "/srv/argos"
    )


def test_without_the_extra_one_clear_error(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(session, "installed", lambda: False)
    with pytest.raises(ClusterError) as err:
        session.connect(open_workspace(workspace), parse("local:2"))
    assert "needs Dask distributed" in str(err.value)
    assert "pip install '.[cluster]'" in str(err.value)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_no_scheduler_reachable_one_line_nothing_written(workspace: Path) -> None:
    (workspace / "workflow.toml").write_text("[cluster]\nconnect_timeout = 1\n")
    before = tree_hash(workspace)
    address = f"tcp://127.0.0.1:{_free_port()}"  # nothing listens there
    proc = run_cli("run", "--root", str(workspace), "--cluster", address, timeout=120)
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith(f"error: cannot reach the Dask scheduler at {address}")
    assert "Traceback" not in proc.stderr
    assert tree_hash(workspace) == before


def test_the_scheduler_of_the_settings_and_off(workspace: Path) -> None:
    address = f"tcp://127.0.0.1:{_free_port()}"
    (workspace / "workflow.toml").write_text(
        f'[cluster]\nscheduler = "{address}"\nconnect_timeout = 1\n'
    )
    before = tree_hash(workspace)
    proc = run_cli("run", "--root", str(workspace), "--lang", "fr", timeout=120)
    assert proc.returncode == 1 and f"cannot reach the Dask scheduler at {address}" in proc.stderr
    assert tree_hash(workspace) == before
    proc = run_cli("run", "--root", str(workspace), "--cluster", "nowhere", timeout=120)
    assert proc.returncode == 1
    assert proc.stderr.startswith("error: not a cluster address: 'nowhere'")
    assert tree_hash(workspace) == before
