"""Open every export of a real graph in the real tools it is made for, and say what each got.

Loads a corpus into a fresh embedded store with ``alliancegraph load``, runs ``fractures`` so
camps exist, writes every export with ``alliancegraph export`` (as a user would), then runs the
consumers and prints one line per (export, consumer): ``OK``, ``FAIL`` with the consumer's own
message, or ``N/A`` where the tool reads no such format. Exit status 1 when a line fails.

Consumers: the Gephi toolkit 0.10.1 (default import settings and ``NO_MERGE``), JGraphT 1.5
(GraphML schema validation on), Apache Jena 5.6 (strict parse, SHACL, SPARQL over TDB2) from
``tools/interop`` (Maven); graph-tool (Debian's ``python3-graph-tool``, run by the system
``/usr/bin/python3``); ``neo4j-admin database import full`` from the launcher's jars, served by
``alliancegraph neo4j start`` and compared with the graph ``load --store neo4j`` makes;
pyshacl, rdflib, networkx and python-igraph in this interpreter. Nothing is mocked: a consumer
that is missing is a failure, not a skip.

Run it with ``make interop``, or::

    .venv/bin/python tools/interop/check.py --corpus ../shared/corpus --port 7709

``--format json`` prints the lines as JSON Lines; ``--keep DIR`` leaves the exports there.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TOOL = Path(__file__).resolve().parent
CLI = str(Path(sys.executable).with_name("alliancegraph"))
SHAPES = ROOT / "alliancegraph" / "ontology" / "shapes.ttl"
NEO4J_LIB = ROOT / "tools" / "neo4j-server" / "target" / "lib"
SYSTEM_PYTHON = "/usr/bin/python3"
JAVA_FLAGS = ["-Xms256m", "-Xmx1g", "-Djava.awt.headless=true"]
# The question the README answers: who backs Valls but eyes Macron.
BACKS, EYES = "Manuel Valls", "Emmanuel Macron"
SUMMARY = re.compile(r"\((\d+) nodes, (\d+) edges")
GENERATED_ID = re.compile(r"^n\d+$")


@dataclass
class Line:
    """One (export, consumer) verdict; ``status`` is OK, FAIL or N/A."""

    export: str
    consumer: str
    status: str
    detail: str = ""

    def __str__(self) -> str:
        text = f"{self.export:<13} {self.consumer:<24} {self.status}"
        return text + (f"  {self.detail}" if self.detail else "")


@dataclass
class Export:
    """A file (or folder) written by ``alliancegraph export`` and the counts it announced."""

    name: str
    path: Path
    nodes: int
    edges: int


@dataclass
class Facts:
    """What the store holds, read through the library, to compare the consumers with."""

    names: set[str]
    claims: int
    ties: int
    first_date: str
    parties: set[str]
    backs_but_eyes: list[dict] = field(default_factory=list)


class Problem(Exception):
    """A consumer's answer differs from the export: the message is the line's detail."""


# ------------------------------------------------------------------------------- preparing


def run(cmd: list[str], env: dict | None = None, timeout: float = 600,
        ) -> subprocess.CompletedProcess:
    """Run a command, text in and out; raise with its stderr's last line when it fails."""
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=timeout,
                          stdin=subprocess.DEVNULL)
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or proc.stdout.strip().splitlines() or ["?"])[-1]
        raise Problem(f"{Path(cmd[0]).name} {' '.join(cmd[1:3])} exited {proc.returncode}: {last}")
    return proc


EXPORTS: dict[str, tuple[str, list[str]]] = {
    "gexf": ("tie.gexf", ["--format", "gexf"]),
    "gexf-claim": ("claim.gexf", ["--format", "gexf", "--per-claim"]),
    "gexf-dynamic": ("dynamic.gexf", ["--format", "gexf", "--dynamic"]),
    "graphml": ("plain.graphml", ["--format", "graphml"]),
    "graphml-yed": ("yed.graphml", ["--format", "graphml", "--yed"]),
    "csv": ("csv", ["--format", "csv"]),
    "turtle": ("graph.ttl", ["--format", "turtle"]),
    "jsonld": ("graph.jsonld", ["--format", "jsonld"]),
    "grass": ("style.grass", ["--format", "grass"]),
}


def prepare(corpus: Path, work: Path) -> tuple[dict[str, Export], Facts]:
    """Load, find the camps, write every export; read the facts the checks compare with."""
    db = work / "graph.db"
    run([CLI, "load", str(corpus), "--db", str(db)])
    run([CLI, "fractures", "--db", str(db)])
    exports = {}
    for name, (file, options) in EXPORTS.items():
        path = work / file
        proc = run([CLI, "export", *options, "--out", str(path), "--db", str(db)])
        found = SUMMARY.search(proc.stderr)
        nodes, edges = (int(found[1]), int(found[2])) if found else (0, 0)
        exports[name] = Export(name, path, nodes, edges)
    return exports, read_facts(db)


def read_facts(db: Path) -> Facts:
    from alliancegraph.graph.store import open_store

    store = open_store("local", db)
    try:
        return facts_of(store)
    finally:
        store.close()


def facts_of(store) -> Facts:
    """What ``store`` holds, through the library: the answers every consumer must reproduce."""
    from alliancegraph.queries import run_query

    claims = list(store.claims())
    attributes = store.actor_attributes()
    result = run_query(store, "backs-but-eyes", {"backs": BACKS, "eyes": EYES})
    return Facts(
        names=set(attributes) | {c.subject for c in claims} | {c.object for c in claims},
        claims=len(claims),
        ties=len({(c.subject, c.relation, c.object) for c in claims}),
        first_date=min(c.date for c in claims),
        parties={n for n, a in attributes.items() if a.get("kind") == "party"},
        backs_but_eyes=[dict(row) for row in result.rows],
    )


# ------------------------------------------------------------------------------- the checks


def expect(condition: bool, message: str) -> None:
    if not condition:
        raise Problem(message)


def counts(got_nodes: int, got_edges: int, export: Export, edges: int | None = None) -> None:
    want = export.edges if edges is None else edges
    expect(got_nodes == export.nodes and got_edges == want,
           f"{got_nodes} nodes, {got_edges} edges; the export wrote {export.nodes}, {want}")


def gexf_colours(path: Path) -> dict[str, str]:
    """Each node's ``viz:color`` as the file states it, ``#rrggbb``."""
    viz = "{http://gexf.net/1.3/viz}color"
    colours = {}
    for node in ET.parse(path).getroot().iter("{http://gexf.net/1.3}node"):
        c = node.find(viz)
        if c is not None:
            colours[node.get("id")] = "#{:02x}{:02x}{:02x}".format(*(int(c.get(k)) for k in "rgb"))
    return colours


def check_gephi_gexf(export: Export, facts: Facts, got: dict, merge: bool) -> str:
    """Counts, every claim's sentence kept, the party colours, and the timeline when dynamic."""
    expect("error" not in got, got.get("error", ""))
    per_claim = export.name == "gexf-claim"
    note = ""
    if merge and per_claim:
        # Gephi's documented default: parallel edges are merged. Said here, not hidden.
        counts(got["nodes"], got["edges"], export, facts.ties)
        note = (f"merges the {facts.claims} claim edges into {facts.ties} (Gephi's default); "
                "NO_MERGE or the per-tie default keeps them")
    else:
        counts(got["nodes"], got["edges"], export)
        missing = [e["id"] for e in got["edge_list"]
                   if not e["attributes"].get("evidence") or not e["attributes"].get("claims")]
        expect(not missing, f"edges without claims/evidence: {missing[:5]}")
        kept = sum(int(e["attributes"]["claims"]) for e in got["edge_list"])
        expect(kept == facts.claims, f"edges carry {kept} claims, the store has {facts.claims}")
    colours = gexf_colours(export.path)
    shown = {n["id"]: n["color"] for n in got["node_list"]}
    expect(shown == colours, "node colours differ from the file's viz:color")
    party_colours = {shown[p] for p in facts.parties if p in shown}
    expect(len(party_colours) == len(facts.parties),
           f"{len(facts.parties)} parties share {len(party_colours)} colours")
    expect({n["label"] for n in got["node_list"]} == facts.names, "node labels are not the names")
    if export.name.endswith("dynamic"):
        bounds = got["time_bounds"]
        expect(got["dynamic"], "Gephi does not see a dynamic graph")
        expect(bounds.get("low") == facts.first_date[:10],
               f"timeline starts {bounds.get('low')}, first claim {facts.first_date}")
        spells = [s for e in got["edge_list"] for s in e["spells"]]
        expect(all(e["spells"] for e in got["edge_list"]), "edges without a spell")
        expect(all(s[1] != "+inf" for s in spells), "spells that never end")
        note = f"timeline {bounds['low']} to {bounds['high']}, {len(spells)} spells"
    return note


def check_gephi_graphml(export: Export, facts: Facts, got: dict) -> str:
    expect("error" not in got, got.get("error", ""))
    counts(got["nodes"], got["edges"], export)
    labels = {n["label"] for n in got["node_list"]}
    expect(labels == facts.names, f"nodes labelled {sorted(labels)[:3]}..., not by name")
    return ""


def check_jgrapht(export: Export, facts: Facts, got: dict) -> str:
    if export.name.endswith("yed"):
        # yEd's graphics keys are outside the GraphML schema; the plain file is the portable one.
        expect("error" in got, "the schema check accepted the yEd file (expected a refusal)")
        return f"refuses it as expected (schema): {got['error']}"
    expect("error" not in got, got.get("error", ""))
    expect(got["schema_validation"], "schema validation was off")
    counts(got["nodes"], got["edges"], export)
    expect({n["label"] for n in got["node_list"]} == facts.names, "labels are not the names")
    return "schema-valid"


GRAPH_TOOL = """
import json, sys
try:
    import graph_tool
    g = graph_tool.load_graph(sys.argv[1])
    label = g.vp["label"] if "label" in g.vp else None
    print(json.dumps({"nodes": g.num_vertices(), "edges": g.num_edges(),
                      "version": graph_tool.__version__.split()[0],
                      "labels": [label[v] for v in g.vertices()] if label else []}))
except Exception as exc:
    print(json.dumps({"error": f"{type(exc).__name__}: {exc}"}))
"""


def check_graph_tool(export: Export, facts: Facts) -> str:
    proc = run([SYSTEM_PYTHON, "-c", GRAPH_TOOL, str(export.path)])
    got = json.loads(proc.stdout.strip().splitlines()[-1])
    if export.name.endswith("yed"):
        expect("error" in got, "graph-tool read the yEd file (expected a refusal)")
        return f"refuses it as expected: {got['error'].splitlines()[-1][-90:]}"
    expect("error" not in got, got.get("error", ""))
    counts(got["nodes"], got["edges"], export)
    expect(set(got["labels"]) == facts.names, "labels are not the names")
    return f"graph-tool {got['version']}"


def check_networkx(export: Export, facts: Facts) -> str:
    import networkx as nx

    if export.path.suffix == ".gexf":
        graph = nx.read_gexf(export.path, version="1.3")
        labels = {d.get("label") for _, d in graph.nodes(data=True)}
    else:
        graph = nx.read_graphml(export.path)
        labels = {d.get("label") for _, d in graph.nodes(data=True)}
    counts(graph.number_of_nodes(), graph.number_of_edges(), export)
    expect(labels == facts.names, "labels are not the names")
    return f"networkx {nx.__version__}, {type(graph).__name__}"


def check_igraph(export: Export, facts: Facts) -> str:
    import igraph

    graph = igraph.Graph.Read_GraphML(str(export.path))
    counts(graph.vcount(), graph.ecount(), export)
    expect(set(graph.vs["label"]) == facts.names, "labels are not the names")
    return f"igraph {igraph.__version__}"


def check_jena_validate(got: dict) -> str:
    expect("error" not in got, got.get("error", ""))
    problems = got["errors"] + got["warnings"]
    expect(not problems and got["triples"] > 0, "; ".join(problems[:3]) or "no triples")
    return f"{got['triples']} triples, no warning"


def check_jena_shacl(got: dict) -> str:
    expect("error" not in got, got.get("error", ""))
    expect(got["conforms"], "; ".join(got["results"][:3]))
    return "conforms to ontology/shapes.ttl"


def check_pyshacl(export: Export) -> str:
    import pyshacl
    from rdflib import Graph

    data = Graph().parse(export.path, format="turtle" if export.name == "turtle" else "json-ld")
    shapes = Graph().parse(SHAPES, format="turtle")
    conforms, _, text = pyshacl.validate(data, shacl_graph=shapes)
    expect(conforms, text.strip().splitlines()[-1] if text.strip() else "does not conform")
    return f"conforms, {len(data)} triples"


def check_rdflib(turtle: Export, jsonld: Export) -> str:
    from rdflib import Graph
    from rdflib.compare import isomorphic

    a = Graph().parse(turtle.path, format="turtle")
    b = Graph().parse(jsonld.path, format="json-ld")
    expect(isomorphic(a, b), f"Turtle ({len(a)} triples) and JSON-LD ({len(b)}) differ")
    return f"Turtle and JSON-LD are the same {len(a)} triples"


SPARQL = """PREFIX ag: <http://alliancegraph.org/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX article: <http://alliancegraph.org/id/article/>
# backs-but-eyes in SPARQL: persons who support ?backs while tempted by ?eyes, and the claims
# (sentence, article, date) that say so.
SELECT ?name ?relation ?target ?sentence ?article ?date WHERE {
  VALUES (?backsName ?eyesName) { NAMES }
  ?backs rdfs:label ?backsLabel . FILTER(STR(?backsLabel) = ?backsName)
  ?eyes rdfs:label ?eyesLabel . FILTER(STR(?eyesLabel) = ?eyesName)
  ?p a ag:Person ; rdfs:label ?name ; ag:SUPPORTS ?backs ; ag:TEMPTED_BY ?eyes .
  ?claim a ag:Claim ; ag:subject ?p ; ag:relation ?rel ; ag:object ?o ;
         ag:evidence ?sentence ; dcterms:date ?date ; prov:wasDerivedFrom ?a .
  FILTER((?rel = ag:SUPPORTS && ?o = ?backs) || (?rel = ag:TEMPTED_BY && ?o = ?eyes))
  ?o rdfs:label ?target .
  BIND(STRAFTER(STR(?rel), STR(ag:)) AS ?relation)
  BIND(STRAFTER(STR(?a), STR(article:)) AS ?article)
}
ORDER BY ?name ?date ?relation ?target ?article
"""


def sparql_query(backs: str, eyes: str) -> str:
    """The query with its two names bound in VALUES (JSON's string escapes are SPARQL's too)."""
    return SPARQL.replace("NAMES", f"({json.dumps(backs)} {json.dumps(eyes)})")


def check_sparql(facts: Facts, got: dict) -> str:
    expect("error" not in got, got.get("error", ""))
    sparql = [(r["name"], r["relation"], r["target"], r["sentence"], r["article"], r["date"])
              for r in got["rows"]]
    named = [(row["name"], e["relation"], e["target"], e["sentence"], e["article"], e["date"])
             for row in facts.backs_but_eyes for e in row["evidence"]]
    expect(sparql, "no row")
    expect(sparql == named, f"SPARQL gives {sparql}, the named query {named}")
    people = sorted({r[0] for r in sparql})
    return f"{got['store']}: {', '.join(people)} with {len(sparql)} sentences, as the named query"


# ------------------------------------------------------------------------------- Java


def java_batch(jobs: list[list[str]]) -> list[dict]:
    """Run every Java check in one JVM (``Check batch``): one JSON line per job, in order."""
    java = shutil.which("java")
    expect(java is not None, "java not found on PATH")
    classpath = f"{TOOL / 'target' / 'classes'}:{TOOL / 'target' / 'lib'}/*"
    stdin = "".join("\t".join(job) + "\n" for job in jobs)
    proc = subprocess.run([java, *JAVA_FLAGS, "-cp", classpath, "alliancegraph.interop.Check",
                           "batch"], input=stdin, capture_output=True, text=True, timeout=900)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or len(lines) != len(jobs):
        tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        raise Problem(f"the Java checker stopped ({proc.returncode}): {tail}")
    return [json.loads(ln) for ln in lines]


# ------------------------------------------------------------------------------- Neo4j


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def neo4j_server(home: Path, port: int) -> Iterator[dict]:
    """``alliancegraph neo4j start --home HOME --port PORT``, stopped whatever happens."""
    run([CLI, "neo4j", "start", "--home", str(home), "--port", str(port)])
    try:
        yield {**os.environ, "NEO4J_URI": f"bolt://127.0.0.1:{port}"}
    finally:
        subprocess.run([CLI, "neo4j", "stop", "--home", str(home)], capture_output=True)


def graph_shape(env: dict) -> dict[str, int]:
    """Node counts per label and relationship counts per type, through the Python driver."""
    from neo4j import GraphDatabase

    shape: Counter[str] = Counter()
    auth = (env.get("NEO4J_USER") or "neo4j", env["NEO4J_PASSWORD"]) \
        if env.get("NEO4J_PASSWORD") else None
    with GraphDatabase.driver(env["NEO4J_URI"], auth=auth) as driver:
        # The store's derived data (per-tie summaries TIE_*, and the :StoreMeta node stamping
        # their version; alliancegraph/graph/neo4j_ties.py) is rebuilt from the claims when a
        # store is opened, so an import and a load are compared on what the import carries.
        for record in driver.execute_query("MATCH (n) WHERE NOT n:StoreMeta "
                                           "UNWIND labels(n) AS l "
                                           "RETURN l, count(*) AS c").records:
            shape[":" + record["l"]] = record["c"]
        for record in driver.execute_query("MATCH ()-[r]->() WHERE NOT type(r) STARTS WITH "
                                           "'TIE_' RETURN type(r) AS t, "
                                           "count(*) AS c").records:
            shape["-" + record["t"]] = record["c"]
    return dict(shape)


def admin_import(csv_dir: Path, home: Path) -> None:
    """``neo4j-admin database import full`` from the launcher's jars into ``home``."""
    expect(any(NEO4J_LIB.glob("neo4j-import-tool-*.jar")),
           f"no neo4j-import-tool jar in {NEO4J_LIB} (run `alliancegraph neo4j start` once)")
    files = [f"--nodes={csv_dir / 'nodes.csv'}", f"--nodes={csv_dir / 'articles.csv'}",
             f"--relationships={csv_dir / 'relationships.csv'}",
             f"--relationships={csv_dir / 'mentions.csv'}"]
    env = {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")}
    (home / "conf").mkdir(parents=True, exist_ok=True)
    # The database name comes first: each --nodes/--relationships takes one or more files.
    run([shutil.which("java") or "java", "-Xmx1g", "-cp", f"{NEO4J_LIB}/*",
         "org.neo4j.cli.AdminTool", "database", "import", "full", "neo4j", *files,
         f"--report-file={home / 'import.report'}"], env=env)


def check_neo4j(corpus: Path, export: Export, facts: Facts, work: Path) -> list[Line]:
    """Import the CSV, serve it with the launcher, compare with a ``load --store neo4j``."""
    port = free_port()
    for home in (work / "neo4j-load", work / "neo4j-import"):  # fresh, even under --keep
        shutil.rmtree(home, ignore_errors=True)
    with neo4j_server(work / "neo4j-load", port) as env:
        run([CLI, "load", str(corpus), "--store", "neo4j"], env=env)
        loaded = graph_shape(env)
    home = work / "neo4j-import"
    admin_import(export.path, home)
    lines = [Line("csv", "neo4j-admin import", "OK", "database import full: exit 0")]
    with neo4j_server(home, port) as env:
        imported = graph_shape(env)

        def same_graph() -> str:
            diff = {k: (imported.get(k, 0), loaded.get(k, 0))
                    for k in sorted(set(imported) | set(loaded))
                    if imported.get(k, 0) != loaded.get(k, 0)}
            expect(not diff, f"(imported, loaded) differ: {diff}")
            return "same as load --store neo4j: " + ", ".join(
                f"{k} {v}" for k, v in sorted(imported.items()))

        lines.append(_verdict("csv", "neo4j start (imported)", same_graph))
        lines.append(_verdict("csv", "alliancegraph stats", lambda: _stats(env, facts)))
        lines.append(_verdict("csv", "alliancegraph timeline", lambda: _timeline(env)))
    return lines


def quiet(proc: subprocess.CompletedProcess) -> None:
    """Nothing on stderr: no driver warning (such as a property missing from the database)."""
    if proc.stderr.strip():
        raise Problem(f"stderr: {proc.stderr.strip().splitlines()[0][:200]}")


def _stats(env: dict, facts: Facts) -> str:
    proc = run([CLI, "stats", "--store", "neo4j", "--format", "json"], env=env)
    quiet(proc)
    stats = json.loads(proc.stdout)
    expect(stats["articles"] > 0 and stats["claims"] == facts.claims, f"stats {stats}")
    return json.dumps(stats)


def _timeline(env: dict) -> str:
    proc = run([CLI, "query", "timeline", "-p", f"actor={BACKS}", "--store", "neo4j",
                "--format", "json"], env=env)
    quiet(proc)
    rows = json.loads(proc.stdout)
    untitled = [r for r in rows if not r.get("title")]
    expect(rows and not untitled, f"{len(untitled)} of {len(rows)} rows without a title")
    return f"{len(rows)} rows, every one titled, no driver warning"


# ------------------------------------------------------------------------------- driving


def _verdict(export: str, consumer: str, check: Callable[[], str]) -> Line:
    try:
        return Line(export, consumer, "OK", check() or "")
    except Problem as exc:
        return Line(export, consumer, "FAIL", str(exc))
    except Exception as exc:  # a consumer's own exception is the finding: report it whole
        return Line(export, consumer, "FAIL", f"{type(exc).__name__}: {exc}"[:400])


def check_all(corpus: Path, work: Path, neo4j: bool = True) -> Iterator[Line]:
    """Every (export, consumer) line, in a stable order."""
    exports, facts = prepare(corpus, work)
    query = work / "backs-but-eyes.rq"
    query.write_text(sparql_query(BACKS, EYES), encoding="utf-8")
    gexfs = [exports[n] for n in ("gexf", "gexf-claim", "gexf-dynamic")]
    graphmls = [exports["graphml"], exports["graphml-yed"]]
    rdf = [exports["turtle"], exports["jsonld"]]
    jobs: list[tuple[str, str, Callable[[dict], str], list[str]]] = []
    for e in gexfs:
        for mode in ("merge", "no-merge"):
            merge = mode == "merge"
            jobs.append((e.name, f"gephi ({'default' if merge else 'NO_MERGE'})",
                         lambda got, e=e, merge=merge: check_gephi_gexf(e, facts, got, merge),
                         ["gephi", str(e.path), mode]))
    for e in graphmls:
        jobs.append((e.name, "gephi (NO_MERGE)",
                     lambda got, e=e: check_gephi_graphml(e, facts, got),
                     ["gephi", str(e.path), "no-merge"]))
        jobs.append((e.name, "jgrapht GraphMLImporter",
                     lambda got, e=e: check_jgrapht(e, facts, got), ["jgrapht", str(e.path)]))
    for e in rdf:
        jobs.append((e.name, "jena riot --strict", check_jena_validate,
                     ["jena-validate", str(e.path)]))
        jobs.append((e.name, "jena shacl", check_jena_shacl,
                     ["jena-shacl", str(SHAPES), str(e.path)]))
    jobs.append(("turtle", "jena sparql (TDB2)", lambda got: check_sparql(facts, got),
                 ["jena-sparql", str(exports["turtle"].path), str(query)]))
    try:
        results = java_batch([job[3] for job in jobs])
    except Problem as exc:
        results = [{"error": str(exc)}] * len(jobs)
    for (name, consumer, judge, _), got in zip(jobs, results, strict=True):
        yield _verdict(name, consumer, lambda judge=judge, got=got: judge(got))

    for e in gexfs:
        yield _verdict(e.name, "networkx read_gexf", lambda e=e: check_networkx(e, facts))
        yield Line(e.name, "graph-tool", "N/A", "graph-tool reads GraphML, GT, GML, DOT; no GEXF")
        yield Line(e.name, "igraph", "N/A", "python-igraph has no GEXF reader")
    for e in graphmls:
        yield _verdict(e.name, "graph-tool load_graph", lambda e=e: check_graph_tool(e, facts))
        yield _verdict(e.name, "networkx read_graphml", lambda e=e: check_networkx(e, facts))
        yield _verdict(e.name, "igraph Read_GraphML", lambda e=e: check_igraph(e, facts))
    for e in rdf:
        yield _verdict(e.name, "pyshacl", lambda e=e: check_pyshacl(e))
    yield _verdict("turtle+jsonld", "rdflib", lambda: check_rdflib(*rdf))
    yield Line("grass", "neo4j browser", "N/A",
               "read by Neo4j Browser's :style (a browser app; not run here)")
    if neo4j:
        try:
            yield from check_neo4j(corpus, exports["csv"], facts, work)
        except Problem as exc:
            yield Line("csv", "neo4j-admin import", "FAIL", str(exc))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "examples" / "articles",
                        help="folder of articles to load (default examples/articles)")
    parser.add_argument("--keep", type=Path, help="write the exports here and keep them")
    parser.add_argument("--no-neo4j", action="store_true", help="skip the neo4j-admin part")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    args = parser.parse_args(argv)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="alliancegraph-interop-") as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        failed = 0
        for line in check_all(args.corpus.resolve(), work.resolve(), neo4j=not args.no_neo4j):
            failed += line.status == "FAIL"
            print(json.dumps(asdict(line), ensure_ascii=False) if args.format == "json"
                  else line, flush=True)
    print(f"{failed} failed, {time.monotonic() - started:.0f} s", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
