# ruff: noqa: F821
"""Fault injector of the eighteenth held-out set: benchmarks/heldout2/inject.py itself, run here.

The second held-out set's injector (written from issue 13's fault list alone, without reading
the checks) is executed unchanged in this module's namespace, as heldout6/inject.py does. Only
its tables are extended with what this set's releases name, in the forms this set's translations
write them: countries (form in the reference -> another country in the same grammatical form, a
realistic misspelling: a non-UN, Taiwanese or traditional form in Chinese, a non-UN spelling in
Arabic, a dropped, doubled or changed letter or accent elsewhere; Russian forms are listed per
case as heldout2's are), the demonyms, the people (UN Arabic, Chinese and Russian forms, as in
glossary.csv) without whom the name faults would find nothing here, homophones for their
Chinese names, and the figures written in words of these translations. Nothing else is changed.
"""

from __future__ import annotations

from pathlib import Path

_SOURCE = Path(__file__).resolve().parent.parent / "heldout2" / "inject.py"
exec(compile(_SOURCE.read_text(encoding="utf-8"), str(_SOURCE), "exec"), globals())

# (form, other country in the same form, misspelt); Japan, Nigeria and China are in heldout2's
# table already (Russian: Китай in the nominative, Нигерии).
_COUNTRY_ROWS: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        ("Ouzbékistan", "Turkménistan", "Ouzbekistan"),
        ("Kazakhstan", "Kirghizistan", "Kazakstan"),
        ("Turkménistan", "Tadjikistan", "Turkmenistan"),
        ("Tadjikistan", "Ouzbékistan", "Tajikistan"),
        ("Kirghizistan", "Kazakhstan", "Kirghistan"),
        ("Afghanistan", "Pakistan", "Afganistan"),
        ("Norvège", "Suède", "Norvége"),
        (
            "République bolivarienne du Venezuela",
            "République dominicaine",
            "République bolivarienne du Vénézuela",
        ),
        ("Venezuela", "Guatemala", "Vénézuela"),
        ("État plurinational de Bolivie", "Équateur", "État plurinational de Bolivia"),
        ("Bolivie", "Colombie", "Bolivia"),
        ("Colombie", "Bolivie", "Colombia"),
        ("Pérou", "Chili", "Perou"),
        ("Chili", "Pérou", "Chilie"),
        ("Brésil", "Paraguay", "Brézil"),
        ("Argentine", "Colombie", "Argentinne"),
        ("Paraguay", "Uruguay", "Paraguaï"),
        ("Uruguay", "Paraguay", "Urugay"),
        ("Guyana", "Suriname", "Guyanna"),
        ("Trinité-et-Tobago", "Barbade", "Trinidad-et-Tobago"),
        ("Panama", "Costa Rica", "Panamá"),
        ("Canada", "Mexique", "Canadà"),
    ],
    "es": [
        ("Uzbekistán", "Turkmenistán", "Uzbequistán"),
        ("Kazajstán", "Kirguistán", "Kazakstán"),
        ("Turkmenistán", "Tayikistán", "Turkmenistan"),
        ("Tayikistán", "Uzbekistán", "Tajikistán"),
        ("Kirguistán", "Kazajstán", "Kirguizistán"),
        ("Afganistán", "Pakistán", "Afghanistán"),
        ("Noruega", "Suecia", "Norruega"),
        (
            "República Bolivariana de Venezuela",
            "República Dominicana",
            "República Bolivariana de Venezuala",
        ),
        ("Venezuela", "Guatemala", "Venezuala"),
        ("Estado Plurinacional de Bolivia", "Ecuador", "Estado Plurinacional de Bolívia"),
        ("Bolivia", "Colombia", "Bolívia"),
        ("Colombia", "Bolivia", "Colonbia"),
        ("Perú", "Ecuador", "Peru"),
        ("Chile", "Bolivia", "Chille"),
        ("Brasil", "Paraguay", "Brazil"),
        ("Argentina", "República Dominicana", "Argentína"),
        ("Paraguay", "Uruguay", "Paraguai"),
        ("Uruguay", "Paraguay", "Uruguai"),
        ("Guyana", "Suriname", "Guayana"),
        ("Trinidad y Tabago", "Barbados", "Trinidad y Tobago"),
        ("Panamá", "Costa Rica", "Panama"),
        ("Canadá", "Japón", "Canada"),
    ],
    "ar": [
        ("أوزبكستان", "تركمانستان", "أوزباكستان"),
        ("كازاخستان", "قيرغيزستان", "كازخستان"),
        ("تركمانستان", "طاجيكستان", "تركمنستان"),
        ("طاجيكستان", "أوزبكستان", "طاجكستان"),
        ("قيرغيزستان", "كازاخستان", "قرغيزستان"),
        ("أفغانستان", "باكستان", "افغانستان"),
        ("النرويج", "السويد", "النروج"),
        ("جمهورية فنزويلا البوليفارية", "الجمهورية الدومينيكية", "جمهورية فينزويلا البوليفارية"),
        ("فنزويلا", "غواتيمالا", "فينزويلا"),
        ("دولة بوليفيا المتعددة القوميات", "إكوادور", "دولة بوليفيا متعددة القوميات"),
        ("بوليفيا", "كولومبيا", "بولفيا"),
        ("كولومبيا", "بوليفيا", "كولمبيا"),
        ("بيرو", "إكوادور", "البيرو"),
        ("شيلي", "بيرو", "تشيلي"),
        ("البرازيل", "باراغواي", "البرازل"),
        ("الأرجنتين", "أوروغواي", "الارجنتين"),
        ("باراغواي", "أوروغواي", "باراجواي"),
        ("أوروغواي", "باراغواي", "أوروجواي"),
        ("غيانا", "سورينام", "غويانا"),
        ("ترينيداد وتوباغو", "بربادوس", "ترينداد وتوباجو"),
        ("بنما", "كوستاريكا", "باناما"),
        ("كندا", "المكسيك", "كنده"),
    ],
    "zh": [
        ("乌兹别克斯坦", "土库曼斯坦", "烏茲別克斯坦"),
        ("哈萨克斯坦", "吉尔吉斯斯坦", "哈薩克"),
        ("土库曼斯坦", "塔吉克斯坦", "土庫曼"),
        ("塔吉克斯坦", "乌兹别克斯坦", "塔吉克"),
        ("吉尔吉斯斯坦", "哈萨克斯坦", "吉爾吉斯"),
        ("阿富汗", "巴基斯坦", "阿富汉"),
        ("挪威", "瑞典", "那威"),
        ("委内瑞拉玻利瓦尔共和国", "多米尼加共和国", "委內瑞拉玻利瓦尔共和国"),
        ("委内瑞拉", "危地马拉", "委內瑞拉"),
        ("多民族玻利维亚国", "厄瓜多尔", "多民族玻利維亞国"),
        # not the currency (玻利维亚诺), nor inside the long name (the regex is sorted first)
        ("(?<!多民族)玻利维亚(?![诺国])", "哥伦比亚", "玻利維亞"),
        ("哥伦比亚", "玻利维亚", "哥倫比亞"),
        ("秘鲁", "厄瓜多尔", "祕魯"),
        ("智利", "秘鲁", "智力"),
        ("巴西", "巴拉圭", "巴溪"),
        ("阿根廷", "乌拉圭", "阿根庭"),
        ("巴拉圭", "乌拉圭", "巴拉奎"),
        ("乌拉圭", "巴拉圭", "烏拉圭"),
        ("圭亚那", "苏里南", "蓋亞那"),
        ("特立尼达和多巴哥", "巴巴多斯", "千里達及托巴哥"),
        ("巴拿马", "哥斯达黎加", "巴拿馬"),
        ("加拿大", "墨西哥", "加拿太"),
    ],
    "ru": [
        ("Узбекистан", "Туркменистан", "Узбекстан"),
        ("Узбекистана", "Туркменистана", "Узбекстана"),
        ("Узбекистане", "Туркменистане", "Узбекстане"),
        ("Казахстана", "Кыргызстана", "Казакстана"),
        ("Казахстане", "Кыргызстане", "Казакстане"),
        ("Туркменистана", "Таджикистана", "Туркмении"),
        ("Таджикистана", "Узбекистана", "Таджекистана"),
        ("Кыргызстана", "Казахстана", "Киргизии"),
        ("Афганистана", "Пакистана", "Авганистана"),
        ("Норвегии", "Швеции", "Норвеги"),
        ("Японии", "Китая", "Японнии"),
        (
            "Боливарианской Республики Венесуэла",
            "Доминиканской Республики",
            "Боливарийской Республики Венесуэла",
        ),
        ("Венесуэлы", "Гватемалы", "Венесуэллы"),
        ("Венесуэлу", "Гватемалу", "Венесуэллу"),
        ("Венесуэла", "Гватемала", "Венесуэлла"),
        (
            "Многонационального Государства Боливия",
            "Эквадора",
            "Многонационального Государства Болливия",
        ),
        ("Боливия", "Колумбия", "Болливия"),
        ("Боливию", "Колумбию", "Болливию"),
        ("Боливией", "Колумбией", "Болливией"),
        ("Колумбии", "Боливии", "Коломбии"),
        ("Колумбией", "Боливией", "Коломбией"),
        ("Перу", "Чили", "Пэру"),
        ("Чили", "Перу", "Чилли"),
        ("Бразилия", "Аргентина", "Бразиля"),
        ("Бразилией", "Аргентиной", "Бразилей"),
        ("Аргентину", "Бразилию", "Аргентинну"),
        ("Парагвай", "Уругвай", "Парогвай"),
        ("Уругвай", "Парагвай", "Уругуай"),
        ("Гайаны", "Суринама", "Гвианы"),
        ("Тринидада и Тобаго", "Барбадоса", "Тринидата и Тобаго"),
        ("Панама", "Коста-Рика", "Понама"),
        ("Панамой", "Коста-Рикой", "Понамой"),
        ("Канадой", "Мексикой", "Кандой"),
    ],
}
for _lang, _rows in _COUNTRY_ROWS.items():
    _COUNTRIES[_lang] += _rows

_DEMONYMS["fr"] += [
    ("norvégien", "suédois"),
    ("vénézuéliens", "colombiens"),
    ("Vénézuéliens", "Colombiens"),
    ("bolivienne", "péruvienne"),
]
_DEMONYMS["es"] += [
    ("Venezolanos", "Colombianos"),
    ("venezolanos", "colombianos"),
    ("boliviano", "peruano"),
]
_DEMONYMS["ar"] += [("الفنزويليين", "الكولومبيين")]
_DEMONYMS["zh"] += [("委内瑞拉人", "哥伦比亚人")]
_DEMONYMS["ru"] += [
    ("венесуэльских", "колумбийских"),
    ("венесуэльцев", "колумбийцев"),
    ("боливийском", "перуанском"),
]

# English full name | short form | Arabic full | short, then (indented) Chinese and Russian;
# António Guterres is in heldout2's table already.
_MORE_PEOPLE = """
Yukio Takasu | Takasu | يوكيو تاكاسو | تاكاسو
    高须幸雄 | 高须 | Юкио Такасу | Такасу
Knut Vollebæk | Vollebæk | كنوت فوليبيك | فوليبيك
    克努特·沃勒贝克 | 沃勒贝克 | Кнут Воллебек | Воллебек
Eduardo Stein | Stein | إدواردو شتاين | شتاين
    爱德华多·斯坦因 | 斯坦因 | Эдуардо Стейн | Стейн
Filippo Grandi | Grandi | فيليبو غراندي | غراندي
    菲利波·格兰迪 | 格兰迪 | Филиппо Гранди | Гранди
Carlos Velarde Villarroel | Velarde | كارلوس فيلاردي فياروئيل | فيلاردي
    卡洛斯·贝拉尔德·比利亚罗埃尔 | 贝拉尔德 | Карлос Веларде Вильярроэль | Веларде
Vicente Suarez | Suarez | فيسنتي سواريز | سواريز
    比森特·苏亚雷斯 | 苏亚雷斯 | Висенте Суарес | Суарес
Karmen Sakhr | Sakhr | كارمن صخر | صخر
    卡门·萨赫尔 | 萨赫尔 | Кармен Сахр | Сахр
"""
_PEOPLE += [
    tuple(cell.strip() for cell in row.replace("\n", " | ").split("|"))
    for row in re.split(r"\n(?! )", _MORE_PEOPLE.strip())
]
_SWAP.update(
    {
        "Yukio Takasu": "Knut Vollebæk",
        "Knut Vollebæk": "Yukio Takasu",
        "Eduardo Stein": "Filippo Grandi",
        "Filippo Grandi": "Eduardo Stein",
        "Carlos Velarde Villarroel": "Vicente Suarez",
        "Vicente Suarez": "Carlos Velarde Villarroel",
        "Karmen Sakhr": "Filippo Grandi",
    }
)
for _char, _homophone in zip(
    "高须幸雄努勒贝拉亚罗苏萨赫坦因波", "糕需杏熊奴乐备啦压萝酥撒贺毯音播", strict=True
):
    _HOMOPHONE.setdefault(_char, _homophone)

# figures written in words in these translations, each with another figure
_WORDS["fr"] += [
    ("Soixante-quinze millions", "Soixante-cinq millions"),
    ("par cinq", "par quatre"),
    ("deux mois", "trois mois"),
    ("trois repas", "deux repas"),
    ("trois maisons", "quatre maisons"),
    ("huit communautés", "six communautés"),
    ("un quart", "un tiers"),
]
_WORDS["es"] += [
    ("Setenta y cinco millones", "Sesenta y cinco millones"),
    ("la quinta parte", "la cuarta parte"),
    ("dos meses", "tres meses"),
    ("tres comidas", "dos comidas"),
    ("tres casas", "cuatro casas"),
    ("ocho comunidades", "seis comunidades"),
    ("una cuarta parte", "una tercera parte"),
]
_WORDS["ar"] += [
    ("خمسة وسبعون مليون", "خمسة وستون مليون"),
    ("الخمس", "الربع"),
    ("شهرين", "ثلاثة أشهر"),
    ("ثلاث وجبات", "وجبتين"),
    ("ثلاثة منازل", "أربعة منازل"),
    ("ثمانية مجتمعات", "ستة مجتمعات"),
    ("ربع", "ثلث"),
]
_WORDS["zh"] += [
    ("五分之一", "四分之一"),
    ("两个月", "三个月"),
    ("一日三餐", "一日两餐"),
    ("三栋房屋", "四栋房屋"),
    ("八个农村社区", "六个农村社区"),
    ("四分之一的资金", "三分之一的资金"),
]
_WORDS["ru"] += [
    ("Семьдесят пять миллионов", "Шестьдесят пять миллионов"),
    ("в пять раз", "в четыре раза"),
    ("два месяца", "три месяца"),
    ("трехразовое", "двухразовое"),
    ("три дома", "четыре дома"),
    ("восьми сельских", "шести сельских"),
    ("четверть", "треть"),
]
