"""Web provenance in the exports: each copy's URL and outlet, and copies weighted once.

Five saved printings of one dispatch are loaded into each store, then exported: the aggregated
tie weighs 1 (one dispatch) while listing the five URLs; every per-claim edge carries its page's
URL and outlet; in RDF each copy is ``schema:isBasedOn`` its group's representative.
"""

from __future__ import annotations

import csv
from importlib.resources import files

import pyshacl
import pytest
from fixtures_web import OUTLETS, all_pages
from lxml import etree
from neo4j_support import NEO4J_URI, wipe_neo4j
from rdflib import Graph, Namespace

from alliancegraph.graph.exports import export
from alliancegraph.graph.neo4j_store import Neo4jStore
from alliancegraph.graph.sqlite_store import SQLiteStore
from alliancegraph.pipeline import load
from alliancegraph.web.view import View, ViewStore, graph_data

BASE = "https://www.example.org"
URLS = {f"{BASE}{path}" for path, *_ in OUTLETS}
SCHEMA = Namespace("http://schema.org/")
GEXF = "{http://gexf.net/1.3}"


@pytest.fixture(params=["local", "neo4j"])
def store(request, extractor, tmp_path):
    if request.param == "neo4j":
        wipe_neo4j(request.getfixturevalue("neo4j_driver"))
        graph = Neo4jStore(uri=NEO4J_URI)
    else:
        graph = SQLiteStore(":memory:")
    pages = all_pages(BASE)
    files = []
    for n, (path, *_) in enumerate(OUTLETS):
        files.append(tmp_path / f"page-{n}.html")
        files[-1].write_text(pages[path], encoding="utf-8")
    assert load(graph, files, extractor=extractor).copies == 4
    yield graph
    graph.close()


def delga_edges(path) -> list[dict[str, str]]:
    tree = etree.parse(str(path))
    keys = {a.get("id"): a.get("title") for a in tree.iter(f"{GEXF}attribute")}
    edges = []
    for edge in tree.iter(f"{GEXF}edge"):
        values = {keys[v.get("for")]: v.get("value") for v in edge.iter(f"{GEXF}attvalue")}
        if values.get("relation") == "SUPPORTS":
            edges.append({**values, "weight": edge.get("weight")})
    return edges


def test_an_aggregated_tie_weighs_its_dispatch_once_and_lists_every_copy(store, tmp_path):
    export(store, "gexf", tmp_path / "agg.gexf", aggregate=True)
    [edge] = delga_edges(tmp_path / "agg.gexf")
    assert edge["weight"] == "1"
    assert set(edge["url"].split()) == URLS
    assert edge["claims"] == "5"


def test_each_claim_edge_carries_its_page_url_and_outlet(store, tmp_path):
    export(store, "gexf", tmp_path / "claims.gexf", aggregate=False)
    edges = delga_edges(tmp_path / "claims.gexf")
    assert {e["url"] for e in edges} == URLS
    assert "Le Matin de l'Est" in {e["outlet"] for e in edges}
    export(store, "gexf", tmp_path / "ties.gexf")  # one edge per tie: every URL on it
    (tie,) = delga_edges(tmp_path / "ties.gexf")
    assert set(tie["url"].split()) == URLS
    export(store, "csv", tmp_path / "csv")
    with (tmp_path / "csv" / "relationships.csv").open(encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r[":TYPE"] == "SUPPORTS"]
    assert {r["url"] for r in rows} == URLS
    assert len({r["copy_of"] for r in rows}) == 1


def test_rdf_says_which_article_each_copy_is_based_on(store, tmp_path):
    export(store, "turtle", tmp_path / "g.ttl")
    graph = Graph().parse(tmp_path / "g.ttl")
    based = set(graph.subject_objects(SCHEMA.isBasedOn))
    assert len(based) == 4 and len({original for _, original in based}) == 1
    assert {str(o) for o in graph.objects(None, SCHEMA.publisher)} >= {"Infos Plus"}
    shapes = Graph().parse(files("alliancegraph.ontology").joinpath("shapes.ttl"))
    conforms, _, report = pyshacl.validate(graph, shacl_graph=shapes)
    assert conforms, report


def test_the_web_page_names_each_copy_by_its_publisher_not_its_host(store, tmp_path):
    edges = [e for e in graph_data(store)["edges"] if e["relation"] == "SUPPORTS"]
    outlets = {e["outlet"] for e in edges}
    assert "Le Matin de l'Est" in outlets
    assert "example.org" not in outlets  # every page says who published it
    only = ViewStore(store, View(outlets={"Le Matin de l'Est"}))
    assert [c.relation for c in only.claims() if c.relation == "SUPPORTS"] == ["SUPPORTS"]
