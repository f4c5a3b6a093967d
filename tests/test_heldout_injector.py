"""The held-out fault injector (benchmarks/heldout/inject.py): deterministic, one real fault each."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tests.heldout_sets import clean_entries, injector

REPO = Path(__file__).resolve().parent.parent
HELDOUT = REPO / "benchmarks" / "heldout"


inject = injector(HELDOUT)


def _entries() -> list:
    return clean_entries(inject, HELDOUT)


def test_same_seed_same_faults_and_another_seed_others() -> None:
    entries = _entries()
    first = inject.faults(entries, seed=13)
    again = inject.faults(list(entries), seed=13)
    assert first == again
    other = inject.faults(entries, seed=14)
    assert [f.msgstr for f in other] != [f.msgstr for f in first]


def test_every_kind_capped_and_every_fault_changes_its_entry() -> None:
    found = inject.faults(_entries(), seed=13, per_kind=130)
    counts = Counter(f.kind for f in found)
    assert set(counts) == set(inject.KINDS)
    assert all(0 < n <= 130 for n in counts.values())
    assert 1200 <= len(found) <= 1300
    assert all(f.msgstr != f.clean.msgstr and f.msgstr.strip() for f in found)
    for kind in inject.KINDS:  # every language has faults of every kind
        assert {f.clean.lang for f in found if f.kind == kind} == set(inject.LANGS), kind


def _variants(kind: str, lang: str, msgid: str, msgstr: str) -> dict[str, str]:
    e = inject.Clean(lang, msgid, msgstr)
    return {f.variant: f.msgstr for f in inject.candidates([e], seed=1) if f.kind == kind}


def test_thousands_separator_that_changes_the_value_in_the_locale() -> None:
    fr = _variants("number", "fr", "Some 287,000 houses.", "Quelque 287\u202f000 maisons.")
    assert fr["thousands separator reads as decimal"] == "Quelque 287,000 maisons."
    zh = _variants("number", "zh", "More than 1,100 people.", "1100多人。")
    assert zh["thousands separator reads as decimal"] == "1.100多人。"
    # a year is not a figure with a thousands separator
    assert "thousands separator reads as decimal" not in _variants(
        "number", "es", "In 2011.", "En 2011."
    )


def test_scale_word_and_currency() -> None:
    zh = _variants("number", "zh", "33 million people", "3300万民众")
    assert zh["scale word changed"] == "3300亿民众"
    fr = _variants("unit", "fr", "$160 million", "160 millions de dollars")
    assert fr["currency dropped"] == "160 millions"
    assert fr["currency changed ($ -> €)"] == "160 millions d’euros"
    ru = _variants("unit", "ru", "up 30 per cent", "на 30 процентов больше")
    assert ru["per cent -> per mille"] == "на 30 промилле больше"


def test_names_and_countries() -> None:
    ru = _variants(
        "name", "ru", "Minister Ahsan Iqbal said", "По оценке министра Ахсана Икбала, это так."
    )
    assert "Ахсана" not in ru["name misspelt"] or "Икбала" not in ru["name misspelt"]
    assert ru["name replaced by another person's"].startswith("По оценке министра ")
    fr = _variants("country", "fr", "the Afghan people in Afghanistan", "le peuple afghan")
    assert fr == {"wrong demonym": "le peuple iranien"}
    es = _variants("country", "es", "flee Ukraine", "huir de Ucrania")
    assert es["country added"] == "huir de Ucrania y la India"
    assert es["wrong country"] != es["country misspelt"] != "huir de Ucrania"


@pytest.mark.parametrize(
    ("lang", "msgstr", "expected"),
    [
        (
            "fr",
            "«\u00a0La paix est le seul moyen\u00a0», a-t-il dit.",
            "La paix est le seul moyen, a-t-il dit.",
        ),
        ("zh", "他说：“世界应当立即行动起来。”", "他说：世界应当立即行动起来。"),
    ],
)
def test_quote_marks_dropped(lang: str, msgstr: str, expected: str) -> None:
    got = _variants("quotation", lang, "“Peace is the only way,” he said.", msgstr)
    assert got == {"quote marks dropped": expected}


def test_last_clause_dropped_and_long_repetition() -> None:
    es = "Polonia ha recibido a más de 1,2 millones de refugiados, según el Alto Comisionado."
    got = _variants("clause", "es", "Poland has received refugees, he said.", es)
    assert got == {
        "last clause dropped": "Polonia ha recibido a más de 1,2 millones de refugiados."
    }
    long = " ".join(["mot"] * 30) + "."
    rep = _variants("repetition", "fr", "word " * 30, long)
    assert rep["sentence repeated (long)"] == long + " " + long
