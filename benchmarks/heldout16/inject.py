"""Fault injector of the sixteenth held-out set: benchmarks/heldout2/inject.py itself, run here.

The second held-out set's injector (written from issue 13's fault list alone, without reading
the checks) is executed unchanged in this module's namespace, as heldout6/inject.py does. Only
its tables are extended with what this set's releases name, in the forms this set's translations
write them: countries (form in the reference -> a neighbour in the same grammatical form, a
realistic misspelling or non-UN form; Russian forms are listed per case as heldout2's are), the
Congolese demonym, and the people (UN Arabic, Chinese and Russian forms, as in glossary.csv),
without whom the name faults would find nothing here. Nothing else is changed.
"""

from __future__ import annotations

from pathlib import Path

_SOURCE = Path(__file__).resolve().parent.parent / "heldout2" / "inject.py"
exec(compile(_SOURCE.read_text(encoding="utf-8"), str(_SOURCE), "exec"), globals())

# (form, neighbour in the same form, misspelt); Kenya and Indonesia are in heldout2's table
# already (and Russian "Индонезия"; the nominative "Кения" is added here).
_COUNTRY_ROWS: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        (
            "République démocratique du Congo",
            "République centrafricaine",
            "République démocratique du Kongo",
        ),
        ("France", "Belgique", "Frannce"),
        ("Gabon", "Cameroun", "Gabonn"),
        (
            "République de Corée",
            "République populaire démocratique de Corée",
            "République de Korée",
        ),
        ("Équateur", "Pérou", "Equateur"),
        ("Uruguay", "Paraguay", "Uruguai"),
        ("Canada", "Mexique", "Cannada"),
    ],
    "es": [
        (
            "República Democrática del Congo",
            "República Centroafricana",
            "República Democrática del Kongo",
        ),
        ("Francia", "Bélgica", "Franzia"),
        ("Gabón", "Camerún", "Gabon"),
        ("República de Corea", "República Popular Democrática de Corea", "República de Korea"),
        ("Ecuador", "Perú", "Equador"),
        ("Uruguay", "Paraguay", "Uruguai"),
        ("Canadá", "México", "Canada"),
    ],
    "ar": [
        ("جمهورية الكونغو الديمقراطية", "جمهورية أفريقيا الوسطى", "جمهورية الكنغو الديمقراطية"),
        ("فرنسا", "بلجيكا", "فرنسه"),
        ("غابون", "الكاميرون", "جابون"),
        ("جمهورية كوريا", "جمهورية كوريا الشعبية الديمقراطية", "كوريا الجنوبية"),
        ("إكوادور", "بيرو", "الإكوادور"),
        ("أوروغواي", "باراغواي", "أوروجواي"),
        ("كندا", "المكسيك", "كنده"),
    ],
    "zh": [
        ("刚果民主共和国", "中非共和国", "民主刚果"),
        ("法国", "比利时", "法國"),
        ("加蓬", "喀麦隆", "加彭"),
        ("大韩民国", "朝鲜民主主义人民共和国", "南韩"),
        ("厄瓜多尔", "秘鲁", "厄瓜多"),
        ("乌拉圭", "巴拉圭", "乌拉奎"),
        ("加拿大", "墨西哥", "加拿达"),
    ],
    "ru": [
        (
            "Демократической Республике Конго",
            "Центральноафриканской Республике",
            "Демократической Республике Конга",
        ),
        (
            "Демократическую Республику Конго",
            "Центральноафриканскую Республику",
            "Демократическую Республику Конга",
        ),
        ("Франции", "Бельгии", "Францыи"),
        ("Франция", "Бельгия", "Францыя"),
        ("Габона", "Камеруна", "Габонна"),
        ("Республика Корея", "Корейская Народно-Демократическая Республика", "Республика Корэя"),
        ("Республики Корея", "Корейской Народно-Демократической Республики", "Республики Корэя"),
        ("Эквадор", "Перу", "Еквадор"),
        ("Уругвай", "Парагвай", "Уругуай"),
        ("Кения", "Уганда", "Кенья"),
        ("Канада", "Мексика", "Канадда"),
    ],
}
for _lang, _rows in _COUNTRY_ROWS.items():
    _COUNTRIES[_lang] += _rows  # noqa: F821

_DEMONYMS["fr"] += [("congolaise", "rwandaise"), ("congolais", "rwandais")]  # noqa: F821
_DEMONYMS["es"] += [("congoleño", "ruandés"), ("congoleños", "ruandeses")]  # noqa: F821
_DEMONYMS["ar"] += [("الكونغولي", "الرواندي"), ("الكونغولية", "الرواندية")]  # noqa: F821
_DEMONYMS["zh"] += [("刚果军队", "卢旺达军队"), ("刚果武装团体", "卢旺达武装团体")]  # noqa: F821
_DEMONYMS["ru"] += [("конголезской", "руандийской"), ("конголезских", "руандийских")]  # noqa: F821

# English full name | short form | Arabic full | short, then (indented) Chinese and Russian
_MORE_PEOPLE = """
Nicolas de Rivière | de Rivière | نيكولا دي ريفيير | دي ريفيير
    尼古拉·德里维埃 | 德里维埃 | Николя де Ривьер | де Ривьер
Michel Xavier Biang | Biang | ميشيل كزافييه بيانغ | بيانغ
    米歇尔·格扎维埃·比昂 | 比昂 | Мишель Ксавье Бьянг | Бьянг
Félix Tshisekedi | Tshisekedi | فيليكس تشيسيكيدي | تشيسيكيدي
    费利克斯·齐塞克迪 | 齐塞克迪 | Феликс Чисекеди | Чисекеди
Bintou Keita | Keita | بينتو كيتا | كيتا
    宾图·凯塔 | 凯塔 | Бинту Кейта | Кейта
Luis Vayas Valdivieso | Vayas Valdivieso | لويس فاياس فالديفييسو | فاياس فالديفييسو
    路易斯·巴亚斯·巴尔迪维索 | 巴亚斯·巴尔迪维索 | Луис Ваяс Вальдивьесо | Ваяс Вальдивьесо
Inger Andersen | Andersen | إنغر أندرسن | أندرسن
    英厄·安诺生 | 安诺生 | Ингер Андерсен | Андерсен
Yoon Suk Yeol | Yoon | يون سوك يول | يون
    尹锡悦 | 尹锡悦 | Юн Сок Ёль | Юн
Cho Tae-yul | Cho | تشو تاي-يول | تشو
    赵兑烈 | 赵兑烈 | Чо Тхэ Ёль | Чо
QU Dongyu | Qu | شو دونيو | شو
    屈冬玉 | 屈冬玉 | Цюй Дунъюй | Цюй
"""
_PEOPLE += [  # noqa: F821
    tuple(cell.strip() for cell in row.replace("\n", " | ").split("|"))
    for row in re.split(r"\n(?! )", _MORE_PEOPLE.strip())  # noqa: F821
]
_SWAP.update(  # noqa: F821
    {
        "Nicolas de Rivière": "Michel Xavier Biang",
        "Michel Xavier Biang": "Nicolas de Rivière",
        "Félix Tshisekedi": "Yoon Suk Yeol",
        "Yoon Suk Yeol": "Félix Tshisekedi",
        "Bintou Keita": "Inger Andersen",
        "Inger Andersen": "QU Dongyu",
        "QU Dongyu": "Inger Andersen",
        "Luis Vayas Valdivieso": "Cho Tae-yul",
        "Cho Tae-yul": "Luis Vayas Valdivieso",
    }
)
for _char, _homophone in zip(
    "凯塔诺生锡悦兑烈冬玉宾图英厄昂", "铠塌偌升惜月对列东育滨途鹰扼盎", strict=True
):
    _HOMOPHONE.setdefault(_char, _homophone)  # noqa: F821
