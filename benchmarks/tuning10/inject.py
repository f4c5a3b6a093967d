"""Fault injector of the tenth tuning set: benchmarks/heldout2/inject.py itself, run here.

The second held-out set's injector is executed unchanged in this module's namespace, as
heldout6/inject.py does. Only its tables are extended with what this set's releases name, in the
forms this set's translations write them: countries (form in the reference -> a neighbour in the
same grammatical form, a realistic misspelling or non-UN form; Russian forms listed per case),
the Chadian demonym, and the people not in the second set's table (UN Arabic, Chinese and
Russian forms, as in glossary.csv). Nothing else is changed.
"""

from __future__ import annotations

from pathlib import Path

_SOURCE = Path(__file__).resolve().parent.parent / "heldout2" / "inject.py"
exec(compile(_SOURCE.read_text(encoding="utf-8"), str(_SOURCE), "exec"), globals())

# (form, neighbour in the same form, misspelt or non-UN form)
_COUNTRY_ROWS: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        ("Tchad", "Niger", "Tchadd"),
        ("Soudan", "Éthiopie", "Soudann"),
        (
            "République centrafricaine",
            "République démocratique du Congo",
            "République centraficaine",
        ),
        ("Afghanistan", "Pakistan", "Afganistan"),
    ],
    "es": [
        ("Chad", "Níger", "Tchad"),
        ("Sudán", "Etiopía", "Sudan"),
        (
            "República Centroafricana",
            "República Democrática del Congo",
            "República Centro Africana",
        ),
        ("Afganistán", "Pakistán", "Afghanistán"),
    ],
    "ar": [
        ("تشاد", "النيجر", "تشاذ"),
        ("السودان", "إثيوبيا", "السودن"),
        ("جمهورية أفريقيا الوسطى", "جمهورية الكونغو الديمقراطية", "جمهورية إفريقيا الوسطى"),
        ("أفغانستان", "باكستان", "افغانستان"),
    ],
    "zh": [
        ("乍得", "尼日尔", "查德"),
        ("苏丹", "埃塞俄比亚", "蘇丹"),
        ("中非共和国", "刚果民主共和国", "中非共和國"),
        ("阿富汗", "巴基斯坦", "阿富罕"),
    ],
    "ru": [
        ("Чада", "Нигера", "Чадда"),
        ("Чад", "Нигер", "Чадд"),
        ("Судане", "Эфиопии", "Суданне"),
        (
            "Центральноафриканской Республики",
            "Демократической Республики Конго",
            "Центральноафриканской Республеки",
        ),
        ("Афганистане", "Пакистане", "Афганистанне"),
    ],
}
for _lang, _rows in _COUNTRY_ROWS.items():
    _COUNTRIES[_lang] += _rows  # noqa: F821

_DEMONYMS["fr"] += [("tchadiens", "nigériens")]  # noqa: F821
_DEMONYMS["es"] += [("chadianos", "nigerinos")]  # noqa: F821
_DEMONYMS["ar"] += [("تشادي", "نيجري")]  # noqa: F821
_DEMONYMS["zh"] += [("乍得回返者", "尼日尔回返者")]  # noqa: F821
_DEMONYMS["ru"] += [("чадских", "нигерских")]  # noqa: F821

# English full name | short form | Arabic full | short, then (indented) Chinese and Russian
_MORE_PEOPLE = """
Etienne Krug | Krug | إتيان كروغ | كروغ
    艾蒂安·克鲁格 | 克鲁格 | Этьен Круг | Круг
Jeremy Farrar | Farrar | جيريمي فارار | فارار
    杰里米·法勒 | 法勒 | Джереми Фаррар | Фаррар
"""
_PEOPLE += [  # noqa: F821
    tuple(cell.strip() for cell in row.replace("\n", " | ").split("|"))
    for row in re.split(r"\n(?! )", _MORE_PEOPLE.strip())  # noqa: F821
]
_SWAP.update(  # noqa: F821
    {
        "Etienne Krug": "Jeremy Farrar",
        "Jeremy Farrar": "Etienne Krug",
    }
)
for _char, _homophone in zip("艾蒂安克鲁格杰里米法勒", "爱帝按刻卢革洁理迷发乐", strict=True):
    _HOMOPHONE.setdefault(_char, _homophone)  # noqa: F821
