"""Fault injector of the tuning4 set: benchmarks/heldout/inject.py itself, run on this folder.

As for tuning3 (benchmarks/tuning3/inject.py): the first held-out set's injector is executed
unchanged, with `__file__` set to this file, so `names()` reads this folder's glossary.csv. Only
its tables of countries, demonyms and names a literal engine translates are extended with what
this set's releases name (a country fault is drawn only on an entry whose source names a
country of the table). Forms are written as this set's translations write them; a Russian form
is a stem that inflects.
"""

from __future__ import annotations

from pathlib import Path

_SOURCE = Path(__file__).resolve().parent.parent / "heldout" / "inject.py"
exec(compile(_SOURCE.read_text(encoding="utf-8"), str(_SOURCE), "exec"), globals())

# (English, fr, es, ar, zh, ru); not India or Iran: they are among OTHER, the injector's
# replacements. Indonesia, Afghanistan and Sudan are in the first set's table already.
_COUNTRY_ROWS = [
    ("Sri Lanka", "Sri Lanka", "Sri Lanka", "سري لانكا", "斯里兰卡", "Шри-Ланк"),
    ("Thailand", "Thaïlande", "Tailandia", "تايلند", "泰国", "Таиланд"),
    ("Argentina", "Argentine", "Argentina", "الأرجنتين", "阿根廷", "Аргентин"),
    ("Australia", "Australie", "Australia", "أستراليا", "澳大利亚", "Австрали"),
    ("China", "Chine", "China", "الصين", "中国", "Кита"),
    ("Kazakhstan", "Kazakhstan", "Kazajstán", "كازاخستان", "哈萨克斯坦", "Казахстан"),
    ("Uzbekistan", "Ouzbékistan", "Uzbekistán", "أوزبكستان", "乌兹别克斯坦", "Узбекистан"),
    (
        "Russian Federation",
        "Fédération de Russie",
        "Federación de Rusia",
        "الاتحاد الروسي",
        "俄罗斯联邦",
        "Российская Федераци",
    ),
    (
        "United States",
        "États-Unis",
        "Estados Unidos",
        "الولايات المتحدة",
        "美国",
        "Соединенные Штат",
    ),
    ("Sweden", "Suède", "Suecia", "السويد", "瑞典", "Швеци"),
    ("Portugal", "Portugal", "Portugal", "البرتغال", "葡萄牙", "Португали"),
    ("Israel", "Israël", "Israel", "إسرائيل", "以色列", "Израил"),
    ("Azerbaijan", "Azerbaïdjan", "Azerbaiyán", "أذربيجان", "阿塞拜疆", "Азербайджан"),
    ("Belarus", "Bélarus", "Belarús", "بيلاروس", "白俄罗斯", "Беларус"),
    ("Jamaica", "Jamaïque", "Jamaica", "جامايكا", "牙买加", "Ямайк"),
    ("Germany", "Allemagne", "Alemania", "ألمانيا", "德国", "Германи"),
    ("Mexico", "Mexique", "México", "المكسيك", "墨西哥", "Мексик"),
    ("Spain", "Espagne", "España", "إسبانيا", "西班牙", "Испани"),
    ("Japan", "Japon", "Japón", "اليابان", "日本", "Япони"),
]
COUNTRIES.update({r[0]: dict(zip(LANGS, r[1:], strict=True)) for r in _COUNTRY_ROWS})  # noqa: F821
for _lang, _pairs in {
    "fr": [
        ("danoise", "norvégienne"),
        ("japonais", "coréen"),
        ("indonésienne", "philippine"),
        ("thaïlandais", "vietnamien"),
        ("Suédoise", "Norvégienne"),
        ("suédois", "norvégien"),
        ("Japonaise", "Coréenne"),
        ("Jamaïcaine", "Haïtienne"),
        ("Allemande", "Autrichienne"),
        ("Mexicaine", "Chilienne"),
        ("Espagnole", "Italienne"),
    ],
    "es": [
        ("danesa", "noruega"),
        ("japonés", "coreano"),
        ("sueca", "noruega"),
        ("mexicana", "chilena"),
        ("española", "italiana"),
    ],
    "ar": [
        ("دانمركية", "نرويجية"),
        ("ياباني", "كوري"),
        ("الإندونيسية", "الفلبينية"),
        ("التايلندية", "الفيتنامية"),
        ("السويدية", "النرويجية"),
        ("سويدية", "نرويجية"),
    ],
    "zh": [("日本村民", "韩国村民"), ("丹麦经济学家", "挪威经济学家")],
    "ru": [
        ("японском", "корейском"),
        ("индонезийском", "филиппинском"),
        ("из Дании", "из Норвегии"),
        ("шведским", "норвежским"),
    ],
}.items():
    DEMONYMS[_lang] += _pairs  # noqa: F821
_NAME_ROWS = [
    ("Waly", "Gouverneur", "Gobernador", "الوالي", "总督", "Губернатор"),
]
NAME_AS_WORD.update({r[0]: dict(zip(LANGS, r[1:], strict=True)) for r in _NAME_ROWS})  # noqa: F821
