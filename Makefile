# flexport-facade. Every target installs what it needs into .venv first, so a fresh machine with
# python3 and make needs nothing else. Pins: pyproject.toml (direct) + scripts/constraints.txt (all).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
STAMP  := $(VENV)/.installed
export PATH := $(abspath $(BIN)):$(PATH)

.PHONY: help install services specs discover reconstruct generate check-generated lint typecheck test bench demo record clean

help:
	@echo "make demo             the whole product on local defaults (simulator, facade, webhooks)"
	@echo "make test             lint, types, drift check and the test suite"
	@echo "make services         install redis-server and PostgreSQL for the stores tests (apt-get)"
	@echo "make specs            download every version's raw spec into openapi/ (needs network)"
	@echo "make generate         regenerate changed client packages into generated/"
	@echo "make check-generated  fail if generated/ is not what openapi/ generates"
	@echo "make reconstruct      rebuild the reconstructed snapshots from scripts/reconstruct/"
	@echo "make bench            benchmarks, reported as ratios against a baseline of the same run"
	@echo "make record           re-record tests/cassettes (simulator, or the real API with FLEXPORT_TOKEN)"

$(STAMP): pyproject.toml scripts/constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade "pip>=24"
	$(PY) -m pip install --quiet -c scripts/constraints.txt -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

# redis-server and PostgreSQL for tests/stores (installed with apt-get when missing; root only).
services:
	bash scripts/services.sh

specs: $(STAMP)
	$(PY) scripts/fetch_specs.py $(ARGS)

discover: $(STAMP)
	$(PY) scripts/fetch_specs.py --discover

reconstruct: $(STAMP)
	$(PY) -m scripts.reconstruct

generate: $(STAMP)
	$(PY) scripts/generate.py $(ARGS)

check-generated: $(STAMP)
	$(PY) scripts/generate.py --check --typecheck

lint: $(STAMP)
	$(BIN)/ruff check flexport_facade scripts tests
	$(BIN)/ruff format --check flexport_facade scripts tests

typecheck: $(STAMP)
	$(BIN)/mypy

test: $(STAMP) services lint typecheck check-generated
	$(BIN)/pytest $(PYTEST_ARGS)

bench: $(STAMP)
	$(PY) -m scripts.bench $(ARGS)

demo: $(STAMP)
	$(PY) -m flexport_facade.demo

record: $(STAMP)
	$(PY) -m scripts.record $(ARGS)

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
