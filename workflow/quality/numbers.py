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

Pure: no I/O. Babel only through `workflow.lang.languages`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Literal

from workflow.lang import languages
from workflow.lang.languages import Language

Severity = Literal["error", "warning"]

# --- digits -------------------------------------------------------------------------------------
_ZEROS = (0x30, 0x660, 0x6F0, 0x966, 0x9E6, 0xFF10)
_DIGIT_MAP = {z + i: 0x30 + i for z in _ZEROS for i in range(10)}
_ARABIC_DECIMAL = "\u066b"
_ARABIC_GROUP = "\u066c"
DIGITS = "".join(chr(z + i) for z in _ZEROS for i in range(10))
_SPACES = " \u00a0\u202f\u2009"


def ascii_digits(text: str) -> str:
    """The text with every decimal digit made ASCII (same length, same positions)."""
    return text.translate(_DIGIT_MAP)


# --- scale words --------------------------------------------------------------------------------
# Powers of ten, per base language. Forms are matched case-insensitively and whole (Latin,
# Cyrillic) or as written (CJK, which has no spaces). Successive scale words multiply:
# "mil millones" (10^3 * 10^6), "百万" (10^2 * 10^4), "万亿" (10^4 * 10^8).
_SCALES: dict[str, dict[str, int]] = {
    "en": {
        "thousand": 3,
        "thousands": 3,
        "million": 6,
        "millions": 6,
        "mn": 6,
        "billion": 9,
        "billions": 9,
        "bn": 9,
        "trillion": 12,
        "trillions": 12,
        "tn": 12,
        "lakh": 5,
        "lakhs": 5,
        "crore": 7,
        "crores": 7,
    },
    "fr": {
        "mille": 3,
        "million": 6,
        "millions": 6,
        "milliard": 9,
        "milliards": 9,
        "md": 9,
        "mds": 9,
        "billion": 12,
        "billions": 12,
    },
    "es": {
        "mil": 3,
        "millón": 6,
        "millon": 6,
        "millones": 6,
        "millardo": 9,
        "millardos": 9,
        "billón": 12,
        "billon": 12,
        "billones": 12,
    },
    "pt": {
        "mil": 3,
        "milhão": 6,
        "milhao": 6,
        "milhões": 6,
        "milhoes": 6,
        "bilhão": 9,
        "bilhao": 9,
        "bilhões": 9,
        "bilhoes": 9,
        "mil milhões": 9,
        "bilião": 12,
        "biliões": 12,
        "trilhão": 12,
        "trilhões": 12,
    },
    "it": {
        "mila": 3,
        "mille": 3,
        "milione": 6,
        "milioni": 6,
        "miliardo": 9,
        "miliardi": 9,
    },
    "de": {
        "tausend": 3,
        "million": 6,
        "millionen": 6,
        "mio": 6,
        "mio.": 6,
        "milliarde": 9,
        "milliarden": 9,
        "mrd": 9,
        "mrd.": 9,
        "billion": 12,
        "billionen": 12,
    },
    "ru": {
        "тысяча": 3,
        "тысячи": 3,
        "тысяч": 3,
        "тыс.": 3,
        "тыс": 3,
        "миллион": 6,
        "миллиона": 6,
        "миллионов": 6,
        "млн": 6,
        "млн.": 6,
        "миллиард": 9,
        "миллиарда": 9,
        "миллиардов": 9,
        "млрд": 9,
        "млрд.": 9,
        "триллион": 12,
        "триллиона": 12,
        "триллионов": 12,
    },
    "ur": {
        "ہزار": 3,
        "لاکھ": 5,
        "کروڑ": 7,
        "ارب": 9,
        "کھرب": 11,
        "ملین": 6,
        "بلین": 9,
        "ٹریلین": 12,
    },
    "ar": {
        "ألف": 3,
        "ألفا": 3,
        "ألفًا": 3,
        "آلاف": 3,
        "مليون": 6,
        "مليونا": 6,
        "مليونًا": 6,
        "ملايين": 6,
        "مليار": 9,
        "مليارا": 9,
        "مليارًا": 9,
        "مليارات": 9,
        "بليون": 9,
        "تريليون": 12,
        "تريليونات": 12,
    },
    "fa": {"هزار": 3, "میلیون": 6, "میلیارد": 9, "تریلیون": 12},
    "hi": {
        "हज़ार": 3,
        "हजार": 3,
        "लाख": 5,
        "\u0915\u0930\u094b\u0921\u093c": 7,  # करोड़, nukta apart
        "\u0915\u0930\u094b\u095c": 7,  # करोड़, precomposed
        "अरब": 9,
        "खरब": 11,
        "मिलियन": 6,
        "बिलियन": 9,
    },
    "zh": {"百": 2, "千": 3, "万": 4, "萬": 4, "亿": 8, "億": 8},
    "ja": {"百": 2, "千": 3, "万": 4, "億": 8, "兆": 12},
    "ko": {"백": 2, "천": 3, "만": 4, "억": 8, "조": 12},
}
# Words that look like scale words in many languages: after a figure whose value the
# translation does not give, such a word is reported as "not understood", not as a plain miss.
_SCALE_LIKE = re.compile(
    r"^(?:mil|bil|tril|mio|mrd|mld|md|mn|bn|lakh|lac|crore|juta|ribu|tỷ|triệu|nghìn|"
    r"мил|млн|млр|млд|тыс|ملی|ملا|مليو|ميلي|بلي|بلی|ارب|کروڑ|لاکھ|ہزار|ألف|آلاف|हज|लाख|करोड)",
    re.IGNORECASE,
)


def scale_words(language: Language) -> dict[str, int]:
    """The scale words the module knows for a language (empty if none): word -> power of ten."""
    return dict(_SCALES.get(language.base, {}))


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
    groups = set("\u00a0\u202f\u2009" + _ARABIC_GROUP)
    plain = group in _SPACES
    if plain:
        groups.add(" ")
    else:
        groups.add(group)
        if group in "’'":
            groups.update("’'")
    decimals = {decimal, _ARABIC_DECIMAL}
    groups -= decimals
    return _Notation("".join(sorted(groups)), "".join(sorted(decimals)), plain)


@lru_cache(maxsize=64)
def _figure_re(notation: _Notation) -> re.Pattern[str]:
    g = "[" + re.escape(notation.groups) + "]"
    d = "[" + re.escape(notation.decimals) + "]"
    return re.compile(
        r"(?<![0-9])(?P<int>[0-9]{1,3}(?:" + g + r"[0-9]{3})+(?![0-9])"
        r"|[0-9]{1,2}(?:" + g + r"[0-9]{2})+" + g + r"[0-9]{3}(?![0-9])"  # 2,40,00,000
        r"|[0-9]+)"
        r"(?:" + d + r"(?P<frac>[0-9]+))?"
    )


@lru_cache(maxsize=64)
def _scale_re(base: str) -> re.Pattern[str] | None:
    words = _SCALES.get(base)
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    unspaced = base in ("zh", "ja", "ko")
    end = "" if unspaced else r"(?![^\W\d_])"
    return re.compile(r"[*_ \u00a0\u202f\u2009]*(?:" + alternatives + ")" + end, re.IGNORECASE)


_WORD_AFTER = re.compile(r"[ \u00a0\u202f\u2009]*([^\W\d_][^\s\d]*)")
_URLISH = re.compile(
    r"\]\([^)\s]*\)|<[^\s<>]+>|(?:\bhttps?://|\bwww\.)\S+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
)


def _blank(text: str) -> str:
    """URLs, e-mails and link destinations blanked out: their digits are not figures."""
    return _URLISH.sub(lambda m: " " * len(m.group()), text)


def _value(int_part: str, frac: str | None) -> Decimal:
    digits = "".join(c for c in int_part if c.isdigit())
    return Decimal(digits + ("." + frac if frac else ""))


def figures(text: str, language: Language, *, other: Language | None = None) -> list[Figure]:
    """The figures of a text written in `language`, in order.

    `other`: another language whose separators the text may have used by mistake (the
    source's, in a translation); each figure then carries that reading as `alternative`.
    """
    plain = ascii_digits(_blank(text))
    notation = _notation(language)
    other_re = _figure_re(_notation(other)) if other is not None else None
    scale_re = _scale_re(language.base)
    scales = _SCALES.get(language.base, {})
    found: list[Figure] = []
    for m in _figure_re(notation).finditer(plain):
        number = _value(m.group("int"), m.group("frac"))
        end = m.end()
        power = 0
        scale_text = ""
        if scale_re is not None:
            while True:
                s = scale_re.match(plain, end)
                if not s:
                    break
                word = s.group().strip(_SPACES).lower()
                power += scales.get(word, 0)
                end = s.end()
                scale_text = text[m.end() : end].strip(_SPACES)
        next_word = ""
        if not scale_text:
            w = _WORD_AFTER.match(plain, end)
            if w:
                next_word = w.group(1)
        alternative = None
        alternative_end = 0
        if other_re is not None:
            o = other_re.match(plain, m.start())
            if o:
                other_value = _value(o.group("int"), o.group("frac"))
                if other_value != number and o.end() >= m.end():
                    alternative, alternative_end = other_value, o.end()
        parts: tuple[Decimal, ...] = ()
        if notation.plain_space_groups and " " in m.group("int"):
            parts = tuple(Decimal(p) for p in m.group("int").split(" ") if p)
        found.append(
            Figure(
                text=text[m.start() : end],
                start=m.start(),
                end=end,
                value=number.scaleb(power) if power else number,
                number=number,
                scale=scale_text,
                power=power,
                next_word=next_word,
                alternative=alternative,
                alternative_end=alternative_end,
                alternative_text=text[m.start() : alternative_end] if alternative_end else "",
                parts=parts,
            )
        )
    found = _sums(found, text)
    found.extend(_months(text, plain, language))
    found.sort(key=lambda f: f.start)
    return found


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


@lru_cache(maxsize=64)
def _month_re(language: Language) -> tuple[re.Pattern[str], dict[str, int]] | None:
    names = {
        k: v for k, v in languages.month_names(language).items() if not any(c.isdigit() for c in k)
    }
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    unspaced = not language.spaced
    edge = "" if unspaced else r"(?<![^\W\d_])"
    tail = "" if unspaced else r"(?![^\W\d_])"
    rx = re.compile(edge + "(" + alternatives + ")" + tail + r"\.?", re.IGNORECASE)
    return rx, names


_NEAR_BEFORE = re.compile(
    r"[0-9](?:st|nd|rd|th|er|e|º|ª|\.)?[*_]*[ \u00a0\u202f]+(?:(?:de|del|of)\s+)?[*_]*$"
)
_NEAR_AFTER = re.compile(r"^\.?[*_]*[ \u00a0\u202f]*(?:(?:de|del|of)\s+)?[*_]*[0-9]")


def _months(text: str, plain: str, language: Language) -> list[Figure]:
    """Month names written next to a figure ("20 June", "June 2024", "20 de junio")."""
    compiled = _month_re(language)
    if compiled is None:
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
    added, warnings where the reading is unsure. Empty when the figures agree."""
    s_figs = figures(source, src)
    t_figs = figures(target, tgt, other=src)
    if not s_figs and not t_figs:
        return []
    findings: list[Finding] = []
    s_left = list(s_figs)
    t_left: list[Figure] = []
    # 1. same value
    pool = Counter(f.value for f in s_figs)
    for f in t_figs:
        if pool[f.value] > 0:
            pool[f.value] -= 1
        else:
            t_left.append(f)
    s_left = _take(s_figs, pool)
    # 2. groups of plain spaces that were really separate figures ("les 10 750 faux")
    still: list[Figure] = []
    for f in t_left:
        if f.parts and _consume(s_left, f.parts):
            continue
        still.append(f)
    t_left = still
    # 3. the source language's separators used in the translation
    still = []
    swallowed: set[int] = set()
    for f in t_left:
        if f.start in swallowed:
            continue
        hit = _pop_value(s_left, f.alternative) if f.alternative is not None else None
        if hit is not None:
            swallowed.update(g.start for g in t_left if f.start < g.start < f.alternative_end)
            group, decimal = languages.notation(tgt)
            findings.append(
                Finding(
                    "warning",
                    f"{f.alternative_text} is read as {_plain(hit.value)} only with "
                    f"{src.code} separators"
                    f" ({tgt.code} groups with {group!r}, decimals with {decimal!r})",
                )
            )
            continue
        still.append(f)
    t_left = still
    # 4. the same figure with a scale word that is not understood
    still = []
    known = bool(_SCALES.get(tgt.base))
    for f in t_left:
        unknown = f.next_word and (not known or _SCALE_LIKE.match(f.next_word))
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
    t_left = still
    # 5. the source's figure followed by a word taken for a scale word we do not know
    src_known = bool(_SCALES.get(src.base))
    for s in list(s_left):
        unknown = s.next_word and (not src_known or _SCALE_LIKE.match(s.next_word))
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
    # 6. a figure written in words on the other side ("three", "七十九", "二〇二四")
    t_words = Counter(word_values(target, tgt))
    s_words = Counter(word_values(source, src))
    still_s = []
    for s in s_left:
        if t_words[s.value] > 0:
            t_words[s.value] -= 1
        else:
            still_s.append(s)
    still = []
    for f in t_left:
        if s_words[f.value] > 0:
            s_words[f.value] -= 1
        else:
            still.append(f)
    for s in still_s:
        findings.append(Finding("error", f"{_label(s)} missing"))
    for f in still:
        findings.append(Finding("error", f"{_label(f)} not in the source"))
    return findings


# --- figures in words ---------------------------------------------------------------------------
# Only to account for a figure the other side writes with digits: a word alone is never
# reported as a figure missing or added (Chinese "一" is also in 统一, 一直, 一项...).
_NUMBER_WORDS: dict[str, dict[str, int]] = {
    "en": dict(
        zip(
            "zero one two three four five six seven eight nine ten eleven twelve thirteen "
            "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split(),
            range(21),
            strict=True,
        )
    )
    | {"thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "dozen": 12},
    "fr": dict(
        zip(
            "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze "
            "quinze seize".split(),
            range(17),
            strict=True,
        )
    )
    | {"une": 1, "vingt": 20, "trente": 30, "cent": 100},
    "es": dict(
        zip(
            "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce "
            "quince".split(),
            range(16),
            strict=True,
        )
    )
    | {"un": 1, "una": 1, "veinte": 20, "treinta": 30, "cien": 100},
    "pt": dict(
        zip(
            "zero um dois três quatro cinco seis sete oito nove dez onze doze treze".split(),
            range(14),
            strict=True,
        )
    )
    | {"uma": 1, "duas": 2, "quinze": 15, "vinte": 20, "trinta": 30, "cem": 100},
    "ar": {
        "واحد": 1,
        "اثنان": 2,
        "اثنين": 2,
        "ثلاث": 3,
        "ثلاثة": 3,
        "أربع": 4,
        "أربعة": 4,
        "خمس": 5,
        "خمسة": 5,
        "ست": 6,
        "ستة": 6,
        "سبع": 7,
        "سبعة": 7,
        "ثماني": 8,
        "ثمانية": 8,
        "تسع": 9,
        "تسعة": 9,
        "عشر": 10,
        "عشرة": 10,
        "عشرين": 20,
        "عشرون": 20,
        "مائة": 100,
        "مئة": 100,
    },
    "ur": {
        "ایک": 1,
        "دو": 2,
        "تین": 3,
        "چار": 4,
        "پانچ": 5,
        "چھ": 6,
        "سات": 7,
        "آٹھ": 8,
        "نو": 9,
        "دس": 10,
        "بیس": 20,
        "سو": 100,
    },
}
_CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN_BIG = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
_CN_RUN = re.compile("[" + "".join(_CN_DIGITS) + "".join(_CN_UNITS) + "".join(_CN_BIG) + "]+")


def word_values(text: str, language: Language) -> list[Decimal]:
    """Values of figures written in words: number words (one..twenty...) in the languages
    the module knows, and Chinese/Japanese numerals ("七十九", "二〇二四", "一万二千")."""
    out: list[Decimal] = []
    words = _NUMBER_WORDS.get(language.base)
    if words:
        for w in re.findall(r"[^\W\d_]+", text.lower()):
            if w in words:
                out.append(Decimal(words[w]))
    if language.base in ("zh", "ja"):
        out.extend(Decimal(v) for m in _CN_RUN.finditer(text) if (v := _cn_value(m.group())) >= 0)
    return out


def _cn_value(run: str) -> int:
    """A Chinese numeral's value; -1 if it is only units ("万" alone)."""
    if len(run) > 1 and all(c in _CN_DIGITS for c in run):
        return int("".join(str(_CN_DIGITS[c]) for c in run))  # 二〇二四: read digit by digit
    if not any(c in _CN_DIGITS or c == "十" for c in run):
        return -1
    total = section = digit = 0
    for c in run:
        if c in _CN_DIGITS:
            digit = _CN_DIGITS[c]
        elif c in _CN_UNITS:
            section += (digit or 1) * _CN_UNITS[c]
            digit = 0
        else:
            total += (section + digit) * _CN_BIG[c]
            section = digit = 0
    return total + section + digit


def _label(f: Figure) -> str:
    return f"{f.text} (month)" if f.month else f.text


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f") if value == value.to_integral() else str(value)


def _take(figs: Sequence[Figure], pool: Counter[Decimal]) -> list[Figure]:
    """The figures of `figs` not used up by the matches: `pool` holds what is left unmatched."""
    left = Counter({k: v for k, v in pool.items() if v > 0})
    out = []
    for f in reversed(figs):
        if left[f.value] > 0:
            left[f.value] -= 1
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
