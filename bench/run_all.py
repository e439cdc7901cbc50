"""Run every benchmark script in bench/ in sequence and print their tables (``make bench``).

Why one runner: each script measures its own baseline in the same run and prints ratios, so
running them one after another (never side by side on a 2-core machine) is all that is needed
to refresh every figure of bench/RESULTS.md. Quick sizes by default: a script that has a
``--quick`` option gets it, unless ``--full``; a script without one runs with its defaults.
A failing script is reported and the others still run; the exit status says whether all passed.

    .venv/bin/python bench/run_all.py            # quick sizes, minutes
    .venv/bin/python bench/run_all.py --full     # the sizes of RESULTS.md, over an hour
    .venv/bin/python bench/run_all.py --only load,export
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent


@dataclass
class Outcome:
    script: str
    command: str
    seconds: float
    status: int


def scripts(only: set[str]) -> list[Path]:
    """``bench_*.py`` in name order, or the ones named in ``only`` ("load" = bench_load.py)."""
    found = sorted(BENCH.glob("bench_*.py"))
    if only:
        found = [p for p in found if p.stem.removeprefix("bench_") in only]
    return found


def command(script: Path, full: bool) -> list[str]:
    """The command line for one script: ``--quick`` when it takes one and not ``--full``."""
    quick = not full and '"--quick"' in script.read_text(encoding="utf-8")
    return [sys.executable, str(script), *(["--quick"] if quick else [])]


def run(script: Path, full: bool) -> Outcome:
    """Run one script with its output streamed to ours, so its tables appear as they come."""
    line = command(script, full)
    shown = " ".join([".venv/bin/python", str(script.relative_to(BENCH.parent)), *line[2:]])
    print(f"\n# {shown}", flush=True)
    started = time.perf_counter()
    status = subprocess.run(line, cwd=BENCH.parent).returncode
    return Outcome(script.name, shown, time.perf_counter() - started, status)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--full", action="store_true", help="full sizes (RESULTS.md figures)")
    parser.add_argument("--only", default="", help="comma-separated names, e.g. load,export")
    args = parser.parse_args(argv)
    outcomes = [run(s, args.full) for s in scripts({n for n in args.only.split(",") if n})]
    print("\n# Summary")
    for o in outcomes:
        verdict = "ok" if o.status == 0 else f"FAILED (exit {o.status})"
        print(f"{o.command:60} {o.seconds:8.1f} s  {verdict}")
    return 0 if all(o.status == 0 for o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
