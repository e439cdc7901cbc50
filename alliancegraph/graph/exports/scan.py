"""The first pass over a store's claims, shared by the graph exports.

Formats such as GEXF and GraphML must write every node (with its degree, size and first date)
before the first edge, while claims arrive as a stream that may hold a million rows. One pass
keeps only per-actor counters, and per (subject, relation, object) summaries when edges are
aggregated; the second pass (per-claim edges) streams the claims again and keeps nothing.
Memory therefore grows with the number of actors and distinct ties, never with claims.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from alliancegraph.graph.exports.common import clean_text, to_date
from alliancegraph.graph.store import Store
from alliancegraph.model import Claim
from alliancegraph.ontology import relations


@dataclass
class ActorStats:
    """One actor as the exported claims see it."""

    kind: str
    degree: int = 0
    supporters: set[str] = field(default_factory=set)
    first: date | None = None

    def seen(self, when: date) -> None:
        if self.first is None or when < self.first:
            self.first = when

    def attributes(self, attrs: dict) -> dict[str, object]:
        """What every graph format says of an actor: the store's attributes, then the counts."""
        camp = attrs.get("camp")
        return {
            "kind": attrs.get("kind") or self.kind,
            "party": attrs.get("party"),
            "family": attrs.get("family"),
            "camp": int(camp) if camp is not None else None,
            "degree": self.degree,
            "supporters": len(self.supporters),
        }


@dataclass
class EdgeGroup:
    """All claims of one (subject, relation, object): counts, dates, and the best evidence.

    Only the evidence of the most confident claim is kept (one sentence per tie, not one per
    claim); the article ids are what the ``weight`` and ``articles`` attributes need.
    """

    subject: str
    relation: str
    object: str
    # Article ids in first-seen order; a dict, because a hub's tie is checked once per claim.
    articles: dict[str, None] = field(default_factory=dict)
    # Copy groups (syndicated copies of one dispatch count once), URLs and outlets, likewise.
    dispatches: dict[str, None] = field(default_factory=dict)
    urls: dict[str, None] = field(default_factory=dict)
    outlets: dict[str, None] = field(default_factory=dict)
    dates: set[date] = field(default_factory=set)
    confidence: float = -1.0
    evidence: str = ""
    cue: str = ""
    article: str = ""
    date: str = ""
    group: str | None = None

    @property
    def weight(self) -> int:
        """The tie's weight: its distinct articles, each group of copies counted once."""
        return len(self.dispatches)

    def add(self, claim: Claim, when: date) -> None:
        self.articles.setdefault(claim.article)
        self.dispatches.setdefault(claim.dispatch)
        if claim.url:
            self.urls.setdefault(claim.url)
        if claim.outlet:
            self.outlets.setdefault(claim.outlet)
        self.dates.add(when)
        if claim.confidence > self.confidence:
            self.confidence = claim.confidence
            self.evidence = clean_text(claim.evidence)
            self.cue = clean_text(claim.cue)
            self.article = claim.article
            self.date = claim.date
            self.group = claim.group


@dataclass
class GraphScan:
    """Per-actor stats, optional aggregated ties, and the dates that break signed ties."""

    actors: dict[str, ActorStats] = field(default_factory=dict)
    edges: dict[tuple[str, str, str], EdgeGroup] = field(default_factory=dict)
    claims: int = 0
    # (subject, object) -> sign -> sorted distinct dates of claims with that sign
    signed: dict[tuple[str, str], dict[int, list[date]]] = field(default_factory=dict)

    def ends(self, subject: str, obj: str, sign: int, start: date) -> date | None:
        """The last day a tie of ``sign`` from ``start`` holds, or None if it never breaks.

        A signed tie (supports, rejects) breaks the day before the same subject makes a claim
        of the opposite sign about the same object: support on 29 January followed by a
        rejection on 29 March lasts until 28 March, so Gephi's timeline shows the break.
        """
        if sign == 0:
            return None
        opposite = self.signed.get((subject, obj), {}).get(-sign, [])
        index = bisect_right(opposite, start)
        if index == len(opposite):
            return None
        return opposite[index] - timedelta(days=1)

    def spells(self, edge: EdgeGroup) -> list[tuple[date, date | None]]:
        """Periods an aggregated tie holds: from a claim until it breaks, again if restated."""
        sign = relations()[edge.relation].sign if edge.relation in relations() else 0
        periods: list[tuple[date, date | None]] = []
        for when in sorted(edge.dates):
            if periods and (periods[-1][1] is None or when <= periods[-1][1]):
                continue
            periods.append((when, self.ends(edge.subject, edge.object, sign, when)))
        return periods


def scan_claims(
    store: Store,
    since: str | None = None,
    until: str | None = None,
    aggregate: bool = False,
    dynamic: bool = False,
) -> GraphScan:
    """Read the claims once and return what the node section of a graph file needs.

    ``aggregate`` groups claims by (subject, relation, object); ``dynamic`` records the dates
    of signed claims per (subject, object) for :meth:`GraphScan.ends`. ``degree`` counts the
    edges the export will write: claims, or distinct ties when aggregated.
    """
    scan = GraphScan()
    signed: dict[tuple[str, str], dict[int, set[date]]] = defaultdict(lambda: defaultdict(set))
    signs = {name: rel.sign for name, rel in relations().items()}
    for claim in store.claims(since, until):
        scan.claims += 1
        when = to_date(claim.date)
        subject = scan.actors.get(claim.subject) or scan.actors.setdefault(
            claim.subject, ActorStats(claim.subject_kind)
        )
        obj = scan.actors.get(claim.object) or scan.actors.setdefault(
            claim.object, ActorStats(claim.object_kind)
        )
        subject.seen(when)
        obj.seen(when)
        if claim.relation == "SUPPORTS":
            obj.supporters.add(claim.subject)
        new_edge = True
        if aggregate:
            key = (claim.subject, claim.relation, claim.object)
            new_edge = key not in scan.edges
            group = scan.edges.get(key) or scan.edges.setdefault(key, EdgeGroup(*key))
            group.add(claim, when)
        if new_edge:
            subject.degree += 1
            obj.degree += 1
        sign = signs.get(claim.relation, 0)
        if dynamic and sign:
            signed[(claim.subject, claim.object)][sign].add(when)
    scan.signed = {
        pair: {sign: sorted(dates) for sign, dates in by_sign.items()}
        for pair, by_sign in signed.items()
    }
    return scan
