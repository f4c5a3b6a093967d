"""The held-out sets' injectors and clean entries (benchmarks/heldout, benchmarks/heldout2),
loaded as `benchmarks/heldout_checks.py` loads them."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from workflow.catalogs import pofile

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def injector(folder: Path) -> ModuleType:
    """The `inject.py` of a held-out set's folder, as a module of its own name."""
    spec = importlib.util.spec_from_file_location(f"{folder.name}_inject", folder / "inject.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def clean_entries(inject: ModuleType, folder: Path) -> list:
    """The set's reviewed entries as its injector's `Clean` records."""
    out = []
    for lang in inject.LANGS:
        for path in sorted((folder / "locales" / lang).glob("*.po")):
            po = pofile.parse(path.read_bytes(), path=str(path))
            out += [
                inject.Clean(lang, e.msgid, e.msgstr, str(path), e.linenum)
                for e in po
                if e.msgid and not e.obsolete and e.msgstr
            ]
    return out
