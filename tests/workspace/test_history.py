"""The catalog history: content-addressed copies, a bounded index, lookups by name and digest."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import SAMPLE_ID, run_cli
from workflow.errors import WorkspaceError
from workflow.workspace import history, open_workspace
from workflow.workspace.fsio import digest

PT = f"locales/pt/LC_MESSAGES/{SAMPLE_ID}.po"


def test_states_are_kept_by_digest_once_and_bounded(sample_workspace: Path) -> None:
    ws = open_workspace(sample_workspace)
    first = history.remember(ws, PT, b"one", reviewed=5, total=19, source="read")
    again = history.remember(ws, PT, b"one", reviewed=5, total=19, source="read")
    assert again == first and len(history.states(ws)[PT]) == 1  # the newest is not repeated
    assert history.blob(ws, PT, digest(b"one")).read_bytes() == b"one"
    stale = history.folder(ws, PT) / ".states.jsonl.workflow-abc.tmp"  # a write a kill cut
    stale.write_bytes(b"{")
    for n in range(history.KEEP + 5):
        history.remember(ws, PT, f"machine {n}".encode(), reviewed=0, total=19, source="x")
    assert len(history.states(ws)[PT]) == history.KEEP  # what is kept, before the log's rewrite
    log = history.folder(ws, PT) / history.LOG
    assert len(log.read_bytes().splitlines()) == 1 + 1 + history.KEEP + 5  # appended, a line each
    for n in range(history.KEEP - 5):  # past 2 * KEEP states in the log: rewritten, copies removed
        history.remember(ws, PT, f"more {n}".encode(), reviewed=0, total=19, source="x")
    states = history.states(ws)[PT]
    assert len(states) == history.KEEP
    assert len(log.read_bytes().splitlines()) == 1 + history.KEEP
    # the state with the most reviewed entries outlives the machine saves after it
    assert states[0].digest == first.digest and states[0].reviewed == 5
    copies = {p.stem for p in history.folder(ws, PT).glob("*.po")}
    assert copies == {s.digest for s in states}  # copies nobody refers to are gone
    assert not stale.exists()


def test_a_cut_line_is_skipped_and_an_old_index_is_read(sample_workspace: Path) -> None:
    ws = open_workspace(sample_workspace)
    history.remember(ws, PT, b"one", reviewed=1, total=2, source="read")
    log = history.folder(ws, PT) / history.LOG
    with log.open("ab") as fh:
        fh.write(b'{"time": "2026-')  # a kill in the middle of an append
    history.remember(ws, PT, b"two", reviewed=2, total=2, source="translate")
    assert [s.reviewed for s in history.states(ws)[PT]] == [1, 2]
    assert log.read_bytes().count(b"\n") == 4  # the next line went on a line of its own
    # a workspace from before the log: its index.json is read, and replaced at the next save
    old = history.folder(ws, "locales/fr/LC_MESSAGES/x.po")
    old.mkdir(parents=True)
    state = {"time": "2026-01-01T00:00:00Z", "digest": "ab", "reviewed": 3, "total": 3}
    (old / history.OLD_INDEX).write_text(
        json.dumps({"catalog": "locales/fr/LC_MESSAGES/x.po", "states": [state]})
    )
    assert history.states(ws)["locales/fr/LC_MESSAGES/x.po"][0].reviewed == 3
    history.remember(ws, "locales/fr/LC_MESSAGES/x.po", b"fr", reviewed=0, total=3, source="r")
    assert [s.reviewed for s in history.states(ws)["locales/fr/LC_MESSAGES/x.po"]] == [3, 0]
    assert not (old / history.OLD_INDEX).exists()


def test_find_and_load(sample_workspace: Path) -> None:
    ws = open_workspace(sample_workspace)
    history.remember(ws, PT, b"old", reviewed=1, total=2, source="read")
    history.remember(ws, PT, b"new", reviewed=2, total=2, source="translate")
    history.remember(ws, "locales/fr/LC_MESSAGES/x.po", b"fr", reviewed=0, total=1, source="r")
    assert history.find_catalog(ws, PT) == PT
    assert history.find_catalog(ws, f"pt/LC_MESSAGES/{SAMPLE_ID}.po") == PT
    assert history.find_catalog(ws, str(sample_workspace / PT)) == PT
    with pytest.raises(WorkspaceError, match="no saved states"):
        history.find_catalog(ws, "de.po")
    state, data = history.load(ws, PT, digest(b"old")[:10])
    assert data == b"old" and state.reviewed == 1
    (sample_workspace / PT).write_bytes(b"new")
    state, data = history.load(ws, PT, None)  # the newest that differs from the file
    assert data == b"old"
    history.blob(ws, PT, digest(b"old")).write_bytes(b"tampered")
    with pytest.raises(WorkspaceError, match="does not match its digest"):
        history.load(ws, PT, digest(b"old"))


def test_recover_command_lists_and_restores(sample_workspace: Path) -> None:
    root = str(sample_workspace)
    good = (sample_workspace / PT).read_bytes()
    ws = open_workspace(sample_workspace)
    history.remember(ws, PT, good, reviewed=0, total=19, source="read")
    (sample_workspace / PT).write_bytes(b"")  # an editor's save that never finished
    listing = run_cli("recover", "--root", root, "--list")
    assert listing.returncode == 0, listing.stderr
    assert PT in listing.stdout and "0/19 reviewed" in listing.stdout
    proc = run_cli("recover", "--root", root, f"{SAMPLE_ID}.po")
    assert proc.returncode == 0, proc.stderr
    assert f"restored {PT}" in proc.stdout
    assert (sample_workspace / PT).read_bytes() == good
    assert not list((sample_workspace / "locales/pt/LC_MESSAGES").glob(".*.tmp"))
    bad = run_cli("recover", "--root", root, PT, "--digest", "0000000")
    assert bad.returncode == 1 and "no saved state 0000000" in bad.stderr
