"""workflow.lang.scripts: per-language script, direction, fonts and typographic rules."""

from __future__ import annotations

import pyphen
import pytest
from babel import Locale

from workflow.errors import LanguageError
from workflow.lang import scripts

# lang, script, direction, body family, heading family, Debian package of the body font
TABLE = [
    ("en", "Latn", "ltr", "Noto Serif", "Noto Sans", "fonts-noto-core"),
    ("fr", "Latn", "ltr", "Noto Serif", "Noto Sans", "fonts-noto-core"),
    ("es", "Latn", "ltr", "Noto Serif", "Noto Sans", "fonts-noto-core"),
    ("pt", "Latn", "ltr", "Noto Serif", "Noto Sans", "fonts-noto-core"),
    ("de", "Latn", "ltr", "Noto Serif", "Noto Sans", "fonts-noto-core"),
    ("ru", "Cyrl", "ltr", "Noto Serif", "Noto Sans", "fonts-noto-core"),
    ("ar", "Arab", "rtl", "Noto Naskh Arabic", "Noto Naskh Arabic", "fonts-noto-core"),
    ("ur", "Arab", "rtl", "Noto Nastaliq Urdu", "Noto Nastaliq Urdu", "fonts-noto-core"),
    ("zh", "Hans", "ltr", "Noto Serif CJK SC", "Noto Sans CJK SC", "fonts-noto-cjk"),
    ("hi", "Deva", "ltr", "Noto Serif Devanagari", "Noto Sans Devanagari", "fonts-noto-core"),
]


@pytest.mark.parametrize(("lang", "script", "direction", "body", "heading", "package"), TABLE)
def test_language_table(
    lang: str, script: str, direction: str, body: str, heading: str, package: str
) -> None:
    language = scripts.language(lang)
    assert language.script.code == script
    assert language.direction == direction == scripts.direction(lang)
    assert language.script.body.family == body
    assert language.script.heading.family == heading
    assert language.script.body.package == package
    assert scripts.body_fonts(lang)[0].family == body
    assert scripts.heading_fonts(lang)[0].family == heading


def test_table_covers_every_language() -> None:
    assert sorted(scripts.LANGUAGES) == sorted(row[0] for row in TABLE)


@pytest.mark.parametrize("lang", sorted(scripts.LANGUAGES))
def test_direction_agrees_with_babel(lang: str) -> None:
    babel_dir = Locale.parse(lang).text_direction
    assert scripts.direction(lang) == babel_dir


@pytest.mark.parametrize("lang", sorted(scripts.LANGUAGES))
def test_hyphenation_flag_matches_pyphen_dictionaries(lang: str) -> None:
    # WeasyPrint hyphenates through pyphen; claim hyphenation only where it has a dictionary.
    assert scripts.language(lang).hyphenation == (lang in pyphen.LANGUAGES)


def test_no_letter_spacing_for_joining_and_headstroke_scripts() -> None:
    for lang in ("ar", "ur", "hi"):
        assert scripts.language(lang).script.letter_spacing is False
    assert scripts.language("en").script.letter_spacing is True


def test_nastaliq_needs_tall_lines_and_larger_size() -> None:
    nastaliq = scripts.language("ur").script
    latin = scripts.language("en").script
    assert nastaliq.line_height >= 2.2
    assert nastaliq.size_scale > 1.0
    assert nastaliq.line_height > scripts.language("ar").script.line_height > latin.line_height


def test_arabic_script_is_not_justified() -> None:
    # WeasyPrint 70 swaps Latin words on justified RTL lines (seen in rendered PDFs).
    assert not scripts.language("ar").script.justify
    assert not scripts.language("ur").script.justify
    assert scripts.language("fr").script.justify


@pytest.mark.parametrize(
    ("tag", "base"),
    [("fr", "fr"), ("pt-BR", "pt"), ("PT-br", "pt"), ("zh-Hans", "zh"), ("zh-Hans-CN", "zh"),
     ("zh-CN", "zh"), ("ur-PK", "ur"), ("ar-Arab", "ar"), ("sr", None), ("zh-Hant", None),
     ("zh-TW", None), ("ru-Latn", None), ("", None), ("../etc", None), ("en_US", None),
     ("e", None), ("fr-", None)],
)  # fmt: skip
def test_language_tags(tag: str, base: str | None) -> None:
    if base is None:
        with pytest.raises(LanguageError):
            scripts.language(tag)
    else:
        assert scripts.base_language(tag) == base


def test_unknown_language_error_says_what_to_do() -> None:
    with pytest.raises(LanguageError) as info:
        scripts.language("sw")
    assert info.value.lang == "sw"
    assert info.value.hint is not None and "labels.json" in info.value.hint


def test_stacks_name_the_script_font_first_and_latin_next() -> None:
    assert [f.family for f in scripts.body_fonts("ur")][:2] == ["Noto Nastaliq Urdu", "Noto Serif"]
    assert scripts.latin_fonts("ar")[0].family == "Noto Serif"
    assert scripts.rtl_fonts("en")[0].family == "Noto Naskh Arabic"
    families = [f.family for f in scripts.all_fonts("zh")]
    assert len(families) == len(set(families))
    # zh must never fall to the Japanese face: only the SC families are named.
    assert not any("JP" in f for f in families)


def test_required_fonts_come_from_debian_noto_packages() -> None:
    for lang in scripts.LANGUAGES:
        for font in scripts.required_fonts(lang):
            assert font.package in {"fonts-noto-core", "fonts-noto-cjk"}
    assert {f.family for f in scripts.required_fonts("zh")} >= {
        "Noto Serif CJK SC",
        "Noto Sans CJK SC",
    }


def test_css_font_family_quotes_and_has_no_generic_fallback() -> None:
    css = scripts.css_font_family(scripts.body_fonts("ar"))
    assert css.startswith('"Noto Naskh Arabic", "Noto Serif"')
    assert "serif," not in css and not css.endswith("serif")
