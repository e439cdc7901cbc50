"""Where the test Neo4j server is, how to empty it (Community has only one database), and how
many examples a property test that writes to it draws."""

from __future__ import annotations

import os

NEO4J_URI = os.environ.get("NEO4J_URI") or "bolt://127.0.0.1:7687"
# `make test-deep` sets it: every property test on Neo4j draws its full count of examples.
DEEP_ENV = "ALLIANCEGRAPH_DEEP_TESTS"


def examples(full: int) -> int:
    """Hypothesis examples for a property test on Neo4j: ``full`` under ``make test-deep``, a
    third (at least 3) under ``make test``, where such a test is on the suite's critical path
    (each example costs hundreds of round trips, and all Neo4j tests run in one worker). Each
    run still draws new random examples, so runs add up to the full search."""
    return full if os.environ.get(DEEP_ENV) == "1" else max(3, full // 3)


def wipe_neo4j(driver) -> None:
    """Empty the test server's only database before a test writes its own graph."""
    with driver.session(database="neo4j") as session:
        session.run("MATCH (n) DETACH DELETE n").consume()
