"""Where actors go in a picture: camps side by side, each camp a ring, or a spring layout.

Shared by the PNG and the HTML page so both show the same picture. Camps are the point of
the picture (who stands with whom), so each camp gets its own ring, rings sit left to right in
camp order, and members of the same party sit together on their ring. Names are placed
outside the ring, pointing away from its centre, which keeps them apart without a solver.
With no camps at all, a seeded spring layout is used: same input, same picture.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field

import networkx as nx

NO_CAMP = "no camp"


@dataclass(frozen=True)
class Placement:
    """A node's position, and where and how its name is anchored."""

    x: float
    y: float
    label_x: float
    label_y: float
    ha: str  # "left" | "right" | "center"
    va: str  # "bottom" | "top" | "center"


@dataclass
class Layout:
    """Positions by actor name, plus each camp's centre and radius (for camp titles)."""

    nodes: dict[str, Placement] = field(default_factory=dict)
    camps: dict[str, tuple[float, float, float]] = field(default_factory=dict)

    def bounds(self) -> tuple[float, float, float, float]:
        xs = [p.x for p in self.nodes.values()] or [0.0]
        ys = [p.y for p in self.nodes.values()] or [0.0]
        return min(xs), min(ys), max(xs), max(ys)


def camp_name(camp: int | str | None) -> str:
    """``1`` -> ``"Camp 1"``: the fracture analysis numbers camps from one, as people do."""
    if camp is None or camp == NO_CAMP:
        return NO_CAMP
    return f"Camp {int(camp)}" if isinstance(camp, int) else str(camp)


# Width of a name in layout units, per character: names are drawn at about a tenth of a unit
# high (9.5 pt on 1.25 in per unit in the PNG, 12 px on 110 px in the HTML page).
CHAR_WIDTH = 0.068
LABEL_GAP = 0.18


def _ring(
    members: list[str], cx: float, radius: float, cy: float = 0.0
) -> dict[str, Placement]:
    """Members on a circle, starting at twelve o'clock and going clockwise."""
    count = len(members)
    if count == 1:
        return {members[0]: Placement(cx, cy, cx, cy - LABEL_GAP, "center", "top")}
    placed = {}
    for index, name in enumerate(members):
        angle = math.pi / 2 - 2 * math.pi * index / count
        cos, sin = math.cos(angle), math.sin(angle)
        x, y = cx + radius * cos, cy + radius * sin
        ha = "left" if cos > 0.3 else "right" if cos < -0.3 else "center"
        va = "bottom" if sin > 0.3 else "top" if sin < -0.3 else "center"
        placed[name] = Placement(x, y, x + LABEL_GAP * cos, y + LABEL_GAP * sin, ha, va)
    return placed


def _extent(placed: dict[str, Placement], cx: float) -> tuple[float, float]:
    """How far names reach left and right of a ring's centre (estimated text widths)."""
    left = right = 0.0
    for name, p in placed.items():
        width = CHAR_WIDTH * len(name)
        start = {"left": p.label_x, "right": p.label_x - width,
                 "center": p.label_x - width / 2}[p.ha]
        left = max(left, cx - start)
        right = max(right, start + width - cx)
    return left, right


def camp_layout(
    names: list[str],
    camps: dict[str, int | None],
    parties: dict[str, str | None],
    spacing: float = 0.6,
    margin: float = 0.5,
    per_row: int | None = None,
) -> Layout:
    """Rings of camp members side by side, in camp order, unplaced actors last.

    Parameters
    ----------
    names : list of str
        The actors to place.
    camps : dict
        Camp number by actor; missing or None means no camp.
    parties : dict
        Party by actor (for parties, their own name), so a party sits with its members.
    spacing : float
        Distance between neighbours on a ring, in layout units.
    margin : float
        Room between the longest name of one ring and the longest name of the next.
    per_row : int, optional
        Camps per row: more camps than this wrap onto further rows, below. By default the
        square root of the number of rings, rounded up, so the picture stays near-square and
        reads at page width (three rings in one row made it 3.7 times wider than high).
    """
    groups: dict[int | str, list[str]] = defaultdict(list)
    for name in names:
        camp = camps.get(name)
        groups[NO_CAMP if camp is None else int(camp)].append(name)
    order = sorted((k for k in groups if k != NO_CAMP), key=int) + (
        [NO_CAMP] if NO_CAMP in groups else []
    )
    layout = Layout()
    rings = []
    for key in order:
        members = sorted(groups[key], key=lambda n: ((parties.get(n) or "~"), n))
        radius = max(1.0, len(members) * spacing / (2 * math.pi)) if len(members) > 1 else 0.0
        rings.append((key, members, radius))
    per_row = per_row or max(1, math.ceil(math.sqrt(len(rings))))
    top = 0.0  # y of the top of the current row (rows go downwards)
    for start in range(0, len(rings), per_row):
        row = rings[start:start + per_row]
        height = max(radius for _, _, radius in row)
        cy = top - height
        reach = None  # x where the previous ring's names end
        for key, members, radius in row:
            left, right = _extent(_ring(members, 0.0, radius), 0.0)
            cx = 0.0 if reach is None else reach + margin + left
            layout.nodes.update(_ring(members, cx, radius, cy))
            layout.camps[camp_name(key)] = (cx, cy, radius)
            reach = cx + right
        top = cy - height - 2.4  # room for the names below and the next row's camp titles
    return layout


def _spread(graph: nx.Graph, seed: int) -> dict[str, tuple[float, float]]:
    """A seeded spring layout of one connected piece, scaled so neighbours sit ~1 unit apart."""
    nodes = sorted(graph.nodes)
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    raw = nx.spring_layout(graph, seed=seed, iterations=300)
    points = {n: (float(raw[n][0]), float(raw[n][1])) for n in nodes}
    nearest = sorted(
        min(math.dist(points[a], points[b]) for b in nodes if b != a) for a in nodes
    )
    factor = 1.1 / max(nearest[len(nearest) // 2], 1e-6)
    return {n: (x * factor, y * factor) for n, (x, y) in points.items()}


def spring_layout(
    names: list[str], edges: list[tuple[str, str]], seed: int = 7, row_width: float = 14.0
) -> Layout:
    """Each connected piece laid out by a seeded spring layout, pieces packed in rows.

    Laying out the pieces separately keeps a small group of three from being flung to the
    edge of the picture (and everyone else squeezed together) as one global layout would.
    """
    graph = nx.Graph()
    graph.add_nodes_from(sorted(names))
    graph.add_edges_from((a, b) for a, b in edges if a in graph and b in graph and a != b)
    pieces = sorted(nx.connected_components(graph), key=lambda c: (-len(c), min(c)))
    layout = Layout()
    x = y = row_height = 0.0
    for piece in pieces:
        points = _spread(graph.subgraph(piece), seed)
        xs = [p[0] for p in points.values()]
        ys = [p[1] for p in points.values()]
        label = max(CHAR_WIDTH * len(n) for n in piece) / 2
        width = max(xs) - min(xs) + 2 * label + 0.6
        height = max(ys) - min(ys) + 0.9
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y - row_height, 0.0
        for name, (px, py) in points.items():
            nx_, ny = x + label + (px - min(xs)), y - (max(ys) - py)
            layout.nodes[name] = Placement(nx_, ny, nx_, ny + LABEL_GAP, "center", "bottom")
        x += width
        row_height = max(row_height, height)
    return layout


def layout_actors(
    names: list[str],
    edges: list[tuple[str, str]],
    camps: dict[str, int | None],
    parties: dict[str, str | None],
    seed: int = 7,
) -> Layout:
    """Camp rings when any actor has a camp, a spring layout otherwise."""
    if any(camps.get(name) is not None for name in names):
        return camp_layout(names, camps, parties)
    return spring_layout(names, edges, seed=seed)
