"""What the quality checks cost per entry, per check, and a digest of everything they report.

Two groups of entries:
  * real: the reviewed entries of benchmarks/heldout/locales and tests/data/checks2 (what
    translators write);
  * hostile: the entries benchmarks/hostile_scale.py grows the sample's French catalog with
    ("Phrase numéro 7 du rapport-cadre ...", --hostile of them).
For each, the CPU time (time.process_time_ns, so the machine's other load counts little) of
each check on each entry, in the order the checks run (see `cost`), in microseconds an entry,
measured in a fresh process.

The digest: every problem of every check on every entry of the material below, sorted, hashed
(sha256). A change meant to make the checks faster must leave it as it was:
  * the reviewed entries of benchmarks/heldout/locales and benchmarks/tuning3/locales, with the
    faulty copies their injectors make (heldout_checks.py's, seed 13, 130 a kind);
  * tests/data/checks*/ and the sample's catalogs (locales/), with the faulty and decorated
    copies benchmarks/checks.py makes;
  * the hostile entries.
The material's own digest is printed apart (the injectors use some of the package's tables).
The script runs itself with PYTHONHASHSEED=0, so that a message that followed the order of a
set of strings would still give one digest (names' "another spelling?" did, now fixed).

    python benchmarks/check_cost.py [--hostile 3000] [--against OTHER_TREE] [--no-digest]
        [--dump FILE]

--against runs the same measure with the package of another source tree (e.g. an unpacked
`git archive` of the base commit) in a child process right after ours, and prints the ratio
ours / theirs per check (lower is better).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SETS = ("heldout", "tuning3")  # never heldout2: nobody tuning the checks reads it


def _material() -> Iterator[tuple[str, object, list[object]]]:
    """(group, context, entries) of the digest's material."""
    import importlib

    import checks as bench  # benchmarks/checks.py

    from workflow.catalogs import glossary, pofile
    from workflow.lang import languages
    from workflow.quality import registry
    from workflow.quality.registry import Context, EntryView

    en = languages.parse("en")
    for name in SETS:
        inject = importlib.import_module(f"{name}.inject")
        base = HERE / name
        gl = glossary.parse((base / "glossary.csv").read_text(encoding="utf-8"), path=name)
        views: dict[str, list[EntryView]] = {}
        for lang in inject.LANGS:
            views[lang] = []
            for path in sorted((base / "locales" / lang).glob("*.po")):
                rel = str(path.relative_to(ROOT))
                po = pofile.parse(path.read_bytes(), path=rel)
                views[lang] += [v for v in registry.views(po, rel) if v.msgstr]
        clean = [
            inject.Clean(lang, v.msgid, v.msgstr, v.catalog, v.line)
            for lang, entries in views.items()
            for v in entries
        ]
        faults = inject.faults(clean, seed=13, per_kind=130)
        for lang, entries in views.items():
            ctx = Context(en, languages.parse(lang), gl)
            yield f"{name}/{lang}", ctx, list(entries)
            bad = [
                EntryView(f.clean.msgid, f.msgstr, catalog=f"fault/{i}", line=f.clean.line)
                for i, f in enumerate(faults)
                if f.clean.lang == lang
            ]
            yield f"{name}-faults/{lang}", ctx, list(bad)
    gl = glossary.load(ROOT / "locales")
    for folder in sorted((ROOT / "tests" / "data").glob("checks*")):
        for path in sorted(folder.glob("*.po")):
            ctx = Context(en, languages.parse(path.stem), gl)
            yield str(path.relative_to(ROOT)), ctx, bench.read(path)
    for path in sorted((ROOT / "locales").glob("*/LC_MESSAGES/*.po")):
        ctx = Context(en, languages.parse(path.parent.parent.name), gl)
        yield str(path.relative_to(ROOT)), ctx, bench.read(path)
    rng = random.Random(20240620)
    for code in bench.LANGS:
        lang = languages.parse(code)
        ctx = Context(en, lang, gl)
        base_entries = bench.sample(code) + bench.extra(code)
        decorated = [d for e in base_entries for d in bench.decorations(e, lang, gl)]
        yield f"checks.py-decorated/{code}", ctx, list(decorated)
        bad_entries = []
        for kind, fault in bench.FAULTS.items():
            for e in base_entries + decorated:
                for variant, bad in fault(e, lang, gl, rng):
                    if bad != e.msgstr:
                        bad_entries.append(replace(e, msgstr=bad, kind=f"{kind}/{variant}"))
        yield f"checks.py-faults/{code}", ctx, bad_entries


def _hostile(n: int) -> tuple[object, list[object]]:
    from workflow.catalogs import glossary
    from workflow.lang import languages
    from workflow.quality.registry import Context, EntryView

    gl = glossary.load(ROOT / "locales")
    ctx = Context(languages.parse("en"), languages.parse("fr"), gl)
    entries = [
        EntryView(
            f"Sentence number {i} of the security council framework report.",
            f"Phrase numéro {i} du rapport-cadre du conseil de sécurité.",
            reference=f"releases/old.md:{i}",
            catalog="hostile.po",
            line=4 * i + 100,
        )
        for i in range(n)
    ]
    return ctx, entries


def _real() -> list[tuple[object, list[object]]]:
    from workflow.catalogs import glossary, pofile
    from workflow.lang import languages
    from workflow.quality import registry
    from workflow.quality.registry import Context

    en = languages.parse("en")
    out: list[tuple[object, list[object]]] = []
    held = glossary.parse(
        (HERE / "heldout" / "glossary.csv").read_text(encoding="utf-8"), path="heldout"
    )
    repo = glossary.load(ROOT / "locales")
    for folder, gl in ((HERE / "heldout" / "locales", held), (ROOT / "tests/data/checks2", repo)):
        for path in sorted(folder.rglob("*.po")):
            lang = path.stem if folder.name == "checks2" else path.parent.name
            po = pofile.parse(path.read_bytes(), path=str(path))
            views = [v for v in registry.views(po, str(path)) if v.msgstr]
            out.append((Context(en, languages.parse(lang), gl), views))
    return out


def digest(hostile: int, dump: str | None) -> dict[str, object]:
    from workflow.quality import registry

    material = hashlib.sha256()
    lines: list[str] = []
    count = 0
    groups = list(_material())
    ctx, entries = _hostile(hostile)
    groups.append(("hostile", ctx, entries))
    for group, ctx, entries in groups:
        for e in entries:
            material.update(repr((group, e)).encode())
        count += len(entries)
        tagged = [replace(e, catalog=f"{group}|{e.catalog}|{i}") for i, e in enumerate(entries)]
        for p in registry.run_checks(tagged, ctx):
            lines.append(repr((p.catalog, p.line, p.reference, p.check, p.severity, p.message)))
    lines.sort()
    text = "\n".join(lines) + "\n"
    if dump:
        Path(dump).write_text(text, encoding="utf-8")
    return {
        "entries": count,
        "problems": len(lines),
        "material": material.hexdigest()[:16],
        "problems_sha256": hashlib.sha256(text.encode()).hexdigest()[:16],
    }


def cost(groups: list[tuple[object, list[object]]]) -> dict[str, float]:
    """Microseconds of CPU an entry, per check, over the groups, entry by entry and check by
    check as `registry.run_checks` goes: a check that first asks for an entry's plain text
    or tokens pays for them, the next ones find them in the caches, as in a real check. The
    caches of a catalog and of the process (glossary patterns, country readers) are filled
    before, by the same entries with a space added (texts the measure does not see)."""
    from workflow.quality import registry

    checks = [(c.name, c.run) for c in registry.CHECKS.values()]
    total: dict[str, float] = dict.fromkeys(registry.CHECKS, 0.0)
    n = sum(len(entries) for _, entries in groups)
    for ctx, entries in groups:
        warm = [replace(e, msgid=e.msgid + " ", msgstr=e.msgstr + " ") for e in entries]  # type: ignore[type-var]
        registry.run_checks(warm, ctx)  # type: ignore[arg-type]
    clock = time.process_time_ns
    t0 = clock()
    for _ in range(10_000):
        clock()
    overhead = (clock() - t0) / 10_000  # one reading of the clock
    for ctx, entries in groups:
        for e in entries:
            for name, run in checks:
                t0 = clock()
                run(e, ctx)
                total[name] += clock() - t0 - overhead
    return {k: v / 1e3 / n for k, v in total.items()}


def measure(hostile: int) -> dict[str, object]:
    ctx, entries = _hostile(hostile)
    real = _real()
    return {
        "hostile": cost([(ctx, entries)]),
        "real": cost(real),
        "real_entries": sum(len(e) for _, e in real),
    }


def _child(tree: str, args: list[str]) -> dict[str, object]:
    env = dict(os.environ, PYTHONPATH=tree)
    out = subprocess.run(
        [sys.executable, __file__, "--json", *args],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(json.loads(out.stdout))


def _table(label: str, ours: dict[str, float], theirs: dict[str, float] | None) -> None:
    print(f"\n{label}: µs of CPU an entry" + ("   (ours / against: ratio)" if theirs else ""))
    # the other tree's order; a check it does not have, by ours
    order = sorted(ours, key=lambda k: -(theirs or ours).get(k, ours[k]))
    for name in [*order, "all"]:
        mine = sum(ours.values()) if name == "all" else ours[name]
        text = f"  {name:14}{mine:9.1f}"
        if theirs is not None:
            other = sum(theirs.values()) if name == "all" else theirs.get(name, 0.0)
            text += f"{other:9.1f}" + (f"{mine / other:8.2f}" if other else "")
        print(text)


def main() -> int:
    if os.environ.get("PYTHONHASHSEED") != "0":
        # some messages follow a set's order (names: "another spelling?"), which follows the
        # string hash seed of the process: one seed, or the digest differs from run to run
        env = dict(os.environ, PYTHONHASHSEED="0")
        os.execve(sys.executable, [sys.executable, *sys.argv], env)
    sys.path.insert(0, str(HERE))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--hostile", type=int, default=3000, help="hostile entries (default 3000)")
    ap.add_argument("--against", help="another source tree to measure alternately with ours")
    ap.add_argument("--dump", help="write the sorted problems of the digest to this file")
    ap.add_argument("--no-digest", action="store_true")
    ap.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.json:
        print(json.dumps(measure(args.hostile)))
        return 0
    print(f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}")
    sub = ["--hostile", str(args.hostile)]
    # measured first, each in a fresh process: the digest fills the caches of texts
    ours = _child(str(ROOT), sub)
    theirs = _child(args.against, sub) if args.against else None
    if not args.no_digest:
        t0 = time.process_time()
        print("digest:", digest(args.hostile, args.dump), f"({time.process_time() - t0:.1f} s)")
    for key in ("hostile", "real"):
        mine = ours[key]
        assert isinstance(mine, dict)
        other = theirs[key] if theirs else None
        _table(
            f"{key} ({args.hostile if key == 'hostile' else ours['real_entries']} entries)",
            mine,
            other if isinstance(other, dict) else None,
        )
    print(f"\nload at the end {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
