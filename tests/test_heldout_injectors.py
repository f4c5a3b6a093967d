"""The held-out sets' injectors (benchmarks/heldout3/ to heldout21/inject.py): the second
set's injector run on each set's folder, its tables extended to the countries and people of
that set's releases. Only aggregate properties: no entry of a set is named here (held out)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from tests.heldout_sets import clean_entries, injector

REPO = Path(__file__).resolve().parent.parent
HELDOUT2 = REPO / "benchmarks" / "heldout2"
# set -> (segments a language, a person its table adds to the second set's)
SETS = {
    "heldout3": (99, "Tom Fletcher"),
    "heldout4": (79, "Cindy McCain"),
    "heldout5": (96, "Sima Bahous"),
    "heldout6": (83, "Rafael Grossi"),
    "heldout7": (55, "Philippe Lazzarini"),
    "heldout8": (66, "Matshidiso Moeti"),
    "heldout9": (60, "Qu Dongyu"),
    "heldout10": (56, "Pierre Carrasse"),
    "heldout11": (65, "Hans Kluge"),
    "heldout12": (65, "Vassily Nebenzia"),
    "heldout13": (56, "Anacláudia Rossbach"),
    "heldout14": (66, "Dickon Mitchell"),
    "heldout15": (66, "Winnie Byanyima"),
    "heldout16": (62, "Luis Vayas Valdivieso"),
    "heldout17": (55, "Gustavo Gonzalez"),
    "heldout18": (60, "Eduardo Stein"),
    "heldout19": (60, "Joyce Msuya"),
    "heldout20": (60, "Issa Sanogo"),
    "heldout21": (56, "Stéphane Dujarric"),
}
# a kind the second set's injector finds nothing for in one language of a set: heldout18's
# Russian units (measured as it is; its tables were not extended after it arrived)
NONE_IN = {"heldout18": {("unit", "ru")}}


@pytest.fixture(params=sorted(SETS), scope="module")
def held(request: pytest.FixtureRequest) -> tuple[str, ModuleType, list]:
    folder = REPO / "benchmarks" / request.param
    inject = injector(folder)
    return request.param, inject, clean_entries(inject, folder)


def test_every_language_reviewed(held: tuple[str, ModuleType, list]) -> None:
    name, inject, entries = held
    assert Counter(e.lang for e in entries) == {lang: SETS[name][0] for lang in inject.LANGS}


def test_same_seed_same_faults_and_another_seed_others(held: tuple[str, ModuleType, list]) -> None:
    _, inject, entries = held
    first = inject.faults(entries, seed=13)
    assert first == inject.faults(list(entries), seed=13)
    assert [f.msgstr for f in inject.faults(entries, seed=14)] != [f.msgstr for f in first]


def test_faults_of_every_kind_in_every_language_each_a_real_change(
    held: tuple[str, ModuleType, list],
) -> None:
    name, inject, entries = held
    found = inject.faults(entries, seed=13, per_kind=130)
    counts = Counter(f.kind for f in found)
    assert set(counts) == set(inject.KINDS)
    assert all(0 < n <= 130 for n in counts.values())
    assert all(f.msgstr != f.clean.msgstr and f.msgstr.strip() for f in found)
    assert len({(f.clean, f.kind, f.variant) for f in found}) == len(found)
    for kind in inject.KINDS:
        none = {lang for k, lang in NONE_IN.get(name, ()) if k == kind}
        assert {f.clean.lang for f in found if f.kind == kind} == set(inject.LANGS) - none, kind
    # the countries and people of these releases are in the tables
    variants = Counter(f.variant for f in found if f.kind in ("country", "name"))
    assert variants["replaced by a neighbour"] >= 30 and variants["misspelt"] >= 60
    assert variants["replaced by another person"] >= 30


def test_the_second_set_s_injector_is_left_as_it_was(held: tuple[str, ModuleType, list]) -> None:
    """Extending a set's tables does not touch the second set's module."""
    name, inject, _ = held
    second = injector(HELDOUT2)
    person = SETS[name][1]
    assert person not in {p[0] for p in second._PEOPLE}
    assert person in {p[0] for p in inject._PEOPLE}
    assert len(inject._COUNTRIES["fr"]) > len(second._COUNTRIES["fr"])
