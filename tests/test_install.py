"""The lean install (Makefile `setup`): argostranslate without its heavy dependencies.

These hold in the .venv that `make setup` makes, the one CI tests in; `make argos-full` puts
the heavy ones in a second virtualenv (.venv-argos), never in this one.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import re
import tomllib

from tests.conftest import REPO

# What argostranslate's declared dependencies pull in, and the workflow never imports.
HEAVY = ("torch", "stanza", "spacy", "sympy", "onnxruntime", "minisbd", "thinc")


def _pyproject() -> dict[str, object]:
    with (REPO / "pyproject.toml").open("rb") as f:
        return tomllib.load(f)


def test_the_heavy_dependencies_are_not_installed() -> None:
    found = [name for name in HEAVY if importlib.util.find_spec(name) is not None]
    assert not found, (
        f"{found} importable: the lean .venv must not hold argostranslate's heavy dependencies "
        "(a venv made by `make setup` does not; `make argos-full` makes .venv-argos for them)"
    )


def test_argostranslate_is_installed_at_the_pin_without_its_dependencies() -> None:
    project = _pyproject()["project"]
    assert isinstance(project, dict)
    runtime = project["dependencies"]
    assert not any(req.startswith("argostranslate") for req in runtime)
    (full,) = project["optional-dependencies"]["argos-full"]
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    pin = re.search(r"^ARGOS = (\S+)$", makefile, re.M)
    assert pin is not None
    assert pin.group(1) == full  # one version for the lean and the full install
    assert f"argostranslate=={importlib.metadata.version('argostranslate')}" == full
    # what its package and tokenizer modules import is declared by the project itself
    names = {re.split(r"[=<>\[ ]", req)[0].lower() for req in runtime}
    assert {"ctranslate2", "sentencepiece", "packaging", "sacremoses"} <= names
