"""Fault injector of the thirteenth held-out set: benchmarks/heldout2/inject.py itself, run here.

The second held-out set's injector (written from issue 13's fault list alone, without reading
the checks) is executed unchanged in this module's namespace, as heldout6/inject.py does. Only
its tables are extended with what this set's releases name, in the forms this set's translations
write them: countries (form in the reference -> a neighbour in the same grammatical form, a
realistic misspelling: a non-UN or regional form in Chinese, a dropped hamza or changed letter in
Arabic, a dropped or changed letter elsewhere; Russian forms are listed per case as heldout2's
are), the one demonym (the Indian Government), and the people (UN Arabic, Chinese and Russian
forms, as in glossary.csv), without whom the name faults would find nothing here. Nothing else
is changed.
"""

from __future__ import annotations

from pathlib import Path

_SOURCE = Path(__file__).resolve().parent.parent / "heldout2" / "inject.py"
exec(compile(_SOURCE.read_text(encoding="utf-8"), str(_SOURCE), "exec"), globals())

# (form, neighbour in the same form, misspelt); Egypt, Kenya, India and China are in heldout2's
# table already (and, for Russian, only in the nominative: the other cases are added here).
_COUNTRY_ROWS: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        ("Brésil", "Paraguay", "Brézil"),
        ("Fédération de Russie", "République de Moldova", "Fédération de Rusie"),
        ("États-Unis d’Amérique", "Pays-Bas", "États-Unis d’Amérque"),
        ("Argentine", "Bolivie", "Argentinne"),
        ("Madagascar", "Maurice", "Madagaskar"),
        ("Éthiopie", "Érythrée", "Éthopie"),
        ("Rwanda", "Burundi", "Rwannda"),
        ("Finlande", "Suède", "Finlannde"),
        ("France", "Belgique", "Frannce"),
        ("Afrique du Sud", "Namibie", "Afrique du Sudd"),
    ],
    "es": [
        ("Brasil", "Paraguay", "Brazil"),
        ("Federación de Rusia", "República de Moldova", "Federación de Rusía"),
        ("Estados Unidos de América", "Países Bajos", "Estados Unidos de Amérca"),
        ("Argentina", "Chile", "Argentinna"),
        ("Madagascar", "Mauricio", "Madagaskar"),
        ("Etiopía", "Eritrea", "Etiopia"),
        ("Rwanda", "Burundi", "Ruanda"),
        ("Finlandia", "Suecia", "Finlándia"),
        ("Francia", "Bélgica", "Franzia"),
        ("Sudáfrica", "Namibia", "Sudafrica"),
    ],
    "ar": [
        ("البرازيل", "باراغواي", "البرزيل"),
        ("الاتحاد الروسي", "بيلاروس", "الإتحاد الروسي"),
        ("الولايات المتحدة الأمريكية", "كندا", "الولايات المتحدة الامريكية"),
        ("الأرجنتين", "شيلي", "الارجنتين"),
        ("مدغشقر", "موريشيوس", "مدغشقار"),
        ("إثيوبيا", "إريتريا", "اثيوبيا"),
        ("رواندا", "بوروندي", "روندا"),
        ("فنلندا", "السويد", "فنلنده"),
        ("فرنسا", "بلجيكا", "فرنسه"),
        ("جنوب أفريقيا", "ناميبيا", "جنوب افريقيا"),
    ],
    "zh": [
        ("巴西", "巴拉圭", "巴希"),
        ("俄罗斯联邦", "白俄罗斯", "俄罗斯联帮"),
        ("美利坚合众国", "加拿大", "美利坚合众囯"),
        ("阿根廷", "智利", "阿根庭"),
        ("马达加斯加", "毛里求斯", "马达加斯架"),
        ("埃塞俄比亚", "厄立特里亚", "衣索比亚"),
        ("卢旺达", "布隆迪", "卢安达"),
        ("芬兰", "瑞典", "芬蘭"),
        ("法国", "比利时", "法國"),
        ("南非", "纳米比亚", "南菲"),
    ],
    "ru": [
        ("Бразилии", "Парагвае", "Бразилли"),
        ("Бразилией", "Парагваем", "Бразилей"),
        ("Российской Федерации", "Республике Молдова", "Российской Федерацыи"),
        ("Соединенных Штатов Америки", "Канады", "Соединеных Штатов Америки"),
        ("Соединенных Штатах Америки", "Канаде", "Соединеных Штатах Америки"),
        ("Аргентине", "Чили", "Аргентинне"),
        ("Индии", "Непале", "Индийи"),
        ("Китае", "Монголии", "Китаи"),
        ("Кении", "Уганде", "Кеньи"),
        ("Мадагаскаре", "Маврикии", "Мадагаскоре"),
        ("Эфиопии", "Эритрее", "Эфиопие"),
        ("Руанде", "Бурунди", "Руаде"),
        ("Южной Африке", "Намибии", "Южной Афрке"),
        ("Финляндией", "Швецией", "Финлянией"),
        ("Францией", "Бельгией", "Франциией"),
    ],
}
for _lang, _rows in _COUNTRY_ROWS.items():
    _COUNTRIES[_lang] += _rows  # noqa: F821

# heldout2's Chinese 海地 (Haiti) is also the middle of 沿海地区 ("coastal areas"), which this set's
# translations write: the row is narrowed to the country, with its neighbour and misspelling kept.
_COUNTRIES["zh"] = [  # noqa: F821
    ("(?<!沿)海地(?!区)", other, bad) if form == "海地" else (form, other, bad)
    for form, other, bad in _COUNTRIES["zh"]  # noqa: F821
]

# the Indian Government (es and ru write "Gobierno de la India", "правительства Индии": a country)
_DEMONYMS["fr"] += [("Gouvernement indien", "Gouvernement pakistanais")]  # noqa: F821
_DEMONYMS["ar"] += [("الحكومة الهندية", "الحكومة الباكستانية")]  # noqa: F821
_DEMONYMS["zh"] += [("印度政府", "巴基斯坦政府")]  # noqa: F821

# English full name | short form | Arabic full | short, then (indented) Chinese and Russian
_MORE_PEOPLE = """
Anacláudia Rossbach | Rossbach | أناكلاوديا روسباخ | روسباخ
    阿纳克劳迪娅·罗斯巴赫 | 罗斯巴赫 | Анаклаудия Россбах | Россбах
Cindy McCain | McCain | سيندي ماكين | ماكين
    辛迪·麦凯恩 | 麦凯恩 | Синди Маккейн | Маккейн
Carmen Burbano | Burbano | كارمن بوربانو | بوربانو
    卡门·布尔巴诺 | 布尔巴诺 | Кармен Бурбано | Бурбано
"""
_PEOPLE += [  # noqa: F821
    tuple(cell.strip() for cell in row.replace("\n", " | ").split("|"))
    for row in re.split(r"\n(?! )", _MORE_PEOPLE.strip())  # noqa: F821
]
_SWAP.update(  # noqa: F821
    {
        "Anacláudia Rossbach": "Cindy McCain",
        "Cindy McCain": "Anacláudia Rossbach",
        "Carmen Burbano": "Anacláudia Rossbach",
    }
)
for _char, _homophone in zip("阿劳娅罗巴赫门诺辛麦凯", "啊老亚萝八贺们偌欣迈铠", strict=True):
    _HOMOPHONE.setdefault(_char, _homophone)  # noqa: F821
