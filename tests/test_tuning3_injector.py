"""The tuning3 set's injector (benchmarks/tuning3/inject.py): the first set's injector run on the
tuning3 folder, with its own glossary and the countries of its releases."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from tests.heldout_sets import clean_entries, injector

REPO = Path(__file__).resolve().parent.parent
TUNING3 = REPO / "benchmarks" / "tuning3"

inject = injector(TUNING3)


def _entries() -> list:
    return clean_entries(inject, TUNING3)


def test_every_language_reviewed_and_the_set_s_own_glossary() -> None:
    entries = _entries()
    assert Counter(e.lang for e in entries) == {lang: 110 for lang in inject.LANGS}
    names = inject.names()
    assert names["Radhika Sen"]["ru"] == "Радхика Сен"
    assert "Filippo Grandi" not in names  # the first set's people are not this one's


def test_faults_of_every_kind_in_every_language_each_a_real_change() -> None:
    found = inject.faults(_entries(), seed=13, per_kind=130)
    assert found == inject.faults(_entries(), seed=13, per_kind=130)
    for kind in inject.KINDS:
        assert {f.clean.lang for f in found if f.kind == kind} == set(inject.LANGS), kind
    assert all(f.msgstr != f.clean.msgstr and f.msgstr.strip() for f in found)
    # the countries of these releases are in the tables: Slovenia replaced, Guyana misspelt...
    variants = Counter(f.variant for f in found if f.kind == "country")
    assert variants["wrong country"] >= 30 and variants["country misspelt"] >= 30
