"""The quality checks on text they were not tuned on: tests/data/checks2 holds six UN-style
press releases (a General Assembly vote, a peacekeeping mandate, a measles campaign, climate
finance pledges, a presidential statement, and a flash appeal added for issue 13's hard cases:
a title-case headline, a title of office, "in dollar terms", "tens of millions of dollars", a
figure in Russian words, "It" for a country, UN country spellings, COVID-19) translated at
publication quality into fr, es, ar, zh and ru, the way UN press offices write them (UN country
names, locale number formats, UN Arabic double month names and duals, Russian cases, Chinese
万/亿/多). They must raise no error; the same entries with a real fault must."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from workflow.catalogs import glossary, pofile
from workflow.lang import languages
from workflow.quality import registry
from workflow.quality.registry import Context, EntryView

REPO = Path(__file__).resolve().parents[2]
LANGS = ["fr", "es", "ar", "zh", "ru"]
EN = languages.parse("en")
GLOSSARY = glossary.load(REPO / "locales")


def catalog(code: str) -> list[EntryView]:
    path = REPO / "tests" / "data" / "checks2" / f"{code}.po"
    name = path.relative_to(REPO).as_posix()
    return registry.views(pofile.parse(path.read_bytes(), path=name), name)


def ctx(code: str) -> Context:
    return Context(EN, languages.parse(code), GLOSSARY)


def errors(entries: list[EntryView], code: str) -> list[str]:
    return [
        f"{p.line} {p.check}: {p.message}"
        for p in registry.run_checks(entries, ctx(code))
        if p.severity == "error"
    ]


@pytest.mark.parametrize("code", LANGS)
def test_publication_quality_translations_have_no_errors(code: str) -> None:
    entries = catalog(code)
    assert len(entries) == 69
    assert errors(entries, code) == []


def faulty(code: str, fragment: str, old: str, new: str) -> EntryView:
    """The entry whose msgid holds `fragment`, with `old` replaced by `new` in its msgstr."""
    entry = next(e for e in catalog(code) if fragment in e.msgid)
    assert old in entry.msgstr, (old, entry.msgstr)
    return dataclasses.replace(entry, msgstr=entry.msgstr.replace(old, new, 1))


FAULTS = [
    # a decimal digit changed (UN Arabic decimal comma)
    ("ar", "Over 1.9 million", "1,9 مليون", "1,8 مليون", "numbers"),
    # the wrong month (UN Arabic double month name)
    ("ar", "attack of 7 March", "آذار/مارس", "نيسان/أبريل", "numbers"),
    # a figure dropped from a range
    ("ar", "Juba, Malakal", "بين 40 و45", "بين 45", "numbers"),
    # a scale word changed (亿 -> 万), a range's first figure changed
    ("zh", "Donors pledge", "93亿", "93万", "numbers"),
    ("fr", "between $5.8", "5\u00a0800 à", "5\u00a0700 à", "numbers"),
    ("ru", "between $5.8", "5,9 трлн", "5,9 млрд", "numbers"),
    # a thousands group written the English way (reads 17 in Spanish)
    ("es", "troop ceiling", "17.000", "17,000", "numbers"),
    # a country replaced, a UN name and a Russian case
    ("es", "called on Rwanda", "Rwanda", "Uganda", "countries"),
    ("ru", "representative of the United States", "Соединенных Штатов", "Франции", "countries"),
    ("zh", "followed by the United Kingdom", "联合王国", "法国", "countries"),
    # a URL changed, a link reduced to its text
    (
        "fr",
        "full text is available",
        "https://www.un.org/ga/resolutions",
        "https://www.un.org/ga",
        "urls",
    ),
    (
        "es",
        "press kit",
        "[carpeta de prensa](https://press.un.org/en/ga)",
        "carpeta de prensa",
        "markup",
    ),
    # an order of magnitude said without a figure changed; its currency changed (issue 13)
    (
        "fr",
        "Tens of millions of dollars",
        "dizaines de millions",
        "dizaines de milliards",
        "numbers",
    ),
    ("zh", "Tens of millions of dollars", "数千万美元", "数千万欧元", "units"),
    ("ar", "Tens of millions of dollars", "من الدولارات", "من اليوروات", "units"),
    # a figure written in words changed (Russian opens a sentence with it in words)
    ("ru", "The $2.5 billion we seek", "миллиарда", "миллионов", "numbers"),
    # a demonym of another country, even where "It" may be the country made explicit
    ("es", "It still hosts", "afganos", "iraníes", "countries"),
    ("ru", "It still hosts", "афганских", "иранских", "countries"),
    # a country misspelt, in a UN spelling
    ("ar", "Zimbabwe and Kenya", "زمبابوي", "زمباوبي", "countries"),
    # COVID-19's year changed
    ("zh", "started by COVID-19", "2019冠状病毒病", "2020冠状病毒病", "numbers"),
    # a closing quote dropped (nested quotations)
    ("ru", "displaced mother", "больше нет»", "больше нет", "punctuation"),
    # a name misspelt
    ("fr", "Nicholas Haysom", "Haysom", "Hayson", "names"),
]


@pytest.mark.parametrize(("code", "fragment", "old", "new", "check"), FAULTS)
def test_real_faults_are_errors(code: str, fragment: str, old: str, new: str, check: str) -> None:
    found = errors([faulty(code, fragment, old, new)], code)
    assert any(f" {check}: " in line for line in found), found
