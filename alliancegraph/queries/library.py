"""The named queries: one Cypher text and one SQL text per question an analyst asks often.

Each query lives in two files beside this module, ``cypher/<name>.cypher`` (readable and
pasteable into Neo4j Browser) and ``sql/<name>.sql`` (its twin over the embedded SQLite schema).
The Cypher file's header comment is the query's only metadata, so the text an analyst reads is
the text that runs::

    // name: supporters
    // description: Who supports an actor, in how many articles, first and last seen.
    // param of: actor - the person or party supported
    // param min_articles: int = 1 - only supporters seen in at least this many articles
    // columns: name, articles, first, last, evidence

A ``param`` line without ``= default`` is required; ``= null`` makes it optional. The SQL file
repeats the name and lists the columns it returns as JSON text (``-- json: evidence``), which
:func:`~alliancegraph.queries.run.run_query` decodes so both dialects give the same rows.
Every query also takes ``$since``/``$until`` (``:since``/``:until``), the claim-date window,
``$evidence`` (``:evidence``), the most sentences a row lists per relation (null: all; the
Python calls and the CLI pass :data:`DEFAULT_EVIDENCE` unless told otherwise; a query with an
evidence list also returns ``evidence_total``, the number of claims behind the row, and
``between``, whose rows list claims, ``claims_total``), and
``$limit``/``$offset`` (``:limit``/``:offset``), one page of rows in the query's own order, which
is total (ties broken by name), so pages never overlap (null: every row).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from alliancegraph.queries.errors import QueryError, UnknownQueryError

HERE = Path(__file__).parent
CYPHER_DIR = HERE / "cypher"
SQL_DIR = HERE / "sql"

# The order the library lists them in (`alliancegraph queries`): the flagship question first.
ORDER = (
    "backs-but-eyes",
    "supporters",
    "supported-by",
    "tempted",
    "rejecters",
    "rejected-by",
    "invitations-made",
    "invitations-received",
    "rejected-invitations",
    "spokespersons",
    "spoken-for",
    "members",
    "defectors",
    "timeline",
    "between",
    "cross-camp-ties",
)

PARAM_KINDS = ("actor", "party", "date", "text", "int")
WINDOW = ("since", "until")
EVIDENCE = "evidence"
# A first page lists at most this many sentences per relation in each row unless asked for
# more (``--evidence N``, ``evidence=N``), or for every one (``all``, ``None``): a hub's rows
# carry hundreds of sentences each, and reading and shipping them was most of a hub's answer.
# Each row says how many claims stand behind it (``evidence_total``), so nobody takes three
# sentences for the whole story.
DEFAULT_EVIDENCE = 3
ALL_EVIDENCE = "all"
PAGE = ("limit", "offset")

_HEADER = re.compile(r"^\s*(?://|--)\s*(name|description|param|columns|json|needs)\b\s*(.*)$")
_PARAM = re.compile(
    r"^(?P<name>\w+)\s*:\s*(?P<kind>\w+)(?:\s*=\s*(?P<default>\S+))?\s+-\s+(?P<text>.+)$"
)


@dataclass(frozen=True)
class Param:
    """A query parameter: ``kind`` says how a value given as text is checked and resolved.

    ``actor`` and ``party`` values are names resolved against the gazetteer and the store;
    ``date`` is an ISO date; ``int`` a count (0 or more, 64-bit); ``text`` is passed as is.
    """

    name: str
    kind: str
    default: object = None
    description: str = ""
    required: bool = True


@dataclass(frozen=True)
class NamedQuery:
    """One named query and its two texts; ``json`` names the SQL columns that carry JSON."""

    name: str
    description: str
    params: tuple[Param, ...]
    cypher: str
    sql: str
    columns: tuple[str, ...] = ()
    json: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()  # derived data the query reads: ``camps`` (from ``fractures``)

    def param(self, name: str) -> Param:
        for param in self.params:
            if param.name == name:
                return param
        raise KeyError(name)

    @property
    def usage(self) -> str:
        """``supporters of=... [min_articles=1]``: how to call it, for help texts."""
        parts = [p.name + "=..." if p.required else f"[{p.name}={p.default}]" for p in self.params]
        return " ".join([self.name, *parts])


def _header(text: str) -> dict[str, list[str]]:
    """The ``// key: value`` lines at the top of a file (it stops at the first other line)."""
    found: dict[str, list[str]] = {}
    for line in text.splitlines():
        match = _HEADER.match(line)
        if match:
            key, value = match.groups()
            found.setdefault(key, []).append(value.lstrip(": ").strip())
        elif line.strip() and not line.lstrip().startswith(("//", "--")):
            break
    return found


def _default(kind: str, raw: str | None) -> object:
    if raw is None or raw == "null":
        return None
    if kind == "int":
        return int(raw)
    return raw.strip("'\"")


def _param(line: str, where: str) -> Param:
    match = _PARAM.match(line)
    if not match:
        raise QueryError(f"{where}: malformed param line {line!r}")
    kind = match["kind"]
    if kind not in PARAM_KINDS:
        raise QueryError(f"{where}: param {match['name']!r} has unknown kind {kind!r}")
    raw = match["default"]
    return Param(
        name=match["name"],
        kind=kind,
        default=_default(kind, raw),
        description=match["text"].strip(),
        required=raw is None,
    )


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(",") if part.strip())


def load_query(name: str) -> NamedQuery:
    """Read one query's two files and check that their headers agree."""
    cypher_file, sql_file = CYPHER_DIR / f"{name}.cypher", SQL_DIR / f"{name}.sql"
    try:
        cypher = cypher_file.read_text(encoding="utf-8")
        sql = sql_file.read_text(encoding="utf-8")
    except OSError as exc:
        raise QueryError(f"query {name!r} is incomplete: {exc}") from None
    head, sql_head = _header(cypher), _header(sql)
    for where, found in ((cypher_file.name, head), (sql_file.name, sql_head)):
        if found.get("name") != [name]:
            raise QueryError(f"{where}: header says name {found.get('name')}, expected {name!r}")
    if "description" not in head:
        raise QueryError(f"{cypher_file.name}: no description line")
    params = tuple(_param(line, cypher_file.name) for line in head.get("param", []))
    return NamedQuery(
        name=name,
        description=" ".join(head["description"]),
        params=params,
        cypher=cypher,
        sql=sql,
        columns=_split(",".join(head.get("columns", []))),
        json=_split(",".join(sql_head.get("json", []))),
        needs=_split(",".join(head.get("needs", []))),
    )


@cache
def named_queries() -> dict[str, NamedQuery]:
    """Every named query by name, ``backs-but-eyes`` first.

    >>> list(named_queries())[:3]
    ['backs-but-eyes', 'supporters', 'supported-by']
    """
    on_disk = {path.stem for path in CYPHER_DIR.glob("*.cypher")}
    unlisted = sorted(on_disk - set(ORDER))
    if unlisted:
        raise QueryError(f"queries on disk but not in library.ORDER: {', '.join(unlisted)}")
    return {name: load_query(name) for name in ORDER}


def get_query(name: str) -> NamedQuery:
    """The query called ``name``; :class:`UnknownQueryError` lists the names there are.

    >>> get_query("supporters").params[0].name
    'of'
    >>> get_query("suporters")
    Traceback (most recent call last):
    ...
    alliancegraph.queries.errors.UnknownQueryError: no query named 'suporters' ...
    """
    queries = named_queries()
    if name in queries:
        return queries[name]
    raise UnknownQueryError(f"no query named {name!r} (known: {', '.join(queries)})")
