"""First pages of named queries on Neo4j, a baseline checkout's Cypher against this one's.

The Neo4j counterpart of ``ab_first_pages.py``: on one running server holding the benchmark
graph, the first page (``limit`` 100) of each named query with the baseline's Cypher text and
with this checkout's, alternating the two so both see the same load; then each text's
``PROFILE`` db hits (Neo4j's own count of its work, which the load does not change) and the
bytes of the page's rows as the client decodes them. Both texts must run on the same store
version (the baseline's code must not need another schema).

    git archive <baseline> | tar -x -C /tmp/baseline
    python bench/ab_neo4j_pages.py --baseline /tmp/baseline --uri bolt://127.0.0.1:7767 \\
        --db NEW/claims1000000-....db --only between,backs-but-eyes

``--db`` is the embedded store of the same graph, read for the typical actor's parameters.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

import neo4j
from bench_query_latency import GraphSpec, hub_params, typical_params

from alliancegraph.graph.neo4j_store import Neo4jStore
from alliancegraph.queries.library import DEFAULT_EVIDENCE, ORDER, get_query
from alliancegraph.queries.resolve import NameIndex
from alliancegraph.queries.run import resolve_params


def page(store: Neo4jStore, text: str, params: dict, timeout: float) -> tuple[float, int] | None:
    """Milliseconds of one first page and its size as JSON bytes; None when cut off."""
    started = time.perf_counter()
    try:
        with store.driver.session(database=store.database,
                                  default_access_mode=neo4j.READ_ACCESS) as session:
            rows = session.run(neo4j.Query(text, timeout=timeout), params).data()
    except neo4j.exceptions.Neo4jError:
        return None
    return (time.perf_counter() - started) * 1000, len(json.dumps(rows, default=str))


def hits(store: Neo4jStore, text: str, params: dict, timeout: float) -> int | None:
    """PROFILE db hits of one first page; None when cut off."""
    def walk(plan: dict) -> int:
        return plan.get("dbHits", 0) + sum(walk(child) for child in plan.get("children", ()))

    try:
        with store.driver.session(database=store.database) as session:
            result = session.run(neo4j.Query("PROFILE " + text, timeout=timeout), params)
            for _ in result:
                pass
            return walk(result.consume().profile)
    except neo4j.exceptions.Neo4jError:
        return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=Path, required=True, help="baseline checkout")
    parser.add_argument("--uri", required=True, help="the Neo4j server holding the graph")
    parser.add_argument("--db", type=Path, required=True, help="the same graph, embedded")
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cap", type=float, default=20.0, help="seconds before a page is cut")
    parser.add_argument("--only", default="", help="comma-separated query names (default: all)")
    args = parser.parse_args()
    only = {n for n in args.only.split(",") if n}
    spec = GraphSpec(args.claims)
    store = Neo4jStore(uri=args.uri)
    names = NameIndex(store.actors())
    cases = {"hub": hub_params(spec), "typical": typical_params(args.db, spec)}
    print(f"Neo4j first page (limit 100, evidence {DEFAULT_EVIDENCE}), median of {args.runs} "
          f"interleaved runs; {args.claims:,} claims")
    print("| case | query | old ms | new ms | new / old | old db hits | new db hits "
          "| old KiB | new KiB |")
    print("|---|---|---|---|---|---|---|---|---|")
    for case, queries in cases.items():
        for name in ORDER:
            if name not in queries or (only and name not in only):
                continue
            query = get_query(name)
            old_text = (args.baseline / "alliancegraph/queries/cypher" / f"{name}.cypher"
                        ).read_text()
            params = {**resolve_params(store, query, queries[name], names), "since": None,
                      "until": None, "limit": 100, "offset": 0, "evidence": DEFAULT_EVIDENCE}
            times: dict[str, list] = {"old": [], "new": []}
            for _ in range(args.runs):
                times["old"].append(page(store, old_text, params, args.cap))
                times["new"].append(page(store, query.cypher, params, args.cap))
            cells, sizes = [], []
            for side in ("old", "new"):
                done = [t for t in times[side] if t is not None]
                whole = len(done) == len(times[side])
                cells.append(statistics.median(t[0] for t in done) if whole else None)
                sizes.append(f"{done[0][1] / 1024:,.0f}" if done else "")
            shown = [f"{c:,.3g}" if c is not None and c < 1000 else f"{c:,.0f}"
                     if c is not None else f"> {args.cap:g} s" for c in cells]
            ratio = f"{cells[1] / cells[0]:.3g}" if None not in cells else ""
            counts = [hits(store, text, params, args.cap) for text in (old_text, query.cypher)]
            work = [f"{c:,}" if c is not None else "cut" for c in counts]
            print(f"| {case} | {name} | {shown[0]} | {shown[1]} | {ratio} | {work[0]} | "
                  f"{work[1]} | {sizes[0]} | {sizes[1]} |", flush=True)
    store.close()


if __name__ == "__main__":
    main()
