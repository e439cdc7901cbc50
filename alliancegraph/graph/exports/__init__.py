"""Exports of a store's graph to the formats other tools read, from any :class:`Store`.

Every export uses only the public ``Store`` interface and streams the claims, so the same call
works on the embedded SQLite store and on Neo4j, and a million-claim graph exports in memory
bounded by its actors and distinct ties. ``export(store, fmt, out, **options)`` is the one entry
point the CLI calls; the ``write_*`` functions are the same exports with their own signatures.

>>> from alliancegraph.graph.sqlite_store import SQLiteStore
>>> import io
>>> export(SQLiteStore(":memory:"), "gexf", io.BytesIO())
ExportSummary(format='gexf', nodes=0, edges=0, files=(), articles=0)
>>> list(FORMATS)
['gexf', 'graphml', 'csv', 'turtle', 'jsonld', 'grass']
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from functools import partial

from alliancegraph.graph.exports.common import ExportError, ExportSummary, Output
from alliancegraph.graph.exports.csv_export import write_csv
from alliancegraph.graph.exports.gexf import write_gexf
from alliancegraph.graph.exports.graphml import write_graphml
from alliancegraph.graph.exports.grass import write_grass
from alliancegraph.graph.exports.rdf import write_rdf
from alliancegraph.graph.store import Store


def _grass(store: Store, out: Output) -> ExportSummary:
    return write_grass(out)


# name -> (writer(store, out, **options), what it writes); ``csv`` writes into a directory.
FORMATS: dict[str, tuple[Callable[..., ExportSummary], str]] = {
    "gexf": (write_gexf, "GEXF 1.3 for Gephi (options: aggregate, dynamic, since, until)"),
    "graphml": (write_graphml, "GraphML for yEd, Cytoscape, networkx (aggregate, since, until)"),
    "csv": (write_csv, "nodes.csv + relationships.csv for neo4j-admin import (a directory)"),
    "turtle": (partial(write_rdf, format="turtle"), "RDF Turtle through the ontology"),
    "jsonld": (partial(write_rdf, format="json-ld"), "RDF JSON-LD through the ontology"),
    "grass": (_grass, "GraSS style sheet for Neo4j Browser's :style"),
}


def export(store: Store, fmt: str, out: Output, **options) -> ExportSummary:
    """Write ``store`` as ``fmt`` to ``out`` (a path, an open file, or a directory for csv).

    The CLI passes every option it has, None when the user did not give it: such an option
    leaves the writer's default in place. An option a format does not take is dropped while it
    is unset (None or False) and refused with :class:`ExportError` once set, so
    ``--dynamic`` on a CSV export is an error, not a silent no-op.
    """
    try:
        writer, _ = FORMATS[fmt]
    except KeyError:
        known = ", ".join(FORMATS)
        raise ExportError(f"unknown export format {fmt!r} (choose from: {known})") from None
    accepted = inspect.signature(writer).parameters
    refused = sorted(k for k, v in options.items() if k not in accepted and v not in (None, False))
    if refused:
        raise ExportError(f"format {fmt!r} does not take {', '.join('--' + r for r in refused)}")
    # None is "not given": the writer's own default applies (per-tie GEXF, 90-day spells), not
    # a None that reads as False or as "hold forever".
    kept = {k: v for k, v in options.items() if k in accepted and v is not None}
    return writer(store, out, **kept)


__all__ = [
    "FORMATS",
    "ExportError",
    "ExportSummary",
    "export",
    "write_csv",
    "write_gexf",
    "write_graphml",
    "write_grass",
    "write_rdf",
]
