"""workflow.lang.languages: the one Language type (validation, normalisation, Babel data)."""

from __future__ import annotations

import datetime

import pytest
from babel import Locale

from workflow.errors import LanguageError
from workflow.lang import languages, scripts


@pytest.mark.parametrize(
    ("code", "posix", "base", "script", "region"),
    [("fr", "fr", "fr", "Latn", None), ("pt-BR", "pt_BR", "pt", "Latn", "BR"),
     ("PT_br", "pt_BR", "pt", "Latn", "BR"), ("zh", "zh", "zh", "Hans", None),
     ("zh-Hans-CN", "zh_Hans_CN", "zh", "Hans", "CN"), ("zh-TW", "zh_TW", "zh", "Hant", "TW"),
     ("ur", "ur", "ur", "Arab", None), ("ru-Latn", "ru_Latn", "ru", "Latn", None),
     ("es-419", "es_419", "es", "Latn", "419")],
)  # fmt: skip
def test_parse_normalises(
    code: str, posix: str, base: str, script: str, region: str | None
) -> None:
    language = languages.parse(code)
    assert language.code == posix
    assert language.tag == posix.replace("_", "-")
    assert language.base == base
    assert language.script == script  # an explicit script subtag wins over CLDR's default
    assert language.region == region


@pytest.mark.parametrize(
    "code", ["", "../etc", "e", "fr-", "en US", "xx", "und", "mul", "zxx", "qaa"]
)
def test_parse_refuses(code: str) -> None:
    with pytest.raises(LanguageError):
        languages.parse(code)


@pytest.mark.parametrize("lang", sorted(scripts.TYPESETTING))
def test_direction_agrees_with_babel(lang: str) -> None:
    assert languages.parse(lang).direction == Locale.parse(lang).text_direction


def test_spaced() -> None:
    assert languages.parse("fr").spaced
    assert not languages.parse("zh").spaced


def test_typesetting_is_looked_up_by_base_language() -> None:
    assert languages.parse("pt-BR").typesetting is languages.parse("pt").typesetting
    assert languages.parse("ur").typesetting.script is scripts.ARAB_NASTALIQ
    with pytest.raises(LanguageError, match="no typesetting rules"):
        _ = languages.parse("sw").typesetting


def test_language_name_is_the_base_language_in_a_locale() -> None:
    en, fr, zh = (languages.parse(c) for c in ("en", "fr", "zh-Hans"))
    assert languages.language_name(languages.parse("pt-BR")) == "Portuguese"
    assert languages.language_name(zh) == "Chinese"
    assert languages.language_name(en, in_language=fr) == "anglais"
    assert languages.language_name(en, in_language=zh) == "英语"


def test_long_date() -> None:
    date = datetime.date(2024, 6, 20)
    assert languages.long_date(date, languages.parse("fr")) == "20 juin 2024"
    assert languages.long_date(date, languages.parse("zh-Hans")) == "2024年6月20日"


def test_same_language_is_one_spelled_with_its_implied_script() -> None:
    same = languages.same_language
    parse = languages.parse
    assert same(parse("zh"), parse("zh-Hans")) and same(parse("sr"), parse("sr-Cyrl"))
    assert not same(parse("zh-Hans"), parse("zh-Hant"))
    assert not same(parse("pt"), parse("pt-BR")) and not same(parse("zh"), parse("zh-CN"))
