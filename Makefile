# kg: `make demo` and `make test` work from a fresh clone (they create .venv and install).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
SHARED ?= ../shared
STORE  ?= kg-store

.PHONY: install demo test bench model eval clean help

help:
	@echo "make demo   build the graph from examples/, run a saved query, write exports/actor-network.gexf"
	@echo "make test   run the whole test suite"
	@echo "make eval   score extraction and NER against the gold data (needs $(SHARED))"
	@echo "make bench  throughput benchmark on $(SHARED)/corpus"
	@echo "make model  retrain the shipped NER model from $(SHARED)/data/germeval2014"

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/kg build examples/ --store $(STORE)
	$(BIN)/kg query calls --store $(STORE)
	$(BIN)/kg export --format gexf --store $(STORE) -o exports/actor-network.gexf
	@echo "Open exports/actor-network.gexf in Gephi (File > Open)."

test: install
	$(BIN)/python -m pytest -q

eval: install
	$(BIN)/kg eval events gold/examples --corpus examples/feed.jsonl
	$(BIN)/kg eval events gold/wire/gold.jsonl
	$(BIN)/kg eval events gold/wire2/gold.jsonl
	$(BIN)/kg eval events gold/wire3/gold.jsonl
	$(BIN)/kg eval events gold/wire4/gold.jsonl
	$(BIN)/kg eval events gold/wire5/gold.jsonl
	$(BIN)/kg eval events gold/wire6/gold.jsonl
	$(BIN)/kg eval events gold/wire7/gold.jsonl
	$(BIN)/kg eval events gold/wire8/gold.jsonl
	$(BIN)/kg eval events gold/wire9/gold.jsonl
	$(BIN)/kg eval events gold/wire10/gold.jsonl --corpus gold/wire10/articles.jsonl
	$(BIN)/kg eval events gold/wire11/gold.jsonl --corpus gold/wire11/articles.jsonl
	$(BIN)/kg eval events gold/wire12/gold.jsonl --corpus gold/wire12/articles.jsonl
	for set in gold/gnad/dev-*.jsonl gold/gnad/test-*.jsonl; do \
	  echo "== $$set"; $(BIN)/kg eval events $$set --corpus $(SHARED)/corpus/gnad-test.jsonl || exit 1; \
	done
	$(BIN)/kg eval ner $(SHARED)/data/germeval2014 --heldout

bench: install
	$(BIN)/python bench/run.py --corpus $(SHARED)/corpus/gnad-test.jsonl

model: install
	$(BIN)/python -m pip install --quiet -e ".[train]"
	$(BIN)/kg train ner --data $(SHARED)/data/germeval2014 --check-augment 1 \
		--surnames $(SHARED)/data/gazetteers/surnames-germaner.list

clean:
	rm -rf $(VENV) $(STORE) .pytest_cache
