# ruff: noqa: F821
"""Fault injector of the seventeenth held-out set: benchmarks/heldout2/inject.py itself, run here.

The second held-out set's injector (written from issue 13's fault list alone, without reading
the checks) is executed unchanged in this module's namespace, as heldout6/inject.py does. Only
its tables are extended with what this set's releases name, in the forms this set's translations
write them: countries (form in the reference -> another country in the same grammatical form, a
realistic misspelling: a non-UN or traditional form in Chinese, a non-UN spelling in Arabic, a
dropped, doubled or changed letter elsewhere; Russian forms are listed per case as heldout2's
are), the demonyms, and the people (UN Arabic, Chinese and Russian forms, as in glossary.csv),
without whom the name faults would find nothing here. Nothing else is changed.
"""

from __future__ import annotations

from pathlib import Path

_SOURCE = Path(__file__).resolve().parent.parent / "heldout2" / "inject.py"
exec(compile(_SOURCE.read_text(encoding="utf-8"), str(_SOURCE), "exec"), globals())

# (form, other country in the same form, misspelt); Thailand, Bangladesh and China are in
# heldout2's table already (Russian: Таиланд, Бангладеш, Китай in the nominative only).
_COUNTRY_ROWS: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        (
            "République démocratique populaire lao",
            "République populaire démocratique de Corée",
            "République démocratique populaire laos",
        ),
        ("Myanmar", "Viet Nam", "Myanmmar"),
        ("Cambodge", "Viet Nam", "Cambodje"),
        ("Philippines", "Maldives", "Philipines"),
    ],
    "es": [
        (
            "República Democrática Popular Lao",
            "República Popular Democrática de Corea",
            "República Democrática Popular Laos",
        ),
        ("Myanmar", "Viet Nam", "Myanmár"),
        ("Camboya", "Malasia", "Cambodia"),
        ("Filipinas", "Indonesia", "Filipinnas"),
    ],
    "ar": [
        (
            "جمهورية لاو الديمقراطية الشعبية",
            "جمهورية كوريا الشعبية الديمقراطية",
            "جمهورية لاوس الديمقراطية الشعبية",
        ),
        ("ميانمار", "فييت نام", "ميانمر"),
        ("كمبوديا", "ماليزيا", "كامبوديا"),
        ("الفلبين", "إندونيسيا", "الفيليبين"),
    ],
    "zh": [
        ("老挝人民民主共和国", "朝鲜民主主义人民共和国", "寮国人民民主共和国"),
        ("缅甸", "越南", "緬甸"),
        ("柬埔寨", "马来西亚", "柬埔塞"),
        ("菲律宾", "印度尼西亚", "菲律賓"),
    ],
    "ru": [
        (
            "Лаосскую Народно-Демократическую Республику",
            "Корейскую Народно-Демократическую Республику",
            "Лаоскую Народно-Демократическую Республику",
        ),
        (
            "Лаосской Народно-Демократической Республике",
            "Корейской Народно-Демократической Республике",
            "Лаоской Народно-Демократической Республике",
        ),
        (
            "Лаосской Народно-Демократической Республики",
            "Корейской Народно-Демократической Республики",
            "Лаоской Народно-Демократической Республики",
        ),
        (
            "Лаосская Народно-Демократическая Республика",
            "Корейская Народно-Демократическая Республика",
            "Лаоская Народно-Демократическая Республика",
        ),
        ("Мьянму", "Малайзию", "Мьянмму"),
        ("Мьянме", "Малайзии", "Мьянмэ"),
        ("Мьянмы", "Малайзии", "Мянмы"),
        ("Камбоджу", "Малайзию", "Комбоджу"),
        ("Таиланде", "Вьетнаме", "Тайланде"),
        ("Китая", "Вьетнама", "Китяа"),
        ("Филиппинах", "Мальдивах", "Филлипинах"),
        ("Филиппин", "Мальдив", "Филлипин"),
    ],
}
for _lang, _rows in _COUNTRY_ROWS.items():
    _COUNTRIES[_lang] += _rows

_DEMONYMS["fr"] += [
    ("bangladaises", "pakistanaises"),
    ("philippine", "indonésienne"),
    ("philippines", "indonésiennes"),
]
_DEMONYMS["es"] += [
    ("bangladesíes", "pakistaníes"),
    ("filipina", "indonesia"),
    ("filipinas", "indonesias"),
]
_DEMONYMS["ar"] += [("البنغلاديشية", "الباكستانية"), ("الفلبينية", "الإندونيسية")]
_DEMONYMS["zh"] += [("孟加拉国当局", "巴基斯坦当局"), ("菲律宾的社区", "印度尼西亚的社区")]
_DEMONYMS["ru"] += [("Бангладешские", "Пакистанские"), ("Филиппинские", "Индонезийские")]

# English full name | short form | Arabic full | short, then (indented) Chinese and Russian
_MORE_PEOPLE = """
Jeremy Douglas | Douglas | جيريمي دوغلاس | دوغلاس
    杰里米·道格拉斯 | 道格拉斯 | Джереми Дуглас | Дуглас
Selim Ullah | Ullah | سليم الله | سليم الله
    塞利姆·乌拉 | 乌拉 | Селим Улла | Улла
Gustavo Gonzalez | Gonzalez | غوستافو غونزاليس | غونزاليس
    古斯塔沃·冈萨雷斯 | 冈萨雷斯 | Густаво Гонсалес | Гонсалес
"""
_PEOPLE += [
    tuple(cell.strip() for cell in row.replace("\n", " | ").split("|"))
    for row in re.split(r"\n(?! )", _MORE_PEOPLE.strip())
]
_SWAP.update(
    {
        "Jeremy Douglas": "Gustavo Gonzalez",
        "Gustavo Gonzalez": "Jeremy Douglas",
        "Selim Ullah": "Jeremy Douglas",
    }
)
for _char, _homophone in zip("杰米道拉姆乌塔沃冈萨", "洁迷到啦母屋踏握岗撒", strict=True):
    _HOMOPHONE.setdefault(_char, _homophone)
