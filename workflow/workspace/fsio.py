"""File I/O at the edges: atomic writes and change detection for files others may edit."""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from workflow.errors import WorkflowError


@dataclass(frozen=True)
class Snapshot:
    """What a file looked like when we read it (to notice an edit made while we worked)."""

    exists: bool
    digest: str

    @classmethod
    def of_bytes(cls, data: bytes | None) -> Snapshot:
        if data is None:
            return cls(False, "")
        return cls(True, digest(data))


def digest(data: bytes) -> str:
    """The one content digest of the workflow (snapshots, cache keys, run state): sha256 hex."""
    return hashlib.sha256(data).hexdigest()


def digest_files(paths: Iterable[Path], *, salt: bytes = b"") -> str:
    """One digest over files' names and contents; a missing or unreadable file counts as such
    (whoever loads it will say what is wrong)."""
    h = hashlib.sha256(salt)
    for p in paths:
        h.update(str(p.name).encode())
        try:
            h.update(p.read_bytes())
        except FileNotFoundError:
            h.update(b"\0missing")
        except OSError as exc:  # a folder, unreadable...
            h.update(f"\0unreadable {exc.errno}".encode())
    return h.hexdigest()


def read(path: Path) -> tuple[bytes | None, Snapshot]:
    """A file's bytes (None if it does not exist) and its snapshot."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        data = None
    except OSError as exc:  # a folder where a file should be, no permission...
        raise WorkflowError(f"cannot read: {exc.strerror}", file=path) from None
    return data, Snapshot.of_bytes(data)


def current(path: Path) -> Snapshot:
    return read(path)[1]


def atomic_write(path: Path, data: bytes) -> None:
    """Write via a temp file in the same folder, fsync, rename, fsync the folder: never a
    half-written file, and the rename survives a power cut."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
        else:
            os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:  # some file systems refuse fsync on a folder; the rename still happened
        pass
    finally:
        os.close(fd)
