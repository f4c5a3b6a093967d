"""Fault injector of the tuning6 set: benchmarks/heldout/inject.py itself, run on this folder.

As for tuning3, tuning4 and tuning5: the first held-out set's injector is executed unchanged,
with `__file__` set to this file, so `names()` reads this folder's glossary.csv. Only its tables
of countries and of names a literal engine translates are extended with what this set's
releases name (a country fault is drawn only on an entry whose source names a country of the
table). This set has Arabic, Chinese and Russian catalogs only: the injector draws from the
entries there are, so French and Spanish simply have none.
"""

from __future__ import annotations

from pathlib import Path

_SOURCE = Path(__file__).resolve().parent.parent / "heldout" / "inject.py"
exec(compile(_SOURCE.read_text(encoding="utf-8"), str(_SOURCE), "exec"), globals())

# (English, fr, es, ar, zh, ru); Afghanistan and Indonesia are in the first set's table
# already; not India or Türkiye (OTHER, the replacements). A Russian form is a stem that
# inflects ("Соединенны" is "Соединенные Штаты" and "в Соединенных Штатах").
_COUNTRY_ROWS = [
    ("Switzerland", "Suisse", "Suiza", "سويسرا", "瑞士", "Швейцари"),
    ("Sweden", "Suède", "Suecia", "السويد", "瑞典", "Швеци"),
    ("United States", "États-Unis", "Estados Unidos", "الولايات المتحدة", "美国", "Соединенны"),
    ("Singapore", "Singapour", "Singapur", "سنغافورة", "新加坡", "Сингапур"),
    (
        "United Kingdom",
        "Royaume-Uni",
        "Reino Unido",
        "المملكة المتحدة",
        "英国",
        "Соединенное Королевство",
    ),
    ("China", "Chine", "China", "الصين", "中国", "Кита"),
    ("Viet Nam", "Viet Nam", "Viet Nam", "فييت نام", "越南", "Вьетнам"),
    ("Philippines", "Philippines", "Filipinas", "الفلبين", "菲律宾", "Филиппин"),
    ("Japan", "Japon", "Japón", "اليابان", "日本", "Япони"),
    (
        "Republic of Korea",
        "République de Corée",
        "República de Corea",
        "جمهورية كوريا",
        "大韩民国",
        "Республика Корея",
    ),
    ("Mauritius", "Maurice", "Mauricio", "موريشيوس", "毛里求斯", "Маврики"),
    (
        "Saudi Arabia",
        "Arabie saoudite",
        "Arabia Saudita",
        "المملكة العربية السعودية",
        "沙特阿拉伯",
        "Саудовская Арави",
    ),
    ("Qatar", "Qatar", "Qatar", "قطر", "卡塔尔", "Катар"),
    ("Brazil", "Brésil", "Brasil", "البرازيل", "巴西", "Бразили"),
    ("Germany", "Allemagne", "Alemania", "ألمانيا", "德国", "Германи"),
    ("Spain", "Espagne", "España", "إسبانيا", "西班牙", "Испани"),
]
COUNTRIES.update({r[0]: dict(zip(LANGS, r[1:], strict=True)) for r in _COUNTRY_ROWS})  # noqa: F821
_NAME_ROWS = [
    ("Waly", "Gouverneur", "Gobernador", "الحاكم", "总督", "Губернатор"),
]
NAME_AS_WORD.update({r[0]: dict(zip(LANGS, r[1:], strict=True)) for r in _NAME_ROWS})  # noqa: F821
