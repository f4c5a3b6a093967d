"""Fault injector of the ninth tuning set: benchmarks/heldout2/inject.py itself, run here.

The second held-out set's injector is executed unchanged in this module's namespace, as
heldout6/inject.py does. Only its tables are extended with what this set's releases name, in the
forms this set's translations write them: countries (form in the reference -> a neighbour in the
same grammatical form, a realistic misspelling or non-UN form), demonyms, and the people (UN
Arabic, Chinese and Russian forms, as in glossary.csv). Nothing else is changed.
"""

from __future__ import annotations

from pathlib import Path

_SOURCE = Path(__file__).resolve().parent.parent / "heldout2" / "inject.py"
exec(compile(_SOURCE.read_text(encoding="utf-8"), str(_SOURCE), "exec"), globals())

# (form, neighbour in the same form, misspelt or non-UN form)
_COUNTRY_ROWS: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        ("République arabe syrienne", "République islamique d’Iran", "République arabe syriène"),
        ("Türkiye", "Grèce", "Turkiye"),
        ("Syrie", "Jordanie", "Syrye"),
        ("Trinité-et-Tobago", "Antigua-et-Barbuda", "Trinité-et-Tobaggo"),
        ("Hongrie", "Roumanie", "Hongrei"),
    ],
    "es": [
        ("República Árabe Siria", "República Islámica del Irán", "República Arabe Siria"),
        ("Türkiye", "Grecia", "Turkiye"),
        ("Siria", "Jordania", "Syria"),
        ("Trinidad y Tabago", "Antigua y Barbuda", "Trinidad y Tobago"),
        ("Hungría", "Rumania", "Hungria"),
    ],
    "ar": [
        ("الجمهورية العربية السورية", "جمهورية إيران الإسلامية", "الجمهورية العربية السوريه"),
        ("تركيا", "اليونان", "تركية"),
        ("سوريا", "الأردن", "سوريه"),
        ("ترينيداد وتوباغو", "أنتيغوا وبربودا", "ترينيداد وتوباجو"),
        ("هنغاريا", "رومانيا", "المجر"),
    ],
    "zh": [
        ("阿拉伯叙利亚共和国", "伊朗伊斯兰共和国", "叙利亚阿拉伯共和国"),
        ("土耳其", "希腊", "土尔其"),
        ("特立尼达和多巴哥", "安提瓜和巴布达", "千里达及托巴哥"),
        ("匈牙利", "罗马尼亚", "匈牙俐"),
    ],
    "ru": [
        (
            "Сирийской Арабской Республики",
            "Исламской Республики Иран",
            "Сирийской Арабской Республеки",
        ),
        ("Турции", "Греции", "Турцыи"),
        ("Турция", "Греция", "Турцыя"),
        ("Сирии", "Иордании", "Сирие"),
        ("Тринидада и Тобаго", "Антигуа и Барбуды", "Тринидада и Тобага"),
        ("Тринидад и Тобаго", "Антигуа и Барбуда", "Тринидад и Тобага"),
        ("Тринидаде и Тобаго", "Антигуа и Барбуде", "Тринидаде и Тобага"),
        ("Венгрия", "Румыния", "Венргия"),
    ],
}
for _lang, _rows in _COUNTRY_ROWS.items():
    _COUNTRIES[_lang] += _rows  # noqa: F821

_DEMONYMS["fr"] += [("syriens", "jordaniens")]  # noqa: F821
_DEMONYMS["es"] += [("sirios", "jordanos")]  # noqa: F821
_DEMONYMS["ar"] += [("السوريين", "الأردنيين"), ("سوري", "أردني")]  # noqa: F821
_DEMONYMS["zh"] += [("叙利亚人", "约旦人"), ("叙利亚邻国", "约旦邻国")]  # noqa: F821
_DEMONYMS["ru"] += [("сирийским", "иорданским"), ("сирийцев", "иорданцев")]  # noqa: F821

# English full name | short form | Arabic full | short, then (indented) Chinese and Russian
_MORE_PEOPLE = """
Martin Griffiths | Griffiths | مارتن غريفيثس | غريفيثس
    马丁·格里菲斯 | 格里菲斯 | Мартин Гриффитс | Гриффитс
Stéphane Dujarric | Dujarric | ستيفان دوجاريك | دوجاريك
    斯特凡纳·迪雅里克 | 迪雅里克 | Стефан Дюжаррик | Дюжаррик
Dennis Francis | Francis | دينيس فرانسيس | فرانسيس
    丹尼斯·弗朗西斯 | 弗朗西斯 | Деннис Фрэнсис | Фрэнсис
Csaba Kőrösi | Kőrösi | تشابا كوروشي | كوروشي
    乔鲍·克勒希 | 克勒希 | Чаба Кёрёши | Кёрёши
Gilbert F. Houngbo | Houngbo | جيلبير ف. هونغبو | هونغبو
    吉尔伯特·F·洪博 | 洪博 | Жильбер Ф. Унгбо | Унгбо
"""
_PEOPLE += [  # noqa: F821
    tuple(cell.strip() for cell in row.replace("\n", " | ").split("|"))
    for row in re.split(r"\n(?! )", _MORE_PEOPLE.strip())  # noqa: F821
]
_SWAP.update(  # noqa: F821
    {
        "Martin Griffiths": "Mark Lowcock",
        "Stéphane Dujarric": "Martin Griffiths",
        "Dennis Francis": "Csaba Kőrösi",
        "Csaba Kőrösi": "Dennis Francis",
        "Gilbert F. Houngbo": "Tedros Adhanom Ghebreyesus",
    }
)
for _char, _homophone in zip(
    "马丁格里菲斯特凡纳迪雅克丹尼弗朗西乔鲍勒希吉尔伯洪博",
    "玛叮革理非丝忒帆娜笛亚刻单妮佛郎希桥包乐西级耳柏红搏",
    strict=True,
):
    _HOMOPHONE.setdefault(_char, _homophone)  # noqa: F821
