"""The tuning4 set's injector (benchmarks/tuning4/inject.py): the first set's injector run on the
tuning4 folder, with its own glossary and the countries of its releases."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from tests.heldout_sets import clean_entries, injector

REPO = Path(__file__).resolve().parent.parent
TUNING4 = REPO / "benchmarks" / "tuning4"

inject = injector(TUNING4)


def _entries() -> list:
    return clean_entries(inject, TUNING4)


def test_every_language_reviewed_and_the_set_s_own_glossary() -> None:
    entries = _entries()
    assert Counter(e.lang for e in entries) == {lang: 102 for lang in inject.LANGS}
    names = inject.names()
    assert names["Kamal Kishore"]["ru"] == "Камал Кишор"
    assert names["Inger Andersen"]["fr"] == "Inger Andersen"  # no French form: the term itself
    assert "Radhika Sen" not in names  # tuning3's people are not this one's


def test_faults_of_every_kind_in_every_language_each_a_real_change() -> None:
    found = inject.faults(_entries(), seed=13, per_kind=130)
    assert found == inject.faults(_entries(), seed=13, per_kind=130)
    for kind in inject.KINDS:
        assert {f.clean.lang for f in found if f.kind == kind} == set(inject.LANGS), kind
    assert all(f.msgstr != f.clean.msgstr and f.msgstr.strip() for f in found)
    # the countries of these releases are in the tables: Sweden replaced, Thailand misspelt...
    variants = Counter(f.variant for f in found if f.kind == "country")
    assert variants["wrong country"] >= 30 and variants["country misspelt"] >= 30
    assert variants["wrong demonym"] >= 20
