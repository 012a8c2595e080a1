# The two commands a new user needs: `make run` and `make test`. Both build .venv first.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run test lint postgresql bench eval lemmas model clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	bash tools/make-venv.sh "$(PYTHON)" "$(VENV)"
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The demo board: the bundled demo ads read and stored in a SQLite file of the project (until the web app
# lands, `make run` shows them and leaves the stored board to search from the command line).
DEMO_DB := sqlite:///$(CURDIR)/.callboard/demo.sqlite3

run: setup
	$(BIN)/callboard demo
	$(BIN)/callboard import --db $(DEMO_DB) --source demo callboard/data/demo/ads.jsonl
	@echo
	@echo "The demo ads are stored in .callboard/demo.sqlite3; search them, e.g.:"
	@echo "  .venv/bin/callboard search --db $(DEMO_DB) -f work_mode=remote infolinia"
	@echo "  .venv/bin/callboard search --db $(DEMO_DB) --pay-min 5000 --currency PLN --sort pay"

lint: setup
	$(BIN)/ruff check callboard tests tools
	$(BIN)/mypy

# The storage and search tests start their own PostgreSQL server from Debian's package.
postgresql:
	bash tools/ensure-postgresql.sh

test: lint postgresql
	$(BIN)/pytest

# Storage part (tools/bench_store.py): import rate, search p50/p95 at 100k on SQLite and PostgreSQL.
# More sizes or a quick run: make bench BENCH_STORE="--sizes 100k,1m" | BENCH_STORE="--sizes 20k --db sqlite"
BENCH_STORE ?= --sizes 100k

bench: setup postgresql
	$(BIN)/python tools/bench.py
	$(BIN)/python tools/bench_store.py $(BENCH_STORE)

eval: setup
	$(BIN)/callboard eval tests/corpus/dev
	$(BIN)/callboard eval tests/corpus/dev --lexicons-only --no-confusion
	$(BIN)/callboard eval tests/corpus/heldout
	$(BIN)/callboard eval tests/probes --no-confusion
	$(BIN)/callboard eval-dedup tests/dedup/dev.jsonl
	$(BIN)/callboard eval-dedup tests/dedup/heldout.jsonl

# Rebuild the lemma tables after editing a lexicon (the test suite says when they are stale); the goal model reads
# lemmas, so it is retrained with them.
lemmas: setup
	$(BIN)/python tools/build_lemmas.py
	$(BIN)/python tools/train_goals.py

# Retrain the goal model (callboard/data/goal_weights.tsv) on the dev corpus after adding or correcting dev ads,
# or after `make lemmas` (the model reads lemmas); the test suite says when the weights are stale.
model: setup
	$(BIN)/python tools/train_goals.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
