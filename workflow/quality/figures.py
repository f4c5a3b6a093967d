"""Figures in text, read as numbers, and compared between a source and its translation.

A figure is read with the writing language's own separators (CLDR, through
`languages.notation`): "240,000,000" in English, "240 000 000" (space, no-break space or narrow
no-break space) in French, "240.000.000" in Spanish, "2,4" for 2.4 in French. Digits may be
ASCII, Arabic-Indic (٠-٩), Extended Arabic-Indic (۰-۹), Devanagari (०-९), Bengali or full-width.
A scale word after a figure multiplies it: "240 million" = "240 millions" = "240 millones" =
"240 ملین" = "2.4亿" = "24 کروڑ" = 240000000. A month name next to a figure ("20 June 2024",
"20 juin", "6月") counts as its month number, so dates compare across languages.

`compare()` matches the source's figures to the translation's by value and says what is
missing, what is extra, and what it is unsure about (a figure written with the source
language's separators, a scale word it does not know for the language): unsure is a warning,
never a silent pass.

The per-language data (digits, scale words, number words, Chinese numerals) is in
`workflow.lang.numerals`. Pure: no I/O. Babel only through `workflow.lang.languages`.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache

from workflow.lang import fractionwords, languages, numberwords
from workflow.lang.languages import Language
from workflow.lang.numerals import (
    ARABIC_DECIMAL,
    ARABIC_GROUP,
    CJK_DIGITS,
    CJK_NUMERAL,
    CJK_NUMERAL_LANGUAGES,
    CJK_VAGUE_POWERS,
    COMMA_DECIMAL_LANGUAGES,
    PREFIXED_UNIT,
    SCALE_ADJECTIVES,
    SCALE_LIKE,
    SCALE_WORDS,
    SPACE_GROUP_LANGUAGES,
    SYMBOL_UNIT,
    UNIT_PREFIXES,
    UNIT_SYMBOLS,
    UNSPACED_SCALE_WORDS,
    VAGUE_COUNTS,
    VAGUE_JOINERS,
    VAGUE_SCALES,
    ZEROS,
    ZH_TENTH_DIGITS,
    ZH_TENTHS,
    ascii_digits,
    cjk_numeral_value,
)
from workflow.problems import Severity
from workflow.source import inline

_SPACES = " \u00a0\u202f\u2009"


# --- figures ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Figure:
    """A figure as found in a text."""

    text: str  # as written, scale words included: "240 millions", "2.4亿", "June"
    start: int
    end: int
    value: Decimal  # what it stands for, scale applied: 240000000
    number: Decimal  # the figure before any scale word: 240
    scale: str = ""  # the scale words as written ("millions", "亿"), "" if none
    power: int = 0  # the power of ten the scale words stand for
    next_word: str = ""  # the word right after a figure without a known scale word
    month: bool = False  # a month name next to a figure
    alternative: Decimal | None = None  # read with the other language's separators
    alternative_end: int = 0  # where that reading ends (it may swallow the next figure)
    alternative_text: str = ""
    parts: tuple[Decimal, ...] = ()  # read as separate figures when grouped by plain spaces


@dataclass(frozen=True)
class Finding:
    """One thing `compare()` has to say: "240 million missing", "2025 not in the source"."""

    severity: Severity
    message: str


@dataclass(frozen=True)
class _Notation:
    groups: str  # characters accepted between groups of digits
    decimals: str  # characters accepted as decimal separator
    plain_space_groups: bool  # an ordinary space may separate groups


@lru_cache(maxsize=64)
def _notation(language: Language) -> _Notation:
    group, decimal = languages.notation(language)
    groups = set("\u00a0\u202f\u2009" + ARABIC_GROUP)
    plain = group in _SPACES or language.base in SPACE_GROUP_LANGUAGES
    if plain:
        groups.add(" ")
    if group not in _SPACES:
        groups.add(group)
        if group in "’'":
            groups.update("’'")
    decimals = {decimal, ARABIC_DECIMAL}
    groups -= decimals
    if language.base in COMMA_DECIMAL_LANGUAGES:
        # a group needs three digits after it: "1,200" is grouped, "1,9" a decimal
        decimals.add(",")
    return _Notation("".join(sorted(groups)), "".join(sorted(decimals)), plain)


@lru_cache(maxsize=64)
def _figure_re(notation: _Notation) -> re.Pattern[str]:
    g = "[" + re.escape(notation.groups) + "]"
    d = "[" + re.escape(notation.decimals) + "]"
    # the leading lookahead changes nothing the pattern matches (a figure starts with a digit)
    # but lets the engine skip to the next digit instead of trying every position
    return re.compile(
        r"(?=[0-9])(?<![0-9])(?P<int>[0-9]{1,3}(?:" + g + r"[0-9]{3})+(?![0-9])"
        r"|[0-9]{1,2}(?:" + g + r"[0-9]{2})+" + g + r"[0-9]{3}(?![0-9])"  # 2,40,00,000
        r"|[0-9]+)"
        r"(?:" + d + r"(?P<frac>[0-9]+))?"
    )


@lru_cache(maxsize=64)
def _scale_re(base: str) -> re.Pattern[str] | None:
    words = SCALE_WORDS.get(base)
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    stems = SCALE_ADJECTIVES.get(base)
    if stems:  # "12-миллионного": the scale word made an adjective after a hyphen
        alternatives += r"|(?<=[0-9])-(?:" + "|".join(stems) + r")[^\W\d_]*"
    end = "" if base in UNSPACED_SCALE_WORDS else r"(?![^\W\d_])"
    # "400多万", "10余万": more than 4 million, more than 100,000 -- read as the figure
    approx = "(?:多|余|餘|几)?" if base in UNSPACED_SCALE_WORDS else ""
    prefixes = UNIT_PREFIXES.get(base)
    prefixed = "|(?:" + "|".join(prefixes) + ")" + PREFIXED_UNIT if prefixes else ""
    if prefixes and base not in UNSPACED_SCALE_WORDS:
        prefixed += "|" + SYMBOL_UNIT
    return re.compile(
        r"[*_ \u00a0\u202f\u2009]*" + approx + "(?:(?:" + alternatives + ")" + end + prefixed + ")",
        re.IGNORECASE,
    )


_WORD_AFTER = re.compile(r"[ \u00a0\u202f\u2009]*([^\W\d_][^\s\d]*)")
# English money in millions written short: "$2m", "£20m", "US$1.5m" (an "m" against the figure
# of an amount of money: a million, not a metre)
_MONEY_M = re.compile(r"m(?![^\W_])")
_CURRENCY_BEFORE = re.compile(r"[$£€¥]\s?$")


def _blank(text: str) -> str:
    """URLs, e-mails and link destinations blanked out: their digits are not figures."""
    return inline.blank(text, (*inline.ADDRESSES, inline.HTML))


# A unit's power written as a plain digit ("5 000 km2", "300 м3") is no figure.
_UNIT_POWER = re.compile(r"(?=[kcmксм])(?<![^\W\d_])(km|cm|mm|m|км|см|мм|м)([23])(?![\d\w])")


def _power_sign(m: re.Match[str]) -> str:
    return m.group(1) + ("²" if m.group(2) == "2" else "³")


def _value(int_part: str, frac: str | None) -> Decimal:
    # ASCII digits and separators only (the figure pattern's): no separator, nothing to drop
    digits = int_part if int_part.isdigit() else "".join(c for c in int_part if c.isdigit())
    return Decimal(digits + ("." + frac if frac else ""))


def figures(text: str, language: Language, *, other: Language | None = None) -> list[Figure]:
    """The figures of a text written in `language`, in order.

    `other`: another language whose separators the text may have used by mistake (the
    source's, in a translation); each figure then carries that reading as `alternative`.
    """
    plain = ascii_digits(_blank(text))
    if "2" in plain or "3" in plain:
        plain = _UNIT_POWER.sub(_power_sign, plain)
    notation = _notation(language)
    if language.direction == "rtl":
        plain = _reversed_groups(plain, notation)
    other_re = _figure_re(_notation(other)) if other is not None else None
    found = [
        _figure(m, text, plain, language.base, notation, other_re)
        for m in _figure_re(notation).finditer(plain)
    ]
    found = _sums(found, text)
    if len(found) > 1 and ("/" in text or "-" in text or "–" in text):
        found = _short_years(found, text)
    if language.base in UNSPACED_SCALE_WORDS:
        found = [_cjk_month(f, plain) for f in found]
    found.extend(_months(text, plain, language))
    found.sort(key=lambda f: f.start)
    return found


@lru_cache(maxsize=64)
def _reversed_groups_re(notation: _Notation) -> re.Pattern[str]:
    s = "[" + re.escape("".join(c for c in notation.groups if c in _SPACES)) + "]"
    return re.compile(
        r"(?=[0-9])(?<![0-9])(?<![0-9][.,\u066b\u066c])"
        r"(?P<groups>[0-9]{3}(?:" + s + r"[0-9]{3})*)(?P<sep>" + s + r")(?P<last>[1-9][0-9]{0,2})"
        r"(?![0-9])(?![.,\u066b\u066c][0-9])"
    )


def _reversed_groups(plain: str, notation: _Notation) -> str:
    """A right-to-left text whose figure is grouped by spaces may hold its groups in the order
    they show (UN Arabic "000 87" shows as 87 000, "700 3" as 3 700, "٨٠٠ ٣" as 3 800): the
    groups put back in reading order, same length. Only where the written order cannot be
    a figure -- a last group under three digits or a first one starting with 0 ("000 113" is
    113 000); "300 400" stays as written."""

    def put_back(m: re.Match[str]) -> str:
        groups, last = m.group("groups"), m.group("last")
        if len(last) == 3 and groups[0] != "0":
            return m.group()
        sep = m.group("sep")
        parts = re.split("([^0-9])", groups)  # groups and the spaces between them
        return last + sep + "".join(reversed(parts))

    return _reversed_groups_re(notation).sub(put_back, plain)


def _figure(
    m: re.Match[str],
    text: str,
    plain: str,
    base: str,
    notation: _Notation,
    other_re: re.Pattern[str] | None,
) -> Figure:
    """The figure of a match in `plain` (the text with ASCII digits): its value, the scale
    words after it, and its reading with the other language's separators."""
    number = _value(m.group("int"), m.group("frac"))
    end, power, scale_text = _scale_words_after(text, plain, m.end(), base)
    if (
        not scale_text
        and base == "en"
        and _MONEY_M.match(plain, end)
        and _CURRENCY_BEFORE.search(plain, max(0, m.start() - 4), m.start())
    ):
        end, power, scale_text = end + 1, 6, text[end : end + 1]  # "$2m", "£20m"
    next_word = ""
    if not scale_text:
        w = _WORD_AFTER.match(plain, end)
        if w:
            next_word = w.group(1)
    alternative, alternative_end = _other_reading(other_re, plain, m, number)
    parts: tuple[Decimal, ...] = ()
    if notation.plain_space_groups and " " in m.group("int"):
        # each part may be grouped itself ("287\u202f000 662\u202f000": two figures)
        parts = tuple(Decimal(_NOT_DIGIT.sub("", p)) for p in m.group("int").split(" ") if p)
    # Figure(...) with every field given, without the frozen dataclass's __setattr__ a field
    # (a third of the cost of reading a figure); tests/quality/test_figures.py pins it
    f: Figure = object.__new__(Figure)
    f.__dict__.update(
        text=text[m.start() : end],
        start=m.start(),
        end=end,
        value=number.scaleb(power) if power else number,
        number=number,
        scale=scale_text,
        power=power,
        next_word=next_word,
        month=False,
        alternative=alternative,
        alternative_end=alternative_end,
        alternative_text=text[m.start() : alternative_end] if alternative_end else "",
        parts=parts,
    )
    return f


_CJK_MONTH_RANGE = re.compile(r"\s*(?:至|到|-|–|—|~|、|和|或)\s*(?:1[0-2]|[1-9])月")


_NOT_DIGIT = re.compile(r"\D")


def _cjk_month(f: Figure, plain: str) -> Figure:
    """A figure 1..12 right before 月 is a month ("3月7日", "自1月以来"), not a count; so is the
    first of a range or list of months with one 月 ("1至3月", "3-5月", "4、5月")."""
    if (
        not f.scale
        and (plain.startswith("月", f.end) or _CJK_MONTH_RANGE.match(plain, f.end))
        and f.value == f.value.to_integral()
        and 1 <= f.value <= 12
    ):
        return Figure(f.text, f.start, f.end, f.value, f.number, month=True)
    return f


def _month_mentions(text: str, language: Language) -> Counter[Decimal]:
    """Months a text names anywhere, next to a figure or not ("since January", "自1月以来")."""
    out: Counter[Decimal] = Counter()
    plain = ascii_digits(text)
    if language.base in UNSPACED_SCALE_WORDS:
        out.update(Decimal(m.group(1)) for m in _CJK_MONTH.finditer(plain))
    compiled = _month_re(language)
    if compiled is not None:
        rx, names = compiled
        for m in rx.finditer(plain):
            name = m.group(1)
            if language.base == "en" and not name[:1].isupper():
                continue
            month = names.get(name.lower())
            if month is not None:
                out[Decimal(month)] += 1
    return out


_CJK_MONTH = re.compile(
    r"(?=[1-9])(?<![0-9])(1[0-2]|[1-9])(?=月|\s*(?:至|到|-|–|—|~|、|和|或)\s*(?:1[0-2]|[1-9])月)"
)


def _scale_words_after(text: str, plain: str, end: int, base: str) -> tuple[int, int, str]:
    """The scale words right after a figure that ends at `end`, successive ones multiplying:
    (where they end, the power of ten they stand for, as written)."""
    scale_re = _scale_re(base)
    if scale_re is None:
        return end, 0, ""
    scales = SCALE_WORDS.get(base, {})
    start = end
    power = 0
    scale_text = ""
    while True:
        s = scale_re.match(plain, end)
        if not s:
            break
        word = s.group().strip(_SPACES).lower().lstrip("多余餘几")
        if word.startswith("-"):
            word = word[1:]
            power += next(p for stem, p in SCALE_ADJECTIVES[base].items() if word.startswith(stem))
        else:
            prefix = UNIT_PREFIXES.get(base, {}).get(word) or UNIT_SYMBOLS.get(word, 0)
            power += scales.get(word) or prefix
        end = s.end()
        scale_text = text[start:end].strip(_SPACES)
    return end, power, scale_text


def _other_reading(
    other_re: re.Pattern[str] | None, plain: str, m: re.Match[str], number: Decimal
) -> tuple[Decimal | None, int]:
    """(value, end) of the figure read with the other language's separators, if that reading
    differs and is not shorter; (None, 0) otherwise."""
    if other_re is None:
        return None, 0
    o = other_re.match(plain, m.start())
    if o:
        other_value = _value(o.group("int"), o.group("frac"))
        if other_value != number and o.end() >= m.end():
            return other_value, o.end()
    return None, 0


def _short_years(found: list[Figure], text: str) -> list[Figure]:
    """The second year of a span written with its last two digits is that year: "2024/25"
    (the 2024/25 school year), "2024-25" is 2024 to 2025, as "2024/2025" and "2024–2025"."""
    out = list(found)
    for i in range(1, len(out)):
        prev, f = out[i - 1], out[i]
        if (
            len(f.text) == 2
            and not f.scale
            and 1900 <= prev.value <= 2099
            and text[prev.end : f.start] in ("/", "-", "–")
            and f.value == (prev.value + 1) % 100
        ):
            year = prev.value + 1
            out[i] = dataclasses.replace(f, value=year, number=year)
    return out


def _sums(found: list[Figure], text: str) -> list[Figure]:
    """Scaled figures in a row, each scale smaller, make one figure: "12 لاکھ 50 ہزار"."""
    out: list[Figure] = []
    for f in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.power > f.power > 0
            and not text[prev.end : f.start].strip(_SPACES)
        ):
            out[-1] = Figure(
                text=text[prev.start : f.end],
                start=prev.start,
                end=f.end,
                value=prev.value + f.value,
                number=prev.value + f.value,
                scale=prev.scale,
                power=prev.power,
            )
            continue
        out.append(f)
    return out


_AR_LEVANTINE_MONTHS = (
    "كانون الثاني",
    "شباط",
    "آذار",
    "نيسان",
    "أيار",
    "حزيران",
    "تموز",
    "آب",
    "أيلول",
    "تشرين الأول",
    "تشرين الثاني",
    "كانون الأول",
)


@lru_cache(maxsize=64)
def _month_re(language: Language) -> tuple[re.Pattern[str], dict[str, int]] | None:
    names = {
        k: v for k, v in languages.month_names(language).items() if not any(c.isdigit() for c in k)
    }
    if language.base == "ru":  # every case: "в феврале", "с марта", "к маю"
        for name, month in list(names.items()):
            if len(name) >= 3 and name[-1] in "ьяй":
                stem = name[:-1]
            elif len(name) >= 4 and name[-1] not in "аеиоуыэюя":
                stem = name
            else:
                continue
            for ending in ("", "ь", "я", "е", "ю", "ем", "а", "у", "ом", "й"):
                names.setdefault(stem + ending, month)
    if language.base == "ar":
        # UN Arabic: the Syriac-derived name, a slash and the Latin-derived one ("14 آذار/مارس"),
        # with the UN spellings يونيه and يوليه
        latin = {v: k for k, v in names.items()}
        latin.update({6: "يونيه", 7: "يوليه"})
        for month, name in enumerate(_AR_LEVANTINE_MONTHS, start=1):
            names.setdefault(name, month)
            names.setdefault(latin[month], month)
            for other in {latin[month], *(k for k, v in names.items() if v == month)}:
                if "/" not in other and other != name:
                    names.setdefault(f"{name}/{other}", month)
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    unspaced = not language.spaced
    edge = "" if unspaced else r"(?<![^\W\d_])"
    tail = "" if unspaced else r"(?![^\W\d_])"
    rx = re.compile(edge + "(" + alternatives + ")" + tail + r"\.?", re.IGNORECASE)
    return rx, names


_MonthWords = tuple[frozenset[str], tuple[str, ...]]


@lru_cache(maxsize=64)
def _month_words(language: Language) -> _MonthWords | None:
    """The month names of a spaced language as words (None for unspaced languages): a text
    with none of them is not run through the month pattern. With them, the fewest of them
    one of which is in every text that holds one ("apr" for "apr" and "april")."""
    if not language.spaced:
        return None
    compiled = _month_re(language)
    if compiled is None:
        return frozenset(), ()
    words = frozenset(w for name in compiled[1] for w in re.findall(r"[^\W\d_]+", name))
    needles = tuple(sorted(w for w in words if not any(v != w and v in w for v in words)))
    return words, needles


_LETTERS = re.compile(r"[^\W\d_]+")


_NEAR_BEFORE = re.compile(
    r"[0-9](?:st|nd|rd|th|er|e|º|ª|\.)?[*_]*[ \u00a0\u202f]+(?:(?:de|del|of)\s+)?[*_]*$"
)
_NEAR_AFTER = re.compile(r"^\.?[*_]*[ \u00a0\u202f]*(?:(?:de|del|of)\s+)?[*_]*[0-9]")


def _months(text: str, plain: str, language: Language) -> list[Figure]:
    """Month names written next to a figure ("20 June", "June 2024", "20 de junio")."""
    compiled = _month_re(language)
    if compiled is None:
        return []
    month_words = _month_words(language)
    if month_words is not None:
        words, needles = month_words
        low = plain.lower()
        # a month word that is no substring of the text is no word of it either: most texts
        # hold none, and are not split into words
        if not any(map(low.__contains__, needles)) or words.isdisjoint(_LETTERS.findall(low)):
            return []
    rx, names = compiled
    out = []
    for m in rx.finditer(plain):
        name = m.group(1)
        if language.base == "en" and not name[:1].isupper():
            continue  # "may" is not May
        before = plain[max(0, m.start() - 12) : m.start()]
        after = plain[m.end(1) : m.end(1) + 8]
        if not (_NEAR_BEFORE.search(before) or _NEAR_AFTER.match(after)):
            continue
        month = names.get(name.lower())
        if month is None:
            continue
        value = Decimal(month)
        out.append(
            Figure(
                text=text[m.start(1) : m.end(1)],
                start=m.start(1),
                end=m.end(1),
                value=value,
                number=value,
                month=True,
            )
        )
    return out


# --- comparison ---------------------------------------------------------------------------------
def compare(source: str, target: str, src: Language, tgt: Language) -> list[Finding]:
    """What the translation does to the source's figures: errors for figures missing or
    added, warnings where the reading is unsure. Empty when the figures agree.

    The figures are matched in steps, each on what the previous ones left: same value,
    groups of plain spaces, the source's separators, scale words not understood on either
    side, figures written in words on the other side.
    """
    vague = _vague_changed(source, target, src, tgt) + _first_made_second(source, target, src, tgt)
    vague += _month_lost(source, target, src, tgt)
    if _DIGIT_ANY.search(source) is None and _DIGIT_ANY.search(target) is None:
        # no figure on either side (most prose): only figures in words and orders of magnitude
        words = _words_changed(source, target, src, tgt, (), ())
        return vague + (words or _shares_changed(source, target, src, tgt))
    s_figs = figures(source, src)
    t_figs = figures(target, tgt, other=src)
    words = _words_changed(source, target, src, tgt, s_figs, t_figs)
    vague += words or _shares_changed(source, target, src, tgt)
    vague += _bounds_changed(source, target, src, tgt)
    if not s_figs and not t_figs:
        return vague
    s_left, t_left = _same_values(s_figs, t_figs)
    if s_left and t_left:
        s_left, t_left = _numbered_labels(s_left, t_left, source, target, tgt)
    t_left = _space_groups(s_left, t_left)
    t_left, separators = _source_separators(s_left, t_left, src, tgt, source)
    t_left, target_scales = _unknown_target_scales(s_left, t_left, tgt)
    source_scales = _unknown_source_scales(s_left, t_left, src)
    s_left, t_left = _in_words(s_left, t_left, source, target, src, tgt)
    s_left, t_left = _shared_scales(s_left, t_left, s_figs, t_figs, source, target)
    s_left, t_left, months = _months_named(s_left, t_left, source, target, src, tgt)
    s_left, t_left = _clock_times(s_left, t_left, source, target)
    s_left, t_left = _decades(s_left, t_left, source, target, tgt)
    s_left, t_left = _year_spans(s_left, t_left, source, target)
    s_left = _short_millions(s_left, t_left, source, target, tgt)
    s_left, t_left = _covid(s_left, t_left, source, target)
    s_left, t_left = _periods_and_halves(s_left, t_left, source, target, src, tgt)
    s_left, duals = _arabic_duals(s_left, source, tgt)
    s_left = _acronym_repeats(s_left, s_figs, source)
    missing = [Finding("error", f"{_label(s)} missing") for s in s_left]
    # a year of the source said once more ("our 2030 promise" = "距离2030年还有六年多的时间，
    # ...履行2030年承诺", a date made explicit): no value added, a warning (any other figure
    # said more often than in the source is one added: "10 a.m." -> "10 ч 10 мин")
    years = {f.value for f in s_figs if _a_year(f)}
    added = [
        Finding(
            "warning" if f.value in years else "error",
            f"{_label(f)} not in the source" + (" as often" if f.value in years else ""),
        )
        for f in t_left
    ]
    return separators + target_scales + source_scales + months + duals + missing + added + vague


# a month of a name, no date: "the March 23 Movement"
_MONTH_OF_NAME = re.compile(r"^\s*\d*\s*Movement\b")


def _month_lost(source: str, target: str, src: Language, tgt: Language) -> list[Finding]:
    """A month an English source names with no figure next to it ("published in October",
    "since January") that the translation names nowhere, in any form ("в октябре", "10月",
    "تشرين الأول/أكتوبر", or in English in a title kept so): dropped with its phrase. (A month
    next to a figure is a figure of its own, compared with the others.)"""
    if src.base != "en" or not MONTH_NAME.search(source):
        return []
    dated = {f.value for f in _months(source, ascii_digits(source), src)}
    # (the full names only: "Jan" is also a first name, "Jan Hoffmann")
    lost = {
        Decimal(MONTHS_EN.index(m.group()) + 1)
        for m in MONTH_NAME.finditer(source)
        if not _MONTH_OF_NAME.match(source, m.end())
    }
    lost -= dated
    if not lost:
        return []
    have = _month_mentions(target, tgt) + _month_mentions(target, src)
    if _DIGIT_ANY.search(target) and set(have) - set(_month_mentions(source, src)):
        return []  # another month next to a figure: a month changed, reported as such
    return [
        Finding("error", f"month {int(v)} ({MONTHS_EN[int(v) - 1]}) missing")
        for v in sorted(lost)
        if have[v] == 0
    ]


# the English months by name (also `omission.months_as_figures`'s)
MONTHS_EN = (
    "January February March April May June July August September October November December"
).split()
MONTH_NAME = re.compile(r"\b(?:" + "|".join(MONTHS_EN) + r")\b")


def _a_year(f: Figure) -> bool:
    """Whether a figure reads as a year: four digits from 1000 to 2199, no scale."""
    return f.value == f.number and 1000 <= f.value < 2200 and f.value == int(f.value)


# An acronym with a figure, in brackets after what it stands for: "the 29th Conference of the
# Parties (COP29)", "the Group of 20 (G20)"
_BRACKETED_ACRONYM = re.compile(r"[(（]\s*[A-Z]{1,6}[-‑]?\d+[A-Za-z\d]*\s*[)）]")


def _acronym_repeats(s_left: list[Figure], s_figs: list[Figure], source: str) -> list[Figure]:
    """The source's figures left unmatched, without those of a bracketed acronym that repeats a
    figure the source says before it ("The 29th Conference of the Parties (COP29)": UN Arabic
    and Chinese write the name, "مؤتمر الأطراف التاسع والعشرون", "第二十九届缔约方会议", and leave
    the acronym out)."""
    if not s_left or ("(" not in source and "（" not in source):
        return s_left
    spans = [m.span() for m in _BRACKETED_ACRONYM.finditer(source)]
    if not spans:
        return s_left
    return [
        s
        for s in s_left
        if not (
            any(a <= s.start < b for a, b in spans)
            and any(f.value == s.value and f.end <= s.start for f in s_figs if f is not s)
        )
    ]


# --- "first" made "second" ----------------------------------------------------------------------
# The figures in words compare values of 3 and more (1 and 2 are articles, duals, "both"): an
# ordinal 1 turned 2 ("por primera vez" -> "por segunda vez") is read by the ordinals alone.
_TWO_EN = re.compile(
    r"(?i)(?<![^\W\d_])(?:second|secondly|twice|again|another|re-\w+)(?![^\W\d_])"
    r"|(?<![\d.,])2(?![\d.,])"
)


def _first_made_second(source: str, target: str, src: Language, tgt: Language) -> list[Finding]:
    """An English source saying "first" and nothing a translation may say as a second (no 2,
    "second", "twice", "again", "another", a word with re-: "une deuxième fois"), its
    translation saying an ordinal 2 and no ordinal 1: the ordinal changed ("the two organs
    first adopted" -> "los dos órganos aprobaron por segunda vez")."""
    second = numberwords.ORDINAL_SECOND.get(tgt.base)
    if src.base != "en" or second is None or "irst" not in source:
        return []
    if not numberwords.ORDINAL_FIRST["en"].search(source) or _TWO_EN.search(source):
        return []
    found = second.search(target)
    if found is None or numberwords.ORDINAL_FIRST[tgt.base].search(target):
        return []
    return [Finding("error", f"'first' written {found.group()!r} (an ordinal changed)")]


# --- amounts without figures ---------------------------------------------------------------------
@dataclass(frozen=True)
class Vague:
    """An order of magnitude said without a figure: "tens of millions" (power 7)."""

    text: str
    power: int


@lru_cache(maxsize=64)
def _vague_re(base: str) -> re.Pattern[str] | None:
    if base in UNSPACED_SCALE_WORDS:
        chars = "".join(CJK_VAGUE_POWERS)
        return re.compile(f"(?:[数幾几上成]|数以)(?P<scale>[{chars}]+)")
    scales = VAGUE_SCALES.get(base)
    if not scales:
        return None
    stems = base in ("ru",)
    tail = r"[а-яё]*" if stems else ""
    arabic = base == "ar"
    clitic = "(?:[وفبلك]?(?:ال)?|لل)" if arabic else ""
    edge = r"(?<![\w])"
    scale = "|".join(re.escape(w) for w in sorted(scales, key=len, reverse=True))
    counts = "|".join(re.escape(w) for w in sorted(VAGUE_COUNTS.get(base, {}), key=len))
    joiner = VAGUE_JOINERS.get(base, "")
    join = rf"\s+(?:(?:{joiner})\s*)?" if joiner else r"\s+"
    count = rf"(?:{clitic}(?P<count>{counts}){tail}{join})?" if counts else ""
    # what a match starts with (a clitic's letter, a count's or a scale word's first), looked
    # ahead for: the engine then skips to those characters instead of trying every position
    firsts = {w[0] for w in (*scales, *VAGUE_COUNTS.get(base, {}))} | set(
        "وفبلكا" if arabic else ""
    )
    lead = "(?=[" + re.escape("".join(sorted(firsts))) + "])"
    return re.compile(
        lead + edge + count + clitic + rf"(?P<scale>{scale}){tail}(?!\w)", re.IGNORECASE
    )


_PREV_TOKEN = re.compile(r"(\w(?:[\w.,]*\w)?)[\s\u00a0\u202f]*$")


def vague_amounts(text: str, language: Language) -> tuple[Vague, ...]:
    """Orders of magnitude a text says without a figure: "tens of millions", "des milliards",
    "десятки миллионов", "数千万". A scale word after a figure or a number word ("200
    millions", "deux milliards") is the figure's, not one of these."""
    return _vague_amounts(text, language.base)


@lru_cache(maxsize=1024)
def _vague_amounts(text: str, base: str) -> tuple[Vague, ...]:
    rx = _vague_re(base)
    if rx is None:
        return ()
    out: list[Vague] = []
    for m in rx.finditer(text):
        if base in UNSPACED_SCALE_WORDS:
            power = sum(CJK_VAGUE_POWERS[c] for c in m.group("scale"))
            if power >= 3:  # thousands and more, as the other languages' scale words
                out.append(Vague(m.group(), power))
            continue
        before = _PREV_TOKEN.search(text[max(0, m.start() - 24) : m.start()])
        if before is not None:
            word = before.group(1).lower()
            if any(c.isdigit() for c in word) or numberwords.values(word, base):
                continue
        scale = m.group("scale").lower()
        scales = {k.lower(): v for k, v in VAGUE_SCALES[base].items()}
        counts = VAGUE_COUNTS.get(base, {})
        power = scales.get(scale, 0)
        count = m.group("count")
        if count:
            power += next((v for k, v in counts.items() if count.lower().startswith(k)), 0)
        if power:
            out.append(Vague(m.group().strip(), power))
    return tuple(out)


def _vague_changed(source: str, target: str, src: Language, tgt: Language) -> list[Finding]:
    """12. An order of magnitude said without a figure on both sides, changed: "tens of
    millions" -> "des dizaines de milliards" (10^7 -> 10^10). One only on one side (a
    translation writing "два с половиной миллиарда" for "2.5 billion", or "مليونا" for "2
    million") is not reported: the figures are compared above."""
    s_vague = vague_amounts(source, src)
    if not s_vague:
        return []
    t_vague = vague_amounts(target, tgt)
    if not t_vague:
        return []
    t_powers = Counter(v.power for v in t_vague)
    s_powers = Counter(v.power for v in s_vague)
    s_only = [v for v in s_vague if s_powers[v.power] > t_powers[v.power]]
    t_only = [v for v in t_vague if t_powers[v.power] > s_powers[v.power]]
    if not s_only or not t_only:
        return []
    return [
        Finding(
            "error",
            f"{s.text!r} (10^{s.power}) written {t.text!r} (10^{t.power})",
        )
        for s, t in zip(s_only, t_only, strict=False)
    ]


# A range or pair whose scale word is written once, after its last figure: "$5.8 and $5.9
# trillion", "5,8 до 5,9 трлн", "40 to 45 per cent"; at most a short word between the figures.
_RANGE_GAP = re.compile(r"^[\s\u00a0\u202f$€£¥*_]*(?:[^\W\d_]{1,5}|[-–—~/至到和及、])?[\s$€£¥*_]*$")


def _scaled_by_next(f: Figure, figs: Sequence[Figure], text: str) -> Decimal | None:
    """The value of an unscaled figure read with the scale of the figure after it in a range."""
    if f.scale or f.month:
        return None
    later = [g for g in figs if g.start >= f.end]
    if not later:
        return None
    nxt = min(later, key=lambda g: g.start)
    if not nxt.power or nxt.month or not _RANGE_GAP.match(text[f.end : nxt.start]):
        return None
    return f.number.scaleb(nxt.power)


def _shared_scales(
    s_left: list[Figure],
    t_left: list[Figure],
    s_figs: Sequence[Figure],
    t_figs: Sequence[Figure],
    source: str,
    target: str,
) -> tuple[list[Figure], list[Figure]]:
    """7. The first figure of a range taking the scale word of the last one, on either side
    ("$5.8 and $5.9 trillion" = "5 800 à 5 900 milliards"): matched by that value."""
    if not s_left or not t_left:
        return s_left, t_left
    s_value = {id(s): _scaled_by_next(s, s_figs, source) or s.value for s in s_left}
    t_value = {id(f): _scaled_by_next(f, t_figs, target) or f.value for f in t_left}
    pool = Counter(t_value.values())
    still_s: list[Figure] = []
    matched: Counter[Decimal] = Counter()
    for s in s_left:
        v = s_value[id(s)]
        if pool[v] > 0:
            pool[v] -= 1
            matched[v] += 1
        else:
            still_s.append(s)
    still_t: list[Figure] = []
    for f in t_left:
        v = t_value[id(f)]
        if matched[v] > 0:
            matched[v] -= 1
        else:
            still_t.append(f)
    return still_s, still_t


_PM = re.compile(r"^(?::[0-9]{2})?\s*(?:p\.\s?m\.?|pm\b|PM\b)")
_AM = re.compile(r"^\s*(?:a\.\s?m\.?|am\b|AM\b)")
_DOTTED_TIME = re.compile(r"^(1[0-2]|0?[1-9])\.([0-5][0-9])$")
_ONE_IN = re.compile(r"^\s+in\s+(?:every\s+)?[0-9]")
# a time of the 24-hour clock written as four figures: "1300 GMT", "0930 hours", "2100 UTC"
_HHMM = re.compile(r"^([01][0-9]|2[0-3])([0-5][0-9])$")
_HHMM_AFTER = re.compile(r"^[\s\u00a0]*(?:GMT|UTC|Z\b|Zulu|hours\b|hrs\b|h\b|local time)")
_ZERO_MINUTES = re.compile(r"[:.hч時时]\s*$")
# UN Arabic writes the minutes first: "الساعة 00/10" (10 a.m.), "الساعة 30/15" (3.30 p.m.)
_ZERO_MINUTES_FIRST = re.compile(r"/(?:[01]?[0-9]|2[0-4])(?![0-9])")


def _clock_times(
    s_left: list[Figure], t_left: list[Figure], source: str, target: str
) -> tuple[list[Figure], list[Figure]]:
    """9. Clock times and proportions as translations write them: "3 p.m." = "15 heures",
    "15:00", "15 ч 00 мин" (the hour plus 12; zero minutes written out); "1300 GMT" = "13 heures
    GMT" (a time of the 24-hour clock in four figures, before GMT, UTC or "hours"); "1 in 5
    children" = "каждый пятый ребенок", "طفل من كل خمسة" (the 1 is said by "every")."""
    if not s_left and not t_left:
        return s_left, t_left
    clock = [m.span() for m in _ROUND_THE_CLOCK.finditer(source)]
    if clock:
        # "24/7": round the clock, said in words ("круглосуточно", "全天候") or in figures
        # ("24 heures sur 24, 7 jours sur 7")
        s_left = [s for s in s_left if not any(a <= s.start < b for a, b in clock)]
        t_left = [t for t in t_left if t.value not in (24, 7)]
    still_s: list[Figure] = []
    for s in s_left:
        after = source[s.end : s.end + 12]
        pm = s.value < 12 and s.value == s.value.to_integral() and _PM.match(after)
        if pm and _pop_value(t_left, s.value + 12) is not None:
            continue
        if s.value == 1 and _ONE_IN.match(after):
            continue
        # "at 12 noon" = "à midi", "a mediodía", "в полдень"; "12 midnight" = "minuit"
        noon = _NOON_AFTER.match(after) if s.value == 12 else None
        if noon and _NOON_WORDS[noon.group(1).lower()].search(target):
            continue
        hhmm = _HHMM.match(s.text) if _HHMM_AFTER.match(after) else None
        if hhmm:  # "1300 GMT" = "13 heures GMT", "13.00 horas GMT", "13:30 UTC"
            hour, minutes = Decimal(hhmm.group(1)), Decimal(hhmm.group(2))
            if _consume(t_left, (hour,) if minutes == 0 else (hour, minutes)):
                continue
        dotted = _DOTTED_TIME.match(s.text)  # "3.30 p.m." = "15 h 30", "10.30 a.m." = "10 h 30"
        if dotted and (_PM.match(after) or _AM.match(after)):
            hour, minutes = Decimal(dotted.group(1)), Decimal(dotted.group(2))
            hour += 12 if _PM.match(after) and hour < 12 else 0
            if _consume(t_left, (hour, minutes)):
                continue
            # or on a 12-hour clock with its word for the afternoon: "下午1时10分", "1.10 مساءً"
            if hour > 12 and _consume(t_left, (hour - 12, minutes)):
                continue
        still_s.append(s)
    still_t = [
        f
        for f in t_left
        if not (
            f.text == "00"
            and (
                _ZERO_MINUTES.search(target[max(0, f.start - 3) : f.start])
                or _ZERO_MINUTES_FIRST.match(target, f.end)
            )
        )
    ]
    return still_s, still_t


_ROUND_THE_CLOCK = re.compile(r"(?<![0-9/])24/7(?![0-9/])")
_NOON_AFTER = re.compile(r"(?i)^[\s\u00a0\u202f]*(noon|midnight)(?!\w)")
_NOON_WORDS = {
    "noon": re.compile(r"(?i)(?<!\w)(?:midi|mediod[ií]a|meio-dia|полд[ен]|正午|中午|الظهر)"),
    "midnight": re.compile(r"(?i)(?<!\w)(?:minuit|medianoche|meia-noite|полноч|午夜|منتصف الليل)"),
}
_DECADE = re.compile(r"^['’]?s(?![^\W\d_])")
_CJK_CENTURY = re.compile(r"^\s*世纪")


def _decades(
    s_left: list[Figure], t_left: list[Figure], source: str, target: str, tgt: Language
) -> tuple[list[Figure], list[Figure]]:
    """10. A decade said in words, or by its tens: "the 1990s" = "los años noventa",
    "九十年代", "تسعينيات", "les années 90", "в 90-е годы", "20世纪90年代" (the 20th century's
    90s)."""
    still: list[Figure] = []
    words: Counter[Decimal] | None = None
    for s in s_left:
        if s.value >= 1000 and s.value % 10 == 0 and _DECADE.match(source[s.end : s.end + 3]):
            tens = s.value % 100
            # by its tens: "20世纪90年代", "les années 90", "los años 90", "в 90-е годы"
            decade = next((f for f in t_left if f.value == tens and len(f.text) == 2), None)
            if decade is not None:
                t_left.remove(decade)
                century = s.value // 100 + 1
                for f in t_left:
                    if f.value == century and _CJK_CENTURY.match(target[f.end :]):
                        t_left.remove(f)
                        break
                continue
            if words is None:
                words = Counter(word_values(target, tgt))
            if words[tens] > 0:
                words[tens] -= 1
                continue
        still.append(s)
    return still, t_left


_YEAR_BEFORE = re.compile(r"(?<![0-9])((?:1[89]|2[01])[0-9]{2})[/\u2010\u2011\u2013\u2014-]$")


def _short_year(f: Figure, text: str) -> Decimal | None:
    """The full year a two-digit figure stands for when it closes a span of years written
    short, "2024/25", "2024-25", "1998–99": the century of the year before it, and later."""
    if len(f.text) != 2 or not f.text.isdigit():
        return None
    m = _YEAR_BEFORE.search(text, 0, f.start)
    if m is None:
        return None
    first = int(m.group(1))
    full = first // 100 * 100 + int(f.text)
    full += 100 if full <= first else 0
    return Decimal(full) if full - first <= 10 else None


# "3m high", "2m deep", "5m above sea level": metres
_METRES_AFTER = re.compile(
    r"m[\s\u00a0]+(?:high|long|deep|wide|tall|thick|above|below|under|across|in\s+(?:height"
    r"|length|depth|width|diameter))(?!\w)"
)


def _short_millions(
    s_left: list[Figure], t_left: list[Figure], source: str, target: str, tgt: Language
) -> list[Figure]:
    """10c. An English "m" against a figure that is not money: a million ("2m people") or a
    metre ("a 3m wall"); a million where the translation has the figure in millions, in
    digits or in words ("2 millions", "deux millions")."""
    still: list[Figure] = []
    words: Counter[Decimal] | None = None
    for s in s_left:
        if (
            s.next_word == "m"
            and source[s.end : s.end + 1] == "m"
            and not _METRES_AFTER.match(source, s.end)
        ):
            million = s.value.scaleb(6)
            if _pop_value(t_left, million) is not None:
                continue
            if words is None:
                words = Counter(word_values(target, tgt))
            if words[million] > 0:
                words[million] -= 1
                continue
        still.append(s)
    return still


def _year_spans(
    s_left: list[Figure], t_left: list[Figure], source: str, target: str
) -> tuple[list[Figure], list[Figure]]:
    """10b. A span of years written short on one side and in full on the other: "the 2024/25
    school year" = "l’année scolaire 2024-2025", "el año escolar 2024-2025"."""
    still_s: list[Figure] = []
    for s in s_left:
        full = _short_year(s, source)
        if full is not None and _pop_value(t_left, full) is not None:
            continue
        still_s.append(s)
    still_t: list[Figure] = []
    for f in t_left:
        full = _short_year(f, target)
        if full is not None and _pop_value(still_s, full) is not None:
            continue
        still_t.append(f)
    return still_s, still_t


_COVID = re.compile(r"(?i)covid[-\u2010\u2011 ]?$")
# the disease named without its figure: 新冠肺炎, 新型冠状病毒, коронавирусная инфекция, فيروس
# كورونا (not 冠状病毒病 alone: UN Chinese writes 2019冠状病毒病; not "COVID-" with its figure cut)
_COVID_NAMED = re.compile(r"(?i)新冠|新型冠状病毒|коронавирус|كورونا|coronavirus")
# "the COVID-19 pandemic": UN Chinese also names the pandemic without the year
_PANDEMIC = re.compile(r"(?i)[\s\u00a0]+pandemic")
_PANDEMIC_NAMED = re.compile(r"(?<![0-9])冠状病毒病(?:疫情|大流行)")


def _covid(
    s_left: list[Figure], t_left: list[Figure], source: str, target: str
) -> tuple[list[Figure], list[Figure]]:
    """10b. The 19 of COVID-19 is 2019, the year of the disease's name: UN Chinese writes
    "2019冠状病毒病"; a translation naming the disease without a figure ("新冠肺炎",
    "коронавирус") says it too, and so does "冠状病毒病疫情" for "the COVID-19 pandemic"."""
    still: list[Figure] = []
    for s in s_left:
        covid = s.value == 19 and _COVID.search(source[max(0, s.start - 7) : s.start])
        if covid and (
            _pop_value(t_left, Decimal(2019)) is not None
            or _COVID_NAMED.search(target)
            or (_PANDEMIC.match(source, s.end) and _PANDEMIC_NAMED.search(target))
        ):
            continue
        still.append(s)
    return still, t_left


# Years counted in decades, and a half said for 50 per cent: "over the past decade" = "au
# cours des 10 dernières années", "two decades" = "20 лет", "50 per cent" = "la moitié",
# "a la mitad", "наполовину".
_DECADE_WORDS = re.compile(
    r"(?i)(?<!\w)(?:decades?|décennies?|decenios?|décadas?|десятилети[а-яё]*)(?!\w)"
)
_YEARS_AFTER = re.compile(
    r"(?i)^(?:-|[\s\u00a0\u202f]+(?:[^\W\d_]+[\s\u00a0\u202f]+)?)"
    r"(?:years?|ans|années|años|anos|лет|года|годы|год)(?!\w)"
    r"|^年(?![代底初中末度份])"  # "过去20年" (the past 20 years), not "20年代" (the '20s)
)
_MONTHS_AFTER = re.compile(
    r"(?i)^[\s\u00a0\u202f-]+(?:months?|mois|meses|месяц[а-яё]*)(?!\w)|^个月"
)
_YEAR_WORDS = re.compile(
    r"(?i)(?<!\w)(?:years?|ans?|années?|años?|год[а-яё]*|лет)(?!\w)"
    # Chinese "一年", "两年" (a year, two years), said with a numeral
    r"|(?<=[一两二三四五六七八九十])年(?![代底初中末度份])"
)
_WEEKS_AFTER = re.compile(r"(?i)^[\s\u00a0\u202f-]+weeks?(?!\w)")
_HALF_WORDS = re.compile(
    r"(?i)(?<!\w)(?:half|halved|moitié|mitad|metade|наполовину|половин[а-яё]*)(?!\w)"
    # Arabic with its clitics and suffixes ("نصف السكان", "بالنصف", "نصفهم"); Chinese
    r"|(?<![\u0620-\u064a])(?:[وفبكل]|لل|ال|بال|وال)?نصف(?:ها|هم|ه)?(?![\u0620-\u064a])"
    r"|一半|半数|过半|减半"
)
# A quarter and a fifth, for 25 and 20 per cent: "a quarter of the budget" = "25 % du budget",
# "четверть", "الربع", "四分之一"; "a fifth", "one-fifth", "пятая часть", "الخمس", "خُمس",
# "五分之一" (not the ordinal "the fifth session", not "خمس" five, not "четвертый" fourth)
_QUARTER_WORDS = re.compile(
    r"(?i)(?<!\w)(?:quarter|quart|cuarta\s+parte|четверт(?:ь|и|ью))(?!\w)"
    r"|(?<![\u0620-\u064a])(?:[وفبكل]|لل|ال|بال|وال)?ربع(?![\u0620-\u064a])|四分之一"
)
_FIFTH_WORDS = re.compile(
    r"(?i)(?<!\w)(?:(?:a|one)[\s-]fifth|пят(?:ая|ую|ой)\s+част[а-яё]*)(?!\w)"
    r"|(?<![\u0620-\u064a])(?:(?:[وفبكل]|لل)?ال|بال|وال)خمس(?![\u0620-\u064a])|خُمس|五分之一"
)
_FRACTIONS = (
    (Decimal(50), _HALF_WORDS),
    (Decimal(25), _QUARTER_WORDS),
    (Decimal(20), _FIFTH_WORDS),
)


def _fractions_said(text: str) -> set[Decimal]:
    """The per cent values a text says as a fraction (a half, a quarter, a fifth)."""
    return {v for v, words in _FRACTIONS if words.search(text)}


# "per cent" after a figure, in the languages' words (Arabic "في المائة", "بالمئة")
_PER_CENT_WORDS = (
    r"%|٪|％|per\s?cent|pour\s?cent|por\s?ciento|por\s?cento|процент|(?:في|ب)\s?(?:ال)?(?:مائة|مئة)"
)
_PER_CENT_AFTER = re.compile(r"(?i)^[\s\u00a0\u202f]*(?:" + _PER_CENT_WORDS + ")")


def _period_counts(text: str, base: str, words: re.Pattern[str], size: int) -> Counter[Decimal]:
    """The spans a text says in decades (`size` 10 years) or years (12 months): "the past
    decade" 10, "two decades" 20, "три десятилетия" 30, "l’année à venir" 12 (the count: a
    number word among the three words before, else one); none after a figure ("2 ans")."""
    out: Counter[Decimal] = Counter()
    for m in words.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        if _DIGIT_BEFORE_WORD.search(before):
            continue
        count = 1
        if base in CJK_NUMERAL_LANGUAGES:  # "两年": the numeral run right before
            run = _CJK_NUMERAL_BEFORE.search(before)
            if run is not None and (v := cjk_numeral_value(run.group())) > 0:
                count = v
            out[Decimal(size * count)] += 1
            continue
        for word in reversed(_WORD_TOKENS.findall(before)[-3:]):
            found = numberwords.values(word.lower(), base)
            if found:
                count = found[0]
                break
        out[Decimal(size * count)] += 1
    return out


_DIGIT_BEFORE_WORD = re.compile(r"\d[\s\u00a0\u202f]*$")
_CJK_NUMERAL_BEFORE = re.compile(r"[〇零一二两三四五六七八九十百]+$")


_PER_CENT_FIGURE = re.compile(
    r"(?i)(?<![\d.,])(\d+(?:[.,]\d+)?)[\s\u00a0\u202f]*(?:" + _PER_CENT_WORDS + ")"
)
_WORD_TOKENS = re.compile(r"[^\W\d_]+")


def per_cent_said_as_fraction(per_cent_side: str, other: str, other_base: str) -> bool:
    """Whether a text's per cent figures may all be said by the other side as fractions in
    words: "50 %" as a half ("la moitié", "a la mitad", "наполовину"), "75 %" as "three
    quarters", "33 %" as "a third" (`lang/fractionwords.py`, within a point)."""
    found = [
        Decimal(m.group(1).replace(",", ".")) for m in _PER_CENT_FIGURE.finditer(per_cent_side)
    ]
    if not found:
        return False
    said = _fractions_said(other)  # a half, a quarter, a fifth (Arabic "الخمس" too)
    fracs = fractionwords.read(other, other_base)
    return all(v in said or _fraction_of(v, fracs) is not None for v in found)


def _fraction_of(per_cent: Decimal, fracs: Counter[Fraction]) -> Fraction | None:
    """The fraction of `fracs` (with a count left) that a per cent figure says, within a point."""
    for f, n in fracs.items():
        if n > 0 and abs(Decimal(f.numerator * 100) / f.denominator - per_cent) <= 1:
            return f
    return None


def _periods_and_halves(
    s_left: list[Figure],
    t_left: list[Figure],
    source: str,
    target: str,
    src: Language,
    tgt: Language,
) -> tuple[list[Figure], list[Figure]]:
    """10c. Years said in decades on the other side ("10 years" = "a decade", "20 лет" = "two
    decades"), months in years ("the next 12 months" = "l’année à venir"), and 50 per cent
    said as a half ("la moitié", "наполовину") or a per cent figure as another fraction
    ("75 %" = "three quarters")."""
    if not s_left and not t_left:
        return s_left, t_left

    def match(figs: list[Figure], text: str, other: str, other_lang: Language) -> list[Figure]:
        decades: Counter[Decimal] | None = None
        years: Counter[Decimal] | None = None
        said = _fractions_said(other)
        fracs: Counter[Fraction] | None = None
        still: list[Figure] = []
        for f in figs:
            after = text[f.end :]
            if f.value % 10 == 0 and not f.scale and _YEARS_AFTER.match(after):
                if decades is None:
                    decades = _period_counts(other, other_lang.base, _DECADE_WORDS, 10)
                if decades[f.value] > 0:
                    decades[f.value] -= 1
                    continue
            if f.value % 12 == 0 and not f.scale and _MONTHS_AFTER.match(after):
                if years is None:
                    years = _period_counts(other, other_lang.base, _YEAR_WORDS, 12)
                if years[f.value] > 0:
                    years[f.value] -= 1
                    continue
            if not f.scale and _WEEKS_AFTER.match(after) and other_lang.base != "en":
                days = set(_days_of_weeks(f.value, other_lang.base))
                if days & set(word_values(other, other_lang)) and _DAYS.search(other):
                    continue  # "2 weeks" = "quinze jours"
            if not f.scale and _YEARS_AFTER.match(after) and _span_adjective(f.value, other):
                continue  # "a 5-year plan" = "un plan quinquennal", "decenal"
            if (
                f.value == 50
                and _FIFTY_FIFTY.search(text, max(0, f.start - 3), f.end + 3)
                and _EQUAL_SHARES.search(other)
            ):
                continue  # "split 50/50" = "à parts égales", "a partes iguales"
            if f.value in said and _PER_CENT_AFTER.match(after):
                said.discard(f.value)  # "50 %" = "la moitié", "25 %" = "четверть"
                continue
            if not f.scale and _PER_CENT_AFTER.match(after):
                # "75 %" said "three quarters" (`lang/fractionwords.py`)
                if fracs is None:
                    fracs = fractionwords.read(other, other_lang.base)
                frac = _fraction_of(f.value, fracs)
                if frac is not None:
                    fracs[frac] -= 1
                    continue
            still.append(f)
        return still

    return match(s_left, source, target, tgt), match(t_left, target, source, src)


_HYPHEN_WORD_AFTER = re.compile(r"-[^\W\d_]")
_SIGN_AFTER = re.compile(r"[\s\u00a0\u202f]?[°%‰º℃]")


def _arabic_duals(
    s_left: list[Figure], source: str, tgt: Language
) -> tuple[list[Figure], list[Finding]]:
    """11. A 2 said by an Arabic dual ("for 2 years" = "لمدة عامين", "2 reports" = "تقريرين"):
    unsure, a warning."""
    if tgt.base != "ar":
        return s_left, []
    still: list[Figure] = []
    findings: list[Finding] = []
    for s in s_left:
        unit = _SIGN_AFTER.match(source, s.end) is not None  # "2°C" = "درجتين مئويتين"
        # "a 2-day conference" = "المؤتمر الذي يستمر يومين"
        unit = unit or _HYPHEN_WORD_AFTER.match(source, s.end) is not None
        if s.value == 2 and not s.scale and not s.month and (s.next_word or unit):
            findings.append(
                Finding("warning", f"{s.text} missing, unless an Arabic dual says it; check")
            )
            continue
        still.append(s)
    return still, findings


def _months_named(
    s_left: list[Figure],
    t_left: list[Figure],
    source: str,
    target: str,
    src: Language,
    tgt: Language,
) -> tuple[list[Figure], list[Figure], list[Finding]]:
    """8. A month next to a figure on one side, named without one on the other ("since January"
    = "自1月以来"): accounted for. A month the source does not name at all is only a warning:
    a month name is also part of names ("حركة 23 مارس", the 23 March Movement, for M23)."""
    findings: list[Finding] = []
    if any(f.month for f in t_left):
        named = _month_mentions(source, src)
        reported = any(s.month for s in s_left)  # a month figure missing says it already
        unmatched = Counter() if reported else named - _month_mentions(target, tgt)
        still: list[Figure] = []
        for f in t_left:
            if not f.month:
                still.append(f)
            elif named[f.value] > 0:
                named[f.value] -= 1
            elif unmatched:
                # the source names another month the translation does not: a month changed
                # ("who fled in March" -> "3月份" -> "4月份")
                month = next(iter(unmatched))
                unmatched[month] -= 1
                unmatched += Counter()
                findings.append(
                    Finding("error", f"{_label(f)} not in the source, month {month} missing")
                )
            else:
                findings.append(Finding("warning", f"{_label(f)} not in the source"))
        t_left = still
    if any(s.month for s in s_left):
        named = _month_mentions(target, tgt)
        if src.base != tgt.base:
            # a title the translation keeps in the source's language ("le rapport « Hunger
            # Hotspots: June to October 2025 »") names its months in that language
            named += _month_mentions(target, src)
        kept: list[Figure] = []
        for s in s_left:
            if s.month and named[s.value] > 0:
                named[s.value] -= 1
            else:
                kept.append(s)
        s_left = kept
    return s_left, t_left, findings


def _same_values(
    s_figs: Sequence[Figure], t_figs: Sequence[Figure]
) -> tuple[list[Figure], list[Figure]]:
    """1. Figures of the same value on both sides: (the source's, the translation's) left.
    A month matches a month first, a count a count ("On 3 March" = "3月3日": the day's 3 is not
    taken by the month's 3月 when the day is dropped), then what is left by value alone."""
    if not any(f.month for f in s_figs) and not any(f.month for f in t_figs):
        return _by_value(s_figs, t_figs)
    s_months, t_months = [f for f in s_figs if f.month], [f for f in t_figs if f.month]
    s_counts, t_counts = [f for f in s_figs if not f.month], [f for f in t_figs if not f.month]
    s1, t1 = _by_value(s_months, t_months)
    s2, t2 = _by_value(s_counts, t_counts)
    s_left, t_left = _by_value(sorted(s1 + s2, key=_at), sorted(t1 + t2, key=_at))
    return s_left, t_left


def _at(f: Figure) -> int:
    return f.start


# The number of a target, paragraph or article ("target 15.7", "paragraph 3.2"): a label, not
# a decimal; every language copies it as written (UN Arabic with a hyphen: "الغاية 15-7").
_LABEL_WORDS = re.compile(
    r"(?i)(?<!\w)(?:targets?|goals?|indicators?|paragraphs?|paras?\.?|sub-?paragraphs?"
    r"|sections?|articles?|art\.|rules?|items?|chapters?|annex(?:es)?|tables?|figures?|boxes"
    r"|box|clauses?|versions?|cibles?|objectifs?|indicateurs?|paragraphes?|règles?|chapitres?"
    r"|annexes?|metas?|objetivos?|indicadores?|párrafos?|artículos?|secci[oó]n|secciones"
    r"|reglas?|cap[ií]tulos?|anexos?|задач\w*|цел\w*|показател\w*|пункт\w*|стать\w*"
    r"|раздел\w*|правил\w*|глав\w*|приложени\w*)[\s\u00a0*_]*$"
)
_DOTTED = re.compile(r"([0-9]{1,3})\.([0-9]{1,3})")


def _numbered_labels(
    s_left: list[Figure], t_left: list[Figure], source: str, target: str, tgt: Language
) -> tuple[list[Figure], list[Figure]]:
    """1b. A numbered label of the source ("target 15.7") written as is in the translation
    ("cible 15.7", "meta 15.7", "задачи 15.7", "الغاية 15-7"): the figures the translation's
    separators read in it ("15" and "7") are the label, no decimal written the source's way."""
    s_out: list[Figure] = []
    plain = ascii_digits(target)
    joins = ".-\u2010\u2011\u2013" if tgt.direction == "rtl" else "."
    for f in s_left:
        m = _DOTTED.fullmatch(ascii_digits(f.text))
        if m is None or not _LABEL_WORDS.search(source, max(0, f.start - 40), f.start):
            s_out.append(f)
            continue
        label = re.compile(
            r"(?<![0-9.,])" + m.group(1) + "[" + re.escape(joins) + "]" + m.group(2) + r"(?![0-9])"
            r"(?![.,][0-9])"
        )
        at = [(a.start(), a.end()) for a in label.finditer(plain)]
        inside = [g for g in t_left if any(a <= g.start < b for a, b in at)]
        if not inside:
            s_out.append(f)
            continue
        t_left = [g for g in t_left if g not in inside]
    return s_out, t_left


def _by_value(
    s_figs: Sequence[Figure], t_figs: Sequence[Figure]
) -> tuple[list[Figure], list[Figure]]:
    # plain dicts, not Counters: this runs on every entry with a figure
    pool: dict[Decimal, int] = {}
    for f in s_figs:
        pool[f.value] = pool.get(f.value, 0) + 1
    t_left: list[Figure] = []
    for f in t_figs:
        n = pool.get(f.value, 0)
        if n > 0:
            pool[f.value] = n - 1
        else:
            t_left.append(f)
    return _take(s_figs, pool), t_left


def _space_groups(s_left: list[Figure], t_left: list[Figure]) -> list[Figure]:
    """2. Groups of plain spaces that were really separate figures ("les 10 750 faux"): the
    source's figures they account for are taken out of `s_left`; the translation's left."""
    still: list[Figure] = []
    for f in t_left:
        if f.parts and _consume(s_left, f.parts):
            continue
        still.append(f)
    return still


def _source_separators(
    s_left: list[Figure], t_left: list[Figure], src: Language, tgt: Language, source: str = ""
) -> tuple[list[Figure], list[Finding]]:
    """3. The source language's separators used in the translation ("80,000" in French reads
    80): an error, since the reader of the translation reads another value; the translation's
    figures that reading swallows are taken too. Not a time of day written with a point on both
    sides ("10.30 a.m." = "a las 10.30 horas", as UN Spanish writes the time)."""
    still: list[Figure] = []
    findings: list[Finding] = []
    swallowed: set[int] = set()
    for f in t_left:
        if f.start in swallowed:
            continue
        hit = _pop_value(s_left, f.alternative) if f.alternative is not None else None
        if hit is not None:
            swallowed.update(g.start for g in t_left if f.start < g.start < f.alternative_end)
            after = source[hit.end : hit.end + 12]
            if (
                _DOTTED_TIME.match(hit.text)
                and (_AM.match(after) or _PM.match(after))
                and f.alternative_text == hit.text
            ):
                continue  # the same time of day, written the same way
            group, decimal = languages.notation(tgt)
            findings.append(
                Finding(
                    "error",
                    f"{f.alternative_text} is read as {_plain(hit.value)} only with "
                    f"{src.code} separators"
                    f" ({tgt.code} groups with {group!r}, decimals with {decimal!r})",
                )
            )
            continue
        still.append(f)
    return still, findings


def _unknown_target_scales(
    s_left: list[Figure], t_left: list[Figure], tgt: Language
) -> tuple[list[Figure], list[Finding]]:
    """4. The same figure with a scale word that is not understood for the translation's
    language: a warning."""
    still: list[Figure] = []
    findings: list[Finding] = []
    known = bool(SCALE_WORDS.get(tgt.base))
    for f in t_left:
        unknown = f.next_word and (not known or SCALE_LIKE.match(f.next_word))
        hit = _pop_scaled(s_left, f.number) if unknown and not f.scale else None
        if hit is not None:
            findings.append(
                Finding(
                    "warning",
                    f"{hit.text}: {f.number} is followed by {f.next_word!r}, a scale word not "
                    f"understood for {tgt.code}; check the value by hand",
                )
            )
            continue
        still.append(f)
    return still, findings


def _unknown_source_scales(
    s_left: list[Figure], t_left: list[Figure], src: Language
) -> list[Finding]:
    """5. The source's figure followed by a word taken for a scale word not known for the
    source's language: a warning; both figures are taken out of the lists."""
    findings: list[Finding] = []
    known = bool(SCALE_WORDS.get(src.base))
    for s in list(s_left):
        unknown = s.next_word and (not known or SCALE_LIKE.match(s.next_word))
        hit = _pop_scaled(t_left, s.number) if unknown and not s.scale else None
        if hit is not None:
            s_left.remove(s)
            findings.append(
                Finding(
                    "warning",
                    f"{s.text} {s.next_word}: scale word not understood for {src.code}; "
                    f"check {hit.text} by hand",
                )
            )
    return findings


def _in_words(
    s_left: list[Figure],
    t_left: list[Figure],
    source: str,
    target: str,
    src: Language,
    tgt: Language,
) -> tuple[list[Figure], list[Figure]]:
    """6. A figure written in words on the other side ("three", "七十九", "二〇二四"): the
    (source's, translation's) figures still unaccounted for."""
    if not s_left and not t_left:
        return s_left, t_left
    t_words = Counter(word_values(target, tgt))
    s_words = Counter(word_values(source, src))
    still_s: list[Figure] = []
    for s in s_left:
        if t_words[s.value] > 0:
            t_words[s.value] -= 1
        else:
            still_s.append(s)
    still: list[Figure] = []
    for f in t_left:
        if s_words[f.value] > 0:
            s_words[f.value] -= 1
        else:
            still.append(f)
    return still_s, still


# --- approximations ------------------------------------------------------------------------------
# The words that bound an amount from below ("more than", "plus de", "более", "أكثر من", "超过",
# "30多万") or from above ("less than", "moins de", "менее", "أقل من", "不到", "5岁以下"), per
# language. Neutral ones ("about", "nearly", "près de", "около", "نحو", "约", "近") are not read:
# translations render "nearly" as "about" as often as not. "Up to", "jusqu’à", "hasta", "до" are
# also "until" and are left out.
_BOUNDS: dict[str, tuple[str, str]] = {
    "en": (
        r"(?<!no )more\s+than|over|above|in\s+excess\s+of|upwards\s+of|at\s+least|exceeding",
        r"(?<!no )(?:less|fewer)\s+than|under|below|at\s+most|no\s+more\s+than",
    ),
    "fr": (
        r"(?<!pas )plus\s+d(?:e|u|es|['’])|au\s+moins|supérieure?s?\s+à|dépassant|pas\s+moins\s+de",
        r"(?<!pas )moins\s+d(?:e|u|es|['’])|au\s+plus|inférieure?s?\s+à|pas\s+plus\s+de",
    ),
    "es": (
        r"(?<!no )más\s+de(?:l)?|al\s+menos|por\s+lo\s+menos|superior(?:es)?\s+a|no\s+menos\s+de",
        r"(?<!no )menos\s+de(?:l)?|como\s+máximo|inferior(?:es)?\s+a|no\s+más\s+de",
    ),
    "pt": (
        r"(?<!não )mais\s+de|pelo\s+menos|superior(?:es)?\s+a",
        r"(?<!não )menos\s+de|no\s+máximo|inferior(?:es)?\s+a",
    ),
    "ru": (
        r"(?<!не )более|свыше|(?<!не )больше|не\s+менее|по\s+меньшей\s+мере|как\s+минимум",
        r"(?<!не )менее|(?<!не )меньше|не\s+более|не\s+свыше|не\s+больше",
    ),
    "ar": (
        r"أكثر\s+من|(?<!لا )يزيد\s+(?:على|عن)|يربو\s+على|لا\s+يقل\s+عن|فوق",
        r"أقل\s+من|لا\s+يزيد\s+(?:على|عن)|لا\s+يتجاوز|دون",
    ),
    "zh": (r"(?<!不)超过|逾|至少|不少于|多于|高于", r"不到|不足|少于|至多|不超过|低于"),
}
# Chinese bounds written after the figure: "30多万", "1 000余人", "90%以上", "5岁以下"
_ZH_AFTER = re.compile(
    r"[0-9一二三四五六七八九十百千][万亿千百十]?个?(?P<more>多|余)"
    r"|[0-9][%％]?[^\s\d，。；、]{0,2}?(?:(?P<above>以上)|(?P<less>以下|以内))"
)


@lru_cache(maxsize=64)
def _bounds_re(base: str) -> re.Pattern[str] | None:
    bounds = _BOUNDS.get(base)
    if bounds is None:
        return None
    more, less = bounds
    edge = "" if base == "zh" else r"(?<![^\W\d_])"
    # the bound, then (an article, a currency sign) a figure
    after = (
        r"[\s\u00a0\u202f]*(?:el\s+|la\s+|les?\s+|l['’]|US|чем\s+(?:на\s+|в\s+)?)?"
        r"[$€£¥]?[\s\u00a0]?(?=[0-9٠-٩])"
    )
    return re.compile(
        edge + "(?:(?P<more>" + more + ")|(?P<less>" + less + "))" + after, re.IGNORECASE
    )


_FIGURE_START = re.compile(r"(?=[0-9])(?<![0-9])[0-9]")


# What a text with a bound holds (lower case): most texts hold none and are not searched.
_BOUND_CUES = {
    "en": (
        "more",
        "over",
        "above",
        "excess",
        "upwards",
        "least",
        "exceed",
        "less",
        "fewer",
        "under",
        "below",
        "most",
    ),
    "fr": ("plus", "moins", "supérieur", "inférieur", "dépass"),
    "es": ("más", "menos", "superior", "inferior", "máximo"),
    "pt": ("mais", "menos", "superior", "inferior", "máximo"),
    "ru": ("более", "свыше", "больше", "менее", "меньше", "минимум"),
    "ar": ("أكثر", "يزيد", "يربو", "يقل", "فوق", "أقل", "يتجاوز", "دون"),
    "zh": (
        "超过",
        "逾",
        "至少",
        "不少于",
        "多",
        "高于",
        "不到",
        "不足",
        "少于",
        "至多",
        "低于",
        "余",
        "以上",
        "以下",
        "以内",
    ),
}


def _bounds(text: str, language: Language) -> tuple[str, str]:
    """(a lower bound's words, an upper bound's words) a text puts on its figures ("" none)."""
    rx = _bounds_re(language.base)
    if rx is None:
        return "", ""
    low = text.lower()
    if not any(map(low.__contains__, _BOUND_CUES.get(language.base, ("",)))):
        return "", ""
    more = less = ""
    plain = ascii_digits(text)
    done = 0
    for d in _FIGURE_START.finditer(plain):
        # a bound stands right before a figure: looked for there only, not over the text
        start = max(done, d.start() - 40)
        done = d.start() + 1
        for m in rx.finditer(plain, start, done):
            if m.group("more"):
                more = more or m.group("more")
            else:
                less = less or m.group("less")
    if language.base == "zh":
        for m in _ZH_AFTER.finditer(plain):
            if m.group("more") or m.group("above"):
                more = more or m.group("more") or m.group("above")
            elif m.group("less"):
                less = less or m.group("less")
    return more, less


_ZH_LOST_BOUND = re.compile(
    r"(?i)(?<![^\W\d_])(?P<bound>more\s+than|at\s+least|in\s+excess\s+of|upwards\s+of|exceeding)"
    r"[\s\u00a0]+(?:US)?[$€£]?[\s\u00a0]?[0-9][0-9.,]*(?:[\s\u00a0]+(?:million|billion|trillion))?"
    r"(?![0-9.,]*[\s\u00a0-]+(?:years?|decades?|months?|weeks?|days?|hours?)\b)"
)


# ... and no word of Chinese that may say it anywhere in the translation ("至少有390名", "上千人")
_ZH_ANY_MORE = re.compile(r"多|余|以上|超|逾|至少|不少于|不下|高于|突破|之多|上(?=[百千万亿])")


def _bounds_changed(source: str, target: str, src: Language, tgt: Language) -> list[Finding]:
    """14. A bound turned round: "more than 300,000" -> "moins de 300 000", "fewer than 500" ->
    "逾500": the source bounds its figures only one way and the translation only the other."""
    if not _DIGIT_ANY.search(source):
        return []
    # figures in words as digits ("moins de cinquante", "más de doscientos", "over three
    # years"): a bound is read before them too, on both sides alike
    source = _word_figures_as_digits(source, src)
    target = _word_figures_as_digits(target, tgt)
    approximated = _approximation_bound(source, target, src, tgt)
    s_more, s_less = _bounds(source, src)
    if not s_more and not s_less:
        return approximated
    t_more, t_less = _bounds(target, tgt)
    if tgt.base == "zh" and not t_more and not t_less and src.base == "en":
        # Chinese says "more than" in one character after the figure ("120多万", "3800多名"):
        # one easily lost. Not "over", also "during" and "above"; not a duration ("more than
        # 30 years" = "30年来"); only where the translation has no word of a lower bound at all
        m = _ZH_LOST_BOUND.search(source)
        if m and not s_less and not _ZH_ANY_MORE.search(target):
            return [
                Finding("error", f"{m.group('bound')!r} not in the translation (a bound dropped)")
            ]
    if s_more and not s_less and t_less and not t_more:
        return [
            Finding("error", f"{s_more!r} written {t_less!r} (a lower bound made an upper one)")
        ]
    if s_less and not s_more and t_more and not t_less:
        return [
            Finding("error", f"{s_less!r} written {t_more!r} (an upper bound made a lower one)")
        ]
    if t_more or t_less:
        # bounds both ways in a text: compared figure by figure (by their leading digits), a
        # figure the source bounds one way and the translation only the other
        s_by = _bound_leads(source, src)
        t_by = _bound_leads(target, tgt)
        for lead, (s_dir, s_word) in s_by.items():
            t = t_by.get(lead)
            if t is not None and t[0] != s_dir and t[0] != "both" and s_dir != "both":
                what = (
                    "a lower bound made an upper one"
                    if s_dir == "more"
                    else "an upper bound made a lower one"
                )
                return [Finding("error", f"{s_word!r} written {t[1]!r} ({what})")]
    return approximated


_NUMBER_WORD_GAP = re.compile(r"[\s\u00a0\u202f-]*")


def _word_figures_as_digits(text: str, language: Language) -> str:
    """The text with each run of number words that says one value of 3 or more written in
    digits ("plus de deux cents pays" -> "plus de 200 pays"); as it is where the language's
    number words are not known or the text has none."""
    if language.base in CJK_NUMERAL_LANGUAGES or not numberwords.may_have(text, language.base):
        return text
    spans = numberwords.marks(text, language.base)
    if not spans:
        return text
    runs: list[list[int]] = []
    for a, b in spans:
        if runs and _NUMBER_WORD_GAP.fullmatch(text, runs[-1][1], a):
            runs[-1][1] = b
        else:
            runs.append([a, b])
    out = text
    for a, b in reversed(runs):
        if _DIGIT_BEFORE_WORD.search(text, 0, a):
            continue  # a figure's scale word ("4,2 millions")
        if text[a:b].lower().endswith("fold"):
            continue  # times, no amount: "more than sixfold" = "六倍以上"
        said = numberwords.values(text[a:b], language.base, exact=True)
        if len(said) == 1 and said[0] >= 3:
            out = out[:a] + str(said[0]) + out[b:]
    return out


_DIGIT_BEFORE_WORD = re.compile(r"[0-9][\s\u00a0\u202f]*$")


def _bound_leads(text: str, language: Language) -> dict[str, tuple[str, str]]:
    """The figures a text bounds, by their first two digits: lead -> ("more" or "less", the
    bound's words), "both" where the same lead is bounded both ways."""
    rx = _bounds_re(language.base)
    out: dict[str, tuple[str, str]] = {}
    if rx is None:
        return out
    plain = ascii_digits(text)
    found = [
        (
            "more" if b.group("more") else "less",
            b.group("more") or b.group("less"),
            _lead(plain[b.end() :]),
        )
        for b in rx.finditer(plain)
    ]
    if language.base == "zh":
        found += [
            (
                "more" if b.group("more") or b.group("above") else "less",
                b.group("more") or b.group("above") or b.group("less"),
                _lead(plain[b.start() :]),
            )
            for b in _ZH_AFTER.finditer(plain)
        ]
    for direction, word, lead in found:
        if not lead:
            continue
        if lead in out and out[lead][0] != direction:
            out[lead] = ("both", word)
        else:
            out.setdefault(lead, (direction, word))
    return out


# What says an amount is about so much, neither more nor less ("nearly 40 years", "some 287,000
# homes"), right before a figure; an English source only
_APPROXIMATELY = re.compile(
    r"(?i)(?<![^\W\d_])(?P<word>about|around|some|nearly|almost|approximately|roughly"
    r"|close\s+to|an\s+estimated|circa)[\s\u00a0]+(?:US)?[$€£]?[\s\u00a0]?(?=[0-9])"
)


# The words `_APPROXIMATELY` starts with, and the characters other than ASCII letters that its
# IGNORECASE matches as one ("ſome" is "some"): a text holding neither is not searched.
_APPROXIMATELY_WORDS = (
    "about",
    "around",
    "some",
    "nearly",
    "almost",
    "approximately",
    "roughly",
    "close",
    "estimated",
    "circa",
)
_ASCII_FOLDS = "\u0130\u0131\u017f\u212a"


def _may_approximate(text: str) -> bool:
    low = text.lower()
    return any(map(low.__contains__, _APPROXIMATELY_WORDS)) or any(
        map(text.__contains__, _ASCII_FOLDS)
    )


def _approximation_bound(source: str, target: str, src: Language, tgt: Language) -> list[Finding]:
    """14b. An approximation made a bound: "nearly 40 years" -> "plus de 40 ans", "some 287,000"
    -> "más de 287 000", "almost 180" -> "超过180": a figure the source says is about so much
    (and bounds nowhere) is bounded in the translation (a bound before or after a figure with
    the same leading digits)."""
    if src.base != "en" or not _may_approximate(source):
        return []
    said = {_lead(source[m.end() :]): m.group("word") for m in _APPROXIMATELY.finditer(source)}
    if not said:
        return []
    rx = _bounds_re(tgt.base)
    if rx is None or not any(c in target.lower() for c in _BOUND_CUES.get(tgt.base, ("",))):
        return []
    s_rx = _bounds_re(src.base)
    s_plain = ascii_digits(source)
    bounded = {_lead(s_plain[b.end() :]) for b in s_rx.finditer(s_plain)} if s_rx else set()
    plain = ascii_digits(target)
    bounds = [
        (b.group("more") or b.group("less"), _lead(plain[b.end() :])) for b in rx.finditer(plain)
    ]
    if tgt.base == "zh":  # "120多万", "10%以上": the figure before the bound
        bounds += [
            (b.group("more") or b.group("above") or b.group("less"), _lead(plain[b.start() :]))
            for b in _ZH_AFTER.finditer(plain)
        ]
    for bound, figure in bounds:
        if figure and figure in said and figure not in bounded:
            word = said[figure]
            return [Finding("error", f"{word!r} written {bound!r} (an approximation made a bound)")]
    return []


_LEAD = re.compile(r"[\s\u00a0\u202f$€£¥]*([0-9])[\s\u00a0\u202f.,]?([0-9])?")


def _lead(text: str) -> str:
    """The first two digits of the figure a text begins with ("" if none): "287,000" -> "28"."""
    m = _LEAD.match(text)
    return m.group(1) + (m.group(2) or "") if m else ""


_DIGIT_ANY = re.compile("[" + "".join(f"{chr(z)}-{chr(z + 9)}" for z in ZEROS) + "]")


# --- figures in words ---------------------------------------------------------------------------
# Units whose words are number words: "pour cent" (cent = 100), "por ciento", "في المائة",
# "pour mille"; and the English pronoun "I" is no Roman one.
_UNIT_WORDS = re.compile(
    r"(?i)\b(?:pour\s?cent|pour\s?mille|por\s?ciento|por\s?cien|por\s?mil|per\s?cent)\b"
    r"|(?:في|ب)\s?(?:ال)?(?:مائة|مئة|ألف)(?!\w)"
)
# Chinese approximations said with numerals: 数十 (dozens), 几百 (some hundreds), 十几 (ten-odd)
_CJK_VAGUE_RUN = re.compile(
    r"[数几幾上成][一二三四五六七八九十百千万萬亿億]+|[十百千]几"
    # words that hold a numeral and say no value: the Red Cross, the Pentagon, "in case"
    r"|十字|五角大楼|四面八方|万一|千万|千方百计|一一|三角洲"
)
_DECADES = re.compile(r"(?i)decades?|décennies?|décadas?|десятилети|عقود|عقدين|عقدا")
_WORD_MIN = 3  # 1 and 2 are articles, duals, "both", "second": not compared word for word


def exact_word_values(text: str, language: Language, least: int = _WORD_MIN) -> Counter[Decimal]:
    """The figures a text writes in words that say a value (not "dozens", "数十", not 1 or 2,
    not the "cent" of "pour cent"), for comparing words with words. `least` 2 also takes 2
    ("second", "two", "half") and, in Latin script, Roman numerals ("World War II")."""
    base = language.base
    text, halves = _halves(_UNIT_WORDS.sub(" ", text), base)
    out = [Decimal(v) for v in numberwords.values(text, base, exact=True) if v >= least]
    out.extend(v for v in halves if v >= least)
    if least < _WORD_MIN and language.script == "Latn":
        out.extend(
            Decimal(v)
            for m in _ROMAN.finditer(text)
            if len(m.group(1)) > 1 and (v := _roman(m.group(1))) >= least
        )
    if base in CJK_NUMERAL_LANGUAGES:
        text = _CJK_VAGUE_RUN.sub(" ", _CJK_APPROX.sub("", text))
        out.extend(
            Decimal(v)
            for m in CJK_NUMERAL.finditer(text)
            if (v := cjk_numeral_value(m.group())) >= least
        )
    return Counter(out)


def has_number_words(text: str, language: Language) -> bool:
    """Whether a text may write a figure in words (a cheap test: False for most prose)."""
    return _has_words(text, language.base)


def _has_words(text: str, base: str) -> bool:
    return numberwords.may_have(text, base)


def _words_changed(
    source: str,
    target: str,
    src: Language,
    tgt: Language,
    s_figs: Sequence[Figure],
    t_figs: Sequence[Figure],
) -> list[Finding]:
    """13. Figures written in words on both sides, changed: "Two million refugees" -> "Trois
    millions de réfugiés", "a third" -> "四分之一". An error only when the source's words say a
    value the translation has nowhere (digits or words) and the translation's words say one the
    source has nowhere: a substitution, not a paraphrase ("a second wave" -> "une nouvelle
    vague" drops a word and adds none). A 2 of the source in words ("second", "half", "World
    War II") counts here too when the translation has no 2 anywhere and says in words a value
    of 3 or more the source has nowhere: "the second Secretary-General" -> "troisième
    Secrétaire général", "more than half" -> "三分之一以上" (a third)."""
    if not numberwords.may_have_value(source, src.base, 2) and not _ROMAN_RUN.search(source):
        return []
    if not numberwords.may_have_value(target, tgt.base, 2):
        return []
    s_words = exact_word_values(source, src, least=2)
    if not s_words:
        return []
    t_words = exact_word_values(target, tgt)
    t_twos = Decimal(0) if t_words else exact_word_values(target, tgt, least=2)[Decimal(2)]
    if not t_words and not t_twos:
        return []
    # Arabic month names hold ordinals ("كانون الثاني", January): no 2 of the text
    t_all = Counter(f.value for f in t_figs) + Counter(word_values(_no_months(target, tgt), tgt))
    s_all = Counter(f.value for f in s_figs) + Counter(word_values(source, src))
    # what one side says in words is looked for in what the other side has left once its
    # figures in digits are accounted for: "seven billion ... “7 Billion Actions”" -> "sept
    # millions ... « 7 milliards d’actions »" has the 7 billion of the name only once
    s_digits, t_digits = Counter(f.value for f in s_figs), Counter(f.value for f in t_figs)
    s_only = sorted((s_words - (t_all - s_digits)).elements())
    t_only = sorted((t_words - (s_all - t_digits)).elements())
    if s_only and not t_only and t_twos and 2 not in s_all and min(s_only) >= _WORD_MIN:
        # a value of 3 or more said in words made 2 ("three meals" -> "deux repas", "两餐"),
        # where the source has no 2 anywhere
        t_only = [Decimal(2)] * int(t_twos)
    if s_only and t_only and _DECADES.search(source) and _DECADES.search(target) is None:
        # "three decades" = "三十多年" (thirty-odd years)
        tens = {v * 10 for v in s_only}
        t_only = [v for v in t_only if v not in tens]
        s_only = [v for v in s_only if v * 10 not in t_words]
    if s_only and t_only and _WEEKS.search(source) and _DAYS.search(target):
        # "two weeks" = "quatorze jours", and French "quinze jours" (a fortnight), "huit
        # jours" (a week)
        said = {d for v in s_only for d in _days_of_weeks(v, tgt.base)}
        t_only = [v for v in t_only if v not in said]
        s_only = [v for v in s_only if not set(_days_of_weeks(v, tgt.base)) & set(t_words)]
    if not s_only or not t_only:
        return []
    return [Finding("error", f"{_plain(v)} (in words) missing") for v in s_only] + [
        Finding("error", f"{_plain(v)} (in words) not in the source") for v in t_only
    ]


def _shares_changed(source: str, target: str, src: Language, tgt: Language) -> list[Finding]:
    """Fractions, decades or weeks said in words on both sides, changed."""
    return (
        _fractions_changed(source, target, src, tgt)
        or _decades_changed(source, target, src, tgt)
        or _weeks_changed(source, target, src, tgt)
    )


_WEEK_WORDS = re.compile(
    r"(?i)(?<!\w)(?:weeks?|semaines?|semanas?|недел[а-яё]*|(?:[وفبل]?(?:ال)?)(?:أسبوع|اسبوع|أسابيع"
    r"|اسابيع)[\u064b-\u0652]*(?:ين|ان|ا)?)(?!\w)"
    # Chinese "一周", "两周", "三个星期" (a numeral before: not 周年, 周边, 周一)
    r"|(?<=[一两二三四五六七八九十几数])(?:个)?(?:周|星期|礼拜)(?![年边围末一二三四五六日])"
)
_AR_TWO_WEEKS = re.compile(r"(?:أ|ا)سبوع(?:ين|ان)(?!\w)")


def _week_counts(text: str, base: str) -> Counter[Decimal]:
    """The spans a text says in weeks, in days: "a week" 7, "two weeks" 14, "两周" 14 (the
    count a cardinal word right before says, from 1 to 52, else one); not a week of a name
    ("Global Road Safety Week") nor one after a figure ("2 weeks", compared as a figure)."""
    out: Counter[Decimal] = Counter()
    for m in _WEEK_WORDS.finditer(text):
        if m.group()[:1].isupper() and base not in CJK_NUMERAL_LANGUAGES:
            continue
        before = text[max(0, m.start() - 40) : m.start()]
        if _DIGIT_BEFORE_WORD.search(before):
            continue
        count = 1
        if base in CJK_NUMERAL_LANGUAGES:
            run = _CJK_NUMERAL_BEFORE.search(before)
            if run is not None and 0 < (v := cjk_numeral_value(run.group())) <= 52:
                count = v
        else:
            words = _WORD_TOKENS.findall(before)[-1:]
            found = numberwords.values(words[0].lower(), base, exact=True) if words else []
            if found and 0 < found[0] <= 52 and not _ORDINAL_WORD.search(words[0]):
                count = found[0]
        out[Decimal(7 * count)] += 1
    return out


# ordinals in words, which number a week ("the fourth week"), no count of them
_ORDINAL_WORD = re.compile(
    r"(?i)(?:first|second|third|th|ième|ier|ière|ero|era|ndo|nda|cero|cera|to|ta|vo|va|no|na"
    r"|ый|ий|ой|ая|ое)$"
)


def _weeks_changed(source: str, target: str, src: Language, tgt: Language) -> list[Finding]:
    """Weeks said in words on both sides, changed: "in less than a week" -> "en menos de dos
    semanas", "不到两周", "أقل من أسبوعين" (7 days against 14; the Arabic dual is two). A
    substitution only, as for decades."""
    if _WEEK_WORDS.search(source) is None or _WEEK_WORDS.search(target) is None:
        return []
    s = _week_counts(source, src.base)
    t = _week_counts(target, tgt.base)
    if tgt.base == "ar":
        for _ in _AR_TWO_WEEKS.finditer(target):
            t[Decimal(7)] -= 1
            t[Decimal(14)] += 1
        t = +t
    s_only, t_only = sorted(set(s) - set(t)), sorted(set(t) - set(s))
    if not s_only or not t_only:
        return []
    return [Finding("error", f"{_plain(v)} days (in weeks) missing") for v in s_only] + [
        Finding("error", f"{_plain(v)} days (in weeks) not in the source") for v in t_only
    ]


def _decades_changed(source: str, target: str, src: Language, tgt: Language) -> list[Finding]:
    """Decades said in words on both sides, changed: "a decade after the war" -> "dos décadas
    después de la guerra" (10 years against 20; `_period_counts`: the count a number word
    before says, else one). A substitution only, as for figures in words: "a decade" said "diez
    años" has no decade to compare."""
    if _DECADE_WORDS.search(source) is None or _DECADE_WORDS.search(target) is None:
        return []
    s = _period_counts(source, src.base, _DECADE_WORDS, 10)
    t = _period_counts(target, tgt.base, _DECADE_WORDS, 10)
    s_only, t_only = sorted(set(s) - set(t)), sorted(set(t) - set(s))
    if not s_only or not t_only:
        return []
    return [Finding("error", f"{_plain(v)} years (in decades) missing") for v in s_only] + [
        Finding("error", f"{_plain(v)} years (in decades) not in the source") for v in t_only
    ]


def _fractions_changed(source: str, target: str, src: Language, tgt: Language) -> list[Finding]:
    """Fractions said in words on both sides, changed (`lang/fractionwords.py`): "three quarters of
    the schools" -> "les deux tiers des écoles", "Half of the population" -> "Un tercio de la
    población". Only a substitution is an error: a fraction of the source the translation does
    not say as a fraction, and one the translation says that the source does not ("half" said
    "50 %" is no fraction dropped)."""
    s = fractionwords.read(source, src.base)
    if not s:
        return []
    t = fractionwords.read(target, tgt.base)
    if not t:
        return []
    # what one side says surely is looked for in what the other may say ("a third are")
    s_may, t_may = (
        fractionwords.read(source, src.base, loose=True),
        fractionwords.read(target, tgt.base, loose=True),
    )
    s_only, t_only = sorted(set(s) - set(t_may)), sorted(set(t) - set(s_may))
    if not s_only or not t_only:
        return []
    return [Finding("error", f"{f} (a fraction in words) missing") for f in s_only] + [
        Finding("error", f"{f} (a fraction in words) not in the source") for f in t_only
    ]


# Adjectives of a span of years: "un plan quinquennal" (five-year), "el examen decenal"
_SPAN_ADJECTIVES = {
    2: "biennal|bisannuel|bienal",
    3: "triennal|trienal",
    4: "quadriennal|cuadrienal|cuatrienal",
    5: "quinquennal|quinquenal",
    6: "sexennal|sexenal",
    7: "septennal|septenal",
    10: "décennal|decenal",
}
_SPAN_ADJECTIVE_RE = {
    Decimal(n): re.compile(rf"(?i)(?<!\w)(?:{forms})(?:e|es|aux|a|as|os|les)?(?!\w)")
    for n, forms in _SPAN_ADJECTIVES.items()
}


def _span_adjective(value: Decimal, text: str) -> bool:
    pattern = _SPAN_ADJECTIVE_RE.get(value)
    return pattern is not None and pattern.search(text) is not None


# Half and half: "split 50/50" = "à parts égales", "a partes iguales", "moitié-moitié"
_FIFTY_FIFTY = re.compile(r"(?<![0-9/.,])50 ?[/-] ?50(?![0-9/.,])")
_EQUAL_SHARES = re.compile(
    r"(?i)(?<!\w)(?:parts?\s+égales|partes\s+iguales|partes\s+iguais|égalité|equitativ\w*"
    r"|moitié|mitad|metade|равн\w*|поровну|half|equal(?:ly)?)(?!\w)"
)


_WEEKS = re.compile(r"(?i)(?<!\w)weeks?(?!\w)")
_DAYS = re.compile(r"(?i)(?<!\w)(?:jours|días|dias|дней|дня)(?!\w)")


def _days_of_weeks(weeks: Decimal, base: str) -> tuple[Decimal, ...]:
    """The days a count of weeks is said in: 7 a week, and in French "huit jours" for a week,
    "quinze jours" for two."""
    out = [weeks * 7]
    if base == "fr" and weeks in (1, 2):
        out.append(Decimal(8 if weeks == 1 else 15))
    return tuple(out)


def _no_months(text: str, language: Language) -> str:
    """An Arabic text with its month names blanked (the Levantine names of January, October,
    November and December are ordinals: "كانون الثاني")."""
    if language.base != "ar":
        return text
    compiled = _month_re(language)
    return compiled[0].sub(" ", text) if compiled else text


_CJK_APPROX = re.compile(r"(?<=[一二三四五六七八九十百千两〇零])[多余餘几](?=[万亿萬億])")


# Russian counts a day of 24 hours as "сутки": "в течение суток" (within 24 hours), "двое
# суток" (48 hours), "трое суток" (72 hours)
_RU_DAYS = re.compile(
    r"(?i)(?<![а-яё])(?:(двое|трое|четверо|пятеро)\s+)?сут(?:ки|ок|кам|ками|ках)(?![а-яё])"
)
_RU_COLLECTIVE = {"двое": 2, "трое": 3, "четверо": 4, "пятеро": 5}


def word_values(text: str, language: Language) -> list[Decimal]:
    """Values of figures written in words, cardinal or ordinal (`workflow.lang.numberwords`:
    "seventy-six", "السادسة والسبعين", "семьдесят шестой", "four million"), and Chinese/
    Japanese numerals ("七十九", "二〇二四", "一万二千", "四百多万"). Only to account for a figure
    the other side writes with digits."""
    text, halves = _halves(text, language.base)
    out = [Decimal(v) for v in numberwords.values(text, language.base)]
    out.extend(halves)
    if language.base == "ru" and "сут" in text:  # "суток": 24 hours
        out.extend(
            Decimal(24 * _RU_COLLECTIVE.get((m.group(1) or "").lower(), 1))
            for m in _RU_DAYS.finditer(text)
        )
    if language.script in ("Latn", "Cyrl"):
        # centuries and sessions in Roman numerals: "au XXIe siècle", "в XXI веке"
        out.extend(Decimal(v) for m in _ROMAN.finditer(text) if (v := _roman(m.group(1))) > 0)
    if language.base in CJK_NUMERAL_LANGUAGES:
        text = _CJK_APPROX.sub("", text)
        out.extend(
            Decimal(v)
            for m in CJK_NUMERAL.finditer(text)
            if (v := cjk_numeral_value(m.group())) >= 0
        )
    return out


_ROMAN = re.compile(r"(?=[IVXLC])(?<![^\W\d_])([IVXLC]{2,7}|[IVX])(?:e|er|ème|º|°)?(?![^\W\d_])")
_ROMAN_RUN = re.compile(r"(?=[IVXLC])(?<![^\W\d_])[IVXLC]{2,7}(?![^\W\d_])")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _roman(numeral: str) -> int:
    """The value of a Roman numeral, 0 if it is not one in the usual form."""
    total = 0
    for i, c in enumerate(numeral):
        v = _ROMAN_VALUES[c]
        nxt = _ROMAN_VALUES[numeral[i + 1]] if i + 1 < len(numeral) else 0
        total += -v if v < nxt else v
    return total if total > 0 and _to_roman(total) == numeral else 0


def _to_roman(value: int) -> str:
    out = ""
    for v, r in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V")):
        while value >= v:
            out, value = out + r, value - v
    return out + ("IV" if value == 4 else "I" * value)


# "one and a half million" as the translations write it: "un million et demi", "un millón y
# medio", "полтора миллиона", "مليون ونصف"
_HALF = {
    "fr": re.compile(r"\b(?:un|une)\s+(millions?|milliards?)\s+et\s+demie?\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:un)\s+(millón|millones)\s+y\s+medio\b", re.IGNORECASE),
    "pt": re.compile(r"\b(?:um)\s+(milhão|bilhão)\s+e\s+meio\b", re.IGNORECASE),
    # and its other cases: "до полутора миллионов" (up to 1.5 million)
    "ru": re.compile(
        r"(?<![а-яё])(?:полтор[аы]|полутора)\s+"
        r"(тысячи|тысяч|миллиона|миллионов|миллиарда|миллиардов|млн|млрд|тыс\.?)(?![а-яё])",
        re.I,
    ),
    "ar": re.compile(r"(ألف|مليون|مليار|بليون)\s+ونصف"),
}


# "half a million" (500,000) as each language writes it: "un demi-million", "medio millón",
# "полмиллиона", "نصف مليون"
_HALF_SCALE = {
    "en": re.compile(r"(?<![^\W\d_])half\s+an?\s+(million|billion)(?![^\W\d_])", re.I),
    "fr": re.compile(r"(?<![^\W\d_])demi-?\s?(million|milliard)s?(?![^\W\d_])", re.I),
    "es": re.compile(r"(?<![^\W\d_])medio\s+(millón)(?![^\W\d_])", re.I),
    "pt": re.compile(r"(?<![^\W\d_])meio\s+(milhão)(?![^\W\d_])", re.I),
    # and its other cases: "около полумиллиона" (about half a million)
    "ru": re.compile(r"(?<![а-яё])(?:пол|полу)(миллиона|миллиарда)", re.I),
    "ar": re.compile(r"(?<![\w])[وب]?نصف\s+(?:ال)?(مليون|مليار|بليون)"),
}
# "a quarter of a million" (250,000) as each language writes it: "четверть миллиона",
# "ربع مليون" (a quarter is no figure 4 there, nor its "a million" one million)
_QUARTER_SCALE = {
    "en": re.compile(r"(?<![^\W\d_])quarter\s+of\s+an?\s+(million|billion)(?![^\W\d_])", re.I),
    "ru": re.compile(r"(?<![а-яё])четверть\s+(миллиона|миллиарда)(?![а-яё])", re.I),
    "ar": re.compile(r"(?<![\w])[وب]?ربع\s+(?:ال)?(مليون|مليار|بليون)(?![\w])"),
}
# "two and a half billion" as the translations write it: "Два с половиной миллиарда", "deux
# milliards et demi", "dos millones y medio", "dois milhões e meio", "ملياران ونصف"
_AND_A_HALF = {
    # the source's own "one and a half million", "two and a half billion", and with no scale
    # word: "three and a half per cent", "two and a half years"
    "en": re.compile(
        r"(?<!\w)(\w+)\s+and\s+a\s+half(?:\s+(thousand|million|billion|trillion))?\b",
        re.IGNORECASE,
    ),
    "fr": re.compile(r"(?<!\w)(\w+)\s+(millions?|milliards?)\s+et\s+demie?\b", re.IGNORECASE),
    "es": re.compile(r"(?<!\w)(\w+)\s+(millones|millardos)\s+y\s+medio\b", re.IGNORECASE),
    "pt": re.compile(r"(?<!\w)(\w+)\s+(milhões|bilhões)\s+e\s+meio\b", re.IGNORECASE),
    # and with no scale word: "три с половиной процента" (3.5 per cent), "два с половиной года"
    "ru": re.compile(
        r"(?<![а-яё])([а-яё]+)\s+с\s+половиной(?:\s+(тысяч[аи]?|миллион(?:а|ов)?"
        r"|миллиард(?:а|ов)?|млн|млрд|тыс\.?))?(?![а-яё])",
        re.IGNORECASE,
    ),
}


# An Arabic dual and a half: "مرتين ونصف" (two and a half times), "عامين ونصف" (two years and
# a half), "ملياران ونصف" (2.5 billion), "مليوني ونصف" ("ونصفه", its half, is no figure)
_AR_DUAL_HALF = re.compile(
    r"(?<![\w])(?:[وفبل]|لل|ال|بال|وال)?(?:(ألف|مليون|مليار|بليون)(?:ان|ين|ا|ي)|\w+?(?:تين|تان|ين|ان))"
    r"\s+ونصف(?![\w])"
)
_CJK_SCALE_ALONE = re.compile(
    r"(?<![0-9〇零一二两三四五六七八九十百千万亿几数])(?:([百千万亿]|百万|千万)(?=[余多])"
    r"|上(百万|千万|百|千|万|亿))"
)
_EN_IN_TEN = re.compile(r"(?i)(?<![\w-])([a-z]+)\s+(?:out\s+of|in)\s+(?:ten|10)(?![\w-])")
_CJK_OR_NEXT = re.compile(
    r"(?<![〇零一二两三四五六七八九十百千万亿])([一二两三四五六七八])([二两三四五六七八九])([十百千万亿]?)"
    r"(?![〇零一二两三四五六七八九十])"
)
_AR_ONE_SCALE = re.compile(
    r"(?<![\w])(?:[وفبل]|لل|ال|بال|وال)?(ألف|مليون|مليار|بليون|تريليون)(?![\w])"
)
_AR_FIGURE_BEFORE = re.compile(r"[0-9٠-٩۰-۹][\s\u00a0\u202f]*$")
# A Russian scale word with no figure is one of it: "более тысячи человек" (more than 1,000
# people), "почти миллион детей"; the plural "тысячи людей" (thousands) only after a word of
# quantity that takes the genitive singular.
_RU_ONE_SCALE = re.compile(
    r"(?i)(?<![\w.,])(?:(?:более|свыше|почти|около|порядка|менее|примерно|целый|целую|одн[аиу]|"
    r"один)\s+(тысяч[аиу]|миллиона?|миллиарда?)|(тысяча|тысячу|миллион|миллиард))(?!\w)"
)
_FIGURE_OR_WORD_BEFORE = re.compile(r"(?:\d|[а-яё]+)[\s\u00a0\u202f]*$", re.IGNORECASE)
# "a million" is one million: "More than a million people" = "100多万人"; not the "a million"
# of "half a million" (500,000: `_HALF_SCALE`)
_A_SCALE = re.compile(
    r"(?<![^\W\d_])(?<![Hh]alf\s)an?\s+(thousand|million|billion|trillion)(?![^\W\d_])", re.I
)


def _halves(text: str, base: str) -> tuple[str, list[Decimal]]:
    """Figures said with "and a half", "half a" or "a" ("a million") in words, or as a quarter
    of a century (25), and the text with those blanked: "deux millions et demi" is 2,500,000,
    not also the 2,000,000 its first two words read as."""
    scales = SCALE_WORDS.get(base, {})
    out: list[Decimal] = []
    blank: list[tuple[int, int]] = []
    if base in CJK_NUMERAL_LANGUAGES:
        # a scale word alone, with "some" or "over": "万余人" (over 10,000 people), "百余名",
        # "上千人" (upwards of a thousand)
        for m in _CJK_SCALE_ALONE.finditer(text):
            out.append(Decimal(cjk_numeral_value("一" + (m.group(1) or m.group(2)))))
            blank.append(m.span())
    if base == "zh" and "成" in text:  # "三成": 30 per cent, no 3; "两到三成": 20 to 30
        for m in ZH_TENTHS.finditer(text):
            out += [Decimal(10 * ZH_TENTH_DIGITS[d]) for d in m.groups() if d]
            blank.append(m.span())
    if base in CJK_NUMERAL_LANGUAGES:
        # two numerals in a row, one after the other, are "one or the other": "一两天" (a day or
        # two), "两三个月", "二三十人" (twenty or thirty people); not 12, 23, 2,030
        for m in _CJK_OR_NEXT.finditer(text):
            first, second = CJK_DIGITS[m.group(1)], CJK_DIGITS[m.group(2)]
            if second == first + 1:
                unit = cjk_numeral_value("一" + m.group(3)) if m.group(3) else 1
                out += [Decimal(first * unit), Decimal(second * unit)]
                blank.append(m.span())
    if base == "en" and ("ten" in text or "10" in text):
        # "eight out of ten", "eight in 10": also 80 per cent ("八成")
        out += [
            Decimal(10 * v[0])
            for m in _EN_IN_TEN.finditer(text)
            if len(v := numberwords.values(m.group(1).lower(), base)) == 1 and 0 < v[0] < 10
        ]
    rx = _QUARTER_SCALE.get(base)
    if rx is not None:
        for m in rx.finditer(text):
            out.append(Decimal(25).scaleb(scales[m.group(1).lower()] - 2))
            blank.append(m.span())
    if base == "en" and _A_SCALE.search(text):
        out += [
            Decimal(1).scaleb(scales[m.group(1).lower()])
            for m in _A_SCALE.finditer(text)
            if not _inside(m.start(), blank)
        ]
    if base == "ru" and ("тысяч" in text or "милли" in text):
        for m in _RU_ONE_SCALE.finditer(text):
            word = (m.group(1) or m.group(2)).lower()
            if m.group(2):  # a bare singular: not after a figure or a number word
                before = _FIGURE_OR_WORD_BEFORE.search(text, 0, m.start())
                if before is not None and (
                    any(c.isdigit() for c in before.group())
                    or numberwords.values(before.group().strip().lower(), base)
                ):
                    continue
            out.append(
                Decimal(1).scaleb(3 if word.startswith("тысяч") else 9 if "рд" in word else 6)
            )
    rx = _HALF_SCALE.get(base)
    if rx is not None:
        for m in rx.finditer(text):
            out.append(Decimal(5).scaleb(scales[m.group(1).lower()] - 1))
            blank.append(m.span())
    if base == "ar":
        # a singular scale word with no figure before it is one of it: "بمليون كيلومتر مربع" (by
        # a million square kilometres), "مليار دولار"
        for m in _AR_ONE_SCALE.finditer(text):
            if not _AR_FIGURE_BEFORE.search(text, 0, m.start()) and not _inside(m.start(), blank):
                out.append(Decimal(1).scaleb(scales[m.group(1)]))
    if base == "ar" and "ونصف" in text:
        for m in _AR_DUAL_HALF.finditer(text):
            out.append(Decimal("2.5").scaleb(scales[m.group(1)] if m.group(1) else 0))
            blank.append(m.span())
    rx = _HALF.get(base)
    if rx is not None:
        for m in rx.finditer(text):
            if _inside(m.start(), blank):
                continue
            if m.group(1).lower() in scales:
                out.append(Decimal("1.5").scaleb(scales[m.group(1).lower()]))
                blank.append(m.span())
    rx = _AND_A_HALF.get(base)
    if rx is not None and rx.search(text):
        for m in rx.finditer(text):
            count = numberwords.values(m.group(1).lower(), base)
            power = scales.get(m.group(2).lower()) if m.group(2) else 0
            if any(a < m.end() and m.start() < b for a, b in blank):
                continue  # "un million et demi", read above
            if len(count) == 1 and count[0] >= 1 and power is not None:
                out.append((Decimal(count[0]) + Decimal("0.5")).scaleb(power))
                blank.append(m.span())
    rx = _QUARTER_CENTURY.get(base)
    if rx is not None:
        for m in rx.finditer(text):
            out.append(Decimal(25))  # "a quarter of a century" = "veinticinco años" = "25年"
            blank.append(m.span())
    for a, b in blank:
        text = text[:a] + " " * (b - a) + text[b:]
    return text, out


# a quarter of a century: 25 years (its "quarter" is no 4)
_QUARTER_CENTURY = {
    base: re.compile("(?i)" + rx)
    for base, rx in {
        "en": r"\b(?:a|one)\s+quarter(?:[\s-]+of\s+a|-)\s*century\b",
        "fr": r"\bquart\s+de\s+siècle\b",
        "es": r"\bcuarto\s+de\s+siglo\b",
        "pt": r"\bquarto\s+de\s+século\b",
        "ru": r"четверть\s+(?:века|столетия)",
        "ar": r"ربع\s+قرن",
    }.items()
}


def _inside(at: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= at < b for a, b in spans)


def _label(f: Figure) -> str:
    return f"{f.text} (month)" if f.month else f.text


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f") if value == value.to_integral() else str(value)


def plain_value(value: Decimal) -> str:
    """A value as the checks' messages write it: "47000000000", "2.5"."""
    return _plain(value)


def _take(figs: Sequence[Figure], pool: dict[Decimal, int]) -> list[Figure]:
    """The figures of `figs` not used up by the matches: `pool` holds what is left unmatched."""
    left = {k: v for k, v in pool.items() if v > 0}
    if not left:
        return []
    out = []
    for f in reversed(figs):
        n = left.get(f.value, 0)
        if n > 0:
            left[f.value] = n - 1
            out.append(f)
    out.reverse()
    return out


def _consume(figs: list[Figure], values: Iterable[Decimal]) -> bool:
    want = Counter(values)
    have = Counter(f.value for f in figs)
    if any(have[v] < n for v, n in want.items()):
        return False
    for v, n in want.items():
        for _ in range(n):
            _pop_value(figs, v)
    return True


def _pop_value(figs: list[Figure], value: Decimal) -> Figure | None:
    """Remove and return the first figure of that value."""
    for i, f in enumerate(figs):
        if f.value == value:
            return figs.pop(i)
    return None


def _pop_scaled(figs: list[Figure], number: Decimal) -> Figure | None:
    """Remove and return the first figure with a scale word whose number is `number`."""
    for i, f in enumerate(figs):
        if f.scale and f.number == number:
            return figs.pop(i)
    return None
