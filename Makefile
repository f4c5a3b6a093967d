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

.PHONY: sample test setup setup-dev system-deps lint argos-full heldout-checks heldout2-checks heldout3-checks heldout4-checks heldout5-checks heldout6-checks heldout7-checks heldout8-checks heldout9-checks heldout10-checks

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

# the second held-out set (benchmarks/heldout2/): measured once as it arrived, then read (see its README).
heldout2-checks: setup
	@echo "==> installing the benchmark extra (translate-toolkit's pofilter) into $(VENV)"
	$(BIN)/$(PIP) -e '.[bench]'
	@echo "==> running the evaluation of the checks on the second held-out set"
	$(BIN)/python benchmarks/heldout_checks.py --set heldout2

# the third held-out set (benchmarks/heldout3/): measured once as it arrived, then read (see its README).
heldout3-checks: setup
	@echo "==> installing the benchmark extra (translate-toolkit's pofilter) into $(VENV)"
	$(BIN)/$(PIP) -e '.[bench]'
	@echo "==> running the evaluation of the checks on the third held-out set"
	$(BIN)/python benchmarks/heldout_checks.py --set heldout3

# the fourth held-out set (benchmarks/heldout4/): measured once as it arrived, then read (see its README).
heldout4-checks: setup
	@echo "==> installing the benchmark extra (translate-toolkit's pofilter) into $(VENV)"
	$(BIN)/$(PIP) -e '.[bench]'
	@echo "==> running the evaluation of the checks on the fourth held-out set"
	$(BIN)/python benchmarks/heldout_checks.py --set heldout4

# the fifth held-out set (benchmarks/heldout5/): measured once as it arrived, then read (see its README).
heldout5-checks: setup
	@echo "==> installing the benchmark extra (translate-toolkit's pofilter) into $(VENV)"
	$(BIN)/$(PIP) -e '.[bench]'
	@echo "==> running the evaluation of the checks on the fifth held-out set"
	$(BIN)/python benchmarks/heldout_checks.py --set heldout5

# the sixth held-out set (benchmarks/heldout6/): measured once as it arrived, then read (see its README).
heldout6-checks: setup
	@echo "==> installing the benchmark extra (translate-toolkit's pofilter) into $(VENV)"
	$(BIN)/$(PIP) -e '.[bench]'
	@echo "==> running the evaluation of the checks on the sixth held-out set"
	$(BIN)/python benchmarks/heldout_checks.py --set heldout6

# the seventh held-out set (benchmarks/heldout7/): for measuring only, never for tuning.
heldout7-checks: setup
	@echo "==> installing the benchmark extra (translate-toolkit's pofilter) into $(VENV)"
	$(BIN)/$(PIP) -e '.[bench]'
	@echo "==> running the evaluation of the checks on the seventh held-out set"
	$(BIN)/python benchmarks/heldout_checks.py --set heldout7

# the eighth held-out set (benchmarks/heldout8/): for measuring only, never for tuning.
heldout8-checks: setup
	@echo "==> installing the benchmark extra (translate-toolkit's pofilter) into $(VENV)"
	$(BIN)/$(PIP) -e '.[bench]'
	@echo "==> running the evaluation of the checks on the eighth held-out set"
	$(BIN)/python benchmarks/heldout_checks.py --set heldout8

# the ninth held-out set (benchmarks/heldout9/): for measuring only, never for tuning.
heldout9-checks: setup
	@echo "==> installing the benchmark extra (translate-toolkit's pofilter) into $(VENV)"
	$(BIN)/$(PIP) -e '.[bench]'
	@echo "==> running the evaluation of the checks on the ninth held-out set"
	$(BIN)/python benchmarks/heldout_checks.py --set heldout9

# the tenth held-out set (benchmarks/heldout10/): for measuring only, never for tuning.
heldout10-checks: setup
	@echo "==> installing the benchmark extra (translate-toolkit's pofilter) into $(VENV)"
	$(BIN)/$(PIP) -e '.[bench]'
	@echo "==> running the evaluation of the checks on the tenth held-out set"
	$(BIN)/python benchmarks/heldout_checks.py --set heldout10

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
