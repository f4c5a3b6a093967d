"""Property tests (hypothesis): what the pipeline promises for any input, not just the sample.

(a) A CommonMark release body of any shape goes through extract (blocks -> segments -> a
    catalog written and read back), an identity translation (msgstr = msgid) and the build's
    reassembly (`build.document`: split each block, look up, join) into the HTML markdown-it
    renders for the body itself (the project's preset): same structure, same text (white
    space as it shows: `markdown.canonical`), entities, escapes, code spans, images and nested
    emphasis included.
(b) Catalogs holding any Unicode text (RTL, combining marks, emoji, CJK, quotes, backslashes,
    tabs, newlines, line separators) survive template/new_catalog -> dump -> parse unchanged,
    and GNU `msgfmt --check` accepts what `dump` writes.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import polib
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from workflow.catalogs import extract, pofile
from workflow.catalogs.pofile import SourceEntry
from workflow.lang import languages
from workflow.publish import build, render
from workflow.source import markdown, release
from workflow.workspace import Workspace

NOW = "2024-06-20 08:00+0000"
FR = languages.parse("fr")
FRONT = (
    "---\ntitle: Title\ndate: 2024-06-20\nplace: New York\nlanguage: en\nlanguages: [fr]\n---\n\n"
)

# --- (a) documents ------------------------------------------------------------------------------

LETTERS = "abcdefghijklmnopqrstuvwxyzéüçñøß"
word = st.text(alphabet=LETTERS, min_size=1, max_size=9)
capitalised = word.map(lambda w: w[:1].upper() + w[1:])
special = st.sampled_from(
    [
        "Mr.",
        "Dr.",
        "U.N.",
        "e.g.",
        "etc.",
        "No. 5",
        "3.5",
        "1,000",
        "2024",
        "15%",
        "EU's",
        "(ICTs)",
        '"quoted words"',
        "“curly”",
        "‘single’",
        "«guillemets»",
        "—",
        "&",
        "a/b",
        "São Paulo",
        "باكستان",
        "巴基斯坦。",
        "Ελλάδα",
        "👍🏽",
        "e\u0301",
        "C:\\\\path",
        "a\u2028b",
        # entities, numeric references, backslash escapes
        "&amp;",
        "R&amp;D",
        "5&nbsp;million",
        "&copy;",
        "&#169;",
        "&#x2014;",
        "&amp;copy;",
        "&lt;u&gt;",
        "\\*",
        "\\_x\\_",
        "\\[x\\]",
        "\\`",
        "\\&",
        "\\\\",
    ]
)
url = st.builds(
    "https://{}.org/{}?q={}&n=1#{}".format,
    word,
    word,
    word,
    word,
)
code = st.sampled_from(
    [
        "`x.y()`",
        "`a. B`",
        "`--lang fr`",
        "``a ` b``",
        "`1.5`",
        "`a  b`",
        "`` `x` ``",
        "`*not em*`",
        "`&amp;`",
        "`a\\`",
        "`[x](y)`",
    ]
)
image = st.tuples(st.sampled_from(["R&amp;D", "a *b* c", "x \\* y", "", "logo"]), word).map(
    lambda t: f"![{t[0]}](https://x.org/{t[1]}.png)"
)


def _inline(words: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """A run of words with inline markup: emphasis, strong, links, code, autolinks."""
    phrase = st.lists(words, min_size=1, max_size=3).map(" ".join)
    return st.one_of(
        words,
        words,
        words,
        special,
        code,
        phrase.map(lambda p: f"*{p}*"),
        phrase.map(lambda p: f"_{p}_"),
        phrase.map(lambda p: f"**{p}**"),
        st.tuples(phrase, phrase).map(lambda t: f"**{t[0]} *{t[1]}*. {t[0]}**"),
        st.tuples(phrase, phrase).map(lambda t: f"*{t[0]} **{t[1]}** {t[0]}*"),
        phrase.map(lambda p: f"***{p}***"),
        image,
        st.tuples(phrase, url).map(lambda t: f"[{t[0]}]({t[1]})"),
        url.map(lambda u: f"<{u}>"),
    )


inline = _inline(word)


@st.composite
def sentence(draw: st.DrawFn) -> str:
    parts = [draw(capitalised), *draw(st.lists(inline, min_size=0, max_size=8))]
    out = parts[0]
    for part in parts[1:]:
        out += draw(st.sampled_from([" ", " ", " ", ", ", "; ", ": ", " - "])) + part
    return out + draw(st.sampled_from([".", ".", ".", "!", "?", "...", "?!", ".\u201d", '."']))


@st.composite
def paragraph_lines(draw: st.DrawFn) -> list[str]:
    """Sentences on lines: soft breaks, hard breaks (two spaces or a backslash), or one line."""
    sentences = draw(st.lists(sentence(), min_size=1, max_size=4))
    lines = [sentences[0]]
    for s in sentences[1:]:
        sep = draw(st.sampled_from([" ", " ", "soft", "hard-spaces", "hard-backslash"]))
        if sep == " ":
            lines[-1] += " " + s
        elif sep == "soft":
            lines.append(s)
        elif sep == "hard-spaces":
            lines[-1] += "  "
            lines.append(s)
        else:
            lines[-1] += "\\"
            lines.append(s)
    return lines


@st.composite
def block(draw: st.DrawFn) -> str:
    kind = draw(
        st.sampled_from(
            ["heading", "paragraph", "paragraph", "bullets", "numbers", "quote", "table"]
        )
    )
    if kind == "heading":
        return "#" * draw(st.integers(1, 4)) + " " + draw(sentence()).rstrip(".")
    if kind == "paragraph":
        return "\n".join(draw(paragraph_lines()))
    if kind in ("bullets", "numbers"):
        items = draw(st.lists(paragraph_lines(), min_size=1, max_size=4))
        out = []
        for n, lines in enumerate(items, start=1):
            marker = "-" if kind == "bullets" else f"{n}."
            pad = " " * (len(marker) + 1)
            out.append(f"{marker} " + f"\n{pad}".join(lines))
        return "\n".join(out)
    if kind == "quote":
        return "\n".join("> " + line for line in draw(paragraph_lines()))
    columns = draw(st.integers(1, 3))
    cell = st.lists(inline, min_size=1, max_size=4).map(" ".join)
    rows = draw(st.lists(st.lists(cell, min_size=columns, max_size=columns), min_size=2))
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + " --- |" * columns]
    lines += ["| " + " | ".join(row) + " |" for row in rows[1:]]
    return "\n".join(lines)


documents = st.lists(block(), min_size=1, max_size=6).map(lambda bs: "\n\n".join(bs) + "\n")


def identity_catalog(rel: release.Release) -> polib.POFile:
    """Extract's catalog for `rel`, 'translated' with msgstr = msgid, written and read back."""
    entries = extract.source_entries(rel)
    pot = pofile.template(rel.id, entries, created=NOW, title=rel.title)
    po = pofile.new_catalog(pofile.parse(pofile.dump(pot), path="x.pot"), FR, created=NOW)
    for entry in po:
        entry.msgstr = entry.msgid
    return pofile.parse(pofile.dump(po), path="x.po")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
@example("Mr. Akram spoke. He left.\n\n- One. Two!\n- Three?\n")
@example("First line.  \nSecond line.\\\nThird *line. Still* emphasis.\n")
@example(
    "Johnson &amp; Johnson. R&amp;D \\* B.\n\n| a | R&amp;D \\| x |\n| --- | --- |\n| `a  b` | c |\n"
)
def test_identity_translation_rebuilds_the_same_document(body: str) -> None:
    rel = release.parse((FRONT + body).encode(), release_id="prop", path="releases/prop.md")
    po = identity_catalog(rel)
    texts = pofile.translations(po, include_machine=False)
    doc = build.document(Workspace(Path("/nonexistent")), rel, FR, texts, draft=False)
    assert render.UNTRANSLATED_OPEN not in doc.body_html
    assert markdown.canonical(doc.body_html) == markdown.canonical(markdown.render(rel.body))


# --- (b) catalogs -------------------------------------------------------------------------------

# Scripts and characters that break naive catalog code: RTL (Arabic, Hebrew, Urdu), combining
# marks, emoji with joiners, CJK, quotes, backslashes, tabs, newlines, Unicode line separators.
NASTY = (
    "باكستانمنیر اکرم"
    "עברית"
    "e\u0301a\u0308\u0327"
    "👍🏽👨‍👩‍👧🇵🇰"
    "巴基斯坦网络安全"
    "\"'“”‘’«»"
    "\\\\"
    "\t\n"
    "\u200e\u200f\u202b\u202c\u2066\u2069"
    "\u00a0\u2028\u2029\u0085\u000b\u000c\r"
    "#~|:,.%{}$"
)
# Other C0/C1 control characters are left out: releases refuse every control character but
# tab and newline, so no msgid holds one (and gettext reserves some: EOT ends a msgctxt). VT,
# FF, NEL and CR stay: translators' tools and engines may put them in msgstrs and comments.
text = st.text(
    alphabet=st.one_of(
        st.sampled_from(NASTY),
        st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")),
    ),
    min_size=1,
    max_size=40,
)


def _gettext_newlines(msgid: str, msgstr: str) -> str:
    """msgfmt --check wants msgid and msgstr to agree on a leading and a trailing newline."""
    body = msgstr.strip("\n") or "x"
    return ("\n" if msgid.startswith("\n") else "") + body + ("\n" if msgid.endswith("\n") else "")


# Comment lines are not quoted: polib drops white space at their ends (and empty lines at the
# comment's ends), so a comment survives as its lines stripped. Strings keep every character.
# A comment line cannot end in a backslash either: gettext reads backslash-newline as a line
# continuation even in a comment (po-lex.c lex_getc), joining the next line to the comment.
comment = text.map(lambda s: "\n".join(line.strip() for line in s.split("\n")).strip()).filter(
    lambda s: not any(line.endswith("\\") for line in s.split("\n"))
)


@st.composite
def catalog_entries(draw: st.DrawFn) -> list[tuple[str, str, str, str]]:
    """(msgid, msgstr, extracted comment, translator comment), distinct msgids."""
    msgids = draw(st.lists(text, min_size=1, max_size=6, unique=True))
    out = []
    for msgid in msgids:
        msgstr = _gettext_newlines(msgid, draw(text))
        out.append((msgid, msgstr, draw(comment), draw(comment)))
    return out


def _msgfmt(data: bytes, tmp: Path) -> str:
    path = tmp / "roundtrip.po"
    path.write_bytes(data)
    proc = subprocess.run(
        ["msgfmt", "--check", "-o", "/dev/null", str(path)], capture_output=True, text=True
    )
    return proc.stderr if proc.returncode else ""


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(entries=catalog_entries())
@example(entries=[("a\u2028b", "c\u2029d", "x\u0085y", "p\rq\u000bz")])
def test_catalog_round_trip_and_msgfmt(
    entries: list[tuple[str, str, str, str]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    sources = [
        SourceEntry(msgid, (("releases/p.md", n),), (comment,))
        for n, (msgid, _, comment, _) in enumerate(entries, start=1)
    ]
    pot = pofile.template("p", sources, created=NOW, title="T")
    pot_back = pofile.parse(pofile.dump(pot), path="p.pot")
    assert pofile.fingerprint(pot_back) == pofile.fingerprint(pot)

    po = pofile.new_catalog(pot_back, FR, created=NOW)
    for entry, (_, msgstr, _, tcomment) in zip(po, entries, strict=True):
        entry.msgstr = msgstr
        entry.tcomment = tcomment
    data = pofile.dump(po)
    back = pofile.parse(data, path="p.po")
    assert pofile.fingerprint(back) == pofile.fingerprint(po)
    assert [(e.msgid, e.msgstr, e.comment, e.tcomment) for e in back] == entries
    assert pofile.dump(back) == data  # and it writes the same bytes again
    assert _msgfmt(data, tmp_path_factory.mktemp("msgfmt")) == ""
