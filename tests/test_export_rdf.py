"""RDF through the ontology: Turtle and JSON-LD agree, SHACL shapes hold, SPARQL answers match."""

from __future__ import annotations

import io
from pathlib import Path

import pyshacl
import pytest
from fixtures_exports import TRICKY, actor_names, all_claims, make_store, peak_memory
from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib import namespace as rdfns
from rdflib.collection import Collection
from rdflib.compare import isomorphic

from alliancegraph.graph.exports.rdf import ACTOR, AG, DCTERMS, ORG, PROV, SCHEMA, write_rdf
from alliancegraph.ontology import ontology_graph, relation_names

SHAPES = Path(__file__).resolve().parents[1] / "alliancegraph" / "ontology" / "shapes.ttl"
SH = Namespace("http://www.w3.org/ns/shacl#")
# rdfns.XSD, not a module-level XSD: pytest's collection probes module globals, and rdflib's
# XSD namespace warns on every unknown attribute it is asked for.


@pytest.fixture(scope="module")
def store():
    return make_store(camps=True)


@pytest.fixture(scope="module")
def turtle(store) -> str:
    buffer = io.StringIO()
    write_rdf(store, buffer, format="turtle")
    return buffer.getvalue()


@pytest.fixture(scope="module")
def graph(turtle) -> Graph:
    return Graph().parse(data=turtle, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES, format="turtle")


def validate(graph: Graph, shapes: Graph) -> tuple[bool, str]:
    conforms, _, text = pyshacl.validate(graph, shacl_graph=shapes)
    return conforms, text


def copy(graph: Graph) -> Graph:
    clone = Graph()
    for triple in graph:
        clone.add(triple)
    return clone


def a_claim(graph: Graph, subject: str, relation: str) -> URIRef:
    for claim in graph.subjects(RDF.type, AG.Claim):
        if (graph.value(claim, AG.subject) == ACTOR[subject]
                and graph.value(claim, AG.relation) == AG[relation]):
            return claim
    raise AssertionError(f"no {relation} claim by {subject}")


def test_turtle_export_conforms_to_the_shapes(graph, shapes):
    conforms, report = validate(graph, shapes)
    assert conforms, report


@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
def test_json_ld_export_is_the_same_graph(store, graph, shapes, tmp_path):
    summary = write_rdf(store, tmp_path / "g.jsonld", format="json-ld")
    parsed = Graph().parse(tmp_path / "g.jsonld", format="json-ld")
    assert isomorphic(parsed, graph)
    assert summary.edges == len(all_claims())


def test_every_claim_is_reified_with_its_direct_triple(graph):
    claims = list(graph.subjects(RDF.type, AG.Claim))
    assert len(claims) == len(all_claims())
    for claim in claims:
        s, r, o = (graph.value(claim, p) for p in (AG.subject, AG.relation, AG.object))
        assert (s, r, o) in graph


def test_claim_properties_and_provenance(graph):
    claim = a_claim(graph, "leila-chaibi", "REJECTS")
    assert graph.value(claim, AG.evidence) == Literal(TRICKY, lang="fr")
    assert graph.value(claim, AG.object) == ACTOR["benoit-hamon"]
    confidence = graph.value(claim, AG.confidence)
    assert confidence.datatype == rdfns.XSD.decimal and float(confidence) == 0.74
    assert graph.value(claim, DCTERMS.date) == Literal("2017-01-29", datatype=rdfns.XSD.date)
    article = graph.value(claim, PROV.wasDerivedFrom)
    assert (article, RDF.type, AG.Article) in graph
    assert str(graph.value(article, DCTERMS.title)).startswith("Benoît Hamon remporte")
    assert graph.value(article, SCHEMA.url) == Literal(
        "https://example.org/2017/01/29/hamon", datatype=rdfns.XSD.anyURI
    )
    month = a_claim(graph, "yannick-jadot", "SUPPORTS")
    assert graph.value(month, DCTERMS.date) == Literal("2017-02", datatype=rdfns.XSD.gYearMonth)
    group = a_claim(graph, "parti-socialiste", "TEMPTED_BY")
    assert graph.value(group, AG.group) == Literal("certains au PS", lang="fr")


def test_actors_are_typed_labelled_and_members_of_their_party(graph):
    melenchon = ACTOR["jean-luc-melenchon"]
    assert (melenchon, RDF.type, AG.Person) in graph
    assert graph.value(melenchon, RDFS.label) == Literal("Jean-Luc Mélenchon")
    assert graph.value(melenchon, ORG.memberOf) == ACTOR["la-france-insoumise"]
    party = ACTOR["europe-ecologie-les-verts"]
    assert (party, RDF.type, AG.Party) in graph
    assert graph.value(party, RDFS.label) == Literal("Europe Écologie Les Verts")
    assert graph.value(party, AG.family) == Literal("green")  # the political family
    hamon = ACTOR["benoit-hamon"]  # and the camp of the fracture analysis, persons too
    assert graph.value(hamon, AG.camp) == Literal(1, datatype=rdfns.XSD.integer)
    labels = {str(graph.value(a, RDFS.label)) for a in graph.subjects(RDF.type, AG.Actor)}
    assert labels == actor_names()


def test_the_ontology_travels_with_the_data(graph):
    """Relation labels without merging the ontology by hand."""
    assert graph.value(AG.SUPPORTS, RDFS.label, any=True) is not None
    labels = {str(x) for x in graph.objects(AG.SUPPORTS, RDFS.label)}
    assert "soutient" in labels


def test_every_ontology_term_used_is_defined_in_the_ontology(graph):
    defined = set(ontology_graph().subjects())
    used = {t for triple in graph for t in triple
            if isinstance(t, URIRef) and str(t).startswith(str(AG))}
    assert used <= defined, used - defined


def test_shapes_list_exactly_the_ontology_relations(shapes):
    (node,) = list(shapes.objects(None, SH["in"]))
    listed = [str(term).removeprefix(str(AG)) for term in Collection(shapes, node)]
    assert tuple(listed) == relation_names()


def _drop_evidence(g, c):
    g.remove((c, AG.evidence, None))
    return c


def _bad_confidence(g, c):
    g.set((c, AG.confidence, Literal("1.5", datatype=rdfns.XSD.decimal)))
    return c


def _seventh_relation(g, c):
    g.set((c, AG.relation, AG.LIKES))
    return c


def _two_subjects(g, c):
    g.add((c, AG.subject, ACTOR["manuel-valls"]))
    return c


def _no_date(g, c):
    g.remove((c, DCTERMS.date, None))
    return c


def _no_article(g, c):
    g.remove((g.value(c, PROV.wasDerivedFrom), RDF.type, AG.Article))
    return c


def _no_direct_triple(g, c):
    g.remove((g.value(c, AG.subject), g.value(c, AG.relation), g.value(c, AG.object)))
    return c


def _nameless_person(g, c):
    person = g.value(c, AG.subject)
    g.remove((person, RDFS.label, None))
    return person


@pytest.mark.parametrize("breakage, message", [
    (_drop_evidence, "evidence sentence"),
    (_bad_confidence, "confidence"),
    (_seventh_relation, "one of the six"),
    (_two_subjects, "exactly one subject"),
    (_no_date, "exactly one date"),
    (_no_article, "read in exactly one article"),
    (_no_direct_triple, "direct triple"),
    (_nameless_person, "A person has a name"),
])
def test_a_broken_graph_fails_validation(graph, shapes, breakage, message):
    broken = copy(graph)
    focus = breakage(broken, a_claim(broken, "leila-chaibi", "REJECTS"))
    conforms, results, _ = pyshacl.validate(broken, shacl_graph=shapes)
    assert not conforms
    found = {
        (results.value(r, SH.focusNode), str(results.value(r, SH.resultMessage)))
        for r in results.subjects(RDF.type, SH.ValidationResult)
    }
    assert any(node == focus and message in text for node, text in found), found


BACKS_BUT_EYES = """
PREFIX ag: <http://alliancegraph.org/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?name WHERE {
    ?person a ag:Person ; rdfs:label ?name ;
            ag:SUPPORTS ?backed ; ag:TEMPTED_BY ?eyed .
    ?backed rdfs:label ?backs .
    ?eyed rdfs:label ?eyes .
} ORDER BY ?name
"""


def backs_but_eyes_direct(backs: str, eyes: str) -> list[str]:
    """The same question answered straight from the claims, without RDF."""
    persons = {c.subject for c in all_claims() if c.subject_kind == "person"}
    supports = {c.subject for c in all_claims() if (c.relation, c.object) == ("SUPPORTS", backs)}
    tempted = {c.subject for c in all_claims() if (c.relation, c.object) == ("TEMPTED_BY", eyes)}
    return sorted(persons & supports & tempted)


@pytest.mark.parametrize("backs, eyes", [
    ("Manuel Valls", "Emmanuel Macron"),
    ("Benoît Hamon", "Emmanuel Macron"),
])
def test_backs_but_eyes_in_sparql_matches_the_claims(graph, backs, eyes):
    rows = graph.query(
        BACKS_BUT_EYES, initBindings={"backs": Literal(backs), "eyes": Literal(eyes)}
    )
    assert [str(row.name) for row in rows] == backs_but_eyes_direct(backs, eyes)


def test_backs_but_eyes_finds_the_persons_and_not_the_group_claim(graph):
    rows = graph.query(BACKS_BUT_EYES, initBindings={
        "backs": Literal("Manuel Valls"), "eyes": Literal("Emmanuel Macron")})
    assert [str(row.name) for row in rows] == ["François Loncle", "Laurence Rossignol"]


def test_backs_but_eyes_in_sparql_matches_the_named_query_library(store, graph):
    """The teammates' SQL query (alliancegraph.queries) and our SPARQL give the same persons."""
    from alliancegraph.queries import run_query

    backed = sorted({c.object for c in all_claims() if c.relation == "SUPPORTS"})
    eyed = sorted({c.object for c in all_claims() if c.relation == "TEMPTED_BY"})
    for backs in backed:
        for eyes in eyed:
            expected = [row["name"] for row in
                        run_query(store, "backs-but-eyes", {"backs": backs, "eyes": eyes}).rows]
            rows = graph.query(BACKS_BUT_EYES, initBindings={
                "backs": Literal(backs), "eyes": Literal(eyes)})
            assert [str(row.name) for row in rows] == expected, (backs, eyes)


def test_window_keeps_only_referenced_actors_and_articles_and_still_conforms(store, shapes):
    buffer = io.StringIO()
    summary = write_rdf(store, buffer, since="2017-03-01")
    graph = Graph().parse(data=buffer.getvalue(), format="turtle")
    assert summary.edges == len(list(graph.subjects(RDF.type, AG.Claim))) == 5
    assert len(list(graph.subjects(RDF.type, AG.Article))) == 1
    conforms, report = validate(graph, shapes)
    assert conforms, report


def test_rdf_memory_does_not_grow_with_the_number_of_claims():
    small = peak_memory(write_rdf, 500)
    large = peak_memory(write_rdf, 4_000)
    assert large < small * 2 + 200_000, (small, large)
