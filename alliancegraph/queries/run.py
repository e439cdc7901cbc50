"""Running a named query on either store: check and resolve the parameters, pick the dialect.

The same call gives the same rows on the embedded store (SQL) and on Neo4j (Cypher): the texts
sort every list they return, and the JSON the SQL texts build is decoded here, so a row is plain
Python (str, int, float, None, lists and dicts) whichever store answered.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from alliancegraph.graph.store import Store
from alliancegraph.queries.errors import (
    InvalidParameterError,
    MissingParameterError,
    QueryError,
)
from alliancegraph.queries.library import (
    DEFAULT_EVIDENCE,
    EVIDENCE,
    PAGE,
    WINDOW,
    NamedQuery,
    Param,
    get_query,
)
from alliancegraph.queries.params import (
    check_date,
    check_evidence,
    check_int,
    check_page,
    date_window,
)
from alliancegraph.queries.resolve import NameIndex


@dataclass
class QueryResult:
    """The rows of one query, with the parameters and window as they were actually applied."""

    query: NamedQuery
    params: dict
    rows: list[dict] = field(default_factory=list)
    since: str | None = None
    until: str | None = None
    evidence: int | None = None
    limit: int | None = None
    offset: int = 0
    text: str = ""

    @property
    def columns(self) -> tuple[str, ...]:
        return self.query.columns

    def to_dict(self) -> dict:
        return {
            "query": self.query.name,
            "params": self.params,
            "since": self.since,
            "until": self.until,
            "evidence": self.evidence,
            "limit": self.limit,
            "offset": self.offset,
            "rows": self.rows,
        }


def resolve_params(
    store: Store, query: NamedQuery, given: dict[str, object] | None,
    names: NameIndex | None = None,
) -> dict[str, object]:
    """Every declared parameter, checked and resolved; unknown keys and missing ones raise."""
    given = {k: v for k, v in (given or {}).items() if v is not None and v != ""}
    declared = {p.name for p in query.params}
    extra = sorted(set(given) - declared)
    if extra:
        allowed = ", ".join(sorted(declared)) or "none"
        raise InvalidParameterError(
            f"query {query.name!r} has no parameter {extra[0]!r} (parameters: {allowed})"
        )
    resolved: dict[str, object] = {}
    for param in query.params:
        if param.name not in given:
            if param.required:
                raise MissingParameterError(
                    f"query {query.name!r} needs the parameter {param.name!r} "
                    f"({param.kind}: {param.description})"
                )
            resolved[param.name] = param.default
            continue
        if param.kind in ("actor", "party") and names is None:
            from alliancegraph.queries.names import lookup_index

            names = lookup_index(store, [
                str(given[p.name]) for p in query.params
                if p.kind in ("actor", "party") and p.name in given
            ])
        resolved[param.name] = _value(param, given[param.name], names)
    return resolved


def _value(param: Param, value: object, names: NameIndex | None) -> object:
    if param.kind in ("actor", "party"):
        assert names is not None
        return names.resolve(str(value).strip(), param.kind)
    if param.kind == "date":
        return check_date(str(value), param.name)
    if param.kind == "int":
        return check_int(value, param.name, minimum=0)  # every int parameter is a count
    return str(value)


def run_query(
    store: Store,
    name: str,
    params: dict[str, str] | None = None,
    since: str | None = None,
    until: str | None = None,
    *,
    evidence: int | str | None = DEFAULT_EVIDENCE,
    names: NameIndex | None = None,
    limit: int | None = None,
    offset: int | None = None,
) -> QueryResult:
    """Run the named query ``name`` on ``store`` over the claims dated in [since, until].

    ``params`` are given as text (names as people type them); ``evidence`` caps the sentences
    each row lists per relation, the earliest first (by default
    :data:`~alliancegraph.queries.library.DEFAULT_EVIDENCE`; None or ``"all"``: every one, and
    a hub's rows on a large graph carry thousands; ``evidence_total`` says how many there are);
    ``names`` may pass a prebuilt :class:`NameIndex` to save rebuilding
    it for many queries on the same store (by default the names given are looked up in the
    store); ``limit`` and ``offset`` return one page of rows in the query's order (None: all).
    """
    query = get_query(name)
    if "camps" in query.needs and (stale := store.stale_camps()):
        raise QueryError(
            f"the camps are stale: {stale} article(s) loaded since `alliancegraph fractures` "
            "wrote them; run it again first"
        )
    since, until = date_window(since, until)
    evidence = check_evidence(evidence)
    limit, offset = check_page(limit, offset)
    resolved = resolve_params(store, query, params, names)
    return execute(store, query, _text(query, store), resolved, since, until, evidence,
                   limit, offset)


def execute(
    store: Store, query: NamedQuery, text: str, params: dict, since: str | None,
    until: str | None, evidence: int | None, limit: int | None, offset: int,
) -> QueryResult:
    """Run ``text`` (``query``'s, or one composed for a question) with checked values.

    Every sentence (``evidence`` None) on a store with an ``evidence_budget`` is read by
    :func:`_read_within_budget`, so that no transaction runs out of memory.
    """
    values = {**params, WINDOW[0]: since, WINDOW[1]: until, EVIDENCE: evidence,
              PAGE[0]: limit, PAGE[1]: offset}
    total = next((c for c in query.columns if c.endswith("_total")), None)
    if evidence is None and store.evidence_budget is not None and total is not None:
        raw = _read_within_budget(store, text, values, total, store.evidence_budget)
    else:
        raw = store.read(text, values, own=True)
    rows = [_decode(query, row) for row in raw]
    return QueryResult(
        query=query, params=params, rows=rows, since=since, until=until, evidence=evidence,
        limit=limit, offset=offset, text=text,
    )


def _read_within_budget(store: Store, text: str, values: dict, total: str,
                        budget: int) -> list[dict]:
    """The page with every sentence, read in consecutive runs of rows that hold at most
    ``budget`` sentences together (each row's ``total`` column, from a first read capped at one
    sentence), each run its own read of the same query with its own offset and limit.

    Why: a store like Neo4j holds a transaction's whole answer in memory, and a hub's page of
    a hundred rows can carry a hundred thousand sentences. A single row over the budget is read
    alone with the cap set to the budget: it lists its earliest ``budget`` sentences per
    relation, and its total (kept) says how many there are, as for any capped row; the table
    says "(10000 of 25000 shown)" under it. The rows are the same as one read's as long as no
    write lands between the reads.
    """
    counted = store.read(text, {**values, EVIDENCE: 1}, own=True)
    offset = values[PAGE[1]] or 0
    rows: list[dict] = []
    start = 0
    while start < len(counted):
        end, held = start + 1, counted[start][total] or 0
        while end < len(counted) and held + (counted[end][total] or 0) <= budget:
            held += counted[end][total] or 0
            end += 1
        cap = None if held <= budget else budget
        rows += store.read(text, {**values, EVIDENCE: cap, PAGE[0]: end - start,
                                  PAGE[1]: offset + start}, own=True)
        start = end
    return rows


def _text(query: NamedQuery, store: Store) -> str:
    if store.dialect == "cypher":
        return query.cypher
    if store.dialect == "sql":
        return query.sql
    raise QueryError(f"store {store.name!r} speaks {store.dialect!r}; queries need sql or cypher")


def _decode(query: NamedQuery, row: dict) -> dict:
    """SQL rows carry their lists as JSON text: decode the columns the query declares."""
    if not query.json:
        return row
    return {
        key: json.loads(value) if key in query.json and isinstance(value, str) else value
        for key, value in row.items()
    }
