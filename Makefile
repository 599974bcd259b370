# Rusta: `make demo` and `make test` work on a fresh machine (they create .venv and install).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | sha1sum | cut -c1-12)
DEBIAN_CRATES := librust-serde-dev librust-serde-derive-dev librust-serde-json-dev

.PHONY: demo test lint bench install debian-crates clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]' 2>&1 | grep -v "is ignored" || true
	$(PY) -c "import rusta, typer, pytest, hypothesis"
	rm -f $(VENV)/.installed-* && touch $(STAMP)

install: $(STAMP)

# Crates with dependencies build offline against Debian's packaged crate sources.
debian-crates:
	@if ls -d /usr/share/cargo/registry/serde_json-* >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  (apt-get install -y -qq $(DEBIAN_CRATES) >/dev/null 2>&1 || \
	   (apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq $(DEBIAN_CRATES) >/dev/null 2>&1)) \
	  || echo "note: could not install $(DEBIAN_CRATES); tests that need them will skip"; \
	else echo "note: not root: install $(DEBIAN_CRATES) for the dependency tests"; fi

demo: $(STAMP)
	$(PY) scripts/demo.py

test: $(STAMP) debian-crates
	$(PY) -m pytest -q -p no:cacheprovider

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) scripts/check_licenses.py

bench: $(STAMP) debian-crates
	$(PY) scripts/bench_sandbox.py
	$(VENV)/bin/rusta eval --json bench-out/eval.json --report bench-out

clean:
	rm -rf $(VENV) bench-out
