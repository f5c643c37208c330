# SyncHub: `make demo` runs the customers and products flows on the demo systems; `make test` runs every test.
# Both create the virtual environment and install what they need on first use.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
CUSTOMERS ?= 1000

.PHONY: demo test test-unit test-integration system-deps services bench clean airflow

$(BIN)/synchub: requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt -e .
	touch $@

## demo: seed the three demo systems once (1,000 companies, 200 products), then run the customers and products flows
demo: $(BIN)/synchub
	@test -f var/demo/product_truth.csv || $(BIN)/synchub demo seed --customers $(CUSTOMERS)
	$(BIN)/synchub run customers
	$(BIN)/synchub run products

## test: the whole suite, unit and integration (needs the PostgreSQL and MariaDB services)
test: $(BIN)/synchub system-deps services
	$(BIN)/python -m pytest

test-unit: $(BIN)/synchub
	$(BIN)/python -m pytest -m "not integration"

test-integration: $(BIN)/synchub system-deps services
	$(BIN)/python -m pytest -m integration

## airflow: Airflow 3.3 standalone on http://127.0.0.1:8080 with this project's airflow.cfg, DAGs and
## plugins (state in .airflow/, SQLite metadata DB); prints the login once (admin / its password)
airflow: $(BIN)/synchub
	@test -f var/demo/product_truth.csv || $(BIN)/synchub demo seed --customers $(CUSTOMERS)
	$(BIN)/synchub store upgrade
	$(BIN)/python -m synchub.airflow_env standalone

## system-deps: Debian's ODBC drivers (pyodbc tests) and chromium (the browser test)
system-deps:
	@bash .ci/system-deps

## services: start PostgreSQL and MariaDB if they are not running
services:
	@bash .ci/services

bench: $(BIN)/synchub
	$(BIN)/python bench/flow.py --customers 10000 100000

clean:
	rm -rf var .pytest_cache test-artifacts
