"""Camp split: the exact integer program (HiGHS) against the heuristic, by number of actors.

Why: ``split_camps(method="auto")`` solves exactly up to ``EXACT_MAX_ACTORS`` actors and uses
the heuristic beyond; this measures where exact stops being practical and how far from the
proven optimum the heuristic lands. The graphs are planted 2-camp signed graphs (ties inside a
camp positive, across negative, average degree 6, then a fraction ``--noise`` of signs flipped),
seeded, so every run sees the same graphs. Noisy random graphs are much harder than real
alliance graphs, which are sparse and close to balanced: these figures are a worst case.

Columns: actors and ties; the planted frustration (the flipped signs: an upper bound on the
optimum); exact frustration, whether HiGHS proved it optimal, its seconds and its lower bound;
heuristic frustration and seconds; and the heuristic / exact frustration ratio.

    .venv/bin/python bench/bench_fractures.py [--sizes 20,50,100,200,400,800] [--noise 0.1]
        [--time-limit 120] [--seeds 1]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from alliancegraph.graph.fractures import (  # noqa: E402
    EXACT_MAX_ACTORS,
    planted_signed_graph,
    split_camps,
)

PRACTICAL_S = 10.0  # "practical": proven optimal in at most this many seconds


@dataclass
class Row:
    actors: int
    ties: float
    planted: float
    exact: float
    optimal: bool
    exact_s: float
    bound: float
    heuristic: float
    heuristic_s: float

    @property
    def ratio(self) -> float:
        return self.heuristic / self.exact if self.exact else 1.0


def measure(n: int, noise: float, seed: int, time_limit: float) -> Row:
    graph = planted_signed_graph(n, noise=noise, seed=seed)
    started = time.perf_counter()
    exact = split_camps(graph, method="exact", time_limit=time_limit)
    exact_s = time.perf_counter() - started
    started = time.perf_counter()
    heuristic = split_camps(graph, method="heuristic", time_limit=time_limit)
    heuristic_s = time.perf_counter() - started
    return Row(n, graph.number_of_edges(), graph.graph["planted_frustration"], exact.frustration,
               exact.optimal, exact_s, exact.bound if exact.bound is not None else float("nan"),
               heuristic.frustration, heuristic_s)


def mean_row(rows: list[Row]) -> Row:
    first = rows[0]
    return Row(
        first.actors,
        statistics.mean(r.ties for r in rows),
        statistics.mean(r.planted for r in rows),
        statistics.mean(r.exact for r in rows),
        all(r.optimal for r in rows),
        statistics.median(r.exact_s for r in rows),
        statistics.mean(r.bound for r in rows),
        statistics.mean(r.heuristic for r in rows),
        statistics.median(r.heuristic_s for r in rows),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="20,50,100,200,400,800")
    parser.add_argument("--noise", type=float, default=0.1)
    parser.add_argument("--time-limit", type=float, default=120.0)
    parser.add_argument("--seeds", type=int, default=1, help="graphs per size (means shown)")
    parser.add_argument("--quick", action="store_true", help="20 to 100 actors, 30 s limit")
    args = parser.parse_args(argv)
    if args.quick:
        args.sizes, args.time_limit = "20,50,100", 30.0
    sizes = [int(s) for s in args.sizes.split(",")]

    print(f"planted 2-camp signed graphs, degree 6, noise {args.noise:.0%}, "
          f"exact time limit {args.time_limit:g} s, {args.seeds} seed(s) per size")
    header = (f"{'actors':>6} {'ties':>6} {'planted':>7} | {'exact':>6} {'proven':>6} "
              f"{'seconds':>8} {'bound':>7} | {'heur.':>6} {'seconds':>8} | {'ratio':>5}")
    print(header)
    print("-" * len(header))
    practical = 0
    for n in sizes:
        rows = [measure(n, args.noise, n * 1000 + seed, args.time_limit)
                for seed in range(args.seeds)]
        row = mean_row(rows)
        print(f"{row.actors:>6} {row.ties:>6.0f} {row.planted:>7.1f} | {row.exact:>6.1f} "
              f"{'yes' if row.optimal else 'no':>6} {row.exact_s:>8.2f} {row.bound:>7.1f} | "
              f"{row.heuristic:>6.1f} {row.heuristic_s:>8.2f} | {row.ratio:>5.3f}", flush=True)
        if row.optimal and row.exact_s <= PRACTICAL_S:
            practical = max(practical, n)
    print()
    print(f"exact proves optimality within {PRACTICAL_S:g} s up to {practical} actors here; "
          f"auto uses it up to {EXACT_MAX_ACTORS} (then falls back to the heuristic's split "
          "when the solver runs out of time).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
