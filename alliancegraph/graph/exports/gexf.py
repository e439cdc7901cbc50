"""Gephi's GEXF 1.3, written by our own streaming serializer.

networkx's writer produces files that fail the GEXF 1.3 Relax NG schema (see
``tests/data/gexf-1.3``) and needs the whole graph in memory; this one writes with lxml's
incremental ``xmlfile``: nodes from one pass over the claims (:mod:`.scan`), then edges streamed
from a second pass, so a million-claim store exports in memory bounded by its actors.

Edges are one per claim by default (parallel edges told apart by ``kind`` = relation type),
or one per (subject, relation, object) with ``aggregate=True``. ``dynamic=True`` adds time:
nodes appear at their first claim, edges at their claim's date and end the day before the same
subject says the opposite about the same object, so Gephi's timeline replays alliances forming
and breaking.
"""

from __future__ import annotations

from lxml import etree

from alliancegraph.graph.exports.common import (
    ExportSummary,
    Output,
    binary_sink,
    clean_text,
    emit,
    output_files,
    to_date,
)
from alliancegraph.graph.exports.scan import ActorStats, EdgeGroup, GraphScan, scan_claims
from alliancegraph.graph.exports.style import actor_color, node_size, relation_color, rgb
from alliancegraph.graph.store import Store
from alliancegraph.model import Claim
from alliancegraph.ontology import relations

GEXF_NS = "http://gexf.net/1.3"
VIZ_NS = "http://gexf.net/1.3/viz"
NSMAP = {None: GEXF_NS, "viz": VIZ_NS}

# (id, title, type): ids are short and stable so Gephi users can rely on them.
NODE_ATTRIBUTES = [
    ("kind", "kind", "string"),
    ("party", "party", "string"),
    ("family", "family", "string"),
    ("camp", "camp", "integer"),
    ("degree", "degree", "integer"),
    ("supporters", "supporters", "integer"),
    ("first_seen", "first seen", "string"),
]
EDGE_ATTRIBUTES = [
    ("relation", "relation", "string"),
    ("polarity", "polarity", "string"),
    ("evidence", "evidence", "string"),
    ("cue", "cue", "string"),
    ("articles", "articles", "string"),
    ("date", "date", "string"),
    ("confidence", "confidence", "double"),
    ("group", "group", "string"),
    ("claims", "claims", "integer"),
]


def _g(tag: str) -> str:
    return f"{{{GEXF_NS}}}{tag}"


def _viz(tag: str) -> str:
    return f"{{{VIZ_NS}}}{tag}"


def _attvalues(parent: etree._Element, values: dict[str, object]) -> None:
    """Write the values that are set; an unset value is left out rather than written empty."""
    present = {k: v for k, v in values.items() if v is not None and v != ""}
    if not present:
        return
    container = etree.SubElement(parent, _g("attvalues"))
    for key, value in present.items():
        etree.SubElement(container, _g("attvalue"), {"for": key, "value": str(value)})


def _color(parent: etree._Element, color: str) -> None:
    r, g, b = rgb(color)
    etree.SubElement(parent, _viz("color"), r=str(r), g=str(g), b=str(b), a="1.0")


def _attributes_element(kind: str, definitions: list[tuple[str, str, str]]) -> etree._Element:
    element = etree.Element(_g("attributes"), {"class": kind, "mode": "static"})
    for ident, title, type_ in definitions:
        etree.SubElement(element, _g("attribute"), id=ident, title=title, type=type_)
    return element


def _node(name: str, stats: ActorStats, attrs: dict, dynamic: bool) -> etree._Element:
    node = etree.Element(_g("node"), id=name, label=clean_text(name))
    if dynamic and stats.first:
        node.set("start", stats.first.isoformat())
    camp = attrs.get("camp")
    _attvalues(
        node,
        {
            "kind": attrs.get("kind") or stats.kind,
            "party": attrs.get("party"),
            "family": attrs.get("family"),
            "camp": int(camp) if camp is not None else None,
            "degree": stats.degree,
            "supporters": len(stats.supporters),
            "first_seen": stats.first.isoformat() if stats.first else None,
        },
    )
    _color(node, actor_color(name, attrs or {"kind": stats.kind}))
    etree.SubElement(node, _viz("size"), value=str(node_size(len(stats.supporters))))
    return node


def _edge_shell(ident: int, subject: str, relation: str, obj: str, weight: int) -> etree._Element:
    return etree.Element(
        _g("edge"),
        id=f"e{ident}",
        source=subject,
        target=obj,
        kind=relation,
        label=relation,
        weight=str(weight),
    )


def _polarity(relation: str) -> str | None:
    found = relations().get(relation)
    return found.polarity if found else None


def _claim_edge(ident: int, claim: Claim, scan: GraphScan, dynamic: bool) -> etree._Element:
    edge = _edge_shell(ident, claim.subject, claim.relation, claim.object, 1)
    if dynamic:
        start = to_date(claim.date)
        edge.set("start", start.isoformat())
        sign = relations()[claim.relation].sign if claim.relation in relations() else 0
        end = scan.ends(claim.subject, claim.object, sign, start)
        if end is not None:
            edge.set("end", end.isoformat())
    _attvalues(
        edge,
        {
            "relation": claim.relation,
            "polarity": _polarity(claim.relation),
            "evidence": clean_text(claim.evidence),
            "cue": clean_text(claim.cue),
            "articles": claim.article,
            "date": claim.date,
            "confidence": claim.confidence,
            "group": clean_text(claim.group),
            "claims": 1,
        },
    )
    _color(edge, relation_color(claim.relation))
    return edge


def _group_edge(ident: int, group: EdgeGroup, scan: GraphScan, dynamic: bool) -> etree._Element:
    edge = _edge_shell(ident, group.subject, group.relation, group.object, len(group.articles))
    _attvalues(
        edge,
        {
            "relation": group.relation,
            "polarity": _polarity(group.relation),
            "evidence": group.evidence,
            "cue": group.cue,
            "articles": " ".join(group.articles),
            "date": " ".join(d.isoformat() for d in sorted(group.dates)),
            "confidence": group.confidence,
            "group": clean_text(group.group),
            "claims": len(group.articles),
        },
    )
    _color(edge, relation_color(group.relation))
    if dynamic:
        spells = etree.SubElement(edge, _g("spells"))
        for start, end in scan.spells(group):
            spell = etree.SubElement(spells, _g("spell"), start=start.isoformat())
            if end is not None:
                spell.set("end", end.isoformat())
    return edge


def _write_edges(
    xf, store: Store, scan: GraphScan, aggregate: bool, dynamic: bool,
    since: str | None, until: str | None,
) -> int:
    """Write the edges: the aggregated ties of the scan, or the claims streamed again."""
    if aggregate:
        for ident, key in enumerate(sorted(scan.edges)):
            emit(xf, _group_edge(ident, scan.edges[key], scan, dynamic), 3)
        return len(scan.edges)
    written = 0
    for claim in store.claims(since, until):
        if claim.subject not in scan.actors or claim.object not in scan.actors:
            continue  # written to the store between the two passes
        emit(xf, _claim_edge(written, claim, scan, dynamic), 3)
        written += 1
    return written


def _meta(since: str | None, until: str | None, aggregate: bool) -> etree._Element:
    meta = etree.Element(_g("meta"))
    etree.SubElement(meta, _g("creator")).text = "alliancegraph"
    etree.SubElement(meta, _g("keywords")).text = "political alliances, French news, claims"
    window = f" from {since or 'the start'} to {until or 'the end'}"
    what = "tie (subject, relation, object)" if aggregate else "claim"
    etree.SubElement(meta, _g("description")).text = (
        f"Alliance claims read in news articles{window}; one edge per {what}."
    )
    return meta


def write_gexf(
    store: Store,
    out: Output,
    aggregate: bool = False,
    dynamic: bool = False,
    since: str | None = None,
    until: str | None = None,
) -> ExportSummary:
    """Write the store's claims in ``[since, until]`` as a GEXF 1.3 file for Gephi.

    Parameters
    ----------
    store : Store
        Any store; only its public interface is used.
    out : path or file
        Where to write (a text or binary file object is accepted).
    aggregate : bool
        One edge per (subject, relation, object), weighted by its number of articles,
        instead of one edge per claim.
    dynamic : bool
        A ``mode="dynamic"`` graph with ``timeformat="date"``: node ``start`` at first
        appearance, edge ``start``/``end`` (or ``<spells>`` when aggregated).
    since, until : str, optional
        ISO date bounds on the claims' dates.

    Returns
    -------
    ExportSummary
        The numbers of nodes and edges written.
    """
    scan = scan_claims(store, since, until, aggregate=aggregate, dynamic=dynamic)
    attributes = store.actor_attributes()
    names = sorted(scan.actors)
    edge_count = len(scan.edges) if aggregate else scan.claims
    graph_attrs = {"defaultedgetype": "directed", "idtype": "string"}
    if dynamic:
        graph_attrs.update(mode="dynamic", timeformat="date")
    else:
        graph_attrs["mode"] = "static"

    with binary_sink(out) as sink, etree.xmlfile(sink, encoding="utf-8") as xf:
        xf.write_declaration()
        with xf.element(_g("gexf"), nsmap=NSMAP, version="1.3"):
            emit(xf, _meta(since, until, aggregate), 1)
            xf.write("\n  ")
            with xf.element(_g("graph"), graph_attrs):
                emit(xf, _attributes_element("node", NODE_ATTRIBUTES), 2)
                emit(xf, _attributes_element("edge", EDGE_ATTRIBUTES), 2)
                xf.write("\n    ")
                with xf.element(_g("nodes"), count=str(len(names))):
                    for name in names:
                        node = _node(name, scan.actors[name], attributes.get(name, {}), dynamic)
                        emit(xf, node, 3)
                    xf.write("\n    ")
                xf.write("\n    ")
                with xf.element(_g("edges"), count=str(edge_count)):
                    edge_count = _write_edges(xf, store, scan, aggregate, dynamic, since, until)
                    xf.write("\n    ")
                xf.write("\n  ")
            xf.write("\n")
    return ExportSummary("gexf", len(names), edge_count, output_files(out))

