"""What the per-tie summaries cost a write: ``SQLiteStore.write`` with and without them.

The embedded store keeps its tie summaries exact with triggers on ``claims``
(``alliancegraph/graph/ties.py``). This writes the latency benchmark's synthetic graph (built
in memory first, no spaCy) into fresh stores, in interleaved rounds: once as the schema is, once
with the summary triggers dropped (what a write cost before the summaries), and once with the
covering columns of ``ties_by_object`` dropped (to show what keeping that index covering costs
a write: the hub pages read it alone). It prints the best CPU time (user + system of this
process, steadier than wall time on a shared machine) and the best wall time of each, and the
ratios to the store without triggers.

    .venv/bin/python bench/bench_store_writes.py [--claims 30000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from bench_query_latency import GraphSpec, synthetic_extractions

from alliancegraph.graph.sqlite_store import SQLiteStore

TRIGGERS = ("ties_after_insert", "ties_after_delete", "ties_after_update")
VARIANTS = {
    "as it is": [],
    "no summary triggers": [f"DROP TRIGGER {name}" for name in TRIGGERS],
    "ties_by_object not covering": [
        "DROP INDEX ties_by_object",
        "CREATE INDEX ties_by_object ON ties(object, relation, subject)",
    ],
}


def write_once(extractions: list, changes: list[str], folder: Path) -> tuple[float, float]:
    """(CPU s, wall s) of one ``write`` of ``extractions`` into a new store after ``changes``."""
    path = folder / "store.db"
    for stale in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        stale.unlink(missing_ok=True)
    with SQLiteStore(path) as store:
        for change in changes:
            store.db.execute(change)
        cpu, wall = time.process_time(), time.perf_counter()
        store.write(extractions)
        return time.process_time() - cpu, time.perf_counter() - wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=30_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    extractions = list(synthetic_extractions(GraphSpec(args.claims)))
    best: dict[str, tuple[float, float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(args.repeat):
            for name, changes in VARIANTS.items():
                cpu, wall = write_once(extractions, changes, Path(folder))
                old = best.get(name, (cpu, wall))
                best[name] = (min(cpu, old[0]), min(wall, old[1]))
    base_cpu, base_wall = best["no summary triggers"]
    print(f"Store.write of {args.claims:,} synthetic claims, best of {args.repeat} rounds")
    print("| schema | CPU s | wall s | CPU / no triggers | wall / no triggers |")
    print("|---|---|---|---|---|")
    for name, (cpu, wall) in best.items():
        print(f"| {name} | {cpu:.2f} | {wall:.2f} | {cpu / base_cpu:.2f} "
              f"| {wall / base_wall:.2f} |")


if __name__ == "__main__":
    main()
