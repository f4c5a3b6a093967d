"""Gettext catalogs: build the template and new language catalogs, read strictly, write,
entry states and stats. The only polib user (merging is in merge.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import polib

from workflow import __version__
from workflow.catalogs import powrite
from workflow.catalogs.types import Catalog, Entry, new_entry
from workflow.errors import CatalogError, decode_utf8
from workflow.lang.languages import Language, plural_forms

WRAP = 78
MACHINE_PREFIX = "machine: "  # translator comment holding provenance


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

_KEYWORD = re.compile(
    r"^(?:#[~|] *)*(?:#~ *)?(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s*(.*)$"
)
_CONT = re.compile(r"^(?:#[~|] *)*(\".*)$")
_ESCAPE = re.compile(r'\\(?:[abfnrtv\\"]|[0-7]{1,3}|x[0-9A-Fa-f]+)')


def _lint(text: str, path: str) -> None:
    """What polib lets through but msgfmt refuses: bad strings and escapes, BOM, CRLF, strings
    after comments, a msgid without msgstr."""
    if text.startswith("\ufeff"):
        raise CatalogError(
            "catalog starts with a byte-order mark",
            file=path,
            line=1,
            hint="save it as UTF-8 without BOM",
        )
    linter = _Linter(path)
    for number, raw in enumerate(text.split("\n"), start=1):
        if raw.endswith("\r"):
            raise CatalogError(
                "catalog has Windows (CRLF) line endings",
                file=path,
                line=number,
                hint="save it with Unix (LF) line endings, e.g. dos2unix",
            )
        line = raw.strip()
        if line:
            linter.line(line, number)
    if linter.open_msgid:
        raise CatalogError("msgid without msgstr", file=path, line=linter.open_msgid)


@dataclass
class _Linter:
    """The line-by-line state of `_lint`."""

    path: str
    previous: str = ""  # the last non-blank line
    open_msgid: int = 0  # line of an active msgid still waiting for its msgstr
    empty_msgid: int = 0  # line of an active 'msgid ""': a header, unless a string line follows
    header: int = 0

    def line(self, line: str, number: int) -> None:
        self._order(line, number)
        self._headers(line)
        self.previous = line
        if line.startswith("#") and not line.startswith(("#~", "#|")):
            return
        m = _KEYWORD.match(line)
        if m and not line.startswith("#"):
            self._keyword(m.group(1), m.group(2), number)
        string = m.group(2) if m else None
        if string is None:
            c = _CONT.match(line)
            string = c.group(1) if c else None
        if string is None:
            if line.startswith(("#~", "#|")):
                return
            raise CatalogError(f"syntax error: {line[:40]!r}", file=self.path, line=number)
        _lint_string(string, self.path, number)

    def _order(self, line: str, number: int) -> None:
        if line.startswith('"') and self.previous.startswith("#"):
            # polib would append it to the comment's field (a '#| msgid' one: text lost)
            raise CatalogError(
                "a string line after a comment line",
                file=self.path,
                line=number,
                hint='strings continue a msgid/msgstr line; in a "#|" or "#~" block, '
                "start the line with the same mark",
            )
        if self.previous.startswith("#|") and line.startswith("#") and not line.startswith("#|"):
            raise CatalogError(
                'a comment after a "#|" (previous msgid) line',
                file=self.path,
                line=number,
                hint='"#|" lines come last, just before msgctxt/msgid',
            )

    def _headers(self, line: str) -> None:
        if not self.empty_msgid:
            return
        if line.startswith('"'):  # 'msgid ""' continued: not a header
            self.empty_msgid = 0
            return
        if self.header:
            raise CatalogError(
                f'a second header (msgid ""; the first is at line {self.header})',
                file=self.path,
                line=self.empty_msgid,
                hint="keep one",
            )
        self.header, self.empty_msgid = self.empty_msgid, 0

    def _keyword(self, keyword: str, rest: str, number: int) -> None:
        if keyword == "msgid":
            if self.open_msgid:
                raise CatalogError("msgid without msgstr", file=self.path, line=self.open_msgid)
            self.open_msgid = number
            self.empty_msgid = number if rest.strip() == '""' else 0
        elif keyword.startswith("msgstr"):
            self.open_msgid = 0


_GOOD_STRING = re.compile(r'"(?:[^"\\]|\\(?:[abfnrtv\\"]|[0-7]{1,3}|x[0-9A-Fa-f]+))*"\s*')


def _lint_string(s: str, path: str, number: int) -> None:
    if _GOOD_STRING.fullmatch(s):
        return
    if not s.startswith('"'):
        raise CatalogError("expected a quoted string", file=path, line=number)
    i = 1
    while i < len(s):
        ch = s[i]
        if ch == "\\":
            m = _ESCAPE.match(s, i)
            if not m:
                raise CatalogError(
                    f"invalid escape {s[i : i + 2]!r} in string",
                    file=path,
                    line=number,
                    hint='write a backslash as \\\\ and a quote as \\"',
                )
            i = m.end()
            continue
        if ch == '"':
            if s[i + 1 :].strip():
                raise CatalogError(
                    "unescaped quote inside a string",
                    file=path,
                    line=number,
                    hint='write a quote as \\"',
                )
            return
        i += 1
    raise CatalogError(
        "unterminated string", file=path, line=number, hint='end the string with a "'
    )


def parse(data: bytes, *, path: str) -> Catalog:
    """Read a catalog strictly: what msgfmt would refuse is a CatalogError with file:line."""
    text = decode_utf8(data, file=path, error=CatalogError, what="catalog")
    _lint(text, path)
    try:
        po = _polib_parse(text)
    except (OSError, ValueError) as exc:
        m = re.search(r"line (\d+)", str(exc))
        raise CatalogError(
            f"syntax error ({str(exc).split(':')[-1].strip() or 'unreadable'})",
            file=path,
            line=int(m.group(1)) if m else None,
        ) from None
    charset = po.metadata.get("Content-Type", "")
    if "charset=" in charset and "utf-8" not in charset.lower():
        raise CatalogError(
            f"catalog declares {charset!r}", file=path, hint="convert it to UTF-8 (msgconv)"
        )
    seen: dict[tuple[str | None, str], int] = {}
    nplurals = _nplurals(po)
    for e in po:
        if e.obsolete:
            continue
        key = (e.msgctxt, e.msgid)
        if key in seen:
            raise CatalogError(
                f"duplicate entry for msgid {e.msgid[:40]!r} (first at line {seen[key]})",
                file=path,
                line=e.linenum,
                hint="keep one of the two entries",
            )
        seen[key] = e.linenum
        if e.msgstr_plural and not e.msgid_plural:
            raise CatalogError("msgstr[n] without msgid_plural", file=path, line=e.linenum)
        if e.msgid_plural and sorted(e.msgstr_plural) != list(range(len(e.msgstr_plural))):
            raise CatalogError(
                "plural forms must be msgstr[0], msgstr[1]... without gaps",
                file=path,
                line=e.linenum,
            )
        if e.msgid_plural and nplurals and len(e.msgstr_plural) != nplurals:
            raise CatalogError(
                f"entry has {len(e.msgstr_plural)} plural forms, the header says {nplurals}",
                file=path,
                line=e.linenum,
            )
    return po


class _GettextLines(str):
    """A catalog's text that splits into lines as gettext does: at LF only. polib reads a text
    with `str.splitlines()`, which also breaks at U+2028, U+2029, U+0085, VT, FF, FS, GS, RS
    and a lone CR: characters gettext keeps inside strings and comments, and that `dump`
    writes as they are. Without this a catalog holding one of them is unreadable to us."""

    __slots__ = ()

    def splitlines(self, keepends: bool = False) -> list[str]:
        lines = self.split("\n")
        return [line + "\n" for line in lines[:-1]] + lines[-1:] if keepends else lines


def _polib_parse(text: str) -> Catalog:
    """polib.pofile(text) on gettext's lines (see _GettextLines)."""
    src = polib.pofile(
        _GettextLines(text), encoding="utf-8", wrapwidth=WRAP, check_for_duplicates=False
    )
    po = Catalog(metadata=dict(src.metadata), metadata_is_fuzzy=bool(src.metadata_is_fuzzy))
    po.header = src.header
    for e in src:
        po.append(
            new_entry(
                msgid=e.msgid,
                msgstr=e.msgstr,
                msgid_plural=e.msgid_plural,
                msgstr_plural={int(k): v for k, v in e.msgstr_plural.items()},
                msgctxt=e.msgctxt,
                flags=list(e.flags),
                tcomment=e.tcomment,
                comment=e.comment,
                occurrences=list(e.occurrences),
                obsolete=bool(e.obsolete),
                previous_msgid=e.previous_msgid,
                previous_msgid_plural=e.previous_msgid_plural,
                previous_msgctxt=e.previous_msgctxt,
                linenum=e.linenum,
            )
        )
    return po


def _nplurals(po: Catalog) -> int:
    m = re.search(r"nplurals\s*=\s*(\d+)", po.metadata.get("Plural-Forms", ""))
    return int(m.group(1)) if m else 0


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


def stamp(po: Catalog, *, created: str | None = None, revised: str | None = None) -> None:
    if created is not None:
        po.metadata["POT-Creation-Date"] = created
    if revised is not None:
        po.metadata["PO-Revision-Date"] = revised


def copy_dates(po: Catalog, old: Catalog) -> None:
    for key in _VOLATILE:
        if key in old.metadata:
            po.metadata[key] = old.metadata[key]


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

TM_PREFIX = "tm: "
WARNING_PREFIX = "machine-warning: "
_OURS = (MACHINE_PREFIX, TM_PREFIX, WARNING_PREFIX)


def is_machine(e: Entry) -> bool:
    """A fuzzy entry written by an engine (its provenance comment says so)."""
    return bool(e.fuzzy) and any(
        line.startswith(MACHINE_PREFIX) for line in (e.tcomment or "").splitlines()
    )


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
    survive msgmerge and Poedit). Returns False, changing nothing, if the entry is gone."""
    entry = po.find(msgid)
    if entry is None or entry.obsolete:
        return False
    entry.msgstr = msgstr
    if fuzzy and "fuzzy" not in entry.flags:
        entry.flags.insert(0, "fuzzy")
    if not fuzzy and "fuzzy" in entry.flags:
        entry.flags.remove("fuzzy")
    entry.previous_msgid = None
    kept = [line for line in (entry.tcomment or "").splitlines() if not line.startswith(_OURS)]
    entry.tcomment = "\n".join(kept + notes)
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
