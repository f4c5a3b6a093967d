"""Fault injector of the third held-out set: benchmarks/heldout2/inject.py itself, run here.

The second held-out set's injector (written from issue 13's fault list alone, without reading
the checks) is executed unchanged in this module's namespace, as tuning3/4/5 do with the first
set's. Only its tables are extended with what this set's releases name, in the forms this set's
translations write them: countries (form in the reference -> a neighbour in the same
grammatical form, a realistic misspelling: a non-UN regional form in Chinese, a dropped accent
or letter elsewhere; Russian forms are listed per case as heldout2's are), demonyms, and the
people (UN Arabic, Chinese and Russian forms, as in glossary.csv), without whom the name faults
would find nothing here; one literal name ('Yett' read as 'yet'). Nothing else is changed.
"""

from __future__ import annotations

from pathlib import Path

_SOURCE = Path(__file__).resolve().parent.parent / "heldout2" / "inject.py"
exec(compile(_SOURCE.read_text(encoding="utf-8"), str(_SOURCE), "exec"), globals())

# (form, neighbour in the same form, misspelt); Somalia, Yemen, Nigeria, Mozambique, Egypt,
# India, Kenya and Switzerland are in heldout2's table already.
_COUNTRY_ROWS: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        ("Soudan", "Tchad", "Souddan"),
        ("Tchad", "Niger", "Tchade"),
        ("Syrie", "Jordanie", "Syrrie"),
        ("Myanmar", "Bangladesh", "Myanmer"),
        (
            "République démocratique du Congo",
            "République centrafricaine",
            "République démocratique du Kongo",
        ),
        ("Ouganda", "Érythrée", "Ougenda"),
        ("Éthiopie", "Érythrée", "Éthiopée"),
        ("Azerbaïdjan", "Arménie", "Azerbaïdjian"),
        ("Belize", "Guatemala", "Bélize"),
        ("Cabo Verde", "Sao Tomé-et-Principe", "Cabo Verdé"),
        ("Tadjikistan", "Kirghizistan", "Tadjikstan"),
        ("Islande", "Irlande", "Islannde"),
        ("Norvège", "Suède", "Norvége"),
        ("Danemark", "Luxembourg", "Danemarc"),
    ],
    "es": [
        ("(?<!Puerto )Sudán", "Chad", "Sudan"),  # not Puerto Sudán, the city
        ("Chad", "Níger", "Tchad"),
        ("Siria", "Jordania", "Syria"),
        ("Myanmar", "Bangladesh", "Myanmmar"),
        (
            "República Democrática del Congo",
            "República Centroafricana",
            "República Democrática del Congó",
        ),
        ("Uganda", "Rwanda", "Ugamda"),
        ("Etiopía", "Eritrea", "Etiopia"),
        ("Azerbaiyán", "Armenia", "Azerbaiján"),
        ("Belice", "Guatemala", "Belize"),
        ("Cabo Verde", "Santo Tomé y Príncipe", "Cabo Berde"),
        ("Tayikistán", "Kirguistán", "Tajikistán"),
        ("Islandia", "Irlanda", "Islándia"),
        ("Noruega", "Suecia", "Norueca"),
        ("Dinamarca", "Suecia", "Dinamarka"),
    ],
    "ar": [
        ("السودان", "تشاد", "السودن"),
        ("تشاد", "النيجر", "تشاذ"),
        ("سوريا", "الأردن", "سوريه"),
        ("ميانمار", "بنغلاديش", "مينمار"),
        ("جمهورية الكونغو الديمقراطية", "جمهورية أفريقيا الوسطى", "جمهورية الكنغو الديمقراطية"),
        ("أوغندا", "رواندا", "أغندا"),
        ("إثيوبيا", "إريتريا", "إثيوبا"),
        ("أذربيجان", "أرمينيا", "أذربيجن"),
        ("بليز", "غواتيمالا", "بلز"),
        ("كابو فيردي", "سان تومي وبرينسيبي", "كابو فردي"),
        ("طاجيكستان", "قيرغيزستان", "طاجكستان"),
        ("آيسلندا", "أيرلندا", "آيسلنده"),
        ("النرويج", "السويد", "النرويح"),
        ("الدانمرك", "هولندا", "الدنمارك"),
    ],
    "zh": [
        ("苏丹(?!港)", "乍得", "苏旦"),
        ("乍得", "尼日尔", "查德"),
        ("叙利亚", "约旦", "叙理亚"),
        ("缅甸", "孟加拉国", "缅旬"),
        ("刚果民主共和国", "中非共和国", "刚果民主共合国"),
        ("乌干达", "卢旺达", "乌甘达"),
        ("埃塞俄比亚", "厄立特里亚", "衣索比亚"),
        ("阿塞拜疆", "亚美尼亚", "亚塞拜然"),
        ("伯利兹", "危地马拉", "贝里斯"),
        ("佛得角", "圣多美和普林西比", "维德角"),
        ("塔吉克斯坦", "吉尔吉斯斯坦", "塔吉克"),
        ("冰岛", "爱尔兰", "冰鸟"),
        ("挪威", "瑞典", "那威"),
        ("丹麦", "荷兰", "丹卖"),
    ],
    "ru": [
        ("Судане", "Чаде", "Судне"),
        ("Судан", "Чад", "Суданн"),
        ("Чаде", "Нигере", "Чяде"),
        ("Сирии", "Иордании", "Сирийи"),
        ("Мьянме", "Бангладеш", "Мьянмэ"),
        ("Нигерия", "Нигер", "Нигерья"),
        (
            "Демократическая Республика Конго",
            "Центральноафриканская Республика",
            "Демократическая Республика Конга",
        ),
        ("Уганда", "Руанда", "Уганта"),
        ("Эфиопия", "Эритрея", "Эфиопя"),
        ("Азербайджан", "Армения", "Азербайжан"),
        ("Белиз", "Гватемала", "Белис"),
        ("Кабо-Верде", "Сан-Томе и Принсипи", "Кабо-Верди"),
        ("Таджикистан", "Кыргызстан", "Таджикстан"),
        ("Исландия", "Ирландия", "Исландья"),
        ("Норвегия", "Швеция", "Норвэгия"),
        ("Дания", "Швеция", "Даания"),
    ],
}
for _lang, _rows in _COUNTRY_ROWS.items():
    _COUNTRIES[_lang] += _rows  # noqa: F821

for _lang, _pairs in {
    "ar": [("دبلوماسي بريطاني", "دبلوماسي أيرلندي")],
    "zh": [("英国外交官", "爱尔兰外交官")],
    "ru": [("британский", "ирландский")],
}.items():
    _DEMONYMS[_lang] += _pairs  # noqa: F821

# English full name | short form | Arabic full | short, then (indented) Chinese and Russian
_MORE_PEOPLE = """
Tom Fletcher | Fletcher | توم فليتشر | فليتشر
    汤姆·弗莱彻 | 弗莱彻 | Том Флетчер | Флетчер
Sheldon Yett | Yett | شيلدون ييت | ييت
    谢尔登·耶特 | 耶特 | Шелдон Йетт | Йетт
Arnaud Le Menach | Le Menach | أرنو لو ميناش | لو ميناش
    阿诺·勒梅纳克 | 勒梅纳克 | Арно Ле Менак | Ле Менак
Daniel Ngamije | Ngamije | دانيال نغاميجي | نغاميجي
    丹尼尔·恩加米杰 | 恩加米杰 | Даниэль Нгамидже | Нгамидже
Achim Steiner | Steiner | أكيم شتاينر | شتاينر
    阿希姆·施泰纳 | 施泰纳 | Ахим Штайнер | Штайнер
Farhan Haq | Haq | فرحان حق | حق
    法尔汉·哈克 | 哈克 | Фархан Хак | Хак
"""
_PEOPLE += [  # noqa: F821
    tuple(cell.strip() for cell in row.replace("\n", " | ").split("|"))
    for row in re.split(r"\n(?! )", _MORE_PEOPLE.strip())  # noqa: F821
]
_SWAP.update(  # noqa: F821
    {
        "Tom Fletcher": "Achim Steiner",
        "Achim Steiner": "Tom Fletcher",
        "Farhan Haq": "Tom Fletcher",
        "Sheldon Yett": "Daniel Ngamije",
        "Daniel Ngamije": "Arnaud Le Menach",
        "Arnaud Le Menach": "Daniel Ngamije",
    }
)
for _char, _homophone in zip(
    "彻汤姆谢耶阿诺勒梅恩加米杰泰法汉哈", "澈唐木榭椰啊若乐枚嗯佳迷捷太发翰蛤", strict=True
):
    _HOMOPHONE.setdefault(_char, _homophone)  # noqa: F821
for _lang, _pair in {
    "fr": ("Sheldon Yett", "Sheldon Encore"),
    "es": ("Sheldon Yett", "Sheldon Todavía"),
    "ar": ("شيلدون ييت", "شيلدون بعد"),
    "zh": ("谢尔登·耶特", "谢尔登·尚未"),
    "ru": ("Шелдон Йетт", "Шелдон Еще"),
}.items():
    _LITERAL[_lang].append(_pair)  # noqa: F821
