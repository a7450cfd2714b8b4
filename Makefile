# Two commands matter: `make run` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run demo test lint bench clean bundle test-bundle translations

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# The .qm files are built, never committed (resources/i18n/*.ts are the sources).
translations: $(STAMP)
	$(BIN)/python packaging/i18n.py build

run: translations
	$(BIN)/legato-desk

demo: translations
	$(BIN)/legato-desk --demo

lint: $(STAMP)
	$(BIN)/lint-imports

test: translations
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .hypothesis

# The frozen one-folder app (PyInstaller, from the dev extra): see packaging/README.md.
DEV_STAMP := $(VENV)/.installed-dev

$(DEV_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(DEV_STAMP)

bundle: $(DEV_STAMP) translations
	PYTHON=$(BIN)/python packaging/build.sh

test-bundle: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/smoke.py dist/legato-desk
