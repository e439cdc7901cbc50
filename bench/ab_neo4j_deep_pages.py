"""Deep pages on Neo4j: every named and composed query at several offsets, baseline vs this one.

Why: a first page can be fast and a later one still fail. Issue 12 asks that no query fail
for memory at 1M claims with the launcher's settings, and a page past the first (``--offset``)
is where a query that sorts or carries more than its page shows it: the hub's ``timeline`` at
``--offset 150`` ran out of the 4 GB budget's transaction memory. For each case (the hubs, a
typical actor), query and offset this prints, for the baseline checkout's Cypher and this
one's (alternating, so both see the same load): the median milliseconds of the page, or why
it failed (``out of memory``, ``cut off`` at ``--cap``), its ``PROFILE`` db hits and the
memory Neo4j charged its transaction (what ``dbms.memory.transaction.total.max`` bounds), its
rows, and whether both texts gave the same rows. Composed questions (``ask``) have one text, this
checkout's, shown on both sides.

    git archive main | tar -x -C /tmp/baseline
    python bench/ab_neo4j_deep_pages.py --baseline /tmp/baseline --uri bolt://127.0.0.1:7730 \\
        --db NEW/claims1000000-....db --offsets 0,150,10000 --only timeline,between
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import neo4j
from bench_query_latency import GraphSpec, composed_questions, hub_params, typical_params

from alliancegraph.graph.neo4j_store import Neo4jStore
from alliancegraph.queries.ask import interpret
from alliancegraph.queries.compose import plan
from alliancegraph.queries.lexicon import load_lexicon
from alliancegraph.queries.library import DEFAULT_EVIDENCE, ORDER, get_query
from alliancegraph.queries.resolve import NameIndex
from alliancegraph.queries.run import resolve_params


def read(store: Neo4jStore, text: str, params: dict, cap: float,
         profile: bool = False) -> tuple[float, list, int | None, int | None] | str:
    """(milliseconds, rows, and with ``profile`` PROFILE's db hits and the memory Neo4j
    charged the transaction, in bytes) of one page, or why it failed."""
    def walk(p: dict) -> int:
        return p.get("dbHits", 0) + sum(walk(child) for child in p.get("children", ()))

    started = time.perf_counter()
    try:
        with store.driver.session(database=store.database,
                                  default_access_mode=neo4j.READ_ACCESS) as session:
            result = session.run(neo4j.Query(("PROFILE " if profile else "") + text,
                                             timeout=cap), params)
            rows = result.data()
            summary = result.consume()
    except neo4j.exceptions.Neo4jError as exc:
        code = exc.code or ""
        return ("out of memory" if "MemoryPoolOutOfMemory" in code
                else f"cut off at {cap:g} s" if "Timed" in code or "Terminated" in code
                else code.rsplit(".", 1)[-1])
    ms = (time.perf_counter() - started) * 1000
    if not profile:
        return ms, rows, None, None
    return ms, rows, walk(summary.profile), summary.profile["args"].get("GlobalMemory")


def texts(store: Neo4jStore, baseline: Path, case: dict, typical: dict, spec: GraphSpec,
          which: str, names: NameIndex) -> list[tuple[str, str, str, dict]]:
    """(query, old text, new text, values without the page) of every query asked."""
    asked = []
    for name in ORDER:
        if name not in case:
            continue
        query = get_query(name)
        old = (baseline / "alliancegraph/queries/cypher" / f"{name}.cypher").read_text()
        values = {**resolve_params(store, query, case[name], names), "since": None,
                  "until": None, "evidence": DEFAULT_EVIDENCE}
        asked.append((name, old, query.cypher, values))
    for name, question in composed_questions(spec, which, typical).items():
        interpretation = interpret(store, question)
        chosen = plan(interpretation, "cypher", load_lexicon().membership)
        text = chosen.text or chosen.query.cypher
        values = {**chosen.params, "since": interpretation.since,
                  "until": interpretation.until, "evidence": DEFAULT_EVIDENCE}
        asked.append((name, text, text, values))
    return asked


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=Path, required=True, help="baseline checkout")
    parser.add_argument("--uri", required=True, help="the Neo4j server holding the graph")
    parser.add_argument("--db", type=Path, required=True, help="the same graph, embedded")
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--offsets", default="0,150,10000")
    parser.add_argument("--limit", type=int, default=100)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--cap", type=float, default=30.0, help="seconds before a page is cut")
    parser.add_argument("--only", default="", help="comma-separated query names (ask: composed)")
    parser.add_argument("--cases", default="hub,typical")
    args = parser.parse_args()
    only = {n for n in args.only.split(",") if n}
    offsets = [int(o) for o in args.offsets.split(",")]
    spec = GraphSpec(args.claims)
    store = Neo4jStore(uri=args.uri)
    names = NameIndex(store.actors())
    typical = typical_params(args.db, spec)
    cases = {"hub": hub_params(spec), "typical": typical}
    print(f"Neo4j pages (limit {args.limit}, evidence {DEFAULT_EVIDENCE}) at offsets "
          f"{args.offsets}, median of {args.runs} interleaved runs; {args.claims:,} claims")
    print("| case | query | offset | rows | old ms | new ms | old db hits | new db hits "
          "| old MB | new MB | same rows |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for which in args.cases.split(","):
        for name, old, new, values in texts(store, args.baseline, cases[which], typical, spec,
                                            which, names):
            if only and name not in only and not ("ask" in only and name.startswith("ask: ")):
                continue
            for offset in offsets:
                page = {**values, "limit": args.limit, "offset": offset}
                for text in (old, new):  # compile outside the timed runs
                    read(store, text, page, args.cap)
                runs: dict[str, list] = {"old": [], "new": []}
                for _ in range(args.runs):
                    for side, text in (("old", old), ("new", new)):
                        runs[side].append(read(store, text, page, args.cap))
                cells, counted, held, rows = [], [], [], []
                for side, text in (("old", old), ("new", new)):
                    failed = next((r for r in runs[side] if isinstance(r, str)), None)
                    if failed:
                        cells.append(failed)
                        counted.append("")
                        held.append("")
                        rows.append(None)
                        continue
                    ms = statistics.median(r[0] for r in runs[side])
                    cells.append(f"{ms:,.3g}" if ms < 1000 else f"{ms:,.0f}")
                    rows.append(runs[side][0][1])
                    profiled = read(store, text, page, args.cap, profile=True)
                    failed = isinstance(profiled, str)
                    counted.append("" if failed else f"{profiled[2]:,}")
                    held.append("" if failed or profiled[3] is None
                                else f"{profiled[3] / 1e6:,.3g}")
                shown = next((len(r) for r in rows if r is not None), "")
                same = "" if None in rows else "yes" if rows[0] == rows[1] else "NO"
                print(f"| {which} | {name} | {offset:,} | {shown} | {cells[0]} | {cells[1]} | "
                      f"{counted[0]} | {counted[1]} | {held[0]} | {held[1]} | {same} |",
                      flush=True)
    store.close()


if __name__ == "__main__":
    main()
