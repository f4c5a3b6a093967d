"""The entry memo: an edited catalog is re-checked entry by entry, with the same problems."""

from __future__ import annotations

from pathlib import Path

import polib
import pytest

from tests.conftest import SAMPLE_ID
from workflow.catalogs import pofile
from workflow.catalogs.types import Catalog
from workflow.lang import languages
from workflow.problems import Problem
from workflow.quality import gate, memo, registry
from workflow.quality.memo import Memo
from workflow.quality.registry import Context, EntryView
from workflow.workspace import Workspace, open_workspace
from workflow.workspace.cache import Cache

FR = Path("locales/fr/LC_MESSAGES") / f"{SAMPLE_ID}.po"
EN, FR_LANG = languages.parse("en"), languages.parse("fr")


def view(msgid: str, msgstr: str, line: int) -> EntryView:
    return EntryView(msgid, msgstr, catalog="x.po", line=line, reference=f"r.md:{line}")


ENTRIES = [
    view("The 240 million users.", "Les 24 millions d'utilisateurs.", 10),  # a figure changed
    view("Hello world.", "Bonjour le monde.", 20),
    view("See https://un.org now.", "Voir https://un.org maintenant.", 30),
]


def test_the_memo_gives_the_checks_own_problems_and_checks_only_new_entries() -> None:
    ctx = Context(EN, FR_LANG)
    direct = registry.run_checks(ENTRIES, ctx)
    assert any(p.check == "numbers" and p.line == 10 for p in direct)

    remembered = Memo()
    assert registry.run_checks(ENTRIES, ctx, remembered) == direct
    assert (remembered.added, remembered.hits) == (3, 0)

    # the same entries elsewhere in another version of the catalog: located at their new lines
    moved = [EntryView(e.msgid, e.msgstr, catalog="x.po", line=e.line + 1) for e in ENTRIES]
    again = Memo.from_json(remembered.to_json(memo.key_of(e) for e in moved))
    assert registry.run_checks(moved, ctx, again) == registry.run_checks(moved, ctx)
    assert (again.added, again.hits) == (0, 3)

    fixed = [view(ENTRIES[0].msgid, "Les 240 millions d'utilisateurs.", 10), *ENTRIES[1:]]
    assert registry.run_checks(fixed, ctx, again) == []
    assert again.added == 1  # only the edited entry was checked


def test_a_spoilt_memo_is_an_empty_one() -> None:
    assert Memo.from_json(None).known == {}
    assert Memo.from_json([1, 2]).known == {}
    spoilt = Memo.from_json({"a": [["numbers", "fatal", "x"]], "b": [["numbers", "error", "y"]]})
    assert spoilt.known == {"b": [("numbers", "error", "y")]}


def grow(root: Path, n: int) -> None:
    po = polib.pofile(str(root / FR))
    for i in range(n):
        po.append(
            polib.POEntry(
                msgid=f"Report number {i} of the framework.",
                msgstr=f"Rapport numéro {i} du cadre.",
            )
        )
    po.save(str(root / FR))


def test_an_edited_large_catalog_is_checked_only_where_it_changed(
    sample_workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    grow(sample_workspace, 300)
    ws = open_workspace(sample_workspace)
    rel = ws.load_release(SAMPLE_ID)

    def parse() -> Catalog:
        return pofile.parse((sample_workspace / FR).read_bytes(), path=str(FR))

    checked: list[int] = []
    real = registry._run

    def counting(entries: list[EntryView], ctx: Context) -> list[Problem]:
        checked.append(len(entries))
        return real(entries, ctx)

    monkeypatch.setattr(registry, "_run", counting)
    first = gate.problems(ws, rel, FR_LANG, parse())
    assert sum(checked) > 300 and first == []

    po = polib.pofile(str(sample_workspace / FR))
    edited = next(e for e in po if e.msgid == "Report number 7 of the framework.")
    edited.msgstr = "Rapport numéro 70 du cadre."
    po.save(str(sample_workspace / FR))
    checked.clear()
    second = gate.problems(ws, rel, FR_LANG, parse())
    assert checked == [1, 1]  # the edited entry: its checks, then the length model's
    assert {(p.check, p.line) for p in second} == {("numbers", edited.linenum)}

    # a glossary change is another context: everything is checked again
    with (sample_workspace / "locales" / "glossary.csv").open("a", encoding="utf-8") as fh:
        fh.write("Zorvex,term,Zorvex,,,,,,\n")
    checked.clear()
    third = gate.problems(ws, rel, FR_LANG, parse())
    assert sum(checked) > 300
    assert third == second


def test_the_memo_is_kept_in_the_workspace_cache_only_for_entries_still_there(
    sample_workspace: Path,
) -> None:
    grow(sample_workspace, 5)
    ws = open_workspace(sample_workspace)
    rel = ws.load_release(SAMPLE_ID)
    po = pofile.parse((sample_workspace / FR).read_bytes(), path=str(FR))
    gate.problems(ws, rel, FR_LANG, po)
    stored = Cache.load(ws).get("entry-checks", str(FR), memo_key(ws))
    assert len(stored) == len([e for e in registry.views(po, str(FR)) if e.msgstr.strip()])

    shrunk = polib.pofile(str(sample_workspace / FR))
    for e in [e for e in shrunk if e.msgid.startswith("Report number")]:
        shrunk.remove(e)
    shrunk.save(str(sample_workspace / FR))
    gate.problems(
        ws, rel, FR_LANG, pofile.parse((sample_workspace / FR).read_bytes(), path=str(FR))
    )
    assert len(Cache.load(ws).get("entry-checks", str(FR), memo_key(ws))) == len(stored) - 5


def memo_key(ws: Workspace) -> str:
    """The key of the sample's French entry memo: code, settings, glossary and pair (the
    length check's memo is keyed by the length model learnt from the reviewed French too)."""
    return f"{gate.inputs_digest(ws)}:en>fr"


def test_a_changed_length_model_checks_again_only_the_checks_that_use_it(
    sample_workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    grow(sample_workspace, 50)
    ws = open_workspace(sample_workspace)
    rel = ws.load_release(SAMPLE_ID)
    po = pofile.parse((sample_workspace / FR).read_bytes(), path=str(FR))
    direct = registry.run_checks(registry.views(po, str(FR)), gate.context(ws, rel, FR_LANG))
    first = gate.problems(ws, rel, FR_LANG, po)
    assert first == direct  # two memos, one order: what one run of the checks gives

    ran: list[frozenset[str]] = []
    real = registry._run

    def counting(entries: list[EntryView], ctx: Context) -> list[Problem]:
        ran.append(frozenset(registry.CHECKS) - ctx.settings.disabled)
        return real(entries, ctx)

    monkeypatch.setattr(registry, "_run", counting)
    assert gate.problems(ws, rel, FR_LANG, po) == first
    assert ran == []  # nothing changed: all from the memos
    monkeypatch.setattr(gate, "length_digest", lambda *a: "another model")
    assert gate.problems(ws, rel, FR_LANG, po) == first
    assert ran == [frozenset({"length", "omission"})]
