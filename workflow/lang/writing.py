"""Writing systems per language: the script of a letter, letter classes, quotation and
sentence-final marks.

Coarse scripts of letters (Latn, Cyrl, Grek, Arab, Hebr, Deva, Beng, Hani, Kana, Hang, Thai),
the letter scripts each language's text is written in, the scripts that put no spaces between
words, the sentence-final marks of each language, and how languages write quotations. Pure
data and small pure functions; no Babel. The ISO 15924 script of a language (Hans, Jpan,
Kore...) is `workflow.lang.languages.Language.script`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from workflow.lang.languages import Language


# --- scripts of letters -------------------------------------------------------------------------
@cache  # a text has few distinct letters; the checks ask for every letter of every entry
def script_of(ch: str) -> str:
    """A coarse script for a letter: Latn, Cyrl, Grek, Arab, Hebr, Deva, Beng, Hani, Kana,
    Hang, Thai, or "" for what is not a letter."""
    if not ch.isalpha():
        return ""
    o = ord(ch)
    if o < 0x250 or 0x1E00 <= o <= 0x1EFF:
        return "Latn"
    for lo, hi, name in SCRIPT_RANGES:
        if lo <= o <= hi:
            return name
    return "Other"


SCRIPT_RANGES = (
    (0x370, 0x3FF, "Grek"),
    (0x400, 0x52F, "Cyrl"),
    (0x590, 0x5FF, "Hebr"),
    (0x600, 0x6FF, "Arab"),
    (0x750, 0x77F, "Arab"),
    (0x8A0, 0x8FF, "Arab"),
    (0x900, 0x97F, "Deva"),
    (0x980, 0x9FF, "Beng"),
    (0xE00, 0xE7F, "Thai"),
    (0x1100, 0x11FF, "Hang"),
    (0x3040, 0x30FF, "Kana"),
    (0x3400, 0x4DBF, "Hani"),
    (0x4E00, 0x9FFF, "Hani"),
    (0xAC00, 0xD7AF, "Hang"),
    (0xF900, 0xFAFF, "Hani"),
    (0xFB50, 0xFDFF, "Arab"),
    (0xFE70, 0xFEFF, "Arab"),
)
# The letter scripts (as script_of names them) of a language's ISO 15924 script, where they
# differ from it: Chinese is written in Han, Japanese in Han and kana, Korean in Hangul and Han.
LETTER_SCRIPTS = {
    "Hans": {"Hani"},
    "Hant": {"Hani"},
    "Hani": {"Hani"},
    "Jpan": {"Hani", "Kana"},
    "Kore": {"Hang", "Hani"},
}


def letter_scripts(language: Language) -> set[str]:
    """The letter scripts (as `script_of` names them) the language is written in."""
    return LETTER_SCRIPTS.get(language.script, {language.script})


def first_script(text: str) -> str:
    """The script of the first letter of a text ("" if it has none)."""
    for ch in text:
        s = script_of(ch)
        if s:
            return s
    return ""


# Letter scripts written without spaces between words.
UNSPACED_SCRIPTS = {"Hani", "Kana", "Thai"}


def letter_class(script: str) -> str:
    """A regex class of the letters of a script (for word boundaries)."""
    return {
        "Latn": r"A-Za-z\u00c0-\u024f\u1e00-\u1eff",
        "Cyrl": r"\u0400-\u052f",
        "Grek": r"\u0370-\u03ff",
        "Arab": r"\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff",
        "Deva": r"\u0900-\u097f",
    }.get(script, "")


# --- Arabic -------------------------------------------------------------------------------------
# Vowel marks (tashkeel), the dagger alif and the tatweel: optional in Arabic-script text.
ARABIC_DIACRITICS = re.compile("[\u064b-\u065f\u0670\u0640]")
# What Arabic writes before a word's first letters: a conjunction (و ف), a preposition
# (ب ك ل) and the article (ال, لل after ل).
ARABIC_PREFIX = "(?:[وف]?(?:[بك]?ال|لل|[بكل])?)"


# --- punctuation --------------------------------------------------------------------------------
# Sentence-final marks of all the scripts above.
SENTENCE_ENDS = ".!?…。！？۔؟।"
QUESTION_MARKS = "?؟？"
# Sentence-final marks per language (first: the full stop), by base language then script.
ENDS_BY_LANGUAGE = {
    "ur": "۔!؟…",
    "ar": ".!؟…",
    "fa": ".!؟…",
    "hi": "।!?…",
    "zh": "。！？…",
    "ja": "。！？…",
}
ENDS_BY_SCRIPT = {"Hani": "。！？…", "Kana": "。！？…", "Arab": ".!؟…", "Deva": "।!?…"}


def sentence_ends(language: Language) -> str:
    """The marks that end a sentence in the language, its full stop first."""
    if language.base in ENDS_BY_LANGUAGE:
        return ENDS_BY_LANGUAGE[language.base]
    for s in letter_scripts(language):
        if s in ENDS_BY_SCRIPT:
            return ENDS_BY_SCRIPT[s]
    return ".!?…"


@dataclass(frozen=True)
class QuoteStyle:
    """A language's quotation marks (outer and nested, CLDR's delimiters and its press's usage),
    the marks of other styles that have no place in its text, and how to show the style."""

    marks: str
    foreign: str
    shown: str


# Only the languages whose press keeps one style: Spanish, Portuguese, Arabic and Urdu write
# “…”, «…» and "…" alike (the UN's own Spanish uses both “…” and "…"), so none is asked there.
QUOTE_STYLE: dict[str, QuoteStyle] = {
    "fr": QuoteStyle("«»", '"“”', "« … »"),
    "ru": QuoteStyle("«»„", '"”', "«…» („…“ inside)"),
    "uk": QuoteStyle("«»„", '"”', "«…» („…“ inside)"),
    "de": QuoteStyle("„»«‚", '"”', "„…“ (or »…«)"),
    "zh": QuoteStyle("“”‘’「」", '"', "“…”"),
    "ja": QuoteStyle("「」『』", '"“”', "「…」"),
}

# Languages that may open quotations with » (»Zitat«) and that may write ”…” or »…».
REVERSED_GUILLEMETS = frozenset({"da", "de", "hr", "sl", "cs", "sk"})
SAME_MARK_QUOTES = frozenset({"sv", "fi"})
