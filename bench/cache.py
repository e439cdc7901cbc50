"""Where the benchmarks keep what they generate: outside the checkout unless told otherwise.

The latency benchmark alone caches about 750 MB of stores (a million claims, both stores); a
checkout is no place for that. The root is ``--cache DIR`` (every script that generates data
takes it), else ``$ALLIANCEGRAPH_BENCH_CACHE``, else ``$XDG_CACHE_HOME/alliancegraph/bench``
(``~/.cache/alliancegraph/bench``).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

ENV = "ALLIANCEGRAPH_BENCH_CACHE"


def cache_dir(*parts: str) -> Path:
    """A folder under the cache root (not created)."""
    root = os.environ.get(ENV) or Path(
        os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    ) / "alliancegraph" / "bench"
    return Path(root).joinpath(*parts)


def add_cache_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--cache", type=Path, default=None, metavar="DIR",
                        help=f"where generated stores and corpora are kept (default "
                        f"${ENV} or ~/.cache/alliancegraph/bench)")


def use_cache(path: Path | None) -> None:
    """Make ``--cache`` the root for this process and the scripts it runs."""
    if path is not None:
        os.environ[ENV] = str(path.resolve())
