"""The command line as users meet it: real subprocesses, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.conftest import SAMPLE_ID, msgfmt_check, run_cli, tree_hash


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, stdin=stdin, timeout=120)


def test_extract_then_status(workspace: Path) -> None:
    proc = run("extract", "--root", str(workspace))
    assert proc.returncode == 0, proc.stderr
    assert "8 file(s) written" in proc.stdout
    for lang in ["fr", "es", "pt", "ur", "ar", "zh", "ru"]:
        msgfmt_check(workspace / "locales" / lang / "LC_MESSAGES" / f"{SAMPLE_ID}.po")
    again = run("--root", str(workspace), "extract")
    assert "0 file(s) written, 8 unchanged" in again.stdout
    status = run("status", "--json", "--root", str(workspace))
    rows = json.loads(status.stdout)
    assert {r["language"] for r in rows} == {"fr", "es", "pt", "ur", "ar", "zh", "ru"}
    assert all(r["untranslated"] == r["total"] == 19 and r["reviewed"] == 0 for r in rows)
    table = run("status", "--root", str(workspace), "--lang", "fr")
    assert table.returncode == 0
    langs = [line.split()[1] for line in table.stdout.splitlines()[1:]]
    assert langs == ["fr"]


def test_segment_command_reads_stdin_and_files(tmp_path: Path) -> None:
    proc = run("segment", "--lang", "en", stdin="Mr. Akram spoke. He left.\n\nNew para.")
    assert proc.stdout.splitlines() == ["Mr. Akram spoke.", "He left.", "New para."]
    f = tmp_path / "t.txt"
    f.write_text("پاکستان نے زور دیا۔ انہوں نے کہا؟", encoding="utf-8")
    proc = run("segment", "--lang", "ur", str(f))
    assert proc.stdout.splitlines() == ["پاکستان نے زور دیا۔", "انہوں نے کہا؟"]


BAD_RELEASES = {
    "no-front.md": ("Just text.\n", "no-front.md:1: missing front matter"),
    "bad-yaml.md": (
        "---\ntitle: [x\n---\nBody.\n",
        "bad-yaml.md:2: front matter is not valid YAML",
    ),
    "bad-lang.md": (
        "---\ntitle: T\ndate: 2024-01-01\nplace: P\nlanguage: en\nlanguages: [fr, xx]\n---\nB.\n",
        "bad-lang.md:6: unknown language code 'xx'",
    ),
    "traversal.md": (
        "---\ntitle: T\ndate: 2024-01-01\nplace: P\nlanguage: en\nlanguages: [../../etc]\n---\nB.\n",
        "traversal.md:6: invalid language code",
    ),
    "empty.md": ("", "empty.md:1: missing front matter"),
    "latin1.md": (
        "---\ntitle: T\ndate: 2024-01-01\nplace: P\nlanguage: en\n---\nCaf\xe9.\n",
        "latin1.md:7: file is not valid UTF-8",
    ),
}


@pytest.mark.parametrize("name", sorted(BAD_RELEASES))
def test_bad_release_one_line_error_and_nothing_changed(workspace: Path, name: str) -> None:
    assert run("extract", "--root", str(workspace)).returncode == 0
    text, expected = BAD_RELEASES[name]
    data = text.encode("latin-1") if name == "latin1.md" else text.encode()
    (workspace / "releases" / name).write_bytes(data)
    before = tree_hash(workspace)
    proc = run("extract", "--root", str(workspace))
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("error: releases/") and expected in lines[0], lines[0]
    assert "Traceback" not in proc.stderr
    assert tree_hash(workspace) == before


@pytest.mark.parametrize(
    ("damage", "expected"),
    [
        (
            lambda t: t.replace('msgstr ""\n\n#. dateline', 'msgstr "x\n\n#. dateline', 1),
            "unterminated string",
        ),
        (lambda t: t.replace('msgid "New York"', 'msgid "New\\qYork"'), "invalid escape"),
        (lambda t: t + '\nmsgid "New York"\nmsgstr "dup"\n', "duplicate entry"),
    ],
)
def test_malformed_catalog_stops_extract_unchanged(workspace: Path, damage, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert run("extract", "--root", str(workspace)).returncode == 0
    po = workspace / "locales" / "fr" / "LC_MESSAGES" / f"{SAMPLE_ID}.po"
    po.write_text(damage(po.read_text()))
    rel = workspace / "releases" / f"{SAMPLE_ID}.md"
    rel.write_text(rel.read_text() + "\nA new closing sentence.\n")
    before = tree_hash(workspace)
    proc = run("extract", "--root", str(workspace))
    assert proc.returncode == 1
    line = proc.stderr.strip()
    assert line.startswith(f"error: locales/fr/LC_MESSAGES/{SAMPLE_ID}.po:") and expected in line
    assert tree_hash(workspace) == before


def test_usage_errors(workspace: Path) -> None:
    assert run().returncode == 2
    assert run("extract", "--bogus").returncode == 2
    proc = run("extract", "../../etc/passwd", "--root", str(workspace))
    assert proc.returncode == 1 and "not a release of this workspace" in proc.stderr
    proc = run("extract", "nope", "--root", str(workspace))
    assert proc.returncode == 1 and "releases/nope.md: no such release" in proc.stderr
    proc = run("status", "--root", str(workspace / "missing"))
    assert proc.returncode == 1 and "no such folder" in proc.stderr
    proc = run("segment", "--lang", "xx", stdin="x")
    assert proc.returncode == 1 and "unknown language code 'xx'" in proc.stderr


def test_a_merge_conflict_in_a_catalog_is_one_error_with_both_sides(
    sample_workspace: Path,
) -> None:
    fr = sample_workspace / "locales" / "fr" / "LC_MESSAGES" / f"{SAMPLE_ID}.po"
    text = fr.read_text(encoding="utf-8")
    fr.write_text(
        text.replace(
            'msgstr "New York"',
            '<<<<<<< HEAD\nmsgstr "New-York"\n=======\nmsgstr "New York (NY)"\n>>>>>>> branch',
        ),
        encoding="utf-8",
    )
    before = tree_hash(sample_workspace)
    proc = run("check", "--root", str(sample_workspace), "--lang", "fr")
    assert proc.returncode == 1
    first, *details = proc.stderr.splitlines()
    assert first.startswith(f"error: locales/fr/LC_MESSAGES/{SAMPLE_ID}.po:")
    assert "unresolved git merge conflict" in first and "Traceback" not in proc.stderr
    assert 'HEAD has msgstr "New-York", branch has msgstr "New York (NY)"' in first
    assert details[1:3] == ['    HEAD:   msgstr "New-York"', '    branch: msgstr "New York (NY)"']
    assert details[3:] == ["1 error(s), 0 warning(s)"]  # the file's checks did not run
    assert tree_hash(sample_workspace) == before


def test_status_table_stays_in_line_with_long_language_codes(workspace: Path) -> None:
    rel = workspace / "releases" / f"{SAMPLE_ID}.md"
    rel.write_text(rel.read_text().replace("[fr, es, pt, ur, ar, zh, ru]", "[fr, zh-Hans, pt-BR]"))
    assert run("extract", "--root", str(workspace)).returncode == 0
    lines = run("status", "--root", str(workspace)).stdout.splitlines()
    assert [line.split()[1] for line in lines[1:]] == ["fr", "zh_Hans", "pt_BR"]
    columns = {line.index(" 0 ", len(SAMPLE_ID) + 10) for line in lines[1:]}
    assert len(columns) == 1  # every row's counts start in the same column
    ends = {line.index("19") + 2 for line in lines[1:]}
    assert ends == {lines[0].index("untranslated") + len("untranslated")}
