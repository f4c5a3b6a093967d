"""`.workflow/catalog-history/`: content-addressed copies of catalogs' last good states.

Before the workflow overwrites a catalog (and whenever it reads a good one), the bytes are kept
in the catalog's own folder (`<sha256 of its path, 16 digits>/`) as `<sha256>.po`, and the
folder's `index.json` records the catalog's path and its states in time order with their
reviewed and total entry counts. The newest `KEEP` states of a catalog are kept, and the
newest with the most reviewed entries; a copy no state refers to any more is removed. One
folder a catalog: a save reads and writes that catalog's small index only (one index for the
whole workspace made a 1,500-catalog extract 25 times slower).
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
from workflow.workspace.fsio import atomic_write, digest

HISTORY_DIR = Path(".workflow") / "catalog-history"
INDEX = "index.json"
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
        fd = os.open(place / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise WorkspaceError(
            f"cannot keep the catalog history: {exc.strerror}", file=ws.rel(place)
        ) from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield place
    finally:
        os.close(fd)


def _load(place: Path) -> tuple[str, list[State]]:
    """A catalog folder's index: the catalog's path and its states ("" if unreadable)."""
    try:
        raw = json.loads((place / INDEX).read_bytes())
        return str(raw["catalog"]), [State(**s) for s in raw["states"]]
    except FileNotFoundError:
        return "", []
    except (OSError, ValueError, TypeError, KeyError):  # damaged: the copies are still there
        return "", []


def _save(place: Path, catalog: str, states: list[State]) -> None:
    data = {"catalog": catalog, "states": [asdict(s) for s in states]}
    atomic_write(place / INDEX, json.dumps(data, indent=1).encode() + b"\n", durable=False)


def remember(
    ws: Workspace, catalog: str, data: bytes, *, reviewed: int, total: int, source: str
) -> State:
    """Keep `data` as a state of `catalog` (a workspace-relative path); a state equal to the
    newest one is not repeated."""
    sha = digest(data)
    state = State(time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), sha, reviewed, total, source)
    with _locked(ws, catalog) as place:
        _, states = _load(place)
        if states and states[-1].digest == sha:
            return states[-1]
        copy = place / f"{sha}.po"
        if not copy.exists():
            atomic_write(copy, data, durable=False)
        states = _trim([*states, state])
        _save(place, catalog, states)
        _collect(place, states)
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
