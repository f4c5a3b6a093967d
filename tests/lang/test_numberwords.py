"""Figures in words, cardinal and ordinal, read by value."""

from __future__ import annotations

import pytest

from workflow.lang.numberwords import ORDINAL_FIRST, ORDINAL_SECOND, values


@pytest.mark.parametrize(
    ("base", "text", "expected"),
    [
        ("en", "the seventy-sixth session", (76,)),
        ("en", "four million people", (4_000_000,)),
        ("en", "two hundred and five", (205,)),
        ("en", "the first and second", (1, 2)),
        ("en", "the town's two millionth visitor", (2_000_000,)),
        ("fr", "le trois millionième visiteur", (3_000_000,)),
        ("fr", "le deuxième million de visiteurs", (2_000_000,)),
        ("fr", "la soixante-seizième session", (76,)),
        ("fr", "quatre-vingt-dix pays", (90,)),
        ("fr", "quatre millions", (4_000_000,)),
        ("es", "el septuagésimo sexto período", (76,)),
        ("es", "cuatro millones", (4_000_000,)),
        ("pt", "setenta e seis", (76,)),
        ("ru", "семьдесят шестой сессии", (76,)),
        ("ru", "в семидесяти странах", (70,)),
        ("ru", "четыре миллиона", (4_000_000,)),
        ("ru", "он трижды посетил город", (3,)),
        ("ru", "столетие со дня рождения", (100,)),
        ("ru", "пятнадцатилетний план", (15,)),
        ("ru", "прошлым летом", ()),
        ("fr", "le centenaire de sa naissance", (100,)),
        ("fr", "quatre-vingt-dix-neuf pour cent", (99, 100)),  # "cent" of pour cent: numbers
        ("fr", "dix-sept pays", (17,)),
        ("fr", "cent dix-huit délégations", (118,)),
        ("fr", "soixante-dix-sept", (77,)),
        ("es", "el cincuentenario del tratado", (50,)),
        ("fr", "un millier de familles", (1, 1000)),
        ("es", "un millar de familias", (1, 1000)),
        ("ar", "الذكرى السنوية السادسة والسبعين", (76,)),
        ("ar", "ست عشرة دولة", (16,)),
        ("ar", "التاسعة والسبعين", (79,)),
        ("zh", "七十六", ()),  # Chinese numerals: workflow.lang.numerals
    ],
)
def test_number_words(base: str, text: str, expected: tuple[int, ...]) -> None:
    assert values(text, base) == expected


def test_an_arabic_number_word_after_a_bare_preposition() -> None:
    # "لمائة ألف" (to a hundred thousand), "بخمسة" (with five): ل, ب, ك before the word
    assert values("قدمنا الدعم لمائة ألف أسرة", "ar") == (100_000,)
    assert values("بخمسة ملايين دولار", "ar") == (5_000_000,)
    # not before a two-letter word: لست is "I am not"
    assert values("لست وحدي في هذا", "ar") == ()


def test_an_arabic_dual_of_a_scale_word_with_its_clitics() -> None:
    # "ومليوني يورو" (and two million euros), "بمليوني دولار" (with two million dollars)
    assert values("ومليوني يورو", "ar") == (2_000_000,)
    assert values("بمليوني دولار", "ar") == (2_000_000,)
    assert values("وألفي شخص", "ar") == (2_000,)


def test_words_after_a_scale_word_add_to_its_amount() -> None:
    # "mille cinq cents", "mil quinientas", "two thousand five hundred": one figure
    assert values("Quelque mille cinq cents personnes", "fr") == (1500,)
    assert values("deux mille cinq cents", "fr") == (2500,)
    assert values("unas mil quinientas personas", "es") == (1500,)
    assert values("dos millones quinientos mil", "es") == (2500000,)
    assert values("two thousand five hundred", "en") == (2500,)
    # successive scale words still multiply; words apart are figures apart
    assert values("dos mil millones", "es") == (2000000000,)
    assert values("mille personnes et cinq cents enfants", "fr") == (1000, 500)
    assert values("cinq cents millions", "fr") == (500000000,)


@pytest.mark.parametrize(
    ("base", "text", "expected"),
    [
        # a count made one word with what it counts
        ("ru", "двухдневная конференция", (2,)),
        ("ru", "трехмесячный срок", (3,)),
        ("ru", "пятикратный рост", (5,)),
        ("ru", "трехсторонняя встреча", (3,)),
        # not a word that only looks like one
        ("ru", "посторонний человек", ()),
        ("ru", "ежемесячный доклад", ()),
        # a plan by its years
        ("ar", "الخطة العشرية", (10,)),
        ("ar", "الخطة الخمسية", (5,)),
    ],
)
def test_counts_made_one_word_with_what_they_count(
    base: str, text: str, expected: tuple[int, ...]
) -> None:
    assert tuple(values(text, base)) == expected


def test_a_centenarian_is_a_hundred() -> None:
    # "a 100-year-old woman" = "una mujer centenaria", "des centenaires"
    assert values("Votó una centenaria.", "es") == (100,)
    assert values("des centenaires", "fr") == (100,)


def test_the_arabic_construct_form_of_two_hundred() -> None:
    # "مائتا شخص" (200 people), the nominative construct of مائتان
    assert tuple(values("مائتا شخص", "ar")) == (200,)
    assert tuple(values("مئتا شخص", "ar")) == (200,)


def test_ordinals_one_and_two() -> None:
    assert ORDINAL_FIRST["es"].search("por primera vez")
    assert ORDINAL_SECOND["es"].search("por segunda vez")
    assert ORDINAL_SECOND["fr"].search("pour la deuxième fois")
    assert ORDINAL_SECOND["zh"].search("第二次会议")
    # the tens it begins, a month, carbon dioxide: no ordinal 2
    assert not ORDINAL_SECOND["zh"].search("第二十九届缔约方大会")
    assert not ORDINAL_SECOND["ar"].search("في كانون الثاني/يناير")
    assert not ORDINAL_SECOND["ar"].search("انبعاثات ثاني أكسيد الكربون")


def test_an_arabic_scale_word_after_digits_is_no_dual() -> None:
    """ "13 مليوناً" is 13 million (the singular with its tanween), not 2 million."""
    assert 2_000_000 not in values("تمثل 13 مليوناً، أي 62 في المائة", "ar")
    assert 2_000_000 in values("مليونا لاجئ", "ar")
