# Two commands do all the set-up on a fresh Debian machine (see README.md):
#   make sample   - installs what it needs, then runs the workflow on the sample release
#   make test     - installs what it needs, then runs the whole test suite (what .ci/run calls)
# Both are safe to run again: installed parts are skipped.

PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
STAMP = $(VENV)/.installed

.PHONY: sample test setup system-deps lint

sample: setup
	$(BIN)/workflow --root . run

test: setup
	$(BIN)/python -m pytest -q

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy workflow

setup: system-deps $(STAMP)

system-deps:
	@sh scripts/install-system-deps.sh

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	# torch's CPU wheel first, so that argostranslate -> stanza -> torch does not pull a CUDA build
	$(BIN)/python -m pip install -q torch==2.13.0
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)
