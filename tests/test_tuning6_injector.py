"""The tuning6 set's injector (benchmarks/tuning6/inject.py): the first set's injector run on the
tuning6 folder (Arabic, Chinese and Russian catalogs only), with its own glossary and the
countries of its releases."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from tests.heldout_sets import clean_entries, injector

REPO = Path(__file__).resolve().parent.parent
TUNING6 = REPO / "benchmarks" / "tuning6"

inject = injector(TUNING6)


def _entries() -> list:
    return clean_entries(inject, TUNING6)


def test_arabic_chinese_and_russian_reviewed_and_the_set_s_own_glossary() -> None:
    entries = _entries()
    assert Counter(e.lang for e in entries) == {"ar": 84, "zh": 84, "ru": 84}
    names = inject.names()
    assert names["Daren Tang"]["zh"] == "邓鸿森"
    assert names["Rebeca Grynspan"]["ru"] == "Ребека Гринспан"
    assert "Harriet Torlesse" not in names  # tuning3's people are not this one's


def test_faults_of_every_kind_in_the_three_languages_each_a_real_change() -> None:
    found = inject.faults(_entries(), seed=13, per_kind=130)
    assert found == inject.faults(_entries(), seed=13, per_kind=130)
    for kind in inject.KINDS:
        assert {f.clean.lang for f in found if f.kind == kind} <= {"ar", "zh", "ru"}, kind
    assert all(f.msgstr != f.clean.msgstr and f.msgstr.strip() for f in found)
    # the countries of these releases are in the tables: Switzerland replaced, China misspelt...
    variants = Counter(f.variant for f in found if f.kind == "country")
    assert variants["wrong country"] >= 30 and variants["country misspelt"] >= 30
