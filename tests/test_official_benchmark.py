"""benchmarks/official.py: the UN's published translations as pairs, read from a folder outside
the repository (here a folder the test writes), split into a tune and a measure half."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import official  # noqa: E402


def write(folder: Path, lang: str, doc: str, pairs: list[tuple[str, str]]) -> None:
    (folder / lang).mkdir(parents=True, exist_ok=True)
    lines = [json.dumps({"en": en, "tr": tr, "en_url": "e", "tr_url": "t"}) for en, tr in pairs]
    (folder / lang / f"{doc}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_documents_fall_in_one_half_for_good() -> None:
    names = [f"sgsm{n}" for n in range(40)]
    halves = [official.half(n) for n in names]
    assert set(halves) == {"tune", "measure"}
    assert halves == [official.half(n) for n in names]  # stable: a hash of the name


def test_pairs_are_entries_of_their_half_and_a_bad_line_names_its_file(tmp_path: Path) -> None:
    tune = next(f"doc{n}" for n in range(50) if official.half(f"doc{n}") == "tune")
    measure = next(f"doc{n}" for n in range(50) if official.half(f"doc{n}") == "measure")
    write(
        tmp_path,
        "fr",
        tune,
        [("Today is United Nations Day.", "C’est la Journée des Nations Unies.")],
    )
    write(tmp_path, "fr", measure, [("We must act.", "Nous devons agir."), ("", "")])
    views = official.load(tmp_path, ("fr",), "tune")
    assert [(v.msgid, v.catalog, v.line) for v in views["fr"]] == [
        ("Today is United Nations Day.", f"fr/{tune}.jsonl", 1)
    ]
    assert len(official.load(tmp_path, ("fr",), "all")["fr"]) == 2  # the empty pair left out
    (tmp_path / "fr" / f"{tune}.jsonl").write_text('{"en": "x"}\n', encoding="utf-8")
    with pytest.raises(official.PairsError, match=rf"{tune}\.jsonl:1: not a pair"):
        official.load(tmp_path, ("fr",), "tune")


def test_the_benchmark_counts_an_error_on_an_official_translation_as_false(tmp_path: Path) -> None:
    doc = next(f"doc{n}" for n in range(50) if official.half(f"doc{n}") == "measure")
    write(
        tmp_path,
        "fr",
        doc,
        [
            ("More than 300,000 people have fled.", "Plus de 300 000 personnes ont fui."),
            ("More than 300,000 people have fled.", "Plus de 30 000 personnes ont fui."),
        ],
    )
    script = str(ROOT / "benchmarks" / "official.py")
    proc = subprocess.run(
        [sys.executable, script, "--pairs", str(tmp_path), "--langs", "fr", "--no-pofilter"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert proc.returncode == 1, proc.stderr  # a false error: the goal is not met
    assert "fr 2 pairs" in proc.stdout
    # two problems (300,000 missing, 30,000 added) on the one faulty entry
    assert "false errors in all: 2 (goal: 0)" in proc.stdout
    assert re.search(r"  fr +2 +2 \(1\)", proc.stdout), proc.stdout
    assert "  fr  numbers           2" in proc.stdout
    misses = subprocess.run(
        [sys.executable, script, "--misses"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert misses.returncode == 2 and "--misses lists only the tune half" in misses.stderr
