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


def test_run_state_per_language_of_a_release(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "ws")
    (ws.root / STATE_DIR).mkdir(parents=True)
    pdf = ws.output / "r" / "r.fr.pdf"
    pdf.parent.mkdir(parents=True)
    pdf.write_bytes(b"%PDF")
    run = RunState(ws)
    run.record_release("r", "R1", ["en", "fr", "de"])
    run.record_unit("r", "fr", "F1", engines=None, outputs={"output/r/r.fr.pdf": 4}, row={})
    run.record_unit("r", "de", "D1", engines="argos:1", outputs={}, row={"built": "draft"})
    run.save()
    again = RunState.load(ws)
    assert again.release("r", "R1") is not None and again.release("r", "R2") is None
    never = lambda: pytest.fail("no engine fingerprint needed")  # noqa: E731
    assert again.unit_unchanged("r", "fr", "F1", never) is not None
    assert again.unit_unchanged("r", "fr", "F2", never) is None  # its catalog changed
    # a unit that waited for an engine is taken up again when the engines change
    assert again.unit_unchanged("r", "de", "D1", lambda: "argos:1") is not None
    assert again.unit_unchanged("r", "de", "D1", lambda: "argos:2") is None
    pdf.write_bytes(b"%PDF-changed")  # an output not as the run left it
    assert again.unit_unchanged("r", "fr", "F1", never) is None
    # a language the release no longer has is forgotten; so is a release that is gone
    again.record_release("r", "R2", ["en", "fr"])
    assert again.unit("r", "de") is None and again.unit("r", "fr") is not None
    again.keep_only([])
    assert again.releases == {}


def test_an_older_state_file_is_redone_once(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "ws")
    (ws.root / STATE_DIR).mkdir(parents=True)
    (ws.root / STATE_DIR / "state.json").write_text('{"r": {"inputs": "x", "outputs": {}}}')
    assert RunState.load(ws).releases == {}


def test_the_logo_is_an_input_of_every_output(tmp_path: Path) -> None:
    """The issue: a new logo left the old PDFs in place. Settings, glossary and the logo they
    name are in every language's inputs."""
    from workflow.workspace import open_workspace
    from workflow.workspace.state import shared_digest

    root = tmp_path / "ws"
    (root / "releases").mkdir(parents=True)
    (root / "assets").mkdir()
    (root / "assets" / "logo.png").write_bytes(b"first")
    before = shared_digest(open_workspace(root))
    (root / "workflow.toml").write_text('[office]\nlogo = "logo.png"\n')
    with_logo = shared_digest(open_workspace(root))
    assert with_logo != before
    (root / "assets" / "logo.png").write_bytes(b"second")
    assert shared_digest(open_workspace(root)) != with_logo
