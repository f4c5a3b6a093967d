"""Bilingual proofs: rows from a catalog and a release, their HTML, and the proof PDFs."""

from __future__ import annotations

import html
import logging
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import polib
import pytest

from tests.conftest import SAMPLE_ID, copy_sample, run_cli
from workflow.catalogs import extract, pofile
from workflow.lang import languages
from workflow.publish import build, proof, render
from workflow.source import release
from workflow.workspace import open_workspace

NOW = "2024-06-20 08:00+0000"
CATALOG = "locales/fr/LC_MESSAGES/r.po"
RELEASE = """---
title: Minister **opens** the port
date: 2024-06-20
place: Karachi
language: en
languages: [fr, ar]
---

The port opens today. It has 3 berths. Ships <b>wait</b> outside.

## Next steps

The port opens today.
"""


def small_release() -> release.Release:
    return release.parse(RELEASE.encode(), release_id="r", path="releases/r.md")


def small_catalog(rel: release.Release, lang: str = "fr") -> tuple[str, dict[str, proof.Entry]]:
    """A catalog with reviewed, machine and untranslated entries, as dumped and re-read."""
    pot = pofile.template("r", extract.source_entries(rel), created=NOW)
    po = pofile.new_catalog(pot, languages.parse(lang), created=NOW)
    reviewed = {
        "Minister **opens** the port": "Le ministre **ouvre** le port",
        "Karachi": "Karachi",
        "Next steps": "Prochaines étapes",
    }
    for msgid, msgstr in reviewed.items():
        assert pofile.fill(po, msgid, msgstr, [], fuzzy=False)
    assert pofile.fill(
        po, "The port opens today.", "Le port ouvre aujourd’hui.", ["machine: test 1.0"]
    )
    # "It has 3 berths." and "Ships <b>wait</b> outside." stay untranslated.
    text = pofile.dump(po).decode()
    return text, proof.entries(pofile.parse(text.encode(), path=CATALOG))


def entry_line(text: str, msgid: str) -> int:
    """1-based line where the entry of `msgid` starts (its first comment line)."""
    lines = text.split("\n")
    at = lines.index(f'msgid "{msgid}"')
    while at > 0 and lines[at - 1].startswith("#"):
        at -= 1
    return at + 1


# --------------------------------------------------------------------------- rows


def test_rows_follow_the_document_with_states_and_references() -> None:
    rel = small_release()
    text, found = small_catalog(rel)
    rows = proof.rows(rel, found, catalog_file=CATALOG)
    assert [(r.kind, r.source) for r in rows] == [
        ("title", "Minister **opens** the port"),
        ("dateline place", "Karachi"),
        ("paragraph", "The port opens today."),
        ("paragraph", "It has 3 berths."),
        ("paragraph", "Ships <b>wait</b> outside."),
        ("heading", "Next steps"),
        ("paragraph", "The port opens today."),
    ]
    assert [r.number for r in rows] == list(range(1, 8))
    assert [r.state for r in rows] == [
        "reviewed",
        "reviewed",
        "machine",
        "untranslated",
        "untranslated",
        "reviewed",
        "machine",
    ]
    assert rows[0].translation == "Le ministre **ouvre** le port"
    assert rows[2].translation == "Le port ouvre aujourd’hui."
    for row in rows:
        assert row.reference == f"{CATALOG}:{entry_line(text, row.source)}"
    # Untranslated: no translation at all, never the source text.
    assert rows[3].translation is None and rows[4].translation is None
    # The repeated sentence points at the same entry and is flagged.
    assert rows[6].repeat and not rows[2].repeat
    assert rows[6].reference == rows[2].reference
    # Block rules: the first sentence of each body block.
    assert [r.block_start for r in rows] == [False, False, True, False, False, True, True]
    assert proof.summary(rows) == proof.Summary(
        total=7, counts={"reviewed": 3, "machine": 2, "untranslated": 2}, problems=0
    )


def test_problems_and_entries_missing_from_the_catalog() -> None:
    rel = small_release()
    _, found = small_catalog(rel)
    del found["It has 3 berths."]  # a stale catalog
    rows = proof.rows(
        rel,
        found,
        catalog_file=CATALOG,
        problems={"The port opens today.": ["number: 3 missing"]},
    )
    by_source = {r.source: r for r in rows}
    stale = by_source["It has 3 berths."]
    assert stale.state == "untranslated" and stale.translation is None
    assert stale.reference == "" and stale.problems == (proof.NOT_IN_CATALOG,)
    assert rows[2].problems == ("number: 3 missing",)
    assert rows[6].problems == ("number: 3 missing",)
    assert proof.summary(rows).problems == 3


def test_fuzzy_entry_with_empty_msgstr_is_untranslated() -> None:
    rel = small_release()
    text, _ = small_catalog(rel)
    po = polib.pofile(text)
    entry = po.find("It has 3 berths.")
    entry.flags.append("fuzzy")
    found = proof.entries(pofile.parse(str(po).encode(), path=CATALOG))
    assert found["It has 3 berths."].state == "untranslated"
    assert found["It has 3 berths."].msgstr == ""


# --------------------------------------------------------------------------- HTML


def proof_html(lang: str, problems: dict[str, list[str]] | None = None) -> str:
    rel = small_release()
    _, found = small_catalog(rel, lang)
    rows = proof.rows(rel, found, catalog_file=CATALOG, problems=problems)
    doc = render.ProofDocument(
        source_lang="en",
        target_lang=lang,
        title="Minister opens the port",
        date=rel.date,
        catalog=CATALOG,
        rows=rows,
        summary=proof.summary(rows),
    )
    return render.render_proof(doc)


def cells(page: str, column: str) -> list[str]:
    """Inner HTML of every body cell of a column ("src" or "tgt"), in row order."""
    return re.findall(rf'<td class="{column} [^"]*"[^>]*>(.*?)</td>', page, re.S)


def test_html_untranslated_cells_show_a_label_never_the_source() -> None:
    page = proof_html("fr")
    target = cells(page, "tgt")
    assert len(target) == 7 == len(cells(page, "src"))
    for i in (3, 4):  # the untranslated rows
        assert 'class="missing"' in target[i] and ">untranslated<" in target[i]
        assert "berths" not in target[i] and "Ships" not in target[i]
    assert "Le port ouvre aujourd’hui." in target[2]
    # Source markup is shown escaped, as the translator sees it, never as HTML.
    assert "Ships &lt;b&gt;wait&lt;/b&gt; outside." in cells(page, "src")[4]
    assert "<b>wait</b>" not in page
    assert 'class="machine' in page and 'class="reviewed' in page
    assert 'class="untranslated' in page


def test_html_rtl_target_column_and_problems() -> None:
    page = proof_html("ar", problems={"It has 3 berths.": ["number: 3 missing <here>"]})
    for cell in re.findall(r'<td class="tgt [^"]*"[^>]*>', page):
        assert 'lang="ar" dir="rtl"' in cell
    for cell in re.findall(r'<td class="src [^"]*"[^>]*>', page):
        assert 'lang="en" dir="ltr"' in cell
    # The source column stays on the left: it comes first in every row.
    assert page.index('<th class="src"') < page.index('<th class="tgt"')
    assert 'td.tgt { font-family: "Noto Naskh Arabic"' in page
    assert "th.tgt { text-align: right; }" in page
    assert "number: 3 missing &lt;here&gt;" in page
    assert '<ul class="problems" dir="ltr" lang="en">' in page
    assert "1 problem<" in page


def test_html_header_and_page_furniture() -> None:
    page = proof_html("fr")
    assert "size: A4 landscape" in page
    assert 'content: "Proof — Minister opens the port — French"' in page
    assert "counter(page)" in page and "counter(pages)" in page
    assert "7 segments" in html.unescape(page)


# --------------------------------------------------------------------------- PDFs


def pdftext(path: Path, *args: str) -> str:
    out = subprocess.run(
        ["pdftotext", *args, str(path), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(out.stdout.split())


def translation_column(path: Path) -> str:
    """Text of the right-hand (translation) column on every page, from word boxes."""
    out = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    words = [
        (float(x), html.unescape(w))
        for x, w in re.findall(r'<word xMin="([\d.]+)"[^>]*>(.*?)</word>', out)
    ]
    heading = next(i for i, (_, w) in enumerate(words) if w == "(translation)")
    left = words[heading - 1][0]  # the language name before "(translation)"
    return " ".join(w for x, w in words if x >= left - 0.5)


def mix_states(root: Path, lang: str) -> list[str]:
    """Make entries 3-4 machine and 6-7 untranslated; returns the untranslated msgids."""
    path = root / "locales" / lang / "LC_MESSAGES" / f"{SAMPLE_ID}.po"
    po = polib.pofile(str(path))
    entries = [e for e in po if e.msgid]
    for e in entries[2:4]:
        e.flags.append("fuzzy")
        e.tcomment = "machine: test 1.0"
    cleared = []
    for e in entries[5:7]:
        e.msgstr = ""
        cleared.append(e.msgid)
    po.save(str(path))
    return cleared


@pytest.fixture(scope="module")
def proofs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, list[str]]]:
    root = copy_sample(tmp_path_factory.mktemp("proof") / "ws")
    cleared = mix_states(root, "fr")
    mix_states(root, "ar")
    proc = run_cli("build", "--root", str(root), "--proof", "--lang", "fr,ar,ur,pt", "-q")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    yield root, cleared


def proof_pdf(root: Path, lang: str) -> Path:
    return root / "output" / SAMPLE_ID / f"{SAMPLE_ID}.{lang}.proof.pdf"


@pytest.mark.slow
def test_proof_pdfs_exist_with_their_html(proofs: tuple[Path, list[str]]) -> None:
    root, _ = proofs
    for lang in ("fr", "ar", "ur", "pt"):
        path = proof_pdf(root, lang)
        assert path.read_bytes().startswith(b"%PDF-")
        assert path.with_suffix(".html").is_file()
    # No proof of the source language, no final/draft PDF: --proof builds proofs only.
    assert sorted(p.name for p in (root / "output" / SAMPLE_ID).glob("*.pdf")) == sorted(
        proof_pdf(root, lang).name for lang in ("fr", "ar", "ur", "pt")
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "translation"),
    [
        ("fr", "Le Pakistan plaide pour un cadre international global"),
        ("ar", "باكستان"),
    ],
)
def test_proof_text_has_source_translation_and_states(
    proofs: tuple[Path, list[str]], lang: str, translation: str
) -> None:
    root, _ = proofs
    text = pdftext(proof_pdf(root, lang))
    assert "Proof — Pakistan Advocates for Comprehensive International" in text
    assert "The country called for this regulatory framework to be negotiated" in text
    assert translation in text
    for label in ("reviewed", "machine", "untranslated"):
        assert re.search(rf"\b{label}\b", text), label
    assert "19 segments" in text
    assert "Page 1 of" in text
    assert f"locales/{lang}/LC_MESSAGES/{SAMPLE_ID}.po:" in text


def embedded(path: Path) -> set[str]:
    lines = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    return {line.split()[0].split("+", 1)[-1] for line in lines if line.strip()}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "family"),
    [("fr", "Noto-Serif"), ("ar", "Noto-Naskh-Arabic"), ("ur", "Noto-Nastaliq-Urdu")],
)
def test_proof_fonts(proofs: tuple[Path, list[str]], lang: str, family: str) -> None:
    """Each column in its script's font, furniture in Noto Sans; nothing falls back further
    (e.g. an arrow in the header once came out of the CJK font)."""
    root, _ = proofs
    fonts = embedded(proof_pdf(root, lang))
    assert {"Noto-Sans", "Noto-Serif", family} <= fonts
    allowed = ("Noto-Sans", "Noto-Serif", family)
    assert all(f.startswith(allowed) and "CJK" not in f for f in fonts), fonts


@pytest.mark.slow
def test_untranslated_rows_never_show_the_source(proofs: tuple[Path, list[str]]) -> None:
    root, cleared = proofs
    fr = translation_column(proof_pdf(root, "fr"))
    everything = pdftext(proof_pdf(root, "fr"))
    for msgid in cleared:
        start = " ".join(msgid.split()[:6])
        assert start in everything  # in the source column...
        assert start not in fr  # ...and not in the translation column
    assert fr.count("untranslated") >= len(cleared)
    # Portuguese is wholly untranslated: its translation column holds no English sentence.
    pt = translation_column(proof_pdf(root, "pt"))
    assert "Pakistan" not in pt
    assert pt.count("untranslated") == 19


@pytest.mark.slow
def test_build_proof_logs_no_weasyprint_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    root = copy_sample(tmp_path / "ws")
    mix_states(root, "ur")
    ws = open_workspace(root)
    rel = ws.load_release(SAMPLE_ID)
    msgid = "New York"
    with caplog.at_level(logging.DEBUG, logger="weasyprint"):
        result = build.build_proof(
            ws, rel, languages.parse("ur"), problems={msgid: ["glossary: keep “New York”"]}
        )
    assert [r for r in caplog.records if r.levelno >= logging.WARNING] == []
    assert result.kind == "proof" and result.pages >= 2
    page = (root / result.pdf).with_suffix(".html").read_text(encoding="utf-8")
    assert "glossary: keep “New York”" in page
    assert 'class="machine' in page and 'class="untranslated' in page


# --------------------------------------------------------------------------- font cache


def test_font_charset_from_one_fc_list_run_matches_a_per_family_query() -> None:
    """typeset reads every face's charset from one fc-list run (see benchmarks/build.py);
    it must give what fontconfig answers for the family alone."""
    from workflow.publish import typeset

    for family in ("Noto Naskh Arabic", "Noto Sans"):
        out = subprocess.run(
            ["fc-list", "-f", "%{family}\t%{style}\t%{charset}\n", f":family={family}"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        faces = [line.split("\t") for line in out.splitlines()]
        faces = [f for f in faces if family in f[0].split(",")]
        regular = next(f for f in faces if "Regular" in f[1].split(","))
        expected = set()
        for chunk in regular[2].split():
            low, _, high = chunk.partition("-")
            expected.update(range(int(low, 16), int(high or low, 16) + 1))
        assert typeset.font_charset(family) == expected
    typeset.preload_fonts(["fr", "ur", "not a language"])  # unknown ones are skipped
