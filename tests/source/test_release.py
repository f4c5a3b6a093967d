"""Release files: front matter and body parsing, and the errors a press officer sees."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from tests.conftest import REPO, SAMPLE_ID
from workflow.errors import LanguageError, ReleaseError
from workflow.source import release
from workflow.source.markdown import blocks
from workflow.workspace import fsio, open_workspace

GOOD = """---
title: A title
date: 2024-06-20
place: Geneva
language: en
languages: [fr, pt-BR, zh-Hans]
---

# Heading

Para one.
Soft line.

- item
"""


def parse(text: str | bytes) -> release.Release:
    data = text.encode("utf-8") if isinstance(text, str) else text
    return release.parse(data, release_id="r1", path="releases/r1.md")


def test_parses_front_matter_and_body() -> None:
    rel = parse(GOOD)
    assert rel.title == "A title"
    assert rel.date == dt.date(2024, 6, 20)
    assert rel.place == "Geneva"
    assert rel.language.code == "en"
    assert [t.code for t in rel.targets] == ["fr", "pt_BR", "zh_Hans"]
    assert rel.field_lines["place"] == 4
    assert rel.body_line == 8
    kinds = [(b.kind, rel.line_of(b.line)) for b in blocks(rel.body)]
    assert kinds == [("heading", 9), ("paragraph", 11), ("list item", 14)]


def test_sample_release_parses() -> None:
    rel = open_workspace(REPO).load_release(SAMPLE_ID)
    assert {t.code for t in rel.targets} >= {"fr", "es", "pt", "ur", "ar", "zh"}
    assert rel.date == dt.date(2024, 6, 20)


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("no front matter\n", 1, "missing front matter"),
        ("---\ntitle: x\n", 1, "not closed"),
        ("---\ntitle: [unclosed\ndate: 2024-01-01\n---\nBody.\n", 3, "not valid YAML"),
        ("---\ntitle: T\ndate: 2024-13-45\nplace: P\nlanguage: en\n---\nBody.\n", 3, "ISO date"),
        ("---\ntitle: T\ndate: 2024-01-01\nlanguage: en\n---\nBody.\n", 1, "lacks 'place'"),
        (
            "---\ntitle: T\ndate: 2024-01-01\nplace: P\nlanguage: en\nlangauges: [fr]\n---\nB.\n",
            6,
            "unknown front matter key",
        ),
        ("---\ntitle: T\ndate: 2024-01-01\nplace: P\nlanguage: en\n---\n\n\n", 7, "no text"),
        ("---\n- a\n- b\n---\nBody.\n", 2, "key: value"),
    ],
)
def test_bad_front_matter_names_line(text: str, line: int, fragment: str) -> None:
    with pytest.raises(ReleaseError) as err:
        parse(text)
    assert err.value.file == "releases/r1.md"
    assert err.value.line == line
    assert fragment in str(err.value)


@pytest.mark.parametrize("code", ["xx", "klingon", "../etc", "fr/../../x", "en_US.UTF-8", ""])
def test_unknown_or_unsafe_language(code: str) -> None:
    text = GOOD.replace("languages: [fr, pt-BR, zh-Hans]", f"languages: [fr, '{code}']")
    with pytest.raises((ReleaseError, LanguageError)) as err:
        parse(text)
    assert err.value.line == 6
    assert "language" in str(err.value)


def test_non_utf8_names_line() -> None:
    data = GOOD.encode("utf-8").replace(b"Para one.", b"Para \xe9t\xe9.")
    with pytest.raises(ReleaseError) as err:
        parse(data)
    assert err.value.line == 11
    assert "UTF-8" in str(err.value)


@pytest.mark.parametrize("rid", ["../x", "a/b", ".hidden", "", "x" * 300, "a..b"])
def test_unsafe_ids_refused(rid: str) -> None:
    with pytest.raises(ReleaseError):
        release.check_id(rid)


def test_huge_release_refused() -> None:
    with pytest.raises(ReleaseError, match="more than"):
        parse(GOOD + "word " * 500_000)


def test_crlf_and_bom_are_read() -> None:
    rel = parse(b"\xef\xbb\xbf" + GOOD.replace("\n", "\r\n").encode())
    assert rel.title == "A title"


BOMB = (
    "---\n"
    'title: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    + "".join(
        f"{b}: &{b} [{','.join(['*' + a] * 9)}]\n"
        for a, b in zip("abcdefgh", "bcdefghi", strict=True)
    )
    + "date: 2024-01-01\nplace: P\nlanguage: en\n---\nBody.\n"
)


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        (BOMB, 2, "YAML anchor (&a)"),
        ("---\ntitle: T\ndate: 2024-01-01\nplace: *p\nlanguage: en\n---\nB.\n", 4, "alias (*p)"),
        ("---\ntitle: &t T\ndate: 2024-01-01\nplace: P\nlanguage: en\n---\nB.\n", 2, "anchor"),
        ("---\n<<: *base\ntitle: T\n---\nB.\n", 2, "alias (*base)"),
    ],
    ids=["billion-laughs", "alias", "anchor", "merge-key"],
)
def test_anchors_and_aliases_are_refused(text: str, line: int, fragment: str) -> None:
    """A release needs no anchors; a few hundred bytes of aliases expand to gigabytes."""
    start = time.monotonic()
    with pytest.raises(ReleaseError) as err:
        parse(text)
    assert time.monotonic() - start < 1
    assert err.value.line == line
    assert fragment in str(err.value)


def test_yaml_error_quoting_input_is_one_short_line() -> None:
    text = "---\ntitle: 'x" + "y" * 100_000 + "\n  \tz\n---\nB.\n"
    with pytest.raises(ReleaseError) as err:
        parse(text)
    message = str(err.value)
    assert "\n" not in message and len(message) <= 400, message


def test_release_size_limit_is_the_readers() -> None:
    assert fsio.LIMITS["release"] == release.MAX_BYTES


# --- the press officer's words: what to write instead ------------------------------------------

FRONT = "---\ntitle: {title}\ndate: {date}\nplace: New York\nlanguage: {lang}\n---\n\nBody.\n"


@pytest.mark.parametrize(
    ("title", "message"),
    [
        ("UN Day: Remarks by the Ambassador", "the title has ': ' in it"),
        ('UN Day: "Remarks" by the Ambassador', "the title has ': ' in it"),
        ("Pakistan's view: a framework", "the title has ': ' in it"),
        ("Pakistan at #UNGA79", "the title stops before '#'"),
        ("*Update*: Pakistan", "not valid YAML"),
        ("@UN remarks", "not valid YAML"),
        ('"UN Day" remarks', "not valid YAML"),
        ("[Update] Pakistan", "not valid YAML"),
    ],
)
def test_a_title_yaml_misreads_says_to_quote_it_with_the_corrected_line(
    title: str, message: str
) -> None:
    text = FRONT.format(title=title, date="2024-06-20", lang="en")
    with pytest.raises(ReleaseError) as err:
        parse(text)
    assert err.value.line == 2 and message in err.value.message
    hint = err.value.hint or ""
    assert hint.startswith("put the title in quotes: title: ")
    corrected = hint.removeprefix("put the title in quotes: ")
    # the line the hint gives reads back as the title that was meant
    assert parse(text.replace(f"title: {title}", corrected)).title == title


def test_a_quoted_title_or_a_bad_language_list_is_not_told_to_quote() -> None:
    ok = parse(FRONT.format(title='"UN Day: Remarks"', date="2024-06-20", lang="en"))
    assert ok.title == "UN Day: Remarks"
    with pytest.raises(ReleaseError) as err:
        parse(GOOD.replace("languages: [fr, pt-BR, zh-Hans]", "languages: [fr: x"))
    assert err.value.hint is None or "quotes" not in err.value.hint


@pytest.mark.parametrize(
    ("written", "lang", "hint"),
    [
        ("24/03/2024", "en", "write it as year-month-day: date: 2024-03-24"),
        ("24.03.2024", "en", "date: 2024-03-24"),
        ("March 24, 2024", "en", "date: 2024-03-24"),
        ("24th March 2024", "en", "date: 2024-03-24"),
        ("24 mars 2024", "fr", "date: 2024-03-24"),
        ("24 марта 2024 г.", "ru", "date: 2024-03-24"),
        ("20240324", "en", "date: 2024-03-24"),
        ("2024/03/24", "en", "date: 2024-03-24"),
        (
            "03/04/2024",
            "en",
            "it reads two ways; write the one you mean as year-month-day: "
            "date: 2024-04-03 (3 April 2024) or date: 2024-03-04 (4 March 2024)",
        ),
        ("next Tuesday", "en", "write the release date as year-month-day, e.g. 2024-06-20"),
    ],
)
def test_a_date_error_suggests_the_date_that_was_written(
    written: str, lang: str, hint: str
) -> None:
    with pytest.raises(ReleaseError) as err:
        parse(FRONT.format(title="T", date=written, lang=lang))
    assert err.value.line == 3
    assert "is not an ISO date" in err.value.message
    assert hint in (err.value.hint or "")
    assert "2024-06-20" not in (err.value.hint or "") or "e.g." in (err.value.hint or "")


def test_an_impossible_date_says_why_and_a_short_iso_date_is_read() -> None:
    with pytest.raises(ReleaseError, match="February 2024 has 29 days"):
        parse(FRONT.format(title="T", date="2024-02-30", lang="en"))
    with pytest.raises(ReleaseError, match="no month 13"):
        parse(FRONT.format(title="T", date="2024-13-01", lang="en"))
    assert parse(FRONT.format(title="T", date="2024-3-4", lang="en")).date == dt.date(2024, 3, 4)


def test_an_unclosed_quote_is_told_to_close_it() -> None:
    with pytest.raises(ReleaseError) as err:
        parse(FRONT.format(title='"UN Day: Remarks', date="2024-06-20", lang="en"))
    assert err.value.line == 2
    assert err.value.hint == 'close the quote: title: "UN Day: Remarks"'


@pytest.mark.parametrize(
    ("listed", "first", "second"),
    [("[zh, zh-Hans]", "zh", "zh-Hans"), ("[zh-Hans, fr, zh]", "zh-Hans", "zh"),
     ("[sr, sr-Cyrl]", "sr", "sr-Cyrl")],
)  # fmt: skip
def test_one_language_listed_twice_in_two_spellings_is_an_error(
    listed: str, first: str, second: str
) -> None:
    with pytest.raises(ReleaseError) as err:
        parse(GOOD.replace("[fr, pt-BR, zh-Hans]", listed))
    assert err.value.line == 6
    assert err.value.message.startswith(f"{first!r} and {second!r} are the same language")
    assert "keep one of them in 'languages'" in (err.value.hint or "")


def test_two_scripts_or_regions_of_a_language_are_two_targets() -> None:
    for listed, codes in [
        ("[zh-Hans, zh-Hant]", ["zh_Hans", "zh_Hant"]),
        ("[zh, zh-CN]", ["zh", "zh_CN"]),
        ("[pt, pt-BR]", ["pt", "pt_BR"]),
    ]:
        assert [
            t.code for t in parse(GOOD.replace("[fr, pt-BR, zh-Hans]", listed)).targets
        ] == codes
    with pytest.raises(ReleaseError, match="the release's own language"):
        parse(
            GOOD.replace("language: en", "language: zh").replace(
                "[fr, pt-BR, zh-Hans]", "[zh-Hans]"
            )
        )
