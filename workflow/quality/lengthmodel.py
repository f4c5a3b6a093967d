"""The length model: how long a translation usually is against its source, per language pair,
learnt from what the office's translators approved (issue 13's dropped-content check).

A translation's length is measured in letters and digits (no spaces, punctuation or markup:
French spaces and Chinese characters both count fairly), and its deviation from the pair's
usual ratio as

    z = (log(len(target) / len(source)) - median) * sqrt(min(len(source), 400) / 100)

A sentence of 400 letters varies less around the usual ratio than one of 25 (a word more or
less weighs less), so the deviation is scaled by the square root of the source's length, up to
400 letters (longer ones vary in style, not only in noise). `median` is the pair's median log
ratio and `spread` the robust deviation of z (1.4826 x its median absolute deviation); the
length check flags a z far below -spread (`quality/length.py`).

Where the model comes from:
  * `Samples` are counts of reviewed entries per cell (log ratio in steps of 0.02, source length
    in quarter-octaves): a catalog's samples are summed from its reviewed entries
    (`samples_of`), cached by the catalog's content (`quality/gate.length_model`), and added up
    over every catalog of the language, all releases;
  * `fit` turns them into a `Model` per pair, drawn towards the built-in prior (`PRIORS`) as
    `PRIOR_WEIGHT` entries: an office with a few dozen reviewed entries gets mostly the prior,
    one with thousands its own figures;
  * parameters are rounded (0.01 on the median, 0.005 on the spread) so that one more reviewed
    entry rarely changes the model, and `digest` names it: the check step keys its caches and
    the entry memo with it, so a changed model re-checks the catalogs.

`PRIORS` were measured on the reviewed catalogs the project holds (tests/data/checks,
tests/data/checks2, the sample release's locales/, benchmarks/heldout: 1,391 entries, en
source, entries of 20 letters or more; `benchmarks/length_priors.py` prints them again).

Pure: no I/O.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from workflow.quality.text import plain

MIN_LETTERS = 20  # sources shorter than this are not measured (a word more is a large share)
LONG = 400  # letters: the scale of z stops growing here
D_STEP = 0.02  # log-ratio cell
S_STEPS = 4  # source-length cells per octave
PRIOR_WEIGHT = 200  # entries the prior counts as
MIN_SPREAD = 0.08  # a model never narrower than this (a small, uniform office)

# Target language (from English): (median ratio of letters, spread of z).
PRIORS: dict[str, tuple[float, float]] = {
    "fr": (1.15, 0.115),
    "es": (1.15, 0.105),
    "pt": (1.05, 0.13),  # 21 entries only
    "it": (1.12, 0.13),  # no catalog here: usual figures, the spread of the widest measured
    "de": (1.18, 0.13),
    "ru": (1.08, 0.13),
    "ur": (0.92, 0.14),
    "ar": (0.87, 0.165),
    "fa": (0.90, 0.165),
    "hi": (1.00, 0.165),
    "zh": (0.34, 0.20),
    "ja": (0.45, 0.20),
    "ko": (0.40, 0.20),
}
DEFAULT_PRIOR = (1.10, 0.16)  # a spaced language not in the table
UNSPACED_PRIOR = (0.35, 0.22)  # a language written without spaces, not in the table


_NOT_LETTERS = re.compile(r"[\W_]+")
# a web address written without its scheme, as a link's text or in prose
# ("reliefweb.int/disaster/tc-2019-000021-moz", "press.un.org"): kept as it is in every
# language, so no part of a translation's length
_BARE_ADDRESS = re.compile(
    r"(?<![\w@/.])(?:[a-z0-9][a-z0-9-]*\.)+(?:org|int|com|net|gov|edu|info|[a-z]{2})(?![\w-])"
    r"(?:/[\w./%?=&#~+-]*)?"
)


# A source is measured for every language; a catalog's reviewed entries are measured to learn
# the length model, then checked (by forked workers that inherit this cache): room for a
# 100,000-entry catalog's texts, or its first check measures each of them again.
@lru_cache(maxsize=1 << 18)
def letters(text: str) -> int:
    """Letters and digits of a text's words: no markup, URLs, e-mails, code, spaces or marks."""
    text = plain(text)
    if "." in text:
        text = _BARE_ADDRESS.sub(" ", text)
    return len(_NOT_LETTERS.sub("", text))


Cell = tuple[int, int]  # (log ratio / D_STEP, log2(source letters) * S_STEPS), rounded


def cell(source: int, target: int) -> Cell:
    d = math.log(max(target, 1) / source)
    return round(d / D_STEP), round(math.log2(source) * S_STEPS)


Samples = Counter[Cell]


def samples_of(pairs: Iterable[tuple[str, str]]) -> Samples:
    """The cells of reviewed (msgid, msgstr) pairs whose source is long enough."""
    out: Samples = Counter()
    for msgid, msgstr in pairs:
        s = letters(msgid)
        if s >= MIN_LETTERS and msgstr.strip():
            out[cell(s, letters(msgstr))] += 1
    return out


@dataclass(frozen=True)
class Model:
    """A pair's usual log ratio (`median`) and the spread of z; `entries` learnt from."""

    median: float
    spread: float
    entries: int = 0

    def z(self, source: int, target: int) -> float:
        d = math.log(max(target, 1) / source)
        return (d - self.median) * math.sqrt(min(source, LONG) / 100)

    @property
    def ratio(self) -> float:
        return math.exp(self.median)


@lru_cache(maxsize=256)  # asked for at every entry the length check reads
def prior(source: str, target: str) -> Model:
    """The built-in model of a pair: the target's figures over the source's (from English)."""

    def of(code: str) -> tuple[float, float]:
        base = code.split("-")[0].split("_")[0]
        if base == "en":
            return 1.0, 0.0
        if base in PRIORS:
            return PRIORS[base]
        return UNSPACED_PRIOR if base in ("th", "lo", "km", "my") else DEFAULT_PRIOR

    (rt, st), (rs, ss) = of(target), of(source)
    return Model(round(math.log(rt / rs), 2), round(max(st, ss, MIN_SPREAD), 3))


def _weighted_median(values: Iterable[tuple[float, int]]) -> float:
    items = sorted(values)
    total = sum(n for _, n in items)
    seen = 0
    for v, n in items:
        seen += n
        if 2 * seen >= total:
            return v
    return 0.0


def measure(samples: Samples) -> Model:
    """The median log ratio and spread of z of samples, as they are (not rounded)."""
    n = sum(samples.values())
    if not n:
        return Model(0.0, 0.0)
    median = _weighted_median((d * D_STEP, k) for (d, _), k in samples.items())
    zs = [
        ((d * D_STEP - median) * math.sqrt(min(2 ** (s / S_STEPS), LONG) / 100), k)
        for (d, s), k in samples.items()
    ]
    mz = _weighted_median(zs)
    spread = 1.4826 * _weighted_median((abs(z - mz), k) for z, k in zs)
    return Model(median, spread, n)


def fit(samples: Samples, base: Model) -> Model:
    """The model of a pair from its samples, drawn towards `base` (the prior) as
    `PRIOR_WEIGHT` entries, rounded."""
    seen = measure(samples)
    if not seen.entries:
        return base
    w = seen.entries / (seen.entries + PRIOR_WEIGHT)
    spread = max(w * seen.spread + (1 - w) * base.spread, MIN_SPREAD)
    return Model(
        round(w * seen.median + (1 - w) * base.median, 2),
        round(round(spread / 0.005) * 0.005, 3),
        seen.entries,
    )


def fit_all(samples: Mapping[str, Samples], target: str) -> dict[str, Model]:
    """Models of every source language that has samples for `target` (source code -> model)."""
    return {src: fit(s, prior(src, target)) for src, s in sorted(samples.items())}


def digest(models: Mapping[str, Model]) -> str:
    """A short name of fitted models: equal models, equal digest."""
    text = ";".join(f"{src}:{m.median:.2f}:{m.spread:.3f}" for src, m in sorted(models.items()))
    return hashlib.blake2b(text.encode(), digest_size=6).hexdigest()
