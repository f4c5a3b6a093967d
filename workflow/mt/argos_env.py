"""Import argostranslate's package and tokenizer modules without them touching the home folder.

`argostranslate.settings` runs at import: it creates data, config, cache and packages folders
(under ``~`` unless XDG_* / ARGOS_PACKAGES_DIR say otherwise) and reads a user
``settings.json``. Here the environment is pointed at a private temporary folder (removed at
exit) and at the project's packages folder for the duration of that one import, then
restored, so nothing else in the process (fontconfig reads XDG_CACHE_HOME) sees the change.

Only `argostranslate.package` and `argostranslate.tokenizer` are imported, never
`argostranslate.translate` (it imports stanza and torch, and its sentence splitters download
models). This module and its two users, `workflow.mt.packages` and `workflow.mt.engines.argos`, are
the only places that import argostranslate.
"""

from __future__ import annotations

import atexit
import importlib
import os
import shutil
import sys
import tempfile
import threading
from pathlib import Path
from types import ModuleType

_lock = threading.Lock()


def _import_settings(packages_dir: Path) -> None:
    private = Path(tempfile.mkdtemp(prefix="workflow-argos-"))
    atexit.register(shutil.rmtree, private, True)
    overrides = {
        "XDG_DATA_HOME": str(private / "data"),
        "XDG_CONFIG_HOME": str(private / "config"),
        "XDG_CACHE_HOME": str(private / "cache"),
        "ARGOS_PACKAGES_DIR": str(packages_dir),
        "ARGOS_DEBUG": "0",
        "ARGOS_DEVICE_TYPE": "cpu",
    }
    saved = {key: os.environ.get(key) for key in (*overrides, "SNAP")}
    os.environ.update(overrides)
    os.environ.pop("SNAP", None)  # settings would take SNAP_USER_DATA as the home folder
    try:
        importlib.import_module("argostranslate.settings")
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _ensure_settings(packages_dir: Path) -> None:
    with _lock:
        if "argostranslate.settings" not in sys.modules:
            _import_settings(packages_dir)


def package_module(packages_dir: Path) -> ModuleType:
    """`argostranslate.package`, imported with the environment set up (see module doc)."""
    _ensure_settings(packages_dir)
    return importlib.import_module("argostranslate.package")


def tokenizer_module(packages_dir: Path) -> ModuleType:
    """`argostranslate.tokenizer` (SentencePiece and BPE tokenizers of Argos packages)."""
    _ensure_settings(packages_dir)
    return importlib.import_module("argostranslate.tokenizer")
