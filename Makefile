# KPI Desk: `make run` sets everything up and starts the app; `make test` sets up and runs the tests.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
DIST_STAMP := $(VENV)/.dist-stamp
TS     := $(sort $(wildcard desktop/resources/translations/*.ts))
QM     := desktop/resources/translations/kpidesk_ja.qm

.PHONY: run demo test test-dist dist wheel bench translations office fonts xcb clean

run: $(STAMP) $(QM) xcb
	@$(PY) -m compileall -q desktop  # start from bytecode even where PYTHONDONTWRITEBYTECODE is set
	$(PY) -m desktop gui

demo: $(STAMP) $(QM) xcb
	@$(PY) -m compileall -q desktop
	$(PY) -m desktop gui --demo

test: $(STAMP) $(QM) office fonts xcb
	$(PY) -m pytest
	$(VENV)/bin/lint-imports

# The desktop bundle (PyInstaller, one folder): dist/kpidesk/kpidesk. The Windows/macOS jobs of
# .github/workflows/dist.yml run the same spec.
dist: $(DIST_STAMP) $(QM)
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/kpidesk.spec

# The bundle's smoke test: start it offscreen, import a tracker, render the dashboard; then its
# benchmark, quick, so it cannot rot (the full one: python -m bench --only dist_bench).
test-dist: dist
	$(PY) -m pytest -p no:cacheprovider tests_dist
	$(PY) -m bench --quick --only dist_bench

# The sdist and the wheel as `pip install kpidesk` builds them (isolated: the .qm is compiled there).
wheel: $(STAMP)
	$(PY) -m build --outdir dist .

bench: $(STAMP)
	$(PY) -m bench

translations: $(QM)

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e ".[test]"
	@touch $(STAMP)

$(DIST_STAMP): $(STAMP)
	$(PY) -m pip install --quiet --disable-pip-version-check -e ".[test,dist]"
	@touch $(DIST_STAMP)

# All translation sources compile into one catalogue the app loads (the wheel's build does the same:
# setup.py).
$(QM): $(TS) $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $(TS) -qm $(QM)

# $(call apt_need,CHECK,PACKAGE,WHAT FOR): install a Debian package where CHECK fails (as root with
# apt-get, as CI runs; otherwise say what to install).
apt_need = @$(1) || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing $(2) for $(3)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
	      $(2) >/dev/null; \
	  else \
	    echo "make test needs $(2) for $(3): sudo apt-get install $(2)"; \
	    exit 1; \
	  fi; }

# The importer tests read .xls/.ods that LibreOffice writes (tests/importers/build.py).
office:
	$(call apt_need,command -v soffice >/dev/null 2>&1,libreoffice-calc-nogui,the .xls/.ods test files)

# The PDF report embeds a Japanese font (tests/views/test_pdf_report.py checks it is there): Noto Sans
# CJK JP where no Japanese font is installed (Windows and macOS have Yu Gothic / Hiragino).
fonts:
	$(call apt_need,fc-list 2>/dev/null | grep -q "Noto Sans CJK JP",fonts-noto-cjk,the PDF report's Japanese font)

# Qt's window on Linux (the xcb plugin) needs three libraries PySide6 does not ship; the app names them
# when they are missing (desktop/commands/system_libs.py) and tests/test_system_libs.py loads them.
xcb:
	$(call apt_need,( for l in libxcb-cursor.so.0 libxcb-icccm.so.4 libxcb-keysyms.so.1; do ldconfig -p | grep -q "$$l" || exit 1; done ),libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1,the window of Qt's xcb plugin)

clean:
	rm -rf $(VENV) $(QM) build dist .pytest_cache .hypothesis
