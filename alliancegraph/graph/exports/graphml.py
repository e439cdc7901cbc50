"""GraphML for graph-tool, JGraphT, networkx, igraph, Gephi and Cytoscape, streamed as text.

The default file is plain GraphML, valid against the GraphML 1.0 schema it names: typed
``<key>`` declarations only (every key has an ``attr.type``, so graph-tool and JGraphT's schema
check accept it) and a ``label`` key that Gephi and Cytoscape show as the node's name. Node
ids are ``n0, n1, ...`` (GraphML ids are XML NMTOKENs; a name with a space would not be
valid) and the actor's name is also in ``name``.

``yed=True`` adds yEd's own ``nodegraphics``/``edgegraphics`` (fill colour, label, shape,
arrow), so yEd opens the file already coloured by party and polarity. Those keys use the
``yfiles.type`` attribute of yWorks' extended schema, which strict readers refuse: they are
an option, never the default.

Like the GEXF export the markup is written as text, each node and edge formatted once: nodes
from one pass over the claims (:mod:`.scan`), then edges streamed from a second pass.
"""

from __future__ import annotations

import math
from typing import TextIO

from alliancegraph.graph.exports.common import (
    ExportSummary,
    Output,
    clean_text,
    output_files,
    text_sink,
    xml_attr,
)
from alliancegraph.graph.exports.scan import (
    ActorStats,
    GraphScan,
    add_unlinked_actors,
    scan_claims,
)
from alliancegraph.graph.exports.style import actor_color, node_size, relation_color
from alliancegraph.graph.store import Store
from alliancegraph.ontology import relations

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
Y_NS = "http://www.yworks.com/xml/graphml"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{GRAPHML_NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
DECLARATION = "<?xml version='1.0' encoding='utf-8'?>"

# (key id, for, attr.name, attr.type): every key typed, as the schema's strict readers require.
KEYS = [
    ("label", "node", "label", "string"),
    ("name", "node", "name", "string"),
    ("kind", "node", "kind", "string"),
    ("party", "node", "party", "string"),
    ("family", "node", "family", "string"),
    ("camp", "node", "camp", "int"),
    ("degree", "node", "degree", "int"),
    ("supporters", "node", "supporters", "int"),
    ("color", "node", "color", "string"),
    ("size", "node", "size", "double"),
    ("elabel", "edge", "label", "string"),
    ("relation", "edge", "relation", "string"),
    ("polarity", "edge", "polarity", "string"),
    ("sign", "edge", "sign", "int"),
    ("evidence", "edge", "evidence", "string"),
    ("cue", "edge", "cue", "string"),
    ("articles", "edge", "articles", "string"),
    ("url", "edge", "url", "string"),
    ("outlet", "edge", "outlet", "string"),
    ("date", "edge", "date", "string"),
    ("confidence", "edge", "confidence", "double"),
    ("group", "edge", "group", "string"),
    ("weight", "edge", "weight", "int"),
    ("ecolor", "edge", "color", "string"),
]
# yEd's graphics keys, only with ``yed=True``.
YED_KEYS = [("ng", "node", "nodegraphics"), ("eg", "edge", "edgegraphics")]


def _data(values: dict[str, object], pad: str) -> str:
    """``<data>`` rows for the values that are set (an unset value is left out, not empty)."""
    return "".join(
        f'{pad}<data key="{key}">{xml_attr(value)}</data>'
        for key, value in values.items()
        if value is not None and value != ""
    )


def _header(yed: bool) -> str:
    namespaces = f'xmlns="{GRAPHML_NS}" xmlns:xsi="{XSI_NS}"'
    if yed:
        namespaces += f' xmlns:y="{Y_NS}"'
    keys = "".join(
        f'\n  <key id="{ident}" for="{for_}" attr.name="{name}" attr.type="{type_}"/>'
        for ident, for_, name, type_ in KEYS
    )
    if yed:
        keys += "".join(
            f'\n  <key id="{ident}" for="{for_}" yfiles.type="{kind}"/>'
            for ident, for_, kind in YED_KEYS
        )
    return (
        f'{DECLARATION}\n<graphml {namespaces} xsi:schemaLocation="{SCHEMA_LOCATION}">{keys}'
        '\n  <graph id="alliances" edgedefault="directed">'
    )


def _circle(index: int, total: int) -> tuple[float, float]:
    """A starting position on a circle, so yEd does not open with every node stacked at 0,0."""
    radius = max(200.0, 25.0 * total)
    angle = 2 * math.pi * index / max(total, 1)
    return round(radius * math.cos(angle), 1), round(radius * math.sin(angle), 1)


def _node(ident: str, name: str, stats: ActorStats, attrs: dict, yed: tuple | None) -> str:
    color = actor_color(name, attrs or {"kind": stats.kind})
    size = node_size(len(stats.supporters), base=30.0, step=10.0)
    label = clean_text(name)
    values = {"label": label, "name": label, **stats.attributes(attrs), "color": color,
              "size": size}
    graphics = ""
    if yed is not None:
        x, y = yed
        kind = attrs.get("kind") or stats.kind
        shape = "roundrectangle" if kind == "party" else "ellipse"
        graphics = (
            '\n      <data key="ng"><y:ShapeNode>'
            f'<y:Geometry height="{size}" width="{size}" x="{x}" y="{y}"/>'
            f'<y:Fill color="{color}" transparent="false"/>'
            f"<y:NodeLabel>{xml_attr(label)}</y:NodeLabel>"
            f'<y:Shape type="{shape}"/></y:ShapeNode></data>'
        )
    return f'\n    <node id="{ident}">{_data(values, chr(10) + "      ")}{graphics}\n    </node>'


def _edge(ident: int, source: str, target: str, relation: str, values: dict, yed: bool) -> str:
    found = relations().get(relation)
    color = relation_color(relation)
    row = {
        "elabel": relation,
        "relation": relation,
        "polarity": found.polarity if found else None,
        "sign": found.sign if found else None,
        **values,
        "ecolor": color,
    }
    graphics = ""
    if yed:
        graphics = (
            '\n      <data key="eg"><y:PolyLineEdge>'
            f'<y:LineStyle color="{color}" type="line" width="2.0"/>'
            '<y:Arrows source="none" target="standard"/>'
            f"<y:EdgeLabel>{xml_attr(relation)}</y:EdgeLabel></y:PolyLineEdge></data>"
        )
    return (
        f'\n    <edge id="e{ident}" source="{source}" target="{target}">'
        f"{_data(row, chr(10) + '      ')}{graphics}\n    </edge>"
    )


def _write_edges(sink: TextIO, store: Store, scan: GraphScan, ids: dict[str, str],
                 aggregate: bool, yed: bool, since: str | None, until: str | None) -> int:
    written = 0
    if aggregate:
        for key in sorted(scan.edges):
            group = scan.edges[key]
            sink.write(_edge(written, ids[group.subject], ids[group.object], group.relation, {
                "evidence": group.evidence, "cue": group.cue,
                "articles": " ".join(group.articles), "url": " ".join(group.urls),
                "outlet": clean_text("; ".join(group.outlets)),
                "date": " ".join(d.isoformat() for d in sorted(group.dates)),
                "confidence": group.confidence, "group": clean_text(group.group),
                "weight": group.weight,
            }, yed))
            written += 1
        return written
    for claim in store.claims(since, until):
        if claim.subject not in ids or claim.object not in ids:
            continue  # written to the store between the two passes
        sink.write(_edge(written, ids[claim.subject], ids[claim.object], claim.relation, {
            "evidence": clean_text(claim.evidence), "cue": clean_text(claim.cue),
            "articles": claim.article, "url": claim.url, "outlet": clean_text(claim.outlet),
            "date": claim.date, "confidence": claim.confidence,
            "group": clean_text(claim.group), "weight": 1,
        }, yed))
        written += 1
    return written


def write_graphml(
    store: Store,
    out: Output,
    aggregate: bool = False,
    yed: bool = False,
    since: str | None = None,
    until: str | None = None,
) -> ExportSummary:
    """Write the store's claims in ``[since, until]`` as GraphML.

    Parameters
    ----------
    store : Store
        Any store; only its public interface is used.
    out : path or file
        Where to write.
    aggregate : bool
        One edge per (subject, relation, object) with ``weight`` = its number of articles,
        instead of one edge per claim (parallel edges, which GraphML allows).
    yed : bool
        Add yEd's graphics keys (colours, shapes, labels). The file is then no longer valid
        against the plain GraphML schema, which strict readers such as JGraphT check.
    since, until : str, optional
        ISO date bounds on the claims' dates.
    """
    scan = scan_claims(store, since, until, aggregate=aggregate)
    attributes = store.actor_attributes()
    add_unlinked_actors(scan, attributes, since, until)
    names = sorted(scan.actors)
    ids = {name: f"n{i}" for i, name in enumerate(names)}
    with text_sink(out) as sink:
        sink.write(_header(yed))
        for index, name in enumerate(names):
            position = _circle(index, len(names)) if yed else None
            sink.write(_node(ids[name], name, scan.actors[name], attributes.get(name, {}),
                             position))
        edges = _write_edges(sink, store, scan, ids, aggregate, yed, since, until)
        sink.write("\n  </graph>\n</graphml>\n")
    return ExportSummary("graphml", len(names), edges, output_files(out))
