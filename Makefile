# Two commands do all the set-up on a fresh Debian machine (see README.md):
#   make sample   - installs what it needs, then runs the workflow on the sample release
#   make test     - installs what it needs, then runs the whole test suite (what .ci/run calls)
# Both are safe to run again: installed parts are skipped. Each step says what it does in one
# line ("==> ..."); pip shows its own progress.

PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
STAMP = $(VENV)/.installed
DEV_STAMP = $(VENV)/.installed-dev
# argostranslate, installed without its dependencies (see README, "The lean install"); the
# same pin as the argos-full extra in pyproject.toml (tests/test_install.py keeps them equal)
ARGOS = argostranslate==1.11.0
# the virtualenv of `make argos-full`: the lean one plus argostranslate's own dependencies
ARGOS_VENV = .venv-argos
PIP = python -m pip install --progress-bar on

.PHONY: sample test setup setup-dev system-deps lint argos-full heldout-checks

sample: setup
	@echo "==> checking this machine and the workspace (workflow doctor)"
	$(BIN)/workflow --root . doctor
	@echo "==> running the workflow on the sample release (workflow run)"
	$(BIN)/workflow --root . run

test: setup-dev
	@echo "==> running the test suite (pytest, one worker per core)"
	$(BIN)/python -m pytest -q -n auto

lint: setup-dev
	@echo "==> ruff check, ruff format --check, mypy"
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy workflow

# The held-out evaluation of the quality checks (issue 13): our checks and pofilter on the same
# held-out catalogs and injected faults (benchmarks/heldout_checks.py says what it prints).
heldout-checks: setup
	@echo "==> installing the benchmark extra (translate-toolkit's pofilter) into $(VENV)"
	$(BIN)/$(PIP) -e '.[bench]'
	@echo "==> running the held-out evaluation of the checks"
	$(BIN)/python benchmarks/heldout_checks.py

# The other sets, `make heldoutN-checks` (benchmarks/heldoutN/): heldout2 to heldout16 measured
# once as they arrived, then read (see their READMEs); heldout17, heldout20 and heldout21, held
# out, for measuring only, never for tuning (heldout18 and 19 measured once, then read).
heldout%-checks: setup
	@echo "==> installing the benchmark extra (translate-toolkit's pofilter) into $(VENV)"
	$(BIN)/$(PIP) -e '.[bench]'
	@echo "==> running the evaluation of the checks on benchmarks/heldout$*/"
	$(BIN)/python benchmarks/heldout_checks.py --set heldout$*

setup: system-deps $(STAMP)

setup-dev: setup $(DEV_STAMP)

system-deps:
	@echo "==> Debian packages: gettext, poppler-utils, fontconfig, Noto fonts, HarfBuzz, Pango"
	@sh scripts/install-system-deps.sh

$(STAMP): pyproject.toml
	@echo "==> creating the virtualenv $(VENV)"
	$(PYTHON) -m venv $(VENV)
	@echo "==> upgrading pip in $(VENV)"
	$(BIN)/python -m pip install -q --upgrade pip
	@echo "==> installing the project and its pinned dependencies into $(VENV)"
	$(BIN)/$(PIP) -e .
	@echo "==> installing $(ARGOS) without its dependencies (no torch, stanza, spaCy)"
	$(BIN)/$(PIP) --no-deps $(ARGOS)
	@touch $(STAMP)
	@echo "==> $(VENV) ready"

$(DEV_STAMP): $(STAMP)
	@echo "==> installing the test and lint tools and the cluster extra into $(VENV) (pytest, hypothesis, ruff, mypy, polib; dask, distributed)"
	$(BIN)/$(PIP) -e '.[dev,cluster]'
	@touch $(DEV_STAMP)

# Only for benchmarks/translate.py's comparison with Argos's own translate(): a second
# virtualenv with argostranslate's full dependencies. torch's CPU wheel goes first, so that
# stanza does not pull a CUDA build.
argos-full: system-deps
	@$(MAKE) --no-print-directory VENV=$(ARGOS_VENV) $(ARGOS_VENV)/.installed
	@echo "==> installing torch's CPU wheel into $(ARGOS_VENV)"
	$(ARGOS_VENV)/bin/$(PIP) torch==2.13.0
	@echo "==> installing argostranslate's own dependencies (stanza, spaCy, minisbd) into $(ARGOS_VENV)"
	$(ARGOS_VENV)/bin/$(PIP) -e '.[dev,argos-full]'
