"""Which placeholder form does Bergamot en->pt copy through, and how to carry paired markup?

Runs every sentence of the benchmark releases through protect -> Bergamot en->pt -> restore
with each candidate, and prints per variant:

  spans    share of protected spans (atoms; pairs counted whole) restored exactly once
  pairs    share of pairs (bold, em, links) whose two markers came back, in order
  figures  share of source figures found in the output as numbers (pt or en notation)
  terms    share of do-not-translate terms found verbatim in the output
  flagged  sentences with an error (lost/unbalanced span, missing figure) / with any problem
  chrF     similarity of the output (markup stripped) to the translation of the sentence with
           its markup stripped and nothing masked: how much masking disturbs the translation
  seg/s    throughput of the variant (engine calls included)

Usage: PYTHONPATH=. python benchmarks/placeholder_forms.py [--examples]
"""

from __future__ import annotations

import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from sentences import TERMS, all_sentences

from workflow.mt.engines.bergamot import BergamotEngine
from workflow.mt.figures import PORTUGUESE, missing_figures
from workflow.mt.protect import (
    STYLES,
    PlaceholderStyle,
    Protected,
    Restored,
    Span,
    protect,
    restore,
    translate_protected,
)

ENGINE = BergamotEngine()
PT = {"target_notation": PORTUGUESE}  # masked figures come back in Portuguese notation


def translate(texts: list[str]) -> list[str]:
    return ENGINE.translate_batch(texts, "en", "pt")


# --- scoring ------------------------------------------------------------------------------


def strip_markdown(text: str) -> str:
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*(?:\([^)]*\)[^)]*)*\)", r"\1", text)
    text = re.sub(r"(\*\*\*|\*\*|\*|___|__|(?<!\w)_|_(?!\w)|~~|`)", "", text)
    return " ".join(text.split())


def chrf(hypothesis: str, reference: str, n: int = 6, beta: float = 2.0) -> float:
    """Character n-gram F-score (Popović 2015), whitespace removed, n = 1..6."""
    hyp, ref = hypothesis.replace(" ", ""), reference.replace(" ", "")
    precisions, recalls = [], []
    for k in range(1, n + 1):
        h = Counter(hyp[i : i + k] for i in range(len(hyp) - k + 1))
        r = Counter(ref[i : i + k] for i in range(len(ref) - k + 1))
        if not h or not r:
            continue
        common = sum((h & r).values())
        precisions.append(common / sum(h.values()))
        recalls.append(common / sum(r.values()))
    if not precisions:
        return 0.0
    p, r = sum(precisions) / len(precisions), sum(recalls) / len(recalls)
    return 0.0 if p + r == 0 else (1 + beta**2) * p * r / (beta**2 * p + r)


@dataclass
class Score:
    spans: int = 0
    spans_ok: int = 0
    pairs: int = 0
    pairs_ok: int = 0
    figures: int = 0
    figures_ok: int = 0
    terms: int = 0
    terms_ok: int = 0
    sentences: int = 0
    errors: int = 0
    problems: int = 0
    chrf: float = 0.0
    seconds: float = 0.0
    examples: list[tuple[str, str, str]] = field(default_factory=list)

    def row(self, name: str) -> str:
        def pct(a: int, b: int) -> str:
            return f"{100 * a / b:5.1f}%" if b else "   n/a"

        return (
            f"{name:24} {pct(self.spans_ok, self.spans)} {pct(self.pairs_ok, self.pairs)} "
            f"{pct(self.figures_ok, self.figures)} {pct(self.terms_ok, self.terms)} "
            f"{self.errors:3d}/{self.problems:3d} {100 * self.chrf / self.sentences:5.1f} "
            f"{self.sentences / self.seconds:6.1f}"
        )


HEADER = f"{'variant':24} {'spans':>6} {'pairs':>6} {'figs':>6} {'terms':>6} err/any  chrF  seg/s"


def source_figures(source: str) -> list[str]:
    return list(protect(source, TERMS, numbers="check").figures)


def score_sentence(
    score: Score, source: str, p: Protected, r: Restored, reference: str, extra_lost: int = 0
) -> None:
    score.sentences += 1
    lost = {s.n for s in r.unrestored}
    duplicated = {
        pr.span.n for pr in r.problems if pr.check == "duplicated" and isinstance(pr.span, Span)
    }
    for s in p.spans:
        if s.role == "close":
            continue
        ok = s.n not in lost and s.n not in duplicated
        if s.role == "open":
            ok = ok and s.pair not in lost and s.pair not in duplicated
            score.pairs += 1
            score.pairs_ok += ok
        score.spans += 1
        score.spans_ok += ok
    visible = r.text
    for s in p.spans:
        if s.role == "atom" and s.kind not in ("number", "term"):
            visible = visible.replace(s.text, " ")
    figs = source_figures(source)
    score.figures += len(figs)
    score.figures_ok += len(figs) - len(missing_figures(figs, visible))
    for term in TERMS:
        count = len(re.findall(rf"(?<!\w){re.escape(term)}(?!\w)", source))
        score.terms += count
        score.terms_ok += min(count, len(re.findall(re.escape(term), r.text)))
    errors = [pr for pr in r.problems if pr.severity == "error"]
    score.errors += bool(errors) or extra_lost > 0
    score.problems += bool(r.problems) or extra_lost > 0
    score.chrf += chrf(strip_markdown(r.text), reference)
    if r.problems and len(score.examples) < 6:
        score.examples.append((p.text, r.text, "; ".join(pr.message for pr in r.problems)))


# --- variants -----------------------------------------------------------------------------

Variant = Callable[[list[str], list[str], Score], None]


def plain_variant(**options: object) -> Variant:
    def run(sources: list[str], references: list[str], score: Score) -> None:
        protected = [protect(s, TERMS, **{**PT, **options}) for s in sources]  # type: ignore[arg-type]
        t = time.perf_counter()
        outputs = translate([p.text for p in protected])
        score.seconds += time.perf_counter() - t
        for s, p, o, ref in zip(sources, protected, outputs, references, strict=True):
            score_sentence(score, s, p, restore(o, p), ref)

    return run


def raw_pairs_variant(sources: list[str], references: list[str], score: Score) -> None:
    """Atoms masked as [n]; bold/em/link markers left as raw Markdown in the model input."""
    jobs = []
    for s in sources:
        p = protect(s, TERMS, **PT)
        text = p.text
        for span in p.spans:
            if span.role == "open":
                text = re.sub(rf"\[{span.n}\] ", lambda _m, t=span.text: t, text, count=1)
            elif span.role == "close":
                text = re.sub(rf" \[{span.n}\]", lambda _m, t=span.text: t, text, count=1)
        jobs.append((p, text))
    t = time.perf_counter()
    outputs = translate([text for _, text in jobs])
    score.seconds += time.perf_counter() - t
    for s, (p, _), o, ref in zip(sources, jobs, outputs, references, strict=True):
        # Pair markers are scored by finding them, in order, in the raw output; then they
        # are turned back into placeholders so restore() scores the rest.
        pos, back = 0, o
        for span in p.spans:
            if span.role == "atom":
                continue
            found = back.find(span.text, pos)
            if found < 0:
                continue
            token = f" [{span.n}] "
            back = back[:found] + token + back[found + len(span.text) :]
            pos = found + len(token)
        score_sentence(score, s, p, restore(back, p), ref)


def separate_variant(
    sources: list[str],
    references: list[str],
    score: Score,
    captured: list[tuple[Protected, Restored]] | None = None,
) -> None:
    """Each top-level pair masked whole as one atom; its inner text translated on its own."""
    outer_texts: list[str] = []
    inner_jobs: list[list[tuple[int, int, str]]] = []
    protected = [protect(s, TERMS, **PT) for s in sources]
    for p in protected:
        text, inners = p.text, []
        for span in p.spans:
            if span.role != "open" or span.pair is None:
                continue
            m = re.search(rf"\[{span.n}\](.*?)\[{span.pair}\]", text)
            if m is None:  # nested inside an earlier pair: travels inside its inner text
                continue
            inners.append((span.n, span.pair, m.group(1).strip()))
            text = text[: m.start()] + f"[{span.n}]" + text[m.end() :]
        outer_texts.append(text)
        inner_jobs.append(inners)
    flat = [inner for inners in inner_jobs for (_, _, inner) in inners]
    t = time.perf_counter()
    outputs = translate(outer_texts + flat)
    score.seconds += time.perf_counter() - t
    outer_out, inner_out = outputs[: len(outer_texts)], iter(outputs[len(outer_texts) :])
    for s, p, o, inners, ref in zip(
        sources, protected, outer_out, inner_jobs, references, strict=True
    ):
        for o_n, c_n, _ in inners:
            translated_inner = next(inner_out)
            o = re.sub(
                rf"\[\s*{o_n}\s*\]",
                lambda _m, a=o_n, b=c_n, t=translated_inner: f"[{a}] {t} [{b}]",
                o,
                count=1,
            )
        restored = restore(o, p)
        if captured is not None:
            captured.append((p, restored))
        score_sentence(score, s, p, restored, ref)


def hybrid_variant(style: PlaceholderStyle) -> Variant:
    """workflow.mt.protect.translate_protected: open/close placeholders first, then the
    segments whose pairs failed again with each pair's words translated apart."""

    def run(sources: list[str], references: list[str], score: Score) -> None:
        t = time.perf_counter()
        results = translate_protected(sources, translate, TERMS, style=style, **PT)
        score.seconds += time.perf_counter() - t
        for s, r, ref in zip(sources, results, references, strict=True):
            assert r.protected is not None
            score_sentence(score, s, r.protected, r, ref)

    return run


TIGHT_DOUBLE = PlaceholderStyle(
    "double-bracket-tight", "[[{n}]]", r"\[\s*\[\s*(\d{1,3})\s*\]\s*\]", pad_pairs=False
)

VARIANTS: dict[str, Variant] = {
    **{f"style {name}": plain_variant(style=style) for name, style in STYLES.items()},
    "style double-bracket-tight": plain_variant(style=TIGHT_DOUBLE),
    "pairs as raw markdown": raw_pairs_variant,
    "pairs translated apart": separate_variant,
    "hybrid bracket (default)": hybrid_variant(STYLES["bracket"]),
    "hybrid bracket-tight": hybrid_variant(STYLES["bracket-tight"]),
    "hybrid xz": hybrid_variant(STYLES["xz"]),
    "terms left to the model": plain_variant(mask_terms=False),
    "numbers only checked": plain_variant(numbers="check"),
    "numbers all masked": plain_variant(numbers="mask"),
}


def synthetic(sentences: list[str], seed: int = 0) -> list[str]:
    """Each sentence, markup stripped, twice with two word runs wrapped in bold/em/link."""
    rng = random.Random(seed)
    wraps = (
        lambda w: f"**{w}**",
        lambda w: f"*{w}*",
        lambda w: f"_{w}_",
        lambda w: f"[{w}](https://example.org/{len(w)})",
    )
    out = []
    for sentence in sentences:
        words = strip_markdown(sentence).split()
        for _ in range(2):
            ok = [i for i, w in enumerate(words) if re.fullmatch(r"[A-Za-z][a-z-]*", w)]
            if len(ok) < 4:
                continue
            a, b = sorted(rng.sample(ok, 2))
            a_end = min(a + rng.randint(1, 3), b)
            b_end = b + rng.randint(1, 3)
            runs = [(b, b_end), (a, a_end)]  # right to left, so indices stay valid
            new = list(words)
            for start, end in runs:
                end = next((j for j in range(start, min(end, len(new))) if j not in ok), end)
                end = min(end, len(new))
                if end <= start:
                    continue
                new[start:end] = [rng.choice(wraps)(" ".join(new[start:end]))]
            out.append(" ".join(new))
    return out


def main(argv: list[str]) -> None:
    releases = [s for _, s in all_sentences()]
    datasets = {"releases": releases, "synthetic markup": synthetic(releases)}
    for label, sources in datasets.items():
        references = [strip_markdown(t) for t in translate([strip_markdown(s) for s in sources])]
        print(f"\n{label}: {len(sources)} sentences, Bergamot en->pt, {ENGINE.threads} threads")
        print(HEADER)
        for name, variant in VARIANTS.items():
            if label != "releases" and name.startswith(("numbers", "terms")):
                continue
            score = Score()
            variant(sources, references, score)
            print(score.row(name), flush=True)
            if "--examples" in argv:
                for masked, restored, why in score.examples:
                    print(f"      in:  {masked}\n      out: {restored}\n      why: {why}")


if __name__ == "__main__":
    main(sys.argv[1:])
