"""Languages and their writing systems: script, direction, fonts, typographic rules.

Pure data and logic (no third-party imports). The typesetter and the HTML renderer read
everything script-dependent from here, so adding a language is one entry in ``LANGUAGES`` and
one in ``data/labels.json``.

Facts behind the numbers (measured with WeasyPrint 70 / Pango on Debian fonts):

- Families are named explicitly: with no family named, Urdu falls back to Noto Kufi Arabic and
  ``zh`` picks the Japanese CJK face.
- Noto Nastaliq Urdu has very tall ascenders/descenders: it needs line-height ~2.3 and a larger
  size to be as legible as the Latin text at 10.5 pt.
- Letter-spacing breaks cursive joining (Arabic, Urdu) and the head-stroke (shirorekha) of
  Devanagari, so it is forbidden there.
- WeasyPrint 70 mangles justified RTL lines that contain Latin words (their order is
  swapped), so Arabic-script text is set ragged (text-align: start).
- WeasyPrint hyphenates through pyphen only where pyphen ships a dictionary (en, fr, de, es,
  pt, ru, ...; none for ar, ur, zh, hi), and only with ``lang`` set on the element.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from workflow.errors import LanguageError

Direction = Literal["ltr", "rtl"]

CORE = "fonts-noto-core"
CJK = "fonts-noto-cjk"


@dataclass(frozen=True)
class Font:
    """A font family as fontconfig knows it, and the Debian package that provides it."""

    family: str
    package: str


@dataclass(frozen=True)
class Script:
    """A writing system (ISO 15924 code) and how to typeset it."""

    code: str  # ISO 15924: Latn, Cyrl, Arab, Hans, Deva
    direction: Direction
    body: Font  # running text
    heading: Font  # title, headings, kicker, margin boxes
    line_height: float  # unitless CSS line-height for running text
    size_scale: float  # font-size relative to the Latin base size
    letter_spacing: bool  # False: never letter-space this script (joining / head-stroke)
    uppercase: bool  # the script has case (text-transform: uppercase means something)
    # text-align: justify. Off for Arabic script: WeasyPrint 70 justifying an RTL line swaps
    # the words of a Latin run ("EU DisinfoLab" -> "DisinfoLab EU"), with or without spans.
    justify: bool = True
    # Extra space (em) on both sides of an isolated Latin run. Nastaliq's word-final tails
    # sweep into the following space and eat the gap before a Latin word.
    ltr_run_gap: float = 0.0


@dataclass(frozen=True)
class Language:
    """A supported target (or source) language."""

    code: str  # primary BCP 47 subtag: "fr", "zh"
    script: Script
    hyphenation: bool  # pyphen has a dictionary (WeasyPrint hyphens: auto works)

    @property
    def direction(self) -> Direction:
        return self.script.direction


NOTO_SANS = Font("Noto Sans", CORE)
NOTO_SERIF = Font("Noto Serif", CORE)
NASKH = Font("Noto Naskh Arabic", CORE)
NASTALIQ = Font("Noto Nastaliq Urdu", CORE)
CJK_SANS_SC = Font("Noto Sans CJK SC", CJK)
CJK_SERIF_SC = Font("Noto Serif CJK SC", CJK)
DEVA_SANS = Font("Noto Sans Devanagari", CORE)
DEVA_SERIF = Font("Noto Serif Devanagari", CORE)

LATN = Script("Latn", "ltr", NOTO_SERIF, NOTO_SANS, 1.45, 1.0, True, True)
CYRL = Script("Cyrl", "ltr", NOTO_SERIF, NOTO_SANS, 1.45, 1.0, True, True)
ARAB = Script("Arab", "rtl", NASKH, NASKH, 1.75, 1.12, False, False, justify=False)
# Urdu is written in Nastaliq: same Unicode script as Arabic, very different typesetting.
ARAB_NASTALIQ = Script(
    "Arab", "rtl", NASTALIQ, NASTALIQ, 2.3, 1.15, False, False, justify=False, ltr_run_gap=0.15
)
HANS = Script("Hans", "ltr", CJK_SERIF_SC, CJK_SANS_SC, 1.7, 1.0, True, False)
DEVA = Script("Deva", "ltr", DEVA_SERIF, DEVA_SANS, 1.7, 1.05, False, False)

LANGUAGES: dict[str, Language] = {
    lang.code: lang
    for lang in (
        Language("en", LATN, True),
        Language("fr", LATN, True),
        Language("es", LATN, True),
        Language("pt", LATN, True),
        Language("de", LATN, True),
        Language("ru", CYRL, True),
        Language("ar", ARAB, False),
        Language("ur", ARAB_NASTALIQ, False),
        Language("zh", HANS, False),
        Language("hi", DEVA, False),
    )
}

# Fonts tried after the script's own: Latin first (names, e-mails, figures inside other
# scripts), then the other scripts we support (an Arabic name in an English release), then
# symbols. Order matters: Pango takes the first family that has the glyph.
HEBREW_SERIF = Font("Noto Serif Hebrew", CORE)
HEBREW_SANS = Font("Noto Sans Hebrew", CORE)

FALLBACK_SERIF: tuple[Font, ...] = (
    NOTO_SERIF,
    NASKH,
    HEBREW_SERIF,
    DEVA_SERIF,
    CJK_SERIF_SC,
    Font("Noto Sans Symbols", CORE),
    Font("Noto Sans Symbols2", CORE),
    Font("Noto Sans Math", CORE),
)
FALLBACK_SANS: tuple[Font, ...] = (
    NOTO_SANS,
    NASKH,
    HEBREW_SANS,
    DEVA_SANS,
    CJK_SANS_SC,
    Font("Noto Sans Symbols", CORE),
    Font("Noto Sans Symbols2", CORE),
    Font("Noto Sans Math", CORE),
)

_TAG = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")
_TRADITIONAL_REGIONS = {"TW", "HK", "MO"}


def language(tag: str) -> Language:
    """The ``Language`` for a BCP 47 tag ("fr", "pt-BR", "zh-Hans-CN").

    Raises LanguageError for malformed tags, unsupported languages, and tags whose script
    subtag contradicts what we typeset (e.g. "zh-Hant", "zh-TW": Traditional Chinese needs
    the TC fonts and is not supported yet).
    """
    if not isinstance(tag, str) or not _TAG.match(tag):
        raise LanguageError(
            f"not a BCP 47 language tag: {tag!r}", hint="use a code such as fr, pt-BR, zh-Hans"
        )
    subtags = tag.split("-")
    primary = subtags[0].lower()
    lang = LANGUAGES.get(primary)
    if lang is None:
        raise LanguageError(
            f"no typesetting rules for language {tag!r}",
            lang=tag,
            hint="supported: "
            + ", ".join(sorted(LANGUAGES))
            + "; add it to workflow/lang/scripts.py and workflow/publish/data/labels.json",
        )
    for sub in subtags[1:]:
        if len(sub) == 4 and sub.isalpha():
            wanted = sub.title()
            if wanted != lang.script.code:
                raise LanguageError(
                    f"script {wanted} is not supported for {primary!r} (we typeset "
                    f"{lang.script.code})",
                    lang=tag,
                )
    if primary == "zh":
        regions = {s.upper() for s in subtags[1:] if len(s) == 2}
        if regions & _TRADITIONAL_REGIONS and not any(s.title() == "Hans" for s in subtags):
            raise LanguageError(
                f"{tag!r} is Traditional Chinese, which is not supported yet",
                lang=tag,
                hint="use zh or zh-Hans",
            )
    return lang


def base_language(tag: str) -> str:
    """The primary subtag of a supported tag: "pt-BR" -> "pt"."""
    return language(tag).code


def direction(tag: str) -> Direction:
    return language(tag).direction


def body_fonts(tag: str) -> tuple[Font, ...]:
    """The font stack for running text: the script's font, then the fallbacks."""
    script = language(tag).script
    return _dedupe((script.body, *FALLBACK_SERIF))


def heading_fonts(tag: str) -> tuple[Font, ...]:
    """The font stack for the title, headings and page furniture."""
    script = language(tag).script
    return _dedupe((script.heading, *FALLBACK_SANS))


def latin_fonts(tag: str) -> tuple[Font, ...]:
    """The stack for Latin runs isolated inside RTL text (``<span dir="ltr">``)."""
    language(tag)
    return _dedupe(FALLBACK_SERIF)


def latin_heading_fonts(tag: str) -> tuple[Font, ...]:
    """The stack for Latin runs isolated inside RTL headings and page furniture."""
    language(tag)
    return _dedupe(FALLBACK_SANS)


def rtl_fonts(tag: str) -> tuple[Font, ...]:
    """The stack for RTL runs isolated inside LTR text (``<span dir="rtl">``)."""
    language(tag)
    return _dedupe((NASKH, *FALLBACK_SERIF))


def required_fonts(tag: str) -> tuple[Font, ...]:
    """Fonts that must be installed to typeset this language at all."""
    script = language(tag).script
    return _dedupe((script.body, script.heading, NOTO_SERIF, NOTO_SANS))


def all_fonts(tag: str) -> tuple[Font, ...]:
    """Every family the stylesheet for this language may name (required + fallbacks)."""
    return _dedupe(
        (
            *body_fonts(tag),
            *heading_fonts(tag),
            *latin_fonts(tag),
            *latin_heading_fonts(tag),
            *rtl_fonts(tag),
        )
    )


def css_font_family(fonts: tuple[Font, ...]) -> str:
    """A CSS font-family value: quoted family names, no generic fallback.

    No generic family on purpose: a glyph outside the stack must fail the build (see
    typeset.py), not render in whatever fontconfig picks.
    """
    return ", ".join('"' + f.family.replace('"', "") + '"' for f in fonts)


def _dedupe(fonts: tuple[Font, ...]) -> tuple[Font, ...]:
    seen: set[str] = set()
    out: list[Font] = []
    for font in fonts:
        if font.family not in seen:
            seen.add(font.family)
            out.append(font)
    return tuple(out)
