"""Neo4j's per-tie summaries stay exact under every kind of write, and match the embedded store's.

The named queries read the summary relationships (graph/neo4j_ties.py) when no date window is
given, and the claims inside a window. Hypothesis drives the same random sequences of loads,
re-loads, re-extractions, review decisions, copy regroupings and camp splits into a Neo4j store
and an embedded one (the writes of tests/test_tie_summaries.py): after each write the summaries
must equal a recomputation from the claims, and the embedded store's ``ties``; at the end every
named query must give the same rows from the summaries and from the claims (a window holding
every claim), whole and paged, and the same rows as the embedded store.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from neo4j_support import NEO4J_URI, examples, wipe_neo4j
from test_tie_summaries import (
    EVERY_CLAIM,
    apply,
    assert_a_copy_counts_once,
    dispatch_and_copy,
    every_call,
    extraction,
    write,
)

from alliancegraph.graph import neo4j_ties
from alliancegraph.graph.neo4j_store import Neo4jStore
from alliancegraph.graph.sqlite_store import SQLiteStore
from alliancegraph.graph.ties import stored_summaries as embedded_summaries
from alliancegraph.model import Actor, Extraction
from alliancegraph.ontology import relation_names
from alliancegraph.queries.run import run_query
from alliancegraph.review.decisions import Decision

pytestmark = pytest.mark.neo4j


@pytest.fixture
def store(neo4j_driver):
    wipe_neo4j(neo4j_driver)
    store = Neo4jStore(uri=NEO4J_URI)
    yield store
    store.close()


def summaries(store: Neo4jStore) -> tuple[list[tuple], list[tuple]]:
    """(the summary relationships, the ties as the claims state them), both sorted."""
    with store.driver.session(database=store.database) as session:
        return neo4j_ties.stored_summaries(session), neo4j_ties.summaries_from_claims(session)


def assert_summaries_exact(store: Neo4jStore) -> None:
    stored, recomputed = summaries(store)
    assert stored == recomputed


class Mirror:
    """An embedded store holding the same claims: it picks the claims a review acts on (the
    writes of test_tie_summaries read them from SQLite) and is the reference the Neo4j store's
    summaries and rows are compared with."""

    def __init__(self, neo4j: Neo4jStore) -> None:
        self.neo4j = neo4j
        self.local = SQLiteStore(":memory:")

    def apply(self, step: tuple) -> None:
        recorder = _Recorder(self.local)
        apply(recorder, step)
        for name, args, kwargs in recorder.calls:
            if name == "write":
                args = ([mentioning_every_claim_actor(e) for e in args[0]], *args[1:])
            getattr(self.local, name)(*args, **kwargs)
            getattr(self.neo4j, name)(*args, **kwargs)


def mentioning_every_claim_actor(extraction: Extraction) -> Extraction:
    """The extraction with every actor of its claims among its actors, as the extractor gives
    them: Neo4j finds an article's claims to replace through the actors it mentions."""
    named = {a.name for a in extraction.actors}
    extra = {}
    for c in extraction.claims:
        for name, kind in ((c.subject, c.subject_kind), (c.object, c.object_kind)):
            if name not in named:
                extra[name] = Actor(name, kind)
    return replace(extraction, actors=[*extraction.actors, *extra.values()])


class _Recorder:
    """Stands for the embedded store in ``apply``: reads go to it, writes are recorded so both
    stores receive exactly the same calls."""

    def __init__(self, local: SQLiteStore) -> None:
        self.db = local.db
        self.calls: list[tuple[str, tuple, dict]] = []

    def __getattr__(self, name: str):
        return lambda *args, **kwargs: self.calls.append((name, args, kwargs))


def as_embedded(rows: list[tuple]) -> list[tuple]:
    return sorted((*row[:5], row[5] or "", row[6] or "") for row in rows)


def assert_queries_agree(mirror: Mirror) -> None:
    """Summaries (no window) and claims (a window holding every claim) give the same rows on
    Neo4j, and the same as the embedded store's, whole and paged."""
    camps = {row[0]: row[1] for row in mirror.local.db.execute("SELECT name, camp FROM actors")}
    mirror.local.set_camps(camps)
    mirror.neo4j.set_camps(camps)
    for name, params in every_call(mirror.local):
        for page in ({}, {"limit": 2, "offset": 1}):
            summarised = run_query(mirror.neo4j, name, params, **page).rows
            counted = run_query(mirror.neo4j, name, params, since=EVERY_CLAIM, **page).rows
            embedded = run_query(mirror.local, name, params, **page).rows
            assert summarised == counted == embedded, (name, params, page)


# No shrinking: each example costs Neo4j round trips, and a failing one is printed anyway.
# Twelve examples under `make test-deep`, four under `make test` (neo4j_support.examples).
@settings(max_examples=examples(12), deadline=None, phases=[Phase.explicit, Phase.generate],
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(steps=st.lists(write, min_size=1, max_size=10))
def test_summaries_match_the_claims_after_any_sequence_of_writes(neo4j_driver, steps):
    wipe_neo4j(neo4j_driver)
    with Neo4jStore(uri=NEO4J_URI) as store:
        mirror = Mirror(store)
        for step in steps:
            mirror.apply(step)
            stored, recomputed = summaries(store)
            assert stored == recomputed, step
            assert as_embedded(stored) == as_embedded(embedded_summaries(mirror.local.db)), step
        assert_queries_agree(mirror)


def article(article_id: str, date: str, ties: list[tuple]) -> Extraction:
    return mentioning_every_claim_actor(extraction(article_id, date, ties, {}))


def test_a_re_extraction_and_a_rejection_remove_their_ties(store):
    store.write([
        article("a0", "2017-01-10", [("Anne Martin", "SUPPORTS", "Paul Durand")]),
        article("a1", "2017-02-20", [("Anne Martin", "SUPPORTS", "Paul Durand"),
                                     ("Luc Bernard", "REJECTS", "Paul Durand")]),
    ])
    assert summaries(store)[0] == [
        ("Anne Martin", "SUPPORTS", "Paul Durand", 2, 2, "2017-01-10", "2017-02-20",
         ("a0", "a1")),
        ("Luc Bernard", "REJECTS", "Paul Durand", 1, 1, "2017-02-20", "2017-02-20", ("a1",)),
    ]
    store.write([article("a1", "2017-02-20", [])], replace=True)
    store.record_review(Decision("reject", "a0", "Anne Martin SUPPORTS Paul Durand (a0).",
                                 "Anne Martin", "SUPPORTS", "Paul Durand", date="2017-01-10"))
    assert summaries(store) == ([], [])
    assert run_query(store, "supporters", {"of": "Paul Durand"}).rows == []


def test_an_old_store_is_upgraded_in_place_with_exact_summaries_and_name_keys(store):
    """A graph written before the summaries existed gets them, and its actors their name keys,
    when it is next opened; a later write keeps them."""
    store.write([article("a0", "2017-01-10", [("Anne Martin", "SUPPORTS", "Paul Durand")])])
    with store.driver.session(database=store.database) as session:
        session.run(f"MATCH ()-[t:{neo4j_ties.tie_types()}]->() DELETE t").consume()
        session.run("MATCH (a:Actor) REMOVE a.key, a.surname_key").consume()
        session.run("MATCH (m:StoreMeta {key: 'ties'}) DELETE m").consume()
    assert summaries(store)[0] == []
    with Neo4jStore(uri=NEO4J_URI) as upgraded:
        assert summaries(upgraded)[0] == [
            ("Anne Martin", "SUPPORTS", "Paul Durand", 1, 1, "2017-01-10", "2017-01-10", ("a0",))]
        upgraded.write([article("a1", "2017-02-20", [("Anne Martin", "SUPPORTS", "Paul Durand")])])
        assert_summaries_exact(upgraded)
        keys = upgraded.read("MATCH (a:Actor {name: 'Paul Durand'}) "
                             "RETURN a.key AS key, a.surname_key AS surname")
        assert keys == [{"key": "paul durand", "surname": "durand"}]


def test_a_summary_keeps_the_articles_of_its_first_claims_in_evidence_order(store):
    """``heads``: the first claims (up to 100) by date then article, whatever order they came
    in."""
    store.write([article(f"a{n}", date, [("Anne Martin", "SUPPORTS", "Paul Durand")])
                 for n, date in enumerate(["2017-03-01", "2017-01-10", "2017-02-20",
                                           "2017-01-10", "2017-05-05"])])
    assert summaries(store)[0][0][-1] == ("a1", "a3", "a2", "a0", "a4")
    store.record_review(Decision("reject", "a3", "Anne Martin SUPPORTS Paul Durand (a3).",
                                 "Anne Martin", "SUPPORTS", "Paul Durand", date="2017-01-10"))
    assert summaries(store)[0][0][-1] == ("a1", "a2", "a0", "a4")
    assert_summaries_exact(store)


def test_a_version_1_store_gets_heads_and_article_indexes_when_opened(store):
    """Summaries written before ``heads`` existed (version 1) are rewritten in place, and the
    evidence they serve is the claims' own."""
    store.write([article(f"a{n}", f"2017-0{n + 1}-01", [("Anne Martin", "SUPPORTS", "Paul Durand")])
                 for n in range(5)])
    expected = {cap: run_query(store, "supporters", {"of": "Paul Durand"}, evidence=cap).rows
                for cap in (2, None)}
    with store.driver.session(database=store.database) as session:
        session.run(f"MATCH ()-[t:{neo4j_ties.tie_types()}]->() REMOVE t.heads").consume()
        for record in list(session.run("SHOW INDEXES YIELD name WHERE name STARTS WITH "
                                       "'claim_article_' RETURN name")):
            session.run(f"DROP INDEX {record['name']}").consume()
        session.run("MATCH (m:StoreMeta {key: 'ties'}) SET m.version = 1").consume()
    assert summaries(store)[0][0][-1] == ()
    with Neo4jStore(uri=NEO4J_URI) as upgraded:
        assert summaries(upgraded)[0][0][-1] == ("a0", "a1", "a2", "a3", "a4")
        assert_summaries_exact(upgraded)
        indexes = upgraded.read("SHOW INDEXES YIELD name WHERE name STARTS WITH "
                                "'claim_article_' RETURN name")
        assert len(indexes) == len(relation_names())
        for cap, rows in expected.items():
            assert run_query(upgraded, "supporters", {"of": "Paul Durand"},
                             evidence=cap).rows == rows
        assert [e["article"] for e in expected[2][0]["evidence"]] == ["a0", "a1"]


def test_timeline_pages_past_a_ties_heads_read_its_claims(store):
    """A page of the timeline comes from the ties' heads (their first 100 claims); a page that
    reaches past them (offset + limit over 100) within one big tie reads that tie's claims, and
    so does an evidence list longer than the heads. Both give the embedded store's rows."""
    local = SQLiteStore(":memory:")
    days = [f"2016-{1 + n // 28:02d}-{1 + n % 28:02d}" for n in range(112)]
    big = [article(f"a{n:03d}", day, [("Anne Martin", "SUPPORTS", "Paul Durand")]
                   + ([("Luc Bernard", "REJECTS", "Anne Martin")] if n % 9 == 0 else []))
           for n, day in enumerate(days)]
    small = [article(f"b{n:03d}", f"2017-{1 + n // 28:02d}-{1 + n % 28:02d}",
                     [("Anne Martin", "SUPPORTS", f"Personne Numéro{n}")]) for n in range(130)]
    for target in (store, local):
        target.write(big + small)
    assert summaries(store)[0][0][3] == 112  # (Anne Martin, SUPPORTS, Paul Durand): 112 claims
    for page in ({"limit": 5, "offset": 0}, {"limit": 5, "offset": 98},
                 {"limit": 10, "offset": 104}, {"limit": 200, "offset": 0}, {}):
        rows = run_query(store, "timeline", {"actor": "Anne Martin"}, **page).rows
        assert rows == run_query(local, "timeline", {"actor": "Anne Martin"}, **page).rows, page
        assert rows == run_query(store, "timeline", {"actor": "Anne Martin"}, since=EVERY_CLAIM,
                                 **page).rows, page
    past = run_query(store, "timeline", {"actor": "Anne Martin"}, limit=10, offset=115).rows
    assert [r["article"] for r in past[:4]] == ["a103", "a104", "a105", "a106"]
    for cap in (3, 100, 105, None):
        rows = run_query(store, "supporters", {"of": "Paul Durand"}, evidence=cap).rows
        assert rows == run_query(local, "supporters", {"of": "Paul Durand"}, evidence=cap).rows
        assert len(rows[0]["evidence"]) == (cap or 112)
    local.close()


def test_deep_timeline_pages_give_the_embedded_stores_rows(store):
    """A page far into an actor's timeline (past its first 100 claims and its first ties, or
    past its end) gives the embedded store's rows, from the ties as from the claims. On the 1M
    graph such a page of the biggest hub's timeline ran out of Neo4j's transaction memory
    (bench/RESULTS.md, section 3l); here an actor with 280 ties, several beginning each day,
    four or five a day of its own claims."""
    local = SQLiteStore(":memory:")
    start = date(2016, 1, 1)
    days = [(start + timedelta(days=n // 5)).isoformat() for n in range(200)]
    written = [article(f"d{n:03d}", day,
                       [("Anne Martin", "SUPPORTS", f"Personne Numéro{n % 130}"),
                        (f"Personne Numéro{(7 * n) % 150}", "REJECTS", "Anne Martin")])
               for n, day in enumerate(days)]
    for target in (store, local):
        target.write(written)
    assert len(run_query(local, "timeline", {"actor": "Anne Martin"}).rows) == 400
    for page in ({"limit": 100, "offset": 150}, {"limit": 20, "offset": 150},
                 {"limit": 7, "offset": 333}, {"limit": 100, "offset": 390},
                 {"limit": 100, "offset": 10_000}):
        rows = run_query(store, "timeline", {"actor": "Anne Martin"}, **page).rows
        assert rows == run_query(local, "timeline", {"actor": "Anne Martin"}, **page).rows, page
        assert rows == run_query(store, "timeline", {"actor": "Anne Martin"}, since=EVERY_CLAIM,
                                 **page).rows, page
        assert len(rows) == max(0, min(page["limit"], 400 - page["offset"])), page
    local.close()


def test_between_two_ends_tied_to_most_actors_walks_the_names_and_gives_the_same_rows(store):
    """Between two actors tied to nearly everyone, a short page is found by walking the actors
    in name order and testing each against both ends (between.cypher), not by listing both
    ends' neighbours; a longer page, a window or the whole answer list them. Every way gives
    the embedded store's rows. Here both ends hold three ties with each of 110 of 128 actors."""
    local = SQLiteStore(":memory:")
    written = []
    for n in range(128):
        other = f"Personne Numéro{n:03d}"
        ties = [] if n % 7 == 0 else [
            (other, "SUPPORTS", "Anne Martin"), ("Anne Martin", "REJECTS", other),
            (other, "TEMPTED_BY", "Anne Martin"), ("Paul Durand", "SUPPORTS", other),
            (other, "REJECTS", "Paul Durand"), ("Paul Durand", "INVITED_TO_RALLY", other)]
        written.append(article(f"e{n:03d}", f"2017-{1 + n % 12:02d}-{1 + n % 28:02d}",
                               ties or [(other, "SUPPORTS", "Luc Bernard")]))
    written.append(article("e999", "2017-06-01", [("Anne Martin", "SUPPORTS", "Paul Durand")]))
    for target in (store, local):
        target.write(written)
    params = {"a": "Anne Martin", "b": "Paul Durand"}
    for page in ({"limit": 1, "offset": 0}, {"limit": 1, "offset": 1}, {"limit": 2, "offset": 0},
                 {"limit": 3, "offset": 40}, {"limit": 200, "offset": 0}, {}):
        for cap in (1, None):
            rows = run_query(store, "between", params, evidence=cap, **page).rows
            assert rows == run_query(local, "between", params, evidence=cap, **page).rows, page
            assert rows == run_query(store, "between", params, since=EVERY_CLAIM, evidence=cap,
                                     **page).rows, page
    first = run_query(store, "between", params, limit=2).rows
    assert [(r["hops"], r["via"], r["claims_total"]) for r in first] == [
        (1, None, 1), (2, "Personne Numéro001", 6)]
    local.close()


def test_every_grouped_query_counts_a_syndicated_copy_once(store):
    dispatch_and_copy(store, article)
    assert_a_copy_counts_once(store)
