"""The batch run through the local pool and through `--cluster local:2`, on one workspace.

    python benchmarks/cluster.py [--releases 100] [--sentences 2] [--beam 4] [--keep DIR]

Builds the transformer-base, random-weight model of benchmarks/translate.py once and installs
it as three Argos packages (en->fr, en->es, en->de: the same weights under three pairs, so
three models to load), writes N releases of a title and `--sentences` press-like sentences
(at most `--words` words each) into those three languages, then runs, as separate processes,
one after the other:

  (1) `workflow run --json`                   this machine: CTranslate2 threads, a fork pool
  (2) `workflow run --json --cluster local:2` a LocalCluster of 2 worker processes here

and prints: both wall times and their ratio (aim: (2) within 1.15x of (1) on the same 2
cores), the time per step, the scheduler's overhead per task (worker-seconds not spent in a
task, per task), the model loads (aim: one per worker per pair), and whether both runs wrote
the same catalogs. Then, from the measured per-task times, a PROJECTION of the cluster run's
wall time on 1, 4, 16 and 64 workers (not a measurement; the assumptions are printed).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from translate import build_package, press_segments  # noqa: E402

from workflow.mt import packages  # noqa: E402

LANGS = ("fr", "es", "de")
_DATES = re.compile(rb'^"(POT-Creation-Date|PO-Revision-Date): [^"]*"$', re.M)


def install_three(work: Path, packages_dir: Path) -> float:
    """The model as en->fr, en->es, en->de packages; the seconds one load takes."""
    from workflow.mt.engines.argos import ArgosEngine, ArgosSettings

    archive = build_package(work)
    info = packages.install_file(archive, packages_dir)
    for lang in LANGS[1:]:
        copy = packages_dir / info.path.name.replace("fr", lang)
        shutil.copytree(info.path, copy)
        meta = json.loads((copy / "metadata.json").read_text())
        meta.update(to_code=lang, to_name=lang)
        (copy / "metadata.json").write_text(json.dumps(meta))
    engine = ArgosEngine(packages_dir, ArgosSettings(inter_threads=1, intra_threads=1))
    started = time.perf_counter()
    engine.translate_batch(["Load."], "en", "fr")
    return time.perf_counter() - started


def make_workspace(root: Path, releases: int, sentences: int, words: int, beam: int) -> int:
    pool = [
        " ".join(s.rstrip(".").split()[:words]) + "."
        for s in press_segments(releases * sentences + 10, seed=3)
    ]
    (root / "releases").mkdir(parents=True)
    (root / "workflow.toml").write_text(f"[argos]\nbeam_size = {beam}\n")
    for n in range(releases):
        body = " ".join(pool[n * sentences : (n + 1) * sentences])
        text = (
            f"---\ntitle: Statement number {n} on cyber security\ndate: 2024-06-20\n"
            f"place: Geneva\nlanguage: en\nlanguages: [{', '.join(LANGS)}]\n---\n\n{body}\n"
        )
        (root / "releases" / f"r{n:04d}.md").write_text(text)
    return releases * (sentences + 2)  # segments per language: title, place, sentences


def timed_run(root: Path, *extra: str) -> tuple[float, dict[str, Any]]:
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "workflow", "run", "--json", "--root", str(root), *extra],
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - started
    if not proc.stdout.strip():
        raise SystemExit(f"run {extra} failed: {proc.stderr[-2000:]}")
    return wall, json.loads(proc.stdout)


def catalogs(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): _DATES.sub(b"", p.read_bytes())
        for p in sorted((root / "locales").rglob("*.po"))
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--releases", type=int, default=100)
    ap.add_argument("--sentences", type=int, default=1, help="press-like sentences a release")
    ap.add_argument("--words", type=int, default=12, help="words a sentence at most")
    ap.add_argument("--beam", type=int, default=4)
    ap.add_argument("--keep", type=Path, help="work here and keep it")
    args = ap.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-cluster-"))
    work.mkdir(parents=True, exist_ok=True)
    os.environ["HOME"] = str(work)
    packages_dir = work / "packages"
    started = time.perf_counter()
    load = install_three(work, packages_dir)
    os.environ["WORKFLOW_ARGOS_PACKAGES"] = str(packages_dir)
    per_lang = 0
    for name in ("local", "cluster"):
        per_lang = make_workspace(
            work / name, args.releases, max(1, args.sentences), args.words, args.beam
        )
    load_avg = os.getloadavg()[0]
    print(
        f"model: transformer-base random int8 (benchmarks/translate.py), 3 pairs, built in "
        f"{time.perf_counter() - started:.0f} s, one load {load:.2f} s; workspace: "
        f"{args.releases} releases x {len(LANGS)} languages, {per_lang} segments a language, "
        f"beam {args.beam}; {os.cpu_count()} cores, load average {load_avg:.1f} before",
        flush=True,
    )
    local_wall, local = timed_run(work / "local")
    print(f"(1) local pool            {local_wall:8.1f} s  steps {local['seconds']}", flush=True)
    cluster_wall, clustered = timed_run(work / "cluster", "--cluster", "local:2")
    print(f"(2) --cluster local:2     {cluster_wall:8.1f} s  steps {clustered['seconds']}")
    print(f"    load average after: {os.getloadavg()[0]:.1f}")
    report(args, local_wall, local, cluster_wall, clustered, load, work)
    if not local["ok"] or not clustered["ok"]:
        print("a run failed:", (local["failures"] + clustered["failures"])[:3])
    if not args.keep:
        shutil.rmtree(work)
    return 0


def report(
    args: argparse.Namespace,
    local_wall: float,
    local: dict[str, Any],
    cluster_wall: float,
    clustered: dict[str, Any],
    load: float,
    work: Path,
) -> None:
    info = clustered["cluster"]
    workers = info["workers"]
    same = catalogs(work / "local") == catalogs(work / "cluster")
    print(
        f"\nratio (2)/(1): {cluster_wall / local_wall:.2f}x (aim <= 1.15x); both ok: "
        f"{local['ok']} / {clustered['ok']}; same catalogs: {same}"
    )
    for worker, w in workers.items():
        print(f"  {worker}: {json.dumps(w)}")
    loads = sum(w["model_loads"] for w in workers.values())
    print(f"model loads: {loads} (aim: one per worker per pair = {2 * len(LANGS)} at most)")
    tasks = info["task_seconds"]
    busy = sum(t["total"] for t in tasks.values())
    count = sum(t["tasks"] for t in tasks.values())
    steps = clustered["seconds"]
    on_workers = steps.get("translate", 0.0) + steps.get("build", 0.0)
    overhead = (on_workers * 2 - busy) / max(1, count)
    print(
        f"scheduler overhead: {overhead * 1000:.0f} ms per task ((translate + build wall) x 2 "
        f"workers - {busy:.1f} s in tasks) / {count} tasks; moved tasks {info['moved_tasks']}"
    )
    # --- projection ---
    chunk = tasks.get("translate", {"tasks": 0, "total": 0.0})
    page = tasks.get("typeset", {"tasks": 0, "total": 0.0})
    chunks_per_lang = max(1, math.ceil(chunk["tasks"] / len(LANGS)))
    mean_chunk = chunk["total"] / max(1, chunk["tasks"])
    mean_page = page["total"] / max(1, page["tasks"])

    def work_time(k: int) -> float:
        return (
            len(LANGS) * math.ceil(chunks_per_lang / k) * mean_chunk
            + math.ceil(page["tasks"] / k) * mean_page
            + len(LANGS) * load
            + overhead * count / k
        )

    coordinator = max(0.0, cluster_wall - work_time(2))
    print(
        "\nPROJECTION, not a measurement: wall time of this workspace on k workers of this "
        "machine's speed, one thread each, assuming the coordinator's own time stays "
        f"{coordinator:.1f} s (the measured wall less the workers' share at k=2: extract, "
        "gate, HTML, writes, cluster start), a pair's chunks spread evenly (languages one "
        f"after the other: {chunks_per_lang} chunks a language, {mean_chunk:.2f} s each), "
        f"pages {mean_page:.2f} s each, each worker loading each pair once ({load:.2f} s), "
        f"and {overhead * 1000:.0f} ms of overhead per task:"
    )
    for k in (1, 4, 16, 64):
        print(f"  {k:3d} workers: {coordinator + work_time(k):8.1f} s (projected)")


if __name__ == "__main__":
    sys.exit(main())
