"""The Neo4j driver, imported without numpy, pandas and pyarrow.

The driver imports them when they are installed (``neo4j/_optional_deps.py``), only to accept
their arrays and frames as query parameters, which this package never passes; numpy alone
cost 0.1-0.2 s of every ``alliancegraph ask`` against Neo4j (numpy comes installed with the
analysis libraries). They are hidden during the driver's own import only: a module that needs
numpy later imports it as usual, and nothing is hidden once it is already imported.
"""

from __future__ import annotations

import sys

_HIDDEN = [m for m in ("numpy", "pandas", "pyarrow") if m not in sys.modules]
for _module in _HIDDEN:
    sys.modules[_module] = None  # type: ignore[assignment]  # an import of it fails
try:
    import neo4j
    from neo4j import GraphDatabase, ManagedTransaction, unit_of_work
    from neo4j import exceptions as errors
    from neo4j.graph import Node, Path, Relationship
finally:
    for _module in _HIDDEN:
        if sys.modules.get(_module, 0) is None:
            del sys.modules[_module]

__all__ = ["GraphDatabase", "ManagedTransaction", "Node", "Path", "Relationship", "errors",
           "neo4j", "unit_of_work"]
