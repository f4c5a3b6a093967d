"""Fault injector of the tuning3 set: benchmarks/heldout/inject.py itself, run on this folder.

The code of the first held-out set's injector is executed here unchanged, with `__file__` set to
this file, so `names()` reads this folder's glossary.csv. Only its tables of countries, demonyms
and names a literal engine translates are extended with what this set's releases name (the first
set's tables name the countries of its own releases, and a country fault is drawn only on an
entry whose source names a country of the table). Forms are written as this set's translations
write them; a Russian form is a stem that inflects.
"""

from __future__ import annotations

from pathlib import Path

_SOURCE = Path(__file__).resolve().parent.parent / "heldout" / "inject.py"
exec(compile(_SOURCE.read_text(encoding="utf-8"), str(_SOURCE), "exec"), globals())

# (English, fr, es, ar, zh, ru); not India, Hungary or Türkiye: they are among OTHER, the
# injector's replacements.
_COUNTRY_ROWS = [
    ("Algeria", "Algérie", "Argelia", "الجزائر", "阿尔及利亚", "Алжир"),
    ("Guyana", "Guyana", "Guyana", "غيانا", "圭亚那", "Гайан"),
    ("Sierra Leone", "Sierra Leone", "Sierra Leona", "سيراليون", "塞拉利昂", "Сьерра-Леоне"),
    ("Slovenia", "Slovénie", "Eslovenia", "سلوفينيا", "斯洛文尼亚", "Словени"),
    ("Belarus", "Bélarus", "Belarús", "بيلاروس", "白俄罗斯", "Беларус"),
    ("Albania", "Albanie", "Albania", "ألبانيا", "阿尔巴尼亚", "Албани"),
    ("Ecuador", "Équateur", "Ecuador", "إكوادور", "厄瓜多尔", "Эквадор"),
    ("Mozambique", "Mozambique", "Mozambique", "موزامبيق", "莫桑比克", "Мозамбик"),
    ("Cyprus", "Chypre", "Chipre", "قبرص", "塞浦路斯", "Кипр"),
    ("Nepal", "Népal", "Nepal", "نيبال", "尼泊尔", "Непал"),
    ("Rwanda", "Rwanda", "Rwanda", "رواندا", "卢旺达", "Руанд"),
    ("Peru", "Pérou", "Perú", "بيرو", "秘鲁", "Перу"),
    ("Burkina Faso", "Burkina Faso", "Burkina Faso", "بوركينا فاسو", "布基纳法索", "Буркина-Фасо"),
    ("Guinea", "Guinée", "Guinea", "غينيا", "几内亚", "Гвине"),
    ("Madagascar", "Madagascar", "Madagascar", "مدغشقر", "马达加斯加", "Мадагаскар"),
    ("Libya", "Libye", "Libia", "ليبيا", "利比亚", "Ливи"),
    ("Canada", "Canada", "Canadá", "كندا", "加拿大", "Канад"),
    ("Greece", "Grèce", "Grecia", "اليونان", "希腊", "Греци"),
    ("Germany", "Allemagne", "Alemania", "ألمانيا", "德国", "Германи"),
    ("Japan", "Japon", "Japón", "اليابان", "日本", "Япони"),
]
COUNTRIES.update({r[0]: dict(zip(LANGS, r[1:], strict=True)) for r in _COUNTRY_ROWS})  # noqa: F821
for _lang, _pairs in {
    "fr": [
        ("indiens", "népalais"),
        ("indien", "bangladais"),
        ("sierra-léonais", "libérien"),
        ("slovène", "croate"),
        ("Hongrois", "Roumain"),
        ("suisses", "autrichiens"),
    ],
    "es": [
        ("indios", "nepaleses"),
        ("indio", "bangladesí"),
        ("eslovena", "croata"),
        ("húngaro", "rumano"),
        ("suizos", "austríacos"),
    ],
    "ar": [
        ("الهنود", "البنغاليين"),
        ("الباكستانيين", "النيباليين"),
        ("الهنغاري", "الروماني"),
        ("السلوفينية", "الكرواتية"),
        ("السويسرية", "النمساوية"),
    ],
    "zh": [("印度维和人员", "尼泊尔维和人员"), ("巴基斯坦维和人员", "孟加拉国维和人员")],
    "ru": [
        ("индийских", "непальских"),
        ("индийский", "непальский"),
        ("пакистанских", "бангладешских"),
        ("пакистанского", "бангладешского"),
        ("Швейцарские", "Австрийские"),
    ],
}.items():
    DEMONYMS[_lang] += _pairs  # noqa: F821
_NAME_ROWS = [
    ("Francis", "Français", "Francés", "الفرنسي", "法国人", "Француз"),
    ("Todd", "Renard", "Zorro", "الثعلب", "狐狸", "Лис"),
]
NAME_AS_WORD.update({r[0]: dict(zip(LANGS, r[1:], strict=True)) for r in _NAME_ROWS})  # noqa: F821
