"""A split of the tied actors into camps, and its frustration."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import networkx as nx


@dataclass
class CampSplit:
    """A split of the tied actors into camps, and how good it is.

    ``camps`` maps every actor with at least one tie to its camp (1..k); ``frustration`` is the
    total weight of the ties the split contradicts, ``frustrated`` lists them; ``optimal`` is
    True only when the integer program proved that no split does better.
    """

    camps: dict[str, int]
    k: int
    method: str
    optimal: bool
    frustration: float
    frustrated: list[tuple[str, str]] = field(default_factory=list)
    bound: float | None = None
    seconds: float = 0.0


def _weight(data: dict, weight: str | None) -> float:
    return 1 if weight is None else data.get(weight, 1)


def frustration(graph: nx.Graph, camps: Mapping[str, int], weight: str | None = "weight"):
    """Total weight of the ties that ``camps`` contradicts, and those ties (sorted)."""
    total, ties = 0, []
    for u, v, data in graph.edges(data=True):
        same = camps[u] == camps[v]
        if (data["sign"] > 0) != same:
            total += _weight(data, weight)
            ties.append(tuple(sorted((u, v))))
    return total, sorted(ties)
