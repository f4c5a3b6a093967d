"""workflow.workspace.office: the organisation's name per language, and what a language lacks."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import copy_sample
from workflow.lang import languages
from workflow.workspace import Workspace, office, open_workspace


def ws_with(tmp_path: Path, toml: str) -> Workspace:
    root = copy_sample(tmp_path / "ws")
    (root / "workflow.toml").write_text(toml, encoding="utf-8")
    return open_workspace(root)


def test_the_sample_office_has_every_language_of_its_release(tmp_path: Path) -> None:
    ws = open_workspace(copy_sample(tmp_path / "ws"))
    for code in ("en", "fr", "es", "pt", "ur", "ar", "zh", "ru"):
        assert office.missing_office_texts(ws, languages.parse(code)) == [], code
    assert office.organisation(ws, languages.parse("ru")).startswith("Постоянное")


def test_a_language_without_the_name_is_named_missing(tmp_path: Path) -> None:
    ws = ws_with(
        tmp_path,
        '[office]\norganisation = "Mission of X"\n'
        '[office.organisation_translations]\nfr = "Mission de X"\nzh_Hans = "X代表团"\n',
    )
    parse = languages.parse
    assert office.missing_office_texts(ws, parse("de")) == [
        "the organisation's name in German ([office.organisation_translations] de)"
    ]
    assert office.organisation(ws, parse("de")) == "Mission of X"  # what the draft shows
    # the organisation's own language, and a region of a named one, need nothing
    assert office.missing_office_texts(ws, parse("en-GB")) == []
    assert office.missing_office_texts(ws, parse("fr-CA")) == []
    assert office.organisation(ws, parse("fr-CA")) == "Mission de X"
    # zh_Hans and zh are one language; zh_Hant is another
    assert office.organisation(ws, parse("zh")) == "X代表团"
    assert office.missing_office_texts(ws, parse("zh-Hant")) != []
    assert office.settings_line(ws) == 3


def test_the_office_language_is_a_setting(tmp_path: Path) -> None:
    ws = ws_with(tmp_path, '[office]\norganisation = "Mission de X"\nlanguage = "fr"\n')
    assert office.missing_office_texts(ws, languages.parse("fr")) == []
    assert office.missing_office_texts(ws, languages.parse("en")) == [
        "the organisation's name in English ([office.organisation_translations] en)"
    ]


def test_a_workspace_naming_no_organisation_lacks_nothing_and_doctor_asks_for_it(
    tmp_path: Path,
) -> None:
    """The placeholder ("Press Office") is the tool's, not the office's text to translate:
    no language is kept to drafts for it; `workflow doctor` asks for the name instead."""
    from workflow import doctor

    ws = ws_with(tmp_path, '[checks]\nseverity = { length = "warning" }\n')
    assert office.missing_office_texts(ws, languages.parse("ar")) == []
    (warned,) = [c for c in doctor.diagnose(ws.root).checks if "organisation" in c.what]
    assert warned.status == "warn" and "[office] organisation" in warned.hint
