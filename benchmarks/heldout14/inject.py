"""Fault injector of the fourteenth held-out set: benchmarks/heldout2/inject.py itself, run here.

The second held-out set's injector (written from issue 13's fault list alone, without reading
the checks) is executed unchanged in this module's namespace, as heldout6/inject.py does. Only
its tables are extended with what this set's releases name, in the forms this set's translations
write them: countries (form in the reference -> a neighbour in the same grammatical form, a
realistic misspelling: a non-UN or traditional form in Chinese, a dropped, doubled or changed
letter elsewhere; Russian forms are listed per case as heldout2's are), demonyms, and the people
(UN Arabic, Chinese and Russian forms, as in glossary.csv), without whom the name faults would
find nothing here. Nothing else is changed.
"""

from __future__ import annotations

from pathlib import Path

_SOURCE = Path(__file__).resolve().parent.parent / "heldout2" / "inject.py"
exec(compile(_SOURCE.read_text(encoding="utf-8"), str(_SOURCE), "exec"), globals())

# (form, neighbour in the same form, misspelt); Yemen and the United States (short forms) are in
# heldout2's table already. The longer official names are listed whole, so that they are taken
# before their short form.
_COUNTRY_ROWS: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        ("Grenade", "Dominique", "Grenadde"),
        ("Saint-Vincent-et-les Grenadines", "Sainte-Lucie", "Saint-Vincent-et-les Grenadine"),
        ("Barbade", "Trinité-et-Tobago", "Barbadde"),
        ("Colombie", "Équateur", "Colombbie"),
        ("Venezuela", "Guyana", "Vénézuela"),
        (
            "République bolivarienne du Venezuela",
            "État plurinational de Bolivie",
            "République bolivarienne du Vénézuela",
        ),
        ("Sultanat d’Oman", "Royaume de Bahreïn", "Sultanat d’Omman"),
    ],
    "es": [
        ("Granada", "Dominica", "Granda"),
        ("San Vicente y las Granadinas", "Santa Lucía", "San Vicente y las Granadines"),
        ("Barbados", "Trinidad y Tabago", "Barbádos"),
        ("Colombia", "Ecuador", "Columbia"),
        ("Venezuela", "Guyana", "Venezuala"),
        (
            "República Bolivariana de Venezuela",
            "Estado Plurinacional de Bolivia",
            "República Bolivariana de Venezuala",
        ),
        ("Sultanía de Omán", "Reino de Bahrein", "Sultanía de Oman"),
    ],
    "ar": [
        ("غرينادا", "دومينيكا", "غرنادا"),
        ("سانت فنسنت وجزر غرينادين", "سانت لوسيا", "سانت فينسنت وجزر غرينادين"),
        ("بربادوس", "ترينيداد وتوباغو", "باربادوس"),
        ("كولومبيا", "إكوادور", "كولمبيا"),
        ("فنزويلا", "غيانا", "فينزويلا"),
        (
            "جمهورية فنزويلا البوليفارية",
            "دولة بوليفيا المتعددة القوميات",
            "جمهورية فينزويلا البوليفارية",
        ),
        ("سلطنة عُمان", "مملكة البحرين", "سلطنة عومان"),
        ("الولايات المتحدة الأمريكية", "كندا", "الولايات المتحدة الامريكية"),
    ],
    "zh": [
        ("格林纳达", "多米尼克", "格林那达"),
        ("圣文森特和格林纳丁斯", "圣卢西亚", "圣文森及格瑞那丁"),
        ("巴巴多斯", "特立尼达和多巴哥", "巴贝多"),
        ("哥伦比亚", "厄瓜多尔", "哥伦比亞"),
        ("委内瑞拉(?!玻利瓦尔)", "圭亚那", "委內瑞拉"),
        ("委内瑞拉玻利瓦尔共和国", "多民族玻利维亚国", "委內瑞拉玻利瓦尔共和国"),
        ("阿曼苏丹国", "巴林王国", "阿曼苏丹囯"),
        ("美利坚合众国", "加拿大", "美利坚合衆国"),
    ],
    "ru": [
        ("Гренады", "Доминики", "Гринады"),
        ("Гренаде", "Доминике", "Гринаде"),
        ("Сент-Винсента и Гренадин", "Сент-Люсии", "Сент-Винсента и Гренадинн"),
        ("Сент-Винсенте и Гренадинах", "Сент-Люсии", "Сент-Винсенте и Гренадиннах"),
        ("Барбадосу", "Тринидаду и Тобаго", "Барбадоссу"),
        ("Колумбии", "Перу", "Коломбии"),
        ("Колумбия", "Перу", "Коломбия"),
        ("Венесуэлу", "Гайану", "Венесуэллу"),
        (
            "Боливарианской Республикой Венесуэла",
            "Многонациональным Государством Боливия",
            "Боливарианской Республикой Венесуелла",
        ),
        ("Султанату Оман", "Королевству Бахрейн", "Султанату Оманн"),
        ("Соединенными Штатами Америки", "Соединенным Королевством", "Соединеными Штатами Америки"),
    ],
}
for _lang, _rows in _COUNTRY_ROWS.items():
    _COUNTRIES[_lang] += _rows  # noqa: F821

# (form in the reference, the neighbour's demonym in the same form)
_DEMONYMS["fr"] += [  # noqa: F821
    ("Grenadiens", "Dominiquais"),
    ("grenadiennes", "dominiquaises"),
    ("Colombiens", "Équatoriens"),
]
_DEMONYMS["es"] += [("granadinos", "dominiqueses"), ("colombianos", "ecuatorianos")]  # noqa: F821
_DEMONYMS["ar"] += [  # noqa: F821
    ("الغريناديين", "الدومينيكيين"),
    ("غرينادية", "دومينيكية"),
    ("كولومبي", "إكوادوري"),
]
_DEMONYMS["zh"] += [("格林纳达人", "多米尼克人"), ("哥伦比亚人", "厄瓜多尔人")]  # noqa: F821
_DEMONYMS["ru"] += [  # noqa: F821
    ("гренадцев", "доминиканцев"),
    ("гренадских", "доминикских"),
    ("колумбийцев", "эквадорцев"),
]

# English full name | short form | Arabic full | short, then (indented) Chinese and Russian
_MORE_PEOPLE = """
Simon Springett | Springett | سايمون سبرينغيت | سبرينغيت
    西蒙·斯普林格特 | 斯普林格特 | Саймон Спрингетт | Спрингетт
Dickon Mitchell | Mitchell | ديكون ميتشل | ميتشل
    迪肯·米切尔 | 米切尔 | Дикон Митчелл | Митчелл
Diego Andrés García | García | دييغو أندريس غارسيا | غارسيا
    迭戈·安德烈斯·加西亚 | 加西亚 | Диего Андрес Гарсия | Гарсия
Carlos Ruiz Massieu | Ruiz Massieu | كارلوس رويس ماسيو | رويس ماسيو
    卡洛斯·鲁伊斯·马谢乌 | 鲁伊斯·马谢乌 | Карлос Руис Массьё | Руис Массьё
Hans Grundberg | Grundberg | هانس غروندبرغ | غروندبرغ
    汉斯·格伦德伯格 | 格伦德伯格 | Ханс Грундберг | Грундберг
Ramesh Rajasingham | Rajasingham | راميش راجاسينغام | راجاسينغام
    拉梅什·拉贾辛哈姆 | 拉贾辛哈姆 | Рамеш Раджасингхам | Раджасингхам
"""
_PEOPLE += [  # noqa: F821
    tuple(cell.strip() for cell in row.replace("\n", " | ").split("|"))
    for row in re.split(r"\n(?! )", _MORE_PEOPLE.strip())  # noqa: F821
]
_SWAP.update(  # noqa: F821
    {
        "Simon Springett": "Ramesh Rajasingham",
        "Ramesh Rajasingham": "Simon Springett",
        "Hans Grundberg": "Carlos Ruiz Massieu",
        "Carlos Ruiz Massieu": "Hans Grundberg",
        "Diego Andrés García": "Simon Springett",
        "Dickon Mitchell": "António Guterres",
    }
)
for _char, _homophone in zip(
    "蒙普林肯米切迭烈加亚鲁伊马谢乌汉伦伯拉梅什贾辛哈姆",
    "檬谱琳垦迷且叠列佳雅路依玛泻屋翰仑柏啦枚十假新蛤母",
    strict=True,
):
    _HOMOPHONE.setdefault(_char, _homophone)  # noqa: F821
