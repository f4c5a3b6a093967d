"""Reading a catalog another program may be saving in place, and keeping its good states.

Many editors save by truncating the file and writing it again. A read in that moment sees an
empty file, or the first part of one; parsed, it is a small valid catalog, and writing it back
would lose every entry after the cut. So a catalog the workflow is about to write back is only
trusted when two reads a moment apart agree and it is whole: not empty, with its header, and
with every entry the workflow read before (`missing`). Otherwise it is read again, for up to
`WAIT` seconds, and then refused with a `HalfSavedCatalogError`: the caller writes nothing.

Every good state read or written is kept in the catalog history (`workspace/history.py`), so
`workflow recover` can bring back any of them.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from workflow.catalogs import pofile
from workflow.catalogs.types import Catalog
from workflow.errors import CatalogError, MergeConflictError
from workflow.workspace import Workspace, history
from workflow.workspace.fsio import Snapshot, atomic_write, read

WAIT = 2.0  # seconds a half-saved catalog is given to become whole
STEP = 0.05  # between two reads


class HalfSavedCatalogError(CatalogError):
    """A catalog stayed empty, truncated or without entries it had: nothing was written."""


def live_msgids(po: Catalog) -> set[tuple[str | None, str]]:
    return {(e.msgctxt, e.msgid) for e in po if e.msgid and not e.obsolete}


def missing(po: Catalog, before: Catalog | None) -> str:
    """Why `po` looks like part of a file ('' if it looks whole)."""
    if not po.has_header:
        return "it is empty" if not len(po) else "it has no header"
    if before is not None:
        had = live_msgids(before)
        now = {(e.msgctxt, e.msgid) for e in po if e.msgid}  # obsoleted entries still count
        lost = had - now
        if lost:
            return f"{len(lost)} of its {len(had)} entries are missing"
    return ""


def read_whole(
    ws: Workspace,
    path: Path,
    before: Catalog | None = None,
    *,
    wait: float = WAIT,
    settle: bool = True,
    sleep: Callable[[float], None] = time.sleep,
) -> tuple[Catalog, bytes, Snapshot] | None:
    """The catalog at `path` once it reads whole and, with `settle`, the same twice in a row
    (None if there is no file). A first read may skip settling: were it cut off at a line, the
    rest of the save changes the file, and the write-back will notice and read it again.
    A catalog that stays half-saved or unreadable for `wait` seconds is an error,
    `HalfSavedCatalogError`. A first read (no `before`) that fails to parse twice alike is the
    parser's own error at once: a malformed file, not one being saved."""
    name = ws.rel(path)
    deadline = time.monotonic() + wait
    previous: bytes | None = None
    while True:
        data, snap = read(path)
        if data is None:
            return None
        why = ""
        try:
            po = pofile.parse(data, path=name)
        except MergeConflictError:
            raise  # a merge left in the file, not an editor saving it: no waiting
        except CatalogError:
            if before is None and data == previous:
                raise  # malformed, not being saved: the reader's own error with file:line
        else:
            why = missing(po, before)
            if not why and (data == previous or not settle):
                return po, data, snap
        previous = data
        if time.monotonic() >= deadline:
            raise HalfSavedCatalogError(
                f"catalog looks half-saved ({why or 'it does not parse'}) and stayed so for "
                f"{wait:g} s; nothing written to it",
                file=name,
                hint=f"let the editor finish saving, or `workflow recover {name}`",
            )
        sleep(STEP)


def remember(ws: Workspace, path: Path, data: bytes, po: Catalog, source: str) -> None:
    """Keep a good state of the catalog in the history."""
    counts = pofile.stats(po)
    history.remember(
        ws, ws.rel(path), data, reviewed=counts.reviewed, total=counts.total, source=source
    )


def remember_bytes(ws: Workspace, path: Path, data: bytes, source: str) -> None:
    """Keep bytes whatever they are (counts 0 if they do not parse)."""
    try:
        po = pofile.parse(data, path=ws.rel(path))
    except CatalogError:
        history.remember(ws, ws.rel(path), data, reviewed=0, total=0, source=source)
    else:
        remember(ws, path, data, po, source)


def recover(ws: Workspace, name: str, sha: str | None) -> history.State:
    """Write a saved state back (the caller holds the workspace lock); the file as it was is
    kept in the history first, so a recover can itself be undone."""
    catalog = history.find_catalog(ws, name)
    state, data = history.load(ws, catalog, sha)
    path = ws.root / catalog
    now, _ = read(path)
    if now:
        remember_bytes(ws, path, now, "before recover")
    atomic_write(path, data)
    history.remember(
        ws, catalog, data, reviewed=state.reviewed, total=state.total, source="recover"
    )
    return state
