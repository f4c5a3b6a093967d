"""File I/O at the edges: the one input reader, atomic writes, change detection for files
others may edit, and the workspace's confinement.

Every input is read by `read_input`: opened without blocking (a named pipe never hangs the
run), checked to be a regular file, its size checked against its kind's limit before a byte is
read. Every path read or written must resolve inside the workspace root (`confine`): a symbolic
link leading out of the workspace is refused, so the tool never writes, deletes or reads
outside it. Temporary files carry the tool's marker (`.<name>.workflow-<random>.tmp`), so
cleaning stale ones removes only ours.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import stat
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from workflow.errors import WorkflowError, WorkspaceError

# The most bytes each kind of input may have; refused before reading (a press release is a
# few KB, a catalog a few hundred).
LIMITS = {
    "release": 2_000_000,
    "catalog": 50_000_000,
    "glossary": 20_000_000,
    "settings": 1_000_000,
    "state": 50_000_000,  # .workflow/state.json and the cache shards
    "asset": 20_000_000,  # a file of assets/ sent to a cluster's workers with each page
}
# how messages name an input of a kind ("cannot read release: ...")
NOUNS = {"release": "release", "glossary": "glossary", "settings": "settings"}

TEMP_MARKER = ".workflow-"
TEMP_SUFFIX = ".tmp"
# `.<name>.workflow-<8 random characters of tempfile>.tmp`: only our temporaries match
_TEMP = re.compile(r"^\..*\.workflow-[a-z0-9_]{8}\.tmp$")

OUTSIDE_HINT = (
    "links out of the workspace are refused; move or copy the folder or file into the workspace"
)

# workspace roots as named (absolute) -> as resolved; a path under a named root must resolve
# under the resolved one (see confine)
_roots: dict[str, str] = {}


def confine(root: Path) -> None:
    """From now on every path under `root` that is read, written or deleted must resolve
    inside it. Every `Workspace` confines its root; forked workers inherit it."""
    _roots[os.path.abspath(root)] = os.path.realpath(root)


def _root_of(path: Path) -> tuple[str, str] | None:
    """The (named, resolved) workspace root a path is under, the deepest if several."""
    absolute = os.path.abspath(path)
    under = [
        (named, real)
        for named, real in _roots.items()
        if absolute == named or absolute.startswith(named.rstrip(os.sep) + os.sep)
    ]
    return max(under, key=lambda root: len(root[0]), default=None)


def _shown(path: Path) -> str:
    """How messages name a path: workspace-relative under a workspace root."""
    root = _root_of(path)
    if root is None:
        return str(path)
    return Path(os.path.abspath(path)).relative_to(root[0]).as_posix()


def check_inside(path: Path, *, name: str | Path | None = None) -> None:
    """Refuse a path under a workspace root when it, or a link on the way to it, leads outside
    that root (`WorkspaceError` naming the path and where it leads)."""
    root = _root_of(path)
    if root is None:
        return
    real_root = root[1]
    real = os.path.realpath(path)
    if real == real_root or real.startswith(real_root.rstrip(os.sep) + os.sep):
        return
    shown = name if name is not None else _shown(path)
    raise WorkspaceError(
        f"a symbolic link leads outside the workspace, to {real}", file=shown, hint=OUTSIDE_HINT
    )


_KINDS = (
    (stat.S_ISDIR, "Is a directory"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _not_regular(mode: int) -> str:
    return next((what for test, what in _KINDS if test(mode)), "not a regular file")


def _too_big(error: type[WorkflowError], kind: str, size: int, shown: str | Path) -> WorkflowError:
    noun = {"settings": "settings file", "catalog": "catalog"}.get(kind, NOUNS.get(kind, "file"))
    return error(f"{noun} is {size:,} bytes, more than the {LIMITS[kind]:,} allowed", file=shown)


def read_input(
    path: Path,
    kind: str,
    *,
    name: str | Path | None = None,
    error: type[WorkflowError] = WorkflowError,
    confined: bool = True,
) -> bytes | None:
    """The bytes of an input file, None if it does not exist.

    Opened without blocking and without following a last link (the path is resolved and
    checked to be inside the workspace first), refused unless it is a regular file, refused
    over `LIMITS[kind]` bytes before reading; never more than the limit + 1 bytes are read.
    Errors are `error`s naming the file as `name` (default: workspace-relative when the path
    is under a workspace root).
    """
    limit = LIMITS[kind]
    shown = name if name is not None else _shown(path)
    cannot = f"cannot read {NOUNS[kind]}" if kind in NOUNS else "cannot read"
    if confined:
        check_inside(path, name=shown)
    real = os.path.realpath(path)
    flags = os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NOCTTY
    try:
        fd = os.open(real, flags)
    except FileNotFoundError:
        return None
    except OSError as exc:  # no permission, a socket (ENXIO), a link swapped in (ELOOP)...
        raise error(f"{cannot}: {exc.strerror}", file=shown) from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            what = _not_regular(st.st_mode)
            hint = None if stat.S_ISDIR(st.st_mode) else "only regular files are read"
            raise error(f"{cannot}: {what}, not a regular file", file=shown, hint=hint)
        if st.st_size > limit:
            raise _too_big(error, kind, st.st_size, shown)
        chunks: list[bytes] = []
        left = limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        data = b"".join(chunks)
        if len(data) > limit:  # it grew while we read
            raise _too_big(error, kind, len(data), shown)
        return data
    except OSError as exc:
        raise error(f"{cannot}: {exc.strerror}", file=shown) from None
    finally:
        os.close(fd)


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
            data = read_input(p, "catalog")
        except WorkflowError as exc:  # a folder, a pipe, too big, a link out...
            h.update(f"\0unreadable {exc.message}".encode())
            continue
        h.update(b"\0missing" if data is None else data)
    return h.hexdigest()


def read(path: Path, kind: str = "catalog") -> tuple[bytes | None, Snapshot]:
    """A file's bytes (None if it does not exist) and its snapshot (see `read_input`)."""
    data = read_input(path, kind)
    return data, Snapshot.of_bytes(data)


def current(path: Path) -> Snapshot:
    return read(path)[1]


# why a write failed, as one line: what the user can do about it
_WRITE_HINTS = {
    errno.ENOSPC: "the disk is full: free some space and run the command again",
    errno.EDQUOT: "the disk quota is used up: free some space and run the command again",
    errno.EFBIG: "the file is larger than this system allows (ulimit -f?)",
    errno.EROFS: "the workspace is on a read-only file system; read-only commands "
    "(status, check without --annotate, diff) still work",
    errno.EACCES: "the workspace needs write access here; read-only commands "
    "(status, check without --annotate, diff) still work",
    errno.EPERM: "the workspace needs write access here; read-only commands "
    "(status, check without --annotate, diff) still work",
}
DISK_ERRORS = frozenset(_WRITE_HINTS)


def write_error(exc: OSError, path: Path | str | None = None) -> WorkspaceError:
    """An OSError met while writing, as one clear line naming the file (workspace-relative),
    with what to do; the file itself was not changed (writes are atomic)."""
    where = path if path is not None else exc.filename
    shown = _shown(Path(os.fsdecode(where))) if where is not None else None
    reason = exc.strerror or type(exc).__name__
    return WorkspaceError(
        f"cannot write: {reason}; nothing was half-written", file=shown, hint=write_hint(exc)
    )


def write_hint(exc: OSError) -> str | None:
    """What to do about a failed write (a full disk, no write access), if we know."""
    return _WRITE_HINTS.get(exc.errno or 0)


def atomic_write(
    path: Path, data: bytes, *, durable: bool = True, sync_folder: bool = True
) -> None:
    """Write via a temp file in the same folder, fsync, rename, fsync the folder: never a
    half-written file, and the rename survives a power cut. The path must resolve inside the
    workspace (see `confine`). `durable=False` skips the fsyncs (still never half-written):
    for copies that only guard against other programs, not power cuts (the catalog history).
    `sync_folder=False` leaves the folder's fsync to the caller, who writes many files in few
    folders and syncs each folder once when done (`sync_folders`). A full disk or a folder
    without write access is a `WorkspaceError` naming the file (`write_error`)."""
    try:
        _atomic_write(path, data, durable=durable, sync_folder=sync_folder)
    except OSError as exc:
        raise write_error(exc, path) from None


def _atomic_write(path: Path, data: bytes, *, durable: bool, sync_folder: bool) -> None:
    check_inside(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    check_inside(path)  # a link swapped in while the folders were made
    prefix = f".{path.name[:100]}{TEMP_MARKER}"
    fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            if durable:
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
    if durable and sync_folder:
        _sync_folder(path.parent)


def sync_folders(paths: Iterable[Path]) -> None:
    """fsync the folders of files written with `sync_folder=False`, each once."""
    for folder in sorted({p.parent for p in paths}):
        _sync_folder(folder)


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


def is_temporary(name: str) -> bool:
    """True for the name of one of our temporary files (and only ours)."""
    return bool(_TEMP.match(name))


def stale_temporaries(top: Path) -> Iterator[Path]:
    """Our temporary files under `top`, never following a link (a linked folder is not
    entered, a linked `top` is not read) and never outside the confining root."""
    if top.is_symlink() or not top.is_dir():
        return
    check_inside(top)
    for dirpath, _dirnames, filenames in os.walk(top, followlinks=False):
        for name in filenames:
            if not is_temporary(name):
                continue
            path = Path(dirpath) / name
            with contextlib.suppress(OSError):
                if stat.S_ISREG(os.lstat(path).st_mode):
                    yield path
