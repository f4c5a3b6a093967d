"""Typed views of a catalog and its entries.

polib ships no type information, so everything it returns is `Any` to the type checker. These
protocols name what the workflow uses of polib's `POFile` and `POEntry`; `pofile.py` (the only
polib user) returns them, so no `Any` reaches the steps and a misspelt attribute is a type
error, not a run-time surprise.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol


class Entry(Protocol):
    """One entry of a .po/.pot file (polib.POEntry)."""

    msgid: str
    msgstr: str
    msgid_plural: str
    msgstr_plural: dict[int, str]
    msgctxt: str | None
    flags: list[str]
    tcomment: str  # translator comment ("# "): kept by msgmerge and Poedit
    comment: str  # extracted comment ("#. ")
    occurrences: list[tuple[str, str]]  # "#: file:line" references
    obsolete: bool
    previous_msgid: str | None
    previous_msgid_plural: str | None
    previous_msgctxt: str | None
    linenum: int

    @property
    def fuzzy(self) -> bool: ...


class Catalog(Protocol):
    """A .po/.pot file (polib.POFile): header fields and entries, obsolete ones included."""

    metadata: dict[str, str]
    metadata_is_fuzzy: bool
    header: str
    wrapwidth: int

    def __iter__(self) -> Iterator[Entry]: ...

    def __len__(self) -> int: ...

    def append(self, entry: Entry) -> None: ...

    def find(self, st: str) -> Entry | None: ...
