"""First pages of every named query, old SQL texts against new, interleaved in one process.

The machine these benchmarks run on is shared and its load swings 3-4x within minutes, so two
separate runs of ``bench_query_latency.py`` do not compare. This script times, in turn, the
first page (``limit`` 100) of each named query with the SQL texts of a baseline checkout on a
store in that checkout's schema, and with this checkout's texts on a store in this schema
(the same graph, copied and upgraded), alternating the two, so both see the same load.

    git archive <baseline> | tar -x -C /tmp/baseline
    python bench/ab_first_pages.py --baseline /tmp/baseline \\
        --old-db OLD/claims1000000-....db --new-db NEW/claims1000000-....db --claims 1000000

A query slower than ``--cap`` seconds is interrupted and reported as ``> cap``. When both
sides use the same schema, ``--old-db`` and ``--new-db`` may name the same file (both are opened
read-only). ``--steps`` adds the SQLite virtual-machine instructions each first page executes
(counted by a progress handler in one extra, untimed run per side): unlike milliseconds they
do not depend on the machine's load.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import threading
import time
from pathlib import Path

from bench_query_latency import EVIDENCE_CAP, GraphSpec, hub_params, typical_params

from alliancegraph.graph.sqlite_store import CACHE_KIB, SQLiteStore
from alliancegraph.queries.library import DEFAULT_EVIDENCE, ORDER, get_query
from alliancegraph.queries.resolve import NameIndex
from alliancegraph.queries.run import resolve_params


def read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write (the baseline store must not be upgraded)."""
    db = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    return db


def timed(db: sqlite3.Connection, text: str, params: dict, cap: float) -> float | None:
    """Milliseconds of one read, None when interrupted after ``cap`` seconds."""
    timer = threading.Timer(cap, db.interrupt)
    timer.start()
    started = time.perf_counter()
    try:
        db.execute(text, params).fetchall()
    except sqlite3.OperationalError:
        return None
    finally:
        timer.cancel()
    return (time.perf_counter() - started) * 1000


def vm_steps(db: sqlite3.Connection, text: str, params: dict) -> int:
    """Thousands of virtual-machine instructions SQLite runs for one read (deterministic)."""
    count = [0]

    def tick() -> int:
        count[0] += 1
        return 0

    db.set_progress_handler(tick, 1000)
    try:
        db.execute(text, params).fetchall()
    finally:
        db.set_progress_handler(None, 0)
    return count[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=Path, required=True, help="baseline checkout")
    parser.add_argument("--old-db", type=Path, required=True)
    parser.add_argument("--new-db", type=Path, required=True)
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cap", type=float, default=10.0)
    parser.add_argument("--baseline-lists-all", action="store_true",
                        help="the baseline's default lists every sentence (before the cap of "
                        "three became the default)")
    parser.add_argument("--steps", action="store_true",
                        help="also count each side's SQLite VM instructions (thousands)")
    parser.add_argument("--only", default="", help="comma-separated query names (default: all)")
    args = parser.parse_args()
    only = {n for n in args.only.split(",") if n}
    spec = GraphSpec(args.claims)
    store = SQLiteStore(args.new_db, create=False)
    names = NameIndex(store.actors())
    old, new = read_only(args.old_db), read_only(args.new_db)
    # (old side's evidence cap, new side's): "by default" is what each version's `query` and
    # `ask` give when not told (the baseline listed every sentence; this version three per
    # relation); the other cases give both sides the same cap.
    defaults = (None if args.baseline_lists_all else DEFAULT_EVIDENCE, DEFAULT_EVIDENCE)
    cases = {"hub, by default": (hub_params(spec), defaults),
             "typical, by default": (typical_params(args.new_db, spec), defaults),
             f"hub, evidence={EVIDENCE_CAP}": (hub_params(spec), (EVIDENCE_CAP, EVIDENCE_CAP)),
             "hub, evidence=all": (hub_params(spec), (None, None))}
    print(f"first page (limit 100), median of {args.runs} interleaved runs, ms; "
          f"{args.claims:,} claims")
    steps_head = " old k-steps | new k-steps |" if args.steps else ""
    print("| case | query | old texts, old schema | new texts, new schema | new / old |"
          + steps_head)
    print("|---|---|---|---|---|" + ("---|---|" if args.steps else ""))
    for case, (queries, caps) in cases.items():
        for name in ORDER:
            if name not in queries or (only and name not in only):
                continue
            query = get_query(name)
            old_text = (args.baseline / "alliancegraph/queries/sql" / f"{name}.sql").read_text()
            params = {**resolve_params(store, query, queries[name], names),
                      "since": None, "until": None, "limit": 100, "offset": 0}
            old_params, new_params = ({**params, "evidence": cap} for cap in caps)
            times: dict[str, list[float | None]] = {"old": [], "new": []}
            for _ in range(args.runs):
                times["old"].append(timed(old, old_text, old_params, args.cap))
                times["new"].append(timed(new, query.sql, new_params, args.cap))
            cells = []
            for side in ("old", "new"):
                done = [t for t in times[side] if t is not None]
                cells.append(statistics.median(done) if len(done) == len(times[side]) else None)
            shown = [f"{c:,.3g}" if c is not None and c < 1000 else f"{c:,.0f}" if c is not None
                     else f"> {args.cap:g} s" for c in cells]
            ratio = f"{cells[1] / cells[0]:.3g}" if None not in cells else ""
            counts = ""
            if args.steps:
                counts = (f" {vm_steps(old, old_text, old_params):,} |"
                          f" {vm_steps(new, query.sql, new_params):,} |")
            print(f"| {case} | {name} | {shown[0]} | {shown[1]} | {ratio} |{counts}", flush=True)


if __name__ == "__main__":
    main()
