"""Fractions said in words, read by value: "two thirds" = "deux tiers" = "dos tercios" =
"две трети" = "ثلثا" = "三分之二" (2/3); "three quarters" = "trois quarts" = "tres cuartas
partes" = "три четверти" = "ثلاثة أرباع" = "四分之三"; "half of" = "la moitié" = "la mitad" =
"половина" = "نصف" = "一半".

`numberwords` reads "tiers" and "quarter" as the 3 and 4 of their denominators, which tells
"three quarters" from "deux tiers" by nothing (both have a 3); here each fraction is one value.
Only forms that cannot be an ordinal are read: a singular denominator after "a"/"one" only with
"of" after it ("a third of the schools", not "a third round of talks"); a plural one after its
numerator ("two thirds"); words that are only fractions ("tiers", "moitié", "треть", "ثلث").
Fifths and smaller are left out in Arabic (خمس is also five). Pure data and pure functions.
"""

from __future__ import annotations

import re
from collections import Counter
from fractions import Fraction
from functools import lru_cache

from workflow.lang.numerals import cjk_numeral_value

_NUM = {
    "en": "a:1 an:1 one:1 two:2 three:3 four:4 five:5 six:6 seven:7 eight:8 nine:9",
    # "le tiers des", "du tiers du PIB", "au quart": one
    "fr": "un:1 une:1 le:1 du:1 au:1 deux:2 trois:3 quatre:4 cinq:5 six:6 sept:7 huit:8 neuf:9",
    "es": "un:1 una:1 la:1 dos:2 tres:3 cuatro:4 cinco:5 seis:6 siete:7 ocho:8 nueve:9",
    "ru": "одна:1 одну:1 одной:1 две:2 двух:2 три:3 трех:3 трёх:3 четыре:4 четырех:4 пять:5",
}
_DEN = {
    "en": "half:2 halves:2 third:3 thirds:3 quarter:4 quarters:4 fourth:4 fourths:4 fifth:5 "
    "fifths:5 sixth:6 sixths:6 seventh:7 sevenths:7 eighth:8 eighths:8 tenth:10 tenths:10",
    "fr": "demi:2 tiers:3 quart:4 quarts:4 cinquième:5 cinquièmes:5 sixième:6 sixièmes:6 "
    "septième:7 septièmes:7 huitième:8 huitièmes:8 dixième:10 dixièmes:10",
    "es": "tercio:3 tercios:3 tercera:3 terceras:3 cuarto:4 cuartos:4 quinto:5 quintos:5 "
    "sexto:6 sextos:6 "
    "décimo:10 décimos:10 cuarta:4 cuartas:4 quinta:5 quintas:5 sexta:6 sextas:6 décima:10 "
    "décimas:10",
    "ru": "трети:3 треть:3 третей:3 четверти:4 четверть:4 четвертей:4 "
    "пятая:5 пятой:5 пятую:5 пятых:5 десятая:10 десятой:10 десятую:10 десятых:10",
}


def _table(spec: str) -> dict[str, int]:
    return {w: int(v) for w, v in (item.split(":") for item in spec.split())}


# Words that are a fraction alone: "la moitié", "la mitad", "половина", "треть" (one third)
_ALONE = {
    "fr": {"moitié": Fraction(1, 2)},
    "es": {"mitad": Fraction(1, 2)},
    "ru": {
        **{f"половин{e}": Fraction(1, 2) for e in ("а", "ы", "у", "е", "ой")},
        # not "третью": also the ordinal "third" ("свою третью сессию")
        **{w: Fraction(1, 3) for w in ("треть", "трети")},
        **{w: Fraction(1, 4) for w in ("четверть", "четвертью", "четверти")},
    },
}
# after a singular denominator that is also an ordinal ("a third", "un cinquième", "un
# quinto"): what makes it a fraction ("a third of the schools", "fell by a third, to",
# "un cinquième des voix", "un quinto de"), not an ordinal ("a third round of talks")
_OF = {
    "en": r"\s+(?:of|in|to|by|from|since|over|between|and|or|than|on|at|as|compared)\b"
    r"|\s*[,.;:)]|\s*$",
    "fr": r"\s+(?:de|des|du|d[’'])|\s*[,.;:)]|\s*$",
    "es": r"\s+(?:de|del)\b|\s*[,.;:)]|\s*$",
}
# denominators that are no ordinal: "a quarter", "un tiers", "un quart", "un tercio"
_NOT_ORDINAL = {"quarter", "tiers", "quart", "tercio"}
# a half that is a period of time, not a share: "the first half of 2009", "la seconde moitié",
# "la primera mitad", "во второй половине года", "النصف الأول من العام"
_PERIOD_HALF = {
    "en": re.compile(r"(?i)\b(?:first|second|latter|last|other|earlier|later)\s+$"),
    "fr": re.compile(r"(?i)\b(?:première|premiere|seconde|deuxième|dernière)\s+$"),
    "es": re.compile(r"(?i)\b(?:primera|segunda|última)\s+$"),
    "ru": re.compile(r"(?i)(?:перв|втор|последн)\w*\s+$"),
}
_AR_PERIOD_HALF = re.compile(r"\s+(?:ال)?(?:أول|اول|ثاني|أخير|اخير)")
# Russian: "пятая часть" (a fifth), "третью часть", "десятой части"
_RU_PART = re.compile(
    r"(?i)(?<!\w)(трет|четвёрт|четверт|пят|шест|десят)(?:ья|ью|ьей|ая|ую|ой)\s+част(?:ь|и|ью)(?!\w)"
)
_RU_PART_DEN = {"трет": 3, "четвёрт": 4, "четверт": 4, "пят": 5, "шест": 6, "десят": 10}
_AR_CLITICS = "(?:[وفبلك]?(?:ال)?)"
_AR = {
    "نصف": Fraction(1, 2),
    "ثلث": Fraction(1, 3),
    "ثلثا": Fraction(2, 3),
    "ثلثي": Fraction(2, 3),
    "ربع": Fraction(1, 4),
}
_AR_THREE_QUARTERS = re.compile(r"(?<!\w)" + _AR_CLITICS + r"ثلاث[ةه]?\s+(?:ال)?[أا]رباع(?!\w)")
# not "نصف مليون" (half a million: a figure, `quality/figures`)
_AR_ALONE = re.compile(
    r"(?<!\w)" + _AR_CLITICS + "(" + "|".join(_AR) + r")(?!\w)(?!\s+(?:مليون|مليار|بليون|ألف))"
)
_ZH = re.compile(r"([一二三四五六七八九十百\d]+)分之([一二三四五六七八九十\d]+)|一半|半数")


def _zh_value(s: str) -> int:
    """A Chinese numeral or digits: "三" 3, "十" 10, "4" 4 (0 where it is neither)."""
    return int(s) if s.isdigit() else max(cjk_numeral_value(s), 0)


@lru_cache(maxsize=16)
def _pattern(base: str) -> re.Pattern[str] | None:
    if base not in _NUM:
        return None
    nums = "|".join(sorted(_table(_NUM[base]), key=len, reverse=True))
    dens = "|".join(sorted(_table(_DEN[base]), key=len, reverse=True))
    part = r"\s+(?:partes?|части|частей)" if base in ("es", "ru") else ""
    of = _OF.get(base, "")
    return re.compile(rf"(?i)(?<!\w)({nums})[\s-]+({dens})(?!\w)({part})?(?=({of})?)", re.UNICODE)


@lru_cache(maxsize=16)
def _hints(base: str) -> tuple[str, ...]:
    """The words a fraction of the language is said with, lower case, for a cheap first look
    (most text has none): a substring search each, no pattern."""
    words = {*_table(_DEN.get(base, "")), *_ALONE.get(base, {})}
    if base == "en":
        words.add("half")
    # the shortest forms cover the longer ones ("third" covers "thirds")
    return tuple(sorted(w for w in words if not any(v != w and v in w for v in words)))


def read(text: str, base: str, *, loose: bool = False) -> Counter[Fraction]:
    """The fractions a text says in words, by value (empty for a language without a table).
    `loose`: also a singular denominator that may be an ordinal ("a third are children"), for
    what accounts for the other side's fractions."""
    out: Counter[Fraction] = Counter()
    if "*" in text:
        text = text.replace("*", "")  # emphasis: "**over half** of"
    if base == "zh":
        for m in _ZH.finditer(text):
            if m.group(1) in ("百", "千", "万"):
                continue  # 百分之五十: a percentage (per mille, per ten thousand), a figure
            if m.group(1):
                den, num = _zh_value(m.group(1)), _zh_value(m.group(2))
                if den and num and num < den:
                    out[Fraction(num, den)] += 1
            else:
                out[Fraction(1, 2)] += 1
        return out
    if base == "ar":
        taken = [m.span() for m in _AR_THREE_QUARTERS.finditer(text)]
        if taken:
            out[Fraction(3, 4)] += len(taken)
        for m in _AR_ALONE.finditer(text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            if m.group(1) == "نصف" and _AR_PERIOD_HALF.match(text, m.end()):
                continue  # "النصف الأول من العام": the first half of the year
            out[_AR[m.group(1)]] += 1
        return out
    rx = _pattern(base)
    low = text.lower()
    if rx is None or not any(w in low for w in _hints(base)):
        return out
    taken = []
    if base == "ru":
        for m in _RU_PART.finditer(text):
            out[Fraction(1, _RU_PART_DEN[m.group(1).lower()])] += 1
            taken.append(m.span())
    nums, dens = _table(_NUM[base]), _table(_DEN[base])
    for m in rx.finditer(text):
        num, den = nums[m.group(1).lower()], dens[m.group(2).lower()]
        singular = num == 1
        if den == 2:
            continue  # "one and a half", "un demi-million": a figure (`quality/figures`)
        # a singular denominator after "a", "one", "un" that is also an ordinal: an ordinal
        # unless "of" or the like follows ("a third of the schools" / "a third round"); a
        # part said with "part" is a fraction
        ordinal = m.group(2).lower() not in _NOT_ORDINAL
        if (
            singular
            and ordinal
            and not loose
            and base in _OF
            and not m.group(3)
            and m.group(4) is None
        ):
            continue
        if num >= den:
            continue
        out[Fraction(num, den)] += 1
        taken.append(m.span())
    if base == "en":
        # "half of", "half the": half a million is a figure (`quality/figures`), not this
        for m in re.finditer(r"(?i)(?<![\w-])half(?=\s+(?:of|the|its|their|all)\b)", text):
            if not any(a <= m.start() < b for a, b in taken) and not _period(text, m, base):
                out[Fraction(1, 2)] += 1
    for word, value in _ALONE.get(base, {}).items():
        for m in re.finditer(rf"(?i)(?<!\w){word}(?!\w)", text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            if value == Fraction(1, 2) and _period(text, m, base):
                continue
            out[value] += 1
    return out


def _period(text: str, m: re.Match[str], base: str) -> bool:
    """Whether the half at `m` is a period of time ("the first half of 2009")."""
    rx = _PERIOD_HALF.get(base)
    return rx is not None and rx.search(text, max(0, m.start() - 24), m.start()) is not None
