"""Splitting a signed graph into camps of least frustration: exact or heuristic."""

from __future__ import annotations

import time
from collections.abc import Mapping

import networkx as nx

from alliancegraph.graph.fractures.balance import CampSplit, _weight, frustration
from alliancegraph.graph.fractures.exact import _exact
from alliancegraph.graph.fractures.heuristic import _heuristic

# Largest graph "auto" solves exactly. bench/bench_fractures.py, planted 2-camp graphs of
# average degree 6 with 10% of signs flipped (far noisier than real alliance graphs): proven
# optimal in 2 s at 100 actors, 18 s at 200, 23 s at 300; not within 120 s at 400. Beyond the
# time limit "auto" keeps the better of the solver's incumbent and the heuristic's split.
EXACT_MAX_ACTORS = 300
DEFAULT_TIME_LIMIT = 30.0
METHODS = ("auto", "exact", "heuristic")


def split_camps(
    graph: nx.Graph,
    k: int = 2,
    method: str = "auto",
    time_limit: float = DEFAULT_TIME_LIMIT,
    *,
    weight: str | None = "weight",
    seed: int = 0,
    exact_max: int = EXACT_MAX_ACTORS,
    restarts: int = 8,
) -> CampSplit:
    """Split the tied actors of a signed graph into ``k`` camps of least frustration.

    Parameters
    ----------
    graph : networkx.Graph
        Edges need ``sign`` (+1 or -1) and, unless ``weight`` is None, a weight attribute.
    k : int
        Number of camps (at least 2).
    method : {"auto", "exact", "heuristic"}
        ``exact`` solves the integer program with HiGHS; ``heuristic`` uses a spectral start
        and local search; ``auto`` is exact up to ``exact_max`` tied actors, and if the solver
        runs out of time the heuristic answer is kept when it is better.
    time_limit : float
        Seconds for the solver (the heuristic also stops by then).
    weight : str or None
        Edge attribute holding the tie weight; None counts every tie as 1.
    seed : int
        Seed for the heuristic's restarts and the solver.
    restarts : int
        Perturbed restarts of the heuristic. Its work is bounded by counts, not by the clock
        (``time_limit`` is only a safety net), so a given graph and seed give one answer.

    Returns
    -------
    CampSplit

    Examples
    --------
    >>> graph = nx.Graph()
    >>> graph.add_edge("a", "b", sign=1)
    >>> graph.add_edge("b", "c", sign=-1)
    >>> graph.add_edge("a", "c", sign=-1)
    >>> split = split_camps(graph, weight=None)
    >>> split.camps, split.frustration, split.method, split.optimal
    ({'a': 1, 'b': 1, 'c': 2}, 0, 'exact', True)
    >>> from alliancegraph.graph.fractures.signed import planted_signed_graph
    >>> noisy = planted_signed_graph(60, seed=1)
    >>> split_camps(noisy, method="heuristic").frustration, split_camps(noisy).frustration
    (28, 28)
    """
    if method not in METHODS:
        raise ValueError(f"method must be one of {METHODS}, not {method!r}")
    if k < 2:
        raise ValueError(f"k must be at least 2, not {k}")
    started = time.perf_counter()
    tied = nx.Graph(graph.edges(data=True))
    if tied.number_of_nodes() == 0:
        return CampSplit({}, k, "exact" if method != "heuristic" else method, True, 0)
    use_exact = method == "exact" or (method == "auto" and tied.number_of_nodes() <= exact_max)
    if use_exact:
        # A quick heuristic split first: HiGHS starts from it, and it is the answer should the
        # solver find nothing better in time.
        warm = _heuristic(tied, k, weight, max(0.1, time_limit / 10), seed, restarts)
        left = max(0.1, time_limit - (time.perf_counter() - started))
        camps, optimal, bound = _exact(tied, k, weight, left, seed, warm)
        chosen = "exact"
        if camps is None or frustration(tied, warm, weight)[0] < frustration(
            tied, camps, weight
        )[0]:
            camps, chosen = warm, "heuristic"
    else:
        camps = _heuristic(tied, k, weight, time_limit, seed, restarts)
        optimal, bound, chosen = False, None, "heuristic"
    camps = _canonical(tied, camps, weight)
    total, ties = frustration(tied, camps, weight)
    return CampSplit(camps, k, chosen, optimal, total, ties, bound,
                     round(time.perf_counter() - started, 4))


def _canonical(graph: nx.Graph, camps: Mapping[str, int], weight: str | None) -> dict[str, int]:
    """Renumber camps 1..k inside each connected part: by each camp's strongest actor."""
    strength = {
        node: sum(_weight(d, weight) for _, _, d in graph.edges(node, data=True) if d["sign"] > 0)
        for node in graph
    }
    result: dict[str, int] = {}
    for part in nx.connected_components(graph):
        leaders: dict[int, tuple] = {}
        for node in part:
            key = (-strength[node], node)
            label = camps[node]
            if label not in leaders or key < leaders[label]:
                leaders[label] = key
        number = {label: i for i, (label, _) in
                  enumerate(sorted(leaders.items(), key=lambda item: item[1]), start=1)}
        for node in part:
            result[node] = number[camps[node]]
    return dict(sorted(result.items()))
