# Two entry points: `make run` and `make test`. Both build .venv when it is missing.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test bench translations screenshots clean

$(STAMP): pyproject.toml
	@sh scripts/debian-deps.sh runtime
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $(STAMP)

# Compiled catalogues (.qm) are built from the Linguist sources (.ts), not kept in git.
QM := $(shell $(PYTHON) scripts/i18n.py catalogues)
translations/%.qm: translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# A window on a desktop; at a venue the kiosk runs full screen (`kiosk`), left only with a staff PIN.
ARGS ?= --windowed
run: $(STAMP) $(QM)
	$(PY) -m kiosk $(ARGS)

test: $(STAMP) $(QM)
	@sh scripts/debian-deps.sh test
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

bench: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.bench $(ARGS)

translations: $(STAMP)
	$(PY) scripts/i18n.py update

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m devtools.screenshots --out build/screenshots

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info
