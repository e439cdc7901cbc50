"""The fracture report: camps, fault lines, brokers, actors at risk and the monthly trend."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import asdict, dataclass

import networkx as nx

from alliancegraph.dates import date_window, end_of
from alliancegraph.graph.fractures.signed import LEFT_FAMILIES, signed_graph
from alliancegraph.graph.fractures.split import DEFAULT_TIME_LIMIT, split_camps

MONTHLY_RESTARTS = 2  # the monthly rows are a trend: fewer heuristic restarts each


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
            partial = build(end_of(month) if until is None else min(until, end_of(month)))
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
