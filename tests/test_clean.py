"""`workflow clean`: what removed releases and languages left; never a person's work."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SAMPLE_ID, run_cli, tree_hash
from tests.office_workspace import GONE, SAMPLE, catalog, make_office
from workflow import clean
from workflow.workspace import history, open_workspace

UNTRANSLATED_ENTRY = '#: releases/x.md:3\nmsgid "Hello."\nmsgstr ""\n'


@pytest.fixture
def office(tmp_path: Path) -> Path:
    return make_office(tmp_path / "ws")


def test_leftovers_of_a_removed_language_and_a_deleted_release(office: Path) -> None:
    found = {item.path: item for item in clean.find(open_workspace(office))}
    assert set(found) == {
        f"output/{SAMPLE}/{SAMPLE}.pt_BR.pdf",
        f"output/{SAMPLE}/{SAMPLE}.pt_BR.html",
        f"locales/pt_BR/LC_MESSAGES/{SAMPLE}.po",
        f"output/{GONE}/{GONE}.en.pdf",
        f"output/{GONE}/{GONE}.fr.pdf",
        f"output/{GONE}/{GONE}.fr.proof.pdf",
        f"locales/templates/{GONE}.pot",
        f"locales/fr/LC_MESSAGES/{GONE}.po",
        f"locales/es/LC_MESSAGES/{GONE}.po",
    }
    assert (
        found[f"output/{SAMPLE}/{SAMPLE}.pt_BR.pdf"].why
        == f"pt_BR is no longer a language of {SAMPLE}"
    )
    assert found[f"output/{GONE}/{GONE}.en.pdf"].why == f"release {GONE} is gone"
    assert found[f"locales/fr/LC_MESSAGES/{GONE}.po"].keep == "holds 19 reviewed translation(s)"
    assert not found[f"locales/es/LC_MESSAGES/{GONE}.po"].keep


def test_dry_run_by_default_then_yes(office: Path) -> None:
    before = tree_hash(office)
    dry = run_cli("clean", "--root", str(office))
    assert dry.returncode == 0
    assert f"remove   output/{GONE}/{GONE}.en.pdf  (release {GONE} is gone)" in dry.stdout
    assert "8 file(s) to remove, 1 kept (a person's work); nothing removed" in dry.stdout
    assert {k: v for k, v in tree_hash(office).items() if not k.startswith(".workflow")} == {
        k: v for k, v in before.items() if not k.startswith(".workflow")
    }
    done = run_cli("clean", "--root", str(office), "--yes")
    assert done.returncode == 0, done.stderr
    assert "8 file(s) removed, 1 kept" in done.stdout
    assert (office / "output" / GONE / "notes.txt").read_text() == "the press officer's notes"
    assert catalog(office, GONE, "fr").exists()
    assert not (office / "locales" / "pt_BR").exists()  # its folders went with it
    assert not (office / "output" / SAMPLE).exists()  # held only pt_BR's files: emptied
    # a catalog removed is in the catalog history: `workflow recover` brings it back
    saved = history.states(open_workspace(office))
    assert saved[f"locales/es/LC_MESSAGES/{GONE}.po"][-1].source == "before clean"
    assert run_cli("clean", "--root", str(office)).stdout.startswith("kept     ")


@pytest.mark.parametrize(
    ("entry", "keep"),
    [
        ('#, fuzzy\nmsgid "Hello."\nmsgstr "Bonjour."\n', "a person wrote or commented"),
        ('# machine: argos x 1\n#, fuzzy\nmsgid "Hello."\nmsgstr "Bonjour."\n', ""),
        ('# tm: locales/fr/LC_MESSAGES/y.po\n#, fuzzy\nmsgid "Hello."\nmsgstr "Salut."\n', ""),
        ('# ask the desk about this one\nmsgid "Hello."\nmsgstr ""\n', "a person wrote"),
        ('#~ msgid "Hello."\n#~ msgstr "Bonjour."\n', "reviewed"),
        (UNTRANSLATED_ENTRY, ""),
    ],
)
def test_a_catalog_with_a_persons_work_is_kept(tmp_path: Path, entry: str, keep: str) -> None:
    root = tmp_path / "ws"
    (root / "releases").mkdir(parents=True)
    po = root / "locales" / "fr" / "LC_MESSAGES" / "gone.po"
    po.parent.mkdir(parents=True)
    header = (
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: fr\\n"\n\n'
    )
    po.write_text(header + entry, encoding="utf-8")
    (found,) = clean.find(open_workspace(root))
    assert (keep in found.keep) if keep else not found.keep, found


def test_a_release_that_cannot_be_read_keeps_its_files(office: Path) -> None:
    rel = office / "releases" / f"{SAMPLE_ID}.md"
    rel.write_text(rel.read_text().replace("language: en", "language: [en"), encoding="utf-8")
    paths = {item.path for item in clean.find(open_workspace(office))}
    assert not any(SAMPLE in p for p in paths)
