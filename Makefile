# Two commands do all the setup on a fresh machine:
#   make demo   create .venv, install, load the sample corpus, answer a question, write a GEXF
#   make test   create .venv, install with test extras, start a real Neo4j, run the whole suite
# Other targets: make install | web | lint | test-fast | test-deep | bench | interop | neo4j-start | neo4j-stop | clean

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NEO4J_TEST_HOME := $(CURDIR)/.neo4j-test
NEO4J_TEST_PORT ?= 7687
PYTEST_ARGS ?=
# `make test` runs pytest-xdist workers: one a core, at least 2 (the Neo4j group waits on the
# server much of its time), at most 4 (each worker loads its own spaCy model, ~0.5 GB).
TEST_WORKERS ?= $(shell n=$$(nproc 2>/dev/null || echo 2); [ $$n -lt 2 ] && n=2; [ $$n -gt 4 ] && n=4; echo $$n)
# The page of `alliancegraph serve`: npm packages pinned by web/package-lock.json, bundled by
# esbuild into a git-ignored folder the app serves.
WEB_BUNDLE := alliancegraph/web/static/build/app.js

.PHONY: install web demo test test-deep test-fast lint bench browser graph-tool interop neo4j-start neo4j-stop clean

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
	$(BIN)/ruff check alliancegraph tests bench tools/interop

# The inner loop: unit tests only, no server, no browser, nothing slow by design (see
# tests/conftest.py for how tests are tiered). CI runs `make test`, which has everything.
test-fast: $(STAMP)
	$(BIN)/pytest -q -m "not neo4j and not browser and not slow and not interop" $(PYTEST_ARGS)

# Headless Chromium checks the interactive HTML page in a real browser (Debian packages).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the browser test"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; }

# graph-tool is a consumer of the GraphML export; Debian's build runs with the system python3.
graph-tool:
	@/usr/bin/python3 -c "import graph_tool" 2>/dev/null || { \
	  echo "installing Debian's python3-graph-tool for the interop check"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-graph-tool >/dev/null; }

# The Java consumers (Gephi toolkit, JGraphT, Apache Jena) from Maven Central.
tools/interop/target/.built: tools/interop/pom.xml $(wildcard tools/interop/src/main/java/alliancegraph/interop/*.java)
	cd tools/interop && mvn -q -B package
	touch $@

# Every export of the sample corpus opened by the real tools it is made for (3-8 min, two Neo4j
# starts; `make test` runs the quick consumers on the export fixture: tests/test_interop.py).
# neo4j-admin comes from the Neo4j launcher's jars (tools/neo4j-server, built here if needed).
INTEROP_CORPUS ?= examples/articles
interop: $(STAMP) graph-tool tools/interop/target/.built
	$(BIN)/python -c "from alliancegraph.graph import neo4j_server; neo4j_server.build()"
	$(BIN)/python tools/interop/check.py --corpus $(INTEROP_CORPUS)

# The Neo4j tests never skip: when the server cannot start, `make test` fails here, loudly.
test: $(STAMP) $(WEB_BUNDLE) browser graph-tool tools/interop/target/.built lint
	rm -rf $(NEO4J_TEST_HOME)
	$(BIN)/alliancegraph neo4j start --home $(NEO4J_TEST_HOME) --port $(NEO4J_TEST_PORT) || \
	  { echo "FATAL: the local Neo4j server did not start; see $(NEO4J_TEST_HOME)/server.log" >&2; exit 1; }
	status=0; NEO4J_URI=bolt://127.0.0.1:$(NEO4J_TEST_PORT) $(BIN)/pytest -n $(TEST_WORKERS) \
	  --dist loadgroup --durations=20 $(PYTEST_ARGS) || status=$$?; \
	  $(BIN)/alliancegraph neo4j stop --home $(NEO4J_TEST_HOME); exit $$status

# `make test` with every property test on Neo4j at its full count of examples (a few minutes
# more: tests/neo4j_support.py says which).
test-deep:
	ALLIANCEGRAPH_DEEP_TESTS=1 $(MAKE) test

bench: $(STAMP)
	$(BIN)/alliancegraph neo4j start --home $(NEO4J_TEST_HOME) --port $(NEO4J_TEST_PORT)
	NEO4J_URI=bolt://127.0.0.1:$(NEO4J_TEST_PORT) $(BIN)/python bench/run_all.py

neo4j-start: $(STAMP)
	$(BIN)/alliancegraph neo4j start

neo4j-stop: $(STAMP)
	$(BIN)/alliancegraph neo4j stop

clean:
	rm -rf $(VENV) $(NEO4J_TEST_HOME) tools/neo4j-server/target tools/interop/target alliancegraph.db* \
	  alliancegraph.gexf web/node_modules alliancegraph/web/static/build
