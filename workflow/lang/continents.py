"""Continents in text, per language: which of Africa, Europe, Asia, the Americas, Oceania and
Antarctica a text names, by noun or adjective ("Europe", "the European region", "la región
europea", "Европейском регионе", "المنطقة الأوروبية", "欧洲区域").

A continent is not a country (`lang/countries` reads those), but a translation that names
another one than its source ("the European region" -> "la région africaine") is as wrong. The
countries a text names are blanked first, so that "South Africa", "the Central African
Republic" and "the United States of America" name no continent. "American" is read as the
United States' adjective, never the Americas'.

Pure data and pure functions; a language without a table has no continents read.
"""

from __future__ import annotations

import re
from functools import lru_cache

from workflow.lang import countries
from workflow.lang.languages import Language

NAMES = {
    "AF": "Africa",
    "EU": "Europe",
    "AS": "Asia",
    "AM": "the Americas",
    "OC": "Oceania",
    "AN": "Antarctica",
}
# continent -> its nouns and adjectives, per base language
_FORMS: dict[str, dict[str, str]] = {
    "en": {
        "AF": r"\bAfrican?s?\b",
        "EU": r"\bEuropeans?\b|\bEurope\b",
        "AS": r"\bAsian?s?\b",
        "AM": r"\bAmericas\b|\b(?:Latin|North|South|Central)\s+America\b",
        "OC": r"\bOceania\b",
        "AN": r"\bAntarctic(?:a)?\b",
    },
    "fr": {
        "AF": r"\bAfrique\b|\bafricain(?:e|s|es)?\b",
        "EU": r"\bEurope\b|\beuropéen(?:ne|s|nes)?\b",
        "AS": r"\bAsie\b|\basiatiques?\b",
        "AM": r"\bAmériques\b|\bAmérique\s+(?:latine|du\s+Nord|du\s+Sud|centrale)\b"
        r"|\blatino-américain(?:e|s|es)?\b",
        "OC": r"\bOcéanie\b",
        "AN": r"\bAntarctique\b",
    },
    "es": {
        "AF": r"\bÁfrica\b|\bafrican[oa]s?\b",
        "EU": r"\bEuropa\b|\beurope[oa]s?\b",
        "AS": r"\bAsia\b|\basiátic[oa]s?\b",
        "AM": r"\bAméricas\b|\bAmérica\s+(?:Latina|del\s+Norte|del\s+Sur|Central)\b"
        r"|\blatinoamerican[oa]s?\b",
        "OC": r"\bOceanía\b",
        "AN": r"\bAntártida\b|\bAntártico\b",
    },
    "ru": {
        "AF": r"(?i:\bАфрик[а-я]*|\bафриканск[а-я]*)",
        "EU": r"(?i:\bЕвроп[а-я]*|\bевропейск[а-я]*)",
        "AS": r"(?i:\bАзи[а-я]*|\bазиатск[а-я]*)",
        "AM": r"\b(?:Латинск|Северн|Южн|Центральн)[а-я]*\s+Америк[а-я]*",
        "OC": r"\bОкеани[а-я]*",
        "AN": r"(?i:\bАнтарктид[а-я]*|\bантарктическ[а-я]*)",
    },
    # (the article and the clitics before a word: a piece of the word is enough)
    "ar": {
        "AF": r"[أإا]فريقي",
        "EU": r"[أا]وروب",
        "AS": r"آسي",
        "AM": r"[أا]مريكا\s+(?:اللاتينية|الشمالية|الجنوبية|الوسطى)|الأمريكتين|الأمريكيتين",
        "OC": r"[أا]وقيانوسيا",
        "AN": r"[أا]نتاركتيكا|القارة\s+القطبية\s+الجنوبية",
    },
    "zh": {
        "AF": r"非洲|北非|东非|西非|南部非洲",
        "EU": r"欧洲",
        "AS": r"亚洲|东南亚|东亚|南亚|西亚|中亚",
        "AM": r"美洲|拉美",
        "OC": r"大洋洲",
        "AN": r"南极",
    },
}


@lru_cache(maxsize=16)
def _patterns(base: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((code, re.compile(p)) for code, p in _FORMS.get(base, {}).items())


@lru_cache(maxsize=16)
def _any(base: str) -> re.Pattern[str] | None:
    """Every continent's forms of a language in one pattern (whether a text names any)."""
    forms = _FORMS.get(base)
    return re.compile("|".join(f"(?:{p})" for p in forms.values())) if forms else None


def known(language: Language) -> bool:
    """Whether the continents of a language are listed here."""
    return language.base in _FORMS


def named(text: str, language: Language) -> frozenset[str]:
    """The continents a text names (AF, EU, AS, AM, OC, AN), its countries blanked first."""
    first = _any(language.base)
    if first is None or not first.search(text):
        return frozenset()  # (most texts: no continent, no country to read)
    patterns = _patterns(language.base)
    spans = countries.reader(language).spans(text)
    for a, b in sorted(spans, reverse=True):
        text = text[:a] + " " * (b - a) + text[b:]
    return frozenset(code for code, p in patterns if p.search(text))
