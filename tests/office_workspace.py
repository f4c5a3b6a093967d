"""A real office's workspace for the run's tests: several releases, seven languages, some
reviewed, one translated by people only, one without an engine, broken files, leftovers.

    SAMPLE  the sample release into fr es pt ur ar zh ru: fr es ur ar zh reviewed (by the
            project's team), pt for Bergamot (the one real engine here), ru people only
    COPY    the same text under another id, its catalogs copied from SAMPLE's, but its es
            catalog holds a git merge conflict and its zh catalog an unterminated string
    NOTE    a short release into fr pt ru: fr has no engine here and no setting
    TYPO    a release whose front matter has a typo (an unclosed list)
    leftovers: SAMPLE's pt-BR (a language it no longer has: catalog with no person's work,
            PDF and HTML) and the outputs and catalogs of a release deleted from releases/
            (its fr catalog reviewed: kept; a person's notes.txt in its output folder)

`workflow.toml` says `[engines] ru = "none"`.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import SAMPLE_ID, copy_sample

SAMPLE = SAMPLE_ID
COPY = "2024-07-02-cyber-security-framework-copy"
NOTE = "2024-07-10-short-note"
TYPO = "2024-07-15-front-matter-typo"
GONE = "2023-12-01-withdrawn"
LANGS = ["fr", "es", "pt", "ur", "ar", "zh", "ru"]

NOTE_TEXT = """---
title: Pakistan Welcomes the Adoption of the Cyber Resolution
date: 2024-07-10
place: New York
language: en
languages: [fr, pt, ru]
---

Pakistan welcomed the adoption of the resolution on cyber security.

The Ambassador thanked all delegations for their cooperation.
"""

TYPO_TEXT = """---
title: Statement on Digital Cooperation
date: 2024-07-15
place: Geneva
language: en
languages: [fr, es
---

Pakistan reaffirmed its commitment to digital cooperation.
"""

CONFLICT = """<<<<<<< HEAD
msgstr "Nueva York"
=======
msgstr "Nueva York (EE. UU.)"
>>>>>>> review-es
"""


def catalog(root: Path, release_id: str, lang: str) -> Path:
    return root / "locales" / lang / "LC_MESSAGES" / f"{release_id}.po"


def make_office(root: Path) -> Path:
    copy_sample(root)
    release = root / "releases" / f"{SAMPLE}.md"
    text = release.read_text(encoding="utf-8").replace(
        "[fr, es, pt, ur, ar, zh, ru]", "[" + ", ".join(LANGS) + "]"
    )
    release.write_text(text, encoding="utf-8")
    (root / "releases" / f"{COPY}.md").write_text(text, encoding="utf-8")
    for lang in ("fr", "es", "ur", "ar", "zh"):
        shutil.copy(catalog(root, SAMPLE, lang), catalog(root, COPY, lang))
    es = catalog(root, COPY, "es")
    es.write_text(
        es.read_text(encoding="utf-8").replace('msgstr "Nueva York"\n', CONFLICT, 1),
        encoding="utf-8",
    )
    zh = catalog(root, COPY, "zh")
    zh.write_text(
        zh.read_text(encoding="utf-8").replace('msgstr "纽约"\n', 'msgstr "纽约\n', 1),
        encoding="utf-8",
    )
    (root / "releases" / f"{NOTE}.md").write_text(NOTE_TEXT, encoding="utf-8")
    (root / "releases" / f"{TYPO}.md").write_text(TYPO_TEXT, encoding="utf-8")
    with (root / "workflow.toml").open("a", encoding="utf-8") as fh:
        fh.write('\n[engines]\nru = "none"\n')
    _leftovers(root)
    return root


def _leftovers(root: Path) -> None:
    untranslated = catalog(root, SAMPLE, "pt").read_bytes()  # as committed: no translation
    pt_br = catalog(root, SAMPLE, "pt_BR")
    pt_br.parent.mkdir(parents=True)
    pt_br.write_bytes(untranslated)
    out = root / "output" / SAMPLE
    out.mkdir(parents=True)
    (out / f"{SAMPLE}.pt_BR.pdf").write_bytes(b"%PDF-1.7\n% an old build\n%%EOF\n")
    (out / f"{SAMPLE}.pt_BR.html").write_text("<!DOCTYPE html>", encoding="utf-8")
    gone = root / "output" / GONE
    gone.mkdir(parents=True)
    for name in (f"{GONE}.en.pdf", f"{GONE}.fr.pdf", f"{GONE}.fr.proof.pdf"):
        (gone / name).write_bytes(b"%PDF-1.7\n% an old build\n%%EOF\n")
    (gone / "notes.txt").write_text("the press officer's notes", encoding="utf-8")
    shutil.copy(
        root / "locales" / "templates" / f"{SAMPLE}.pot",
        root / "locales" / "templates" / f"{GONE}.pot",
    )
    shutil.copy(catalog(root, SAMPLE, "fr"), catalog(root, GONE, "fr"))  # reviewed: kept
    catalog(root, GONE, "es").write_bytes(untranslated)  # nothing of a person: removed
