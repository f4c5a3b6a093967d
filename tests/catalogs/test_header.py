"""header.py: the translator's header through a merge (as msgmerge keeps it; the merge itself
is compared with msgmerge in test_merge.py), and what machine writes stamp: PO-Revision-Date
and X-Generator when a catalog is written, nothing when it is not."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SAMPLE_ID
from workflow.catalogs import header, pofile
from workflow.catalogs.extract import extract
from workflow.lang import languages
from workflow.mt import translate
from workflow.quality import gate
from workflow.workspace import open_workspace

NOW = "2024-06-20 09:00+0000"
FR = languages.parse("fr")
FR_PO = Path("locales/fr/LC_MESSAGES") / f"{SAMPLE_ID}.po"


def test_header_keeps_the_translators_fields_as_msgmerge() -> None:
    old = {
        "X-First": "a",
        "Project-Id-Version": "translator-proj 1",
        "content-type": "text/plain; charset=ISO-8859-1",
        "Plural-Forms": "nplurals=2; plural=(n > 1);",
        "POT-Creation-Date": "2024-06-01 10:00+0000",
        "PO-Revision-Date": "2024-06-02 11:00+0000",
        "Last-Translator": "Jeanne <j@x.fr>",
        "Language-Team": "French <fr@li.org>",
        "X-Generator": "Poedit 3.4",
    }
    pot = {
        "Project-Id-Version": "pot 2",
        "Report-Msgid-Bugs-To": "bugs@pot",
        "POT-Creation-Date": "2024-07-01 10:00+0000",
        "X-Generator": "press-workflow 9",
    }
    assert list(header.merged(old, pot, FR).items()) == [
        ("Project-Id-Version", "translator-proj 1"),
        ("Report-Msgid-Bugs-To", "bugs@pot"),
        ("POT-Creation-Date", "2024-07-01 10:00+0000"),
        ("PO-Revision-Date", "2024-06-02 11:00+0000"),
        ("Last-Translator", "Jeanne <j@x.fr>"),
        ("Language-Team", "French <fr@li.org>"),
        ("Language", "fr"),
        ("Content-Type", "text/plain; charset=UTF-8"),
        ("X-First", "a"),
        ("Plural-Forms", "nplurals=2; plural=(n > 1);"),
        ("X-Generator", "Poedit 3.4"),
    ]
    # ours where msgmerge adds nothing: Plural-Forms when missing (Language: see above)
    bare = header.merged({"Language": "fr"}, {}, FR)
    assert bare["Plural-Forms"] == "nplurals=2; plural=(n > 1);"


def test_revised_stamps_date_and_generator_in_place() -> None:
    meta = {"Project-Id-Version": "p", "PO-Revision-Date": "old", "X-Generator": "Poedit 3.4"}
    meta["X-Other"] = "x"
    header.revised(meta, NOW)
    assert list(meta.items()) == [
        ("Project-Id-Version", "p"),
        ("PO-Revision-Date", NOW),
        ("X-Generator", header.GENERATOR),
        ("X-Other", "x"),
    ]
    meta = {"POT-Creation-Date": "c", "Last-Translator": "t", "X-A": "a"}
    header.revised(meta, NOW)
    assert list(meta) == [
        "POT-Creation-Date",
        "PO-Revision-Date",
        "Last-Translator",
        "X-A",
        "X-Generator",
    ]
    assert header.GENERATOR.startswith("press-workflow ")


def _meta(path: Path) -> dict[str, str]:
    return pofile.parse(path.read_bytes(), path=str(path)).metadata


def test_memory_fill_stamps_the_catalog_and_a_run_with_nothing_to_do_writes_nothing(
    sample_workspace: Path,
) -> None:
    text = (sample_workspace / "releases" / f"{SAMPLE_ID}.md").read_text()
    front, _, body = text.partition("\n---\n")
    (sample_workspace / "releases" / "followup.md").write_text(
        front.replace("[fr, es, pt, ur, ar, zh, ru]", "[fr]")
        + "\n---\n\n"
        + body.strip().split("\n\n")[0]
        + "\n"
    )
    ws = open_workspace(sample_workspace)
    extract(ws, ["followup"], now=NOW)
    path = sample_workspace / "locales/fr/LC_MESSAGES/followup.po"
    before = _meta(path)
    run = "2024-06-21 10:30+0000"
    report = translate.run(ws, [ws.load_release("followup")], translate.Options(now=run))
    assert report.catalogs[0].memory == 4  # from the reviewed French: no engine needed
    after = _meta(path)
    assert (after["PO-Revision-Date"], after["X-Generator"]) == (run, header.GENERATOR)
    assert after["POT-Creation-Date"] == before["POT-Creation-Date"] == NOW
    data = path.read_bytes()
    later = translate.Options(now="2030-01-01 00:00+0000")
    assert translate.run(ws, [ws.load_release("followup")], later).segments == 0
    assert path.read_bytes() == data


def test_annotations_stamp_the_catalog_only_when_they_change_it(sample_workspace: Path) -> None:
    ws = open_workspace(sample_workspace)
    path = sample_workspace / FR_PO
    clean = path.read_bytes()
    gate.check_releases(ws, [SAMPLE_ID], [FR], write=True, now="2030-01-01 00:00+0000")
    assert path.read_bytes() == clean  # nothing to annotate: not written, no date moved
    po = pofile.parse(clean, path=str(FR_PO))
    broken = next(e for e in po if "240 millions" in e.msgstr)
    broken.msgstr = broken.msgstr.replace("240 millions", "24 millions")
    path.write_bytes(pofile.dump(po))
    gate.check_releases(ws, [SAMPLE_ID], [FR], write=True, now="2024-06-22 08:00+0000")
    meta = _meta(path)
    assert (meta["PO-Revision-Date"], meta["X-Generator"]) == (
        "2024-06-22 08:00+0000",
        header.GENERATOR,
    )
    assert meta["Last-Translator"] == po.metadata["Last-Translator"]
    annotated = path.read_bytes()
    gate.check_releases(ws, [SAMPLE_ID], [FR], write=True, now="2030-01-01 00:00+0000")
    assert path.read_bytes() == annotated
