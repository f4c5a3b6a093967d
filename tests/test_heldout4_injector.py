"""The fourth held-out set's injector (benchmarks/heldout4/inject.py): the second set's injector
run on the heldout4 folder, its tables extended to the countries and people of these releases.
Only aggregate properties: no entry of the set is named here (held out)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from tests.heldout_sets import clean_entries, injector

REPO = Path(__file__).resolve().parent.parent
HELDOUT4 = REPO / "benchmarks" / "heldout4"
HELDOUT2 = REPO / "benchmarks" / "heldout2"

inject = injector(HELDOUT4)


def _entries() -> list:
    return clean_entries(inject, HELDOUT4)


def test_every_language_reviewed() -> None:
    entries = _entries()
    assert Counter(e.lang for e in entries) == {lang: 79 for lang in inject.LANGS}


def test_same_seed_same_faults_and_another_seed_others() -> None:
    entries = _entries()
    first = inject.faults(entries, seed=13)
    assert first == inject.faults(list(entries), seed=13)
    assert [f.msgstr for f in inject.faults(entries, seed=14)] != [f.msgstr for f in first]


def test_faults_of_every_kind_in_every_language_each_a_real_change() -> None:
    found = inject.faults(_entries(), seed=13, per_kind=130)
    counts = Counter(f.kind for f in found)
    assert set(counts) == set(inject.KINDS)
    assert all(0 < n <= 130 for n in counts.values())
    assert all(f.msgstr != f.clean.msgstr and f.msgstr.strip() for f in found)
    assert len({(f.clean, f.kind, f.variant) for f in found}) == len(found)
    for kind in inject.KINDS:
        assert {f.clean.lang for f in found if f.kind == kind} == set(inject.LANGS), kind
    # the countries and people of these releases are in the tables
    variants = Counter(f.variant for f in found if f.kind in ("country", "name"))
    assert variants["replaced by a neighbour"] >= 30 and variants["misspelt"] >= 60
    assert variants["replaced by another person"] >= 40


def test_the_second_set_s_injector_is_left_as_it_was() -> None:
    """Extending this set's tables does not touch the second set's module."""
    second = injector(HELDOUT2)
    assert "Cindy McCain" not in {p[0] for p in second._PEOPLE}
    assert "Cindy McCain" in {p[0] for p in inject._PEOPLE}
    assert len(inject._COUNTRIES["fr"]) > len(second._COUNTRIES["fr"])
