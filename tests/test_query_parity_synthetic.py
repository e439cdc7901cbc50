"""Both stores give identical answers on a 10k-claim synthetic graph, not only on the dev graph.

The dev graph has twenty actors: a hub with thousands of claims, ties between minor actors,
evidence lists longer than a cap, months with nothing in them, none of these occur there. The
latency benchmark's generator (``bench/bench_query_latency.py``: hub-heavy, 36 months, camps
written back) makes such a graph in seconds; every named query is asked about its hubs and
about a typical actor, over the whole period and over a window, on both stores, and the rows
must be equal. When Neo4j is down this fails with a hint; it never skips.
"""

from __future__ import annotations

import pytest
from neo4j_support import NEO4J_URI, wipe_neo4j

from alliancegraph.graph.neo4j_store import Neo4jStore
from alliancegraph.graph.sqlite_store import SQLiteStore
from alliancegraph.queries import named_queries, run_query

pytestmark = pytest.mark.neo4j

CLAIMS = 10_000
WINDOWS = [(None, None), ("2017-01", "2017-06")]


@pytest.fixture(scope="module")
def graphs(latency_bench, neo4j_driver, tmp_path_factory):
    """(spec, embedded store file, embedded store, Neo4j store), both filled with one graph."""
    bench = latency_bench
    spec = bench.GraphSpec(CLAIMS)
    path = tmp_path_factory.mktemp("synthetic") / "synthetic.db"
    wipe_neo4j(neo4j_driver)
    with SQLiteStore(path) as embedded, Neo4jStore(uri=NEO4J_URI) as neo4j:
        bench.fill(embedded, spec)
        bench.fill(neo4j, spec)
        yield spec, path, embedded, neo4j
    wipe_neo4j(neo4j_driver)


def test_both_stores_hold_the_same_synthetic_graph(graphs):
    _, _, embedded, neo4j = graphs
    assert embedded.counts()["claims"] > 0.9 * CLAIMS
    assert neo4j.counts() == embedded.counts()
    assert neo4j.actor_attributes() == embedded.actor_attributes()


def test_every_named_query_gives_identical_rows_on_the_synthetic_graph(latency_bench, graphs):
    bench = latency_bench
    spec, path, embedded, neo4j = graphs
    cases = {"hub": bench.hub_params(spec), "typical": bench.typical_params(path, spec)}
    assert set(cases["hub"]) == set(named_queries()), "a named query without a synthetic case"
    answered = dict.fromkeys(named_queries(), 0)
    for case, queries in cases.items():
        for name, params in queries.items():
            for since, until in WINDOWS:
                expected = run_query(embedded, name, params, since=since, until=until)
                got = run_query(neo4j, name, params, since=since, until=until)
                assert got.rows == expected.rows, (case, name, params, since, until)
                answered[name] += len(expected.rows)
    assert [name for name, rows in answered.items() if rows == 0] == [], "parity proves nothing"
