"""Fault injector of the eleventh held-out set: benchmarks/heldout2/inject.py itself, run here.

The second held-out set's injector (written from issue 13's fault list alone, without reading
the checks) is executed unchanged in this module's namespace, as heldout6/inject.py does. Only
its tables are extended with what this set's releases name, in the forms this set's translations
write them: countries (form in the reference -> a neighbour in the same grammatical form, a
realistic misspelling: a non-UN or traditional form in Chinese, a non-UN spelling or a dropped
or changed letter elsewhere; Russian forms are listed per case as heldout2's are), demonyms and
regional adjectives, and the people (UN Arabic, Chinese and Russian forms, as in glossary.csv),
without whom the name faults would find nothing here. Nothing else is changed.
"""

from __future__ import annotations

from pathlib import Path

_SOURCE = Path(__file__).resolve().parent.parent / "heldout2" / "inject.py"
exec(compile(_SOURCE.read_text(encoding="utf-8"), str(_SOURCE), "exec"), globals())

# (form, neighbour in the same form, misspelt); Malawi, Zimbabwe and Germany (and the Russian
# nominative forms of Malawi and Zimbabwe) are in heldout2's table already.
_COUNTRY_ROWS: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        ("Zambie", "Namibie", "Zambbie"),
        ("Roumanie", "Bulgarie", "Roumannie"),
        ("Kazakhstan", "Kirghizistan", "Kazakstan"),
        ("Guinée-Bissau", "Guinée équatoriale", "Guinée-Bisau"),
        (
            "République populaire démocratique de Corée",
            "République de Corée",
            "République populaire démocratique de Korée",
        ),
        ("Cambodge", "Viet Nam", "Cambodje"),
    ],
    "es": [
        ("Zambia", "Namibia", "Sambia"),
        ("Rumania", "Bulgaria", "Rumanía"),
        ("Kazajstán", "Kirguistán", "Kazakstán"),
        ("Guinea-Bissau", "Guinea Ecuatorial", "Guinea-Bisau"),
        (
            "República Popular Democrática de Corea",
            "República de Corea",
            "República Popular Democratica de Corea",
        ),
        ("Camboya", "Tailandia", "Camboja"),
    ],
    "ar": [
        ("زامبيا", "ناميبيا", "زمبيا"),
        ("رومانيا", "بلغاريا", "رومانيه"),
        ("كازاخستان", "قيرغيزستان", "كزاخستان"),
        ("غينيا - بيساو", "غينيا الاستوائية", "غينيا بيساو"),
        (
            "جمهورية كوريا الشعبية الديمقراطية",
            "جمهورية كوريا",
            "جمهورية كوريا الشعبية الديموقراطية",
        ),
        ("كمبوديا", "تايلند", "كامبوديا"),
    ],
    "zh": [
        ("赞比亚", "纳米比亚", "尚比亚"),
        ("罗马尼亚", "保加利亚", "羅馬尼亞"),
        ("哈萨克斯坦", "吉尔吉斯斯坦", "哈薩克"),
        ("几内亚比绍", "赤道几内亚", "几内亚比索"),
        ("朝鲜民主主义人民共和国", "大韩民国", "朝鲜民主主义人民共合国"),
        ("柬埔寨", "泰国", "柬埔塞"),
    ],
    "ru": [
        ("Замбии", "Намибии", "Замбиии"),
        ("Замбия", "Намибия", "Замбя"),
        ("Румыния", "Болгария", "Румания"),
        ("Казахстан", "Кыргызстан", "Казакстан"),
        ("Гвинеи-Бисау", "Экваториальной Гвинеи", "Гвинеи-Биссау"),
        (
            "Корейской Народно-Демократической Республике",
            "Республике Корея",
            "Корейской Народной Демократической Республике",
        ),
        ("Камбодже", "Таиланде", "Комбодже"),
        ("Германии", "Австрии", "Гермнии"),
    ],
}
for _lang, _rows in _COUNTRY_ROWS.items():
    _COUNTRIES[_lang] += _rows  # noqa: F821

# Russian writes the dollar as UN Russian does, "млн долл. США": that form, too, for the currency
# faults (heldout2's table has "долларов (США)" only).
_CURRENCY["ru"].append((r" долл\. США", "", " евро"))  # noqa: F821

# a demonym of these releases and the region named by an adjective, each with a neighbour
_DEMONYMS["fr"] += [("zambien", "namibien"), ("région européenne", "région africaine")]  # noqa: F821
_DEMONYMS["es"] += [("zambiano", "namibio"), ("región europea", "región africana")]  # noqa: F821
_DEMONYMS["ar"] += [  # noqa: F821
    ("الزامبية", "الناميبية"),
    ("المنطقة الأوروبية", "المنطقة الأفريقية"),
]
_DEMONYMS["zh"] += [("赞比亚政府", "纳米比亚政府"), ("欧洲区域", "非洲区域")]  # noqa: F821
_DEMONYMS["ru"] += [("Европейском регионе", "Африканском регионе")]  # noqa: F821

# English full name | short form | Arabic full | short, then (indented) Chinese and Russian.
# Tedros Adhanom Ghebreyesus is in heldout2's table; the second row gives the Russian form this
# set writes (Адханом), the other languages' forms being the same as there.
_MORE_PEOPLE = """
Stéphane Dujarric | Dujarric | ستيفان دوجاريك | دوجاريك
    斯特凡纳·迪雅里克 | 迪雅里克 | Стефан Дюжаррик | Дюжаррик
Hakainde Hichilema | Hichilema | هاكايندي هيشيليما | هيشيليما
    哈凯恩德·希奇莱马 | 希奇莱马 | Хакаинде Хичилема | Хичилема
Martin Griffiths | Griffiths | مارتن غريفيثس | غريفيثس
    马丁·格里菲斯 | 格里菲斯 | Мартин Гриффитс | Гриффитс
Beatrice Mutali | Mutali | بياتريس موتالي | موتالي
    贝亚特丽斯·穆塔利 | 穆塔利 | Беатрис Мутали | Мутали
Hans Kluge | Kluge | هانس كلوغه | كلوغه
    汉斯·克鲁格 | 克鲁格 | Ханс Клюге | Клюге
Regina De Dominicis | De Dominicis | ريجينا دي دومينيسيس | دي دومينيسيس
    雷吉娜·德多米尼西斯 | 德多米尼西斯 | Реджина Де Доминичис | Де Доминичис
Audrey Azoulay | Azoulay | أودري أزولاي | أزولاي
    奥德蕾·阿祖莱 | 阿祖莱 | Одре Азуле | Азуле
Natalia Kanem | Kanem | ناتاليا كانم | كانم
    娜塔莉亚·卡内姆 | 卡内姆 | Наталия Канем | Канем
Umaro Sissoco Embaló | Embaló | عمر سيسوكو إمبالو | إمبالو
    乌马罗·西索科·恩巴洛 | 恩巴洛 | Умару Сисоку Эмбало | Эмбало
Tedros Adhanom Ghebreyesus | Tedros | تيدروس أدهانوم غيبريسوس | تيدروس
    谭德塞 | 谭德塞 | Тедрос Адханом Гебрейесус | Тедрос
"""
_PEOPLE += [  # noqa: F821
    tuple(cell.strip() for cell in row.replace("\n", " | ").split("|"))
    for row in re.split(r"\n(?! )", _MORE_PEOPLE.strip())  # noqa: F821
]
_SWAP.update(  # noqa: F821
    {
        "Stéphane Dujarric": "Martin Griffiths",
        "Martin Griffiths": "Stéphane Dujarric",
        "Hakainde Hichilema": "Umaro Sissoco Embaló",
        "Umaro Sissoco Embaló": "Hakainde Hichilema",
        "Beatrice Mutali": "Regina De Dominicis",
        "Hans Kluge": "Regina De Dominicis",
        "Regina De Dominicis": "Hans Kluge",
        "Audrey Azoulay": "Natalia Kanem",
        "Natalia Kanem": "Tedros Adhanom Ghebreyesus",
        "Tedros Adhanom Ghebreyesus": "Natalia Kanem",
    }
)
for _char, _homophone in zip(
    "凡雅凯奇莱马丁贝穆塔汉鲁吉娜多米蕾阿祖内姆乌罗巴",
    "帆亚楷齐来玛町倍慕踏翰露极纳朵咪磊啊组讷母呜萝芭",
    strict=True,
):
    _HOMOPHONE.setdefault(_char, _homophone)  # noqa: F821
