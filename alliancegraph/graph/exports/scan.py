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
from alliancegraph.ontology.vocabulary import REL


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

    The evidence of the most confident claim is kept as the tie's sentence; with
    ``every_sentence`` (GEXF, where the tie is the only edge Gephi keeps) each claim's dated
    sentence is kept too, so no claim's evidence is lost when its tie is one edge. The article
    ids are what the ``weight`` and ``articles`` attributes need.
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
    claims: int = 0
    # "date [article] sentence" per distinct claim, only when asked for (see the class doc).
    sentences: dict[str, None] | None = None

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
        self.claims += 1
        if self.sentences is not None:
            self.sentences.setdefault(
                f"{claim.date} [{claim.article}] {clean_text(claim.evidence)}"
            )
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

    def ends(
        self, subject: str, obj: str, sign: int, start: date, hold: int | None = None
    ) -> date | None:
        """The last day a claim of ``sign`` made on ``start`` holds; None if it never ends.

        A claim holds ``hold`` days (its own day included) unless it breaks first; a signed
        tie (supports, rejects) breaks the day before the same subject makes a claim of the
        opposite sign about the same object: support on 29 January followed by a rejection on
        29 March lasts until 28 March at most, so Gephi's timeline shows the break. With
        ``hold=None`` a claim that never breaks lasts to the end of the timeline.
        """
        end = start + timedelta(days=hold - 1) if hold else None
        if sign == 0:
            return end
        opposite = self.signed.get((subject, obj), {}).get(-sign, [])
        index = bisect_right(opposite, start)
        if index == len(opposite):
            return end
        broken = opposite[index] - timedelta(days=1)
        return broken if end is None else min(end, broken)

    def spells(self, edge: EdgeGroup, hold: int | None = None) -> list[tuple[date, date | None]]:
        """The periods a tie holds: the union of its claims' periods (see :meth:`ends`).

        A claim restated while the tie still holds extends the period, so a tie stated every
        month is one spell; a tie not restated within ``hold`` days lapses until its next claim.
        """
        sign = relations()[edge.relation].sign if edge.relation in relations() else 0
        periods: list[tuple[date, date | None]] = []
        for when in sorted(edge.dates):
            end = self.ends(edge.subject, edge.object, sign, when, hold)
            if periods and (periods[-1][1] is None or when <= periods[-1][1] + timedelta(1)):
                last_start, last_end = periods[-1]
                if last_end is not None:
                    periods[-1] = (last_start, None if end is None else max(last_end, end))
                continue
            periods.append((when, end))
        return periods


def scan_claims(
    store: Store,
    since: str | None = None,
    until: str | None = None,
    aggregate: bool = False,
    dynamic: bool = False,
    every_sentence: bool = False,
) -> GraphScan:
    """Read the claims once and return what the node section of a graph file needs.

    ``aggregate`` groups claims by (subject, relation, object); ``dynamic`` records the dates
    of signed claims per (subject, object) for :meth:`GraphScan.ends`; ``every_sentence`` keeps
    each aggregated claim's sentence. ``degree`` counts the edges the export will write:
    claims, or distinct ties when aggregated.
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
        if claim.relation == REL.SUPPORTS:
            obj.supporters.add(claim.subject)
        new_edge = True
        if aggregate:
            key = (claim.subject, claim.relation, claim.object)
            new_edge = key not in scan.edges
            group = scan.edges.get(key)
            if group is None:
                group = scan.edges[key] = EdgeGroup(*key, sentences={} if every_sentence else None)
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


def add_unlinked_actors(
    scan: GraphScan, attributes: dict[str, dict], since: str | None, until: str | None
) -> None:
    """Add the store's actors that no exported claim names, unless a date window is set.

    Every export of a whole store then describes the same actors (a load stores an actor
    mentioned in an article even when no claim links it); a windowed export keeps only the
    actors of its claims, as a graph of that period.
    """
    if since is not None or until is not None:
        return
    for name, attrs in attributes.items():
        if name not in scan.actors:
            scan.actors[name] = ActorStats(attrs.get("kind") or "person")
