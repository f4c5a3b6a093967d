"""workflow.source.inline: the one set of inline-span patterns (segmenter, protector, checks)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workflow.source import inline
from workflow.source.inline import (
    ANY_LINK,
    AUTOLINK,
    CODE,
    EMAIL,
    EMPHASIS,
    ESCAPE,
    HTML,
    HTML_TAG,
    IMAGE,
    LINK,
    LINK_DESTINATION,
    PHONE,
    blank,
    url_spans,
)

# (text, the bare URLs found in it)
URL_CASES: list[tuple[str, list[str]]] = [
    ("Visit https://pakun.org/statements/2024-09-24.", ["https://pakun.org/statements/2024-09-24"]),
    (
        "Sites: www.un.org, www.pakun.org; ftp://files.un.org!",
        ["www.un.org", "www.pakun.org", "ftp://files.un.org"],
    ),
    ("Is it https://un.org/faq?", ["https://un.org/faq"]),
    ("See https://un.org/a?x=1&y=2#top: it", ["https://un.org/a?x=1&y=2#top"]),
    ("Ends with a slash: https://un.org/en/.", ["https://un.org/en/"]),
    ("Report (https://un.org/r.pdf).", ["https://un.org/r.pdf"]),
    ("(see https://en.wikipedia.org/wiki/Foo_(bar)).", ["https://en.wikipedia.org/wiki/Foo_(bar)"]),
    ("Open https://un.org/a(b then", ["https://un.org/a(b"]),
    ("[see https://un.org]", ["https://un.org"]),
    ('He said "https://un.org/x" twice', ["https://un.org/x"]),
    ("Quoted “https://un.org/x” and ’https://un.org/y’.", ["https://un.org/x", "https://un.org/y"]),
    ("«https://un.org/fr»", ["https://un.org/fr"]),
    ("**https://un.org** in bold, _www.un.org_ in italics", ["https://un.org", "www.un.org"]),
    ("The People's page https://un.org/People's_Day.", ["https://un.org/People's_Day"]),
    ("Arabic comma https://un.org، then", ["https://un.org"]),
    ("Many dots https://un.org/a.pdf...", ["https://un.org/a.pdf"]),
    ("访问 https://un.org/zh。下一句", ["https://un.org/zh"]),
    ("详见https://un.org/zh，谢谢", ["https://un.org/zh"]),  # glued to Chinese on both sides
    ("详见https://un.org/zh获取更多信息", ["https://un.org/zh"]),
    ("（见https://un.org）", ["https://un.org"]),
    ("https://un.org에서 확인", ["https://un.org"]),
    ("<https://un.org>", ["https://un.org"]),  # bare URL inside an autolink
    ("at www. nothing", []),
    ("https:// nothing", []),
    ("press@www.un.org is an e-mail", []),
    ("a path/www.un.org and xhttps://un.org or 2www.un.org", []),
]


@pytest.mark.parametrize(("text", "urls"), URL_CASES)
def test_url(text: str, urls: list[str]) -> None:
    assert [text[a:b] for a, b in url_spans(text)] == urls


def test_url_stops_at_private_use_marks() -> None:
    # the protector's marks around a link's text: the URL inside it is masked on its own
    assert [m.group() for m in inline.URL.finditer("\U000f0000https://un.org\U000f0001")] == [
        "https://un.org"
    ]


EMAIL_CASES: list[tuple[str, list[str]]] = [
    ("Write to press+media@un.org.", ["press+media@un.org"]),
    ("j.doe@mofa.gov.pk, or", ["j.doe@mofa.gov.pk"]),
    ("Link mailto:press@un.org here", ["mailto:press@un.org"]),
    ("联系press@un.org获取", ["press@un.org"]),
    ("(press@un.org)", ["press@un.org"]),
    ("(see .press@un.org.)", ["press@un.org"]),
    ("a.b_c-d%e@sub.mofa.gov.pk", ["a.b_c-d%e@sub.mofa.gov.pk"]),
    ("not@an-address, a@b", []),
    ("handle @un.org", []),
]


@pytest.mark.parametrize(("text", "emails"), EMAIL_CASES)
def test_email(text: str, emails: list[str]) -> None:
    assert EMAIL.findall(text) == emails


CODE_CASES: list[tuple[str, list[str]]] = [
    ("Run `make test` now.", ["make test"]),
    ("`a` and `b`", ["a", "b"]),
    ("`` a`b ``", [" a`b "]),
    ("```x``` only", ["x"]),
    ("no ` code", []),
]


@pytest.mark.parametrize(("text", "codes"), CODE_CASES)
def test_code(text: str, codes: list[str]) -> None:
    assert [m.group("code") for m in CODE.finditer(text)] == codes


# (text, image, link text, destination) of the first inline link
LINK_CASES: list[tuple[str, str, str, str]] = [
    ("See [the report](https://un.org/r?id=1) today.", "", "the report", "https://un.org/r?id=1"),
    ('A [titled](https://un.org "The UN") link', "", "titled", "https://un.org"),
    ("[a [b] c](https://x.org/a_(b) 'T')", "", "a [b] c", "https://x.org/a_(b)"),
    ("[spaced](<a b.pdf>)", "", "spaced", "a b.pdf"),
    ("[esc \\] aped](u)", "", "esc \\] aped", "u"),
    ("![logo](logo.png)", "!", "logo", "logo.png"),
    ("[](https://un.org)", "", "", "https://un.org"),  # no text: the checks report it
    ("[ spaced ]( https://un.org )", "", " spaced ", "https://un.org"),
]


@pytest.mark.parametrize(("text", "image", "label", "dest"), LINK_CASES)
def test_link(text: str, image: str, label: str, dest: str) -> None:
    m = LINK.search(text)
    assert m is not None
    assert (m.group("image"), m.group("text"), m.group("dest")) == (image, label, dest)
    any_link = ANY_LINK.search(text)
    assert any_link is not None and any_link.group() == m.group()


def test_reference_links_and_views() -> None:
    assert LINK.search("See [the report][ref] today.") is None
    m = ANY_LINK.search("See [the report][ref] today.")
    assert m is not None and (m.group("text"), m.group("label")) == ("the report", "ref")
    text = 'See [a](https://x.org "T") and ![i](p.png).'
    assert [m.group() for m in LINK_DESTINATION.finditer(text)] == [
        '](https://x.org "T")',
        "](p.png)",
    ]
    assert [m.group() for m in IMAGE.finditer(text)] == ["![i](p.png)"]
    assert LINK_DESTINATION.search("a ](unclosed") is None


AUTOLINK_CASES: list[tuple[str, list[str]]] = [
    ("<https://un.org/a>", ["https://un.org/a"]),
    ("<press@un.org>", ["press@un.org"]),
    ("<mailto:press@un.org>", ["mailto:press@un.org"]),
    ("<b>bold</b> and <br/>", []),  # HTML tags are not autolinks
    ("< https://un.org >", []),
]


@pytest.mark.parametrize(("text", "addresses"), AUTOLINK_CASES)
def test_autolink(text: str, addresses: list[str]) -> None:
    assert [m.group("address") for m in AUTOLINK.finditer(text)] == addresses


def test_html_escapes_phones() -> None:
    text = 'a <b>b</b> <br/> <span class="x">c</span> <!-- note --> d'
    assert HTML_TAG.findall(text) == ["<b>", "</b>", "<br/>", '<span class="x">', "</span>"]
    assert HTML.findall(text) == [*HTML_TAG.findall(text)[:4], "</span>", "<!-- note -->"]
    assert ESCAPE.findall(r"\* \_ \a \\ \[") == ["\\*", "\\_", "\\\\", "\\["]
    assert PHONE.findall("Call +92 51 9210335 or +1 (212) 555-0100, not 1+2 3") == [
        "+92 51 9210335",
        "+1 (212) 555-0100",
    ]


EMPHASIS_CASES: list[tuple[str, list[tuple[str, str]]]] = [
    ("a **strong** b", [("strong", "strong")]),
    ("a __strong__ b", [("strong", "strong")]),
    ("a ***both*** b", [("strong", "both")]),
    ("a *em* and _em_ b", [("em", "em"), ("em", "em")]),
    ("a ~~gone~~ b", [("strike", "gone")]),
    ("snake_case_name and 2 * 3 * 4", []),
    ("** not strong **", []),
]


@pytest.mark.parametrize(("text", "found"), EMPHASIS_CASES)
def test_emphasis(text: str, found: list[tuple[str, str]]) -> None:
    out: list[tuple[str, str]] = []
    for kind, pattern in EMPHASIS:
        for m in pattern.finditer(text):
            out.append((kind, m.group(1)))
        text = pattern.sub(lambda m: " " * len(m.group()), text)
    assert out == found


def test_blank_keeps_offsets() -> None:
    text = "Call +1 555 at https://un.org/2024. or [x](https://a.org/3) or <b@c.de>, d@e.org"
    out = blank(text, inline.ADDRESSES)
    assert len(out) == len(text)
    assert re.findall(r"\S+", out) == [
        "Call",
        "+1",
        "555",
        "at",
        ".",
        "or",
        "[x",
        "or",
        ",",
    ]


_PIECES = [*"ab1 .:/@<>`[]()!\\*_~w-", "https://", "www.", "中"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_the_prefilter_never_skips_a_match(text: str) -> None:
    """`may_match` only skips a pattern that cannot match (it lets `blank` skip the regex)."""
    for pattern in inline._NEEDS:
        if pattern.search(text):
            assert inline.may_match(pattern, text), (pattern.pattern[:40], text)
