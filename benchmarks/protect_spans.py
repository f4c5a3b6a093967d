"""protect -> Bergamot en->pt -> restore over the benchmark releases: what survives?

Splits the sample release and tests/data/releases/*.md into sentences (benchmarks/sentences.py,
a simple splitter), runs workflow.mt.protect.translate_protected with the Bergamot engine, and
prints:

* the share of protected spans restored intact (a pair counts once, both markers needed),
  per kind;
* the share of source figures kept: each figure of the source (outside URLs, e-mails, codes,
  phone numbers) found in the output as a number, read in pt or en notation;
* the sentences flagged (an error: lost/unbalanced/emptied span, missing figure; or any
  problem, warnings included);
* throughput and a few example outputs.

Usage: PYTHONPATH=. python benchmarks/protect_spans.py [--numbers check|mask|mask-grouped]
       [--examples N]
"""

from __future__ import annotations

import argparse
import time
from collections import Counter

from sentences import TERMS, all_sentences

from workflow.mt.engines.bergamot import BergamotEngine
from workflow.mt.figures import PORTUGUESE, missing_figures
from workflow.mt.protect import (
    NumberPolicy,
    Restored,
    Span,
    protect,
    translate_protected,
)


def intact(r: Restored) -> tuple[Counter[str], Counter[str]]:
    """(spans per kind, spans restored intact per kind) of one restored segment."""
    assert r.protected is not None
    lost = {s.n for s in r.unrestored}
    repeated = {
        p.span.n for p in r.problems if p.check == "duplicated" and isinstance(p.span, Span)
    }
    total: Counter[str] = Counter()
    ok: Counter[str] = Counter()
    for span in r.protected.spans:
        if span.role == "close":
            continue
        members = {span.n} if span.pair is None else {span.n, span.pair}
        total[span.kind] += 1
        ok[span.kind] += not (members & (lost | repeated))
    return total, ok


def figures_kept(source: str, r: Restored) -> tuple[int, int]:
    assert r.protected is not None
    figures = protect(source, TERMS, numbers="check").figures
    visible = r.text
    for span in r.protected.spans:
        if span.role == "atom" and span.kind not in ("number", "term"):
            visible = visible.replace(span.text, " ")
    return len(figures), len(figures) - len(missing_figures(figures, visible))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--numbers", default="mask-grouped", choices=["check", "mask", "mask-grouped"]
    )
    parser.add_argument("--examples", type=int, default=6)
    args = parser.parse_args()
    numbers: NumberPolicy = args.numbers

    engine = BergamotEngine()
    sentences = [s for _, s in all_sentences()]

    def translate(batch: list[str]) -> list[str]:
        return engine.translate_batch(batch, "en", "pt")

    translate(sentences[:2])  # load the model outside the timing
    start = time.perf_counter()
    results = translate_protected(
        sentences, translate, TERMS, numbers=numbers, target_notation=PORTUGUESE
    )
    seconds = time.perf_counter() - start

    total: Counter[str] = Counter()
    ok: Counter[str] = Counter()
    figures = figures_ok = errors = anything = 0
    for source, r in zip(sentences, results, strict=True):
        t, k = intact(r)
        total += t
        ok += k
        n, kept = figures_kept(source, r)
        figures += n
        figures_ok += kept
        errors += not r.ok
        anything += bool(r.problems)

    print(f"{len(sentences)} sentences from {len(set(r for r, _ in all_sentences()))} releases")
    print(f"engine: bergamot {engine.provenance('en', 'pt').model}, {engine.threads} threads")
    print(f"numbers: {numbers}; terms: {len(TERMS)} do-not-translate terms masked\n")
    spans_ok, spans = sum(ok.values()), sum(total.values())
    print(f"spans restored intact: {spans_ok}/{spans} = {100 * spans_ok / spans:.1f}%")
    for kind in sorted(total):
        print(f"  {kind:8} {ok[kind]:3d}/{total[kind]:<3d}")
    print(f"figures kept:          {figures_ok}/{figures} = {100 * figures_ok / figures:.1f}%")
    print(f"sentences flagged:     {errors} with an error, {anything} with any problem")
    print(f"throughput:            {len(sentences) / seconds:.1f} segments/s (retries included)")

    shown = 0
    print("\nexamples (flagged first):")
    ordered = sorted(zip(sentences, results, strict=True), key=lambda x: x[1].ok)
    for source, r in ordered:
        if shown >= args.examples:
            break
        assert r.protected is not None
        if r.protected.spans or r.problems:
            shown += 1
            print(f"  en:  {source}\n  pt:  {r.text}")
            for p in r.problems:
                print(f"       {p.severity}: {p.check}: {p.message}")
            print()


if __name__ == "__main__":
    main()
