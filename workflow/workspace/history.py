"""`.workflow/catalog-history/`: content-addressed copies of catalogs' last good states.

Before the workflow overwrites a catalog (and whenever it reads a good one), the bytes are kept
as `<sha256>.po`, and `index.json` records, per catalog path, the states in time order with
their reviewed and total entry counts. The newest `KEEP` states of a catalog are kept, and
the newest with the most reviewed entries; a copy no state refers to any more is removed.
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


def folder(ws: Workspace) -> Path:
    return ws.root / HISTORY_DIR


def blob(ws: Workspace, sha: str) -> Path:
    return folder(ws) / f"{sha}.po"


@contextlib.contextmanager
def _locked(ws: Workspace) -> Iterator[None]:
    """The index's own lock (read-modify-write by concurrent workers or commands)."""
    top = folder(ws)
    try:
        top.mkdir(parents=True, exist_ok=True)
        fd = os.open(top / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise WorkspaceError(
            f"cannot keep the catalog history: {exc.strerror}", file=ws.rel(top)
        ) from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _load(ws: Workspace) -> dict[str, list[State]]:
    path = folder(ws) / INDEX
    try:
        raw = json.loads(path.read_bytes())
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):  # a damaged index: the copies are still there by digest
        return {}
    out: dict[str, list[State]] = {}
    if not isinstance(raw, dict):
        return out
    for key, states in raw.items():
        try:
            out[str(key)] = [State(**s) for s in states]
        except TypeError:
            continue
    return out


def _save(ws: Workspace, index: dict[str, list[State]]) -> None:
    data = {k: [asdict(s) for s in v] for k, v in sorted(index.items())}
    atomic_write(folder(ws) / INDEX, json.dumps(data, indent=1).encode() + b"\n")


def remember(
    ws: Workspace, catalog: str, data: bytes, *, reviewed: int, total: int, source: str
) -> State:
    """Keep `data` as a state of `catalog` (a workspace-relative path); a state equal to the
    newest one is not repeated."""
    sha = digest(data)
    state = State(time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), sha, reviewed, total, source)
    with _locked(ws):
        copy = blob(ws, sha)
        if not copy.exists():
            atomic_write(copy, data)
        index = _load(ws)
        states = index.setdefault(catalog, [])
        if states and states[-1].digest == sha:
            return states[-1]
        states.append(state)
        index[catalog] = _trim(states)
        _save(ws, index)
        _collect(ws, index)
    return state


def _trim(states: list[State]) -> list[State]:
    """The newest `KEEP` states, and the newest of those with the most reviewed entries
    (machine saves in a long run must not push the reviewed work out)."""
    if len(states) <= KEEP:
        return states
    best = max(reversed(states), key=lambda s: s.reviewed)
    kept = states[-KEEP:]
    return kept if best in kept else [best, *states[-KEEP + 1 :]]


def _collect(ws: Workspace, index: dict[str, list[State]]) -> None:
    """Remove the copies no state refers to, and temp files of writes a kill interrupted
    (every write here is made under the index lock, which the caller holds)."""
    used = {s.digest for states in index.values() for s in states}
    for p in [*folder(ws).glob("*.po"), *folder(ws).glob(".*.tmp")]:
        if p.stem not in used:
            with contextlib.suppress(FileNotFoundError):
                p.unlink()


def states(ws: Workspace) -> dict[str, list[State]]:
    """Every catalog's saved states, oldest first."""
    return _load(ws)


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
        data = blob(ws, state.digest).read_bytes()
    except OSError as exc:
        raise WorkspaceError(
            f"the saved copy is unreadable: {exc.strerror}", file=ws.rel(blob(ws, state.digest))
        ) from None
    if digest(data) != state.digest:
        raise WorkspaceError(
            "the saved copy does not match its digest", file=ws.rel(blob(ws, state.digest))
        )
    return state, data
