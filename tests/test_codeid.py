"""The code's identity: it changes with any source or data file of the package, nothing else."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from workflow import codeid


def digest_of(package: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(codeid, "PACKAGE", package)
    codeid.code_digest.cache_clear()
    try:
        return codeid.code_digest()
    finally:
        codeid.code_digest.cache_clear()


def test_a_changed_check_or_template_changes_the_digest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "workflow"
    shutil.copytree(codeid.PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    first = digest_of(copy, monkeypatch)
    assert digest_of(copy, monkeypatch) == first  # stable

    (copy / "__pycache__").mkdir(exist_ok=True)
    (copy / "__pycache__" / "x.cpython-311.pyc").write_bytes(b"compiled")
    (copy / "notes.swp").write_text("an editor's file")
    assert digest_of(copy, monkeypatch) == first  # not code

    check = copy / "quality" / "numbers.py"
    check.write_text(check.read_text() + "\n# a changed rule\n")
    second = digest_of(copy, monkeypatch)
    assert second != first

    template = copy / "publish" / "templates" / "release.css"
    template.write_text(template.read_text() + "\n/* a changed layout */\n")
    assert digest_of(copy, monkeypatch) not in (first, second)
