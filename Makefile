# flexport-facade. Every target installs what it needs into .venv first, so a fresh machine with
# python3 and make needs nothing else. Ranges: pyproject.toml; exact versions of everything:
# scripts/constraints.txt, written by `make lock` (uv pip compile), never by hand.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
STAMP  := $(VENV)/.installed
export PATH := $(abspath $(BIN)):$(PATH)

.PHONY: help install services lock docs dists specs changes discover reconstruct generate generate-sync check-sync \
        check-generated lint typecheck test bench demo record conformance clean

help:
	@echo "make demo             the whole product on local defaults (simulator, facade, webhooks)"
	@echo "make test             lint, types, drift check and the test suite"
	@echo "make services         install redis-server and PostgreSQL for the stores tests (apt-get)"
	@echo "make specs            download every version's raw spec into openapi/ (needs network)"
	@echo "make changes          rewrite openapi/changes/<version>.md (each release's diff against the previous)"
	@echo "make generate         regenerate changed client packages into generated/"
	@echo "make check-generated  fail if generated/ is not what openapi/ generates"
	@echo "make generate-sync    rewrite the sync modules of flexport_facade/ from their _async sources"
	@echo "make reconstruct      rebuild the reconstructed snapshots from scripts/reconstruct/"
	@echo "make bench            benchmarks, reported as ratios against a baseline of the same run"
	@echo "make record           re-record tests/cassettes (simulator, or the real API with FLEXPORT_TOKEN)"
	@echo "make conformance      replay recorded answers through the generated parsers (CASSETTES=, VERSION=)"
	@echo "make lock             re-resolve scripts/constraints.txt from pyproject.toml (after adding a dep)"
	@echo "make docs             build the documentation site into site/ (mkdocs --strict)"

$(STAMP): pyproject.toml scripts/constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade "pip>=24"
	$(PY) -m pip install --quiet -c scripts/constraints.txt -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

# The one command that re-locks: resolves pyproject.toml's ranges (every extra) to exact versions.
# UPGRADE=1 moves every package to its newest allowed version; otherwise current pins are kept.
LOCK_PYTHON ?= 3.11
lock:
	test -x $(BIN)/uv || ($(PYTHON) -m venv $(VENV) && $(PY) -m pip install --quiet "uv>=0.13,<0.14")
	$(BIN)/uv pip compile pyproject.toml --extra dev --python-version $(LOCK_PYTHON) \
	  --annotation-style line --custom-compile-command "make lock" $(if $(UPGRADE),--upgrade,) \
	  --output-file scripts/constraints.txt

docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet --site-dir site

# redis-server and PostgreSQL for tests/stores (installed with apt-get when missing; root only).
services:
	bash scripts/services.sh

specs: $(STAMP)
	$(PY) scripts/fetch_specs.py $(ARGS)

changes: $(STAMP)
	$(PY) -m flexport_facade.releases._changelog $(ARGS)

discover: $(STAMP)
	$(PY) scripts/fetch_specs.py --discover

reconstruct: $(STAMP)
	$(PY) -m scripts.reconstruct

generate: $(STAMP)
	$(PY) scripts/generate.py $(ARGS)
	$(PY) scripts/unasync.py

# The sync client is generated from the async one (scripts/unasync.py); check-sync fails on a hand edit.
generate-sync: $(STAMP)
	$(PY) scripts/unasync.py

check-sync: $(STAMP)
	$(PY) scripts/unasync.py --check

check-generated: $(STAMP)
	$(PY) scripts/generate.py --check --typecheck

lint: $(STAMP)
	$(BIN)/ruff check flexport_facade scripts tests examples
	$(BIN)/ruff format --check flexport_facade scripts tests examples

typecheck: $(STAMP)
	$(BIN)/mypy

test: $(STAMP) services check-sync lint typecheck check-generated docs
	$(BIN)/pytest $(PYTEST_ARGS)

dists: $(STAMP)
	$(PY) scripts/build_dists.py $(ARGS)

bench: $(STAMP)
	$(PY) -m scripts.bench $(ARGS)

demo: $(STAMP)
	$(PY) -m flexport_facade.demo

record: $(STAMP)
	$(PY) -m scripts.record $(ARGS)

# Every version the cassettes cover (or VERSION=...); `make test` runs the same over tests/cassettes
# (tests/conformance/test_our_cassettes.py).
CASSETTES ?= tests/cassettes
conformance: $(STAMP)
	$(PY) -m flexport_facade.conformance $(CASSETTES) $(if $(VERSION),--version $(VERSION))

clean:
	rm -rf $(VENV) build dist site .pytest_cache .mypy_cache .ruff_cache
