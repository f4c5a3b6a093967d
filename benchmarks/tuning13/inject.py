"""Fault injector of the thirteenth tuning set: benchmarks/heldout2/inject.py itself, run here.

The second held-out set's injector (written from issue 13's fault list alone, without reading
the checks) is executed unchanged in this module's namespace, as heldout6/inject.py does. Only
its tables are extended with what this set's releases name, in the forms this set's translations
write them: countries (form in the reference -> a neighbour in the same grammatical form, a
realistic misspelling: a non-UN or traditional form in Chinese, a dropped, doubled or changed
letter elsewhere; Russian forms are listed per case as heldout2's are) and the people (UN Arabic,
Chinese and Russian forms, as in glossary.csv), without whom the name faults would find nothing
here. Nothing else is changed. China, India, the United States, Egypt and Nigeria are in
heldout2's table already (Russian: only the forms it lists; the cases these translations use
are added below).
"""

from __future__ import annotations

from pathlib import Path

_SOURCE = Path(__file__).resolve().parent.parent / "heldout2" / "inject.py"
exec(compile(_SOURCE.read_text(encoding="utf-8"), str(_SOURCE), "exec"), globals())

# (form, neighbour in the same form, misspelt). Chinese forms are patterns: 南非 not inside
# 撒哈拉以南非洲 (Sub-Saharan Africa).
_COUNTRY_ROWS: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        ("Ukraine", "Ouzbékistan", "Ukrainne"),
        ("Afrique du Sud", "Namibie", "Afrique du Sudd"),
    ],
    "es": [
        ("Ucrania", "Uzbekistán", "Ukrania"),
        ("Sudáfrica", "Namibia", "Sudafrica"),
    ],
    "ar": [
        ("أوكرانيا", "أوزبكستان", "أكرانيا"),
        ("جنوب أفريقيا", "ناميبيا", "جنوب إفريقيا"),
    ],
    "zh": [
        ("乌克兰", "乌兹别克斯坦", "乌克蓝"),
        ("(?<!以)南非(?!洲)", "纳米比亚", "南菲"),
    ],
    "ru": [
        ("Украине", "Молдове", "Украйне"),
        ("Китая", "Монголии", "Китяа"),
        ("Индии", "Пакистана", "Индийи"),
        ("Соединенных Штатах", "Нидерландах", "Соединеных Штатах"),
        ("Египте", "Марокко", "Египете"),
        ("Южной Африке", "Намибии", "Южной Афрке"),
    ],
}
for _lang, _rows in _COUNTRY_ROWS.items():
    _COUNTRIES[_lang] += _rows  # noqa: F821

# heldout2's Chinese 中国 would match inside 发展中国家 ("developing countries", five times in
# these translations): its row is narrowed here (in this namespace only) to China itself.
_COUNTRIES["zh"] = [  # noqa: F821
    ("(?<!发展)中国", other, misspelt) if form == "中国" else (form, other, misspelt)
    for form, other, misspelt in _COUNTRIES["zh"]  # noqa: F821
]

# English full name | short form | Arabic full | short, then (indented) Chinese and Russian
_MORE_PEOPLE = """
Jan Hoffmann | Hoffmann | يان هوفمان | هوفمان
    扬·霍夫曼 | 霍夫曼 | Ян Хоффманн | Хоффманн
Guangzhe Chen | Chen | غوانغجه تشن | تشن
    陈广哲 | 陈 | Гуанчжэ Чэнь | Чэнь
"""
_PEOPLE += [  # noqa: F821
    tuple(cell.strip() for cell in row.replace("\n", " | ").split("|"))
    for row in re.split(r"\n(?! )", _MORE_PEOPLE.strip())  # noqa: F821
]
_SWAP.update(  # noqa: F821
    {
        "Jan Hoffmann": "Guangzhe Chen",
        "Guangzhe Chen": "Jan Hoffmann",
    }
)
for _char, _homophone in zip("霍夫曼陈广哲", "获肤慢臣光折", strict=True):
    _HOMOPHONE.setdefault(_char, _homophone)  # noqa: F821
