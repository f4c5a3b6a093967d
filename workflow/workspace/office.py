"""The office's own texts on every PDF, per language: the organisation's name in the letterhead,
the footer and the PDF's author (`[office]` of workflow.toml), and which of them a language lacks.

Everything a PDF prints comes from the catalogs or from here. A language without the
organisation's name would get the name in `[office] language` (English by default) on a page
otherwise in its own language: `missing_office_texts` says so, the checks report it as a
warning on workflow.toml (`workflow status`, `workflow check`), and the publication gate
(`quality/gate.py`) keeps the language to drafts until the name is filled in.
"""

from __future__ import annotations

from workflow.lang import languages
from workflow.lang.languages import Language
from workflow.workspace import SETTINGS_FILE, Workspace

TRANSLATIONS_KEY = "[office.organisation_translations]"


def _written_in(ws: Workspace) -> Language:
    return languages.parse(ws.settings.office.language)


def _same(a: Language, b: Language) -> bool:
    """One language for the letterhead: a region does not matter (en and en-GB), the script
    does (zh-Hans and zh-Hant)."""
    return a.base == b.base and a.script == b.script


def _translation(ws: Workspace, lang: Language) -> str | None:
    names = ws.settings.office.organisation_translations
    for key in (lang.code, lang.base):  # pt_BR, then pt
        if key in names:
            return names[key]
    for key, name in names.items():  # zh_Hans for zh, zh for zh_Hans...
        if languages.same_language(languages.parse(key), lang):
            return name
    return None


def organisation(ws: Workspace, lang: Language) -> str:
    """The organisation's name as a PDF in `lang` prints it (the name in `[office] language`
    when there is no translation: see `missing_office_texts`)."""
    office = ws.settings.office
    if _same(lang, _written_in(ws)):
        return office.organisation
    return _translation(ws, lang) or office.organisation


def missing_office_texts(ws: Workspace, lang: Language) -> list[str]:
    """What a PDF in `lang` would print in another language because workflow.toml lacks it,
    one phrase each ("" list: nothing missing). What part of a draft's decision this is:
    a language with something missing is built as a draft only. A workspace that names no
    organisation prints the tool's placeholder, which is not the office's text to translate:
    nothing is missing there (`workflow doctor` asks for the name)."""
    if not ws.settings.is_set("office", "organisation"):
        return []
    if _same(lang, _written_in(ws)) or _translation(ws, lang) is not None:
        return []
    return [
        f"the organisation's name in {languages.language_name(lang)} "
        f"({TRANSLATIONS_KEY} {lang.code})"
    ]


def missing_message(ws: Workspace, lang: Language, text: str) -> str:
    """A missing office text as the checks report it."""
    written = languages.language_name(_written_in(ws))
    return (
        f"{SETTINGS_FILE} lacks {text}: a {lang.code} PDF would have its letterhead and footer "
        f"in {written}, so it is built as a draft until the name is added"
    )


def settings_line(ws: Workspace) -> int:
    """The line of workflow.toml where the organisation's names are (or its [office] table)."""
    return (
        ws.settings.line("office", "organisation_translations") or ws.settings.line("office") or 0
    )
