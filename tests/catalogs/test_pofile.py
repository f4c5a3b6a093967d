"""Catalogs: golden template, unchanged inputs, another tool's save, strict reading (merging:
test_merge.py)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import polib
import pytest

from tests.conftest import REPO, SAMPLE_ID, msgfmt_check
from workflow.catalogs import extract, pofile
from workflow.errors import CatalogError
from workflow.lang import languages
from workflow.workspace import open_workspace

GOLDEN = REPO / "tests" / "golden"
NOW = "2024-06-20 09:00+0000"


def normalise(text: str) -> str:
    return re.sub(r'"(POT-Creation-Date|PO-Revision-Date): [^\\]*\\n"', r'"\1: DATE\\n"', text)


def test_sample_template_matches_golden(workspace: Path) -> None:
    ws = open_workspace(workspace)
    extract.extract(ws, [SAMPLE_ID], now=NOW)
    pot = (workspace / "locales" / "templates" / f"{SAMPLE_ID}.pot").read_text()
    golden = GOLDEN / f"{SAMPLE_ID}.pot"
    if not golden.exists():  # pragma: no cover - first run writes it for review
        golden.write_text(normalise(pot))
    assert normalise(pot) == golden.read_text()
    fr = (workspace / "locales" / "fr" / "LC_MESSAGES" / f"{SAMPLE_ID}.po").read_text()
    golden_fr = GOLDEN / f"{SAMPLE_ID}.fr.po"
    if not golden_fr.exists():  # pragma: no cover
        golden_fr.write_text(normalise(fr))
    assert normalise(fr) == golden_fr.read_text()
    for path in (workspace / "locales").rglob("*.po*"):
        msgfmt_check(path)


def _view(path: Path) -> list[tuple[object, ...]]:
    return [
        (e.msgid, e.msgstr, e.fuzzy, e.previous_msgid, e.obsolete, e.tcomment, e.occurrences)
        for e in polib.pofile(str(path))
    ]


def test_unchanged_inputs_rewrite_nothing(workspace: Path) -> None:
    ws = open_workspace(workspace)
    extract.extract(ws, [SAMPLE_ID], now=NOW)
    files = sorted((workspace / "locales").rglob("*.po*"))
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in files}
    report = extract.extract(ws, [SAMPLE_ID], now="2030-01-01 00:00+0000")
    assert not report.written
    assert {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in files} == before


def test_catalog_saved_by_another_tool_keeps_every_edit(workspace: Path, tmp_path: Path) -> None:
    """Poedit/msgcat wrap lines differently and reorder header fields: nothing may be lost."""
    ws = open_workspace(workspace)
    extract.extract(ws, [SAMPLE_ID], now=NOW)
    po_path = workspace / "locales" / "es" / "LC_MESSAGES" / f"{SAMPLE_ID}.po"
    po = polib.pofile(str(po_path))
    for n, e in enumerate(po):
        e.msgstr = f"Traducción revisada número {n} con una frase bastante larga para envolver"
        if n % 3 == 0:
            e.tcomment = f"nota del traductor {n}"
    po.save(str(po_path))
    # rewrap as another tool would: no wrapping at all
    rewrapped = tmp_path / "nowrap.po"
    subprocess.run(["msgcat", "--no-wrap", "-o", str(rewrapped), str(po_path)], check=True)
    shutil.copy(rewrapped, po_path)
    expected = _view(po_path)
    report = extract.extract(ws, [SAMPLE_ID], now="2030-01-01 00:00+0000")
    assert ws.rel(po_path) not in [c.path for c in report.written]  # same content: not rewritten
    assert _view(po_path) == expected
    # a real source change then rewrites it in our wrapping, losing no translation
    rel = workspace / "releases" / f"{SAMPLE_ID}.md"
    rel.write_text(rel.read_text() + "\nOne more sentence for the end.\n")
    extract.extract(ws, [SAMPLE_ID], now="2030-01-02 00:00+0000")
    after = {v[0]: v for v in _view(po_path)}
    for v in expected:
        assert after[v[0]][1] == v[1] and after[v[0]][5] == v[5]
    msgfmt_check(po_path)


HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'


@pytest.mark.parametrize(
    ("body", "line", "fragment"),
    [
        ('msgid "a"\nmsgstr "b\n', 7, "unterminated string"),
        ('msgid "a\\q"\nmsgstr "b"\n', 6, "invalid escape"),
        ('msgid "a"\nmsgstr "b"\n\nmsgid "a"\nmsgstr "c"\n', 9, "duplicate entry"),
        ('msgid "a"\nmsgstr "b" x\n', 7, "unescaped quote"),
        ('msgid "a"\nmsgid_plural "as"\nmsgstr[0] "b"\n', 6, "plural forms"),
        ('msgid "a"\nmsgstr "b"\nbogus line\n', 8, "syntax error"),
    ],
)
def test_malformed_catalogs_name_file_and_line(body: str, line: int, fragment: str) -> None:
    with pytest.raises(CatalogError) as err:
        pofile.parse((HEADER + body).encode(), path="locales/fr/LC_MESSAGES/x.po")
    assert err.value.line == line
    assert fragment in str(err.value)
    assert str(err.value).startswith(f"locales/fr/LC_MESSAGES/x.po:{line}: ")


def test_bom_crlf_and_bad_encoding_refused() -> None:
    with pytest.raises(CatalogError, match="byte-order mark"):
        pofile.parse(b"\xef\xbb\xbf" + HEADER.encode(), path="x.po")
    with pytest.raises(CatalogError, match="CRLF"):
        pofile.parse(HEADER.replace("\n", "\r\n").encode(), path="x.po")
    with pytest.raises(CatalogError, match="UTF-8") as err:
        pofile.parse(HEADER.encode() + b'msgid "a"\nmsgstr "\xe9"\n', path="x.po")
    assert err.value.line == 7


def test_headers_and_plural_forms() -> None:
    for code, nplurals in [("fr", 2), ("ar", 6), ("zh", 1), ("ru", 3), ("ur", 2)]:
        pot = pofile.template("r", [], created=NOW)
        po = pofile.new_catalog(pot, languages.parse(code), created=NOW)
        assert po.metadata["Language"] == code
        assert f"nplurals={nplurals};" in po.metadata["Plural-Forms"]
        assert po.metadata["Content-Type"] == "text/plain; charset=UTF-8"
