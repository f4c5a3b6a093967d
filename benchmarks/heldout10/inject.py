"""Fault injector of the tenth held-out set: benchmarks/heldout2/inject.py itself, run here.

The second held-out set's injector (written from issue 13's fault list alone, without reading
the checks) is executed unchanged in this module's namespace, as heldout6/inject.py does. Only
its tables are extended with what this set's releases name, in the forms this set's translations
write them: countries (form in the reference -> a neighbour in the same grammatical form, a
realistic misspelling: a non-UN or traditional form in Chinese, a non-UN spelling in Arabic and
Spanish, a dropped, doubled or changed letter elsewhere; Russian forms are listed per case as
heldout2's are), demonyms, and the people (UN Arabic, Chinese and Russian forms, as in
glossary.csv), without whom the name faults would find nothing here. Nothing else is changed.
"""

from __future__ import annotations

from pathlib import Path

_SOURCE = Path(__file__).resolve().parent.parent / "heldout2" / "inject.py"
exec(compile(_SOURCE.read_text(encoding="utf-8"), str(_SOURCE), "exec"), globals())

# (form, neighbour in the same form, misspelt); South Sudan, Côte d'Ivoire, China, Indonesia,
# India, Bangladesh and Egypt are in heldout2's table already.
_COUNTRY_ROWS: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        ("Tchad", "Cameroun", "Tchadd"),
        ("Libéria", "Ghana", "Libérie"),
        ("Sierra Leone", "Gambie", "Sierra Léone"),
        ("Guinée", "Guinée-Bissau", "Guinnée"),
        ("Niger", "Mali", "Nigère"),
        ("Afghanistan", "Pakistan", "Afganistan"),
        ("Myanmar", "Cambodge", "Myanmmar"),
        ("Soudan", "Yémen", "Soudant"),
        (
            "République démocratique du Congo",
            "République du Congo",
            "République démocratique de Congo",
        ),
        ("République centrafricaine", "République-Unie de Tanzanie", "République Centre-africaine"),
        ("Liban", "Yémen", "Libant"),
        ("Costa Rica", "Panama", "Costa Rika"),
        ("Viet Nam", "Cambodge", "Vietnam"),
        ("Philippines", "Maldives", "Phillipines"),
        (
            "République de Corée",
            "République populaire démocratique de Corée",
            "République de Korée",
        ),
        ("Norvège", "Suède", "Norvége"),
        ("Chili", "Pérou", "Chilli"),
    ],
    "es": [
        ("Chad", "Camerún", "Chaad"),
        ("Liberia", "Ghana", "Libéria"),
        ("Sierra Leona", "Gambia", "Sierra Leone"),
        ("Guinea", "Malí", "Ginea"),
        ("Níger", "Malí", "Niger"),
        ("Afganistán", "Pakistán", "Afganistan"),
        ("Myanmar", "Tailandia", "Myanmmar"),
        ("Sudán", "Yemen", "Sudan"),
        (
            "República Democrática del Congo",
            "República del Congo",
            "República Democrática de Congo",
        ),
        ("República Centroafricana", "República Unida de Tanzanía", "República Centro Africana"),
        ("Líbano", "Yemen", "Libano"),
        ("Costa Rica", "Panamá", "Costa Rika"),
        ("Viet Nam", "Camboya", "Vietnam"),
        ("Filipinas", "Malasia", "Phillipinas"),
        ("República de Corea", "República Popular Democrática de Corea", "República de Korea"),
        ("Noruega", "Suecia", "Norruega"),
        ("Chile", "Argentina", "Chille"),
    ],
    "ar": [
        ("تشاد", "الكاميرون", "تشات"),
        ("ليبريا", "غانا", "ليبيريا"),
        ("سيراليون", "غامبيا", "سيرا ليون"),
        ("غينيا", "مالي", "غينيه"),
        ("النيجر", "مالي", "النيجير"),
        ("أفغانستان", "باكستان", "افغانستان"),
        ("ميانمار", "تايلند", "مينمار"),
        ("السودان", "إريتريا", "السوادن"),
        ("جمهورية الكونغو الديمقراطية", "جمهورية الكونغو", "جمهورية الكونجو الديمقراطية"),
        ("جمهورية أفريقيا الوسطى", "جمهورية تنزانيا المتحدة", "جمهورية إفريقيا الوسطى"),
        ("لبنان", "الأردن", "لبنن"),
        ("كوستاريكا", "بنما", "كوستا ريكا"),
        ("فييت نام", "كمبوديا", "فيتنام"),
        ("الفلبين", "ماليزيا", "الفليبين"),
        ("جمهورية كوريا", "اليابان", "جمهورية كوريه"),
        ("النرويج", "السويد", "النروج"),
        ("شيلي", "الأرجنتين", "تشيلي"),
    ],
    "zh": [
        ("乍得", "喀麦隆", "查德"),
        ("利比里亚", "加纳", "赖比瑞亚"),
        ("塞拉利昂", "冈比亚", "狮子山"),
        ("几内亚", "马里", "幾內亞"),
        ("尼日尔", "马里", "尼日耳"),
        ("阿富汗", "巴基斯坦", "阿富汉"),
        ("缅甸", "泰国", "緬甸"),
        ("苏丹", "厄立特里亚", "蘇丹"),
        ("刚果民主共和国", "刚果共和国", "刚果民主共合国"),
        ("中非共和国", "坦桑尼亚联合共和国", "中非共合国"),
        ("黎巴嫩", "约旦", "黎巴能"),
        ("哥斯达黎加", "巴拿马", "哥斯大黎加"),
        ("越南", "柬埔寨", "越楠"),
        ("菲律宾", "马来西亚", "菲律賓"),
        ("大韩民国", "朝鲜民主主义人民共和国", "南韩"),
        ("挪威", "瑞典", "挪維"),
        ("智利", "阿根廷", "智力"),
    ],
    "ru": [
        ("Чада", "Камеруна", "Чадда"),
        ("Чаде", "Камеруне", "Чадде"),
        ("Либерии", "Ганы", "Либерьи"),
        ("Либерию", "Гану", "Либерью"),
        ("Сьерра-Леоне", "Того", "Сьера-Леоне"),
        ("Гвинеи", "Гамбии", "Гвинейи"),
        ("Гвинею", "Гамбию", "Гвинейю"),
        ("Кот-д’Ивуаре", "Гане", "Кот-Д’Ивуаре"),
        ("Нигера", "Мали", "Нигерра"),
        ("Нигер", "Мали", "Нигерр"),
        ("Афганистана", "Пакистана", "Авганистана"),
        ("Южного Судана", "Эритреи", "Южного Суддана"),
        ("Мьянмы", "Таиланда", "Мьянмары"),
        ("Судана", "Йемена", "Суддана"),
        (
            "Демократической Республики Конго",
            "Республики Конго",
            "Демократической Республики Конга",
        ),
        (
            "Центральноафриканской Республики",
            "Объединенной Республики Танзания",
            "Центрально-Африканской Республики",
        ),
        ("Ливане", "Йемене", "Ливанне"),
        ("Коста-Рика", "Панама", "Коста-Рико"),
        ("Вьетнам", "Камбоджа", "Вьетнамм"),
        ("Филиппины", "Малайзия", "Филипины"),
        ("Республика Корея", "Корейская Народно-Демократическая Республика", "Республика Карея"),
        ("Норвегия", "Швеция", "Норвеги"),
        ("Чили", "Перу", "Чилли"),
    ],
}
for _lang, _rows in _COUNTRY_ROWS.items():
    _COUNTRIES[_lang] += _rows  # noqa: F821

_DEMONYMS["fr"] += [("Syriens", "Iraquiens"), ("darfouriens", "tchadiens")]  # noqa: F821
_DEMONYMS["es"] += [("sirios", "iraquíes"), ("darfuríes", "chadianos")]  # noqa: F821
_DEMONYMS["ar"] += [("السوريون", "العراقيون"), ("لاجئ من دارفور", "لاجئ من تشاد")]  # noqa: F821
_DEMONYMS["zh"] += [("叙利亚人", "伊拉克人"), ("达尔富尔难民", "乍得难民")]  # noqa: F821
_DEMONYMS["ru"] += [("сирийцев", "иракцев"), ("беженцев из Дарфура", "беженцев из Чада")]  # noqa: F821

# English full name | short form | Arabic full | short, then (indented) Chinese and Russian
_MORE_PEOPLE = """
Pierre Carrasse | Carrasse | بيير كاراس | كاراس
    皮埃尔·卡拉斯 | 卡拉斯 | Пьер Каррасс | Каррасс
Emilia Casella | Casella | إميليا كاسيلا | كاسيلا
    埃米莉亚·卡塞拉 | 卡塞拉 | Эмилия Казелла | Казелла
Ruvendrini Menikdiwela | Menikdiwela | روفيندريني مينيكديويلا | مينيكديويلا
    鲁文德里尼·梅尼克迪维拉 | 梅尼克迪维拉 | Рувендрини Меникдивела | Меникдивела
QU Dongyu | QU | شو دونيو | شو
    屈冬玉 | 屈冬玉 | Цюй Дунъюй | Цюй
"""
_PEOPLE += [  # noqa: F821
    tuple(cell.strip() for cell in row.replace("\n", " | ").split("|"))
    for row in re.split(r"\n(?! )", _MORE_PEOPLE.strip())  # noqa: F821
]
_SWAP.update(  # noqa: F821
    {
        "Pierre Carrasse": "Emilia Casella",
        "Emilia Casella": "Pierre Carrasse",
        "Ruvendrini Menikdiwela": "António Guterres",
        "QU Dongyu": "Tedros Adhanom Ghebreyesus",
    }
)
for _char, _homophone in zip("皮卡拉米亚鲁梅屈冬玉", "匹咔啦迷压卢没曲东育", strict=True):
    _HOMOPHONE.setdefault(_char, _homophone)  # noqa: F821
