"""Fault injector of the eleventh tuning set: benchmarks/heldout2/inject.py itself, run here.

The second held-out set's injector (written from issue 13's fault list alone, without reading
the checks) is executed unchanged in this module's namespace, as heldout6/inject.py does. Only
its tables are extended with what this set's releases name, in the forms this set's translations
write them: countries (form in the reference -> a neighbour in the same grammatical form, a
realistic misspelling: a non-UN or traditional form in Chinese, a dropped or changed letter
elsewhere; Russian forms are listed per case as heldout2's are) and the people (UN Arabic,
Chinese and Russian forms, as in glossary.csv), without whom the name faults would find nothing
here. Nothing else is changed. India and the United States are in heldout2's table already.
"""

from __future__ import annotations

from pathlib import Path

_SOURCE = Path(__file__).resolve().parent.parent / "heldout2" / "inject.py"
exec(compile(_SOURCE.read_text(encoding="utf-8"), str(_SOURCE), "exec"), globals())

# (form, neighbour in the same form, misspelt)
_COUNTRY_ROWS: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        ("Libye", "Tunisie", "Lybie"),
        ("Türkiye", "Grèce", "Turkiye"),
        ("Émirats arabes unis", "Pays-Bas", "Émirats arabes unies"),
    ],
    "es": [
        ("Libia", "Túnez", "Lybia"),
        ("Türkiye", "Grecia", "Turkiye"),
        ("Emiratos Árabes Unidos", "Países Bajos", "Emiratos Arabes Unidos"),
    ],
    "ar": [
        ("ليبيا", "تونس", "ليبيه"),
        ("تركيا", "اليونان", "تركية"),
        ("الإمارات العربية المتحدة", "المملكة العربية السعودية", "الامارات العربية المتحده"),
    ],
    "zh": [
        ("利比亚", "突尼斯", "利比亞"),
        ("土耳其", "希腊", "土尔其"),
        ("阿拉伯联合酋长国", "沙特阿拉伯王国", "阿拉伯聯合酋長國"),
    ],
    "ru": [
        ("Ливии", "Тунисе", "Ливийи"),
        ("Турция", "Греция", "Турцыя"),
        ("Объединенные Арабские Эмираты", "Нидерланды", "Обьединенные Арабские Эмираты"),
        ("Индию", "Пакистан", "Индью"),
    ],
}
for _lang, _rows in _COUNTRY_ROWS.items():
    _COUNTRIES[_lang] += _rows  # noqa: F821

# English full name | short form | Arabic full | short, then (indented) Chinese and Russian
_MORE_PEOPLE = """
Martin Griffiths | Griffiths | مارتن غريفيثس | غريفيثس
    马丁·格里菲思 | 格里菲思 | Мартин Гриффитс | Гриффитс
Gilbert F. Houngbo | Houngbo | جيلبير ف. هونغبو | هونغبو
    吉尔贝·F·洪博 | 洪博 | Жильбер Ф. Унгбо | Унгбо
Catherine Russell | Russell | كاثرين راسل | راسل
    凯瑟琳·拉塞尔 | 拉塞尔 | Кэтрин Расселл | Расселл
"""
_PEOPLE += [  # noqa: F821
    tuple(cell.strip() for cell in row.replace("\n", " | ").split("|"))
    for row in re.split(r"\n(?! )", _MORE_PEOPLE.strip())  # noqa: F821
]
_SWAP.update(  # noqa: F821
    {
        "Martin Griffiths": "Mark Lowcock",
        "Gilbert F. Houngbo": "Tedros Adhanom Ghebreyesus",
        "Catherine Russell": "Henrietta Fore",
    }
)
for _char, _homophone in zip("马丁思吉贝洪博凯瑟琳拉", "玛叮斯及倍鸿搏恺色林啦", strict=True):
    _HOMOPHONE.setdefault(_char, _homophone)  # noqa: F821
