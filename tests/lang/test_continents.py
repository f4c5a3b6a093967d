"""Continents in text, per language (workflow/lang/continents.py)."""

from __future__ import annotations

import pytest

from workflow.lang import continents, languages


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        ("en", "The European region reported cases; the Asia-Pacific", {"EU", "AS"}),
        ("fr", "la région africaine et l’Europe", {"AF", "EU"}),
        ("es", "la región europea y América Latina", {"EU", "AM"}),
        ("ru", "в Африканском регионе и в Азии", {"AF", "AS"}),
        ("ar", "المنطقة الأوروبية وآسيا", {"EU", "AS"}),
        ("zh", "非洲区域和东南亚", {"AF", "AS"}),
        # a country holding a continent's word names none
        ("en", "South Africa, the Central African Republic and American aid", set()),
        ("fr", "l’Afrique du Sud et la République centrafricaine", set()),
        ("ru", "Соединенные Штаты Америки и Южная Африка", set()),
        ("zh", "南非", set()),
    ],
)
def test_named(code: str, text: str, expected: set[str]) -> None:
    assert continents.named(text, languages.parse(code)) == expected


def test_a_language_without_a_table_names_none() -> None:
    assert not continents.known(languages.parse("de"))
    assert continents.named("Afrika und Europa", languages.parse("de")) == frozenset()
