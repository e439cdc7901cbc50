"""The signed graph of the left, built from claims (see the package notes), and planted
signed graphs for tests and benchmarks."""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterable, Mapping

import networkx as nx

from alliancegraph.model import Claim
from alliancegraph.ontology import relations
from alliancegraph.ontology.gazetteer import load_gazetteer

LEFT_FAMILIES = frozenset({"far-left", "left", "green"})
CONFLICT_RULES = ("negative", "net")


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
            seen["articles"].add(claim.dispatch)  # copies of one dispatch count once
            seen["dates"].append(claim.date)
            continue
        sign = rel.sign or (1 if rel.polarity == "affiliation" and affiliations else 0)
        if sign == 0:
            continue
        key = tuple(sorted((claim.subject, claim.object)))
        tie = pairs.setdefault(key, {1: set(), -1: set(), "relations": set(), "dates": []})
        tie[sign].add(claim.dispatch)
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
