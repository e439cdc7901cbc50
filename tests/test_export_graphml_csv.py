"""GraphML read back by networkx, and CSV in the neo4j-admin import header format."""

from __future__ import annotations

import csv
import io

import networkx as nx
import pytest
from fixtures_exports import (
    CAMPS,
    TRICKY,
    actor_names,
    all_claims,
    fixture_extractions,
    make_store,
    peak_memory,
)
from lxml import etree
from neo4j_support import NEO4J_URI, wipe_neo4j

from alliancegraph.graph.exports.csv_export import (
    NODE_HEADER,
    RELATIONSHIP_HEADER,
    write_csv,
)
from alliancegraph.graph.exports.graphml import GRAPHML_NS, write_graphml


@pytest.fixture(scope="module")
def store():
    return make_store(camps=True)


def by_name(graph: nx.MultiDiGraph) -> dict[str, dict]:
    return {data["name"]: data for _, data in graph.nodes(data=True)}


def test_graphml_reads_back_with_networkx_with_typed_values(store, tmp_path):
    summary = write_graphml(store, tmp_path / "g.graphml")
    graph = nx.read_graphml(tmp_path / "g.graphml")
    assert isinstance(graph, nx.MultiDiGraph)  # parallel claims kept apart
    assert graph.number_of_nodes() == summary.nodes == len(actor_names())
    assert graph.number_of_edges() == summary.edges == len(all_claims())
    nodes = by_name(graph)
    hamon = nodes["Benoît Hamon"]
    assert hamon["kind"] == "person" and hamon["party"] == "Parti socialiste"
    assert hamon["camp"] == 1 and isinstance(hamon["degree"], int)
    assert hamon["supporters"] == 3
    assert hamon["color"] == "#E4007F"
    assert nodes["Parti socialiste"]["family"] == "left"
    confidences = [d["confidence"] for _, _, d in graph.edges(data=True)]
    assert all(isinstance(c, float) for c in confidences)


def test_graphml_edges_keep_evidence_escaping_and_direction(store, tmp_path):
    write_graphml(store, tmp_path / "g.graphml")
    graph = nx.read_graphml(tmp_path / "g.graphml")
    names = {n: d["name"] for n, d in graph.nodes(data=True)}
    found = [
        d for s, t, d in graph.edges(data=True)
        if names[s] == "Leïla Chaibi" and names[t] == "Benoît Hamon"
    ]
    assert [d["relation"] for d in found] == ["REJECTS"]
    assert found[0]["evidence"] == TRICKY
    assert found[0]["color"] == "#3C3C3C" and found[0]["sign"] == -1


def test_graphml_node_ids_are_valid_nmtokens(store, tmp_path):
    write_graphml(store, tmp_path / "g.graphml")
    graph = nx.read_graphml(tmp_path / "g.graphml")
    assert all(" " not in node for node in graph.nodes)


def test_graphml_aggregated_edges_are_weighted(store, tmp_path):
    summary = write_graphml(store, tmp_path / "g.graphml", aggregate=True)
    graph = nx.read_graphml(tmp_path / "g.graphml")
    names = {n: d["name"] for n, d in graph.nodes(data=True)}
    weights = {
        (names[s], d["relation"], names[t]): d["weight"] for s, t, d in graph.edges(data=True)
    }
    assert len(weights) == summary.edges
    assert weights[("Manuel Valls", "REJECTS", "Benoît Hamon")] == 2


def test_graphml_window_and_open_file(store):
    buffer = io.BytesIO()
    summary = write_graphml(store, buffer, since="2017-03-01")
    graph = nx.read_graphml(io.BytesIO(buffer.getvalue()))
    assert graph.number_of_edges() == summary.edges == 5


def read_rows(path) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def test_csv_headers_are_the_neo4j_admin_import_format(store, tmp_path):
    summary = write_csv(store, tmp_path / "csv")
    nodes = read_rows(tmp_path / "csv" / "nodes.csv")
    relationships = read_rows(tmp_path / "csv" / "relationships.csv")
    assert nodes[0] == NODE_HEADER
    assert nodes[0][:2] == ["name:ID(Actor)", ":LABEL"] and "camp:int" in nodes[0]
    assert relationships[0] == RELATIONSHIP_HEADER
    assert relationships[0][:3] == [":START_ID(Actor)", ":END_ID(Actor)", ":TYPE"]
    assert "confidence:float" in relationships[0]
    assert summary.nodes == len(nodes) - 1 == len(actor_names())
    assert summary.edges == len(relationships) - 1 == len(all_claims())


def test_csv_labels_types_and_ids_are_consistent(store, tmp_path):
    write_csv(store, tmp_path)
    nodes = read_rows(tmp_path / "nodes.csv")
    header = nodes[0]
    rows = {r[0]: dict(zip(header, r, strict=True)) for r in nodes[1:]}
    assert rows["Leïla Chaibi"][":LABEL"] == "Actor;Person"
    assert rows["La France insoumise"][":LABEL"] == "Actor;Party"
    assert rows["Benoît Hamon"]["camp:int"] == "1"
    relationships = read_rows(tmp_path / "relationships.csv")
    for row in relationships[1:]:
        assert row[0] in rows and row[1] in rows  # every end is a node
        assert row[2] in {"SUPPORTS", "REJECTS", "INVITED_TO_RALLY", "TEMPTED_BY",
                          "MEMBER_OF", "SPOKESPERSON_OF"}
        assert 0.0 <= float(row[7]) <= 1.0


def test_csv_quotes_evidence_sentences(store, tmp_path):
    write_csv(store, tmp_path)
    raw = (tmp_path / "relationships.csv").read_text(encoding="utf-8")
    assert '""blanc bonnet""' in raw  # a quote inside a field is doubled
    rows = read_rows(tmp_path / "relationships.csv")
    header = rows[0]
    evidence = [dict(zip(header, r, strict=True)) for r in rows[1:]]
    start = ":START_ID(Actor)"
    tricky = [r for r in evidence if r[start] == "Leïla Chaibi" and r[":TYPE"] == "REJECTS"]
    assert tricky[0]["evidence"] == TRICKY
    assert all("\n" not in r["evidence"] for r in evidence)
    group = [r for r in evidence if r["group"]]
    assert [(g[start], g["group"]) for g in group] == [("Parti socialiste", "certains au PS")]


def test_csv_has_the_articles_and_mentions_a_load_makes(store, tmp_path):
    write_csv(store, tmp_path)
    articles = read_rows(tmp_path / "articles.csv")
    assert articles[0][:2] == ["id:ID(Article)", ":LABEL"]
    ids = {row[0] for row in articles[1:]}
    assert ids == {info.id for info in store.articles()}
    assert {row[1] for row in articles[1:]} == {"Article"}
    mentions = read_rows(tmp_path / "mentions.csv")
    assert mentions[0] == [":START_ID(Article)", ":END_ID(Actor)", ":TYPE"]
    assert sorted(tuple(r[:2]) for r in mentions[1:]) == sorted(store.mentions())
    assert len(mentions) - 1 == store.counts()["mentions"] > 0
    assert {c.article for c in all_claims()} <= ids  # every claim's article is a node


def test_csv_window_writes_only_referenced_actors(store, tmp_path):
    summary = write_csv(store, tmp_path, since="2017-03-01")
    names = {r[0] for r in read_rows(tmp_path / "nodes.csv")[1:]}
    assert names == {"Manuel Valls", "Emmanuel Macron", "Benoît Hamon", "Mathieu Hanotin",
                     "François Loncle"}
    assert summary.edges == 5


def test_graphml_memory_does_not_grow_with_the_number_of_claims():
    small = peak_memory(write_graphml, 500)
    large = peak_memory(write_graphml, 4_000)
    assert large < small * 2 + 200_000, (small, large)


def test_csv_memory_does_not_grow_with_the_number_of_claims(tmp_path):
    def export(store, _sink):
        write_csv(store, tmp_path)

    small = peak_memory(export, 500)
    large = peak_memory(export, 4_000)
    assert large < small * 2 + 200_000, (small, large)


# -- any Store: the Neo4j store exports exactly what the embedded store does ----------------------

@pytest.fixture(scope="module")
def neo4j_store(neo4j_driver):
    """The fixture written into the Neo4j server ``make test`` starts (wiped first)."""
    from alliancegraph.graph.neo4j_store import Neo4jStore

    wipe_neo4j(neo4j_driver)
    store = Neo4jStore(uri=NEO4J_URI)
    store.write(fixture_extractions())
    store.set_camps(CAMPS)
    yield store
    store.close()


def canonical_gexf(path) -> tuple[dict, list]:
    """Nodes by id and the sorted edges, without the edge ids (which follow claim order)."""
    from lxml import etree

    from alliancegraph.graph.exports.gexf import GEXF_NS

    def plain(element) -> tuple:
        values = tuple(sorted((a.get("for"), a.get("value"))
                              for a in element.iter(f"{{{GEXF_NS}}}attvalue")))
        viz = tuple(sorted((c.tag, tuple(sorted(c.attrib.items()))) for c in element
                           if not c.tag.startswith(f"{{{GEXF_NS}}}")))
        attrs = tuple(sorted((k, v) for k, v in element.attrib.items() if k != "id"))
        return attrs, values, viz

    doc = etree.parse(str(path))
    nodes = {n.get("id"): plain(n) for n in doc.iter(f"{{{GEXF_NS}}}node")}
    edges = sorted(plain(e) for e in doc.iter(f"{{{GEXF_NS}}}edge"))
    return nodes, edges


@pytest.mark.neo4j
@pytest.mark.parametrize("options", [{}, {"aggregate": True, "dynamic": True},
                                     {"since": "2017-01-29", "until": "2017-02-28"}])
def test_neo4j_store_gexf_equals_the_embedded_stores(neo4j_store, store, tmp_path, options):
    from alliancegraph.graph.exports.gexf import write_gexf

    write_gexf(store, tmp_path / "sqlite.gexf", **options)
    write_gexf(neo4j_store, tmp_path / "neo4j.gexf", **options)
    assert canonical_gexf(tmp_path / "neo4j.gexf") == canonical_gexf(tmp_path / "sqlite.gexf")


@pytest.mark.neo4j
def test_neo4j_store_csv_and_graphml_equal_the_embedded_stores(neo4j_store, store, tmp_path):
    write_csv(store, tmp_path / "sqlite")
    write_csv(neo4j_store, tmp_path / "neo4j")
    for name in ("nodes.csv", "relationships.csv"):
        assert sorted(read_rows(tmp_path / "neo4j" / name)) == sorted(
            read_rows(tmp_path / "sqlite" / name)), name
    write_graphml(store, tmp_path / "sqlite.graphml", aggregate=True)
    write_graphml(neo4j_store, tmp_path / "neo4j.graphml", aggregate=True)
    assert (tmp_path / "neo4j.graphml").read_bytes() == (tmp_path / "sqlite.graphml").read_bytes()


@pytest.mark.neo4j
def test_neo4j_store_rdf_is_the_same_graph(neo4j_store, store, tmp_path):
    from rdflib import Graph
    from rdflib.compare import isomorphic

    from alliancegraph.graph.exports.rdf import write_rdf

    write_rdf(store, tmp_path / "sqlite.ttl")
    write_rdf(neo4j_store, tmp_path / "neo4j.ttl")
    assert isomorphic(Graph().parse(tmp_path / "neo4j.ttl"), Graph().parse(tmp_path / "sqlite.ttl"))


def test_graphml_is_plain_by_default_every_key_typed_with_a_label(store, tmp_path):
    """graph-tool and JGraphT refuse untyped keys and yEd's ``yfiles.type``: neither by default."""
    write_graphml(store, tmp_path / "g.graphml")
    raw = (tmp_path / "g.graphml").read_text(encoding="utf-8")
    assert "yfiles" not in raw and "yworks" not in raw
    root = etree.fromstring(raw.encode("utf-8"))
    keys = root.findall(f"{{{GRAPHML_NS}}}key")
    assert keys and all(k.get("attr.type") for k in keys)
    graph = nx.read_graphml(tmp_path / "g.graphml")
    assert {d["label"] for _, d in graph.nodes(data=True)} == set(actor_names())
    assert {d["label"] for _, _, d in graph.edges(data=True)} <= {c.relation for c in all_claims()}


def test_graphml_for_yed_adds_its_graphics(store, tmp_path):
    write_graphml(store, tmp_path / "y.graphml", yed=True)
    raw = (tmp_path / "y.graphml").read_text(encoding="utf-8")
    assert 'yfiles.type="nodegraphics"' in raw and "<y:ShapeNode>" in raw
    graph = nx.read_graphml(tmp_path / "y.graphml")  # still GraphML for networkx
    assert graph.number_of_nodes() == len(actor_names())
