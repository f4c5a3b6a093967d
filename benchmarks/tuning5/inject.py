"""Fault injector of the tuning5 set: benchmarks/heldout/inject.py itself, run on this folder.

As for tuning3 and tuning4: the first held-out set's injector is executed unchanged, with
`__file__` set to this file, so `names()` reads this folder's glossary.csv. Only its tables of
countries, demonyms and names a literal engine translates are extended with what this set's
releases name (a country fault is drawn only on an entry whose source names a country of the
table). This set has French and Spanish catalogs only: the injector draws from the entries there
are, so the other languages simply have none.
"""

from __future__ import annotations

from pathlib import Path

_SOURCE = Path(__file__).resolve().parent.parent / "heldout" / "inject.py"
exec(compile(_SOURCE.read_text(encoding="utf-8"), str(_SOURCE), "exec"), globals())

# (English, fr, es, ar, zh, ru); Sudan, Syria, Afghanistan, Ukraine and Haiti are in the first
# set's table already; not India, Iran, Hungary, Turkey or Egypt (OTHER, the replacements).
_COUNTRY_ROWS = [
    ("Germany", "Allemagne", "Alemania", "ألمانيا", "德国", "Германи"),
    ("Tajikistan", "Tadjikistan", "Tayikistán", "طاجيكستان", "塔吉克斯坦", "Таджикистан"),
    ("Barbados", "Barbade", "Barbados", "بربادوس", "巴巴多斯", "Барбадос"),
    ("Canada", "Canada", "Canadá", "كندا", "加拿大", "Канад"),
    ("Peru", "Pérou", "Perú", "بيرو", "秘鲁", "Перу"),
    ("Senegal", "Sénégal", "Senegal", "السنغال", "塞内加尔", "Сенегал"),
    ("Singapore", "Singapour", "Singapur", "سنغافورة", "新加坡", "Сингапур"),
    ("Switzerland", "Suisse", "Suiza", "سويسرا", "瑞士", "Швейцари"),
    (
        "United Arab Emirates",
        "Émirats arabes unis",
        "Emiratos Árabes Unidos",
        "الإمارات العربية المتحدة",
        "阿拉伯联合酋长国",
        "Объединенные Арабские Эмират",
    ),
    ("Mali", "Mali", "Malí", "مالي", "马里", "Мали"),
    ("Japan", "Japon", "Japón", "اليابان", "日本", "Япони"),
]
COUNTRIES.update({r[0]: dict(zip(LANGS, r[1:], strict=True)) for r in _COUNTRY_ROWS})  # noqa: F821
for _lang, _pairs in {
    "fr": [("japonaise", "coréenne")],
    "es": [("Japonesa", "Coreana")],
}.items():
    DEMONYMS[_lang] += _pairs  # noqa: F821
_NAME_ROWS = [
    ("Saulo", "Saut", "Salto", "القفزة", "跳跃", "Прыжок"),
]
NAME_AS_WORD.update({r[0]: dict(zip(LANGS, r[1:], strict=True)) for r in _NAME_ROWS})  # noqa: F821
