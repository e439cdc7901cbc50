"""CSV files in the header format ``neo4j-admin database import`` reads.

``nodes.csv`` has ``name:ID`` and ``:LABEL`` (``Actor;Person``, ``Actor;Party``: the labels the
Neo4j store uses, taken from the ontology), ``relationships.csv`` has ``:START_ID``,
``:END_ID``, ``:TYPE`` and the claim's provenance with typed columns
(``confidence:float``). Load them into an empty database with::

    neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv neo4j

Fields are quoted the CSV way (a ``"`` inside a field is doubled, which the importer reads by
default), and evidence sentences are made one line, so ``--multiline-fields`` is not needed.
An empty field is an absent property. Relationships are streamed first, while the names they
reference are collected, so ``nodes.csv`` holds every actor an edge needs.
"""

from __future__ import annotations

import csv
from pathlib import Path

from alliancegraph.graph.exports.common import ExportSummary, clean_text
from alliancegraph.graph.store import Store
from alliancegraph.ontology import label_for

NODE_HEADER = ["name:ID", ":LABEL", "kind", "gender", "party", "family", "camp:int"]
RELATIONSHIP_HEADER = [
    ":START_ID", ":END_ID", ":TYPE", "article", "date", "evidence", "cue",
    "confidence:float", "group", "copy_of", "url", "outlet",
]
ACTOR_LABEL = "Actor"


def _value(value: object) -> str:
    return "" if value is None else clean_text(str(value))


def write_csv(
    store: Store,
    out_dir: str | Path,
    since: str | None = None,
    until: str | None = None,
) -> ExportSummary:
    """Write ``nodes.csv`` and ``relationships.csv`` into ``out_dir`` (created if needed).

    Without a date window every actor is written; with one, only the actors its claims
    reference (the importer would otherwise create isolated nodes from other periods).
    """
    directory = Path(out_dir)
    directory.mkdir(parents=True, exist_ok=True)
    nodes_path = directory / "nodes.csv"
    relationships_path = directory / "relationships.csv"
    referenced: dict[str, str] = {}
    edges = 0
    with relationships_path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(RELATIONSHIP_HEADER)
        for claim in store.claims(since, until):
            referenced.setdefault(claim.subject, claim.subject_kind)
            referenced.setdefault(claim.object, claim.object_kind)
            writer.writerow([
                claim.subject, claim.object, claim.relation, claim.article, claim.date,
                _value(claim.evidence), _value(claim.cue), repr(float(claim.confidence)),
                _value(claim.group), _value(claim.dispatch), _value(claim.url),
                _value(claim.outlet),
            ])
            edges += 1

    attributes = store.actor_attributes()
    windowed = since is not None or until is not None
    names = sorted(referenced) if windowed else sorted(set(attributes) | set(referenced))
    with nodes_path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(NODE_HEADER)
        for name in names:
            attrs = attributes.get(name) or {"kind": referenced[name]}
            kind = attrs.get("kind") or referenced.get(name) or "person"
            camp = attrs.get("camp")
            writer.writerow([
                name, f"{ACTOR_LABEL};{label_for(kind)}", kind, _value(attrs.get("gender")),
                _value(attrs.get("party")), _value(attrs.get("family")),
                "" if camp is None else int(camp),
            ])
    return ExportSummary("csv", len(names), edges, (nodes_path, relationships_path))
