"""workflow.source.dates: the date a press officer meant, from what was written."""

from __future__ import annotations

import datetime as dt

import pytest

from workflow.lang import languages
from workflow.source import dates

EN = languages.month_names(languages.parse("en"))


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("24/03/2024", [(2024, 3, 24)]),
        ("24-03-2024", [(2024, 3, 24)]),
        ("24.03.2024", [(2024, 3, 24)]),
        ("03.04.2024", [(2024, 4, 3)]),  # dots: day first, as everywhere they are used
        ("03/04/2024", [(2024, 4, 3), (2024, 3, 4)]),  # slashes: both readings
        ("04/04/2024", [(2024, 4, 4)]),
        ("12/31/2024", [(2024, 12, 31)]),  # only the United States reading exists
        ("2024/03/24", [(2024, 3, 24)]),
        ("20240324", [(2024, 3, 24)]),
        ("2024-03-24T10:00", [(2024, 3, 24)]),
        ("March 24, 2024", [(2024, 3, 24)]),
        ("Mar. 24 2024", [(2024, 3, 24)]),
        ("24th of March, 2024", [(2024, 3, 24)]),
        ("32/03/2024", []),
        ("March 2024", []),
        ("24/03/24", []),  # the year is not sure
        ("soon", []),
    ],
)
def test_readings(written: str, meant: list[tuple[int, int, int]]) -> None:
    assert dates.readings(written, EN) == [dt.date(*d) for d in meant]


def test_month_names_of_the_release_language() -> None:
    fr = languages.month_names(languages.parse("fr"))
    assert dates.readings("1er mars 2024", fr) == [dt.date(2024, 3, 1)]
    assert dates.readings("1er mars 2024", EN) == []


def test_spoken_and_why_invalid() -> None:
    assert dates.spoken(dt.date(2024, 3, 4)) == "4 March 2024"
    assert dates.why_invalid("2023-02-29") == "February 2023 has 28 days"
    assert dates.why_invalid("2024-04-31") == "April 2024 has 30 days"
    assert dates.why_invalid("2024-04-30") is None
