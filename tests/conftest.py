"""Shared fixtures: a temporary copy of the sample workspace, and helpers to hash it."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLE_ID = "2024-06-20-cyber-security-framework"


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Path]:
    """A fresh workspace holding the sample release (no catalogs yet)."""
    root = tmp_path / "ws"
    (root / "releases").mkdir(parents=True)
    shutil.copy(REPO / "releases" / f"{SAMPLE_ID}.md", root / "releases")
    yield root


def tree_hash(root: Path) -> dict[str, str]:
    """Every file under root with its sha256: to prove a failed command changed nothing."""
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def msgfmt_check(path: Path) -> None:
    """GNU msgfmt's verdict on a catalog; fails the test with its message."""
    proc = subprocess.run(
        ["msgfmt", "--check", "-o", "/dev/null", str(path)], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr


def msgcat_check(path: Path, *options: str) -> None:
    """The file is byte for byte what GNU msgcat writes for it (a translator's save would
    not change it); fails the test at the first differing line."""
    proc = subprocess.run(["msgcat", "--force-po", *options, str(path)], capture_output=True)
    assert proc.returncode == 0, proc.stderr.decode()
    ours, gnu = path.read_bytes().split(b"\n"), proc.stdout.split(b"\n")
    if ours != gnu:
        first = next(
            (i for i, (a, b) in enumerate(zip(ours, gnu, strict=False)) if a != b), len(gnu)
        )
        raise AssertionError(
            f"{path.name}:{first + 1}: ours {ours[first : first + 3]!r}, "
            f"msgcat's {gnu[first : first + 3]!r}"
        )


SAMPLE_FILES = ("releases", "locales", "workflow.toml")


def copy_sample(root: Path) -> Path:
    """The sample workspace as committed (release, reviewed catalogs, untranslated pt,
    settings) into `root`. Taken from git, not the working tree: `make sample` fills the pt
    catalog with machine text, and the tests must not depend on whether it ran first."""
    root.mkdir(parents=True, exist_ok=True)
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", "--format=tar", "HEAD", *SAMPLE_FILES],
        capture_output=True,
    )
    if archive.returncode == 0:
        subprocess.run(["tar", "-x", "-C", str(root)], input=archive.stdout, check=True)
    else:  # not a git checkout: the files as they are
        for name in ("releases", "locales"):
            shutil.copytree(REPO / name, root / name)
        shutil.copy(REPO / "workflow.toml", root / "workflow.toml")
    return root


@pytest.fixture
def sample_workspace(tmp_path: Path) -> Iterator[Path]:
    """A copy of the repository's sample workspace: release, reviewed catalogs, settings."""
    yield copy_sample(tmp_path / "sample")


def run_cli(
    *args: str, stdin: str | None = None, timeout: int = 300, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """`python -m workflow ARGS` in a real subprocess."""
    import sys

    return subprocess.run(
        [sys.executable, "-m", "workflow", *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=timeout,
        cwd=cwd,
    )
