"""From a question's slots to one parameterised query, on either store.

A named query answers the question when one fits its slots exactly (one condition "who supports
X" is ``supporters``; "supports X and tempted by Y" is ``backs-but-eyes``; "tempted by X in the
PS" is ``tempted``...): its texts are the ones an analyst reads in ``cypher/`` and ``sql/``.
Other combinations are composed: one SQL text and one Cypher text built from the conditions,
where every value (actor names, relation names in SQL, the party, the window, the page) is a
parameter and relationship types come only from the ontology's whitelist.

The rows of a composed query: ``name``, ``kind`` and ``party`` of each actor asked about,
``articles`` (distinct articles of the claims that satisfy its conditions), ``first`` and
``last`` dates, ``evidence_total`` (how many claims the evidence lists uncapped: one per
condition each satisfies) and ``evidence`` (those claims, at most ``evidence`` per condition,
in date order, each with its ``reviewed`` flag), ordered by name so pages are stable.
"""

from __future__ import annotations

from dataclasses import dataclass

from alliancegraph.queries.errors import QueryError
from alliancegraph.queries.library import NamedQuery, get_query
from alliancegraph.queries.parse import Condition, Interpretation

COMPOSED = "composed"
COLUMNS = ("name", "kind", "party", "articles", "first", "last", "evidence_total", "evidence")

# (relation, asked) -> the named query for that one condition, and its parameter.
SINGLE: dict[tuple[str, str], tuple[str, str]] = {
    ("SUPPORTS", "subject"): ("supporters", "of"),
    ("SUPPORTS", "object"): ("supported-by", "who"),
    ("REJECTS", "subject"): ("rejecters", "of"),
    ("REJECTS", "object"): ("rejected-by", "who"),
    ("INVITED_TO_RALLY", "subject"): ("invitations-received", "invited"),
    ("INVITED_TO_RALLY", "object"): ("invitations-made", "inviter"),
    ("TEMPTED_BY", "subject"): ("tempted", "target"),
    ("SPOKESPERSON_OF", "subject"): ("spokespersons", "of"),
    ("SPOKESPERSON_OF", "object"): ("spoken-for", "who"),
    ("MEMBER_OF", "subject"): ("members", "party"),
}
# Joins the names a "most" question ranks ("Hamon or Valls") into one parameter, the same in
# SQL and Cypher; no actor name holds it.
AMONG = "|"
# The condition pair backs-but-eyes answers (persons only, as that query says).
BACKS_BUT_EYES = (("SUPPORTS", "subject", "backs"), ("TEMPTED_BY", "subject", "eyes"))

_WINDOW_SQL = "(:since IS NULL OR {a}.date >= :since) AND (:until IS NULL OR {a}.date <= :until)"
_WINDOW_CYPHER = ("($since IS NULL OR {a}.date >= $since) "
                  "AND ($until IS NULL OR {a}.date <= $until)")


@dataclass(frozen=True)
class Plan:
    """The query a question runs: a named query (or the composed one) and its values."""

    query: NamedQuery
    params: dict[str, object]
    text: str | None = None  # None: the named query's own text for the store's dialect


def plan(interpretation: Interpretation, dialect: str, membership: str) -> Plan:
    """The query for ``interpretation`` in ``dialect`` (``sql`` or ``cypher``).

    ``membership`` is the relation that makes an actor a party's member (the party filter).
    """
    if interpretation.shape:
        return _named(interpretation.shape, interpretation.shape_params)
    named = None if interpretation.only or interpretation.kind or interpretation.gender \
        or interpretation.most \
        else _fit(interpretation)
    if named is not None:
        return named
    return compose(interpretation, dialect, membership)


def _named(name: str, given: dict[str, object]) -> Plan:
    query = get_query(name)
    params = {p.name: given.get(p.name, p.default) for p in query.params}
    return Plan(query, params)


def _fit(interpretation: Interpretation) -> Plan | None:
    """A named query whose slots are exactly the interpretation's, if there is one."""
    conditions = interpretation.conditions
    if interpretation.outside_party or interpretation.excluded or any(
            c.negated or c.alternative or c.actor is None for c in conditions):
        return None
    party = interpretation.party
    if len(conditions) == 1:
        c = conditions[0]
        fit = SINGLE.get((c.relation, c.asked))
        if fit is None or (party and fit[0] != "tempted"):
            return None
        name, param = fit
        given: dict[str, object] = {param: c.actor}
        if party:
            given["party"] = party
        return _named(name, given)
    if len(conditions) == 2 and not party:
        slots = {(c.relation, c.asked): c.actor for c in conditions}
        if len(slots) == 2 and all((r, a) in slots for r, a, _ in BACKS_BUT_EYES):
            return _named("backs-but-eyes",
                          {param: slots[(r, a)] for r, a, param in BACKS_BUT_EYES})
    return None


def compose(interpretation: Interpretation, dialect: str, membership: str) -> Plan:
    """One query for any conjunction of conditions, a party filter and the window."""
    conditions = interpretation.conditions
    params: dict[str, object] = {"party": interpretation.party}
    for i, c in enumerate(conditions):
        params[f"r{i}"] = c.relation
        params[f"a{i}"] = c.actor
    params["membership"] = membership
    if interpretation.only:
        params["only"] = interpretation.only
        if interpretation.together:  # "do Aubry and Montebourg back Hamon": each of them
            params["together"] = AMONG.join([interpretation.only, *interpretation.together])
    if interpretation.kind:
        params["kind"] = interpretation.kind
    if interpretation.gender:
        params["gender"] = interpretation.gender
    if interpretation.excluded:  # "besides Montebourg": actors left out by name
        params["excluded"] = AMONG.join(interpretation.excluded)
    if interpretation.most:  # the candidates ranked, one text for both dialects
        params["among"] = AMONG.join(interpretation.among) or None
    if dialect == "sql":
        sql, cypher = _sql(conditions, interpretation), ""
    elif dialect == "cypher":
        sql, cypher = "", _cypher(conditions, interpretation, membership)
    else:
        raise QueryError(f"a store speaking {dialect!r} cannot answer questions")
    query = NamedQuery(
        name=COMPOSED, description=interpretation.describe(), params=(), cypher=cypher,
        sql=sql, columns=COLUMNS, json=("evidence",),
    )
    return Plan(query, params, sql or cypher)


# -- SQL -----------------------------------------------------------------------------------------


def _ends(c: Condition) -> tuple[str, str]:
    """(column of the actor asked about, column of the other actor) in ``claims``."""
    return ("subject", "object") if c.asked == "subject" else ("object", "subject")


def _sql_claims(i: int, c: Condition, alias: str, asked_value: str | None) -> str:
    """The claims satisfying condition ``i``; ``asked_value`` binds the actor asked about."""
    asked, other = _ends(c)
    tests = [f"{alias}.relation = :r{i}"]
    if asked_value is not None:
        tests.append(f"{alias}.{asked} = {asked_value}")
    if c.actor is not None:
        tests.append(f"{alias}.{other} = :a{i}")
    tests.append(_WINDOW_SQL.format(a=alias))
    return " AND ".join(tests)


def _sql_set(i: int, c: Condition, indent: str) -> str:
    """The actors satisfying condition ``i``: from the tie summaries without a date window
    (one index entry per tie, see graph/ties.py), else from the claims dated in the window."""
    asked, other = _ends(c)
    tests = [f"t.relation = :r{i}"] + ([f"t.{other} = :a{i}"] if c.actor is not None else [])
    return (f"{indent}SELECT t.{asked} AS name FROM ties AS t\n"
            f"{indent}WHERE :since IS NULL AND :until IS NULL AND {' AND '.join(tests)}\n"
            f"{indent}UNION\n"
            f"{indent}SELECT c.{asked} FROM claims AS c\n"
            f"{indent}WHERE NOT (:since IS NULL AND :until IS NULL)\n"
            f"{indent}  AND {_sql_claims(i, c, 'c', None)}")


def _groups(conditions: list[Condition]) -> list[list[tuple[int, Condition]]]:
    """The conditions that must hold, in groups of alternatives: a AND (b OR c) is [[a], [b, c]].
    """
    groups: list[list[tuple[int, Condition]]] = []
    for i, c in enumerate(conditions):
        if c.negated:
            continue
        if c.alternative and groups:
            groups[-1].append((i, c))
        else:
            groups.append([(i, c)])
    return groups


def _sql(conditions: list[Condition], interpretation: Interpretation) -> str:
    positive = [(i, c) for i, c in enumerate(conditions) if not c.negated]
    negative = [(i, c) for i, c in enumerate(conditions) if c.negated]
    sets = [
        "  SELECT DISTINCT name FROM (\n" + "\n    UNION\n".join(
            _sql_set(i, c, "    ") for i, c in group
        ) + ")"
        for group in _groups(conditions)
    ]
    asked = "\n  INTERSECT\n".join(sets) or "  SELECT name FROM actors"  # only "not ..."
    if interpretation.most:
        asked = _sql_most(conditions[0], interpretation.outside_party,
                          bool(interpretation.excluded))
    for i, c in negative:
        asked += f"\n  EXCEPT\n  SELECT * FROM (\n{_sql_set(i, c, '    ')})"
    matching = " OR ".join(f"({_sql_claims(i, c, 'e', 'x.name')})" for i, c in positive) or "0"
    evidence = "\n              UNION ALL\n".join(
        "              SELECT * FROM (\n"
        "                SELECT json_object('subject', e.subject, 'relation', e.relation,\n"
        "                                   'object', e.object, 'sentence', e.evidence,\n"
        "                                   'article', e.article, 'date', e.date,\n"
        "                                   'reviewed', json(iif(e.reviewed, 'true', 'false')))\n"
        "                         AS item,\n"
        "                       e.date AS date, e.relation AS relation, e.subject AS subject,\n"
        "                       e.object AS object, e.article AS article\n"
        f"                FROM claims AS e WHERE {_sql_claims(i, c, 'e', 'x.name')}\n"
        "                ORDER BY e.date, e.article, e.subject, e.object\n"
        "                LIMIT coalesce(:evidence, -1))"
        for i, c in positive
    ) or "              SELECT NULL AS item, NULL AS date, NULL AS relation, NULL AS subject,\n" \
         "                     NULL AS object, NULL AS article WHERE 0"
    total = " + ".join(
        f"(SELECT count(*) FROM claims AS e WHERE {_sql_claims(i, c, 'e', 'x.name')})"
        for i, c in positive
    ) or "0"
    window = _WINDOW_SQL.format(a="m")
    together = (f"instr('{AMONG}' || :together || '{AMONG}', '{AMONG}' || x.name || '{AMONG}')"
                " > 0")  # "do Aubry and Montebourg...": each of the actors asked about
    asked_about = f"\n        AND {together if interpretation.together else 'x.name = :only'}"
    only = (asked_about if interpretation.only else "") + (
        "\n        AND x.kind = :kind" if interpretation.kind else "") + (
        "\n        AND x.gender = :gender" if interpretation.gender else "") + (
        f"\n        AND instr('{AMONG}' || :excluded || '{AMONG}', '{AMONG}' || x.name || "
        f"'{AMONG}') = 0" if interpretation.excluded else "")
    return f"""-- composed: {_comment(interpretation)}
WITH asked(name) AS (
{asked}
)
SELECT x.name AS name, x.kind AS kind, x.party AS party,
       (SELECT count(DISTINCT e.article) FROM claims AS e WHERE {matching}) AS articles,
       (SELECT min(e.date) FROM claims AS e WHERE {matching}) AS first,
       (SELECT max(e.date) FROM claims AS e WHERE {matching}) AS last,
       {total} AS evidence_total,
       (SELECT json_group_array(json(p.item))
        FROM (
{evidence}
              ORDER BY date, relation, subject, object, article) AS p) AS evidence
-- the page is cut before any evidence is read
FROM (SELECT x.name, x.kind, x.party
      FROM asked JOIN actors AS x ON x.name = asked.name
      WHERE (:party IS NULL OR {"NOT " if interpretation.outside_party else ""}(
             x.name = :party OR x.party IS :party
             OR EXISTS (SELECT 1 FROM claims AS m
                        WHERE m.subject = x.name AND m.relation = :membership
                          AND m.object = :party AND {window}))){only}
      ORDER BY x.name
      LIMIT coalesce(:limit, -1) OFFSET coalesce(:offset, 0)) AS x
ORDER BY x.name
"""


def _sql_most(c: Condition, outside_party: bool = False, excluded: bool = False) -> str:
    """The actors at the ``asked`` end of condition 0 with the most distinct other ends (among
    the JSON list ``:among`` when one is given): "who has the most supporters"; the party's
    members only, or with ``outside_party`` everyone but them; with ``excluded``, ranked
    without the actors ``:excluded`` leaves out ("the most supporters besides Hamon")."""
    asked, other = _ends(c)
    negation = "NOT " if outside_party else ""
    left_out = (f"\n      AND instr('{AMONG}' || :excluded || '{AMONG}', "
                f"'{AMONG}' || c.{asked} || '{AMONG}') = 0" if excluded else "")
    return f"""  SELECT name FROM (
    SELECT c.{asked} AS name, count(DISTINCT c.{other}) AS n,
           max(count(DISTINCT c.{other})) OVER () AS top
    FROM claims AS c
    WHERE c.relation = :r0 AND {_WINDOW_SQL.format(a='c')}
      AND (:among IS NULL
           OR instr('{AMONG}' || :among || '{AMONG}',
                    '{AMONG}' || c.{asked} || '{AMONG}') > 0){left_out}
      AND (:party IS NULL OR {negation}(c.{asked} = :party
           OR c.{asked} IN (SELECT p.name FROM actors AS p WHERE p.party = :party)
           OR c.{asked} IN (SELECT m.subject FROM claims AS m
                            WHERE m.relation = :membership AND m.object = :party
                              AND {_WINDOW_SQL.format(a='m')})))
    GROUP BY c.{asked})
  WHERE n = top"""


# -- Cypher --------------------------------------------------------------------------------------


def _whitelisted(relation: str) -> str:
    """A relationship type to splice into Cypher: only names the ontology defines."""
    from alliancegraph.ontology import relation_names

    if relation not in relation_names():
        raise QueryError(f"relation {relation!r} is not in the ontology")
    return relation


def _pattern(i: int, c: Condition, rel: str, x: str = "x", tie: bool = False) -> str:
    """Condition ``i`` as a path from ``x``: over its claims, or (``tie``) over the tie
    summaries (``TIE_<relation>``, see graph/neo4j_ties.py), one per pair instead of one per
    claim."""
    other = "(:Actor)" if c.actor is None else f"(:Actor {{name: $a{i}}})"
    kind = ("TIE_" if tie else "") + _whitelisted(c.relation)
    arrow = f"-[{rel}:{kind}]->"
    if c.asked == "subject":
        return f"({x}){arrow}{other}"
    return f"{other}{arrow}({x})"


def _cypher(conditions: list[Condition], interpretation: Interpretation,
            membership: str) -> str:
    positive = [(i, c) for i, c in enumerate(conditions) if not c.negated]
    groups = _groups(conditions)
    first = groups[0] if groups else []

    def exists(i: int, c: Condition) -> str:
        return (f"EXISTS {{ MATCH {_pattern(i, c, f'c{i}')}\n"
                f"         WHERE {_WINDOW_CYPHER.format(a=f'c{i}')} }}")

    tests = []
    for group in groups:
        if group is not first:
            tests.append("(" + "\n   OR ".join(exists(i, c) for i, c in group) + ")")
    tests += [f"NOT {exists(i, c)}" for i, c in enumerate(conditions) if c.negated]
    if interpretation.only:  # a yes/no question: is this one actor (are these) in the answer
        tests.append(f"x.name IN split($together, '{AMONG}')" if interpretation.together
                     else "x.name = $only")
    if interpretation.kind:  # "quels partis...": one kind of actor
        tests.append("CASE WHEN x:Party THEN 'party' ELSE 'person' END = $kind")
    if interpretation.gender:  # "quelles femmes...": persons of one gender
        tests.append("x.gender = $gender")
    if interpretation.excluded:  # "besides Montebourg": actors left out by name
        tests.append(f"NOT x.name IN split($excluded, '{AMONG}')")
    negation = "NOT " if interpretation.outside_party else ""
    members = (
        "x.name = $party OR coalesce(x.party = $party, false)\n"
        f"       OR EXISTS {{ MATCH (x)-[m:{_whitelisted(membership)}]->(:Actor {{name: $party}})\n"
        f"                   WHERE {_WINDOW_CYPHER.format(a='m')} }}"
    )
    tests.append(f"($party IS NULL OR {negation}({members}))")
    lists = ",\n     ".join(
        f"COLLECT {{ MATCH {_pattern(i, c, 'e')}\n"
        f"               WHERE {_WINDOW_CYPHER.format(a='e')}\n"
        # the ends break ties: one article may hold two claims of a condition on one day
        f"               WITH e ORDER BY e.date, e.article, startNode(e).name, endNode(e).name\n"
        f"               RETURN e }} AS e{i}"
        for i, c in positive
    ) or "[] AS none"
    every = " + ".join(f"e{i}" for i, _ in positive) or "none"
    shown = " + ".join(f"e{i}[..coalesce($evidence, size(e{i}))]" for i, _ in positive) \
        or "none"
    where = "\n  AND ".join(tests)
    if interpretation.most:  # "who has the most supporters": ranked by distinct other ends
        c = conditions[0]
        rel = _whitelisted(c.relation)
        pattern = ("(x:Actor)-[c0:{r}]->(o:Actor)" if c.asked == "subject"
                   else "(o:Actor)-[c0:{r}]->(x:Actor)").format(r=rel)
        start = (f"MATCH {pattern}\n"
                 f"WHERE {_WINDOW_CYPHER.format(a='c0')}\n"
                 f"  AND ($among IS NULL OR x.name IN split($among, '{AMONG}'))\n"
                 + (f"  AND NOT x.name IN split($excluded, '{AMONG}')\n"
                    if interpretation.excluded else "") +
                 f"  AND ($party IS NULL OR {negation}({members}))\n"
                 "WITH x, count(DISTINCT o) AS n\n"
                 "WITH collect({x: x, n: n}) AS tallies, max(n) AS top\n"
                 "UNWIND tallies AS t\n"
                 "WITH t.x AS x, t.n AS n, top WHERE n = top\nWITH x")
    elif first:
        # The actors of the first group (a condition, or alternatives) are where the walk
        # starts: without a window from the tie summaries, else from the claims in it.
        ways = [
            f"  MATCH {_pattern(i, c, f'c{i}', tie=True)}\n"
            "  WHERE $since IS NULL AND $until IS NULL\n  RETURN x\n"
            "  UNION\n"
            f"  MATCH {_pattern(i, c, f'c{i}')}\n"
            f"  WHERE NOT ($since IS NULL AND $until IS NULL)\n"
            f"    AND {_WINDOW_CYPHER.format(a=f'c{i}')}\n  RETURN x"
            for i, c in first
        ]
        start = "CALL () {\n" + "\n  UNION\n".join(ways) + "\n}\nWITH x"
    else:
        start = "MATCH (x:Actor)"  # alternatives first, or only conditions that must not hold
    return f"""// composed: {_comment(interpretation)}
{start}
WHERE {where}
WITH x
ORDER BY x.name
SKIP coalesce($offset, 0) LIMIT coalesce($limit, 9223372036854775807)
WITH x,
     {lists}
WITH x, {every} AS every, {shown} AS shown
RETURN x.name AS name, CASE WHEN x:Party THEN 'party' ELSE 'person' END AS kind,
       x.party AS party,
       size(reduce(seen = [], c IN every |
                   CASE WHEN c.article IN seen THEN seen ELSE seen + c.article END)) AS articles,
       reduce(d = null, c IN every | CASE WHEN d IS NULL OR c.date < d THEN c.date ELSE d END)
         AS first,
       reduce(d = null, c IN every | CASE WHEN d IS NULL OR c.date > d THEN c.date ELSE d END)
         AS last,
       size(every) AS evidence_total,
       COLLECT {{
         UNWIND shown AS c
         WITH c, startNode(c) AS s, endNode(c) AS o
         ORDER BY c.date, type(c), s.name, o.name, c.article
         RETURN {{subject: s.name, relation: type(c), object: o.name, sentence: c.evidence,
                 article: c.article, date: c.date, reviewed: coalesce(c.reviewed, false)}}
       }} AS evidence
ORDER BY name
"""


def _comment(interpretation: Interpretation) -> str:
    """The shape of the query, with parameter names only: no value ever enters the text.

    >>> _comment(Interpretation([Condition("SUPPORTS", "subject", "X"),
    ...                          Condition("REJECTS", "object", "Y", negated=True)]))
    'actors who r0 a0, and not a1 r1 them; party filter: party; window: since, until'
    """
    parts = []
    for i, c in enumerate(interpretation.conditions):
        other = f"a{i}" if c.actor is not None else "anyone"
        text = f"r{i} {other}" if c.asked == "subject" else f"{other} r{i} them"
        link = "" if i == 0 else (", or " if c.alternative else ", and ")
        parts.append(link + ("not " if c.negated else "") + text)
    return ("actors who " + "".join(parts)
            + ("; outside party: party" if interpretation.outside_party
               else "; party filter: party") + "; window: since, until"
            + ("; yes/no about: together" if interpretation.together
               else "; yes/no about: only" if interpretation.only else "")
            + ("; kind: kind" if interpretation.kind else "")
            + ("; gender: gender" if interpretation.gender else "")
            + ("; left out: excluded" if interpretation.excluded else ""))
