"""Countries in text, per language: CLDR names, the office's aliases, adjectives and demonyms,
inflected forms, all read as the country's ISO 3166 code.

Where the words come from:

- **names**: CLDR territory names through Babel (`languages.territory_names`), their short
  parts ("Myanmar (Burma)" -> "Myanmar", "刚果（金）" -> "刚果"), and
  `data/country_names.csv`: the UN and usual names CLDR does not use as its main name
  ("Russian Federation", "Türkiye", "République de Corée", "США", "فلسطين", "沙特"), and the
  spelling variants a careful translation may use where CLDR has the other one: the UN's
  own (UNTERM country short names: fr "Iraq", es "Rumania", "Kenya", ar "زمبابوي") and the usual
  press spellings (fr "Koweit", "Vietnam", ar "المجر" for Hungary, ru "Туркмения").
- **adjectives and demonyms** (not in CLDR): `data/demonyms.csv`, one row per UN member state
  and observer (193 + Palestine and the Holy See), masculine singular forms for en, fr, es,
  pt, ru, ar and ur, written by hand from the usual press usage. Endings are added by rule
  per language (fr afghan -> afghane(s), es afgano -> afgana(s), pt paquistanês ->
  paquistanesa, ru афганский -> афганского, афганскими...). An empty Arabic or Urdu cell is
  derived by the nisba rule from the CLDR name (باكستان -> باكستاني, الهند -> هندي, روس ->
  روسی); a row gives the form where the rule is wrong (أفغانستان -> أفغاني). Chinese has no
  column: a demonym is the name and a suffix (阿富汗人), found as the name.
- **inflection**: Russian names and adjectives are matched by stem (Пакистан -> Пакистана,
  Украина -> Украину, афганский -> афганского); Arabic takes its clitics (و ف ب ك ل, ال/لل);
  Urdu its ی ending.

A mention is "name" (a country's name, sure) or "weak" (an adjective or demonym, or a name
that is also an ordinary word or another place here: Chad, Jordan, Georgia, مالي "financial",
Того "of that"; or a name inside a compound: "anti-Pakistan", "Pakistan-led"). The two
Congos are one country here ("Congo", "Congolese" name either).

Pure: the two data files are read once, at first use. Babel only through `languages`.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal

from workflow.lang import languages, lexicon
from workflow.lang.languages import Language
from workflow.lang.writing import ARABIC_DIACRITICS

DATA = Path(__file__).parent / "data"
Strength = Literal["name", "weak"]

# One country for both Congos: "Congo", "Congolese", "congolais" name either.
SAME_COUNTRY = {"CD": "CG"}
# Names that are also ordinary words, people's names or other places, per base language (fr
# "Hollande": François Hollande; "Salvador", "Сальвадор", "萨尔瓦多": a first name; "多米尼克":
# Dominic): found, they are only "weak" mentions (never an error on their own).
AMBIGUOUS = {
    "en": "Chad|Georgia|Jordan|Jersey|Guernsey|Turkey|Niger|Guinea|US|Man|Mali|Oman|Cuba|"
    "Dominica|Togo|Chile|China|Congo|America|Samoa|Tonga|Nauru|Panama|Israel|Kuwait|"
    "Djibouti|Singapore|Luxembourg|Monaco|San Marino|Andorra|Liechtenstein|Malta|Fiji|Grenada",
    "fr": "Maurice|Dominique|Jersey|Man|Géorgie|Niger|Guinée|Tchad|Togo|Congo|Salomon|Grenade|"
    "Jordanie|Oman|Mali|Hollande|Salvador",
    "es": "Granada|Mauricio|Dominica|Georgia|Chile|Níger|Guinea|Chad|Togo|Congo|Jordania|Omán|"
    "Malí|Salomón",
    "pt": "Granada|Maurício|Dominica|Geórgia|Peru|Chade|Níger|Guiné|Togo|Congo|Jordânia|Omã|Mali",
    "ru": "Того|Мали|Чад|Джерси|Грузия|Нигер|Гвинея|Перу|Конго|Гренада|Оман|Иордания|Куба|Чили|"
    "Тонга|Самоа|Науру|Гана|Панама|Сальвадор|Доминика|Маврикий",
    "ar": "مالي|عمان|قطر|المغرب|البحرين|بنين|كوبا|الجزائر|النيجر|تشاد|جورجيا|الأردن|غينيا|الكونغو|"
    "توغو|بيرو|تونغا|ساموا|مصر|السودان|الكويت|اليمن|جيبوتي|المجر|شيلي",
    "ur": "مالی|عمان|قطر|نائجر|چاڈ|جارجیا|اردن|گنی|چین|مصر|کانگو|ٹوگو|پیرو|سامو|ٹونگا|ہند|یمن|روس",
    "zh": "乍得|马里|黑山|冰岛|蒙古|刚果|南非|多哥|汤加|多米尼克|萨尔瓦多",
}
# Chinese "the X side" (中方, 美方): a country in diplomatic prose ("China supports the
# efforts" -> "中方支持...努力"). A translation with one has the country its source names; it is
# no mention of its own (中方 is also inside 集中方式, "concentrated way").
SIDE_FORMS: Mapping[str, Mapping[str, tuple[str, ...]]] = {
    "zh": {
        "CN": ("中方",),
        "US": ("美方",),
        "RU": ("俄方",),
        "GB": ("英方",),
        "FR": ("法方",),
        "JP": ("日方",),
        "DE": ("德方",),
        "KR": ("韩方",),
        "IN": ("印方",),
    }
}
# Countries whose name is an ambiguous word here but whose adjective is none: "tchadien",
# "jordano", "иорданский", "التشادي", "dominiquais", "гренадский" are the country (not so
# Arabic مالي "financial", قطري "country-level", عماني "of Amman", مغربي "Maghrebi", يمني
# "right-hand", مجري "course"; nor "guinéen" or "dominicain", which say no one country).
SURE_ADJECTIVES = {
    "fr": "MU GE NE TD TG CG JO OM ML SV NL DM GD",
    "es": "MU GE CL NE TD TG CG JO OM ML DM",
    "ru": "TG ML TD GE NE PE CG OM JO CU CL GH PA SV MU GD DM",
    "ar": "BH BJ CU DZ NE TD GE JO CG TG PE EG KW DJ",
}
# The United States dollar named by its country, as UN texts write it: "dollars des
# États-Unis", "долл. США", "دولارات الولايات المتحدة": a currency, not the country where the
# source names none ("$5 million" = "5 millions de dollars des États-Unis"), and the country too
# where it does ("$1.5 billion from the United States" = "1,5 milliard de dollars des
# États-Unis": `names_the_dollar_s_country`). Written once: the words before the country,
# and the country as they write it (`_US_DOLLAR_HEAD`), the whole name made of them.
_US_DOLLAR_HEAD = {
    "fr": (r"\bdollars? des ", "États-Unis"),
    "es": (r"\bdólares? de los ", "Estados Unidos"),
    "pt": (r"\bdólares? dos ", "Estados Unidos"),
    "ru": (r"(?<!\w)долл(?:\.|ар[а-я]*)\s*", "США"),
    "ar": (r"دولار(?:ات)?\s+(?:من\s+دولارات\s+)?", "الولايات المتحدة"),
}
_US_DOLLAR_WORDS = {
    # (Arabic: any space between the words; Russian: "США" a word of its own)
    base: head
    + (country.replace(" ", r"\s+") if base == "ar" else country)
    + (r"(?!\w)" if base == "ru" else "")
    for base, (head, country) in _US_DOLLAR_HEAD.items()
}
# Place names that hold a country's name and are not the country (English, and the
# Latin-script translations): blanked before countries are read.
NOT_COUNTRIES_EN = re.compile(
    r"\b(?:South|East) China Sea|\bIndian Ocean|\bIndian(?= (?:and|or) [A-Z]\w+ Oceans\b)"
    r"|\bNew (?:Mexico|Jersey|South Wales)\b"
    r"|\bGulf of Guinea|\bAmerican Samoa|\b(?:Latin|South|North|Central) Americ\w*"
    r"|\bthe Americas|\bJordan (?:River|Valley)|\bLake Chad"
    # capitals named after their country, and the United States dollar
    r"|\b(?:Mexico|Kuwait|Panama|Guatemala|Djibouti|Vatican|Belize) City\b"
    # cities named after their country: "Port Sudan" (بورتسودان, Порт-Судан, 苏丹港)
    r"|\bPort Sudan\b|\bPuerto Sudán\b"
    r"|\bCiudad de (?:México|Panamá|Guatemala|Kuwait)\b|\bCidade do México\b"
    r"|\b(?:US|U\.S\.|United States) dollars?\b|\bUS\$"
    # and as the translations write them
    r"|\bNouveau-Mexique|\bNuevo México|\bNovo México|\bmer de Chine|\bocéans? [Ii]ndien"
    r"|\b[Oo]céano Índico|\b[Oo]ceano Índico|\bgolfe de Guinée|\bgolfo de Guinea"
    r"|\bAmérique (?:latine|du Sud|du Nord|centrale)|\bAmérica (?:Latina|del Sur|do Sul)"
    r"|\b(?:lac|lago) (?:Tchad|Chad|Chade)\b"
    # the United States dollar as UN texts name it (`_US_DOLLAR_WORDS`)
    rf"|{_US_DOLLAR_WORDS['fr']}(?: d'Amérique)?|{_US_DOLLAR_WORDS['es']}(?: de América)?"
    rf"|{_US_DOLLAR_WORDS['pt']}(?: da América)?"
    r"|\bdollars? américains?|\bdólares? (?:estadounidenses?|americanos?|norte-americanos?)"
)
# The same, in the other scripts: "5 млн долл. США", "دولار من دولارات الولايات المتحدة".
# And the seas, oceans, gulfs and continents named after a country: "Индийский океан", "المحيط
# الهندي", "印度洋", "Латинская Америка", "أمريكا اللاتينية".
NOT_COUNTRIES_OTHER = {
    "ru": re.compile(
        _US_DOLLAR_WORDS["ru"] + r"|(?<!\w)американск[а-я]*\s+доллар[а-я]*"
        r"|(?<!\w)Индийск[а-я]*(?=\s+(?:и\s+[А-Яа-я]+\s+)?океан)|(?<!\w)Южно-Китайск[а-я]*\s+мор[а-я]*"
        r"|(?<!\w)Гвинейск[а-я]*\s+залив[а-я]*"
        r"|(?<!\w)(?:Латинск|Северн|Южн|Центральн)[а-я]*\s+Америк[а-я]*"
        r"|(?<!\w)озер[а-я]*\s+Чад[а-я]*"
        r"|(?<!\w)Порт-Судан[а-я]*"  # Port Sudan, a city
    ),
    "ar": re.compile(
        _US_DOLLAR_WORDS["ar"] + r"(?:\s+الامريكية)?"
        r"|(?:ال)?دولار(?:ات|ا)?\s+(?:ال)?[اأ]م(?:ري|ير)كي(?:ة)?"
        r"|المحيط\s+الهندي|بحر\s+الصين\s+الجنوبي|خليج\s+غينيا|بحيرة\s+تشاد"
        r"|[اأ]م(?:ري|ير)كا\s+(?:اللاتينية|الجنوبية|الشمالية|الوسطى)"
        r"|(?:ال)?[اأ]م(?:ري|ير)كي(?:ة|ين|ون|ات)?\s+(?:ال)?لاتيني(?:ة|ين|ون|ات)?"
        r"|بور\s?تسودان|بور\s?سودان"  # Port Sudan, a city
    ),
    "zh": re.compile(
        r"印度洋|南中国海|几内亚湾|拉丁美洲|北美洲|南美洲|中美洲|撒哈拉以南非洲|乍得湖"
        # 海地 (Haiti) read across two words: 沿海地区 "coastal areas", 加勒比海地区, 海地带
        # (a sea zone; not 给海地带来, "brings Haiti")
        r"|沿海地|海地区|海地带(?!来)"
        # the Korean Peninsula, the Jordan River (约旦河西岸: the West Bank)
        r"|朝鲜半岛|约旦河"
        r"|苏丹港"  # Port Sudan, a city
        r"|发展中国家"  # developing countries, no China
        r"|苏丹国"  # a sultanate (阿曼苏丹国, the Sultanate of Oman), no Sudan
        r"|玻利维亚诺"  # the boliviano, Bolivia's currency
    ),
}
_US_DOLLAR = {
    base: re.compile(words, re.IGNORECASE if base in ("fr", "es", "pt") else 0)
    for base, words in _US_DOLLAR_WORDS.items()
}


def names_the_dollar_s_country(text: str, language: Language) -> bool:
    """Whether a text names the United States in its dollar's name ("dollars des États-Unis")."""
    pattern = _US_DOLLAR.get(language.base)
    return pattern is not None and pattern.search(text) is not None


_DOLLAR_WORD = re.compile(r"(?i)dollar|dólar|долл|دولار")


def dollar_countries(text: str, language: Language) -> set[str]:
    """The countries other than the United States a text names right after the words of the
    dollar's name ("dollars des Pays-Bas", "دولارات كندا", "dólares de los Estados Unidos y
    los Países Bajos"): a dollar given another country, or one added to it."""
    got = _US_DOLLAR_HEAD.get(language.base)
    if got is None or not _DOLLAR_WORD.search(text):
        return set()
    head, country = got
    r = reader(language)
    out: set[str] = set()
    for m in re.finditer(head, text, re.IGNORECASE):
        after = text[m.end() : m.end() + 60]
        if after.startswith(country):  # "... des États-Unis et des Pays-Bas": what is joined
            rest = after[len(country) :]
            joined = re.match(
                r"\s*(?:,|et|y|e|and|و|и)\s*(?:(?:les|des|de|los|las|la|el|the)\s+)?", rest
            )
            if not joined or not joined.group().strip():
                continue
            after = rest[joined.end() :]
        head_words = after.split(")")[0][:40]
        found = {c for a, _, c, _, _ in r._matches(normalise(head_words, language.base)) if a <= 1}
        out |= found - {"US"}
    return out


def misspelt_dollar_country(text: str, language: Language) -> list[str]:
    """The United States misspelt in the dollar's name ("dollars des États-Unies", "dólares
    de los Estados Unídos", "دولارات الولايات المتحده"): one letter away from the country as
    UN texts write it there, which the source's "US$" may not name at all."""
    got = _US_DOLLAR_HEAD.get(language.base)
    if got is None:
        return []
    head, country = got
    out: list[str] = []
    if not _DOLLAR_WORD.search(text):
        return out
    for m in re.finditer(head, text, re.IGNORECASE):
        if text.startswith(country, m.end()):
            continue
        for size in (len(country) - 1, len(country), len(country) + 1):
            word = text[m.end() : m.end() + size]
            after = text[m.end() + size : m.end() + size + 1]
            if not after.isalpha() and word[-1:].isalpha() and _one_edit(word, country):
                out.append(word)
                break
    return out


# Seas, oceans, gulfs and lakes named after a country, which a translation names in its own
# fixed words ("Indian Ocean": "océan Indien", "Индийский океан", "المحيط الهندي", "印度洋"):
# the source's (English) and the translation's patterns, on normalised text. A translation
# missing the place lost or changed its country word ("l'océan", "l'océan Italien",
# "l'océan Indiien").
PLACES: dict[str, dict[str, re.Pattern[str]]] = {
    "Indian Ocean": {
        "en": re.compile(r"\bIndian Ocean"),
        "fr": re.compile(r"\bocéans? [Ii]ndien", re.IGNORECASE),
        "es": re.compile(r"(?<!\w)Índico(?!\w)", re.IGNORECASE),
        "pt": re.compile(r"(?<!\w)Índico(?!\w)", re.IGNORECASE),
        "ru": re.compile(r"(?<!\w)[Ии]ндийск[а-я]*\s+(?:и\s+[А-Яа-я]+\s+)?океан"),
        "ar": re.compile(r"المحيط(?:ين)?\s+الهندي"),
        "zh": re.compile(r"印度洋"),
    },
    "South China Sea": {
        "en": re.compile(r"\bSouth China Sea"),
        "fr": re.compile(r"\bmer de Chine (?:méridionale|du Sud)", re.IGNORECASE),
        "es": re.compile(r"\bmar de(?:l Sur de)? China(?: Meridional)?", re.IGNORECASE),
        "ru": re.compile(r"(?<!\w)[Юю]жно-[Кк]итайск[а-я]*\s+мор"),
        "ar": re.compile(r"بحر\s+الصين\s+الجنوبي"),
        "zh": re.compile(r"南中国海|南海"),
    },
    "Gulf of Guinea": {
        "en": re.compile(r"\bGulf of Guinea"),
        "fr": re.compile(r"\bgolfe de Guinée", re.IGNORECASE),
        "es": re.compile(r"\bgolfo de Guinea", re.IGNORECASE),
        "pt": re.compile(r"\bgolfo da Guiné", re.IGNORECASE),
        "ru": re.compile(r"(?<!\w)[Гг]винейск[а-я]*\s+залив"),
        "ar": re.compile(r"خليج\s+غينيا"),
        "zh": re.compile(r"几内亚湾"),
    },
    "Lake Chad": {
        "en": re.compile(r"\bLake Chad"),
        "fr": re.compile(r"\blac Tchad", re.IGNORECASE),
        "es": re.compile(r"\blago Chad", re.IGNORECASE),
        "pt": re.compile(r"\blago Chade", re.IGNORECASE),
        "ru": re.compile(r"(?<!\w)озер[а-я]*\s+Чад"),
        "ar": re.compile(r"بحيرة\s+تشاد"),
        "zh": re.compile(r"乍得湖"),
    },
}


def places(text: str, language: Language) -> set[str]:
    """The places named after a country (`PLACES`) a text names, as the language writes them
    (none where the language has no row)."""
    base = language.base
    norm = normalise(text, base)
    return {k for k, by in PLACES.items() if base in by and by[base].search(norm)}


# A Chinese name ending in 国 followed by one of these is not the country: the 国 belongs to
# the next word (欧美国家 "Western countries", 其中国际 "among them international").
_ZH_NOT_AFTER_GUO = "家际内民务会土界籍有营企"

_ARABIC_PREFIX = "(?:[وف]?(?:[بك]?ال|لل|[بكل])?)"
_ARABIC_ARTICLE = "(?:[وف]?[بكل]?ال|[وف]?لل)"


_PLAIN = str.maketrans(
    {
        "’": "'",
        "ʼ": "'",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
    }
)
_ARABIC = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ی": "ي", "ک": "ك"})
_CYRILLIC = str.maketrans({"ё": "е", "Ё": "Е"})


def _translate(text: str, table: dict[int, str]) -> str:
    """`text.translate(table)` for a table of characters to characters none of which is
    mapped in turn: one replace per character the text holds (str.translate looks up every
    character of the text in the table, slow on long texts)."""
    for a, b in table.items():
        c = chr(a)
        if c in text:
            text = text.replace(c, b)
    return text


def normalise(text: str, base: str) -> str:
    """Text as country words are matched: NFC, one apostrophe, one hyphen, plain spaces;
    Arabic without vowel marks and with one alif and one yeh; Russian ё as е."""
    if not text.isascii():
        text = _translate(unicodedata.normalize("NFC", text), _PLAIN)
        if base in ("ar", "ur", "fa"):
            text = ARABIC_DIACRITICS.sub("", text)
            if base == "ar":
                text = _translate(text, _ARABIC)
        elif base in ("ru", "uk", "be"):
            text = _translate(text, _CYRILLIC)
    return text


def _short_names(name: str) -> list[str]:
    """A CLDR name and its short parts: "Myanmar (Burma)" -> also "Myanmar", "Burma"."""
    out = [name]
    for sep in (" (", "（", " - ", " — "):
        if sep in name:
            head, tail = name.split(sep, 1)
            out.append(head.strip())
            if sep in (" (", "（"):
                out.append(tail.rstrip(")）").strip())
    return [n for n in dict.fromkeys(out) if n]


@lru_cache(maxsize=1)
def _table(name: str) -> tuple[tuple[str, Mapping[str, tuple[str, ...]]], ...]:
    """Rows of a data file: (code, language -> forms)."""
    text = (DATA / name).read_text(encoding="utf-8")
    rows = []
    for row in csv.DictReader(io.StringIO(text)):
        code = row.pop("code")
        forms = {lang: tuple(f for f in cell.split("|") if f) for lang, cell in row.items() if cell}
        rows.append((code, MappingProxyType(forms)))
    return tuple(rows)


def demonym_rows() -> tuple[tuple[str, Mapping[str, tuple[str, ...]]], ...]:
    """The rows of data/demonyms.csv: (code, language -> adjective forms)."""
    return _table("demonyms.csv")


@cache
def states() -> frozenset[str]:
    """The codes of the UN's member and observer States (the rows of data/demonyms.csv): a
    territory or a continent (Réunion, Antarctica) is named in more ways than a State is."""
    return frozenset(code for code, _ in demonym_rows())


def alias_rows() -> tuple[tuple[str, Mapping[str, tuple[str, ...]]], ...]:
    """The rows of data/country_names.csv: (code, language -> names)."""
    return _table("country_names.csv")


def _nisba(name: str, base: str) -> str:
    """The Arabic or Urdu adjective of a one-word country name by the nisba rule ("" if the
    rule does not apply): باكستان -> باكستاني, الهند -> هندي, فرنسا -> فرنسي, امریکہ -> امریکی."""
    if " " in name or "-" in name:
        return ""
    yeh = "ي" if base == "ar" else "ی"
    if base == "ar" and name.startswith("ال"):
        name = name[2:]
    if name.endswith(("ي", "ی")):
        return name
    if name.endswith(("و", "ے", "ؤ")):
        return ""
    if (base == "ar" and name[-1] in "اةى") or (base == "ur" and name[-1] in "ہ"):
        name = name[:-1]
        if name.endswith(("ي", "ی")):  # إيطاليا -> إيطالي, not إيطاليي
            return name if len(name) >= 3 else ""
    elif base == "ur" and name[-1] == "ا":
        return ""
    return name + yeh if len(name) >= 3 else ""


@dataclass(frozen=True)
class _Word:
    pattern: str  # regex of the form, endings included
    code: str
    strength: Strength
    adjective: bool
    length: int  # of the form as written: longer forms are tried first
    key: str  # its first letters (see _key)
    # an adjective of a country whose name is no ordinary word here, or that is no word itself
    sure: bool = True


_RU_ADJECTIVE = re.compile(r"..(?:ые|ие|ый|ий|ой|ая|ое|ее|яя)$")


# The case endings of a Russian noun after its stem (singular and plural): a country's name
# takes these and no other letters, so a word on the same stem is not read as the country
# ("Даниэль", a storm's name, is not "Дания").
_RU_NOUN_ENDING = (
    "(?:а|я|ы|и|е|у|ю|о|й|ь|ой|ей|ою|ею|ом|ем|ам|ям|ах|ях|ами|ями|ов|ев|ью|ых|ым|ыми|их|им|ими)?"
)


def _ru_stem(word: str, adjective: bool) -> str:
    """A Russian word as a regex taking its case endings."""
    lower = word.lower() if adjective else word
    if adjective:
        m = re.match(r"^(.*?)(ий|ый|ой|ец|цы)$", lower)
        if m:
            stem = m.group(1) + ("ц" if m.group(2) in ("ец", "цы") else "")
            return re.escape(stem) + "[а-я]{1,3}"
        return re.escape(lower) + "[а-я]{0,3}"
    if word.isupper():
        return re.escape(word)
    if len(word) <= 3:  # Чад -> в Чаде, Чадом
        return re.escape(word) + (_RU_NOUN_ENDING if word[-1] not in "иоуеэюя" else "")
    if word[-1] in "аяйьы":  # ы: plurals, "Штаты" -> "Штатов", "Эмираты" -> "Эмиратами"
        # the nominative's last letter kept before an ending too: a name put in a case by a
        # replacement ("Пакистана" -> "Индияа") is still read as the country
        return re.escape(word[:-1]) + f"(?:{word[-1]})?" + _RU_NOUN_ENDING
    if word.endswith("ство"):  # Королевство -> в Соединенном Королевстве
        return re.escape(word[:-1]) + "[а-я]{1,2}"
    if word[-1] in "иоуеэю":
        return re.escape(word)  # Мали, Того, Перу, Конго: not declined
    m = _RU_FLEETING.search(word)
    if m:  # Египет -> в Египте: the vowel before the last consonant drops
        return re.escape(word[: m.start()]) + f"[оеё]?{m.group(2)}" + _RU_NOUN_ENDING
    return re.escape(word) + _RU_NOUN_ENDING


_RU_FLEETING = re.compile("(?<=[бвгджзклмнпрстфхцчшщ])([оеё])([клнрцт])$")


def _latin_adjective(form: str, base: str) -> str:
    """A Latin-script adjective with its feminine and plural endings."""
    f = form.lower()
    if base == "en":
        return re.escape(form) + "(?:s|es)?"
    if base in ("es", "pt", "it") and f.endswith("o"):
        return re.escape(f[:-1]) + "(?:o|a|os|as)"
    if base in ("es", "pt") and re.search("[áéíóúêô][sn]$", f):
        plain = unicodedata.normalize("NFD", f[-2]).encode("ascii", "ignore").decode() + f[-1]
        stem = f[:-2] + plain
        return f"(?:{re.escape(f)}|{re.escape(stem)}(?:a|as|es))"
    if base in ("es", "pt") and f.endswith(("í", "ú")):
        return re.escape(f) + "(?:es|s)?"
    if base == "fr":
        return re.escape(f) + "(?:e|s|es|ne|nes)?"
    return re.escape(f) + "(?:s|es|a|as)?"


def _words(language: Language) -> list[_Word]:
    """Every country word of a language, as regexes, with its code and strength."""
    base = language.base
    ambiguous = set(AMBIGUOUS.get(base, "").split("|"))
    words: list[_Word] = []
    names: dict[str, str] = {}
    members = {code for code, _ in demonym_rows()}
    for code, name in languages.territory_names(language).items():
        shorts = _short_names(name)
        if code not in members:  # "Внешние малые острова (США)" is not the United States
            shorts = [s for s in shorts if not name.endswith((s + ")", s + "）"))]
        for short in shorts:
            names.setdefault(short, code)
    for code, forms in alias_rows():
        for alias in forms.get(base, ()):
            names.setdefault(alias, code)
    unsure: set[str] = set()  # countries with an ambiguous name: their adjectives are unsure
    sure_adjectives = set(SURE_ADJECTIVES.get(base, "").split())
    for name, code in names.items():
        code = SAME_COUNTRY.get(code, code)
        n = normalise(name, base)
        strength: Strength = "weak" if name in ambiguous or n in ambiguous else "name"
        if strength == "weak":
            unsure.add(code)
        # a name's `sure`: whether its Arabic nisba ending makes a sure adjective ("التشادي")
        sure = strength == "name" or code in sure_adjectives
        words.append(
            _Word(_name_pattern(n, base), code, strength, False, len(n), _key(n, base), sure)
        )
    adjectives: dict[str, str] = {}
    for code, forms in demonym_rows():
        for form in forms.get(base, ()):
            adjectives.setdefault(form, code)
    if base in ("ar", "ur"):
        have = {c for c, f in demonym_rows() if f.get(base)}
        for code, name in languages.territory_names(language).items():
            if code not in have:
                derived = _nisba(_short_names(name)[-1 if "(" in name else 0], base)
                if derived:
                    adjectives.setdefault(derived, code)
        # and of the UN and press names CLDR does not use (موزامبيق -> موزامبيقي, تايلند ->
        # تايلندي), so the adjective of a UN name is no misspelt name
        for code, forms in alias_rows():
            if code not in have:
                for alias in forms.get(base, ()):
                    derived = _nisba(alias, base)
                    if derived:
                        adjectives.setdefault(derived, code)
    if base == "ru":
        for form, code in list(adjectives.items()):
            noun = _ru_demonym(form)
            if noun:
                adjectives.setdefault(noun, code)
    for form, code in adjectives.items():
        code = SAME_COUNTRY.get(code, code)
        n = normalise(form, base)
        # the key of a short adjective leaves out its last letter, which its endings change
        # ("ruso" -> "rusa", "rusos")
        k = _key(n[:-1] if len(n) <= 4 and " " not in n else n, base)
        if base in ("es", "pt") and " " not in n and re.search("[áéíóúêô][sn]$", n):
            # nor the accented vowel of its last syllable, which its feminine and plural
            # write plain ("danés" -> "danesa", "danesas")
            k = _key(n[:-2], base)
        # the adjective of a country whose name is also a word is one too: Arabic مالي (Mali,
        # and "financial": المساعدة المالية), قطري (Qatari, and "country-level")
        sure = code not in unsure or code in sure_adjectives
        words.append(_Word(_adjective_pattern(n, base), code, "weak", True, len(n), k, sure))
    return words


_RU_DEMONYM = re.compile(r"^(.+[бвгдзклмнпрстфхйаеиоуыэюяь])ский$")


def _ru_demonym(adjective: str) -> str:
    """The Russian demonym of a country's adjective (in the plural, whose stem every case
    keeps): индийский -> индийцы (индийцев), иранский -> иранцы, пакистанский -> пакистанцы,
    китайский -> китайцы, украинский -> украинцы, иракский -> иракцы, венесуэльский ->
    венесуэльцы. Where the rule is not
    the language's (русский, французский, польский) the form made is no word and matches
    nothing."""
    m = _RU_DEMONYM.match(adjective)
    if m is None or " " in adjective:
        return ""
    return m.group(1) + "цы"


def _name_pattern(name: str, base: str) -> str:
    parts = re.split(r"(\s+|-)", name)
    if base == "ru":
        # an adjective inside a name declines as an adjective: "Соединенных Штатов",
        # "в Южном Судане", "Объединенными Арабскими Эмиратами"
        return "".join(
            r"[\s-]+"
            if p.strip() in ("", "-")
            else re.escape(p[:-2]) + "[а-я]{1,3}"
            if len(parts) > 1 and _RU_ADJECTIVE.search(p)
            else _ru_stem(p, adjective=False)
            for p in parts
        )
    if base == "ar":
        body = re.escape(name).replace(r"\ ", r"\s+")
        if name.startswith("ال"):
            body = _ARABIC_ARTICLE + re.escape(name[2:]).replace(r"\ ", r"\s+")
        else:
            body = _ARABIC_PREFIX + body
        # the name with a nisba ending is its adjective ("تونسي", "الباكستانية")
        return body + "(?P<nisba>ي(?:ة|ين|ون|ات)?)?"
    if base in ("ur", "fa"):
        return re.escape(name).replace(r"\ ", r"\s+") + "(?:ی|ي|یوں)?"
    body = re.escape(name).replace(r"\ ", r"\s+")
    if base == "en":
        return body + "(?:'s)?"
    return body


def _adjective_pattern(form: str, base: str) -> str:
    if base == "ru":
        return r"[\s-]+".join(_ru_stem(w, adjective=True) for w in form.split())
    if base == "ar":
        head = _ARABIC_PREFIX if not form.startswith("ال") else ""
        return head + re.escape(form).replace(r"\ ", r"\s+") + "(?:ة|ين|ون|ات|ان)?"
    if base in ("ur", "fa"):
        return re.escape(form).replace(r"\ ", r"\s+") + "(?:وں|ی)?"
    words = form.split()
    return r"\s+".join(
        _latin_adjective(w, base)
        if i == len(words) - 1
        else re.escape(w.lower() if base != "en" else w)
        for i, w in enumerate(words)
    )


_ARABIC_WORD = (
    "\u0620-\u064a\u0660-\u0669\u066e-\u06d3\u06d5\u06ee-\u06ff\u0750-\u077f"
    "\ufb50-\ufdff\ufe70-\ufefc"
)


def _key(form: str, base: str) -> str:
    """The index key of a form: its first letters, as a text's word gives them."""
    if base in ("zh", "ja"):
        return form[:2]
    if base == "ar" and form.startswith("ال"):
        form = form[2:]
    # the letters of the first word only, as a text's word gives them ("Кот-д'Ивуар" -> "кот")
    first = _WORD.match(form)
    if first and len(first.group()) >= 2:
        word = first.group()
        if base == "ru" and len(word) > 3:
            # the stem, as every case writes it: "Куба" -> "Куб" (на Кубе), "Южный" -> "Южн"
            if word != form and _RU_ADJECTIVE.search(word):
                word = word[:-2]
            elif word[-1] in "аяйьы":
                word = word[:-1]
        form = word
    return form[:4].lower()


def _text_keys(
    text: str,
    base: str,
    index: Mapping[str, object],
    cache: dict[str, tuple[str, ...]] | None = None,
    nothing: set[str] | None = None,
) -> dict[str, list[int]]:
    """The index keys a text holds, with where each word giving them starts. `cache`: the keys
    of each word already seen (words repeat from text to text); `nothing`: the words seen that
    give none (most): a text of those only is not gone through word by word."""
    keys: dict[str, list[int]] = {}
    if base in ("zh", "ja"):
        for i in range(len(text) - 1):
            k = text[i : i + 2]
            if k in index:
                keys.setdefault(k, []).append(i)
        return keys
    arabic = base == "ar"
    english = base == "en"
    if cache is None or nothing is None:
        cache, nothing = {}, set()
    elif len(cache) + len(nothing) > _WORD_KEYS_CACHE:
        cache.clear()
        nothing.clear()
    elif nothing.issuperset(_WORD.findall(text)):
        return keys
    for m in _WORD.finditer(text):
        w = m.group()
        if w in nothing:
            continue
        if english and not w[0].isupper():
            nothing.add(w)
            continue  # English writes countries and their adjectives with a capital
        found = cache.get(w)
        if found is None:
            found = _word_keys(w.lower(), arabic, index)
            if not found:
                nothing.add(w)
                continue
            cache[w] = found
        for k in found:
            keys.setdefault(k, []).append(m.start())
    return keys


_WORD_KEYS_CACHE = 200_000  # words a reader remembers the keys of


def _word_keys(w: str, arabic: bool, index: Mapping[str, object]) -> tuple[str, ...]:
    """The index keys a lower-case word gives, in order (a key twice if it gives it twice)."""
    return tuple(
        k
        for i in (range(min(4, len(w) - 1)) if arabic else (0,))
        for k in (w[i : i + 2], w[i : i + 3], w[i : i + 4])
        if k in index
    )


_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Reader:
    """The country words of one language, compiled, indexed by their first letters."""

    language: Language
    words: tuple[_Word, ...]  # names, then adjectives, longest first ("Papua New Guinea")
    index: Mapping[str, tuple[int, ...]]
    # the index keys of the words read so far (`_text_keys`): no part of what a reader is
    word_keys: dict[str, tuple[str, ...]] = field(
        default_factory=dict, compare=False, hash=False, repr=False
    )
    no_keys: set[str] = field(default_factory=set, compare=False, hash=False, repr=False)
    # the last text read and its normalised form (the check looks for misspellings next)
    last: list[Any] = field(default_factory=list, compare=False, hash=False, repr=False)
    # per country and whether it is named: its names' words and the pattern of the words one
    # letter away from them (`near_misses`)
    near: dict[tuple[str, bool], tuple[frozenset[str], re.Pattern[str] | None]] = field(
        default_factory=dict, compare=False, hash=False, repr=False
    )
    # per country: the first two letters of its adjectives' forms (`_letter_more`)
    adjective_keys: dict[str, frozenset[str]] = field(
        default_factory=dict, compare=False, hash=False, repr=False
    )

    def mentions(self, text: str) -> dict[str, Strength]:
        """The countries a text mentions: code -> "name" if named surely once, else "weak"."""
        return {code: "name" if how == "name" else "weak" for code, how in self.read(text).items()}

    def read(self, text: str) -> dict[str, Literal["name", "adjective", "weak"]]:
        """As `mentions`, telling apart the countries a text has only as an adjective or
        demonym ("adjective": "le peuple afghan") from the other weak mentions (an ambiguous
        name, a name in a compound)."""
        found: dict[str, Literal["name", "adjective", "weak"]] = {}
        norm = normalise(text, self.language.base)
        matches = self._matches(norm)
        if _COMBINING.get(self.language.base):
            for code, how in self._compounds(norm).items():
                found.setdefault(code, how)
        if not matches:
            return found
        self.last[:] = (text, norm, matches)
        for _, _, code, strength, _ in matches:
            if _RANK[strength] > _RANK[found.get(code, "")]:
                found[code] = strength
        return found

    def _compounds(self, norm: str) -> dict[str, Literal["name", "adjective", "weak"]]:
        """Countries of compound adjectives, a combining form joined to another country's
        adjective: es "grecochipriota", "turcochipriota", "francoalemán", fr "gréco-chypriote",
        "israélo-palestinien" (both countries, as weak mentions: a word in a compound)."""
        pattern = _combining_re(self.language.base)
        if pattern is None:
            return {}
        found: dict[str, Literal["name", "adjective", "weak"]] = {}
        for m in pattern.finditer(norm):
            rest = m.group("rest")
            if any(a == 0 for a, _, _, _, _ in self._matches(rest)):
                found[_COMBINING_CODES[self.language.base][m.group("form").lower()]] = "weak"
                found.update({c: "weak" for _, _, c, _, _ in self._matches(rest) if c})
        return found

    def count(self, text: str, code: str) -> int:
        """How many times a text mentions a country (any form): the text last read is not read
        again."""
        last = self.last
        matches = (
            last[2]
            if last and last[0] is text
            else self._matches(normalise(text, self.language.base))
        )
        return sum(1 for m in matches if m[2] == code)

    def counts(self, text: str) -> dict[str, int]:
        """How many times a text mentions each country (any form): the text last read is not
        read again."""
        last = self.last
        matches = (
            last[2]
            if last and last[0] is text
            else self._matches(normalise(text, self.language.base))
        )
        out: dict[str, int] = {}
        for m in matches:
            out[m[2]] = out.get(m[2], 0) + 1
        return out

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where a text names a country or has its adjective: (start, end) of each word. A text
        its normalisation changes the length of has none here (a name's own check asks)."""
        norm = normalise(text, self.language.base)
        if len(norm) != len(text):
            return []
        return [(a, b) for a, b, _, _, _ in self._matches(norm)]

    def surface(self, text: str, code: str) -> list[str]:
        """The words by which a text mentions a country, as it writes them ([] where its
        normalisation changes the text's length)."""
        norm, matches = self._read_again(text)
        if len(norm) != len(text):
            return []
        return [text[a:b] for a, b, c, _, _ in matches if c == code]

    def listed(self, text: str) -> set[str]:
        """The countries a text names by an ambiguous word ("Chad", "Того", "عمان") where the
        word stands as a country: in a list with another country ("la Somalie et le Tchad",
        "أفغانستان وكوبا", "Перу и Иордания", "巴基斯坦和乍得"), or after a preposition that
        takes a country's name ("au Tchad", "en el Chad", "в Чаде", "في البحرين"; in Arabic not
        a word whose other sense is a city or a region, "في عمان" may be Amman; not in Chinese,
        where "在南非" may be southern Africa)."""
        base = self.language.base
        norm = normalise(text, base)
        found = sorted(self._matches(norm))
        gap = _LIST_GAP.get(base, _LIST_GAP["fr"])
        before = _COUNTRY_PREPOSITION.get(base)
        out: set[str] = set()
        for i, (a, b, code, _, ambiguous) in enumerate(found):
            if not ambiguous or code in out:
                continue
            near = [found[j] for j in (i - 1, i + 1) if 0 <= j < len(found)]
            if any(
                c != code
                and gap.fullmatch(between := norm[min(b, b2) : max(a, a2)])
                and (base != "ar" or "و" in between or norm[max(a, a2)] in "وف")
                for a2, b2, c, _, _ in near
            ) or (
                before is not None
                and before.search(norm, 0, a)
                and code not in _NOT_AFTER_PREPOSITION.get(base, ())
            ):
                out.add(code)
        return out

    def beside(self, text: str) -> dict[str, set[str]]:
        """The countries a text names next to each other in a list or a coordination ("des
        États-Unis et des Pays-Bas", "от Соединенных Штатов и Нидерландов", "الولايات المتحدة
        وكندا"): code -> the codes named beside it. The dollar named by its country ("dólares
        de los Estados Unidos y los Países Bajos") names the United States there too."""
        base = self.language.base
        norm = normalise(text, base)
        found = self._matches(norm)
        dollar = _US_DOLLAR.get(base)
        if dollar is not None:
            found = found + [
                (m.start(), m.end(), "US", "name", False) for m in dollar.finditer(norm)
            ]
        found = sorted(found)
        gap = _LIST_GAP.get(base, _LIST_GAP["fr"])
        out: dict[str, set[str]] = {}
        for (_, b, code, _, _), (a2, _, code2, _, _) in itertools.pairwise(found):
            between = norm[b:a2]
            joined = base != "ar" or "و" in between or norm[a2] in "وف"
            if code != code2 and gap.fullmatch(between) and joined:
                out.setdefault(code, set()).add(code2)
                out.setdefault(code2, set()).add(code)
        return out

    def listed_twice(self, text: str) -> set[str]:
        """The countries a text names twice in one list or coordination ("du Niger et du
        Nigéria et du Niger"), the gaps between them as `beside` reads them."""
        base = self.language.base
        norm = normalise(text, base)
        found = sorted(self._matches(norm))
        gap = _LIST_GAP.get(base, _LIST_GAP["fr"])
        out: set[str] = set()
        chain = [found[0][2]] if found else []
        for (_, b, _, _, _), (a2, _, code2, _, _) in itertools.pairwise(found):
            between = norm[b:a2]
            joined = base != "ar" or "و" in between or norm[a2] in "وف"
            if gap.fullmatch(between) and joined:
                if code2 in chain:
                    out.add(code2)
                chain.append(code2)
            else:
                chain = [code2]
        return out

    def placed(self, text: str, source: str = "") -> set[str]:
        """As `listed`, and the ambiguous words after a word saying "including" ("y compris au
        Chili", "включая Мали", "ولا سيما في عمان", "特别是在乍得") or, in Russian, after "по",
        "к", "от", or in Chinese before 政府, 当局, 人民, 儿童... ("多哥政府"): the countries a text
        names by an ambiguous word standing as a country. Not a word the source has too (a
        person's name copied: "Salvador")."""
        out = self.listed(text)
        base = self.language.base
        norm = normalise(text, base)
        including = _INCLUDING.get(base)
        matches = self._matches(norm)
        for a, b, code, _, ambiguous in matches:
            if not ambiguous or code in out:
                continue
            after = including is not None and including.search(norm, 0, a) is not None
            if after or (base == "zh" and _ZH_COUNTRY_BEFORE.match(norm, b)):
                out.add(code)
        if source:
            out = {
                c
                for c in out
                if not any(
                    m[2] == c and re.search(rf"(?<!\w){re.escape(norm[m[0] : m[1]])}(?!\w)", source)
                    for m in matches
                )
            }
        return out

    def introduced(self, text: str) -> set[str]:
        """The countries a text names right after a word saying "including" (`_INCLUDING`:
        "notamment au Chili", "incluido en Marruecos", "в том числе в Того", "包括多哥"), by
        any of their words."""
        including = _INCLUDING.get(self.language.base)
        if including is None:
            return set()
        norm = normalise(text, self.language.base)
        return {m[2] for m in self._matches(norm) if including.search(norm, 0, m[0])}

    def _matches(
        self, text: str
    ) -> list[tuple[int, int, str, Literal["name", "adjective", "weak"], bool]]:
        """The country words of a normalised text: (start, end, code, strength, whether the
        word is a name that is also an ordinary word: "Chad", "مالي")."""
        base = self.language.base
        keys = _text_keys(text, base, self.index, self.word_keys, self.no_keys)
        if not keys:
            return []
        hits = sorted({i for k in keys for i in self.index[k]})
        if not hits:
            return []
        if self.language.script == "Latn":
            text = NOT_COUNTRIES_EN.sub(lambda m: " " * len(m.group()), text)
        elif base in NOT_COUNTRIES_OTHER:
            text = NOT_COUNTRIES_OTHER[base].sub(lambda m: " " * len(m.group()), text)
        out: list[tuple[int, int, str, Literal["name", "adjective", "weak"], bool]] = []
        taken: list[tuple[int, int]] = []
        for i in hits:  # names before adjectives, longest first
            word = self.words[i]
            pattern = _compiled(word.pattern, base, word.adjective and base != "en")
            for start in dict.fromkeys(keys[word.key]):
                m = pattern.match(text, start)
                if m is None or any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                if base == "zh" and _zh_in_name(text, m):
                    continue  # 纽埃 (Niue) in 埃马纽埃尔·马克龙 (Emmanuel Macron)
                strength: Literal["name", "adjective", "weak"] = (
                    "adjective" if word.adjective and word.sure else word.strength
                )
                if strength == "name" and base == "zh" and not _zh_standalone(text, m):
                    strength = "weak"
                if base == "ar" and m.groupdict().get("nisba"):
                    # an Arabic name with a nisba ending is the country's adjective, as in
                    # other languages: "لاجئ تونسي" is no Tunisia named (unsure where the
                    # adjective is a word too: "المالي", financial)
                    strength = "adjective" if strength == "name" or word.sure else "weak"
                compound = "-" in (text[m.start() - 1 : m.start()], m.group()[-1:])
                compound = compound or text[m.end() : m.end() + 1] == "-"
                if strength != "weak" and compound:
                    # in a compound: "anti-Pakistan", "Pakistan-led", "latino-américain"
                    strength = "weak"
                ambiguous = (
                    not word.adjective
                    and word.strength == "weak"
                    and not compound
                    and not (base == "ar" and m.groupdict().get("nisba"))
                )
                out.append((m.start(), m.end(), word.code, strength, ambiguous))
                taken.append(m.span())
        return out

    def near_misses(
        self, text: str, code: str, named: bool = False, words: bool = True
    ) -> list[str]:
        """Words of a text one letter away (a letter changed, added, dropped, or two swapped)
        from a name of the country `code` of five letters or more, that are no country word
        themselves: "Pakisatn", "هاتيي" (هايتي). In a script with capitals the word is
        capitalised, as a name is ("украинцев" is no misspelt "Украина"); a Russian word is
        compared by its stem, its case ending cut ("Пакисатна", "Укарине"), the stem's last
        letter kept. Arabic: also a word that reads as the country with a letter no word has
        there (`_ar_misspelt_letters`: "أفغأنستان").

        `named`: the text names the country too ("l'Inde ... Indde"): then only a one-word
        name counts, and no word of another country word ("Республике" of "Республике
        Корея" is no "Республика Молдова" misspelt). `words=False`: only the Arabic letters
        and Chinese characters doubled at a name's end are looked for (where the text
        mentions the country as often as its source: no word of it lost to a misspelling)."""
        base = self.language.base
        if base in ("zh", "ja"):
            return self._cjk_near_misses(text, code, words)
        if not words:
            if base != "ar":
                return []
            return [w for w in _ar_misspelt_letters(text) if code in self.read(w)]
        got = self.near.get((code, named))
        if got is None:
            singles = _single_names(self.language, code, named)
            pattern = _near_pattern(self.language, singles) if singles else None
            got = self.near[(code, named)] = (singles, pattern)
        singles, pattern = got
        cased = self.language.script in ("Latn", "Cyrl")
        if not singles and base != "ar":
            return self._letter_more(text, code) if cased else []
        out: list[str] = []
        last = self.last
        norm = last[1] if last and last[0] is text else normalise(text, base)
        if base == "ar":
            letters = _ar_misspelt_letters(text)  # before `read` below forgets the text
        if pattern is not None and not (_may_be_near(norm, singles) and pattern.search(norm)):
            singles = frozenset()  # no word one letter away from a name (most texts)
        taken = self._matches(norm) if named and singles else []
        for m in _WORD.finditer(norm) if singles else ():
            if cased and not m.group()[:1].isupper():
                continue
            if any(a < m.end() and m.start() < b for a, b, _, _, _ in taken):
                continue
            w = m.group().lower()
            if base == "ar":
                w = re.sub(r"^(?:[وف]?[بكل]?ال|[وف]?لل|[وفبكل])(?=\w{4})", "", w)
            near = any(_one_edit(w, n) for n in singles)
            if base == "ru" and not near:
                near = any(_ru_one_edit(w, n) for n in singles)
            if near and base == "ar" and _ar_word(w):
                continue  # a word of the language: "الامن" (security) is no misspelt اليمن
            if near and not self._country_word(m.group(), text[: m.start()]):
                out.append(m.group())
        if base == "ar":
            out += [w for w in letters if code in self.read(w)]
        if cased:
            out += [w for w in self._letter_more(text, code) if w not in out]
        return out

    def near_short(self, text: str, code: str) -> list[str]:
        """Capitalised words one letter away from a one-word name of four letters ("Tchad" for
        Chad in Spanish, "Kuba"), that are no country word themselves: what `near_misses`
        leaves out (five letters at least there), sought where the text has the country in no
        form (Latin and Cyrillic script)."""
        if self.language.script not in ("Latn", "Cyrl"):
            return []
        names = [
            normalise(n, self.language.base).lower()
            for n in _code_names(self.language).get(code, ())
            if len(n) == 4 and n.isalpha()
        ]
        if not names:
            return []
        out: list[str] = []
        for m in re.finditer(r"(?<![\w-])[A-ZÀ-ÖØ-ÞА-ЯЁ][^\W\d_]{2,4}(?![\w-])", text):
            w = m.group().lower()
            if w in names or not any(_one_edit(w, n) for n in names):
                continue
            if not self._country_word(m.group(), text[: m.start()]):
                out.append(m.group())
        return out

    def _letter_more(self, text: str, code: str) -> list[str]:
        """Words in lower case with one letter more than a form of the country's adjective, a
        letter doubled or put in ("iindiens", "pakistanaises" -> "pakisstanaises",
        "индиийских"), that are no country word themselves: an adjective misspelt, inflected
        (the country's names are gone through by `near_misses`)."""
        keys = self.adjective_keys.get(code)
        if keys is None:
            keys = frozenset(w.key[:2] for w in self.words if w.code == code and w.adjective)
            self.adjective_keys[code] = keys
        out: list[str] = []
        if not keys:
            return out
        norm = normalise(text, self.language.base)
        for m in _WORD.finditer(norm):
            w = m.group()
            if len(w) < 6 or not w[0].islower() or not (w[:2] in keys or w[1:3] in keys):
                continue
            if self._matches(w):
                continue  # a country word itself
            for i in range(len(w)):
                d = w[:i] + w[i + 1 :]
                if d[:2] not in keys:
                    continue
                if any(
                    c == code and how != "weak" and a == 0 and b == len(d)
                    for a, b, c, how, _ in self._matches(d)
                ):
                    out.append(w)
                    break
        return out

    def _cjk_near_misses(self, text: str, code: str, words: bool = True) -> list[str]:
        """Chinese: runs of characters one character away from a name of three characters or
        more ("阿德汗" for 阿富汗), that are no country name themselves."""
        out: list[str] = []
        got = self.near.get((code, False))
        if got is None:
            names = frozenset(n for n in _code_names(self.language).get(code, ()) if len(n) >= 3)
            pattern = _cjk_near_pattern(tuple(sorted(names))) if names else None
            got = self.near[(code, False)] = (names, pattern)
        names, cjk = got
        # a character doubled at a name's end or start: two-character names too (中中国)
        for name in _code_names(self.language).get(code, ()):
            if len(name) < 2:
                continue
            doubled = name + name[-1]
            i = text.find(doubled)
            while i >= 0:
                if _cjk_doubled_end(text, i, name):
                    out.append(doubled)
                i = text.find(doubled, i + 1)
            doubled = name[0] + name
            i = text.find(doubled)
            while i >= 0:
                if _cjk_doubled_start(text, i, name):
                    out.append(doubled)
                i = text.find(doubled, i + 1)
        # the names written rightly are no run one character away from one (a run across one
        # is part of it: 基斯坦 in 巴基斯坦)
        blank = text
        for name in names:
            blank = blank.replace(name, "\u3007" * len(name))
        # ... nor those of other countries (格林纳丁 of 圣文森特和格林纳丁斯 is no 格林纳达)
        if words and cjk is not None and cjk.search(blank):
            for a, b in self.spans(text):
                blank = blank[:a] + "\u3007" * (b - a) + blank[b:]
        if not words or cjk is None or not cjk.search(blank):
            return out  # no run one character away from a name (most texts)
        for name in names:
            n = len(name)
            first, last = name[0], name[-1]
            for size in (n + 1, n, n - 1) if n >= 4 else (n + 1, n):
                for i in range(len(blank) - size + 1):
                    # one character away: the first or the last is the name's (n >= 3)
                    if blank[i] != first and blank[i + size - 1] != last:
                        continue
                    window = blank[i : i + size]
                    if window in out or not _cjk_one_edit(window, name):
                        continue
                    if not all("\u3400" <= c <= "\u9fff" for c in window):
                        continue
                    # not part of another country's name (澳大利亚 holds 澳大利, one from 意大利);
                    # a character added: no other country's name round it
                    around = self.read(text[max(0, i - 2) : i + size + 2])
                    if not around or (size > n and set(around) == {code}):
                        out.append(window)
        return out

    def _read_again(
        self, text: str
    ) -> tuple[str, list[tuple[int, int, str, Literal["name", "adjective", "weak"], bool]]]:
        """A text's normal form and country words, those of the text last read if it is the
        same one (the check reads the translation, then looks for misspellings in it)."""
        last = self.last
        if last and last[0] is text:
            return last[1], last[2]
        norm = normalise(text, self.language.base)
        return norm, self._matches(norm)

    def bad_cases(self, text: str, code: str) -> list[str]:
        """Russian: the words of a text read as a name of the country `code` that are no case
        of it, a letter of the ending dropped, changed or put in ("Итали" for Италии,
        "Нидерланди" for Нидерланды, "Пакистанн"): the reader takes a name's stem with any
        ending, so a misspelt ending reads as the country. [] in other languages."""
        if self.language.base != "ru":
            return []
        forms, stems, heads = _ru_case_forms(self.language, code)
        if not stems:
            return []
        norm, matches = self._read_again(text)
        if len(norm) != len(text):
            return []
        out: list[str] = []
        for a, b, c, strength, _ in matches:
            if c != code or strength != "name":
                continue
            for w in re.findall(r"\w+", text[a:b]):
                low = w.lower()
                if low in forms:
                    continue
                if _RU_ADJECTIVE_CASE.search(low) and any(low.startswith(h) for h in heads):
                    continue  # "Российской", a case of the adjective of the name
                if any(low.startswith(s) for s in stems):
                    out.append(w)
        return out

    def near_cases(self, text: str, code: str) -> list[str]:
        """Russian: capitalised words one letter away from a case of a noun of the country's
        names (five letters or more) that are no form of it ("Панамма" for Панама, "Сирие"):
        the near misses the reader's stems with any ending hide."""
        if self.language.base != "ru":
            return []
        forms, stems, _ = _ru_case_forms(self.language, code)
        nouns = [f for f in forms if len(f) >= 5 and any(f.startswith(s) for s in stems)]
        if not nouns:
            return []
        out: list[str] = []
        for m in re.finditer(r"(?<!\w)[А-ЯЁ][а-яё]{3,}(?!\w)", text):
            low = m.group().lower()
            if low in forms or self.read(m.group()):
                continue
            if any(_one_edit(low, f) for f in nouns):
                out.append(m.group())
        return out

    def long_name_misses(self, text: str, code: str) -> list[str]:
        """The country's long name misspelt round a short name of it that it holds, which the
        reader reads ("俄罗斯联帮" for 俄罗斯联邦, "República Arabe Siria" for República Árabe
        Siria): a letter or character changed, added or dropped, two swapped, and in Chinese
        its characters in another order ("叙利亚阿拉伯共和国" for 阿拉伯叙利亚共和国)."""
        names = _code_names(self.language).get(code, ())
        cjk = self.language.base in ("zh", "ja")
        arabic = self.language.base == "ar"
        if not (cjk or arabic or self.language.script == "Latn"):
            return []  # Russian names take endings: see `bad_cases`
        if len(names) < 2 and not (names and " " in names[0] and not cjk):
            return []  # (one name of several words: sought round a word of it, "جنوب السدان")
        if arabic:
            # compared as the reader reads them (one alif, one yeh, no vowel marks), a clitic
            # before the name's article taken off ("للجمهورية" = "ل" + "الجمهورية")
            text = _AR_CLITIC_ARTICLE.sub("ال", normalise(text, "ar"))
            # (and the names alike: "البوسنة والهرسك" holds one)
            names = tuple(_AR_CLITIC_ARTICLE.sub("ال", normalise(n, "ar")) for n in names)
        # where a longer name is written rightly: a short one inside it is no misspelling's
        right = [
            (m.start(), m.end())
            for n in names
            if " " in n or len(n) > 3
            for m in re.finditer(re.escape(n), text)
        ]
        # what a long name is sought round: a shorter name it holds; in Latin script also a
        # word of it of five letters or more ("Territoire palestinien ocupé"), in Arabic of
        # four ("جنوب السدان" for جنوب السودان)
        anchors = [
            (short, long)
            for short in names
            for long in names
            if long != short and short in long and len(long) - len(short) >= 2 and len(short) >= 2
        ]
        if not cjk:
            anchors += [
                (w, long)
                for long in names
                if " " in long
                for w in long.split()
                if len(w) >= (4 if arabic else 5)
            ]
        out: list[str] = []
        for short, long in anchors:
            if short not in text:
                continue
            k = long.index(short)
            i = text.find(short)
            while i >= 0:
                if any(a <= i and i + len(short) <= b and b - a > len(short) for a, b in right):
                    i = text.find(short, i + 1)
                    continue
                # where the long name starts round the short one; in Chinese also with
                # the short name first or last (the characters in another order)
                starts = [i - k] + ([i, i + len(short) - len(long)] if cjk else [])
                found = next((f for at in starts if (f := _long_near(text, at, long, cjk))), "")
                if found and found not in out:
                    out.append(found)
                i = text.find(short, i + 1)
        return out

    def accent_misses(self, text: str, code: str) -> list[str]:
        """Latin script: a capitalised word written as a one-word name of the country `code`
        with other accents, which the reader does not read: "Vénézuela" for Venezuela,
        "Peru" for Perú (not a capital's accent only: "Etats-Unis" is French typography)."""
        if self.language.script != "Latn" or self.language.base == "en":
            return []
        names = [n for n in _code_names(self.language).get(code, ()) if " " not in n]
        if not names or (text.isascii() and all(n.isascii() for n in names)):
            return []
        bare = {_unaccented(n).casefold(): n for n in names}
        plain_text = _unaccented(text).casefold()
        if len(plain_text) != len(text):
            return []
        folded = text.casefold()
        if all(plain_text.count(b) == folded.count(n.casefold()) for b, n in bare.items()):
            return []  # (most texts: each name as often written as listed as without accents)
        # (a word of a long name, which writes its own accents: "Brunéi Darussalam",
        # "República Unida de Tanzanía")
        inside = [
            (m.start(), m.end())
            for long in _code_names(self.language).get(code, ())
            if " " in long
            for m in re.finditer(re.escape(_unaccented(long).casefold()), plain_text)
        ]
        out: list[str] = []
        for m in re.finditer(r"(?<![\w-])[^\W\d_][\w'’-]*", text):
            w = m.group()
            if not w[:1].isupper() or w in names or w in out:
                continue
            if any(a <= m.start() and m.end() <= b for a, b in inside):
                continue
            listed = bare.get(_unaccented(w).casefold())
            if (
                listed is not None
                and _unaccented(w[:1]) + w[1:] != _unaccented(listed[:1]) + listed[1:]
            ):
                out.append(w)
        return out

    def hamza_misses(self, text: str, code: str) -> list[str]:
        """Arabic: a name of the country `code` written with another alif or yeh than the
        listed (UN) spelling, which the reader folds: "اسبانيا" for إسبانيا, "الإتحاد الروسي"
        for الاتحاد الروسي. Only where no listed name is written as it is there."""
        if self.language.base != "ar":
            return []
        if ARABIC_DIACRITICS.search(text):  # "فُرض في افغانستان": read without the marks
            text = ARABIC_DIACRITICS.sub("", text)
            norm = normalise(text, "ar")
            matches = self._matches(norm)
        else:
            norm, matches = self._read_again(text)
        if len(norm) != len(text):
            return []
        names = [
            n for n in _code_names(self.language).get(code, ()) if not ARABIC_DIACRITICS.search(n)
        ]
        folded = [(n, _translate(n, _ARABIC)) for n in names]
        out: list[str] = []
        # a long name with another ta marbuta, alif or yeh than the listed one, which the reader
        # does not read whole ("الجمهورية العربيه السورية")
        loose = norm.replace("ة", "ه")
        for n, f in folded:
            if " " not in n:
                continue
            at = loose.find(f.replace("ة", "ه"))
            while at >= 0:
                # (as any listed spelling writes it: "وأيرلندا" and "وآيرلندا" both are)
                written = text[at : at + len(n)]
                if written not in names and written not in out:
                    out.append(written)
                at = loose.find(f.replace("ة", "ه"), at + 1)
        for a, b, c, strength, _ in matches:
            if c != code or strength != "name":
                continue
            raw, low = text[a:b], norm[a:b]
            aligned = [n for n, f in folded if low.endswith(f) and len(f) >= 3]
            said = any(raw.endswith(o) or o.endswith(raw) for o in out)
            if aligned and not any(raw.endswith(n) for n in aligned) and not said:
                out.append(raw)
        return out

    def other_standard(self, text: str, code: str) -> list[str]:
        """Chinese: the names of the country `code` in another standard than the UN's that a
        text writes (`_zh_other_standards`: "马利" for 马里)."""
        if self.language.base != "zh":
            return []
        found = [n for n in _zh_other_standards().get(code, ()) if n in text]
        return found or self._traditional(text, code)

    def _traditional(self, text: str, code: str) -> list[str]:
        """Chinese: a name of the country `code` written in traditional characters ("亞美尼亞"
        for 亚美尼亚), which a text in simplified ones has wrong."""
        chars = lexicon.simplified_characters()
        if not chars or not any(c in chars for c in text):
            return []
        simple = "".join(chars.get(c, c) for c in text)
        out = []
        for name in _code_names(self.language).get(code, ()):
            at = simple.find(name)
            while at >= 0:
                written = text[at : at + len(name)]
                if written != name and written not in out:
                    out.append(written)
                at = simple.find(name, at + 1)
        return out

    def adjective_as_name(self, text: str, code: str) -> list[str]:
        """Arabic: an adjective of the country `code` without its article right after a
        preposition, where only its name can stand ("في تركية" for في تركيا, "in Turkish"): the
        name misspelt. Of the reviewed Arabic catalogs of the sets, none has one."""
        if self.language.base != "ar":
            return []
        norm, matches = self._read_again(text)
        if len(norm) != len(text):
            return []
        return [
            text[a:b]
            for a, b, c, strength, _ in matches
            if c == code
            and strength == "adjective"
            and not norm[a:b].startswith(("ال", "وال", "بال", "لل", "فال"))
            and _AR_PREPOSITION_BEFORE.search(norm, 0, a)
        ]

    def _country_word(self, word: str, before: str) -> bool:
        """Whether a word is a country word of the language. A capitalised adjective inside a
        sentence of a language writing adjectives in lower case ("la Roumaine" for "la
        Roumanie") is not taken for one here: it may be the name misspelt."""
        how = self.read(word).values()
        if not how:
            return False
        inside = bool(before.strip()) and before.rstrip()[-1:] not in '.!?:«“"('
        lower = self.language.base in ("fr", "es", "pt", "it", "ru")
        if lower and inside and word[:1].isupper() and set(how) == {"adjective"}:
            return False
        return True


_RANK = {"": 0, "weak": 1, "adjective": 2, "name": 3}
# What may stand between two countries of a list: a comma, a conjunction, an article or a
# preposition ("la Somalie, le Tchad", "en Somalia y en Omán", "Перу и Иордания", "أفغانستان
# وكوبا" (the و is the second word's), "巴基斯坦、乍得")
_LATIN_GAP = re.compile(
    r"\s*[,;]?\s*(?:(?:et|ou|y|o|e|and|or)\s+)?"
    r"(?:(?:le|la|les|du|des|de|au|aux|en|à|el|del|al|los|las|the|in|of|da|do|no|na)\s+|[ldLD]')*",
    re.IGNORECASE,
)
_LIST_GAP = {
    "fr": _LATIN_GAP,
    "ru": re.compile(
        r"\s*,?\s*(?:(?:и|или|а также)\s+)?(?:(?:в|во|на|из|с|со|для|по|между)\s+)?",
        re.IGNORECASE,
    ),
    # Arabic coordinates with و (its own word or the next name's clitic): a comma alone is no
    # list there ("مستشار مالي، باكستان": "a financial adviser, Pakistan")
    "ar": re.compile(r"\s*(?:[،,]\s*)?(?:(?:و|او)\s*)?(?:و?(?:في|من|الى|مع|بين)\s+)?"),
    "zh": re.compile(r"\s*(?:[、和与及或]|以及)?\s*"),
}
# A preposition or an article before a country's name, which the ambiguous word is then: "au
# Tchad", "le Tchad" (a first name takes no article, a deficit is "le mali"), "en el Chad",
# "в Чаде", "из Того", "с Грузией" (the pronoun is "того", in lower case)
_COUNTRY_PREPOSITION = {
    # "in Chad", "into Chad", "eastern Chad", "to Jordan" (not Georgia: also a US state)
    "en": re.compile(
        r"(?<![\w-])(?:[Ii]n|[Ii]nto|to|from|across|throughout|within|inside|[Ee]astern|[Ww]estern"
        r"|[Nn]orthern|[Ss]outhern|[Cc]entral|neighbouring|neighboring)\s+\Z"
    ),
    "fr": re.compile(r"(?<!\w)(?:[Aa]ux?|[Ee]n|[Ll]e|[Ll]a|[Dd]u|[Dd]e la)\s+\Z|(?<!\w)[LlDd]'\Z"),
    "es": re.compile(r"(?<!\w)(?:[Ee]n|[Ee]l|del|al|de)\s+\Z"),
    "pt": re.compile(r"(?<!\w)(?:[Nn]o|[Nn]a|[Ee]m)\s+\Z"),
    "ru": re.compile(r"(?<!\w)(?:[Вв]о?|[Ии]з|[Нн]а|[Сс]о?|[Дд]ля|[Мм]ежду)\s+\Z"),
    # "في البحرين", "ومن غينيا" (in, from, to, with; إلى as normalised); not the words whose other
    # sense is a city or a region there: "في عمان" (Amman), الجزائر (Algiers), جيبوتي, الكويت,
    # جورجيا (the US state), المغرب (the Maghreb): `_NOT_AFTER_PREPOSITION`
    "ar": re.compile(r"(?<!\w)[وف]?(?:في|من|الى|مع)\s+\Z"),
}
_NOT_AFTER_PREPOSITION = {
    "ar": frozenset({"OM", "DZ", "DJ", "KW", "GE", "MA"}),
    "en": frozenset({"GE"}),
}
# A word saying "including" (or "in particular", "as well as"), a preposition after it, right
# before a country's place: an ambiguous word there is a country ("notamment au Tchad",
# "incluido en Chile", "в том числе в Того", "بما في ذلك مالي", "包括多哥")
_INCLUDING = {
    "fr": re.compile(
        r"(?<!\w)(?:y compris|notamment|en particulier|ainsi qu[e']|surtout|dont|comme)\s*"
        r"(?:(?:au|aux|en|à|le|la|les|du|des|de la)\s+|[ldLD]')?\Z",
        re.IGNORECASE,
    ),
    "es": re.compile(
        r"(?<!\w)(?:incluid[oa]s?|incluso|en particular|especialmente|sobre todo|así como|como)"
        r"\s+(?:(?:en|el|la|del|de|al|a)\s+)*\Z",
        re.IGNORECASE,
    ),
    "pt": re.compile(
        r"(?<!\w)(?:incluindo|inclusive|em particular|especialmente|sobretudo|bem como|como)"
        r"\s+(?:(?:em|no|na|o|a|do|da|de)\s+)*\Z",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<!\w)(?:включая|в том числе|а также|особенно|например|(?:[Пп]о|[Кк]о?|[Оо]т))\s+"
        r"(?:(?:в|во|на|из|с|со|по|для|к|от)\s+)?\Z"
    ),
    "ar": re.compile(
        r"(?:بما (?:في ذلك|فيها|فيه)|(?<!\w)و?لا سيما|(?<!\w)و?خاصة|(?<!\w)و?خصوصا"
        r"|(?<!\w)و?تحديدا|(?<!\w)مثل)\s+(?:(?:في|من|الى|على)\s+)?\Z"
    ),
    # (and 以及, "as well as", like "ainsi que" and "а также")
    "zh": re.compile(r"(?:包括|特别是|尤其是|例如|比如|诸如|以及)(?:在|于|对)?\Z"),
}
# An English text saying "including" (or "in particular", "such as", "as well as"): where a
# source has none, a country its translation names after such a word is one added, not a word
# of the source ("the country", "its") made explicit.
SAYS_INCLUDING_EN = re.compile(
    r"\b(?:[Ii]nclud(?:ing|es?|ed)|[Ii]n particular|[Pp]articularly|[Nn]otably|[Ee]specially"
    r"|[Ss]uch as|[Aa]s well as|[Aa]mong them|[Aa]mong others|[Ll]ike)\b"
)
# Chinese: what follows a country's name and no other word of its characters ("多哥政府": the
# Government of Togo)
_ZH_COUNTRY_BEFORE = re.compile(r"政府|当局|总统|境内|全境|人民|代表团|常驻代表|儿童|难民|军队")
_RU_CASE_ENDING = re.compile(r"^(?:|а|я|у|ю|е|и|ы|ой|ей|ом|ем|ам|ям|ах|ях|ами|ями|ов|ев)$")


# the case endings of a Russian adjective (of a name: "Российской", "Соединенных")
_RU_ADJECTIVE_CASE = re.compile(
    r"..(?:ая|ой|ую|ою|ое|ого|ому|ом|ые|ых|ым|ыми|ий|ый|ие|их|им|ими|ее|его|ему|ем|яя|ей|юю)$"
)


_RU_POSSESSIVE = re.compile(r"..(?:ов|ев|ин)[аоы]$")


def _ru_noun_cases(word: str) -> set[str]:
    """The case forms of a Russian country name's noun (in lower case) from its nominative:
    "италия" -> италии, италию, италией...; "нидерланды" -> нидерландов, нидерландам...; a
    name ending in о, у, е, и, э, ю (Мали, Того, Перу) is not declined."""
    w = word.lower()
    if len(w) <= 3 or (w[-1] in "оуеиэю" and not w.endswith("ство")):
        return {w}
    if w.endswith("ство"):
        s = w[:-1]
        return {s + e for e in ("о", "а", "у", "ом", "е")}
    if w.endswith("ия"):
        s = w[:-1]
        return {s + e for e in ("я", "и", "ю", "ей", "ею")}
    if w[-1] == "я":
        s = w[:-1]
        return {s + e for e in ("я", "и", "е", "ю", "ей", "ею")}
    if w[-1] == "а":
        s = w[:-1]
        soft = s[-1] in "гкхжшчщ"
        hushing = s[-1] in "жшчщц"
        gen = "и" if soft else "ы"
        ends = ("а", gen, "е", "у", "ой", "ою") + (("ей", "ею") if hushing else ())
        # a plural in -а ("Острова"): Островов, Островам, Островах
        return {s + e for e in ends} | {s + e for e in ("ов", "ам", "ами", "ах")}
    if w[-1] == "ы":  # plurals: Нидерланды, Филиппины (genitive without an ending)
        s = w[:-1]
        return {s + e for e in ("ы", "ов", "ам", "ами", "ах", "")}
    if w[-1] in "йь":
        s = w[:-1]
        return {s + e for e in (w[-1], "я", "ю", "ем", "е", "ём", "и", "ью")}
    stems = {w}
    m = _RU_FLEETING.search(w)
    if m:  # Египет -> Египта
        stems.add(w[: m.start()] + m.group(2))
    return {w} | {s + e for s in stems for e in ("а", "у", "ом", "е", "ы", "ов", "ам", "ах")}


@lru_cache(maxsize=1024)
def _ru_case_forms(
    language: Language, code: str
) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Every form of the words of a country's Russian names (a noun's cases, an adjective or
    an abbreviation as it is), the stems of the declined nouns (the nominative without its
    last vowel or soft sign): a word on such a stem that is no form is a misspelt case; and
    the heads of its adjectives (without their ending: "российск" of "Российская")."""
    forms: set[str] = set()
    stems: set[str] = set()
    heads: set[str] = set()
    for name in _code_names(language).get(code, ()):
        words = re.findall(r"\w+", normalise(name, "ru"))
        for k, word in enumerate(words):
            low = word.lower()
            # a possessive adjective before the noun ("Соломоновы Острова": Соломоновых) is an
            # adjective too
            possessive = k + 1 < len(words) and _RU_POSSESSIVE.search(low) is not None
            if not word[:1].isupper() or word.isupper() or _RU_ADJECTIVE.search(low) or possessive:
                forms.add(low)
                if _RU_ADJECTIVE.search(low) or possessive:
                    heads.add(low[:-2] if not possessive else low[:-1])
                continue
            cases = _ru_noun_cases(low)
            forms |= cases
            if len(cases) > 1:
                stems.add(low[:-1] if low[-1] in "аяоеиыйь" else low)
    return frozenset(forms), frozenset(stems), frozenset(heads)


def _ru_one_edit(word: str, name: str) -> bool:
    """Whether a Russian word is a case of a name misspelt by one letter: its stem (the name
    without a final vowel or soft sign) one letter away, its last letter kept (not in a stem
    of seven letters or more: "Федерацыи"), a case ending after it ("Пакисатна" for
    Пакистана, "Укарине" for Украине)."""
    stem = name[:-1] if name[-1] in "аяоеиыйь" else name
    head, tail = word[: len(stem)], word[len(stem) :]
    return (
        len(head) == len(stem)
        # the stem's last letter kept, but in a long one ("Федерацыи" for Федерации)
        and (head[-1] == stem[-1] or len(stem) >= 7)
        and _RU_CASE_ENDING.match(tail) is not None
        and _one_edit(head, stem)
    )


def _cjk_one_edit(window: str, name: str) -> bool:
    """Whether a run of Chinese characters is a name with one character changed, two
    neighbours swapped, one dropped (a name of four or more: 巴基坦), or one added inside it (a
    character doubled inside: 巴基斯斯坦; at its start: 伊伊拉克; not at its end, where it may
    begin the next word: 巴基斯坦坦克, "Pakistani tanks")."""
    if len(window) == len(name):
        return _one_edit(window, name)
    if len(window) == len(name) - 1:
        return len(name) >= 4 and _one_edit(window, name)
    return (
        len(window) == len(name) + 1
        and window[0] == name[0]
        and window[-1] == name[-1]
        and window[-2] != name[-1]
        and _one_edit(window, name)
    )


def _cjk_doubled_end(text: str, i: int, name: str) -> bool:
    """Whether the text has the name at i with its last character doubled before no other
    Chinese character (逃离乌克兰兰。): there it begins no next word."""
    end = i + len(name)
    after = text[end + 1 : end + 2]
    return (
        text[i:end] == name
        and text[end : end + 1] == name[-1]
        and (not ("\u3400" <= after <= "\u9fff") or after in _ZH_PARTICLES)
    )


# Chinese function words that begin no word with the character before them: a name's last
# character doubled before one of them is no next word's (乌克兰兰及其人民, 尼泊尔尔从); its first
# character doubled at a clause's start is no last word's (阿阿富汗、中中国、)
_ZH_PARTICLES = "的和及与或从在是为对向将被等也都已仍还并而"


def _cjk_doubled_start(text: str, i: int, name: str) -> bool:
    """Whether the text has the name at i + 1 with its first character doubled at i, at a
    clause's start (no Chinese character before it)."""
    return (
        text[i + 1 : i + 1 + len(name)] == name
        and text[i : i + 1] == name[0]
        and not (i > 0 and "\u3400" <= text[i - 1] <= "\u9fff")
    )


# Arabic letters wrong in a word that reads as a country once normalised: an alif maqsura
# inside a word (it ends words only: "تركىا", "ومىانمار"), or a hamza on an alif inside a word
# that has none there ("أفغأنستان", "لباكستأن"); one at the start, after the clitics, is a usual
# spelling ("افغانستان", "لإيران").
_AR_INNER = re.compile(r"ى(?=\w)|(?<=\w)[أإآ]")
_AR_CLITICS = re.compile(r"(?:[وف]?[بكل]?(?:ال)?|[وف]?لل)")
_AR_LETTER = "\u0620-\u064a\u066e-\u06d3\u06d5\u06ee-\u06ff"


def _ar_letter(c: str) -> bool:
    return "\u0620" <= c <= "\u065f" or "\u066e" <= c <= "\u06d3"


@lru_cache(maxsize=8)
def _ar_misspelt_letters(text: str) -> tuple[str, ...]:
    """The words of an Arabic text with an alif maqsura or a hamza on an alif where a word
    never has it (see `_AR_INNER`): the candidates of a misspelt name."""
    words: set[str] = set()
    for c in "ىأإآ":  # found by str.find: most of them start or end a word, and are skipped
        i = text.find(c)
        while i >= 0:
            inner = (
                _ar_letter(text[i + 1 : i + 2] or " ")
                if c == "ى"
                else i > 0 and _ar_letter(text[i - 1])
            )
            if inner:
                a, b = i, i + 1
                while a > 0 and _ar_letter(text[a - 1]):
                    a -= 1
                while b < len(text) and _ar_letter(text[b]):
                    b += 1
                words.add(text[a:b])
            i = text.find(c, i + 1)
    out: list[str] = []
    for word in sorted(words):
        w = ARABIC_DIACRITICS.sub("", unicodedata.normalize("NFC", word))
        for bad in _AR_INNER.finditer(w):
            if bad.group() == "ى" or not _AR_CLITICS.fullmatch(w[: bad.start()]):
                out.append(word)
                break
    return tuple(out)


# an Arabic clitic (and, with, for...) before the article of a word: "وال", "بال", "لل"
_AR_CLITIC_ARTICLE = re.compile(
    r"(?<![\u0620-\u064a])(?:[وف]?[بكل]?ال|[وف]?لل|[وف]ال)(?=[\u0620-\u064a]{2})"
)


def _long_near(text: str, at: int, long: str, cjk: bool) -> str:
    """The run of `text` about `at` that is `long` misspelt (`Reader.long_name_misses`), or
    "" if `long` is written rightly there or no run is."""
    if at >= 0 and text.startswith(long, at):
        return ""
    for start in (at, at - 1, at + 1):
        for size in (len(long), len(long) + 1, len(long) - 1):
            if start < 0 or start + size > len(text):
                continue
            run = text[start : start + size]
            if not cjk and (
                text[start - 1 : start].isalnum() or text[start + size : start + size + 1].isalnum()
            ):
                continue  # a word's part
            if _one_edit(run, long) or (cjk and run != long and sorted(run) == sorted(long)):
                return run
    return ""


def _one_edit(a: str, b: str) -> bool:
    """Whether two words differ by one letter changed, added or dropped, or two neighbours
    swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    long, short = (a, b) if len(a) > len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


@lru_cache(maxsize=32)
def _names(language: Language) -> Mapping[str, str]:
    """Every name of a country in a language (CLDR's, their short parts, the aliases): name ->
    code."""
    names: dict[str, str] = {}
    for code, name in languages.territory_names(language).items():
        for short in _short_names(name):
            names.setdefault(short, code)
    for code, forms in alias_rows():
        for alias in forms.get(language.base, ()):
            names.setdefault(alias, code)
    return MappingProxyType(names)


@lru_cache(maxsize=32)
def _unaccented(word: str) -> str:
    """A word without its accents ("Vénézuela" -> "Venezuela")."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=32)
def _code_names(language: Language) -> Mapping[str, tuple[str, ...]]:
    """Every name of each country in a language (`_names`), by code, longest first."""
    out: dict[str, list[str]] = {}
    for n, c in _names(language).items():
        out.setdefault(SAME_COUNTRY.get(c, c), []).append(n)
    return MappingProxyType(
        {c: tuple(sorted(v, key=lambda n: (-len(n), n))) for c, v in out.items()}
    )


@cache
def _zh_other_standards() -> Mapping[str, tuple[str, ...]]:
    """Chinese names of countries in another standard than the UN's (mainland) one: CLDR's
    Traditional Chinese names (Taiwan usage) written in simplified characters, where they
    differ from every simplified name listed: 马利 (Mali, UN 马里), 查德 (Chad, UN 乍得),
    衣索比亚 (Ethiopia), 奈及利亚 (Nigeria). A UN translation writing one has the name wrong."""
    chars = lexicon.simplified_characters()
    if not chars:
        return {}
    zh = languages.parse("zh")
    listed = set(_names(zh))
    out: dict[str, list[str]] = {}
    for code, name in languages.territory_names(languages.parse("zh-Hant")).items():
        for short in _short_names(name):
            if short in name.partition("（")[2]:
                continue  # a city in brackets: 剛果（金夏沙）
            simple = "".join(chars.get(c, c) for c in short)
            if len(simple) < 2 or any(simple in n or n in simple for n in listed if len(n) > 1):
                continue
            out.setdefault(SAME_COUNTRY.get(code, code), []).append(simple)
    return MappingProxyType({c: tuple(v) for c, v in out.items()})


@cache
def _ar_stems() -> frozenset[str]:
    """The stems of the Arabic words the installed dictionaries translate (empty where none is
    installed)."""
    lex = lexicon.load("ar")
    if lex is None:
        return frozenset()
    return frozenset(v for joined in lex.stems.values() for v in joined.split(" "))


def _ar_word(word: str) -> bool:
    """Whether a short Arabic word (four letters at most, its article and clitics cut: the
    dictionaries' stems are as long) is one the dictionaries have: "امن" (security) is, a
    longer misspelling such as "هاتيي" is not asked."""
    word = lexicon.normalise(word, "Arab")
    bare = re.sub(r"^(?:[وف]?[بكل]?ال|[وف]?لل)(?=\w{3})", "", word)
    return len(bare) <= lexicon.STEM["Arab"] and bare in _ar_stems()


# An Arabic preposition then a space, at the end of what comes before a word
_AR_PREPOSITION_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:في|إلى|الي|من|على|عن)\s+$")


# The reader counts the two Congos as one (`SAME_COUNTRY`: "Congo", "Congolese" name either),
# but their full names are two States: "the Democratic Republic of the Congo" written "la
# République du Congo" is the other one.
CONGOS = ("CD", "CG")


@lru_cache(maxsize=32)
def _congo_patterns(language: Language) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """Each Congo's full names in a language (not the bare "Congo" both share, nor a one
    character part of a Chinese name), as patterns: (the Democratic Republic's, the
    Republic's)."""
    base = language.base
    named = [(n, c) for n, c in _names(language).items() if c in CONGOS]
    out = []
    for code in CONGOS:
        own = [n for n, c in named if c == code]
        other = [n for n, c in named if c != code]
        full = [
            normalise(n, base)
            for n in own
            if len(n) > 1
            and not (any(n in o for o in other) and any(n in o for o in own if o != n))
        ]
        if not full:
            return None
        body = "|".join(_name_pattern(n, base) for n in sorted(full, key=len, reverse=True))
        body = body.replace("(?P<nisba>", "(?:")
        if base == "en":  # "the Democratic Republic of Congo"
            body = body.replace(r"of\s+the\s+", r"of\s+(?:the\s+)?")
        if base in ("zh", "ja"):  # no spaces: a name between any two characters
            out.append(re.compile(body))
        else:
            out.append(re.compile(rf"(?<![^\W\d_])(?:{body})(?![^\W\d_])"))
    return out[0], out[1]


def congos(text: str, language: Language) -> tuple[int, int] | None:
    """How many times a text names the Democratic Republic of the Congo and the Republic of
    the Congo by a full name (the Republic's counted outside the Democratic Republic's, which
    holds it: "جمهورية الكونغو الديمقراطية"), or None where the language has no such names."""
    patterns = _congo_patterns(language)
    if patterns is None:
        return None
    norm = normalise(text, language.base)
    democratic = len(patterns[0].findall(norm))
    return democratic, len(patterns[1].findall(patterns[0].sub(" ", norm)))


def names(language: Language, code: str) -> tuple[str, ...]:
    """Every name of a country in a language, longest first."""
    return _code_names(language).get(code, ())


@lru_cache(maxsize=4096)
def _single_names(language: Language, code: str, named: bool) -> frozenset[str]:
    """The words of five letters or more of a country's names, normalised, in lower case (of
    its one-word names only if `named`)."""
    names = [normalise(n, language.base).lower() for n in _code_names(language).get(code, ())]
    if named:
        names = [n for n in names if " " not in n and "-" not in n]
    return frozenset(w for n in names for w in n.split() if len(w) >= 5)


_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽА-ЯЁ"


def _trie(alternatives: set[tuple[str, ...]]) -> str:
    """One regex for a set of alternatives, each a sequence of one-letter regexes, their common
    beginnings written once: a search tries a letter once, not once an alternative."""
    root: dict[str, dict[str, Any]] = {}
    for alt in alternatives:
        node = root
        for tok in alt:
            node = node.setdefault(tok, {})
        node[""] = {}

    def emit(node: dict[str, dict[str, Any]]) -> str:
        ends = "" in node
        branches = [tok + emit(child) for tok, child in sorted(node.items()) if tok]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return emit(root)


@lru_cache(maxsize=4096)
def _near_pattern(language: Language, singles: frozenset[str]) -> re.Pattern[str]:
    """A regex finding the words one letter away from one of `singles` (a letter changed,
    dropped, added, or two neighbours swapped), the names themselves left out: what
    `near_misses` goes through a text word by word for, found first in one search. A superset:
    capitalised in a cased script; in Russian, the stem with up to three letters of an ending;
    in Arabic, after clitics."""
    base = language.base
    alts: set[tuple[str, ...]] = set()
    exact: set[str] = set()
    for name in singles:
        stems = [name]
        if base == "ru" and name[-1] in "аяоеиыйь":
            stems.append(name[:-1])
        for w in stems:
            exact.add(re.escape(w))
            letters = tuple(re.escape(c) for c in w)
            n = len(w)
            for i in range(n):
                alts.add((*letters[:i], r"\w", *letters[i + 1 :]))  # changed
                alts.add(letters[:i] + letters[i + 1 :])  # dropped
                if i + 1 < n:  # swapped
                    alts.add((*letters[:i], letters[i + 1], letters[i], *letters[i + 2 :]))
            for i in range(n + 1):
                alts.add((*letters[:i], r"\w", *letters[i:]))  # added
    body = _trie(alts)
    same = "|".join(sorted(exact, key=len, reverse=True))
    head = "(?:[وف]?[بكل]?ال|[وف]?لل|[وفبكل])?" if base == "ar" else ""
    if base == "ru":
        tail, not_same = r"\w{0,3}(?!\w)", rf"(?!(?:{same})\w{{0,3}}(?!\w))"
    elif base == "ar":  # nor the name with clitics or as its adjective (نسبة)
        tail = r"(?!\w)"
        not_same = rf"(?!{head}(?:{same})(?:ي|ية|يين|يون|يات)?(?!\w))"
    else:
        tail, not_same = r"(?!\w)", rf"(?!(?:{same})(?!\w))"
    cased = language.script in ("Latn", "Cyrl")
    upper = f"(?-i:(?=[{_UPPER}]))" if cased else ""
    flags = re.IGNORECASE if cased else 0  # (names are in lower case here)
    return re.compile(rf"(?<!\w){upper}{not_same}{head}{body}{tail}", flags)


@lru_cache(maxsize=4096)
def _pieces(singles: frozenset[str]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The names, and two pieces of each (its letters before the middle two, and after them)
    one of which a word one letter away from it holds unchanged; None if a piece is shorter
    than two letters (too common to tell anything)."""
    pieces: list[str] = []
    for s in singles:
        m = len(s) // 2
        a, b = s[: m - 1], s[m + 1 :]
        if min(len(a), len(b)) < 2:
            return None
        pieces += (a, b)
    return tuple(sorted(singles, key=len, reverse=True)), tuple(pieces)


def _may_be_near(norm: str, singles: frozenset[str]) -> bool:
    """False if a normalised text has surely no word one letter away from one of `singles`:
    none of their pieces (`_pieces`) outside the names written rightly (str.find, fast)."""
    got = _pieces(singles)
    if got is None:
        return True
    names, pieces = got
    text = norm.lower()
    for name in names:
        if name in text:  # as a word: "Singapoure" is no "Singapour" written rightly
            text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", " ", text)
    return any(p in text for p in pieces)


@lru_cache(maxsize=4096)
def _cjk_near_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """As `_near_pattern`, for Chinese names of three characters or more: a run one character
    away (changed, dropped from a name of four or more, added, two swapped), not the name."""
    alts: set[str] = set()
    for w in names:
        n = len(w)
        for i in range(n):
            alts.add(re.escape(w[:i]) + "." + re.escape(w[i + 1 :]))
            if n >= 4:
                alts.add(re.escape(w[:i] + w[i + 1 :]))
            if i + 1 < n:
                alts.add(re.escape(w[:i] + w[i + 1] + w[i] + w[i + 2 :]))
        for i in range(1, n):
            alts.add(re.escape(w[:i]) + "." + re.escape(w[i:]))
    same = "|".join(re.escape(w) for w in names)
    body = "|".join(sorted(alts, key=len, reverse=True))
    return re.compile(f"(?!{same})(?:{body})")


def _zh_standalone(text: str, m: re.Match[str]) -> bool:
    word = m.group()
    after = text[m.end() : m.end() + 1]
    return not (word.endswith("国") and after and after in _ZH_NOT_AFTER_GUO)


def _zh_in_name(text: str, m: re.Match[str]) -> bool:
    """Whether a Chinese country word is a part of a transcribed name (`_ZH_TRANSCRIPTION`)."""
    return (
        _ZH_IN_NAME_BEFORE.match(text, m.end()) is not None
        or _ZH_IN_NAME_AFTER.search(text, max(0, m.start() - 5), m.start()) is not None
    )


# Characters of Chinese transcriptions of foreign names (Xinhua's table, its commonest): a
# country word with only such characters between it and a name's middle dot is a part of the
# transcribed name, no country: 纽埃 (Niue) in 埃马纽埃尔·马克龙 (Emmanuel Macron), 马里 (Mali)
# in 马里奥·德拉吉 (Mario Draghi), 约旦·彼得森. Not 国, 总, 统, 长, 使: "法国总统埃马纽埃尔·马克龙"
# (President Emmanuel Macron of France) keeps its 法国.
_ZH_TRANSCRIPTION = (
    "阿埃艾爱安昂奥巴拜班邦贝本比彼毕宾波伯博布查达戴丹道德迪蒂丁东杜顿多厄恩尔法凡范菲费芬丰"
    "弗福富盖甘冈戈格根古瓜圭哈海汉豪赫亨洪胡华霍基吉加贾杰金卡凯坎康考科克肯库奎拉莱赖兰朗劳勒"
    "雷蕾里理丽利莉连林琳卢鲁伦罗洛马玛迈麦曼芒梅门蒙米敏明莫默姆穆纳娜奈南内尼妮涅努诺帕潘佩"
    "皮珀普奇齐恰乔切钦琼丘萨塞桑瑟森沙莎尚舍什施舒斯松苏索塔泰坦汤唐特滕提图托瓦万旺威韦维温"
    "沃乌武西希谢辛休雅亚娅扬耶伊因英尤于扎泽詹兹佐纽黛"
)
_ZH_IN_NAME_BEFORE = re.compile("[" + _ZH_TRANSCRIPTION + "]{0,4}[·•‧・]")
_ZH_IN_NAME_AFTER = re.compile("[·•‧・][" + _ZH_TRANSCRIPTION + "]{0,4}$")


@lru_cache(maxsize=4096)
def _compiled(pattern: str, base: str, fold: bool) -> re.Pattern[str]:
    """A country word's pattern, compiled at its first use."""
    if base in ("zh", "ja"):
        edge, tail = "", ""
    elif base in ("ar", "ur", "fa"):
        edge, tail = f"(?<![{_ARABIC_WORD}])", f"(?![{_ARABIC_WORD}])"
    else:
        edge, tail = r"(?<!\w)", r"(?!\w)"
    return re.compile(edge + "(?:" + pattern + ")" + tail, re.IGNORECASE if fold else 0)


# The combining forms of countries' adjectives that open a compound adjective ("greco" +
# "chipriota" = "grecochipriota", "franco-allemand", "israélo-palestinien"), per language; the
# rest of the word must be a country's adjective itself.
_COMBINING: dict[str, dict[str, str]] = {
    "fr": {
        "GR": "gréco",
        "TR": "turco",
        "FR": "franco",
        "GB": "anglo|britannico",
        "DE": "germano",
        "IT": "italo",
        "ES": "hispano",
        "PT": "luso",
        "RU": "russo",
        "CN": "sino",
        "JP": "nippo",
        "IN": "indo",
        "AT": "austro",
        "IL": "israélo",
        "PS": "palestino",
        "SY": "syro",
        "LB": "libano",
        "IR": "irano",
        "IQ": "irako|iraquo",
        "SA": "saoudo",
        "BE": "belgo",
        "RS": "serbo",
        "HR": "croato",
        "EG": "égypto",
        "AF": "afghano",
        "PK": "pakistano",
        "SD": "soudano",
        "US": "américano",
        "CA": "canado",
        "HU": "austro-hongro|hungaro",
    },
    "es": {
        "GR": "greco",
        "TR": "turco",
        "FR": "franco",
        "GB": "anglo|británico",
        "DE": "germano|alemano",
        "IT": "italo|ítalo",
        "ES": "hispano",
        "PT": "luso",
        "RU": "ruso",
        "CN": "sino|chino",
        "JP": "nipo|japonés",
        "IN": "indo",
        "AT": "austro",
        "IL": "israelo|israelí",
        "PS": "palestino",
        "SY": "sirio",
        "LB": "libanés",
        "IR": "irano|iraní",
        "IQ": "iraquí",
        "SA": "saudí",
        "BE": "belga",
        "RS": "serbo",
        "HR": "croata",
        "EG": "egipcio",
        "AF": "afgano",
        "PK": "pakistaní",
        "SD": "sudanés",
        "US": "estadounidense|norteamericano",
        "CA": "canadiense",
        "HU": "húngaro",
        "UA": "ucraniano",
        "CU": "cubano",
        "MX": "mexicano",
        "PE": "peruano",
        "CO": "colombo|colombiano",
        "VE": "venezolano",
        "AR": "argentino",
        "CL": "chileno",
        "BO": "boliviano",
        "EC": "ecuatoriano",
        "BR": "brasileño|luso-brasileño",
    },
}
_COMBINING_CODES: dict[str, dict[str, str]] = {
    base: {f: code for code, forms in table.items() for f in forms.split("|")}
    for base, table in _COMBINING.items()
}


@lru_cache(maxsize=16)
def _combining_re(base: str) -> re.Pattern[str] | None:
    forms = _COMBINING_CODES.get(base)
    if not forms:
        return None
    alternation = "|".join(map(re.escape, sorted(forms, key=len, reverse=True)))
    return re.compile(
        rf"(?<![^\W\d_])(?P<form>{alternation})-?(?P<rest>[^\W\d_]{{4,}})", re.IGNORECASE
    )


@lru_cache(maxsize=32)
def reader(language: Language) -> Reader:
    """The compiled country words of a language (cached)."""
    words = sorted(_words(language), key=lambda w: (w.adjective, -w.length, w.pattern))
    index: dict[str, list[int]] = {}
    for i, w in enumerate(words):
        index.setdefault(w.key, []).append(i)
    return Reader(
        language,
        tuple(words),
        MappingProxyType({k: tuple(v) for k, v in index.items()}),
    )
