"""The one language type: validation, normalisation, plural forms, locale data, typesetting.

The only Babel core user. How a language is typeset (fonts, line height, hyphenation) is data
in `workflow.lang.scripts`, reached through `Language.typesetting`.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Literal

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.messages.plurals import get_plural
from babel.numbers import get_decimal_symbol, get_group_symbol

from workflow.errors import LanguageError, one_line
from workflow.lang import scripts

Direction = Literal["ltr", "rtl"]

# BCP 47 subset we accept: language, optional script, optional region. Also the POSIX form
# (pt_BR) that gettext folders use. Anything else (paths, dots, spaces) is refused early.
_CODE = re.compile(r"^([a-zA-Z]{2,3})(?:[-_]([A-Za-z]{4}))?(?:[-_]([A-Za-z]{2}|[0-9]{3}))?$")

# The Plural-Forms that GNU gettext's msginit and Poedit write; Babel's CLDR-derived ones differ
# (e.g. French has a third "million" form there) and would surprise translators.
_GETTEXT_PLURALS = {
    "ar": "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 "
    ": n%100>=11 ? 4 : 5);",
    "de": "nplurals=2; plural=(n != 1);",
    "en": "nplurals=2; plural=(n != 1);",
    "es": "nplurals=2; plural=(n != 1);",
    "fr": "nplurals=2; plural=(n > 1);",
    "hi": "nplurals=2; plural=(n != 1);",
    "it": "nplurals=2; plural=(n != 1);",
    "ja": "nplurals=1; plural=0;",
    "ko": "nplurals=1; plural=0;",
    "pt": "nplurals=2; plural=(n != 1);",
    "pt_BR": "nplurals=2; plural=(n > 1);",
    "ru": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
    "(n%100<10 || n%100>=20) ? 1 : 2);",
    "uk": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
    "(n%100<10 || n%100>=20) ? 1 : 2);",
    "ur": "nplurals=2; plural=(n != 1);",
    "zh": "nplurals=1; plural=0;",
}


@dataclass(frozen=True)
class Language:
    """A validated language. `code` is the POSIX form used in folders and headers (pt_BR)."""

    code: str
    base: str  # primary subtag, lower case: "pt" for pt_BR
    script: str  # ISO 15924, explicit or CLDR's likely one: "Latn", "Hans", "Hant" for zh_TW
    direction: Direction  # from CLDR
    english_name: str  # "Portuguese (Brazil)"

    @property
    def tag(self) -> str:
        """BCP 47 form (pt-BR, zh-Hans) for HTML lang attributes."""
        return self.code.replace("_", "-")

    @property
    def spaced(self) -> bool:
        """True if sentences are separated by a space in this language."""
        return self.script not in scripts.UNSPACED_SCRIPTS

    @property
    def region(self) -> str | None:
        """The region subtag, if any: "BR" for pt_BR, None for pt and zh_Hans."""
        return next((part for part in self.code.split("_")[1:] if len(part) != 4), None)

    @property
    def typesetting(self) -> scripts.Typesetting:
        """How we typeset this language (script fonts, line height, hyphenation).

        Raises LanguageError if we do not typeset it (or not in this script).
        """
        return scripts.typesetting(self)


_NOT_LANGUAGES = frozenset({"und", "mul", "zxx", "mis", "root"})  # BCP 47 special codes


@lru_cache(maxsize=256)
def parse(code: str, *, source: str | None = None, line: int | None = None) -> Language:
    """Validate a language code (BCP 47 or POSIX form); raise LanguageError naming the input."""
    m = _CODE.match(code.strip()) if isinstance(code, str) else None
    if not m:
        raise LanguageError(
            f"invalid language code {one_line(repr(code), 60)}",
            file=source,
            line=line,
            hint="use a BCP 47 code such as fr, pt-BR or zh-Hans",
        )
    lang, script, region = m.group(1).lower(), m.group(2), m.group(3)
    if lang in _NOT_LANGUAGES or "qaa" <= lang <= "qtz":
        raise LanguageError(
            f"{code!r} names no language to translate into (undetermined, multiple, "
            "no linguistic content or private use)",
            file=source,
            line=line,
            hint="use a BCP 47 code such as fr, pt-BR or zh-Hans",
        )
    parts = [lang]
    if script:
        parts.append(script.title())
    if region:
        parts.append(region.upper())
    posix = "_".join(parts)
    try:
        locale = Locale.parse(posix)
    except (UnknownLocaleError, ValueError):
        raise LanguageError(
            f"unknown language code {code!r}",
            file=source,
            line=line,
            hint="use a BCP 47 code that CLDR knows, such as fr, pt-BR or zh-Hans",
        ) from None
    # An explicit script subtag wins: Babel drops the ones CLDR has no locale for (ru_Latn).
    script_code = (
        (script and script.title()) or locale.script or scripts.DEFAULT_SCRIPT.get(lang, "Latn")
    )
    return Language(
        code=posix,
        base=lang,
        script=script_code,
        direction="rtl" if locale.text_direction == "rtl" else "ltr",
        english_name=locale.get_display_name("en") or posix,
    )


def same_language(a: Language, b: Language) -> bool:
    """Whether two codes name one language: the same base, script and region, one spelled
    with a script subtag the other implies (zh and zh-Hans, sr and sr-Cyrl, pt and pt-Latn).
    zh-Hans and zh-Hant, or pt and pt-BR, are two."""
    return a.base == b.base and a.script == b.script and a.region == b.region


@lru_cache(maxsize=64)
def parse_list(value: str | None, *, source: str = "--lang") -> list[Language]:
    """Comma-separated codes (the command line's --lang option); errors name the option."""
    if not value:
        return []
    return [parse(code, source=source) for code in value.split(",") if code.strip()]


@lru_cache(maxsize=64)
def territory_names(language: Language) -> Mapping[str, str]:
    """CLDR names of countries and territories in the language, by ISO 3166 alpha-2 code
    (cached: a problem's message names its country, and Babel's lookup takes milliseconds).

    Groupings and pseudo-regions (EU, EZ, UN, QO, XA, XB, ZZ and the numeric UN M.49 regions)
    are left out: they are not countries.
    """
    names = Locale.parse(language.code).territories
    return MappingProxyType(
        {
            code: name
            for code, name in names.items()
            if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
        }
    )


_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})


@lru_cache(maxsize=64)
def month_names(language: Language) -> Mapping[str, int]:
    """Month names of the language (wide and abbreviated, format and stand-alone, lower case,
    final dot dropped) -> month number 1..12."""
    locale = Locale.parse(language.code)
    found: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in locale.months[context][width].items():
                key = str(name).lower().rstrip(".")
                if key and not key.isdigit():
                    found.setdefault(key, int(number))
    return MappingProxyType(found)


def plural_forms(language: Language) -> str:
    """The Plural-Forms header value for a language."""
    for key in (
        language.code,
        f"{language.base}_{language.code.rsplit('_', 1)[-1]}",
        language.base,
    ):
        if key in _GETTEXT_PLURALS:
            return _GETTEXT_PLURALS[key]
    return str(get_plural(language.code).plural_forms)


def notation(language: Language) -> tuple[str, str]:
    """(group separator, decimal separator) of the language's numbers, from CLDR."""
    return get_group_symbol(language.code), get_decimal_symbol(language.code)


def language_name(language: Language, *, in_language: Language | None = None) -> str:
    """The name of `language`'s base language, in `in_language` (default English): "French",
    "anglais", "英语"."""
    locale = Locale.parse(in_language.code) if in_language else Locale("en")
    return str(locale.languages.get(language.base, language.tag))


def long_date(date: datetime.date, language: Language) -> str:
    """A date in the language's long form: 'June 20, 2024', '20 juin 2024', '2024年6月20日'."""
    return str(format_date(date, "long", locale=Locale.parse(language.code)))
