"""The units check: the currencies, per cent / per mille / percentage points and measures of
the source, no more, no less ("$2.4 billion" -> "2,4 milliards de dollars"; "4 million" -> "4
milhões de euros" is a currency added; "$" -> "€" a currency changed; "per cent" -> "pour
mille", "km" -> "milles", "tonnes" -> "kg" a unit changed).

Each side's units are read as kinds (`workflow.lang.units`), in entries with a figure, a sign, a
figure in words or an amount said without a figure ("tens of millions of dollars"); a kind on
one side only is an error. Per cent and measures are also counted per figure: one said after
fewer figures in the translation was dropped after one (a range says it once: "de 10 à 15 %");
any unit said after more amounts in the translation than the source has it for (a range or
list counted by its figures) was added to one ("40 % des 2 000 % écoles").
Pure: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from workflow.lang.units import COUNTED, LABELS, counts, kinds, may_have
from workflow.problems import Problem
from workflow.quality import figures
from workflow.quality.registry import Context, EntryView, problem, register
from workflow.quality.text import plain

_POINTS = re.compile(r"(?i)\d[\s\u00a0\u202f]*(?:points?|puntos?|pontos?|пункт[а-яё]*)(?!\w)")


def _shown(found: Mapping[str, str], kind: str) -> str:
    return f"{LABELS[kind]} ({found[kind]!r})"


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
    # percentage points said as points after the figure ("de 2 points", "на 2 пункта") where
    # the source says percentage points
    if "point" in src and "point" not in tgt and _POINTS.search(target):
        src = {k: v for k, v in src.items() if k != "point"}
    # 50 per cent said as a half ("la moitié", "a la mitad", "наполовину"), either way
    if (
        "percent" in src
        and "percent" not in tgt
        and figures.half_for_fifty_per_cent(source, target)
    ):
        src = {k: v for k, v in src.items() if k != "percent"}
    if (
        "percent" in tgt
        and "percent" not in src
        and figures.half_for_fifty_per_cent(target, source)
    ):
        tgt = {k: v for k, v in tgt.items() if k != "percent"}
    yen_sign = "¥" in source or "￥" in source
    if yen_sign:
        # the sign of both the yen and the yuan: the translation names which ("500 millions
        # de yens" for "¥500 million")
        src.update({k: v for k, v in tgt.items() if k in ("yen", "yuan")})
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
            elif t_raw.get(k, 0) > s_ranged.get(k, 0) and not (yen_sign and k in ("yen", "yuan")):
                out.append(
                    problem(
                        "units",
                        entry,
                        f"{_shown(tgt, k)} after {t_raw[k]} amounts in the translation, "
                        f"{s_ranged.get(k, 0)} in the source",
                    )
                )
    return out
