"""The embedded store: idempotent writes, atomic batches, read-only queries, durable file."""

from __future__ import annotations

import sqlite3

import pytest

from alliancegraph.graph.sqlite_store import MIGRATIONS, SQLiteStore
from alliancegraph.graph.store import StoreError, open_store
from alliancegraph.model import Actor, Article, Claim, Extraction


def extraction(article_id: str, date: str, *claims: tuple[str, str, str]) -> Extraction:
    article = Article(article_id, date, f"title {article_id}", "some text here")
    return Extraction(
        article=article,
        claims=[
            Claim(s, r, o, article_id, date, f"{s} {r} {o}.", "cue", 0.9) for s, r, o in claims
        ],
        actors=[Actor(s, "person", party="Parti socialiste") for s, _, _ in claims],
    )


FIRST = extraction("a1", "2017-01-29", ("François Loncle", "SUPPORTS", "Manuel Valls"))
SECOND = extraction(
    "a2",
    "2017-02-01",
    ("François Loncle", "TEMPTED_BY", "Emmanuel Macron"),
    ("Benoît Hamon", "INVITED_TO_RALLY", "Yannick Jadot"),
)


def test_loading_twice_changes_nothing(tmp_path):
    store = SQLiteStore(tmp_path / "g.db")
    first = store.write([FIRST, SECOND])
    before = store.counts()
    again = store.write([FIRST, SECOND])
    assert (first.articles_new, first.claims) == (2, 3)
    assert (again.articles_new, again.articles_unchanged, again.claims) == (0, 2, 0)
    assert (
        store.counts()
        == before
        == {
            "articles": 2,
            "persons": 5,
            "parties": 0,
            "claims": 3,
            "mentions": 3,
        }
    )


def test_claims_keep_their_provenance_and_filter_by_date():
    store = SQLiteStore(":memory:")
    store.write([FIRST, SECOND])
    (claim,) = store.claims(since="2017-01-01", until="2017-01-31")
    assert claim == FIRST.claims[0]
    assert [c.relation for c in store.claims(since="2017-02-01")] == [
        "INVITED_TO_RALLY",
        "TEMPTED_BY",
    ]


def test_a_bad_batch_is_rolled_back_whole(tmp_path):
    store = SQLiteStore(tmp_path / "g.db")
    store.write([FIRST])
    bad = extraction("a3", "2017-03-01", ("X Y", "ADMIRES", "Z W"))
    with pytest.raises(StoreError, match="unknown relation 'ADMIRES'"):
        store.write([SECOND, bad])
    assert store.counts()["articles"] == 1
    assert not store.has_article("a2")


def test_the_file_survives_a_reopen_and_records_its_schema_version(tmp_path):
    path = tmp_path / "g.db"
    with SQLiteStore(path) as store:
        store.write([FIRST])
    with open_store("local", path) as store:
        assert store.counts()["claims"] == 1
    version = sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0]
    assert version == len(MIGRATIONS)


def test_read_runs_sql_with_parameters_and_refuses_writes(tmp_path):
    store = SQLiteStore(tmp_path / "g.db")
    store.write([FIRST, SECOND])
    rows = store.read(
        "SELECT object FROM claims WHERE subject = :who ORDER BY object", {"who": "François Loncle"}
    )
    assert rows == [{"object": "Emmanuel Macron"}, {"object": "Manuel Valls"}]
    with pytest.raises(StoreError, match="readonly"):
        store.read("DELETE FROM claims")
    assert store.counts()["claims"] == 3


def test_a_file_that_is_not_a_database_gets_a_clear_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("this is not sqlite", encoding="utf-8")
    with pytest.raises(StoreError, match="notes.db: not an alliancegraph database"):
        SQLiteStore(path)


def test_unknown_store_kind_is_refused():
    with pytest.raises(StoreError, match="unknown store 'mongo'"):
        open_store("mongo")


def test_party_of_an_actor_is_the_latest_dated_one():
    store = SQLiteStore(":memory:")
    early = Extraction(
        Article("b1", "2016-01-01", "t", "x"),
        actors=[Actor("Anne Martin", "person", party="Parti socialiste")],
    )
    late = Extraction(
        Article("b2", "2017-06-01", "t", "y"),
        actors=[Actor("Anne Martin", "person", party="En Marche")],
    )
    store.write([late, early])
    assert store.actor_attributes()["Anne Martin"]["party"] == "En Marche"


def test_a_load_leaves_statistics_so_backs_but_eyes_seeks_its_evidence(tmp_path):
    """After a write the planner has statistics, and the flagship query's evidence is read by
    key seeks: no scan of a person's every claim, however prolific (the 1M-claim benchmark
    depends on this plan, so it is checked here without any timing)."""
    from alliancegraph.queries.library import get_query

    store = SQLiteStore(tmp_path / "g.db")
    store.write([FIRST, SECOND])
    assert store.db.execute("SELECT count(*) FROM sqlite_stat1").fetchone()[0] > 0
    params = {"backs": "Manuel Valls", "eyes": "Emmanuel Macron", "since": None, "until": None,
              "evidence": None, "limit": None, "offset": None}
    plan = [row[3] for row in store.db.execute(
        "EXPLAIN QUERY PLAN " + get_query("backs-but-eyes").sql, params)]
    assert not [step for step in plan if step.startswith("SCAN claims")], plan
    evidence = [step for step in plan if "(subject=? AND relation=? AND object=?)" in step]
    assert len(evidence) >= 2, plan  # the EXISTS test and the evidence seeks
