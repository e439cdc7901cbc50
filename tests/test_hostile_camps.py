"""Camps are derived data: after a load they describe an older graph, and every reader says so
(the query refuses, exports and the page say it) until ``fractures`` runs again. Both stores."""

from __future__ import annotations

import pytest
from fixtures_graph import dev_extractions
from neo4j_support import NEO4J_URI, wipe_neo4j
from typer.testing import CliRunner

from alliancegraph.cli import app
from alliancegraph.graph.exports.picture import build_picture
from alliancegraph.graph.fractures import analyse
from alliancegraph.graph.neo4j_store import Neo4jStore
from alliancegraph.graph.sqlite_store import SQLiteStore
from alliancegraph.queries import QueryError, run_query


@pytest.fixture(params=["local", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request, tmp_path):
    if request.param == "local":
        with SQLiteStore(tmp_path / "g.db") as opened:
            yield opened
    else:
        wipe_neo4j(request.getfixturevalue("neo4j_driver"))
        with Neo4jStore(uri=NEO4J_URI) as opened:
            yield opened


def test_camps_go_stale_when_articles_are_loaded_and_fresh_after_fractures(store):
    *first, last = dev_extractions()
    store.write(first)
    assert store.stale_camps() == 0  # no camps yet: nothing to be stale
    analyse(store, write_back=True)
    assert store.stale_camps() == 0
    assert run_query(store, "cross-camp-ties").rows is not None

    store.write([last])
    assert store.stale_camps() == 1
    with pytest.raises(QueryError, match=r"^the camps are stale: 1 article\(s\) loaded since"):
        run_query(store, "cross-camp-ties")
    assert "camps stale: 1 article(s) loaded since" in build_picture(store).title()

    analyse(store, write_back=True)
    assert store.stale_camps() == 0
    run_query(store, "cross-camp-ties")
    assert "stale" not in build_picture(store).title()


def test_export_says_when_its_camps_are_stale(tmp_path):
    db = tmp_path / "g.db"
    *first, last = dev_extractions()
    with SQLiteStore(db) as store:
        store.write(first)
        analyse(store, write_back=True)
        store.write([last])
    result = CliRunner().invoke(app, ["export", "--db", str(db), "--out", str(tmp_path / "g.gexf")])
    assert result.exit_code == 0, result.output
    assert result.stderr.strip().splitlines()[-1] == (
        "Note: the camps in this output are stale: 1 article(s) loaded since "
        "`alliancegraph fractures` wrote them; run it again to refresh them"
    )
