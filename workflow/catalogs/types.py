"""A gettext catalog and its entries, as GNU gettext models them.

The attribute names are polib's (the project read and wrote catalogs with polib before), so
the steps read the same fields; what gettext keeps and polib did not is here too: translator
and extracted comments line by line (a lone `#` line, trailing blanks), the previous msgid of
an obsolete entry, the header's own text, and the file's wrapping style.

Pure data: reading is `poread.py`, writing `powrite.py`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field


def _lines(text: str) -> list[str]:
    return text.split("\n") if text else []


@dataclass(eq=False)
class Entry:
    """One entry of a .po/.pot file; the header is not one (see `Catalog`)."""

    msgid: str = ""
    msgstr: str = ""
    msgid_plural: str = ""
    msgstr_plural: dict[int, str] = field(default_factory=dict)
    msgctxt: str | None = None
    flags: list[str] = field(default_factory=list)
    tcomments: list[str] = field(default_factory=list)  # "# " lines, as gettext keeps them
    comments: list[str] = field(default_factory=list)  # "#. " lines (extracted comments)
    occurrences: list[tuple[str, str]] = field(default_factory=list)  # "#: file:line"
    obsolete: bool = False
    previous_msgid: str | None = None
    previous_msgid_plural: str | None = None
    previous_msgctxt: str | None = None
    linenum: int = 0  # line of the msgid keyword in the file read (0: not read from a file)

    @property
    def fuzzy(self) -> bool:
        return "fuzzy" in self.flags

    @property
    def tcomment(self) -> str:
        """The translator comment, its lines joined by newlines (msgmerge and Poedit keep it)."""
        return "\n".join(self.tcomments)

    @tcomment.setter
    def tcomment(self, text: str) -> None:
        self.tcomments = _lines(text)

    @property
    def comment(self) -> str:
        """The extracted comment (`#.`), its lines joined by newlines."""
        return "\n".join(self.comments)

    @comment.setter
    def comment(self, text: str) -> None:
        self.comments = _lines(text)

    def translated_any(self) -> bool:
        """Whether a translation is there at all (gettext drops an obsolete entry without)."""
        return bool(self.msgstr) or any(self.msgstr_plural.values())


def new_entry(
    *,
    tcomment: str = "",
    comment: str = "",
    **fields: object,
) -> Entry:
    """An entry from polib-style keywords (`tcomment`, `comment` as joined text)."""
    entry = Entry(**fields)  # type: ignore[arg-type]
    entry.tcomment = tcomment
    entry.comment = comment
    return entry


@dataclass(eq=False)
class Catalog:
    """A .po/.pot file: its header and entries (obsolete ones included)."""

    entries: list[Entry] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)  # header fields, in file order
    metadata_is_fuzzy: bool = False
    header_comments: list[str] = field(default_factory=list)  # "# " lines above the header
    header_extracted: list[str] = field(default_factory=list)  # its "#." lines (rare)
    header_references: list[tuple[str, str]] = field(default_factory=list)  # its "#:" (rare)
    has_header: bool = True
    wrap: bool = True  # False: the file was saved unwrapped (msgcat --no-wrap, Poedit)
    converted_from: str | None = None  # legacy charset the file was read in (now UTF-8)
    # the header's msgstr as read, kept verbatim while `metadata` still says the same
    header_text: str | None = None
    header_fields: dict[str, str] | None = None

    @property
    def header(self) -> str:
        return "\n".join(self.header_comments)

    @header.setter
    def header(self, text: str) -> None:
        self.header_comments = _lines(text)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def __getitem__(self, index: int) -> Entry:
        return self.entries[index]

    def append(self, entry: Entry) -> None:
        self.entries.append(entry)

    def find(self, msgid: str) -> Entry | None:
        """The first live entry with this msgid (as polib's `find`)."""
        return next((e for e in self.entries if e.msgid == msgid and not e.obsolete), None)

    def header_msgstr(self) -> str:
        """The header entry's msgstr: as read while the fields are unchanged, else rebuilt."""
        if self.header_text is not None and self.header_fields == self.metadata:
            return self.header_text
        return "".join(f"{k}: {v}\n" for k, v in self.metadata.items())
