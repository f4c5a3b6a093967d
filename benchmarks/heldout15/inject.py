"""Fault injector of the fifteenth held-out set: benchmarks/heldout2/inject.py itself, run here.

The second held-out set's injector (written from issue 13's fault list alone, without reading
the checks) is executed unchanged in this module's namespace, as heldout6/inject.py does. Only
its tables are extended with what this set's releases name, in the forms this set's translations
write them: countries (form in the reference -> a neighbour in the same grammatical form, a
realistic misspelling: a non-UN or traditional form in Chinese, a non-UN spelling in Arabic, a
dropped or changed letter elsewhere; Russian forms are listed per case as heldout2's are), one
demonym, and the people (UN Arabic, Chinese and Russian forms, as in glossary.csv), without whom
the name faults would find nothing here. Nothing else is changed.
"""

from __future__ import annotations

from pathlib import Path

_SOURCE = Path(__file__).resolve().parent.parent / "heldout2" / "inject.py"
exec(compile(_SOURCE.read_text(encoding="utf-8"), str(_SOURCE), "exec"), globals())

# (form, neighbour in the same form, misspelt). India, Indonesia, China, Burkina Faso (fr, es,
# ar, zh, ru) and the short United Kingdom are in heldout2's table already; the long forms of
# the United Kingdom are listed here so that the whole name is one site (longest form first).
_COUNTRY_ROWS: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        ("Philippines", "Malaisie", "Phillipines"),
        ("Pakistan", "Afghanistan", "Pakistân"),
        ("Pays-Bas", "Belgique", "Pay-Bas"),
        ("Suède", "Norvège", "Suéde"),
        (
            "Royaume-Uni de Grande-Bretagne et d’Irlande du Nord",
            "Irlande",
            "Royaume-Uni de Grande-Bretagne et d’Irlande du Nort",
        ),
        ("Éthiopie", "Érythrée", "Éthiopia"),
        (
            "République démocratique du Congo",
            "République du Congo",
            "République démocratique du Congot",
        ),
        ("Burundi", "Rwanda", "Burundie"),
        ("Ouganda", "Kenya", "Ougonda"),
        ("Viet Nam", "Cambodge", "Vietnamm"),
        ("Mali", "Sénégal", "Malie"),
        ("Niger", "Tchad", "Nijer"),
        ("Trinité-et-Tobago", "Barbade", "Trinité-et-Tobage"),
    ],
    "es": [
        ("Filipinas", "Malasia", "Filipinnas"),
        ("Pakistán", "Afganistán", "Paquistán"),
        ("Países Bajos", "Bélgica", "Paises Bajos"),
        ("Suecia", "Noruega", "Suesia"),
        (
            "Reino Unido de Gran Bretaña e Irlanda del Norte",
            "Irlanda",
            "Reino Unido de Gran Bretaña e Irlanda del Nortte",
        ),
        ("Etiopía", "Eritrea", "Etiopia"),
        (
            "República Democrática del Congo",
            "República del Congo",
            "República Democrática del Kongo",
        ),
        ("Burundi", "Rwanda", "Burundy"),
        ("Uganda", "Kenya", "Ugannda"),
        ("Viet Nam", "Camboya", "Vietnan"),
        ("Malí", "Senegal", "Mali"),
        ("Níger", "Chad", "Niger"),
        ("Trinidad y Tabago", "Barbados", "Trinidad y Tobago"),
    ],
    "ar": [
        ("الفلبين", "ماليزيا", "الفيليبين"),
        ("باكستان", "أفغانستان", "باكستن"),
        ("هولندا", "بلجيكا", "هولنده"),
        ("السويد", "النرويج", "السوید"),
        (
            "المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية",
            "أيرلندا",
            "المملكة المتحدة لبريطانيا العظمى وإيرلندا الشمالية",
        ),
        ("إثيوبيا", "إريتريا", "أثيوبيا"),
        ("جمهورية الكونغو الديمقراطية", "جمهورية الكونغو", "جمهورية الكونجو الديمقراطية"),
        ("بوروندي", "رواندا", "بورندي"),
        ("أوغندا", "كينيا", "أوغاندا"),
        ("فييت نام", "كمبوديا", "فيتنام"),
        ("مالي", "السنغال", "ماللي"),
        ("النيجر", "تشاد", "النيجير"),
        ("ترينيداد وتوباغو", "بربادوس", "ترينداد وتوباجو"),
    ],
    "zh": [
        ("菲律宾", "马来西亚", "菲律滨"),
        ("巴基斯坦", "阿富汗", "巴基斯担"),
        ("荷兰", "比利时", "荷蘭"),
        ("瑞典", "挪威", "瑞殿"),
        ("大不列颠及北爱尔兰联合王国", "爱尔兰", "大不列颠及北爱尔兰联合皇国"),
        ("埃塞俄比亚", "厄立特里亚", "衣索比亚"),
        ("刚果民主共和国", "刚果共和国", "刚果民主共合国"),
        ("布隆迪", "卢旺达", "蒲隆地"),
        ("乌干达(?!组织)", "肯尼亚", "乌甘达"),
        ("越南", "柬埔寨", "越喃"),
        ("(?<!索)马里", "塞内加尔", "马利"),
        ("尼日尔", "乍得", "尼日"),
        ("特立尼达和多巴哥", "巴巴多斯", "千里达及托巴哥"),
    ],
    "ru": [
        ("Индию", "Бангладеш", "Индиию"),
        ("Индонезию", "Малайзию", "Индонезиию"),
        ("Филиппины", "Малайзию", "Филлипины"),
        ("Пакистан", "Афганистан", "Пакистон"),
        ("Нидерланды", "Бельгия", "Нидерланди"),
        ("Швеция", "Норвегия", "Швецыя"),
        (
            "Соединенное Королевство Великобритании и Северной Ирландии",
            "Ирландия",
            "Соединенное Королевство Великобритании и Северной Ирланди",
        ),
        ("Эфиопии", "Эритрее", "Эфиопиии"),
        (
            "Демократической Республике Конго",
            "Республике Конго",
            "Демократической Республике Конга",
        ),
        ("Бурунди", "Руанде", "Брунди"),
        ("Уганде", "Кении", "Уганнде"),
        ("Вьетнаме", "Камбодже", "Вьетнамме"),
        ("Мали", "Сенегал", "Малли"),
        ("Нигер", "Чад", "Нигерр"),
        ("Тринидад и Тобаго", "Барбадос", "Тринидад и Тобага"),
    ],
}
for _lang, _rows in _COUNTRY_ROWS.items():
    _COUNTRIES[_lang] += _rows  # noqa: F821

_DEMONYMS["fr"] += [("ougandaise", "kényane")]  # noqa: F821
_DEMONYMS["es"] += [("ugandesa", "keniana")]  # noqa: F821
_DEMONYMS["ar"] += [("الأوغندية", "الكينية")]  # noqa: F821
_DEMONYMS["zh"] += [("乌干达组织", "肯尼亚组织")]  # noqa: F821
_DEMONYMS["ru"] += [("угандийской", "кенийской")]  # noqa: F821

# English full name | short form | Arabic full | short, then (indented) Chinese and Russian.
# Tedros Adhanom Ghebreyesus is in heldout2's table already.
_MORE_PEOPLE = """
Margaret Chan | Chan | مارغريت تشان | تشان
    陈冯富珍 | 陈冯富珍 | Маргарет Чен | Чен
Zsuzsanna Jakab | Jakab | سوزانا ياكاب | ياكاب
    茹然娜·雅卡布 | 雅卡布 | Жужанна Якаб | Якаб
Winnie Byanyima | Byanyima | ويني بيانيما | بيانيما
    温妮·比亚尼玛 | 比亚尼玛 | Винни Бьянима | Бьянима
Pasquine Ogunsanya | Ogunsanya | باسكوين أوغونسانيا | أوغونسانيا
    帕斯奎因·奥贡桑亚 | 奥贡桑亚 | Паскуин Огунсанья | Огунсанья
"""
_PEOPLE += [  # noqa: F821
    tuple(cell.strip() for cell in row.replace("\n", " | ").split("|"))
    for row in re.split(r"\n(?! )", _MORE_PEOPLE.strip())  # noqa: F821
]
_SWAP.update(  # noqa: F821
    {
        "Margaret Chan": "Tedros Adhanom Ghebreyesus",
        "Zsuzsanna Jakab": "Margaret Chan",
        "Winnie Byanyima": "Margaret Chan",
        "Pasquine Ogunsanya": "Winnie Byanyima",
    }
)
for _char, _homophone in zip(
    "陈冯富珍茹然娜雅卡布温妮比亚尼玛帕斯奎因奥贡桑",
    "晨逢府真如燃那哑咖步文泥必雅妮马怕丝魁音澳供嗓",
    strict=True,
):
    _HOMOPHONE.setdefault(_char, _homophone)  # noqa: F821
