"""ISO dates as every layer uses them: checked, and windows widened to whole periods.

Dates are ISO strings (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) compared as strings in both
stores, which only works if both ends of a window are complete: ``until="2017-01"`` must keep
the claims of 31 January, so an open end is widened to the last day of its year or month.

The loaders, the named queries and the analyses all read dates; each keeps its own error type
by catching :class:`DateError` (a ``ValueError``) here, so none of them imports another.
"""

from __future__ import annotations

import calendar
import re

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class DateError(ValueError):
    """A value that is not an ISO date, or a window that ends before it starts."""


def check_date(value: str, year_only: bool = True) -> str:
    """``value`` if it is an ISO date (``YYYY`` only when ``year_only``); raises otherwise.

    >>> check_date("2017-02")
    '2017-02'
    >>> check_date("2017-02-30")
    Traceback (most recent call last):
    ...
    alliancegraph.dates.DateError: '2017-02-30' is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)
    """
    match = _ISO.match(value) if isinstance(value, str) else None
    if match:
        year, month, day = (int(g) if g else None for g in match.groups())
        if month is None:
            valid = year_only and year >= 1
        else:
            valid = year >= 1 and 1 <= month <= 12 and (
                day is None or 1 <= day <= calendar.monthrange(year, month)[1])
        if valid:
            return value
    expected = "YYYY-MM-DD, YYYY-MM or YYYY" if year_only else "YYYY-MM-DD or YYYY-MM"
    raise DateError(f"{value!r} is not a date (expected {expected})")


def end_of(date: str) -> str:
    """The last day of the period an ISO date names.

    >>> end_of("2016"), end_of("2017-02"), end_of("2017-02-03")
    ('2016-12-31', '2017-02-28', '2017-02-03')
    """
    parts = [int(p) for p in check_date(date).split("-")]
    if len(parts) == 1:
        return f"{parts[0]:04d}-12-31"
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return f"{parts[0]:04d}-{parts[1]:02d}-{last:02d}"
    return date


def date_window(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """The window as applied: ``since`` as given, ``until`` widened to the end of its period.

    Values are stripped of surrounding blanks; the message of a :class:`DateError` starts with
    the end it is about (``since:``, ``until:``).

    >>> date_window("2017-01", "2017-02")
    ('2017-01', '2017-02-28')
    >>> date_window(None, "2016")
    (None, '2016-12-31')
    """
    since = _check_end(since, "since") if since else None
    if not until:
        return since, None
    until = end_of(_check_end(until, "until"))
    if since and since > until:
        raise DateError(f"since {since} is after until {until}")
    return since, until


def _check_end(value: str, what: str) -> str:
    try:
        return check_date(value.strip() if isinstance(value, str) else value)
    except DateError as exc:
        raise DateError(f"{what}: {exc}") from None
