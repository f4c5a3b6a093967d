"""The units check: the currencies, per cent / per mille / percentage points and measures of
the source, no more, no less ("$2.4 billion" -> "2,4 milliards de dollars"; "4 million" -> "4
milhões de euros" is a currency added; "$" -> "€" a currency changed; "per cent" -> "pour
mille", "km" -> "milles", "tonnes" -> "kg" a unit changed).

Each side's units are read as kinds (`workflow.lang.units`), in entries with a figure, a sign, a
figure in words or an amount said without a figure ("tens of millions of dollars"); a kind on
one side only is an error. Per cent and measures are also counted per figure: one said after
fewer figures in the translation was dropped after one (a range says it once: "de 10 à 15 %");
any unit said after more amounts in the translation than the source has it for (a range or
list counted by its figures) was added to one ("40 % des 2 000 % écoles"). A currency may be
left out after an amount that names it ("2 milliards de dollars, dont 300 millions"), not
before: an amount of the source with its currency that the translation writes without it, with
no earlier amount (nor the range it opens) naming it, lost it ("$47 billion ... $20 billion" ->
"47 milliards ... 20 milliards de dollars"). A unit given again to an amount the source says
bare after one with it ("6.9 million hectares, 4.6 million of them forest", "from 25,000 square
kilometres to 2,500") is none added.
Pure: no I/O.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from decimal import Decimal
from typing import TypeVar

from workflow.lang.languages import Language
from workflow.lang.units import (
    COUNTED,
    CURRENCIES,
    LABELS,
    YEN_OR_YUAN,
    counts,
    kinds,
    may_have,
    occurrences,
)
from workflow.problems import Problem
from workflow.quality import figures
from workflow.quality.figures import Figure
from workflow.quality.registry import Context, EntryView, problem, register
from workflow.quality.text import plain

_V = TypeVar("_V")
_IN_TEN = re.compile(r"(?i)\b(?:out\s+of|in)\s+(?:ten|10)\b")
_TONNAGE = re.compile(r"(?i)\b(?:gross|net|deadweight)[\s-]+tonnage\b|\b(?:GT|DWT)\b")
_POINTS = re.compile(r"(?i)\d[\s\u00a0\u202f]*(?:points?|puntos?|pontos?|пункт[а-яё]*)(?!\w)")


# an amount the source says without its unit, after one with it: "6.9 million hectares, 4.6
# million of them forest", which a translation may give the unit again ("4,6 millions
# d'hectares de forêt")
_OF_THEM = re.compile(r"\s+(?:of\s+(?:them|which|these|those)|more|each)\b|\s*(?:[,;.)]|$)")


# ... or the end of a range the source gives its unit once: "from about 25,000 square
# kilometres to 2,500,"
_RANGE_END = re.compile(r"\b(?:to|and|or)\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?$")


def _bare_amounts(source: str, language: Language, kind: str) -> int:
    """How many amounts of the source after its first of `kind` are said without a unit or
    a noun: a figure with a scale word ("4.6 million") or ending a range ("to 2,500"), followed
    by "of them", "of which", "more", or by a punctuation mark ("and 2 million."), not "5
    million people"."""
    found = occurrences(source, language)
    after = min((start + len(w) for k, start, w in found if k == kind), default=None)
    if after is None:
        return 0
    named = [start for _, start, _ in found]
    bare = 0
    for f in figures.figures(source, language):
        if f.start < after or any(
            f.end <= at <= f.end + 2 or f.start - 2 <= at < f.start for at in named
        ):
            continue
        closes = _RANGE_END.search(source, max(0, f.start - 20), f.start) is not None
        if (f.scale or closes) and _OF_THEM.match(source, f.end):
            bare += 1
    return bare


def _shown(found: Mapping[str, str], kind: str) -> str:
    return f"{LABELS[kind]} ({found[kind]!r})"


def _yen_is_yuan(one: Mapping[str, str], other: Mapping[str, str]) -> bool:
    """Whether `one`'s yen is the yuan: written with the sign ¥ the two share, where `other`
    has yuan and no yen ("¥2 billion" = "20亿元人民币")."""
    return one.get("yen") in YEN_OR_YUAN and "yuan" in other and "yen" not in other


def _renamed(found: Mapping[str, _V], yuan: bool) -> dict[str, _V]:
    return {("yuan" if yuan and k == "yen" else k): v for k, v in found.items()}


def _amounts(
    text: str, language: Language, kind: str, yuan: bool, other: Language | None = None
) -> tuple[list[Figure], list[tuple[Decimal, int]]]:
    """A text's figures, and the (value, where) of each amount it names a currency of `kind`
    for: the figure right after a sign or code ("$47 billion", "US$ 4"), else the one right
    before a word ("47 milliards de dollars", "470亿美元")."""
    figs = figures.figures(text, language, other=other)
    out = []
    for found, at, written in occurrences(text, language):
        if ("yuan" if yuan and found == "yen" else found) != kind:
            continue
        sign = not any(c.isalpha() for c in written) or written.isupper()
        if sign:
            after = [f for f in figs if at + len(written) <= f.start <= at + len(written) + 2]
            if after:
                out.append((after[0].value, after[0].start))
                continue
        before = [f for f in figs if f.end <= at and at - f.end <= 24]
        if before:
            out.append((before[-1].value, before[-1].start))
    return figs, out


def _unsaid_amounts(
    source: str, target: str, kind: str, ctx: Context, yuan: tuple[bool, bool]
) -> list[Decimal]:
    """The amounts the source names a currency for that the translation writes without it
    and with no earlier amount naming it: "$47 billion ... $20 billion" -> "47 milliards ...
    20 milliards de dollars" drops the dollars of the 47. A currency left out after an amount
    that names it is the translation's way ("$2 billion, of which $300 million" -> "2
    milliards de dollars, dont 300 millions")."""
    _, s_amounts = _amounts(source, ctx.source, kind, yuan[0])
    t_figs, t_amounts = _amounts(target, ctx.target, kind, yuan[1], ctx.source)
    said = Counter(v for v, _ in t_amounts)
    named_at = {at for _, at in t_amounts}
    first = min(named_at, default=len(target))
    out = []
    for value, _ in s_amounts:
        if said[value] > 0:
            said[value] -= 1
            continue
        where = [i for i, f in enumerate(t_figs) if f.value == value]
        if not where or _ranged(t_figs, where[0], target, named_at):
            continue
        at = t_figs[where[0]].start
        if at < first or _RESTATED.search(target[max(0, at - 24) : at]):
            out.append(value)
    return out


# An amount restated ("$49.6 billion ... 43 per cent, or $21 billion"): its currency is said
# again, where an amount that is part of another ("dont 300 millions") or set against it
# ("contre 10 milliards en 2024") may leave it out
_RESTATED = re.compile(
    r"(?i)(?:\bsoit|c[’']est-à-dire|\bes decir|\bo sea|\bi\.e\.|(?<![а-яё])или|то есть"
    r"|(?<![\u0620-\u064a])أي|即|亦即|也就是)[\s,，:：\u00a0\u202f]*$"
)


# what joins the figures of a range or list whose currency is said once, after the last one
_JOIN = re.compile(
    r"(?i)^[\s\u00a0\u202f]*(?:[-–—~/,،、]|to|and|or|à|et|ou|a|al|y|e|o|до|и|или|إلى|و|أو|至|到|和|或)"
    r"[\s\u00a0\u202f]*$"
)


def _ranged(figs: list[Figure], i: int, text: str, named_at: set[int]) -> bool:
    """Whether figure `i` opens a range or list whose last figure names the currency ("50亿至
    230亿美元", "de 5 à 23 milliards de dollars")."""
    while i + 1 < len(figs) and _JOIN.match(text[figs[i].end : figs[i + 1].start]):
        i += 1
        if figs[i].start in named_at:
            return True
    return False


@register("units", "error", "currencies and per cent / per mille as in the source, none added")
def check_units(entry: EntryView, ctx: Context) -> list[Problem]:
    # an amount without a figure ("tens of millions of dollars") has its currency too
    # and one in words ("two million dollars" -> "deux millions d’euros")
    figured = may_have(entry.msgid) or may_have(entry.msgstr)
    if (
        not figured
        and not figures.vague_amounts(entry.msgid, ctx.source)
        and not figures.has_number_words(entry.msgid, ctx.source)
    ):
        return []
    source, target = plain(entry.msgid), plain(entry.msgstr)
    src = kinds(source, ctx.source)
    tgt = kinds(target, ctx.target)
    # an amount in ¥ is in yen or in yuan: the other side's yuan (or yen) is its currency
    s_yuan, t_yuan = _yen_is_yuan(src, tgt), _yen_is_yuan(tgt, src)
    src, tgt = _renamed(src, s_yuan), _renamed(tgt, t_yuan)
    # a ship's tonnage (a measure of its volume, "5,000 gross tonnage"), which translations
    # write with the tonne's word or without ("5000 طن فأكثر", "5000总吨", "вместимостью 5000")
    if "tonne" in tgt and "tonne" not in src and _TONNAGE.search(source):
        tgt = {k: v for k, v in tgt.items() if k != "tonne"}
    # "eight out of ten" said as a share in tenths, "八成" (80 per cent)
    if tgt.get("percent") == "成" and "percent" not in src and _IN_TEN.search(source):
        tgt = {k: v for k, v in tgt.items() if k != "percent"}
    # percentage points said as points after the figure ("de 2 points", "на 2 пункта") where
    # the source says percentage points
    if "point" in src and "point" not in tgt and _POINTS.search(target):
        src = {k: v for k, v in src.items() if k != "point"}
    # per cent said as a fraction: 50 per cent as a half ("la moitié", "a la mitad",
    # "наполовину"), 75 per cent as "three quarters", either way
    if (
        "percent" in src
        and "percent" not in tgt
        and figures.per_cent_said_as_fraction(source, target, ctx.target.base)
    ):
        src = {k: v for k, v in src.items() if k != "percent"}
    if (
        "percent" in tgt
        and "percent" not in src
        and figures.per_cent_said_as_fraction(target, source, ctx.source.base)
    ):
        tgt = {k: v for k, v in tgt.items() if k != "percent"}
    out = [
        problem("units", entry, f"{_shown(src, k)} missing in the translation")
        for k in src
        if k not in tgt
    ]
    out += [
        problem("units", entry, f"{_shown(tgt, k)} not in the source") for k in tgt if k not in src
    ]
    shared = [k for k in src if k in tgt]
    if shared:
        # a unit said after fewer figures than in the source was dropped after one ("2 % et 5 %"
        # -> "2 ... 5 %"; a range says it once); one after more was added to an amount
        s_raw, t_raw = (
            counts(source, ctx.source, ranges=False),
            counts(target, ctx.target, ranges=False),
        )
        s_ranged = counts(source, ctx.source, ranges=True)
        t_ranged = counts(target, ctx.target, ranges=True)
        s_raw, s_ranged = _renamed(s_raw, s_yuan), _renamed(s_ranged, s_yuan)
        t_raw, t_ranged = _renamed(t_raw, t_yuan), _renamed(t_ranged, t_yuan)
        for k in shared:
            if k in COUNTED and t_ranged.get(k, 0) < s_raw.get(k, 0):
                out.append(
                    problem(
                        "units",
                        entry,
                        f"{_shown(src, k)} after {s_raw[k]} figures in the source, "
                        f"{t_ranged.get(k, 0)} in the translation",
                    )
                )
            elif k in CURRENCIES and t_ranged.get(k, 0) < s_raw.get(k, 0):
                for value in _unsaid_amounts(source, target, k, ctx, (s_yuan, t_yuan)):
                    out.append(
                        problem(
                            "units",
                            entry,
                            f"{_shown(src, k)} missing after {figures.plain_value(value)} "
                            "in the translation (no amount before it names the currency)",
                        )
                    )
            elif t_raw.get(k, 0) > s_ranged.get(k, 0) + _bare_amounts(source, ctx.source, k):
                out.append(
                    problem(
                        "units",
                        entry,
                        f"{_shown(tgt, k)} after {t_raw[k]} amounts in the translation, "
                        f"{s_ranged.get(k, 0)} in the source",
                    )
                )
    return out
