"""``alliancegraph ask`` from the shell, the whole process: typical and hub questions, both stores.

Why: an analyst at a terminal, or a script calling the CLI in a loop, pays the interpreter, the
imports, opening the store, reading the question and rendering the answer on every question, not
only the query. Target (issue 12): < 0.5 s wall clock at 1M claims, typical and hub questions.

Each command runs as a subprocess with its output to a pipe (as a script reading it would),
median wall and CPU time (user + system: what the load average does not inflate) of ``--runs``
after one warm-up run; ``PYTHONDONTWRITEBYTECODE`` is removed from the
subprocesses' environment so the package's bytecode is cached, as in any installed copy. The
baselines are measured in the same run: ``python -c pass`` (the interpreter alone), ``python -c
"import alliancegraph"`` and ``alliancegraph --help`` (typer and rich: the floor of any command);
every figure is also given as a ratio to the interpreter's start.

The questions are those of ``bench_query_latency.py`` on its synthetic graph (its cached store):
the typical backs-but-eyes pair (an actor at the 1st percentile of prominence and the actor its
supporters eye most), the two biggest hubs, and "who supports A and rejects B" (a composed
query) for both; in the table output and in JSON; the hub pair also with ``--evidence 3``.

    .venv/bin/python bench/bench_cli_start.py                 # the 1M graph (built if missing)
    .venv/bin/python bench/bench_cli_start.py --quick         # the 20k graph, 3 runs
    .venv/bin/python bench/bench_cli_start.py --db claims1000000-seed1-parties63bfabf0.db
    .venv/bin/python bench/bench_cli_start.py --claims 20000 --neo4j-uri bolt://127.0.0.1:7705

``--neo4j-uri`` also asks on that running server, after loading the same graph into it: its
``neo4j`` database is WIPED (use a server of your own, sized for the graph).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench_query_latency import (
    EVIDENCE_CAP,
    GraphSpec,
    Neo4jBench,
    cast,
    print_table,
    sqlite_store,
    typical_params,
)
from cache import add_cache_option, use_cache

from alliancegraph.graph.sqlite_store import SQLiteStore

ROOT = Path(__file__).resolve().parents[1]
PYTHON = ROOT / ".venv" / "bin" / "python"
CLI = ROOT / ".venv" / "bin" / "alliancegraph"
TARGET_S = 0.5


def environment(neo4j_uri: str | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if neo4j_uri:
        env["NEO4J_URI"] = neo4j_uri
    return env


def timed(command: list[str], runs: int, env: dict[str, str]) -> tuple[float, float]:
    """Median wall time and median CPU time (user + system) of ``command``, after one warm-up
    run that also fills the caches. On a shared machine the wall time grows with the load
    average; the CPU time is the work the command itself does."""
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT, env=env)
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, cwd=ROOT, env=env)
        walls.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def baselines(runs: int) -> dict[str, tuple[float, float]]:
    env = environment()
    return {
        "python -c pass": timed([str(PYTHON), "-c", "pass"], runs, env),
        'python -c "import alliancegraph"':
            timed([str(PYTHON), "-c", "import alliancegraph"], runs, env),
        "alliancegraph --help": timed([str(CLI), "--help"], runs, env),
    }


def questions(spec: GraphSpec, db: Path) -> list[tuple[str, str, list[str]]]:
    """(case, question, extra options): the typical pair, the hubs, each composed too."""
    hubs = cast(spec).hubs
    typical = typical_params(db, spec)
    backs, eyes = typical["backs-but-eyes"]["backs"], typical["backs-but-eyes"]["eyes"]
    other = typical["between"]["b"]
    return [
        ("typical", f"who backs {backs} but eyes {eyes}", []),
        ("typical", f"who supports {backs} and rejects {other}", []),
        ("hub", f"who backs {hubs[0]} but eyes {hubs[1]}", []),
        ("hub", f"who supports {hubs[0]} and rejects {hubs[1]}", []),
        (f"hub, evidence={EVIDENCE_CAP}", f"who backs {hubs[0]} but eyes {hubs[1]}",
         ["--evidence", str(EVIDENCE_CAP)]),
    ]


def measure(store: str, target: list[str], asked: list[tuple[str, str, list[str]]], runs: int,
            start: tuple[float, float], env: dict[str, str]) -> list[dict]:
    """``alliancegraph ask`` for every question in table and JSON output on one store."""
    rows = []
    for case, question, extra in asked:
        for output in ("table", "json"):
            options = [*target, "-f", output, *extra]
            wall, cpu = timed([str(CLI), "ask", question, *options], runs, env)
            rows.append({
                "store": store, "case": case, "format": output,
                "command": f'alliancegraph ask "{question}" '
                           + " ".join(Path(o).name if o == target[-1] else o for o in options),
                "wall_s": wall, "x_python": wall / start[0], "cpu_s": cpu,
                "cpu_x_python": cpu / start[1],
                "target": f"< {TARGET_S:g} s: {'met' if wall < TARGET_S else 'MISSED'}",
            })
    return rows


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=1_000_000, help="the graph's size")
    parser.add_argument("--runs", type=int, default=7, help="timed runs per command")
    parser.add_argument("--quick", action="store_true", help="the 20k graph, 3 runs")
    parser.add_argument("--neo4j-uri", default=None,
                        help="also ask on this running server (its database is WIPED)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--db", type=Path, default=None,
                        help="a store of this graph already built (the cache's file is named "
                        "after the gazetteer's parties; the people and hubs are the same)")
    add_cache_option(parser)
    args = parser.parse_args(argv)
    use_cache(args.cache)
    if args.quick:
        args.claims, args.runs = 20_000, 3
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    spec = GraphSpec(args.claims, args.seed)
    db = args.db or sqlite_store(spec)[0]
    asked = questions(spec, db)
    base = baselines(args.runs)
    start = base["python -c pass"]
    print_table(f"Baselines (median of {args.runs}, s; load average "
                f"{os.getloadavg()[0]:.1f} at the start)",
                [{"command": k, "wall_s": wall, "x_python": wall / start[0], "cpu_s": cpu,
                  "cpu_x_python": cpu / start[1]} for k, (wall, cpu) in base.items()])
    rows = measure("local", ["--db", str(db)], asked, args.runs, start, environment())
    if args.neo4j_uri:
        neo = Neo4jBench(args.neo4j_uri)
        try:
            with SQLiteStore(db) as local:
                expected = local.counts()
            neo.load(spec, expected)
            rows += measure("neo4j", ["--store", "neo4j"], asked, args.runs, start,
                            environment(args.neo4j_uri))
        finally:
            neo.close()
    print_table(f"alliancegraph ask from the shell, {args.claims:,} claims (median of "
                f"{args.runs}, s; x_python: ratio to `python -c pass`; load average "
                f"{os.getloadavg()[0]:.1f} at the end)", rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
