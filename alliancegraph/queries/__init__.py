"""The named query library: one Cypher and one SQL text per question, and plain-words questions.

>>> from alliancegraph.graph.sqlite_store import SQLiteStore
>>> run_query(SQLiteStore(":memory:"), "supporters", {"of": "Parti socialiste"}).rows
[]
"""

from alliancegraph.queries.ask import ask, example_questions, match_question
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
from alliancegraph.queries.resolve import NameIndex
from alliancegraph.queries.run import QueryResult, run_query

__all__ = [
    "AmbiguousNameError",
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
    "example_questions",
    "get_query",
    "match_question",
    "named_queries",
    "run_query",
]
