"""Checking parameter values given as text (dates, integers, the evidence cap), and the
claim-date window every query takes (:mod:`alliancegraph.dates`, with this package's error).
"""

from __future__ import annotations

from alliancegraph import dates
from alliancegraph.queries.errors import InvalidParameterError
from alliancegraph.queries.library import EVIDENCE


def check_date(value: str, what: str = "date") -> str:
    """An ISO date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) as given; raises otherwise.

    >>> check_date("2017-02")
    '2017-02'
    >>> check_date("2017-02-30")
    Traceback (most recent call last):
    ...
    alliancegraph.queries.errors.InvalidParameterError: date: '2017-02-30' is not a date ...
    """
    try:
        return dates.check_date(value.strip() if isinstance(value, str) else value)
    except dates.DateError as exc:
        raise InvalidParameterError(f"{what}: {exc}") from None


def date_window(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """:func:`alliancegraph.dates.date_window`, raising :class:`InvalidParameterError`.

    >>> date_window(None, "2016")
    (None, '2016-12-31')
    """
    try:
        return dates.date_window(since, until)
    except dates.DateError as exc:
        raise InvalidParameterError(str(exc)) from None


def check_int(value: object, what: str) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    try:
        return int(str(value).strip())
    except ValueError:
        raise InvalidParameterError(f"{what}: {value!r} is not an integer") from None


def check_evidence(value: object) -> int | None:
    """The per-relation cap on evidence sentences: a positive integer, or None for all.

    >>> check_evidence("3"), check_evidence(None)
    (3, None)
    """
    if value is None:
        return None
    cap = check_int(value, EVIDENCE)
    if cap < 1:
        raise InvalidParameterError(f"{EVIDENCE}: {value!r} must be at least 1 (omit it for all)")
    return cap
