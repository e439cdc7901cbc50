"""``alliancegraph ask`` from the shell, a baseline checkout's code against this one's, interleaved.

``bench_cli_start.py`` times one version; on a shared machine two separate runs do not compare.
This runs the same questions with the baseline's package first on the path (``PYTHONPATH``) and
with this checkout's, alternating, and reports the median CPU time (user + system of the child
process: what the load inflates least) and wall time of each, on the embedded store and, with
``--neo4j-uri``, on a running Neo4j server that already holds the graph (nothing is written).

    git archive <baseline> | tar -x -C /tmp/baseline
    python bench/ab_ask_cpu.py --baseline /tmp/baseline --db NEW/claims1000000-....db \\
        --neo4j-uri bolt://127.0.0.1:7767
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import time
from pathlib import Path

from bench_query_latency import GraphSpec, cast, typical_params

ROOT = Path(__file__).resolve().parents[1]
PYTHON = ROOT / ".venv" / "bin" / "python"
# The console script, run by the interpreter so that PYTHONPATH picks the package's copy.
CLI = "import sys; from alliancegraph.cli import app; sys.argv[0] = 'alliancegraph'; app()"


def run(code_root: Path, args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one ``alliancegraph`` command run with ``code_root``'s package."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run([str(PYTHON), "-c", CLI, *args],
                          env={**env, "PYTHONPATH": str(code_root)}, capture_output=True,
                          timeout=120)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode:
        raise SystemExit(f"{' '.join(args)} failed: {done.stderr.decode()[-300:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=Path, required=True, help="baseline checkout")
    parser.add_argument("--db", type=Path, required=True, help="the embedded store")
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--neo4j-uri", default=None, help="also ask this server (read only)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    spec = GraphSpec(args.claims)
    hubs = cast(spec).hubs
    typical = typical_params(args.db, spec)["backs-but-eyes"]
    questions = {
        "typical backs-but-eyes": f"who backs {typical['backs']} but eyes {typical['eyes']}",
        "hub backs-but-eyes": f"who backs {hubs[0]} but eyes {hubs[1]}",
        "hub, supports A and rejects B": f"who supports {hubs[0]} and rejects {hubs[1]}",
    }
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    stores = [("local", ["--db", str(args.db)], env)]
    if args.neo4j_uri:
        stores.append(("neo4j", ["--store", "neo4j"], {**env, "NEO4J_URI": args.neo4j_uri}))
    print(f"`alliancegraph ask` ({args.claims:,} claims), median of {args.runs} interleaved runs "
          f"after a warm-up; load average {os.getloadavg()[0]:.1f} at the start")
    print("| store | question | old CPU s | new CPU s | new / old | old wall s | new wall s |")
    print("|---|---|---|---|---|---|---|")
    for store, options, store_env in stores:
        for case, question in questions.items():
            command = ["ask", question, *options]
            for root in (args.baseline, ROOT):
                run(root, command, store_env)  # warm-up: bytecode, page cache
            times: dict[str, list[tuple[float, float]]] = {"old": [], "new": []}
            for _ in range(args.runs):
                times["old"].append(run(args.baseline, command, store_env))
                times["new"].append(run(ROOT, command, store_env))
            cpu = {side: statistics.median(t[1] for t in times[side]) for side in times}
            wall = {side: statistics.median(t[0] for t in times[side]) for side in times}
            print(f"| {store} | {case} | {cpu['old']:.3f} | {cpu['new']:.3f} | "
                  f"{cpu['new'] / cpu['old']:.3g} | {wall['old']:.2f} | {wall['new']:.2f} |",
                  flush=True)
    print(f"load average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
