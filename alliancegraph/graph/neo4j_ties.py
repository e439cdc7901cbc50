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
VERSION = 2  # 1: counts, dates and name keys; 2: ``heads`` and the claims' article indexes

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
         min(r.date) AS first, max(r.date) AS last, collect(r.article)[..$heads] AS heads
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
    for relation, group in sorted(pairs.items()):
        query = REFRESH.format(tie=tie_type(relation), type=relation)  # checked by tie_type
        tx.run(query, pairs=[list(p) for p in sorted(group)], heads=HEADS).consume()


def stored_version(session: Any) -> int:
    record = session.run(VERSION_OF).single()
    return (record["version"] if record else None) or 0


def upgrade(session: Any) -> None:
    """Give a store written by older code its name keys and tie summaries, in place.

    Every summary is rewritten (``MERGE`` then ``SET``), so a version-1 store gets its
    ``heads`` the same way a store without summaries gets everything.

    Runs in auto-commit transactions (``CALL {} IN TRANSACTIONS`` needs them), each batch its
    own transaction, so a million-claim graph is upgraded without one huge transaction; the
    version is stamped last, so an interrupted upgrade starts again at the next open.
    """
    names = [r["name"] for r in session.run(UNKEYED_ACTORS)]
    for start in range(0, len(names), KEY_BATCH):
        rows = [[n, *name_keys(n)] for n in names[start:start + KEY_BATCH]]
        session.run(SET_KEYS, rows=rows).consume()
    for relation in relation_names():
        session.run(UPGRADE_TIES.format(type=relation, tie=tie_type(relation),
                                        batch=UPGRADE_BATCH, heads=HEADS)).consume()
    session.run(STAMP_VERSION, version=VERSION).consume()


def stored_summaries(session: Any) -> list[tuple]:
    """The summary relationships, sorted: compare with :func:`summaries_from_claims`."""
    rows = session.run(SUMMARIES.format(ties=tie_types()), prefix=TIE_PREFIX)
    return sorted(_tuple(r) for r in rows)


def summaries_from_claims(session: Any) -> list[tuple]:
    """The ties as the claims state them now, sorted: what the summaries must hold."""
    rows = session.run(FROM_CLAIMS.format(types="|".join(relation_names())), heads=HEADS)
    return sorted(_tuple(r) for r in rows)


def _tuple(record: Any) -> tuple:
    return (record["subject"], record["relation"], record["object"], record["claims"],
            record["articles"], record["first"] or "", record["last"] or "",
            tuple(record["heads"] or ()))
