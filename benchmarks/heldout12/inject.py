"""Fault injector of the twelfth held-out set: benchmarks/heldout2/inject.py itself, run here.

The second held-out set's injector (written from issue 13's fault list alone, without reading
the checks) is executed unchanged in this module's namespace, as heldout6/inject.py does. Only
its tables are extended with what this set's releases name, in the forms this set's
translations write them: countries (form in the reference -> a neighbour in the same
grammatical form, a realistic misspelling: a non-UN or Taiwan form in Chinese, a common
variant spelling in Arabic, a dropped accent or doubled letter elsewhere; Russian forms are
listed per case as heldout2's are), demonyms, the people (UN Arabic, Chinese and Russian forms,
as in glossary.csv) and one literal-name pair (Robert Wood). Nothing else is changed.
"""

from __future__ import annotations

from pathlib import Path

_SOURCE = Path(__file__).resolve().parent.parent / "heldout2" / "inject.py"
exec(compile(_SOURCE.read_text(encoding="utf-8"), str(_SOURCE), "exec"), globals())

# (form, neighbour in the same form, misspelt); Bangladesh, Egypt, the United States, China,
# Japan and the United Kingdom are in heldout2's table already.
_COUNTRY_ROWS: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        ("Tchad", "Niger", "Tchadd"),
        ("Guinée", "Sierra Leone", "Guinnée"),
        ("Népal", "Bhoutan", "Nepal"),
        ("Mali", "Niger", "Malie"),
        (
            "République populaire démocratique de Corée",
            "République de Corée",
            "République populaire démocratique de Korée",
        ),
        ("Fédération de Russie", "République de Moldova", "Fédération de Rusie"),
        (
            "République de Corée",
            "République populaire démocratique de Corée",
            "République de Korée",
        ),
        ("Mauritanie", "Maurice", "Mauritannie"),
        ("Qatar", "Bahreïn", "Quatar"),
    ],
    "es": [
        ("Chad", "Níger", "Chadd"),
        ("Guinea", "Sierra Leona", "Ginea"),
        ("Nepal", "Bhután", "Nepál"),
        ("Malí", "Níger", "Mali"),
        (
            "República Popular Democrática de Corea",
            "República de Corea",
            "República Popular Democrática de Korea",
        ),
        ("Federación de Rusia", "República de Moldova", "Federación de Rusía"),
        ("República de Corea", "República Popular Democrática de Corea", "República de Korea"),
        ("Mauritania", "Mauricio", "Mauritánia"),
        ("Qatar", "Bahrein", "Katar"),
    ],
    "ar": [
        ("تشاد", "النيجر", "التشاد"),
        ("غينيا", "سيراليون", "غينيه"),
        ("نيبال", "بوتان", "نيبل"),
        ("مالي", "النيجر", "مالى"),
        (
            "جمهورية كوريا الشعبية الديمقراطية",
            "جمهورية كوريا",
            "جمهورية كوريا الشعبية الديموقراطية",
        ),
        ("الاتحاد الروسي", "بيلاروس", "الإتحاد الروسي"),
        ("جمهورية كوريا", "جمهورية كوريا الشعبية الديمقراطية", "جمهورية كوريه"),
        ("موريتانيا", "موريشيوس", "موريطانيا"),
        ("قطر", "البحرين", "قطار"),
    ],
    "zh": [
        ("乍得", "尼日尔", "查德"),
        ("几内亚", "塞拉利昂", "几内亞"),
        ("尼泊尔", "不丹", "尼泊爾"),
        ("马里", "尼日尔", "马利"),
        ("朝鲜民主主义人民共和国", "大韩民国", "北韩"),
        ("俄罗斯联邦", "白俄罗斯", "俄罗斯联帮"),
        ("大韩民国", "朝鲜民主主义人民共和国", "南韩"),
        ("毛里塔尼亚", "毛里求斯", "茅利塔尼亚"),
        ("卡塔尔", "巴林", "卡达"),
    ],
    "ru": [
        ("Чада", "Нигера", "Чадда"),
        ("Египта", "Судана", "Египпта"),
        ("Гвинеи", "Сьерра-Леоне", "Гвенеи"),
        ("Непала", "Бутана", "Непаля"),
        ("Непале", "Бутане", "Непали"),
        ("Мали", "Буркина-Фасо", "Малли"),
        (
            "Корейской Народно-Демократической Республики",
            "Республики Корея",
            "Корейской Народной Демократической Республики",
        ),
        (
            "Корейская Народно-Демократическая Республика",
            "Республика Корея",
            "Корейская Народная Демократическая Республика",
        ),
        ("Российской Федерации", "Республики Молдова", "Российской Федерацыи"),
        ("Российская Федерация", "Республика Молдова", "Российская Федерацыя"),
        ("Соединенными Штатами", "Соединенным Королевством", "Соединеными Штатами"),
        ("Соединенных Штатов", "Соединенного Королевства", "Соединеных Штатов"),
        ("Китая", "Японии", "Китяа"),
        ("Республика Корея", "Корейская Народно-Демократическая Республика", "Республика Кореа"),
        ("Мавритании", "Маврикии", "Мавритонии"),
        ("Катаре", "Бахрейне", "Катере"),
    ],
}
for _lang, _rows in _COUNTRY_ROWS.items():
    _COUNTRIES[_lang] += _rows  # noqa: F821
# Chinese '中国' is also the middle of '发展中国家' (developing countries), which this set's
# translations write often: heldout2's row is narrowed here, as its own '瑞士(?!法郎)' is, so
# that no country fault is made inside that word. The row's neighbour and misspelling are kept.
_COUNTRIES["zh"] = [  # noqa: F821
    ("(?<!发展)中国", other, bad) if form == "中国" else (form, other, bad)
    for form, other, bad in _COUNTRIES["zh"]  # noqa: F821
]

_DEMONYM_ROWS: dict[str, list[tuple[str, str]]] = {
    "fr": [
        ("maliennes", "nigériennes"),
        ("tchadiens", "nigériens"),
        ("japonaise", "coréenne"),
        ("africains", "asiatiques"),
    ],
    "es": [
        ("malienses", "nigerinas"),
        ("chadianos", "nigerinos"),
        ("japonesa", "coreana"),
        ("africanos", "asiáticos"),
    ],
    "ar": [
        ("السلطات المالية", "السلطات النيجرية"),
        ("التشاديين", "النيجريين"),
        ("اليابانية", "الكورية"),
        ("الأفريقية", "الآسيوية"),
    ],
    "zh": [
        ("马里当局", "尼日尔当局"),
        ("乍得维和人员", "尼日尔维和人员"),
        ("非洲国家", "亚洲国家"),
    ],
    "ru": [
        ("малийские", "нигерские"),
        ("чадских", "нигерских"),
        ("японского", "корейского"),
        ("африканских", "азиатских"),
    ],
}
for _lang, _rows in _DEMONYM_ROWS.items():
    _DEMONYMS[_lang] += _rows  # noqa: F821

# English full name | short form | Arabic full | short, then (indented) Chinese and Russian.
# Bibha (first name only) is in glossary.csv but not here: she has no one to be swapped with.
# Spanish writes 'Álvaro Lario'; fr and es take the English column, so there only the short
# form 'Lario' is found.
_MORE_PEOPLE = """
Stéphane Dujarric | Dujarric | ستيفان دوجاريك | دوجاريك
    斯特凡纳·迪雅里克 | 迪雅里克 | Стефан Дюжаррик | Дюжаррик
Vassily Nebenzia | Nebenzia | فاسيلي نيبينزيا | نيبينزيا
    瓦西里·涅边贾 | 涅边贾 | Василий Небензя | Небензя
Robert Wood | Wood | روبرت وود | وود
    罗伯特·伍德 | 伍德 | Роберт Вуд | Вуд
Geng Shuang | Geng | غينغ شوانغ | غينغ
    耿爽 | 耿爽 | Гэн Шуан | Гэн
Rebeca Grynspan | Grynspan | ريبيكا غرينسبان | غرينسبان
    丽贝卡·格林斯潘 | 格林斯潘 | Ребека Гринспан | Гринспан
Alvaro Lario | Lario | ألفارو لاريو | لاريو
    阿尔瓦罗·拉里奥 | 拉里奥 | Альваро Ларио | Ларио
"""
_PEOPLE += [  # noqa: F821
    tuple(cell.strip() for cell in row.replace("\n", " | ").split("|"))
    for row in re.split(r"\n(?! )", _MORE_PEOPLE.strip())  # noqa: F821
]
_SWAP.update(  # noqa: F821
    {
        "Stéphane Dujarric": "António Guterres",
        "Vassily Nebenzia": "Robert Wood",
        "Robert Wood": "Vassily Nebenzia",
        "Geng Shuang": "Vassily Nebenzia",
        "Rebeca Grynspan": "Alvaro Lario",
        "Alvaro Lario": "Rebeca Grynspan",
    }
)
_LITERAL["fr"] += [("Robert Wood", "Robert Bois")]  # noqa: F821
_LITERAL["es"] += [("Robert Wood", "Robert Madera")]  # noqa: F821
_LITERAL["ar"] += [("روبرت وود", "روبرت خشب")]  # noqa: F821
_LITERAL["zh"] += [("罗伯特·伍德", "罗伯特·木头")]  # noqa: F821
_LITERAL["ru"] += [("Роберт Вуд", "Роберт Лес")]  # noqa: F821
for _char, _homophone in zip(
    "凡雅瓦涅边贾罗伯伍耿爽贝林阿拉", "帆亚娃聂编假萝柏武梗双倍琳啊啦", strict=True
):
    _HOMOPHONE.setdefault(_char, _homophone)  # noqa: F821
