# The two commands of the README: `make run` and `make test`. Everything they need is installed here.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# The newest Python 3.11+ on PATH. pyproject.toml pins a PySide6 that is safe on each version
# (6.12 leaks references to None on 3.11; see tests/test_qt_refcount.py).
PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3; do \
	if $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1; then echo $$p; break; fi; done)

# Debian packages Qt needs: offscreen (tests) and a real X11 window (run).
QT_TEST_LIBS := libegl1 libgl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3
QT_WINDOW_LIBS := $(QT_TEST_LIBS) libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 \
	libxcb-shape0 libxcb-image0 libxcb-randr0 libxcb-render-util0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1

.PHONY: help run test lint bench screenshot clean translations

# The window's languages: .ts sources (kept in git) compiled to .qm (built here). English is the source
# language; its catalogue holds only the plural forms.
LANGUAGES := en es fr pt
TS_DIR := resources/translations
QM := $(foreach lang,$(LANGUAGES),$(TS_DIR)/fieldlog_$(lang).qm)

help:
	@echo "make run    set up .venv and open fieldlog"
	@echo "make test   set up .venv and run every test headless"
	@echo "make lint   ruff, mypy and the import-linter layer contracts"
	@echo "make bench  run the benchmarks in bench/ (slow)"
	@echo "make translations  add new marked strings to resources/translations/*.ts (then translate them)"

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "fieldlog needs Python 3.11 or newer on PATH"; exit 1; }
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	@touch $(STAMP)

# Install missing Debian packages (as root, after one apt-get update); otherwise say what is missing.
define system_libs
	@missing=$$(for p in $(1); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ] && command -v apt-get >/dev/null; then \
		if [ "$$(id -u)" = 0 ]; then \
			echo "Installing system libraries for Qt: $$missing"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
		else echo "Qt may need: sudo apt-get install $$missing"; fi; \
	fi
endef

# PostgreSQL for tests/test_postgresql.py: the distribution's server, installed when missing (as root; apt-get
# update only when the package lists cannot provide it, e.g. the Qt step above found nothing to install).
# Without it, or without root, those tests skip. A FIELDLOG_TEST_POSTGRESQL already set (a server of your own)
# needs nothing installed.
define postgresql_server
	@if [ -z "$$FIELDLOG_TEST_POSTGRESQL" ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 \
		&& command -v apt-get >/dev/null; then \
		if [ "$$(id -u)" = 0 ]; then \
			echo "Installing PostgreSQL for its tests"; \
			export DEBIAN_FRONTEND=noninteractive; \
			apt-get install -y -qq postgresql >/dev/null 2>&1 \
				|| { apt-get update -qq && apt-get install -y -qq postgresql >/dev/null; } \
				|| echo "PostgreSQL could not be installed: its tests will be skipped"; \
		else echo "PostgreSQL's tests will be skipped; to run them: sudo apt-get install postgresql"; fi; \
	fi
endef

# The tests, with a throw-away PostgreSQL cluster (.ci/postgresql-cluster) for the run when there is a server
# to start: stopped and deleted on exit, failed tests or not. Under /tmp, not $TMPDIR: a unix socket's path
# must stay under 108 bytes.
PYTEST := QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n 2 -q
define test_with_postgresql
	@if [ -n "$$FIELDLOG_TEST_POSTGRESQL" ]; then echo "$(PYTEST)"; $(PYTEST); exit; fi; \
	pg=$$(mktemp -d /tmp/fieldlog-pg.XXXXXX); \
	trap '.ci/postgresql-cluster stop "'"$$pg"'"' EXIT; trap 'exit 130' INT TERM; \
	if url=$$(.ci/postgresql-cluster start "$$pg"); then export FIELDLOG_TEST_POSTGRESQL="$$url"; \
	else echo "No PostgreSQL server to start: tests/test_postgresql.py skips its server tests"; fi; \
	echo "$(PYTEST)"; $(PYTEST)
endef

# Collect the strings marked in the sources into the catalogues, dropping the ones no longer marked.
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find fieldlog -name '*.py' | sort) -no-obsolete \
		$(foreach lang,$(filter-out en,$(LANGUAGES)),-ts $(TS_DIR)/fieldlog_$(lang).ts)
	$(VENV)/bin/pyside6-lupdate $$(find fieldlog -name '*.py' | sort) -no-obsolete -pluralonly -ts $(TS_DIR)/fieldlog_en.ts

$(TS_DIR)/%.qm: $(TS_DIR)/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

run: $(STAMP) $(QM)
	$(call system_libs,$(QT_WINDOW_LIBS))
	$(PY) -m fieldlog

test: $(STAMP) $(QM)
	$(call system_libs,$(QT_TEST_LIBS))
	$(call postgresql_server)
	$(call test_with_postgresql)

lint: $(STAMP)
	$(VENV)/bin/ruff check fieldlog tests bench
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

bench: $(STAMP)
	@for script in bench/bench_*.py; do echo "# $$script"; $(PY) $$script || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .import_linter_cache
