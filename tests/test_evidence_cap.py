"""``evidence=N``: at most N sentences per relation in each row, the earliest, on both stores.

On a large graph a hub's rows carry thousands of sentences; the cap keeps every answer backed
by its first sentences without shipping them all. It must change nothing but the lists: same
rows, same order, and each capped list is exactly the uncapped one with each relation cut after
its N earliest sentences. The dev graph is echoed in two later articles so that every tie has
several sentences to cut.
"""

from __future__ import annotations

import dataclasses
from collections import Counter

import pytest
from fixtures_graph import dev_extractions
from neo4j_support import NEO4J_URI, wipe_neo4j
from test_query_parity import CASES

from alliancegraph.graph.fractures import analyse
from alliancegraph.graph.neo4j_store import Neo4jStore
from alliancegraph.graph.sqlite_store import SQLiteStore
from alliancegraph.model import Extraction
from alliancegraph.queries import ask, get_query, named_queries, run_query
from alliancegraph.queries.errors import InvalidParameterError

pytestmark = pytest.mark.neo4j

CAPPED = [name for name in named_queries() if "evidence" in get_query(name).columns]


def echoed(extraction: Extraction, copy: int) -> Extraction:
    """The same claims reported again ``copy`` months later by another article."""
    year, month = int(extraction.article.date[:4]), int(extraction.article.date[5:7]) + copy
    date = f"{year + (month - 1) // 12}-{(month - 1) % 12 + 1:02d}{extraction.article.date[7:]}"
    article_id = f"{extraction.article.id}-echo{copy}"
    article = dataclasses.replace(extraction.article, id=article_id, date=date)
    claims = [dataclasses.replace(c, article=article_id, date=date) for c in extraction.claims]
    return Extraction(article=article, claims=claims, actors=list(extraction.actors))


def extractions() -> list[Extraction]:
    base = dev_extractions()
    return [*base, *(echoed(e, 1) for e in base), *(echoed(e, 2) for e in base)]


@pytest.fixture(scope="module")
def stores(neo4j_driver, tmp_path_factory):
    """(embedded, Neo4j) holding the echoed graph, camps written back for cross-camp-ties."""
    embedded = SQLiteStore(tmp_path_factory.mktemp("cap") / "g.db")
    embedded.write(extractions())
    wipe_neo4j(neo4j_driver)
    with Neo4jStore(uri=NEO4J_URI) as neo4j:
        neo4j.write(extractions())
        for store in (embedded, neo4j):
            analyse(store, write_back=True, monthly=False)
        yield embedded, neo4j
    wipe_neo4j(neo4j_driver)


def cut(evidence: list[dict], cap: int) -> list[dict]:
    """What the cap must give: each relation's first ``cap`` sentences of the full list."""
    seen: Counter = Counter()
    kept = []
    for item in evidence:
        seen[item.get("relation")] += 1
        if seen[item.get("relation")] <= cap:
            kept.append(item)
    return kept


def test_every_query_with_evidence_lists_takes_the_cap():
    assert CAPPED == ["backs-but-eyes", "supporters", "supported-by", "tempted", "rejecters",
                      "rejected-by", "invitations-made", "invitations-received",
                      "rejected-invitations", "spokespersons", "spoken-for", "members",
                      "defectors", "cross-camp-ties"]


@pytest.mark.parametrize("name", CAPPED)
@pytest.mark.parametrize("cap", [1, 2])
def test_the_cap_only_cuts_each_relations_later_sentences(stores, name, cap):
    cut_somewhere = False
    for params in CASES[name]:
        full = {}
        for store in stores:
            rows = run_query(store, name, params).rows
            capped = run_query(store, name, params, evidence=cap).rows
            assert [{**r, "evidence": None} for r in capped] == [
                {**r, "evidence": None} for r in rows
            ]
            assert [r["evidence"] for r in capped] == [cut(r["evidence"], cap) for r in rows]
            cut_somewhere |= any(len(c["evidence"]) < len(r["evidence"])
                                 for c, r in zip(capped, rows, strict=True))
            full[store.name] = capped
        assert full["neo4j"] == full["local"], (name, params)
    assert cut_somewhere, f"{name}: no row had more than {cap} sentence(s) per relation"


def test_backs_but_eyes_keeps_both_sides_of_the_answer(stores):
    """Capped per relation, not per row: the support and the temptation both stay."""
    for store in stores:
        [row] = ask(store, "who backs Valls but eyes Macron", evidence=1).rows
        assert [(e["relation"], e["date"]) for e in row["evidence"]] == [
            ("SUPPORTS", "2017-01-29"), ("TEMPTED_BY", "2017-01-29"),
        ]


@pytest.mark.parametrize("bad", [0, -3, "two"])
def test_a_cap_below_one_or_not_a_number_is_refused(stores, bad):
    with pytest.raises(InvalidParameterError, match="evidence"):
        run_query(stores[0], "supporters", {"of": "Hamon"}, evidence=bad)
