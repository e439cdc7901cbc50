"""The benchmark scripts take the options the README and ``make bench`` give them.

Nothing is timed here (benchmarks never run in the test suite): each script only parses its
arguments, so a documented option that a script lost fails here instead of in front of a user.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
SCRIPTS = sorted(BENCH.glob("bench_*.py"))


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.stem)
def test_every_benchmark_takes_quick_as_run_all_passes_it(script):
    result = subprocess.run([sys.executable, str(script), "--help"], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "--quick" in result.stdout, f"{script.name} has no --quick"


def test_run_all_gives_quick_to_every_script():
    sys.path.insert(0, str(BENCH))
    try:
        import run_all
    finally:
        sys.path.remove(str(BENCH))
    for script in SCRIPTS:
        assert run_all.command(script, full=False)[-1] == "--quick", script.name
