"""Fault injector of the tuning7 set: benchmarks/heldout/inject.py itself, run on this folder.

As for tuning3, tuning4 and tuning5: the first held-out set's injector is executed unchanged,
with `__file__` set to this file, so `names()` reads this folder's glossary.csv. Only its tables
of countries, demonyms and names a literal engine translates are extended with what this set's
releases name (a country fault is drawn only on an entry whose source names a country of the
table). This set has French and Spanish catalogs only: the injector draws from the entries there
are, so the other languages simply have none.
"""

from __future__ import annotations

from pathlib import Path

_SOURCE = Path(__file__).resolve().parent.parent / "heldout" / "inject.py"
exec(compile(_SOURCE.read_text(encoding="utf-8"), str(_SOURCE), "exec"), globals())

# (English, fr, es, ar, zh, ru); Kenya is in the first set's table already; not Egypt (one of
# OTHER, the replacements).
_COUNTRY_ROWS = [
    ("Azerbaijan", "Azerbaïdjan", "Azerbaiyán", "أذربيجان", "阿塞拜疆", "Азербайджан"),
    ("Brazil", "Brésil", "Brasil", "البرازيل", "巴西", "Бразили"),
    ("France", "France", "Francia", "فرنسا", "法国", "Франци"),
    ("Costa Rica", "Costa Rica", "Costa Rica", "كوستاريكا", "哥斯达黎加", "Коста-Рик"),
    ("Ethiopia", "Éthiopie", "Etiopía", "إثيوبيا", "埃塞俄比亚", "Эфиопи"),
    ("Slovenia", "Slovénie", "Eslovenia", "سلوفينيا", "斯洛文尼亚", "Словени"),
]
COUNTRIES.update({r[0]: dict(zip(LANGS, r[1:], strict=True)) for r in _COUNTRY_ROWS})  # noqa: F821
for _lang, _pairs in {
    "fr": [("française", "belge"), ("Africains", "Asiatiques")],
}.items():
    DEMONYMS[_lang] += _pairs  # noqa: F821
_NAME_ROWS = [
    ("Chaves", "Clés", "Llaves", "المفاتيح", "钥匙", "Ключи"),
]
NAME_AS_WORD.update({r[0]: dict(zip(LANGS, r[1:], strict=True)) for r in _NAME_ROWS})  # noqa: F821
