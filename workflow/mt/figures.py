"""How figures are written, and finding them again in a machine translation.

A *notation* is (thousands group separator, decimal separator): "1,250,000.5" in English,
"1.250.000,5" in Portuguese. The protector masks figures written in the source's notation and
restores them in the target's (`format_figure`); the figures it leaves to the model are looked
for in the output as numbers read in either notation (`missing_figures`).

Pure: no I/O, no third-party imports.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

# How figures are written: (thousands group separator, decimal separator).
Notation = tuple[str, str]
ENGLISH: Notation = (",", ".")
PORTUGUESE: Notation = (".", ",")  # pt-BR; CLDR pt-PT groups with U+00A0


def _group_separators(group: str) -> set[str]:
    """A space-like group separator also accepts the other spaces (CLDR uses U+00A0/U+202F)."""
    spaces = {" ", "\u00a0", "\u202f"}
    return spaces if group in spaces else {group}


def figure_pattern(notation: Notation = ENGLISH, *, grouped_only: bool = False) -> str:
    """Regex of a figure written in ``notation``: "1,250,000", "17.5", "2022" (English).

    Digits glued to a letter before them are not figures ("G20"); ``grouped_only`` matches
    only figures with thousands separators.
    """
    group, decimal = notation
    separators = "|".join(re.escape(g) for g in sorted(_group_separators(group)))
    grouped = rf"\d{{1,3}}(?:(?:{separators})\d{{3}})+"
    integer = grouped if grouped_only else rf"(?:{grouped}|\d+)"
    before = re.escape(group + decimal)
    return rf"(?<![\w{before}]){integer}(?:{re.escape(decimal)}\d+)?(?!\d)"


def parse_figure(figure: str, notation: Notation = ENGLISH) -> Decimal | None:
    """The value of ``figure`` written in ``notation``, or None if it is not well formed."""
    group, decimal = notation
    int_part, _, frac = figure.partition(decimal)
    if decimal in frac or (frac and not frac.isdigit()):
        return None
    pieces = re.split("|".join(re.escape(g) for g in _group_separators(group)), int_part)
    if not all(p.isdigit() for p in pieces):
        return None
    if len(pieces) > 1 and (len(pieces[0]) > 3 or any(len(p) != 3 for p in pieces[1:])):
        return None
    try:
        return Decimal("".join(pieces) + ("." + frac if frac else ""))
    except InvalidOperation:  # pragma: no cover - guarded by isdigit
        return None


def format_figure(figure: str, source: Notation, target: Notation) -> str:
    """``figure`` rewritten from ``source`` to ``target`` notation ("1,375.2" -> "1.375,2")."""
    if parse_figure(figure, source) is None:
        return figure
    int_part, _, frac = figure.partition(source[1])
    digits = re.sub(r"\D", "", int_part)
    if len(digits) != len(int_part):  # it was grouped: group it the target's way
        head = len(digits) % 3 or 3
        chunks = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
        digits = target[0].join(chunks)
    return digits + (target[1] + frac if frac else "")


_OUT_NUMBER_RE = re.compile(r"\d+(?:[.,\u00a0\u202f]\d+)*")


def number_readings(token: str) -> set[Decimal]:
    """Every value a number token in an output may stand for, in English or Portuguese /
    continental notation: "1.250" reads as 1250 or 1.25; "1.20.000" reads as nothing."""
    readings = set()
    for notation in (ENGLISH, PORTUGUESE, ("\u00a0", ","), ("\u202f", ",")):
        value = parse_figure(token, notation)
        if value is not None:
            readings.add(value)
    return readings


def missing_figures(figures: Sequence[str], output: str, notation: Notation = ENGLISH) -> list[str]:
    """The ``figures`` (written in ``notation``) not found, as numbers, in ``output``.

    Each number of the output accounts for one figure at most.
    """
    pool = [number_readings(t) for t in _OUT_NUMBER_RE.findall(output)]
    missing: list[str] = []
    for figure in figures:
        value = parse_figure(figure, notation)
        for i, readings in enumerate(pool):
            if value in readings:
                del pool[i]
                break
        else:
            missing.append(figure)
    return missing


__all__ = [
    "ENGLISH",
    "PORTUGUESE",
    "Notation",
    "figure_pattern",
    "format_figure",
    "missing_figures",
    "number_readings",
    "parse_figure",
]
