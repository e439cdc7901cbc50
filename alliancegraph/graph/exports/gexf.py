"""Gephi's GEXF 1.3, written by our own streaming serializer.

networkx's writer produces files that fail the GEXF 1.3 Relax NG schema (see
``tests/data/gexf-1.3``) and needs the whole graph in memory; this one writes the markup as
text: nodes from one pass over the claims (:mod:`.scan`), then edges streamed from a second
pass, each edge formatted once and written at once, so a million-claim store exports in memory
bounded by its actors. (Building an lxml element per edge and re-emitting it through
``etree.xmlfile`` made the export 13 times slower than reading the claims.)

Edges are one per tie (subject, relation, object) by default, weighted by the tie's distinct
articles, with every claim's dated sentence in ``evidence`` and its count in ``claims``: Gephi's
default import merges parallel edges of one type between two nodes and keeps only one edge's
attributes, so per-claim edges lose evidence there. ``aggregate=False`` writes one edge per
claim (told apart by ``kind`` = relation type) for tools that keep parallel edges, or for
Gephi with its "don't merge" edge strategy.

``dynamic=True`` adds time: nodes appear at their first claim; a claim holds for ``hold_days``
days (90 by default: a stance reported in March says little of July unless restated) and ends
earlier the day before the same subject says the opposite about the same object. A tie's
``<spells>`` are the union of its claims' periods, so Gephi's timeline replays alliances
forming, lapsing and breaking instead of only accumulating. ``hold_days=None`` keeps a claim
until it breaks.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import TextIO

from alliancegraph.graph.exports.common import (
    ExportError,
    ExportSummary,
    Output,
    clean_text,
    output_files,
    text_sink,
    to_date,
    xml_attr,
)
from alliancegraph.graph.exports.scan import (
    ActorStats,
    EdgeGroup,
    GraphScan,
    add_unlinked_actors,
    scan_claims,
)
from alliancegraph.graph.exports.style import actor_color, node_size, relation_color, rgb
from alliancegraph.graph.store import Store
from alliancegraph.model import Claim
from alliancegraph.ontology import relations

GEXF_NS = "http://gexf.net/1.3"
VIZ_NS = "http://gexf.net/1.3/viz"
DECLARATION = "<?xml version='1.0' encoding='utf-8'?>"

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
    ("url", "url", "string"),
    ("outlet", "outlet", "string"),
    ("date", "date", "string"),
    ("confidence", "confidence", "double"),
    ("group", "group", "string"),
    ("claims", "claims", "integer"),
]

# Two spaces per level, each element on its own line and with an end tag even when empty: the
# layout lxml's incremental writer gave, kept so a store exports byte-identically as before.
_PAD = tuple("\n" + "  " * depth for depth in range(6))


def _element(
    tag: str, attributes: dict[str, object], depth: int, children: Iterable[str] = (),
    text: str = "",
) -> str:
    """One element on its own indented line; ``children`` are already indented markup."""
    inner = "".join(children)
    end = _PAD[depth] if inner else ""
    return f"{_start(tag, attributes, depth)}{xml_attr(text)}{inner}{end}</{tag}>"


def _start(tag: str, attributes: dict[str, object], depth: int) -> str:
    """The start tag alone, for an element whose children are streamed after it."""
    attrs = "".join(f' {key}="{xml_attr(value)}"' for key, value in attributes.items())
    return f"{_PAD[depth]}<{tag}{attrs}>"


def _attvalues(values: dict[str, object], depth: int) -> str:
    """The values that are set; an unset value is left out rather than written empty.

    Formatted here rather than through :func:`_element`: nine rows per edge, a million edges.
    """
    pad = _PAD[depth + 1]
    rows = "".join(
        f'{pad}<attvalue for="{key}" value="{xml_attr(value)}"></attvalue>'
        for key, value in values.items()
        if value is not None and value != ""
    )
    return f"{_PAD[depth]}<attvalues>{rows}{_PAD[depth]}</attvalues>" if rows else ""


@cache
def _color(color: str, depth: int) -> str:
    """A ``viz:color``; cached, as a million edges share a handful of colours."""
    r, g, b = rgb(color)
    return _element("viz:color", {"r": r, "g": g, "b": b, "a": "1.0"}, depth)


def _definitions(kind: str, definitions: list[tuple[str, str, str]]) -> str:
    rows = (_element("attribute", {"id": i, "title": t, "type": ty}, 3) for i, t, ty in definitions)
    return _element("attributes", {"class": kind, "mode": "static"}, 2, rows)


def _node(name: str, stats: ActorStats, attrs: dict, dynamic: bool) -> str:
    attributes: dict[str, object] = {"id": name, "label": clean_text(name)}
    if dynamic and stats.first:
        attributes["start"] = stats.first.isoformat()
    values = {
        **stats.attributes(attrs),
        "first_seen": stats.first.isoformat() if stats.first else None,
    }
    children = [
        _attvalues(values, 4),
        _color(actor_color(name, attrs or {"kind": stats.kind}), 4),
        _element("viz:size", {"value": node_size(len(stats.supporters))}, 4),
    ]
    return _element("node", attributes, 3, children)


def _edge_start(ident: int, source: str, relation: str, target: str, weight: int) -> str:
    """The edge's start tag, left open for ``start``/``end``; ``source``, ``target`` escaped.

    Hand-formatted, with names escaped once per export (see :func:`_write_edges`) rather than
    twice per edge: this line is written a million times.
    """
    kind = xml_attr(relation)
    return (
        f'{_PAD[3]}<edge id="e{ident}" source="{source}" target="{target}" kind="{kind}"'
        f' label="{kind}" weight="{weight}"'
    )


def _polarity(relation: str) -> str | None:
    found = relations().get(relation)
    return found.polarity if found else None


def _claim_edge(
    ident: int, claim: Claim, names: dict[str, str], scan: GraphScan, dynamic: bool,
    hold: int | None,
) -> str:
    tag = _edge_start(ident, names[claim.subject], claim.relation, names[claim.object], 1)
    if dynamic:
        start = to_date(claim.date)
        tag += f' start="{start.isoformat()}"'
        sign = relations()[claim.relation].sign if claim.relation in relations() else 0
        end = scan.ends(claim.subject, claim.object, sign, start, hold)
        if end is not None:
            tag += f' end="{end.isoformat()}"'
    values = {
        "relation": claim.relation,
        "polarity": _polarity(claim.relation),
        "evidence": clean_text(claim.evidence),
        "cue": clean_text(claim.cue),
        "articles": claim.article,
        "url": claim.url,
        "outlet": clean_text(claim.outlet),
        "date": claim.date,
        "confidence": claim.confidence,
        "group": clean_text(claim.group),
        "claims": 1,
    }
    color = _color(relation_color(claim.relation), 4)
    return f"{tag}>{_attvalues(values, 4)}{color}{_PAD[3]}</edge>"


def _spells(periods: list[tuple]) -> str:
    rows = (
        _element("spell", {"start": start} | ({"end": end} if end is not None else {}), 5)
        for start, end in periods
    )
    return _element("spells", {}, 4, rows)


def _group_edge(
    ident: int, group: EdgeGroup, names: dict[str, str], scan: GraphScan, dynamic: bool,
    hold: int | None,
) -> str:
    tag = _edge_start(ident, names[group.subject], group.relation, names[group.object],
                      group.weight)
    values = {
        "relation": group.relation,
        "polarity": _polarity(group.relation),
        "evidence": " | ".join(group.sentences) if group.sentences else group.evidence,
        "cue": group.cue,
        "articles": " ".join(group.articles),
        "url": " ".join(group.urls),
        "outlet": clean_text("; ".join(group.outlets)),
        "date": " ".join(d.isoformat() for d in sorted(group.dates)),
        "confidence": group.confidence,
        "group": clean_text(group.group),
        "claims": group.claims,
    }
    color = _color(relation_color(group.relation), 4)
    spells = _spells(scan.spells(group, hold)) if dynamic else ""
    return f"{tag}>{_attvalues(values, 4)}{color}{spells}{_PAD[3]}</edge>"


def _write_edges(
    sink: TextIO, store: Store, scan: GraphScan, aggregate: bool, dynamic: bool,
    hold: int | None, since: str | None, until: str | None,
) -> int:
    """Write the edges: the aggregated ties of the scan, or the claims streamed again."""
    names = {name: xml_attr(name) for name in scan.actors}
    if aggregate:
        for ident, key in enumerate(sorted(scan.edges)):
            sink.write(_group_edge(ident, scan.edges[key], names, scan, dynamic, hold))
        return len(scan.edges)
    written = 0
    for claim in store.claims(since, until):
        if claim.subject not in names or claim.object not in names:
            continue  # written to the store between the two passes
        sink.write(_claim_edge(written, claim, names, scan, dynamic, hold))
        written += 1
    return written


def _meta(since: str | None, until: str | None, aggregate: bool) -> str:
    window = f" from {since or 'the start'} to {until or 'the end'}"
    what = "tie (subject, relation, object)" if aggregate else "claim"
    description = f"Alliance claims read in news articles{window}; one edge per {what}."
    return _element("meta", {}, 1, [
        _element("creator", {}, 2, text="alliancegraph"),
        _element("keywords", {}, 2, text="political alliances, French news, claims"),
        _element("description", {}, 2, text=description),
    ])


def write_gexf(
    store: Store,
    out: Output,
    aggregate: bool = True,
    dynamic: bool = False,
    since: str | None = None,
    until: str | None = None,
    hold_days: int | None = 90,
) -> ExportSummary:
    """Write the store's claims in ``[since, until]`` as a GEXF 1.3 file for Gephi.

    Parameters
    ----------
    store : Store
        Any store; only its public interface is used.
    out : path or file
        Where to write (a text or binary file object is accepted).
    aggregate : bool
        One edge per (subject, relation, object), weighted by its number of articles, with
        every claim's sentence (the default, what Gephi's default import keeps whole), or
        ``False`` for one edge per claim.
    dynamic : bool
        A ``mode="dynamic"`` graph with ``timeformat="date"``: node ``start`` at first
        appearance, edge ``<spells>`` (``start``/``end`` per claim when not aggregated).
    since, until : str, optional
        ISO date bounds on the claims' dates.
    hold_days : int or None
        How long a claim holds in a dynamic export unless restated or contradicted.

    Returns
    -------
    ExportSummary
        The numbers of nodes and edges written.
    """
    if hold_days is not None and hold_days < 1:
        raise ExportError(f"hold_days must be at least 1, not {hold_days}")
    scan = scan_claims(store, since, until, aggregate=aggregate, dynamic=dynamic,
                       every_sentence=aggregate)
    attributes = store.actor_attributes()
    add_unlinked_actors(scan, attributes, since, until)
    names = sorted(scan.actors)
    edge_count = len(scan.edges) if aggregate else scan.claims
    graph_attrs = {"defaultedgetype": "directed", "idtype": "string"}
    if dynamic:
        graph_attrs.update(mode="dynamic", timeformat="date")
    else:
        graph_attrs["mode"] = "static"

    with text_sink(out) as sink:
        sink.write(f'{DECLARATION}\n<gexf xmlns="{GEXF_NS}" xmlns:viz="{VIZ_NS}" version="1.3">')
        sink.write(_meta(since, until, aggregate))
        sink.write(_start("graph", graph_attrs, 1))
        sink.write(_definitions("node", NODE_ATTRIBUTES) + _definitions("edge", EDGE_ATTRIBUTES))
        sink.write(_start("nodes", {"count": len(names)}, 2))
        for name in names:
            sink.write(_node(name, scan.actors[name], attributes.get(name, {}), dynamic))
        sink.write(f"{_PAD[2]}</nodes>")
        sink.write(_start("edges", {"count": edge_count}, 2))
        edge_count = _write_edges(sink, store, scan, aggregate, dynamic, hold_days, since, until)
        sink.write(f"{_PAD[2]}</edges>{_PAD[1]}</graph>\n</gexf>")
    return ExportSummary("gexf", len(names), edge_count, output_files(out))
