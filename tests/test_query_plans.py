"""The SQL twins name only indexes our migrations create, and none reads every claim.

A query that names an index SQLite generated (``sqlite_autoindex_claims_1``, the primary key's)
breaks silently when the schema changes, so each ``INDEXED BY`` must name an index created by
:data:`~alliancegraph.graph.sqlite_store.MIGRATIONS`. And each named query, asked about the
hubs of the benchmark's 10k-claim synthetic graph (plans on the 20-actor dev graph say little:
there a scan is the cheapest plan), is planned with index seeks only: no step scans ``claims``
(checked with ``EXPLAIN QUERY PLAN``, nothing timed), and none builds a Bloom filter over the
claims or the tie summaries (SQLite fills one by reading the whole table before the join).
"""

from __future__ import annotations

import re
from importlib.resources import files

import pytest

from alliancegraph.graph.sqlite_store import MIGRATIONS, SQLiteStore
from alliancegraph.queries import named_queries
from alliancegraph.queries.library import get_query

SQL_FILES = sorted(files("alliancegraph.queries").joinpath("sql").iterdir(), key=str)


def created_indexes() -> set[str]:
    return set(re.findall(r"CREATE\s+(?:UNIQUE\s+)?INDEX\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)",
                          "".join(MIGRATIONS),
                          re.IGNORECASE))


def test_the_migrations_create_the_index_the_evidence_reads():
    assert {"claims_by_subject", "claims_by_object", "claims_by_relation"} <= created_indexes()


@pytest.mark.parametrize("sql", [f for f in SQL_FILES if f.name.endswith(".sql")],
                         ids=lambda f: f.name)
def test_sql_twins_name_only_indexes_our_migrations_create(sql):
    text = sql.read_text(encoding="utf-8")
    assert "sqlite_autoindex" not in text
    named = set(re.findall(r"INDEXED\s+BY\s+(\w+)", text, re.IGNORECASE))
    assert named - created_indexes() == set(), f"{sql.name} names indexes no migration creates"


@pytest.fixture(scope="module")
def synthetic(latency_bench):
    spec = latency_bench.GraphSpec(10_000)
    store = SQLiteStore(":memory:")
    latency_bench.fill(store, spec)
    yield store, latency_bench.hub_params(spec)
    store.close()


def claim_scans(store: SQLiteStore, name: str, params: dict) -> list[str]:
    """Plan steps that read all of ``claims`` or ``ties``: a ``SCAN`` of the table or of one of
    its aliases (through an index or not), or a Bloom filter built over it."""
    query = get_query(name)
    aliases = {"claims", "ties", *re.findall(r"\b(?:claims|ties)\s+AS\s+(\w+)", query.sql)}
    return [step for step in plan(store, name, params)
            if (m := re.match(r"(?:SCAN|BLOOM FILTER ON) (\w+)", step)) and m[1] in aliases]


def plan(store: SQLiteStore, name: str, params: dict) -> list[str]:
    query = get_query(name)
    values = {**{p.name: p.default for p in query.params}, **params,
              "since": None, "until": None, "evidence": 3, "limit": 100, "offset": 0}
    return [row[3] for row in store.db.execute("EXPLAIN QUERY PLAN " + query.sql, values)]


@pytest.mark.parametrize("name", named_queries())
def test_no_named_query_reads_every_claim_of_the_synthetic_graph(synthetic, name):
    store, hubs = synthetic
    assert claim_scans(store, name, hubs[name]) == []


def test_the_timeline_merges_date_ordered_walks_instead_of_sorting_every_claim(synthetic):
    """Its first page stops after a hundred rows: twelve index walks (one per relation and
    side) merged in date order, each sorting only the claims of one date among themselves."""
    store, hubs = synthetic
    steps = plan(store, "timeline", hubs["timeline"])
    walks = [s for s in steps if re.match(r"SEARCH c USING INDEX claims_by_(relation|object) ", s)]
    assert len(walks) == 12 and "MERGE (UNION ALL)" in steps
    assert not [s for s in steps if s == "USE TEMP B-TREE FOR ORDER BY"][:-1]  # the page's own
