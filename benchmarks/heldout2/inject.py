"""Fault injector of the second held-out set (issue 13), written from the issue's fault list only.

It knows nothing of the checks in workflow/quality/ (it was written without reading them) and
nothing of the first set's injector. Each fault is what a machine-translation engine or a hurried
translator produces in that language, applied to a reviewed reference entry; every fault changes
the entry (a fault that would leave it as it was is not made). Deterministic for a seed.

Kinds and variants:

* number: a digit changed; a figure dropped; its scale word changed (millions/milliards,
  millones/mil millones, مليون/بليون, 万/亿, млн/млрд); a thousands separator that, written as
  the target locale's decimal mark, changes the value (fr ``150 000`` -> ``150,000``, zh
  ``7300万`` -> ``7.300万``); a figure written in words changed (``six mois`` -> ``cinq mois``,
  ``三分之二`` -> ``三分之一``, ``двадцать первой`` -> ``двадцать второй``).
* unit: a currency or unit dropped; a currency changed ($ -> €, € -> $, Swiss francs or pounds
  -> another); per cent -> per mille; km -> miles and °C -> °F; a percentage added to a count
  (``dans 78 pays`` -> ``dans 78 % des pays``).
* name: a person's name misspelt (a letter dropped or changed; in Chinese a homophone
  character); replaced by another person of the release set; a name translated word for word
  (Ban -> Interdiction, Brown -> Brun, Hollande -> Holanda, Jan -> Janvier, Fore -> Avant).
* country: replaced by a neighbour (Nigeria -> Niger, South Sudan -> Sudan, Switzerland ->
  Sweden, in the right grammatical form); a country added that the source does not name; a
  country misspelt (in Chinese a non-UN regional form: 也门 -> 叶门); a demonym changed.
* url: a link target or a URL changed; an e-mail address changed; a link reduced to its text;
  bold dropped; one ``**`` dropped.
* untranslated: the English source copied; the last clause of a sentence left in English.
* repetition: a phrase repeated; a clause repeated; the sentence repeated; a person's name
  given in full and then again in short form.
* clause: the last clause dropped; a middle clause dropped.
* quotation: the quotation marks dropped (direct speech reads as paraphrase); in Chinese and
  Arabic also the colon that opens the quotation.
* negation: a statement negated (a negation added to a verb, or one that was there removed).

Public interface (benchmarks/heldout_checks.py): LANGS, KINDS, Clean, Fault, faults().
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

LANGS = ("fr", "es", "ar", "zh", "ru")
KINDS = (
    "number",
    "unit",
    "name",
    "country",
    "url",
    "untranslated",
    "repetition",
    "clause",
    "quotation",
    "negation",
)

NBSP, NNBSP = "\u00a0", "\u202f"


@dataclass(frozen=True)
class Clean:
    """A reviewed entry: its language, source, reference translation and where it is."""

    lang: str
    msgid: str
    msgstr: str
    catalog: str
    line: int


@dataclass(frozen=True)
class Fault:
    """A faulty copy of a clean entry."""

    kind: str
    variant: str
    clean: Clean
    msgstr: str


Rng = random.Random
Maker = Callable[[Clean, Rng], "str | None"]

# --- spans a fault must not touch (unless it is about them) -------------------------------------
_PROTECT = re.compile(
    r"\]\([^)]*\)|https?://\S+|www\.[\w./-]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|unfccc\.int"
    r"|reliefweb\.int[\w/-]*|COVID-19|COP21|КС-21|كوفيد-19|2019冠状病毒病"
)


def _protected(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _PROTECT.finditer(text)]


def _free(text: str, start: int, end: int) -> bool:
    return all(end <= a or start >= b for a, b in _protected(text))


def _matches(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    return [m for m in pattern.finditer(text) if _free(text, *m.span())]


def _sub_at(text: str, m: re.Match[str], new: str) -> str:
    return text[: m.start()] + new + text[m.end() :]


def _pick_replace(text: str, rng: Rng, table: Iterable[tuple[str, str]]) -> str | None:
    """Replace one occurrence (at random) of one of the table's phrases (whole words)."""
    found: list[tuple[re.Match[str], str]] = []
    for old, new in table:
        pat = re.compile(r"(?<![\w])" + re.escape(old) + r"(?![\w])")
        found += [(m, new) for m in _matches(pat, text)]
    if not found:
        return None
    m, new = rng.choice(found)
    return _sub_at(text, m, new)


def _pick_replace_cjk(text: str, rng: Rng, table: Iterable[tuple[str, str]]) -> str | None:
    """Chinese: no word boundaries; a phrase listed with a (?!…) tail excludes a longer word."""
    found: list[tuple[re.Match[str], str]] = []
    for old, new in table:
        found += [(m, new) for m in _matches(re.compile(old), text)]
    if not found:
        return None
    m, new = rng.choice(found)
    return _sub_at(text, m, new)


def _replace_any(lang: str, text: str, rng: Rng, table: Iterable[tuple[str, str]]) -> str | None:
    if lang == "zh":
        return _pick_replace_cjk(text, rng, [(re.escape(a), b) for a, b in table])
    return _pick_replace(text, rng, table)


# --- numbers ------------------------------------------------------------------------------------
_NOT_BEFORE = r"(?<![0-9A-Za-z.,\u00c0-\u024f\u0400-\u04ff])"
_NUM = re.compile(
    _NOT_BEFORE + r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|" + _NOT_BEFORE + r"\d+(?:[.,]\d+)?"
)
_DECIMAL = {"fr": ",", "es": ",", "ru": ",", "ar": ".", "zh": "."}


def _numbers(text: str) -> list[re.Match[str]]:
    return _matches(_NUM, text)


def digit_changed(c: Clean, rng: Rng) -> str | None:
    nums = _numbers(c.msgstr)
    if not nums:
        return None
    m = rng.choice(nums)
    digits = [i for i, ch in enumerate(m.group()) if ch.isdigit()]
    i = rng.choice(digits)
    old = m.group()[i]
    choices = [d for d in "0123456789" if d != old and not (d == "0" and i == digits[0])]
    new = m.group()[:i] + rng.choice(choices) + m.group()[i + 1 :]
    return _sub_at(c.msgstr, m, new)


def figure_dropped(c: Clean, rng: Rng) -> str | None:
    """The figure goes and its scale word stays ('de 977 millions de dollars' -> 'de millions
    de dollars'); in Chinese the figure becomes 数 before 万 or 亿 ('9.77亿美元' -> '数亿美元')."""
    nums = _numbers(c.msgstr)
    if not nums:
        return None
    m = rng.choice(nums)
    after = c.msgstr[m.end() :]
    if c.lang == "zh":
        new = "数" if after[:1] in ("万", "亿") else ""
        return _sub_at(c.msgstr, m, new)
    end = m.end() + (1 if after[:1] in (" ", NBSP, NNBSP) else 0)
    out = c.msgstr[: m.start()] + c.msgstr[end:]
    out = re.sub(r"(?<=\S)[ \u00a0\u202f]+(?=[,.])", "", out)
    return out[:1].upper() + out[1:] if c.msgstr[:1].isupper() else out


_SCALES = {
    "fr": [
        ("millions", "milliards"),
        ("milliards", "millions"),
        ("million", "milliard"),
        ("milliard", "million"),
    ],
    "es": [("millones", "mil millones"), ("mil millones", "millones")],
    "ru": [("млн", "млрд"), ("млрд", "млн"), ("миллионы", "миллиарды")],
    "ar": [
        ("مليون", "بليون"),
        ("ملايين", "بلايين"),
        ("بليون", "مليون"),
        ("بلايين", "ملايين"),
        ("ألف", "مليون"),
        ("مليوني", "بليوني"),
        ("بليوني", "مليوني"),
    ],
    "zh": [("万", "亿"), ("亿", "万")],
}


def scale_changed(c: Clean, rng: Rng) -> str | None:
    if c.lang == "zh":
        table = [(r"(?<=\d)万", "亿"), (r"(?<=\d)亿", "万"), (r"(?<=\d)多万", "多亿")]
        return _pick_replace_cjk(c.msgstr, rng, table)
    if c.lang == "es":  # 'mil millones' first, so that 'millones' alone is not its tail
        ms = _matches(re.compile(r"(?<!\w)(mil millones|millones)(?!\w)"), c.msgstr)
        if not ms:
            return None
        m = rng.choice(ms)
        return _sub_at(c.msgstr, m, "millones" if m.group() == "mil millones" else "mil millones")
    return _pick_replace(c.msgstr, rng, _SCALES[c.lang])


def separator_as_decimal(c: Clean, rng: Rng) -> str | None:
    """A whole number of four digits or more written with the locale's decimal mark as the
    group separator: in that locale it reads as a number a thousand times smaller."""
    dec = _DECIMAL[c.lang]
    cands = []
    for m in _numbers(c.msgstr):
        digits = re.sub(r"[ \u00a0\u202f]", "", m.group())
        if not digits.isdigit() or len(digits) < 4:
            continue
        after = c.msgstr[m.end() :]
        scaled = re.match(r"[\u00a0 ]?(?:millones|млн|млрд)|[万亿]", after)
        if len(digits) == 4 and 1900 <= int(digits) <= 2099 and not scaled:
            continue  # a year
        cands.append((m, digits))
    if not cands:
        return None
    m, digits = rng.choice(cands)
    groups = []
    while digits:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return _sub_at(c.msgstr, m, dec.join(groups))


_WORDS = {
    "fr": [
        ("six prochains mois", "cinq prochains mois"),
        ("trois dernières années", "deux dernières années"),
        ("Quinze", "Seize"),
        ("deux tiers", "trois quarts"),
        ("deux comtés", "trois comtés"),
        ("tous les cinq ans", "tous les quatre ans"),
        ("vingt et unième", "vingt-deuxième"),
        ("Deux jours", "Trois jours"),
        ("dix premiers jours", "sept premiers jours"),
        ("trois prochains mois", "six prochains mois"),
        ("trois jours", "sept jours"),
        ("quatre pays", "cinq pays"),
        ("plus que doublé", "plus que triplé"),
        ("une semaine", "deux semaines"),
        ("la moitié", "le tiers"),
        ("soixantaine", "quarantaine"),
        ("deux plus grands", "trois plus grands"),
    ],
    "es": [
        ("próximos seis meses", "próximos cinco meses"),
        ("últimos tres años", "últimos dos años"),
        ("Quince", "Dieciséis"),
        ("Dos tercios", "Tres cuartas partes"),
        ("dos condados", "tres condados"),
        ("cada cinco años", "cada cuatro años"),
        ("vigésimo primer", "vigésimo segundo"),
        ("Dos días", "Tres días"),
        ("diez primeros días", "siete primeros días"),
        ("próximos tres meses", "próximos seis meses"),
        ("tres días", "siete días"),
        ("cuatro países", "cinco países"),
        ("más que duplicado", "más que triplicado"),
        ("una semana", "dos semanas"),
        ("la mitad", "la tercera parte"),
        ("los dos mayores", "los tres mayores"),
    ],
    "ar": [
        ("الأشهر الستة", "الأشهر الخمسة"),
        ("السنوات الثلاث", "السنتين"),
        ("خمس عشرة دولة", "ست عشرة دولة"),
        ("ثلثا", "ثلاثة أرباع"),
        ("مقاطعتين", "ثلاث مقاطعات"),
        ("كل خمس سنوات", "كل أربع سنوات"),
        ("الحادية والعشرين", "الثانية والعشرين"),
        ("بيومين", "بثلاثة أيام"),
        ("الأيام العشرة الأولى", "الأيام السبعة الأولى"),
        ("الأشهر الثلاثة", "الأشهر الستة"),
        ("ثلاثة أيام", "سبعة أيام"),
        ("أربعة بلدان", "خمسة بلدان"),
        ("أكثر من مرتين", "أكثر من ثلاث مرات"),
        ("أسبوع", "أسبوعين"),
        ("نصف", "ثلث"),
        ("مليوني", "ثلاثة ملايين"),
        ("بليوني", "ثلاثة بلايين"),
        ("درجتين", "ثلاث درجات"),
        ("أكبر بلدين", "أكبر ثلاثة بلدان"),
    ],
    "zh": [
        ("六个月", "五个月"),
        ("三年", "两年"),
        ("每五年", "每四年"),
        ("两个县", "三个县"),
        ("三分之二", "三分之一"),
        ("第二十一届", "第二十二届"),
        ("两天前", "三天前"),
        ("头十天", "头七天"),
        ("三个月", "六个月"),
        ("为期三天", "为期七天"),
        ("四国", "五国"),
        ("一倍", "两倍"),
        ("一周", "两周"),
        ("一半", "三分之一"),
        ("两个最大", "三个最大"),
    ],
    "ru": [
        ("шесть месяцев", "пять месяцев"),
        ("три года", "два года"),
        ("каждые пять лет", "каждые четыре года"),
        ("Пятнадцать", "Шестнадцать"),
        ("двух округах", "трех округах"),
        ("Двум третям", "Трем четвертям"),
        ("двадцать первой", "двадцать второй"),
        ("два дня", "три дня"),
        ("десять дней", "семь дней"),
        ("трех месяцев", "шести месяцев"),
        ("трехдневный", "семидневный"),
        ("четырех странах", "пяти странах"),
        ("вдвое", "втрое"),
        ("неделю", "две недели"),
        ("половины", "трети"),
        ("два крупнейших", "три крупнейших"),
    ],
}


def words_changed(c: Clean, rng: Rng) -> str | None:
    return _replace_any(c.lang, c.msgstr, rng, _WORDS[c.lang])


# --- units --------------------------------------------------------------------------------------
_CURRENCY = {  # (pattern, to drop, to put for another currency)
    "fr": [
        (r" de dollars(?: des États-Unis)?", "", " d’euros"),
        (r" d’euros", "", " de dollars"),
        (r" de francs suisses", "", " d’euros"),
        (r" de livres sterling", "", " de dollars"),
    ],
    "es": [
        (r" de dólares", "", " de euros"),
        (r" de euros", "", " de dólares"),
        (r" de francos suizos", "", " de euros"),
        (r" de libras esterlinas", "", " de dólares"),
    ],
    "ar": [
        (r" دولار(?: إضافية)?", "", " يورو"),
        (r" يورو", "", " دولار"),
        (r" فرنك سويسري", "", " يورو"),
        (r" جنيه إسترليني", "", " دولار"),
    ],
    "zh": [
        (r"美元", "", "欧元"),
        (r"欧元", "", "美元"),
        (r"瑞士法郎", "", "欧元"),
        (r"英镑", "", "美元"),
    ],
    "ru": [
        (r" долларов(?: США)?", "", " евро"),
        (r" евро", "", " долларов"),
        (r" швейцарских франков", "", " евро"),
        (r" фунтов стерлингов", "", " долларов"),
    ],
}
_OTHER_UNITS = {  # (pattern, dropped, changed)
    "fr": [
        (r"\u00a0%", "", "\u00a0‰"),
        (r"[\u00a0 ]kilomètres", "", "\u00a0milles"),
        (r"\u00a0°C", "", "\u00a0°F"),
        (r" degrés Celsius", " degrés", " degrés Fahrenheit"),
    ],
    "es": [
        (r"\u00a0%", "", "\u00a0‰"),
        (r"\u00a0kilómetros", "", "\u00a0millas"),
        (r"\u00a0°C", "", "\u00a0°F"),
        (r" grados Celsius", " grados", " grados Fahrenheit"),
    ],
    "ar": [
        (r" في المائة", "", " في الألف"),
        (r" كيلومترا?ً?", "", " ميلاً"),
        (r" مئوية", "", " فهرنهايت"),
        (r" مئويتين", "", " فهرنهايت"),
    ],
    "zh": [
        (r"%", "", "‰"),
        (r"公里", "", "英里"),
        (r"摄氏度", "度", "华氏度"),
    ],
    "ru": [
        (r"\u00a0процент(?:ов|а)?", "", "\u00a0промилле"),
        (r"\u00a0километров", "", "\u00a0миль"),
        (r"\u00a0°C", "", "\u00a0°F"),
        (r" градусов Цельсия", " градусов", " градусов Фаренгейта"),
    ],
}


def _unit_sites(lang: str, text: str, table: list[tuple[str, str, str]], which: int) -> list:
    out = []
    for pat, dropped, changed in table:
        for m in _matches(re.compile(pat), text):
            out.append((m, (dropped, changed)[which]))
    return out


def currency_dropped(c: Clean, rng: Rng) -> str | None:
    sites = _unit_sites(c.lang, c.msgstr, _CURRENCY[c.lang], 0)
    if not sites:
        return None
    m, new = rng.choice(sites)
    return _sub_at(c.msgstr, m, new)


def currency_changed(c: Clean, rng: Rng) -> str | None:
    table = [(p, d, ch) for p, d, ch in _CURRENCY[c.lang]]
    sites = _unit_sites(c.lang, c.msgstr, table, 1)
    if not sites:
        return None
    m, new = rng.choice(sites)
    return _sub_at(c.msgstr, m, new)


def unit_dropped(c: Clean, rng: Rng) -> str | None:
    sites = _unit_sites(c.lang, c.msgstr, _OTHER_UNITS[c.lang], 0)
    if not sites:
        return None
    m, new = rng.choice(sites)
    return _sub_at(c.msgstr, m, new)


def unit_changed(c: Clean, rng: Rng) -> str | None:
    sites = _unit_sites(c.lang, c.msgstr, _OTHER_UNITS[c.lang], 1)
    if not sites:
        return None
    m, new = rng.choice(sites)
    return _sub_at(c.msgstr, m, new)


_PERCENT_ADDED = {
    "fr": [(r"(\d[\d\u202f]*)\u00a0(pays|personnes)(?!\w)", "\\1\u00a0% des \\2")],
    "es": [
        (r"(\d[\d\u00a0]*)\u00a0países", "\\1\u00a0% de los países"),
        (r"(\d[\d\u00a0]*)\u00a0personas", "\\1\u00a0% de las personas"),
    ],
    "ar": [
        (r"(\d[\d ]*) بلداً", r"\1 في المائة من البلدان"),
        (r"(\d[\d ]*) شخص", r"\1 في المائة من الأشخاص"),
    ],
    "zh": [(r"(\d+)个国家", r"\1%的国家"), (r"(\d+)人", r"\1%的人")],
    "ru": [(r"(\d[\d\u00a0]*)\u00a0человек(?!\w)", "\\1\u00a0процентов людей")],
}


def percent_added(c: Clean, rng: Rng) -> str | None:
    sites = []
    for pat, repl in _PERCENT_ADDED[c.lang]:
        sites += [(m, m.expand(repl)) for m in _matches(re.compile(pat), c.msgstr)]
    if not sites:
        return None
    m, new = rng.choice(sites)
    return _sub_at(c.msgstr, m, new)


# --- people -------------------------------------------------------------------------------------
# (English full name, short form) -> per language (full, short); fr and es write them as English.
# English full name | short form | Arabic full | short, then (indented) Chinese and Russian
_PEOPLE_TABLE = """
Kofi Annan | Annan | كوفي عنان | عنان
    科菲·安南 | 安南 | Кофи Аннан | Аннан
Jan Egeland | Egeland | يان إيغلاند | إيغلاند
    扬·埃格兰 | 埃格兰 | Ян Эгеланн | Эгеланн
Josette Sheeran | Sheeran | جوزيت شيران | شيران
    乔塞特·希兰 | 希兰 | Жозетт Ширан | Ширан
Gordon Brown | Brown | غوردون براون | براون
    戈登·布朗 | 布朗 | Гордон Браун | Браун
Ban Ki-moon | Ban | بان كي مون | بان
    潘基文 | 潘基文 | Пан Ги Мун | Пан
François Hollande | Hollande | فرانسوا هولاند | هولاند
    弗朗索瓦·奥朗德 | 奥朗德 | Франсуа Олланд | Олланд
Leonardo DiCaprio | DiCaprio | ليوناردو دي كابريو | دي كابريو
    莱昂纳多·迪卡普里奥 | 迪卡普里奥 | Леонардо Ди Каприо | Ди Каприо
Stephen O’Brien | O’Brien | ستيفن أوبراين | أوبراين
    斯蒂芬·奥布赖恩 | 奥布赖恩 | Стивен О’Брайен | О’Брайен
Filipe Nyusi | Nyusi | فيليبي نيوسي | نيوسي
    菲利佩·纽西 | 纽西 | Филипе Ньюси | Ньюси
Celso Correia | Correia | سيلسو كوريا | كوريا
    塞尔索·科雷亚 | 科雷亚 | Селсу Коррейя | Коррейя
David Beasley | Beasley | ديفيد بيزلي | بيزلي
    戴维·比斯利 | 比斯利 | Дэвид Бизли | Бизли
Mark Lowcock | Lowcock | مارك لوكوك | لوكوك
    马克·洛科克 | 洛科克 | Марк Лоукок | Лоукок
António Guterres | Guterres | أنطونيو غوتيريش | غوتيريش
    安东尼奥·古特雷斯 | 古特雷斯 | Антониу Гутерриш | Гутерриш
Tedros Adhanom Ghebreyesus | Tedros | تيدروس أدهانوم غيبريسوس | تيدروس
    谭德塞 | 谭德塞 | Тедрос Аданом Гебрейесус | Тедрос
Henrietta Fore | Fore | هنرييتا فور | فور
    亨丽埃塔·福尔 | 福尔 | Генриетта Фор | Фор
"""
_PEOPLE = [
    tuple(cell.strip() for cell in row.replace("\n", " | ").split("|"))
    for row in re.split(r"\n(?! )", _PEOPLE_TABLE.strip())
]
# who replaces whom: a person of the same kind of office where there is one
_SWAP = {
    "Kofi Annan": "Ban Ki-moon",
    "Ban Ki-moon": "António Guterres",
    "António Guterres": "Kofi Annan",
    "Jan Egeland": "Stephen O’Brien",
    "Stephen O’Brien": "Mark Lowcock",
    "Mark Lowcock": "Jan Egeland",
    "Josette Sheeran": "David Beasley",
    "David Beasley": "Josette Sheeran",
    "Gordon Brown": "François Hollande",
    "François Hollande": "Gordon Brown",
    "Filipe Nyusi": "François Hollande",
    "Celso Correia": "Filipe Nyusi",
    "Leonardo DiCaprio": "David Beasley",
    "Tedros Adhanom Ghebreyesus": "Henrietta Fore",
    "Henrietta Fore": "Josette Sheeran",
}
_COL = {"fr": 0, "es": 0, "ar": 2, "zh": 4, "ru": 6}


def _forms(lang: str) -> list[tuple[str, str, str]]:
    """(English full name, full form, short form) in the language."""
    i = _COL[lang]
    return [(p[0], p[i], p[i + 1]) for p in _PEOPLE]


def _name_sites(c: Clean) -> list[tuple[re.Match[str], str, bool]]:
    """Occurrences of a person's name in the translation: (match, English full name, full?)."""
    out: list[tuple[re.Match[str], str, bool]] = []
    taken: list[tuple[int, int]] = []
    for eng, full, short in _forms(c.lang):
        for form, is_full in ((full, True), (short, False)):
            pat = re.escape(form) if c.lang == "zh" else r"(?<!\w)" + re.escape(form) + r"(?!\w)"
            for m in re.finditer(pat, c.msgstr):
                if any(not (m.end() <= a or m.start() >= b) for a, b in taken):
                    continue
                taken.append(m.span())
                out.append((m, eng, is_full))
    return out


_HOMOPHONE = dict(
    zip(
        "特雷斯安南格兰希布朗潘基文奥德卡普里赖恩菲佩纽西比利洛科克谭塞亨丽埃福尔戴维戈登乔索扬莱昂纳迪东尼古",
        "德勒丝按楠葛岚西步郎盘吉闻澳得咖谱丽莱因非培钮希必力罗可刻谈赛恒莉艾弗儿代威哥灯桥锁杨来盎那笛冬妮谷",
        strict=True,
    )
)
_VOWELS = {"latin": "aeiou", "cyr": "аеиоуэя"}


def _misspell(word: str, lang: str, rng: Rng) -> str | None:
    """One realistic slip in a name: a doubled letter made single, a vowel changed, a letter
    dropped; in Chinese a character replaced by a homophone; in Arabic a long vowel dropped."""
    if lang == "zh":
        idx = [i for i, ch in enumerate(word) if ch in _HOMOPHONE]
        if not idx:
            return None
        i = rng.choice(idx)
        return word[:i] + _HOMOPHONE[word[i]] + word[i + 1 :]
    if lang == "ar":
        idx = [i for i in range(1, len(word) - 1) if word[i] in "اوي" and word[i - 1] != " "]
        if not idx:
            return None
        i = rng.choice(idx)
        return word[:i] + word[i + 1 :]
    ops: list[str] = []
    doubled = [i for i in range(1, len(word)) if word[i] == word[i - 1] and word[i].isalpha()]
    vowels = _VOWELS["cyr" if lang == "ru" else "latin"]
    inner = [i for i in range(1, len(word) - 1) if word[i].lower() in vowels]
    if doubled:
        i = rng.choice(doubled)
        ops.append(word[:i] + word[i + 1 :])
    if inner:
        i = rng.choice(inner)
        other = [v for v in vowels if v != word[i].lower()]
        ops.append(word[:i] + rng.choice(other) + word[i + 1 :])
    return rng.choice(ops) if ops else None


def name_misspelt(c: Clean, rng: Rng) -> str | None:
    sites = _name_sites(c)
    if not sites:
        return None
    m, _, _ = rng.choice(sites)
    # misspell the surname (the last word), as a hurried typist does
    parts = re.split(r"([ ·])", m.group())
    bad = _misspell(parts[-1], c.lang, rng)
    if bad is None or bad == parts[-1]:
        return None
    return _sub_at(c.msgstr, m, "".join(parts[:-1]) + bad)


def name_replaced(c: Clean, rng: Rng) -> str | None:
    sites = _name_sites(c)
    forms = {eng: (full, short) for eng, full, short in _forms(c.lang)}
    sites = [s for s in sites if _SWAP[s[1]] not in c.msgid]
    if not sites:
        return None
    m, eng, is_full = rng.choice(sites)
    full, short = forms[_SWAP[eng]]
    return _sub_at(c.msgstr, m, full if is_full else short)


_LITERAL = {  # a name taken for words of the language
    "fr": [
        ("Gordon Brown", "Gordon Brun"),
        ("M.\u00a0Ban", "M.\u00a0Interdiction"),
        ("Jan Egeland", "Janvier Egeland"),
        ("François Hollande", "François Pays-Bas"),
        ("Henrietta Fore", "Henrietta Avant"),
        ("Mark Lowcock", "Marque Lowcock"),
    ],
    "es": [
        ("Gordon Brown", "Gordon Marrón"),
        ("Sr.\u00a0Ban", "Sr.\u00a0Prohibición"),
        ("Jan Egeland", "Enero Egeland"),
        ("François Hollande", "François Holanda"),
        ("Henrietta Fore", "Henrietta Delantera"),
        ("Mark Lowcock", "Marca Lowcock"),
    ],
    "ar": [
        ("غوردون براون", "غوردون البني"),
        ("السيد بان", "السيد حظر"),
        ("يان إيغلاند", "يناير إيغلاند"),
        ("فرانسوا هولاند", "فرانسوا هولندا"),
        ("مارك لوكوك", "علامة لوكوك"),
    ],
    "zh": [
        ("戈登·布朗", "戈登·棕色"),
        ("扬·埃格兰", "一月·埃格兰"),
        ("弗朗索瓦·奥朗德", "弗朗索瓦·荷兰"),
        ("亨丽埃塔·福尔", "亨丽埃塔·前面"),
        ("马克·洛科克", "标记·洛科克"),
    ],
    "ru": [
        ("Гордон Браун", "Гордон Коричневый"),
        ("г-н Пан", "г-н Запрет"),
        ("Ян Эгеланн", "Январь Эгеланн"),
        ("Франсуа Олланд", "Франсуа Голландия"),
        ("Генриетта Фор", "Генриетта Перед"),
        ("Марк Лоукок", "Знак Лоукок"),
    ],
}


def name_literal(c: Clean, rng: Rng) -> str | None:
    return _replace_any(c.lang, c.msgstr, rng, _LITERAL[c.lang])


# --- countries ----------------------------------------------------------------------------------
# form in the reference -> (the neighbour in the same grammatical form, misspelt form)
_COUNTRIES: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        ("Yémen", "Liban", "Yemén"),
        ("Soudan du Sud", "Soudan", "Soudan du Sudd"),
        ("Somalie", "Tanzanie", "Somallie"),
        ("Kenya", "Rwanda", "Kénya"),
        ("Nigéria", "Niger", "Nigérai"),
        ("Mozambique", "Botswana", "Mozambiqe"),
        ("Zimbabwe", "Lesotho", "Zimbabwé"),
        ("Malawi", "Mali", "Malawie"),
        ("Indonésie", "Malaisie", "Indonézie"),
        ("Sri Lanka", "Cuba", "Sri Lanca"),
        ("Maldives", "Comores", "Maldivess"),
        ("Seychelles", "Philippines", "Seychèles"),
        ("Thaïlande", "Malaisie", "Thaillande"),
        ("Japon", "Canada", "Japan"),
        ("Allemagne", "Autriche", "Allemange"),
        ("Suisse", "Suède", "Suise"),
        ("Haïti", "Cuba", "Haitï"),
        ("Égypte", "Algérie", "Égipte"),
        ("Bangladesh", "Pakistan", "Bangladech"),
        ("Côte d’Ivoire", "Guinée", "Côte d’Ivoir"),
        ("Cameroun", "Tchad", "Caméroun"),
        ("Burkina Faso", "Niger", "Burkina Fasso"),
        ("Chine", "Russie", "Chinne"),
        ("Inde", "Iran", "Indde"),
        ("États-Unis", "Pays-Bas", "États-Unies"),
        ("Royaume-Uni", "Canada", "Royaume-Unis"),
    ],
    "es": [
        ("Yemen", "Líbano", "Yémen"),
        ("Sudán del Sur", "Sudán", "Sudán del Zur"),
        ("Somalia", "Etiopía", "Somallia"),
        ("Kenya", "Uganda", "Kenia"),
        ("Nigeria", "Níger", "Nigéria"),
        ("Mozambique", "Botswana", "Mozambike"),
        ("Zimbabwe", "Zambia", "Zimbawe"),
        ("Malawi", "Malí", "Malaui"),
        ("Indonesia", "Malasia", "Indonesía"),
        ("Sri Lanka", "Bangladesh", "Sri Lanca"),
        ("Maldivas", "Comoras", "Maldibas"),
        ("Seychelles", "Mauricio", "Seichelles"),
        ("Tailandia", "Viet Nam", "Thailandia"),
        ("Japón", "Canadá", "Japon"),
        ("Alemania", "Austria", "Alemanía"),
        ("Suiza", "Suecia", "Suisa"),
        ("Haití", "Cuba", "Haiti"),
        ("Egipto", "Marruecos", "Ejipto"),
        ("Bangladesh", "Nepal", "Bangladés"),
        ("Côte d’Ivoire", "Ghana", "Côte d’Ivoir"),
        ("Camerún", "Chad", "Camerun"),
        ("Burkina Faso", "Malí", "Burkina Fasso"),
        ("China", "Rusia", "Chyna"),
        ("India", "Pakistán", "Indía"),
        ("Estados Unidos", "Países Bajos", "Estados Unídos"),
        ("Reino Unido", "Canadá", "Reino Unído"),
    ],
    "ar": [
        ("اليمن", "عمان", "اليمين"),
        ("جنوب السودان", "السودان", "جنوب السدان"),
        ("الصومال", "إثيوبيا", "الصومل"),
        ("كينيا", "أوغندا", "كينيه"),
        ("نيجيريا", "النيجر", "نيجريا"),
        ("موزامبيق", "مدغشقر", "موزمبيق"),
        ("زمبابوي", "زامبيا", "زيمبابوي"),
        ("ملاوي", "مالي", "مالاوي"),
        ("إندونيسيا", "ماليزيا", "إندونسيا"),
        ("سري لانكا", "بنغلاديش", "سيري لانكا"),
        ("ملديف", "موريشيوس", "مالديف"),
        ("سيشيل", "جزر القمر", "سيشل"),
        ("تايلند", "فييت نام", "تايلاند"),
        ("اليابان", "كندا", "اليبان"),
        ("ألمانيا", "النمسا", "ألمانيه"),
        ("سويسرا", "السويد", "سويسره"),
        ("هايتي", "كوبا", "هاييتي"),
        ("مصر", "المغرب", "مصرر"),
        ("بنغلاديش", "نيبال", "بنغلادش"),
        ("كوت ديفوار", "غانا", "كوت ديفوير"),
        ("الكاميرون", "تشاد", "الكامرون"),
        ("بوركينا فاسو", "مالي", "بوركينا فاسوا"),
        ("الصين", "روسيا", "الصبن"),
        ("الهند", "باكستان", "الهيند"),
        ("الولايات المتحدة", "كندا", "الولايات المتحده"),
        ("المملكة المتحدة", "كندا", "المملكة المتحده"),
    ],
    "zh": [
        ("也门", "阿曼", "叶门"),
        ("南苏丹", "苏丹", "南苏旦"),
        ("索马里", "埃塞俄比亚", "索马利亚"),
        ("肯尼亚", "乌干达", "肯亚"),
        ("尼日利亚", "尼日尔", "奈及利亚"),
        ("莫桑比克", "马达加斯加", "莫三比克"),
        ("津巴布韦", "赞比亚", "辛巴威"),
        ("马拉维", "马里", "马拉威"),
        ("印度尼西亚", "马来西亚", "印度尼西雅"),
        ("斯里兰卡", "孟加拉国", "斯里兰加"),
        ("马尔代夫", "毛里求斯", "马尔地夫"),
        ("塞舌尔", "科摩罗", "塞席尔"),
        ("泰国", "越南", "太国"),
        ("日本", "加拿大", "日夲"),
        ("德国", "奥地利", "徳国"),
        ("瑞士(?!法郎)", "瑞典", "瑞仕"),
        ("海地", "古巴", "海第"),
        ("埃及", "利比亚", "埃吉"),
        ("孟加拉国", "尼泊尔", "孟加拉囯"),
        ("科特迪瓦", "加纳", "科特迪娃"),
        ("喀麦隆", "乍得", "喀麦伦"),
        ("布基纳法索", "马里", "布吉纳法索"),
        ("中国", "俄罗斯", "中囯"),
        ("印度(?![洋尼])", "巴基斯坦", "印渡"),
        ("美国", "加拿大", "美囯"),
        ("联合王国", "加拿大", "联合皇国"),
    ],
    "ru": [
        ("Йемен", "Оман", "Емен"),
        ("Йемена", "Омана", "Емена"),
        ("Йемене", "Омане", "Емене"),
        ("Южный Судан", "Судан", "Южный Суданн"),
        ("Южном Судане", "Судане", "Южном Суданне"),
        ("Сомали", "Джибути", "Самали"),
        ("Кению", "Уганду", "Кенью"),
        ("Нигерии", "Нигера", "Нигерийи"),
        ("Мозамбике", "Мадагаскаре", "Мозамбеке"),
        ("Мозамбика", "Мадагаскара", "Мозамбиика"),
        ("Мозамбик", "Мадагаскар", "Мозамбек"),
        ("Зимбабве", "Ботсване", "Зимбабви"),
        ("Малави", "Мали", "Малаве"),
        ("Индонезия", "Малайзия", "Индонезья"),
        ("Шри-Ланка", "Бангладеш", "Шри-Ланко"),
        ("Шри-Ланку", "Бангладеш", "Шри-Ланко"),
        ("Мальдивские Острова", "Коморские Острова", "Мальдивсике Острова"),
        ("Сейшельские Острова", "Маршалловы Острова", "Сейшелские Острова"),
        ("Таиланд", "Вьетнам", "Тайланд"),
        ("Япония", "Канада", "Японья"),
        ("Германия", "Австрия", "Гермния"),
        ("Швейцарии", "Швеции", "Швецарии"),
        ("Швейцария", "Швеция", "Швецария"),
        ("Гаити", "Куба", "Гаитти"),
        ("Египет", "Марокко", "Египт"),
        ("Бангладеш", "Непал", "Бангладешь"),
        ("Кот-д’Ивуар", "Гана", "Кот-д’Ивур"),
        ("Камерун", "Чад", "Камеррун"),
        ("Буркина-Фасо", "Мали", "Буркина-Фассо"),
        ("Китай", "Россия", "Китйа"),
        ("Индия", "Пакистан", "Индя"),
        ("Соединенные Штаты", "Нидерланды", "Соединеные Штаты"),
        ("Соединенное Королевство", "Канада", "Соединеное Королевство"),
    ],
}
_AND = {"fr": " et ", "es": " y ", "ar": " و", "zh": "和", "ru": " и "}
_ARTICLE_FR = r"(?:(?:au|aux|du|des|en|à|la|le|les|l’|de la|de l’|La|Le|Les|L’|En|Au)\s?)?"


def _country_sites(c: Clean) -> list[tuple[re.Match[str], str, str]]:
    out: list[tuple[re.Match[str], str, str]] = []
    taken: list[tuple[int, int]] = []
    for form, other, misspelt in sorted(_COUNTRIES[c.lang], key=lambda t: -len(t[0])):
        if c.lang == "zh":
            pat = form
        elif c.lang == "ar":
            pat = r"(?<![\u0621-\u064a])([وبلف]?)" + form + r"(?![\u0621-\u064a])"
        else:
            pat = r"(?<![\w-])" + form + r"(?![\w-])"
        for m in _matches(re.compile(pat), c.msgstr):
            if any(not (m.end() <= a or m.start() >= b) for a, b in taken):
                continue
            taken.append(m.span())
            out.append((m, other, misspelt))
    return out


def country_replaced(c: Clean, rng: Rng) -> str | None:
    sites = _country_sites(c)
    if not sites:
        return None
    m, other, _ = rng.choice(sites)
    prefix = m.group(1) if c.lang == "ar" and m.groups() else ""
    if c.lang == "ar" and prefix == "ل" and other.startswith("ال"):
        other = "ل" + other[1:]  # ل + ال -> لل
        prefix = "ل"
    return _sub_at(c.msgstr, m, prefix + other)


def country_added(c: Clean, rng: Rng) -> str | None:
    sites = _country_sites(c)
    if not sites:
        return None
    m, other, _ = rng.choice(sites)
    text = m.group()
    if c.lang == "fr":  # repeat the article or preposition: 'au Yémen et au Liban'
        before = re.search(_ARTICLE_FR + r"$", c.msgstr[: m.start()])
        art = before.group() if before else ""
        return _sub_at(c.msgstr, m, text + _AND["fr"] + art.lower() + other)
    if c.lang == "es":
        before = re.search(r"(?:el |la |los |al |del )$", c.msgstr[: m.start()])
        art = before.group() if before else ""
        return _sub_at(c.msgstr, m, text + _AND["es"] + art + other)
    return _sub_at(c.msgstr, m, text + _AND[c.lang] + other)


def country_misspelt(c: Clean, rng: Rng) -> str | None:
    sites = _country_sites(c)
    if not sites:
        return None
    m, _, misspelt = rng.choice(sites)
    prefix = m.group(1) if c.lang == "ar" and m.groups() else ""
    return _sub_at(c.msgstr, m, prefix + misspelt)


_DEMONYMS = {
    "fr": [
        ("yéménite", "omanaise"),
        ("Sud-Soudanais", "Soudanais"),
        ("somalienne", "éthiopienne"),
        ("britannique", "irlandais"),
        ("française", "belge"),
        ("francs suisses", "francs suédois"),
        ("pakistanais", "indien"),
    ],
    "es": [
        ("sursudaneses", "sudaneses"),
        ("británico", "irlandés"),
        ("francos suizos", "francos suecos"),
        ("de Francia", "de Bélgica"),
    ],
    "ar": [
        ("البريطاني", "الأيرلندي"),
        ("الفرنسي", "البلجيكي"),
        ("فرنك سويسري", "فرنك سويدي"),
        ("التضامن السويسري", "التضامن السويدي"),
        ("مواطني جنوب السودان", "مواطني السودان"),
    ],
    "zh": [
        ("南苏丹人", "苏丹人"),
        ("英国首相", "爱尔兰首相"),
        ("法国总统", "比利时总统"),
        ("瑞士法郎", "瑞典克朗"),
        ("瑞士团结", "瑞典团结"),
    ],
    "ru": [
        ("южносуданцев", "суданцев"),
        ("швейцарских франков", "шведских франков"),
        ("Швейцарская солидарность", "Шведская солидарность"),
        ("Великобритании", "Ирландии"),
        ("Франции", "Бельгии"),
    ],
}


def demonym_changed(c: Clean, rng: Rng) -> str | None:
    return _replace_any(c.lang, c.msgstr, rng, _DEMONYMS[c.lang])


# --- links, addresses, emphasis -----------------------------------------------------------------
_LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")
_MAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_BOLD = re.compile(r"\*\*([^*]+)\*\*")


def _alter_address(url: str, rng: Rng) -> str:
    """A plausible wrong address: a path letter dropped, the domain's ending changed."""
    options = []
    if re.search(r"\.org|\.int", url):
        options.append(re.sub(r"\.(org|int)\b", ".com", url, count=1))
    path = re.search(r"/([a-z][\w-]{2,})$", url)
    if path:
        word = path.group(1)
        options.append(url[: path.start(1)] + word[:-1])
    return rng.choice(options) if options else url + "/"


def link_target_changed(c: Clean, rng: Rng) -> str | None:
    links = list(_LINK.finditer(c.msgstr))
    if not links:
        return None
    m = rng.choice(links)
    return _sub_at(c.msgstr, m, f"[{m.group(1)}]({_alter_address(m.group(2), rng)})")


def url_changed(c: Clean, rng: Rng) -> str | None:
    """The address changed both in the link's text and its target (retyped by hand)."""
    links = list(_LINK.finditer(c.msgstr))
    if not links:
        return None
    m = rng.choice(links)
    new = _alter_address(m.group(2), rng)
    text = m.group(1)
    shown = re.sub(r"^https?://", "", new) if text != m.group(2) else new
    return _sub_at(c.msgstr, m, f"[{shown}]({new})")


def email_changed(c: Clean, rng: Rng) -> str | None:
    mails = list(_MAIL.finditer(c.msgstr))
    if not mails:
        return None
    m = rng.choice(mails)
    local, _, domain = m.group().partition("@")
    options = [f"{local}@un.com" if domain == "un.org" else f"{local}@{domain}.int"]
    if len(local) > 4:
        options.append(f"{local[:-1]}@{domain}")
    if "-" in local:
        options.append(f"{local.replace('-', '')}@{domain}")
    else:
        options.append(f"{local[:4]}-{local[4:]}@{domain}")
    return _sub_at(c.msgstr, m, rng.choice(options))


def link_to_text(c: Clean, rng: Rng) -> str | None:
    links = list(_LINK.finditer(c.msgstr))
    if not links:
        return None
    m = rng.choice(links)
    return _sub_at(c.msgstr, m, m.group(1))


def bold_dropped(c: Clean, rng: Rng) -> str | None:
    bolds = list(_BOLD.finditer(c.msgstr))
    if not bolds:
        return None
    m = rng.choice(bolds)
    return _sub_at(c.msgstr, m, m.group(1))


def one_star_pair_dropped(c: Clean, rng: Rng) -> str | None:
    bolds = list(_BOLD.finditer(c.msgstr))
    if not bolds:
        return None
    m = rng.choice(bolds)
    keep_open = rng.random() < 0.5
    new = f"**{m.group(1)}" if keep_open else f"{m.group(1)}**"
    return _sub_at(c.msgstr, m, new)


# --- untranslated -------------------------------------------------------------------------------
def source_copied(c: Clean, rng: Rng) -> str | None:
    if c.msgid == c.msgstr or len(c.msgid.split()) < 2:
        return None
    return c.msgid


_COMMA = {"fr": ", ", "es": ", ", "ar": "، ", "zh": "，", "ru": ", "}


def part_in_english(c: Clean, rng: Rng) -> str | None:
    """The sentence translated up to its last clause, which is left as the source has it (an
    engine that gave up, or a translator who pasted the source to finish later)."""
    sep = _COMMA[c.lang]
    src = c.msgid.split(", ")
    tgt = c.msgstr.split(sep)
    if len(src) < 2 or len(tgt) < 2 or len(src[-1].split()) < 3:
        return None
    return sep.join(tgt[:-1]) + sep + src[-1]


# --- repetition ---------------------------------------------------------------------------------
def _tokens(c: Clean) -> list[tuple[int, int]]:
    if c.lang == "zh":
        return [m.span() for m in re.finditer(r"[\u4e00-\u9fff]{2}", c.msgstr)]
    return [m.span() for m in re.finditer(r"[^\W\d_][\w’'-]*", c.msgstr)]


def phrase_repeated(c: Clean, rng: Rng) -> str | None:
    toks = [t for t in _tokens(c) if _free(c.msgstr, *t)]
    n = 2 if c.lang != "zh" else 1
    if len(toks) < n + 2:
        return None
    i = rng.randrange(1, len(toks) - n)
    start, end = toks[i][0], toks[i + n - 1][1]
    if not _free(c.msgstr, start, end):
        return None
    phrase = c.msgstr[start:end]
    glue = "" if c.lang == "zh" else " "
    return c.msgstr[:end] + glue + phrase + c.msgstr[end:]


def clause_repeated(c: Clean, rng: Rng) -> str | None:
    sep = _COMMA[c.lang]
    parts = c.msgstr.split(sep)
    if len(parts) < 2:
        return None
    i = rng.randrange(0, len(parts) - 1)
    if len(parts[i]) < 8 or "**" in parts[i] or "[" in parts[i]:
        return None
    return sep.join([*parts[: i + 1], parts[i], *parts[i + 1 :]])


def sentence_repeated(c: Clean, rng: Rng) -> str | None:
    if len(c.msgstr) < 12:
        return None
    return c.msgstr + ("" if c.lang == "zh" else " ") + c.msgstr


def name_doubled(c: Clean, rng: Rng) -> str | None:
    sites = [s for s in _name_sites(c) if s[2]]
    forms = {eng: short for eng, _, short in _forms(c.lang)}
    if not sites:
        return None
    m, eng, _ = rng.choice(sites)
    short = forms[eng]
    if short == m.group():
        return None
    glue = "" if c.lang == "zh" else " "
    return _sub_at(c.msgstr, m, m.group() + glue + short)


# --- dropped clauses ----------------------------------------------------------------------------
_BOUNDARY = {
    "fr": r", | et | mais |\u00a0; ",
    "es": r", | y | pero |; ",
    "ar": r"، | و(?=[\u0621-\u064a])|؛ ",
    "zh": r"，|；",
    "ru": r", | — | и | а |; ",
}
_END = re.compile(r"[.。!?！？»”\u00a0]*$")
_OPEN_CLOSE = {"«": "»", "“": "”"}


def _balanced(text: str) -> bool:
    if text.count("**") % 2 or text.count("[") != text.count("]"):
        return False
    return text.count("(") == text.count(")")


def _close_quote(kept: str, lang: str) -> str:
    for o, cl in _OPEN_CLOSE.items():
        if kept.count(o) > kept.count(cl):
            return ("\u00a0" if lang == "fr" else "") + cl
    return ""


def _words(text: str, lang: str) -> int:
    if lang == "zh":
        return len(re.findall(r"[\u4e00-\u9fff]", text)) // 2
    return len(text.split())


def last_clause_dropped(c: Clean, rng: Rng) -> str | None:
    text = c.msgstr
    end = _END.search(text)
    assert end is not None  # the pattern matches the empty tail too
    body, tail = text[: end.start()], text[end.start() :]
    cuts = []
    for m in _matches(re.compile(_BOUNDARY[c.lang]), body):
        kept, dropped = body[: m.start()], body[m.end() :]
        if _words(kept, c.lang) >= 3 and _words(dropped, c.lang) >= 2 and _balanced(kept):
            cuts.append(m.start())
    if not cuts:
        return None
    kept = body[: cuts[-1]].rstrip()
    stop_only = tail.replace("»", "").replace("”", "").replace(NBSP, "")
    closing = _close_quote(kept, c.lang)
    if closing:
        if closing.strip() in tail:
            return kept + tail
        return kept + closing + (stop_only or ("。" if c.lang == "zh" else "."))
    return kept + stop_only


def middle_clause_dropped(c: Clean, rng: Rng) -> str | None:
    sep = _COMMA[c.lang]
    parts = c.msgstr.split(sep)
    if len(parts) < 3:
        return None
    idx = [
        i
        for i in range(1, len(parts) - 1)
        if _words(parts[i], c.lang) >= 2
        and _balanced(parts[i])
        and not re.search("[«»“”]", parts[i])
    ]
    if not idx:
        return None
    i = rng.choice(idx)
    return sep.join(parts[:i] + parts[i + 1 :])


# --- quotations ---------------------------------------------------------------------------------
_QUOTES = {"fr": "«»", "es": "«»", "ar": "«»", "ru": "«»", "zh": "“”"}


def quotes_dropped(c: Clean, rng: Rng) -> str | None:
    o, cl = _QUOTES[c.lang]
    if "“" not in c.msgid:  # quotation marks of the target around a name ('«Идай»') are not speech
        return None
    if o not in c.msgstr and cl not in c.msgstr:
        return None
    out = re.sub(o + "[\u00a0\u202f]?", "", c.msgstr)
    out = re.sub("[\u00a0\u202f]?" + cl, "", out)
    return out


def quotes_and_colon_dropped(c: Clean, rng: Rng) -> str | None:
    """Chinese '安南说：“这是……。”' -> '安南说这是……。'; Arabic 'وقال: «…»' -> 'وقال …'."""
    o, _ = _QUOTES[c.lang]
    pat = {"zh": "：" + o, "ar": ": " + o}.get(c.lang)
    if pat is None or pat not in c.msgstr:
        return None
    out = quotes_dropped(c, rng)
    assert out is not None
    return out.replace("：", "", 1) if c.lang == "zh" else out.replace(": ", " ", 1)


# --- negation -----------------------------------------------------------------------------------
_NEGATE: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (r"(?<=\s)(a|ont|est|sont|sera|seront|peut|doivent|avait|avaient)(?=\s)", "NEG"),
        (r"\bn’(\w+) pas\b", r"\1"),
        (r"\bne (\w+) pas\b", r"\1"),
        (r"\bn’(\w+) jamais\b", r"\1 toujours"),
    ],
    "es": [
        (
            r"(?<=\s)(ha|han|es|son|será|necesitan|necesita|puede|pueden|está|están|"
            r"debe|deben|había|lanzó|liberó|asistieron|firmó)(?=\s)",
            r"no \1",
        ),
        (r"(?<=\s)no (?=\w)", ""),
        (r"^No (\w)", "UPPER"),
        (r"\bNunca habíamos\b", "Siempre habíamos"),
    ],
    "ru": [
        (
            r"(?<=\s)(нуждаются|нуждается|может|будет|будут|выделил|выделила|объявил|"
            r"объявила|призвал|присоединятся|подписали|приступила|направила|обеспечивает|"
            r"сдали|погибли|грозит|угрожает|требуется)(?=[\s,.])",
            r"не \1",
        ),
        (r"(?<=\s)необходим([оа])(?=\s)", r"не нужн\1"),
        (r"(?<=\s)не (?=\w)", ""),
        (r"^Мы никогда не видели", "Мы всегда видели"),
    ],
    "ar": [
        (
            r"(?<![\u0621-\u064a])(و?)(يحتاج|تحتاج|يواجه|يعتمد|يغطي|يعتزم|يقدّر|يوفر|تقدم|"
            r"يمكن|تعمل)(?![\u0621-\u064a])",
            r"\1لا \2",
        ),
        (r"(?<![\u0621-\u064a])(و?)لا (?=[\u0621-\u064a])", r"\1"),
        (r"(?<![\u0621-\u064a])(و?)(سيدخل|سيتوجه|ستنفذ|سيُطلق)", "FUT"),
        (r"(?<![\u0621-\u064a])(و?)(أطلق|أعلن|تعهدت|بدأ|أرسلت|خصص|وقّع|أودعت)", "PAST"),
    ],
    "zh": [
        ("需要", "不需要"),
        ("面临", "没有面临"),
        ("(?<=[这那])是", "不是"),
        ("已(?=[认开宣拨运确收放出])", "尚未"),
        ("正在", "并未"),
        ("必须", "不必"),
        ("可能", "不可能"),
        ("没有(?=请求)", ""),
        ("不能", "能"),
        ("不知道", "知道"),
        ("并不取代", "取代"),
        ("从未见过", "见过"),
        ("不再", "仍然"),
    ],
}
_FR_ELIDE = {
    "a": "n’a pas",
    "ont": "n’ont pas",
    "est": "n’est pas",
    "sont": "ne sont pas",
    "sera": "ne sera pas",
    "seront": "ne seront pas",
    "peut": "ne peut pas",
    "doivent": "ne doivent pas",
    "avait": "n’avait pas",
    "avaient": "n’avaient pas",
}
_AR_FUT = {"سيدخل": "لن يدخل", "سيتوجه": "لن يتوجه", "ستنفذ": "لن تنفذ", "سيُطلق": "لن يُطلق"}
_AR_PAST = {
    "أطلق": "لم يطلق",
    "أعلن": "لم يعلن",
    "تعهدت": "لم تتعهد",
    "بدأ": "لم يبدأ",
    "أرسلت": "لم ترسل",
    "خصص": "لم يخصص",
    "وقّع": "لم يوقّع",
    "أودعت": "لم تودع",
}


def negated(c: Clean, rng: Rng) -> str | None:
    sites: list[tuple[re.Match[str], str]] = []
    for pat, repl in _NEGATE[c.lang]:
        for m in _matches(re.compile(pat), c.msgstr):
            if repl == "NEG":
                new = _FR_ELIDE[m.group(1)]
            elif repl == "UPPER":
                new = m.group(1).upper()
            elif repl == "FUT":
                new = m.group(1) + _AR_FUT[m.group(2)]
            elif repl == "PAST":
                new = m.group(1) + _AR_PAST[m.group(2)]
            else:
                new = m.expand(repl)
            if new != m.group():
                sites.append((m, new))
    if not sites:
        return None
    m, new = rng.choice(sites)
    out = _sub_at(c.msgstr, m, new)
    return out[:1].upper() + out[1:] if c.msgstr[:1].isupper() else out


# --- the catalogue of faults --------------------------------------------------------------------
VARIANTS: dict[str, list[tuple[str, Maker]]] = {
    "number": [
        ("digit changed", digit_changed),
        ("figure dropped", figure_dropped),
        ("scale word changed", scale_changed),
        ("thousands separator as decimal mark", separator_as_decimal),
        ("figure in words changed", words_changed),
    ],
    "unit": [
        ("currency dropped", currency_dropped),
        ("currency changed", currency_changed),
        ("unit dropped (%, km, °C)", unit_dropped),
        ("unit changed (%->‰, km->mi, °C->°F)", unit_changed),
        ("percentage added to a count", percent_added),
    ],
    "name": [
        ("misspelt", name_misspelt),
        ("replaced by another person", name_replaced),
        ("translated word for word", name_literal),
    ],
    "country": [
        ("replaced by a neighbour", country_replaced),
        ("added, not in the source", country_added),
        ("misspelt", country_misspelt),
        ("demonym changed", demonym_changed),
    ],
    "url": [
        ("link target changed", link_target_changed),
        ("URL changed in text and target", url_changed),
        ("e-mail address changed", email_changed),
        ("link reduced to its text", link_to_text),
        ("bold dropped", bold_dropped),
        ("one ** dropped", one_star_pair_dropped),
    ],
    "untranslated": [
        ("source copied", source_copied),
        ("last clause left in English", part_in_english),
    ],
    "repetition": [
        ("phrase repeated", phrase_repeated),
        ("clause repeated", clause_repeated),
        ("sentence repeated", sentence_repeated),
        ("name in full then short", name_doubled),
    ],
    "clause": [
        ("last clause dropped", last_clause_dropped),
        ("middle clause dropped", middle_clause_dropped),
    ],
    "quotation": [
        ("quotation marks dropped", quotes_dropped),
        ("quotation marks and colon dropped", quotes_and_colon_dropped),
    ],
    "negation": [("statement negated", negated)],
}


def _candidates(
    entries: list[Clean], seed: int, kind: str, variant: str, make: Maker
) -> list[Fault]:
    out = []
    for c in entries:
        rng = random.Random(f"{seed}/{kind}/{variant}/{c.lang}/{c.catalog}/{c.line}")
        new = make(c, rng)
        if new is not None and new != c.msgstr and new.strip():
            out.append(Fault(kind, variant, c, new))
    return out


def _interleave(faults: list[Fault], rng: Rng) -> list[Fault]:
    """Shuffled, languages taking turns, so that a short list still covers every language."""
    by_lang: dict[str, list[Fault]] = defaultdict(list)
    for f in faults:
        by_lang[f.clean.lang].append(f)
    queues = []
    for lang in LANGS:
        q = by_lang.get(lang, [])
        rng.shuffle(q)
        queues.append(q)
    out = []
    while any(queues):
        for q in queues:
            if q:
                out.append(q.pop())
    return out


def faults(entries: Iterable[Clean], *, seed: int = 13, per_kind: int = 130) -> list[Fault]:
    """Up to per_kind faults of each kind, the kind's variants taking turns (a variant with too
    few candidates leaves its turns to the others), each a distinct (entry, variant)."""
    entries = [e for e in entries if e.msgstr]
    out: list[Fault] = []
    for kind in KINDS:
        rng = random.Random(f"{seed}/{kind}")
        pools = [
            _interleave(_candidates(entries, seed, kind, name, make), rng)
            for name, make in VARIANTS[kind]
        ]
        chosen: list[Fault] = []
        while len(chosen) < per_kind and any(pools):
            for pool in pools:
                if pool and len(chosen) < per_kind:
                    chosen.append(pool.pop(0))
        out += chosen
    return out
