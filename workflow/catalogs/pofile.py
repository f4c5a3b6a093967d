"""Gettext catalogs: build the template and new language catalogs, read strictly, write,
entry states and stats. Reading is poread.py, writing powrite.py, merging merge.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from workflow import __version__
from workflow.catalogs import poread, powrite, provenance
from workflow.catalogs.provenance import MACHINE_PREFIX as MACHINE_PREFIX  # re-exported
from workflow.catalogs.provenance import TM_PREFIX as TM_PREFIX
from workflow.catalogs.provenance import WARNING_PREFIX as WARNING_PREFIX
from workflow.catalogs.types import Catalog, Entry, new_entry
from workflow.lang.languages import Language, plural_forms


@dataclass(frozen=True)
class SourceEntry:
    """One msgid of the template and where it comes from."""

    msgid: str
    references: tuple[tuple[str, int], ...]
    comments: tuple[str, ...]  # extracted comments: block kinds ("paragraph", "heading"...)


@dataclass
class Stats:
    untranslated: int = 0
    machine: int = 0
    reviewed: int = 0
    obsolete: int = 0

    @property
    def total(self) -> int:
        return self.untranslated + self.machine + self.reviewed


# --- headers ------------------------------------------------------------------------------------


def _header(project: str, created: str, language: Language | None) -> dict[str, str]:
    meta = {
        "Project-Id-Version": project,
        "Report-Msgid-Bugs-To": "",
        "POT-Creation-Date": created,
        "PO-Revision-Date": "YEAR-MO-DA HO:MI+ZONE" if language is None else created,
        "Last-Translator": "FULL NAME <EMAIL@ADDRESS>",
        "Language-Team": "LANGUAGE <LL@li.org>",
        "Language": language.code if language else "",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "X-Generator": f"press-workflow {__version__}",
    }
    if language is not None:
        meta["Last-Translator"] = ""
        meta["Language-Team"] = f"{language.english_name} <>"
        meta["Plural-Forms"] = plural_forms(language)
    return meta


def new_file() -> Catalog:
    return Catalog()


def template(
    project: str, entries: Iterable[SourceEntry], *, created: str, title: str = ""
) -> Catalog:
    """The .pot for a release: one entry per distinct source segment, in document order."""
    pot = new_file()
    pot.header = f"Release {project}" + (f": {title}" if title else "")
    pot.metadata = _header(project, created, None)
    for e in entries:
        pot.append(
            new_entry(
                msgid=e.msgid,
                msgstr="",
                occurrences=[(path, str(line)) for path, line in e.references],
                comment="\n".join(e.comments),
            )
        )
    return pot


def new_catalog(pot: Catalog, language: Language, *, created: str) -> Catalog:
    """A fresh language catalog from a template (like msginit)."""
    po = new_file()
    po.header = f"{pot.header}\n{language.english_name} translation."
    po.metadata = _header(pot.metadata.get("Project-Id-Version", ""), created, language)
    po.metadata["POT-Creation-Date"] = pot.metadata.get("POT-Creation-Date", created)
    for src in pot:
        po.append(copy_source(src))
    return po


def copy_source(src: Entry) -> Entry:
    """A template entry as an untranslated catalog entry."""
    return new_entry(
        msgid=src.msgid,
        msgctxt=src.msgctxt,
        msgstr="",
        occurrences=list(src.occurrences),
        comment=src.comment,
        flags=[f for f in src.flags if f != "fuzzy"],
    )


# --- reading ------------------------------------------------------------------------------------


def parse(data: bytes, *, path: str) -> Catalog:
    """Read a catalog as GNU gettext reads it; what gettext cannot read (or would read but
    lose) is a CatalogError with file:line (see poread). msgfmt's own checks of content
    (format strings, a header without `plural=`) are not made here."""
    return poread.read(data, path=path)


# --- writing and comparing ----------------------------------------------------------------------

_VOLATILE = ("POT-Creation-Date", "PO-Revision-Date", "X-Generator")


def dump(po: Catalog) -> bytes:
    """The catalog's bytes, as GNU gettext writes them (see powrite.py)."""
    return powrite.dump(po)


def fingerprint(po: Catalog) -> tuple[object, ...]:
    """What a catalog says, independent of wrapping, order of header fields and dates."""
    meta = tuple(sorted((k, v) for k, v in po.metadata.items() if k not in _VOLATILE))
    entries = tuple(
        (
            e.msgctxt,
            e.msgid,
            e.msgid_plural,
            e.msgstr,
            tuple(sorted(e.msgstr_plural.items())),
            tuple(e.flags),
            e.tcomment,
            e.comment,
            tuple(e.occurrences),
            e.previous_msgctxt,
            e.previous_msgid,
            e.obsolete,
        )
        for e in po
    )
    return meta, entries, po.header


# --- states -------------------------------------------------------------------------------------


def is_translated(e: Entry) -> bool:
    if e.msgid_plural:
        return bool(e.msgstr_plural) and all(e.msgstr_plural.values())
    return bool(e.msgstr)


def state(e: Entry) -> str:
    """untranslated / machine (translated but fuzzy) / reviewed."""
    if not is_translated(e):
        return "untranslated"
    return "machine" if e.fuzzy else "reviewed"


def stats(po: Catalog) -> Stats:
    s = Stats()
    for e in po:
        if e.obsolete:
            s.obsolete += 1
        elif e.msgid:
            setattr(s, state(e), getattr(s, state(e)) + 1)
    return s


# --- machine translation and translation memory ------------------------------------------------


def is_machine(e: Entry) -> bool:
    """A fuzzy entry holding an engine's text as the engine wrote it (its provenance comment
    says so, and no person changed the text since: see provenance.py)."""
    return provenance.is_machine(e)


def to_translate(po: Catalog, *, retranslate: bool) -> list[str]:
    """msgids an engine may fill: untranslated ones; with `retranslate` also machine ones.
    Never a reviewed entry, never a fuzzy human translation carried over by a merge."""
    out = []
    for e in po:
        if e.obsolete or not e.msgid or e.msgid_plural:
            continue
        if not is_translated(e) or (retranslate and is_machine(e)):
            out.append(e.msgid)
    return out


def reviewed(po: Catalog) -> list[tuple[str, str]]:
    """(msgid, msgstr) of reviewed entries: the translation memory's material."""
    return [
        (e.msgid, e.msgstr)
        for e in po
        if not e.obsolete and e.msgid and not e.msgid_plural and e.msgstr and not e.fuzzy
    ]


def fill(po: Catalog, msgid: str, msgstr: str, notes: list[str], *, fuzzy: bool = True) -> bool:
    """Set a machine/memory translation with its provenance notes (translator comments, which
    survive msgmerge and Poedit), stamped with the text's fingerprint (provenance.py). Returns
    False, changing nothing, if the entry is gone."""
    entry = po.find(msgid)
    if entry is None or entry.obsolete:
        return False
    entry.msgstr = msgstr
    if fuzzy and "fuzzy" not in entry.flags:
        entry.flags.insert(0, "fuzzy")
    if not fuzzy and "fuzzy" in entry.flags:
        entry.flags.remove("fuzzy")
    entry.previous_msgid = None
    kept = [line for line in entry.tcomments if not line.startswith(provenance.OURS)]
    entry.tcomment = "\n".join(kept + [provenance.stamp(note, msgstr) for note in notes])
    return True


def can_fill(po: Catalog, msgid: str, *, retranslate: bool) -> bool:
    entry = po.find(msgid)
    if entry is None or entry.obsolete:
        return False
    return not is_translated(entry) or (retranslate and is_machine(entry))


@dataclass(frozen=True)
class Revision:
    """A fuzzy entry whose source changed: what a reviewer needs to see."""

    line: int
    reference: str
    previous: str
    msgid: str
    msgstr: str


def revisions(po: Catalog) -> list[Revision]:
    return [
        Revision(
            e.linenum,
            " ".join(f"{p}:{n}" for p, n in e.occurrences),
            e.previous_msgid,
            e.msgid,
            e.msgstr,
        )
        for e in po
        if not e.obsolete and e.fuzzy and e.previous_msgid
    ]


def translations(po: Catalog, *, include_machine: bool) -> dict[str, str]:
    """msgid -> msgstr for building a document: reviewed entries, plus machine ones in drafts."""
    return {
        e.msgid: e.msgstr
        for e in po
        if not e.obsolete
        and e.msgid
        and not e.msgid_plural
        and e.msgstr
        and (include_machine or not e.fuzzy)
    }


@dataclass(frozen=True)
class Open:
    """An entry that keeps a language from being published."""

    line: int
    state: str  # "untranslated" or "machine"
    msgid: str


def unreviewed(po: Catalog) -> list[Open]:
    return [
        Open(e.linenum, state(e), e.msgid)
        for e in po
        if not e.obsolete and e.msgid and state(e) != "reviewed"
    ]


def set_annotations(
    po: Catalog,
    lines_by_entry: dict[int, list[str]],
    strip: Callable[[str], str],
) -> bool:
    """Replace each entry's annotation comment lines (`strip` removes the old ones) with the
    lines for its .po line number. Returns True if anything changed."""
    changed = False
    for e in po:
        if e.obsolete or not e.msgid:
            continue
        kept = strip(e.tcomment or "")
        new = "\n".join(([kept] if kept else []) + lines_by_entry.get(e.linenum, []))
        if new != (e.tcomment or ""):
            e.tcomment = new
            changed = True
    return changed


def msgids_by_line(po: Catalog) -> dict[int, str]:
    """msgid of each live entry by its line in the file (where problems point)."""
    return {e.linenum: e.msgid for e in po if not e.obsolete and e.msgid}
