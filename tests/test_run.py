"""`workflow run`: the batch over a workspace. Incremental, locked, safe under SIGKILL."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import polib
import pytest

from tests.conftest import SAMPLE_ID, msgcat_check, msgfmt_check, run_cli
from workflow.errors import WorkspaceError
from workflow.workspace import history, open_workspace, state

PT = Path("locales/pt/LC_MESSAGES") / f"{SAMPLE_ID}.po"


def reviewed(root: Path) -> dict[str, dict[str, str]]:
    out = {}
    for po_path in sorted(root.glob("locales/*/LC_MESSAGES/*.po")):
        po = polib.pofile(str(po_path))
        out[po_path.parent.parent.name] = {
            e.msgid: e.msgstr for e in po if e.msgstr and not e.fuzzy and not e.obsolete
        }
    return out


def valid_pdf(path: Path) -> bool:
    data = path.read_bytes()
    ok = subprocess.run(["pdfinfo", str(path)], capture_output=True).returncode == 0
    return ok and data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")


@pytest.mark.slow
def test_run_then_no_change_run(sample_workspace: Path) -> None:
    proc = run_cli("run", "--root", str(sample_workspace), "--json")
    assert proc.returncode == 0, proc.stderr
    summary = json.loads(proc.stdout)
    built = {r["language"]: r["built"] for r in summary["rows"]}
    assert built == {
        "en": "final",
        "fr": "final",
        "es": "final",
        "ur": "final",
        "ar": "final",
        "zh": "final",
        "pt": "draft",
    }
    assert summary["translated"] == 19
    for path in sample_workspace.glob("locales/**/*.po*"):
        msgcat_check(path)  # every catalog the run wrote is as gettext writes it
    pdfs = sorted((sample_workspace / "output" / SAMPLE_ID).glob("*.pdf"))
    assert len(pdfs) == 7 and all(valid_pdf(p) for p in pdfs)
    stamps = {
        p: p.stat().st_mtime_ns
        for p in sample_workspace.rglob("*")
        if p.is_file() and ".workflow" not in p.parts
    }
    again = run_cli("run", "--root", str(sample_workspace))
    assert again.returncode == 0
    assert "0 release(s) processed, 1 unchanged" in again.stdout
    assert stamps == {p: p.stat().st_mtime_ns for p in stamps}
    # a translator's review of one entry makes the release (and only it) run again
    po = polib.pofile(str(sample_workspace / PT))
    po[0].flags.remove("fuzzy")
    po.save(str(sample_workspace / PT))
    third = run_cli("run", "--root", str(sample_workspace), "--json")
    rows = {r["language"]: r for r in json.loads(third.stdout)["rows"]}
    assert rows["pt"]["reviewed"] == 1 and rows["pt"]["built"] == "draft"
    assert json.loads(third.stdout)["translated"] == 0


def test_second_run_stops_with_a_clear_message(sample_workspace: Path) -> None:
    ws = open_workspace(sample_workspace)
    with state.workspace_lock(ws):
        proc = run_cli("run", "--root", str(sample_workspace))
        assert proc.returncode == 1
        assert (
            f"another `workflow run` is working on this workspace (pid {os.getpid()})"
            in proc.stderr
        )
        assert "--wait" in proc.stderr
        with pytest.raises(WorkspaceError), state.workspace_lock(ws):
            pass


def test_waiting_run_starts_when_the_lock_is_released(sample_workspace: Path) -> None:
    ws = open_workspace(sample_workspace)
    with state.workspace_lock(ws):
        waiting = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "workflow",
                "run",
                "--root",
                str(sample_workspace),
                "--wait",
                "--lang",
                "fr",
                "--quiet",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        time.sleep(1.5)
        assert waiting.poll() is None  # still waiting
    assert waiting.wait(timeout=120) == 0, waiting.stderr.read() if waiting.stderr else ""


def test_missing_model_gives_a_draft_and_one_line_on_what_to_do(sample_workspace: Path) -> None:
    rel = sample_workspace / "releases" / f"{SAMPLE_ID}.md"
    rel.write_text(rel.read_text().replace("[fr, es, pt, ur, ar, zh]", "[fr, de]"))
    proc = run_cli("run", "--root", str(sample_workspace), "--json")
    assert proc.returncode == 1
    summary = json.loads(proc.stdout)
    rows = {r["language"]: r for r in summary["rows"]}
    assert rows["fr"]["built"] == "final"
    assert rows["de"]["built"] == "draft"  # untranslated, marked so, in German
    assert "19 entr(ies) wait for an engine (en->de)" in rows["de"]["message"]
    (waiting,) = summary["waiting"]
    assert waiting["entries"] == 19 and "workflow models install" in waiting["message"]


def _survivors(root: Path, grace: float = 2.0) -> list[int]:
    """Processes still working on `root` (a killed run's workers would be)."""
    deadline = time.monotonic() + grace
    while True:
        found = []
        for proc_dir in Path("/proc").iterdir():
            if not proc_dir.name.isdigit():
                continue
            try:
                cmdline = (proc_dir / "cmdline").read_bytes()
            except OSError:
                continue
            if str(root).encode() in cmdline:
                found.append(int(proc_dir.name))
        if not found or time.monotonic() > deadline:
            return found
        time.sleep(0.1)


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_nothing(sample_workspace: Path) -> None:
    rng = random.Random(20240620)
    original = reviewed(sample_workspace)
    pristine_pt = (sample_workspace / PT).read_bytes()

    def start_over() -> None:  # real work again: untranslated pt, no outputs, no cache
        (sample_workspace / PT).write_bytes(pristine_pt)
        shutil.rmtree(sample_workspace / "output", ignore_errors=True)
        shutil.rmtree(sample_workspace / ".workflow", ignore_errors=True)

    # how long a whole run takes on this machine, so that kills land inside runs
    began = time.monotonic()
    assert run_cli("run", "--root", str(sample_workspace), "--quiet").returncode == 0
    whole = time.monotonic() - began
    kills = 0
    finished = True
    for trial in range(20):
        if finished:
            start_over()
        proc = subprocess.Popen(
            [sys.executable, "-m", "workflow", "run", "--root", str(sample_workspace), "--quiet"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.05, 0.9) * whole)
        finished = proc.poll() is not None
        if not finished:
            os.kill(proc.pid, signal.SIGKILL)
            kills += 1
        proc.wait()
        assert not _survivors(sample_workspace), trial  # workers die with their run
        for po_path in sample_workspace.glob("locales/**/*.po*"):
            msgfmt_check(po_path)
        now = reviewed(sample_workspace)
        for lang, entries in original.items():
            assert now[lang] == entries, (trial, lang)
        for pdf in sample_workspace.glob("output/*/*.pdf"):
            assert valid_pdf(pdf), (trial, pdf)
    assert kills >= 12
    final = run_cli("run", "--root", str(sample_workspace), "--json")
    assert final.returncode == 0, final.stderr
    assert not list(sample_workspace.rglob(".*.tmp"))
    pt = polib.pofile(str(sample_workspace / PT))
    assert all(e.msgstr for e in pt if not e.obsolete)


@pytest.mark.slow
def test_a_translator_saving_in_place_during_whole_runs_loses_nothing(
    sample_workspace: Path, tmp_path: Path
) -> None:
    """The pt catalog saved in place every 50 ms (truncate + write, and `cp`) for the whole of
    `workflow run` (extract, translate, check, build): the translator's reviewed entries are
    kept, every catalog the run wrote is whole, the file passes msgfmt --check. TRIALS=10 in
    the environment to run more trials by hand (-s prints the figures)."""
    from tests.mt.test_translate import _review_some, _reviewed_kept, saving_in_place

    pt = sample_workspace / "locales" / "pt" / "LC_MESSAGES" / f"{SAMPLE_ID}.po"
    reviewed = _review_some(pt, 5, last=True)
    editor_copy = tmp_path / "editor.po"
    editor_copy.write_bytes(pt.read_bytes())
    for trial in range(int(os.environ.get("TRIALS", "2"))):
        pt.write_bytes(editor_copy.read_bytes())
        stop = tmp_path / f"stop{trial}"
        with saving_in_place(pt, editor_copy, stop) as saves:
            started = time.monotonic()
            proc = run_cli("run", "--root", str(sample_workspace))
            elapsed = time.monotonic() - started
        assert "Traceback" not in proc.stderr, proc.stderr
        kept = _reviewed_kept(pt, reviewed)
        print(
            f"trial {trial}: {elapsed:.1f} s, {saves[0]} saves, exit {proc.returncode}, kept {kept}/5"
        )
        assert proc.returncode == 0 or "half-saved" in proc.stderr, proc.stderr
        assert kept == 5
        msgfmt_check(pt)
        states = state_history(sample_workspace, pt)
        written = [s for s in states if s.source in ("extract", "translate")]
        assert all(s.total == 19 and s.reviewed >= 5 for s in written), written


def state_history(root: Path, catalog: Path) -> list[history.State]:
    ws = open_workspace(root)
    return history.states(ws).get(ws.rel(catalog), [])
