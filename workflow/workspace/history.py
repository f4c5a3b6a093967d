"""`.workflow/catalog-history/`: content-addressed copies of catalogs' last good states.

Before the workflow overwrites a catalog (and whenever it reads a good one), the bytes are kept
in the catalog's own folder (`<sha256 of its path, 16 digits>/`) as `<sha256>.po`, and the
folder's `states.jsonl` names the catalog on its first line and then records its states in time
order, a line each, with their reviewed and total entry counts. A save appends one line; when
more than `2 * KEEP` lines have gathered, the log is rewritten with the newest `KEEP` states and
the newest with the most reviewed entries, and a copy no state refers to any more is removed.
One folder a catalog: a save reads and writes that catalog's small log only (one index for the
whole workspace made a 1,500-catalog extract 25 times slower; rewriting the index at each save,
instead of appending, cost a 10% extract update a third of its time).
`workflow recover` lists the states and writes one back.

This module stores bytes and counts; what a good catalog is, and the counting, is the caller's
(`catalogs/guard.py`).
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from workflow.errors import WorkspaceError
from workflow.workspace.folder import Workspace
from workflow.workspace.fsio import TEMP_MARKER, TEMP_SUFFIX, check_inside, digest, write_error

HISTORY_DIR = Path(".workflow") / "catalog-history"
LOG = "states.jsonl"
OLD_INDEX = "index.json"  # one JSON document a catalog, as workspaces before the log kept it
LOCK = "index.lock"
KEEP = 20  # states kept per catalog


@dataclass(frozen=True)
class State:
    """One saved state of a catalog."""

    time: str  # UTC, ISO 8601 to the second
    digest: str  # sha256 of the bytes, the copy's file name
    reviewed: int
    total: int
    source: str = ""  # who saw it: "read", "translate", "extract", "recover"...


def folder(ws: Workspace, catalog: str | None = None) -> Path:
    """The history's folder, or one catalog's folder in it."""
    top = ws.root / HISTORY_DIR
    return top if catalog is None else top / digest(catalog.encode())[:16]


def blob(ws: Workspace, catalog: str, sha: str) -> Path:
    return folder(ws, catalog) / f"{sha}.po"


@contextlib.contextmanager
def _locked(ws: Workspace, catalog: str) -> Iterator[Path]:
    """The catalog's folder, under its own lock (read-modify-write by concurrent workers or
    commands)."""
    place = folder(ws, catalog)
    try:
        place.mkdir(parents=True, exist_ok=True)
        check_inside(place)  # once: the writes below stay in this folder, under its lock
        fd = os.open(place / LOCK, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o644)
    except OSError as exc:
        raise write_error(exc, place) from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield place
    finally:
        os.close(fd)


def _read_log(place: Path) -> tuple[str, list[State], bool]:
    """A catalog folder's log as written: the catalog's path ("" if unreadable), every state
    in it, and whether it ends with a whole line. A line a kill cut short, or damaged, is
    skipped: the copies are still there."""
    try:
        data = (place / LOG).read_bytes()
    except FileNotFoundError:
        return (*_load_old(place), True)
    except OSError:
        return "", [], True
    catalog, states = "", []
    for n, line in enumerate(data.splitlines()):
        try:
            raw = json.loads(line)
            if n == 0:
                catalog = str(raw["catalog"])
            else:
                states.append(State(**raw))
        except (ValueError, TypeError, KeyError):
            continue
    return catalog, states, data.endswith(b"\n")


def _load_old(place: Path) -> tuple[str, list[State]]:
    """The index of a workspace from before the log (`index.json`), read once and replaced."""
    try:
        raw = json.loads((place / OLD_INDEX).read_bytes())
        return str(raw["catalog"]), [State(**s) for s in raw["states"]]
    except (OSError, ValueError, TypeError, KeyError):
        return "", []


def _load(place: Path) -> tuple[str, list[State]]:
    """The catalog's path and its kept states (those a rewrite of the log would keep)."""
    catalog, saved, _ = _read_log(place)
    return catalog, _trim(saved)


def _line(data: dict[str, object]) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode() + b"\n"


def _put(place: Path, name: str, data: bytes) -> None:
    """A file of the catalog's folder written whole: a temp file, then a rename. No fsync (the
    copies guard against other programs, not power cuts), and one temp name: the caller holds
    the folder's lock."""
    tmp = place / f".{name}{TEMP_MARKER}history_{TEMP_SUFFIX}"
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o644)
        try:
            view = memoryview(data)
            while view:  # a write may take part of it
                view = view[os.write(fd, view) :]
        finally:
            os.close(fd)
        os.replace(tmp, place / name)
    except OSError as exc:  # a full disk: the copy is not kept, and says so
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise write_error(exc, place / name) from None


def _rewrite(place: Path, catalog: str, states: list[State]) -> None:
    body = b"".join([_line({"catalog": catalog}), *(_line(asdict(s)) for s in states)])
    _put(place, LOG, body)
    with contextlib.suppress(FileNotFoundError):
        (place / OLD_INDEX).unlink()


def _append(place: Path, state: State, *, whole: bool) -> None:
    """One line at the end of the log, in one write (the caller holds the folder's lock); after
    a line a kill cut short, on a line of its own."""
    try:
        fd = os.open(place / LOG, os.O_WRONLY | os.O_APPEND)
        try:
            os.write(fd, (b"" if whole else b"\n") + _line(asdict(state)))
        finally:
            os.close(fd)
    except OSError as exc:  # a full disk: a cut line is skipped when the log is read
        raise write_error(exc, place / LOG) from None


def remember(
    ws: Workspace, catalog: str, data: bytes, *, reviewed: int, total: int, source: str
) -> State:
    """Keep `data` as a state of `catalog` (a workspace-relative path); a state equal to the
    newest one is not repeated."""
    sha = digest(data)
    state = State(time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), sha, reviewed, total, source)
    with _locked(ws, catalog) as place:
        known, saved, whole = _read_log(place)
        if saved and saved[-1].digest == sha:
            return saved[-1]
        if not (place / f"{sha}.po").exists():
            _put(place, f"{sha}.po", data)
        saved.append(state)
        if known == catalog and len(saved) <= 2 * KEEP and (place / LOG).exists():
            _append(place, state, whole=whole)
        else:  # a new log, one from before the log, or one that has grown long
            saved = _trim(saved)
            _rewrite(place, catalog, saved)
            _collect(place, saved)
    return state


def _trim(states: list[State]) -> list[State]:
    """The newest `KEEP` states, and the newest of those with the most reviewed entries
    (machine saves in a long run must not push the reviewed work out)."""
    if len(states) <= KEEP:
        return states
    best = max(reversed(states), key=lambda s: s.reviewed)
    kept = states[-KEEP:]
    return kept if best in kept else [best, *states[-KEEP + 1 :]]


def _collect(place: Path, states: list[State]) -> None:
    """Remove the catalog's copies no state refers to, and temp files of writes a kill
    interrupted (every write here is made under the catalog's lock, which the caller holds)."""
    used = {s.digest for s in states}
    for p in [*place.glob("*.po"), *place.glob(".*.tmp")]:
        if p.stem not in used:
            with contextlib.suppress(FileNotFoundError):
                p.unlink()


def states(ws: Workspace) -> dict[str, list[State]]:
    """Every catalog's saved states, oldest first."""
    out: dict[str, list[State]] = {}
    top = folder(ws)
    if top.is_dir():
        for place in sorted(p for p in top.iterdir() if p.is_dir()):
            catalog, saved = _load(place)
            if catalog:
                out[catalog] = saved
    return out


def find_catalog(ws: Workspace, name: str) -> str:
    """The index key for `name`: a path relative to the workspace, an absolute path, or a
    unique ending of a saved catalog's path (`pt/LC_MESSAGES/x.po`, `x.po`...)."""
    known = states(ws)
    p = Path(name)
    if p.is_absolute():
        with contextlib.suppress(ValueError):
            name = p.resolve().relative_to(ws.root.resolve()).as_posix()
    if name in known:
        return name
    matches = [k for k in known if k == name or k.endswith("/" + name.lstrip("/"))]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise WorkspaceError(
            "no saved states of this catalog", file=name, hint="`workflow recover --list`"
        )
    raise WorkspaceError(
        f"more than one catalog matches: {', '.join(sorted(matches))}",
        file=name,
        hint="give more of the path",
    )


def load(ws: Workspace, catalog: str, sha: str | None) -> tuple[State, bytes]:
    """A saved state of the catalog (by digest or a unique digest prefix; None: the newest
    one that differs from the file now) and its bytes, checked against the digest."""
    saved = states(ws).get(catalog, [])
    try:
        now = digest((ws.root / catalog).read_bytes())
    except OSError:
        now = ""
    if sha:
        picked = [s for s in saved if s.digest.startswith(sha.lower())]
        if len({s.digest for s in picked}) > 1:
            raise WorkspaceError(f"digest prefix {sha} is ambiguous", file=catalog)
    else:
        picked = [s for s in saved if s.digest != now]
    if not picked:
        raise WorkspaceError(
            f"no saved state {sha}" if sha else "no saved state other than the file as it is",
            file=catalog,
            hint=f"`workflow recover --list {catalog}`",
        )
    state = picked[-1]
    try:
        data = blob(ws, catalog, state.digest).read_bytes()
    except OSError as exc:
        raise WorkspaceError(
            f"the saved copy is unreadable: {exc.strerror}",
            file=ws.rel(blob(ws, catalog, state.digest)),
        ) from None
    if digest(data) != state.digest:
        raise WorkspaceError(
            "the saved copy does not match its digest",
            file=ws.rel(blob(ws, catalog, state.digest)),
        )
    return state, data
