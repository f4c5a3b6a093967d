# ruff: noqa: E501  (tables of patterns in five languages read better one to a line)
"""A third fault injector for the quality checks (issue 13), written apart from the others.

It was written from the issue's fault list only, before reading the checks or the injectors of
benchmarks/heldout, benchmarks/tuning3 and benchmarks/checks.py, as a translator-reviewer would
list the ways machine translation and a hurried translator break a translation of a press
release into French, Spanish, Arabic, Chinese and Russian. Every fault is made in the target
language's own grammar: a Russian country swapped keeps its case ("в Пакистане" -> "в
Афганистане"), an Arabic one keeps its clitics ("وبباكستان" -> "وبأفغانستان", "للعراق" ->
"لباكستان"), a French one keeps its article class ("au Pakistan" -> "au Liban"), a scale word
keeps its number agreement ("миллионам" -> "миллиардам").

Interface (the one benchmarks/heldout_checks.py expects of an injector, `--injector inject3`):
LANGS, KINDS, Clean, Fault and faults(clean, seed, per_kind).

Kinds and variants:
  number   digit_changed, digits_swapped, year_changed, decimal_dropped, decimal_truncated,
           group_as_decimal, percent_changed, range_end_changed, scale_changed,
           scale_false_friend, words_changed, ordinal_changed, approx_turned, figure_dropped,
           year_dropped, figure_added, dual_changed (ar)
  unit     currency_changed, currency_dropped, currency_added, percent_to_permille,
           percent_dropped, percent_to_points, measure_changed
  country  name_swapped, adjective_swapped, demonym_swapped, country_dropped,
           adjective_dropped, country_added, adjective_added, misspelt
  clause   last_clause_dropped, middle_clause_dropped, leading_clause_dropped,
           relative_dropped, list_item_dropped, sentence_dropped

Deterministic for a seed: every random choice comes from a random.Random seeded with a string
(seeded through SHA-512, not Python's salted hash).
"""

from __future__ import annotations

import itertools
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

LANGS = ("fr", "es", "ar", "zh", "ru")
KINDS = ("number", "unit", "country", "clause")


@dataclass(frozen=True)
class Clean:
    lang: str
    msgid: str
    msgstr: str
    catalog: str
    line: int


@dataclass(frozen=True)
class Fault:
    clean: Clean
    kind: str
    variant: str
    msgstr: str


Variant = Callable[[str, str, random.Random, str], "str | None"]

LATIN_CYR = "A-Za-zÀ-ÖØ-öø-ÿĀ-žА-Яа-яЁё"
NBSP = "\u00a0\u202f"


# --- helpers --------------------------------------------------------------------------------------
def _pick_sub(text: str, table: Sequence[tuple[str, object]], rng: random.Random) -> str | None:
    """Replace one occurrence (chosen at random) of any pattern of `table`.

    A replacement is a template string (m.expand) or a function of the match."""
    hits: list[tuple[re.Match[str], object]] = []
    for pattern, repl in table:
        for m in re.finditer(pattern, text):
            hits.append((m, repl))
    if not hits:
        return None
    m, repl = rng.choice(hits)
    new = repl(m) if callable(repl) else m.expand(str(repl))
    return text[: m.start()] + new + text[m.end() :]


def _tidy(text: str) -> str:
    """Spaces and punctuation as they are after a hurried cut."""
    text = re.sub(r"[ \u00a0]{2,}", " ", text)
    text = re.sub(r" +([,.;:،。，])", r"\1", text)
    text = re.sub(r"([,،，;；])\s*([,،，.。;；])", r"\2", text)
    text = re.sub(r"\(\s*\)", "", text)
    return text.strip()


_TAIL = re.compile(r"[\s.!?…。！？»\"”’」』）)\]:;,،，؛]*$")


def _split_tail(text: str) -> tuple[str, str]:
    """The text's body and its closing marks (full stop, closing quotes)."""
    m = _TAIL.search(text)
    assert m is not None
    return text[: m.start()], text[m.start() :]


def _words(s: str) -> int:
    return len(re.findall(r"\w+", s))


def _size(s: str, lang: str) -> int:
    """Words, or characters in Chinese."""
    if lang == "zh":
        return len(re.findall(r"[\u4e00-\u9fff\w]", s))
    return _words(s)


# --- figures ---------------------------------------------------------------------------------------
_NUM = re.compile(r"\d+(?:[ \u00a0\u202f.,]\d+)*")


def _numbers(text: str) -> list[re.Match[str]]:
    """Figures that are values: not part of a code ("COVID-19", "M23", "A/77/1") or an address."""
    out = []
    for m in _NUM.finditer(text):
        before = text[m.start() - 1] if m.start() else " "
        after = text[m.end()] if m.end() < len(text) else " "
        glued = re.match(f"[{LATIN_CYR}/_\\-#@]", before) or re.match(f"[{LATIN_CYR}/_]", after)
        if glued and not (re.match("[eè]", after) or after in "º°ª"):  # 76e, 76º: ordinals stay
            continue
        if "http" in text[max(0, m.start() - 40) : m.start()] and "/" in text[m.start() - 5 :]:
            continue
        # a token like "2022, 33" is not one figure: a comma-space is no separator
        tok = m.group()
        if re.search(r"[.,] ", tok):
            continue
        out.append(m)
    return out


def _is_year(tok: str) -> bool:
    return bool(re.fullmatch(r"(19|20)\d\d", tok))


_NOT_YEAR_AFTER = re.compile(
    r"\s?(?:多|万|亿|千|冠状|millions?|milliards?|millones|mil\b|млн|млрд|тыс|миллион|مليون|ألف)"
)


def _years(text: str) -> list[re.Match[str]]:
    """Figures that are years: four digits from 1900 to 2099 that no scale word follows."""
    return [
        m
        for m in _numbers(text)
        if _is_year(m.group()) and not _NOT_YEAR_AFTER.match(text[m.end() :])
    ]


def _replace_span(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def _digit_changed(text: str, lang: str, rng: random.Random, src: str) -> str | None:
    nums = [m for m in _numbers(text) if not _is_year(m.group())]
    if not nums:
        return None
    m = rng.choice(nums)
    tok = m.group()
    idx = [i for i, c in enumerate(tok) if c.isdigit()]
    i = rng.choice(idx)
    choices = [d for d in "0123456789" if d != tok[i] and not (i == 0 and d == "0")]
    new = tok[:i] + rng.choice(choices) + tok[i + 1 :]
    return _replace_span(text, m.start(), m.end(), new)


def _digits_swapped(text: str, lang: str, rng: random.Random, src: str) -> str | None:
    cands = []
    for m in _numbers(text):
        tok = m.group()
        for i in range(len(tok) - 1):
            a, b = tok[i], tok[i + 1]
            if a.isdigit() and b.isdigit() and a != b and not (i == 0 and b == "0"):
                cands.append((m, i))
    if not cands:
        return None
    m, i = rng.choice(cands)
    tok = m.group()
    new = tok[:i] + tok[i + 1] + tok[i] + tok[i + 2 :]
    return _replace_span(text, m.start(), m.end(), new)


def _year_changed(text: str, lang: str, rng: random.Random, src: str) -> str | None:
    years = _years(text)
    if not years:
        return None
    m = rng.choice(years)
    y = int(m.group()) + rng.choice([-3, -2, -1, 1, 2, 3])
    return _replace_span(text, m.start(), m.end(), str(y))


def _decimal_sep(lang: str) -> str:
    return "." if lang == "zh" else ","


def _decimals(text: str, lang: str) -> list[tuple[re.Match[str], int]]:
    sep = _decimal_sep(lang)
    out = []
    for m in _numbers(text):
        tok = m.group()
        j = tok.rfind(sep)
        if j > 0 and 1 <= len(tok) - j - 1 <= 2:
            out.append((m, j))
    # Arabic also writes the decimal point of the English source, or the Arabic one
    if lang == "ar":
        for m in re.finditer(r"\d+[.٫]\d{1,2}(?!\d)", text):
            out.append((m, m.group().find(".") if "." in m.group() else m.group().find("٫")))
    return out


def _decimal_dropped(text: str, lang: str, rng: random.Random, src: str) -> str | None:
    cands = _decimals(text, lang)
    if not cands:
        return None
    m, j = rng.choice(cands)
    tok = m.group()
    return _replace_span(text, m.start(), m.end(), tok[:j] + tok[j + 1 :])


def _decimal_truncated(text: str, lang: str, rng: random.Random, src: str) -> str | None:
    cands = _decimals(text, lang)
    if not cands:
        return None
    m, j = rng.choice(cands)
    return _replace_span(text, m.start(), m.end(), m.group()[:j])


def _group_as_decimal(text: str, lang: str, rng: random.Random, src: str) -> str | None:
    """A thousands group written with the English comma, which this language reads as decimals
    ("80 000" -> "80,000", which French, Spanish, Russian and UN Arabic read as 80)."""
    if lang == "zh":
        return None
    cands = [
        m for m in _numbers(text) if re.fullmatch(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+", m.group())
    ]
    if lang == "ar":
        cands += [
            m
            for m in _numbers(text)
            if re.fullmatch(r"\d{4,6}", m.group()) and not _is_year(m.group())
        ]
    if not cands:
        return None
    m = rng.choice(cands)
    digits = re.sub(r"\D", "", m.group())
    new = digits[:-3] + "," + digits[-3:]
    return _replace_span(text, m.start(), m.end(), new)


_PERCENT_AFTER = {
    "fr": r"\s?(?:%|pour\s+cent|p\.\s?100)",
    "es": r"\s?(?:%|por\s+ciento)",
    "ru": r"\s?(?:%|процент\w*)",
    "ar": r"\s?(?:%|٪|في\s+الما?ئة)",
    "zh": r"\s?%",
}


def _percent_changed(text: str, lang: str, rng: random.Random, src: str) -> str | None:
    cands = []
    for m in _numbers(text):
        if re.match(_PERCENT_AFTER[lang], text[m.end() :]) or (
            lang == "zh" and text[: m.start()].endswith("百分之")
        ):
            cands.append(m)
    if not cands:
        return None
    m = rng.choice(cands)
    tok = m.group()
    idx = [i for i, c in enumerate(tok) if c.isdigit()]
    i = idx[0] if rng.random() < 0.6 else rng.choice(idx)
    choices = [d for d in "123456789" if d != tok[i]]
    return _replace_span(text, m.start(), m.end(), tok[:i] + rng.choice(choices) + tok[i + 1 :])


_RANGE = {
    "fr": r"(\d[\d  ,]*)(\s*(?:à|-|–|et)\s*)(\d[\d  ,]*\d|\d)",
    "es": r"(\d[\d  ,.]*)(\s*(?:a|-|–|y)\s*)(\d[\d  ,.]*\d|\d)",
    "ru": r"(\d[\d  ,]*)(\s*(?:до|-|–|—)\s*)(\d[\d  ,]*\d|\d)",
    "ar": r"(\d[\d ,.]*)(\s*(?:إلى|و|-|–)\s*)(\d[\d ,.]*\d|\d)",
    "zh": r"(\d[\d,.]*)(\s*(?:至|到|-|–|~|—)\s*)(\d[\d,.]*\d|\d)",
}


def _range_end_changed(text: str, lang: str, rng: random.Random, src: str) -> str | None:
    ranges = list(re.finditer(_RANGE[lang], text))
    ranges = [m for m in ranges if not (_is_year(m.group(1).strip()) and _is_year(m.group(3)))]
    if not ranges:
        return None
    m = rng.choice(ranges)
    end = m.group(3)
    last = [i for i, c in enumerate(end) if c.isdigit()]
    i = last[0] if len(last) > 1 else last[-1]
    d = str((int(end[i]) + rng.choice([1, 2, 3])) % 10)
    if i == 0 and d == "0":
        d = "1" if end[i] != "1" else "2"
    new_end = end[:i] + d + end[i + 1 :]
    return _replace_span(text, m.start(3), m.end(3), new_end)


_SCALE: dict[str, list[tuple[str, object]]] = {
    "fr": [
        (r"\bmillions\b", "milliards"),
        (r"\bmillion\b", "milliard"),
        (r"\bmilliards\b", "millions"),
        (r"\bmilliard\b", "million"),
        (r"\bmilliers\b", "millions"),
    ],
    "es": [
        (r"\bmil millones\b", "millones"),
        (r"(?<!mil )\bmillones\b", "mil millones"),
        (r"\bmillón\b", "mil millones"),
        (r"\bmiles\b(?! de millones)", "millones"),
    ],
    "ru": [
        (r"\bмлн\b", "млрд"),
        (r"\bмлрд\b", "млн"),
        (r"\bтыс\.", "млн"),
        (r"\bмиллион(\w*)", r"миллиард\1"),
        (r"\bмиллиард(\w*)", r"миллион\1"),
        (
            r"\bтысяч(а|и|у|ам|ами|ах|ей|ью)?\b",
            lambda m: {
                "": "миллионов",
                "а": "миллион",
                "и": "миллиона",
                "у": "миллион",
                "ам": "миллионам",
                "ами": "миллионами",
                "ах": "миллионах",
                "ей": "миллионом",
                "ью": "миллионом",
            }[m.group(1) or ""],
        ),
    ],
    "ar": [
        (r"مليون", "مليار"),
        (r"مليار(?!ات)", "مليون"),
        (r"ملايين", "مليارات"),
        (r"مليارات", "ملايين"),
        (r"بليون", "مليون"),
        (
            r"(?<!\w)([وب]?)(ألف|آلاف)(?!\w)",
            lambda m: m.group(1) + ("مليون" if m.group(2) == "ألف" else "ملايين"),
        ),
    ],
    "zh": [
        (r"(?<=[\d多千百十几数两一二三四五六七八九])万", "亿"),
        (r"(?<=[\d多千百十几数两一二三四五六七八九])亿", "万"),
        (r"(?<=\d)千(?![克米瓦])", "万"),
        (r"百万", "十亿"),
    ],
}

_FALSE_FRIEND: dict[str, list[tuple[str, object]]] = {
    # English "billion" translated by the word that says 10^12 in this language
    "fr": [(r"\bmilliards\b", "billions"), (r"\bmilliard\b", "billion")],
    "es": [(r"\bmil millones\b", "billones")],
    "ru": [(r"\bмиллиард(\w*)", r"триллион\1"), (r"\bмлрд\b", "трлн")],
    "ar": [(r"مليار", "تريليون"), (r"بليون", "تريليون")],
    "zh": [(r"(?<=[\d多千百十几数两])亿", "万亿")],
}


def _table(tables: dict[str, list[tuple[str, object]]]) -> Variant:
    def variant(text: str, lang: str, rng: random.Random, src: str) -> str | None:
        return _pick_sub(text, tables.get(lang, []), rng)

    return variant


_FR_W = {
    "deux": "trois",
    "trois": "quatre",
    "quatre": "cinq",
    "cinq": "six",
    "six": "sept",
    "sept": "huit",
    "huit": "dix",
    "dix": "douze",
    "douze": "quinze",
    "vingt": "trente",
    "trente": "quarante",
    "quarante": "cinquante",
    "cinquante": "soixante",
    "mille": "cent",
    "moitié": "tiers",
    "tiers": "quart",
    "dizaine": "vingtaine",
    "dizaines": "centaines",
    "centaines": "milliers",
}
_ES_W = {
    "dos": "tres",
    "tres": "cuatro",
    "cuatro": "cinco",
    "cinco": "seis",
    "seis": "siete",
    "siete": "ocho",
    "ocho": "nueve",
    "diez": "doce",
    "doce": "quince",
    "veinte": "treinta",
    "treinta": "cuarenta",
    "cuarenta": "cincuenta",
    "cien": "doscientos",
    "mitad": "tercera parte",
    "tercio": "cuarto",
    "decenas": "centenares",
    "cientos": "miles",
    "centenares": "miles",
}
_RU_W = {
    "два": "три",
    "две": "три",
    "двух": "трёх",
    "двум": "трём",
    "три": "четыре",
    "трёх": "четырёх",
    "трех": "четырех",
    "четыре": "пять",
    "четырёх": "пяти",
    "четырех": "пяти",
    "пять": "шесть",
    "пяти": "шести",
    "шесть": "семь",
    "шести": "семи",
    "семь": "восемь",
    "восемь": "девять",
    "десять": "двенадцать",
    "десяти": "двенадцати",
    "двадцать": "тридцать",
    "тридцать": "сорок",
    "сто": "двести",
    "половина": "треть",
    "половины": "трети",
    "половину": "треть",
    "треть": "четверть",
    "трети": "четверти",
    "десятки": "сотни",
    "десятков": "сотен",
    "сотни": "тысячи",
    "сотен": "тысяч",
}
_AR_W = {
    "اثنان": "ثلاثة",
    "اثنين": "ثلاثة",
    "اثنتين": "ثلاث",
    "اثنتان": "ثلاث",
    "ثلاثة": "أربعة",
    "ثلاث": "أربع",
    "أربعة": "خمسة",
    "أربع": "خمس",
    "خمسة": "ستة",
    "خمس": "ست",
    "ستة": "سبعة",
    "سبعة": "ثمانية",
    "عشرة": "عشرين",
    "عشرات": "مئات",
    "مئات": "آلاف",
    "نصف": "ثلث",
    "ثلث": "ربع",
    "ثلثي": "ثلاثة أرباع",
}
_ZH_NEXT = {
    "两": "三",
    "二": "三",
    "三": "四",
    "四": "五",
    "五": "六",
    "六": "七",
    "七": "八",
    "八": "九",
    "九": "十",
    "十": "二十",
}


def _wordtable(
    words: dict[str, str], prefix: str = "", flags: int = re.IGNORECASE
) -> list[tuple[str, object]]:
    def repl(m: re.Match[str]) -> str:
        w = m.group(2)
        new = words[w.lower()]
        if w[:1].isupper():
            new = new[:1].upper() + new[1:]
        return m.group(1) + new

    alt = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return [(f"(?i)(?<!\\w)({prefix})({alt})(?!\\w)", repl)]


_WORDS: dict[str, list[tuple[str, object]]] = {
    "fr": [(p, r) for p, r in _wordtable(_FR_W)] + [(r"(?i)(?<!pour )\bcent\b(?! pour)", "mille")],
    "es": _wordtable(_ES_W),
    "ru": _wordtable(_RU_W),
    "ar": _wordtable(_AR_W, prefix="[وب]?"),
    "zh": [
        (
            r"(?<![一二三四五六七八九十百千万两几第])([两二三四五六七八九十])"
            r"(?=[个名年倍次位项天周万亿千百国座所条分])",
            lambda m: _ZH_NEXT[m.group(1)],
        ),
        (r"一半", "三分之一"),
    ],
}

_RU_ORD_TRET = {
    "ой": "ий",
    "ая": "ья",
    "ое": "ье",
    "ые": "ьи",
    "ого": "ьего",
    "ому": "ьему",
    "ом": "ьем",
    "ую": "ью",
    "ых": "ьих",
    "ым": "ьим",
    "ыми": "ьими",
}
_RU_END = "ый|ой|ая|ое|ые|ого|ому|ом|ую|ых|ым|ыми"
_ZH_ORD = "一二三四五六七八九十"

_ORDINAL: dict[str, list[tuple[str, object]]] = {
    "fr": [
        (
            r"\b(deux|trois|quatr|cinqu|six|sept|huit|dix)ième(s?)\b",
            lambda m: (
                {
                    "deux": "trois",
                    "trois": "quatr",
                    "quatr": "cinqu",
                    "cinqu": "six",
                    "six": "sept",
                    "sept": "huit",
                    "huit": "neuv",
                    "dix": "onz",
                }[m.group(1)]
                + "ième"
                + m.group(2)
            ),
        ),
        (r"\b(la|pour la|une) première\b(?! ministre)", r"\1 deuxième"),
        (
            r"\b(\d+)(e|er|ème)\b",
            lambda m: str(int(m.group(1)) + 1) + ("e" if m.group(2) == "er" else m.group(2)),
        ),
    ],
    "es": [
        (r"\bsegund([oa]s?)\b", r"tercer\1"),
        (r"\btercer([oa]s?)?\b", lambda m: "cuart" + (m.group(1) or "o")),
        (r"\bcuart([oa]s?)\b(?= (?:informe|período|conferencia|año|vez|lugar|día))", r"quint\1"),
        (
            r"\bprimer(a|os|as)?\b(?! [Mm]inistr)",
            lambda m: "segund" + {"": "o", "a": "a", "os": "os", "as": "as"}[m.group(1) or ""],
        ),
        (r"\b(\d+)(\.?º|\.?ª|°)", lambda m: str(int(m.group(1)) + 1) + m.group(2)),
    ],
    "ru": [
        (rf"\bвтор({_RU_END})\b", lambda m: "трет" + _RU_ORD_TRET.get(m.group(1), "ий")),
        (rf"\bперв({_RU_END})\b", r"пят\1"),
        (rf"\bчетв[её]рт({_RU_END})\b", r"пят\1"),
        (rf"\bпят({_RU_END})\b", r"девят\1"),
        (
            r"\b(\d+)-(й|я|е|го|м|х|му|ю|ого|ом|ый|ая)\b",
            lambda m: f"{int(m.group(1)) + 1}-{m.group(2)}",
        ),
    ],
    "ar": [
        (
            r"(?<!كانون )(?<!تشرين )(?<!ربيع )(?<!جمادى )(?<!\w)(ال|و?ال|بال|لل)(ثاني|ثانية|ثالث|ثالثة|رابع|رابعة|خامس|خامسة)(?!\w)",
            lambda m: (
                m.group(1)
                + {
                    "ثاني": "ثالث",
                    "ثانية": "ثالثة",
                    "ثالث": "رابع",
                    "ثالثة": "رابعة",
                    "رابع": "خامس",
                    "رابعة": "خامسة",
                    "خامس": "سادس",
                    "خامسة": "سادسة",
                }[m.group(2)]
            ),
        ),
    ],
    "zh": [
        (
            r"第([一二三四五六七八九十]+)",
            lambda m: "第" + m.group(1)[:-1] + _ZH_NEXT.get(m.group(1)[-1], "二"),
        ),
        (r"第(\d+)", lambda m: f"第{int(m.group(1)) + 1}"),
    ],
}

_NUMWORD_AFTER = {
    "fr": r"(?=\s*(?:\d|un\b|une\b|deux|trois|quatre|cinq|six|sept|huit|dix|vingt|trente|cent|mille|la moitié|un tiers))",
    "es": r"(?=\s*(?:\d|un\b|una\b|dos|tres|cuatro|cinco|seis|siete|ocho|diez|veinte|treinta|cien|mil\b|la mitad))",
    "ru": r"(?=\s*(?:\d|одн|дв|тр[иёе]|четыр|пят|шест|сем|восем|десят|двадцат|тридцат|сто|полови|тысяч|миллион))",
    "ar": r"(?=\s*(?:\d|[وب]?(?:ثلاث|أربع|خمس|ست|سبع|ثمان|تسع|عشر|مئ|ألف|آلاف|مليون|نصف|ثلث|ربع)))",
    "zh": r"(?=\s*[\d一二三四五六七八九十两百千万半])",
}


def _approx_table(lang: str) -> list[tuple[str, object]]:
    after = _NUMWORD_AFTER[lang]
    pairs = {
        "fr": [
            ("plus de", "moins de"),
            ("plus d['’]", "moins d'"),
            ("moins de", "plus de"),
            ("près de", "plus de"),
            ("environ", "plus de"),
            ("au moins", "au plus"),
            ("presque", "plus de"),
            ("quelque", "plus de"),
        ],
        "es": [
            ("más de", "menos de"),
            ("menos de", "más de"),
            ("casi", "más de"),
            ("cerca de", "más de"),
            ("alrededor de", "más de"),
            ("al menos", "como máximo"),
            ("aproximadamente", "más de"),
            ("unos", "más de"),
            ("unas", "más de"),
        ],
        "ru": [
            ("более", "менее"),
            ("свыше", "менее"),
            ("больше", "меньше"),
            ("менее", "более"),
            ("почти", "более"),
            ("около", "более"),
            ("порядка", "более"),
            ("не менее", "не более"),
            ("по меньшей мере", "не более"),
            ("примерно", "более"),
        ],
        "ar": [
            ("أكثر من", "أقل من"),
            ("أقل من", "أكثر من"),
            ("نحو", "أكثر من"),
            ("حوالي", "أكثر من"),
            ("حوالى", "أكثر من"),
            ("قرابة", "أكثر من"),
            ("ما يقرب من", "أكثر من"),
            ("ما يزيد على", "ما يقل عن"),
            ("ما لا يقل عن", "ما لا يزيد على"),
            ("زهاء", "أكثر من"),
            ("ما يناهز", "أقل من"),
        ],
        "zh": [
            ("超过", "不到"),
            ("逾", "近"),
            ("不到", "超过"),
            ("近", "超过"),
            ("约", "超过"),
            ("至少", "至多"),
            ("将近", "超过"),
            ("大约", "超过"),
        ],
    }[lang]
    table: list[tuple[str, object]] = []
    for old, new in pairs:
        lead = r"(?<!\w)" if lang != "zh" else ""
        table.append((f"(?i){lead}{old}{after}", new))
    if lang == "zh":
        table.append((r"(?<=\d)多(?=[万亿千百名人个])", ""))  # "400多万" (over) -> "400万"
        table.append((r"(?<=[\d万亿])以上", "以下"))
        table.append((r"(?<=[\d万亿])以下", "以上"))
    return table


def _approx_turned(text: str, lang: str, rng: random.Random, src: str) -> str | None:
    new = _pick_sub(text, _approx_table(lang), rng)
    if new and text[:1].isupper() and new[:1].islower():
        new = new[:1].upper() + new[1:]
    return new


_SCALE_AFTER = {
    "fr": r"(?:\s(?:millions?|milliards?|mille)(?:\sd['’e]\s?)?)?",
    "es": r"(?:\s(?:mil\s)?(?:millones|millón|mil)(?:\sde)?)?",
    "ru": r"(?:\s(?:млн|млрд|тыс\.|миллион\w*|миллиард\w*|тысяч\w*))?",
    "ar": r"(?:\s?(?:مليون|مليار|ألف|آلاف|ملايين|مليارات|بليون)\w*)?",
    "zh": r"(?:[万亿千百]+)?",
}


_MONTH_AFTER = (
    r"\s(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
    r"|de (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)"
    r"|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
    r"|[^\s/]+/)"
)


def _figure_dropped(text: str, lang: str, rng: random.Random, src: str) -> str | None:
    """A figure (with its scale word) left out: "33 millions de personnes" -> "personnes"."""
    nums = [
        m
        for m in _numbers(text)
        if not _is_year(m.group()) and not re.match(r"[月日号时点]|\s?\w+/", text[m.end() :])
    ]
    nums = [m for m in nums if not re.match(_MONTH_AFTER, text[m.end() :])]
    if not nums:
        return None
    m = rng.choice(nums)
    tail = re.match(_SCALE_AFTER[lang], text[m.end() :])
    end = m.end() + (tail.end() if tail else 0)
    start = m.start()
    # a figure inside a date ("8 mars") is dropped with nothing else; a % stays a unit fault
    new = _tidy(text[:start] + text[end:])
    if re.search(r"\*\*\s*\*\*|\[\s*\]", new) or _size(new, lang) < 4:
        return None
    return new


_YEAR_PHRASE = {
    "fr": r"\s*(?:\ben\s+|\bde\s+)?{y}",
    "es": r"\s*(?:\ben\s+|\bde\s+)?{y}",
    "ru": r"\s*(?:\bв\s+)?{y}(?:\s*(?:года|году|год|г\.))?",
    "ar": r"\s*(?:في\s+)?(?:عام\s+|سنة\s+)?{y}",
    "zh": r"{y}年?",
}


def _year_dropped(text: str, lang: str, rng: random.Random, src: str) -> str | None:
    years = _years(text)
    if not years:
        return None
    y = rng.choice(years).group()
    spans = list(re.finditer(_YEAR_PHRASE[lang].format(y=y), text))
    if not spans:
        return None
    m = rng.choice(spans)
    return _tidy(text[: m.start()] + text[m.end() :])


_ADDED_YEAR = {
    "fr": " en {y}",
    "es": " en {y}",
    "ru": " в {y} году",
    "ar": " في عام {y}",
}


def _figure_added(text: str, lang: str, rng: random.Random, src: str) -> str | None:
    """A figure the source does not have: a year copied in, or a count put before a noun."""
    present = set(re.findall(r"\d+", text + " " + src))
    if lang in ("fr", "es") and rng.random() < 0.5:
        art = (
            r"\b(les|des|aux)\s(?=[a-zéèà]{4,})"
            if lang == "fr"
            else r"\b(los|las)\s(?=[a-záéíóú]{4,})"
        )
        arts = list(re.finditer(art, text))
        if arts:
            m = rng.choice(arts)
            n = rng.choice(["12", "15", "35", "40", "120", "300"])
            if n not in present:
                return text[: m.end()] + n + " " + text[m.end() :]
    y = rng.choice([str(v) for v in range(2003, 2022) if str(v) not in present])
    body, tail = _split_tail(text)
    if _size(body, lang) < 6 or not re.search(r"[.。!?！？]", tail) or re.search('[»”」"]', tail):
        return None
    if lang == "zh":
        clauses = [m.end() for m in re.finditer("，", body)]
        if clauses:
            i = rng.choice(clauses)
            return body[:i] + f"{y}年" + body[i:] + tail
        return f"{y}年，" + body + tail
    return body + _ADDED_YEAR[lang].format(y=y) + tail


_AR_DUAL = [
    (r"(?<!\w)([وب]?)(عامين|عامان)(?!\w)", r"\1ثلاثة أعوام"),
    (r"(?<!\w)([وب]?)(سنتين|سنتان)(?!\w)", r"\1ثلاث سنوات"),
    (r"(?<!\w)([وب]?)(شهرين|شهران)(?!\w)", r"\1ثلاثة أشهر"),
    (r"(?<!\w)([وب]?)(يومين|يومان)(?!\w)", r"\1ثلاثة أيام"),
    (r"(?<!\w)([وب]?)(مرتين|مرتان)(?!\w)", r"\1ثلاث مرات"),
    (r"(?<!\w)([وب]?)(أسبوعين)(?!\w)", r"\1ثلاثة أسابيع"),
    (r"(?<!\w)([وب]?)(مليونا|مليوني)(?!\w)", r"\1ثلاثة ملايين"),
    (r"(?<!\w)([وب]?)(بليونا|بليوني|مليارا|ملياري)(?!\w)", r"\1ثلاثة مليارات"),
    (r"(?<!\w)([وب]?)(ألفا|ألفي)(?!\w)", r"\1ثلاثة آلاف"),
]


def _dual_changed(text: str, lang: str, rng: random.Random, src: str) -> str | None:
    return _pick_sub(text, _AR_DUAL, rng) if lang == "ar" else None


# --- units -----------------------------------------------------------------------------------------
_CURRENCY_CHANGE: dict[str, list[tuple[str, object]]] = {
    "fr": [
        (
            r"\b(de |d['’])?dollars?(?: des États-Unis| É\.-U\.| américains)?",
            lambda m: ("d’" if m.group(1) else "") + "euros",
        ),
        (r"\$\s?É\.-U\.|\$\s?US|\bUS\s?\$|\$", "€"),
        (r"\b(?:d['’])euros?\b", "de dollars"),
        (r"(?<![’'])\beuros?\b", "dollars"),
        (r"\bfrancs suisses\b", "euros"),
        (r"\blivres sterling\b", "euros"),
    ],
    "es": [
        (r"\bdólar(?:es)?(?: de los Estados Unidos| estadounidenses| EE\.UU\.)?", "euros"),
        (r"US\$|\$", "€"),
        (r"\beuros?\b", "dólares"),
    ],
    "ru": [
        (r"\bдоллар(?:ов|а|ы|ам|ами|ах)?(?: США)?|\bдолл\.(?: США)?", "евро"),
        (r"\$", "€"),
        (r"\bевро\b", "долларов"),
        (r"\bфунтов стерлингов\b", "евро"),
    ],
    "ar": [
        (
            r"(?<!\w)([وب]?)دولار(?:ات|ا|ين|ان)?(?: من دولارات الولايات المتحدة| أمريكي| أمريكية| أمريكيا)?",
            r"\1يورو",
        ),
        (r"\$", "€"),
        (r"(?<!\w)([وب]?)يورو(?!\w)", r"\1دولار"),
    ],
    "zh": [
        (r"美元", "欧元"),
        (r"\$", "€"),
        (r"欧元", "美元"),
        (r"(?<=[\d万亿])元", "美元"),
    ],
}

_CURRENCY_DROP: dict[str, list[tuple[str, object]]] = {
    "fr": [
        (r"\s?(?:de |d['’])?dollars?(?: des États-Unis| É\.-U\.| américains)?", ""),
        (r"\$\s?É\.-U\.|\$\s?US|\bUS\s?\$|\$", ""),
        (r"\s?(?:d['’])?euros?\b", ""),
    ],
    "es": [
        (r"\s?(?:de )?dólar(?:es)?(?: de los Estados Unidos| estadounidenses| EE\.UU\.)?", ""),
        (r"US\$|\$", ""),
        (r"\s?(?:de )?euros?\b", ""),
    ],
    "ru": [
        (r"\s?(?:\bдоллар(?:ов|а|ы|ам|ами|ах)?|\bдолл\.)(?: США)?", ""),
        (r"\$", ""),
        (r"\s?\bевро\b", ""),
    ],
    "ar": [
        (
            r"\s?(?<!\w)دولار(?:ات|ا|ين|ان)?(?: من دولارات الولايات المتحدة| أمريكي| أمريكية| أمريكيا)?(?!\w)",
            "",
        ),
        (r"\$", ""),
        (r"\s?(?<!\w)يورو(?!\w)", ""),
    ],
    "zh": [(r"美元", ""), (r"\$", ""), (r"欧元", "")],
}

_PEOPLE = {
    "fr": r"(?<=\d)(\s(?:millions?\s|milliards?\s)?(?:de\s|d['’])?)(personnes|enfants|réfugiés|habitants|familles|femmes)\b",
    "es": r"(?<=\d)(\s(?:millones\s|millón\s|mil\s)?(?:de\s)?)(personas|niños|refugiados|habitantes|familias|mujeres)\b",
    "ru": r"(?<=\d)(\s(?:млн\s|млрд\s|тыс\.\s|миллион\w*\s|тысяч\w*\s)?)(человек|людей|детей|беженцев|жителей|семей|женщин)\b",
    "ar": r"(?<=\d)(\s(?:مليون\s|ألف\s|آلاف\s|ملايين\s)?)(شخص|طفل|لاجئ|نسمة|أسرة|امرأة)(?!\w)",
    "zh": r"(?<=[\d万亿])(多?)(人|名儿童|名难民|名儿童|户|名妇女)",
}
_CURRENCY_WORD = {"fr": "dollars", "es": "dólares", "ru": "долларов", "ar": "دولار", "zh": "美元"}


def _currency_added(text: str, lang: str, rng: random.Random, src: str) -> str | None:
    """A currency where the source counts people or things ("33 millions de personnes" ->
    "33 millions de dollars"), or after a bare amount."""
    hits = list(re.finditer(_PEOPLE[lang], text))
    if hits:
        m = rng.choice(hits)
        return text[: m.start(2)] + _CURRENCY_WORD[lang] + text[m.end(2) :]
    return None


_PERMILLE: dict[str, list[tuple[str, object]]] = {
    "fr": [(r"(?<=\d)(\s?)%", r"\1‰"), (r"\bpour\s+cent\b", "pour mille")],
    "es": [(r"(?<=\d)(\s?)%", r"\1‰"), (r"\bpor\s+ciento\b", "por mil")],
    "ru": [(r"(?<=\d)(\s?)%", r"\1‰"), (r"\bпроцент\w*", "промилле")],
    "ar": [(r"(?<=\d)(\s?)[%٪]", r"\1‰"), (r"في\s+الما?ئة", "في الألف")],
    "zh": [(r"(?<=\d)%", "‰"), (r"百分之", "千分之")],
}
_PERCENT_DROP: dict[str, list[tuple[str, object]]] = {
    "fr": [(r"(?<=\d)\s?%", ""), (r"\s\bpour\s+cent\b", "")],
    "es": [(r"(?<=\d)\s?%", ""), (r"\s\bpor\s+ciento\b", "")],
    "ru": [(r"(?<=\d)\s?%", ""), (r"\s\bпроцент\w*", "")],
    "ar": [(r"(?<=\d)\s?[%٪]", ""), (r"\s?في\s+الما?ئة", "")],
    "zh": [(r"(?<=\d)%", ""), (r"百分之(?=\d)", "")],
}
_POINTS: dict[str, list[tuple[str, object]]] = {
    "fr": [
        (r"(?<=\d)\s?%", " points de pourcentage"),
        (r"\bpour\s+cent\b", "points de pourcentage"),
    ],
    "es": [(r"(?<=\d)\s?%", " puntos porcentuales"), (r"\bpor\s+ciento\b", "puntos porcentuales")],
    "ru": [(r"(?<=\d)\s?%", " процентных пункта")],
    "ar": [(r"(?<=\d)\s?[%٪]", " نقطة مئوية"), (r"في\s+الما?ئة", "نقطة مئوية")],
    "zh": [(r"(?<=\d)%", "个百分点")],
}
_MEASURE: dict[str, list[tuple[str, object]]] = {
    "fr": [
        (r"\btonnes?\b", "kilogrammes"),
        (r"\bkilomètres?\b|\bkm\b", "milles"),
        (r"\bhectares?\b", "acres"),
        (r"°\s?C\b", "°F"),
        (r"\bdegrés Celsius\b", "degrés Fahrenheit"),
        (r"\bmètres?\b", "pieds"),
        (r"\blitres?\b", "gallons"),
        (r"\bmillimètres\b|\bmm\b", "cm"),
    ],
    "es": [
        (r"\btoneladas?\b", "kilogramos"),
        (r"\bkilómetros?\b|\bkm\b", "millas"),
        (r"\bhectáreas?\b", "acres"),
        (r"°\s?C\b", "°F"),
        (r"\bgrados Celsius\b", "grados Fahrenheit"),
        (r"\bmetros?\b", "pies"),
        (r"\blitros?\b", "galones"),
        (r"\bmilímetros\b|\bmm\b", "cm"),
    ],
    "ru": [
        (r"\bтонн\w*", "килограммов"),
        (r"\bкм\b|\bкилометр\w*", "миль"),
        (r"\bгектар\w*|\bга\b", "акров"),
        (r"°\s?C\b|°\s?С\b", "°F"),
        (r"\bградус\w* Цельсия", "градусов по Фаренгейту"),
        (r"\bметр(?:ов|а)?\b", "футов"),
        (r"\bлитр\w*", "галлонов"),
        (r"\bмм\b", "см"),
    ],
    "ar": [
        (r"(?<!\w)([وب]?)(?:طن|أطنان)(?!\w)", r"\1كيلوغرام"),
        (r"كيلومتر\w*|كلم", "ميل"),
        (r"هكتار\w*", "فدان"),
        (r"°\s?C\b|درجة مئوية|درجات مئوية", "درجة فهرنهايت"),
        (r"(?<!\w)متر(?:ا|ات)?(?!\w)", "قدم"),
        (r"(?<!\w)لتر(?:ا|ات)?(?!\w)", "غالون"),
        (r"ملم|مليمتر\w*", "سم"),
        (r"(?<!\w)([وب]?)فدان(?!\w)", r"\1هكتار"),
    ],
    "zh": [
        (r"(?<![千公])吨", "公斤"),
        (r"公里", "英里"),
        (r"公顷", "英亩"),
        (r"摄氏", "华氏"),
        (r"°C", "°F"),
        (r"(?<![公厘毫千])米", "英尺"),
        (r"(?<=\d)毫米", "厘米"),
        (r"(?<=[\d万千百十])升", "加仑"),
    ],
}


def _only_with_figure(tables: dict[str, list[tuple[str, object]]]) -> Variant:
    """A unit change only in an entry that has a figure or a figure in words."""

    def variant(text: str, lang: str, rng: random.Random, src: str) -> str | None:
        if not re.search(r"\d|[一二三四五六七八九十两百千万亿]", text):
            return None
        return _pick_sub(text, tables[lang], rng)

    return variant


# --- countries -------------------------------------------------------------------------------------
# Russian: name stems by declension class; forms in the order nom, gen, dat, acc, ins, prep
_RU_CLASS = {
    "m": ("", "а", "у", "", "ом", "е"),
    "a": ("а", "ы", "е", "у", "ой", "е"),
    "ia": ("ия", "ии", "ии", "ию", "ией", "ии"),
}
_RU_NAMES = {
    "m": [
        "Пакистан",
        "Афганистан",
        "Иран",
        "Ирак",
        "Судан",
        "Ливан",
        "Йемен",
        "Таджикистан",
        "Узбекистан",
        "Казахстан",
        "Непал",
        "Вьетнам",
        "Мозамбик",
        "Камерун",
    ],
    "a": ["Украин", "Молдов", "Уганд", "Руанд"],
    "ia": [
        "Сир",
        "Инд",
        "Турц",
        "Эфиоп",
        "Иордан",
        "Герман",
        "Франц",
        "Венгр",
        "Румын",
        "Колумб",
        "Нигер",
        "Росс",
        "Бразил",
        "Лив",
        "Кен",
        "Замб",
    ],
}
_RU_ADJ = [
    "пакистанск",
    "афганск",
    "украинск",
    "сирийск",
    "иракск",
    "иранск",
    "индийск",
    "турецк",
    "египетск",
    "иорданск",
    "ливанск",
    "йеменск",
    "суданск",
    "сомалийск",
    "эфиопск",
    "кенийск",
    "нигерийск",
    "польск",
    "немецк",
    "французск",
    "китайск",
    "японск",
    "ливийск",
    "венгерск",
    "румынск",
    "молдавск",
    "российск",
    "колумбийск",
]
_RU_ADJ_END = "ий|ая|ое|ие|ого|ой|ому|ую|им|ом|их|ими"
_RU_DEM = [
    "пакистан",
    "афган",
    "украин",
    "сирий",
    "иракц",
    "иран",
    "ливан",
    "йемен",
    "судан",
    "сомалий",
    "кений",
    "нигерий",
]
_RU_DEM_END = "цы|цев|цам|цами|цах|ец|ца|цу|цем"


def _ru_ru_name_forms() -> list[tuple[str, str, int, str]]:
    out = []
    for cls, stems in _RU_NAMES.items():
        for stem in stems:
            for i, end in enumerate(_RU_CLASS[cls]):
                out.append((stem + end, cls, i, stem))
    return out


_RU_FORMS = _ru_ru_name_forms()

# French: names by article class (what comes before them: au/du/le; en/de la/la; en/de l'/l')
_FR_NAMES = {
    "m": [
        "Pakistan",
        "Liban",
        "Yémen",
        "Soudan",
        "Kenya",
        "Nigéria",
        "Japon",
        "Bangladesh",
        "Myanmar",
        "Népal",
        "Mozambique",
        "Cameroun",
        "Burundi",
        "Venezuela",
        "Brésil",
    ],
    "f": [
        "Syrie",
        "Turquie",
        "Jordanie",
        "Somalie",
        "Pologne",
        "France",
        "Chine",
        "Libye",
        "Hongrie",
        "Roumanie",
        "Colombie",
        "Tunisie",
        "Russie",
        "Moldavie",
        "Zambie",
    ],
    "v": [
        "Afghanistan",
        "Ukraine",
        "Iraq",
        "Iran",
        "Inde",
        "Égypte",
        "Éthiopie",
        "Allemagne",
        "Érythrée",
        "Ouganda",
        "Indonésie",
        "Algérie",
        "Italie",
        "Espagne",
        "Ouzbékistan",
    ],
}
_FR_ADJ = {
    "ien": [
        "ukrain",
        "syr",
        "iraqu",
        "iran",
        "ind",
        "égypt",
        "jordan",
        "somal",
        "éthiop",
        "liby",
        "colomb",
        "algér",
        "ital",
        "indonés",
        "tunis",
    ],
    "ais": ["pakistan", "liban", "soudan", "polon", "japon", "banglad", "népal", "ougand"],
    "an": ["afgh", "kény", "nigéri"],
}
_FR_ADJ_END = {
    "ien": ("ien", "ienne", "iens", "iennes"),
    "ais": ("ais", "aise", "aises"),
    "an": ("an", "ane", "ans", "anes"),
}

_ES_NAMES = [
    "Pakistán",
    "Afganistán",
    "Ucrania",
    "Siria",
    "Irak",
    "Iraq",
    "Irán",
    "Turquía",
    "Egipto",
    "Jordania",
    "Yemen",
    "Sudán",
    "Somalia",
    "Etiopía",
    "Kenya",
    "Kenia",
    "Nigeria",
    "Polonia",
    "Alemania",
    "Francia",
    "China",
    "Japón",
    "Bangladesh",
    "Libia",
    "Hungría",
    "Rumania",
    "Colombia",
    "Uganda",
    "Mozambique",
    "Nepal",
    "Myanmar",
    "Rusia",
    "Túnez",
    "Argelia",
    "Indonesia",
    "Italia",
]
_ES_ADJ = {
    "o": [
        "ucranian",
        "siri",
        "turc",
        "egipci",
        "jordan",
        "kenian",
        "nigerian",
        "polac",
        "libi",
        "húngar",
        "ruman",
        "afgan",
        "colombian",
        "argelin",
        "italian",
    ],
    "i": ["pakistan", "iraqu", "iran", "yemen", "somal", "bangladesh", "marroqu"],
    "es": ["liban", "sudan", "japon", "franc", "nepal", "holand"],
}
_ES_ADJ_END = {"o": ("o", "a", "os", "as"), "i": ("í", "íes"), "es": ("és", "esa", "eses", "esas")}

_AR_NAMES = [
    "باكستان",
    "أفغانستان",
    "أوكرانيا",
    "سوريا",
    "سورية",
    "العراق",
    "إيران",
    "الهند",
    "تركيا",
    "مصر",
    "الأردن",
    "لبنان",
    "اليمن",
    "السودان",
    "الصومال",
    "إثيوبيا",
    "كينيا",
    "نيجيريا",
    "بولندا",
    "ألمانيا",
    "فرنسا",
    "الصين",
    "اليابان",
    "بنغلاديش",
    "ليبيا",
    "هنغاريا",
    "رومانيا",
    "مولدوفا",
    "روسيا",
    "كولومبيا",
    "أوغندا",
    "نيبال",
    "موزامبيق",
    "ميانمار",
    "إندونيسيا",
    "إيطاليا",
    "الجزائر",
    "تونس",
]
_AR_NISBA = [
    "باكستان",
    "أفغان",
    "أوكران",
    "سور",
    "عراق",
    "إيران",
    "هند",
    "ترك",
    "مصر",
    "أردن",
    "لبنان",
    "يمن",
    "سودان",
    "صومال",
    "إثيوب",
    "كين",
    "نيجير",
    "بولند",
    "ألمان",
    "فرنس",
    "صين",
    "يابان",
    "بنغلاديش",
    "ليب",
    "روس",
    "كولومب",
    "نيبال",
    "إيطال",
    "جزائر",
    "تونس",
]
_AR_NISBA_END = ("ي", "ية", "يين", "يون", "يات", "يان", "يتين", "يتان")

_ZH_NAMES = [
    "巴基斯坦",
    "阿富汗",
    "乌克兰",
    "叙利亚",
    "伊拉克",
    "伊朗",
    "印度",
    "土耳其",
    "埃及",
    "约旦",
    "黎巴嫩",
    "也门",
    "苏丹",
    "索马里",
    "埃塞俄比亚",
    "肯尼亚",
    "尼日利亚",
    "波兰",
    "德国",
    "法国",
    "日本",
    "孟加拉国",
    "利比亚",
    "匈牙利",
    "罗马尼亚",
    "摩尔多瓦",
    "俄罗斯",
    "哥伦比亚",
    "海地",
    "缅甸",
    "尼泊尔",
    "乌干达",
    "莫桑比克",
    "意大利",
    "阿尔及利亚",
    "突尼斯",
    "印度尼西亚",
    "中国",
]
_ZH_MASK = ["印度尼西亚", "印度洋", "南苏丹", "尼日尔", "约旦河", "中国际", "中国家"]
_ZH_HOMOPHONE = {
    "斯": "丝",
    "坦": "担",
    "富": "付",
    "汗": "汉",
    "克": "可",
    "兰": "蓝",
    "利": "力",
    "亚": "压",
    "尼": "泥",
    "伊": "依",
    "朗": "郎",
    "度": "渡",
    "尔": "儿",
    "其": "奇",
    "及": "级",
    "旦": "但",
    "门": "们",
    "丹": "单",
    "马": "玛",
    "里": "理",
    "塞": "赛",
    "俄": "饿",
    "肯": "垦",
    "波": "坡",
    "德": "得",
    "法": "发",
    "孟": "梦",
    "加": "家",
    "拉": "啦",
    "罗": "萝",
    "摩": "磨",
    "多": "朵",
    "瓦": "娃",
    "缅": "绵",
    "泊": "伯",
    "干": "甘",
    "桑": "嗓",
    "比": "笔",
    "叙": "序",
    "乌": "呜",
    "耳": "洱",
    "埃": "挨",
}

_AR_PREFIX = re.compile(r"^(و|ف)?(ب|ل|ك)?(ال|ل)?")


def _ar_tokens(text: str) -> list[re.Match[str]]:
    return list(re.finditer(r"[\u0621-\u064a\u0671-\u06d3]+", text))


def _ar_parse(tok: str) -> tuple[str, str, str, str] | None:
    """(clitics, kind, key, suffix) for a country form in an Arabic word: kind "name" (key the
    name with its article) or "nisba" (key the stem; suffix its ending, article in clitics)."""
    for conj in ("", "و", "ف"):
        if conj and not tok.startswith(conj):
            continue
        rest = tok[len(conj) :]
        for prep in ("", "ب", "ل", "ك"):
            if prep and not rest.startswith(prep):
                continue
            base = rest[len(prep) :]
            if prep == "ل" and base.startswith("ل") and "ال" + base[1:] in _AR_NAMES:
                return conj + "ل", "name", "ال" + base[1:], ""  # للعراق
            if base in _AR_NAMES:
                return conj + prep, "name", base, ""
            art = ""
            if base.startswith("ال"):
                art, base = "ال", base[2:]
            elif prep == "ل" and base.startswith("ل"):
                art, base = "ل", base[1:]
            for end in sorted(_AR_NISBA_END, key=len, reverse=True):
                if base.endswith(end) and base[: -len(end)] in _AR_NISBA:
                    return conj + prep + art, "nisba", base[: -len(end)], end
            if base in ("أفغان",):
                return conj + prep + art, "nisba", "أفغان", ""
    return None


def _ar_make_name(clitics: str, name: str) -> str:
    """Clitics put before a name, the article merged as Arabic writes it (ل + ال = لل)."""
    if name.startswith("ال") and clitics.endswith("ل"):
        return clitics + name[1:]
    return clitics + name


def _country_hits(text: str, lang: str) -> list[tuple[int, int, str, tuple[object, ...]]]:
    """(start, end, kind, info) of each country form in the text."""
    hits: list[tuple[int, int, str, tuple[object, ...]]] = []
    if lang == "ru":
        for m in re.finditer(r"\w+", text):
            w = m.group()
            for form, cls, case, stem in _RU_FORMS:
                if w == form:
                    hits.append((m.start(), m.end(), "name", (cls, case, stem)))
                    break
            else:
                low = w.lower()
                for stem in _RU_ADJ:
                    if low.startswith(stem) and re.fullmatch(_RU_ADJ_END, low[len(stem) :]):
                        hits.append((m.start(), m.end(), "adjective", (stem, w[len(stem) :])))
                        break
                else:
                    for stem in _RU_DEM:
                        if low.startswith(stem) and re.fullmatch(_RU_DEM_END, low[len(stem) :]):
                            hits.append((m.start(), m.end(), "demonym", (stem, w[len(stem) :])))
                            break
    elif lang == "fr":
        names = {n for ns in _FR_NAMES.values() for n in ns}
        for cls, group in _FR_NAMES.items():
            for name in group:
                for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
                    hits.append((m.start(), m.end(), "name", (cls, name)))
        for cls, stems in _FR_ADJ.items():
            ends = "|".join(_FR_ADJ_END[cls])
            for stem in stems:
                for m in re.finditer(rf"(?i)(?<![\w-]){re.escape(stem)}({ends})(?![\w-])", text):
                    if m.group() in names:  # "Siria" is the country, not an adjective
                        continue
                    kind = "demonym" if m.group()[0].isupper() else "adjective"
                    hits.append((m.start(), m.end(), kind, (cls, stem, m.group(1))))
    elif lang == "es":
        names = set(_ES_NAMES)
        for name in _ES_NAMES:
            for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
                hits.append((m.start(), m.end(), "name", ("", name)))
        for cls, stems in _ES_ADJ.items():
            ends = "|".join(sorted(_ES_ADJ_END[cls], key=len, reverse=True))
            for stem in stems:
                for m in re.finditer(rf"(?i)(?<![\w-]){re.escape(stem)}({ends})(?![\w-])", text):
                    if m.group() in names:  # "Siria" is the country, not an adjective
                        continue
                    kind = "demonym" if m.group()[0].isupper() else "adjective"
                    hits.append((m.start(), m.end(), kind, (cls, stem, m.group(1))))
    elif lang == "ar":
        for m in _ar_tokens(text):
            parsed = _ar_parse(m.group())
            if parsed:
                clitics, kind, key, end = parsed
                hits.append(
                    (
                        m.start(),
                        m.end(),
                        "name" if kind == "name" else "adjective",
                        (clitics, key, end),
                    )
                )
    elif lang == "zh":
        masked = [(m.start(), m.end()) for w in _ZH_MASK for m in re.finditer(w, text)]
        taken: list[tuple[int, int]] = []
        for name in sorted(_ZH_NAMES, key=len, reverse=True):
            for m in re.finditer(name, text):
                s, e = m.span()
                if any(a <= s and e <= b for a, b in masked + taken):
                    continue
                taken.append((s, e))
                hits.append((s, e, "name", ("", name)))
    return sorted(hits)


def _other(pool: Sequence[str], avoid: set[str], rng: random.Random) -> str | None:
    choices = [p for p in pool if p not in avoid]
    return rng.choice(choices) if choices else None


def _mentioned(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def _replacement(
    hit: tuple[int, int, str, tuple[object, ...]],
    text: str,
    lang: str,
    rng: random.Random,
    src: str,
) -> str | None:
    """Another country in the same grammatical slot as the hit."""
    s, e, kind, info = hit
    word = text[s:e]
    seen = _mentioned(text) | _mentioned(src)
    if lang == "ru":
        if kind == "name":
            cls, case, stem = info
            stems = [
                x
                for x in _RU_NAMES[str(cls)]
                if x != stem and (x + _RU_CLASS[str(cls)][0]).lower() not in seen
            ]
            return rng.choice(stems) + _RU_CLASS[str(cls)][int(str(case))] if stems else None
        stem, end = info
        pool = _RU_ADJ if kind == "adjective" else _RU_DEM
        new = _other(pool, {str(stem)}, rng)
        if new is None:
            return None
        out = new + str(end)
        return out[:1].upper() + out[1:] if word[:1].isupper() else out
    if lang == "fr":
        if kind == "name":
            cls, name = info
            return _other(
                [n for n in _FR_NAMES[str(cls)] if n.lower() not in seen], {str(name)}, rng
            )
        cls, stem, end = info
        new = _other(_FR_ADJ[str(cls)], {str(stem)}, rng)
        if new is None:
            return None
        out = new + str(end)
        return out[:1].upper() + out[1:] if word[:1].isupper() else out
    if lang == "es":
        if kind == "name":
            return _other([n for n in _ES_NAMES if n.lower() not in seen], {str(info[1])}, rng)
        cls, stem, end = info
        new = _other(_ES_ADJ[str(cls)], {str(stem)}, rng)
        if new is None:
            return None
        out = new + str(end)
        return out[:1].upper() + out[1:] if word[:1].isupper() else out
    if lang == "ar":
        clitics, key, end = info
        if kind == "name":
            new = _other([n for n in _AR_NAMES if n not in text], {str(key)}, rng)
            return _ar_make_name(str(clitics), new) if new else None
        new = _other(_AR_NISBA, {str(key)}, rng)
        if not new:
            return None
        if not end:  # a broken plural ("الأفغان"): the sound plural of the new adjective
            end = "يين" if re.search(r"ين\s*$", text[: hit[0]]) else "يون"
        return str(clitics) + new + str(end)
    if lang == "zh":
        return _other([n for n in _ZH_NAMES if n not in text and n != "中国"], {str(info[1])}, rng)
    return None


def _swap(kinds: tuple[str, ...]) -> Variant:
    def variant(text: str, lang: str, rng: random.Random, src: str) -> str | None:
        hits = [h for h in _country_hits(text, lang) if h[2] in kinds]
        if not hits:
            return None
        hit = rng.choice(hits)
        new = _replacement(hit, text, lang, rng, src)
        if not new:
            return None
        # swap every mention of that very form, as a translator who misread the country does
        old = text[hit[0] : hit[1]]
        if rng.random() < 0.5:
            return re.sub(rf"(?<!\w){re.escape(old)}(?!\w)", new, text)
        return _replace_span(text, hit[0], hit[1], new)

    return variant


_DROP_PREP = {
    "fr": r"(?:\b(?:et|ou)\s)?(?:\b(?:au|aux|en|du|de la|de l['’]|d['’]|le|la|l['’]|avec|pour)\s?)?",
    "es": r"(?:\b(?:y|e|o)\s)?(?:\b(?:en|de|a|del|desde|hacia|con|para)\s)?(?:\b(?:el|la)\s)?",
    "ru": r"(?:\b(?:и|или)\s)?(?:\b(?:в|во|из|на|для|к|от|у|с|по)\s)?",
    "ar": r"(?:(?:في|من|إلى|على|عن|مع)\s)?",
    "zh": r"(?:[在向对从为与和及]|同)?",
}


def _country_dropped(text: str, lang: str, rng: random.Random, src: str) -> str | None:
    hits = [h for h in _country_hits(text, lang) if h[2] == "name"]
    if not hits:
        return None
    s, e, _, _ = rng.choice(hits)
    before = text[:s]
    m = re.search(_DROP_PREP[lang] + r"$", before)
    start = m.start() if m and m.group() else s
    end = e
    if lang == "zh" and text[e : e + 1] == "的":
        end += 1
    new = _tidy(text[:start] + text[end:])
    if _size(new, lang) < 3:
        return None
    return new


def _adjective_dropped(text: str, lang: str, rng: random.Random, src: str) -> str | None:
    hits = [h for h in _country_hits(text, lang) if h[2] in ("adjective", "demonym")]
    if lang == "zh":
        hits = [h for h in _country_hits(text, lang) if text[h[1] : h[1] + 1] in ("人", "籍")]
        if not hits:
            return None
        s, e, _, _ = rng.choice(hits)
        return text[:s] + text[e:]
    if not hits:
        return None
    s, e, _, _ = rng.choice(hits)
    if lang == "ar":
        # the clitics stay on the next word when the adjective carried a conjunction
        return _tidy(text[:s] + text[e:])
    return _tidy(text[:s] + text[e:])


_AND = {"fr": " et ", "es": " y ", "ru": " и ", "ar": " و", "zh": "和"}


def _country_added(text: str, lang: str, rng: random.Random, src: str) -> str | None:
    """A second country put next to one the source names ("au Pakistan" -> "au Pakistan et au
    Liban", "в Пакистане" -> "в Пакистане и Иране", "باكستان" -> "باكستان والهند")."""
    hits = [h for h in _country_hits(text, lang) if h[2] == "name"]
    if not hits:
        return None
    hit = rng.choice(hits)
    new = _replacement(hit, text, lang, rng, src)
    if not new:
        return None
    s, e = hit[0], hit[1]
    if lang == "fr":
        m = re.search(r"\b(au|aux|en|du|de la|de l['’]|d['’]|le|la|l['’])\s?$", text[:s])
        lead = m.group() if m else ""
        if lead and lead.strip() in ("l'", "l’", "d'", "d’", "de l'", "de l’"):
            lead = lead  # the vowel class keeps its elision
        add = " et " + lead + new
    elif lang == "es":
        conj = " e " if re.match(r"(?i)h?i", new) else " y "
        add = conj + new
    elif lang == "ar":
        clitics = str(hit[3][0])
        bare = clitics[1:] if clitics[:1] in ("و", "ف") else clitics
        add = " و" + (
            new[len(clitics) :]
            if new.startswith(clitics) and not bare
            else new[len(clitics) - len(bare) :]
        )
    else:
        add = _AND[lang] + new
    return text[:e] + add + text[e:]


def _adjective_added(text: str, lang: str, rng: random.Random, src: str) -> str | None:
    hits = [h for h in _country_hits(text, lang) if h[2] == "adjective"]
    if not hits or lang == "zh":
        return None
    hit = rng.choice(hits)
    new = _replacement(hit, text, lang, rng, src)
    if not new:
        return None
    if lang == "ar":
        # "الباكستانية" -> "الباكستانية والهندية": the conjunction, not the word's own clitics
        return text[: hit[1]] + " و" + new.lstrip("وف") + text[hit[1] :]
    conj = {"fr": " et ", "es": " y ", "ru": " и "}[lang]
    if lang == "es" and re.match(r"(?i)h?i", new):
        conj = " e "
    return text[: hit[1]] + conj + new + text[hit[1] :]


def _misspelt(text: str, lang: str, rng: random.Random, src: str) -> str | None:
    hits = [h for h in _country_hits(text, lang) if h[2] == "name"]
    if not hits:
        return None
    s, e, _, _ = rng.choice(hits)
    word = text[s:e]
    if lang == "zh":
        idx = [i for i, c in enumerate(word) if c in _ZH_HOMOPHONE]
        if not idx:
            return None
        i = rng.choice(idx)
        new = word[:i] + _ZH_HOMOPHONE[word[i]] + word[i + 1 :]
    else:
        lead = 0
        if lang == "ar":
            lead = len(str(_country_hits(word, lang)[0][3][0])) if _country_hits(word, lang) else 0
            if word[lead:].startswith("ال"):
                lead += 2
        idx = [i for i in range(lead + 1, len(word) - 1) if word[i] != word[i + 1]]
        if not idx:
            return None
        i = rng.choice(idx)
        new = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return _replace_span(text, s, e, new)


# --- clauses ---------------------------------------------------------------------------------------
_BREAK = {
    "fr": r",\s|;\s|\s[–—]\s|:\s",
    "es": r",\s|;\s|\s[–—]\s|:\s",
    "ru": r",\s|;\s|\s[–—]\s|:\s",
    "ar": r"[،,]\s?|؛\s?|\s[–—]\s|:\s",
    "zh": r"[，；：]|——",
}
_CONJ = {
    "fr": r"\s(?:et|mais|car|ou)\s",
    "es": r"\s(?:y|e|pero|o)\s",
    "ru": r"\s(?:и|а|но)\s",
    "ar": r"\sو(?=\w{3})",
    "zh": r"(?:并且|而且|并|但)",
}
_MIN = {"fr": 4, "es": 4, "ru": 3, "ar": 3, "zh": 6}


def _open_quote_inside(head: str, dropped: str) -> bool:
    """True when the cut would lose the closing mark of a quotation opened before it."""
    pairs = [("«", "»"), ("“", "”"), ("「", "」"), ("„", "“")]
    return any(dropped.count(c) > dropped.count(o) for o, c in pairs) or any(
        dropped.count(o) > dropped.count(c) for o, c in pairs
    )


def _last_clause_dropped(text: str, lang: str, rng: random.Random, src: str) -> str | None:
    body, tail = _split_tail(text)
    pat = _BREAK[lang] + "|" + _CONJ[lang]
    cands = []
    for m in re.finditer(pat, body):
        head, dropped = body[: m.start()], body[m.start() :]
        if (
            _size(dropped, lang) >= _MIN[lang]
            and _size(head, lang) >= _MIN[lang] + 1
            and not _open_quote_inside(head, dropped)
        ):
            cands.append(m.start())
    if not cands:
        return None
    cut = rng.choice(cands[-2:])
    head = body[:cut].rstrip(" ,;:،，；：")
    return head + tail


def _middle_clause_dropped(text: str, lang: str, rng: random.Random, src: str) -> str | None:
    body, tail = _split_tail(text)
    breaks = list(re.finditer(_BREAK[lang], body))
    cands = []
    for a, b in itertools.pairwise(breaks):
        mid = body[a.end() : b.start()]
        if (
            _size(mid, lang) >= _MIN[lang] - 1
            and _size(body[: a.start()], lang) >= 2
            and _size(body[b.end() :], lang) >= 2
            and not _open_quote_inside("", mid)
        ):
            cands.append((a, b))
    if not cands:
        return None
    a, b = rng.choice(cands)
    return _tidy(body[: a.end()] + body[b.end() :]) + tail


_NO_LEAD = {  # what cannot begin a sentence once what came before it is gone
    "fr": r"(?i)(?:dont|qui|que|qu['’]|et|ou|mais|où|lequel|laquelle|soit)\b",
    "es": r"(?i)(?:que|quien|y|e|o|pero|donde|cuy\w+|el cual|la cual|entre ellos|entre ellas)\b",
    "ru": r"(?i)(?:котор\w+|и|а|но|где|что)\b",
    "ar": r"(?:الذي|التي|الذين|و|مع|لكن)",
    "zh": r"(?:其中|并|而|但)",
}


_INTRO = {
    "fr": r"(?:Selon|D['’]après|Pour|Dans|En|Au|Aux|À|Depuis|Lors|Après|Avant|Pendant|Ces|Cette|"
    r"Ce|Cet|L['’]an|L['’]année|Le \d|Dès|Par|Sur|Malgré|Outre|Toutefois|Pourtant|Cependant|"
    r"Ainsi|Enfin|Aujourd['’]hui|Hier|Il y a|Si|Lorsque|Quand|Alors|Tout en|Face|Grâce|Avec|"
    r"Sans|Un an|Entre-temps|Parallèlement|De plus|En outre|Par ailleurs|Jusqu)\b",
    "es": r"(?:Según|Para|En|Desde|Durante|Tras|Después|Antes|Al|A|El año|Hace|Un año|Sin|Con|"
    r"Ante|Por|Sobre|Pese|Además|No obstante|Así|Dentro|Fuera|Hoy|Si|Cuando|Mientras|De no|"
    r"El \d|Entre tanto|Asimismo|Hasta)\b",
    "ru": r"(?:По|В|Во|На|Согласно|С|После|До|За|Как|Несмотря|Кроме|Однако|Тем|Вместе|При|"
    r"Если|Когда|Хотя|Сегодня|Для|Годом|Год|Между|Также|Кроме того|Помимо|Внутри)\b",
    "ar": r"(?:وفي|في|ومنذ|منذ|وقبل|قبل|وبعد|بعد|وخلال|خلال|ووفقا|وفقا|ووفقاً|وفقاً|وعلى|على|ومع|"
    r"مع|وفيما|وإذ|وحسب|حسب|وبحسب|ولولا|لولا|وإضافة|وعلاوة|وحتى|حتى|ولدى|لدى|وداخل|داخل)(?!\w)",
    "zh": r"(?:在|据|根据|随着|由于|为了|自|从|截至|去年|今年|此外|然而|但是|与此同时|同时|目前|"
    r"近年来|过去|如果|尽管|虽然|除|在此|今天|一年前|\d)",
}


def _leading_clause_dropped(text: str, lang: str, rng: random.Random, src: str) -> str | None:
    body, tail = _split_tail(text)
    m = re.search(_BREAK[lang], body)
    if not m:
        return None
    head, rest = body[: m.start()], body[m.end() :]
    if _size(head, lang) < _MIN[lang] - 1 or _size(rest, lang) < _MIN[lang] + 2:
        return None
    if _open_quote_inside("", head):
        return None
    if _size(head, lang) > 10 or re.match(_NO_LEAD[lang], rest.lstrip()):
        return None
    if re.match(r"\s*(?:https?:|www\.|\[|\W)", rest) or "@" in rest.split(" ")[0]:
        return None
    # an introduction (time, place, source: "Ces dernières années,", "Según el ACNUR,") or the
    # words that announce a quotation ("Il a averti :"), not the subject of the sentence
    if not (m.group().strip().startswith(":") or re.match(_INTRO[lang], body)):
        return None
    lead = re.match(r"^[«“\"„「]\s?", body)
    if lead:
        return None
    rest = rest.lstrip()
    if lang in ("fr", "es", "ru") and rest[:1].islower():
        rest = rest[:1].upper() + rest[1:]
    return rest + tail


_REL_WORDS = {
    "fr": r"(?:qui|dont|où|lequel|laquelle|lesquels|lesquelles|auxquels|auxquelles|duquel|desquels)",
    "es": r"(?:que|quien|quienes|donde|cuyo|cuya|cuyos|cuyas|el cual|la cual|los cuales|"
    r"las cuales|lo que)",
    "ru": r"(?:(?:в|на|из|для|с|о|от|по|к|у|при)\s)?(?:котор\w+|где|куда|откуда|чей|чья|чьё|чьи|чьих)",
    "ar": r"(?:الذي|التي|الذين|اللذين|اللتين|اللاتي|اللواتي|اللذان|اللتان)",
}
_REL_STOP = {"fr": "[^,;:.«»]", "es": "[^,;:.«»]", "ru": "[^,;:.«»]", "ar": "[^،,.؛:«»]"}


def _rel_patterns(lang: str) -> list[str]:
    """A relative clause set off by a comma (up to the next one), or one that ends the text."""
    if lang == "zh":
        return [r"，(?:其中|这|该|他们|它们|此|并|以|从而|使|以便|包括)[^，。；：」]+"]
    w, stop = _REL_WORDS[lang], _REL_STOP[lang]
    comma = "[،,]" if lang == "ar" else ","
    out = [rf"{comma}\s?{w}\s{stop}+"]
    if lang != "ru":  # Russian sets off every relative clause with commas
        bare = w.replace("que|", "") if lang == "es" else w
        out.append(rf"\s{bare}\s{stop}+$")
    return out


def _relative_dropped(text: str, lang: str, rng: random.Random, src: str) -> str | None:
    body, tail = _split_tail(text)
    cands = [
        m
        for pat in _rel_patterns(lang)
        for m in re.finditer(pat, body)
        if _size(m.group(), lang) >= _MIN[lang]
    ]
    cands = [m for m in cands if _size(body[: m.start()], lang) >= 3]
    if not cands:
        return None
    m = rng.choice(cands)
    rest = body[m.end() :]
    if lang == "ru" and rest.startswith(","):
        rest = rest[1:]  # the closing comma of the Russian relative clause goes with it
    return _tidy(body[: m.start()] + rest).rstrip(" ,;:،，；：") + tail


_LIST = {
    "fr": (r",\s", r"\s(?:et|ou)\s"),
    "es": (r",\s", r"\s(?:y|e|o)\s"),
    "ru": (r",\s", r"\s(?:и|или)\s"),
    "ar": (r"[،,]\s?", r"\sو"),
    "zh": (r"、", r"(?:和|及|以及|与)"),
}


def _list_item_dropped(text: str, lang: str, rng: random.Random, src: str) -> str | None:
    """One item of a list dropped: "A, B et C" -> "A et C"; "des A, des B et des C"."""
    body, tail = _split_tail(text)
    sep, conj = _LIST[lang]
    cands: list[tuple[int, int]] = []
    if lang == "zh":
        for m in re.finditer(r"、([^、，。；：]{1,12}?)(?=、|(?<!共)和|及|与)", body):
            cands.append((m.start(), m.end()))
    elif lang == "ar":
        for m in re.finditer(r"(?<=\S)(?:،\s?| )(و\S+)(?= و\S)", body):
            cands.append((m.start(), m.end()))
    else:
        for m in re.finditer(conj, body):
            before = body[: m.start()]
            seps = list(re.finditer(sep, before))
            if not seps:
                continue
            last = before[seps[-1].end() :]
            after = re.split(r"[,;:]", body[m.end() :])[0]
            first_word = lambda t: (re.findall(r"\w+", t) or [""])[0].lower()  # noqa: E731
            if len(seps) >= 2:
                prev = before[seps[-2].end() : seps[-1].start()]
                ok = _words(last) <= 5 and _words(prev) <= 5 and _words(after) <= 6
            else:
                # two items before the conjunction: alike ("de A, de B et de C") or names
                ok = (
                    _words(last) <= 4
                    and _words(after) <= 5
                    and (first_word(last) == first_word(after) or last.strip()[:1].isupper())
                )
            if ok and _words(last) >= 1:
                cands.append((seps[-1].start(), m.start()))
    if not cands:
        return None
    a, b = rng.choice(cands)
    if _size(body[a:b], lang) < 1:
        return None
    return _tidy(body[:a] + body[b:]) + tail


_ABBREV = re.compile(
    r"(?:\b(?:M|MM|Mme|Mmes|Mlle|Dr|Sr|Sra|Srta|Sres|Dra|St|Ste|Mr|Mrs|Ms|No|n|art|p|pp|г|гг|"
    r"им|т|тыс|млн|млрд|долл|etc|cf|env|approx|núm|Nº)|\b[A-ZА-Я])\.$"
)


def _sentences(text: str, lang: str) -> list[str]:
    """The sentences of a segment (a full stop after an abbreviation or initial ends none)."""
    if lang == "zh":
        return [
            p for p in re.split(r"(?<=[。！？])(?![”」』])|(?<=[。！？][”」』])", text) if p.strip()
        ]
    out, start = [], 0
    for m in re.finditer(r"[.!?][»”\"]?\s+(?=[«“\"A-ZÀ-ÖÉА-ЯЁ\u0621-\u064a])", text):
        head = text[start : m.start() + 1]
        if _ABBREV.search(head.rstrip('»”"')):
            continue
        out.append(text[start : m.end()].strip())
        start = m.end()
    out.append(text[start:].strip())
    return [p for p in out if p]


def _sentence_dropped(text: str, lang: str, rng: random.Random, src: str) -> str | None:
    """A second (or later) sentence of the segment left out."""
    parts = _sentences(text, lang)
    if len(parts) < 2:
        return None
    idx = [i for i, p in enumerate(parts) if i > 0 and _size(p, lang) >= _MIN[lang]]
    idx = [i for i in idx if not _open_quote_inside("", parts[i])]
    if not idx:
        return None
    i = rng.choice(idx)
    kept = parts[:i] + parts[i + 1 :]
    return ("" if lang == "zh" else " ").join(kept)


# --- the registry ----------------------------------------------------------------------------------
ALL = frozenset(LANGS)
VARIANTS: dict[str, list[tuple[str, Variant, frozenset[str]]]] = {
    "number": [
        ("digit_changed", _digit_changed, ALL),
        ("digits_swapped", _digits_swapped, ALL),
        ("year_changed", _year_changed, ALL),
        ("decimal_dropped", _decimal_dropped, ALL),
        ("decimal_truncated", _decimal_truncated, ALL),
        ("group_as_decimal", _group_as_decimal, frozenset({"fr", "es", "ru", "ar"})),
        ("percent_changed", _percent_changed, ALL),
        ("range_end_changed", _range_end_changed, ALL),
        ("scale_changed", _table(_SCALE), ALL),
        ("scale_false_friend", _table(_FALSE_FRIEND), ALL),
        ("words_changed", _table(_WORDS), ALL),
        ("ordinal_changed", _table(_ORDINAL), ALL),
        ("approx_turned", _approx_turned, ALL),
        ("figure_dropped", _figure_dropped, ALL),
        ("year_dropped", _year_dropped, ALL),
        ("figure_added", _figure_added, ALL),
        ("dual_changed", _dual_changed, frozenset({"ar"})),
    ],
    "unit": [
        ("currency_changed", _only_with_figure(_CURRENCY_CHANGE), ALL),
        ("currency_dropped", _only_with_figure(_CURRENCY_DROP), ALL),
        ("currency_added", _currency_added, ALL),
        ("percent_to_permille", _only_with_figure(_PERMILLE), ALL),
        ("percent_dropped", _only_with_figure(_PERCENT_DROP), ALL),
        ("percent_to_points", _only_with_figure(_POINTS), ALL),
        ("measure_changed", _only_with_figure(_MEASURE), ALL),
    ],
    "country": [
        ("name_swapped", _swap(("name",)), ALL),
        ("adjective_swapped", _swap(("adjective",)), ALL),
        ("demonym_swapped", _swap(("demonym",)), frozenset({"fr", "es", "ru"})),
        ("country_dropped", _country_dropped, ALL),
        ("adjective_dropped", _adjective_dropped, ALL),
        ("country_added", _country_added, ALL),
        ("adjective_added", _adjective_added, frozenset({"fr", "es", "ru", "ar"})),
        ("misspelt", _misspelt, ALL),
    ],
    "clause": [
        ("last_clause_dropped", _last_clause_dropped, ALL),
        ("middle_clause_dropped", _middle_clause_dropped, ALL),
        ("leading_clause_dropped", _leading_clause_dropped, ALL),
        ("relative_dropped", _relative_dropped, ALL),
        ("list_item_dropped", _list_item_dropped, ALL),
        ("sentence_dropped", _sentence_dropped, ALL),
    ],
}


def _capital(old: str, new: str | None) -> str | None:
    """A text that began with a capital still does after a cut at its start."""
    if new and old[:1].isupper() and new[:1].islower():
        return new[:1].upper() + new[1:]
    return new


def apply(
    kind: str, variant: str, text: str, lang: str, seed: str = "0", src: str = ""
) -> str | None:
    """One variant on one text (tests, and reading a variant by hand)."""
    for name, fn, langs in VARIANTS[kind]:
        if name == variant:
            if lang not in langs:
                return None
            new = _capital(text, fn(text, lang, random.Random(seed), src))
            return new if new and new != text and new.strip() else None
    raise KeyError(f"{kind}/{variant}")


def faults(clean: Sequence[Clean], seed: int = 13, per_kind: int = 130) -> list[Fault]:
    """About per_kind faults of each kind, spread evenly over the languages and, within a
    language, over the variants (each variant takes the next entry it applies to in turn)."""
    out: list[Fault] = []
    for kind in KINDS:
        rng = random.Random(f"inject3/{seed}/{kind}")
        langs = [lang for lang in LANGS if any(c.lang == lang for c in clean)]
        if not langs:
            continue
        quota = {
            lang: per_kind // len(langs) + (i < per_kind % len(langs))
            for i, lang in enumerate(langs)
        }
        for lang in langs:
            pool = [c for c in clean if c.lang == lang]
            rng.shuffle(pool)
            variants = [v for v in VARIANTS[kind] if lang in v[2]]
            rng.shuffle(variants)
            cap = max(2, -(-quota[lang] * 3 // 10))  # no variant makes more than 30 % of them
            taken: set[tuple[str, int]] = set()
            made: set[tuple[str, int, str]] = set()
            got = 0
            for reuse in (False, True):  # a second round may use an entry a second time
                cursor = dict.fromkeys((v[0] for v in variants), 0)
                exhausted: set[str] = set()
                while got < quota[lang] and len(exhausted) < len(variants):
                    for name, fn, _ in variants:
                        if got >= quota[lang] or name in exhausted:
                            continue
                        if sum(1 for k in made if k[2] == name) >= cap:
                            exhausted.add(name)
                            continue
                        while cursor[name] < len(pool):
                            c = pool[cursor[name]]
                            cursor[name] += 1
                            key = (c.catalog, c.line)
                            if (not reuse and key in taken) or (*key, name) in made:
                                continue
                            local = random.Random(f"{seed}/{kind}/{name}/{lang}/{key}")
                            new = _capital(c.msgstr, fn(c.msgstr, lang, local, c.msgid))
                            if new and new.strip() and new != c.msgstr:
                                out.append(Fault(c, kind, name, new))
                                taken.add(key)
                                made.add((*key, name))
                                got += 1
                                break
                        else:
                            exhausted.add(name)
    return out
