"""The extract step's warnings: Markdown printed other than it reads, with the release line,
and the markup check on translations counting the same things the same way."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli
from workflow.lang import languages
from workflow.quality.registry import CHECKS, Context, EntryView
from workflow.source import lint, markdown, release

FRONT = "---\ntitle: T\ndate: 2024-06-20\nplace: New York\nlanguage: en\nlanguages: [fr]\n---\n\n"


def _warnings(body: str) -> list[tuple[int, str]]:
    rel = release.parse((FRONT + body).encode(), release_id="r", path="releases/r.md")
    return [(w.line, w.message) for w in lint.release_warnings(rel)]


@pytest.mark.parametrize(
    ("body", "line", "message"),
    [
        ("Intro.\n\nA **stray one.\n", 11, "unbalanced strong (**): `**` matches nothing"),
        ("One\ntwo *open.\n", 10, "unbalanced emphasis (*)"),
        ("Run `workflow build.\n", 9, "unclosed code span"),
        ("See [](https://x.org).\n", 9, "link to https://x.org has no text"),
        ("A [link](<foo\nbar>).\n", 9, "link syntax printed as literal text"),
        ("<u>New York - June 20, 2024</u>\n", 9, "raw HTML <u> is printed as literal text"),
        ("Text.\n\n<div>\nInside.\n</div>\n", 11, "raw HTML <div> is printed as literal text"),
        ("| a |\n| - |\n| b **c |\n", 11, "unbalanced strong (**)"),
    ],
)
def test_each_oddity_is_a_warning_naming_the_release_line(
    body: str, line: int, message: str
) -> None:
    found = _warnings(body)
    assert any(ln == line and message in m for ln, m in found), found


@pytest.mark.parametrize(
    "body",
    [
        "Plain **strong** and *em* and _em_ and `code` and [link](https://x.org).\n",
        "Escaped \\*stars\\* and \\`ticks\\` and \\<u\\> and snake_case and 5 * 3.\n",
        "Text.\n\n    <u>in a code block</u> **\n",
        "Code `<u>` and `**` and `](`.\n",
    ],
)
def test_well_formed_markdown_gives_no_warning(body: str) -> None:
    assert _warnings(body) == []


def test_workflow_extract_prints_the_warnings(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    (root / "releases").mkdir(parents=True)
    (root / "releases" / "r.md").write_text(
        FRONT + "Intro.\n\n<u>New York - June 20, 2024</u> and a **stray.\n", encoding="utf-8"
    )
    proc = run_cli("extract", "--root", str(root), timeout=120)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stderr.splitlines()
    assert any(x.startswith("warning: releases/r.md:11: raw HTML <u> is printed") for x in lines)
    assert any(x.startswith("warning: releases/r.md:11: unbalanced strong (**)") for x in lines)


def _markup_errors(src: str, tgt: str) -> list[str]:
    ctx = Context(languages.parse("en"), languages.parse("fr"))
    return [p.message for p in CHECKS["markup"].run(EntryView(src, tgt), ctx)]


def test_markup_check_agrees_with_extract_on_a_stray_delimiter() -> None:
    src = "A **stray one."
    assert markdown.inline_markup(src).spans == {}
    # the translation keeps the source's stray ** (extract warned about it): no fault
    assert _markup_errors(src, "Une **égarée.") == []
    # no self-contradiction ("0 strong spans, the source has 0"): the stray is named
    assert _markup_errors(src, "Une égarée.") == [
        "unbalanced strong (**): 0 `**` matching nothing (printed as literal text), "
        "the source has 1"
    ]
    assert _markup_errors("A **real** one.", "Une **vraie une.") == [
        "0 strong (**) span(s), the source has 1",
        "unbalanced strong (**): 1 `**` matching nothing (printed as literal text), "
        "the source has 0",
    ]
