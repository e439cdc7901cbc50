"""GraphML with typed keys, for yEd, Cytoscape and networkx, streamed like the GEXF export.

Node ids are ``n0, n1, ...`` (GraphML ids are XML NMTOKENs: a name with a space would not be
valid) and the actor's name is the ``name`` attribute. Besides the typed data keys, each node
and edge carries yEd's ``nodegraphics``/``edgegraphics`` (fill colour, label, arrow), so yEd
opens the file already coloured by party and polarity; other readers ignore those keys.
"""

from __future__ import annotations

import math

from lxml import etree

from alliancegraph.graph.exports.common import (
    ExportSummary,
    Output,
    binary_sink,
    clean_text,
    emit,
    output_files,
)
from alliancegraph.graph.exports.scan import ActorStats, GraphScan, scan_claims
from alliancegraph.graph.exports.style import actor_color, node_size, relation_color
from alliancegraph.graph.store import Store
from alliancegraph.ontology import relations

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
Y_NS = "http://www.yworks.com/xml/graphml"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
NSMAP = {None: GRAPHML_NS, "y": Y_NS, "xsi": XSI_NS}
SCHEMA_LOCATION = f"{GRAPHML_NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"

# (key id, for, attr.name, attr.type)
KEYS = [
    ("name", "node", "name", "string"),
    ("kind", "node", "kind", "string"),
    ("party", "node", "party", "string"),
    ("family", "node", "family", "string"),
    ("camp", "node", "camp", "int"),
    ("degree", "node", "degree", "int"),
    ("supporters", "node", "supporters", "int"),
    ("color", "node", "color", "string"),
    ("size", "node", "size", "double"),
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


def _n(tag: str) -> str:
    return f"{{{GRAPHML_NS}}}{tag}"


def _y(tag: str) -> str:
    return f"{{{Y_NS}}}{tag}"


def _data(parent: etree._Element, values: dict[str, object]) -> None:
    for key, value in values.items():
        if value is None or value == "":
            continue
        etree.SubElement(parent, _n("data"), key=key).text = str(value)


def _keys() -> list[etree._Element]:
    keys = []
    for ident, for_, name, type_ in KEYS:
        keys.append(
            etree.Element(_n("key"), {"id": ident, "for": for_, "attr.name": name,
                                      "attr.type": type_})
        )
    keys.append(etree.Element(_n("key"), {"id": "ng", "for": "node",
                                          "yfiles.type": "nodegraphics"}))
    keys.append(etree.Element(_n("key"), {"id": "eg", "for": "edge",
                                          "yfiles.type": "edgegraphics"}))
    return keys


def _circle(index: int, total: int) -> tuple[float, float]:
    """A starting position on a circle, so yEd does not open with every node stacked at 0,0."""
    radius = max(200.0, 25.0 * total)
    angle = 2 * math.pi * index / max(total, 1)
    return round(radius * math.cos(angle), 1), round(radius * math.sin(angle), 1)


def _node(
    ident: str, name: str, stats: ActorStats, attrs: dict, position: tuple[float, float]
) -> etree._Element:
    color = actor_color(name, attrs or {"kind": stats.kind})
    size = node_size(len(stats.supporters), base=30.0, step=10.0)
    node = etree.Element(_n("node"), id=ident)
    _data(node, {
        "name": clean_text(name),
        **stats.attributes(attrs),
        "color": color,
        "size": size,
    })
    graphics = etree.SubElement(node, _n("data"), key="ng")
    shape = etree.SubElement(graphics, _y("ShapeNode"))
    etree.SubElement(shape, _y("Geometry"), height=str(size), width=str(size),
                     x=str(position[0]), y=str(position[1]))
    etree.SubElement(shape, _y("Fill"), color=color, transparent="false")
    etree.SubElement(shape, _y("NodeLabel")).text = clean_text(name)
    kind = attrs.get("kind") or stats.kind
    etree.SubElement(shape, _y("Shape"), type="roundrectangle" if kind == "party" else "ellipse")
    return node


def _edge(ident: int, source: str, target: str, relation: str, values: dict) -> etree._Element:
    found = relations().get(relation)
    color = relation_color(relation)
    edge = etree.Element(_n("edge"), id=f"e{ident}", source=source, target=target)
    _data(edge, {
        "relation": relation,
        "polarity": found.polarity if found else None,
        "sign": found.sign if found else None,
        **values,
        "ecolor": color,
    })
    graphics = etree.SubElement(edge, _n("data"), key="eg")
    line = etree.SubElement(graphics, _y("PolyLineEdge"))
    etree.SubElement(line, _y("LineStyle"), color=color, type="line", width="2.0")
    etree.SubElement(line, _y("Arrows"), source="none", target="standard")
    etree.SubElement(line, _y("EdgeLabel")).text = relation
    return edge


def _write_edges(xf, store: Store, scan: GraphScan, ids: dict[str, str], aggregate: bool,
                 since: str | None, until: str | None) -> int:
    written = 0
    if aggregate:
        for key in sorted(scan.edges):
            group = scan.edges[key]
            emit(xf, _edge(written, ids[group.subject], ids[group.object], group.relation, {
                "evidence": group.evidence, "cue": group.cue,
                "articles": " ".join(group.articles), "url": " ".join(group.urls),
                "outlet": clean_text("; ".join(group.outlets)),
                "date": " ".join(d.isoformat() for d in sorted(group.dates)),
                "confidence": group.confidence, "group": clean_text(group.group),
                "weight": group.weight,
            }), 2)
            written += 1
        return written
    for claim in store.claims(since, until):
        if claim.subject not in ids or claim.object not in ids:
            continue  # written to the store between the two passes
        emit(xf, _edge(written, ids[claim.subject], ids[claim.object], claim.relation, {
            "evidence": clean_text(claim.evidence), "cue": clean_text(claim.cue),
            "articles": claim.article, "url": claim.url, "outlet": clean_text(claim.outlet),
            "date": claim.date, "confidence": claim.confidence,
            "group": clean_text(claim.group), "weight": 1,
        }), 2)
        written += 1
    return written


def write_graphml(
    store: Store,
    out: Output,
    aggregate: bool = False,
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
    since, until : str, optional
        ISO date bounds on the claims' dates.
    """
    scan = scan_claims(store, since, until, aggregate=aggregate)
    attributes = store.actor_attributes()
    names = sorted(scan.actors)
    ids = {name: f"n{i}" for i, name in enumerate(names)}
    with binary_sink(out) as sink, etree.xmlfile(sink, encoding="utf-8") as xf:
        xf.write_declaration()
        root_attrs = {f"{{{XSI_NS}}}schemaLocation": SCHEMA_LOCATION}
        with xf.element(_n("graphml"), root_attrs, nsmap=NSMAP):
            for key in _keys():
                emit(xf, key, 1)
            xf.write("\n  ")
            with xf.element(_n("graph"), id="alliances", edgedefault="directed"):
                for index, name in enumerate(names):
                    node = _node(ids[name], name, scan.actors[name], attributes.get(name, {}),
                                 _circle(index, len(names)))
                    emit(xf, node, 2)
                edges = _write_edges(xf, store, scan, ids, aggregate, since, until)
                xf.write("\n  ")
            xf.write("\n")
    return ExportSummary("graphml", len(names), edges, output_files(out))
