"""`workflow run`: the batch over a workspace. Incremental, locked, safe under SIGKILL."""

from __future__ import annotations

import json
import os
import random
import resource
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
        "ru": "final",
        "pt": "draft",
    }
    assert summary["translated"] == 19
    for path in sample_workspace.glob("locales/**/*.po*"):
        msgcat_check(path)  # every catalog the run wrote is as gettext writes it
    pdfs = sorted((sample_workspace / "output" / SAMPLE_ID).glob("*.pdf"))
    assert len(pdfs) == 8 and all(valid_pdf(p) for p in pdfs)
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
    rel.write_text(rel.read_text().replace("[fr, es, pt, ur, ar, zh, ru]", "[fr, de]"))
    proc = run_cli("run", "--root", str(sample_workspace), "--json")
    assert proc.returncode == 1
    summary = json.loads(proc.stdout)
    rows = {r["language"]: r for r in summary["rows"]}
    assert rows["fr"]["built"] == "final"
    assert rows["de"]["built"] == "draft"  # untranslated, marked so, in German
    assert "19 entr(ies) wait for an engine (en->de)" in rows["de"]["message"]
    (waiting,) = summary["waiting"]
    assert waiting["entries"] == 19 and "workflow models install" in waiting["message"]
    # the source language's row counts the release's segments, as the targets' rows do
    assert rows["en"]["reviewed"] == rows["en"]["total"] == rows["fr"]["total"] == 19


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


# --- a real office's workspace (tests/office_workspace.py) ----------------------------------


def _office_env(packages: Path) -> dict[str, str]:
    return {**os.environ, "WORKFLOW_ARGOS_PACKAGES": str(packages)}


def _workflow(*args: str, env: dict[str, str]) -> tuple[subprocess.CompletedProcess[str], float]:
    """`python -m workflow ARGS` and the CPU time (user + system) it took."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.run(
        [sys.executable, "-m", "workflow", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return proc, cpu


@pytest.fixture(scope="module")
def office_after_one_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    """The office workspace after its first `workflow run --json` (stdout, stderr kept)."""
    from tests.office_workspace import make_office

    base = tmp_path_factory.mktemp("office")
    root = make_office(base / "ws")
    (base / "argos").mkdir()
    proc = subprocess.run(
        [sys.executable, "-m", "workflow", "run", "--root", str(root), "--json"],
        capture_output=True,
        text=True,
        env=_office_env(base / "argos"),
        timeout=900,
    )
    assert proc.returncode == 1, proc.stderr
    return root, proc.stdout, proc.stderr


@pytest.fixture
def office(office_after_one_run: tuple[Path, str, str], tmp_path: Path) -> Path:
    """A copy of the office workspace after its first run (each test its own)."""
    root = tmp_path / "ws"
    shutil.copytree(office_after_one_run[0], root, symlinks=True)
    (tmp_path / "argos").mkdir()
    return root


@pytest.mark.slow
def test_office_one_run_final_drafts_one_row_per_problem(
    office_after_one_run: tuple[Path, str, str],
) -> None:
    from tests.office_workspace import COPY, NOTE, SAMPLE, TYPO

    root, stdout, stderr = office_after_one_run
    summary = json.loads(stdout)
    built = {(r["release"], r["language"]): r for r in summary["rows"]}
    for release in (SAMPLE, COPY):  # every reviewed language final, whatever NOTE lacks
        for lang in ("en", "fr", "ur", "ar"):
            assert built[(release, lang)]["built"] == "final", (release, lang)
    assert built[(SAMPLE, "es")]["built"] == built[(SAMPLE, "zh")]["built"] == "final"
    assert built[(SAMPLE, "ru")]["built"] == "final"  # people only, and its people translated it
    # drafts for the rest: machine (pt, Bergamot), people only (ru), no engine (NOTE's fr)
    for release in (SAMPLE, COPY, NOTE):
        assert built[(release, "pt")]["built"] == "draft"
    for release in (COPY, NOTE):  # COPY's ru: the memory's texts of the sample, not reviewed
        assert built[(release, "ru")]["built"] == "draft"
    assert "wait for translators (people only)" in built[(NOTE, "ru")]["message"]
    assert built[(NOTE, "fr")]["built"] == "draft"
    assert "wait for an engine (en->fr)" in built[(NOTE, "fr")]["message"]
    # one row per problem, with its file:line
    failed = {key: r["message"] for key, r in built.items() if r["built"] == "failed"}
    assert set(failed) == {(COPY, "es"), (COPY, "zh"), (TYPO, None)}
    assert failed[(COPY, "es")].startswith(f"locales/es/LC_MESSAGES/{COPY}.po:27:")
    assert failed[(COPY, "zh")].startswith(f"locales/zh/LC_MESSAGES/{COPY}.po:27:")
    assert failed[(TYPO, None)].startswith(f"releases/{TYPO}.md:6:")
    # the missing engine: one line for the run, not one per release
    (waiting,) = summary["waiting"]
    assert (waiting["from"], waiting["to"], waiting["catalogs"]) == ("en", "fr", 1)
    assert stderr.count("no translation model") == 0  # --json: it is in the summary
    pdfs = {p.name for p in root.glob("output/*/*.pdf")}
    assert f"{SAMPLE}.ru.pdf" in pdfs and f"{NOTE}.fr.pdf" in pdfs
    assert f"{COPY}.es.pdf" not in pdfs  # never built from a broken catalog


@pytest.mark.slow
def test_office_no_change_run_does_no_work(office: Path, tmp_path: Path) -> None:
    env = _office_env(tmp_path / "argos")
    stamps = {
        p: p.stat().st_mtime_ns
        for p in office.rglob("*")
        if p.is_file() and ".workflow" not in p.parts
    }
    began = time.monotonic()
    proc, cpu = _workflow("run", "--root", str(office), env=env)
    wall = time.monotonic() - began
    print(f"no-change run: {wall:.2f} s wall, {cpu:.2f} s CPU")
    assert proc.returncode == 1  # the problems are still there...
    assert cpu < 1.0  # ...reported from the state: no work (wall time depends on the load)
    assert stamps == {p: p.stat().st_mtime_ns for p in stamps}
    assert "0 release(s) processed, 4 unchanged" in proc.stdout
    assert proc.stderr.count("no translation model for en->fr") == 1
    assert proc.stderr.count("(unchanged since the last run)") == 3
    assert "hint:" not in proc.stderr  # no doctor probe for what the files say


@pytest.mark.slow
def test_office_settings_change_rebuilds_reviewed_languages_final(
    office: Path, tmp_path: Path
) -> None:
    """The issue's first report: a new French organisation name; before, fr of every release
    failed with `no translation model for en->fr` because NOTE's fr had entries to translate."""
    from tests.office_workspace import COPY, NOTE, SAMPLE

    settings = office / "workflow.toml"
    text = settings.read_text(encoding="utf-8")
    settings.write_text(
        text.replace("auprès de l'Organisation des Nations Unies", "auprès de l'ONU"),
        encoding="utf-8",
    )
    proc, _ = _workflow("run", "--root", str(office), "--json", env=_office_env(tmp_path / "argos"))
    rows = {(r["release"], r["language"]): r for r in json.loads(proc.stdout)["rows"]}
    for release in (SAMPLE, COPY):
        assert rows[(release, "fr")]["built"] == "final", rows[(release, "fr")]
        fr = office / "output" / release / f"{release}.fr.pdf"
        assert "Mission permanente du Pakistan auprès de l'ONU" in _pdftext(fr)
    assert rows[(NOTE, "fr")]["built"] == "draft"


@pytest.mark.slow
def test_office_engine_installed_takes_the_waiting_catalog_up(office: Path, tmp_path: Path) -> None:
    """NOTE's fr waited for an engine; once an en->fr package is installed (the Argos test
    package), the next run translates it, and only it."""
    from tests.mt.argos_fixtures import load_fixture_script
    from tests.office_workspace import NOTE
    from workflow.mt import packages

    env = _office_env(tmp_path / "argos")
    package = load_fixture_script().make_package("en", "fr", tmp_path / "pkg", "1.0")
    packages.install_file(package, tmp_path / "argos")
    proc, _ = _workflow("run", "--root", str(office), "--json", env=env)
    summary = json.loads(proc.stdout)
    redone = {(r["release"], r["language"]) for r in summary["rows"] if not r["unchanged"]}
    assert redone == {(NOTE, "fr")}
    assert summary["translated"] == 3 and summary["waiting"] == []
    po = polib.pofile(str(office / "locales" / "fr" / "LC_MESSAGES" / f"{NOTE}.po"))
    assert all(e.msgstr for e in po)
    # all machine (and memory) text now: the draft's label says so, no longer "non traduit"
    text = _pdftext(office / "output" / NOTE / f"{NOTE}.fr.pdf")
    assert "BROUILLON — traduction automatique, non relue" in text


@pytest.mark.slow
def test_office_status_check_and_clean(office: Path, tmp_path: Path) -> None:
    from tests.office_workspace import COPY, GONE, SAMPLE, TYPO

    env = _office_env(tmp_path / "argos")
    status, _ = _workflow("status", "--root", str(office), env=env)
    assert status.returncode == 1
    lines = status.stdout.splitlines()
    assert any(line.startswith(TYPO) and f"releases/{TYPO}.md:6:" in line for line in lines)
    assert any(COPY in line and " es " in line and "merge conflict" in line for line in lines)
    # fr es ur ar zh ru: the sample has a reviewed Russian catalog (pt is machine text)
    assert sum(line.startswith(SAMPLE) and line.endswith("yes") for line in lines) == 6
    assert "file(s) left by removed releases or languages" in status.stdout
    assert f"output/{SAMPLE}/{SAMPLE}.pt_BR.pdf" in status.stdout
    check, _ = _workflow("check", "--root", str(office), env=env)
    assert check.returncode == 1
    assert f"error: locales/zh/LC_MESSAGES/{COPY}.po:27: unterminated string" in check.stderr
    assert f"error: releases/{TYPO}.md:6:" in check.stderr
    dry, _ = _workflow("clean", "--root", str(office), env=env)
    assert dry.returncode == 0
    assert (office / "output" / SAMPLE / f"{SAMPLE}.pt_BR.pdf").exists()  # a dry run
    assert f"kept     locales/fr/LC_MESSAGES/{GONE}.po" in dry.stdout
    done, _ = _workflow("clean", "--root", str(office), "--yes", env=env)
    assert done.returncode == 0, done.stderr
    assert not (office / "output" / SAMPLE / f"{SAMPLE}.pt_BR.pdf").exists()
    assert not (office / "locales" / "pt_BR").exists()
    assert not list((office / "output" / GONE).glob("*.pdf"))
    assert (office / "output" / GONE / "notes.txt").exists()  # a person's file
    assert (office / "locales" / "fr" / "LC_MESSAGES" / f"{GONE}.po").exists()  # reviewed
    assert not (office / "locales" / "es" / "LC_MESSAGES" / f"{GONE}.po").exists()
    assert not (office / "locales" / "templates" / f"{GONE}.pot").exists()
    assert (office / "output" / SAMPLE / f"{SAMPLE}.fr.pdf").exists()
    again, _ = _workflow("clean", "--root", str(office), env=env)
    assert f"kept     locales/fr/LC_MESSAGES/{GONE}.po" in again.stdout
    assert "to remove" in again.stdout and "0 file(s) to remove" in again.stdout


def _pdftext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.mark.slow
def test_run_rebuilds_a_proof_when_its_catalog_changes(sample_workspace: Path) -> None:
    root = str(sample_workspace)
    assert run_cli("run", "--root", root, "--lang", "pt", "--quiet").returncode == 0
    assert run_cli("build", "--root", root, "--lang", "pt", "--proof").returncode == 0
    proof = sample_workspace / "output" / SAMPLE_ID / f"{SAMPLE_ID}.pt.proof.pdf"
    assert "0 reviewed" in _pdftext(proof)
    po = polib.pofile(str(sample_workspace / PT))
    po[0].flags.remove("fuzzy")  # a reviewer clears one entry
    po.save(str(sample_workspace / PT))
    proc = run_cli("run", "--root", root, "--lang", "pt", "--json")
    rows = {r["language"]: r for r in json.loads(proc.stdout)["rows"]}
    assert rows["pt"]["proof"] == f"output/{SAMPLE_ID}/{SAMPLE_ID}.pt.proof.pdf"
    assert "1 reviewed" in _pdftext(proof)  # the proof follows its catalog
    again = run_cli("run", "--root", root, "--lang", "pt", "--json")
    assert json.loads(again.stdout)["rows"] == []  # nothing changed: nothing rebuilt
