"""Currencies, per cent / per mille / percentage points, parts per million and measures in
text, per language: symbols, ISO codes and words read as kinds (dollar, euro, pound, rupee,
rouble, yuan, yen, franc, per cent, per mille, percentage points, ppm, ppb, km, miles, tonnes,
kg, hectares, acres, mm, cm, metres, litres, degrees Celsius / Fahrenheit).

Only texts with a figure (a digit), a figure in words or a sign are read: units are compared
with the amounts they go with, and a currency word or a measure counts only after an amount
("600 kilomètres", "4,5 millions de tonnes", "15 тыс. т", "1,5万吨") or as a rate's unit ("$400
per tonne"). Any dollar is "dollar" (US$, C$, "dólares", "美元", "加元"). Units are looked for
around figures and number words only. Pure data and small pure functions.
"""

from __future__ import annotations

import re
from functools import lru_cache

from workflow.lang import numberwords
from workflow.lang.languages import Language
from workflow.lang.numerals import SCALE_LIKE, SCALE_WORDS, VAGUE_SCALES, ZH_TENTH_SIGN

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
    "point": "percentage points",
    "km": "kilometres",
    "mile": "miles",
    "tonne": "tonnes",
    "kg": "kilograms",
    "hectare": "hectares",
    "acre": "acres",
    "mm": "millimetres",
    "cm": "centimetres",
    "metre": "metres",
    "litre": "litres",
    "fahrenheit": "degrees Fahrenheit",
    "degree": "degrees (Celsius)",
    "franc": "francs",
    "ppm": "parts per million",
    "ppb": "parts per billion",
}
# Signs and codes, any language.
_SIGNS = {
    "dollar": r"US\$|\$|\bUSD\b|\bCAD\b|\bAUD\b",
    "euro": r"€|\bEUR\b",
    "pound": r"£|\bGBP\b",
    "rupee": r"₹|₨|\bRs\.?(?=\s?\d)|\bPKR\b|\bINR\b",
    "rouble": r"₽|\bRUB\b",
    "yuan": r"\bCNY\b|\bRMB\b",
    # the yen sign, which is also the yuan's (Chinese writes "￥" for 元): see YEN_OR_YUAN
    "yen": r"¥|￥|\bJPY\b",
    "percent": r"%|٪|％",
    "permille": r"‰",
    "fahrenheit": r"°\s?F(?![A-Za-z])|℉",
    "degree": r"°\s?C(?![A-Za-z])|ºC|℃|°م|درجت(?:ين|ان)(?:\s+مئويت(?:ين|ان))?",  # the dual: 2°C
    "franc": r"\bCHF\b",
    # (Latin letters' edges: "46 ppm以上")
    "ppm": r"(?<![A-Za-z])ppm(?![A-Za-z])",
    "ppb": r"(?<![A-Za-z])ppb(?![A-Za-z])",
}
_B = r"(?<!\w)"  # word start
_E = r"(?!\w)"  # word end
_AR = r"(?<![\u0620-\u064a\u066e-\u06d3])(?:[وفبكل]?(?:ال)?|لل)"  # Arabic clitics, the article
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
        "percent": _B + r"процент(?:а|ов|ы|ам|ах|ами|ом|е|у)?" + _E,
        "permille": _B + r"промилле" + _E,
    },
    "ar": {
        "dollar": _AR + r"دولار\w{0,3}",
        "euro": _AR + r"يورو" + _E,
        "pound": _AR + r"(?:جنيه\w{0,3}\s+)?[إا]سترليني\w{0,2}",
        "rupee": _AR + r"روبي(?:ة|ات)" + _E,
        "rouble": _AR + r"روبل\w{0,3}",
        "yuan": _AR + r"يوان\w{0,3}",
        # the yen, a word of its own: not the "ين" of "بين" (between) after a clitic
        "yen": r"(?<![\u0620-\u064a])ين(?:ات)?(?:\s+ياباني\w*)?" + _E,
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
        # with its country, right after the amount: "100亿巴基斯坦卢比"
        "rupee": r"(?:巴基斯坦|印度|斯里兰卡|尼泊尔|毛里求斯|塞舌尔)?卢比",
        "rouble": r"卢布",
        # 元 after an amount ("20亿元", "20亿元人民币"), not the 元 of 美元, 欧元, 日元
        "yuan": r"(?<=[0-9〇一二三四五六七八九十百千万亿])元(?:人民币)?|人民币",
        "yen": r"日元",
        # and a share in tenths: "三成" (30 per cent), numerals.ZH_TENTHS
        "percent": r"百分之|" + ZH_TENTH_SIGN,
        "permille": r"千分之",
    },
}
# Measures (and the Swiss franc), per language: read only after an amount ("600 kilomètres",
# "4,5 millions de tonnes", "15 тыс. т", "1,5万吨"); a kind on one side only is a unit added,
# dropped or changed (km -> miles, tonnes -> kg). Speeds count as their distance ("177 km/h",
# "每小时177公里"); "degrees" alone as Celsius, as climate texts write it ("1.5 degrees").
_MEASURES: dict[str, dict[str, str]] = {
    "en": {
        "ppb": r"parts?\s+per\s+billion",
        "ppm": r"parts?\s+per\s+million",
        "point": r"percentage[\s-]points?",
        "km": r"(?:(?:square|sq\.?)[\s-]+)?(?:km[²2]?|kilomet(?:re|er)s?)",
        "mile": r"miles?|mph",
        "tonne": r"(?:metric\s+)?(?:giga|mega)?(?:tonnes?|tons?)|(?-i:[GM]t(?:CO2e?|CO₂e?)?)",
        "kg": r"kg|kilo(?:gram(?:me)?)?s?",
        "hectare": r"ha|hectares?",
        "acre": r"acres?",
        "mm": r"mm|millimet(?:re|er)s?",
        "cm": r"cm|centimet(?:re|er)s?",
        "metre": r"(?:(?:square|cubic)[\s-]+)?met(?:re|er)s?",
        "litre": r"lit(?:re|er)s?",
        "fahrenheit": r"(?:degrees?\s+)?Fahrenheit",
        "degree": r"degrees?(?:\s+(?:Celsius|centigrade))?|Celsius",
        "franc": r"(?:Swiss\s+)?francs?",
    },
    "fr": {
        "ppb": r"parties?\s+par\s+milliard",
        "ppm": r"parties?\s+par\s+million",
        "point": r"points?\s+de\s+pourcentage",
        "km": r"km[²2]?|kilomètres?",
        "mile": r"milles|miles|mph",
        "tonne": r"(?:giga|méga)?tonnes?|(?-i:[GM]t(?:CO2e?|CO₂e?|\s?éq\.?\s?CO2)?)",
        "kg": r"kg|kilos?|kilogrammes?",
        "hectare": r"ha|hectares?",
        "acre": r"acres?",
        "mm": r"mm|millimètres?",
        "cm": r"cm|centimètres?",
        "metre": r"mètres?|m(?:²|³|2|3)?(?![\w€$£¥])",
        "litre": r"litres?",
        "fahrenheit": r"(?:degrés?\s+)?Fahrenheit",
        "degree": r"degrés?(?:\s+(?:Celsius|centigrades?))?|Celsius",
        "franc": r"francs?(?:\s+suisses?)?",
    },
    "es": {
        "ppb": r"partes?\s+por\s+mil\s+millones",
        "ppm": r"partes?\s+por\s+mill[oó]n",
        "point": r"puntos?\s+porcentuales?",
        "km": r"km[²2]?|kilómetros?",
        "mile": r"millas?|mph",
        "tonne": r"(?:giga|mega)?toneladas?",
        "kg": r"kg|kilos?|kilogramos?",
        # not the verb ("2023 ha desplazado", "el Sudán ha notificado"): "ha" then a word is
        # hectares only before "de" ("500 ha de tierras")
        "hectare": r"ha(?!\s+(?!de\b|del\b)[a-záéíóúñ])|hectáreas?",
        "acre": r"acres?",
        "mm": r"mm|milímetros?",
        "cm": r"cm|centímetros?",
        "metre": r"metros?|m(?:²|³|2|3)?(?![\w€$£¥])",
        "litre": r"litros?",
        "fahrenheit": r"(?:grados?\s+)?Fahrenheit",
        "degree": r"grados?(?:\s+(?:Celsius|centígrados?))?|Celsius",
        "franc": r"francos?(?:\s+suizos?)?",
    },
    "pt": {
        "ppb": r"partes?\s+por\s+bilh[aã]o",
        "ppm": r"partes?\s+por\s+milh[aã]o",
        "point": r"pontos?\s+percentua(?:l|is)",
        "km": r"km[²2]?|quilómetros?|quilômetros?",
        "mile": r"milhas?",
        "tonne": r"(?:giga|mega)?toneladas?",
        "kg": r"kg|quilos?|quilogramas?",
        "hectare": r"ha|hectares?",
        "mm": r"mm|milímetros?",
        "litre": r"litros?",
        "degree": r"graus?(?:\s+Celsius)?|Celsius",
    },
    "ru": {
        "ppb": r"част\w*\s+на\s+миллиард",
        "ppm": r"част\w*\s+на\s+миллион",
        "point": r"процентн\w*\s+пункт\w*",
        "km": r"(?:(?:квадратн\w*|кв\.)\s?)?(?:км[²2]?|километр\w*)",
        "mile": r"мил[ьяие]\w*",
        "tonne": r"(?:метрическ\w*\s+)?(?:(?:гига|мега)?тонн\w*|т(?=\.?(?:\s|$|[,;)])))",
        "kg": r"кг|килограмм\w*",
        "hectare": r"га|гектар\w*",
        "acre": r"акр\w*",
        "mm": r"мм|миллиметр\w*",
        "cm": r"см|сантиметр\w*",
        "metre": r"(?:(?:квадратн\w*|кубическ\w*)\s+)?метр(?:а|ов|ы|е|ом|ами|ах)?"
        r"|(?:кв\.\s?)?м(?:²|³|2|3)?(?![\w€$£¥])",
        "litre": r"литр\w*",
        "fahrenheit": r"(?:градус\w*\s+)?Фаренгейт\w*",
        "degree": r"градус\w*(?:\s+Цельси\w*)?",
        "franc": r"(?:швейцарск\w*\s+)?франк\w*",
    },
    "ar": {
        # "جزءاً في المليون": the tanween too
        # (and the plural: "3.5 أجزاء في المليون")
        "ppb": r"(?:جز(?:ء|ءا|ءًا|ئي)|أجزاء)[\w\u064b-\u065f]*\s+(?:من|في)\s+"
        r"(?:ال)?(?:مليار|بليون)",
        "ppm": r"(?:جز(?:ء|ءا|ءًا|ئي)|أجزاء)[\w\u064b-\u065f]*\s+(?:من|في)\s+(?:ال)?مليون",
        "point": r"نقط\w*\s+مئوي\w*|نقاط\s+مئوي\w*",
        "km": r"كم|كيلومتر\w*|كيلو\s?متر\w*",
        "mile": r"ميل|ميلا|أميال",
        "tonne": r"(?:(?:غيغا|جيغا|جيجا|ميغا|ميجا)\s?)?(?:طن|طنا|أطنان|طنًا)",
        "kg": r"كغ|كلغ|كيلوغرام\w*|كيلوجرام\w*",
        "hectare": r"هكتار\w*",
        "acre": r"فدان\w*|أفدنة|إيكر\w*",
        "mm": r"مم|ملم|مليمتر\w*|ملليمتر\w*",
        "cm": r"سم|سنتيمتر\w*|سنتمتر\w*",
        "metre": r"متر|مترا|أمتار|مترًا",
        # (not "للتراث", "for the heritage": a word that only begins as the litre)
        "litre": r"(?:لتر|ليتر)(?:ات|ا|اً|ًا|ان|ين)?(?![\u0620-\u064a])",
        "fahrenheit": r"(?:درج\w*\s+)?فهرنهايت",
        "degree": r"درج(?:ة|ات|تين|تان)(?:\s+مئوي\w*)?",
        "franc": r"فرنك\w*(?:\s+سويسري\w*)?",
    },
    "zh": {
        "ppb": r"十亿分之",
        "ppm": r"百万分之",
        "point": r"百分点",
        "km": r"(?:平方)?(?:公里|千米)",
        "mile": r"(?:平方)?(?:英里|海里)",
        "tonne": r"(?:吉|兆)?公?吨",
        "kg": r"公斤|千克",
        "hectare": r"公顷",
        "acre": r"英亩",
        "mm": r"毫米",
        "cm": r"厘米|公分",
        "metre": r"(?<=[0-9〇一二三四五六七八九十百千万])(?:平方|立方)?米",
        "litre": r"公升|(?<=[0-9〇一二三四五六七八九十百千万])升(?![至到为了值高])",
        "fahrenheit": r"华氏(?:度)?",
        "degree": r"摄氏度|(?<=[0-9])度",
        "franc": r"瑞士法郎|法郎",
    },
}
# The kinds in the order their patterns are tried (the longer reading first: percentage points
# before per cent, Fahrenheit before degrees).
KINDS = (
    "dollar",
    "euro",
    "pound",
    "rupee",
    "rouble",
    "yuan",
    "yen",
    "franc",
    "ppb",
    "ppm",
    "point",
    "permille",
    "percent",
    "fahrenheit",
    "degree",
    "km",
    "mile",
    "tonne",
    "kg",
    "hectare",
    "acre",
    "mm",
    "cm",
    "metre",
    "litre",
)
_TRIGGER = re.compile(r"[\d$€£¥₹₨₽%‰٪％٠-٩۰-۹]")


def _bounded(base: str, word: str) -> str:
    """A measure's word as a whole word (Arabic: after its clitics; Chinese: as written)."""
    if base == "zh":
        return word
    if base == "ar":
        return _AR + "(?:" + word + ")" + _E
    return _MEASURE_START + "(?:" + word + ")" + _E


# A measure's word may be written against its figure ("5km", "50kg", "10mm"): no letter before.
_MEASURE_START = r"(?<![^\W\d_])"


@lru_cache(maxsize=64)
def _pattern(base: str) -> re.Pattern[str]:
    words = _WORDS.get(base, {})
    measures = _MEASURES.get(base, {})
    parts = []
    for kind in KINDS:
        forms = [f for f in (_SIGNS.get(kind), words.get(kind)) if f]
        if kind in measures:
            forms.append(_bounded(base, measures[kind]))
        if forms:
            parts.append(f"(?P<{kind}>" + "|".join(forms) + ")")
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
    "ar": "دولار يورو سترليني روبي روبل يوان ين مائة مئة الألف",
    "ur": "ڈالر یورو اسٹرلنگ روپ روبل یوآن فیصد",
    "zh": "美元 美金 加元 澳元 港元 新元 欧元 英镑 卢比 巴基斯坦卢比 印度卢比 斯里兰卡卢比 "
    "尼泊尔卢比 毛里求斯卢比 塞舌尔卢比 卢布 人民币 元 日元 百分之 千分之 成",
}
# ... and of a measure: the first letters of its words (a text with none is not read)
_MEASURE_CUES = {
    "en": "km kilo mile mph ton kg ha hect acre mm cm met lit fahrenheit degree celsius franc "
    "point part ppm ppb giga mega gt mt",
    "fr": "km kilo mile mph ton kg ha hect acre mm cm mèt lit fahrenheit degr celsius franc point "
    "parti ppm ppb giga méga gt mt",
    "es": "km kiló kilo milla mph tonel kg ha hect acre mm cm metro litro fahrenheit grado celsius "
    "franco punto parte ppm ppb giga mega",
    "pt": "km quiló quilô quilo milha tonel kg ha hect mm cm metro litro grau celsius ponto "
    "parte ppm ppb giga mega",
    "ru": "км килом мил тонн т кг га гект акр мм см метр литр градус фаренг франк швейц пункт част "
    "гига мега",
    "ar": "كم كيلو ميل أميال طن أطنان كغ كلغ هكتار فدان أفدنة إيكر مم ملم مليمتر ملليمتر سم "
    "سنتيمتر سنتمتر متر أمتار لتر ليتر فهرنهايت درج فرنك نقط نقاط جزء جزئي أجزاء "
    "غيغا جيغا جيجا ميغا ميجا",
    "zh": "公里 千米 英里 海里 吨 公斤 千克 公顷 英亩 毫米 厘米 公分 米 升 华氏 度 法郎 百分点 "
    "百万分之 十亿分之 吉吨 兆吨 ppm ppb",
}
_SIGN_CUES = (
    "°",
    "℃",
    "℉",
    "CHF",
    "$",
    "€",
    "£",
    "₹",
    "₨",
    "₽",
    "¥",
    "￥",
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
    return tuple((_CUES.get(base, "") + " " + _MEASURE_CUES.get(base, "")).split())


# The substring tests as one search each (an alternation of literals: no flags, no anchors, so
# a match anywhere is one of the substrings there).
_SIGN_CUE = re.compile("|".join(map(re.escape, _SIGN_CUES)))


@lru_cache(maxsize=64)
def _cue_word(base: str) -> re.Pattern[str] | None:
    words = _cue_words(base)
    return re.compile("|".join(map(re.escape, words))) if words else None


# a metre's sign after a figure: "8 m de haut", "8 м", "50 m²" (not English: "$5m" is millions)
_METRE_SIGN = re.compile(r"[0-9][\s\u00a0\u202f]?(?:кв\.\s?)?[mм](?:²|³|2|3)?(?![^\W\d_])")


def _cued(text: str, base: str) -> bool:
    """Whether a text holds a cue of a currency or unit (substring tests, signs and codes as
    written, words in lower case: the patterns are run on the few texts that do)."""
    if _SIGN_CUE.search(text) or (base != "en" and _METRE_SIGN.search(text)):
        return True
    cue = _cue_word(base)
    return cue is not None and cue.search(text.lower()) is not None


# The sign ¥ (and the full-width ￥ of Chinese text) is the yen's and the yuan's: an amount
# written with it is either.
YEN_OR_YUAN = frozenset({"¥", "￥"})
_CURRENCIES = frozenset({"dollar", "euro", "pound", "rupee", "rouble", "yuan", "yen", "franc"})
# what counts only after an amount: currency words and measures
_AFTER_AMOUNT = _CURRENCIES | (frozenset(LABELS) - {"percent", "permille", "point", "ppm", "ppb"})
_SIGN_RE = {kind: re.compile(sign, re.IGNORECASE) for kind, sign in _SIGNS.items()}
# Words between an amount and its currency word: "millions of dollars", "millions de dollars",
# "millones de dólares", "الملايين من الدولارات"
_JOINERS = frozenset("of de d’ d' من".split())
_QUALIFIER = re.compile(
    r"^(?:us|u\.s|american|canadian|australian|new|zealand|hong|kong|singapore|cfa"
    # a Russian adjective of a country: "пакистанских рупий", "американских долларов"
    r"|[а-яё]+ск(?:ий|ая|ое|ие|их|ого|ому|им|ими|ой|ую)"
    r"|американск\w*|канадск\w*|австралийск\w*|сингапурск\w*|гонконгск\w*"
    # a square or cubic measure: "80 square kilometres", "one square kilometre"
    r"|square|cubic|carrés?|cuadrados?|кв\.|квадратн\w*|кубическ\w*)$"
)
_AR_DUAL = re.compile(r"(?!\w*(?:أطنان|فدان))\w+(?:ين|ان)(?!\w)")  # not tonnes, feddans
# "per" before the unit of a rate ("$400 per tonne", "400 dollars la tonne", "за тонну")
_PER = frozenset("per a an each par la le por el al cada за на в".split())
_DIGIT = re.compile(r"[0-9٠-٩۰-۹]")
_TOKEN_BEFORE = re.compile(r"(\S+)\s*$")
_AMOUNT_CHARS = re.compile(r"[\d٠-٩۰-۹〇一二两三四五六七八九十百千万萬亿億多余逾]$")
_HALF = re.compile(r"^(?:demi-|mi-|meio-|полу|пол-?)")
_AR_CLITICS = re.compile(r"^(?:[وفبكل]?ال|لل|[وفبكل])(?=\w{3})")


# one measure said with "single" ("a single square kilometre", "un seul kilomètre carré", "un
# solo kilómetro cuadrado"), or in Arabic "one" after it ("كيلومتر مربع واحد")
_SINGLE = {
    "en": frozenset({"single"}),
    "fr": frozenset({"seul", "seule"}),
    "es": frozenset({"solo", "sola", "único", "única"}),
    "pt": frozenset({"só", "único", "única"}),
}
_AR_ONE_AFTER = re.compile(r"\S+(?:\s+مربع[ةا]?)?\s+واحد")
# An amount said without a figure, "a few" and "several", before a measure: "a few
# kilometres", "quelques kilomètres", "несколько километров", "بضعة كيلومترات", "几公里"
_FEW = {
    "en": frozenset({"few", "several"}),
    "fr": frozenset({"quelques", "plusieurs"}),
    "es": frozenset({"unos", "unas", "algunos", "algunas", "varios", "varias", "pocos", "pocas"}),
    "pt": frozenset({"alguns", "algumas", "vários", "várias", "poucos", "poucas"}),
    "ru": frozenset({"несколько", "нескольких", "нескольким", "несколькими"}),
    "ar": frozenset({"بضعة", "بضع", "عدة"}),
}
_FEW_HAN = re.compile("[几数](?=[\u3400-\u9fff])")


def _after_amount(text: str, start: int, base: str) -> bool:
    """Whether a currency word at `start` follows an amount: a figure, a scale word ("160
    millions de dollars", "1,6亿美元", "عشرات الملايين من الدولارات") or a number word ("five
    dollars"). "In dollar terms" has none: a currency word there is no amount's unit."""
    if base == "ar" and (_AR_DUAL.match(text, start) or _AR_ONE_AFTER.match(text, start)):
        # a dual is its own amount: "دولارين" (two dollars), "درجتين" (two degrees); and one
        # said after the measure: "كيلومتر مربع واحد"
        return True
    before = text[max(0, start - 40) : start].rstrip(" \u00a0\u202f*_")
    if before.endswith("-") and base == "en":
        before = before[:-1]  # a compound adjective: "a 10-kilometre walk", "a 5-metre wall"
    if not before:
        return False
    if _AMOUNT_CHARS.search(before):
        return True
    m = _TOKEN_BEFORE.search(before)
    if m is None:
        return False
    token = m.group(1).lower().strip(".,*_")
    if before.endswith("每") or (
        _DIGIT.search(before) and (token in _PER or (base == "ar" and text.startswith("لل", start)))
    ):
        return True  # a rate after an amount: "$400 per tonne", "400 долларов за тонну", "للطن"
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
    if token[-1:].isdigit() or token in _SINGLE.get(base, ()):
        return True  # "a single square kilometre", "un seul kilomètre carré": one
    if token in _FEW.get(base, ()) or (base == "zh" and before.endswith(("几", "数"))):
        return True  # "a few kilometres", "quelques kilomètres", "几公里": an amount
    tokens = {token, _AR_CLITICS.sub("", token)} if base == "ar" else {token}
    # half a scale word: "un demi-milliard de dollars", "полмиллиарда долларов"
    tokens |= {_HALF.sub("", t) for t in tokens}
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


def occurrences(text: str, language: Language) -> tuple[tuple[str, int, str], ...]:
    """The currencies and units a text has, each time it names one: (kind, where, as written).
    A currency or measure named by a word counts only after an amount (see `_after_amount`);
    signs and codes always."""
    if not _cued(text, language.base):
        return ()
    return _occurrences(text, language.base)


# Where units are looked for in a text with figures: around each run of digits (a sign or "每吨"
# before it, the unit words within _after_amount's reach after it); the rest of the text only
# for signs. A long text with a few figures is not run through every pattern at every letter.
_DIGITS_RUN = re.compile(r"[0-9٠-٩۰-۹]+(?:[.,\s\u00a0\u202f٫٬][0-9٠-٩۰-۹]+)*")
# Any sign or code. The lookahead names every character a match of `_SIGNS` can start with (a
# sign, the first letter of a code, "درجت"): the regex engine tries the alternatives only
# there, not at every letter of the text (tests/lang/test_units.py holds it to the signs).
_SIGN_STARTS = "$€£¥￥₹₨₽%٪％‰°℉º℃دUCAEGRPIJ"
_ANY_SIGN = re.compile(
    f"(?=[{re.escape(_SIGN_STARTS)}])(?:" + "|".join(f"(?:{p})" for p in _SIGNS.values()) + ")",
    re.IGNORECASE,
)
_BEFORE, _AFTER = 16, 72
_CJK_BEFORE, _CJK_AFTER = 4, 16
# where a unit can start: a word's first letter, a sign; in Chinese, any character
_STARTS = re.compile(r"(?<![^\W\d_])[^\W\d_]|[$€£¥￥₹₨₽%‰٪％°℃℉º]")


@lru_cache(maxsize=64)
def _starts(base: str) -> re.Pattern[str]:
    """Where a unit can start: a word's first letter, a sign; in Chinese, the first character
    of a unit word (those of its cue words, and of 平方, 立方, 摄氏度, 瑞士法郎) or a code's."""
    signs = "$€£¥￥₹₨₽%‰٪％°℃℉º"
    cues = (_CUES.get(base, "") + " " + _MEASURE_CUES.get(base, "")).split()
    if base == "zh":
        firsts = {w[0] for w in cues} | set("平立摄瑞")
        return re.compile(
            "[" + re.escape("".join(sorted(firsts)) + signs) + "]|(?<![A-Za-z])[A-Za-z]"
        )
    if not cues:
        return _STARTS
    # the first letters of the unit words (their cues), of the codes, and Arabic clitics
    firsts = {c for w in cues for c in (w[0].lower(), w[0].upper())}
    firsts |= {c for code in _SIGN_CUES if code.isalpha() for c in (code[0], code[0].lower())}
    if base == "ar":
        firsts |= set("وفبكلا")
    letters = re.escape("".join(sorted(firsts)))
    return re.compile("[" + letters + "](?<![^\\W\\d_].)|[" + re.escape(signs) + "]")


# An Arabic unit in the dual, its own amount: "بنقطتين مئويتين" (by two percentage points),
# "درجتين مئويتين" (two degrees Celsius), "دولارين" (two dollars)
_AR_DUAL_WORD = re.compile(
    r"(?<![\u0620-\u064a])[وفبكل]?(?:ال)?(?:(?:نقطت|درجت)(?:ين|ان)\s+(?:ال)?مئويت(?:ين|ان)"
    r"|(?:دولار|يورو|جنيه)(?:ين|ان))(?![\u0620-\u064a])"
)


@lru_cache(maxsize=64)
def _vague_scale(base: str) -> re.Pattern[str] | None:
    """The language's orders of magnitude said without a figure ("thousands", "des milliers",
    "miles", "cientos") that are no number word of its own."""
    words = [w for w in VAGUE_SCALES.get(base, {}) if " " not in w]
    if not words:
        return None
    alternation = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return re.compile(r"(?<!\w)(?:" + alternation + r")(?!\w)", re.IGNORECASE)


_EN_ONE = re.compile(r"(?i)(?<![^\W\d_])one(?![^\W\d_])")


@lru_cache(maxsize=8)
@lru_cache(maxsize=16)
def _few_word(base: str) -> re.Pattern[str] | None:
    if base == "zh":
        return _FEW_HAN
    few = _FEW.get(base)
    if few is None:
        return None
    return re.compile(r"(?i)(?<![^\W\d_])(?:" + "|".join(sorted(few)) + r")(?![^\W\d_])")


def _single_word(base: str) -> re.Pattern[str]:
    return re.compile(r"(?i)(?<![^\W\d_])(?:" + "|".join(sorted(_SINGLE[base])) + r")(?![^\W\d_])")


def _windows(text: str, base: str) -> list[tuple[int, int]] | None:
    """The spans around figures, and around number and scale words ("deux millions de
    dollars", "数千万美元"), where unit words are read (None: the whole text, in a language
    whose number words are not known)."""
    words = numberwords.marks(text, base)
    if words is None:
        return None
    before, after = (_CJK_BEFORE, _CJK_AFTER) if base == "zh" else (_BEFORE, _AFTER)
    vague = _vague_scale(base)
    if vague is not None:  # amounts without a figure: "des milliers de kilomètres"
        words = (*words, *(m.span() for m in vague.finditer(text)))
    if base == "ar":  # a dual is its own amount: "بنقطتين مئويتين" (by two percentage points)
        words = (*words, *(m.span() for m in _AR_DUAL_WORD.finditer(text)))
    if base == "en" and "one" in text.lower():  # "one per cent" (not marked: "one" is also "a")
        words = (*words, *(m.span() for m in _EN_ONE.finditer(text)))
    if base in _SINGLE:  # "a single square kilometre", "un seul kilomètre carré"
        words = (*words, *(m.span() for m in _single_word(base).finditer(text)))
    few = _few_word(base)
    if few is not None:  # "a few kilometres", "几公里"
        words = (*words, *(m.span() for m in few.finditer(text)))
    if base == "ar" and "واحد" in text:
        words = (*words, *((m.start() - 40, m.end()) for m in re.finditer("واحد", text)))
    marks = sorted([m.span() for m in _DIGITS_RUN.finditer(text)] + list(words))
    spans: list[tuple[int, int]] = []
    for start, end in marks:
        a, b = max(0, start - before), min(len(text), end + after)
        if spans and a <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(b, spans[-1][1]))
        else:
            spans.append((a, b))
    return spans


def _matches(text: str, base: str) -> list[re.Match[str]]:
    """The unit pattern's matches, tried only where a unit can start near an amount (the
    pattern run at every character of a long text is what a catalog's check time went to)."""
    pattern = _pattern(base)
    spans = _windows(text, base)
    if spans is None:
        return list(pattern.finditer(text))
    out: list[re.Match[str]] = []
    done = 0
    for a, b in spans:
        starts = (m.start() for m in _starts(base).finditer(text, max(a, done), b))
        for pos in starts:
            if pos < done:
                continue
            m = pattern.match(text, pos)
            if m is not None:
                out.append(m)
                done = m.end()
    for m in _ANY_SIGN.finditer(text):
        if m.start() >= done or not any(o.start() <= m.start() < o.end() for o in out):
            whole = pattern.match(text, m.start())
            if whole is not None and all(o.start() != whole.start() for o in out):
                out.append(whole)
    out.sort(key=lambda m: m.start())
    return out


@lru_cache(maxsize=4096)
def _occurrences(text: str, base: str) -> tuple[tuple[str, int, str], ...]:
    found: list[tuple[str, int, str]] = []
    for m in _matches(text, base):
        kind = m.lastgroup
        if not kind:
            continue
        if (
            kind in _AFTER_AMOUNT
            and not (kind in _SIGN_RE and _is_sign(kind, text, m))
            and not _after_amount(text, m.start(), base)
        ):
            continue
        if kind == "degree" and (_magnitude(text, m) or _ar_level(text, m, base)):
            continue
        if (
            kind == "percent"
            and base in _INTEREST_TOO
            and not _is_sign(kind, text, m)
            and not _after_amount(text, m.start(), base)
            and not _RU_HALVES.search(text, max(0, m.start() - 16), m.start())
        ):
            continue  # "в виде процентов", "выплата процентов": interest, no per cent
        if kind == "metre" and _CLOCK_MINUTES.search(text, max(0, m.start() - 12), m.start()):
            continue  # "в 10 ч. 05 м." (at 10.05 a.m., UN Russian): minutes, no metres
        found.append((kind, m.start(), m.group()))
    return tuple(found)


# Languages whose word for per cent is also the word for interest on a debt (Russian
# "проценты": "921 млрд долл. США в виде процентов", "на выплату процентов по долгу"): there
# the word is a per cent only right after an amount ("на 10 процентов", "двух процентов").
_INTEREST_TOO = frozenset({"ru"})
# ... an amount of halves or quarters: "три с половиной процента", "полтора процента"
_RU_HALVES = re.compile(r"(?:\bс\s+(?:половиной|четвертью)|полтора|полутора|полторы)\s*$")
# the minutes of a clock time after its hours, UN Russian: "10 ч. 05 м."
_CLOCK_MINUTES = re.compile(r"(?<![а-яё])ч\.?[\s\u00a0]?[0-9]{1,2}[\s\u00a0]?$")


# An earthquake's magnitude said in degrees: "زلزال بقوة 9.1 درجات" (of a strength of 9.1
# degrees), "un sismo de 7 grados en la escala de Richter": no temperature.
# "الذي بلغت قوته 7,8 درجات" (whose strength reached 7.8 degrees), "شدته" (its intensity)
_MAGNITUDE_BEFORE = re.compile(
    r"(?:بقوة|قوت(?:ها|ه)|شدت(?:ها|ه)|magnitud|magnitude|магнитуд)\w*\W+[\d.,٫]+\s*$"
)
_RICHTER_AFTER = re.compile(r"^\W*(?:\w+\W+){0,4}?(?:Richter|ريختر|Рихтер)", re.IGNORECASE)


# Arabic "درجة" is a degree, and a level, a grade: after a figure it is a temperature ("3.1
# درجات"); after a number word, only said "مئوية" (Celsius): "مقياس من خمس درجات" (a five-level
# scale), "درجة واحدة" (one step).
_DIGIT_BEFORE = re.compile(r"[0-9٠-٩۰-۹][\s\u00a0*_]*$")


def _ar_level(text: str, m: re.Match[str], base: str) -> bool:
    """Whether an Arabic degree word is a level, not a temperature."""
    if base != "ar" or "مئوي" in m.group() or _AR_DUAL.match(text, m.start()):
        return False
    return not _DIGIT_BEFORE.search(text, max(0, m.start() - 12), m.start())


def _magnitude(text: str, m: re.Match[str]) -> bool:
    """Whether a degree word is an earthquake's magnitude, not a temperature."""
    before = text[max(0, m.start() - 30) : m.start()]
    return bool(
        _MAGNITUDE_BEFORE.search(before) or _RICHTER_AFTER.search(text[m.end() : m.end() + 60])
    )


def kinds(text: str, language: Language) -> dict[str, str]:
    """The currencies and units a text has: kind -> how it first appears."""
    found: dict[str, str] = {}
    for kind, _, written in occurrences(text, language):
        found.setdefault(kind, written)
    return found


# Kinds said once per figure they go with, in every language ("12 %", "600 km"): a translation
# naming one fewer times than the source dropped it somewhere. Currencies are counted the other
# way only (a currency added to an amount): a translation may leave a repeated currency out
# ("$2 billion, of which $300 million" = "2 milliards de dollars, dont 300 millions").
COUNTED = frozenset(LABELS) - _CURRENCIES
CURRENCIES = _CURRENCIES
# A figure that opens a range whose unit is written once, after its last figure: "de 10 à
# 15 %", "от 2 до 3 км", "between 5 and 7 million dollars", "بين 2 و3 في المائة"; not a year
# ("del 20 en 2011 al 8 %" is no range from 2011 to 8)
_FIG = r"[0-9٠-٩۰-۹]+(?:[.,\u00a0\u202f٫٬ ][0-9٠-٩۰-۹]+)*"
_RANGE_CHAIN = re.compile(
    r"(?<![0-9٠-٩۰-۹])(?!(?:19|20)[0-9]{2}(?![0-9]))" + _FIG + r"(?:[\s\u00a0\u202f]*"
    r"(?:[-–—~/,،、]|to|and|or|à|et|ou|a|al|y|e|o|до|и|или|إلى|و|أو|至|到|和|或)"
    r"[\s\u00a0\u202f]*" + _FIG + r")+[\s\u00a0\u202f]*(?:[^\W\d_]+\.?[\s\u00a0\u202f]*){0,2}$",
    re.IGNORECASE,
)


# a half said in words: an amount of its own between two units ("three and a half per cent,
# and one and a half per cent"; "one" is no number word there, it is also "a")
_HALF_WORDS = re.compile(
    r"(?i)(?<![^\W\d_])(?:half|demie?|medi[oa]|mei[oa]|половин\w*|полтор\w*|полутор\w*|نصف)"
    r"(?![^\W\d_])|半"
)


def _amount_words(between: str, base: str) -> bool:
    """Whether the text between two units says an amount in words (a number or scale word, a
    half): then the second unit is another amount's."""
    return bool(numberwords.marks(between, base)) or _HALF_WORDS.search(between) is not None


def counts(text: str, language: Language, *, ranges: bool) -> dict[str, int]:
    """How many amounts each kind goes with: each time it is named after a figure (named again
    with no figure between, as in "100 مليون دولار من دولارات الولايات المتحدة", it is the same
    amount's); `ranges`: plus the figures of a range or list it is named once for ("de 10 à 15 %"
    counts 2, "54 و53 و49 في المائة" 3)."""
    out: dict[str, int] = {}
    last: dict[str, int] = {}
    for kind, start, written in occurrences(text, language):
        prev = last.get(kind)
        last[kind] = start + len(written)
        if (
            prev is not None
            and not _DIGIT.search(text, prev, start)
            and not _amount_words(text[prev:start], language.base)
        ):
            continue
        chain = _RANGE_CHAIN.search(text, max(0, start - 60), start) if ranges else None
        opens = len(_DIGITS_RUN.findall(chain.group())) - 1 if chain else 0
        out[kind] = out.get(kind, 0) + 1 + opens
    return out
