"""Fault injector of the eighth held-out set: benchmarks/heldout2/inject.py itself, run here.

The second held-out set's injector (written from issue 13's fault list alone, without reading
the checks) is executed unchanged in this module's namespace, as heldout6/inject.py does. Only
its tables are extended with what this set's releases name, in the forms this set's translations
write them: countries (form in the reference -> a neighbour in the same grammatical form, a
realistic misspelling: a non-UN regional form in Chinese and Spanish where there is one, a
dropped, doubled or changed letter elsewhere; Russian forms are listed per case as heldout2's
are), demonyms, and the people (UN Arabic, Chinese and Russian forms, as in glossary.csv),
without whom the name faults would find nothing here. Nothing else is changed.
"""

from __future__ import annotations

from pathlib import Path

_SOURCE = Path(__file__).resolve().parent.parent / "heldout2" / "inject.py"
exec(compile(_SOURCE.read_text(encoding="utf-8"), str(_SOURCE), "exec"), globals())

# (form, neighbour in the same form, misspelt); South Sudan, Somalia, Kenya (but ru 'Кения',
# 'Кении'), Mozambique, Zimbabwe and China are in heldout2's table already.
_COUNTRY_ROWS: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        (
            "République démocratique du Congo",
            "République centrafricaine",
            "République démocratique du Kongo",
        ),
        ("RDC", "RCA", "RCD"),
        ("Rwanda", "Burundi", "Rouanda"),
        (
            "République-Unie de Tanzanie",
            "République centrafricaine",
            "République-Unie de Tanzannie",
        ),
        ("Éthiopie", "Érythrée", "Éthiopée"),
        ("Soudan", "Tchad", "Soudam"),
        ("Madagascar", "Maurice", "Madagaskar"),
        ("République arabe syrienne", "République islamique d’Iran", "République arabe syriènne"),
        ("Tchad", "Niger", "Tchadd"),
        ("Niger", "Mali", "Nigère"),
        ("Liban", "Koweït", "Libanne"),
        ("Honduras", "Guatemala", "Hondouras"),
        ("Burundi", "Rwanda", "Burudi"),
        ("Ouganda", "Angola", "Ougnada"),
        ("Pakistan", "Afghanistan", "Pakistant"),
        ("Fédération de Russie", "République de Moldova", "Fédération de Rusie"),
    ],
    "es": [
        (
            "República Democrática del Congo",
            "República Centroafricana",
            "República Democrática del Kongo",
        ),
        ("RDC", "RCA", "RCD"),
        ("Rwanda", "Burundi", "Ruanda"),
        ("República Unida de Tanzanía", "República Centroafricana", "República Unida de Tanzania"),
        ("Etiopía", "Eritrea", "Etiopia"),
        ("Sudán", "Chad", "Sudan"),
        ("Madagascar", "Mauricio", "Madagaskar"),
        ("República Árabe Siria", "República Islámica del Irán", "República Árabe Siría"),
        ("Chad", "Níger", "Tchad"),
        ("Níger", "Malí", "Niger"),
        ("Líbano", "Iraq", "Libano"),
        ("Honduras", "Guatemala", "Hondura"),
        ("Burundi", "Rwanda", "Burudi"),
        ("Uganda", "Kenya", "Ugannda"),
        ("Pakistán", "Afganistán", "Pakistan"),
        ("Federación de Rusia", "República de Moldova", "Federación de Rusía"),
    ],
    "ar": [
        ("جمهورية الكونغو الديمقراطية", "جمهورية أفريقيا الوسطى", "جمهورية الكنغو الديمقراطية"),
        ("رواندا", "بوروندي", "روندا"),
        ("جمهورية تنزانيا المتحدة", "جمهورية أفريقيا الوسطى", "جمهورية تنزانية المتحدة"),
        ("إثيوبيا", "إريتريا", "أثيوبيا"),
        ("السودان", "تشاد", "السودن"),
        ("مدغشقر", "موريشيوس", "مدغشقار"),
        ("الجمهورية العربية السورية", "جمهورية إيران الإسلامية", "الجمهورية العربيه السورية"),
        ("تشاد", "النيجر", "تشاذ"),
        ("النيجر", "مالي", "النيجير"),
        ("لبنان", "الأردن", "لبنن"),
        ("هندوراس", "غواتيمالا", "هندرواس"),
        ("بوروندي", "رواندا", "بورندي"),
        ("أوغندا", "كينيا", "أوغنده"),
        ("باكستان", "أفغانستان", "باكستن"),
        ("الاتحاد الروسي", "بيلاروس", "الإتحاد الروسي"),
    ],
    "zh": [
        ("刚果民主共和国", "中非共和国", "刚果（金）"),
        ("卢旺达", "布隆迪", "卢安达"),
        ("坦桑尼亚联合共和国", "中非共和国", "坦尚尼亚联合共和国"),
        ("埃塞俄比亚", "厄立特里亚", "衣索比亚"),
        ("苏丹", "乍得", "苏旦"),
        ("马达加斯加", "毛里求斯", "马达加斯家"),
        ("阿拉伯叙利亚共和国", "伊朗伊斯兰共和国", "阿拉伯叙利亚共合国"),
        ("乍得", "尼日尔", "查德"),
        ("尼日尔", "马里", "尼日"),
        ("黎巴嫩", "约旦", "利巴嫩"),
        ("洪都拉斯", "危地马拉", "宏都拉斯"),
        ("布隆迪", "卢旺达", "蒲隆地"),
        ("乌干达", "肯尼亚", "乌干答"),
        ("巴基斯坦", "阿富汗", "巴基斯担"),
        ("俄罗斯联邦", "白俄罗斯", "俄罗斯联帮"),
    ],
    "ru": [
        (
            "Демократическая Республика Конго",
            "Центральноафриканская Республика",
            "Демократическая Республика Конга",
        ),
        (
            "Демократической Республике Конго",
            "Центральноафриканской Республике",
            "Демократической Республике Конга",
        ),
        ("ДРК", "ЦАР", "ДКР"),
        ("Руанда", "Бурунди", "Руанада"),
        ("Руанде", "Малави", "Руаде"),
        (
            "Объединенная Республика Танзания",
            "Центральноафриканская Республика",
            "Объединенная Республика Танзаня",
        ),
        (
            "Объединенной Республике Танзания",
            "Центральноафриканской Республике",
            "Объединенной Республике Танзаня",
        ),
        ("Эфиопия", "Эритрея", "Эфиопя"),
        ("Кения", "Уганда", "Кенья"),
        ("Кении", "Уганде", "Кенни"),
        ("Судан", "Чад", "Суддан"),
        ("Судане", "Чаде", "Суддане"),
        ("Южного Судана", "Судана", "Южного Суданна"),
        ("Мадагаскар", "Маврикий", "Мадагаскр"),
        (
            "Сирийская Арабская Республика",
            "Исламская Республика Иран",
            "Сирийская Арабская Республка",
        ),
        ("Чад", "Нигер", "Чадд"),
        ("Нигер", "Мали", "Нигерр"),
        ("Ливан", "Иордания", "Ливанн"),
        ("Гондурас", "Гватемала", "Гондурасс"),
        ("Бурунди", "Малави", "Брунди"),
        ("Уганде", "Кении", "Угаде"),
        ("Пакистан", "Афганистан", "Пакистон"),
        ("Российская Федерация", "Республика Молдова", "Российская Федерацыя"),
    ],
}
for _lang, _rows in _COUNTRY_ROWS.items():
    _COUNTRIES[_lang] += _rows  # noqa: F821

_DEMONYMS["fr"] += [  # noqa: F821
    ("burundais", "rwandais"),
    ("congolais", "gabonais"),
    ("sud-soudanaises", "soudanaises"),
]
_DEMONYMS["es"] += [  # noqa: F821
    ("burundeses", "rwandeses"),
    ("congoleños", "gaboneses"),
    ("sursudanesas", "sudanesas"),
]
_DEMONYMS["ar"] += [  # noqa: F821
    ("البورونديون", "الروانديون"),
    ("والكونغوليون", "والغابونيون"),
    ("سلطات جنوب السودان", "سلطات السودان"),
]
_DEMONYMS["zh"] += [("刚果难民", "加蓬难民"), ("南苏丹当局", "苏丹当局")]  # noqa: F821
_DEMONYMS["ru"] += [  # noqa: F821
    ("бурундийских", "руандийских"),
    ("конголезских", "габонских"),
    ("южносуданским", "суданским"),
]

# English full name | short form | Arabic full | short, then (indented) Chinese and Russian;
# Tedros Adhanom Ghebreyesus and David Beasley are in heldout2's table already.
_MORE_PEOPLE = """
Martin Griffiths | Griffiths | مارتن غريفيثس | غريفيثس
    马丁·格里菲斯 | 格里菲斯 | Мартин Гриффитс | Гриффитс
Matshidiso Moeti | Moeti | ماتشيديسو مويتي | مويتي
    马希迪索·莫埃蒂 | 莫埃蒂 | Матшидисо Моэти | Моэти
Janez Lenarčič | Lenarčič | يانيز لينارتشيتش | لينارتشيتش
    亚内兹·莱纳尔契奇 | 莱纳尔契奇 | Янез Ленарчич | Ленарчич
Nicholas Haysom | Haysom | نيكولاس هايسوم | هايسوم
    尼古拉斯·海索姆 | 海索姆 | Николас Хейсом | Хейсом
"""
_PEOPLE += [  # noqa: F821
    tuple(cell.strip() for cell in row.replace("\n", " | ").split("|"))
    for row in re.split(r"\n(?! )", _MORE_PEOPLE.strip())  # noqa: F821
]
_SWAP.update(  # noqa: F821
    {
        "Martin Griffiths": "Mark Lowcock",
        "Matshidiso Moeti": "Tedros Adhanom Ghebreyesus",
        "Janez Lenarčič": "David Beasley",
        "Nicholas Haysom": "Martin Griffiths",
    }
)
for _char, _homophone in zip("马丁莫蒂亚内兹契奇拉海姆", "玛钉默第雅讷滋切齐啦亥母", strict=True):
    _HOMOPHONE.setdefault(_char, _homophone)  # noqa: F821
