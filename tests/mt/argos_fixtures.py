"""Shared fixtures for the Argos tests: test packages, installed package folders, a local index.

Import the fixtures you use explicitly, e.g.
``from tests.mt.argos_fixtures import argos_packages, installed_dir``.
"""

from __future__ import annotations

import functools
import hashlib
import http.server
import importlib.util
import json
import shutil
import threading
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

from workflow.mt import packages

ROOT = Path(__file__).resolve().parents[2]


def load_fixture_script() -> ModuleType:
    """scripts/make_test_argosmodel.py as a module (scripts/ is not a package)."""
    path = ROOT / "scripts" / "make_test_argosmodel.py"
    spec = importlib.util.spec_from_file_location("make_test_argosmodel", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class ArgosPackages:
    """The .argosmodel files built once per test session."""

    en_fr: Path  # SentencePiece
    en_fr_v2: Path  # same pair, package_version 1.1
    de_en: Path  # SentencePiece, metadata target_prefix "__en__"
    en_fr_bpe: Path  # Moses + BPE (bpe.model)
    es_en: Path


@pytest.fixture(scope="session")
def argos_packages(tmp_path_factory: pytest.TempPathFactory) -> ArgosPackages:
    script = load_fixture_script()
    out = tmp_path_factory.mktemp("argosmodels")
    make = script.make_package
    return ArgosPackages(
        en_fr=make("en", "fr", out, "1.0"),
        en_fr_v2=make("en", "fr", out / "v2", "1.1"),
        de_en=make("de", "en", out, "1.0", target_prefix="__en__"),
        en_fr_bpe=make("en", "fr", out / "bpe", "1.0", tokenizer="bpe"),
        es_en=make("es", "en", out, "1.0"),
    )


@pytest.fixture(scope="session")
def installed_dir(argos_packages: ArgosPackages, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A packages folder holding en->fr, de->en and es->en (do not modify it in a test)."""
    packages_dir = tmp_path_factory.mktemp("packages")
    for archive in (argos_packages.en_fr, argos_packages.de_en, argos_packages.es_en):
        packages.install_file(archive, packages_dir)
    return packages_dir


@pytest.fixture(scope="session")
def bpe_installed_dir(
    argos_packages: ArgosPackages, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    packages_dir = tmp_path_factory.mktemp("packages-bpe")
    packages.install_file(argos_packages.en_fr_bpe, packages_dir)
    return packages_dir


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@dataclass
class IndexServer:
    """A real HTTP server on 127.0.0.1 serving the files of `root`."""

    root: Path
    url: str  # base URL, ending in "/"

    def publish(self, archive: Path, **overrides: object) -> dict[str, object]:
        """Copy an .argosmodel into the served folder; return its index entry (size, sha256)."""
        shutil.copy(archive, self.root / archive.name)
        data = archive.read_bytes()
        entry: dict[str, object] = {}
        with zipfile.ZipFile(archive) as zf:
            name = next(n for n in zf.namelist() if n.endswith("/metadata.json"))
            entry.update(json.loads(zf.read(name)))
        entry.update(
            links=[archive.name],
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
        )
        entry.update(overrides)
        return entry

    def write_index(self, entries: list[dict[str, object]], name: str = "index.json") -> str:
        (self.root / name).write_text(json.dumps(entries), encoding="utf-8")
        return self.url + name


@pytest.fixture
def index_server(tmp_path: Path) -> Iterator[IndexServer]:
    root = tmp_path / "served"
    root.mkdir()
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield IndexServer(root, f"http://127.0.0.1:{server.server_address[1]}/")
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
