"""End to end with Argos: `workflow models install` the test package (a fixture made by
scripts/make_test_argosmodel.py), then `workflow translate` through real CTranslate2."""

from __future__ import annotations

import json
from pathlib import Path

import polib
import pytest

from tests.conftest import msgfmt_check, run_cli
from tests.mt.argos_fixtures import ArgosPackages, argos_packages  # noqa: F401

RELEASE = """---
title: The new framework
date: 2024-06-20
place: Geneva
language: en
languages: [fr]
---

The framework protects citizens. The **government** protects the country.

See [the framework](https://example.org/framework) now, and write to press@example.org.

Munir Akram and the minister protect the framework.
"""


@pytest.fixture
def argos_workspace(tmp_path: Path, argos_packages: ArgosPackages) -> Path:  # noqa: F811
    root = tmp_path / "ws"
    (root / "releases").mkdir(parents=True)
    (root / "releases" / "r1.md").write_text(RELEASE)
    (root / "locales").mkdir()
    (root / "locales" / "glossary.csv").write_text("term,kind,fr,note\nMunir Akram,name,,\n")
    proc = run_cli("models", "install", str(argos_packages.en_fr), "--root", str(root))
    assert proc.returncode == 0, proc.stderr
    assert "installed translate-en_fr 1.0 (en->fr)" in proc.stdout
    assert (root / ".workflow" / "argos-packages").is_dir()  # in the workspace, not in ~
    return root


def test_translate_with_the_installed_argos_package(argos_workspace: Path) -> None:
    root = argos_workspace
    listing = json.loads(run_cli("models", "list", "--json", "--root", str(root)).stdout)
    assert listing["installed"][0]["name"] == "translate-en_fr"
    assert listing["engines"] == [
        {"from": "en", "to": "fr", "engine": "argos (translate-en_fr 1.0)"}
    ]
    assert run_cli("extract", "--root", str(root)).returncode == 0
    proc = run_cli("translate", "--root", str(root))
    assert proc.returncode == 0, proc.stderr
    assert "machine (argos translate-en_fr 1.0)" in proc.stdout
    po_path = root / "locales" / "fr" / "LC_MESSAGES" / "r1.po"
    po = {e.msgid: e for e in polib.pofile(str(po_path))}
    assert po["The framework protects citizens."].msgstr == "Le cadre protège citoyens."
    bold = po["The **government** protects the country."]
    assert bold.msgstr == "Le **gouvernement** protège le pays."
    link = po[
        "See [the framework](https://example.org/framework) now, and write to press@example.org."
    ]
    assert "](https://example.org/framework)" in link.msgstr
    assert "press@example.org" in link.msgstr
    name = po["Munir Akram and the minister protect the framework."]
    assert name.msgstr.startswith("Munir Akram et le ministre")
    for e in po.values():
        assert e.fuzzy and e.tcomment.startswith("machine: argos translate-en_fr 1.0")
    msgfmt_check(po_path)


def test_removed_package_gives_the_install_command(argos_workspace: Path) -> None:
    root = argos_workspace
    assert run_cli("models", "remove", "en", "fr", "--root", str(root)).returncode == 0
    assert run_cli("extract", "--root", str(root)).returncode == 0
    proc = run_cli("translate", "--root", str(root))
    assert proc.returncode == 1
    assert "workflow models install" in proc.stderr


def test_models_install_usage_errors(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    (root / "releases").mkdir(parents=True)
    proc = run_cli("models", "install", "--root", str(root))
    assert proc.returncode == 1 and "give either FILE.argosmodel or --from-index" in proc.stderr
    proc = run_cli("models", "install", str(tmp_path / "nope.argosmodel"), "--root", str(root))
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
