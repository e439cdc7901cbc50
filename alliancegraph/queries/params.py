"""Checking parameter values given as text (dates, integers, the evidence cap), and the
claim-date window every query takes (:mod:`alliancegraph.dates`, with this package's error).
"""

from __future__ import annotations

from alliancegraph import dates
from alliancegraph.queries.errors import InvalidParameterError
from alliancegraph.queries.library import ALL_EVIDENCE, EVIDENCE, PAGE


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


# Both stores hold 64-bit integers: a larger value would overflow when bound to the query.
INT_MAX = 2**63 - 1


def check_int(value: object, what: str, minimum: int | None = None) -> int:
    """An integer both stores can bind, at least ``minimum`` when given; raises otherwise.

    >>> check_int("3", "min_articles", minimum=0)
    3
    >>> check_int("-5", "min_articles", minimum=0)
    Traceback (most recent call last):
    ...
    alliancegraph.queries.errors.InvalidParameterError: min_articles: '-5' must be at least 0
    """
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    else:
        try:
            number = int(str(value).strip())
        except ValueError:
            raise InvalidParameterError(f"{what}: {value!r} is not an integer") from None
    if not -INT_MAX - 1 <= number <= INT_MAX:
        raise InvalidParameterError(f"{what}: {value!r} is out of range (at most {INT_MAX})")
    if minimum is not None and number < minimum:
        raise InvalidParameterError(f"{what}: {value!r} must be at least {minimum}")
    return number


def check_evidence(value: object) -> int | None:
    """The per-relation cap on evidence sentences: a positive integer, or None (also given as
    ``"all"``) for every sentence.

    >>> check_evidence("3"), check_evidence(None), check_evidence("all")
    (3, None, None)
    """
    if value is None or (isinstance(value, str) and value.strip().lower() == ALL_EVIDENCE):
        return None
    cap = check_int(value, EVIDENCE)
    if cap < 1:
        raise InvalidParameterError(
            f"{EVIDENCE}: {value!r} must be at least 1 (or {ALL_EVIDENCE!r} for every sentence)"
        )
    return cap


def check_page(limit: object, offset: object) -> tuple[int | None, int]:
    """A page of rows: ``limit`` (None: every row) and ``offset`` (None: 0), both >= 0.

    >>> check_page("100", None), check_page(None, 5)
    ((100, 0), (None, 5))
    """
    checked = []
    for what, value in zip(PAGE, (limit, offset), strict=True):
        if value is None:
            checked.append(None)
            continue
        number = check_int(value, what)
        if number < 0:
            raise InvalidParameterError(f"{what}: {value!r} must not be negative")
        checked.append(number)
    return checked[0], checked[1] or 0
