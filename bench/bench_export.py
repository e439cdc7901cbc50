"""GEXF export of the 1M-claim embedded graph: time and peak memory, against reading the claims.

Why: Gephi users export the whole graph, and a million claims must not need a million claims'
worth of memory. The export streams the claims twice (one pass for node statistics, one for
edges), so its floor is reading ``store.claims()``; the baseline is that loop alone, over the
same store, in the same run. Each measurement runs in its own process, so its peak resident
memory (``ru_maxrss``) is its own; the resident size right after imports and opening the store
is printed too, to tell the export's memory from the interpreter's.

The store is the synthetic graph of ``bench_query_latency.py`` (built there if missing).

    .venv/bin/python bench/bench_export.py                 # 1M claims
    .venv/bin/python bench/bench_export.py --quick         # 20k claims
    .venv/bin/python bench/bench_export.py --tracemalloc   # also Python heap peaks (slower)
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

from bench_query_latency import GraphSpec, print_table, sqlite_store
from cache import add_cache_option, cache_dir, use_cache

from alliancegraph.graph.sqlite_store import SQLiteStore

# What each child process does: the baseline, then the exports measured against it.
MODES = {
    "claims": "iterate store.claims() (baseline)",
    "gexf": "export(store, 'gexf', out)",
    "gexf-aggregate": "export(store, 'gexf', out, aggregate=True)",
}


def rss_mb() -> float:
    """This process's peak resident set so far (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def work(mode: str, db: Path, out: Path) -> dict:
    """Do one mode once, in this process; return what it measured."""
    from alliancegraph.graph.exports import export

    with SQLiteStore(db) as store:
        before = rss_mb()
        started = time.perf_counter()
        if mode == "claims":
            count = sum(1 for _ in store.claims())
            summary = f"{count:,} claims"
        else:
            summary = str(export(store, "gexf", out, aggregate=mode == "gexf-aggregate"))
        seconds = time.perf_counter() - started
    return {"seconds": seconds, "rss_start_mb": before, "rss_peak_mb": rss_mb(),
            "summary": summary}


def child(mode: str, db: Path, out: Path, trace: bool) -> None:
    """Entry point of a measuring process: one JSON line on stdout."""
    if trace:
        tracemalloc.start()
    result = work(mode, db, out)
    if trace:
        result["py_heap_peak_mb"] = tracemalloc.get_traced_memory()[1] / 2**20
    print(json.dumps(result))


def measure(mode: str, db: Path, trace: bool) -> dict:
    """Run ``mode`` in a fresh interpreter and collect its figures."""
    out = cache_dir("export") / f"{db.stem}-{mode}.gexf"
    command = [sys.executable, __file__, "--child", mode, "--db", str(db), "--out", str(out)]
    if trace:
        command.append("--tracemalloc")
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["file_mb"] = out.stat().st_size / 2**20 if out.exists() else None
    return {"mode": mode, "what": MODES[mode], **result}


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--quick", action="store_true", help="20k claims")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--tracemalloc", action="store_true",
                        help="also measure the Python heap peak (tracemalloc slows every run)")
    parser.add_argument("--child", choices=list(MODES), help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    add_cache_option(parser)
    args = parser.parse_args(argv)
    use_cache(args.cache)
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.child:
        child(args.child, args.db, args.out, args.tracemalloc)
        return 0
    spec = GraphSpec(20_000 if args.quick else args.claims, args.seed)
    db, built = sqlite_store(spec)
    if built is not None:
        print(f"built {db} in {built:.0f} s")
    cache_dir("export").mkdir(parents=True, exist_ok=True)
    rows = [measure(mode, db, args.tracemalloc) for mode in MODES]
    base = rows[0]
    for row in rows:
        row["x_time"] = row["seconds"] / base["seconds"]
        row["growth_mb"] = row["rss_peak_mb"] - row["rss_start_mb"]
        row["x_peak"] = row["rss_peak_mb"] / base["rss_peak_mb"]
    print_table(f"GEXF export vs reading the claims, {spec.claims:,} claims ({db.name})", rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
