"""The batch run's state in `.workflow/`: the workspace lock, input digests and the record of
what the last run made of each language of each release.

The state is a cache: losing it (to a kill, or by deleting `.workflow/`) only costs rework.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import stat
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workflow.codeid import code_digest
from workflow.errors import WorkflowError, WorkspaceError
from workflow.workspace.folder import Workspace
from workflow.workspace.fsio import (
    atomic_write,
    check_inside,
    digest,
    digest_files,
    read_input,
    stale_temporaries,
    write_error,
)
from workflow.workspace.settings import SETTINGS_FILE

STATE_DIR = ".workflow"
LOCK_FILE = "run.lock"
STATE_FILE = "state.json"
VERSION = 2  # per release and language (1: per release)
ASSETS_DIR = "assets"
GLOSSARY_FILE = "glossary.csv"  # catalogs.glossary.FILE (the workspace layer imports no step)


@contextlib.contextmanager
def workspace_lock(ws: Workspace, *, wait: bool = False) -> Iterator[None]:
    """An exclusive lock on the workspace, released by the kernel if the process dies."""
    folder = ws.root / STATE_DIR
    check_inside(folder / LOCK_FILE, name=f"{STATE_DIR}/{LOCK_FILE}")
    path = folder / LOCK_FILE
    try:
        folder.mkdir(exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK, 0o644)
    except OSError as exc:
        raise write_error(exc, path) from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise WorkspaceError(
            "the run lock is not a regular file", file=ws.rel(path), hint="delete it"
        )
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
            raise WorkspaceError(
                f"another `workflow run` is working on this workspace (pid {holder})",
                file=ws.rel(path),
                hint="wait for it to finish, or pass --wait",
            ) from None
        with contextlib.suppress(OSError):  # the holder's pid only informs; a full disk
            os.ftruncate(fd, 0)
            os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        os.close(fd)


def clean_stale_temporaries(ws: Workspace) -> int:
    """Our temp files (`fsio.is_temporary`) of writes interrupted by a kill, inside the
    workspace only, never through a link (only safe under the lock)."""
    removed = 0
    for top in (ws.locales, ws.output, ws.root / STATE_DIR):
        for tmp in stale_temporaries(top):
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
                removed += 1
    return removed


def files_digest(*paths: Path) -> str:
    """Digest of files' names and contents, salted with the tool's code (`codeid`)."""
    return digest_files(paths, salt=code_digest().encode())


def shared_digest(ws: Workspace) -> str:
    """What every output depends on: settings, glossary, the logo the settings name."""
    paths = [ws.root / SETTINGS_FILE, ws.locales / GLOSSARY_FILE]
    if ws.settings.office.logo:
        paths.append(ws.root / ASSETS_DIR / ws.settings.office.logo)
    return files_digest(*paths)


def release_digest(ws: Workspace, release_id: str, shared: str) -> str:
    """What every output of a release depends on: `shared`, its file and its template."""
    paths = (ws.release_path(release_id), ws.template_path(release_id))
    return digest((shared + files_digest(*paths)).encode())


def unit_digest(ws: Workspace, release_id: str, code: str, release: str, *, source: bool) -> str:
    """What one language of a release depends on: the release's inputs and, for a target
    language, its catalog."""
    if source:
        return release
    catalog = ws.locales / code / "LC_MESSAGES" / f"{release_id}.po"
    return digest((release + files_digest(catalog)).encode())


@dataclass
class RunState:
    """What the last run made of each language of each release (a "unit"): the inputs it was
    made from, what it waited on (the engines here, when entries waited for one), its outputs
    (path -> size) and its summary row, a failure included. A unit whose inputs are the same
    and whose outputs are still there is not redone, and its failure is reported from here.

    `releases`: id -> {"inputs": digest, "languages": [codes], "error": str, "units": {code:
    {"inputs", "engines", "outputs", "row"}}}."""

    ws: Workspace
    releases: dict[str, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def load(cls, ws: Workspace) -> RunState:
        path = ws.root / STATE_DIR / STATE_FILE
        try:
            raw = read_input(path, "state")
            data = json.loads(raw) if raw is not None else None
        except (WorkflowError, ValueError):  # lost or spoilt: the state is only a cache
            return cls(ws)
        if not isinstance(data, dict) or data.get("version") != VERSION:
            return cls(ws)  # an older tool's state: everything is redone once
        found = data.get("releases")
        return cls(ws, found if isinstance(found, dict) else {})

    def save(self) -> None:
        payload = json.dumps(
            {"version": VERSION, "releases": self.releases}, indent=1, sort_keys=True
        ).encode()
        atomic_write(self.ws.root / STATE_DIR / STATE_FILE, payload)

    def release(self, release_id: str, inputs: str) -> dict[str, Any] | None:
        """The release's record if its inputs are unchanged."""
        known = self.releases.get(release_id)
        if isinstance(known, dict) and known.get("inputs") == inputs:
            return known
        return None

    def record_release(
        self, release_id: str, inputs: str, languages: Sequence[str], error: str = ""
    ) -> None:
        """The release as read (its languages, or why it could not be); units of languages
        it no longer has are dropped."""
        known = self.releases.get(release_id, {})
        units = known.get("units", {}) if isinstance(known, dict) else {}
        kept = {code: u for code, u in units.items() if code in languages}
        self.releases[release_id] = {
            "inputs": inputs,
            "languages": list(languages),
            "error": error,
            "units": kept,
        }

    def unit(self, release_id: str, code: str) -> dict[str, Any] | None:
        units = self.releases.get(release_id, {}).get("units", {})
        found = units.get(code) if isinstance(units, dict) else None
        return found if isinstance(found, dict) else None

    def unit_unchanged(
        self, release_id: str, code: str, inputs: str, engines: Callable[[], str]
    ) -> dict[str, Any] | None:
        """The unit's record when its inputs, what it waited on and its outputs are as the
        last run left them, else None."""
        known = self.unit(release_id, code)
        if known is None or known.get("inputs") != inputs:
            return None
        waited = known.get("engines")
        if waited is not None and waited != engines():
            return None
        return known if self._outputs_present(known.get("outputs")) else None

    def record_unit(
        self,
        release_id: str,
        code: str,
        inputs: str,
        *,
        engines: str | None,
        outputs: Mapping[str, int],
        row: Mapping[str, object],
    ) -> None:
        release = self.releases.setdefault(release_id, {"units": {}})
        release.setdefault("units", {})[code] = {
            "inputs": inputs,
            "engines": engines,
            "outputs": dict(outputs),
            "row": dict(row),
        }

    def forget_unit(self, release_id: str, code: str) -> None:
        self.releases.get(release_id, {}).get("units", {}).pop(code, None)

    def keep_only(self, release_ids: Sequence[str]) -> None:
        """Forget releases that are gone from the workspace."""
        for gone in set(self.releases) - set(release_ids):
            del self.releases[gone]

    def _outputs_present(self, outputs: object) -> bool:
        if not isinstance(outputs, dict):
            return False
        for rel_path, size in outputs.items():
            try:
                if (self.ws.root / rel_path).stat().st_size != size:
                    return False
            except (FileNotFoundError, NotADirectoryError):
                return False
        return True
