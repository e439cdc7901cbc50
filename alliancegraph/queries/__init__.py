"""The named query library: one Cypher and one SQL text per question, and plain-words questions.

>>> from alliancegraph.graph.sqlite_store import SQLiteStore
>>> run_query(SQLiteStore(":memory:"), "supporters", {"of": "Parti socialiste"}).rows
[]
"""

from alliancegraph.queries.ask import Answer, ask, interpret
from alliancegraph.queries.errors import (
    AmbiguousNameError,
    InvalidParameterError,
    MissingParameterError,
    NoMatchError,
    QueryError,
    UnknownNameError,
    UnknownQueryError,
)
from alliancegraph.queries.library import NamedQuery, Param, get_query, named_queries
from alliancegraph.queries.params import date_window
from alliancegraph.queries.parse import Condition, Interpretation
from alliancegraph.queries.resolve import NameIndex
from alliancegraph.queries.run import QueryResult, run_query

__all__ = [
    "AmbiguousNameError",
    "Answer",
    "Condition",
    "Interpretation",
    "InvalidParameterError",
    "MissingParameterError",
    "NameIndex",
    "NamedQuery",
    "NoMatchError",
    "Param",
    "QueryError",
    "QueryResult",
    "UnknownNameError",
    "UnknownQueryError",
    "ask",
    "date_window",
    "get_query",
    "interpret",
    "named_queries",
    "run_query",
]
