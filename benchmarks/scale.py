"""A large workspace: time and peak memory of status and of incremental runs.

Builds N releases (default 1,000) x 5 target languages with every catalog already translated and
reviewed, runs a first full `workflow run` (which typesets every PDF: the set-up, also timed),
then measures as separate processes, each with its peak resident memory:
  - `workflow status`                      target: < 5 s
  - a no-change `workflow run`             target: < 10 s
  - `workflow run` after 1% of releases changed
and prints the figures next to the targets (peak memory target: < 500 MB).

With `--no-build` no PDF is typeset (minutes instead of most of an hour): the set-up is a
first `workflow status` and a first `workflow check`, each from an empty cache (every catalog
checked), once on all cores (the catalogs in worker processes) and once on one core
(`taskset -c 0`, the baseline: one process; not with `--no-baseline`), with their ratio;
then `workflow status`.

    python benchmarks/scale.py [--releases 1000] [--keep DIR] [--no-build [--no-baseline]]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import polib

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract import release_text

from workflow.catalogs import extract
from workflow.workspace import open_workspace

LANGS = ["fr", "es", "pt", "de", "ru"]


def measure(
    label: str, args: list[str], target: float | None = None, *, prefix: tuple[str, ...] = ()
) -> tuple[float, float]:
    with tempfile.TemporaryFile() as out_f, tempfile.TemporaryFile() as err_f:
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            [*prefix, sys.executable, "-m", "workflow", *args], stdout=out_f, stderr=err_f
        )
        _, status, usage = os.wait4(proc.pid, 0)  # this child's own peak memory
        seconds = time.perf_counter() - t0
        out_f.seek(0)
        err_f.seek(0)
        out, err = out_f.read().decode(), err_f.read().decode()
    if os.waitstatus_to_exitcode(status) not in (0, 1):  # 1: problems found
        print(err[-2000:], file=sys.stderr)
        raise SystemExit(f"{label}: exit {os.waitstatus_to_exitcode(status)}")
    peak_mb = usage.ru_maxrss / 1024
    goal = f"(target < {target:g} s)" if target else ""
    print(f"  {label:40} {seconds:8.2f} s   peak {peak_mb:6.0f} MB  {goal}")
    tail = [line for line in out.splitlines() if "release(s) processed" in line]
    if tail:
        print(f"  {'':40} {tail[-1]}")
    return seconds, peak_mb


def make_workspace(
    root: Path,
    releases: int,
    langs: list[str],
    rng: random.Random,
    translation: Callable[[str], str],
) -> None:
    """N synthetic releases into `langs`, extracted, every entry reviewed (not fuzzy) with
    `translation(msgid)`."""
    (root / "releases").mkdir(parents=True, exist_ok=True)
    for n in range(releases):
        text, _ = release_text(rng, n)
        text = text.replace("languages: [fr, es, ar, zh, ru]", f"languages: [{', '.join(langs)}]")
        (root / "releases" / f"r{n:05d}.md").write_text(text)
    ws = open_workspace(root)
    extract.extract(ws, ws.release_ids())
    for po_path in root.glob("locales/*/LC_MESSAGES/*.po"):
        po = polib.pofile(str(po_path), wrapwidth=78)
        for e in po:
            e.msgstr = translation(e.msgid)
        po.save(str(po_path))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--releases", type=int, default=1000)
    ap.add_argument("--keep", type=Path, help="build the workspace here and keep it")
    ap.add_argument(
        "--reuse", action="store_true", help="the --keep workspace exists: skip building it"
    )
    ap.add_argument(
        "--no-build",
        action="store_true",
        help="set up with a first status (every catalog checked) instead of a full run; "
        "measure status only",
    )
    ap.add_argument(
        "--no-baseline",
        action="store_true",
        help="with --no-build: no one-core runs of the first status and check",
    )
    args = ap.parse_args()
    rng = random.Random(7)
    root = args.keep or Path(tempfile.mkdtemp(prefix="bench-scale-"))
    if args.reuse and args.keep:
        measure_all(root, args, rng)
        return
    make_workspace(root, args.releases, LANGS, rng, lambda msgid: "R: " + msgid)
    print(f"workspace: {args.releases} releases x {len(LANGS)} languages, all reviewed, in {root}")
    if args.no_build:
        first_checks(root, not args.no_baseline)
        measure("workflow status", ["status", "--root", str(root)], 5)
    else:
        measure("first full run (typesets every PDF)", ["run", "--quiet", "--root", str(root)])
        measure_all(root, args, rng)
    if not args.keep:
        shutil.rmtree(root)


def first_checks(root: Path, baseline: bool) -> None:
    """A first `check` and a first `status` (every catalog checked, an empty cache), on all
    cores (catalogs in worker processes) and, with `baseline`, on one (`taskset -c 0`: one
    process); ratio all cores / one core."""
    one_core = ("taskset", "-c", "0") if shutil.which("taskset") else None
    for command in ("check", "status"):  # status last: its verdicts stay for the next
        times = []
        for prefix in ((), one_core) if baseline else ((),):
            if prefix is None:
                print("  (no taskset here: no one-core baseline)")
                continue
            shutil.rmtree(root / ".workflow" / "cache", ignore_errors=True)
            where = "one core (baseline)" if prefix else "all cores"
            seconds, _ = measure(
                f"first {command}, {where}", [command, "--root", str(root)], prefix=prefix
            )
            times.append(seconds)
        if len(times) == 2:
            print(f"  {'':40} ratio all cores / one core: {times[0] / times[1]:.2f}")


def measure_all(root: Path, args: argparse.Namespace, rng: random.Random) -> None:
    ws = open_workspace(root)
    r = ["--root", str(root)]
    status_s, status_mb = measure("workflow status", ["status", *r], 5)
    same_s, same_mb = measure("no-change workflow run", ["run", *r], 10)
    # 1% of releases change: translators revise a sentence in every language's catalog (no
    # machine translation needed, so the figure does not depend on an installed model)
    changed = rng.sample(ws.release_ids(), k=max(1, args.releases // 100))
    for release_id in changed:
        for lang in LANGS:
            po_path = root / "locales" / lang / "LC_MESSAGES" / f"{release_id}.po"
            po = polib.pofile(str(po_path), wrapwidth=78)
            po[3].msgstr = "Revised: " + po[3].msgstr
            po.save(str(po_path))
    one_s, one_mb = measure(f"run after {len(changed)} release(s) changed", ["run", *r])
    peak = max(status_mb, same_mb, one_mb)
    print()
    print(
        f"  status {status_s:.2f} s (target 5), no-change run {same_s:.2f} s (target 10), "
        f"1% run {one_s:.2f} s, peak memory {peak:.0f} MB (target 500)"
    )


if __name__ == "__main__":
    main()
