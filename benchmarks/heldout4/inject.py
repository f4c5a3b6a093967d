"""Fault injector of the fourth held-out set: benchmarks/heldout2/inject.py itself, run here.

The second held-out set's injector (written from issue 13's fault list alone, without reading
the checks) is executed unchanged in this module's namespace, as heldout3 does. Only its tables
are extended with what this set's releases name, in the forms this set's translations write
them: countries (form in the reference -> a neighbour in the same grammatical form, a realistic
misspelling: a non-UN regional form in Chinese or Arabic, a dropped or changed letter elsewhere;
Russian forms are listed per case as heldout2's are), demonyms, and the people (UN Arabic,
Chinese and Russian forms, as in glossary.csv), without whom the name faults would find nothing
here; one literal name ('Pope' read as the pope). Nothing else is changed.
"""

from __future__ import annotations

from pathlib import Path

_SOURCE = Path(__file__).resolve().parent.parent / "heldout2" / "inject.py"
exec(compile(_SOURCE.read_text(encoding="utf-8"), str(_SOURCE), "exec"), globals())

# (form, neighbour in the same form, misspelt); Somalia, South Sudan, Nigeria, Indonesia,
# Thailand, Germany, Haiti, India and the United States are in heldout2's table already.
_COUNTRY_ROWS: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        ("Brésil", "Chili", "Brézil"),
        ("Azerbaïdjan", "Arménie", "Azerbaïdjian"),
        ("Libye", "Tunisie", "Lybie"),
        ("Iran", "Iraq", "Irann"),
        ("Myanmar", "Bangladesh", "Myanmer"),
        ("Afghanistan", "Pakistan", "Afganistan"),
        ("Soudan", "Tchad", "Souddan"),
        (
            "République démocratique du Congo",
            "République centrafricaine",
            "République démocratique du Kongo",
        ),
        ("Maroc", "Sénégal", "Marroc"),
        ("Afrique du Sud", "Angola", "Afrique du Sudd"),
        ("Mexique", "Guatemala", "Mexiqe"),
        ("Italie", "Espagne", "Itallie"),
        ("Hongrie", "Slovaquie", "Hongrye"),
        ("Suède", "Norvège", "Suéde"),
        ("République de Corée", "Mongolie", "République de Korée"),
    ],
    "es": [
        ("Brasil", "Perú", "Brazil"),
        ("Azerbaiyán", "Armenia", "Azerbaiján"),
        ("Libia", "Túnez", "Lybia"),
        ("Irán", "Iraq", "Iram"),
        ("Myanmar", "Bangladesh", "Myanmmar"),
        ("Afganistán", "Pakistán", "Afganistan"),
        ("Sudán", "Chad", "Sudan"),
        (
            "República Democrática del Congo",
            "República Centroafricana",
            "República Democrática del Congó",
        ),
        ("Marruecos", "Argelia", "Maruecos"),
        ("Sudáfrica", "Namibia", "Sudafrica"),
        ("México", "Guatemala", "Méjico"),
        ("Italia", "España", "Itália"),
        ("Hungría", "Austria", "Hungria"),
        ("Suecia", "Noruega", "Suesia"),
        ("República de Corea", "Mongolia", "República de Korea"),
    ],
    "ar": [
        ("البرازيل", "الأرجنتين", "البرزيل"),
        ("أذربيجان", "أرمينيا", "أذربيجن"),
        ("ليبيا", "تونس", "ليبيه"),
        ("إيران", "العراق", "إيرن"),
        ("ميانمار", "بنغلاديش", "مينمار"),
        ("أفغانستان", "باكستان", "أفغانستن"),
        ("السودان", "تشاد", "السودن"),
        ("جمهورية الكونغو الديمقراطية", "جمهورية أفريقيا الوسطى", "جمهورية الكنغو الديمقراطية"),
        ("المغرب", "الجزائر", "المغريب"),
        ("جنوب أفريقيا", "ناميبيا", "جنوب إفريقيا"),
        ("المكسيك", "غواتيمالا", "المكسك"),
        ("إيطاليا", "إسبانيا", "إيطاليه"),
        ("هنغاريا", "النمسا", "المجر"),
        ("السويد", "النرويج", "السويذ"),
        ("جمهورية كوريا", "منغوليا", "جمهورية كوريه"),
    ],
    "zh": [
        ("巴西", "阿根廷", "巴锡"),
        ("阿塞拜疆", "亚美尼亚", "亚塞拜然"),
        ("利比亚", "突尼斯", "利彼亚"),
        ("伊朗", "伊拉克", "伊郎"),
        ("缅甸", "孟加拉国", "缅旬"),
        ("阿富汗", "巴基斯坦", "阿富涵"),
        ("苏丹", "乍得", "苏旦"),
        ("刚果民主共和国", "中非共和国", "刚果民主共合国"),
        ("摩洛哥", "阿尔及利亚", "摩络哥"),
        ("南非", "纳米比亚", "南菲"),
        ("墨西哥", "危地马拉", "墨西歌"),
        ("意大利", "西班牙", "义大利"),
        ("匈牙利", "奥地利", "匈牙莉"),
        ("瑞典", "挪威", "瑞曲"),
        ("大韩民国", "蒙古", "大韩民囯"),
    ],
    "ru": [
        ("Бразилии", "Аргентине", "Бразилли"),
        ("Бразилия", "Аргентина", "Бразиля"),
        ("Азербайджан", "Армения", "Азербайжан"),
        ("Ливии", "Мавритании", "Ливийи"),
        ("Иране", "Ираке", "Иранне"),
        ("Мьянме", "Бангладеш", "Мьянмэ"),
        ("Афганистане", "Пакистане", "Афганистанне"),
        ("Афганистан", "Пакистан", "Афганистн"),
        ("Судане", "Чаде", "Судне"),
        ("Судан", "Чад", "Суданн"),
        (
            "Демократическая Республика Конго",
            "Центральноафриканская Республика",
            "Демократическая Республика Конга",
        ),
        ("Марокко", "Алжир", "Морокко"),
        ("Южная Африка", "Намибия", "Южная Афрека"),
        ("Мексики", "Гватемалы", "Мекссики"),
        ("Мексика", "Гватемала", "Мекссика"),
        ("Нигерия", "Нигер", "Нигерья"),
        ("Италия", "Испания", "Итаия"),
        ("Венгрия", "Австрия", "Венгря"),
        ("Швеция", "Норвегия", "Швецыя"),
        ("Республика Корея", "Монголия", "Республика Кория"),
        ("Соединенных Штатов", "Нидерландов", "Соединеных Штатов"),
    ],
}
for _lang, _rows in _COUNTRY_ROWS.items():
    _COUNTRIES[_lang] += _rows  # noqa: F821

for _lang, _pairs in {
    "fr": [("Afghans", "Pakistanais"), ("Syriens", "Libanais")],
    "es": [("afganos", "pakistaníes"), ("sirios", "libaneses")],
    "ar": [("الأفغان", "الباكستانيين"), ("السوريين", "اللبنانيين")],
    "zh": [("阿富汗人", "巴基斯坦人"), ("叙利亚人", "黎巴嫩人")],
    "ru": [("афганцев", "пакистанцев"), ("сирийцев", "ливанцев")],
}.items():
    _DEMONYMS[_lang] += _pairs  # noqa: F821

# English full name | short form | Arabic full | short, then (indented) Chinese and Russian
_MORE_PEOPLE = """
Inger Andersen | Andersen | إنغر أندرسن | أندرسن
    英格·安德森 | 安德森 | Ингер Андерсен | Андерсен
Amy Pope | Pope | إيمي بوب | بوب
    艾米·波普 | 波普 | Эми Поуп | Поуп
Natalia Kanem | Kanem | ناتاليا كانم | كانم
    娜塔莉娅·卡内姆 | 卡内姆 | Наталия Канем | Канем
Cindy McCain | McCain | سيندي ماكين | ماكين
    辛迪·麦凯恩 | 麦凯恩 | Синди Маккейн | Маккейн
"""
_PEOPLE += [  # noqa: F821
    tuple(cell.strip() for cell in row.replace("\n", " | ").split("|"))
    for row in re.split(r"\n(?! )", _MORE_PEOPLE.strip())  # noqa: F821
]
_SWAP.update(  # noqa: F821
    {
        "Inger Andersen": "Cindy McCain",
        "Cindy McCain": "Natalia Kanem",
        "Natalia Kanem": "Inger Andersen",
        "Amy Pope": "Cindy McCain",
    }
)
for _char, _homophone in zip(
    "英森艾米波娜塔莉娅内姆辛麦凯", "鹰僧爱迷播纳踏丽亚呐母欣迈铠", strict=True
):
    _HOMOPHONE.setdefault(_char, _homophone)  # noqa: F821
for _lang, _pair in {
    "fr": ("Amy Pope", "Amy Pape"),
    "es": ("Amy Pope", "Amy Papa"),
    "ar": ("إيمي بوب", "إيمي البابا"),
    "zh": ("艾米·波普", "艾米·教皇"),
    "ru": ("Эми Поуп", "Эми Папа"),
}.items():
    _LITERAL[_lang].append(_pair)  # noqa: F821
