"""Scale bounds of hostile inputs: a 100,000-entry catalog and a 100,000-row glossary.

On a copy of the sample workspace (releases/, locales/, workflow.toml of this checkout):
  1. the French catalog grown by N translated entries (default 100,000) that the release does
     not have; measured as separate processes, wall and CPU seconds (the process and its
     workers):
       - `workflow check --lang fr`   vs  GNU `msgfmt --check` on the same catalog (a syntax
         check), and vs translate-toolkit's `pofilter` (a peer's content checks, one process)
       - `workflow extract` (the N entries become obsolete)  vs  `msgmerge --previous`
       - `workflow status`
       - `check` and `status` again after one entry was edited (the entry memo's case)
  2. the glossary grown to N rows: `workflow check --lang fr` on the sample catalog, vs the
     same check with the sample's own glossary (the ratio is what the rows cost).
Ratios are ours / baseline, lower is better.

    python benchmarks/hostile_scale.py [--entries 100000]
"""

from __future__ import annotations

import argparse
import csv
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLE = "2024-06-20-cyber-security-framework"
FR = Path("locales/fr/LC_MESSAGES") / f"{SAMPLE}.po"


def timed(args: list[str], cwd: Path) -> tuple[float, float]:
    """Wall and CPU seconds (user + system, the process and its children) of a command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(args, cwd=cwd, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(args)} failed ({proc.returncode}): {proc.stderr[-500:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def workflow(*args: str) -> list[str]:
    return [sys.executable, "-m", "workflow", *args, "--root", "."]


def row(label: str, ours: tuple[float, float], base: tuple[float, float] | None) -> None:
    text = f"  {label:44} {ours[0]:7.2f} s wall {ours[1]:7.2f} s CPU"
    if base:
        text += f"   baseline {base[0]:6.2f} s   ratio {ours[0] / base[0]:6.1f} (wall)"
    print(text)


def workspace(into: Path) -> Path:
    root = into / "ws"
    root.mkdir()
    for name in ("releases", "locales"):
        shutil.copytree(REPO / name, root / name)
    shutil.copy(REPO / "workflow.toml", root / "workflow.toml")
    return root


def grow_catalog(root: Path, n: int) -> None:
    extra = "".join(
        f'\n#: releases/old.md:{i}\nmsgid "Sentence number {i} of the security council '
        f'framework report."\nmsgstr "Phrase numéro {i} du rapport-cadre du conseil de '
        f'sécurité."\n'
        for i in range(n)
    )
    with (root / FR).open("a", encoding="utf-8") as fh:
        fh.write(extra)


def edit_one(root: Path) -> None:
    """A translator's edit of one of the grown entries (the entry memo re-checks only it)."""
    path = root / FR
    text = path.read_text(encoding="utf-8")
    old = 'msgstr "Phrase numéro 7 du rapport'
    path.write_text(text.replace(old, 'msgstr "Phrase numéro 7 révisée du rapport', 1))


def grow_glossary(root: Path, n: int) -> None:
    path = root / "locales" / "glossary.csv"
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    header, width = rows[0], len(rows[0])
    for i in range(n):
        cells = [f"Zorvex term {i} alpha", "term", f"terme zorvex {i}"] + [""] * (width - 3)
        rows.append(cells[:width])
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([header, *rows[1:]])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--entries", type=int, default=100_000)
    args = ap.parse_args()
    n = args.entries
    print(f"{n:,} entries / rows; {os.cpu_count()} cores; load {os.getloadavg()[0]:.2f}")
    with tempfile.TemporaryDirectory(prefix="bench-hostile-") as tmp:
        root = workspace(Path(tmp))
        grow_catalog(root, n)
        print(f"catalog {FR}: {(root / FR).stat().st_size / 1e6:.1f} MB")
        msgfmt = timed(["msgfmt", "--check", "-o", "/dev/null", str(FR)], root)
        first = timed(workflow("check", "--lang", "fr"), root)
        row("workflow check --lang fr", first, msgfmt)
        pofilter = shutil.which("pofilter") or str(Path(sys.executable).parent / "pofilter")
        if Path(pofilter).exists():  # translate-toolkit, the `bench` extra
            out = Path(tmp) / "pofilter.po"
            args = [pofilter, "--language=fr", "--progress=none", "-i", str(FR), "-o", str(out)]
            row("  the same first check vs pofilter", first, timed(args, root))
        else:
            print("  (pofilter not installed: pip install -e '.[bench]' for that row)")
        row("workflow status", timed(workflow("status"), root), msgfmt)
        edit_one(root)
        row(
            "check again after one entry edited",
            timed(workflow("check", "--lang", "fr"), root),
            msgfmt,
        )
        row("status again after one entry edited", timed(workflow("status"), root), msgfmt)
        pot = root / "locales" / "templates" / f"{SAMPLE}.pot"
        merged = Path(tmp) / "merged.po"
        msgmerge = timed(
            ["msgmerge", "-q", "--previous", "-o", str(merged), str(FR), str(pot)], root
        )
        row("workflow extract (obsoletes them)", timed(workflow("extract"), root), msgmerge)
        print("  (baselines: msgfmt --check for check/status, msgmerge --previous for extract)")

        shutil.rmtree(root)
        root = workspace(Path(tmp))
        plain = timed(workflow("check", "--lang", "fr"), root)
        grow_glossary(root, n)
        row(
            f"check --lang fr, glossary of {n:,} rows",
            timed(workflow("check", "--lang", "fr"), root),
            plain,
        )
        print("  (baseline: the same check with the sample's own glossary)")


if __name__ == "__main__":
    main()
