# Warm Home desktop. Quick start: `make run` opens the app, `make test` runs the suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test lint bench screenshots print-check translations ts clean dist smoke

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -e '.[test]'
	touch $(VENV)/.installed $@

$(VENV)/.installed-build: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -e '.[build]'
	touch $(VENV)/.installed $@

resources/translations/%.qm: resources/translations/%.ts | $(VENV)/.installed
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# Refresh the .ts sources from the code (then translate new entries, e.g. in Qt Linguist).
ts: | $(VENV)/.installed
	$(BIN)/pyside6-lupdate $$(find desktop -name '*.py' | sort) -no-obsolete -ts resources/translations/warmhome_en.ts

run: $(VENV)/.installed translations
	$(BIN)/python main.py

test: $(VENV)/.installed-test translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(VENV)/.installed-test
	$(BIN)/ruff check desktop tests bench docs main.py installer
	$(BIN)/mypy

bench: $(VENV)/.installed-test translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

screenshots: $(VENV)/.installed-test translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python docs/make_screenshots.py

# Every workbook and PDF the app writes, from demo data, printed to page images in
# build/print-check/pages/ (LibreOffice and poppler-utils: see the README).
print-check: $(VENV)/.installed-test translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python docs/print_check.py

# The frozen one-folder build (dist/warmhome/) and, on Debian-like systems, the .deb beside it.
# The spec also renders the icons and writes the Inno Setup version include (build/installer/).
dist: $(VENV)/.installed-build translations
	rm -f dist/*.deb
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		installer/warmhome.spec
	if command -v dpkg-deb >/dev/null; then $(BIN)/python installer/build_deb.py; fi
	@du -sh dist/warmhome

# Runs the frozen build from `make dist` (not the source), then checks the Inno Setup script
# against it (tests/installer, which must not skip here).
smoke: $(VENV)/.installed-test
	$(BIN)/python installer/smoke_test.py
	WARMHOME_REQUIRE_DIST=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q tests/installer

clean:
	rm -rf $(VENV) build dist resources/translations/*.qm
