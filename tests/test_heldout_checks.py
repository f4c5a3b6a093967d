"""benchmarks/heldout_checks.py: each faulty entry is checked in its catalog, as `workflow check`
checks a translator's catalog with one fault in it."""

from __future__ import annotations

import sys
from pathlib import Path

from workflow.catalogs import glossary
from workflow.quality.registry import EntryView

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import heldout_checks as hc

REF = "releases/x.md:12"
FIRST = "“We cannot afford to step backward."
SECOND = "The progress we have made is real,” Mr. Cho said."
OFFICE = glossary.parse(
    "term,kind,zh\nCho Tae-yul,name,赵兑烈\nCho,name,赵兑烈\nQu Dongyu,name,屈冬玉\n"
)


def _run(bad: str, *, alone: bool) -> set[hc.Key]:
    """What the checks report for one fault: the speaker moved into the first sentence by the
    Chinese translation, and replaced there by `bad`."""
    views = {
        "zh": [
            EntryView(
                FIRST,
                "赵兑烈先生说：“我们承受不起倒退的代价。",
                reference=REF,
                catalog="x.po",
                line=10,
            ),
            EntryView(
                SECOND, "我们取得的进展是实实在在的。”", reference=REF, catalog="x.po", line=14
            ),
        ]
    }
    clean = hc.inject.Clean("zh", FIRST, views["zh"][0].msgstr, "x.po", 10)
    fault = hc.inject.Fault("name", "replaced by another person", clean, bad)
    our_clean, found = hc.ours(views, [fault], OFFICE, alone=alone)
    # the clean catalog has no error (a warning where the name moved)
    assert not any(sev == "error" for keys in our_clean.values() for _, sev, _ in keys)
    return found[0]


def test_a_fault_seen_over_its_paragraph_counts_in_its_catalog_only() -> None:
    bad = "屈冬玉先生说：“我们承受不起倒退的代价。"
    # alone, the sentence names someone its own source does not: nothing to ask of it
    assert not any(sev == "error" for _, sev, _ in _run(bad, alone=True))
    # in its catalog, the paragraph's sources name Mr. Cho, not Qu Dongyu: an error
    found = _run(bad, alone=False)
    assert any(check == "names" and sev == "error" for check, sev, _ in found)
