# Two commands do all the setup on a fresh machine:
#   make demo   create .venv, install, load the sample corpus, answer a question, write a GEXF
#   make test   create .venv, install with test extras, start a real Neo4j, run the whole suite
# Other targets: make install | web | lint | test-fast | bench | neo4j-start | neo4j-stop | clean

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NEO4J_TEST_HOME := $(CURDIR)/.neo4j-test
NEO4J_TEST_PORT ?= 7687
PYTEST_ARGS ?=
# The page of `alliancegraph serve`: npm packages pinned by web/package-lock.json, bundled by
# esbuild into a git-ignored folder the app serves.
WEB_BUNDLE := alliancegraph/web/static/build/app.js

.PHONY: install web demo test test-fast lint bench browser neo4j-start neo4j-stop clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

$(WEB_BUNDLE): web/package.json web/package-lock.json $(wildcard web/src/*.js)
	cd web && npm ci --no-audit --no-fund --loglevel=error && npm run --silent build

web: $(WEB_BUNDLE)

install: $(STAMP) $(WEB_BUNDLE)

demo: $(STAMP)
	rm -f alliancegraph.db alliancegraph.db-wal alliancegraph.db-shm
	$(BIN)/alliancegraph load examples/articles
	$(BIN)/alliancegraph ask "who backs Valls but eyes Macron"
	$(BIN)/alliancegraph export --format gexf --out alliancegraph.gexf

lint: $(STAMP)
	$(BIN)/ruff check alliancegraph tests bench

# The inner loop: unit tests only, no server, no browser, nothing slow by design (see
# tests/conftest.py for how tests are tiered). CI runs `make test`, which has everything.
test-fast: $(STAMP)
	$(BIN)/pytest -q -m "not neo4j and not browser and not slow" $(PYTEST_ARGS)

# Headless Chromium checks the interactive HTML page in a real browser (Debian packages).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the browser test"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; }

# The Neo4j tests never skip: when the server cannot start, `make test` fails here, loudly.
test: $(STAMP) $(WEB_BUNDLE) browser lint
	rm -rf $(NEO4J_TEST_HOME)
	$(BIN)/alliancegraph neo4j start --home $(NEO4J_TEST_HOME) --port $(NEO4J_TEST_PORT) || \
	  { echo "FATAL: the local Neo4j server did not start; see $(NEO4J_TEST_HOME)/server.log" >&2; exit 1; }
	status=0; NEO4J_URI=bolt://127.0.0.1:$(NEO4J_TEST_PORT) $(BIN)/pytest $(PYTEST_ARGS) || status=$$?; \
	  $(BIN)/alliancegraph neo4j stop --home $(NEO4J_TEST_HOME); exit $$status

bench: $(STAMP)
	$(BIN)/alliancegraph neo4j start --home $(NEO4J_TEST_HOME) --port $(NEO4J_TEST_PORT)
	NEO4J_URI=bolt://127.0.0.1:$(NEO4J_TEST_PORT) $(BIN)/python bench/run_all.py

neo4j-start: $(STAMP)
	$(BIN)/alliancegraph neo4j start

neo4j-stop: $(STAMP)
	$(BIN)/alliancegraph neo4j stop

clean:
	rm -rf $(VENV) $(NEO4J_TEST_HOME) tools/neo4j-server/target alliancegraph.db* alliancegraph.gexf \
	  web/node_modules alliancegraph/web/static/build
