"""Numerals per language and script: digits, scale words, number words, Chinese numerals.

Data for reading figures (`workflow.quality.figures`): the decimal digits of each script and
how to make them ASCII, the scale words of each language ("million", "milliard", "لاکھ",
"万", "亿": powers of ten), number words ("three", "trois") and Chinese/Japanese numerals
("七十九", "二〇二四", "一万二千"). Pure data and small pure functions; no Babel.
"""

from __future__ import annotations

import re

from workflow.lang.languages import Language

# --- digits -------------------------------------------------------------------------------------
# The zero of each script's decimal digits: ASCII, Arabic-Indic (٠), Extended Arabic-Indic
# (۰, Persian and Urdu), Devanagari (०), Bengali (০), full-width (０).
ZEROS = (0x30, 0x660, 0x6F0, 0x966, 0x9E6, 0xFF10)
_DIGIT_MAP = {z + i: 0x30 + i for z in ZEROS for i in range(10)}
DIGITS = "".join(chr(z + i) for z in ZEROS for i in range(10))
ARABIC_DECIMAL = "\u066b"
ARABIC_GROUP = "\u066c"


def ascii_digits(text: str) -> str:
    """The text with every decimal digit made ASCII (same length, same positions)."""
    if text.isascii() or not _OTHER_DIGIT.search(text):
        return text  # most texts: nothing to change (translate looks up every letter)
    return text.translate(_DIGIT_MAP)


_OTHER_DIGIT = re.compile("[" + "".join(DIGITS[10:]) + "]")


# --- scale words --------------------------------------------------------------------------------
# Powers of ten, per base language. Forms are matched case-insensitively and whole (Latin,
# Cyrillic) or as written (CJK, which has no spaces). Successive scale words multiply:
# "mil millones" (10^3 * 10^6), "百万" (10^2 * 10^4), "万亿" (10^4 * 10^8).
SCALE_WORDS: dict[str, dict[str, int]] = {
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
        # the other cases, after a figure in them: "190 миллионам человек" (to 190 million
        # people), "в 72 тысячах", "с 5 миллиардами"
        "тысячу": 3,
        "тысяче": 3,
        "тысячей": 3,
        "тысячам": 3,
        "тысячами": 3,
        "тысячах": 3,
        "миллиону": 6,
        "миллионом": 6,
        "миллионе": 6,
        "миллионам": 6,
        "миллионами": 6,
        "миллионах": 6,
        "миллиарду": 9,
        "миллиардом": 9,
        "миллиарде": 9,
        "миллиардам": 9,
        "миллиардами": 9,
        "миллиардах": 9,
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
        "трлн": 12,
        "трлн.": 12,
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
        "بليونا": 9,
        "بليونًا": 9,
        "بلايين": 9,
        "تريليون": 12,
        "تريليونا": 12,
        "تريليونًا": 12,
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
# Scale words made adjectives after a figure and a hyphen, by stem: Russian "12-миллионного
# населения" (of a population of 12 million), "5-тысячный контингент" (a 5,000-strong
# contingent), "2,5-миллиардный бюджет".
SCALE_ADJECTIVES: dict[str, dict[str, int]] = {
    "ru": {"тысячн": 3, "миллионн": 6, "миллиардн": 9, "триллионн": 12},
}
# SI prefixes of a unit, a scale of their own after a figure: "57.1 gigatonnes" = "571亿吨" =
# "57,1 milliards de tonnes" (giga: 10^9). Only before tonnes and watts, where press texts use
# them (a kilometre is a unit of its own, `lang/units.py`).
UNIT_PREFIXES: dict[str, dict[str, int]] = {
    "en": {"giga": 9, "mega": 6},
    "fr": {"giga": 9, "méga": 6},
    "es": {"giga": 9, "mega": 6},
    "pt": {"giga": 9, "mega": 6},
    "ru": {"гига": 9, "мега": 6},
    "ar": {"غيغا": 9, "جيغا": 9, "جيجا": 9, "ميغا": 6, "ميجا": 6},
    "zh": {"吉": 9, "兆": 6},  # 吉吨, 兆瓦 (the PRC's technical terms)
}
PREFIXED_UNIT = r"(?=[\s-]?(?:ton|watt|vat|тонн|ватт|طن|واط|吨|瓦))"
# ... and their symbols, in capitals, before the unit's: "1 GW", "5 MW", "57 Gt", "1 ГВт"
UNIT_SYMBOLS = {"g": 9, "m": 6, "г": 9, "м": 6}
SYMBOL_UNIT = r"(?-i:[GMГМ](?=(?:W|Wh|t|tCO2e?|tCO₂e?|Вт|т)(?![^\W\d_])))"

# A share in tenths, Chinese: "三成" (30 per cent), "逾四成" (over 40 per cent), "两到三成" (20 to
# 30 per cent), "近两成"; not 成
# as a word of its own after a numeral (成员, 成为, 成立, 成功, 成果, 成绩, 成本, "一成不变").
_ZH_NO_TENTH = r"(?!员|為|为|立|功|果|就|绩|本|熟|交|效|品|分|不变|長|长)"
ZH_TENTHS = re.compile(
    r"(?<![〇零一二两三四五六七八九十百千万亿第])([一两二三四五六七八九])"
    r"(?:(?:到|至|或|、|~|-|—)?([一两二三四五六七八九]))?成" + _ZH_NO_TENTH
)
# the 成 of a share in tenths, as a unit (per cent) after its numeral
ZH_TENTH_SIGN = r"(?<=[一两二三四五六七八九])成" + _ZH_NO_TENTH
ZH_TENTH_DIGITS = {
    "一": 1,
    "两": 2,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}

# Words that look like scale words in many languages: after a figure whose value the
# translation does not give, such a word is reported as "not understood", not as a plain miss.
SCALE_LIKE = re.compile(
    r"^(?:mil|bil|tril|mio|mrd|mld|md|mn|bn|lakh|lac|crore|juta|ribu|tỷ|triệu|nghìn|"
    r"мил|млн|млр|млд|тыс|ملی|ملا|مليو|ميلي|بلي|بلی|ارب|کروڑ|لاکھ|ہزار|ألف|آلاف|हज|लाख|करोड)",
    re.IGNORECASE,
)

# Languages whose figures are grouped by plain spaces in UN and press style, whatever CLDR's
# group separator: Arabic "17 000", Chinese "2 000万" (the United Nations editorial manuals),
# Spanish and Portuguese "177 770" (the RAE's and the UN's rule since 2010, beside "177.770").
SPACE_GROUP_LANGUAGES = frozenset({"ar", "zh", "es", "pt"})
# Languages that also write the decimal separator as a comma: UN Arabic "1,9 مليون" (1.9
# million). A comma before exactly three digits stays a group separator ("1,200").
COMMA_DECIMAL_LANGUAGES = frozenset({"ar"})

# Languages whose scale words follow a figure without a space and need no word boundary.
UNSPACED_SCALE_WORDS = frozenset({"zh", "ja", "ko"})


def scale_words(language: Language) -> dict[str, int]:
    """The scale words known for a language (empty if none): word -> power of ten."""
    return dict(SCALE_WORDS.get(language.base, {}))


# --- figures in words ---------------------------------------------------------------------------
# Only to account for a figure the other side writes with digits: a word alone is never
# reported as a figure missing or added (Chinese "一" is also in 统一, 一直, 一项...).
NUMBER_WORDS: dict[str, dict[str, int]] = {
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
# Languages that write figures in Chinese numerals.
CJK_NUMERAL_LANGUAGES = frozenset({"zh", "ja"})
CJK_DIGITS = {
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
CJK_UNITS = {"十": 10, "百": 100, "千": 1000}
CJK_BIG = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
CJK_NUMERAL = re.compile("[" + "".join(CJK_DIGITS) + "".join(CJK_UNITS) + "".join(CJK_BIG) + "]+")


def cjk_numeral_value(run: str) -> int:
    """A Chinese numeral's value; -1 if it is only units ("万" alone)."""
    if len(run) > 1 and all(c in CJK_DIGITS for c in run):
        return int("".join(str(CJK_DIGITS[c]) for c in run))  # 二〇二四: read digit by digit
    if not any(c in CJK_DIGITS or c == "十" for c in run):
        return -1
    total = section = digit = 0
    for c in run:
        if c in CJK_DIGITS:
            digit = CJK_DIGITS[c]
        elif c in CJK_UNITS:
            section += (digit or 1) * CJK_UNITS[c]
            digit = 0
        else:
            total += (section + digit) * CJK_BIG[c]
            section = digit = 0
    return total + section + digit


# --- amounts in scale words without a figure ----------------------------------------------------
# "tens of millions", "des dizaines de milliards", "decenas de millones", "десятки миллионов",
# "عشرات الملايين", "数千万": an order of magnitude said without a figure. Per language: the
# count words before a scale word (tens: 1, hundreds: 2), what joins them to it, and the plural
# scale words (power of ten; Russian and Arabic as stems taking their endings). Chinese: 数, 几,
# 上, 成 before scale characters (数千万 = 10^7, 数十亿 = 10^9).
VAGUE_COUNTS: dict[str, dict[str, int]] = {
    "en": {"tens": 1, "dozens": 1, "hundreds": 2},
    "fr": {"dizaines": 1, "douzaines": 1, "centaines": 2},
    "es": {"decenas": 1, "docenas": 1, "centenares": 2, "cientos": 2},
    "pt": {"dezenas": 1, "centenas": 2},
    "ru": {"десятк": 1, "дюжин": 1, "сотн": 2, "сотен": 2},
    "ar": {"عشرات": 1, "مئات": 2},
}
VAGUE_JOINERS = {"en": r"of", "fr": r"de|d['’]", "es": r"de", "pt": r"de", "ru": "", "ar": r"من"}
VAGUE_SCALES: dict[str, dict[str, int]] = {
    "en": {"thousands": 3, "millions": 6, "billions": 9, "trillions": 12},
    "fr": {"milliers de milliards": 12, "milliers": 3, "millions": 6, "milliards": 9},
    "es": {"miles de millones": 9, "mil millones": 9, "millares": 3, "miles": 3, "millones": 6},
    "pt": {"milhares": 3, "milhões": 6, "mil milhões": 9, "bilhões": 9},
    "ru": {"тысяч": 3, "миллион": 6, "миллиард": 9, "триллион": 12},
    "ar": {"آلاف": 3, "ألوف": 3, "ملايين": 6, "مليارات": 9, "بلايين": 9},
}
# The counts said alone are orders of magnitude too ("hundreds of asylum-seekers" = "des
# centaines de demandeurs d’asile" = "مئات من ملتمسي اللجوء"; "dozens" = "des dizaines"),
# told apart from thousands when turned into them ("مئات" -> "آلاف")
for _base, _counts in VAGUE_COUNTS.items():
    VAGUE_SCALES[_base].update({k: v for k, v in _counts.items() if k not in ("tens",)})
CJK_VAGUE_POWERS = {"十": 1, "百": 2, "千": 3, "万": 4, "萬": 4, "亿": 8, "億": 8}
