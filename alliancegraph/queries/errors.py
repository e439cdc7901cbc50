"""The query library's errors: one base class, one line each, so the CLI prints them as they are.

Every error subclasses :class:`QueryError` (itself a ``ValueError``): a caller catches one class
and never has to tell an unknown name from a missing parameter to show the user what went wrong.
"""

from __future__ import annotations


class QueryError(ValueError):
    """A named query or a question could not be run; the message says why, in one line."""


class UnknownQueryError(QueryError):
    """No named query has that name; the message lists the names there are."""


class MissingParameterError(QueryError):
    """A required parameter was not given; the message names it."""


class InvalidParameterError(QueryError):
    """A parameter that does not exist, or a value of the wrong type (a malformed date...)."""


class UnknownNameError(QueryError):
    """No actor in the graph or the gazetteer goes by that name; close matches are suggested.
    ``typed``: the words of the question read as that name, when a question named it."""

    def __init__(self, message: str, typed: str | None = None) -> None:
        super().__init__(message)
        self.typed = typed


class AmbiguousNameError(QueryError):
    """Several actors go by that name; the message lists the candidates."""

    def __init__(self, message: str, candidates: list[str]) -> None:
        super().__init__(message)
        self.candidates = candidates


class NoMatchError(QueryError):
    """A question matched none of the patterns :mod:`alliancegraph.queries.ask` understands."""
