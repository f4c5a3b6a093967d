"""Writing systems and how we typeset them: fonts, line height, hyphenation, per language.

Pure data and logic (no third-party imports). A `workflow.lang.languages.Language` is the one
language type; its ``typesetting`` property looks the rules up here (``typesetting()``), and the
typesetter and the HTML renderer read everything script-dependent from what it returns. Adding
a language is one entry in ``TYPESETTING`` and one in ``publish/data/labels.json``.

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

from dataclasses import dataclass
from typing import TYPE_CHECKING

from workflow.errors import LanguageError

if TYPE_CHECKING:
    from workflow.lang.languages import Language

CORE = "fonts-noto-core"
CJK = "fonts-noto-cjk"
MONO_PACKAGE = "fonts-noto-mono"

# The script a language is written in when neither the code nor CLDR names one.
DEFAULT_SCRIPT = {
    "zh": "Hans",
    "ja": "Jpan",
    "ko": "Kore",
    "ar": "Arab",
    "ur": "Arab",
    "fa": "Arab",
    "he": "Hebr",
    "hi": "Deva",
    "ru": "Cyrl",
    "uk": "Cyrl",
    "bg": "Cyrl",
    "sr": "Cyrl",
    "el": "Grek",
}
# Scripts whose text is written without spaces between sentences.
UNSPACED_SCRIPTS = frozenset({"Hans", "Hant", "Jpan", "Hani"})


@dataclass(frozen=True)
class Font:
    """A font family as fontconfig knows it, and the Debian package that provides it."""

    family: str
    package: str


@dataclass(frozen=True)
class Script:
    """A writing system (ISO 15924 code) and how to typeset it.

    Its direction is the language's (`Language.direction`, from CLDR), not stored here.
    """

    code: str  # ISO 15924: Latn, Cyrl, Arab, Hans, Deva
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
    # The script's own monospace face for code, after Noto Sans Mono (Latin, Greek, Cyrillic)
    mono: Font | None = None


NOTO_SANS = Font("Noto Sans", CORE)
NOTO_SERIF = Font("Noto Serif", CORE)
NASKH = Font("Noto Naskh Arabic", CORE)
NASTALIQ = Font("Noto Nastaliq Urdu", CORE)
CJK_SANS_SC = Font("Noto Sans CJK SC", CJK)
CJK_SERIF_SC = Font("Noto Serif CJK SC", CJK)
DEVA_SANS = Font("Noto Sans Devanagari", CORE)
DEVA_SERIF = Font("Noto Serif Devanagari", CORE)

LATN = Script("Latn", NOTO_SERIF, NOTO_SANS, 1.45, 1.0, True, True)
CYRL = Script("Cyrl", NOTO_SERIF, NOTO_SANS, 1.45, 1.0, True, True)
ARAB = Script("Arab", NASKH, NASKH, 1.75, 1.12, False, False, justify=False)
# Urdu is written in Nastaliq: same Unicode script as Arabic, very different typesetting.
ARAB_NASTALIQ = Script(
    "Arab", NASTALIQ, NASTALIQ, 2.3, 1.15, False, False, justify=False, ltr_run_gap=0.15
)
# Code: Noto Sans Mono for Latin, Greek and Cyrillic; the CJK monospace face for Chinese (no
# Noto monospace face exists for Arabic or Devanagari: their letters in code take the sans
# fallbacks, the code itself stays left-to-right).
MONO = Font("Noto Sans Mono", MONO_PACKAGE)
CJK_MONO_SC = Font("Noto Sans Mono CJK SC", CJK)
HANS = Script("Hans", CJK_SERIF_SC, CJK_SANS_SC, 1.7, 1.0, True, False, mono=CJK_MONO_SC)
DEVA = Script("Deva", DEVA_SERIF, DEVA_SANS, 1.7, 1.05, False, False)

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


def _dedupe(fonts: tuple[Font, ...]) -> tuple[Font, ...]:
    seen: set[str] = set()
    out: list[Font] = []
    for font in fonts:
        if font.family not in seen:
            seen.add(font.family)
            out.append(font)
    return tuple(out)


@dataclass(frozen=True)
class Typesetting:
    """How we typeset a supported language: its script's fonts and rules, hyphenation."""

    script: Script
    hyphenation: bool  # pyphen has a dictionary (WeasyPrint hyphens: auto works)

    @property
    def body_fonts(self) -> tuple[Font, ...]:
        """The font stack for running text: the script's font, then the fallbacks."""
        return _dedupe((self.script.body, *FALLBACK_SERIF))

    @property
    def heading_fonts(self) -> tuple[Font, ...]:
        """The font stack for the title, headings and page furniture."""
        return _dedupe((self.script.heading, *FALLBACK_SANS))

    @property
    def code_fonts(self) -> tuple[Font, ...]:
        """The stack for code spans and blocks: monospace faces, then the sans fallbacks."""
        own = (self.script.mono,) if self.script.mono else ()
        return _dedupe((MONO, *own, *FALLBACK_SANS))

    @property
    def latin_fonts(self) -> tuple[Font, ...]:
        """The stack for Latin runs isolated inside RTL text (``<span dir="ltr">``)."""
        return _dedupe(FALLBACK_SERIF)

    @property
    def latin_heading_fonts(self) -> tuple[Font, ...]:
        """The stack for Latin runs isolated inside RTL headings and page furniture."""
        return _dedupe(FALLBACK_SANS)

    @property
    def rtl_fonts(self) -> tuple[Font, ...]:
        """The stack for RTL runs isolated inside LTR text (``<span dir="rtl">``)."""
        return _dedupe((NASKH, *FALLBACK_SERIF))

    @property
    def required_fonts(self) -> tuple[Font, ...]:
        """Fonts that must be installed to typeset this language at all."""
        return _dedupe((self.script.body, self.script.heading, NOTO_SERIF, NOTO_SANS, MONO))

    @property
    def all_fonts(self) -> tuple[Font, ...]:
        """Every family the stylesheet for this language may name (required + fallbacks)."""
        return _dedupe(
            (
                *self.body_fonts,
                *self.heading_fonts,
                *self.latin_fonts,
                *self.latin_heading_fonts,
                *self.rtl_fonts,
                *self.code_fonts,
            )
        )


# The languages we typeset, by primary subtag (`Language.base`).
TYPESETTING: dict[str, Typesetting] = {
    "en": Typesetting(LATN, True),
    "fr": Typesetting(LATN, True),
    "es": Typesetting(LATN, True),
    "pt": Typesetting(LATN, True),
    "de": Typesetting(LATN, True),
    "ru": Typesetting(CYRL, True),
    "ar": Typesetting(ARAB, False),
    "ur": Typesetting(ARAB_NASTALIQ, False),
    "zh": Typesetting(HANS, False),
    "hi": Typesetting(DEVA, False),
}


def typesetting(language: Language) -> Typesetting:
    """How to typeset ``language`` (use ``language.typesetting``).

    Raises LanguageError for unsupported languages, and for languages written in another
    script than the one we typeset (e.g. "zh-Hant", "zh-TW": Traditional Chinese needs the TC
    fonts and is not supported yet).
    """
    found = TYPESETTING.get(language.base)
    if found is None:
        raise LanguageError(
            f"no typesetting rules for language {language.tag!r}",
            lang=language.tag,
            hint="supported: "
            + ", ".join(sorted(TYPESETTING))
            + "; add it to workflow/lang/scripts.py and workflow/publish/data/labels.json",
        )
    if language.script != found.script.code:
        if language.base == "zh" and language.script == "Hant":
            raise LanguageError(
                f"{language.tag!r} is Traditional Chinese, which is not supported yet",
                lang=language.tag,
                hint="use zh or zh-Hans",
            )
        raise LanguageError(
            f"script {language.script} is not supported for {language.base!r} (we typeset "
            f"{found.script.code})",
            lang=language.tag,
        )
    return found


def css_font_family(fonts: tuple[Font, ...]) -> str:
    """A CSS font-family value: quoted family names, no generic fallback.

    No generic family on purpose: a glyph outside the stack must fail the build (see
    typeset.py), not render in whatever fontconfig picks.
    """
    return ", ".join('"' + f.family.replace('"', "") + '"' for f in fonts)
