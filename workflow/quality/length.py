"""The length check: a translation is not much longer or shorter than usual for the pair
(expected ratios per language; [checks] length_ratio overrides them).
"""

from __future__ import annotations

import re

from workflow.lang.languages import Language
from workflow.lang.writing import UNSPACED_SCRIPTS, letter_scripts
from workflow.problems import Problem
from workflow.quality.registry import Context, EntryView, problem, register
from workflow.quality.text import plain

# Length of a translation over its English source, in characters: the median of the reviewed
# sample catalogs (fr 1.20, es 1.20, ur 1.02, ar 0.85, zh 0.26) and usual values for others.
_EXPECTED_RATIO = {
    "fr": 1.2,
    "es": 1.2,
    "pt": 1.15,
    "it": 1.15,
    "de": 1.2,
    "ru": 1.15,
    "ur": 1.02,
    "ar": 0.85,
    "fa": 0.95,
    "hi": 1.05,
    "zh": 0.27,
    "ja": 0.4,
    "ko": 0.45,
}
_SPREAD_ERROR = 2.5  # a factor around the expected ratio beyond which the length is an error
_SPREAD_WARNING = 1.8


def _expected(language: Language) -> float:
    if language.base in _EXPECTED_RATIO:
        return _EXPECTED_RATIO[language.base]
    return 0.3 if letter_scripts(language) & UNSPACED_SCRIPTS else 1.1


def length_bounds(ctx: Context) -> tuple[float, float, float, float]:
    """(error low, warning low, warning high, error high) bounds of len(msgstr)/len(msgid)."""
    override = ctx.settings.length_ratio.get(ctx.target.code)
    if override:
        return override[0], override[0], override[1], override[1]
    ratio = (
        _expected(ctx.target) / _expected(ctx.source)
        if ctx.source.base != "en"
        else (_expected(ctx.target))
    )
    return (
        ratio / _SPREAD_ERROR,
        ratio / _SPREAD_WARNING,
        ratio * _SPREAD_WARNING,
        ratio * _SPREAD_ERROR,
    )


def _measured(text: str) -> str:
    """The words of a text: no markup, URLs, e-mails or code; spaces collapsed."""
    return " ".join(re.sub(r"[*_~`\[\]]", " ", plain(text)).split())


@register(
    "length", "error", "the translation is not much longer or shorter than usual for the pair"
)
def check_length(entry: EntryView, ctx: Context) -> list[Problem]:
    src, tgt = _measured(entry.msgid), _measured(entry.msgstr)
    if len(src) < 12:
        return []
    ratio = len(tgt) / len(src)
    err_lo, warn_lo, warn_hi, err_hi = length_bounds(ctx)
    if len(src) < 30:  # short segments vary more: errors only, wider
        err_lo, err_hi = err_lo / 1.6, err_hi * 1.6
        warn_lo, warn_hi = err_lo, err_hi
    expected = f"{warn_lo:.2f}-{warn_hi:.2f}"
    if ratio > err_hi or ratio < err_lo:
        what = "longer" if ratio > err_hi else "shorter"
        return [
            problem(
                "length",
                entry,
                f"translation is {ratio:.2f} times the source's length, much {what} than "
                f"usual for {ctx.source.code}->{ctx.target.code} ({expected})",
            )
        ]
    if ratio > warn_hi or ratio < warn_lo:
        return [
            problem(
                "length",
                entry,
                f"translation is {ratio:.2f} times the source's length "
                f"(usual for {ctx.source.code}->{ctx.target.code}: {expected})",
                "warning",
            )
        ]
    return []
