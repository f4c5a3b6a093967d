# ruff: noqa: F821
"""Fault injector of the twentieth held-out set: benchmarks/heldout2/inject.py itself, run here.

The second held-out set's injector (written from issue 13's fault list alone, without reading
the checks) is executed unchanged in this module's namespace, as heldout17/inject.py does. Only
its tables are extended with what this set's releases name, in the forms this set's translations
write them: countries (form in the reference -> another country in the same grammatical form, a
realistic misspelling: a non-UN (Taiwanese or traditional) form in Chinese, a non-UN spelling in
Arabic, a dropped, doubled or changed letter elsewhere; Russian forms are listed per case as
heldout2's are), the demonyms, the people (UN Arabic, Chinese and Russian forms, as in
glossary.csv) and one name an engine takes for a word (Swan), without whom the name faults would
find little here. Nothing else is changed.
"""

from __future__ import annotations

from pathlib import Path

_SOURCE = Path(__file__).resolve().parent.parent / "heldout2" / "inject.py"
exec(compile(_SOURCE.read_text(encoding="utf-8"), str(_SOURCE), "exec"), globals())

# (form, other country in the same form, misspelt); Malawi, Mozambique, Somalia, Kenya,
# Nigeria and Cameroon are in heldout2's table already (Russian: Малави, Мозамбик, Сомали,
# Нигерии; Кению only in the accusative, Камерун only in the nominative).
_COUNTRY_ROWS: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        ("Madagascar", "Maurice", "Madagscar"),
        ("Zambie", "Namibie", "Zambbie"),
        ("Burundi", "Rwanda", "Burundy"),
        (
            "République démocratique du Congo",
            "République centrafricaine",
            "République démocatique du Congo",
        ),
        ("Éthiopie", "Érythrée", "Étiopie"),
    ],
    "es": [
        ("Madagascar", "Mauricio", "Madagáscar"),
        ("Zambia", "Namibia", "Zambya"),
        ("Burundi", "Rwanda", "Burundí"),
        (
            "República Democrática del Congo",
            "República Centroafricana",
            "República Democrática del Congó",
        ),
        ("Etiopía", "Eritrea", "Etiopia"),
    ],
    "ar": [
        ("مدغشقر", "موريشيوس", "مدغشقار"),
        ("زامبيا", "ناميبيا", "زامبيه"),
        ("بوروندي", "رواندا", "بروندي"),
        (
            "جمهورية الكونغو الديمقراطية",
            "جمهورية أفريقيا الوسطى",
            "جمهورية الكنغو الديمقراطية",
        ),
        ("إثيوبيا", "إريتريا", "أثيوبيا"),
    ],
    "zh": [
        ("马达加斯加", "毛里求斯", "馬達加斯加"),
        ("赞比亚", "纳米比亚", "尚比亚"),
        ("布隆迪", "卢旺达", "蒲隆地"),
        ("刚果民主共和国", "中非共和国", "剛果民主共和國"),
        ("埃塞俄比亚", "厄立特里亚", "衣索比亚"),
    ],
    "ru": [
        ("Мадагаскаре", "Маврикии", "Мадогаскаре"),
        ("Мадагаскара", "Маврикия", "Мадагаскра"),
        ("Замбию", "Намибию", "Замбиу"),
        ("Бурунди", "Руанде", "Борунди"),
        ("Камеруне", "Чаде", "Камерунэ"),
        (
            "Демократической Республике Конго",
            "Центральноафриканской Республике",
            "Демократической Республике Конга",
        ),
        ("Эфиопии", "Эритрее", "Эфеопии"),
        ("Кении", "Уганде", "Кенни"),
    ],
}
for _lang, _rows in _COUNTRY_ROWS.items():
    _COUNTRIES[_lang] += _rows

_DEMONYMS["fr"] += [("Somaliens", "Éthiopiens"), ("somaliennes", "éthiopiennes")]
_DEMONYMS["es"] += [("somalíes", "etíopes")]
_DEMONYMS["ar"] += [("صومالي", "إثيوبي"), ("الصومالية", "الإثيوبية")]
_DEMONYMS["zh"] += [("索马里人", "埃塞俄比亚人"), ("索马里当局", "埃塞俄比亚当局")]
_DEMONYMS["ru"] += [("сомалийцев", "эфиопов"), ("сомалийские", "эфиопские")]

# English full name | short form | Arabic full | short, then (indented) Chinese and Russian
_MORE_PEOPLE = """
Issa Sanogo | Sanogo | عيسى سانوغو | سانوغو
    伊萨·萨诺戈 | 萨诺戈 | Исса Саного | Саного
Rebecca Adda-Dontoh | Adda-Dontoh | ريبيكا أدا-دونتو | أدا-دونتو
    丽贝卡·阿达-东托 | 阿达-东托 | Ребекка Адда-Донто | Адда-Донто
James Swan | Swan | جيمس سوان | سوان
    詹姆斯·斯旺 | 斯旺 | Джеймс Суон | Суон
Martin Griffiths | Griffiths | مارتن غريفيثس | غريفيثس
    马丁·格里菲斯 | 格里菲斯 | Мартин Гриффитс | Гриффитс
"""
_PEOPLE += [
    tuple(cell.strip() for cell in row.replace("\n", " | ").split("|"))
    for row in re.split(r"\n(?! )", _MORE_PEOPLE.strip())
]
_SWAP.update(
    {
        "Issa Sanogo": "Rebecca Adda-Dontoh",
        "Rebecca Adda-Dontoh": "Issa Sanogo",
        "James Swan": "Martin Griffiths",
        "Martin Griffiths": "James Swan",
    }
)
# Swan is kept in Latin letters in fr and es, where an engine may take it for the bird
_LITERAL["fr"] += [("James Swan", "James Cygne"), ("M.\u00a0Swan", "M.\u00a0Cygne")]
_LITERAL["es"] += [("James Swan", "James Cisne"), ("Sr.\u00a0Swan", "Sr.\u00a0Cisne")]
for _char, _homophone in zip(
    "伊萨诺戈贝阿达托詹姆旺马丁", "依撒喏哥倍啊答拖瞻母望玛叮", strict=True
):
    _HOMOPHONE.setdefault(_char, _homophone)
