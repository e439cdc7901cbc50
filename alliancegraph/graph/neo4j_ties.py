"""Per-tie summaries and name keys in Neo4j, kept by the write path of :mod:`neo4j_store`.

Why: on a million claims a hub is the end of tens of thousands of claims, and every question
about it (its supporters, the actors between two hubs, the invitations its invitees refused)
read all of them to learn which rows exist and in which order before cutting the first page.
A *tie* is what those questions list. For every (subject, relation, object) with at least one
claim, the graph holds one summary relationship of type ``TIE_<relation>`` (e.g.
``(s)-[:TIE_SUPPORTS {claims, articles, first, last}]->(o)``):

* ``claims``: how many claims state it (one per article: a claim's key ends with its article),
  what the queries count as ``count(DISTINCT r.article)``;
* ``articles``: how many copy groups they come from (a syndicated dispatch counts once:
  ``count(DISTINCT coalesce(r.copy_of, r.article))``, see :mod:`alliancegraph.loaders.copies`);
* ``first`` and ``last``: the earliest and latest claim date (absent when no claim is dated);
* ``heads``: the articles of its first :data:`HEADS` claims in the order the evidence lists
  and the timeline take (date, then article; undated claims last), so a page's rows read their
  first sentences by key (a relationship index on each claim type's ``article``) instead of
  sorting all the claims of each of their ties: the supporters of a hub are hubs too, and that
  sort read thousands of claims per row.

Each actor also keeps its *timeline heads*: its first :data:`HEADS` claims in the timeline's
order (date, article, subject, relation, object; undated last), as parallel lists on the node
(``tl_date``, ``tl_article``, ``tl_subject``, ``tl_relation``, ``tl_object``; ``tl_complete``
when they are all its claims). The timeline's default page is read from them by key, instead
of sorting a hub's 19,527 ties by first date to find which of them can hold the page. The
write path merges the touched ties' heads into them (:func:`refresh_timelines`).

This mirrors the embedded store's ``ties`` table (:mod:`alliancegraph.graph.ties`); the named
queries page over the summaries when no date window is given (a window changes every count, so
inside one they read the claims as before) and read sentences only for the page's rows.

Neo4j has no triggers, so the summaries are kept **exact** by the one write path: every
transaction that adds, deletes or changes claims (a load, a re-extraction, a review decision,
a copy regrouping) collects the ties it touched and ends with :func:`refresh_ties`, which
recomputes each of them from its claims (two known actors: an ``Expand(Into)`` of their
claims of one type) and writes, or deletes, its summary in the same transaction. Recomputing
rather than incrementing cannot drift, whatever the mix of writes, and a retried or rolled-back
batch retries or rolls back its summaries with it.

Summary relationships are not claims: every query over claims lists the claim types (the
ontology's relations), never an untyped pattern. :func:`summaries_from_claims` and
:func:`stored_summaries` compare the two, for tests and checks.

Actors also carry their folded full name ``key`` and folded surname ``surname_key`` (indexed),
so a question's names are key seeks, as the embedded store's ``actor_keys`` (never a regular
expression over every actor).

A store written by older code gets both by :func:`upgrade`, in place and in batches
(``CALL {} IN TRANSACTIONS``), when it is opened; a ``(:StoreMeta {key: 'ties'})`` node
records the version reached.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from alliancegraph.ontology import relation_names
from alliancegraph.ontology.gazetteer import fold

TIE_PREFIX = "TIE_"
# 1: counts, dates and name keys; 2: ``heads`` and the claims' article indexes; 3: each actor's
# timeline heads
VERSION = 3

# Claims a summary keeps the articles of: a default page (100 rows) of the actor's timeline
# never needs a tie's claims past its first 100 (each of those is preceded by 100 claims of the
# same tie), and every evidence cap up to 100 (the default is 3) is served by them. Most ties
# have one or two claims: on the 1M graph the heads add about one article name per claim of
# the few big ties.
HEADS = 100

# Actors whose ties one upgrade transaction summarises: a hub's thousands of claims fit in a
# transaction many times over, and small batches keep the upgrade's memory flat.
UPGRADE_BATCH = 500
KEY_BATCH = 5000

SCHEMA_KEY_INDEXES = (
    "CREATE INDEX actor_key IF NOT EXISTS FOR (a:Actor) ON (a.key)",
    "CREATE INDEX actor_surname_key IF NOT EXISTS FOR (a:Actor) ON (a.surname_key)",
)
# One per claim type ({type} from the ontology's whitelist only): a tie's ``heads`` are sought
# through it, ``MATCH ()-[e:SUPPORTS {article: h}]->()`` then the two ends compared.
CLAIM_ARTICLE_INDEX = ("CREATE INDEX claim_article_{name} IF NOT EXISTS "
                       "FOR ()-[r:{type}]-() ON (r.article)")

# One tie type at a time ({type} and {tie} from the ontology's whitelist only): the claims
# between two known actors, counted, then the summary written or, with no claim left, deleted.
REFRESH = """
UNWIND $pairs AS pair
MATCH (s:Actor {{name: pair[0]}})
MATCH (o:Actor {{name: pair[1]}})
CALL (s, o) {{
  OPTIONAL MATCH (s)-[r:{type}]->(o)
  WITH r ORDER BY r.date, r.article
  RETURN count(r) AS claims, count(DISTINCT coalesce(r.copy_of, r.article)) AS articles,
         min(r.date) AS first, max(r.date) AS last, collect(r.article)[..$heads] AS heads,
         collect(CASE WHEN r IS NOT NULL THEN [r.date, r.article] END)[..$heads] AS dated
}}
CALL (s, o, claims, articles, first, last, heads) {{
  WITH * WHERE claims > 0
  MERGE (s)-[t:{tie}]->(o)
  SET t.claims = claims, t.articles = articles, t.first = first, t.last = last, t.heads = heads
}}
CALL (s, o, claims) {{
  WITH * WHERE claims = 0
  OPTIONAL MATCH (s)-[t:{tie}]->(o)
  DELETE t
}}
RETURN s.name AS subject, o.name AS object, claims, dated
"""

# The upgrade: every subject's claims of one type, grouped by object, in batches of subjects.
# MERGE and SET make a run interrupted half-way safe to run again.
UPGRADE_TIES = """
MATCH (s:Actor)
CALL (s) {{
  MATCH (s)-[r:{type}]->(o:Actor)
  WITH o, r ORDER BY r.date, r.article
  WITH o, count(r) AS claims, count(DISTINCT coalesce(r.copy_of, r.article)) AS articles,
       min(r.date) AS first, max(r.date) AS last, collect(r.article)[..{heads}] AS heads
  MERGE (s)-[t:{tie}]->(o)
  SET t.claims = claims, t.articles = articles, t.first = first, t.last = last, t.heads = heads
}} IN TRANSACTIONS OF {batch} ROWS
"""
UNKEYED_ACTORS = "MATCH (a:Actor) WHERE a.key IS NULL RETURN a.name AS name"
SET_KEYS = """
UNWIND $rows AS row
MATCH (a:Actor {name: row[0]})
SET a.key = row[1], a.surname_key = row[2]
"""
VERSION_OF = "OPTIONAL MATCH (m:StoreMeta {key: 'ties'}) RETURN m.version AS version"
STAMP_VERSION = "MERGE (m:StoreMeta {key: 'ties'}) SET m.version = $version"

# An actor's claims in the timeline's order, the first $heads of them ({types} from the
# ontology's whitelist only): what its timeline heads must hold.
_TIMELINE_OF = """
CALL (x) {{
  CALL (x) {{
    MATCH (x)-[r:{types}]->(:Actor)
    RETURN r
    UNION
    MATCH (x)<-[r:{types}]-(:Actor)
    RETURN r
  }}
  WITH r.date AS date, r.article AS article, startNode(r).name AS subject, type(r) AS relation,
       endNode(r).name AS object
  ORDER BY date, article, subject, relation, object
  LIMIT $heads
  RETURN collect([date, article, subject, relation, object]) AS entries
}}
"""
TIMELINES_OF = """
UNWIND $names AS name
MATCH (x:Actor {{name: name}})
""" + _TIMELINE_OF + """
RETURN x.name AS name, entries
"""
READ_TIMELINES = """
UNWIND $names AS name
MATCH (x:Actor {name: name})
RETURN x.name AS name, x.tl_date AS dates, x.tl_article AS articles, x.tl_subject AS subjects,
       x.tl_relation AS relations, x.tl_object AS objects, x.tl_complete AS complete
"""
# Dates are stored as '' when a claim has none (a list property holds no null).
WRITE_TIMELINES = """
UNWIND $rows AS row
MATCH (x:Actor {name: row.name})
SET x.tl_date = row.dates, x.tl_article = row.articles, x.tl_subject = row.subjects,
    x.tl_relation = row.relations, x.tl_object = row.objects, x.tl_complete = row.complete
"""
UPGRADE_TIMELINES = """
MATCH (x:Actor)
CALL (x) {{
""" + _TIMELINE_OF.replace("\n", "\n  ") + """
  SET x.tl_date = [e IN entries | coalesce(e[0], '')], x.tl_article = [e IN entries | e[1]],
      x.tl_subject = [e IN entries | e[2]], x.tl_relation = [e IN entries | e[3]],
      x.tl_object = [e IN entries | e[4]], x.tl_complete = size(entries) < $heads
}} IN TRANSACTIONS OF {batch} ROWS
"""
STORED_TIMELINES = """
MATCH (x:Actor) WHERE size(x.tl_article) > 0
RETURN x.name AS name, [i IN range(0, size(x.tl_article) - 1) |
         [x.tl_date[i], x.tl_article[i], x.tl_subject[i], x.tl_relation[i], x.tl_object[i]]]
         AS entries, x.tl_complete AS complete
"""
ALL_TIMELINES = """
MATCH (x:Actor)
""" + _TIMELINE_OF + """
WITH x, entries WHERE size(entries) > 0
RETURN x.name AS name, [e IN entries | [coalesce(e[0], ''), e[1], e[2], e[3], e[4]]] AS entries,
       size(entries) < $heads AS complete
"""

SUMMARIES = """
MATCH (s:Actor)-[t:{ties}]->(o:Actor)
RETURN s.name AS subject, substring(type(t), size($prefix)) AS relation, o.name AS object,
       t.claims AS claims, t.articles AS articles, t.first AS first, t.last AS last,
       t.heads AS heads
"""
FROM_CLAIMS = """
MATCH (s:Actor)-[r:{types}]->(o:Actor)
WITH s, r, o ORDER BY r.date, r.article
RETURN s.name AS subject, type(r) AS relation, o.name AS object, count(r) AS claims,
       count(DISTINCT coalesce(r.copy_of, r.article)) AS articles, min(r.date) AS first,
       max(r.date) AS last, collect(r.article)[..$heads] AS heads
"""


def tie_type(relation: str) -> str:
    """The summary relationship type of a claim type; only the ontology's relations have one.

    >>> tie_type("SUPPORTS")
    'TIE_SUPPORTS'
    """
    if relation not in relation_names():
        raise ValueError(f"relation {relation!r} is not in the ontology")
    return TIE_PREFIX + relation


def tie_types() -> str:
    """``TIE_SUPPORTS|TIE_REJECTS|...``: every summary type as an alternation."""
    return "|".join(tie_type(r) for r in relation_names())


def name_keys(name: str) -> tuple[str, str]:
    """(folded full name, folded surname): the keys a question may name an actor by, the same
    as the embedded store's ``actor_keys`` (the surname is what follows the first word).

    >>> name_keys("Jean-Luc Mélenchon")
    ('jean luc melenchon', 'melenchon')
    """
    return fold(name), fold(name.split(" ", 1)[-1])


def schema_statements() -> list[str]:
    """The name keys' indexes and one ``article`` index per claim type."""
    return [*SCHEMA_KEY_INDEXES,
            *(CLAIM_ARTICLE_INDEX.format(name=r.lower(), type=r) for r in relation_names())]


def refresh_ties(tx: Any, touched: Iterable[tuple[str, str, str]]) -> None:
    """Recompute, inside ``tx``, the summaries of the (subject, relation, object) ties whose
    claims this transaction added, deleted or changed."""
    pairs: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for subject, relation, obj in touched:
        pairs[relation].add((subject, obj))
    refreshed: dict[tuple[str, str, str], tuple[int, list]] = {}
    for relation, group in sorted(pairs.items()):
        query = REFRESH.format(tie=tie_type(relation), type=relation)  # checked by tie_type
        for row in tx.run(query, pairs=[list(p) for p in sorted(group)], heads=HEADS):
            refreshed[(row["subject"], relation, row["object"])] = (row["claims"], row["dated"])
    refresh_timelines(tx, refreshed)


Entry = tuple[str | None, str, str, str, str]  # date, article, subject, relation, object


def _order(entry: Entry) -> tuple:
    """The timeline's sort key as Neo4j compares it: undated last, strings by UTF-16 code
    units (Java's order, which differs from Python's past the Basic Multilingual Plane)."""
    date, *words = entry
    return (date is None, date or "", *(w.encode("utf-16-be") for w in words))


def refresh_timelines(tx: Any, refreshed: dict[tuple[str, str, str], tuple[int, list]]) -> None:
    """Keep, inside ``tx``, the timeline heads of every end of the refreshed ties exact.

    ``refreshed`` maps each (subject, relation, object) tie this transaction recomputed to its
    claim count and its first :data:`HEADS` claims as ``[date, article]`` in order. An actor's
    new heads are its old ones minus those of the refreshed ties, plus the refreshed ties'
    heads, cut at :data:`HEADS`: exact when they were all its claims (``tl_complete``), or
    when at least :data:`HEADS` of them come no later than the old last head (every claim
    before it was among the old heads). Otherwise (claims removed from the first
    :data:`HEADS`, dates moved later) the actor's heads are recomputed from its claims.
    """
    by_actor: dict[str, dict[tuple[str, str, str], list[Entry]]] = defaultdict(dict)
    for (subject, relation, obj), (_, dated) in refreshed.items():
        entries = [(d, a, subject, relation, obj) for d, a in dated]
        by_actor[subject][(subject, relation, obj)] = entries
        by_actor[obj][(subject, relation, obj)] = entries
    if not by_actor:
        return
    new: dict[str, list[Entry]] = {}
    again: list[str] = []
    for row in tx.run(READ_TIMELINES, names=sorted(by_actor)):
        name, ties = row["name"], by_actor[row["name"]]
        if row["articles"] is None:
            again.append(name)
            continue
        old = [(d or None, a, s, r, o) for d, a, s, r, o in zip(
            row["dates"], row["articles"], row["subjects"], row["relations"], row["objects"],
            strict=True)]
        kept = [e for e in old if (e[2], e[3], e[4]) not in ties]
        merged = sorted(kept + [e for entries in ties.values() for e in entries], key=_order)
        if row["complete"] or sum(_order(e) <= _order(old[-1]) for e in merged) >= HEADS:
            new[name] = merged[:HEADS]
        else:
            again.append(name)
    for row in tx.run(TIMELINES_OF.format(types="|".join(relation_names())), names=again,
                      heads=HEADS):
        new[row["name"]] = [tuple(e) for e in row["entries"]]
    rows = [{"name": name, "dates": [e[0] or "" for e in entries],
             "articles": [e[1] for e in entries], "subjects": [e[2] for e in entries],
             "relations": [e[3] for e in entries], "objects": [e[4] for e in entries],
             "complete": len(entries) < HEADS}
            for name, entries in sorted(new.items())]
    tx.run(WRITE_TIMELINES, rows=rows).consume()


def stored_version(session: Any) -> int:
    record = session.run(VERSION_OF).single()
    return (record["version"] if record else None) or 0


def upgrade(session: Any, version: int = 0) -> None:
    """Give a store written by older code (at ``version``) its name keys, tie summaries and
    timeline heads, in place.

    Every summary is rewritten (``MERGE`` then ``SET``), so a version-1 store gets its
    ``heads`` the same way a store without summaries gets everything; a version-2 store keeps
    its summaries and gets its actors' timeline heads.

    Runs in auto-commit transactions (``CALL {} IN TRANSACTIONS`` needs them), each batch its
    own transaction, so a million-claim graph is upgraded without one huge transaction; the
    version is stamped last, so an interrupted upgrade starts again at the next open.
    """
    names = [r["name"] for r in session.run(UNKEYED_ACTORS)]
    for start in range(0, len(names), KEY_BATCH):
        rows = [[n, *name_keys(n)] for n in names[start:start + KEY_BATCH]]
        session.run(SET_KEYS, rows=rows).consume()
    if version < 2:
        for relation in relation_names():
            session.run(UPGRADE_TIES.format(type=relation, tie=tie_type(relation),
                                            batch=UPGRADE_BATCH, heads=HEADS)).consume()
    session.run(UPGRADE_TIMELINES.format(types="|".join(relation_names()), batch=UPGRADE_BATCH),
                heads=HEADS).consume()
    session.run(STAMP_VERSION, version=VERSION).consume()


def stored_summaries(session: Any) -> list[tuple]:
    """The summary relationships, sorted: compare with :func:`summaries_from_claims`."""
    rows = session.run(SUMMARIES.format(ties=tie_types()), prefix=TIE_PREFIX)
    return sorted(_tuple(r) for r in rows)


def summaries_from_claims(session: Any) -> list[tuple]:
    """The ties as the claims state them now, sorted: what the summaries must hold."""
    rows = session.run(FROM_CLAIMS.format(types="|".join(relation_names())), heads=HEADS)
    return sorted(_tuple(r) for r in rows)


def stored_timelines(session: Any) -> list[tuple]:
    """Every actor's timeline heads, sorted: compare with :func:`timelines_from_claims`."""
    return sorted((r["name"], tuple(map(tuple, r["entries"])), r["complete"])
                  for r in session.run(STORED_TIMELINES))


def timelines_from_claims(session: Any) -> list[tuple]:
    """Every actor's first claims as its timeline lists them: what its heads must hold."""
    rows = session.run(ALL_TIMELINES.format(types="|".join(relation_names())), heads=HEADS)
    return sorted((r["name"], tuple(map(tuple, r["entries"])), r["complete"]) for r in rows)


def _tuple(record: Any) -> tuple:
    return (record["subject"], record["relation"], record["object"], record["claims"],
            record["articles"], record["first"] or "", record["last"] or "",
            tuple(record["heads"] or ()))
