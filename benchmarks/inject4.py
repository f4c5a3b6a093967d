# ruff: noqa: E501  (tables of country forms in five languages read better one to a line)
"""A fourth fault injector, countries only (issue 13), written apart from the others.

Written from a description of the faults only, before reading the countries check or its
data, and without reading the country code of the other injectors: the ways a hurried
translator or machine translation breaks a country in French, Spanish, Arabic, Chinese and
Russian, each in the language's own grammar.

Interface (the one benchmarks/heldout_checks.py expects, `--injector inject4`): LANGS, KINDS,
Clean, Fault and faults(clean, seed, per_kind). KINDS = ("country",).

Variants:
  misspelt_sub, misspelt_del, misspelt_ins, misspelt_double, misspelt_transpose
        one edit inside the stem of a country's name or adjective as it stands in the text,
        inflected or with its clitics ("Пакистане" -> "Пакитсане", "وباكستان" -> "وباكستتان"),
        at the stem's start, middle or end
  misspelt_lookalike
        a letter swapped for a look-alike: ar ة/ه, ي/ى, أ/إ/ا/آ; ru е/ё, и/й, ш/щ; fr/es an
        accent moved; zh a homophone or look-alike character (巴基斯坦 -> 巴基斯担)
  added_coord      a country the source does not have, coordinated with one the text names, in
                   the same case / clitics / article ("au Pakistan et au Tchad")
  added_including  "including in X" appended to a clause, in its own grammar (any of the six
                   Russian cases, Arabic clitics, fr au/en/aux, es del/al)
  added_adjective  the country as an adjective or demonym on an authority noun ("les autorités
                   iraniennes", "иранские власти", "السلطات الإيرانية", "伊朗政府")
  added_ambiguous  as added_including/added_coord, but with a country whose name or adjective
                   is also a common word in the language (ru Того, Чад; ar عمان, مالي, قطر;
                   fr Tchad, Mali, Bénin; es Chile, Malta, Salvador; zh 中非, 南非, 马里)
  added_compound   zh: the country inside a compound (阿富汗人, 伊朗当局)
  replaced_elsewhere
        one of two mentions of a country replaced by another, the first still named elsewhere
  replaced_by_present
        one of two mentions of a country replaced by another country the entry also names

Deterministic for a seed: every random choice comes from a random.Random seeded with a string
(seeded through SHA-512, not Python's salted hash).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

LANGS = ("fr", "es", "ar", "zh", "ru")
KINDS = ("country",)


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


# --- the countries ---------------------------------------------------------------------------------
# key: (English pattern (names and adjectives), fr name with its article, fr adjective (m. sg.),
#       es name with its article, es adjective (m. sg.), ar name, ar nisba stem, zh name,
#       ru name (nominative), ru adjective stem)
# fr article: "le X", "la X", "l'X", "X" (none); the gender for au/en comes from it.
_C: dict[str, tuple[str, str, str, str, str, str, str, str, str, str]] = {
    "AF": (
        r"Afghan\w*",
        "l'Afghanistan",
        "afghan",
        "el Afganistán",
        "afgano",
        "أفغانستان",
        "أفغان",
        "阿富汗",
        "Афганистан",
        "афганск",
    ),
    "PK": (
        r"Pakistan\w*",
        "le Pakistan",
        "pakistanais",
        "el Pakistán",
        "pakistaní",
        "باكستان",
        "باكستان",
        "巴基斯坦",
        "Пакистан",
        "пакистанск",
    ),
    "IR": (
        r"Iran\w*",
        "l'Iran",
        "iranien",
        "el Irán",
        "iraní",
        "إيران",
        "إيران",
        "伊朗",
        "Иран",
        "иранск",
    ),
    "IQ": (
        r"Iraq\w*",
        "l'Iraq",
        "iraquien",
        "el Iraq",
        "iraquí",
        "العراق",
        "عراق",
        "伊拉克",
        "Ирак",
        "иракск",
    ),
    "SY": (
        r"Syria\w*",
        "la Syrie",
        "syrien",
        "Siria",
        "sirio",
        "سوريا",
        "سور",
        "叙利亚",
        "Сирия",
        "сирийск",
    ),
    "YE": (
        r"Yemen\w*",
        "le Yémen",
        "yéménite",
        "el Yemen",
        "yemení",
        "اليمن",
        "يمن",
        "也门",
        "Йемен",
        "йеменск",
    ),
    "SD": (
        r"Sudan\w*",
        "le Soudan",
        "soudanais",
        "el Sudán",
        "sudanés",
        "السودان",
        "سودان",
        "苏丹",
        "Судан",
        "суданск",
    ),
    "LB": (
        r"Leban\w*",
        "le Liban",
        "libanais",
        "el Líbano",
        "libanés",
        "لبنان",
        "لبنان",
        "黎巴嫩",
        "Ливан",
        "ливанск",
    ),
    "JO": (
        r"Jordan\w*",
        "la Jordanie",
        "jordanien",
        "Jordania",
        "jordano",
        "الأردن",
        "أردن",
        "约旦",
        "Иордания",
        "иорданск",
    ),
    "OM": (
        r"Oman\w*",
        "Oman",
        "omanais",
        "Omán",
        "omaní",
        "عمان",
        "عمان",
        "阿曼",
        "Оман",
        "оманск",
    ),
    "ML": (
        r"Mali\b|Malian\w*",
        "le Mali",
        "malien",
        "Malí",
        "maliense",
        "مالي",
        "مال",
        "马里",
        "Мали",
        "малийск",
    ),
    "TD": (
        r"Chad\w*",
        "le Tchad",
        "tchadien",
        "el Chad",
        "chadiano",
        "تشاد",
        "تشاد",
        "乍得",
        "Чад",
        "чадск",
    ),
    "TG": (
        r"Togo\w*",
        "le Togo",
        "togolais",
        "el Togo",
        "togolés",
        "توغو",
        "توغول",
        "多哥",
        "Того",
        "тоголезск",
    ),
    "NE": (
        r"Niger\b|Nigerien\w*",
        "le Niger",
        "nigérien",
        "el Níger",
        "nigerino",
        "النيجر",
        "نيجر",
        "尼日尔",
        "Нигер",
        "нигерск",
    ),
    "NG": (
        r"Nigeria\w*",
        "le Nigéria",
        "nigérian",
        "Nigeria",
        "nigeriano",
        "نيجيريا",
        "نيجير",
        "尼日利亚",
        "Нигерия",
        "нигерийск",
    ),
    "CL": (
        r"Chile\w*",
        "le Chili",
        "chilien",
        "Chile",
        "chileno",
        "شيلي",
        "شيل",
        "智利",
        "Чили",
        "чилийск",
    ),
    "PE": (
        r"Peru\w*",
        "le Pérou",
        "péruvien",
        "el Perú",
        "peruano",
        "بيرو",
        "بيرو",
        "秘鲁",
        "Перу",
        "перуанск",
    ),
    "CU": (
        r"Cuba\w*",
        "Cuba",
        "cubain",
        "Cuba",
        "cubano",
        "كوبا",
        "كوب",
        "古巴",
        "Куба",
        "кубинск",
    ),
    "IN": (
        r"India\w*",
        "l'Inde",
        "indien",
        "la India",
        "indio",
        "الهند",
        "هند",
        "印度",
        "Индия",
        "индийск",
    ),
    "CN": (
        r"China|Chinese",
        "la Chine",
        "chinois",
        "China",
        "chino",
        "الصين",
        "صين",
        "中国",
        "Китай",
        "китайск",
    ),
    "TR": (
        r"Turk\w*|Türkiye",
        "la Turquie",
        "turc",
        "Turquía",
        "turco",
        "تركيا",
        "ترك",
        "土耳其",
        "Турция",
        "турецк",
    ),
    "UA": (
        r"Ukrain\w*",
        "l'Ukraine",
        "ukrainien",
        "Ucrania",
        "ucraniano",
        "أوكرانيا",
        "أوكران",
        "乌克兰",
        "Украина",
        "украинск",
    ),
    "ET": (
        r"Ethiopia\w*",
        "l'Éthiopie",
        "éthiopien",
        "Etiopía",
        "etíope",
        "إثيوبيا",
        "إثيوب",
        "埃塞俄比亚",
        "Эфиопия",
        "эфиопск",
    ),
    "SO": (
        r"Somali\w*",
        "la Somalie",
        "somalien",
        "Somalia",
        "somalí",
        "الصومال",
        "صومال",
        "索马里",
        "Сомали",
        "сомалийск",
    ),
    "HT": (
        r"Haiti\w*",
        "Haïti",
        "haïtien",
        "Haití",
        "haitiano",
        "هايتي",
        "هايت",
        "海地",
        "Гаити",
        "гаитянск",
    ),
    "GN": (
        r"Guinea\w*",
        "la Guinée",
        "guinéen",
        "Guinea",
        "guineano",
        "غينيا",
        "غين",
        "几内亚",
        "Гвинея",
        "гвинейск",
    ),
    "MA": (
        r"Morocc\w*",
        "le Maroc",
        "marocain",
        "Marruecos",
        "marroquí",
        "المغرب",
        "مغرب",
        "摩洛哥",
        "Марокко",
        "марокканск",
    ),
    "EG": (
        r"Egypt\w*",
        "l'Égypte",
        "égyptien",
        "Egipto",
        "egipcio",
        "مصر",
        "مصر",
        "埃及",
        "Египет",
        "египетск",
    ),
    "QA": (
        r"Qatar\w*",
        "le Qatar",
        "qatarien",
        "Qatar",
        "qatarí",
        "قطر",
        "قطر",
        "卡塔尔",
        "Катар",
        "катарск",
    ),
    "BH": (
        r"Bahrain\w*",
        "Bahreïn",
        "bahreïnien",
        "Bahrein",
        "bahreiní",
        "البحرين",
        "بحرين",
        "巴林",
        "Бахрейн",
        "бахрейнск",
    ),
    "DZ": (
        r"Algeria\w*",
        "l'Algérie",
        "algérien",
        "Argelia",
        "argelino",
        "الجزائر",
        "جزائر",
        "阿尔及利亚",
        "Алжир",
        "алжирск",
    ),
    "LY": (
        r"Libya\w*",
        "la Libye",
        "libyen",
        "Libia",
        "libio",
        "ليبيا",
        "ليب",
        "利比亚",
        "Ливия",
        "ливийск",
    ),
    "LR": (
        r"Liberia\w*",
        "le Libéria",
        "libérien",
        "Liberia",
        "liberiano",
        "ليبريا",
        "ليبير",
        "利比里亚",
        "Либерия",
        "либерийск",
    ),
    "MR": (
        r"Mauritania\w*",
        "la Mauritanie",
        "mauritanien",
        "Mauritania",
        "mauritano",
        "موريتانيا",
        "موريتان",
        "毛里塔尼亚",
        "Мавритания",
        "мавританск",
    ),
    "BJ": (
        r"Benin\w*",
        "le Bénin",
        "béninois",
        "Benin",
        "beninés",
        "بنن",
        "بنن",
        "贝宁",
        "Бенин",
        "бенинск",
    ),
    "GE": (
        r"Georgia\w*",
        "la Géorgie",
        "géorgien",
        "Georgia",
        "georgiano",
        "جورجيا",
        "جورج",
        "格鲁吉亚",
        "Грузия",
        "грузинск",
    ),
    "MT": (
        r"Malt\w*",
        "Malte",
        "maltais",
        "Malta",
        "maltés",
        "مالطة",
        "مالط",
        "马耳他",
        "Мальта",
        "мальтийск",
    ),
    "SV": (
        r"Salvador\w*",
        "El Salvador",
        "salvadorien",
        "El Salvador",
        "salvadoreño",
        "السلفادور",
        "سلفادور",
        "萨尔瓦多",
        "Сальвадор",
        "сальвадорск",
    ),
    "KE": (
        r"Keny\w*",
        "le Kenya",
        "kényan",
        "Kenya",
        "keniano",
        "كينيا",
        "كين",
        "肯尼亚",
        "Кения",
        "кенийск",
    ),
    "BD": (
        r"Bangladesh\w*",
        "le Bangladesh",
        "bangladais",
        "Bangladesh",
        "bangladesí",
        "بنغلاديش",
        "بنغلاديش",
        "孟加拉国",
        "Бангладеш",
        "бангладешск",
    ),
    "MM": (
        r"Myanmar\w*|Burm\w*",
        "le Myanmar",
        "myanmarais",
        "Myanmar",
        "myanmarense",
        "ميانمار",
        "ميانمار",
        "缅甸",
        "Мьянма",
        "мьянманск",
    ),
    "NP": (
        r"Nepal\w*",
        "le Népal",
        "népalais",
        "Nepal",
        "nepalés",
        "نيبال",
        "نيبال",
        "尼泊尔",
        "Непал",
        "непальск",
    ),
    "GH": (
        r"Ghana\w*",
        "le Ghana",
        "ghanéen",
        "Ghana",
        "ghanés",
        "غانا",
        "غان",
        "加纳",
        "Гана",
        "ганск",
    ),
    "CF": (
        r"Central African",
        "la République centrafricaine",
        "centrafricain",
        "la República Centroafricana",
        "centroafricano",
        "جمهورية أفريقيا الوسطى",
        "",
        "中非",
        "Центральноафриканская Республика",
        "центральноафриканск",
    ),
    "ZA": (
        r"South Africa\w*",
        "l'Afrique du Sud",
        "sud-africain",
        "Sudáfrica",
        "sudafricano",
        "جنوب أفريقيا",
        "",
        "南非",
        "Южная Африка",
        "южноафриканск",
    ),
    "IL": (
        r"Israel\w*",
        "Israël",
        "israélien",
        "Israel",
        "israelí",
        "إسرائيل",
        "إسرائيل",
        "以色列",
        "Израиль",
        "израильск",
    ),
    "FR": (
        r"France|French",
        "la France",
        "français",
        "Francia",
        "francés",
        "فرنسا",
        "فرنس",
        "法国",
        "Франция",
        "французск",
    ),
    "JP": (
        r"Japan\w*",
        "le Japon",
        "japonais",
        "el Japón",
        "japonés",
        "اليابان",
        "يابان",
        "日本",
        "Япония",
        "японск",
    ),
}

# Names or adjectives that are also common words (or parts of common words) in each language:
# the risky ones for a check that must tell them apart.
_AMBIGUOUS = {
    "fr": (
        "TD",
        "ML",
        "BJ",
        "CL",
        "NE",
        "TR",
        "MT",
        "CU",
        "JO",
        "GN",
    ),  # tchadien/mali (déficit), bénin, chili, turc...
    "es": (
        "CL",
        "MT",
        "SV",
        "GN",
        "CU",
        "IN",
        "GE",
        "TD",
        "TR",
        "CN",
    ),  # chile, malta, salvador, guinea, cuba, india, chino
    "ar": (
        "OM",
        "ML",
        "QA",
        "MA",
        "BH",
        "DZ",
        "EG",
        "JO",
        "TD",
        "IN",
    ),  # عمان, مالي, قطر, المغرب, البحرين, الجزائر, مصر
    "zh": (
        "CF",
        "ZA",
        "ML",
        "CL",
        "TD",
        "GN",
        "SD",
        "NE",
        "GH",
        "JP",
    ),  # 中非, 南非, 马里, 智利, 乍得, 几内亚, 苏丹, 加纳
    "ru": (
        "TG",
        "ML",
        "TD",
        "CL",
        "PE",
        "GH",
        "NE",
        "CU",
        "GE",
        "OM",
    ),  # Того, Мали, Чад, Чили, Перу, Гана
}


# --- forms in each language -------------------------------------------------------------------------
@dataclass(frozen=True)
class Form:
    """One surface form of a country: prefix (article, clitics) + stem + suffix (ending)."""

    key: str
    prefix: str
    stem: str
    suffix: str
    tag: str  # grammar of the form: ru case, ar clitics, fr/es article, "adj:<agreement>"

    @property
    def text(self) -> str:
        return self.prefix + self.stem + self.suffix


_RU_CASES = ("nom", "gen", "dat", "acc", "ins", "pre")
_RU_INDECL = {"ML", "TG", "CL", "PE", "SO", "HT", "BD", "MA"}


def _ru_name(key: str, nom: str) -> list[Form]:
    if key in _RU_INDECL or " " in nom:
        if key == "CF":
            stem = "Центральноафриканск"
            ends = (
                "ая Республика",
                "ой Республики",
                "ой Республике",
                "ую Республику",
                "ой Республикой",
                "ой Республике",
            )
            return [Form(key, "", stem, e, c) for c, e in zip(_RU_CASES, ends, strict=True)]
        if key == "ZA":
            return [
                Form(key, "", "Южн", e, c)
                for c, e in zip(
                    _RU_CASES,
                    ("ая Африка", "ой Африки", "ой Африке", "ую Африку", "ой Африкой", "ой Африке"),
                    strict=True,
                )
            ]
        return [Form(key, "", nom, "", c) for c in _RU_CASES]
    if nom.endswith("ия") or nom.endswith("ея"):
        stem, ends = (
            nom[:-1],
            (
                "я",
                "и",
                "и" if nom.endswith("ия") else "е",
                "ю",
                "ей",
                "и" if nom.endswith("ия") else "е",
            ),
        )
    elif nom.endswith("а"):
        stem, ends = nom[:-1], ("а", "ы", "е", "у", "ой", "е")
    elif nom.endswith("й"):
        stem, ends = nom[:-1], ("й", "я", "ю", "й", "ем", "е")
    elif nom.endswith("ь"):
        stem, ends = nom[:-1], ("ь", "я", "ю", "ь", "ем", "е")
    elif nom == "Египет":
        stem, ends = "Египт", ("", "а", "у", "", "ом", "е")
        return [
            Form(
                key,
                "",
                "Египет" if c in ("nom", "acc") else stem,
                "" if c in ("nom", "acc") else e,
                c,
            )
            for c, e in zip(_RU_CASES, ("", "а", "у", "", "ом", "е"), strict=True)
        ]
    else:
        stem, ends = nom, ("", "а", "у", "", "ом", "е")
    return [Form(key, "", stem, e, c) for c, e in zip(_RU_CASES, ends, strict=True)]


# adjective endings by agreement (after к: -ий; a stem in -ск/-цк takes the same)
_RU_ADJ = {
    "m.nom": "ий",
    "m.gen": "ого",
    "m.dat": "ому",
    "m.ins": "им",
    "m.pre": "ом",
    "f.nom": "ая",
    "f.gen": "ой",
    "f.acc": "ую",
    "n.nom": "ое",
    "p.nom": "ие",
    "p.gen": "их",
    "p.dat": "им",
    "p.ins": "ими",
}


def _ru_adj(key: str, stem: str) -> list[Form]:
    return [Form(key, "", stem, e, "adj:" + t) for t, e in _RU_ADJ.items()]


_AR_PREFIXES = (
    "",
    "و",
    "ف",
    "ب",
    "ل",
    "ك",
    "وب",
    "ول",
    "فب",
    "فل",
    "وك",
    "وال",
    "بال",
    "لل",
    "ولل",
    "وبال",
    "ال",
    "فال",
)


def _ar_clitic(prefix: str, name: str) -> tuple[str, str] | None:
    """prefix + name as written: ل + ال -> لل; an article prefix only before an article-less
    adjective, not before a name."""
    if prefix.endswith("ال") or prefix.endswith("لل"):
        return None
    if name.startswith("ال") and prefix.endswith("ل"):
        return prefix + "ل", name[2:]
    return prefix, name


def _ar_name(key: str, name: str) -> list[Form]:
    out = []
    for p in _AR_PREFIXES:
        got = _ar_clitic(p, name)
        if got is None:
            continue
        pre, stem = got
        if stem.startswith("ال"):
            pre, stem = pre + "ال", stem[2:]
        out.append(Form(key, pre, stem, "", "clitic:" + p))
    return out


_AR_NISBA = {"m": "ي", "f": "ية", "mp.obl": "يين", "mp.nom": "يون", "fp": "يات"}


def _ar_adj(key: str, stem: str) -> list[Form]:
    if not stem:
        return []
    out = []
    for art in ("", "ال", "وال", "بال", "لل"):
        for t, e in _AR_NISBA.items():
            if key == "ML" and t == "m":
                continue  # مالي: the name itself
            out.append(Form(key, art, stem, e, f"adj:{t}:{art}"))
    return out


def _fr_article(name: str) -> tuple[str, str, str]:
    """(article, stem, gender) of a French name with its article."""
    for art, g in (("le ", "m"), ("la ", "f"), ("l'", "v"), ("les ", "p")):
        if name.startswith(art):
            return art, name[len(art) :], g
    return "", name, "0"


def _fr_name(key: str, name: str) -> list[Form]:
    art, stem, g = _fr_article(name)
    if " " in stem:
        # the multi-word names: only their first word is the stem (République, Afrique)
        first, _, rest = stem.partition(" ")
        return [Form(key, art, first, " " + rest, "name:" + g)]
    preps = {
        "m": ("", "le ", "du ", "au "),
        "f": ("", "la ", "de la ", "en "),
        "v": ("", "l'", "de l'", "d'", "en "),
        "p": ("", "les ", "des ", "aux "),
        "0": ("", "à ", "de "),
    }[g]
    return [Form(key, p, stem, "", "name:" + g + ":" + p) for p in preps]


def _fr_adj_forms(adj: str) -> dict[str, str]:
    if adj.endswith("e"):
        return {"ms": "", "fs": "", "mp": "s", "fp": "s"}
    if adj.endswith("ien"):
        return {"ms": "", "fs": "ne", "mp": "s", "fp": "nes"}
    if adj.endswith("ais") or adj.endswith("ois"):
        return {"ms": "", "fs": "e", "mp": "", "fp": "es"}
    if adj == "turc":
        return {"ms": "", "fs": "", "mp": "s", "fp": ""}  # turque handled below
    return {"ms": "", "fs": "e", "mp": "s", "fp": "es"}


def _fr_adj(key: str, adj: str) -> list[Form]:
    out = [Form(key, "", adj, e, "adj:" + t) for t, e in _fr_adj_forms(adj).items()]
    if adj == "turc":
        out += [Form(key, "", "turqu", "e", "adj:fs"), Form(key, "", "turqu", "es", "adj:fp")]
    return out


def _es_name(key: str, name: str) -> list[Form]:
    if name.startswith("el "):
        stem = name[3:]
        return [Form(key, p, stem, "", "name:m:" + p) for p in ("", "el ", "del ", "al ")]
    if name.startswith("la "):
        stem = name[3:]
        if " " in stem:
            first, _, rest = stem.partition(" ")
            return [
                Form(key, p, first, " " + rest, "name:f:" + p)
                for p in ("la ", "de la ", "a la ", "La ")
            ]
        return [Form(key, p, stem, "", "name:f:" + p) for p in ("la ", "de la ", "a la ", "La ")]
    if " " in name:
        first, _, rest = name.partition(" ")
        return [Form(key, "", first, " " + rest, "name:0:")]
    return [Form(key, p, name, "", "name:0:" + p) for p in ("", "de ", "a ", "en ")]


def _es_adj(key: str, adj: str) -> list[Form]:
    if adj.endswith("o"):
        stem = adj[:-1]
        return [
            Form(key, "", stem, e, "adj:" + t)
            for t, e in (("ms", "o"), ("fs", "a"), ("mp", "os"), ("fp", "as"))
        ]
    if adj.endswith("í"):
        return [Form(key, "", adj, "", "adj:s"), Form(key, "", adj[:-1], "íes", "adj:p")]
    if adj.endswith("és"):
        stem = adj[:-2]
        return [
            Form(key, "", stem, e, "adj:" + t)
            for t, e in (("ms", "és"), ("fs", "esa"), ("mp", "eses"), ("fp", "esas"))
        ]
    if adj.endswith("e"):
        return [Form(key, "", adj, "", "adj:s"), Form(key, "", adj, "s", "adj:p")]
    return [Form(key, "", adj, "", "adj:s")]


def _zh_forms(key: str, name: str) -> list[Form]:
    return [Form(key, "", name, "", "name")]


def _build() -> dict[str, list[Form]]:
    out: dict[str, list[Form]] = {lang: [] for lang in LANGS}
    for key, (_, fr, fradj, es, esadj, ar, arstem, zh, ru, ruadj) in _C.items():
        out["fr"] += _fr_name(key, fr) + _fr_adj(key, fradj)
        out["es"] += _es_name(key, es) + _es_adj(key, esadj)
        out["ar"] += _ar_name(key, ar) + _ar_adj(key, arstem)
        out["zh"] += _zh_forms(key, zh)
        out["ru"] += _ru_name(key, ru) + _ru_adj(key, ruadj)
    return out


FORMS = _build()
_LETTER = r"A-Za-zÀ-ÖØ-öø-ÿĀ-žА-Яа-яЁё\u0600-\u06ff"
_EN = {key: re.compile(rf"\b(?:{row[0]})", re.IGNORECASE) for key, row in _C.items()}


def in_source(key: str, src: str) -> bool:
    return bool(_EN[key].search(src))


@dataclass(frozen=True)
class Hit:
    form: Form
    start: int  # of the prefix
    end: int


def _matcher(lang: str) -> tuple[re.Pattern[str], dict[str, Form]]:
    by: dict[str, Form] = {}
    for f in FORMS[lang]:
        if f.text:
            by.setdefault(f.text.lower(), f)
    alts = "|".join(re.escape(t) for t in sorted(by, key=len, reverse=True))
    if lang == "zh":
        return re.compile(f"(?:{alts})"), by
    flags = 0 if lang == "ar" else re.IGNORECASE
    return re.compile(rf"(?<![{_LETTER}'])(?:{alts})(?![{_LETTER}])", flags), by


_MATCH = {lang: _matcher(lang) for lang in LANGS}


def hits(text: str, lang: str) -> list[Hit]:
    """Country forms in a text, the longest at each place, not overlapping."""
    pat, by = _MATCH[lang]
    out = []
    for m in pat.finditer(text):
        # not inside an address: "pakistan@un.int", "unocha.org/pakistan"
        left = text[: m.start()].rsplit(None, 1)[-1] if text[: m.start()].strip() else ""
        right = text[m.end() :].split(None, 1)[0] if text[m.end() :].strip() else ""
        if re.search(r"[/@]|www\.|\.\w", left + "|" + right) and (
            not text[: m.start()].endswith((" ", "\u00a0")) or re.match(r"[/@]|\.\w", right)
        ):
            continue
        out.append(Hit(by[m.group().lower()], m.start(), m.end()))
    return out


def source_hits(text: str, lang: str, src: str) -> list[Hit]:
    """Hits of countries the source names (a form that is also a common word, "того",
    "المالية", is a country only when the source has one)."""
    return [h for h in hits(text, lang) if in_source(h.form.key, src)]


def _stem_span(text: str, h: Hit) -> tuple[int, int]:
    """Where the stem of a hit is in the text (the prefix may differ in case)."""
    s = h.start + len(h.form.prefix)
    return s, s + len(h.form.stem)


# --- misspellings ---------------------------------------------------------------------------------
_ALPHA = {
    "fr": "abcdefghijlmnoprstuvéèa",
    "es": "abcdefghijlmnoprstuvñá",
    "ru": "абвгдежзиклмнопрстуфхцчшыэюя",
    "ar": "ابتثجحخدذرزسشصضطظعغفقكلمنهوي",
}
_LOOK = {
    "ar": {
        "ة": "ه",
        "ه": "ة",
        "ي": "ى",
        "ى": "ي",
        "أ": "ا",
        "ا": "أ",
        "إ": "ا",
        "آ": "ا",
        "ء": "ئ",
        "ئ": "ء",
        "ؤ": "و",
    },
    "ru": {
        "е": "ё",
        "ё": "е",
        "и": "й",
        "й": "и",
        "ш": "щ",
        "щ": "ш",
        "ь": "ъ",
        "Е": "Ё",
        "И": "Й",
    },
    "fr": {
        "é": "è",
        "è": "é",
        "e": "é",
        "ï": "i",
        "i": "ï",
        "ô": "o",
        "o": "ô",
        "É": "E",
        "a": "â",
    },
    "es": {
        "á": "a",
        "é": "e",
        "í": "i",
        "ó": "o",
        "ú": "u",
        "a": "á",
        "e": "é",
        "i": "í",
        "o": "ó",
        "n": "ñ",
        "ñ": "n",
    },
}
_ZH_LOOK = {
    "巴": "吧八扒",
    "基": "机其几",
    "斯": "司丝思",
    "坦": "担但",
    "阿": "啊河",
    "富": "福付",
    "汗": "汉寒",
    "伊": "依衣",
    "朗": "郎琅",
    "拉": "啦垃",
    "克": "刻客可",
    "叙": "序",
    "利": "力立莉",
    "亚": "压雅娅",
    "也": "野业",
    "门": "们闷",
    "苏": "酥素",
    "丹": "单担",
    "黎": "梨犁",
    "嫩": "恁",
    "约": "药曰",
    "旦": "但蛋",
    "曼": "慢蔓",
    "马": "玛码",
    "里": "理力",
    "乍": "炸作",
    "得": "的德",
    "多": "朵夺",
    "哥": "歌戈",
    "尼": "泥妮呢",
    "日": "曰目",
    "尔": "耳儿",
    "智": "知志",
    "秘": "密",
    "鲁": "卤鲁",
    "古": "估故",
    "印": "即应",
    "度": "渡都",
    "中": "钟忠",
    "国": "囯果",
    "土": "士吐",
    "耳": "尔饵",
    "其": "旗奇",
    "乌": "鸟呜",
    "兰": "蓝栏",
    "埃": "挨矣",
    "塞": "赛",
    "俄": "饿鹅",
    "比": "必毕",
    "索": "锁",
    "海": "每",
    "地": "的弟",
    "几": "机己",
    "内": "纳那",
    "摩": "磨",
    "洛": "落络",
    "及": "吉急",
    "卡": "咖",
    "塔": "塌踏",
    "林": "琳临",
    "毛": "毛",
    "贝": "见",
    "宁": "凝",
    "格": "阁",
    "吉": "及",
    "他": "她它",
    "萨": "撒",
    "瓦": "娃",
    "肯": "啃",
    "孟": "梦盂",
    "加": "家佳嘉",
    "缅": "棉",
    "甸": "佃电",
    "泊": "柏",
    "纳": "那呐",
    "以": "已",
    "色": "涩",
    "列": "烈",
    "法": "发",
    "本": "木苯",
    "南": "楠",
    "非": "菲飞",
    "勒": "肋",
    "德": "得",
}


def _keep_case(old: str, new: str) -> str:
    return new[:1].upper() + new[1:] if old[:1].isupper() else new


def _position(n: int, rng: random.Random) -> int:
    """An index in a stem of n letters: its start, middle or end, in turn."""
    where = rng.choice(("start", "middle", "end"))
    if n <= 2:
        return rng.randrange(n)
    if where == "start":
        return rng.choice((0, 1))
    if where == "end":
        return rng.choice((n - 1, n - 2))
    return rng.randrange(1, n - 1)


def _edit(stem: str, how: str, lang: str, rng: random.Random) -> str | None:
    n = len(stem)
    if n < 2:
        return None
    if lang == "zh":
        i = rng.randrange(n)
        if how == "sub" or how == "lookalike":
            alts = _ZH_LOOK.get(stem[i], "")
            if not alts:
                cands = [j for j in range(n) if stem[j] in _ZH_LOOK]
                if not cands:
                    return None
                i = rng.choice(cands)
                alts = _ZH_LOOK[stem[i]]
            return stem[:i] + rng.choice(alts) + stem[i + 1 :]
        if how == "del":
            return stem[:i] + stem[i + 1 :] if n > 2 else None
        if how == "ins":
            return stem[:i] + rng.choice("斯亚利尔克") + stem[i:]
        if how == "double":
            return stem[: i + 1] + stem[i] + stem[i + 1 :]
        if how == "transpose":
            i = rng.randrange(n - 1)
            return stem[:i] + stem[i + 1] + stem[i] + stem[i + 2 :]
        return None
    i = _position(n, rng)
    if how == "sub":
        alpha = _ALPHA[lang]
        c = rng.choice([a for a in alpha if a != stem[i].lower()])
        new = stem[:i] + (c.upper() if stem[i].isupper() else c) + stem[i + 1 :]
    elif how == "del":
        new = stem[:i] + stem[i + 1 :]
    elif how == "ins":
        c = rng.choice(_ALPHA[lang])
        j = max(1, i) if stem[0].isupper() else i
        new = stem[:j] + c + stem[j:]
    elif how == "double":
        new = stem[: i + 1] + stem[i].lower() + stem[i + 1 :]
    elif how == "transpose":
        i = min(i, n - 2)
        if stem[i].lower() == stem[i + 1].lower():
            return None
        a, b = stem[i], stem[i + 1]
        if a.isupper():
            a, b = b.upper(), a.lower()
        else:
            a, b = b, a
        new = stem[:i] + a + b + stem[i + 2 :]
    elif how == "lookalike":
        cands = [j for j, ch in enumerate(stem) if ch in _LOOK[lang]]
        if not cands:
            return None
        j = rng.choice(cands)
        new = stem[:j] + _LOOK[lang][stem[j]] + stem[j + 1 :]
    else:
        return None
    return new


def _known(word: str, lang: str) -> bool:
    return any(word.lower() == f.stem.lower() for f in FORMS[lang])


def _misspelt(how: str) -> Callable[[str, str, random.Random, str], str | None]:
    def fn(text: str, lang: str, rng: random.Random, src: str) -> str | None:
        hs = source_hits(text, lang, src)
        rng.shuffle(hs)
        for h in hs:
            s, e = _stem_span(text, h)
            stem = text[s:e]
            for _ in range(6):
                new = _edit(stem, how, lang, rng)
                if new and new != stem and not _known(new, lang):
                    return text[:s] + new + text[e:]
        return None

    return fn


# --- added countries ------------------------------------------------------------------------------
def _choices(lang: str, src: str, text: str, rng: random.Random, ambiguous: bool) -> list[str]:
    present = {h.form.key for h in hits(text, lang)}
    pool = list(_AMBIGUOUS[lang]) if ambiguous else [k for k in _C if k not in _AMBIGUOUS[lang]]
    keys = [k for k in pool if k not in present and not in_source(k, src)]
    rng.shuffle(keys)
    return keys


def _form(key: str, lang: str, tag: str) -> Form | None:
    for f in FORMS[lang]:
        if f.key == key and f.tag == tag:
            return f
    return None


def _fr_in(key: str) -> str:
    """'au Tchad', 'en Iran', 'à Cuba': a French country after 'in'."""
    _, stem, g = _fr_article(_C[key][1])
    return {"m": "au ", "f": "en ", "v": "en ", "p": "aux ", "0": "à "}[g] + stem


def _fr_with_article(key: str) -> str:
    return _C[key][1]


def _es_in(key: str) -> str:
    name = _C[key][3]
    return "en " + name


def _ru_case(key: str, case: str) -> str:
    f = _form(key, "ru", case)
    if f is None:
        f = _form(key, "ru", "nom")
    assert f is not None
    return f.text


def _ar_with(key: str, prefix: str) -> str:
    name = _C[key][5]
    got = _ar_clitic(prefix, name)
    return (got[0] + got[1]) if got else prefix + name


_RU_INCLUDING = (
    (", в том числе в {pre}", "pre"),
    (", включая {acc}", "acc"),
    (", а также в {pre}", "pre"),
    (" и из {gen}", "gen"),
    (", вместе с {ins}", "ins"),
    (", по {dat}", "dat"),
    (" и для {gen}", "gen"),
)


def _including(key: str, lang: str, rng: random.Random) -> str:
    if lang == "fr":
        return rng.choice(
            (
                ", y compris {in}",
                ", notamment {in}",
                ", ainsi qu'{in}" if _fr_in(key)[0] in "aeiouéè" else ", ainsi que {in}",
            )
        ).replace("{in}", _fr_in(key))
    if lang == "es":
        name = _C[key][3]
        de = ("del " + name[3:]) if name.startswith("el ") else "de " + name
        return rng.choice(
            (
                ", incluido " + _es_in(key),
                ", en particular " + _es_in(key),
                " y " + de,
                ", así como " + _es_in(key),
            )
        )
    if lang == "ar":
        p = rng.choice(("وفي ", "ول", "وب", "و", "بما في ذلك ", "ولا سيما في "))
        if p.endswith(" "):
            return "، " + p + _C[key][5] if p.startswith("ب") else " " + p + _C[key][5]
        return " " + _ar_with(key, p)
    if lang == "zh":
        return rng.choice(("，包括{n}", "以及{n}", "和{n}", "，特别是在{n}")).replace(
            "{n}", _C[key][7]
        )
    tpl, case = rng.choice(_RU_INCLUDING)
    return tpl.replace("{" + case + "}", _ru_case(key, case))


_CLAUSE_END = re.compile(r"[^;:!?。；：！？]{25,}?(?=[.;!?](?:\s|$)|[。；！？]|$)")


def _insert_at_clause_end(text: str, add: str, rng: random.Random) -> str | None:
    spots = [
        m.end()
        for m in _CLAUSE_END.finditer(text)
        if m.group().strip() and not re.search(r"\S*[/@]\S*$", m.group())
    ]
    if not spots:
        return None
    at = rng.choice(spots)
    while at > 0 and text[at - 1] in ' \u00a0»"”’)）':
        at -= 1
    return text[:at] + add + text[at:]


def _added_including(
    text: str, lang: str, rng: random.Random, src: str, ambiguous: bool = False
) -> str | None:
    keys = _choices(lang, src, text, rng, ambiguous)
    if not keys:
        return None
    return _insert_at_clause_end(text, _including(keys[0], lang, rng), rng)


def _coord(h: Hit, key: str, lang: str) -> str | None:
    """' and <key>' in the grammar of hit h."""
    f = h.form
    if f.tag.startswith("adj"):
        g = _form(key, lang, f.tag)
        if g is None:
            return None
        word = {"fr": " et ", "es": " y ", "ru": " и ", "ar": " و", "zh": "和"}[lang]
        if lang == "ar":
            return " و" + g.text
        return word + g.text
    if lang == "ru":
        return " и " + _ru_case(key, f.tag)
    if lang == "zh":
        return "和" + _C[key][7]
    if lang == "ar":
        p = f.tag.split(":", 1)[1]
        p = p if p.startswith("و") else "و" + p.lstrip("وف")
        return " " + _ar_with(key, p)
    if lang == "fr":
        prep = f.tag.split(":")[2] if f.tag.count(":") >= 2 else ""
        if prep.strip().lower() in ("au", "en", "aux", "à"):
            return " et " + _fr_in(key)
        if prep.strip().lower() in ("du", "de la", "de l'", "d'", "des", "de"):
            _, stem, g = _fr_article(_C[key][1])
            de = {"m": "du ", "f": "de la ", "v": "de l'", "p": "des ", "0": "de "}[g]
            return " et " + de + stem
        return " et " + _fr_with_article(key)
    if lang == "es":
        prep = f.tag.split(":")[2] if f.tag.count(":") >= 2 else ""
        name = _C[key][3]
        if prep in ("del ", "de ", "de la "):
            return " y " + (("del " + name[3:]) if name.startswith("el ") else "de " + name)
        if prep in ("en ",):
            return " y " + _es_in(key)
        return " y " + name
    return None


def _added_coord(
    text: str, lang: str, rng: random.Random, src: str, ambiguous: bool = False
) -> str | None:
    hs = [h for h in source_hits(text, lang, src) if h.form.suffix[:1] != " "]
    if not hs:
        return None
    h = rng.choice(hs)
    keys = _choices(lang, src, text, rng, ambiguous)
    for key in keys:
        add = _coord(h, key, lang)
        if add:
            return text[: h.end] + add + text[h.end :]
    return None


def _added_ambiguous(text: str, lang: str, rng: random.Random, src: str) -> str | None:
    if rng.random() < 0.5:
        got = _added_coord(text, lang, rng, src, ambiguous=True)
        if got:
            return got
    return _added_including(text, lang, rng, src, ambiguous=True)


# nouns a country adjective attaches to, with the agreement it takes
_NOUNS: dict[str, list[tuple[str, str, str]]] = {
    # (pattern, agreement tag, placement: "after" / "before")
    "fr": [
        (r"\b[Ll]es autorités\b", "adj:fp", "after"),
        (r"\b[Ll]e [Gg]ouvernement\b", "adj:ms", "after"),
        (r"\b[Ll]a population\b", "adj:fs", "after"),
        (r"\b[Ll]es forces\b", "adj:fp", "after"),
        (r"\b[Ll]es réfugiés\b", "adj:mp", "after"),
        (r"\b[Ll]e peuple\b", "adj:ms", "after"),
        (r"\b[Ll]es enfants\b", "adj:mp", "after"),
        (r"\b[Ll]es femmes\b", "adj:fp", "after"),
        (r"\b[Ll]a frontière\b", "adj:fs", "after"),
    ],
    "es": [
        (r"\b[Ll]as autoridades\b", "adj:fp", "after"),
        (r"\b[Ee]l [Gg]obierno\b", "adj:ms", "after"),
        (r"\b[Ll]a población\b", "adj:fs", "after"),
        (r"\b[Ll]as fuerzas\b", "adj:fp", "after"),
        (r"\b[Ll]os refugiados\b", "adj:mp", "after"),
        (r"\b[Ee]l pueblo\b", "adj:ms", "after"),
        (r"\b[Ll]os niños\b", "adj:mp", "after"),
        (r"\b[Ll]as mujeres\b", "adj:fp", "after"),
        (r"\b[Ll]a frontera\b", "adj:fs", "after"),
    ],
    "ru": [
        (r"(?<![а-яё])власти(?![а-яё])", "adj:p.nom", "before"),
        (r"(?<![а-яё])властей(?![а-яё])", "adj:p.gen", "before"),
        (r"(?<![а-яё])правительство(?![а-яё])", "adj:n.nom", "before"),
        (r"(?<![а-яё])правительства(?![а-яё])", "adj:m.gen", "before"),
        (r"(?<![а-яё])правительству(?![а-яё])", "adj:m.dat", "before"),
        (r"(?<![а-яё])правительством(?![а-яё])", "adj:m.ins", "before"),
        (r"(?<![а-яё])беженцев(?![а-яё])", "adj:p.gen", "before"),
        (r"(?<![а-яё])беженцы(?![а-яё])", "adj:p.nom", "before"),
        (r"(?<![а-яё])беженцам(?![а-яё])", "adj:p.dat", "before"),
        (r"(?<![а-яё])народ(?![а-яё])", "adj:m.nom", "before"),
        (r"(?<![а-яё])народа(?![а-яё])", "adj:m.gen", "before"),
        (r"(?<![а-яё])границе(?![а-яё])", "adj:f.gen", "before"),
        (r"(?<![а-яё])детей(?![а-яё])", "adj:p.gen", "before"),
        (r"(?<![а-яё])женщин(?![а-яё])", "adj:p.gen", "before"),
        (r"(?<![а-яё])сил(?![а-яё])", "adj:p.gen", "before"),
    ],
    "ar": [
        (r"السلطات", "adj:f:ال", "after"),
        (r"الحكومة", "adj:f:ال", "after"),
        (r"الشعب", "adj:m:ال", "after"),
        (r"القوات", "adj:f:ال", "after"),
        (r"اللاجئين", "adj:mp.obl:ال", "after"),
        (r"الحدود", "adj:f:ال", "after"),
        (r"المرأة", "adj:f:ال", "after"),
        (r"الأطفال", "adj:m:ال", "after"),
        (r"السكان", "adj:mp.obl:ال", "after"),
    ],
    "zh": [
        (r"政府", "name", "before"),
        (r"当局", "name", "before"),
        (r"人民", "name", "before"),
        (r"难民", "name", "before"),
        (r"边境", "name", "before"),
        (r"妇女", "name", "before"),
        (r"儿童", "name", "before"),
        (r"部队", "name", "before"),
    ],
}


def _added_adjective(text: str, lang: str, rng: random.Random, src: str) -> str | None:
    spots: list[tuple[re.Match[str], str, str]] = []
    for pat, tag, where in _NOUNS[lang]:
        for m in re.finditer(pat, text):
            # not when a country already qualifies the noun
            near = text[max(0, m.start() - 40) : m.end() + 40]
            if hits(near, lang):
                continue
            spots.append((m, tag, where))
    if not spots:
        return None
    m, tag, where = rng.choice(spots)
    for key in _choices(lang, src, text, rng, rng.random() < 0.3):
        f = _form(key, lang, tag)
        if f is None:
            continue
        if where == "after":
            sep = " "
            return text[: m.end()] + sep + f.text + text[m.end() :]
        if lang == "zh":
            return text[: m.start()] + f.text + text[m.start() :]
        word = f.text
        if m.start() == 0 or text[m.start() - 2 : m.start()] in (". ",):
            word = word[:1].upper() + word[1:]
        return text[: m.start()] + word + " " + text[m.start() :]
    return None


_ZH_COMPOUND = ("人", "政府", "当局", "难民", "境内", "局势", "代表团", "人民", "边境", "问题")


def _added_compound(text: str, lang: str, rng: random.Random, src: str) -> str | None:
    if lang != "zh":
        return None
    keys = _choices(lang, src, text, rng, rng.random() < 0.4)
    if not keys:
        return None
    name = _C[keys[0]][7] + rng.choice(_ZH_COMPOUND)
    # after a list comma or at a clause end
    spots = [m.end() for m in re.finditer(r"[，、和及与]", text)]
    if spots and rng.random() < 0.5:
        at = rng.choice(spots)
        return text[:at] + name + "、" + text[at:]
    return _insert_at_clause_end(text, rng.choice(("，包括", "以及", "和")) + name, rng)


# --- replaced -------------------------------------------------------------------------------------
def _replace_hit(text: str, h: Hit, key: str, lang: str) -> str | None:
    f = h.form
    if lang == "zh":
        return text[: h.start] + _C[key][7] + text[h.end :]
    g = _form(key, lang, f.tag)
    if g is None:
        return None
    pre = text[h.start : h.start + len(f.prefix)]
    new = g.prefix + g.stem + g.suffix
    if (pre and g.prefix and pre[:1].isupper()) or (
        not f.prefix and text[h.start : h.start + 1].isupper()
    ):
        new = new[:1].upper() + new[1:]
    return text[: h.start] + new + text[h.end :]


def _replaced(text: str, lang: str, rng: random.Random, src: str, present: bool) -> str | None:
    hs = source_hits(text, lang, src)
    by: dict[str, list[Hit]] = {}
    for h in hs:
        by.setdefault(h.form.key, []).append(h)
    twice = [k for k, v in by.items() if len(v) >= 2]
    if not twice:
        return None
    a = rng.choice(twice)
    if present:
        others = [k for k in by if k != a]
    else:
        others = _choices(lang, src, text, rng, rng.random() < 0.3)
    rng.shuffle(others)
    h = rng.choice(by[a])
    for b in others:
        new = _replace_hit(text, h, b, lang)
        if new and new != text:
            return new
    return None


# --- the variants ---------------------------------------------------------------------------------
Variant = Callable[[str, str, random.Random, str], "str | None"]
VARIANTS: list[tuple[str, Variant]] = [
    ("misspelt_sub", _misspelt("sub")),
    ("misspelt_del", _misspelt("del")),
    ("misspelt_ins", _misspelt("ins")),
    ("misspelt_double", _misspelt("double")),
    ("misspelt_transpose", _misspelt("transpose")),
    ("misspelt_lookalike", _misspelt("lookalike")),
    ("added_coord", lambda t, lang, r, s: _added_coord(t, lang, r, s)),
    ("added_including", lambda t, lang, r, s: _added_including(t, lang, r, s)),
    ("added_adjective", _added_adjective),
    ("added_ambiguous", _added_ambiguous),
    ("added_compound", _added_compound),
    ("replaced_elsewhere", lambda t, lang, r, s: _replaced(t, lang, r, s, present=False)),
    ("replaced_by_present", lambda t, lang, r, s: _replaced(t, lang, r, s, present=True)),
]


def apply(variant: str, text: str, lang: str, seed: str = "0", src: str = "") -> str | None:
    """One variant on one text (tests, and reading a variant by hand)."""
    for name, fn in VARIANTS:
        if name == variant:
            return fn(text, lang, random.Random(seed), src)
    raise KeyError(variant)


def faults(clean: Sequence[Clean], seed: int = 13, per_kind: int = 130) -> list[Fault]:
    """About per_kind country faults, spread evenly over the languages and, within a language,
    over the variants (each variant takes the next entry it applies to in turn; no variant
    makes more than a fifth of a language's faults)."""
    out: list[Fault] = []
    kind = "country"
    rng = random.Random(f"inject4/{seed}/{kind}")
    langs = [lang for lang in LANGS if any(c.lang == lang for c in clean)]
    if not langs:
        return out
    quota = {
        lang: per_kind // len(langs) + (i < per_kind % len(langs)) for i, lang in enumerate(langs)
    }
    for lang in langs:
        pool = [c for c in clean if c.lang == lang]
        rng.shuffle(pool)
        variants = list(VARIANTS)
        rng.shuffle(variants)
        cap = max(2, -(-quota[lang] // 5))
        made: set[tuple[str, int, str]] = set()
        count: dict[str, int] = dict.fromkeys((v[0] for v in variants), 0)
        got = 0
        for reuse in (False, True):
            taken: set[tuple[str, int]] = {(k[0], k[1]) for k in made}
            cursor = dict.fromkeys((v[0] for v in variants), 0)
            exhausted: set[str] = set()
            while got < quota[lang] and len(exhausted) < len(variants):
                for name, fn in variants:
                    if got >= quota[lang] or name in exhausted:
                        continue
                    if count[name] >= cap:
                        exhausted.add(name)
                        continue
                    while cursor[name] < len(pool):
                        c = pool[cursor[name]]
                        cursor[name] += 1
                        key = (c.catalog, c.line)
                        if (not reuse and key in taken) or (*key, name) in made:
                            continue
                        local = random.Random(f"inject4/{seed}/{name}/{lang}/{key}")
                        new = fn(c.msgstr, lang, local, c.msgid)
                        if new and new.strip() and new != c.msgstr:
                            out.append(Fault(c, kind, name, new))
                            taken.add(key)
                            made.add((*key, name))
                            count[name] += 1
                            got += 1
                            break
                    else:
                        exhausted.add(name)
    return out
