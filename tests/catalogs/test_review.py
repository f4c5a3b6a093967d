"""Reviewer help: `workflow diff` shows what changed in an edited source sentence."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SAMPLE_ID, run_cli
from workflow.catalogs.review import render, word_diff


def test_word_diff_marks_removed_and_added_words() -> None:
    changes = word_diff(
        "The Ambassador welcomed the delegations.",
        "The Ambassador warmly welcomed the delegations.",
    )
    assert render(changes, color=False) == "The Ambassador{+ warmly+} welcomed the delegations."
    changes = word_diff("over 240 million people", "over 241 million people")
    assert render(changes, color=False) == "over [-240-]{+241+} million people"
    assert "\x1b[32m" in render(changes, color=True)


def test_diff_command_after_a_source_edit(sample_workspace: Path) -> None:
    rel = sample_workspace / "releases" / f"{SAMPLE_ID}.md"
    rel.write_text(rel.read_text().replace("over 240 million people", "over 241 million people"))
    assert run_cli("extract", "--root", str(sample_workspace)).returncode == 0
    proc = run_cli("diff", "--lang", "fr", "--root", str(sample_workspace))
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].startswith(f"locales/fr/LC_MESSAGES/{SAMPLE_ID}.po:")
    assert "[-240-]{+241+}" in lines[1]
    assert "240 millions" in lines[2]  # the French translation, still saying 240: fuzzy now
    none = run_cli("diff", "--lang", "es", "--root", str(sample_workspace), "nope")
    assert none.returncode == 1
