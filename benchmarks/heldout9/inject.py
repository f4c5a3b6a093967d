"""Fault injector of the ninth held-out set: benchmarks/heldout2/inject.py itself, run here.

The second held-out set's injector (written from issue 13's fault list alone, without reading
the checks) is executed unchanged in this module's namespace, as heldout6/inject.py does. Only
its tables are extended with what this set's releases name, in the forms this set's translations
write them: countries (form in the reference -> a neighbour in the same grammatical form, a
realistic misspelling: a non-UN or traditional form in Chinese and Arabic, a dropped, doubled or
changed letter elsewhere; Russian forms are listed per case), demonyms, the people (UN Arabic,
Chinese and Russian forms, as in glossary.csv) and one name read as a word (Lake). Yemen, South
Sudan, Somalia, Kenya (but the Russian 'Кении'), Nigeria and India are in heldout2's table
already, and so are Mark Lowcock, António Guterres and Tedros Adhanom Ghebreyesus. Nothing else
is changed.
"""

from __future__ import annotations

from pathlib import Path

_SOURCE = Path(__file__).resolve().parent.parent / "heldout2" / "inject.py"
exec(compile(_SOURCE.read_text(encoding="utf-8"), str(_SOURCE), "exec"), globals())

# (form, neighbour in the same form, misspelt)
_COUNTRY_ROWS: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        ("Éthiopie", "Érythrée", "Éthiopée"),
        ("Soudan", "Tchad", "Soudann"),
        ("Pakistan", "Afghanistan", "Pakistant"),
        (
            "République islamique d’Iran",
            "République arabe syrienne",
            "République islamique d’Irann",
        ),
        ("République sud-africaine", "République-Unie de Tanzanie", "République sud-afriquaine"),
        ("Afrique du Sud", "Namibie", "Afrique du Sudd"),
    ],
    "es": [
        ("Etiopía", "Eritrea", "Etiopia"),
        ("Sudán", "Chad", "Sudan"),
        ("Pakistán", "Afganistán", "Paquistán"),
        ("República Islámica del Irán", "República Árabe Siria", "República Islámica del Irám"),
        ("Sudáfrica", "Namibia", "Sudafrica"),
    ],
    "ar": [
        ("إثيوبيا", "إريتريا", "أثيوبيا"),
        ("السودان", "تشاد", "السودن"),
        ("باكستان", "أفغانستان", "باكستن"),
        ("جمهورية إيران الإسلامية", "الجمهورية العربية السورية", "جمهورية ايران الإسلامية"),
        ("جنوب أفريقيا", "ناميبيا", "جنوب إفريقيا"),
    ],
    "zh": [
        ("埃塞俄比亚", "厄立特里亚", "衣索比亚"),
        ("苏丹", "乍得", "蘇丹"),
        ("巴基斯坦", "阿富汗", "巴基斯担"),
        ("伊朗伊斯兰共和国", "阿拉伯叙利亚共和国", "伊朗回教共和国"),
        ("南非", "纳米比亚", "南菲"),
    ],
    "ru": [
        ("Эфиопии", "Эритреи", "Эфиопеи"),
        ("Эфиопия", "Эритрея", "Эфиопея"),
        ("Кении", "Уганды", "Кеннии"),
        ("Судан", "Чад", "Суданн"),
        ("Индией", "Непалом", "Индеей"),
        ("Пакистаном", "Афганистаном", "Пакистанам"),
        (
            "Исламской Республике Иран",
            "Сирийской Арабской Республике",
            "Исламской Республике Иранн",
        ),
        (
            "Южно-Африканскую Республику",
            "Объединенную Республику Танзания",
            "Южно-Африканскую Республку",
        ),
        ("Южной Африки", "Намибии", "Южной Африкии"),
    ],
}
for _lang, _rows in _COUNTRY_ROWS.items():
    _COUNTRIES[_lang] += _rows  # noqa: F821

for _lang, _rows in {
    "fr": [("Éthiopiens", "Érythréens"), ("tigréens", "érythréens")],
    "es": [("etíopes", "eritreos"), ("tigrayanos", "eritreos")],
    "ar": [("الإثيوبيين", "الإريتريين")],
    "zh": [("埃塞俄比亚人", "厄立特里亚人")],
    "ru": [("эфиопы", "эритрейцы"), ("эфиопов", "эритрейцев")],
}.items():
    _DEMONYMS[_lang] += _rows  # noqa: F821

# English full name | short form | Arabic full | short, then (indented) Chinese and Russian
_MORE_PEOPLE = """
Qu Dongyu | Qu | شو دونيو | شو
    屈冬玉 | 屈 | Цюй Дунъюй | Цюй
Cyril Ferrand | Ferrand | سيريل فيران | فيران
    西里尔·费朗 | 费朗 | Сирил Ферран | Ферран
Anthony Lake | Lake | أنتوني ليك | ليك
    安东尼·莱克 | 莱克 | Энтони Лейк | Лейк
Olusegun Obasanjo | Obasanjo | أولوسيغون أوباسانجو | أوباسانجو
    奥卢塞贡·奥巴桑乔 | 奥巴桑乔 | Олусегун Обасанджо | Обасанджо
Uhuru Kenyatta | Kenyatta | أوهورو كينياتا | كينياتا
    乌胡鲁·肯雅塔 | 肯雅塔 | Ухуру Кениатта | Кениатта
Phumzile Mlambo-Ngcuka | Mlambo-Ngcuka | فومزيلي ملامبو-نغكوكا | ملامبو-نغكوكا
    普姆齐莱·姆兰博-恩格库卡 | 姆兰博-恩格库卡 | Пумзиле Мламбо-Нгкука | Мламбо-Нгкука
"""
_PEOPLE += [  # noqa: F821
    tuple(cell.strip() for cell in row.replace("\n", " | ").split("|"))
    for row in re.split(r"\n(?! )", _MORE_PEOPLE.strip())  # noqa: F821
]
_SWAP.update(  # noqa: F821
    {
        "Qu Dongyu": "Tedros Adhanom Ghebreyesus",
        "Cyril Ferrand": "Mark Lowcock",
        "Anthony Lake": "Henrietta Fore",
        "Olusegun Obasanjo": "Uhuru Kenyatta",
        "Uhuru Kenyatta": "Olusegun Obasanjo",
        "Phumzile Mlambo-Ngcuka": "Uhuru Kenyatta",
    }
)
for _char, _homophone in zip(
    "屈冬玉里尔费朗莱克卢塞贡桑乔乌胡鲁肯雅塔普姆齐兰博恩格库卡",
    "曲东育理耳菲郎来刻炉赛共嗓桥屋湖路啃亚踏谱母其蓝勃嗯葛裤咖",
    strict=True,
):
    _HOMOPHONE.setdefault(_char, _homophone)  # noqa: F821

# Lake read as the word for a lake
for _lang, _rows in {
    "fr": [("Anthony Lake", "Anthony Lac"), ("M.\u00a0Lake", "M.\u00a0Lac")],
    "es": [("Anthony Lake", "Anthony Lago"), ("Sr. Lake", "Sr. Lago")],
    "ar": [("أنتوني ليك", "أنتوني بحيرة"), ("السيد ليك", "السيد بحيرة")],
    "zh": [("安东尼·莱克", "安东尼·湖"), ("莱克先生", "湖先生")],
    "ru": [("Энтони Лейк", "Энтони Озеро"), ("г-н Лейк", "г-н Озеро")],
}.items():
    _LITERAL[_lang] += _rows  # noqa: F821
