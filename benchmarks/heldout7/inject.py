"""Fault injector of the seventh held-out set: benchmarks/heldout2/inject.py itself, run here.

The second held-out set's injector (written from issue 13's fault list alone, without reading
the checks) is executed unchanged in this module's namespace, as heldout3 to heldout6 do. Only
its tables are extended with what this set's releases name, in the forms this set's
translations write them: countries (form in the reference -> a neighbour in the same
grammatical form, a realistic misspelling: a non-UN regional form in Chinese, a dropped accent
or letter elsewhere; Russian forms are listed per case as heldout2's are), demonyms, and the
people (UN Arabic, Chinese and Russian forms, as in glossary.csv), without whom the name faults
would find nothing here. Nothing else is changed.
"""

from __future__ import annotations

from pathlib import Path

_SOURCE = Path(__file__).resolve().parent.parent / "heldout2" / "inject.py"
exec(compile(_SOURCE.read_text(encoding="utf-8"), str(_SOURCE), "exec"), globals())

# (form, neighbour in the same form, misspelt); Egypt, the United States and the United Kingdom
# are in heldout2's table already (in Russian only in the nominative: the other cases are here).
_COUNTRY_ROWS: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        ("Afghanistan", "Pakistan", "Afganistan"),
        ("Jordanie", "Arabie saoudite", "Jordannie"),
        ("Liban", "Koweït", "Libann"),
        ("Syrie", "Iraq", "Syrrie"),
        ("Slovénie", "Croatie", "Slovénnie"),
        ("Belgique", "Suisse", "Belgiqe"),
        ("Botswana", "Namibie", "Botswanna"),
        ("Brunéi Darussalam", "Malaisie", "Brunei Darusalam"),
        ("Zambie", "Zimbabwe", "Zambbie"),
        ("Singapour", "Malaisie", "Singapoure"),
        ("Türkiye", "Grèce", "Turkiye"),
    ],
    "es": [
        ("Afganistán", "Pakistán", "Afganistan"),
        ("Jordania", "Arabia Saudita", "Jordanía"),
        ("Líbano", "Kuwait", "Libano"),
        ("Siria", "Iraq", "Syria"),
        ("Eslovenia", "Croacia", "Eslobenia"),
        ("Bélgica", "Suiza", "Belgica"),
        ("Botswana", "Namibia", "Botsuana"),
        ("Brunei Darussalam", "Malasia", "Brunei Darusalam"),
        ("Zambia", "Zimbabwe", "Zambía"),
        ("Singapur", "Malasia", "Singapour"),
        ("Türkiye", "Grecia", "Turkiye"),
    ],
    "ar": [
        ("أفغانستان", "باكستان", "أفغنستان"),
        ("الأردن", "العراق", "الأردان"),
        ("لبنان", "الكويت", "لبنن"),
        ("سوريا", "العراق", "سوريه"),
        ("سلوفينيا", "كرواتيا", "سلوفانيا"),
        ("بلجيكا", "هولندا", "بلجيكة"),
        ("بوتسوانا", "ناميبيا", "بتسوانا"),
        ("بروني دار السلام", "ماليزيا", "بروناي دار السلام"),
        ("زامبيا", "زمبابوي", "زامبيه"),
        ("سنغافورة", "ماليزيا", "سنغافوره"),
        ("تركيا", "اليونان", "تركيه"),
    ],
    "zh": [
        ("阿富汗", "巴基斯坦", "阿富寒"),
        ("约旦", "伊拉克", "约但"),
        ("黎巴嫩", "科威特", "黎巴懒"),
        ("叙利亚", "伊拉克", "叙理亚"),
        ("斯洛文尼亚", "克罗地亚", "斯洛维尼亚"),
        ("比利时", "荷兰", "比利士"),
        ("博茨瓦纳", "纳米比亚", "波札那"),
        ("文莱达鲁萨兰国", "马来西亚", "汶莱达鲁萨兰国"),
        ("赞比亚", "津巴布韦", "尚比亚"),
        ("新加坡", "马来西亚", "星加坡"),
        ("土耳其", "希腊", "土尔其"),
    ],
    "ru": [
        ("Афганистана", "Пакистана", "Афганистна"),
        ("Афганистане", "Пакистане", "Афганестане"),
        ("Афганистан", "Пакистан", "Афганестан"),
        ("Иордании", "Ираке", "Иорданийи"),
        ("Ливане", "Кувейте", "Ливанне"),
        ("Сирии", "Ираке", "Сирийи"),
        ("Словении", "Хорватии", "Словенийи"),
        ("Бельгия", "Нидерланды", "Бельгья"),
        ("Ботсвана", "Намибия", "Ботсванна"),
        ("Бруней-Даруссалам", "Малайзия", "Бруней-Дарусалам"),
        ("Замбия", "Зимбабве", "Замбья"),
        ("Сингапура", "Малайзии", "Сингапора"),
        ("Турции", "Греции", "Турцийи"),
        ("Соединенных Штатов", "Нидерландов", "Соединеных Штатов"),
        ("Соединенного Королевства", "Канады", "Соединеного Королевства"),
    ],
}
for _lang, _rows in _COUNTRY_ROWS.items():
    _COUNTRIES[_lang] += _rows  # noqa: F821

for _lang, _pairs in {
    "fr": [("palestiniens", "libanais")],
    "es": [("palestinos", "libaneses")],
    "ar": [("الفلسطينيون", "اللبنانيون")],
    "zh": [("巴勒斯坦难民", "黎巴嫩难民")],
    "ru": [("палестинские", "ливанские")],
}.items():
    _DEMONYMS[_lang] += _pairs  # noqa: F821

# English full name | short form | Arabic full | short, then (indented) Chinese and Russian
_MORE_PEOPLE = """
Philippe Lazzarini | Lazzarini | فيليب لازاريني | لازاريني
    菲利普·拉扎里尼 | 拉扎里尼 | Филипп Лаццарини | Лаццарини
Tanja Fajon | Fajon | تانيا فايون | فايون
    坦娅·法永 | 法永 | Таня Файон | Файон
Catherine Pollard | Pollard | كاثرين بولارد | بولارد
    凯瑟琳·波拉德 | 波拉德 | Кэтрин Поллард | Поллард
Abdallah Al Dardari | Al Dardari | عبد الله الدردري | الدردري
    阿卜杜拉·达尔达里 | 达尔达里 | Абдалла ад-Дардари | ад-Дардари
"""
_PEOPLE += [  # noqa: F821
    tuple(cell.strip() for cell in row.replace("\n", " | ").split("|"))
    for row in re.split(r"\n(?! )", _MORE_PEOPLE.strip())  # noqa: F821
]
_SWAP.update(  # noqa: F821
    {
        "Philippe Lazzarini": "Abdallah Al Dardari",
        "Abdallah Al Dardari": "Philippe Lazzarini",
        "Catherine Pollard": "Tanja Fajon",
        "Tanja Fajon": "Catherine Pollard",
    }
)
for _char, _homophone in zip(
    "菲普扎坦娅永凯瑟琳波卜杜达", "非谱札袒亚泳恺色林玻补度答", strict=True
):
    _HOMOPHONE.setdefault(_char, _homophone)  # noqa: F821
