"""The graph as the page draws it, and the same view as a store the exporters can write.

The page receives every claim once (with its article's date, title and outlet) and filters
in the browser, so the month slider replays without a round trip. A GEXF of "what I see"
goes through the ordinary exporter over :class:`ViewStore`, a read-only store that shows only
the claims the page's filters keep.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from alliancegraph.graph.exports.style import actor_color, relation_color
from alliancegraph.graph.store import ArticleInfo, Store
from alliancegraph.model import Claim
from alliancegraph.ontology import relation_names
from alliancegraph.review.decisions import claim_id

ALL_CLAIMS = 10**9


def outlet(article: ArticleInfo) -> str:
    """Where an article was published, as the page's outlet filter lists it.

    The outlet the loader stored (a page's publisher, a feed's title) first: it names the
    paper ("Le Monde"), where a URL's host only names a server ("lemonde.fr", or a syndication
    host). Then the URL's host, then the folder the file was loaded from.

    >>> outlet(ArticleInfo("a", "2017-01-01", "t", "https://www.lemonde.fr/x", None))
    'lemonde.fr'
    >>> outlet(ArticleInfo("a", "2017-01-01", "t", None, "corpus/ouest/a.txt"))
    'ouest'
    """
    if article.outlet:
        return article.outlet
    if article.url:
        host = urlsplit(article.url).hostname or ""
        return host.removeprefix("www.") or "unknown"
    if article.source:
        parts = article.source.replace("\\", "/").rstrip("/").split("/")
        return parts[-2] if len(parts) > 1 else "local files"
    return "unknown"


def graph_data(store: Store) -> dict:
    """Nodes (name, kind, party, camp, colour) and edges (one per claim, with provenance)."""
    attributes = store.actor_attributes()
    outlets = {article.id: outlet(article) for article in store.articles()}
    edges = []
    for row in store.review_queue(reviewed=True, limit=ALL_CLAIMS):
        edges.append({
            "id": claim_id(row["article"], row["subject"], row["relation"], row["object"]),
            "source": row["subject"], "target": row["object"], "relation": row["relation"],
            "date": row["date"], "article": row["article"], "title": row["title"],
            "outlet": outlets.get(row["article"], "unknown"), "sentence": row["evidence"],
            "confidence": row["confidence"], "reviewed": bool(row["reviewed"]),
        })
    edges.sort(key=lambda e: (e["date"], e["id"]))
    used = {e["source"] for e in edges} | {e["target"] for e in edges}
    nodes = [
        {"name": name, "kind": attrs["kind"], "party": attrs.get("party"),
         "camp": attrs.get("camp"), "color": actor_color(name, attrs)}
        for name, attrs in sorted(attributes.items()) if name in used
    ]
    relations = [{"name": r, "color": relation_color(r)} for r in relation_names()]
    return {"nodes": nodes, "edges": edges, "relations": relations}


@dataclass
class View:
    """The page's filters: a date window, relations, parties, outlets and an ego actor."""

    since: str | None = None
    until: str | None = None
    relations: set[str] = field(default_factory=set)
    parties: set[str] = field(default_factory=set)
    outlets: set[str] = field(default_factory=set)
    actor: str | None = None


class ViewStore(Store):
    """A read-only store showing the claims of ``store`` that ``view`` keeps."""

    def __init__(self, store: Store, view: View) -> None:
        self.store = store
        self.view = view
        self.dialect = store.dialect
        self.name = store.name

    def claims(self, since: str | None = None, until: str | None = None) -> Iterator[Claim]:
        view = self.view
        parties = {n: a.get("party") for n, a in self.store.actor_attributes().items()}
        outlets = {a.id: outlet(a) for a in self.store.articles()}
        since = max(filter(None, (since, view.since)), default=None)
        until = min(filter(None, (until, view.until)), default=None)
        for claim in self.store.claims(since, until):
            if view.relations and claim.relation not in view.relations:
                continue
            if view.outlets and outlets.get(claim.article) not in view.outlets:
                continue
            if view.parties and not view.parties & {
                parties.get(claim.subject), parties.get(claim.object),
                claim.subject, claim.object,
            }:
                continue
            if view.actor and view.actor not in (claim.subject, claim.object):
                continue
            yield claim

    def write(self, extractions, replace: bool = False):
        raise TypeError("a view is read-only")

    def has_article(self, article_id: str) -> bool:
        return self.store.has_article(article_id)

    def counts(self) -> dict[str, int]:
        return self.store.counts()

    def actors(self):
        return self.store.actors()

    def mentions(self):
        return self.store.mentions()

    def stale_camps(self) -> int:
        return self.store.stale_camps()

    def actor_attributes(self) -> dict[str, dict]:
        return self.store.actor_attributes()

    def articles(self):
        return self.store.articles()

    def read(self, text: str, params: dict | None = None, *, own: bool = False) -> list[dict]:
        return self.store.read(text, params, own=own)

    def set_camps(self, camps) -> None:
        raise TypeError("a view is read-only")

    def close(self) -> None:
        """The view does not own its store."""
