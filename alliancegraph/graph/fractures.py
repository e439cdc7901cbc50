"""Fracture lines of the left: structural balance on the signed graph of alliances.

Claims become a signed, weighted, undirected graph of persons (:func:`signed_graph`); the actors
are split into camps that minimise *frustration*, the weight of the ties the split contradicts
(a positive tie across camps, a negative tie inside one) (:func:`split_camps`); the report
(:func:`analyse`) names the camps, the fault lines between them, the brokers with friends on
both sides, and the actors at risk of leaving.

Choices, and why:

* **Signs come from the ontology.** A relation's polarity is read from ``alliancegraph.ttl``:
  *positive* (SUPPORTS, INVITED_TO_RALLY) and *negative* (REJECTS) ties count for balance;
  a *pull* (TEMPTED_BY) is no tie yet, only a risk, so it feeds the at-risk list; an
  *affiliation* (SPOKESPERSON_OF, MEMBER_OF) counts as positive when ``affiliations=True``
  (the default): a spokesperson's words are their principal's, so they stand together.
* **Persons, not parties** (``parties=False``): a party is not one side of a split of its own
  members (the PS holds both of its camps), so claims with a party at either end are left out.
  With ``parties=True`` parties become nodes like persons, and membership binds members to them.
* **Scope: the left.** Actors whose family (a party's gazetteer family, or a person's party's)
  is far-left, left or green, plus every actor tied to one of them (Macron, for the Socialists
  who back him); ties between two actors out of scope are dropped.
* **Parallel claims** between two actors, in either direction, make one tie. Its weight is the
  number of distinct articles that carry a claim of that sign. When both signs occur, the
  default (``conflict="negative"``) keeps the negative tie: a public refusal is a costlier
  signal than an overture, and overtures are routinely made to adversaries (Hamon invited
  Mélenchon twice; Mélenchon refused). ``conflict="net"`` keeps the sign of the difference
  instead (no tie when it is zero). Either way the tie records both counts and ``conflict``.
* **Exact when it can be.** :func:`split_camps` solves the frustration index as an integer
  program with HiGHS (binary side variables) up to :data:`EXACT_MAX_ACTORS` actors and proves
  optimality; beyond, a spectral start (signed Laplacian) refined by local search and
  Kernighan-Lin passes. The result says which method ran and whether it is proven optimal.
* **Deterministic camp numbers.** In each connected part of the graph, camp 1 is the camp of
  the actor with the most positive ties (by weight, then by name), and so on.
"""

from __future__ import annotations

import calendar
import contextlib
import heapq
import math
import os
import random
import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field

import networkx as nx
import numpy as np

from alliancegraph.model import Claim
from alliancegraph.ontology import relations
from alliancegraph.ontology.gazetteer import load_gazetteer

LEFT_FAMILIES = frozenset({"far-left", "left", "green"})
# Largest graph "auto" solves exactly. bench/bench_fractures.py, planted 2-camp graphs of
# average degree 6 with 10% of signs flipped (far noisier than real alliance graphs): proven
# optimal in 2 s at 100 actors, 18 s at 200, 23 s at 300; not within 120 s at 400. Beyond the
# time limit "auto" keeps the better of the solver's incumbent and the heuristic's split.
EXACT_MAX_ACTORS = 300
DEFAULT_TIME_LIMIT = 30.0
MAX_PASSES = 50  # Kernighan-Lin passes per restart of the heuristic (each must improve)
MONTHLY_RESTARTS = 2  # the monthly rows are a trend: fewer heuristic restarts each
METHODS = ("auto", "exact", "heuristic")
CONFLICT_RULES = ("negative", "net")


# -- the signed graph -----------------------------------------------------------------------------


def _families(attributes: Mapping[str, dict]) -> dict[str, str]:
    """Party name -> family, from the store's party actors, then from the gazetteer."""
    families = {p.name: p.camp for p in load_gazetteer().parties if p.camp}
    for name, attrs in attributes.items():
        if attrs.get("kind") == "party" and attrs.get("family"):
            families[name] = attrs["family"]
    return families


def family_of(name: str, attributes: Mapping[str, dict], families: Mapping[str, str]):
    """A party's own family, or the family of a person's party (None when unknown)."""
    attrs = attributes.get(name) or {}
    if attrs.get("kind") == "party":
        return families.get(name)
    party = attrs.get("party")
    return families.get(party) if party else None


def _in_window(date: str, since: str | None, until: str | None) -> bool:
    return (since is None or date >= since) and (until is None or date <= until)


def signed_graph(
    claims: Iterable[Claim],
    attributes: Mapping[str, dict],
    since: str | None = None,
    until: str | None = None,
    *,
    parties: bool = False,
    affiliations: bool = True,
    conflict: str = "negative",
) -> nx.Graph:
    """The signed graph of the left from claims and actor attributes (see the module notes).

    Parameters
    ----------
    claims : iterable of Claim
        Typically ``store.claims()``; those dated outside [since, until] are skipped.
    attributes : mapping
        ``store.actor_attributes()``: per actor ``kind``, ``party``, ``family``...
    since, until : str, optional
        ISO dates bounding the claims (compared as strings, like the stores do).
    parties : bool
        Keep parties as nodes (default False: persons only).
    affiliations : bool
        Count affiliation relations (spokesperson, membership) as positive ties.
    conflict : {"negative", "net"}
        How a pair with both positive and negative claims is signed.

    Returns
    -------
    networkx.Graph
        Edges carry ``sign`` (+1/-1), ``weight`` (articles behind that sign), ``positive`` and
        ``negative`` (articles of each sign), ``conflict``, ``relations``, ``articles``,
        ``first``, ``last``. Nodes carry ``kind``, ``party``, ``family``, ``left`` and
        ``pulls`` (target -> {articles, first, last, family}). Left actors of the window's
        claims with no tie (a membership only, say) are kept as isolated nodes.

    Examples
    --------
    >>> from alliancegraph.model import Claim
    >>> people = {n: {"kind": "person", "party": "Parti socialiste"} for n in "ABC"}
    >>> claims = [Claim("A", "SUPPORTS", "B", "a1", "2017-01-02", "", "", 1.0),
    ...           Claim("C", "REJECTS", "A", "a1", "2017-01-02", "", "", 1.0)]
    >>> graph = signed_graph(claims, people)
    >>> sorted((u, v, d["sign"]) for u, v, d in graph.edges(data=True))
    [('A', 'B', 1), ('A', 'C', -1)]
    """
    if conflict not in CONFLICT_RULES:
        raise ValueError(f"conflict must be one of {CONFLICT_RULES}, not {conflict!r}")
    vocabulary = relations()
    families = _families(attributes)

    def kind(name: str, fallback: str) -> str:
        return (attributes.get(name) or {}).get("kind") or fallback

    pairs: dict[tuple[str, str], dict] = {}
    pulls: dict[str, dict[str, dict]] = defaultdict(dict)
    present: set[str] = set()  # every actor of a claim in the window
    for claim in claims:
        if claim.subject == claim.object or not _in_window(claim.date, since, until):
            continue
        present.update((claim.subject, claim.object))
        rel = vocabulary.get(claim.relation)
        if rel is None:
            continue
        ends = (kind(claim.subject, claim.subject_kind), kind(claim.object, claim.object_kind))
        if not parties and "party" in ends:
            continue
        if rel.polarity == "pull":
            seen = pulls[claim.subject].setdefault(claim.object, {"articles": set(), "dates": []})
            seen["articles"].add(claim.article)
            seen["dates"].append(claim.date)
            continue
        sign = rel.sign or (1 if rel.polarity == "affiliation" and affiliations else 0)
        if sign == 0:
            continue
        key = tuple(sorted((claim.subject, claim.object)))
        tie = pairs.setdefault(key, {1: set(), -1: set(), "relations": set(), "dates": []})
        tie[sign].add(claim.article)
        tie["relations"].add(claim.relation)
        tie["dates"].append(claim.date)

    left = {
        name for name in present
        if family_of(name, attributes, families) in LEFT_FAMILIES
        and (parties or kind(name, "person") == "person")
    }
    scope = set(left)
    for a, b in pairs:
        if a in left or b in left:
            scope.update((a, b))

    graph = nx.Graph(since=since, until=until, parties=parties, affiliations=affiliations,
                     conflict=conflict)
    for name in sorted(scope):
        attrs = attributes.get(name) or {}
        graph.add_node(
            name, kind=kind(name, "person"), party=attrs.get("party"),
            family=family_of(name, attributes, families), left=name in left,
            pulls={
                target: {
                    "articles": sorted(seen["articles"]), "first": min(seen["dates"]),
                    "last": max(seen["dates"]),
                    "family": family_of(target, attributes, families),
                }
                for target, seen in sorted(pulls.get(name, {}).items())
            },
        )
    for (a, b), tie in sorted(pairs.items()):
        if a not in scope or b not in scope:
            continue
        positive, negative = len(tie[1]), len(tie[-1])
        if conflict == "negative":
            sign = -1 if negative else 1
            weight = negative if negative else positive
        else:
            if positive == negative:
                continue
            sign = 1 if positive > negative else -1
            weight = abs(positive - negative)
        graph.add_edge(
            a, b, sign=sign, weight=weight, positive=positive, negative=negative,
            conflict=bool(positive and negative), relations=sorted(tie["relations"]),
            articles=sorted(tie[1] | tie[-1]), first=min(tie["dates"]), last=max(tie["dates"]),
        )
    return graph


# -- camp split -----------------------------------------------------------------------------------


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


# -- heuristic ------------------------------------------------------------------------------------


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


def planted_signed_graph(
    n: int, k: int = 2, degree: float = 6.0, noise: float = 0.1, seed: int | None = None
) -> nx.Graph:
    """A random signed graph with ``k`` planted camps: ties inside camps positive, across
    negative, then a fraction ``noise`` of signs flipped. For tests and benchmarks.

    >>> graph = planted_signed_graph(20, seed=3)
    >>> graph.number_of_nodes(), graph.graph["planted_frustration"] <= graph.number_of_edges()
    (20, True)
    """
    rng = random.Random(seed)
    camp = {f"a{i:04d}": i % k for i in range(n)}
    nodes = sorted(camp)
    graph = nx.Graph()
    graph.add_nodes_from(nodes)
    p = min(1.0, degree / max(1, n - 1))
    flipped = 0
    for i, u in enumerate(nodes):
        for v in nodes[i + 1:]:
            if rng.random() < p:
                sign = 1 if camp[u] == camp[v] else -1
                if rng.random() < noise:
                    sign, flipped = -sign, flipped + 1
                graph.add_edge(u, v, sign=sign, weight=1)
    graph.graph["planted"] = camp
    graph.graph["planted_frustration"] = flipped
    return graph


# -- the report -----------------------------------------------------------------------------------


@dataclass
class FractureReport:
    """Camps, fault lines, brokers and actors at risk, for one window of claims.

    Every list is sorted, so two runs (or two stores) holding the same claims give equal
    reports; :meth:`to_dict` is the JSON the CLI prints.
    """

    since: str | None
    until: str | None
    method: str
    optimal: bool
    frustration: float
    bound: float | None
    actors: int
    ties: int
    camps: list[dict]
    fault_lines: list[dict]
    frustrated: list[dict]
    brokers: list[dict]
    at_risk: list[dict]
    unplaced: list[str]
    monthly: list[dict]
    options: dict

    def camp_of(self, name: str) -> int | None:
        for camp in self.camps:
            if name in camp["members"]:
                return camp["camp"]
        return None

    def to_dict(self) -> dict:
        return asdict(self)


def _tie_row(graph: nx.Graph, u: str, v: str, camps: Mapping[str, int]) -> dict:
    a, b = sorted((u, v))
    data = graph[a][b]
    return {
        "a": a, "b": b, "sign": data["sign"], "camps": [camps[a], camps[b]],
        "weight": data["weight"], "conflict": data["conflict"],
        "relations": data["relations"], "articles": data["articles"],
        "first": data["first"], "last": data["last"],
    }


def _camps(graph: nx.Graph, camps: Mapping[str, int]) -> list[dict]:
    rows = []
    for number in sorted(set(camps.values())):
        members = sorted(n for n, c in camps.items() if c == number)
        parties: dict[str, int] = defaultdict(int)
        for name in members:
            parties[graph.nodes[name].get("party") or "(unknown)"] += 1
        rows.append({
            "camp": number, "size": len(members), "members": members,
            "parties": dict(sorted(parties.items(), key=lambda item: (-item[1], item[0]))),
        })
    return rows


def _fault_lines(graph: nx.Graph, camps: Mapping[str, int]) -> tuple[list[dict], list[dict]]:
    """Ties between camps (negative: the fault line; positive: a tie across it), and the
    frustrated ties (positive across camps, negative inside one)."""
    lines, frustrated = [], []
    for u, v, data in sorted(graph.edges(data=True), key=lambda e: tuple(sorted(e[:2]))):
        if u not in camps or v not in camps:
            continue
        row = _tie_row(graph, u, v, camps)
        across = camps[u] != camps[v]
        if across:
            lines.append({"kind": "negative" if data["sign"] < 0 else "positive-crossing", **row})
        if across == (data["sign"] > 0):
            frustrated.append({"kind": "positive-crossing" if across else "negative-inside", **row})
    lines.sort(key=lambda r: (r["kind"] != "negative", r["a"], r["b"]))
    return lines, frustrated


def _brokers(graph: nx.Graph, camps: Mapping[str, int]) -> list[dict]:
    """Actors with positive ties into more than one camp (their own included)."""
    rows = []
    for name in sorted(camps):
        reached = {camps[o] for _, o, d in graph.edges(name, data=True) if d["sign"] > 0}
        if len(reached) > 1:
            friends = sorted(o for _, o, d in graph.edges(name, data=True) if d["sign"] > 0)
            rows.append({"name": name, "camp": camps[name], "camps": sorted(reached),
                         "positive_ties": friends})
    return rows


def _at_risk(graph: nx.Graph, camps: Mapping[str, int]) -> list[dict]:
    """Left actors tempted by someone of another camp, or by someone outside the left."""
    rows = []
    for name, data in sorted(graph.nodes(data=True)):
        if not data.get("left"):
            continue
        for target, pull in data.get("pulls", {}).items():
            reasons = []
            target_camp = camps.get(target)
            if target_camp is not None and name in camps and target_camp != camps[name]:
                reasons.append("other camp")
            if pull["family"] is not None and pull["family"] not in LEFT_FAMILIES:
                reasons.append("outside the left")
            if reasons:
                rows.append({
                    "name": name, "camp": camps.get(name), "tempted_by": target,
                    "target_camp": target_camp, "target_family": pull["family"],
                    "reason": ", ".join(reasons), "articles": pull["articles"],
                    "first": pull["first"], "last": pull["last"],
                })
    return rows


def _month_end(month: str) -> str:
    year, number = (int(p) for p in month.split("-"))
    return f"{month}-{calendar.monthrange(year, number)[1]:02d}"


def analyse(
    store,
    since: str | None = None,
    until: str | None = None,
    method: str = "auto",
    *,
    k: int = 2,
    write_back: bool = False,
    time_limit: float = DEFAULT_TIME_LIMIT,
    monthly: bool = True,
    parties: bool = False,
    affiliations: bool = True,
    conflict: str = "negative",
) -> FractureReport:
    """Split the left of ``store`` into ``k`` camps over the claims dated in [since, until].

    ``monthly`` adds one row per month: the split of the claims from ``since`` to the end of
    that month (how the fracture grew), with the time limit shared between the months and
    fewer heuristic restarts (a trend, not the answer). ``write_back`` stores each actor's
    camp as the actor property ``camp`` (actors outside every camp get none), which the
    ``cross-camp-ties`` named query reads.
    """
    from alliancegraph.queries.params import date_window

    since, until = date_window(since, until)
    claims = list(store.claims(since, until))
    attributes = store.actor_attributes()
    options = {"k": k, "parties": parties, "affiliations": affiliations, "conflict": conflict}

    def build(upto: str | None) -> nx.Graph:
        return signed_graph(claims, attributes, since, upto, parties=parties,
                            affiliations=affiliations, conflict=conflict)

    graph = build(until)
    split = split_camps(graph, k=k, method=method, time_limit=time_limit)
    fault_lines, frustrated = _fault_lines(graph, split.camps)
    rows = []
    if monthly:
        months = sorted({c.date[:7] for c in claims})
        for month in months:
            partial = build(_month_end(month) if until is None else min(until, _month_end(month)))
            part = split_camps(partial, k=k, method=method,
                               time_limit=max(1.0, time_limit / len(months)),
                               restarts=MONTHLY_RESTARTS)
            sizes = defaultdict(int)
            for camp in part.camps.values():
                sizes[camp] += 1
            rows.append({
                "month": month, "actors": len(part.camps),
                "ties": partial.number_of_edges(), "frustration": part.frustration,
                "camp_sizes": [sizes[c] for c in sorted(sizes)], "method": part.method,
            })
    report = FractureReport(
        since=since, until=until, method=split.method, optimal=split.optimal,
        frustration=split.frustration, bound=split.bound, actors=len(split.camps),
        ties=graph.number_of_edges(), camps=_camps(graph, split.camps), fault_lines=fault_lines,
        frustrated=frustrated, brokers=_brokers(graph, split.camps),
        at_risk=_at_risk(graph, split.camps),
        unplaced=sorted(n for n in graph if n not in split.camps), monthly=rows, options=options,
    )
    if write_back:
        store.set_camps(dict(split.camps))
    return report
