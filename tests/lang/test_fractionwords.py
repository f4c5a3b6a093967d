"""Fractions said in words, read by value (workflow/lang/fractionwords.py)."""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from workflow.lang import fractionwords


@pytest.mark.parametrize(
    ("base", "text", "expected"),
    [
        ("en", "Nearly three quarters of the schools", {F(3, 4): 1}),
        ("en", "a third of the people; two-thirds majority", {F(1, 3): 1, F(2, 3): 1}),
        ("en", "Exports fell by a quarter, to $2.3 billion", {F(1, 4): 1}),
        ("en", "Half of them, one and a half million, half a million", {F(1, 2): 1}),
        ("fr", "les trois quarts des écoles ; un tiers des personnes", {F(3, 4): 1, F(1, 3): 1}),
        ("fr", "la moitié de la population ; un cinquième des voix", {F(1, 2): 1, F(1, 5): 1}),
        (
            "es",
            "tres cuartas partes; dos terceras partes; la mitad",
            {F(3, 4): 1, F(2, 3): 1, F(1, 2): 1},
        ),
        ("es", "un tercio de la población; la quinta parte", {F(1, 3): 1, F(1, 5): 1}),
        ("ru", "три четверти школ; более трети населения", {F(3, 4): 1, F(1, 3): 1}),
        ("ru", "две трети; половина; пятая часть мест", {F(2, 3): 1, F(1, 2): 1, F(1, 5): 1}),
        ("ar", "ثلاثة أرباع المدارس؛ ثلث السكان؛ ثلثا الدول", {F(3, 4): 1, F(1, 3): 1, F(2, 3): 1}),
        ("ar", "نصف السكان؛ وربع المحصول", {F(1, 2): 1, F(1, 4): 1}),
        (
            "zh",
            "近四分之三的学校；三分之一；一半；十分之一",
            {F(3, 4): 1, F(1, 3): 1, F(1, 2): 1, F(1, 10): 1},
        ),
    ],
)
def test_fractions_read_by_value(base: str, text: str, expected: dict[F, int]) -> None:
    assert dict(fractionwords.read(text, base)) == expected


@pytest.mark.parametrize(
    ("base", "text"),
    [
        ("en", "a third round of talks; the third session; the fourth report"),
        ("en", "in the first half of 2009; the second half of the year"),
        ("fr", "un cinquième mandat ; des pays tiers ; la seconde moitié de l’année"),
        ("fr", "un demi-million de personnes"),
        ("es", "un quinto informe; la primera mitad de 2024; medio millón"),
        ("ru", "свою третью сессию; во второй половине года; полмиллиона"),
        ("ar", "في النصف الأول من العام؛ نصف مليون شخص؛ أربعة"),
        ("zh", "百分之五十；千分之三；上半年"),
        ("de", "zwei Drittel"),  # no table: nothing read
    ],
)
def test_ordinals_periods_percentages_and_figures_are_no_fractions(base: str, text: str) -> None:
    assert not fractionwords.read(text, base)


def test_the_loose_reading_takes_a_singular_that_may_be_an_ordinal() -> None:
    text = "Half of them need aid, and a third are children."
    assert dict(fractionwords.read(text, "en")) == {F(1, 2): 1}
    assert dict(fractionwords.read(text, "en", loose=True)) == {F(1, 2): 1, F(1, 3): 1}


def test_a_fraction_in_emphasis_and_french_le_tiers() -> None:
    from fractions import Fraction

    from workflow.lang import fractionwords

    assert fractionwords.read("**over half** of global GDP", "en") == {Fraction(1, 2): 1}
    assert fractionwords.read("plus du tiers du PIB mondial", "fr") == {Fraction(1, 3): 1}
    assert fractionwords.read("le tiers des écoles", "fr") == {Fraction(1, 3): 1}
