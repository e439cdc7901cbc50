"""The exports as their real consumers read them: Gephi, JGraphT, graph-tool and Jena.

These run the same checkers as ``make interop`` (``tools/interop/check.py``) on the export
fixture (quotes, ``& < >`` and accents in names and sentences), in one JVM, in seconds. The
whole check (a corpus loaded with spaCy, ``neo4j-admin`` import served by the launcher, every
export and every consumer) takes several minutes and stays ``make interop``. Nothing is
mocked and nothing skips: without the Java build (``tools/interop``, Maven) or Debian's
``python3-graph-tool`` the tests fail and say what to install; ``make test`` installs both.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest
from fixtures_exports import make_store

from alliancegraph.graph.exports import export

pytestmark = pytest.mark.interop

TOOL = Path(__file__).resolve().parents[1] / "tools" / "interop"
UNSET = {"aggregate": None, "dynamic": False, "hold_days": None, "yed": False}
FILES = {
    "gexf": ("tie.gexf", {}),
    "gexf-claim": ("claim.gexf", {"aggregate": False}),
    "gexf-dynamic": ("dynamic.gexf", {"dynamic": True}),
    "graphml": ("plain.graphml", {}),
    "graphml-yed": ("yed.graphml", {"yed": True}),
    "turtle": ("graph.ttl", {}),
    "jsonld": ("graph.jsonld", {}),
}


def _load_checker():
    spec = importlib.util.spec_from_file_location("interop_check", TOOL / "check.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while building
    spec.loader.exec_module(module)
    return module


check = _load_checker()


@pytest.fixture(scope="module")
def built():
    classes = TOOL / "target" / "classes" / "alliancegraph" / "interop" / "Check.class"
    assert classes.is_file(), "the Java consumers are not built: `make interop` or " \
        "`cd tools/interop && mvn -q -B package`"
    assert shutil.which("java"), "java not found on PATH"


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    """The fixture store, its facts, and every file a consumer opens, exported as the CLI does."""
    store = make_store(camps=True)
    folder = tmp_path_factory.mktemp("interop")
    exports = {}
    for name, (file, options) in FILES.items():
        fmt = name.split("-")[0]
        summary = export(store, fmt, folder / file, **{**UNSET, **options})
        exports[name] = check.Export(name, folder / file, summary.nodes, summary.edges)
    return exports, check.facts_of(store), folder


@pytest.fixture(scope="module")
def java(built, graph):
    """Every Java consumer's report, from one JVM: {(export, consumer[, mode]): report}."""
    exports, _, folder = graph
    query = folder / "backs-but-eyes.rq"
    query.write_text(check.sparql_query(check.BACKS, check.EYES), encoding="utf-8")
    jobs = {}
    for name in ("gexf", "gexf-claim", "gexf-dynamic"):
        for mode in ("merge", "no-merge"):
            jobs[(name, "gephi", mode)] = ["gephi", str(exports[name].path), mode]
    for name in ("graphml", "graphml-yed"):
        jobs[(name, "gephi", "no-merge")] = ["gephi", str(exports[name].path), "no-merge"]
        jobs[(name, "jgrapht")] = ["jgrapht", str(exports[name].path)]
    for name in ("turtle", "jsonld"):
        jobs[(name, "validate")] = ["jena-validate", str(exports[name].path)]
        jobs[(name, "shacl")] = ["jena-shacl", str(check.SHAPES), str(exports[name].path)]
    jobs[("turtle", "sparql")] = ["jena-sparql", str(exports["turtle"].path), str(query)]
    return dict(zip(jobs, check.java_batch(list(jobs.values())), strict=True))


def test_gephi_default_import_keeps_every_claim_of_the_default_gexf(graph, java):
    exports, facts, _ = graph
    report = java[("gexf", "gephi", "merge")]
    check.check_gephi_gexf(exports["gexf"], facts, report, merge=True)
    assert report["edges"] == facts.ties
    kept = sum(int(e["attributes"]["claims"]) for e in report["edge_list"])
    assert kept == facts.claims


def test_gephi_merges_per_claim_edges_unless_told_not_to(graph, java):
    exports, facts, _ = graph
    assert java[("gexf-claim", "gephi", "merge")]["edges"] == facts.ties < facts.claims
    assert java[("gexf-claim", "gephi", "no-merge")]["edges"] == facts.claims
    check.check_gephi_gexf(exports["gexf-claim"], facts, java[("gexf-claim", "gephi", "no-merge")],
                           merge=False)


def test_gephi_sees_the_dynamic_gexf_as_a_timeline_whose_spells_end(graph, java):
    exports, facts, _ = graph
    for mode in ("merge", "no-merge"):
        report = java[("gexf-dynamic", "gephi", mode)]
        note = check.check_gephi_gexf(exports["gexf-dynamic"], facts, report, mode == "merge")
        assert report["dynamic"] and note.startswith(f"timeline {facts.first_date[:10]} to ")


def test_gephi_labels_graphml_nodes_by_name(graph, java):
    exports, facts, _ = graph
    for name in ("graphml", "graphml-yed"):
        check.check_gephi_graphml(exports[name], facts, java[(name, "gephi", "no-merge")])


def test_jgrapht_schema_check_accepts_the_plain_graphml_and_refuses_the_yed_one(graph, java):
    exports, facts, _ = graph
    assert check.check_jgrapht(exports["graphml"], facts, java[("graphml", "jgrapht")]) \
        == "schema-valid"
    refusal = java[("graphml-yed", "jgrapht")]["error"]
    assert "yfiles.type" in refusal and "is not allowed to appear in element 'key'" in refusal


def test_graph_tool_reads_the_plain_graphml_and_refuses_the_yed_one(graph):
    exports, facts, _ = graph
    assert Path(check.SYSTEM_PYTHON).exists(), "no /usr/bin/python3 for graph-tool"
    assert check.check_graph_tool(exports["graphml"], facts).startswith("graph-tool ")
    assert 'unrecognized type "" for key' in check.check_graph_tool(exports["graphml-yed"], facts)


def test_jena_parses_both_rdf_files_strictly_and_finds_them_conform_to_the_shapes(java):
    for name in ("turtle", "jsonld"):
        check.check_jena_validate(java[(name, "validate")])
        check.check_jena_shacl(java[(name, "shacl")])


def test_sparql_over_tdb2_answers_backs_but_eyes_as_the_named_query(graph, java):
    _, facts, _ = graph
    assert facts.backs_but_eyes, "the fixture has persons backing Valls while eyeing Macron"
    check.check_sparql(facts, java[("turtle", "sparql")])


def test_a_judge_fails_when_a_consumer_disagrees(graph, java):
    exports, facts, _ = graph
    fewer = {**java[("gexf", "gephi", "merge")], "edges": facts.ties - 1}
    with pytest.raises(check.Problem, match="the export wrote"):
        check.check_gephi_gexf(exports["gexf"], facts, fewer, merge=True)
    with pytest.raises(check.Problem, match="accepted the yEd file"):
        check.check_jgrapht(exports["graphml-yed"], facts, java[("graphml", "jgrapht")])
