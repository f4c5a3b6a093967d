"""A workspace without write access, or on a full disk: read-only commands still work; every
other command ends with one clear line naming the file (never a traceback) and nothing it
would have written is half-written.

The read-only workspace is a read-only bind mount when the tests run as root and may mount
(CI), else a non-root user's folder without write permission. The full disk is a small tmpfs
filled up when the tests may mount one, else a file-size limit (`ulimit -f`) on the command.
"""

from __future__ import annotations

import contextlib
import os
import resource
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import copy_sample, tree_hash

RELEASE = "releases/2024-06-20-cyber-security-framework.md"
READ_ONLY_COMMANDS = [["status"], ["check"], ["diff", "--lang", "fr"], ["check", "--annotate"]]
WRITING_COMMANDS = [
    ["extract"],
    ["translate", "--lang", "pt"],
    ["build", "--lang", "en"],
    ["run"],
]
Runner = Callable[[list[str]], subprocess.CompletedProcess[str]]


def _cli(root: Path, args: list[str], **kw: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-m", "workflow", *args, "--root", str(root)],
        capture_output=True,
        text=True,
        timeout=300,
        **kw,
    )


def _mount(*args: str) -> bool:
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


def _edited_sample(root: Path) -> Path:
    """The sample with its release edited, so that extract has catalogs to write."""
    ws = copy_sample(root)
    release = ws / RELEASE
    release.write_text(release.read_text().replace("cyber", "Cyber", 1))
    return ws


@pytest.fixture
def read_only(tmp_path: Path) -> Iterator[tuple[Path, Runner]]:
    ws = _edited_sample(tmp_path / "ws")
    if os.geteuid() != 0:
        for p in [ws, *ws.rglob("*")]:
            p.chmod(p.stat().st_mode & ~0o222)
        yield ws, lambda args: _cli(ws, args)
        for p in [ws, *ws.rglob("*")]:
            p.chmod(p.stat().st_mode | 0o200)
        return
    view = tmp_path / "ro"
    view.mkdir()
    if not (_mount("--bind", str(ws), str(view)) and _mount("-o", "remount,bind,ro", str(view))):
        subprocess.run(["umount", str(view)], capture_output=True)
        pytest.skip("root here may not mount, and root writes through file permissions")
    try:
        yield view, lambda args: _cli(view, args)
    finally:
        subprocess.run(["umount", str(view)], capture_output=True)


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[tuple[Path, Runner, str]]:
    disk = tmp_path / "disk"
    disk.mkdir()
    if os.geteuid() == 0 and _mount("-t", "tmpfs", "-o", "size=4m", "tmpfs", str(disk)):
        try:
            ws = _edited_sample(disk / "ws")
            with contextlib.suppress(OSError), (disk / "filler").open("wb") as fh:
                while True:
                    fh.write(b"\0" * 65536)
            with contextlib.suppress(OSError), (disk / "filler-small").open("wb") as fh:
                while True:  # the last blocks
                    fh.write(b"\0")
                    fh.flush()
            yield ws, lambda args: _cli(ws, args), "No space left on device"
        finally:
            subprocess.run(["umount", str(disk)], capture_output=True)
        return

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (1024, 1024))

    ws = _edited_sample(disk / "ws")
    yield ws, lambda args: _cli(ws, args, preexec_fn=limited), "File too large"


def _one_clear_line(proc: subprocess.CompletedProcess[str], reason: str) -> str:
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error: ")]
    assert errors, proc.stderr
    assert reason in errors[0] and "nothing was" in errors[0], errors[0]
    return errors[0]


def _kept(ws: Path) -> dict[str, str]:
    """What the user has: releases, catalogs, outputs, settings (not the tool's own folder,
    where only the folders of a history it could not keep may have been made)."""
    return {k: v for k, v in tree_hash(ws).items() if not k.startswith(".workflow/")}


@pytest.mark.slow
def test_read_only_workspace(read_only: tuple[Path, Runner]) -> None:
    ws, cli = read_only
    before = tree_hash(ws)
    for args in READ_ONLY_COMMANDS:
        proc = cli(args)
        assert proc.returncode == 0 and "Traceback" not in proc.stderr, (args, proc.stderr)
    assert "fr" in cli(["status"]).stdout
    for args in WRITING_COMMANDS:
        line = _one_clear_line(cli(args), "cannot write")
        assert "write access" in line or "read-only file system" in line, line
        assert ": " in line.removeprefix("error: ").split("cannot write")[0]  # names the file
    assert tree_hash(ws) == before


@pytest.mark.slow
def test_full_disk(full_disk: tuple[Path, Runner, str], tmp_path: Path) -> None:
    ws, cli, reason = full_disk
    before = _kept(ws)
    for args in WRITING_COMMANDS:
        line = _one_clear_line(cli(args), reason)
        assert "cannot write" in line or "cannot install" in line, line
    package = tmp_path / "pkg"
    make = ["scripts/make_test_argosmodel.py", "--from", "en", "--to", "fr", "--out", str(package)]
    subprocess.run(
        [sys.executable, *make],
        check=True,
        capture_output=True,
        cwd=Path(__file__).parents[1],
    )
    [archive] = package.glob("*.argosmodel")
    line = _one_clear_line(cli(["models", "install", str(archive)]), reason)
    assert "cannot install the package" in line and "nothing was installed" in line
    assert _kept(ws) == before
    assert not [p for p in ws.rglob("*") if p.name.endswith(".tmp")]
    assert not list((ws / ".workflow").glob("argos-packages/*"))  # no half-unpacked package
