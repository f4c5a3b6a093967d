"""The one input reader, confinement to the workspace, atomic writes and our temporaries."""

from __future__ import annotations

import errno
import os
import signal
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from workflow.errors import CatalogError, WorkflowError, WorkspaceError
from workflow.workspace import fsio
from workflow.workspace.folder import Workspace


@pytest.fixture(autouse=True)
def no_hang() -> Iterator[None]:
    """A read that blocks (a pipe opened the old way) fails the test instead of hanging it."""

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError("the read blocked")

    old = signal.signal(signal.SIGALRM, expire)
    signal.alarm(5)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    root = tmp_path / "ws"
    (root / "locales").mkdir(parents=True)
    return Workspace(root)  # confines its root


def test_regular_file_and_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "a.po"
    path.write_bytes(b'msgid ""\n')
    assert fsio.read_input(path, "catalog") == b'msgid ""\n'
    assert fsio.read_input(tmp_path / "none.po", "catalog") is None
    assert fsio.read(path)[1] == fsio.Snapshot.of_bytes(b'msgid ""\n')


def test_named_pipe_is_refused_without_waiting(tmp_path: Path) -> None:
    path = tmp_path / "p.po"
    os.mkfifo(path)
    with pytest.raises(CatalogError, match=r"cannot read: a named pipe \(FIFO\), not a regular"):
        fsio.read_input(path, "catalog", error=CatalogError)


@pytest.mark.parametrize(
    ("path", "what"), [("/dev/zero", "a character device"), ("/dev/null", "a character device")]
)
def test_device_is_refused(path: str, what: str) -> None:
    with pytest.raises(WorkflowError, match=f"cannot read release: {what}, not a regular file"):
        fsio.read_input(Path(path), "release", confined=False)


def test_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(WorkflowError, match="cannot read glossary: Is a directory") as err:
        fsio.read_input(tmp_path, "glossary", name="locales/glossary.csv")
    assert err.value.file == "locales/glossary.csv"


def test_size_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.po"
    with open(path, "wb") as fh:
        fh.truncate(fsio.LIMITS["catalog"] + 1)  # sparse: nothing on disk
    reads: list[int] = []
    real_read = os.read
    monkeypatch.setattr(os, "read", lambda fd, n: reads.append(n) or real_read(fd, n))
    with pytest.raises(
        WorkflowError, match=r"catalog is 50,000,001 bytes, more than the 50,000,000"
    ):
        fsio.read_input(path, "catalog")
    assert reads == []
    path.write_bytes(b"x" * 10)
    assert fsio.read_input(path, "catalog") == b"x" * 10


def test_every_limit_is_declared() -> None:
    assert set(fsio.LIMITS) >= {"release", "catalog", "glossary", "settings", "state"}
    assert all(limit > 0 for limit in fsio.LIMITS.values())


def test_link_out_of_the_workspace_is_refused(ws: Workspace, tmp_path: Path) -> None:
    secret = tmp_path / "secret.po"
    secret.write_text("theirs")
    link = ws.locales / "x.po"
    link.symlink_to(secret)
    with pytest.raises(
        WorkspaceError, match=r"leads outside the workspace, to .*secret\.po"
    ) as err:
        fsio.read_input(link, "catalog")
    assert err.value.file == "locales/x.po"
    assert err.value.hint and "refused" in err.value.hint
    with pytest.raises(WorkspaceError, match="leads outside"):
        fsio.atomic_write(link, b"ours")
    assert secret.read_text() == "theirs" and link.is_symlink()
    with pytest.raises(WorkspaceError, match="/dev/zero"):
        (ws.locales / "zero.po").symlink_to("/dev/zero")
        fsio.read_input(ws.locales / "zero.po", "catalog")


def test_linked_folder_out_of_the_workspace_is_refused(ws: Workspace, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (ws.root / "output").symlink_to(elsewhere)
    with pytest.raises(WorkspaceError, match="leads outside") as err:
        fsio.atomic_write(ws.output / "r" / "r.fr.pdf", b"%PDF")
    assert err.value.file == "output/r/r.fr.pdf"
    assert list(elsewhere.iterdir()) == []  # not even the folder r/ was made
    with pytest.raises(WorkspaceError, match="output: a symbolic link leads outside"):
        ws.check_layout()


def test_link_inside_the_workspace_is_followed(ws: Workspace) -> None:
    (ws.root / "shared").mkdir()
    (ws.root / "shared" / "glossary.csv").write_text("term,kind\n")
    (ws.locales / "glossary.csv").symlink_to(Path("..") / "shared" / "glossary.csv")
    assert fsio.read_input(ws.locales / "glossary.csv", "glossary") == b"term,kind\n"
    ws.check_layout()


def test_paths_outside_any_workspace_are_not_confined(tmp_path: Path) -> None:
    (tmp_path / "link").symlink_to("/etc/hostname")
    fsio.check_inside(tmp_path / "link")  # no workspace there: the caller decides


def test_atomic_write_marks_its_temporaries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []
    real_replace = os.replace

    def replace(src: str, dst: str) -> None:
        seen.append(os.path.basename(src))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    target = tmp_path / ("n" * 250 + ".po")  # a long name still fits NAME_MAX with the marker
    fsio.atomic_write(target, b"data")
    assert target.read_bytes() == b"data"
    assert len(seen) == 1 and fsio.is_temporary(seen[0]), seen
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


@pytest.mark.parametrize(
    ("name", "ours"),
    [
        (".r.po.workflow-k3j_x9q2.tmp", True),
        (".r.fr.pdf.workflow-abcdefgh.tmp", True),
        (".x.tmp", False),
        (".r.po.k3j_x9q2.tmp", False),  # the old, unmarked names: maybe someone else's
        ("r.po.workflow-k3j_x9q2.tmp", False),
        (".r.po.workflow-k3j.tmp", False),
    ],
)
def test_is_temporary(name: str, ours: bool) -> None:
    assert fsio.is_temporary(name) is ours


def test_stale_temporaries_never_through_a_link(ws: Workspace, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / ".a.po.workflow-abcdefgh.tmp").write_text("outside")
    (ws.locales / "fr").mkdir()
    ours = ws.locales / "fr" / ".a.po.workflow-abcdefgh.tmp"
    ours.write_text("ours")
    (ws.locales / ".b.po.workflow-abcdefgh.tmp").symlink_to(
        elsewhere / ".a.po.workflow-abcdefgh.tmp"
    )
    (ws.locales / "linked").symlink_to(elsewhere)
    assert list(fsio.stale_temporaries(ws.locales)) == [ours]
    (ws.root / "output").symlink_to(elsewhere)
    assert list(fsio.stale_temporaries(ws.output)) == []


@pytest.mark.parametrize(
    ("code", "hint"),
    [
        (errno.ENOSPC, "disk is full"),
        (errno.EROFS, "read-only file system"),
        (errno.EACCES, "needs write access"),
        (errno.EFBIG, "ulimit -f"),
    ],
)
def test_write_error_names_the_file_and_what_to_do(ws: Workspace, code: int, hint: str) -> None:
    path = ws.root / "locales" / "fr" / "x.po"
    err = fsio.write_error(OSError(code, os.strerror(code), str(path)))
    assert err.file == "locales/fr/x.po" and hint in (err.hint or "")
    assert str(err).startswith(f"locales/fr/x.po: cannot write: {os.strerror(code)}")


def test_atomic_write_failure_is_a_workspace_error_and_leaves_the_file(ws: Workspace) -> None:
    path = ws.root / "kept.txt"
    path.write_bytes(b"before")
    blocker = ws.root / "file"
    blocker.write_bytes(b"")
    with pytest.raises(WorkspaceError, match=r"^file/x\.txt: cannot write: "):
        fsio.atomic_write(blocker / "x.txt", b"data")  # a file where a folder should be
    assert path.read_bytes() == b"before"
