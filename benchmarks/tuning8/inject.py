"""Fault injector of the eighth tuning set: benchmarks/heldout2/inject.py itself, run here.

The second held-out set's injector (written from issue 13's fault list alone, without reading
the checks) is executed unchanged in this module's namespace, as heldout6/inject.py does. Only
its tables are extended with what this set's releases name, in the forms this set's translations
write them: countries (form in the reference -> a neighbour in the same grammatical form, a
realistic misspelling: a non-UN or traditional form in Chinese, a dropped, doubled or changed
letter elsewhere; Russian forms are listed per case as heldout2's are), a few demonyms, and the
people (UN Arabic, Chinese and Russian forms, as in glossary.csv), without whom the name faults
would find nothing here. Nothing else is changed.
"""

from __future__ import annotations

from pathlib import Path

_SOURCE = Path(__file__).resolve().parent.parent / "heldout2" / "inject.py"
exec(compile(_SOURCE.read_text(encoding="utf-8"), str(_SOURCE), "exec"), globals())

# (form, neighbour in the same form, misspelt); Haiti, China, Kenya and the United States (in
# its nominative forms) are in heldout2's table already.
_COUNTRY_ROWS: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        ("Colombie", "Équateur", "Colombbie"),
        ("Panama", "Costa Rica", "Panamma"),
        ("Pakistan", "Afghanistan", "Pakistann"),
        ("Fédération de Russie", "République de Moldova", "Fédération de Rusie"),
        ("Territoire palestinien occupé", "Liban", "Territoire palestinien ocupé"),
    ],
    "es": [
        ("Colombia", "Ecuador", "Colonbia"),
        ("Panamá", "Costa Rica", "Panama"),
        ("Pakistán", "Afganistán", "Paquistán"),
        ("Federación de Rusia", "República de Moldova", "Federación de Rusía"),
        ("Territorio Palestino Ocupado", "Líbano", "Territorio Palestino Ocupada"),
    ],
    "ar": [
        ("كولومبيا", "إكوادور", "كولمبيا"),
        ("بنما", "كوستاريكا", "بناما"),
        ("باكستان", "أفغانستان", "باكيستان"),
        ("الاتحاد الروسي", "بيلاروس", "الإتحاد الروسي"),
        ("الأرض الفلسطينية المحتلة", "لبنان", "الأرض الفلسطنية المحتلة"),
    ],
    "zh": [
        ("哥伦比亚", "厄瓜多尔", "哥伦比亞"),
        ("巴拿马", "哥斯达黎加", "巴拿玛"),
        ("巴基斯坦", "阿富汗", "巴基斯担"),
        ("俄罗斯联邦", "白俄罗斯", "俄罗斯联帮"),
        ("被占领巴勒斯坦领土", "黎巴嫩", "被占领巴勒斯坦领士"),
    ],
    "ru": [
        ("Колумбия", "Эквадор", "Коломбия"),
        ("Колумбию", "Эквадор", "Коломбию"),
        ("Колумбии", "Эквадора", "Коломбии"),
        ("Панамой", "Коста-Рикой", "Панамммой"),
        ("Панама", "Коста-Рика", "Панамма"),
        ("Китая", "Вьетнама", "Китяа"),
        ("Пакистан", "Афганистан", "Пакистнан"),
        ("Российская Федерация", "Республика Молдова", "Российская Федерацыя"),
        ("Соединенными Штатами", "Нидерландами", "Соединеными Штатами"),
        ("Соединенных Штатов", "Нидерландов", "Соединеных Штатов"),
        ("Кении", "Уганды", "Кенни"),
    ],
}
for _lang, _rows in _COUNTRY_ROWS.items():
    _COUNTRIES[_lang] += _rows  # noqa: F821

_DEMONYMS["fr"] += [("kényans", "ougandais"), ("haïtienne", "dominicaine")]  # noqa: F821
_DEMONYMS["es"] += [("haitiana", "dominicana")]  # noqa: F821
_DEMONYMS["zh"] += [("海地民众", "多米尼加民众")]  # noqa: F821

# English full name | short form | Arabic full | short, then (indented) Chinese and Russian
_MORE_PEOPLE = """
Rik Peeperkorn | Peeperkorn | ريك بيبركورن | بيبركورن
    里克·皮佩尔科恩 | 皮佩尔科恩 | Рик Пепперкорн | Пепперкорн
Catherine Russell | Russell | كاثرين راسل | راسل
    凯瑟琳·拉塞尔 | 拉塞尔 | Кэтрин Расселл | Расселл
Joyce Msuya | Msuya | جويس مسويا | مسويا
    乔伊斯·姆苏亚 | 姆苏亚 | Джойс Мсуя | Мсуя
Michael Waltz | Waltz | مايكل والتز | والتز
    迈克尔·沃尔兹 | 沃尔兹 | Майкл Уолц | Уолц
Eloy Alfaro de Alba | Alfaro de Alba | إلوي ألفارو دي ألبا | ألفارو دي ألبا
    埃洛伊·阿尔法罗·德阿尔瓦 | 阿尔法罗·德阿尔瓦 | Элой Альфаро де Альба | Альфаро де Альба
Fu Cong | Fu | فو كونغ | فو
    傅聪 | 傅聪 | Фу Цун | Фу
Vassily Nebenzia | Nebenzia | فاسيلي نيبينزيا | نيبينزيا
    瓦西里·涅边贾 | 涅边贾 | Василий Небензя | Небензя
Laurent Saint-Cyr | Saint-Cyr | لوران سان-سير | سان-سير
    洛朗·圣西尔 | 圣西尔 | Лоран Сен-Сир | Сен-Сир
Jovenel Moïse | Moïse | جوفينيل مويز | مويز
    若弗内尔·莫伊兹 | 莫伊兹 | Жовенель Моиз | Моиз
Ibrahim Thiaw | Thiaw | إبراهيم ثياو | ثياو
    易卜拉欣·蒂奥 | 蒂奥 | Ибрагим Тиав | Тиав
Martha Viviana Carvajalino Villegas | Carvajalino | مارثا فيفيانا كارباخالينو بيّيغاس | كارباخالينو
    玛尔塔·维维安娜·卡瓦哈利诺·比列加斯 | 卡瓦哈利诺
    Марта Вивиана Карвахалино Вильегас | Карвахалино
"""
_PEOPLE += [  # noqa: F821
    tuple(cell.strip() for cell in row.replace("\n", " | ").split("|"))
    for row in re.split(r"\n(?! )", _MORE_PEOPLE.strip())  # noqa: F821
]
_SWAP.update(  # noqa: F821
    {
        "Rik Peeperkorn": "Tedros Adhanom Ghebreyesus",
        "Catherine Russell": "Henrietta Fore",
        "Joyce Msuya": "Mark Lowcock",
        "Michael Waltz": "Vassily Nebenzia",
        "Vassily Nebenzia": "Fu Cong",
        "Fu Cong": "Eloy Alfaro de Alba",
        "Eloy Alfaro de Alba": "Michael Waltz",
        "Laurent Saint-Cyr": "Jovenel Moïse",
        "Jovenel Moïse": "Laurent Saint-Cyr",
        "Ibrahim Thiaw": "Rik Peeperkorn",
        "Martha Viviana Carvajalino Villegas": "Catherine Russell",
    }
)
for _char, _homophone in zip(
    "佩恩凯琳乔姆苏迈沃傅聪涅边贾朗圣若弗莫兹卜欣蒂奥玛娜哈诺列",
    "配嗯慨林桥母酥麦握付匆聂编甲浪胜弱佛摩滋补心缔傲码那蛤挪烈",
    strict=True,
):
    _HOMOPHONE.setdefault(_char, _homophone)  # noqa: F821
