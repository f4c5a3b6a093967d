"""Figures written in words, cardinal and ordinal, read by value: "seventy-six", "76th" written
"seventy-sixth", "soixante-seize", "septuagésimo sexto", "семьдесят шестой" (any case),
"السادسة والسبعين", and a scale word after them ("four million", "quatre millions").

Only to account for a figure the other side writes with digits (`workflow.quality.figures`):
a word alone is never reported as a figure missing or added. Pure data and pure functions.
"""

from __future__ import annotations

import re
from functools import lru_cache

from workflow.lang.numerals import (
    CJK_NUMERAL,
    CJK_NUMERAL_LANGUAGES,
    SCALE_WORDS,
    cjk_numeral_value,
)


def _table(spec: str) -> dict[str, int]:
    """ "one:1 two:2 ..." -> {"one": 1, "two": 2}"""
    out: dict[str, int] = {}
    for item in spec.split():
        word, value = item.rsplit(":", 1)
        for w in word.split("/"):
            out[w] = int(value)
    return out


# word -> value; "units" multiply a following hundred; tens and units add up.
WORDS: dict[str, dict[str, int]] = {
    "en": _table(
        "zero/none/nil:0 one/first:1 two/second:2 three/third/thirds:3 four/fourth:4 five/fifth:5 "
        "six/sixth:6 seven/seventh:7 eight/eighth:8 nine/ninth:9 ten/tenth:10 eleven/eleventh:11 "
        "twelve/twelfth:12 thirteen/thirteenth:13 fourteen/fourteenth:14 fifteen/fifteenth:15 "
        "sixteen/sixteenth:16 seventeen/seventeenth:17 eighteen/eighteenth:18 "
        "nineteen/nineteenth:19 twenty/twentieth:20 thirty/thirtieth:30 forty/fortieth:40 "
        "fifty/fiftieth:50 sixty/sixtieth:60 seventy/seventieth:70 eighty/eightieth:80 "
        "ninety/ninetieth:90 hundred/hundredth:100 dozen/dozens:12 quarter/quarters:4 "
        # anniversaries: "the centenary of his birth" (the 100th anniversary)
        "centenary/centennial:100 bicentenary/bicentennial:200 "
        # times: "twice as many" = "deux fois plus", "вдвое больше", "两倍"; "fivefold" = "par
        # cinq", "в пять раз", "五分之一" (a fifth of what it was)
        "twice:2 thrice:3 twofold:2 threefold:3 fourfold:4 fivefold:5 sixfold:6 sevenfold:7 "
        "eightfold:8 ninefold:9 tenfold:10 hundredfold:100"
    ),
    "fr": _table(
        "zéro:0 un/une/premier/première/unième:1 deux/deuxième/second/seconde:2 trois/troisième:3 "
        "quatre/quatrième:4 cinq/cinquième:5 six/sixième:6 sept/septième:7 huit/huitième:8 "
        "neuf/neuvième:9 dix/dixième:10 onze/onzième:11 douze/douzième:12 treize/treizième:13 "
        "quatorze/quatorzième:14 quinze/quinzième:15 seize/seizième:16 vingt/vingts/vingtième:20 "
        "trente/trentième:30 quarante/quarantième:40 cinquante/cinquantième:50 "
        "soixante/soixantième:60 cent/cents/centième:100 tiers:3 quart/quarts:4 "
        # approximate counts: "une soixantaine de coauteurs" (some 60 co-sponsors)
        "dizaine/dizaines:10 douzaine/douzaines:12 quinzaine:15 vingtaine:20 trentaine:30 "
        "quarantaine:40 cinquantaine:50 soixantaine:60 centaine/centaines:100 millier:1000 "
        # anniversaries: "le centenaire de sa naissance" (the 100th anniversary)
        "cinquantenaire:50 centenaire/centenaires:100 bicentenaire:200"
    ),
    "es": _table(
        "cero:0 uno/una/un/primero/primera/primer:1 dos/segundo/segunda:2 tres/tercero/tercera/"
        "tercer:3 cuatro/cuarto/cuarta:4 cinco/quinto/quinta:5 seis/sexto/sexta:6 siete/séptimo/"
        "séptima:7 ocho/octavo/octava:8 nueve/noveno/novena:9 diez/décimo/décima:10 once:11 "
        "doce:12 trece:13 catorce:14 quince:15 dieciséis:16 diecisiete:17 dieciocho:18 "
        "diecinueve:19 veinte/vigésimo/vigésima:20 veintiuno/veintiún/veintiuna:21 veintidós:22 "
        "veintitrés:23 veinticuatro:24 veinticinco:25 veintiséis:26 veintisiete:27 "
        "veintiocho:28 veintinueve:29 treinta/trigésimo/trigésima:30 cuarenta/cuadragésimo/"
        "cuadragésima:40 cincuenta/quincuagésimo/quincuagésima:50 sesenta/sexagésimo/"
        "sexagésima:60 setenta/septuagésimo/septuagésima:70 ochenta/octogésimo/octogésima:80 "
        "noventa/nonagésimo/nonagésima:90 cien/ciento/centésimo/centésima:100 "
        "doscientos/doscientas:200 trescientos/trescientas:300 cuatrocientos/cuatrocientas:400 "
        "quinientos/quinientas:500 seiscientos/seiscientas:600 setecientos/setecientas:700 "
        "ochocientos/ochocientas:800 novecientos/novecientas:900 "
        # approximate counts: "una veintena de países" (some 20 countries)
        "decena/decenas:10 docena/docenas:12 veintena:20 treintena:30 centenar/centenares:100 "
        "millar:1000 cincuentenario:50 centenario/centenaria/centenarios/centenarias:100 "
        "bicentenario:200 "
        "tercio/tercios:3 cuartos/cuartas:4"
    ),
    "pt": _table(
        "zero:0 um/uma/primeiro/primeira:1 dois/duas/segundo/segunda:2 três/terceiro/terceira:3 "
        "quatro/quarto/quarta:4 cinco/quinto/quinta:5 seis/sexto/sexta:6 sete/sétimo/sétima:7 "
        "oito/oitavo/oitava:8 nove/nono/nona:9 dez/décimo/décima:10 onze:11 doze:12 treze:13 "
        "catorze/quatorze:14 quinze:15 dezesseis/dezasseis:16 dezessete/dezassete:17 dezoito:18 "
        "dezenove/dezanove:19 vinte/vigésimo/vigésima:20 trinta/trigésimo/trigésima:30 "
        "quarenta/quadragésimo/quadragésima:40 cinquenta/quinquagésimo/quinquagésima:50 "
        "sessenta/sexagésimo/sexagésima:60 setenta/septuagésimo/septuagésima:70 "
        "oitenta/octogésimo/octogésima:80 noventa/nonagésimo/nonagésima:90 cem/cento/"
        "centésimo/centésima:100 duzentos/duzentas:200 trezentos/trezentas:300 "
        "quatrocentos/quatrocentas:400 quinhentos/quinhentas:500"
    ),
    "ar": _table(
        "صفر:0 واحد/واحدة/اول/اولى/حادي/حادية/احد/احدى:1 "
        "اثنان/اثنين/اثنتان/اثنتين/اثنا/اثني/اثنتا/اثنتي/ثاني/ثانية:2 "
        "ثلاث/ثلاثة/ثالث/ثالثة:3 اربع/اربعة/رابع/رابعة:4 خمس/خمسة/خامس/خامسة:5 "
        "ست/ستة/سادس/سادسة:6 سبع/سبعة/سابع/سابعة:7 ثمان/ثماني/ثمانية/ثامن/ثامنة:8 "
        "تسع/تسعة/تاسع/تاسعة:9 عشر/عشرة/عاشر/عاشرة:10 عشرون/عشرين:20 ثلاثون/ثلاثين:30 "
        "اربعون/اربعين:40 خمسون/خمسين:50 ستون/ستين:60 سبعون/سبعين:70 ثمانون/ثمانين:80 "
        "تسعون/تسعين:90 مائة/مئة/المائة/المئة:100 "
        # 200, its construct forms too: "مائتا شخص" (200 people)
        "مائتان/مائتين/مائتي/مائتا/مئتان/مئتين/مئتي/مئتا:200 "
        # fractions: "ثلث السكان" (a third of the population), "ثلاثة أرباع" (three quarters)
        "ثلث/ثلثا/ثلثي:3 ربع/ارباع:4 "
        # decades: "تسعينيات القرن الماضي" (the 1990s)
        "عشرينيات:20 ثلاثينيات:30 اربعينيات:40 خمسينيات:50 ستينيات:60 سبعينيات:70 "
        "ثمانينيات:80 تسعينيات:90 عشرينات:20 ثلاثينات:30 اربعينات:40 خمسينات:50 ستينات:60 "
        "سبعينات:70 ثمانينات:80 تسعينات:90 "
        "ثلاثمائة/ثلاثمئة:300 اربعمائة/اربعمئة:400 خمسمائة/خمسمئة:500 ستمائة/ستمئة:600 "
        "سبعمائة/سبعمئة:700 ثمانمائة/ثمانمئة:800 تسعمائة/تسعمئة:900 "
        # a plan or a period by its years: "الخطة العشرية" (the 10-year plan), "خمسية"
        "عشري/عشرية:10 خمسي/خمسية/خماسي/خماسية:5 رباعي/رباعية:4 سداسي/سداسية:6 سباعي/سباعية:7"
    ),
    "ur": _table(
        "ایک:1 دو:2 تین:3 چار:4 پانچ:5 چھ:6 سات:7 آٹھ:8 نو:9 دس:10 بیس:20 تیس:30 چالیس:40 "
        "پچاس:50 ساٹھ:60 ستر:70 اسی:80 نوے:90 سو:100 پہلا/پہلی:1 دوسرا/دوسری:2 تیسرا/تیسری:3"
    ),
}
# Approximate counts: "dozens of experts" is "des dizaines d’experts" (tens), "una veintena de
# países" some 20: they say an order, not a value, and are left out of `values(exact=True)`.
APPROXIMATE: dict[str, frozenset[str]] = {
    "en": frozenset({"dozen", "dozens"}),
    "fr": frozenset(
        "dizaine dizaines douzaine douzaines quinzaine vingtaine trentaine quarantaine "
        "cinquantaine soixantaine centaine centaines millier".split()
    ),
    "es": frozenset(
        "decena decenas docena docenas veintena treintena centenar centenares millar".split()
    ),
}
# French tens written with units: soixante-dix (70), quatre-vingts (80), quatre-vingt-dix (90)
_FR_SPECIAL = {
    ("soixante", "dix"): 70,
    ("quatre", "vingt"): 80,
    ("quatre", "vingts"): 80,
    ("quatre", "vingtième"): 80,
}
# Arabic duals of scale words, written without a figure: "بليونا يورو" (2 billion euros),
# "ألفي شخص" (2,000 people); after number words they are plain scale words.
_AR_DUALS = {
    "الفا": 2_000,
    "الفي": 2_000,
    "مليونا": 2_000_000,
    "مليوني": 2_000_000,
    "مليارا": 2_000_000_000,
    "ملياري": 2_000_000_000,
    "بليونا": 2_000_000_000,
    "بليوني": 2_000_000_000,
    "تريليونا": 2_000_000_000_000,
    "تريليوني": 2_000_000_000_000,
    # the full dual, nominative and oblique: "مليونين من اللاجئين", "ألفان"
    "الفان": 2_000,
    "الفين": 2_000,
    "مليونان": 2_000_000,
    "مليونين": 2_000_000,
    "ملياران": 2_000_000_000,
    "مليارين": 2_000_000_000,
    "بليونان": 2_000_000_000,
    "بليونين": 2_000_000_000,
}
# Ordinals of the scale words: "the seven billionth inhabitant" is the 7,000,000,000th (French
# "le septième milliard d’habitants" says the same figure with the cardinal scale word)
_ORDINAL_SCALES = {
    "en": {"thousandth": 3, "millionth": 6, "billionth": 9, "trillionth": 12},
    "fr": {"millième": 3, "millionième": 6, "milliardième": 9},
    "es": {"milésimo": 3, "milésima": 3, "millonésimo": 6, "millonésima": 6},
}
# A thousand said by the scale word alone
_BARE_THOUSAND = {"es": ("mil",), "pt": ("mil",), "fr": ("mille",), "it": ("mille",)}
_CONNECTORS = {"en": {"and"}, "fr": {"et"}, "es": {"y"}, "pt": {"e"}, "ar": set(), "ru": set()}

# Russian: stems with case endings (cardinal and ordinal): "семидесяти", "семьдесят шестой".
_RU_STEMS = _table(
    "нол/нул:0 один/одн/одного/одному/первн/перв:1 два/две/двух/двум/двумя/втор:2 "
    "три/трех/трем/тремя/трет:3 четыр/четвер:4 пят:5 шест:6 семь/семи/семью/седьм:7 "
    "четверт:4 восем/восьм:8 девят:9 десят:10 одиннадцат:11 двенадцат:12 тринадцат:13 "
    "четырнадцат:14 "
    "пятнадцат:15 шестнадцат:16 семнадцат:17 восемнадцат:18 девятнадцат:19 двадцат:20 "
    "тридцат:30 сорок/сороков:40 пятьдесят/пятидесят:50 шестьдесят/шестидесят:60 "
    "семьдесят/семидесят:70 восемьдесят/восьмидесят:80 девяност:90 сто/ста/сот:100 "
    "двест/двухсот:200 трист/трехсот:300 четырест/четырехсот:400 пятьсот/пятисот:500 "
    # times: "он трижды встречался" (he met 3 times)
    "дважды:2 трижды:3 четырежды:4"
)
_RU_ENDINGS = re.compile(
    r"^(?:|ь|и|ью|ая|ое|ой|ый|ий|ые|ого|ому|ым|ом|ую|ых|ыми|ей|ье|ья|ьи|ьего|ьему|ьей|ьих|"
    r"ьим|ьем|а|у|е|ех|ем|ам|ами|ях|ям|ями|о)$"
)
_RU_WORD = re.compile(r"[а-яё]+")


# a count made one word with what it counts: "пятидесятилетие", "десятилетний план" (a
# 10-year plan), "двухдневная конференция" (a 2-day conference), "трехмесячный", "пятикратный"
_RU_YEARS = re.compile(
    r"^(\w+?)(?:лет(?:ие|ия|ию|ием|ии|н\w+)|дневн\w+|недельн\w+|месячн\w+|часов\w+"
    r"|кратн\w+|сторонн\w+)$"
)


# the first two letters of the stems: a word starting otherwise has no stem (the shortest
# `_ru_value` looks for has two letters)
_RU_HEADS = frozenset(stem[:2] for stem in _RU_STEMS if len(stem) >= 2)


@lru_cache(maxsize=65536)  # a text's words, one by one: the same words again and again
def _ru_value(word: str) -> int:
    """The value of a Russian number word in any case, -1 if it is none ("семьи", "семьям" are
    families, not sevens); a count of years made one word with it is its count: "столетие"
    (a centenary), "пятидесятилетие", "пятнадцатилетний план" (a 15-year plan)."""
    word = word.replace("ё", "е")
    if word[:2] not in _RU_HEADS:
        return -1  # every stem found below, or in the years' head, starts the word
    years = _RU_YEARS.match(word)
    if years is not None and years.group(1) != word:
        return _ru_value(years.group(1))
    if word.startswith("семь") and word[4:] in ("и", "е", "ям", "ями", "ях", "я"):
        return -1
    for n in range(len(word), 1, -1):
        value = _RU_STEMS.get(word[:n])
        if value is not None and _RU_ENDINGS.match(word[n:]):
            return value
    return -1


_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_ARABIC_NORM = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ة"})
_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")


def _arabic_value(word: str, words: dict[str, int]) -> tuple[int, bool]:
    """(value, joined by و) of an Arabic word with its clitics (و, ال, ب, ل, ك), -1 if none.
    A bare preposition (ب, ل, ك) goes before an indefinite number word ("لمائة ألف", to a
    hundred thousand), not before a two-letter one: لست is "I am not", not "to six"."""
    joined = False
    w = word
    if w.startswith("و") and w[1:] and (w[1:] in words or w[1:].startswith("ال")):
        joined, w = True, w[1:]
    for prefix in ("بال", "لل", "ال", "", "ب", "ل", "ك"):
        rest = w[len(prefix) :]
        if w.startswith(prefix) and rest in words and (len(prefix) != 1 or len(rest) > 2):
            return words[rest], joined
    return -1, joined


@lru_cache(maxsize=65536)  # a text's words, one by one: the same words again and again
def _ar_token_value(token: str) -> int:
    """`_arabic_value` of a token with the Arabic number words."""
    return _arabic_value(token, WORDS["ar"])[0]


_WORD_TOKEN = re.compile(r"[^\W\d_]+")
_RU_SCALE_PREFIXES = (
    "млн",
    "млрд",
    "тыс",
    "миллион",
    "миллиард",
    "триллион",
    "трлн",
    "полтор",
    "полмиллион",  # half a million, half a billion: "полмиллиарда долларов"
    "полмиллиард",
    "полумиллион",  # ... in its other cases: "около полумиллиарда долларов"
    "полумиллиард",
)
_AR_CLITIC = re.compile(r"^(?:[وفبكل]?ال|لل|[وفبكل])")


@lru_cache(maxsize=128)
def _lexicon(base: str, *, articles: bool = True) -> frozenset[str] | None:
    """The language's number and scale words (Russian: stems; Arabic: normalised, with their
    clitics), None if none are known. `articles=False`: without the words for one, which are
    also articles ("un", "une", "una"): nearly every French or Spanish sentence has one."""
    if base == "ru":
        return frozenset(_RU_STEMS)
    words = WORDS.get(base)
    if not words:
        return None
    every = {
        *(w for w, v in words.items() if articles or v > 1),
        *SCALE_WORDS.get(base, {}),
        *_ORDINAL_SCALES.get(base, {}),
    }
    if base == "ar":
        bare = {_ARABIC_MARKS.sub("", w).translate(_ARABIC_NORM) for w in every} | set(_AR_DUALS)
        every = {c + w for w in bare for c in _AR_CLITIC_FORMS}
    return frozenset(w.lower() for w in every)


# the clitics an Arabic number word may carry, as written before it (normalised alif)
_AR_CLITIC_FORMS = ("", "ال", "و", "وال", "ب", "بال", "ل", "لل", "ف", "فال", "ك", "كال")


_RU_PREFIXES = frozenset(stem[:3] for stem in _RU_STEMS) | frozenset(
    p[:3] for p in _RU_SCALE_PREFIXES
)


def _is_number_word(token: str, base: str, lexicon: frozenset[str]) -> bool:
    if base == "ru":
        if token[:3] not in _RU_PREFIXES:
            return False
        return token.startswith(_RU_SCALE_PREFIXES) or _ru_value(token) >= 0
    return token in lexicon


@lru_cache(maxsize=4096)
def marks(text: str, base: str) -> tuple[tuple[int, int], ...] | None:
    """Where a text writes number or scale words (spans; not the words for one, which are also
    articles), by word lookup, not by pattern: cheap on long prose. None for a language whose
    number words are not known."""
    if base in CJK_NUMERAL_LANGUAGES:
        return tuple(m.span() for m in CJK_NUMERAL.finditer(text))
    lexicon = _lexicon(base, articles=False)
    if lexicon is None:
        return None
    low = text.lower()
    if base == "ar":  # same length: marks removed would shift the spans, so they are kept
        low = low.translate(_ARABIC_NORM)
    tokens = _WORD_TOKEN.findall(low)
    if base == "ru":
        if _RU_PREFIXES.isdisjoint(t[:3] for t in tokens):
            return ()
    elif lexicon.isdisjoint(tokens):
        return ()  # most prose: one set operation
    return tuple(
        m.span() for m in _WORD_TOKEN.finditer(low) if _is_number_word(m.group(), base, lexicon)
    )


_DIGIT_BEFORE = re.compile(r"[0-9٠-٩۰-۹][\s\u00a0\u202f]*$")


def may_have_value(text: str, base: str, least: int) -> bool:
    """Whether a text may write in words a figure of `least` or more, or a scale word: "one",
    "first", "second" alone are not (most English sentences have one of them)."""
    found = marks(text, base)
    if found is None:
        return True
    if base in CJK_NUMERAL_LANGUAGES:
        return any(len(text[a:b]) > 1 or cjk_numeral_value(text[a:b]) >= least for a, b in found)
    words = WORDS.get(base, {})
    for a, b in found:
        if _DIGIT_BEFORE.search(text, 0, a):
            continue  # a figure's scale word: "4,2 millions", "15 тыс."
        token = text[a:b].lower()
        if base == "ru":
            value = _ru_value(token)
        elif base == "ar":
            token = _ARABIC_MARKS.sub("", token).translate(_ARABIC_NORM)
            value = words.get(token, words.get(_AR_CLITIC.sub("", token), least))
        else:
            value = words.get(token, least)  # a scale word, a dual: a value of its own
        if value < 0 or value >= least:
            return True
    return False


def may_have(text: str, base: str) -> bool:
    """Whether a text may write a figure in words: a cheap test, False for most prose (True for
    every text of a language with no number words known)."""
    found = marks(text, base)
    return found is None or bool(found)


@lru_cache(maxsize=4096)
def values(text: str, base: str, *, exact: bool = False) -> tuple[int, ...]:
    """Values of the figures a text writes in words, in order: consecutive number words make
    one figure ("seventy-six", "السادسة والسبعين", "quatre-vingt-dix"), a scale word after
    them multiplies it ("four million"). `exact`: approximate counts ("dozens", "une
    vingtaine") left out."""
    lexicon = _lexicon(base)
    if (
        lexicon is not None
        and base not in ("ru", "ar")
        and lexicon.isdisjoint(_WORD_TOKEN.findall(text.lower()))
    ):
        return ()  # no number or scale word at all (most texts): no tokens read one by one
    after_figure: set[int] = set()  # Arabic tokens right after a figure in digits
    if base == "ru":
        tokens = _RU_WORD.findall(text.lower())
        found = [(_ru_value(t), t) for t in tokens]
    elif base in WORDS:
        words = WORDS[base]
        low = text.lower().replace("-", " ")
        if base == "ar":
            low = _ARABIC_MARKS.sub("", low).translate(_ARABIC_NORM)
        found = []
        for m in _TOKEN.finditer(low):
            t = m.group()
            value = _ar_token_value(t) if base == "ar" else words.get(t, -1)
            found.append((value, t))
            if base == "ar" and _AFTER_FIGURE.search(low, 0, m.start()):
                after_figure.add(len(found) - 1)
    else:
        return ()
    scales = {**SCALE_WORDS.get(base, {}), **_ORDINAL_SCALES.get(base, {})}
    if base == "ar":  # the tokens are normalised: آلاف is read الاف
        scales = {_ARABIC_MARKS.sub("", k).translate(_ARABIC_NORM): v for k, v in scales.items()}
    if exact and base in APPROXIMATE:
        approximate = APPROXIMATE[base]
        found = [(-1, t) if t in approximate else (v, t) for v, t in found]
    connectors = _CONNECTORS.get(base, set())
    out: list[int] = []
    run: list[int] = []
    prev = ""
    scaled = False  # the last token was a scale word applied to the figure before it
    # the amount a scale word made last and its power, while the words after it may add to it:
    # "deux mille cinq cents" (2,500), "mil quinientas" (1,500), "dos millones quinientos mil"
    pending: list[int] = []

    def push(value: int) -> None:
        if pending and value < 10 ** pending[1]:
            out[pending[0]] += value
        else:
            out.append(value)
        pending.clear()

    def close() -> None:
        if run:
            push(_combine(run))
            run.clear()

    def scaled_by(power: int) -> None:
        pending[:] = [len(out) - 1, power]

    for i, (value, token) in enumerate(found):
        if value >= 0:
            if base == "fr" and run and (prev, token) in _FR_SPECIAL:
                run[-1] = _FR_SPECIAL[(prev, token)]
            elif run and not _joins(run, value, base):
                close()
                run.append(value)
            else:
                run.append(value)
        elif (
            (run or pending) and token in connectors and i + 1 < len(found) and found[i + 1][0] >= 0
        ):
            pass
        elif not run and base == "ar" and _ar_dual(token) and i not in after_figure:
            # (not after digits: "13 مليوناً" is 13 million, the singular with its tanween)
            out.append(_ar_dual(token))
            pending.clear()
        elif run and token in scales:
            amount = _combine(run) * 10 ** scales[token]
            run.clear()
            if pending and amount < 10 ** pending[1]:
                out[pending[0]] += amount
                pending[1] = scales[token]
            else:
                out.append(amount)
                scaled_by(scales[token])
            scaled = True
            prev = token
            continue
        elif scaled and token in scales:  # "mil millones": successive scale words multiply
            out[-1] *= 10 ** scales[token]
            scaled_by((pending[1] if pending else 0) + scales[token])
            prev = token
            continue
        elif not run and token in _BARE_THOUSAND.get(base, ()):
            out.append(1000)  # "mil millones de dólares", "mille personnes"
            scaled_by(3)
            scaled = True
            prev = token
            continue
        else:
            close()
            pending.clear()
        scaled = False
        prev = token
    close()
    return tuple(out)


_AFTER_FIGURE = re.compile(r"\d\s*\Z")


def _ar_dual(token: str) -> int:
    """The value of an Arabic dual of a scale word, with its clitics ("ومليوني يورو", and two
    million euros; "بمليوني دولار", with two million dollars), else 0."""
    for prefix in ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب"):
        value = _AR_DUALS.get(token[len(prefix) :], 0) if token.startswith(prefix) else 0
        if value:
            return value
    return 0


def _joins(run: list[int], value: int, base: str) -> bool:
    """Whether a number word continues the figure of the words before it: units after tens
    ("seventy six"), a hundred after units, tens and units after hundreds, Arabic tens after
    units ("ست وسبعين") and teens (ست عشرة)."""
    last = run[-1]
    if value == 100:
        return 0 < last < 10
    if last >= 100 and last % 100 == 0:
        return value < 100
    if base == "fr" and last in (60, 80):
        return 0 < value < 20
    if base == "fr" and last == 10 and (len(run) == 1 or run[-2] == 80 or run[-2] % 100 == 0):
        return 6 < value < 10  # dix-sept (17), dix-neuf (19), quatre-vingt-dix-neuf (99)
    if last >= 20 and last % 10 == 0 and last < 100:
        return 0 < value < 10
    if base == "ar" and 0 < last < 10:
        return value == 10 or (value >= 20 and value % 10 == 0 and value < 100)
    return False


def _combine(run: list[int]) -> int:
    """Number words in a row as one figure: units times hundred, then a sum ("two hundred
    and five" = 205, "seventy six" = 76, "six and seventy" = 76)."""
    total = 0
    current = 0
    for v in run:
        if v == 100 and 0 < current < 10:
            current *= 100
        elif v == 10 and 0 < current < 10:
            current += 10  # Arabic teens: ست عشرة = 16
        else:
            current += v
    total += current
    return total


# Ordinals 1 and 2, which `WORDS` reads as the values of "un", "deux" (articles, duals) and
# the checks do not compare word for word: "first" made "second" is read by these alone.
ORDINAL_FIRST: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"(?i)(?<![^\W\d_])first(?![^\W\d_])"),
    "fr": re.compile(r"(?i)(?<![^\W\d_])premi(?:er|ère)s?(?![^\W\d_])"),
    "es": re.compile(r"(?i)(?<![^\W\d_])primer(?:[oa]s?)?(?![^\W\d_])"),
    "pt": re.compile(r"(?i)(?<![^\W\d_])primeir[oa]s?(?![^\W\d_])"),
    "ru": re.compile(r"(?i)(?<![^\W\d_])перв[а-яё]+"),
    "ar": re.compile(r"(?:^|(?<=\s))[وبل]?(?:ال)?أول(?:ى)?(?!\w)"),
    "zh": re.compile(r"第一|首次|首届|首个|首批"),
}
ORDINAL_SECOND: dict[str, re.Pattern[str]] = {
    "fr": re.compile(r"(?i)(?<![^\W\d_])(?:deuxième|second(?:e)?)s?(?![^\W\d_])"),
    "es": re.compile(r"(?i)(?<![^\W\d_])segund[oa]s?(?![^\W\d_])"),
    "pt": re.compile(r"(?i)(?<![^\W\d_])segund[oa]s?(?![^\W\d_])"),
    "ru": re.compile(r"(?i)(?<![^\W\d_])втор(?:ой|ая|ое|ые|ого|ому|ом|ую|ых|ым|ыми)(?!\w)"),
    # (not "ثاني أكسيد", carbon dioxide, nor the months "كانون الثاني", "تشرين الثاني")
    "ar": re.compile(r"(?:^|(?<=\s))(?<!كانون )(?<!تشرين )[وبل]?(?:ال)?ثاني(?:ة)?(?!\w)(?! أكسيد)"),
    # (not the tens and hundreds it begins: "第二十九届", the 29th)
    "zh": re.compile(r"第二(?![十百千万零〇一二三四五六七八九两])"),
}
