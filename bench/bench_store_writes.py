"""What the per-tie summaries cost a write: ``SQLiteStore.write`` with and without them.

The embedded store keeps its tie summaries exact with triggers on ``claims``
(``alliancegraph/graph/ties.py``). This writes the latency benchmark's synthetic graph (built
in memory first, no spaCy) into fresh stores, in interleaved rounds: as the code is (a load's
batch folded into the summaries once per tie); with the per-claim trigger doing it instead (the
fold turned off, the insert trigger always on: how the summaries were kept before); with no
summaries written at all (the triggers dropped, no fold: what a write cost before them); and
with the covering columns of ``ties_by_object`` dropped (what keeping that index covering costs
a write: the hub pages read it alone). It prints the best CPU time (user + system of this
process, steadier than wall time on a shared machine) and the best wall time of each, and the
ratios to the store without summaries.

    .venv/bin/python bench/bench_store_writes.py [--claims 30000] [--repeat 3]
    .venv/bin/python bench/bench_store_writes.py --quick    # 3,000 claims, 2 rounds
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from bench_query_latency import GraphSpec, synthetic_extractions

import alliancegraph.graph.sqlite_store as sqlite_store
from alliancegraph.graph.sqlite_store import SQLiteStore

TRIGGERS = ("ties_after_insert", "ties_after_delete", "ties_after_update")
NO_FOLD = "SELECT :before"  # the fold's statement replaced by one that writes nothing
WITHOUT_SUMMARIES = "no summaries (before them)"
# name: (statements run on the new store, fold statement, the insert trigger always on)
VARIANTS = {
    "as it is (fold per batch)": ([], sqlite_store.FOLD, False),
    "per-claim trigger": ([], NO_FOLD, True),
    WITHOUT_SUMMARIES: ([f"DROP TRIGGER {name}" for name in TRIGGERS], NO_FOLD, False),
    "fold, ties_by_object not covering": ([
        "DROP INDEX ties_by_object",
        "CREATE INDEX ties_by_object ON ties(object, relation, subject)",
    ], sqlite_store.FOLD, False),
}


def write_once(extractions: list, variant: tuple, folder: Path) -> tuple[float, float]:
    """(CPU s, wall s) of one ``write`` of ``extractions`` into a new store of ``variant``."""
    changes, fold, per_claim = variant
    path = folder / "store.db"
    for stale in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        stale.unlink(missing_ok=True)
    sqlite_store.FOLD = fold
    try:
        with SQLiteStore(path) as store:
            for change in changes:
                store.db.execute(change)
            if per_claim:
                store.db.create_function("ag_batch", 0, lambda: False)
            cpu, wall = time.process_time(), time.perf_counter()
            store.write(extractions)
            return time.process_time() - cpu, time.perf_counter() - wall
    finally:
        sqlite_store.FOLD = VARIANTS["as it is (fold per batch)"][1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=30_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="3,000 claims, 2 rounds")
    args = parser.parse_args()
    if args.quick:
        args.claims, args.repeat = 3_000, 2
    extractions = list(synthetic_extractions(GraphSpec(args.claims)))
    best: dict[str, tuple[float, float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(args.repeat):
            for name, variant in VARIANTS.items():
                cpu, wall = write_once(extractions, variant, Path(folder))
                old = best.get(name, (cpu, wall))
                best[name] = (min(cpu, old[0]), min(wall, old[1]))
    base_cpu, base_wall = best[WITHOUT_SUMMARIES]
    print(f"Store.write of {args.claims:,} synthetic claims, best of {args.repeat} rounds")
    print("| schema | CPU s | wall s | CPU / no summaries | wall / no summaries |")
    print("|---|---|---|---|---|")
    for name, (cpu, wall) in best.items():
        print(f"| {name} | {cpu:.2f} | {wall:.2f} | {cpu / base_cpu:.2f} "
              f"| {wall / base_wall:.2f} |")


if __name__ == "__main__":
    main()
