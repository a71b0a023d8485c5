# The two commands of the README: `make demo` (install + run the whole pipeline on the bundled demo site)
# and `make test` (install + run the test suite). Both create .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install lint bench eval clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[postgres,dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/pantau demo

test: $(STAMP)
	$(BIN)/python -m pytest -n 2 --dist loadgroup

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports

bench: $(STAMP)
	$(BIN)/python -m bench

# Extraction measured on shared/eval/dev.jsonl, split open/blind by sha1(id) (see extract/evaluate.py).
eval: $(STAMP)
	$(BIN)/python -m extract.evaluate $(EVAL_ARGS)

clean:
	rm -rf $(VENV) .pantau pantau.db pantau.db-wal pantau.db-shm
