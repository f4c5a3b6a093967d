"""The writer against GNU gettext itself: what we write is what `msgcat` writes, byte for byte.

Every file here is written by `powrite.dump` and then given to the real `msgcat` (and
`msgcat --no-wrap` for a file saved unwrapped): a file gettext writes the same way is a file a
translator's Poedit/msgcat save leaves unchanged, and whose next write by us is a small diff.
"""

from __future__ import annotations

import difflib
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import REPO, SAMPLE_ID, msgcat_check, msgfmt_check
from workflow.catalogs import extract, pofile, powrite
from workflow.catalogs.types import Catalog, Entry
from workflow.workspace import open_workspace

GOLDEN = REPO / "tests" / "golden"
HEADER = {
    "Project-Id-Version": "talks",
    "Content-Type": "text/plain; charset=UTF-8",
    "Content-Transfer-Encoding": "8bit",
    "Plural-Forms": "nplurals=2; plural=(n != 1);",
}


def assert_gettext_writes(data: bytes, tmp_path: Path, *options: str) -> None:
    path = tmp_path / "in.po"
    path.write_bytes(data)
    msgcat_check(path, *options)


@pytest.mark.parametrize("path", sorted(GOLDEN.glob("*.po*")), ids=lambda p: p.name)
def test_golden_catalogs_are_as_msgcat_writes_them(path: Path, tmp_path: Path) -> None:
    msgcat_check(path)


@pytest.mark.parametrize(
    "path", sorted((REPO / "locales").rglob("*.po*")), ids=lambda p: p.parent.parent.name
)
def test_committed_catalogs_are_as_msgcat_writes_them(path: Path, tmp_path: Path) -> None:
    msgcat_check(path)


def entry(msgid: str, msgstr: str = "", **fields: object) -> Entry:
    return Entry(msgid=msgid, msgstr=msgstr, **fields)  # type: ignore[arg-type]


def catalog(*entries: Entry, wrap: bool = True) -> Catalog:
    po = Catalog(metadata=dict(HEADER), wrap=wrap)
    po.header = "Release talks.\nFrench translation."
    for e in entries:
        po.append(e)
    return po


LONG = (
    "The Permanent Representative welcomed the delegations and stressed that the framework "
    "would be reviewed every two years by the member states.\nSecond line after a newline."
)


@pytest.mark.parametrize(
    "e",
    [
        entry(LONG, LONG.upper()),
        entry("短" * 120, "中文" * 70),  # wide characters: 2 columns each
        entry("سيعقد " * 30, "مجلس الأمن " * 20),
        entry("e\u0301" * 100, "x"),  # combining marks: 0 columns
        entry("a" * 200, "b" * 10),  # one long word: no break possible
        entry('quote " and backslash \\ and tab \t' * 4, "cr\r bell\a vt\v ff\f"),
        entry(LONG, "x", flags=["no-wrap", "fuzzy"]),
        entry(LONG, "", flags=["fuzzy"]),  # gettext drops fuzzy from an untranslated entry
        entry("%s of %d files, %-5.2f%%" * 6, "%s de %d", flags=["c-format", "fuzzy"]),
        entry("x", "y", flags=["my-own-flag", "python-format", "range: 1..5"]),  # unknown: gone
        entry("one", msgid_plural="many " * 30, msgstr_plural={0: "un", 1: "plusieurs " * 30}),
        entry("ctx", "ctx", msgctxt="menu " * 20),
        entry(LONG, "y", flags=["fuzzy"], previous_msgid=LONG[::-1], previous_msgctxt="c"),
        entry("refs", "r", occurrences=[(f"./releases/r{i:03}.md", str(i)) for i in range(40)]),
        entry("ref without line", "r", occurrences=[("releases/a.md", "")]),
        entry(
            "comments",
            "c",
            tcomments=["", "  spaced  ", "# hash", "x" * 120],
            comments=["", "paragraph"],
        ),
        entry(
            "gone",
            "parti",
            obsolete=True,
            flags=["fuzzy"],
            previous_msgid="went",
            tcomments=["kept"],
            comments=["paragraph"],
            occurrences=[("a.md", "3")],
        ),
        entry("gone untranslated", "", obsolete=True),  # gettext writes nothing for it
        entry(LONG, LONG, obsolete=True, msgctxt="c"),
    ],
    ids=lambda e: e.msgid[:12],
)
def test_each_construct_is_written_as_msgcat_writes_it(e: Entry, tmp_path: Path) -> None:
    assert_gettext_writes(powrite.dump(catalog(entry("first", "premier"), e)), tmp_path)


def test_an_unwrapped_file_stays_unwrapped(tmp_path: Path) -> None:
    po = catalog(entry(LONG, LONG.upper()), entry("中" * 100, "文" * 100), wrap=False)
    data = powrite.dump(po)
    assert_gettext_writes(data, tmp_path, "--no-wrap")
    assert max(len(line) for line in data.decode().split("\n")) > 100


def test_a_header_kept_verbatim_while_unchanged() -> None:
    po = catalog()
    po.header_text = "Project-Id-Version:talks\nX-Odd: value\n"
    po.header_fields = {"Project-Id-Version": "talks", "X-Odd": "value"}
    po.metadata = dict(po.header_fields)
    assert b'"Project-Id-Version:talks\\n"' in powrite.dump(po)
    po.metadata["X-Odd"] = "changed"
    assert b'"Project-Id-Version: talks\\n"' in powrite.dump(po)


# --- any catalog ---------------------------------------------------------------------------------

# All of Unicode that can be in a .po string (no NUL, no surrogates), weighted towards what makes
# line breaking hard: spaces, CJK, Arabic, combining marks, hyphens, long words, newlines.
PIECES = st.sampled_from(
    [
        " ",
        "  ",
        "\n",
        "\t",
        '"',
        "\\",
        "-",
        "/",
        "—",
        "。",
        "，",
        "、",
        "(",
        ")",
        "«",
        "»",
        "中文",
        "日本語テキスト",
        "한국어",
        "مرحبا",
        "،",
        "e\u0301",
        "\u0651",
        "\u00a0",
        "\u200b",
        "\u2028",
        "🙂",
        "%s",
        "%d",
        "http://example.org/a-b?c=d",
        "supercalifragilistic" * 3,
        "word",
        "the ",
        "1,000",
        "3.5",
        ". ",
    ]
)
TEXT = st.lists(
    st.one_of(
        PIECES,
        st.text(
            st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\x04"), max_size=8
        ),
    ),
    max_size=30,
).map("".join)
LINE = TEXT.map(lambda s: s.replace("\n", " ").rstrip("\\"))  # a comment line
FLAGS = st.lists(
    st.sampled_from(["fuzzy", "c-format", "no-c-format", "python-format", "no-wrap"]),
    max_size=3,
    unique=True,
)


@st.composite
def entries(draw: st.DrawFn, index: int) -> Entry:
    e = Entry(msgid=draw(TEXT) + f" {index}", msgstr=draw(TEXT), flags=draw(FLAGS))
    if draw(st.booleans()):
        e.tcomments = draw(st.lists(LINE, max_size=3))
        e.comments = draw(st.lists(LINE, max_size=2))
        e.occurrences = [
            (f"releases/{draw(st.text('abc-/_.', min_size=1, max_size=30))}.md", str(n))
            for n in draw(st.lists(st.integers(1, 99999), max_size=6))
        ]
    if draw(st.integers(0, 4)) == 0:
        e.msgid_plural = draw(TEXT) + "s"
        e.msgstr_plural = {0: draw(TEXT), 1: draw(TEXT)}
        e.msgstr = ""
    if draw(st.integers(0, 4)) == 0:
        e.msgctxt = draw(TEXT)
    if draw(st.integers(0, 3)) == 0:
        e.previous_msgid = draw(TEXT)
    e.obsolete = draw(st.integers(0, 5)) == 0
    return e


@st.composite
def catalogs(draw: st.DrawFn) -> Catalog:
    n = draw(st.integers(1, 12))
    return catalog(*(draw(entries(i)) for i in range(n)), wrap=draw(st.booleans()))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(po=catalogs())
def test_any_catalog_is_written_as_msgcat_writes_it(
    po: Catalog, tmp_path_factory: pytest.TempPathFactory
) -> None:
    tmp = tmp_path_factory.mktemp("any")
    assert_gettext_writes(powrite.dump(po), tmp, *([] if po.wrap else ["--no-wrap"]))


# --- a write changes only what changed ------------------------------------------------------------


def changed_lines(before: Path | bytes, after: Path | bytes) -> int:
    """Lines added or removed between two versions of a file (what `git diff --stat` counts)."""
    old = before.read_bytes() if isinstance(before, Path) else before
    new = after.read_bytes() if isinstance(after, Path) else after
    diff = difflib.unified_diff(old.decode().split("\n"), new.decode().split("\n"), n=0)
    return sum(1 for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---"))


def _translated_sample(workspace: Path) -> tuple[Path, Path]:
    """The sample extracted and its French catalog fully translated by a translator."""
    ws = open_workspace(workspace)
    extract.extract(ws, [SAMPLE_ID], now="2024-06-20 09:00+0000")
    po_path = workspace / "locales" / "fr" / "LC_MESSAGES" / f"{SAMPLE_ID}.po"
    po = pofile.parse(po_path.read_bytes(), path=str(po_path))
    for i, e in enumerate(po):
        e.msgstr = f"{e.msgid} (fr {i})"
        if i % 3 == 0:
            e.tcomment = "Reviewed by the desk officer, who kept the original names."
    po_path.write_bytes(pofile.dump(po))
    return po_path, workspace / "releases" / f"{SAMPLE_ID}.md"


def _edit_one_word(release: Path) -> None:
    text = release.read_text(encoding="utf-8")
    assert " cyber " in text
    release.write_text(text.replace(" cyber ", " digital ", 1), encoding="utf-8")


@pytest.mark.parametrize("style", [[], ["--no-wrap"]], ids=["msgcat", "unwrapped (Poedit)"])
def test_after_a_translator_save_an_edit_is_no_larger_a_diff_than_msgmerge(
    workspace: Path, tmp_path: Path, style: list[str]
) -> None:
    po_path, release = _translated_sample(workspace)
    saved = tmp_path / "saved.po"  # the translator's save, with their tool's wrapping
    subprocess.run(["msgcat", *style, "-o", str(saved), str(po_path)], check=True)
    shutil.copy(saved, po_path)
    _edit_one_word(release)
    extract.extract(open_workspace(workspace), [SAMPLE_ID], now="2024-06-21 09:00+0000")
    pot = workspace / "locales" / "templates" / f"{SAMPLE_ID}.pot"
    gnu = tmp_path / "gnu.po"
    subprocess.run(
        ["msgmerge", "--quiet", "--previous", *style, "-o", str(gnu), str(saved), str(pot)],
        check=True,
    )
    ours, theirs = changed_lines(saved, po_path), changed_lines(saved, gnu)
    assert 0 < ours <= theirs, (ours, theirs)
    assert po_path.read_bytes() == gnu.read_bytes()  # in fact, msgmerge's very file
    msgfmt_check(po_path)


def test_translating_one_entry_changes_its_lines_and_the_header_dates(workspace: Path) -> None:
    po_path, _ = _translated_sample(workspace)
    before = po_path.read_bytes()
    po = pofile.parse(before, path=str(po_path))
    target = next(e for e in po if len(e.msgid) > 150)
    pofile.fill(
        po,
        target.msgid,
        "Une traduction automatique, assez longue pour être coupée "
        "sur plusieurs lignes comme gettext le fait toujours.",
        ["machine: argos 1.9"],
    )
    after = pofile.dump(po)
    entry_lines = len(pofile.dump(catalog(target)).split(b"\n\n")[1].split(b"\n"))
    assert changed_lines(before, after) <= 2 * entry_lines + 4  # its lines, and the header's


@pytest.mark.parametrize("size", range(66, 84))
def test_strings_at_the_edge_of_the_line_are_cut_as_msgcat_cuts_them(
    size: int, tmp_path: Path
) -> None:
    text = ("word " * 20)[: size - 1] + "x"
    wide = ("文字 " * 30)[: size // 2]
    e = entry(text, text, previous_msgid=text, msgctxt=wide)
    assert_gettext_writes(powrite.dump(catalog(e, entry(wide, wide, obsolete=True))), tmp_path)
