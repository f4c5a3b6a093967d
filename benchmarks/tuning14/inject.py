"""Fault injector of the fourteenth tuning set: benchmarks/heldout2/inject.py itself, run here.

The second held-out set's injector is executed unchanged in this module's namespace, as
heldout6/inject.py does. Only its tables are extended with what this set's releases name, in the
forms this set's translations write them: countries (form in the reference -> a neighbour in the
same grammatical form, a realistic misspelling: a non-UN or traditional form in Chinese, a
non-UN spelling in Arabic, a dropped, doubled or changed letter elsewhere; Russian forms are
listed per case as heldout2's are), and the people (UN Arabic, Chinese and Russian forms, as in
glossary.csv), without whom the name faults would find only the Secretary-General here. No
demonym and no literal-name pair is added (the releases have none that reads as a word).
Nothing else is changed.
"""

from __future__ import annotations

from pathlib import Path

_SOURCE = Path(__file__).resolve().parent.parent / "heldout2" / "inject.py"
exec(compile(_SOURCE.read_text(encoding="utf-8"), str(_SOURCE), "exec"), globals())

# (form, neighbour in the same form, misspelt); India and Indonesia are in heldout2's table
# already (and India's Russian prepositional form is added here).
_COUNTRY_ROWS: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        ("État plurinational de Bolivie", "État de Palestine", "État plurinational de Bolivia"),
        ("Brésil", "Paraguay", "Brézil"),
        ("Colombie", "Argentine", "Colombbie"),
        ("Équateur", "Uruguay", "Équatteur"),
        ("Papouasie-Nouvelle-Guinée", "Nouvelle-Zélande", "Papouasie-Nouvelle-Guinnée"),
        ("Pérou", "Chili", "Pérrou"),
        (
            "République bolivarienne du Venezuela",
            "République dominicaine",
            "République bolivarienne du Vénézuela",
        ),
        ("Myanmar", "Cambodge", "Myanmmar"),
        ("République arabe syrienne", "Jordanie", "République arabe syrinne"),
        ("Afghanistan", "Ouzbékistan", "Afganistan"),
        ("Ukraine", "Ouzbékistan", "Ukrainne"),
        ("Fédération de Russie", "République de Moldova", "Fédération de Rusie"),
        (
            "République islamique d’Iran",
            "République arabe syrienne",
            "République islamique d’Irann",
        ),
        (
            "République populaire démocratique de Corée",
            "République de Corée",
            "République populaire démocratique de Corrée",
        ),
        ("Pakistan", "Bangladesh", "Pakistann"),
        ("Cambodge", "Viet Nam", "Cambodje"),
    ],
    "es": [
        (
            "Estado Plurinacional de Bolivia",
            "Estado de Palestina",
            "Estado Plurinacional de Bolibia",
        ),
        ("Brasil", "Paraguay", "Brazil"),
        ("Colombia", "Panamá", "Colombía"),
        ("Ecuador", "Uruguay", "Equador"),
        ("Papua Nueva Guinea", "Nueva Zelandia", "Papúa Nueva Guinea"),
        ("Perú", "Paraguay", "Peru"),
        (
            "República Bolivariana de Venezuela",
            "República Dominicana",
            "República Bolivariana de Venezuala",
        ),
        ("Myanmar", "Camboya", "Myanmmar"),
        ("República Árabe Siria", "Jordania", "República Árabe Siría"),
        ("Afganistán", "Uzbekistán", "Afganistan"),
        ("Ucrania", "Uzbekistán", "Ukrania"),
        ("Federación de Rusia", "República de Moldova", "Federación de Rusía"),
        ("República Islámica del Irán", "República Árabe Siria", "República Islámica del Iran"),
        (
            "República Popular Democrática de Corea",
            "República de Corea",
            "República Popular Democrática de Korea",
        ),
        ("Pakistán", "Bangladesh", "Pakistan"),
        ("Camboya", "Tailandia", "Camboja"),
    ],
    "ar": [
        ("دولة بوليفيا المتعددة القوميات", "دولة فلسطين", "دولة بوليفيا المتعدد القوميات"),
        ("البرازيل", "باراغواي", "البرزيل"),
        ("كولومبيا", "بنما", "كولمبيا"),
        ("إكوادور", "أوروغواي", "الإكوادور"),
        ("بابوا غينيا الجديدة", "نيوزيلندا", "بابوا غينيا الجديده"),
        ("بيرو", "شيلي", "البيرو"),
        ("جمهورية فنزويلا البوليفارية", "الجمهورية الدومينيكية", "جمهورية فينزويلا البوليفارية"),
        ("ميانمار", "كمبوديا", "مينمار"),
        ("الجمهورية العربية السورية", "الأردن", "الجمهورية العربية السوريه"),
        ("أفغانستان", "أوزبكستان", "افغانستان"),
        ("أوكرانيا", "أوزبكستان", "أكرانيا"),
        ("الاتحاد الروسي", "بيلاروس", "الإتحاد الروسي"),
        ("جمهورية إيران الإسلامية", "الجمهورية العربية السورية", "جمهورية ايران الإسلامية"),
        (
            "جمهورية كوريا الشعبية الديمقراطية",
            "جمهورية كوريا",
            "جمهورية كوريا الشعبية الديموقراطية",
        ),
        ("باكستان", "بنغلاديش", "باكستن"),
        ("كمبوديا", "تايلند", "كامبوديا"),
    ],
    "zh": [
        ("多民族玻利维亚国", "巴勒斯坦国", "多民族玻利维雅国"),
        ("巴西", "巴拉圭", "芭西"),
        ("哥伦比亚", "巴拿马", "哥仑比亚"),
        ("厄瓜多尔", "乌拉圭", "厄瓜多"),
        ("巴布亚新几内亚", "新西兰", "巴布亚纽几内亚"),
        ("秘鲁", "智利", "秘魯"),
        ("委内瑞拉玻利瓦尔共和国", "多米尼加共和国", "委内瑞拉玻利瓦尔共合国"),
        ("缅甸", "柬埔寨", "面甸"),
        ("阿拉伯叙利亚共和国", "约旦", "阿拉伯叙利亚共和囯"),
        ("阿富汗", "乌兹别克斯坦", "阿副汗"),
        ("乌克兰", "乌兹别克斯坦", "乌克蓝"),
        ("俄罗斯联邦", "白俄罗斯", "俄罗斯联帮"),
        ("伊朗伊斯兰共和国", "阿拉伯叙利亚共和国", "依朗伊斯兰共和国"),
        ("朝鲜民主主义人民共和国", "大韩民国", "朝鲜民主主义人民共合国"),
        ("巴基斯坦", "孟加拉国", "巴基斯担"),
        ("柬埔寨", "泰国", "柬埔塞"),
    ],
    "ru": [
        (
            "Многонациональном Государстве Боливия",
            "Государстве Палестина",
            "Многонациональном Государстве Болевия",
        ),
        ("Бразилии", "Аргентине", "Бразилли"),
        ("Колумбии", "Панаме", "Коломбии"),
        ("Эквадоре", "Уругвае", "Эквадре"),
        ("Индии", "Непале", "Индеи"),
        ("Индонезии", "Малайзии", "Индонезйи"),
        ("Папуа — Новой Гвинее", "Новой Зеландии", "Папуа-Новой Гвинее"),
        ("Перу", "Чили", "Перру"),
        (
            "Боливарианской Республике Венесуэла",
            "Доминиканской Республике",
            "Боливарианской Республике Венесуела",
        ),
        ("Мьянме", "Камбодже", "Мянме"),
        ("Мьянмой", "Камбоджей", "Мянмой"),
        ("Сирийская Арабская Республика", "Иордания", "Сирийская Арабская Республка"),
        ("Афганистан", "Узбекистан", "Афганистон"),
        ("Украина", "Молдова", "Украйна"),
        ("Украине", "Молдове", "Украйне"),
        ("Российской Федерацией", "Республикой Молдова", "Российской Федерацыей"),
        (
            "Исламской Республикой Иран",
            "Сирийской Арабской Республикой",
            "Исламской Республикой Иранн",
        ),
        (
            "Корейской Народно-Демократической Республикой",
            "Республикой Корея",
            "Корейской Народно-Демократической Республекой",
        ),
        ("Пакистане", "Бангладеш", "Пакистанне"),
        ("Камбоджа", "Таиланд", "Камбоджия"),
    ],
}
for _lang, _rows in _COUNTRY_ROWS.items():
    _COUNTRIES[_lang] += _rows  # noqa: F821

# English full name | short form | Arabic full | short, then (indented) Chinese and Russian
_MORE_PEOPLE = """
Tamar Gabelnick | Gabelnick | تمار غابيلنيك | غابيلنيك
    塔玛尔·加贝尔尼克 | 加贝尔尼克 | Тамар Габельник | Габельник
Sima Bahous | Bahous | سيما بحوث | بحوث
    西玛·巴胡斯 | 巴胡斯 | Сима Бахус | Бахус
"""
_PEOPLE += [  # noqa: F821
    tuple(cell.strip() for cell in row.replace("\n", " | ").split("|"))
    for row in re.split(r"\n(?! )", _MORE_PEOPLE.strip())  # noqa: F821
]
_SWAP.update(  # noqa: F821
    {
        "Tamar Gabelnick": "Sima Bahous",
        "Sima Bahous": "Tamar Gabelnick",
    }
)
for _char, _homophone in zip("塔玛贝尼胡巴", "踏马背泥湖八", strict=True):
    _HOMOPHONE.setdefault(_char, _homophone)  # noqa: F821
