"""The heuristic split: a spectral start, local search and Kernighan-Lin passes."""

from __future__ import annotations

import heapq
import math
import random
import time

import networkx as nx
import numpy as np

from alliancegraph.graph.fractures.balance import _weight

MAX_PASSES = 50  # Kernighan-Lin passes per restart of the heuristic (each must improve)


def _spectral(graph: nx.Graph, nodes: list[str], weight: str | None) -> dict[str, int]:
    """Sides from the eigenvector of the smallest eigenvalue of the signed Laplacian.

    On a balanced graph that eigenvector's signs are exactly the two camps; with noise it is a
    good start for local search. Dense ``eigh`` up to 1,500 actors, power iteration beyond.
    """
    index = {node: i for i, node in enumerate(nodes)}
    n = len(nodes)
    if n <= 2:
        return {node: i % 2 for i, node in enumerate(nodes)}
    rows, cols, vals = [], [], []
    for u, v, data in graph.subgraph(nodes).edges(data=True):
        w = data["sign"] * _weight(data, weight)
        rows += [index[u], index[v]]
        cols += [index[v], index[u]]
        vals += [w, w]
    rows_a, cols_a, vals_a = np.array(rows), np.array(cols), np.array(vals, dtype=float)
    degree = np.bincount(rows_a, weights=np.abs(vals_a), minlength=n)
    if n <= 1500:
        laplacian = np.diag(degree)
        np.subtract.at(laplacian, (rows_a, cols_a), vals_a)
        vector = np.linalg.eigh(laplacian)[1][:, 0]
    else:
        shift = 2 * degree.max() + 1
        vector = np.random.default_rng(0).standard_normal(n)
        for _ in range(500):
            product = np.bincount(rows_a, weights=vals_a * vector[cols_a], minlength=n)
            vector = shift * vector - (degree * vector - product)
            vector /= np.linalg.norm(vector)
    return {node: int(vector[index[node]] < 0) for node in nodes}


class _State:
    """Camps plus, per actor, the signed weight of its ties into each camp, kept up to date.

    An actor's frustration in camp c is its positive weight minus its signed weight into c
    (positive ties elsewhere and negative ties inside both count), so a move is scored in O(k)
    and made in O(degree).
    """

    def __init__(self, adjacency: dict[str, list[tuple[str, float]]], camps: dict, k: int):
        self.adjacency, self.camps, self.k = adjacency, camps, k
        self.positive = {n: sum(w for _, w in ties if w > 0) for n, ties in adjacency.items()}
        self.toward = {n: [0.0] * k for n in adjacency}
        for node, ties in adjacency.items():
            for other, w in ties:
                self.toward[node][camps[other]] += w

    def cost_in(self, node: str, camp: int) -> float:
        return self.positive[node] - self.toward[node][camp]

    def best_move(self, node: str) -> tuple[float, int]:
        """The best other camp for ``node`` and the gain of moving there (may be negative)."""
        toward, here = self.toward[node], self.camps[node]
        gain, camp = max((toward[c] - toward[here], -c) for c in range(self.k) if c != here)
        return gain, -camp

    def move(self, node: str, camp: int) -> None:
        old = self.camps[node]
        for other, w in self.adjacency[node]:
            self.toward[other][old] -= w
            self.toward[other][camp] += w
        self.camps[node] = camp

    def total(self) -> float:
        return sum(self.cost_in(node, self.camps[node]) for node in self.adjacency) / 2


def _local_search(state: _State, order: list[str]) -> None:
    """Move single actors while a move lowers frustration (first improvement, in ``order``)."""
    improved = True
    while improved:
        improved = False
        for node in order:
            gain, camp = state.best_move(node)
            if gain > 1e-9:
                state.move(node, camp)
                improved = True


def _kernighan_lin(state: _State, nodes: list[str]) -> bool:
    """One Kernighan-Lin pass: move every actor once, best gain first (even when negative),
    then keep the best prefix of moves. True when the pass lowered frustration."""
    heap = [(-state.best_move(n)[0], n) for n in nodes]
    heapq.heapify(heap)
    locked: set[str] = set()
    moves: list[tuple[str, int]] = []
    running = best = 0.0
    best_length = 0
    while heap:
        negative_gain, node = heapq.heappop(heap)
        if node in locked:
            continue
        gain, camp = state.best_move(node)
        if abs(-negative_gain - gain) > 1e-9:  # stale entry: push back with its current gain
            heapq.heappush(heap, (-gain, node))
            continue
        locked.add(node)
        moves.append((node, state.camps[node]))
        state.move(node, camp)
        running += gain
        if running > best + 1e-9:
            best, best_length = running, len(moves)
        for other, _ in state.adjacency[node]:
            if other not in locked:
                heapq.heappush(heap, (-state.best_move(other)[0], other))
    for node, camp in reversed(moves[best_length:]):
        state.move(node, camp)
    return best > 1e-9


def _heuristic(
    graph: nx.Graph, k: int, weight: str | None, time_limit: float, seed: int, restarts: int = 8
) -> dict[str, int]:
    """Spectral start per connected part, then local search and Kernighan-Lin passes; a few
    seeded random restarts (perturbing a tenth of the actors) keep the best split found."""
    deadline = time.perf_counter() + time_limit
    rng = random.Random(seed)
    nodes = sorted(graph)
    adjacency = {
        node: [(o, graph[node][o]["sign"] * _weight(graph[node][o], weight))
               for o in sorted(graph[node])]
        for node in nodes
    }
    start: dict[str, int] = {}
    for part in sorted(nx.connected_components(graph), key=min):
        start.update(_spectral(graph, sorted(part), weight))
    best_camps, best_cost = None, math.inf
    camps = dict(start)
    for _ in range(restarts + 1):
        state = _State(adjacency, camps, k)
        order = list(nodes)
        rng.shuffle(order)
        _local_search(state, order)
        for _ in range(MAX_PASSES):
            if time.perf_counter() >= deadline or not _kernighan_lin(state, nodes):
                break
            _local_search(state, order)
        cost = state.total()
        if cost < best_cost - 1e-9:
            best_camps, best_cost = dict(state.camps), cost
        if time.perf_counter() >= deadline or best_cost == 0:
            break
        camps = dict(best_camps)
        for node in rng.sample(nodes, max(1, len(nodes) // 10)):
            camps[node] = rng.randrange(k)
    assert best_camps is not None
    return best_camps
