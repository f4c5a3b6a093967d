# ruff: noqa: F821
"""Fault injector of the twenty-first held-out set: benchmarks/heldout2/inject.py itself, run here.

The second held-out set's injector (written from issue 13's fault list alone, without reading
the checks) is executed unchanged in this module's namespace, as heldout17/inject.py does. Only
its tables are extended with what this set's releases name, in the forms this set's translations
write them: countries (form in the reference -> another country in the same grammatical form, a
realistic misspelling: a non-UN or traditional form in Chinese, a non-UN spelling in Arabic, a
non-UN name or a dropped, doubled or changed letter elsewhere; Russian forms are listed per case
as heldout2's are), the demonyms, and the people (UN Arabic, Chinese and Russian forms, as in
glossary.csv), without whom the name faults would find nothing here. Nothing else is changed.
"""

from __future__ import annotations

from pathlib import Path

_SOURCE = Path(__file__).resolve().parent.parent / "heldout2" / "inject.py"
exec(compile(_SOURCE.read_text(encoding="utf-8"), str(_SOURCE), "exec"), globals())

# (form, other country in the same form, misspelt); Japan, Bangladesh, China and India are in
# heldout2's table already (Russian: Бангладеш only, in that case). A form may carry a look-behind
# or look-ahead (as heldout2 lists 瑞士(?!法郎)), so that Tonga in the volcano's name
# (Hunga Tonga-Hunga Ha'apai) and in Tongatapu is not taken for the country.
_COUNTRY_ROWS: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        ("Tonga", "Fidji", "Tongua"),
        ("Fidji", "Tonga", "Fiji"),
        ("Samoa", "Vanuatu", "Samao"),
        ("Australie", "Nouvelle-Zélande", "Austalie"),
        ("Nouvelle-Zélande", "Australie", "Nouvelle-Zélende"),
        ("Chili", "Pérou", "Chilli"),
        ("Pérou", "Chili", "Pérrou"),
        ("États-Unis d’Amérique", "Pays-Bas", "États-Unis d’Amérque"),
        ("République de Moldova", "République de Corée", "République de Moldavie"),
        ("Moldova", "Roumanie", "Moldavie"),
        ("Ukraine", "Roumanie", "Ukrainne"),
        ("Russie", "Bélarus", "Russsie"),
        ("Italie", "Espagne", "Itallie"),
        ("Malte", "Chypre", "Malthe"),
        ("Nauru", "Tuvalu", "Naurou"),
        ("Royaume des Pays-Bas", "Royaume de Belgique", "Royaume des Pays-Bays"),
    ],
    "es": [
        ("Tonga", "Fiji", "Tongua"),
        ("Fiji", "Tonga", "Fidji"),
        ("Samoa", "Vanuatu", "Samao"),
        ("Australia", "Nueva Zelandia", "Austalia"),
        ("Nueva Zelandia", "Australia", "Nueva Zelanda"),
        ("Chile", "Perú", "Chille"),
        ("Perú", "Ecuador", "Peru"),
        ("Estados Unidos de América", "Países Bajos", "Estados Unidos de Amérca"),
        ("República de Moldova", "República de Corea", "República de Moldavia"),
        ("Moldova", "Rumania", "Moldavia"),
        ("Ucrania", "Rumania", "Ukrania"),
        ("Italia", "España", "Itaila"),
        ("Malta", "Chipre", "Malte"),
        ("Nauru", "Tuvalu", "Naurú"),
        ("Reino de los Países Bajos", "Reino de Bélgica", "Reino de los Paises Bajos"),
    ],
    "ar": [
        ("(?<!هونغا )تونغا", "فيجي", "تونجا"),
        ("فيجي", "تونغا", "فيدجي"),
        ("ساموا", "فانواتو", "سامو"),
        ("أستراليا", "نيوزيلندا", "استراليا"),
        ("نيوزيلندا", "أستراليا", "نيوزلندا"),
        ("شيلي", "بيرو", "تشيلي"),
        ("بيرو", "شيلي", "البيرو"),
        ("الولايات المتحدة الأمريكية", "كندا", "الولايات المتحدة الأميركية"),
        ("جمهورية مولدوفا", "جمهورية كوريا", "جمهورية مولدافيا"),
        ("مولدوفا", "رومانيا", "مولدافيا"),
        ("أوكرانيا", "رومانيا", "اوكرانيا"),
        ("إيطاليا", "إسبانيا", "ايطاليا"),
        ("مالطة", "قبرص", "مالطا"),
        ("ناورو", "توفالو", "نورو"),
        ("مملكة هولندا", "مملكة بلجيكا", "مملكة هولنده"),
    ],
    "zh": [
        ("(?<!洪阿)汤加(?!塔布)", "斐济", "東加"),
        ("斐济", "汤加", "斐濟"),
        ("萨摩亚", "瓦努阿图", "薩摩亞"),
        ("澳大利亚", "新西兰", "澳洲"),
        ("新西兰", "澳大利亚", "纽西兰"),
        ("智利", "秘鲁", "智力"),
        ("秘鲁", "智利", "祕魯"),
        ("美利坚合众国", "加拿大", "美利堅合眾國"),
        ("摩尔多瓦共和国", "大韩民国", "摩尔多瓦共合国"),
        ("摩尔多瓦(?!共和国)", "罗马尼亚", "摩爾多瓦"),
        ("乌克兰", "罗马尼亚", "烏克蘭"),
        ("俄罗斯(?!人)", "白俄罗斯", "俄羅斯"),
        ("意大利", "西班牙", "義大利"),
        ("马耳他", "塞浦路斯", "馬爾他"),
        ("瑙鲁", "图瓦卢", "諾魯"),
        ("荷兰王国", "比利时王国", "荷蘭王國"),
    ],
    "ru": [
        ("Тонга", "Фиджи", "Тонго"),
        ("Фиджи", "Самоа", "Фижди"),
        ("Самоа", "Вануату", "Самао"),
        ("Австралии", "Новой Зеландии", "Австарлии"),
        ("Австралия", "Новая Зеландия", "Австарлия"),
        ("Новой Зеландии", "Австралии", "Новой Зеланди"),
        ("Японии", "Китая", "Йапонии"),
        ("Чили", "Перу", "Чилли"),
        ("Перу", "Эквадоре", "Перру"),
        ("Соединенных Штатах Америки", "Канаде", "Соединеных Штатах Америки"),
        ("Республики Молдова", "Республики Корея", "Республики Молдавия"),
        ("Республике Молдова", "Республике Корея", "Республике Молдавия"),
        ("Республику Молдова", "Республику Корея", "Республику Молдавия"),
        ("Молдова", "Румыния", "Молдавия"),
        ("Молдовы", "Румынии", "Молдавии"),
        ("Украины", "Румынии", "Украйны"),
        ("Украину", "Румынию", "Украйну"),
        ("Украине", "Румынии", "Украйне"),
        ("России", "Беларуси", "Росии"),
        ("Италия", "Испания", "Иатлия"),
        ("Мальты", "Кипра", "Мальти"),
        ("Науру", "Тувалу", "Наору"),
        ("Бангладеш", "Непала", "Бангладешь"),
        ("Китая", "Вьетнама", "Китяа"),
        ("Индии", "Пакистана", "Индеи"),
        ("Королевства Нидерландов", "Королевства Бельгии", "Королевства Нидерландо"),
    ],
}
for _lang, _rows in _COUNTRY_ROWS.items():
    _COUNTRIES[_lang] += _rows

_DEMONYMS["fr"] += [("moldoves", "roumains"), ("tongien", "fidjien")]
_DEMONYMS["es"] += [("moldovos", "rumanos"), ("rusa", "bielorrusa")]
_DEMONYMS["ar"] += [("المولدوفي", "الروماني"), ("الروسي", "البيلاروسي")]
_DEMONYMS["zh"] += [
    ("摩尔多瓦人民", "罗马尼亚人民"),
    ("汤加国家应急管理办公室", "斐济国家应急管理办公室"),
]
_DEMONYMS["ru"] += [
    ("тихоокеанских стран", "карибских стран"),
    ("Тонга по чрезвычайным", "Фиджи по чрезвычайным"),
]

# English full name | short form | Arabic full | short, then (indented) Chinese and Russian
# (António Guterres is in heldout2's table already)
_MORE_PEOPLE = """
Stéphane Dujarric | Dujarric | ستيفان دوجاريك | دوجاريك
    斯特凡纳·迪雅里克 | 迪雅里克 | Стефан Дюжаррик | Дюжаррик
Filippo Grandi | Grandi | فيليبو غراندي | غراندي
    菲利波·格兰迪 | 格兰迪 | Филиппо Гранди | Гранди
Natalia Gavrilița | Gavrilița | ناتاليا غافريليتسا | غافريليتسا
    娜塔莉娅·加夫里利察 | 加夫里利察 | Наталья Гаврилица | Гаврилица
Ana Revenco | Revenco | آنا ريفينكو | ريفينكو
    安娜·雷文科 | 雷文科 | Ана Ревенко | Ревенко
Lena Volkova | Volkova | لينا فولكوفا | فولكوفا
    莉娜·沃尔科娃 | 沃尔科娃 | Лена Волкова | Волкова
Csaba Kőrösi | Kőrösi | تشابا كوروشي | كوروشي
    乔鲍·克勒希 | 克勒希 | Чаба Кёрёши | Кёрёши
Viliami Va’inga Tone | Tone | فيليامي فاإينغا تونه | تونه
    维利亚米·瓦因加·托内 | 托内 | Вилиами Ваинга Тоне | Тоне
Margo Deiye | Deiye | مارغو دييي | دييي
    马戈·德耶 | 德耶 | Марго Дейе | Дейе
"""
_PEOPLE += [
    tuple(cell.strip() for cell in row.replace("\n", " | ").split("|"))
    for row in re.split(r"\n(?! )", _MORE_PEOPLE.strip())
]
_SWAP.update(
    {
        "Stéphane Dujarric": "Filippo Grandi",
        "Filippo Grandi": "Stéphane Dujarric",
        "Natalia Gavrilița": "Ana Revenco",
        "Ana Revenco": "Natalia Gavrilița",
        "Lena Volkova": "Ana Revenco",
        "Csaba Kőrösi": "Viliami Va’inga Tone",
        "Viliami Va’inga Tone": "Csaba Kőrösi",
        "Margo Deiye": "Natalia Gavrilița",
    }
)
for _char, _homophone in zip(
    "凡雅娜莉娅加夫察雷文科沃乔鲍勒希维亚米瓦因托内马戈德耶格兰",
    "帆亚那丽亚佳肤茶蕾闻可握桥包乐西唯雅迷娃音拖纳玛哥得爷葛岚",
    strict=True,
):
    _HOMOPHONE.setdefault(_char, _homophone)
