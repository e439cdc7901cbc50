"""The frustration index as a mixed integer program, solved by HiGHS with odd-cycle cuts."""

from __future__ import annotations

import contextlib
import heapq
import math
import os
import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping

import networkx as nx
import numpy as np

from alliancegraph.graph.fractures.balance import _weight, frustration


@contextlib.contextmanager
def _quiet_stdout() -> Iterator[None]:
    """HiGHS prints a banner on stdout (the C one) the first time a solver is made."""
    try:
        sys.stdout.flush()
        saved = os.dup(1)
    except (OSError, ValueError, AttributeError):
        yield
        return
    try:
        with open(os.devnull, "w") as devnull:
            os.dup2(devnull.fileno(), 1)
            yield
    finally:
        os.dup2(saved, 1)
        os.close(saved)


def _new_solver(seed: int):
    import highspy

    with _quiet_stdout():
        solver = highspy.Highs()
    solver.setOptionValue("output_flag", False)
    solver.setOptionValue("random_seed", int(seed))
    solver.setOptionValue("mip_rel_gap", 0.0)
    return solver


def _exact(
    graph: nx.Graph, k: int, weight: str | None, time_limit: float, seed: int,
    warm: Mapping[str, int] | None = None,
):
    """The frustration index as a mixed integer program, solved by HiGHS.

    k = 2: one binary side ``x`` per actor and one ``f`` in [0, 1] per tie, with
    ``f >= |x_u - x_v|`` for a positive tie and ``f >= 1 - |x_u - x_v|`` for a negative one,
    minimising the weighted sum of ``f``. That relaxation alone is weak (all x = 1/2 costs 0),
    so rounds of odd-cycle cuts (:func:`_separate_cycles`) tighten it on the ``f`` variables
    before branching, and a heuristic split, when given, is the first incumbent.
    k > 2: binaries ``x[u, c]`` (one camp per actor), ``f >= x[u, c] - x[v, c]`` (positive) or
    ``f >= x[u, c] + x[v, c] - 1`` (negative) for every camp ``c``. The first actor of each
    connected part is pinned to camp 0 (symmetry). Returns (camps, proven optimal, bound).
    """
    import highspy

    deadline = time.perf_counter() + time_limit
    solver = _new_solver(seed)
    nodes = sorted(graph)
    index = {node: i for i, node in enumerate(nodes)}
    edges = sorted((tuple(sorted((u, v))), d) for u, v, d in graph.edges(data=True))
    weights = [float(_weight(d, weight)) for _, d in edges]
    integral = all(w == int(w) for w in weights)
    solver.setOptionValue("mip_abs_gap", 0.999 if integral else 1e-6)
    inf = highspy.kHighsInf
    pinned = {min(part) for part in nx.connected_components(graph)}

    per_node = 1 if k == 2 else k
    n_x = len(nodes) * per_node
    lower, upper = np.zeros(n_x + len(edges)), np.ones(n_x + len(edges))
    for node in pinned:
        if k == 2:
            upper[index[node]] = 0
        else:
            lower[index[node] * k] = 1
    costs = np.concatenate([np.zeros(n_x), np.array(weights)])
    solver.addVars(len(costs), lower, upper)
    solver.changeColsCost(len(costs), np.arange(len(costs), dtype=np.int32), costs)
    rows = _Rows()
    for e, ((u, v), data) in enumerate(edges):
        f = n_x + e
        for c in range(1 if k == 2 else k):
            xu, xv = index[u] * per_node + c, index[v] * per_node + c
            if data["sign"] > 0:
                rows.add(0, inf, [(f, 1), (xu, -1), (xv, 1)])
                if k == 2:
                    rows.add(0, inf, [(f, 1), (xu, 1), (xv, -1)])
            else:
                rows.add(-1, inf, [(f, 1), (xu, -1), (xv, -1)])
                if k == 2:
                    rows.add(1, inf, [(f, 1), (xu, 1), (xv, 1)])
    if k > 2:
        for node in nodes:
            rows.add(1, 1, [(index[node] * k + c, 1) for c in range(k)])
    rows.flush(solver)
    gap = 0.999 if integral else 1e-6
    if k == 2:
        target = frustration(graph, warm, weight)[0] - gap if warm is not None else None
        bound = _cut_rounds(solver, edges, n_x, deadline, target)
        if target is not None and bound >= target:
            # The relaxation already proves the heuristic split optimal: no branching needed.
            return dict(warm), True, bound
    solver.changeColsIntegrality(
        n_x, np.arange(n_x, dtype=np.int32), np.array([highspy.HighsVarType.kInteger] * n_x)
    )
    if warm is not None and k == 2:
        _warm_start(solver, graph, nodes, edges, n_x, warm)
    solver.setOptionValue("time_limit", max(0.1, deadline - time.perf_counter()))
    solver.run()
    info = solver.getInfo()
    if info.primal_solution_status == 0:  # no feasible point found in time
        return None, False, None
    values = solver.getSolution().col_value
    if k == 2:
        camps = {node: int(round(values[index[node]])) for node in nodes}
    else:
        camps = {
            node: max(range(k), key=lambda c, i=index[node]: values[i * k + c]) for node in nodes
        }
    optimal = solver.getModelStatus() == highspy.HighsModelStatus.kOptimal
    bound = info.mip_dual_bound if math.isfinite(info.mip_dual_bound) else None
    return camps, optimal, bound


class _Rows:
    """Constraint rows gathered in Python, added to the solver in one call (compressed rows)."""

    def __init__(self) -> None:
        self.lower: list[float] = []
        self.upper: list[float] = []
        self.starts: list[int] = []
        self.cols: list[int] = []
        self.vals: list[float] = []

    def add(self, lo: float, hi: float, terms: Iterable[tuple[int, float]]) -> None:
        self.lower.append(lo)
        self.upper.append(hi)
        self.starts.append(len(self.cols))
        for col, val in terms:
            self.cols.append(col)
            self.vals.append(val)

    def flush(self, solver) -> int:
        count = len(self.lower)
        if count:
            solver.addRows(
                count, np.array(self.lower, dtype=float), np.array(self.upper, dtype=float),
                len(self.cols), np.array(self.starts, dtype=np.int32),
                np.array(self.cols, dtype=np.int32), np.array(self.vals, dtype=float),
            )
        self.__init__()
        return count


def _cut_rounds(
    solver, edges: list, n_x: int, deadline: float, target: float | None, rounds: int = 50
) -> float:
    """Tighten the LP relaxation with odd-cycle inequalities until none is violated.

    Starts with every unbalanced triangle (cheap to list), then rounds of separation on the
    LP optimum. Stops early once the LP bound reaches ``target`` (the heuristic split is then
    proven optimal), and spends at most a third of the time left. Returns the last LP bound.
    """
    adjacency: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    edge_of: dict[tuple[str, str], tuple[int, int]] = {}
    for e, ((u, v), data) in enumerate(edges):
        adjacency[u].append((v, e, data["sign"]))
        adjacency[v].append((u, e, data["sign"]))
        edge_of[(u, v)] = edge_of[(v, u)] = (e, data["sign"])
    rows = _Rows()
    for (u, v), _ in edges:
        for w in sorted({o for o, _, _ in adjacency[u]} & {o for o, _, _ in adjacency[v]}):
            if w > v:  # each triangle once, from its edge (u, v) with u < v < w
                (a, sa), (b, sb), (c, sc) = edge_of[(u, v)], edge_of[(v, w)], edge_of[(u, w)]
                if sa * sb * sc < 0:
                    rows.add(1, math.inf, [(n_x + a, 1), (n_x + b, 1), (n_x + c, 1)])
    rows.flush(solver)
    stop = time.perf_counter() + max(0.0, deadline - time.perf_counter()) / 3
    bound = 0.0
    for _ in range(rounds):
        if time.perf_counter() >= stop:
            break
        solver.setOptionValue("time_limit", max(0.1, stop - time.perf_counter()))
        solver.run()
        bound = solver.getInfo().objective_function_value
        if target is not None and bound >= target:
            break
        values = solver.getSolution().col_value
        f = [min(1.0, max(0.0, values[n_x + e])) for e in range(len(edges))]
        for cycle in _separate_cycles(adjacency, f, stop):
            frustrated = sum(1 for _, mode in cycle if mode)
            rows.add(1 - frustrated, math.inf,
                     [(n_x + e, -1.0 if mode else 1.0) for e, mode in cycle])
        if rows.flush(solver) == 0:
            break
    return bound


def _separate_cycles(
    adjacency: Mapping[str, list[tuple[str, int, int]]], f: list[float], stop: float,
    limit: int | None = None,
) -> list[list[tuple[int, bool]]]:
    """Odd-cycle inequalities violated by the frustration values ``f`` (Barahona's separation).

    Along any cycle, the number of frustrated ties has the parity of its negative ties. In a
    doubled graph, an edge taken as *satisfied* costs f and changes layer when negative; taken
    as *frustrated* it costs 1 - f and changes layer when positive. Two paths from one source
    reaching the same actor on both layers, shorter than 1 together, close a violated
    inequality ``sum(f, satisfied) + sum(1 - f, frustrated) >= 1`` where they part. One
    bounded Dijkstra per source thus yields many cuts. Returns cycles as (edge, frustrated).
    """
    limit = limit or 4 * len(adjacency)
    found: list[list[tuple[int, bool]]] = []
    seen: set[frozenset] = set()
    for source in sorted(adjacency):
        if len(found) >= limit or time.perf_counter() >= stop:
            break
        start = (source, 0)
        distance = {start: 0.0}
        previous: dict[tuple, tuple] = {}
        heap = [(0.0, start)]
        while heap:
            d, state = heapq.heappop(heap)
            if d > distance[state]:
                continue
            node, layer = state
            for other, e, sign in adjacency[node]:
                for mode in (False, True):
                    nd = d + ((1 - f[e]) if mode else f[e])
                    nxt = (other, layer ^ ((sign < 0) != mode))
                    if nd < 1 - 1e-6 and nd < distance.get(nxt, math.inf):
                        distance[nxt] = nd
                        previous[nxt] = (state, e, mode)
                        heapq.heappush(heap, (nd, nxt))
        for node in sorted({n for n, _ in distance}):
            ends = (node, 0), (node, 1)
            if not all(end in distance for end in ends):
                continue
            if distance[ends[0]] + distance[ends[1]] >= 1 - 1e-6:
                continue
            cycle = _close(previous, start, *ends)
            if cycle is None:
                continue
            key = frozenset(e for e, _ in cycle)
            if key not in seen:
                seen.add(key)
                found.append(cycle)
    return found


def _close(previous: dict, start: tuple, one: tuple, other: tuple):
    """The cycle formed by the two tree paths to ``one`` and ``other`` past their common
    prefix, or None when it is not a simple cycle."""

    def path(state: tuple) -> list[tuple[tuple, int, bool]]:
        steps = []
        while state != start:
            before, e, mode = previous[state]
            steps.append((state, e, mode))
            state = before
        return steps[::-1]

    a, b = path(one), path(other)
    shared = 0
    while shared < min(len(a), len(b)) and a[shared] == b[shared]:
        shared += 1
    rest = a[shared:] + b[shared:]
    nodes = [state[0] for state, _, _ in rest]
    edges = [e for _, e, _ in rest]
    if len(set(edges)) != len(edges) or len(set(nodes)) != len(nodes) - 1:
        return None
    return [(e, mode) for _, e, mode in rest]


def _warm_start(solver, graph, nodes, edges, n_x, camps: Mapping[str, int]) -> None:
    """Hand a heuristic split to HiGHS as its first incumbent (pinned actors on side 0)."""
    import highspy

    side = {}
    for part in nx.connected_components(graph):
        flip = camps[min(part)]
        for node in part:
            side[node] = (camps[node] != flip) * 1
    values = [float(side[node]) for node in nodes]
    for (u, v), data in edges:
        values.append(float((data["sign"] > 0) != (side[u] == side[v])))
    solution = highspy.HighsSolution()
    solution.col_value = values
    solution.value_valid = True
    solver.setSolution(solution)
