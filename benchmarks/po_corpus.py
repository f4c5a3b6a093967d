"""Held-out check of the catalog reader and writer against GNU gettext on real .po files.

    PYTHONPATH=. python benchmarks/po_corpus.py DIR [--limit N] [--list-mismatches]

Walks DIR for *.po / *.pot (sorted) and, for each file, tallies:

  msgfmt    `msgfmt --check -o /dev/null FILE`: accept (exit 0) or refuse
  ours      `pofile.parse(data, path=...)`: accept, refuse (CatalogError, with or without
            this file and a line number), or crash (any other exception: a bug either way)
  style     which of `msgcat FILE` and `msgcat --no-wrap FILE` keeps more of the file's own
            lines, against our reader's `po.wrap` (the file's wrapping style, judged by gettext)
  rewrite   for files both accept: `pofile.dump(po)` against `msgcat --force-po FILE`
            (+ `--no-wrap` when the file is unwrapped as judged above, or, when that cannot
            be judged, when po.wrap is False; + `--to-code=UTF-8` when the charset the file
            declares is neither UTF-8 nor ASCII/CHARSET); byte-identical or not. Also counted
            against msgcat in the style our reader chose (po.wrap), to separate a misread
            style from writer differences. A misread file is "mixed" (e.g. msgids wrapped,
            msgstrs not) when neither msgcat style keeps 98% of its lines.

The charset that decides `--to-code` is read from the file's header by this script, not taken
from our reader; when our reader's `converted_from` disagrees, that is tallied too.

Prints nothing per file; at the end a table, the first 10 refusals of files msgfmt accepts,
the first differing line of the first 15 mismatching files (ours vs msgcat), and the time of
our parse+dump next to msgcat's (a process per file, so msgcat's figure includes its start-up;
the start-up of `msgcat --version` is printed to subtract).

The corpus is third-party data and is not part of the repository.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from workflow.catalogs import pofile
from workflow.errors import CatalogError

_CHARSET = re.compile(rb"charset=([^\s\\\"]*)", re.I)
_NOT_CONVERTED = {"UTF-8", "UTF8", "ASCII", "US-ASCII", "ANSI_X3.4-1968", "CHARSET", ""}
ENV = {**os.environ, "LC_ALL": "C.UTF-8", "LANGUAGE": ""}


def declared_charset(data: bytes) -> str:
    """The charset the header declares (first `charset=` of the file), upper-cased."""
    m = _CHARSET.search(data)
    return m.group(1).decode("ascii", "replace").upper() if m else ""


def run(args: list[str]) -> tuple[int, bytes, bytes, float]:
    t = time.perf_counter()
    p = subprocess.run(args, capture_output=True, env=ENV)
    return p.returncode, p.stdout, p.stderr, time.perf_counter() - t


@dataclass
class Tally:
    files: int = 0
    msgfmt_ok: int = 0
    ours_ok: int = 0
    ours_crash: list[str] = field(default_factory=list)
    we_refuse: list[str] = field(default_factory=list)  # msgfmt accepts, we refuse
    we_accept: list[str] = field(default_factory=list)  # msgfmt refuses, we accept
    no_line: list[str] = field(default_factory=list)  # refusals without file:line
    compared: int = 0
    identical: int = 0
    identical_own_style: int = 0  # the same, with the style our reader chose
    msgcat_fail: list[str] = field(default_factory=list)
    mismatches: list[tuple[str, str]] = field(default_factory=list)
    charset_disagree: list[str] = field(default_factory=list)
    unwrapped: int = 0
    converted: int = 0
    extra_compared: int = 0  # msgfmt refuses, we and msgcat accept
    extra_identical: int = 0
    extra_mismatches: list[tuple[str, str]] = field(default_factory=list)
    canonical: Counter = field(default_factory=Counter)  # file == msgcat [--no-wrap] FILE
    style_tie: int = 0
    style_wrong: list[str] = field(default_factory=list)
    style_mixed: list[str] = field(default_factory=list)  # misread, but the file is mixed
    lines_lost: int = 0  # lines a rewrite changes beyond what msgcat in the file's style does
    t_ours: float = 0.0
    t_msgcat: float = 0.0


def first_difference(ours: bytes, theirs: bytes) -> str:
    a, b = ours.split(b"\n"), theirs.split(b"\n")
    for i, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            return f"line {i + 1}:\n      ours:   {x!r}\n      msgcat: {y!r}"
    n = min(len(a), len(b))
    return (
        f"line {n + 1}: ours has {len(a)} lines, msgcat {len(b)}\n"
        f"      ours:   {a[n] if n < len(a) else b'<end>'!r}\n"
        f"      msgcat: {b[n] if n < len(b) else b'<end>'!r}"
    )


def check(path: Path, t: Tally) -> None:
    data = path.read_bytes()
    name = str(path)
    t.files += 1
    rc, _, err, _ = run(["msgfmt", "--check", "-o", "/dev/null", name])
    msgfmt_ok = rc == 0
    t.msgfmt_ok += msgfmt_ok

    po = None
    try:
        t0 = time.perf_counter()
        po = pofile.parse(data, path=name)
        t_parse = time.perf_counter() - t0
    except CatalogError as e:
        if e.file != name or not e.line:
            t.no_line.append(f"{name}: {e}")
        if msgfmt_ok:
            t.we_refuse.append(str(e))
    except Exception as e:  # a crash is a finding, not a stop
        t.ours_crash.append(f"{name}: {type(e).__name__}: {e}")
        if msgfmt_ok:
            t.we_refuse.append(f"{name}: CRASH {type(e).__name__}: {e}")
    if po is None:
        return
    t.ours_ok += 1
    if not msgfmt_ok:
        t.we_accept.append(f"{name}: {err.decode('utf-8', 'replace').strip().splitlines()[-1:]}")

    charset = declared_charset(data)
    convert = charset not in _NOT_CONVERTED
    if bool(po.converted_from) != convert:
        t.charset_disagree.append(f"{name}: declared {charset!r}, ours {po.converted_from!r}")
    # the reference: msgcat in the file's own wrapping style as gettext sees it, and in the
    # style our reader chose (the same unless our reader misread the style)
    style, kept = gettext_style(path, data, t)
    unwrapped = (not po.wrap) if style is None else style == "no-wrap"
    ours_style = "wrap" if po.wrap else "no-wrap"
    if style is not None and style != ours_style:
        lines = len(data.split(b"\n"))  # as many as the multiset of lines compared
        mixed = kept[style] < 0.98 * lines  # neither style is the file's: a mixed file
        (t.style_mixed if mixed else t.style_wrong).append(
            f"{name}: ours {ours_style}, the file is {style}"
            f"{' (mixed)' if mixed else ''}: of its {lines} lines, "
            f"msgcat {style} keeps {kept[style]}, ours ({ours_style}) {kept[ours_style]}"
        )
        t.lines_lost += kept[style] - kept[ours_style]
    t0 = time.perf_counter()
    ours = pofile.dump(po)
    t_dump = time.perf_counter() - t0
    base = ["msgcat", "--force-po"] + (["--to-code=UTF-8"] if convert else [])
    args = base + (["--no-wrap"] if unwrapped else [])
    rc, theirs, err, t_cat = run([*args, name])
    if rc != 0:
        t.msgcat_fail.append(f"{name}: {err.decode('utf-8', 'replace').strip()[:200]}")
        return
    same = ours == theirs
    diff = "" if same else f"{name} ({' '.join(args[1:])}) {first_difference(ours, theirs)}"
    same_own = same
    if unwrapped != (not po.wrap):  # what our writer gives is compared with its own style too
        own = base + (["--no-wrap"] if not po.wrap else [])
        same_own = ours == run([*own, name])[1]
    if msgfmt_ok:
        t.compared += 1
        t.unwrapped += unwrapped
        t.converted += convert
        t.identical += same
        t.identical_own_style += same_own
        t.t_ours += t_parse + t_dump
        t.t_msgcat += t_cat
        if not same:
            t.mismatches.append((name, diff))
    else:
        t.extra_compared += 1
        t.extra_identical += same
        if not same:
            t.extra_mismatches.append((name, diff))


def gettext_style(path: Path, data: bytes, t: Tally) -> tuple[str | None, dict[str, int]]:
    """The file's wrapping style as gettext sees it: whichever of `msgcat FILE` and
    `msgcat --no-wrap FILE` (no conversion, so comparable with the file's own bytes) keeps more
    of the file's lines; None when they keep as many (or msgcat cannot write it)."""
    kept = {}
    for style, extra in (("wrap", []), ("no-wrap", ["--no-wrap"])):
        rc, out, _, _ = run(["msgcat", "--force-po", *extra, str(path)])
        if rc != 0:
            return None, kept
        if out == data:
            t.canonical[style] += 1
        kept[style] = sum((Counter(data.split(b"\n")) & Counter(out.split(b"\n"))).values())
    if kept["wrap"] == kept["no-wrap"]:
        t.style_tie += 1
        return None, kept
    return ("wrap" if kept["wrap"] > kept["no-wrap"] else "no-wrap"), kept


def pct(a: int, b: int) -> str:
    return f"{a} ({100 * a / b:.1f}%)" if b else f"{a}"


def report(t: Tally, list_all: bool) -> None:
    rows = [
        ("files", t.files),
        ("msgfmt --check accepts", t.msgfmt_ok),
        ("ours accepts", t.ours_ok),
        ("accepted by msgfmt, refused by us", len(t.we_refuse)),
        ("refused by msgfmt, accepted by us", len(t.we_accept)),
        ("our refusals without file:line", len(t.no_line)),
        ("our crashes (not CatalogError)", len(t.ours_crash)),
        ("compared (both accept, msgcat ran)", t.compared),
        ("  of which unwrapped (--no-wrap, as gettext sees the file)", t.unwrapped),
        ("  of which legacy charset (--to-code=UTF-8)", t.converted),
        ("byte-identical rewrites (file's own style)", pct(t.identical, t.compared)),
        ("  with the style our reader chose", pct(t.identical_own_style, t.compared)),
        ("msgcat failed", len(t.msgcat_fail)),
        ("files already as msgcat writes them (wrap)", t.canonical["wrap"]),
        ("files already as msgcat --no-wrap writes them", t.canonical["no-wrap"]),
        ("wrapping style: our reader's differs from the file's", len(t.style_wrong)),
        ("  the same in mixed-style files", len(t.style_mixed)),
        ("  lines changed beyond msgcat's rewrite", t.lines_lost),
        ("wrapping style: undecidable (same either way)", t.style_tie),
        ("charset: ours vs declared disagree", len(t.charset_disagree)),
        ("msgfmt refuses, compared anyway", t.extra_compared),
        ("  byte-identical", pct(t.extra_identical, t.extra_compared)),
    ]
    w = max(len(r[0]) for r in rows)
    for label, value in rows:
        print(f"{label:<{w}}  {value}")
    sections = [
        ("accepted by msgfmt, refused by us", t.we_refuse, 10),
        ("refused by msgfmt, accepted by us", t.we_accept, 10),
        ("refusals without file:line", t.no_line, 10),
        ("crashes", t.ours_crash, 10),
        ("msgcat failed", t.msgcat_fail, 10),
        ("charset disagreements", t.charset_disagree, 10),
        ("wrapping style misread", t.style_wrong, 10),
        ("wrapping style misread, mixed-style files", t.style_mixed, 10),
        ("mismatches (first differing line)", [d for _, d in t.mismatches], 15),
        ("mismatches where msgfmt refuses", [d for _, d in t.extra_mismatches], 5),
    ]
    for title, items, n in sections:
        if items:
            print(f"\n{title}: {len(items)}")
            for s in items if list_all else items[:n]:
                print("  " + s)
    if t.compared:
        start = min(run(["msgcat", "--version"])[3] for _ in range(5))
        print(
            f"\ntime over {t.compared} compared files: ours parse+dump {t.t_ours:.2f} s, "
            f"msgcat {t.t_msgcat:.2f} s (a process each; start-up ~{start * 1000:.1f} ms, "
            f"without it ~{max(t.t_msgcat - start * t.compared, 0):.2f} s); "
            f"ours/msgcat {t.t_ours / t.t_msgcat:.2f}"
        )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", type=Path)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--exclude", action="append", default=[], help="skip this folder name")
    ap.add_argument("--list-mismatches", action="store_true", help="print every item")
    a = ap.parse_args()
    files = sorted(
        p
        for p in a.dir.rglob("*")
        if p.suffix in (".po", ".pot")
        and p.is_file()
        and not set(a.exclude) & set(p.relative_to(a.dir).parts[:-1])
    )
    if a.limit:
        files = files[: a.limit]
    t = Tally()
    for p in files:
        check(p, t)
    report(t, a.list_mismatches)
    return 0


if __name__ == "__main__":
    sys.exit(main())
