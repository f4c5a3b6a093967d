"""The checks on translations nobody here wrote: the UN's own published translations (issue 13).

The held-out sets (benchmarks/heldout*, benchmarks/tuning3) have reference translations the
team wrote. A professional translator writes more freely: restructured sentences, a country
as its adjective, a figure in words, a quotation turned round. This benchmark runs the checks
on the UN's official translations of its own English texts (Secretary-General's messages,
press releases) and counts false errors on them: each such pair is a correct translation, so
every error reported on it is a false error.

The pairs are NOT in the repository: they are third-party text, read from stored public pages
and kept in a folder outside it (default: $OFFICIAL_PAIRS, else /work/official). Its layout:

    <folder>/<lang>/<document>.jsonl     one pair a line:
        {"en": "<English segment>", "tr": "<the official translation>",
         "en_url": "<page of the English>", "tr_url": "<page of the translation>"}

A segment is what the extractor makes of a release: one paragraph, heading or list item.

Documents are split into two halves by a stable hash of their name: `--half tune` is the half
one may read (with --misses) while changing the checks, `--half measure` the half one only
measures. `--inject` also injects faults into the pairs with the first held-out set's injector
(benchmarks/heldout/inject.py, a tuning injector) and reports recall on them.

    python benchmarks/official.py [--pairs DIR] [--half tune|measure|all] [--langs fr,es]
        [--inject [--injector inject3]] [--misses] [--no-pofilter]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

from workflow.catalogs.glossary import Glossary
from workflow.quality.registry import EntryView

sys.path.insert(0, str(Path(__file__).resolve().parent))
import heldout_checks as hc

DEFAULT = Path(os.environ.get("OFFICIAL_PAIRS", "/work/official"))
LANGS = ("fr", "es", "ar", "zh", "ru")


class PairsError(Exception):
    """A pairs file that cannot be read."""


def half(document: str) -> str:
    """'tune' or 'measure', stable for a document name."""
    return "tune" if hashlib.sha1(document.encode()).digest()[0] % 2 == 0 else "measure"


def load(root: Path, langs: tuple[str, ...], which: str) -> dict[str, list[EntryView]]:
    """The pairs of each language as entries ("<document>.jsonl", line = line in the file)."""
    out: dict[str, list[EntryView]] = {}
    for lang in langs:
        views: list[EntryView] = []
        for path in sorted((root / lang).glob("*.jsonl")):
            if which != "all" and half(path.stem) != which:
                continue
            name = f"{lang}/{path.name}"
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if not line.strip():
                    continue
                try:
                    pair = json.loads(line)
                    en, tr = pair["en"], pair["tr"]
                except (ValueError, KeyError, TypeError) as e:
                    raise PairsError(f"{path}:{n}: not a pair ({e})") from None
                if en.strip() and tr.strip():
                    views.append(EntryView(en, tr, catalog=name, line=n))
        out[lang] = views
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pairs", type=Path, default=DEFAULT)
    ap.add_argument("--half", choices=("tune", "measure", "all"), default="measure")
    ap.add_argument("--langs", default=",".join(LANGS))
    ap.add_argument("--inject", action="store_true", help="also inject faults (tuning injector)")
    ap.add_argument("--injector", metavar="NAME", help="with --inject: benchmarks/NAME.py instead")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--per-kind", type=int, default=130)
    ap.add_argument("--misses", action="store_true", help="list false errors (and misses)")
    ap.add_argument(
        "--no-pofilter", action="store_true", help="our checks only (no translate-toolkit)"
    )
    args = ap.parse_args(argv)
    if args.misses and args.half != "tune":
        print("--misses lists only the tune half: add --half tune", file=sys.stderr)
        return 2
    langs = tuple(x for x in args.langs.split(",") if x)
    if not args.pairs.is_dir():
        print(
            f"error: no folder of official pairs at {args.pairs} (they are not in the repository:"
            " give one with --pairs or $OFFICIAL_PAIRS; its layout is in this script's docstring)",
            file=sys.stderr,
        )
        return 2
    try:
        views = load(args.pairs, langs, args.half)
    except PairsError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    hc.use_set("heldout")
    if args.injector:
        hc.use_injector(args.injector)
    docs = {v.catalog for vs in views.values() for v in vs}
    print(
        f"official translations in {args.pairs} ({args.half} half): {len(docs)} documents, "
        + ", ".join(f"{lang} {len(vs)} pairs" for lang, vs in views.items())
    )
    faults = []
    if args.inject:
        clean = [
            hc.inject.Clean(lang, v.msgid, v.msgstr, v.catalog, v.line)
            for lang, entries in views.items()
            for v in entries
        ]
        faults = hc.inject.faults(clean, seed=args.seed, per_kind=args.per_kind)
    our = hc.ours(views, faults, Glossary())
    if args.no_pofilter:
        pof: tuple[dict[str, set[hc.Key]], dict[int, set[hc.Key]]] = (
            defaultdict(set),
            defaultdict(set),
        )
    else:
        pof = hc.pofilter(views, faults)
    print()
    ok = hc.report(views, faults, our, pof, misses=args.misses)
    by_check: Counter[tuple[str, str]] = Counter()
    for lang, entries in views.items():
        for v in entries:
            for check, severity, _ in our[0][hc._clean_id(lang, v.catalog, v.line)]:
                if severity == "error":
                    by_check[(lang, check)] += 1
    print("\nfalse errors by check and language:")
    for (lang, check), count in sorted(by_check.items()):
        print(f"  {lang:<4}{check:<14}{count:>5}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
