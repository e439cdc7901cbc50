"""Checking parameter values given as text (dates, integers, the evidence cap), and the
claim-date window every query takes.

Dates are ISO strings compared as strings in both stores, which only works if both ends of the
window are complete: ``until="2017-01"`` must keep the claims of 31 January, so an open end is
widened to the last day of its year or month before any query sees it.
"""

from __future__ import annotations

import calendar
import re

from alliancegraph.queries.errors import InvalidParameterError
from alliancegraph.queries.library import EVIDENCE, PAGE

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def check_date(value: str, what: str = "date") -> str:
    """An ISO date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) as given; raises otherwise.

    >>> check_date("2017-02")
    '2017-02'
    >>> check_date("2017-02-30")
    Traceback (most recent call last):
    ...
    alliancegraph.queries.errors.InvalidParameterError: date: '2017-02-30' is not a date ...
    """
    match = _ISO.match(value.strip()) if isinstance(value, str) else None
    if match:
        year, month, day = (int(g) if g else None for g in match.groups())
        if month is None or (
            1 <= month <= 12
            and (day is None or 1 <= day <= calendar.monthrange(year, month)[1])
        ):
            return value.strip()
    raise InvalidParameterError(
        f"{what}: {value!r} is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)"
    )


def date_window(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """The window as applied: ``since`` as given, ``until`` widened to the end of its period.

    >>> date_window("2017-01", "2017-02")
    ('2017-01', '2017-02-28')
    >>> date_window(None, "2016")
    (None, '2016-12-31')
    """
    since = check_date(since, "since") if since else None
    if not until:
        return since, None
    until = check_date(until, "until")
    parts = [int(p) for p in until.split("-")]
    if len(parts) == 1:
        until = f"{parts[0]:04d}-12-31"
    elif len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        until = f"{parts[0]:04d}-{parts[1]:02d}-{last:02d}"
    if since and since > until:
        raise InvalidParameterError(f"since {since} is after until {until}")
    return since, until


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
