"""Extraction speed on a synthetic corpus, next to GNU msgmerge --previous on the same catalogs.

Builds N releases (~40 segments each) with 5 target languages, then measures:
  1. full extract (templates + new catalogs) — ours only (msgmerge has no equivalent step);
  2. a no-change re-run — ours vs `msgmerge --previous` run over every catalog;
  3. an update after 10% of sentences were edited — ours vs msgmerge on the same catalogs;
  4. writing every catalog: ours (byte-identical to msgcat) vs polib's writer (what the project
     used before), and reading: ours vs polib's parser, on the same catalogs.
Figures are printed as seconds and as ratios (lower is better; < 1 is faster).

    python benchmarks/extract.py [--releases 1000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import polib

from workflow.catalogs import extract, pofile
from workflow.workspace import open_workspace

LANGS = ["fr", "es", "ar", "zh", "ru"]
WORDS = (
    "the ambassador council security cyber framework states international cooperation "
    "development digital resolution assembly rights peace information technologies "
    "governance capacity measures transparency report campaign mission delegation "
    "sovereignty law committee members global threats infrastructure data"
).split()


def sentence(rng: random.Random) -> str:
    words = rng.choices(WORDS, k=rng.randint(10, 24))
    words[0] = words[0].capitalize()
    if rng.random() < 0.3:
        words.insert(rng.randint(1, len(words) - 1), str(rng.randint(10, 2030)))
    return " ".join(words) + "."


def release_text(rng: random.Random, n: int) -> tuple[str, list[str]]:
    sents = [sentence(rng) for _ in range(38)]
    body = []
    for i in range(0, len(sents), 3):
        body.append(" ".join(sents[i : i + 3]))
    front = (
        f"---\ntitle: Synthetic release number {n}\ndate: 2024-06-20\nplace: New York\n"
        f"language: en\nlanguages: [{', '.join(LANGS)}]\n---\n\n"
    )
    return front + "\n\n".join(body) + "\n", sents


def fill(root: Path) -> None:
    for po_path in (root / "locales").glob("*/LC_MESSAGES/*.po"):
        po = polib.pofile(str(po_path), wrapwidth=78)
        for e in po:
            e.msgstr = "T: " + e.msgid
        po.save(str(po_path))


def timed(label: str, fn) -> float:  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    fn()
    dt = time.perf_counter() - t0
    print(f"  {label:48} {dt:8.2f} s")
    return dt


def msgmerge_all(root: Path, out: Path) -> None:
    jobs = []
    for po_path in sorted((root / "locales").glob("*/LC_MESSAGES/*.po")):
        pot = root / "locales" / "templates" / po_path.name.replace(".po", ".pot")
        target = out / po_path.parent.parent.name / po_path.name
        target.parent.mkdir(parents=True, exist_ok=True)
        jobs.append(
            ["msgmerge", "--quiet", "--previous", "-o", str(target), str(po_path), str(pot)]
        )
    # msgmerge is one process per catalog; give it both cores, as a shell loop with xargs -P2 would
    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(lambda cmd: subprocess.run(cmd, check=True), jobs))


def read_write(root: Path) -> tuple[float, float, float, float]:
    """Seconds to read and to write every catalog: ours, then polib's."""
    paths = sorted((root / "locales").glob("*/LC_MESSAGES/*.po"))
    data = [p.read_bytes() for p in paths]
    t0 = time.perf_counter()
    ours = [pofile.parse(d, path=str(p)) for d, p in zip(data, paths, strict=True)]
    t1 = time.perf_counter()
    for po in ours:
        pofile.dump(po)
    t2 = time.perf_counter()
    theirs = [polib.pofile(d.decode(), wrapwidth=78) for d in data]
    t3 = time.perf_counter()
    for po in theirs:
        str(po).encode()
    t4 = time.perf_counter()
    return t1 - t0, t2 - t1, t3 - t2, t4 - t3


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--releases", type=int, default=1000)
    ap.add_argument("--keep", type=Path, help="build the corpus here and keep it")
    args = ap.parse_args()
    rng = random.Random(42)
    root = args.keep or Path(tempfile.mkdtemp(prefix="bench-extract-"))
    (root / "releases").mkdir(parents=True, exist_ok=True)
    texts = {}
    for n in range(args.releases):
        text, sents = release_text(rng, n)
        texts[f"r{n:05d}"] = (text, sents)
        (root / "releases" / f"r{n:05d}.md").write_text(text)
    ws = open_workspace(root)
    ids = ws.release_ids()
    print(f"corpus: {len(ids)} releases x ~40 segments x {len(LANGS)} languages in {root}")

    timed("full extract (ours)", lambda: extract.extract(ws, ids))
    fill(root)  # every entry translated, as in a real workspace
    extract.extract(ws, ids)  # settle wrapping
    scratch = Path(tempfile.mkdtemp(prefix="bench-msgmerge-"))
    ours_same = timed("no-change re-run (ours)", lambda: extract.extract(ws, ids))
    gnu_same = timed("no-change: msgmerge --previous, 2 procs", lambda: msgmerge_all(root, scratch))

    # edit 10% of sentences in every release
    for rid, (text, sents) in texts.items():
        for s in rng.sample(sents, k=max(1, len(sents) // 10)):
            words = s.rstrip(".").split()
            words[rng.randrange(len(words))] = "notably"
            text = text.replace(s, " ".join(words) + ".", 1)
        (root / "releases" / f"{rid}.md").write_text(text)
    backup = Path(tempfile.mkdtemp(prefix="bench-backup-"))
    shutil.copytree(root / "locales", backup / "locales")
    ours_upd = timed("update after 10% edited (ours, incl. .pot)", lambda: extract.extract(ws, ids))
    # msgmerge on the same old catalogs with the new templates
    shutil.rmtree(backup / "locales" / "templates")
    shutil.copytree(root / "locales" / "templates", backup / "locales" / "templates")
    gnu_upd = timed("update: msgmerge --previous, 2 procs", lambda: msgmerge_all(backup, scratch))
    read_ours, write_ours, read_polib, write_polib = read_write(root)
    n = len(list((root / "locales").glob("*/LC_MESSAGES/*.po")))
    print(f"  read {n} catalogs (ours / polib)            {read_ours:8.2f} / {read_polib:.2f} s")
    print(f"  write {n} catalogs (ours / polib)           {write_ours:8.2f} / {write_polib:.2f} s")
    print()
    print(f"  ratio ours/msgmerge, no-change re-run: {ours_same / gnu_same:5.2f}")
    print(f"  ratio ours/msgmerge, 10% update:       {ours_upd / gnu_upd:5.2f}")
    print(f"  ratio ours/polib, catalog read:        {read_ours / read_polib:5.2f}")
    print(f"  ratio ours/polib, catalog write:       {write_ours / write_polib:5.2f}")
    if not args.keep:
        shutil.rmtree(root)
    shutil.rmtree(scratch)
    shutil.rmtree(backup)


if __name__ == "__main__":
    main()
