"""Analysts correct the graph: review decisions that survive re-loads, a queue, a gold export.

Every ``alliancegraph review`` command is the call of the same name here::

    from alliancegraph import review
    rows = review.list(store)                       # the least confident claims first
    review.reject(store, rows[0]["id"])             # gone from every query, now and after re-loads
    review.correct(store, rows[1]["id"], relation="REJECTS")
    review.add(store, article_id, "Jadot soutient Hamon.", "Jadot", "SUPPORTS", "Hamon")
    review.export(store, "reviewed.json")           # gold for `alliancegraph evaluate`

See :mod:`alliancegraph.review.decisions` for how decisions are kept and applied.
"""

from alliancegraph.review.api import (
    accept,
    add,
    correct,
    decisions,
    export,
    find_claim,
    gold,
    list,  # noqa: A004 - the command's name
    queue,
    reject,
)
from alliancegraph.review.decisions import Decision, ReviewError, claim_id

__all__ = [
    "Decision",
    "ReviewError",
    "accept",
    "add",
    "claim_id",
    "correct",
    "decisions",
    "export",
    "find_claim",
    "gold",
    "list",
    "queue",
    "reject",
]
