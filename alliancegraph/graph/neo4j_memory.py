"""How much memory the local Neo4j gets: heap, page cache and transaction memory, from the machine.

A fixed 1 GB heap made a hub's question fail on a million claims (the transactions' memory pool,
70% of the heap, ran out). Neo4j's own ``memory-recommendation`` sizes memory from the machine;
the launcher does the same, with one difference: the server shares the machine with alliancegraph
itself (spaCy workers take about 0.5 GB each), so it takes a **budget** of half the machine's
memory (or of the container's limit), not all of it, unless ``ALLIANCEGRAPH_NEO4J_MEMORY`` says
otherwise (``8g``, ``4096m``). Inside the budget, as Neo4j recommends for a database that does
not fit in memory anyway: 40% heap (at least 1 GB, at most 31 GB, where compressed object
pointers end), the rest page cache; the transactions together may hold 70% of the heap (Neo4j's
own default ratio, stated explicitly so ``neo4j status`` can say it).

>>> plan = memory_plan(total_mb=24 * 1024)
>>> plan.heap_mb, plan.pagecache_mb, plan.transaction_mb
(4915, 7373, 3440)
>>> memory_plan(total_mb=24 * 1024, budget="2g").heap_mb
1024
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass
from pathlib import Path

MEMORY_ENV = "ALLIANCEGRAPH_NEO4J_MEMORY"
HEAP_SHARE = 0.4
TRANSACTION_SHARE = 0.7
MIN_HEAP_MB, MAX_HEAP_MB = 1024, 31 * 1024
MIN_PAGECACHE_MB = 256
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)i?b?\s*$", re.IGNORECASE)
_UNIT_MB = {"k": 1 / 1024, "": 1 / (1024 * 1024), "m": 1, "g": 1024, "t": 1024 * 1024}


class MemorySizeError(ValueError):
    """A memory size that cannot be read (``ALLIANCEGRAPH_NEO4J_MEMORY=lots``)."""


@dataclass(frozen=True)
class MemoryPlan:
    """The sizes given to the server, in MiB, and the machine memory they were derived from."""

    total_mb: int
    budget_mb: int
    heap_mb: int
    pagecache_mb: int
    transaction_mb: int

    def jvm_flags(self) -> list[str]:
        return [f"-Xms{min(self.heap_mb, 512)}m", f"-Xmx{self.heap_mb}m"]

    def launcher_args(self) -> list[str]:
        return ["--pagecache-mb", str(self.pagecache_mb), "--tx-memory-mb",
                str(self.transaction_mb)]

    def describe(self) -> str:
        """One line for ``neo4j status``.

        >>> memory_plan(total_mb=8192).describe()
        'heap 1.6 GB, page cache 2.4 GB, transaction memory 1.1 GB (budget 4.0 GB of 8.0 GB)'
        """
        def gb(mb: int) -> str:
            return f"{mb / 1024:.1f} GB"

        return (f"heap {gb(self.heap_mb)}, page cache {gb(self.pagecache_mb)}, transaction "
                f"memory {gb(self.transaction_mb)} (budget {gb(self.budget_mb)} of "
                f"{gb(self.total_mb)})")

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(asdict(self)) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> MemoryPlan | None:
        try:
            return cls(**json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError):
            return None


def parse_size(text: str) -> int:
    """``"8g"`` -> 8192 MiB; plain numbers are bytes, as in Neo4j's settings.

    >>> parse_size("8g"), parse_size("512m"), parse_size("1.5GiB")
    (8192, 512, 1536)
    """
    match = _SIZE.match(text or "")
    if not match:
        raise MemorySizeError(f"{MEMORY_ENV}: {text!r} is not a memory size (e.g. 8g, 4096m)")
    return int(float(match.group(1)) * _UNIT_MB[match.group(2).lower()])


def machine_memory_mb() -> int:
    """Physical memory, or the cgroup's limit when a container sets a lower one."""
    physical = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // (1024 * 1024)
    try:
        limit = Path("/sys/fs/cgroup/memory.max").read_text().strip()
    except OSError:
        return physical
    return min(physical, int(limit) // (1024 * 1024)) if limit.isdigit() else physical


def memory_plan(total_mb: int | None = None, budget: str | None = None) -> MemoryPlan:
    """The sizes for this machine (see the module); ``budget`` overrides the half-of-memory."""
    total = total_mb if total_mb is not None else machine_memory_mb()
    budget = budget if budget is not None else os.environ.get(MEMORY_ENV)
    budget_mb = parse_size(budget) if budget else total // 2
    heap = int(min(max(budget_mb * HEAP_SHARE, MIN_HEAP_MB), MAX_HEAP_MB))
    pagecache = max(budget_mb - heap, MIN_PAGECACHE_MB)
    return MemoryPlan(total, budget_mb, heap, pagecache, int(heap * TRANSACTION_SHARE))
