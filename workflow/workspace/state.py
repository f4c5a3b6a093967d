"""The batch run's state in `.workflow/`: the workspace lock, the catalog index, input digests
and the record of what the last successful run produced.

The state is a cache: losing it (to a kill, or by deleting `.workflow/`) only costs rework.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import stat
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

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

STATE_DIR = ".workflow"
LOCK_FILE = "run.lock"
STATE_FILE = "state.json"


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


@dataclass
class CatalogIndex:
    """Catalog files per release id, listed once for the whole workspace."""

    catalogs: dict[str, list[Path]]

    @classmethod
    def scan(cls, ws: Workspace) -> CatalogIndex:
        found: dict[str, list[Path]] = {}
        if ws.locales.is_dir():
            for lang_dir in sorted(ws.locales.iterdir()):
                folder = lang_dir / "LC_MESSAGES"
                if lang_dir.name == "templates" or not folder.is_dir():
                    continue
                for entry in os.scandir(folder):
                    if entry.name.endswith(".po") and not entry.name.startswith("."):
                        found.setdefault(entry.name[:-3], []).append(Path(entry.path))
        return cls(found)


def files_digest(*paths: Path) -> str:
    """Digest of files' names and contents, salted with the tool's code (`codeid`)."""
    return digest_files(paths, salt=code_digest().encode())


def input_digest(ws: Workspace, release_id: str, index: CatalogIndex, shared: str) -> str:
    """What a release's outputs depend on: its file, template and catalogs, plus `shared`
    (settings, glossary, the languages asked for)."""
    paths = [ws.release_path(release_id), ws.template_path(release_id)]
    paths += sorted(index.catalogs.get(release_id, []))
    return digest((shared + files_digest(*paths)).encode())


@dataclass
class RunState:
    """Per release: the input digest and the outputs (path -> size) of its last complete run."""

    ws: Workspace
    releases: dict[str, dict[str, object]] = field(default_factory=dict)

    @classmethod
    def load(cls, ws: Workspace) -> RunState:
        path = ws.root / STATE_DIR / STATE_FILE
        try:
            raw = read_input(path, "state")
            data = json.loads(raw) if raw is not None else None
        except (WorkflowError, ValueError):  # lost or spoilt: the state is only a cache
            return cls(ws)
        if data is None:
            return cls(ws)
        return cls(ws, data if isinstance(data, dict) else {})

    def save(self) -> None:
        payload = json.dumps(self.releases, indent=1, sort_keys=True).encode()
        atomic_write(self.ws.root / STATE_DIR / STATE_FILE, payload)

    def unchanged(self, release_id: str, inputs: str) -> bool:
        """True when the release's inputs hash as last time and its outputs are still there."""
        known = self.releases.get(release_id, {})
        return known.get("inputs") == inputs and self._outputs_present(known.get("outputs"))

    def record(self, release_id: str, inputs: str, outputs: Mapping[str, int]) -> None:
        self.releases[release_id] = {"inputs": inputs, "outputs": dict(outputs)}

    def forget(self, release_id: str) -> None:
        self.releases.pop(release_id, None)

    def _outputs_present(self, outputs: object) -> bool:
        if not isinstance(outputs, dict):
            return False
        for rel_path, size in outputs.items():
            try:
                if (self.ws.root / rel_path).stat().st_size != size:
                    return False
            except FileNotFoundError:
                return False
        return True
