"""Fault injector of the fifth held-out set: benchmarks/heldout2/inject.py itself, run here.

The second held-out set's injector (written from issue 13's fault list alone, without reading
the checks) is executed unchanged in this module's namespace, as heldout3's is. Only its tables
are extended with what this set's releases name, in the forms this set's translations write
them: countries (form in the reference -> a neighbour in the same grammatical form, a realistic
misspelling: a non-UN regional form in Chinese, a dropped or changed letter elsewhere; Russian
forms are listed per case as heldout2's are), one demonym, and the people (UN Arabic, Chinese and
Russian forms, as in glossary.csv), without whom the name faults would find nothing here; one
name a literal engine translates ('Blanco' read as 'white', 'Fletcher' as 'arrow-maker' in
Spanish). Nothing else is changed.
"""

from __future__ import annotations

from pathlib import Path

_SOURCE = Path(__file__).resolve().parent.parent / "heldout2" / "inject.py"
exec(compile(_SOURCE.read_text(encoding="utf-8"), str(_SOURCE), "exec"), globals())

# (form, neighbour in the same form, misspelt); Thailand, China and India are in heldout2's
# table already (Russian: only their nominative).
_COUNTRY_ROWS: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        ("Myanmar", "Bangladesh", "Myanmer"),
        ("Mali", "Niger", "Malli"),
        ("France", "Belgique", "Frence"),
    ],
    "es": [
        ("Myanmar", "Bangladesh", "Myanmmar"),
        ("Malí", "Níger", "Mali"),
        ("Francia", "Bélgica", "Fráncia"),
    ],
    "ar": [
        ("ميانمار", "بنغلاديش", "مينمار"),
        ("مالي", "النيجر", "مالى"),
        ("فرنسا", "بلجيكا", "فرانسا"),
    ],
    "zh": [
        ("缅甸", "孟加拉国", "缅旬"),
        ("马里", "尼日尔", "马利"),
        ("法国", "比利时", "法囯"),
    ],
    "ru": [
        ("Мьянме", "Бангладеш", "Мьянмэ"),
        ("Мьянмы", "Бангладеш", "Мьянммы"),
        ("Мьянма", "Бангладеш", "Мянма"),
        ("Таиланде", "Вьетнаме", "Тайланде"),
        ("Китае", "Вьетнаме", "Китайе"),
        ("Индии", "Пакистана", "Индийи"),
        ("Мали", "Нигере", "Малли"),
        ("Франции", "Бельгии", "Францыи"),
    ],
}
for _lang, _rows in _COUNTRY_ROWS.items():
    _COUNTRIES[_lang] += _rows  # noqa: F821

_DEMONYMS["ru"] += [("китайской", "вьетнамской")]  # noqa: F821

# English full name | short form | Arabic full | short, then (indented) Chinese and Russian
_MORE_PEOPLE = """
Sima Bahous | Bahous | سيما بحوث | بحوث
    西玛·巴胡斯 | 巴胡斯 | Сима Бахус | Бахус
Ghada Waly | Waly | غادة والي | والي
    加达·瓦利 | 瓦利 | Гада Уали | Уали
Marcoluigi Corsi | Corsi | ماركولويجي كورسي | كورسي
    马尔科路易吉·科尔西 | 科尔西 | Марколуиджи Корси | Корси
Tom Fletcher | Fletcher | توم فليتشر | فليتشر
    汤姆·弗莱彻 | 弗莱彻 | Том Флетчер | Флетчер
Stéphane Dujarric | Dujarric | ستيفان دوجاريك | دوجاريك
    斯特凡纳·迪雅里克 | 迪雅里克 | Стефан Дюжаррик | Дюжаррик
Gilbert F. Houngbo | Houngbo | جيلبير ف. هونغبو | هونغبو
    吉尔贝·F·洪博 | 洪博 | Жильбер Ф. Унгбо | Унгбо
Catherine Russell | Russell | كاثرين راسل | راسل
    凯瑟琳·拉塞尔 | 拉塞尔 | Кэтрин Расселл | Расселл
Federico Blanco | Blanco | فيديريكو بلانكو | بلانكو
    费德里科·布兰科 | 布兰科 | Федерико Бланко | Бланко
Tahirou Sanogo | Sanogo | طاهيرو سانوغو | سانوغو
    塔伊鲁·萨诺戈 | 萨诺戈 | Таиру Саного | Саного
Doreen Bogdan-Martin | Bogdan-Martin | دورين بوغدان-مارتن | بوغدان-مارتن
    多琳·伯格丹-马丁 | 伯格丹-马丁 | Дорин Богдан-Мартин | Богдан-Мартин
Cosmas Luckyson Zavazava | Zavazava | كوزماس لاكيسون زافازافا | زافازافا
    科斯马斯·卢克森·扎瓦扎瓦 | 扎瓦扎瓦 | Космас Лакисон Завазава | Завазава
"""
_PEOPLE += [  # noqa: F821
    tuple(cell.strip() for cell in row.replace("\n", " | ").split("|"))
    for row in re.split(r"\n(?! )", _MORE_PEOPLE.strip())  # noqa: F821
]
_SWAP.update(  # noqa: F821  # a person of the same kind of office where there is one
    {
        "Sima Bahous": "Ghada Waly",
        "Ghada Waly": "Sima Bahous",
        "Catherine Russell": "Sima Bahous",
        "Marcoluigi Corsi": "Tom Fletcher",
        "Tom Fletcher": "Marcoluigi Corsi",
        "Stéphane Dujarric": "Tom Fletcher",
        "Gilbert F. Houngbo": "Doreen Bogdan-Martin",
        "Doreen Bogdan-Martin": "Gilbert F. Houngbo",
        "Cosmas Luckyson Zavazava": "Federico Blanco",
        "Federico Blanco": "Cosmas Luckyson Zavazava",
        "Tahirou Sanogo": "Federico Blanco",
    }
)
for _char, _homophone in zip(
    "玛巴胡加达瓦马路易吉尔凡纳雅里贝洪博凯瑟琳拉费塔伊鲁萨诺戈多伯丹丁卢森扎汤姆弗莱彻",
    "马八湖佳答娃玛陆益基耳帆那亚理倍红搏楷色林啦飞踏依路撒若哥朵柏单叮芦僧札唐木佛来澈",
    strict=True,
):
    _HOMOPHONE.setdefault(_char, _homophone)  # noqa: F821
for _lang, _pair in {
    "fr": ("Federico Blanco", "Federico Blanc"),
    "es": ("Tom Fletcher", "Tom Flechero"),
    "ar": ("فيديريكو بلانكو", "فيديريكو الأبيض"),
    "zh": ("费德里科·布兰科", "费德里科·白色"),
    "ru": ("Федерико Бланко", "Федерико Белый"),
}.items():
    _LITERAL[_lang].append(_pair)  # noqa: F821
