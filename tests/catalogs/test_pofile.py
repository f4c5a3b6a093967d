"""Catalogs: golden template, merge behaviour against GNU msgmerge, strict reading."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import polib
import pytest

from tests.conftest import REPO, SAMPLE_ID, msgfmt_check
from workflow.catalogs import extract, merge, pofile
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


BEFORE = """---
title: Cyber talks open
date: 2024-06-20
place: New York
language: en
languages: [fr]
---

# Talks open in New York

The Ambassador welcomed the delegations. He thanked the host country for its support.

The meeting discussed ransomware attacks on hospitals. It also discussed the theft of data.

- Confidence-building measures were agreed.
- A directory of points of contact was launched.

A sentence that will be removed entirely from the release.
"""

AFTER = """---
title: Cyber talks open
date: 2024-06-20
place: New York
language: en
languages: [fr]
---

# Talks open in New York

The Ambassador warmly welcomed the delegations. He thanked the host country for its support.

The meeting discussed ransomware attacks against hospitals. It also discussed the theft of data.

- Confidence-building measures were agreed.
- A directory of points of contact was launched.
- A brand new item about quantum computing and outer space.
"""

TRANSLATIONS = {
    "Talks open in New York": ("Ouverture des pourparlers à New York", False),
    "The Ambassador welcomed the delegations.": (
        "L'Ambassadeur a accueilli les délégations.",
        False,
    ),
    "He thanked the host country for its support.": ("Il a remercié le pays hôte.", True),
    "The meeting discussed ransomware attacks on hospitals.": (
        "La réunion a examiné les rançongiciels visant les hôpitaux.",
        False,
    ),
    "Confidence-building measures were agreed.": (
        "Des mesures de confiance ont été convenues.",
        True,
    ),
    "A sentence that will be removed entirely from the release.": ("Une phrase supprimée.", False),
}


def _translate(path: Path) -> None:
    po = polib.pofile(str(path))
    for e in po:
        if e.msgid in TRANSLATIONS:
            e.msgstr, fuzzy = TRANSLATIONS[e.msgid]
            if fuzzy:
                e.flags.append("fuzzy")
                e.tcomment = "machine: argos translate-en_fr 1.9"
            else:
                e.tcomment = "Checked with the desk officer."
    po.save(str(path))


def _view(path: Path) -> list[tuple[object, ...]]:
    return [
        (e.msgid, e.msgstr, e.fuzzy, e.previous_msgid, e.obsolete, e.tcomment, e.occurrences)
        for e in polib.pofile(str(path))
    ]


def test_reextract_behaves_like_msgmerge_previous(workspace: Path, tmp_path: Path) -> None:
    rel = workspace / "releases" / "talks.md"
    rel.write_text(BEFORE)
    ws = open_workspace(workspace)
    extract.extract(ws, ["talks"], now=NOW)
    po_path = workspace / "locales" / "fr" / "LC_MESSAGES" / "talks.po"
    _translate(po_path)
    old = tmp_path / "old.po"
    shutil.copy(po_path, old)

    rel.write_text(AFTER)
    report = extract.extract(ws, ["talks"], now="2024-06-21 09:00+0000")
    assert {c.action for c in report.changes} == {"updated"}
    pot = workspace / "locales" / "templates" / "talks.pot"
    gnu = tmp_path / "gnu.po"
    subprocess.run(
        ["msgmerge", "--quiet", "--previous", "-o", str(gnu), str(old), str(pot)], check=True
    )
    ours = _view(po_path)
    assert ours == _view(gnu)
    # and the behaviour itself, spelled out
    by_id = {v[0]: v for v in ours}
    edited = by_id["The Ambassador warmly welcomed the delegations."]
    assert edited[1:4] == (
        "L'Ambassadeur a accueilli les délégations.",
        True,
        "The Ambassador welcomed the delegations.",
    )
    assert edited[5] == "Checked with the desk officer."
    assert by_id["He thanked the host country for its support."][2] is True  # still machine
    assert by_id["Talks open in New York"][1:3] == ("Ouverture des pourparlers à New York", False)
    assert by_id["A sentence that will be removed entirely from the release."][4]
    assert by_id["A brand new item about quantum computing and outer space."][1] == ""
    msgfmt_check(po_path)


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


def test_similarity_matches_msgmerge_threshold() -> None:
    assert merge.similarity("abc", "abc") == 1.0
    assert merge.similarity("The cat sat.", "The cat sat down.") > 0.6
    assert merge.similarity("Hello", "A completely different sentence.") < 0.6


@pytest.mark.parametrize(
    ("old", "new", "trivial"),
    [
        ('He said "yes".', "He said “yes”.", True),
        ("Two  spaces here.", "Two spaces here.", True),
        ("The goverment acted.", "The govermant acted.", True),
        ("The government acted.", "The governments acted.", False),  # length changed
        ("Over 240 million people.", "Over 241 million people.", False),  # a figure
        ("The council met today.", "The council met Monday.", False),  # a different word
    ],
)
def test_trivial_edit(old: str, new: str, trivial: bool) -> None:
    assert merge.trivial_edit(old, new) is trivial


def test_trivial_edits_carry_reviewed_translations_only_when_asked(workspace: Path) -> None:
    rel = workspace / "releases" / "talks.md"
    rel.write_text(BEFORE)
    ws = open_workspace(workspace)
    extract.extract(ws, ["talks"], now=NOW)
    po_path = workspace / "locales" / "fr" / "LC_MESSAGES" / "talks.po"
    _translate(po_path)
    edited = BEFORE.replace("The Ambassador welcomed", "The  Ambassador welcomed").replace(
        "attacks on hospitals", "attacks an hospitals"
    )
    rel.write_text(edited)
    (workspace / "workflow.toml").write_text("[extract]\ncarry_trivial_edits = true\n")
    extract.extract(open_workspace(workspace), ["talks"], now=NOW)
    entries = {e.msgid: e for e in polib.pofile(str(po_path))}
    carried = entries["The meeting discussed ransomware attacks an hospitals."]
    assert not carried.fuzzy
    assert carried.msgstr == "La réunion a examiné les rançongiciels visant les hôpitaux."
    assert "source edit carried over (trivial), was: The meeting discussed" in carried.tcomment
    # off by default: the same edit comes back fuzzy, as msgmerge does
    (workspace / "workflow.toml").unlink()
    rel.write_text(edited.replace("attacks an hospitals", "attacks in hospitals"))
    extract.extract(open_workspace(workspace), ["talks"], now=NOW)
    entries = {e.msgid: e for e in polib.pofile(str(po_path))}
    assert entries["The meeting discussed ransomware attacks in hospitals."].fuzzy
    msgfmt_check(po_path)


def test_a_legacy_charset_catalog_is_converted_to_utf8_on_the_next_write(
    workspace: Path,
) -> None:
    rel = workspace / "releases" / "talks.md"
    rel.write_text(BEFORE)
    ws = open_workspace(workspace)
    extract.extract(ws, ["talks"], now=NOW)
    po_path = workspace / "locales" / "fr" / "LC_MESSAGES" / "talks.po"
    _translate(po_path)
    latin1 = subprocess.run(
        ["msgconv", "--to-code=ISO-8859-1", str(po_path)], capture_output=True, check=True
    ).stdout
    assert "é".encode("latin-1") in latin1 and "é".encode() not in latin1
    po_path.write_bytes(latin1)  # a translator's tool saved it in Latin-1

    rel.write_text(AFTER)
    report = extract.extract(ws, ["talks"], now="2024-06-21 09:00+0000")
    change = next(c for c in report.changes if c.path.endswith("fr/LC_MESSAGES/talks.po"))
    assert "converted from ISO-8859-1 to UTF-8" in change.detail
    text = po_path.read_bytes().decode("utf-8")
    assert "charset=UTF-8" in text and "Ouverture des pourparlers à New York" in text
    msgfmt_check(po_path)
