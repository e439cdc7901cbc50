"""Where the test Neo4j server is, and how to empty it (Community has only one database)."""

from __future__ import annotations

import os

NEO4J_URI = os.environ.get("NEO4J_URI") or "bolt://127.0.0.1:7687"


def wipe_neo4j(driver) -> None:
    """Empty the test server's only database before a test writes its own graph."""
    with driver.session(database="neo4j") as session:
        session.run("MATCH (n) DETACH DELETE n").consume()
