"""Currencies and per cent / per mille read as kinds."""

from __future__ import annotations

import pytest

from workflow.lang import languages
from workflow.lang.units import kinds, may_have


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        ("en", "$2.4 billion, 15% of the budget", {"dollar", "percent"}),
        ("en", "12 per cent", {"percent"}),
        ("fr", "2,4 milliards de dollars, soit 15 %", {"dollar", "percent"}),
        ("es", "1.500 millones de dólares", {"dollar"}),
        ("pt", "4 milhões de euros", {"euro"}),
        ("ru", "1,5 млрд долларов, или 12 процентов", {"dollar", "percent"}),
        ("ar", "1.5 مليار دولار، أي 12 في المائة", {"dollar", "percent"}),
        ("ur", "1.5 ارب ڈالر، 12 فیصد", {"dollar", "percent"}),
        ("zh", "15亿美元，占12%", {"dollar", "percent"}),
        ("zh", "百分之十二", {"percent"}),
        ("fr", "3 ‰", {"permille"}),
        ("en", "Rs 500 and 20 pounds sterling", {"rupee", "pound"}),
        ("ru", "процентные ставки выросли на 2", set()),  # "interest" is no per cent
        # ... nor is "проценты" away from an amount: interest paid on a debt
        ("ru", "выплатили 921 млрд долл. США в виде процентов", {"dollar"}),
        ("ru", "тратят на выплату процентов по долгу 3,4 млрд", set()),
        (
            "ru",
            "921 млрд долл. США в виде процентов, что на 10 процентов больше",
            {"dollar", "percent"},
        ),
        ("ru", "рост на 3–5 процентов", {"percent"}),
        ("ru", "около двадцати процентов из 5 млн", {"percent"}),
        ("ru", "три с половиной процента", {"percent"}),
        ("ru", "на полтора процента", {"percent"}),
        ("ar", "نحو 20 لتراً من المياه", {"litre"}),
        ("ar", "أدرج 26 موقعاً جديداً للتراث العالمي", set()),  # "for the heritage"
        ("ar", "بزيادة قدرها 3.5 أجزاء في المليون", {"ppm"}),  # the plural
        ("zh", "此后已上升了46 ppm以上", {"ppm"}),
        ("ru", "обладают лишь 64 процентами тех прав", {"percent"}),
        # an amount without a figure: "a few kilometres"
        ("en", "fighting a few kilometres from Goma", {"km"}),
        ("fr", "à quelques milles de Goma", {"mile"}),
        ("es", "a pocos kilómetros de Goma", {"km"}),
        ("ru", "в нескольких километрах от Гомы", {"km"}),
        ("ar", "على بعد بضعة كيلومترات من غوما", {"km"}),
        ("zh", "距戈马几公里的地方", {"km"}),
    ],
)
def test_kinds(code: str, text: str, expected: set[str]) -> None:
    assert set(kinds(text, languages.parse(code))) == expected


def test_only_texts_with_a_figure_or_a_sign_are_read() -> None:
    assert not may_have("the dollar and the euro")
    assert may_have("4 million") and may_have("€") and may_have("١٢")


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        # a currency word counts after an amount: a figure, a scale word, a number word
        ("en", "tens of millions of dollars", {"dollar"}),
        ("en", "the largest in dollar terms", set()),
        ("fr", "160 millions de dollars", {"dollar"}),
        ("fr", "la valeur du dollar a baissé", set()),
        ("es", "decenas de millones de dólares", {"dollar"}),
        ("ar", "بعشرات الملايين من الدولارات", {"dollar"}),
        ("ar", "1,2 بليون دولار", {"dollar"}),
        ("ar", "ملياري دولار", {"dollar"}),  # a dual
        ("ru", "Два с половиной миллиарда долларов", {"dollar"}),
        ("ru", "курс доллара", set()),
        ("zh", "该方案耗资**24亿**美元", {"dollar"}),
        ("zh", "美元汇率", set()),
        ("en", "five dollars", {"dollar"}),
        ("en", "US$ 5", {"dollar"}),  # a sign counts anywhere
    ],
)
def test_currency_words_after_an_amount(code: str, text: str, expected: set[str]) -> None:
    assert set(kinds(text, languages.parse(code))) == expected


@pytest.mark.parametrize(
    ("code", "text"),
    [("en", "5 million US dollars"), ("ru", "5 млн американских долларов"), ("en", "$5 million")],
)
def test_a_qualified_currency_after_an_amount(code: str, text: str) -> None:
    assert set(kinds(text, languages.parse(code))) == {"dollar"}


def test_the_sign_pattern_starts_only_where_a_sign_can() -> None:
    """`_ANY_SIGN`'s lookahead (the characters a sign or code can start with) leaves out no
    match of the signs' alternatives: each character that may be one, before the rest of every
    sign and code, matches with the lookahead exactly where it matches without."""
    import re

    from workflow.lang import units

    plain = re.compile("|".join(f"(?:{p})" for p in units._SIGNS.values()), re.IGNORECASE)
    tails = ["SD", "S$", "AD", "UD", "UR", "BP", "s5", "s 5", "s.5", "KR", "NR", "UB", "NY"]
    tails += ["MB", "PY", "HF", "pm", "pb", "", " F", "F", "C", "رجتين", "رجتان مئويتين"]
    # every sign, letter and case equivalent (K, ſ) is below U+2200, but the fullwidth ％
    for code in [*range(0x2200), *range(0xFF00, 0x10000)]:
        for tail in tails:
            text = chr(code) + tail
            assert (plain.match(text) is None) == (units._ANY_SIGN.match(text) is None), text


def test_a_measure_written_against_its_figure() -> None:
    # "5km", "50kg", "10mm": the unit is read as with a space, so "5 kilomètres" matches it
    en, fr = languages.parse("en"), languages.parse("fr")
    assert kinds("The school is 5km from the camp.", en) == {"km": "km"}
    assert kinds("50kg of food and 10mm of rain", en) == {"kg": "kg", "mm": "mm"}
    assert kinds("L’école se trouve à cinq kilomètres du camp.", fr) == {"km": "kilomètres"}
    # inside a word it is none ("Bankmm", "Okm"), nor is a metre's bare "m" after a figure
    assert kinds("Bankmm 5 and Okm 3", en) == {}
    assert kinds("$2m", en) == {"dollar": "$"}


def test_a_half_in_words_between_two_units_is_another_amount() -> None:
    from workflow.lang.units import counts

    en = languages.parse("en")
    text = "by three and a half per cent, and by one and a half per cent in services"
    assert counts(text, en, ranges=False) == {"percent": 2}
    # the same unit named again with no amount between is the same amount's
    ar = languages.parse("ar")
    assert counts("100 مليون دولار من دولارات الولايات المتحدة", ar, ranges=False) == {"dollar": 1}


def test_a_single_square_kilometre_is_an_amount() -> None:
    from workflow.lang import languages, units

    text = "A single square kilometre of swarm can contain up to 80 million adult locusts."
    assert [k for k, _, _ in units.occurrences(text, languages.parse("en"))] == ["km"]


def test_one_measure_said_with_single_in_each_language() -> None:
    from workflow.lang import languages, units

    for code, text in (
        ("fr", "Un seul kilomètre carré d’essaim peut compter jusqu’à 80 millions de criquets."),
        ("es", "Un solo kilómetro cuadrado de enjambre puede contener hasta 80 millones."),
        ("ar", "ويمكن أن يضم كيلومتر مربع واحد من السرب ما يصل إلى 80 مليون جرادة."),
    ):
        assert [k for k, _, _ in units.occurrences(text, languages.parse(code))] == ["km"], code
    # a kilometre with no amount stays none
    assert (
        units.occurrences("à un kilomètre de la frontière, 80 millions", languages.parse("fr"))
        == ()
    )
