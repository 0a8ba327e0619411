# KPI Desk: `make run` sets everything up and starts the app; `make test` sets up and runs the tests.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
TS     := $(sort $(wildcard desktop/resources/translations/*.ts))
QM     := desktop/resources/translations/kpidesk_ja.qm

.PHONY: run demo test bench translations clean

run: $(STAMP) $(QM)
	@$(PY) -m compileall -q desktop  # start from bytecode even where PYTHONDONTWRITEBYTECODE is set
	$(PY) -m desktop gui

demo: $(STAMP) $(QM)
	@$(PY) -m compileall -q desktop
	$(PY) -m desktop gui --demo

test: $(STAMP) $(QM)
	$(PY) -m pytest
	$(VENV)/bin/lint-imports

bench: $(STAMP)
	$(PY) -m bench

translations: $(QM)

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e ".[test]"
	@touch $(STAMP)

# All translation sources compile into one catalogue the app loads.
$(QM): $(TS) $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $(TS) -qm $(QM)

clean:
	rm -rf $(VENV) $(QM) .pytest_cache .hypothesis
