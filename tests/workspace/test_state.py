"""The run's state folder: stale temporaries, the lock, the state file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from workflow.errors import WorkspaceError
from workflow.workspace.folder import Workspace
from workflow.workspace.state import (
    STATE_DIR,
    RunState,
    clean_stale_temporaries,
    workspace_lock,
)


def test_clean_stale_temporaries_removes_only_ours(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "ws")
    folder = ws.locales / "fr" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (ws.output / "r").mkdir(parents=True)
    (ws.root / STATE_DIR).mkdir()
    ours = [
        folder / ".r.po.workflow-abcdefgh.tmp",
        ws.output / "r" / ".r.fr.pdf.workflow-12345678.tmp",
        ws.root / STATE_DIR / ".state.json.workflow-a_b_c_d_.tmp",
    ]
    theirs = [folder / ".x.tmp", folder / ".r.po.abcdefgh.tmp", ws.output / "notes.tmp"]
    for path in ours + theirs:
        path.write_text("x")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    outside = elsewhere / ".r.po.workflow-abcdefgh.tmp"
    outside.write_text("theirs")
    (ws.output / "linked").symlink_to(elsewhere)
    assert clean_stale_temporaries(ws) == len(ours)
    assert not any(path.exists() for path in ours)
    assert all(path.exists() for path in theirs) and outside.exists()


def test_clean_stale_temporaries_does_not_enter_a_linked_output(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "ws")
    ws.root.mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    outside = elsewhere / ".r.po.workflow-abcdefgh.tmp"
    outside.write_text("theirs")
    os.symlink(elsewhere, ws.output)
    assert clean_stale_temporaries(ws) == 0
    assert outside.exists()


def test_state_file_that_is_a_pipe_is_forgotten(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "ws")
    (ws.root / STATE_DIR).mkdir(parents=True)
    os.mkfifo(ws.root / STATE_DIR / "state.json")
    assert RunState.load(ws).releases == {}


def test_lock_that_is_not_a_regular_file_is_refused(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "ws")
    (ws.root / STATE_DIR).mkdir(parents=True)
    os.mkfifo(ws.root / STATE_DIR / "run.lock")
    with pytest.raises(WorkspaceError, match="run lock is not a regular file"), workspace_lock(ws):
        pass


def test_lock_linked_out_of_the_workspace_is_refused(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "ws")
    (ws.root / STATE_DIR).mkdir(parents=True)
    (ws.root / STATE_DIR / "run.lock").symlink_to(tmp_path / "elsewhere.lock")
    with pytest.raises(WorkspaceError, match="leads outside"), workspace_lock(ws):
        pass
    assert not (tmp_path / "elsewhere.lock").exists()
