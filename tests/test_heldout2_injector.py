"""The second held-out set's fault injector (benchmarks/heldout2/inject.py), written apart from
the first's: deterministic (also across hash seeds), every kind in every language, one real
change per fault. Only aggregate properties: the set's entries are not read here (held out)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

from tests.heldout_sets import clean_entries, injector

REPO = Path(__file__).resolve().parent.parent
HELDOUT2 = REPO / "benchmarks" / "heldout2"


inject = injector(HELDOUT2)


def _entries() -> list:
    return clean_entries(inject, HELDOUT2)


def test_the_set_has_every_language_reviewed() -> None:
    entries = _entries()
    assert Counter(e.lang for e in entries) == {lang: len(entries) // 5 for lang in inject.LANGS}
    assert len(entries) >= 600


def test_same_seed_same_faults_and_another_seed_others() -> None:
    entries = _entries()
    first = inject.faults(entries, seed=13)
    assert first == inject.faults(list(entries), seed=13)
    other = inject.faults(entries, seed=14)
    assert [f.msgstr for f in other] != [f.msgstr for f in first]


def test_the_same_faults_under_another_hash_seed() -> None:
    code = (
        "import sys; sys.path.insert(0, 'tests'); import test_heldout2_injector as t; "
        "import hashlib; fs = t.inject.faults(t._entries(), seed=13); "
        "print(hashlib.sha256(repr([(f.kind, f.variant, f.msgstr) for f in fs]).encode())"
        ".hexdigest())"
    )
    digests = {
        subprocess.run(
            [sys.executable, "-c", code],
            cwd=REPO,
            env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(REPO)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    }
    assert len(digests) == 1


def test_every_kind_capped_in_every_language_and_every_fault_changes_its_entry() -> None:
    found = inject.faults(_entries(), seed=13, per_kind=130)
    counts = Counter(f.kind for f in found)
    assert set(counts) == set(inject.KINDS)
    assert all(0 < n <= 130 for n in counts.values())
    assert all(f.msgstr != f.clean.msgstr and f.msgstr.strip() for f in found)
    assert len({(f.clean, f.variant) for f in found}) == len(found)  # distinct (entry, variant)
    for kind in inject.KINDS:
        assert {f.clean.lang for f in found if f.kind == kind} == set(inject.LANGS), kind
