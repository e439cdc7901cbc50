"""``evidence=N``: at most N sentences per relation in each row, the earliest, on both stores.

On a large graph a hub's rows carry thousands of sentences; the cap keeps every answer backed
by its first sentences without shipping them all, and it is on by default
(:data:`~alliancegraph.queries.library.DEFAULT_EVIDENCE`, three; ``"all"`` lifts it). It must
change nothing but the lists: same rows, same order, each capped list exactly the uncapped one
with each relation cut after its N earliest sentences, and each row's ``evidence_total`` the
length of its uncapped list, so a reader knows how many sentences were left out. The dev graph
is echoed in three later articles so that every tie has four sentences, one more than the
default shows.
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
from alliancegraph.queries.library import DEFAULT_EVIDENCE

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
    return [*base, *(echoed(e, copy) for copy in (1, 2, 3) for e in base)]


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
            rows = run_query(store, name, params, evidence="all").rows
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


@pytest.mark.parametrize("cap", [1, DEFAULT_EVIDENCE])
def test_between_caps_each_rows_claims_per_relation_and_counts_them_all(stores, cap):
    """between lists claims, not sentences beside an answer, but between two hubs each of a
    hundred intermediaries has hundreds of them: the same cap applies to its ``claims``, each
    relation's earliest first, and ``claims_total`` counts the uncapped list."""
    cut_somewhere = False
    for params in CASES["between"]:
        answers = {}
        for store in stores:
            whole = run_query(store, "between", params, evidence="all").rows
            capped = run_query(store, "between", params, evidence=cap).rows
            assert [(r["hops"], r["via"]) for r in capped] == [(r["hops"], r["via"])
                                                                for r in whole]
            assert [r["claims"] for r in capped] == [cut(r["claims"], cap) for r in whole]
            assert [r["claims_total"] for r in capped] == [len(r["claims"]) for r in whole]
            cut_somewhere |= any(len(c["claims"]) < c["claims_total"] for c in capped)
            answers[store.name] = capped
        assert answers["neo4j"] == answers["local"], params
    assert cut_somewhere


def test_backs_but_eyes_keeps_both_sides_of_the_answer(stores):
    """Capped per relation, not per row: the support and the temptation both stay."""
    for store in stores:
        [row] = ask(store, "who backs Valls but eyes Macron", evidence=1).rows
        assert [(e["relation"], e["date"]) for e in row["evidence"]] == [
            ("SUPPORTS", "2017-01-29"), ("TEMPTED_BY", "2017-01-29"),
        ]


@pytest.mark.parametrize("name", CAPPED)
def test_by_default_three_sentences_and_the_total_of_the_uncapped_list(stores, name):
    cut_somewhere = False
    for params in CASES[name]:
        for store in stores:
            whole = run_query(store, name, params, evidence=None).rows
            assert run_query(store, name, params, evidence="all").rows == whole
            shown = run_query(store, name, params).rows
            assert shown == run_query(store, name, params, evidence=DEFAULT_EVIDENCE).rows
            assert [r["evidence"] for r in shown] == [
                cut(r["evidence"], DEFAULT_EVIDENCE) for r in whole
            ]
            assert [r["evidence_total"] for r in shown] == [len(r["evidence"]) for r in whole]
            cut_somewhere |= any(len(s["evidence"]) < s["evidence_total"] for s in shown)
    assert cut_somewhere, f"{name}: no row had more than {DEFAULT_EVIDENCE} sentences"


def test_the_total_counts_the_claims_inside_the_window(stores):
    """In a window the total is that of the window's claims, not of the tie's whole life."""
    for store in stores:
        inside = run_query(store, "supporters", {"of": "Hamon"}, since="2017-02-20",
                           until="2017-02-28", evidence="all").rows
        everywhere = {r["name"]: r["evidence_total"]
                      for r in run_query(store, "supporters", {"of": "Hamon"}).rows}
        assert [r["evidence_total"] for r in inside] == [len(r["evidence"]) for r in inside]
        assert all(r["evidence_total"] < everywhere[r["name"]] for r in inside) and inside


@pytest.mark.parametrize("bad", [0, -3, "two"])
def test_a_cap_below_one_or_not_a_number_is_refused(stores, bad):
    with pytest.raises(InvalidParameterError, match="evidence"):
        run_query(stores[0], "supporters", {"of": "Hamon"}, evidence=bad)


@pytest.mark.parametrize("page", [{}, {"limit": 2, "offset": 1}])
def test_every_sentence_is_read_in_parts_within_the_stores_budget(stores, monkeypatch, page):
    """``evidence="all"`` on Neo4j reads the page in runs of rows holding at most the store's
    budget of sentences (a hub's page held 110,546 and ran out of transaction memory): the rows
    are the embedded store's, and a row over the budget alone lists each relation's first
    ``budget`` sentences, its total telling how many there are."""
    embedded, neo4j = stores
    budget = 5
    monkeypatch.setattr(neo4j, "evidence_budget", budget)
    reads = []
    read = neo4j.read
    monkeypatch.setattr(neo4j, "read", lambda *a, **k: reads.append(a[1]) or read(*a, **k))
    over = False
    for name in [*CAPPED, "between"]:
        for params in CASES[name]:
            whole = run_query(embedded, name, params, evidence="all", **page).rows
            total = "claims_total" if name == "between" else "evidence_total"
            listed = "claims" if name == "between" else "evidence"
            expected = [{**r, listed: cut(r[listed], budget)} if r[total] > budget else r
                        for r in whole]
            assert run_query(neo4j, name, params, evidence="all", **page).rows == expected, (
                name, params)
            over |= any(r[total] > budget for r in whole)
    assert over, "no row held more sentences than the budget"
    assert any(v.get("limit") == 1 and v.get("evidence") == budget for v in reads)
