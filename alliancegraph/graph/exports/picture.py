"""What the PNG and the HTML page draw: the most connected actors, their ties, camps, layout.

A picture of a million claims is unreadable, so it shows the ``max_actors`` actors with the
most distinct ties and the ties among them, aggregated per (subject, relation, object) from one
streamed pass over the claims (:mod:`.scan`).
"""

from __future__ import annotations

from dataclasses import dataclass

from alliancegraph.graph.exports.layout import Layout, layout_actors
from alliancegraph.graph.exports.scan import EdgeGroup, GraphScan, scan_claims
from alliancegraph.graph.exports.style import GREY, actor_color, node_size, relation_color
from alliancegraph.graph.store import Store
from alliancegraph.ontology import relations

NO_PARTY = "no known party"


@dataclass
class Picture:
    """Everything a drawing needs, already decided: who, where, which colour, which ties."""

    names: list[str]
    attrs: dict[str, dict]
    ties: list[EdgeGroup]
    camps: dict[str, int | None]
    layout: Layout
    scan: GraphScan
    since: str | None
    until: str | None
    hidden: int  # actors left out by max_actors
    stale: int = 0  # articles loaded since the stored camps were written (see Store.stale_camps)

    def color(self, name: str) -> str:
        return actor_color(name, self.attrs.get(name) or {"kind": self.scan.actors[name].kind})

    def kind(self, name: str) -> str:
        return (self.attrs.get(name) or {}).get("kind") or self.scan.actors[name].kind

    def party(self, name: str) -> str | None:
        """The party an actor is drawn with: its own name for a party."""
        if self.kind(name) == "party":
            return name
        return (self.attrs.get(name) or {}).get("party")

    def size(self, name: str) -> float:
        return node_size(len(self.scan.actors[name].supporters))

    def relations_shown(self) -> list[str]:
        present = {t.relation for t in self.ties}
        return [name for name in relations() if name in present]

    def parties_shown(self) -> list[tuple[str, str]]:
        """(party, colour) for the parties of the drawn actors, most represented first."""
        counts: dict[str, int] = {}
        for name in self.names:
            party = self.party(name)
            if party:
                counts[party] = counts.get(party, 0) + 1
        ordered = sorted(counts, key=lambda p: (-counts[p], p))
        shown = [(p, actor_color(p, {"kind": "party"})) for p in ordered]
        if any(self.color(name) == GREY for name in self.names):
            shown.append((NO_PARTY, GREY))  # the grey needs its line in the legend too
        return shown

    def title(self) -> str:
        window = ""
        dates = sorted(d for t in self.ties for d in t.dates)
        if dates:
            window = f", {dates[0].isoformat()} to {dates[-1].isoformat()}"
        hidden = f" (+{self.hidden} less connected not shown)" if self.hidden else ""
        stale = (f" — camps stale: {self.stale} article(s) loaded since "
                 "`alliancegraph fractures` ran" if self.stale else "")
        return (f"Alliances and fractures: {len(self.names)} actors{hidden}, "
                f"{len(self.ties)} ties{window}{stale}")

    @staticmethod
    def tie_color(tie: EdgeGroup) -> str:
        return relation_color(tie.relation)


def build_picture(
    store: Store,
    camps: dict[str, int] | None = None,
    since: str | None = None,
    until: str | None = None,
    max_actors: int = 80,
    seed: int = 7,
) -> Picture:
    """Scan the claims once, keep the best-connected actors, and lay them out.

    ``camps`` (e.g. from the fracture analysis) wins over the camps stored on the actors; with
    neither, the layout is a seeded spring layout.
    """
    scan = scan_claims(store, since, until, aggregate=True)
    attrs = store.actor_attributes()
    ranked = sorted(scan.actors, key=lambda n: (-scan.actors[n].degree, n))
    names = sorted(ranked[:max_actors])
    keep = set(names)
    ties = [scan.edges[k] for k in sorted(scan.edges) if k[0] in keep and k[2] in keep]
    chosen = dict(camps) if camps is not None else {
        n: (attrs.get(n) or {}).get("camp") for n in names
    }
    picture = Picture(names, attrs, ties, chosen, Layout(), scan, since, until,
                      len(ranked) - len(names), 0 if camps is not None else store.stale_camps())
    parties = {n: picture.party(n) for n in names}
    picture.layout = layout_actors(
        names, [(t.subject, t.object) for t in ties], chosen, parties, seed=seed
    )
    return picture
