"""`workflow check`, the status dashboard and the publication gate, on real catalogs."""

from __future__ import annotations

import json
from pathlib import Path

import polib
import pytest

from tests.conftest import SAMPLE_ID, run_cli
from workflow.catalogs import pofile
from workflow.errors import CatalogError
from workflow.lang import languages
from workflow.quality import fanout, gate
from workflow.workspace import open_workspace
from workflow.workspace.cache import Cache
from workflow.workspace.fsio import digest

FR = Path("locales/fr/LC_MESSAGES") / f"{SAMPLE_ID}.po"
PT = Path("locales/pt/LC_MESSAGES") / f"{SAMPLE_ID}.po"


def break_a_figure(root: Path) -> int:
    po = polib.pofile(str(root / FR))
    for e in po:
        if "240 millions" in e.msgstr:
            e.msgstr = e.msgstr.replace("240 millions", "24 millions")
            po.save(str(root / FR))
            return next(x.linenum for x in polib.pofile(str(root / FR)) if x.msgid == e.msgid)
    raise AssertionError("no figure to break")


def test_reviewed_sample_is_clean(sample_workspace: Path) -> None:
    proc = run_cli("check", "--root", str(sample_workspace))
    assert proc.returncode == 0
    assert proc.stdout == ""
    assert "0 error(s), 0 warning(s)" in proc.stderr
    listing = run_cli("check", "--list").stdout.split("\n")
    assert [line.split()[0] for line in listing if line] == [
        "numbers",
        "units",
        "markup",
        "urls",
        "glossary",
        "countries",
        "names",
        "untranslated",
        "repetition",
        "length",
        "punctuation",
        "quotes",
        "negation",
        "omission",
    ]


def test_an_error_is_reported_gates_publication_and_is_annotated(sample_workspace: Path) -> None:
    line = break_a_figure(sample_workspace)
    proc = run_cli("check", "--root", str(sample_workspace), "--lang", "fr")
    assert proc.returncode == 1
    assert proc.stdout.startswith(f"locales/fr/LC_MESSAGES/{SAMPLE_ID}.po:{line}: error: numbers: ")
    assert "240 million" in proc.stdout
    rows = {
        r["language"]: r
        for r in json.loads(run_cli("status", "--json", "--root", str(sample_workspace)).stdout)
    }
    assert rows["fr"]["errors"] == 2 and rows["fr"]["publishable"] is False  # missing + extra
    assert rows["es"]["errors"] == 0 and rows["es"]["publishable"] is True
    build = run_cli("build", "--root", str(sample_workspace), "--lang", "fr")
    assert build.returncode == 1
    assert f"locales/fr/LC_MESSAGES/{SAMPLE_ID}.po:{line}: error: numbers:" in build.stderr
    # the translator sees the problem in Poedit, and it goes away once fixed
    assert (
        run_cli("check", "--annotate", "--root", str(sample_workspace), "--lang", "fr").returncode
        == 1
    )
    entry = next(e for e in polib.pofile(str(sample_workspace / FR)) if "24 millions" in e.msgstr)
    assert entry.tcomment.startswith("check: numbers: ")
    entry_po = polib.pofile(str(sample_workspace / FR))
    for e in entry_po:
        e.msgstr = e.msgstr.replace("24 millions", "240 millions")
    entry_po.save(str(sample_workspace / FR))
    assert (
        run_cli("check", "--annotate", "--root", str(sample_workspace), "--lang", "fr").returncode
        == 0
    )
    assert all(not e.tcomment for e in polib.pofile(str(sample_workspace / FR)))


@pytest.mark.slow
def test_required_reviewed_share_is_a_setting(sample_workspace: Path) -> None:
    po = polib.pofile(str(sample_workspace / PT))
    fr = {e.msgid: e.msgstr for e in polib.pofile(str(sample_workspace / FR))}
    for n, e in enumerate(po):
        e.msgstr = fr[
            e.msgid
        ]  # stand-in wording (French "Pakistan", "a-t-il déclaré"): the gate counts states
        if n % 4 == 0:
            e.flags.append("fuzzy")
    po.save(str(sample_workspace / PT))
    refused = run_cli("build", "--root", str(sample_workspace), "--lang", "pt")
    assert refused.returncode == 1 and "machine text not reviewed" in refused.stderr
    with (sample_workspace / "workflow.toml").open("a") as fh:
        fh.write(
            '\n[publish]\nreviewed = 0.7\n[checks]\ndisable = ["untranslated", "glossary", "countries", "quotes"]\n'
        )
    allowed = run_cli("build", "--root", str(sample_workspace), "--lang", "pt")
    assert allowed.returncode == 0, allowed.stderr
    assert allowed.stdout.startswith("final")


def _fr_row(root: Path) -> dict[str, object]:
    rows = json.loads(run_cli("status", "--json", "--root", str(root)).stdout)
    return next(r for r in rows if r["language"] == "fr")


def test_a_paragraph_added_to_the_release_after_extract_keeps_the_final_build(
    sample_workspace: Path,
) -> None:
    """The release edited after its catalogs were made: the new paragraph is in no catalog,
    and a final PDF would print it in English. status counts it as untranslated (its
    remembered verdict is not reused: the release is part of the key), build refuses a final
    PDF naming the release line, a draft is still possible."""
    before = _fr_row(sample_workspace)
    assert before["publishable"] and before["untranslated"] == 0
    release = sample_workspace / "releases" / f"{SAMPLE_ID}.md"
    release.write_text(
        release.read_text(encoding="utf-8") + "\nA closing paragraph written after extract.\n",
        encoding="utf-8",
    )
    line = len(release.read_text(encoding="utf-8").splitlines())
    after = _fr_row(sample_workspace)
    assert not after["publishable"] and after["untranslated"] == 1
    refused = run_cli("build", "--root", str(sample_workspace), "--lang", "fr")
    assert refused.returncode == 1
    assert (
        f"releases/{SAMPLE_ID}.md:{line}: not in the catalog (run `workflow extract`"
        in refused.stderr
    )
    assert "A closing paragraph written after extract." in refused.stderr
    draft = run_cli("build", "--root", str(sample_workspace), "--lang", "fr", "--draft")
    assert draft.returncode == 0 and draft.stdout.startswith("draft"), draft.stderr


def test_a_catalog_cut_at_an_entry_boundary_is_not_published(sample_workspace: Path) -> None:
    """A save that lost the second half of the entries (cut at an entry boundary, so the file
    still parses): the lost segments count as untranslated and block a final build."""
    po = polib.pofile(str(sample_workspace / FR))
    lost = [e.msgid for e in po[len(po) // 2 :]]
    for e in po[len(po) // 2 :]:
        po.remove(e)
    po.save(str(sample_workspace / FR))
    row = _fr_row(sample_workspace)
    assert not row["publishable"] and row["untranslated"] == len(lost)
    refused = run_cli("build", "--root", str(sample_workspace), "--lang", "fr")
    assert refused.returncode == 1
    assert refused.stderr.count(": not in the catalog") == len(lost)


def test_an_emptied_catalog_is_an_error_with_the_way_back(sample_workspace: Path) -> None:
    """A 0-byte catalog (an editor's save cut short): `workflow check` says so, with the
    `workflow recover` command, instead of "0 error(s)"."""
    (sample_workspace / FR).write_bytes(b"")
    proc = run_cli("check", "--root", str(sample_workspace), "--lang", "fr")
    assert proc.returncode == 1
    assert (
        f"{FR}:1: error: catalog: no entries: none of the release's 19 segments (emptied by a "
        f"save cut short? `workflow recover {FR}` brings back a saved state)"
    ) in proc.stdout
    row = _fr_row(sample_workspace)
    assert row["errors"] == 1 and row["untranslated"] == 19 and not row["publishable"]


def test_bad_check_settings_are_one_clear_line(sample_workspace: Path) -> None:
    with (sample_workspace / "workflow.toml").open("a") as fh:
        fh.write('\n[checks]\ndisable = ["spelling"]\n')
    proc = run_cli("check", "--root", str(sample_workspace))
    assert proc.returncode == 1
    assert proc.stderr.strip() == (
        "error: workflow.toml:16: unknown check 'spelling' (workflow check --list names them)"
    )


def test_annotating_changes_only_the_annotated_entry(sample_workspace: Path) -> None:
    path = sample_workspace / FR
    text = path.read_text(encoding="utf-8")
    assert text.count("240 millions") == 1
    path.write_text(text.replace("240 millions", "24 millions"), encoding="utf-8")  # an editor
    before = path.read_text(encoding="utf-8").split("\n")
    assert (
        run_cli("check", "--annotate", "--root", str(sample_workspace), "--lang", "fr").returncode
        == 1
    )
    after = path.read_text(encoding="utf-8").split("\n")
    added = [line for line in after if line not in before]
    removed = [line for line in before if line not in after]
    notes = [line for line in added if line.startswith("# check: ")]
    assert notes and all(line.startswith('"PO-Revision-Date') or line in notes for line in added)
    assert all(line.startswith('"PO-Revision-Date') for line in removed)


def test_a_language_without_the_organisations_name_is_a_warning_and_draft_only(
    sample_workspace: Path,
) -> None:
    toml = sample_workspace / "workflow.toml"
    toml.write_text(
        "\n".join(line for line in toml.read_text().splitlines() if not line.startswith("ru ="))
        + "\n",
        encoding="utf-8",
    )
    status = json.loads(run_cli("status", "--json", "--root", str(sample_workspace)).stdout)
    ru = next(r for r in status if r["language"] == "ru")
    assert ru["reviewed"] == ru["total"] == 19 and ru["errors"] == 0
    assert ru["warnings"] == 1 and ru["publishable"] is False
    assert all(r["warnings"] == 0 for r in status if r["language"] != "ru")
    check = run_cli("check", "--root", str(sample_workspace))
    assert check.returncode == 0  # a warning: the catalog is fine
    assert check.stdout.splitlines() == [
        "workflow.toml:6: warning: office: workflow.toml lacks the organisation's name in "
        "Russian ([office.organisation_translations] ru): a ru PDF would have its letterhead "
        "and footer in English, so it is built as a draft until the name is added"
    ]
    final = run_cli("build", "--root", str(sample_workspace), "--lang", "ru")
    assert final.returncode == 1 and "1 problem keeps ru" not in final.stderr
    assert "lacks the organisation's name in Russian" in final.stderr
    draft = run_cli("build", "--root", str(sample_workspace), "--lang", "ru", "--draft")
    assert draft.returncode == 0 and draft.stdout.startswith("draft  ")


def test_a_remembered_verdict_counts_without_reading_its_problems(
    sample_workspace: Path,
) -> None:
    from workflow.lang import languages
    from workflow.quality import gate
    from workflow.workspace import open_workspace
    from workflow.workspace.cache import FOLDER

    line = break_a_figure(sample_workspace)
    ws = open_workspace(sample_workspace)
    fr = languages.parse("fr")
    [first] = gate.check_many(ws, [SAMPLE_ID], [fr])  # checked now, remembered
    assert first.errors and {p.line for p in first.problems if p.severity == "error"} == {line}
    [again] = gate.check_many(ws, [SAMPLE_ID], [fr])
    assert (again.errors, again.warnings) == (first.errors, first.warnings)
    assert again._problems is None  # counted from the verdict, the problems not read
    assert again.problems == first.problems  # read when asked for
    # a lost problems shard: the catalog is checked again when its problems are asked for
    for shard in (sample_workspace / FOLDER).glob("problems-*.json"):
        shard.unlink()
    [lost] = gate.check_many(ws, [SAMPLE_ID], [fr])
    assert lost.errors == first.errors and lost.problems == first.problems


def test_the_length_model_is_learnt_from_the_reviewed_catalogs_and_keys_the_verdicts(
    sample_workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fr = languages.parse("fr")
    ws = open_workspace(sample_workspace)
    cache = Cache.load(ws)
    learnt = gate.length_models(ws, fr, cache)["en"]
    reviewed = [e for e in polib.pofile(str(sample_workspace / FR)) if e.translated()]
    assert 0 < learnt.entries <= len(reviewed)
    assert abs(learnt.ratio - 1.15) < 0.1  # few entries: near the prior (1.15)
    before = gate.length_digest(ws, fr, cache)
    cache.save()
    assert Cache.load(ws).get("length-samples", str(FR), _digest(sample_workspace / FR))
    # the next command finds the fitted models by a look at the folder, reading no catalog
    monkeypatch.setattr(gate, "_fit_models", _no_fitting)
    assert gate.length_digest(ws, fr, Cache.load(ws)) == before
    monkeypatch.undo()

    # translators approve many French texts as long as their English: the model follows them,
    # its digest changes, and so do the keys of every French verdict and entry memo
    po = polib.pofile(str(sample_workspace / FR))
    for i in range(600):
        text = f"Statement number {i} on the framework of the committee."
        po.append(
            polib.POEntry(msgid=text, msgstr=f"Déclaration numéro {i} sur le cadre du comité.")
        )
    po.save(str(sample_workspace / FR))
    fresh = Cache.load(ws)
    now = gate.length_models(ws, fr, fresh)["en"]
    assert now.entries > learnt.entries + 500 and now.ratio < learnt.ratio
    assert gate.length_digest(ws, fr, fresh) != before
    proc = run_cli("check", "--root", str(sample_workspace))
    assert proc.returncode == 0, proc.stdout + proc.stderr


def _no_fitting(*args: object) -> object:
    raise AssertionError("the models were fitted again")


def _digest(path: Path) -> str:
    return digest(path.read_bytes())


def test_a_large_catalog_is_parsed_once_for_the_length_model_and_the_checks(
    sample_workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    po = polib.pofile(str(sample_workspace / FR))
    for i in range(9000):  # over 1_000_000 bytes
        po.append(
            polib.POEntry(
                msgid=f"Sentence number {i} of the framework report.",
                msgstr=f"Phrase numéro {i} du rapport-cadre.",
                occurrences=[("releases/old.md", str(i))],
            )
        )
    po.save(str(sample_workspace / FR))
    assert (sample_workspace / FR).stat().st_size > gate.BIG_CATALOG
    parsed: list[str] = []
    real = pofile.parse

    def counting(data: bytes, path: str = "") -> object:
        parsed.append(path)
        return real(data, path=path)

    monkeypatch.setattr(pofile, "parse", counting)
    found, _ = gate.check_releases(
        open_workspace(sample_workspace), [SAMPLE_ID], [languages.parse("fr")]
    )
    assert parsed.count(str(FR)) == 1
    assert not [p for p in found if p.severity == "error"]


def _three_releases(root: Path) -> list[str]:
    """The sample release under three ids (7 catalogs each): 21 catalogs to check."""
    ids = [SAMPLE_ID, f"{SAMPLE_ID}-b", f"{SAMPLE_ID}-c"]
    for new in ids[1:]:
        (root / "releases" / f"{new}.md").write_bytes(
            (root / "releases" / f"{SAMPLE_ID}.md").read_bytes()
        )
        for po in root.glob(f"locales/*/LC_MESSAGES/{SAMPLE_ID}.po"):
            (po.parent / f"{new}.po").write_bytes(po.read_bytes())
    return ids


def _rows(rows: list[gate.CatalogCheck]) -> list[tuple[object, ...]]:
    return [
        (
            *(r.release, r.language, r.path, r.error, r.missing, r.untranslated, r.machine),
            *(r.reviewed, r.publishable, r.errors, r.warnings, *r.problems),
        )
        for r in rows
    ]


def test_a_first_status_checks_the_catalogs_in_workers_as_one_process_would(
    sample_workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workflow.workspace.cache import FOLDER

    ids = _three_releases(sample_workspace)
    line = break_a_figure(sample_workspace)  # an error in the first release's fr catalog
    spoilt = sample_workspace / "locales/es/LC_MESSAGES" / f"{ids[2]}.po"
    spoilt.write_text(spoilt.read_text(encoding="utf-8") + '\nmsgid "open\n', encoding="utf-8")
    ws = open_workspace(sample_workspace)
    by_workers: list[object] = []
    real = fanout.each

    def spy(*args: object) -> object:
        rows = real(*args)  # type: ignore[arg-type]
        by_workers.extend(rows or [])
        return rows

    monkeypatch.setattr(fanout, "each", spy)
    in_workers = gate.check_many(ws, ids, isolate=True)
    monkeypatch.undo()
    assert len(in_workers) == len(by_workers) == 21
    # every catalog but the unreadable one was checked by a worker; that one here, for its error
    assert [r is None for r in by_workers].count(True) == 1
    fr = next(r for r in in_workers if r.release == ids[0] and r.language == "fr")
    assert fr.errors and {p.line for p in fr.problems if p.severity == "error"} == {line}
    [bad] = [r for r in in_workers if r.error]
    assert (bad.release, bad.language) == (ids[2], "es") and f"{bad.path}:" in bad.error

    # what the workers found is in the cache: a second status checks nothing
    def no_checking(*args: object, **kwargs: object) -> object:
        raise AssertionError("a catalog was checked again")

    monkeypatch.setattr(gate, "evaluate", no_checking)
    again = gate.check_many(ws, ids, isolate=True)
    assert [(r.errors, r.warnings, r.publishable) for r in again if not r.error] == [
        (r.errors, r.warnings, r.publishable) for r in in_workers if not r.error
    ]
    monkeypatch.undo()

    # the same rows, problems included, as when one process checks them all
    for shard in (sample_workspace / FOLDER).glob("*.json"):
        shard.unlink()
    monkeypatch.setattr(fanout, "PARALLEL_CATALOGS", 1_000)
    assert _rows(gate.check_many(ws, ids, isolate=True)) == _rows(in_workers)
    # without isolate, the unreadable catalog is raised, as from one process
    for shard in (sample_workspace / FOLDER).glob("*.json"):
        shard.unlink()
    monkeypatch.setattr(fanout, "PARALLEL_CATALOGS", 16)
    with pytest.raises(CatalogError):
        gate.check_many(ws, ids)


def test_a_first_check_fills_the_entry_memos_in_workers_with_the_same_problems(
    sample_workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workflow.quality import registry
    from workflow.workspace.cache import FOLDER

    ids = _three_releases(sample_workspace)
    line = break_a_figure(sample_workspace)
    ws = open_workspace(sample_workspace)
    fr = languages.parse("fr")
    by_workers: list[object] = []
    real_each, real_run = fanout.each, registry._run_all
    checked_here: list[int] = []

    def spy(*args: object) -> object:
        done = real_each(*args)  # type: ignore[arg-type]
        by_workers.extend(done or [])
        return done

    def counting(todo: list[object], ctx: object) -> object:
        checked_here.append(len(todo))
        return real_run(todo, ctx)  # type: ignore[arg-type]

    monkeypatch.setattr(fanout, "each", spy)
    monkeypatch.setattr(registry, "_run_all", counting)
    found, _ = gate.check_releases(ws, ids)
    # every catalog checked by a worker, its problems used as they came back: none checked
    # again here, and their memos are in the cache
    assert len(by_workers) == 21 and all(isinstance(found, list) for found in by_workers)
    assert sum(checked_here) == 0
    memos = Cache.load(ws)
    assert all(gate.memo_known(ws, ws.load_release(i), lang, memos) for i in ids for lang in [fr])
    assert {p.line for p in found if p.severity == "error"} == {line}
    monkeypatch.undo()

    for shard in (sample_workspace / FOLDER).glob("*.json"):
        shard.unlink()
    monkeypatch.setattr(fanout, "PARALLEL_CATALOGS", 1_000)
    alone, _ = gate.check_releases(ws, ids)
    assert alone == found
