"""The countries check: the translation names the countries its source names, and no other.

Countries are read on both sides by `workflow.lang.countries`: CLDR names, the office's
aliases, adjectives and demonyms, inflected forms, all counted as the country ("le peuple
afghan", "الأفغاني", "афганского", "阿富汗人" are Afghanistan). A glossary term that is a
country adds its form in the target language as one more name.

- a country the source names (by its name) that the translation does not mention at all is
  an error; one the source only has as an adjective or an ambiguous word (Chad, Jordan) is a
  warning;
- a country the translation names (by its name) that the source does not mention at all is
  an error where the source names countries ("of India" for "of Pakistan", even where
  Pakistan is named elsewhere in the entry), except one country where the source says "the
  country" (made explicit); an adjective or ambiguous word is a warning. Where the source
  names no country the translation's are not read (a translator may write "the country" as
  its name): a checking cost saved on most entries;
- for a target language without adjectives in the data (other than en fr es pt ru ar ur zh),
  a missing country is a warning.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from workflow.lang import countries, languages
from workflow.lang.languages import Language
from workflow.problems import Problem, Severity
from workflow.quality.registry import Context, EntryView, problem, register
from workflow.quality.text import plain

_THE_COUNTRY = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Oo]ur|[Mm]y) (?:country|nation)\b")
# Languages with adjectives and demonyms in workflow/lang/data/demonyms.csv (Chinese needs none)
KNOWN = frozenset({"en", "fr", "es", "pt", "ru", "ar", "ur", "zh"})


def _glossary_names(ctx: Context) -> Mapping[str, tuple[str, ...]]:
    """Country code -> the glossary's forms in the target language, for glossary terms that
    are a country's name."""

    def make() -> Mapping[str, tuple[str, ...]]:
        src = countries.reader(ctx.source)
        out: dict[str, list[str]] = {}
        for t in ctx.glossary.terms:
            form = t.form(ctx.target.code)
            if not form:
                continue
            found = src.mentions(t.term)
            if len(found) == 1 and "name" in found.values():
                out.setdefault(next(iter(found)), []).append(form)
        return {k: tuple(v) for k, v in out.items()}

    return ctx.cached("countries.glossary", make)


def _name(code: str, language: Language) -> str:
    names = languages.territory_names(language)
    return names.get(code) or names.get("CD" if code == "CG" else code, code)


@register("countries", "error", "the countries of the source (names, adjectives) and no other")
def check_countries(entry: EntryView, ctx: Context) -> list[Problem]:
    src = countries.reader(ctx.source).mentions(plain(entry.msgid))
    if not src:
        # a country added where the source names none would only be a warning ("the country"
        # made explicit): not read, the translation's countries are read only to compare
        return []
    target = plain(entry.msgstr)
    tgt = countries.reader(ctx.target).mentions(target)
    out: list[Problem] = []
    known = ctx.target.base in KNOWN and ctx.source.base in KNOWN
    glossary = _glossary_names(ctx) if src else {}
    for code, strength in src.items():
        if code in tgt or any(f in target for f in glossary.get(code, ())):
            continue
        severity: Severity = "error" if strength == "name" and known else "warning"
        what = "" if strength == "name" else " (as an adjective or an ambiguous word)"
        out.append(
            problem(
                "countries",
                entry,
                f"country {_name(code, ctx.source)}{what} missing: "
                f"{_name(code, ctx.target)!r} or its adjective not found",
                severity,
            )
        )
    added = [c for c in tgt if c not in src]
    if len(added) == 1 and ctx.source.base == "en" and _THE_COUNTRY.search(entry.msgid):
        added = []  # "the country" written as its name
    for code, strength in tgt.items():
        if code not in added:
            continue
        # a country named where the source has none may be "the country" made explicit: unsure
        severity = "error" if strength == "name" and src else "warning"
        out.append(
            problem(
                "countries",
                entry,
                f"{_name(code, ctx.target)} ({code}) is not in the source",
                severity,
            )
        )
    return out
