# Two entry points: `make run` and `make test`. Both build .venv when it is missing.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
PIP    := $(PY) -m pip --disable-pip-version-check

# Exact versions with hashes (`make lock` writes them from pyproject.toml's ranges):
# the product's dependencies, and those plus the test and check tools.
LOCK     := requirements.lock
DEV_LOCK := requirements-dev.lock

.PHONY: run test check bench soak translations screenshots lock dist clean

# The project itself is not in the lock (it has no hash): installed alone, with --no-deps.
$(STAMP): pyproject.toml setup.py $(DEV_LOCK)
	@sh scripts/debian-deps.sh runtime
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --require-hashes -r $(DEV_LOCK)
	$(PIP) install --quiet --no-deps -e .
	@touch $(STAMP)

# Compiled catalogues (.qm) are built from the Linguist sources (.ts), not kept in git.
QM := $(shell $(PYTHON) scripts/i18n.py catalogues)
translations/%.qm: translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# A window on a desktop; at a venue the kiosk runs full screen (`kiosk`), left only with a staff PIN.
ARGS ?= --windowed
run: $(STAMP) $(QM)
	$(PY) -m kiosk $(ARGS)

# One worker per core (pytest-xdist), each test module kept on one worker so its fixtures are made once.
WORKERS ?= auto
test: $(STAMP) $(QM)
	@sh scripts/debian-deps.sh test
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n $(WORKERS) --dist loadscope $(PYTEST_ARGS)

# Lint, format, types and import layers; any finding fails.
check: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports --no-cache

# The newest versions pyproject.toml allows, pinned with their hashes.
LOCK_FLAGS := --quiet --upgrade --generate-hashes --strip-extras --no-emit-index-url --no-emit-find-links
lock:
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet pip-tools
	$(VENV)/bin/pip-compile $(LOCK_FLAGS) -o $(LOCK) pyproject.toml
	$(VENV)/bin/pip-compile $(LOCK_FLAGS) --allow-unsafe --extra test -o $(DEV_LOCK) pyproject.toml

# An installer folder for venue laptops with no network: the kiosk's wheel (catalogues,
# fonts and resources inside), every dependency's wheel, the lock, a checksum list,
# install.sh and a one-page guide. Copy dist/qatra-VERSION to a USB stick.
VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
DIST    := dist/qatra-$(VERSION)
dist: $(STAMP)
	rm -rf $(DIST)
	$(PIP) wheel --quiet --no-deps --no-build-isolation --wheel-dir $(DIST)/wheels .
	$(PIP) download --quiet --require-hashes --only-binary=:all: --dest $(DIST)/wheels -r $(LOCK)
	cp $(LOCK) $(DIST)/requirements.lock
	cp scripts/offline-install.sh $(DIST)/install.sh
	cp docs/offline-install.md $(DIST)/README.md
	cd $(DIST) && sha256sum install.sh requirements.lock wheels/* > SHA256SUMS
	@echo "$(DIST): the offline installer (see its README.md)"

bench: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.bench $(ARGS)

# 200 seeded kill -9 trials (registrations, calls, migrations); minutes, so not part of `make test`.
soak: $(STAMP)
	$(PY) -m tests.storage.soak --trials 200

translations: $(STAMP)
	$(PY) scripts/i18n.py update

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m devtools.screenshots --out build/screenshots

clean:
	rm -rf $(VENV) .pytest_cache build dist *.egg-info
