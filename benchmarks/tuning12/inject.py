# ruff: noqa: F821
# (the tables below are data: one row per line, as the other sets write them)
"""Fault injector of the twelfth tuning set: benchmarks/heldout2/inject.py itself, run here.

The second held-out set's injector (written from issue 13's fault list alone, without reading
the checks) is executed unchanged in this module's namespace, as heldout6/inject.py does. Only
its tables are extended with what this set's releases name, in the forms this set's translations
write them: countries (form in the reference -> a neighbour in the same grammatical form, a
realistic misspelling: a non-UN or traditional form in Chinese, a dropped or changed letter
elsewhere; Russian forms are listed per case as heldout2's are), a few demonyms, and the people
(UN Arabic, Chinese and Russian forms, as in glossary.csv), without whom the name faults would
find nothing here. Nothing else is changed.
"""

from __future__ import annotations

from pathlib import Path

_SOURCE = Path(__file__).resolve().parent.parent / "heldout2" / "inject.py"
exec(compile(_SOURCE.read_text(encoding="utf-8"), str(_SOURCE), "exec"), globals())

# (form, neighbour in the same form, misspelt); Kenya, Indonesia, Japan, Germany and the United
# States are in heldout2's table already in their nominative forms.
_COUNTRY_ROWS: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        ("Brésil", "Pérou", "Brézil"),
        ("Maurice", "Seychelles", "Mauricee"),
        ("Guatemala", "Honduras", "Guatémala"),
    ],
    "es": [
        ("Brasil", "Perú", "Brazil"),
        ("Mauricio", "Seychelles", "Maurizio"),
        ("Guatemala", "Honduras", "Guatemal"),
    ],
    "ar": [
        ("البرازيل", "بيرو", "البرازل"),
        ("موريشيوس", "سيشيل", "مورشيوس"),
        ("غواتيمالا", "هندوراس", "جواتيمالا"),
    ],
    "zh": [
        ("巴西", "秘鲁", "巴悉"),
        ("毛里求斯", "塞舌尔", "模里西斯"),
        ("危地马拉", "洪都拉斯", "瓜地马拉"),
    ],
    "ru": [
        ("Бразилия", "Перу", "Бразилья"),
        ("Кении", "Уганды", "Кенни"),
        ("Индонезии", "Малайзии", "Индонезийи"),
        ("Маврикия", "Мадагаскара", "Маврикея"),
        ("Маврикием", "Мадагаскаром", "Маврикеем"),
        ("Японии", "Канаде", "Японнии"),
        ("Соединенных Штатов", "Нидерландов", "Соединеных Штатов"),
        ("Германия", "Австрия", "Гермния"),
    ],
}
for _lang, _rows in _COUNTRY_ROWS.items():
    _COUNTRIES[_lang] += _rows

_DEMONYMS["fr"] += [
    ("kényan", "ougandais"),
    ("Kényans", "Ougandais"),
    ("indonésienne", "malaisienne"),
]
_DEMONYMS["es"] += [
    ("keniano", "ugandés"),
    ("kenianos", "ugandeses"),
    ("universidad indonesia", "universidad malasia"),
]
_DEMONYMS["ar"] += [
    ("الكيني", "الأوغندي"),
    ("الكينيين", "الأوغنديين"),
    ("جامعة إندونيسية", "جامعة ماليزية"),
]
_DEMONYMS["zh"] += [
    ("肯尼亚卫星", "乌干达卫星"),
    ("肯尼亚年轻人", "乌干达年轻人"),
    ("印度尼西亚高校", "马来西亚高校"),
]
_DEMONYMS["ru"] += [
    ("Кенийский", "Угандийский"),
    ("кенийцев", "угандийцев"),
    ("индонезийским", "малайзийским"),
]

# English full name | short form | Arabic full | short, then (indented) Chinese and Russian
_MORE_PEOPLE = """
Ko Barrett | Barrett | كو باريت | باريت
    柯·巴雷特 | 巴雷特 | Ко Барретт | Барретт
Oksana Tarasova | Tarasova | أوكسانا تاراسوفا | تاراسوفا
    奥克萨娜·塔拉索娃 | 塔拉索娃 | Оксана Тарасова | Тарасова
Li Junhua | Li | لي جونهوا | لي
    李军华 | 李军华 | Ли Цзюньхуа | Ли
Simonetta Di Pippo | Di Pippo | سيمونيتا دي بيبو | دي بيبو
    西蒙内塔·迪皮波 | 迪皮波 | Симонетта Ди Пиппо | Ди Пиппо
Amina Mohamed | Mohamed | أمينة محمد | محمد
    阿米娜·穆罕默德 | 穆罕默德 | Амина Мохамед | Мохамед
"""
_PEOPLE += [
    tuple(cell.strip() for cell in row.replace("\n", " | ").split("|"))
    for row in re.split(r"\n(?! )", _MORE_PEOPLE.strip())
]
_SWAP.update(
    {
        "Ko Barrett": "Oksana Tarasova",
        "Oksana Tarasova": "Ko Barrett",
        "Li Junhua": "Mark Lowcock",
        "Simonetta Di Pippo": "Henrietta Fore",
        "Amina Mohamed": "Celso Correia",
    }
)
for _char, _homophone in zip(
    "柯巴雷特萨娜塔拉娃李军华蒙内皮波阿米穆罕默",
    "科八蕾忒撒那他啦哇理君化檬纳披坡啊迷慕汗墨",
    strict=True,
):
    _HOMOPHONE.setdefault(_char, _homophone)
