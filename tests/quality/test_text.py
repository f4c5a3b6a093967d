"""Text helpers of the checks: a required wording found in a translation, inflection allowed."""

from __future__ import annotations

import pytest

from workflow.lang import languages
from workflow.quality import text

RU = languages.parse("ru")


@pytest.mark.parametrize(
    ("form", "found"),
    [
        ("Хан", "заявил посол Хан."),
        ("Хан", "по словам посла Хана,"),
        ("Хан", "с послом Ханом"),
        ("Масуд Хан", "Масуда Хана"),
        ("Генеральная Ассамблея", "резолюцию Генеральной Ассамблеи"),
        ("Генеральная Ассамблея", "Генеральную Ассамблею"),
        ("Организация Объединенных Наций", "Организацией Объединенных Наций"),
        ("Гутерриш", "Генеральный секретарь Антониу Гутерришем"),
        ("Украина", "на Украине"),
        ("Совет Безопасности", "в Совете Безопасности"),
        ("Ахсан Икбал", "Ахсана Икбала"),
    ],
)
def test_russian_forms_take_case_endings(form: str, found: str) -> None:
    assert text.find_form(form, found, RU, fold=True) == "exact"


@pytest.mark.parametrize(
    ("form", "wrong"),
    [
        ("Хан", "заявил посол Ханн."),  # a letter doubled: misspelt, not inflected
        ("Хан", "заявил посол Ханжов."),
        ("Гранди", "Грандиоз"),
        ("Масуд Хан", "Масуд Ханк"),
    ],
)
def test_a_russian_ending_that_is_no_case_ending_is_not_the_form(form: str, wrong: str) -> None:
    assert text.find_form(form, wrong, RU, fold=True) != "exact"


def test_other_cyrillic_languages_keep_any_ending() -> None:
    # Bulgarian articles ("Съветът") are no Russian case endings: not held to the Russian list
    bg = languages.parse("bg")
    assert text.find_form("Съвет за сигурност", "Съветът за сигурност", bg, fold=True) == "exact"


@pytest.mark.parametrize(
    "found",
    ["встреча с Ниной Ковач", "письмо Нине Ковач", "по словам Нины Ковач", "Нину Ковач"],
)
def test_a_four_letter_name_in_a_declines(found: str) -> None:
    assert text.find_form("Нина Ковач", found, RU, fold=False) == "exact"
    assert text.find_form("Нина Ковач", "встреча с Нинной Ковач", RU, fold=False) != "exact"


def test_chinese_name_dots_as_written() -> None:
    zh = languages.parse("zh")
    # the dot between a transcribed name's parts, whichever was typed
    for dot in "·•・‧":
        found = f"玛丽亚{dot}费尔南达说"
        assert text.find_form("玛丽亚·费尔南达", found, zh, fold=False) == "exact", dot
    assert text.find_form("玛丽亚·费尔南达", "玛丽亚费尔南多说", zh, fold=False) != "exact"


def test_russian_yo_may_be_written_e() -> None:
    assert text.find_form("Пётр Лёвкин", "встреча с Петром Левкиным", RU, fold=False) == "exact"
    assert text.find_form("Петр Левкин", "заявил Пётр Лёвкин", RU, fold=False) == "exact"
    assert text.find_form("Пётр Лёвкин", "встреча с Петром Лавкиным", RU, fold=False) != "exact"


def test_a_russian_name_that_does_not_decline_and_a_short_one_in_soft_sign() -> None:
    ru = languages.parse("ru")
    assert text.find_form("Гуанчжэ Чэнь", "заявил Гуанчжэ Чэнь.", ru, fold=False) == "exact"
    assert text.find_form("Чэнь", "по словам г-на Чэня", ru, fold=False) == "exact"
