"""Shared fixtures: the real spaCy pipeline (loaded once), the dev corpus, fresh stores."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures_graph import dev_store
from neo4j_support import NEO4J_URI

REPO = Path(__file__).resolve().parents[1]

# The second tier (`make test-fast` leaves them out; `make test`, what CI runs, has them all):
# tests that start processes, servers or browsers, or that take tens of seconds by design.
SLOW_MODULES = {"test_interrupt.py", "test_bench_scripts.py", "test_hostile_corpus.py",
                "test_hostile_workers.py"}
SLOW_TESTS = {"test_rdf_memory_does_not_grow_with_the_number_of_claims",
              "test_the_cue_lexicon_is_injected",
              "test_many_processes_creating_one_new_store_at_once_all_succeed"}

# `make test` runs the suite in parallel (pytest-xdist, `--dist loadgroup`): each group below
# runs whole, in its order, in one worker. The tests of the Neo4j server `make test` starts share
# its one database (Community has no other) and wipe it, so they form one group; a module's
# other tests stay together, with the module- and class-scoped fixtures they share.
NEO4J_GROUP = "neo4j"
# Tests that start a Neo4j of their own on another port: they only read the main server's
# status (never its data), so they run beside the main group, one at a time (each JVM sizes
# its memory from the machine's).
OWN_SERVER_GROUP = "neo4j-own-server"
OWN_SERVER_MODULES = {"test_neo4j_server.py"}
OWN_SERVER_FIXTURES = {"private_server"}


@pytest.hookimpl(tryfirst=True)  # before xdist's own hook reads the groups
def pytest_collection_modifyitems(config, items):
    """Tiers from what a test uses: Neo4j (its fixtures), a browser, or slowness by design.

    Marking here, from fixtures and one list, instead of in every module keeps a new Neo4j or
    browser test from slipping into the fast tier because someone forgot a decorator.
    """
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        params = getattr(getattr(item, "callspec", None), "params", {})
        # A store fixture parametrized over both stores reaches Neo4j through
        # request.getfixturevalue, which fixturenames cannot see: its "neo4j" parameter can.
        if fixtures & {"neo4j_driver", "neo4j_store"} or "neo4j" in params.values():
            item.add_marker(pytest.mark.neo4j)
        if "browser" in item.nodeid or "rendered" in fixtures:  # test_browser_*, *_browser.py
            item.add_marker(pytest.mark.browser)
        if item.path.name in SLOW_MODULES or getattr(item, "originalname", "") in SLOW_TESTS:
            item.add_marker(pytest.mark.slow)
        item.add_marker(pytest.mark.xdist_group(parallel_group(item, fixtures)))


@pytest.hookimpl(optionalhook=True)  # a pytest-xdist hook, run by the controller
def pytest_xdist_node_collection_finished(node, ids):
    """Under ``--dist loadgroup``, refuse to run when xdist did not group the tests (it writes
    the group into each node id): the Neo4j tests would then run beside each other."""
    loose = [nodeid for nodeid in ids if "@" not in nodeid]
    if node.config.getvalue("dist") == "loadgroup" and loose:
        pytest.exit(f"pytest-xdist did not group {len(loose)} tests (first: {loose[0]}): this "
                    "pytest and pytest-xdist do not work together, see pyproject.toml",
                    returncode=pytest.ExitCode.USAGE_ERROR)


def parallel_group(item, fixtures: set[str]) -> str:
    """The xdist group ``item`` runs in: its own Neo4j, the shared Neo4j, or its module."""
    if item.path.name in OWN_SERVER_MODULES or fixtures & OWN_SERVER_FIXTURES:
        return OWN_SERVER_GROUP
    if item.get_closest_marker("neo4j"):
        return NEO4J_GROUP
    return item.nodeid.split("::", 1)[0]


SHARED_CORPUS = REPO.parent / "shared" / "corpus"
EXAMPLES = REPO / "examples" / "articles"


@pytest.fixture(scope="session")
def extractor():
    """The real extractor on ``fr_core_news_md``: loading it costs seconds, so once a session."""
    from alliancegraph.loaders.extractor import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def dev_corpus() -> Path:
    """``../shared/corpus``: the four dev articles and ``gold.json``; required, never skipped."""
    assert (SHARED_CORPUS / "gold.json").exists(), f"dev corpus missing at {SHARED_CORPUS}"
    return SHARED_CORPUS


@pytest.fixture(scope="module")
def store():
    """The dev graph in a fresh in-memory embedded store, one per module.

    The question tests (`test_ask*.py`) read it and never write, so they share this one
    definition; a module that needs another store (exports, review, Neo4j) defines its own
    ``store``, which pytest prefers to this one.
    """
    return dev_store()


@pytest.fixture(scope="session")
def latency_bench():
    """``bench/bench_query_latency.py`` as a module, for its synthetic graph generator (hubs,
    36 months, camps): bench/ is scripts, not a package, so it is imported from its path with
    bench/ on the path as when the script runs (it imports its siblings)."""
    import importlib.util
    import sys

    script = REPO / "bench" / "bench_query_latency.py"
    if str(script.parent) not in sys.path:
        sys.path.insert(0, str(script.parent))
    spec = importlib.util.spec_from_file_location("bench_query_latency", script)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def neo4j_driver():
    """A raw driver to the server ``make test`` starts; fails loudly, never skips, when it is down.

    Community has one database, so tests that use it wipe it first (``wipe_neo4j``).
    """
    from neo4j import GraphDatabase
    from neo4j import exceptions as errors

    driver = GraphDatabase.driver(NEO4J_URI)
    try:
        driver.verify_connectivity()
    except (errors.ServiceUnavailable, errors.AuthError, OSError) as exc:
        driver.close()
        pytest.fail(
            f"Neo4j is not reachable at {NEO4J_URI} ({type(exc).__name__}): start it with "
            "`alliancegraph neo4j start` (or run `make test`), or set NEO4J_URI",
            pytrace=False,
        )
    yield driver
    driver.close()


@pytest.fixture
def web_site():
    """The test web (``fixtures_web``) on a real HTTP server at 127.0.0.1, fresh per test, with
    its request counters; stopped afterwards (the ``/slow`` page is released first)."""
    from fixtures_web import all_pages, serve

    server, site = serve(all_pages)
    yield site
    site.release.set()
    server.shutdown()
    server.server_close()
