"""workflow.lang.scripts: per-language script, fonts and typographic rules (via Language)."""

from __future__ import annotations

import pyphen
import pytest

from tests.conftest import REPO
from workflow.errors import LanguageError
from workflow.lang import languages, scripts

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


def rules(tag: str) -> scripts.Typesetting:
    return languages.parse(tag).typesetting


@pytest.mark.parametrize(("lang", "script", "direction", "body", "heading", "package"), TABLE)
def test_language_table(
    lang: str, script: str, direction: str, body: str, heading: str, package: str
) -> None:
    language = languages.parse(lang)
    typesetting = language.typesetting
    assert language.script == typesetting.script.code == script
    assert language.direction == direction
    assert typesetting.script.body.family == body
    assert typesetting.script.heading.family == heading
    assert typesetting.script.body.package == package
    assert typesetting.body_fonts[0].family == body
    assert typesetting.heading_fonts[0].family == heading


def test_table_covers_every_language() -> None:
    assert sorted(scripts.TYPESETTING) == sorted(row[0] for row in TABLE)


@pytest.mark.parametrize("lang", sorted(scripts.TYPESETTING))
def test_hyphenation_flag_matches_pyphen_dictionaries(lang: str) -> None:
    # WeasyPrint hyphenates through pyphen; claim hyphenation only where it has a dictionary.
    assert rules(lang).hyphenation == (lang in pyphen.LANGUAGES)


def test_no_letter_spacing_for_joining_and_headstroke_scripts() -> None:
    for lang in ("ar", "ur", "hi"):
        assert rules(lang).script.letter_spacing is False
    assert rules("en").script.letter_spacing is True


def test_nastaliq_needs_tall_lines_and_larger_size() -> None:
    nastaliq = rules("ur").script
    latin = rules("en").script
    assert nastaliq.line_height >= 2.2
    assert nastaliq.size_scale > 1.0
    assert nastaliq.line_height > rules("ar").script.line_height > latin.line_height


def test_arabic_script_is_not_justified() -> None:
    # WeasyPrint 70 swaps Latin words on justified RTL lines (seen in rendered PDFs).
    assert not rules("ar").script.justify
    assert not rules("ur").script.justify
    assert rules("fr").script.justify


@pytest.mark.parametrize(
    ("tag", "base"),
    [("fr", "fr"), ("pt-BR", "pt"), ("PT-br", "pt"), ("zh-Hans", "zh"), ("zh-Hans-CN", "zh"),
     ("zh-CN", "zh"), ("ur-PK", "ur"), ("ar-Arab", "ar"), ("en_US", "en"), ("sr", None),
     ("zh-Hant", None), ("zh-TW", None), ("zh-HK", None), ("ru-Latn", None), ("", None),
     ("../etc", None), ("e", None), ("fr-", None)],
)  # fmt: skip
def test_language_tags(tag: str, base: str | None) -> None:
    if base is None:
        with pytest.raises(LanguageError):
            rules(tag)
    else:
        language = languages.parse(tag)
        assert language.base == base
        assert language.typesetting is scripts.TYPESETTING[base]


def test_unknown_language_error_says_what_to_do() -> None:
    with pytest.raises(LanguageError) as info:
        rules("sw")
    assert info.value.lang == "sw"
    assert info.value.hint is not None and "labels.json" in info.value.hint


@pytest.mark.parametrize("tag", ["zh-Hant", "zh-TW", "zh-Hant-TW", "zh-MO"])
def test_traditional_chinese_is_refused_by_name(tag: str) -> None:
    with pytest.raises(LanguageError, match="Traditional Chinese") as info:
        rules(tag)
    assert info.value.hint == "use zh or zh-Hans"


def test_other_script_is_refused() -> None:
    with pytest.raises(LanguageError, match="script Latn is not supported for 'ru'"):
        rules("ru-Latn")


def test_stacks_name_the_script_font_first_and_latin_next() -> None:
    assert [f.family for f in rules("ur").body_fonts][:2] == ["Noto Nastaliq Urdu", "Noto Serif"]
    assert rules("ar").latin_fonts[0].family == "Noto Serif"
    assert rules("en").rtl_fonts[0].family == "Noto Naskh Arabic"
    families = [f.family for f in rules("zh").all_fonts]
    assert len(families) == len(set(families))
    # zh must never fall to the Japanese face: only the SC families are named.
    assert not any("JP" in f for f in families)


def test_required_fonts_come_from_debian_noto_packages() -> None:
    for typesetting in scripts.TYPESETTING.values():
        for font in typesetting.required_fonts:
            assert font.package in {"fonts-noto-core", "fonts-noto-cjk", "fonts-noto-mono"}
    assert {f.family for f in rules("zh").required_fonts} >= {
        "Noto Serif CJK SC",
        "Noto Sans CJK SC",
        "Noto Sans Mono",
    }


def test_code_is_set_in_a_noto_monospace_face_per_script() -> None:
    assert [f.family for f in rules("en").code_fonts][:2] == ["Noto Sans Mono", "Noto Sans"]
    assert [f.family for f in rules("zh").code_fonts][:2] == [
        "Noto Sans Mono",
        "Noto Sans Mono CJK SC",
    ]
    assert rules("ar").code_fonts[0].family == "Noto Sans Mono"
    install = (REPO / "scripts" / "install-system-deps.sh").read_text(encoding="utf-8")
    assert scripts.MONO.package in install.split('PKGS="', 1)[1].split('"', 1)[0].split()


def test_css_font_family_quotes_and_has_no_generic_fallback() -> None:
    css = scripts.css_font_family(rules("ar").body_fonts)
    assert css.startswith('"Noto Naskh Arabic", "Noto Serif"')
    assert "serif," not in css and not css.endswith("serif")
