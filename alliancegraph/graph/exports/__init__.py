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

import dataclasses
import inspect
import os
import shutil
import stat
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path

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


def export(
    store: Store, fmt: str, out: Output, force: bool = False, **options
) -> ExportSummary:
    """Write ``store`` as ``fmt`` to ``out`` (a path, an open file, or a directory for csv).

    The CLI passes every option it has, None when the user did not give it: such an option
    leaves the writer's default in place. An option a format does not take is dropped while it
    is unset (None or False) and refused with :class:`ExportError` once set, so
    ``--dynamic`` on a CSV export is an error, not a silent no-op.

    A path is written whole or not at all (see :func:`_to_path`): the export goes to a
    temporary file beside it, renamed over the target only once complete.
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
    if not isinstance(out, str | Path):
        return writer(store, out, **kept)
    return _to_path(store, partial(writer, **kept), Path(out), folder=fmt == "csv", force=force)


def _check_target(store: Store, path: Path, folder: bool, force: bool) -> None:
    """Refuse a target an export must not write: the store itself, a folder where a file is
    wanted (or the reverse), a device, or CSV files already there without ``force``."""
    own = getattr(store, "path", None)
    if own and own != ":memory:" and path.exists():
        for name in (own, f"{own}-wal", f"{own}-shm"):
            if os.path.exists(name) and os.path.samefile(path, name):
                raise ExportError(f"{path}: is the store itself; choose another file")
    if not path.exists():
        return
    mode = path.stat().st_mode
    if folder:
        if not stat.S_ISDIR(mode):
            raise ExportError(f"{path}: not a folder (--format csv writes its four files into one)")
        present = [n for n in CSV_FILES if (path / n).exists()]
        if present and not force:
            raise ExportError(
                f"{path}: already holds {', '.join(present)}; pass --force to replace them"
            )
    elif stat.S_ISDIR(mode):
        raise ExportError(f"{path}: is a folder; give a file name")
    elif not stat.S_ISREG(mode):
        raise ExportError(f"{path}: not a regular file; give a file name")


CSV_FILES = ("nodes.csv", "articles.csv", "relationships.csv", "mentions.csv")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _to_path(store: Store, write, path: Path, folder: bool, force: bool) -> ExportSummary:
    """Run ``write`` into a temporary file (or folder) beside ``path``, then rename it into
    place: a failed export (disk full, store error) leaves no half file, and the old file, if
    any, stays as it was. Errors come back as one-line :class:`ExportError`."""
    _check_target(store, path, folder, force)
    parent = path.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        if folder:
            temporary = Path(tempfile.mkdtemp(dir=parent, prefix=f".{path.name}.", suffix=".part"))
        else:
            fd, name = tempfile.mkstemp(dir=parent, prefix=f".{path.name}.", suffix=".part")
            os.close(fd)
            temporary = Path(name)
            os.chmod(temporary, 0o666 & ~_umask())  # mkstemp's 0600 is for secrets
    except OSError as exc:
        raise ExportError(f"{path}: cannot write ({exc.strerror or exc})") from None
    try:
        summary = write(store, temporary)
        if folder:
            path.mkdir(exist_ok=True)
            for file in temporary.iterdir():
                os.replace(file, path / file.name)
            files = tuple(path / f.name for f in summary.files)
        else:
            os.replace(temporary, path)
            files = (path,) if summary.files else ()
    except OSError as exc:
        raise ExportError(f"{path}: cannot write ({exc.strerror or exc})") from None
    finally:
        if folder:
            shutil.rmtree(temporary, ignore_errors=True)
        elif temporary.exists():
            temporary.unlink()
    return dataclasses.replace(summary, files=files)


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
