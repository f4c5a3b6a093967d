# ruff: noqa: F821
"""Fault injector of the nineteenth held-out set: benchmarks/heldout2/inject.py itself, run here.

The second held-out set's injector (written from issue 13's fault list alone, without reading
the checks) is executed unchanged in this module's namespace, as heldout6/inject.py and
heldout17/inject.py do. Only its tables are extended with what this set's releases name, in the
forms this set's translations write them: countries (form in the reference -> another country in
the same grammatical form, a realistic misspelling: a non-UN, traditional or Taiwan form in
Chinese, a non-UN spelling in Arabic, a dropped, doubled or changed letter or accent elsewhere;
Russian forms are listed per case as heldout2's are), the demonyms, and the people (UN Arabic,
Chinese and Russian forms, as in glossary.csv), without whom the name faults would find nothing
here. Chad is listed with a look-behind (a look-ahead in Chinese) so that the lake's name
(lac Tchad, lago Chad, بحيرة تشاد, 乍得湖, озеро Чад) is not taken for the country, as
heldout2 lists 瑞士(?!法郎). Nothing else is changed.
"""

from __future__ import annotations

from pathlib import Path

_SOURCE = Path(__file__).resolve().parent.parent / "heldout2" / "inject.py"
exec(compile(_SOURCE.read_text(encoding="utf-8"), str(_SOURCE), "exec"), globals())

# (form, other country in the same form, misspelt); Germany, Cameroon, Nigeria, Egypt and the
# United States are in heldout2's table already (Russian: Камерун, Нигерии, Египет,
# Соединенные Штаты only, in those cases).
_COUNTRY_ROWS: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        ("Niger", "Mali", "Nigér"),
        ("(?<!lac )Tchad", "Soudan", "Tchade"),
        ("Norvège", "Suède", "Norvége"),
        ("Libye", "Tunisie", "Lybie"),
        ("Grèce", "Croatie", "Grêce"),
        ("Türkiye", "Roumanie", "Turkiye"),
        ("Bulgarie", "Roumanie", "Boulgarie"),
        ("Émirats arabes unis", "Pays-Bas", "Émirats arabe unis"),
        ("Arménie", "Géorgie", "Armenie"),
        ("Azerbaïdjan", "Ouzbékistan", "Azerbaidjan"),
        ("République arabe syrienne", "Jordanie", "République arabe syriene"),
        ("Iraq", "Iran", "Irak"),
        ("République islamique d’Iran", "République de Moldova", "Répubique islamique d’Iran"),
        ("Ukraine", "Estonie", "Ukrainne"),
    ],
    "es": [
        ("Níger", "Malí", "Niger"),
        ("(?<![Ll]ago )Chad", "Sudán", "Tchad"),
        ("Noruega", "Suecia", "Norruega"),
        ("Libia", "Túnez", "Lybia"),
        ("Grecia", "Italia", "Grécia"),
        ("Türkiye", "Chipre", "Turkiye"),
        ("Bulgaria", "Rumania", "Bulgária"),
        ("Emiratos Árabes Unidos", "Países Bajos", "Emiratos Arabes Unidos"),
        ("Armenia", "Georgia", "Arménia"),
        ("Azerbaiyán", "Uzbekistán", "Azerbaiján"),
        ("República Árabe Siria", "República de Moldova", "República Árabe Syria"),
        ("Iraq", "Irán", "Irak"),
        ("República Islámica del Irán", "República de Corea", "Republica Islámica del Irán"),
        ("Ucrania", "Belarús", "Ukrania"),
    ],
    "ar": [
        ("النيجر", "مالي", "النيجير"),
        ("(?<!بحيرة )تشاد", "السودان", "التشاد"),
        ("النرويج", "السويد", "النروج"),
        ("ليبيا", "تونس", "لبيا"),
        ("اليونان", "إيطاليا", "اليونن"),
        ("تركيا", "قبرص", "توركيا"),
        ("بلغاريا", "رومانيا", "بولغاريا"),
        ("الإمارات العربية المتحدة", "قطر", "الامارات العربية المتحدة"),
        ("أرمينيا", "جورجيا", "أرمنيا"),
        ("أذربيجان", "أوزبكستان", "أذربيجن"),
        ("الجمهورية العربية السورية", "الأردن", "الجمهورية العربيه السورية"),
        ("العراق", "الكويت", "العرق"),
        ("جمهورية إيران الإسلامية", "جمهورية مولدوفا", "جمهورية ايران الإسلامية"),
        ("أوكرانيا", "بيلاروس", "اوكرانيا"),
    ],
    "zh": [
        ("尼日尔", "马里", "尼日"),
        ("乍得(?!湖)", "苏丹", "查德"),
        ("挪威", "瑞典", "那威"),
        ("利比亚", "突尼斯", "利比亞"),
        ("希腊", "意大利", "希臘"),
        ("土耳其", "塞浦路斯", "土耳基"),
        ("保加利亚", "罗马尼亚", "保加利亞"),
        ("阿拉伯联合酋长国", "卡塔尔", "阿拉伯聯合大公國"),
        ("亚美尼亚", "格鲁吉亚", "亞美尼亞"),
        ("阿塞拜疆", "乌兹别克斯坦", "亚塞拜然"),
        ("阿拉伯叙利亚共和国", "约旦", "阿拉伯敘利亞共和國"),
        ("伊拉克", "科威特", "依拉克"),
        ("伊朗伊斯兰共和国", "摩尔多瓦共和国", "伊朗伊斯蘭共和國"),
        ("乌克兰", "白俄罗斯", "烏克蘭"),
    ],
    "ru": [
        ("Германией", "Австрией", "Гермнией"),
        ("Норвегией", "Швецией", "Норвегей"),
        ("Нигер", "Мали", "Нигир"),
        ("Нигера", "Мали", "Нигерра"),
        ("Нигерия", "Нигер", "Нигерья"),
        ("(?<!озер[оаеу] )Чад", "Судан", "Чяд"),
        ("Ливии", "Сирии", "Ливиии"),
        ("Грецию", "Италию", "Грецыю"),
        ("Тюркийе", "Кипр", "Туркийе"),
        ("Болгарию", "Румынию", "Балгарию"),
        ("Объединенные Арабские Эмираты", "Катар", "Объединеные Арабские Эмираты"),
        ("Армении", "Грузии", "Арменнии"),
        ("Армению", "Грузию", "Арменю"),
        ("Азербайджана", "Узбекистана", "Азербайжана"),
        ("Сирийской Арабской Республики", "Иордании", "Сирийской Арабской Респулики"),
        ("Ирака", "Кувейта", "Иррака"),
        ("Исламской Республики Иран", "Республики Молдова", "Исламской Республики Иранн"),
        ("Украины", "Беларуси", "Украйны"),
    ],
}
for _lang, _rows in _COUNTRY_ROWS.items():
    _COUNTRIES[_lang] += _rows

_DEMONYMS["fr"] += [
    ("nigériennes", "nigérianes"),
    ("libyen", "tunisien"),
    ("arménien", "géorgien"),
]
_DEMONYMS["es"] += [("nigerinas", "nigerianas"), ("armenio", "georgiano")]
_DEMONYMS["ar"] += [
    ("النيجرية", "النيجيرية"),
    ("الليبي", "التونسي"),
    ("الليبية", "التونسية"),
    ("الأرمينية", "الجورجية"),
]
_DEMONYMS["zh"] += [
    ("尼日尔当局", "尼日利亚当局"),
    ("利比亚红新月会", "突尼斯红新月会"),
    ("亚美尼亚政府", "格鲁吉亚政府"),
]
_DEMONYMS["ru"] += [
    ("нигерские", "нигерийские"),
    ("Ливийский", "Тунисский"),
    ("армянским", "грузинским"),
]

# English full name | short form | Arabic full | short, then (indented) Chinese and Russian
_MORE_PEOPLE = """
Joyce Msuya | Msuya | جويس مسويا | مسويا
    乔伊丝·姆苏亚 | 姆苏亚 | Джойс Мсуйя | Мсуйя
Jens Laerke | Laerke | ينس لاركه | لاركه
    延斯·拉尔克 | 拉尔克 | Йенс Лерке | Лерке
Hassoumi Massoudou | Massoudou | حسومي مسعودو | مسعودو
    哈苏米·马苏杜 | 马苏杜 | Хассуми Массуду | Массуду
Georgette Gagnon | Gagnon | جورجيت غانيون | غانيون
    乔吉特·加尼翁 | 加尼翁 | Жоржетт Ганьон | Ганьон
Martin Griffiths | Griffiths | مارتن غريفيثس | غريفيثس
    马丁·格里菲斯 | 格里菲斯 | Мартин Гриффитс | Гриффитс
Petteri Taalas | Taalas | بيتيري تالاس | تالاس
    佩特里·塔拉斯 | 塔拉斯 | Петтери Таалас | Таалас
Filippo Grandi | Grandi | فيليبو غراندي | غراندي
    菲利波·格兰迪 | 格兰迪 | Филиппо Гранди | Гранди
Kavita Belani | Belani | كافيتا بيلاني | بيلاني
    卡维塔·贝拉尼 | 贝拉尼 | Кавита Белани | Белани
"""
_PEOPLE += [
    tuple(cell.strip() for cell in row.replace("\n", " | ").split("|"))
    for row in re.split(r"\n(?! )", _MORE_PEOPLE.strip())
]
_SWAP.update(
    {
        "Joyce Msuya": "Georgette Gagnon",
        "Georgette Gagnon": "Joyce Msuya",
        "Kavita Belani": "Georgette Gagnon",
        "Martin Griffiths": "Filippo Grandi",
        "Filippo Grandi": "Martin Griffiths",
        "Petteri Taalas": "Jens Laerke",
        "Jens Laerke": "Petteri Taalas",
        "Hassoumi Massoudou": "Martin Griffiths",
    }
)
for _char, _homophone in zip(
    "吉加翁马丁塔拉伊丝姆苏亚延哈米杜波贝", "及佳嗡玛钉踏啦依思母酥雅言铪迷度玻倍", strict=True
):
    _HOMOPHONE.setdefault(_char, _homophone)
