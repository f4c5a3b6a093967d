"""Currencies and per cent / per mille in text, per language: symbols, ISO codes and words
read as kinds (dollar, euro, pound, rupee, rouble, yuan, yen, per cent, per mille).

Only texts with a figure (a digit) or a currency or per cent sign are read: units are
compared with the figures they go with. Any dollar is "dollar" (US$, C$, "dólares",
"美元", "加元"). Pure data and small pure functions.
"""

from __future__ import annotations

import re
from functools import lru_cache

from workflow.lang import numberwords
from workflow.lang.languages import Language
from workflow.lang.numerals import SCALE_LIKE, SCALE_WORDS, VAGUE_SCALES

LABELS = {
    "dollar": "dollars",
    "euro": "euros",
    "pound": "pounds sterling",
    "rupee": "rupees",
    "rouble": "roubles",
    "yuan": "yuan",
    "yen": "yen",
    "percent": "per cent",
    "permille": "per mille",
}
# Signs and codes, any language.
_SIGNS = {
    "dollar": r"US\$|\$|\bUSD\b|\bCAD\b|\bAUD\b",
    "euro": r"€|\bEUR\b",
    "pound": r"£|\bGBP\b",
    "rupee": r"₹|₨|\bRs\.?(?=\s?\d)|\bPKR\b|\bINR\b",
    "rouble": r"₽|\bRUB\b",
    "yuan": r"\bCNY\b|\bRMB\b",
    "yen": r"\bJPY\b",
    "percent": r"%|٪|％",
    "permille": r"‰",
}
_B = r"(?<!\w)"  # word start
_E = r"(?!\w)"  # word end
_AR = r"(?<![\u0620-\u064a\u066e-\u06d3])(?:[وفبكل]?(?:ال)?)"  # Arabic clitics, the article
_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "dollar": _B + r"dollars?" + _E,
        "euro": _B + r"euros?" + _E,
        "pound": _B + r"(?:pounds?\s+)?sterling" + _E,
        "rupee": _B + r"rupees?" + _E,
        "rouble": _B + r"(?:roubles?|rubles?)" + _E,
        "yuan": _B + r"(?:yuan|renminbi)" + _E,
        "yen": _B + r"yen" + _E,
        "percent": _B + r"per\s?cent" + _E,
        "permille": _B + r"per\s(?:mille|mil)" + _E,
    },
    "fr": {
        "dollar": _B + r"dollars?" + _E,
        "euro": _B + r"euros?" + _E,
        "pound": _B + r"livres?\s+sterling" + _E,
        "rupee": _B + r"roupies?" + _E,
        "rouble": _B + r"roubles?" + _E,
        "yuan": _B + r"(?:yuans?|renminbi)" + _E,
        "yen": _B + r"yens?" + _E,
        "percent": _B + r"pour\s?cent" + _E,
        "permille": _B + r"pour\s?mille" + _E,
    },
    "es": {
        "dollar": _B + r"dólar(?:es)?" + _E,
        "euro": _B + r"euros?" + _E,
        "pound": _B + r"libras?\s+esterlinas?" + _E,
        "rupee": _B + r"rupias?" + _E,
        "rouble": _B + r"rublos?" + _E,
        "yuan": _B + r"(?:yuan(?:es)?|renminbi)" + _E,
        "yen": _B + r"(?:yen(?:es)?)" + _E,
        "percent": _B + r"por\s?ciento" + _E,
    },
    "pt": {
        "dollar": _B + r"dólar(?:es)?" + _E,
        "euro": _B + r"euros?" + _E,
        "pound": _B + r"libras?\s+esterlinas?" + _E,
        "rupee": _B + r"rupias?" + _E,
        "rouble": _B + r"rublos?" + _E,
        "yuan": _B + r"(?:yuan|iuanes|renminbi)" + _E,
        "yen": _B + r"(?:ienes?|yen)" + _E,
        "percent": _B + r"por\s?cento" + _E,
    },
    "ru": {
        "dollar": _B + r"(?:доллар\w{0,3}|долл\.)",
        "euro": _B + r"евро" + _E,
        "pound": _B + r"фунт\w{0,3}\s+стерлинг\w{0,3}" + _E,
        "rupee": _B + r"рупи\w{0,3}" + _E,
        "rouble": _B + r"(?:рубл\w{0,3}|руб\.)",
        "yuan": _B + r"юан\w{0,3}" + _E,
        "yen": _B + r"(?:иен\w{0,2}|йен\w{0,2})" + _E,
        "percent": _B + r"процент(?:а|ов|ы|ам|ах)?" + _E,
        "permille": _B + r"промилле" + _E,
    },
    "ar": {
        "dollar": _AR + r"دولار\w{0,3}",
        "euro": _AR + r"يورو" + _E,
        "pound": _AR + r"(?:جنيه\w{0,3}\s+)?[إا]سترليني\w{0,2}",
        "rupee": _AR + r"روبي(?:ة|ات)" + _E,
        "rouble": _AR + r"روبل\w{0,3}",
        "yuan": _AR + r"يوان\w{0,3}",
        "percent": r"(?:في|ب)\s?(?:ال)?(?:مائة|مئة)" + _E,
        "permille": r"في\s?الألف" + _E,
    },
    "ur": {
        "dollar": _B + r"ڈالر\w{0,3}",
        "euro": _B + r"یورو" + _E,
        "pound": _B + r"پاؤنڈ\w{0,3}\s+اسٹرلنگ|" + _B + r"اسٹرلنگ",
        "rupee": _B + r"(?:روپے|روپیہ|روپوں|روپی\w{0,2})" + _E,
        "rouble": _B + r"روبل\w{0,2}",
        "yuan": _B + r"یوآن" + _E,
        "percent": _B + r"فیصد" + _E,
    },
    "zh": {
        "dollar": r"美元|美金|加元|澳元|港元|新元",
        "euro": r"欧元",
        "pound": r"英镑",
        "rupee": r"卢比",
        "rouble": r"卢布",
        "yuan": r"人民币",
        "yen": r"日元",
        "percent": r"百分之",
        "permille": r"千分之",
    },
}
_TRIGGER = re.compile(r"[\d$€£¥₹₨₽%‰٪％٠-٩۰-۹]")


@lru_cache(maxsize=64)
def _pattern(base: str) -> re.Pattern[str]:
    words = _WORDS.get(base, {})
    parts = []
    for kind, sign in _SIGNS.items():
        word = words.get(kind)
        parts.append(f"(?P<{kind}>{sign}" + (f"|{word}" if word else "") + ")")
    return re.compile("|".join(parts), re.IGNORECASE)


def may_have(text: str) -> bool:
    """False for a text without a figure or a sign: its units are not compared."""
    return _TRIGGER.search(text) is not None


# What a text with a currency or a unit must hold (lower case): most texts hold none, and
# are not run through the patterns.
_CUES = {
    "en": "dollar euro sterling rupee rouble ruble yuan renminbi yen cent mil",
    "fr": "dollar euro sterling roupie rouble yuan renminbi yen cent mille",
    "es": "dólar euro esterlina rupia rublo yuan renminbi yen ciento",
    "pt": "dólar euro esterlina rupia rublo yuan iuan renminbi iene yen cento",
    "ru": "долл евро стерлинг рупи рубл руб юан иен йен процент промилле",
    "ar": "دولار يورو سترليني روبي روبل يوان مائة مئة الألف",
    "ur": "ڈالر یورو اسٹرلنگ روپ روبل یوآن فیصد",
    "zh": "美元 美金 加元 澳元 港元 新元 欧元 英镑 卢比 卢布 人民币 日元 百分之 千分之",
}
_SIGN_CUES = (
    "$",
    "€",
    "£",
    "₹",
    "₨",
    "₽",
    "%",
    "‰",
    "٪",
    "％",
    "USD",
    "CAD",
    "AUD",
    "EUR",
    "GBP",
    "Rs",
    "PKR",
    "INR",
    "RUB",
    "CNY",
    "RMB",
    "JPY",
)


@lru_cache(maxsize=64)
def _cue_words(base: str) -> tuple[str, ...]:
    return tuple(_CUES.get(base, "").split())


def _cued(text: str, base: str) -> bool:
    """Whether a text holds a cue of a currency or unit (substring tests, signs and codes as
    written, words in lower case: the patterns are run on the few texts that do)."""
    if any(c in text for c in _SIGN_CUES):
        return True
    low = text.lower()
    return any(w in low for w in _cue_words(base))


_CURRENCIES = frozenset(LABELS) - {"percent", "permille"}
_SIGN_RE = {kind: re.compile(sign, re.IGNORECASE) for kind, sign in _SIGNS.items()}
# Words between an amount and its currency word: "millions of dollars", "millions de dollars",
# "millones de dólares", "الملايين من الدولارات"
_JOINERS = frozenset("of de d’ d' من".split())
_QUALIFIER = re.compile(
    r"^(?:us|u\.s|american|canadian|australian|new|zealand|hong|kong|singapore"
    r"|американск\w*|канадск\w*|австралийск\w*|сингапурск\w*|гонконгск\w*)$"
)
_TOKEN_BEFORE = re.compile(r"(\S+)\s*$")
_AMOUNT_CHARS = re.compile(r"[\d٠-٩۰-۹〇一二两三四五六七八九十百千万萬亿億]$")
_AR_CLITICS = re.compile(r"^(?:[وفبكل]?ال|لل|[وفبكل])(?=\w{3})")


def _after_amount(text: str, start: int, base: str) -> bool:
    """Whether a currency word at `start` follows an amount: a figure, a scale word ("160
    millions de dollars", "1,6亿美元", "عشرات الملايين من الدولارات") or a number word ("five
    dollars"). "In dollar terms" has none: a currency word there is no amount's unit."""
    before = text[max(0, start - 40) : start].rstrip(" \u00a0\u202f*_")
    if not before:
        return False
    if _AMOUNT_CHARS.search(before):
        return True
    m = _TOKEN_BEFORE.search(before)
    if m is None:
        return False
    token = m.group(1).lower().strip(".,*_")
    if _QUALIFIER.match(token):  # "5 million US dollars", "5 млн американских долларов"
        m = _TOKEN_BEFORE.search(before[: m.start()].rstrip(" \u00a0\u202f*_"))
        if m is None:
            return False
        token = m.group(1).lower().strip(".,*_")
    if token in _JOINERS:
        m = _TOKEN_BEFORE.search(before[: m.start()].rstrip(" \u00a0\u202f*_"))
        if m is None:
            return False
        token = m.group(1).lower().strip(".,*_")
    if token[-1:].isdigit():
        return True
    tokens = {token, _AR_CLITICS.sub("", token)} if base == "ar" else {token}
    for t in tokens:
        if SCALE_LIKE.match(t) or any(t.startswith(w) for w in _scales(base)):
            return True
    return any(numberwords.values(t, base) for t in tokens)


@lru_cache(maxsize=64)
def _scales(base: str) -> tuple[str, ...]:
    """The language's scale words of three letters or more, plural and vague forms too: a
    token starting with one is a scale word, with an ending (Arabic duals: ملياري, مليونا)."""
    words = {*SCALE_WORDS.get(base, {}), *VAGUE_SCALES.get(base, {})}
    return tuple(w.lower() for w in words if len(w) >= 3)


def _is_sign(kind: str, text: str, m: re.Match[str]) -> bool:
    sign = _SIGN_RE[kind].match(text, m.start())
    return sign is not None and sign.end() == m.end()


def kinds(text: str, language: Language) -> dict[str, str]:
    """The currencies and units a text has: kind -> how it first appears. A currency named
    by a word counts only after an amount (see `_after_amount`); signs and codes always."""
    if not _cued(text, language.base):
        return {}
    found: dict[str, str] = {}
    for m in _pattern(language.base).finditer(text):
        kind = m.lastgroup
        if not kind or kind in found:
            continue
        if (
            kind in _CURRENCIES
            and not _is_sign(kind, text, m)
            and not _after_amount(text, m.start(), language.base)
        ):
            continue
        found[kind] = m.group()
    return found
