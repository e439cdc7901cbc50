"""Shared fixtures: the real spaCy pipeline (loaded once), the dev corpus, fresh stores."""

from __future__ import annotations

from pathlib import Path

import pytest
from neo4j_support import NEO4J_URI

REPO = Path(__file__).resolve().parents[1]

# The second tier (`make test-fast` leaves them out; `make test`, what CI runs, has them all):
# tests that start processes, servers or browsers, or that take tens of seconds by design.
SLOW_MODULES = {"test_interrupt.py", "test_bench_scripts.py", "test_hostile_corpus.py",
                "test_hostile_workers.py"}
SLOW_TESTS = {"test_rdf_memory_does_not_grow_with_the_number_of_claims",
              "test_the_cue_lexicon_is_injected",
              "test_many_processes_creating_one_new_store_at_once_all_succeed"}


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
