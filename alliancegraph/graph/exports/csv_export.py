"""CSV files in the header format ``neo4j-admin database import`` reads: the graph a load makes.

Four files, so that an import gives the same graph as ``alliancegraph load --store neo4j``:

* ``nodes.csv``: actors, ``name:ID(Actor)`` and ``:LABEL`` (``Actor;Person``, ``Actor;Party``:
  the labels the Neo4j store uses, taken from the ontology);
* ``articles.csv``: ``id:ID(Article)``, label ``Article``, date, title, url, source, and the
  web provenance (canonical url, outlet, author, the copy group ``copy_of``);
* ``relationships.csv``: one typed relationship per claim, ``:START_ID(Actor)``,
  ``:END_ID(Actor)``, ``:TYPE`` and the claim's provenance with typed columns
  (``confidence:float``);
* ``mentions.csv``: ``MENTIONS`` from each article to the actors it mentions.

Dates stay strings, as the store keeps them: a date may have month precision (``2017-01``),
which Neo4j's ``date`` type cannot hold without inventing a day. Two ID spaces keep an article
id from ever meeting an actor's name. Load them into an empty database with (the database
name first: each ``--nodes``/``--relationships`` takes every file that follows it, so a trailing
``neo4j`` is read as a missing file)::

    neo4j-admin database import full neo4j --nodes=nodes.csv --nodes=articles.csv \
        --relationships=relationships.csv --relationships=mentions.csv

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

NODE_HEADER = ["name:ID(Actor)", ":LABEL", "kind", "gender", "party", "family", "camp:int"]
ARTICLE_HEADER = ["id:ID(Article)", ":LABEL", "date", "title", "url", "source", "canonical_url",
                  "outlet", "author", "copy_of"]
RELATIONSHIP_HEADER = [
    ":START_ID(Actor)", ":END_ID(Actor)", ":TYPE", "article", "date", "evidence", "cue",
    "confidence:float", "group", "copy_of", "url", "outlet",
]
MENTION_HEADER = [":START_ID(Article)", ":END_ID(Actor)", ":TYPE"]
ACTOR_LABEL = "Actor"
ARTICLE_LABEL = "Article"
MENTIONS = "MENTIONS"


def _value(value: object) -> str:
    return "" if value is None else clean_text(str(value))


def write_csv(
    store: Store,
    out_dir: str | Path,
    since: str | None = None,
    until: str | None = None,
) -> ExportSummary:
    """Write the four files (see the module) into ``out_dir`` (created if needed).

    Without a date window every actor and article is written; with one, only the claims in
    it, the actors they reference and the articles they come from (the importer would
    otherwise create isolated nodes from other periods). The summary counts actor nodes and
    claim relationships, as every other export does.
    """
    directory = Path(out_dir)
    directory.mkdir(parents=True, exist_ok=True)
    nodes_path = directory / "nodes.csv"
    relationships_path = directory / "relationships.csv"
    articles_path = directory / "articles.csv"
    mentions_path = directory / "mentions.csv"
    referenced: dict[str, str] = {}
    cited: set[str] = set()
    edges = 0
    with relationships_path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(RELATIONSHIP_HEADER)
        for claim in store.claims(since, until):
            referenced.setdefault(claim.subject, claim.subject_kind)
            referenced.setdefault(claim.object, claim.object_kind)
            cited.add(claim.article)
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
    articles = [a for a in store.articles() if not windowed or a.id in cited]
    kept = {a.id for a in articles}
    with articles_path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(ARTICLE_HEADER)
        for article in articles:
            writer.writerow([article.id, ARTICLE_LABEL, article.date, _value(article.title),
                             _value(article.url), _value(article.source),
                             _value(article.canonical_url), _value(article.outlet),
                             _value(article.author), _value(article.copy_of)])
    written = set(names)
    with mentions_path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(MENTION_HEADER)
        for article, actor in store.mentions():
            if article in kept and actor in written:
                writer.writerow([article, actor, MENTIONS])
    files = (nodes_path, relationships_path, articles_path, mentions_path)
    return ExportSummary("csv", len(names), edges, files, articles=len(articles))
