"""`workflow translate` with the real Bergamot engine: machine entries, memory, safety."""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import polib
import pytest

from tests.conftest import SAMPLE_ID, msgfmt_check, run_cli, tree_hash
from workflow.catalogs import guard
from workflow.catalogs.extract import extract
from workflow.errors import ModelError
from workflow.lang import languages
from workflow.mt import translate
from workflow.mt.engines.base import Engine
from workflow.mt.engines.select import Engines
from workflow.workspace import Workspace, history, open_workspace

PT = Path("locales/pt/LC_MESSAGES") / f"{SAMPLE_ID}.po"
FR = Path("locales/fr/LC_MESSAGES") / f"{SAMPLE_ID}.po"


def entries(path: Path) -> dict[str, polib.POEntry]:
    return {e.msgid: e for e in polib.pofile(str(path)) if not e.obsolete}


def test_sample_into_portuguese_with_bergamot(sample_workspace: Path) -> None:
    fr_before = (sample_workspace / FR).read_bytes()
    proc = run_cli("translate", "--root", str(sample_workspace))
    assert proc.returncode == 0, proc.stderr
    assert "19 machine (bergamot enpt-" in proc.stdout
    pt = entries(sample_workspace / PT)
    assert len(pt) == 19
    for e in pt.values():
        assert e.msgstr and e.fuzzy
        assert e.tcomment.startswith("machine: bergamot enpt-1693087644 0.2.0")
    assert pt["New York"].msgstr == "Nova Iorque"
    joined = " ".join(e.msgstr for e in pt.values())
    for word in ("Paquistão", "Nações Unidas", "ciberespaço", "EU DisinfoLab", "2019", "240"):
        assert word in joined
    assert (sample_workspace / FR).read_bytes() == fr_before  # reviewed catalogs untouched
    msgfmt_check(sample_workspace / PT)
    # provenance survives another tool's save (msgcat rewraps like an editor) and a re-extract
    # (msgmerge semantics keep translator comments)
    subprocess.run(
        ["msgcat", "--no-wrap", "-o", str(sample_workspace / PT), str(sample_workspace / PT)],
        check=True,
    )
    ws = open_workspace(sample_workspace)
    extract(ws, [SAMPLE_ID])
    assert all(
        e.tcomment.startswith("machine: bergamot") for e in entries(sample_workspace / PT).values()
    )


def test_reviewed_and_human_fuzzy_entries_are_never_touched(sample_workspace: Path) -> None:
    po_path = sample_workspace / PT
    po = polib.pofile(str(po_path))
    po[0].msgstr = "Título revisto pela equipa"  # reviewed
    po[1].msgstr = "Nova York"  # a human translation carried over as fuzzy by a merge
    po[1].flags.append("fuzzy")
    po[1].previous_msgid = "New York City"
    po.save(str(po_path))
    assert run_cli("translate", "--root", str(sample_workspace)).returncode == 0
    assert run_cli("translate", "--root", str(sample_workspace), "--retranslate").returncode == 0
    after = entries(po_path)
    title = po[0].msgid
    assert after[title].msgstr == "Título revisto pela equipa" and not after[title].fuzzy
    assert after["New York"].msgstr == "Nova York" and after["New York"].previous_msgid
    assert sum(1 for e in after.values() if e.tcomment.startswith("machine:")) == 17


def _second_release(root: Path, memory_reviewed: bool) -> None:
    text = (root / "releases" / f"{SAMPLE_ID}.md").read_text()
    head, _, body = text.partition("\n---\n")
    first_paragraph = body.strip().split("\n\n")[0]
    (root / "releases" / "followup.md").write_text(
        head.replace("[fr, es, pt, ur, ar, zh, ru]", "[fr]") + "\n---\n\n" + first_paragraph + "\n"
    )
    if memory_reviewed:
        with (root / "workflow.toml").open("a") as fh:
            fh.write("\n[translate]\nmemory_reviewed = true\n")


@pytest.mark.parametrize("memory_reviewed", [False, True])
def test_translation_memory_reuses_reviewed_wording(
    sample_workspace: Path, memory_reviewed: bool
) -> None:
    _second_release(sample_workspace, memory_reviewed)
    ws = open_workspace(sample_workspace)
    extract(ws, ["followup"])
    # every segment is in the office's reviewed French: no engine is needed (none is
    # installed here for en->fr)
    report = translate.run(ws, [ws.load_release("followup")], translate.Options())
    assert report.catalogs[0].memory == 4 and report.catalogs[0].machine == 0
    followup = entries(sample_workspace / "locales/fr/LC_MESSAGES/followup.po")
    reused = followup["New York"]
    assert reused.msgstr == "New York"
    assert reused.tcomment.startswith(f"tm: locales/fr/LC_MESSAGES/{SAMPLE_ID}.po (text ")
    assert bool(reused.fuzzy) is (not memory_reviewed)


def test_missing_model_names_the_install_command_and_changes_nothing(
    sample_workspace: Path,
) -> None:
    rel = sample_workspace / "releases" / f"{SAMPLE_ID}.md"
    rel.write_text(rel.read_text().replace("[fr, es, pt, ur, ar, zh, ru]", "[fr, de]"))
    assert run_cli("extract", "--root", str(sample_workspace)).returncode == 0
    before = tree_hash(sample_workspace)
    proc = run_cli("translate", "--root", str(sample_workspace), "--lang", "de")
    assert proc.returncode == 1
    assert proc.stderr.count("\n") == 1
    assert "no translation model for en->de (19 entries in 1 catalog wait)" in proc.stderr
    # what to do: the exact command, or say people translate it, or translate by hand
    assert "`workflow models install translate-en_de-<version>.argosmodel`" in proc.stderr
    assert "--from-index en de` only where this machine is online" in proc.stderr
    assert '[engines] de = "none"' in proc.stderr
    assert "translate locales/de/LC_MESSAGES/*.po by hand" in proc.stderr
    assert tree_hash(sample_workspace) == before


def test_unknown_engine_and_unsupported_pair(sample_workspace: Path) -> None:
    ws = open_workspace(sample_workspace)
    rel = ws.load_release(SAMPLE_ID)
    with pytest.raises(Exception, match="unknown engine 'deepl'"):
        translate.run(ws, [rel], translate.Options(engine="deepl"))
    # fr is fully reviewed: give it one open entry, which bergamot cannot translate; the pair
    # waits (said once), the other catalogs are translated (pt) or need nothing
    po = polib.pofile(str(sample_workspace / FR))
    po[0].msgstr = ""
    po.save(str(sample_workspace / FR))
    report = translate.run(ws, [rel], translate.Options(engine="bergamot"))
    assert [(p.tgt, p.why, p.entries) for p in report.no_engine] == [
        ("fr", "engine bergamot cannot translate en->fr", 1)
    ]
    by_lang = {c.language: c for c in report.catalogs}
    assert by_lang["fr"].no_engine and by_lang["fr"].waiting == 1 and not by_lang["fr"].error
    assert by_lang["pt"].machine == 19 and not by_lang["es"].no_engine


def test_translator_save_during_the_run_is_merged_not_lost(sample_workspace: Path) -> None:
    ws = open_workspace(sample_workspace)
    rel = ws.load_release(SAMPLE_ID)
    po_path = sample_workspace / PT
    target = polib.pofile(str(po_path))[10].msgid
    calls = []

    def translator_saves(done: int, total: int) -> None:
        calls.append(done)
        if len(calls) == 2:  # after the first batch was written: Poedit saves the file
            po = polib.pofile(str(po_path))
            entry = po.find(target)
            entry.msgstr = "Tradução da tradutora, revista."
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
            po.save(str(po_path))

    report = translate.run(
        ws, [rel], translate.Options(languages=(), batch_size=4), progress=translator_saves
    )
    after = entries(po_path)
    assert after[target].msgstr == "Tradução da tradutora, revista." and not after[target].fuzzy
    assert sum(1 for e in after.values() if e.fuzzy and e.msgstr) == 18
    assert any(c.kept_edits for c in report.catalogs)
    msgfmt_check(po_path)


@pytest.mark.slow
def test_killed_translation_leaves_valid_catalogs_and_resumes(sample_workspace: Path) -> None:
    # a longer release so that the kill lands mid-run
    rel = sample_workspace / "releases" / f"{SAMPLE_ID}.md"
    body = rel.read_text()
    extra = "\n\n".join(
        f"Paragraph {n}: the delegation of Pakistan met {n} delegations on cyber security. "
        f"It discussed {n * 3} proposals for confidence-building measures."
        for n in range(1, 201)
    )
    rel.write_text(body + "\n" + extra + "\n")
    assert run_cli("extract", "--root", str(sample_workspace)).returncode == 0
    fr_before = (sample_workspace / FR).read_bytes()
    progress = []
    for extra_delay in (0.0, 0.4, 0.8):
        before = (sample_workspace / PT).read_bytes()
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "workflow",
                "translate",
                "--root",
                str(sample_workspace),
                "--lang",
                "pt",
                "--batch-size",
                "8",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while (sample_workspace / PT).read_bytes() == before and time.monotonic() < deadline:
            time.sleep(0.02)  # wait for the first batch of this run to be written
        time.sleep(extra_delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        msgfmt_check(sample_workspace / PT)
        progress.append(sum(1 for e in entries(sample_workspace / PT).values() if e.msgstr))
    total = len(entries(sample_workspace / PT))
    assert progress == sorted(progress) and 0 < progress[0] < total  # killed mid-run, kept work
    done_before = sum(1 for e in entries(sample_workspace / PT).values() if e.msgstr)
    final = run_cli("translate", "--root", str(sample_workspace), "--lang", "pt")
    assert final.returncode == 0, final.stderr
    pt = entries(sample_workspace / PT)
    assert all(e.msgstr for e in pt.values())
    assert (sample_workspace / FR).read_bytes() == fr_before
    # the resumed run only did what the killed ones had not
    assert f"{len(pt) - done_before} machine" in final.stdout


def test_a_legacy_charset_catalog_is_translated_and_written_in_utf8(sample_workspace: Path) -> None:
    po_path = sample_workspace / PT
    latin1 = subprocess.run(
        ["msgconv", "--to-code=ISO-8859-1", str(po_path)], capture_output=True, check=True
    ).stdout
    po_path.write_bytes(latin1)  # a translator's tool saved it in Latin-1
    proc = run_cli("translate", "--root", str(sample_workspace))
    assert proc.returncode == 0, proc.stderr
    assert "converted from ISO-8859-1 to UTF-8" in proc.stdout
    text = po_path.read_bytes().decode("utf-8")
    assert "charset=UTF-8" in text and "Nova Iorque" in text and "Paquistão" in text
    msgfmt_check(po_path)


# --- a catalog saved in place (truncated, then written) during the run --------------------------


def _review_some(po_path: Path, n: int = 3, *, last: bool = False) -> dict[str, str]:
    """A translator reviewed the first (or last) `n` entries; returns msgid -> reviewed text."""
    po = polib.pofile(str(po_path))
    reviewed = {}
    for i, e in enumerate(po[-n:] if last else po[:n]):
        e.msgstr = f"Revisto {i}: tradução da equipa."
        reviewed[e.msgid] = e.msgstr
    po.save(str(po_path))
    return reviewed


def _reviewed_kept(po_path: Path, reviewed: dict[str, str]) -> int:
    got = entries(po_path)
    return sum(
        1 for k, v in reviewed.items() if k in got and got[k].msgstr == v and not got[k].fuzzy
    )


class _Hooked:
    """The real engine, with a hook run before each batch (the translator's moment)."""

    def __init__(self, inner: Engine, hook: Callable[[int], None]) -> None:
        self.inner, self.hook, self.calls = inner, hook, 0

    def __getattr__(self, name: str) -> object:
        return getattr(self.inner, name)

    def translate_batch(self, texts: list[str], src: str, tgt: str) -> list[str]:
        self.calls += 1
        self.hook(self.calls)
        return self.inner.translate_batch(texts, src, tgt)


def _hooked_engines(ws: Workspace, hook: Callable[[int], None]) -> Engines:
    engines = Engines(ws)
    choose = engines.choose
    engines.choose = lambda *a, **k: _Hooked(choose(*a, **k), hook)  # type: ignore[method-assign]
    return engines


def test_a_catalog_left_empty_by_an_editor_is_not_written_and_can_be_recovered(
    sample_workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(guard, "WAIT", 0.3)
    po_path = sample_workspace / PT
    reviewed = _review_some(po_path)
    ws = open_workspace(sample_workspace)

    def editor_empties_the_file(call: int) -> None:
        if call == 2:  # after the first batch was written: a save truncates, then hangs
            po_path.write_bytes(b"")

    report = translate.run(
        ws,
        [ws.load_release(SAMPLE_ID)],
        translate.Options(languages=(languages.parse("pt"),), batch_size=4),
        engines=_hooked_engines(ws, editor_empties_the_file),
    )
    (pt,) = report.catalogs
    assert "half-saved (it is empty)" in pt.error and "workflow recover" in pt.error
    assert pt.path in pt.error
    assert po_path.read_bytes() == b""  # nothing written over it
    states = history.states(ws)[str(PT)]
    assert max(s.reviewed for s in states) == 3
    # the tool's last work (16 open entries filled) is kept too
    assert states[-1].source == "translate, not written" and states[-1].reviewed == 3
    proc = run_cli("recover", "--root", str(sample_workspace), str(PT))
    assert proc.returncode == 0, proc.stderr
    assert _reviewed_kept(po_path, reviewed) == 3
    assert all(e.msgstr for e in entries(po_path).values())
    msgfmt_check(po_path)


def test_a_save_caught_half_way_is_waited_for_and_merged(sample_workspace: Path) -> None:
    po_path = sample_workspace / PT
    reviewed = _review_some(po_path)
    ws = open_workspace(sample_workspace)
    timers: list[threading.Timer] = []

    def editor_saves_slowly(call: int) -> None:
        if call == 2:
            po = polib.pofile(str(po_path))
            po[5].msgstr = "Revista durante a execução."  # a machine entry, now reviewed
            if "fuzzy" in po[5].flags:
                po[5].flags.remove("fuzzy")
            reviewed[po[5].msgid] = po[5].msgstr
            po_path.write_bytes(b"")  # truncated now, written 0.3 s later
            timers.append(threading.Timer(0.3, lambda: po_path.write_text(str(po) + "\n")))
            timers[0].start()
            time.sleep(0.05)

    report = translate.run(
        ws,
        [ws.load_release(SAMPLE_ID)],
        translate.Options(languages=(languages.parse("pt"),), batch_size=4),
        engines=_hooked_engines(ws, editor_saves_slowly),
    )
    timers[0].join()
    (pt,) = report.catalogs
    assert not pt.error and pt.kept_edits == 1
    assert _reviewed_kept(po_path, reviewed) == 4
    assert all(e.msgstr for e in entries(po_path).values())
    msgfmt_check(po_path)


@pytest.mark.parametrize("kind", ["empty", "headerless"])
def test_extract_refuses_an_empty_or_headerless_catalog(sample_workspace: Path, kind: str) -> None:
    po_path = sample_workspace / PT
    data = po_path.read_bytes()
    po_path.write_bytes(b"" if kind == "empty" else data[data.index(b"\n\n") + 2 :])
    before = tree_hash(sample_workspace)
    proc = run_cli("extract", "--root", str(sample_workspace))
    assert proc.returncode == 1
    assert f"error: {PT}: catalog looks half-saved" in proc.stderr
    assert "it is empty" in proc.stderr if kind == "empty" else "no header" in proc.stderr
    assert "workflow recover" in proc.stderr
    assert tree_hash(sample_workspace) == before  # not rebuilt untranslated


_TRANSLATOR = r"""
import os, subprocess, sys, time
path, copy, stop = sys.argv[1:4]
good = open(copy, "rb").read()
saves = 0
while not os.path.exists(stop):
    if saves % 2:
        subprocess.run(["cp", copy, path], check=True)  # cp writes in place too
    else:
        with open(path, "wb") as fh:  # an editor's save in place: truncate, then write
            fh.write(good[: len(good) // 3])
            fh.flush()
            time.sleep(0.005)
            fh.write(good[len(good) // 3 :])
    saves += 1
    time.sleep(0.05)
print(saves)
"""


@contextlib.contextmanager
def saving_in_place(po_path: Path, good: Path, stop: Path) -> Iterator[list[str]]:
    """An editor saving `good` over `po_path` in place every 50 ms (`_TRANSLATOR`) for the
    time of the block; the list holds the number of saves once the block ends."""
    editor = subprocess.Popen(
        [sys.executable, "-c", _TRANSLATOR, str(po_path), str(good), str(stop)],
        stdout=subprocess.PIPE,
        text=True,
    )
    saves: list[str] = []
    try:
        yield saves
    finally:
        stop.touch()
        saves.append(editor.communicate(timeout=30)[0].strip())


@pytest.mark.slow
def test_a_translator_saving_in_place_all_along_loses_no_reviewed_entry(
    sample_workspace: Path, tmp_path: Path
) -> None:
    """A translator's editor saves the pt catalog in place every 50 ms (truncate + write,
    and `cp`) during whole `workflow translate` runs; every catalog the tool writes is whole. TRIALS=10 in the environment to run more
    trials by hand (-s prints the figures)."""
    po_path = sample_workspace / PT
    reviewed = _review_some(po_path, 5, last=True)  # the first to go when a file is cut off
    editor_copy = tmp_path / "editor.po"
    editor_copy.write_bytes(po_path.read_bytes())
    trials = int(os.environ.get("TRIALS", "3"))
    for trial in range(trials):
        po_path.write_bytes(editor_copy.read_bytes())  # every trial starts from open entries
        stop = tmp_path / f"stop{trial}"
        with saving_in_place(po_path, editor_copy, stop) as saves:
            started = time.monotonic()
            proc = run_cli(
                "translate", "--root", str(sample_workspace), "--lang", "pt", "--batch-size", "2"
            )
            elapsed = time.monotonic() - started
        assert proc.returncode == 0, proc.stderr
        kept = _reviewed_kept(po_path, reviewed)
        filled = sum(1 for e in entries(po_path).values() if e.msgstr)
        print(
            f"trial {trial}: {elapsed:.1f} s, {saves[0]} editor saves, "
            f"merged: {'merged' in proc.stdout}, reviewed kept {kept}/5, filled {filled}/19"
        )
        assert kept == 5
        msgfmt_check(po_path)
        # every catalog the tool wrote was whole: all 19 entries, the 5 reviewed ones
        states = history.states(open_workspace(sample_workspace))[str(PT)]
        written = [s for s in states if s.source == "translate"]
        assert written and all(s.total == 19 and s.reviewed == 5 for s in written)


def test_an_engine_call_over_its_time_bound_is_abandoned_and_the_work_before_kept(
    sample_workspace: Path,
) -> None:
    with (sample_workspace / "workflow.toml").open("a") as fh:
        fh.write("\n[translate]\ncall_timeout = 3\n")  # the first call loads a model
    ws = open_workspace(sample_workspace)

    def second_call_crawls(call: int) -> None:
        if call == 2:
            time.sleep(20)

    started = time.monotonic()
    report = translate.run(
        ws,
        [ws.load_release(SAMPLE_ID)],
        translate.Options(languages=(languages.parse("pt"),), batch_size=4),
        engines=_hooked_engines(ws, second_call_crawls),
    )
    assert time.monotonic() - started < 15  # not held until the call ended
    (pt,) = report.catalogs  # the engine's failure fails the catalogs it had not finished
    assert re.search(r"took more than 3 s on a batch of 4 segment", pt.error)
    assert "call_timeout" in pt.error
    machine = [e for e in entries(sample_workspace / PT).values() if e.msgstr]
    assert len(machine) == 4  # the first batch, saved before the crawl
    msgfmt_check(sample_workspace / PT)


def test_a_machine_text_a_translator_replaced_says_edited_from_machine(
    sample_workspace: Path,
) -> None:
    """Bergamot fills pt; a translator replaces one text (still fuzzy), rewrites another and
    marks it reviewed, accepts a third as it is, saving with msgcat as an editor would; the
    next run's extract rewrites the provenance of the changed ones only, and --retranslate
    leaves the translator's texts alone."""
    assert run_cli("translate", "--root", str(sample_workspace)).returncode == 0
    path = sample_workspace / PT
    po = polib.pofile(str(path))
    by_id = {e.msgid: e for e in po}
    title = next(m for m in by_id if m.startswith("Pakistan Advocates"))
    country = next(m for m in by_id if m.startswith("The country called"))
    by_id["New York"].msgstr = "Nova York"  # replaced, not yet reviewed
    by_id[title].msgstr = "Paquistão defende um quadro internacional abrangente de cibersegurança"
    by_id[title].flags.remove("fuzzy")  # replaced and reviewed
    by_id[country].flags.remove("fuzzy")  # the machine text, accepted as it is
    po.save(str(path))
    subprocess.run(["msgcat", "-o", str(path), str(path)], check=True)  # an editor's save
    proc = run_cli("run", "--root", str(sample_workspace), "--lang", "pt")
    assert proc.returncode == 0, proc.stderr
    after = entries(path)
    machine = "machine: bergamot enpt-1693087644 0.2.0"
    assert after["New York"].tcomment == f"edited from {machine}"
    assert after["New York"].fuzzy and after["New York"].msgstr == "Nova York"
    assert after[title].tcomment == f"edited from {machine}" and not after[title].fuzzy
    assert after[country].tcomment.startswith(f"{machine} (text ")  # accepted: still machine
    others = [e for m, e in after.items() if m not in ("New York", title, country)]
    assert all(e.tcomment.startswith(f"{machine} (text ") and e.fuzzy for e in others)
    msgfmt_check(path)
    again = run_cli("translate", "--root", str(sample_workspace), "--lang", "pt", "--retranslate")
    assert again.returncode == 0, again.stderr
    assert entries(path)["New York"].msgstr == "Nova York"  # a person's text: not retranslated


def test_a_people_only_language_never_asks_for_an_engine(sample_workspace: Path) -> None:
    rel = sample_workspace / "releases" / f"{SAMPLE_ID}.md"
    rel.write_text(rel.read_text().replace("[fr, es, pt, ur, ar, zh, ru]", "[fr, de]"))
    with (sample_workspace / "workflow.toml").open("a", encoding="utf-8") as fh:
        fh.write('\n[engines]\nde = "none"\n')
    assert run_cli("extract", "--root", str(sample_workspace)).returncode == 0
    before = tree_hash(sample_workspace)
    proc = run_cli("translate", "--root", str(sample_workspace))
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert "19 entr(ies) of people-only languages wait for their translators" in proc.stdout
    assert tree_hash(sample_workspace) == before
    ws = open_workspace(sample_workspace)
    engines = Engines(ws)
    de, en = languages.parse("de"), languages.parse("en")
    assert engines.people_only(de) and not engines.people_only(languages.parse("fr"))
    with pytest.raises(ModelError, match=r"de is translated by people only"):
        engines.choose(en, de)
    assert engines.describe([ws.load_release(SAMPLE_ID)])[("en", "de")] == (
        'people only ([engines] de = "none")'
    )
    listed = run_cli("models", "list", "--root", str(sample_workspace))
    assert 'en->de  people only ([engines] de = "none")' in listed.stdout
