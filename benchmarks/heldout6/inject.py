"""Fault injector of the sixth held-out set: benchmarks/heldout2/inject.py itself, run here.

The second held-out set's injector (written from issue 13's fault list alone, without reading
the checks) is executed unchanged in this module's namespace, as heldout3/inject.py does. Only
its tables are extended with what this set's releases name, in the forms this set's translations
write them: countries (form in the reference -> a neighbour in the same grammatical form, a
realistic misspelling: a non-UN regional form in Chinese, a dropped or changed letter elsewhere;
Russian forms are listed per case as heldout2's are), one demonym, and the people (UN Arabic,
Chinese and Russian forms, as in glossary.csv), without whom the name faults would find nothing
here. Nothing else is changed.
"""

from __future__ import annotations

from pathlib import Path

_SOURCE = Path(__file__).resolve().parent.parent / "heldout2" / "inject.py"
exec(compile(_SOURCE.read_text(encoding="utf-8"), str(_SOURCE), "exec"), globals())

# (form, neighbour in the same form, misspelt); Japan, Cameroon and Switzerland are in heldout2's
# table already.
_COUNTRY_ROWS: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        ("Ukraine", "Ouzbékistan", "Ukrainne"),
        ("Pays-Bas", "Belgique", "Pay-Bas"),
        ("Vanuatu", "Tuvalu", "Vanuatou"),
        ("Fédération de Russie", "République de Moldova", "Fédération de Rusie"),
        ("Pologne", "Hongrie", "Polongne"),
        ("Espagne", "Andorre", "Espagnne"),
        ("Portugal", "Maroc", "Portugual"),
        ("Italie", "Autriche", "Itallie"),
        ("Grèce", "Bulgarie", "Grêce"),
        ("France", "Belgique", "Frannce"),
    ],
    "es": [
        ("Ucrania", "Uzbekistán", "Ukrania"),
        ("Países Bajos", "Bélgica", "Paises Bajos"),
        ("Vanuatu", "Tuvalu", "Vanuato"),
        ("Federación de Rusia", "República de Moldova", "Federación de Rusía"),
        ("Polonia", "Hungría", "Polania"),
        ("España", "Portugal", "Espana"),
        ("Portugal", "Marruecos", "Portugual"),
        ("Italia", "Austria", "Itallia"),
        ("Grecia", "Bulgaria", "Grezia"),
        ("Francia", "Bélgica", "Franzia"),
    ],
    "ar": [
        ("أوكرانيا", "أوزبكستان", "أكرانيا"),
        ("هولندا", "بلجيكا", "هولنده"),
        ("فانواتو", "توفالو", "فانوتو"),
        ("الاتحاد الروسي", "بيلاروس", "الإتحاد الروسي"),
        ("بولندا", "هنغاريا", "بولاندا"),
        ("إسبانيا", "البرتغال", "اسبانيا"),
        ("البرتغال", "المغرب", "البرتقال"),
        ("إيطاليا", "النمسا", "إيطليا"),
        ("اليونان", "بلغاريا", "اليونن"),
        ("فرنسا", "بلجيكا", "فرنسه"),
    ],
    "zh": [
        ("乌克兰", "乌兹别克斯坦", "乌克蓝"),
        ("荷兰", "比利时", "荷蘭"),
        ("瓦努阿图", "图瓦卢", "万那杜"),
        ("俄罗斯联邦", "白俄罗斯", "俄罗斯联帮"),
        ("波兰", "匈牙利", "波蘭"),
        ("西班牙", "葡萄牙", "西斑牙"),
        ("葡萄牙", "摩洛哥", "葡萄呀"),
        ("意大利", "奥地利", "义大利"),
        ("希腊", "保加利亚", "希臘"),
        ("法国", "比利时", "法國"),
    ],
    "ru": [
        ("Украине", "Молдове", "Украйне"),
        ("Украины", "Молдовы", "Украйны"),
        ("Украиной", "Молдовой", "Украйной"),
        ("Нидерланды", "Бельгия", "Нидерланди"),
        ("Вануату", "Тувалу", "Вануатту"),
        ("Российской Федерации", "Республики Молдова", "Российской Федерацыи"),
        ("Российской Федерацией", "Республикой Молдова", "Российской Федерацыей"),
        ("Польша", "Венгрия", "Польща"),
        ("Испании", "Португалии", "Испаннии"),
        ("Португалии", "Марокко", "Португалли"),
        ("Италии", "Австрии", "Итали"),
        ("Греции", "Болгарии", "Грецци"),
        ("Франция", "Бельгия", "Францыя"),
    ],
}
for _lang, _rows in _COUNTRY_ROWS.items():
    _COUNTRIES[_lang] += _rows  # noqa: F821

_DEMONYMS["zh"] += [("日本籍法官", "韩国籍法官")]  # noqa: F821

# English full name | short form | Arabic full | short, then (indented) Chinese and Russian
_MORE_PEOPLE = """
Rafael Grossi | Grossi | رافائيل غروسي | غروسي
    拉斐尔·格罗西 | 格罗西 | Рафаэль Гросси | Гросси
Yuji Iwasawa | Iwasawa | يوجي إيواساوا | إيواساوا
    岩泽雄司 | 岩泽 | Юдзи Ивасава | Ивасава
Ishmael Kalsakau | Kalsakau | إسماعيل كالساكاو | كالساكاو
    伊什梅尔·卡尔萨考 | 卡尔萨考 | Исмаэль Калсакау | Калсакау
Philemon Yang | Yang | فيليمون يانغ | يانغ
    菲勒蒙·扬 | 扬 | Филемон Ян | Ян
Andrii Sybiha | Sybiha | أندريه سيبيها | سيبيها
    安德烈·瑟比哈 | 瑟比哈 | Андрей Сибига | Сибига
Clare Nullis | Nullis | كلير نوليس | نوليس
    克莱尔·纳利斯 | 纳利斯 | Клэр Наллис | Наллис
"""
_PEOPLE += [  # noqa: F821
    tuple(cell.strip() for cell in row.replace("\n", " | ").split("|"))
    for row in re.split(r"\n(?! )", _MORE_PEOPLE.strip())  # noqa: F821
]
_SWAP.update(  # noqa: F821
    {
        "Rafael Grossi": "António Guterres",
        "Yuji Iwasawa": "Philemon Yang",
        "Philemon Yang": "Yuji Iwasawa",
        "Ishmael Kalsakau": "Andrii Sybiha",
        "Andrii Sybiha": "Ishmael Kalsakau",
        "Clare Nullis": "Rafael Grossi",
    }
)
for _char, _homophone in zip(
    "拉斐尔罗岩泽雄司伊什梅萨考勒蒙德烈瑟哈", "啦菲耳萝颜择熊思依十枚撒烤乐檬得列色蛤", strict=True
):
    _HOMOPHONE.setdefault(_char, _homophone)  # noqa: F821
