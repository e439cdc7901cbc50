"""Neo4j as a first-class store: the same interface and the same answers as the SQLite store.

Data model (labels and relationship types come only from the ontology's whitelist, because
Cypher cannot take them as parameters and anything else spliced into query text is injection):

* ``(:Actor:Person|:Party {name, gender, party, party_date, family, camp})``, keyed on ``name``;
* ``(:Article {id, date, title, url, source, words, canonical_url, outlet, author, copy_of,
  signature})``, keyed on ``id`` (``copy_of``: the article's copy group, see
  :mod:`alliancegraph.loaders.copies`; null until grouped);
* one typed relationship per claim, e.g.
  ``(s)-[:SUPPORTS {article, date, evidence, cue, confidence, group, copy_of, url, outlet}]->(o)``,
  merged on (subject, type, object, article) exactly like the SQLite primary key;
* ``(:Article)-[:MENTIONS]->(:Actor)`` for every actor an article mentions.

Writes are batched (:data:`BATCH_ARTICLES` articles per managed transaction, one ``UNWIND``
query per kind of row and per relationship type), so a load costs a few round trips per batch
instead of one per claim, and the driver retries a batch on transient errors. Analyst reads are
checked with ``EXPLAIN`` first, because the read access mode alone does not stop a write on a
single server.
Named and composed queries (the package's own texts) skip that check: they run in read
transactions, which the server itself refuses to let write.

Tie summaries and name keys (:mod:`alliancegraph.graph.neo4j_ties`) are kept by the same write
transactions, and given to a store written by older code when it is opened.
"""

from __future__ import annotations

import logging
import os
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

from alliancegraph.graph import neo4j_ties
from alliancegraph.graph.neo4j_driver import (
    GraphDatabase,
    ManagedTransaction,
    Node,
    Path,
    Relationship,
    errors,
    neo4j,
    unit_of_work,
)
from alliancegraph.graph.neo4j_ties import name_keys, refresh_ties
from alliancegraph.graph.store import (
    ArticleInfo,
    Store,
    StoreError,
    WriteResult,
    batches,
    fresh_articles,
    gate_batching,
    wait_at_gate,
)
from alliancegraph.loaders.copies import Regrouped, Signed
from alliancegraph.model import Actor, Claim, Extraction
from alliancegraph.ontology import label_for, relation_names
from alliancegraph.ontology.vocabulary import actor_kinds

if TYPE_CHECKING:  # the write and review paths import these when they run: a question does not
    from alliancegraph.graph.rows import ActorRow, BatchRows
    from alliancegraph.review.decisions import Decision

# The driver logs every server notification, and every retry of a transaction, as a multi-line
# warning, which Python prints on stderr when nothing else handles it. Analyst queries surface
# the notifications as one line instead (``Neo4jStore.notices``, printed by
# ``alliancegraph cypher``), and a transaction that still fails after its retries ends in one
# StoreError line.
for _noisy in ("neo4j.notifications", "neo4j.session"):
    logging.getLogger(_noisy).addHandler(logging.NullHandler())
    logging.getLogger(_noisy).propagate = False

DEFAULT_URI = "bolt://127.0.0.1:7687"
DEFAULT_USER = "neo4j"
DEFAULT_DATABASE = "neo4j"

# A write transaction holds at most BATCH_ARTICLES articles, or the articles that arrived within
# BATCH_SECONDS (the same time bound as the SQLite store: when extraction is slow, an interrupted
# load loses at most a second of work). Measured with bench/bench_neo4j_writes.py (20,000 claims
# over 2,000 articles, on a busy 2-core machine): 25 articles per transaction is clearly slower
# (a commit and ten round trips per 250 claims); from 100 to 2,000 the rate is flat within the
# noise (9,000-15,000 claims/s, the best size changing from run to run). Larger batches only
# grow the transaction state, the work redone when the driver retries, and the time the hub
# actors stay locked, so 500 sits in the middle of the plateau. A person's party does not
# depend on the batch boundaries (the latest date wins either way), so this size need not equal
# SQLite's: the first known gender is kept inside a batch as across batches.
BATCH_ARTICLES = 500
BATCH_SECONDS = 1.0

# Analyst reads: long enough for a path query on the whole graph, short enough that a runaway
# variable-length pattern cannot hold the server for ever.
READ_TIMEOUT_S = 30.0

# Plan operators refused even though their query type is "r": LOAD CSV reads any file on the
# server (and fetches URLs), TERMINATE TRANSACTIONS ends other users' work.
REFUSED_OPERATORS = {
    "LoadCSV": "LOAD CSV reads files or URLs from the server",
    "TerminateTransactions": "TERMINATE TRANSACTIONS ends other transactions",
}

# -- Cypher: every query text of this module ------------------------------------------------------
# ``{label}``, ``{type}``, ``{types}`` and ``{name}`` are filled only from the ontology whitelist
# (label_for, relation_names); values always travel as parameters.

SCHEMA_CONSTRAINTS = (
    "CREATE CONSTRAINT actor_name IF NOT EXISTS FOR (a:Actor) REQUIRE a.name IS UNIQUE",
    "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE",
    "CREATE CONSTRAINT review_key IF NOT EXISTS FOR (v:Review) REQUIRE v.key IS UNIQUE",
)
# Members of a party are looked up by party. No index on claim dates: every named query filters
# them as ``($since IS NULL OR r.date >= $since)``, which the planner cannot serve from an index
# (it starts from actors), while maintaining six relationship indexes cost 10-15% of a bulk load.
SCHEMA_PARTY_INDEX = "CREATE INDEX {name} IF NOT EXISTS FOR (p:{label}) ON (p.party)"
# cross-camp-ties walks the actors of one camp at a time (see its .cypher): a seek, not a scan
# of every actor per pair of camps.
SCHEMA_CAMP_INDEX = "CREATE INDEX actor_camp IF NOT EXISTS FOR (a:Actor) ON (a.camp)"

EXISTING_ARTICLES = "UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id"

# Mentions travel inside their article's row as a list of names, not as one map per mention:
# the driver packs parameters in pure Python, a sizeable part of a bulk load's time. The actors
# are merged first, so every name is found.
MERGE_ARTICLES = """
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
  ON CREATE SET a.date = row.date, a.title = row.title, a.url = row.url,
                a.source = row.source, a.words = row.words, a.canonical_url = row.canonical_url,
                a.outlet = row.outlet, a.author = row.author, a.copy_of = row.copy_of,
                a.signature = row.signature
WITH a, row
UNWIND row.mentions AS name
MATCH (x:Actor {name: name})
MERGE (a)-[:MENTIONS]->(x)
"""

# The ON MATCH rule of the SQLite upsert: the first known gender and family are kept, the party
# follows the mention with the latest date (a null date never wins). The label is only set on
# creation: like SQLite, an actor keeps the kind it was first stored with.
MERGE_ACTORS = """
UNWIND $rows AS row
MERGE (a:Actor {{name: row.name}})
  ON CREATE SET a:{label}, a.key = row.key, a.surname_key = row.surname_key
WITH a, row, row.party_date >= coalesce(a.party_date, '') AS newer
SET a.gender = coalesce(a.gender, row.gender),
    a.family = coalesce(a.family, row.family),
    a.party = CASE WHEN newer THEN row.party ELSE a.party END,
    a.party_date = CASE WHEN newer THEN row.party_date ELSE a.party_date END
"""

# The first claim with a given key wins, like SQLite's INSERT OR IGNORE. Claims travel as lists
# in the order of the WITH below (see _claim_lists), not as maps: repeating eight keys for every
# claim doubled the driver's packing time (0.6 s instead of 0.3 s for 20,000 claims, of a ~2 s
# bulk load). The last three (copy group, URL, outlet) come from the claim's article.
MERGE_CLAIMS = """
UNWIND $rows AS row
WITH row[0] AS subject, row[1] AS object, row[2] AS article, row[3] AS date,
     row[4] AS evidence, row[5] AS cue, row[6] AS confidence, row[7] AS grp,
     row[8] AS copy_of, row[9] AS url, row[10] AS outlet
MATCH (s:Actor {{name: subject}})
MATCH (o:Actor {{name: object}})
MERGE (s)-[r:{type} {{article: article}}]->(o)
  ON CREATE SET r.date = date, r.evidence = evidence, r.cue = cue,
                r.confidence = confidence, r.group = grp, r.copy_of = copy_of, r.url = url,
                r.outlet = outlet
"""

# An article's claims are found through the actors it mentions (every claim's subject is one).
SET_COPIES = """
UNWIND $rows AS row
MATCH (a:Article {{id: row.id}})
SET a.copy_of = row.copy_of
WITH a, row
MATCH (a)-[:MENTIONS]->(:Actor)-[r:{types}]->(:Actor)
WHERE r.article = row.id
SET r.copy_of = row.copy_of, r.date = row.date
RETURN DISTINCT startNode(r).name AS subject, type(r) AS relation, endNode(r).name AS object
"""
SIGNATURES = """
MATCH (a:Article) WHERE a.signature IS NOT NULL
RETURN a.id AS id, a.date AS date, a.canonical_url AS canonical_url, a.copy_of AS copy_of,
       a.signature AS signature
"""

# -- review decisions (alliancegraph.review): (:Review {key, action, article, sentence, ...})
# nodes apart from the graph, applied to the claims by the write path and when recorded.

FORGET_ARTICLES = """
UNWIND $ids AS id
MATCH (a:Article {{id: id}})-[m:MENTIONS]->(x:Actor)
OPTIONAL MATCH (x)-[r:{types}]->(o:Actor)
WHERE r.article = id
WITH m, r, x.name AS subject, type(r) AS relation, o.name AS object
DELETE m, r
RETURN DISTINCT subject, relation, object
"""
SAVE_REVIEW = "MERGE (v:Review {key: $key}) SET v += $props"
REVIEWS_OF = """
MATCH (v:Review)
WHERE ($ids IS NULL OR v.article IN $ids)
RETURN v {.*} AS v
ORDER BY v.at, v.key
"""
JUDGED_CLAIMS = """
UNWIND $keys AS k
MATCH (s:Actor {name: k[0]})-[r]->(o:Actor {name: k[2]})
WHERE type(r) = k[1] AND r.article = k[3]
RETURN k AS key, r.evidence AS evidence
"""
REMOVE_CLAIMS = """
UNWIND $keys AS k
MATCH (s:Actor {name: k[0]})-[r]->(o:Actor {name: k[2]})
WHERE type(r) = k[1] AND r.article = k[3]
DELETE r
"""
ENSURE_ACTORS = """
UNWIND $rows AS row
MERGE (a:Actor {{name: row[0]}})
  ON CREATE SET a:{label}, a.key = row[1], a.surname_key = row[2]
"""
WRITE_REVIEWED = """
UNWIND $rows AS row
MATCH (s:Actor {{name: row.subject}})
MATCH (o:Actor {{name: row.object}})
MERGE (s)-[r:{type} {{article: row.article}}]->(o)
  ON CREATE SET r.date = row.date, r.evidence = row.evidence, r.cue = $cue,
                r.confidence = $confidence
SET r.reviewed = true
"""
SET_STATUSES = """
UNWIND $rows AS row
MATCH (v:Review {key: row[0]})
SET v.status = row[1]
"""
REVIEW_QUEUE = """
MATCH (s:Actor)-[r:{types}]->(o:Actor)
WHERE ($actor IS NULL OR s.name = $actor OR o.name = $actor)
  AND ($relation IS NULL OR type(r) = $relation)
  AND ($article IS NULL OR r.article = $article)
  AND ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
  AND ($reviewed OR coalesce(r.reviewed, false) = false)
OPTIONAL MATCH (a:Article {{id: r.article}})
RETURN s.name AS subject, type(r) AS relation, o.name AS object, r.article AS article,
       r.date AS date, r.evidence AS evidence, r.cue AS cue, r.confidence AS confidence,
       coalesce(r.reviewed, false) AS reviewed, a.title AS title, a.url AS url,
       a.source AS source
ORDER BY confidence, date, article, subject, relation, object
LIMIT $limit
"""

CLEAR_CAMPS = "MATCH (a:Actor) WHERE a.camp IS NOT NULL REMOVE a.camp"
# How many articles the camps were computed from: one node, merged on its key.
STAMP_CAMPS = """
MATCH (a:Article) WITH count(a) AS n
MERGE (m:StoreMeta {key: 'camps'}) SET m.articles = n
"""
STALE_CAMPS = """
MATCH (m:StoreMeta {key: 'camps'})
WHERE EXISTS { MATCH (x:Actor) WHERE x.camp IS NOT NULL }
CALL (m) { MATCH (a:Article) RETURN count(a) AS n }
RETURN n - m.articles AS n
"""
SET_CAMPS = """
UNWIND $rows AS row
MATCH (a:Actor {name: row.name})
SET a.camp = row.camp
"""

HAS_ARTICLE = "MATCH (a:Article {id: $id}) RETURN count(a) > 0 AS found"

COUNT_ARTICLES = "MATCH (a:Article) RETURN count(a) AS n"
COUNT_LABEL = "MATCH (a:Actor:{label}) RETURN count(a) AS n"
COUNT_CLAIMS = "MATCH (:Actor)-[r:{types}]->(:Actor) RETURN count(r) AS n"
ALL_MENTIONS = """
MATCH (a:Article)-[:MENTIONS]->(x:Actor)
RETURN a.id AS article, x.name AS actor ORDER BY article, actor
"""
COUNT_MENTIONS = "MATCH (:Article)-[r:MENTIONS]->(:Actor) RETURN count(r) AS n"

# The kind is read back from the labels: ``$kinds`` maps each ontology label to its kind.
ACTOR_ROWS = """
MATCH (a:Actor)
RETURN a.name AS name,
       head([k IN $kinds WHERE k.label IN labels(a) | k.kind]) AS kind,
       a.gender AS gender, a.party AS party, a.family AS family, a.camp AS camp
ORDER BY name
"""

ARTICLE_ROWS = """
MATCH (a:Article)
RETURN a.id AS id, a.date AS date, a.title AS title, a.url AS url, a.source AS source,
       a.canonical_url AS canonical_url, a.outlet AS outlet, a.author AS author,
       coalesce(a.copy_of, a.id) AS copy_of
ORDER BY date, id
"""

CLAIM_ROWS = """
MATCH (s:Actor)-[r:{types}]->(o:Actor)
WHERE ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
RETURN s.name AS subject, type(r) AS relation, o.name AS object, r.article AS article,
       r.date AS date, r.evidence AS evidence, r.cue AS cue, r.confidence AS confidence,
       head([k IN $kinds WHERE k.label IN labels(s) | k.kind]) AS subject_kind,
       head([k IN $kinds WHERE k.label IN labels(o) | k.kind]) AS object_kind,
       r.group AS group, coalesce(r.copy_of, r.article) AS copy_of, r.url AS url,
       r.outlet AS outlet
ORDER BY date, article, subject, relation, object
"""

EXPLAIN = "EXPLAIN "
PLANNED_READS_KEPT = 1024  # distinct query texts whose read-only verdict a store remembers


def _types() -> str:
    """``SUPPORTS|REJECTS|...``: the whitelist as a relationship-type alternation."""
    return "|".join(relation_names())


def _kinds_param() -> list[dict[str, str]]:
    return [{"kind": k.kind, "label": k.label} for k in actor_kinds().values()]


def _schema_statements() -> list[str]:
    """Constraints first (every MERGE seeks through them), then the party and camp indexes."""
    person = label_for("person")
    party_index = SCHEMA_PARTY_INDEX.format(name=f"{person.lower()}_party", label=person)
    return [*SCHEMA_CONSTRAINTS, party_index, SCHEMA_CAMP_INDEX,
            *neo4j_ties.schema_statements()]


def _safe_uri(uri: str) -> str:
    """The URI without any ``user:password@`` part, fit for messages and reprs."""
    try:
        parts = urlsplit(uri)
    except ValueError:
        return uri.rsplit("@", 1)[-1] if "@" in uri else uri
    if "@" not in parts.netloc:
        return uri
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))


URI_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


def check_uri(uri: str) -> str:
    """``uri`` if the driver can use it; otherwise a :class:`StoreError` saying what is wrong.

    Checked before the driver sees it: the driver's own errors for a bad port or a broken IPv6
    address are tracebacks from deep inside, and an ``http://`` URI makes it import an HTTP
    client the project does not install.

    >>> check_uri("bolt://127.0.0.1:notaport")
    Traceback (most recent call last):
    ...
    alliancegraph.graph.store.StoreError: invalid Neo4j URI 'bolt://127.0.0.1:notaport' ...
    """
    shown = _safe_uri(uri)

    def invalid(reason: str) -> StoreError:
        return StoreError(f"invalid Neo4j URI {shown!r} ({reason}): set NEO4J_URI")

    try:
        parts = urlsplit(uri)
    except ValueError as exc:
        raise invalid(str(exc)) from None
    if parts.scheme not in URI_SCHEMES:
        raise invalid(f"scheme {parts.scheme or '(none)'!r}; use one of {', '.join(URI_SCHEMES)}")
    try:
        parts.port  # noqa: B018 - raises for a port that is not a number in range
    except ValueError:
        raise invalid("the port must be a number from 1 to 65535") from None
    if not parts.hostname:
        raise invalid("no host")
    return uri


class Neo4jStore(Store):
    """The graph in a Neo4j 5 database, reached over Bolt.

    Arguments default from ``NEO4J_URI``, ``NEO4J_USER``, ``NEO4J_PASSWORD`` (unset: no auth)
    and ``NEO4J_DATABASE``. A ``driver`` passed in is shared, not owned: :meth:`close` leaves it
    open. Opening verifies the connection and creates the constraints and indexes (idempotent).
    """

    dialect = "cypher"
    name = "neo4j"
    # A transaction holds its whole answer in the server's transaction memory, about 10 KB per
    # sentence of a page asking for every sentence (the hub's rejected-invitations page, 110,546
    # sentences, took 5.8 s and fitted in the 1.1 GiB of the 4 GB budget once its sort stopped
    # charging every row for the row's list of rejecters). Such pages are read in parts of at
    # most this many sentences, so a bigger answer (every row of a hub's) cannot fail for
    # memory either (see alliancegraph.queries.run.execute).
    evidence_budget = 25_000

    def __init__(
        self,
        uri: str | None = None,
        user: str | None = None,
        password: str | None = None,
        database: str | None = None,
        driver: neo4j.Driver | None = None,
    ) -> None:
        self.uri = uri or os.environ.get("NEO4J_URI") or DEFAULT_URI
        self.user = user or os.environ.get("NEO4J_USER") or DEFAULT_USER
        self.database = database or os.environ.get("NEO4J_DATABASE") or DEFAULT_DATABASE
        secret = password if password is not None else os.environ.get("NEO4J_PASSWORD")
        self._owns_driver = driver is None
        self._planned_reads: set[str] = set()  # texts EXPLAIN already found read-only
        self.notices: list[str] = []  # the server's warnings about analyst queries, one line each
        if driver is None:
            check_uri(self.uri)
        try:
            if driver is None:
                auth = (self.user, secret) if secret else None
                driver = GraphDatabase.driver(self.uri, auth=auth)
            self.driver = driver
        except (errors.ConfigurationError, ValueError) as exc:
            # The driver quotes the URI as given, userinfo and all: never echo that part.
            reason = str(exc).replace(self.uri, _safe_uri(self.uri))
            raise StoreError(
                f"invalid Neo4j URI {_safe_uri(self.uri)!r} ({reason}): set NEO4J_URI"
            ) from None
        try:
            self._connect()
        except BaseException:
            self.close()
            raise

    def __repr__(self) -> str:
        return f"Neo4jStore(uri={_safe_uri(self.uri)!r}, database={self.database!r})"

    # -- connection -----------------------------------------------------------------------------

    def _connect(self) -> None:
        """Fail now, with a hint, rather than at the first query; then ensure the schema and
        the derived data (:func:`neo4j_ties.upgrade`) unless the store already has them.

        The version read is the connection check: a store at the current version needs one
        round trip to open (``ask`` opens it on every call).
        """
        with self._errors(), self._session() as session:
            if neo4j_ties.stored_version(session) >= neo4j_ties.VERSION:
                return
            for statement in _schema_statements():
                session.run(statement).consume()
            session.run("CALL db.awaitIndexes(300)").consume()
            neo4j_ties.upgrade(session)

    def _session(self, read: bool = False, quiet: bool = True) -> neo4j.Session:
        """A session on the configured database.

        ``quiet`` turns server notifications off: this module's own queries legitimately read
        properties no node has yet (``camp`` before any fracture analysis), and the driver would
        log a warning for each. Analyst queries keep them, since they flag real typos.
        """
        mode = neo4j.READ_ACCESS if read else neo4j.WRITE_ACCESS
        options: dict[str, Any] = {"database": self.database, "default_access_mode": mode}
        if quiet:
            options["notifications_min_severity"] = neo4j.NotificationMinimumSeverity.OFF
        return self.driver.session(**options)

    def _errors(self) -> _ErrorTranslator:
        return _ErrorTranslator(self)

    # -- writes ---------------------------------------------------------------------------------

    def write(self, extractions: Iterable[Extraction], replace: bool = False) -> WriteResult:
        """Store the extractions, one managed transaction per batch (see :data:`BATCH_ARTICLES`).

        ``replace`` writes stored articles again (a re-extraction); the review decisions of
        every article written are applied again in the same transaction.

        A managed transaction is retried by the driver on transient errors (deadlock, leader
        switch); the batch function only reads its arguments, so running it again is safe.
        """
        total = WriteResult()
        size, pause_after = gate_batching(BATCH_ARTICLES)
        with self._errors(), self._session() as session:
            for number, batch in enumerate(batches(extractions, size, BATCH_SECONDS), start=1):
                total += session.execute_write(_write_batch, batch, replace)
                if number == pause_after:
                    wait_at_gate()
        return total

    def record_review(self, decision: Decision) -> Decision:
        """Keep ``decision`` (replacing one with the same key) and apply it, in one transaction."""

        def work(tx: ManagedTransaction) -> dict[str, str]:
            props = {k: v for k, v in decision.to_dict().items() if k != "key"}
            tx.run(SAVE_REVIEW, key=decision.key, props=props).consume()
            return _apply_reviews(tx, [decision])

        with self._errors(), self._session() as session:
            statuses = session.execute_write(work)
        return decision.with_status(statuses[decision.key])

    def reviews(self, article: str | None = None) -> list[Decision]:
        rows = self._fetch(REVIEWS_OF, ids=None if article is None else [article])
        return [_decision(row["v"]) for row in rows]

    def review_queue(
        self,
        actor: str | None = None,
        relation: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = 50,
        reviewed: bool = False,
        article: str | None = None,
    ) -> list[dict]:
        return self._fetch(
            REVIEW_QUEUE.format(types=_types()), actor=actor, relation=relation, since=since,
            until=until, limit=limit, reviewed=reviewed, article=article,
        )

    def set_camps(self, camps: dict[str, int | None]) -> None:
        """Replace every actor's ``camp`` (actors not named lose theirs), in one transaction."""
        rows = [{"name": name, "camp": camp} for name, camp in camps.items()]

        def work(tx: ManagedTransaction) -> None:
            tx.run(CLEAR_CAMPS).consume()
            tx.run(SET_CAMPS, rows=rows).consume()
            tx.run(STAMP_CAMPS).consume()

        with self._errors(), self._session() as session:
            session.execute_write(work)

    # -- reads ----------------------------------------------------------------------------------

    def _fetch(self, query: str, **params: Any) -> list[dict]:
        """Run one of this module's read queries in a managed read transaction."""

        def work(tx: ManagedTransaction) -> list[dict]:
            with _no_retry_when_out_of_memory():
                return [record.data() for record in tx.run(query, **params)]

        with self._errors(), self._session(read=True) as session:
            return session.execute_read(work)

    def _one(self, query: str, **params: Any) -> Any:
        return self._fetch(query, **params)[0]["n"]

    def stale_camps(self) -> int:
        rows = self._fetch(STALE_CAMPS)
        return rows[0]["n"] if rows else 0

    def has_article(self, article_id: str) -> bool:
        return bool(self._fetch(HAS_ARTICLE, id=article_id)[0]["found"])

    def counts(self) -> dict[str, int]:
        return {
            "articles": self._one(COUNT_ARTICLES),
            "persons": self._one(COUNT_LABEL.format(label=label_for("person"))),
            "parties": self._one(COUNT_LABEL.format(label=label_for("party"))),
            "claims": self._one(COUNT_CLAIMS.format(types=_types())),
            "mentions": self._one(COUNT_MENTIONS),
        }

    def actors(self) -> list[Actor]:
        rows = self._fetch(ACTOR_ROWS, kinds=_kinds_param())
        return [Actor(r["name"], r["kind"], r["gender"], r["party"]) for r in rows]

    def actor_attributes(self) -> dict[str, dict]:
        rows = self._fetch(ACTOR_ROWS, kinds=_kinds_param())
        keys = ("kind", "gender", "party", "family", "camp")
        return {row["name"]: {k: row[k] for k in keys} for row in rows}

    def articles(self) -> list[ArticleInfo]:
        rows = self._fetch(ARTICLE_ROWS)
        return [ArticleInfo(**r) for r in rows]

    def signatures(self) -> list[Signed]:
        return [Signed(**{**r, "signature": bytes(r["signature"])})
                for r in self._fetch(SIGNATURES)]

    def set_copies(self, changes: list[Regrouped]) -> None:
        rows = [{"id": c.id, "copy_of": c.copy_of, "date": c.date} for c in changes]
        query = SET_COPIES.format(types=_types())
        def work(tx: ManagedTransaction) -> None:
            touched = [(r["subject"], r["relation"], r["object"])
                       for r in tx.run(query, rows=rows)]
            refresh_ties(tx, touched)

        with self._errors(), self._session() as session:
            session.execute_write(work)

    def mentions(self) -> Iterator[tuple[str, str]]:
        for row in self._fetch(ALL_MENTIONS):
            yield row["article"], row["actor"]

    def claims(self, since: str | None = None, until: str | None = None) -> Iterator[Claim]:
        """Claims in SQLite's order, streamed from one read transaction.

        Not a managed transaction: those must finish inside their function, which would mean
        holding every claim in memory; a read has nothing to retry that the caller cannot.
        """
        query = CLAIM_ROWS.format(types=_types())
        with self._errors(), self._session(read=True) as session:
            result = session.run(query, since=since, until=until, kinds=_kinds_param())
            for r in result:
                yield Claim(
                    subject=r["subject"], relation=r["relation"], object=r["object"],
                    article=r["article"], date=r["date"], evidence=r["evidence"], cue=r["cue"],
                    confidence=r["confidence"], subject_kind=r["subject_kind"],
                    object_kind=r["object_kind"], group=r["group"], copy_of=r["copy_of"],
                    url=r["url"], outlet=r["outlet"],
                )

    def read(self, text: str, params: dict | None = None, *, own: bool = False) -> list[dict]:
        """Run an analyst's Cypher query, refused unless Neo4j itself plans it as read-only.

        ``EXPLAIN`` plans without executing; only query type ``"r"`` passes (``"w"``, ``"rw"``
        and schema ``"s"`` are refused), as do plans without ``LOAD CSV`` (a read of the
        server's files) or ``TERMINATE TRANSACTIONS``; then the query runs in a read
        transaction with a timeout, which the server refuses to let write. ``own`` marks the
        package's own texts (named and composed queries, name lookups), which need no plan
        check: that round trip per text was a tenth of a short ``ask``. Nodes, relationships
        and paths come back as plain dicts and lists.
        """
        params = dict(params or {})
        with self._errors():
            if not own and text not in self._planned_reads:
                # A text's query type does not depend on its parameters, so one verdict per
                # text is enough: repeated named queries skip a round trip (~10 ms).
                with self._session(read=True, quiet=False) as session:
                    summary = session.run(EXPLAIN + text, params).consume()
                _check_read_only(text, summary)
                notice = _notice(summary)
                if notice and notice not in self.notices:
                    self.notices.append(notice)
                if len(self._planned_reads) < PLANNED_READS_KEPT:
                    self._planned_reads.add(text)
            work = unit_of_work(timeout=READ_TIMEOUT_S)(_run_analyst_query)
            with self._session(read=True) as session:
                return session.execute_read(work, text, params)

    def close(self) -> None:
        driver = getattr(self, "driver", None)
        if driver is not None and self._owns_driver:
            driver.close()


# -- write batches (pure functions of a transaction: a retry simply runs them again) -------------


def _write_batch(
    tx: ManagedTransaction, batch: list[Extraction], replace: bool = False
) -> WriteResult:
    """Write the articles of ``batch`` not stored yet (all of them with ``replace``), then
    apply their review decisions; nothing at all if one has a bad relation."""
    ids = [e.article.id for e in batch]
    known = set() if replace else {r["id"] for r in tx.run(EXISTING_ARTICLES, ids=ids)}
    fresh, unchanged = fresh_articles(batch, known)
    result = WriteResult(articles_unchanged=unchanged)
    if not fresh:
        return result
    from alliancegraph.graph.rows import build_rows

    rows = build_rows(fresh)
    articles, claims = _article_maps(rows), _claim_lists(rows)
    written = [row["id"] for row in articles]
    touched = {(c.subject, c.relation, c.object) for c in rows.claims}
    if replace:
        forgotten = tx.run(FORGET_ARTICLES.format(types=_types()), ids=written)
        touched |= {(r["subject"], r["relation"], r["object"]) for r in forgotten
                    if r["relation"] is not None}
    for kind, maps in _actor_maps(rows.actors).items():
        tx.run(MERGE_ACTORS.format(label=label_for(kind)), rows=maps).consume()
    tx.run(MERGE_ARTICLES, rows=articles).consume()
    for rel, lists in claims.items():
        tx.run(MERGE_CLAIMS.format(type=rel), rows=lists).consume()
    refresh_ties(tx, touched)
    decisions = [_decision(r["v"]) for r in tx.run(REVIEWS_OF, ids=written)]
    _apply_reviews(tx, decisions)
    result.articles_new = len(fresh)
    result.claims = sum(len(rows) for rows in claims.values())
    result.actors = len(rows.actors)
    return result


def _apply_reviews(tx: ManagedTransaction, decisions: list[Decision]) -> dict[str, str]:
    """Apply decisions inside ``tx`` (see :func:`alliancegraph.review.decisions.plan`)."""
    from alliancegraph.review.decisions import REVIEW_CONFIDENCE, REVIEW_CUE, plan

    if not decisions:
        return {}
    keys = [list(d.judged) for d in decisions]
    extracted = {tuple(r["key"]): r["evidence"] for r in tx.run(JUDGED_CLAIMS, keys=keys)}
    changes = plan(decisions, extracted)
    tx.run(REMOVE_CLAIMS, keys=[list(k) for k in changes.removes]).consume()
    names: dict[str, set[str]] = defaultdict(set)
    by_type: dict[str, list[dict]] = defaultdict(list)
    whitelist = set(relation_names())
    for row in changes.writes:
        if row["relation"] not in whitelist:
            raise StoreError(f"unknown relation {row['relation']!r} in a review")
        names[row["subject_kind"]].add(row["subject"])
        names[row["object_kind"]].add(row["object"])
        by_type[row["relation"]].append(row)
    for kind, group in names.items():
        keyed = [[name, *name_keys(name)] for name in sorted(group)]
        tx.run(ENSURE_ACTORS.format(label=label_for(kind)), rows=keyed).consume()
    for rel, rows in by_type.items():
        tx.run(
            WRITE_REVIEWED.format(type=rel), rows=rows, cue=REVIEW_CUE,
            confidence=REVIEW_CONFIDENCE,
        ).consume()
    refresh_ties(tx, [(k[0], k[1], k[2]) for k in changes.removes]
                 + [(r["subject"], r["relation"], r["object"]) for r in changes.writes])
    tx.run(SET_STATUSES, rows=[[k, v] for k, v in changes.statuses.items()]).consume()
    return changes.statuses


def _decision(props: dict) -> Decision:
    from alliancegraph.review.decisions import FIELDS, Decision

    return Decision(**{name: props.get(name) for name in FIELDS})


def _article_maps(rows: BatchRows) -> list[dict]:
    """Article maps for MERGE_ARTICLES, each with the names of the actors it mentions."""
    mentions: dict[str, list[str]] = defaultdict(list)
    for mention in rows.mentions:
        mentions[mention.article].append(mention.actor)
    return [{**a._asdict(), "mentions": mentions[a.id]} for a in rows.articles]


def _claim_lists(rows: BatchRows) -> dict[str, list[list]]:
    """Claims by relationship type, each a list in MERGE_CLAIMS's order."""
    claims: dict[str, list[list]] = defaultdict(list)
    for c in rows.claims:
        claims[c.relation].append([c.subject, *c[2:]])  # all but the relation, in order
    return claims


def _actor_maps(actors: list[ActorRow]) -> dict[str, list[dict]]:
    """Actor maps grouped by kind, so each group's label is spliced from the ontology once."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for a in actors:
        label_for(a.kind)  # raises for a kind the ontology does not define
        key, surname_key = name_keys(a.name)
        groups[a.kind].append({**a._asdict(), "key": key, "surname_key": surname_key})
    return groups


# -- analyst reads --------------------------------------------------------------------------------


def _check_read_only(text: str, summary: neo4j.ResultSummary) -> None:
    """Refuse anything Neo4j does not plan as a pure read, and reads with side effects."""
    snippet = " ".join(text.split())
    snippet = snippet if len(snippet) <= 60 else snippet[:57] + "..."
    if summary.query_type != "r":
        raise StoreError(
            f"refused: {snippet!r} is not read-only (query type {summary.query_type!r})"
        )
    for operator in _operators(summary.plan or {}):
        if operator in REFUSED_OPERATORS:
            raise StoreError(f"refused: {snippet!r}: {REFUSED_OPERATORS[operator]}")


NOTICE_CHARS = 200


def _notice(summary: neo4j.ResultSummary) -> str | None:
    """The plan's warnings (unknown label, property, Cartesian product...) as one short line.

    The driver would log each as a multi-line block, once for the plan and again for the run;
    its logger is silenced (see the top of this module) and this line is what a user sees.
    """
    parts = []
    for status in summary.gql_status_objects:
        if not status.is_notification:
            continue
        part = " ".join(str(status.status_description or "").split())
        if part and part not in parts:
            parts.append(part)
    if not parts:
        return None
    line = "Neo4j warns: " + "; ".join(parts)
    return line if len(line) <= NOTICE_CHARS else line[: NOTICE_CHARS - 3] + "..."


def _operators(plan: dict) -> Iterator[str]:
    """Operator names of a plan tree, without the ``@database`` suffix."""
    yield str(plan.get("operatorType", "")).split("@", 1)[0]
    for child in plan.get("children", ()):
        yield from _operators(child)


def _run_analyst_query(tx: ManagedTransaction, text: str, params: dict) -> list[dict]:
    with _no_retry_when_out_of_memory():
        result = tx.run(text, params)
        return [{key: _plain(value) for key, value in record.items()} for record in result]


class _no_retry_when_out_of_memory:
    """Turn the server's out-of-memory errors into a plain :class:`StoreError` inside the
    transaction function.

    Neo4j reports a query that outgrows its memory pool as a *transient* error, which the
    driver retries with back-off (five runs, about a minute) though the same query will run
    out of memory again. An exception that is not the driver's ends the managed transaction
    at once.
    """

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind, exc, tb) -> bool:
        if isinstance(exc, errors.TransientError) and _out_of_memory(exc):
            raise StoreError(
                "query ran out of memory on the Neo4j server: narrow it (a date window, "
                "a LIMIT, fewer variable-length hops)"
            ) from None
        return False


def _out_of_memory(exc: errors.Neo4jError) -> bool:
    code = exc.code or ""
    return "OutOfMemory" in code or "MemoryLimit" in code


def _plain(value: Any) -> Any:
    """A driver value as JSON-friendly Python: graph objects become dicts, temporals strings.

    A node is its properties plus ``_labels``; a relationship its properties plus ``_type``,
    ``_start`` and ``_end`` (the end nodes' ``name`` or ``id`` key, else their element id).
    """
    if isinstance(value, Node):
        return {"_labels": sorted(value.labels), **_plain(dict(value))}
    if isinstance(value, Relationship):
        return {
            "_type": value.type, "_start": _node_key(value.start_node),
            "_end": _node_key(value.end_node), **_plain(dict(value)),
        }
    if isinstance(value, Path):
        return {
            "nodes": [_plain(n) for n in value.nodes],
            "relationships": [_plain(r) for r in value.relationships],
        }
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if hasattr(value, "iso_format"):  # neo4j.time Date, DateTime, Time, Duration
        return value.iso_format()
    if hasattr(value, "srid"):  # neo4j.spatial points
        return list(value)
    return value


def _node_key(node: Node | None) -> Any:
    if node is None:
        return None
    return node.get("name", node.get("id", node.element_id))


# -- errors ---------------------------------------------------------------------------------------


class _ErrorTranslator:
    """Turns driver exceptions into one-line :class:`StoreError` messages with a hint.

    Credentials never appear: the messages name the URI (without any userinfo), the user and
    the database only.
    """

    def __init__(self, store: Neo4jStore) -> None:
        self.store = store

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind, exc, tb) -> bool:
        if exc is None or isinstance(exc, StoreError) or not isinstance(exc, Exception):
            return False
        message = _explain(self.store, exc)
        if message is None:
            return False
        raise StoreError(message) from None


def _explain(store: Neo4jStore, exc: Exception) -> str | None:
    uri = _safe_uri(store.uri)
    if isinstance(exc, errors.AuthError):
        return (f"Neo4j refused the credentials for user {store.user!r} at {uri}: "
                "check NEO4J_USER/NEO4J_PASSWORD")
    if isinstance(exc, (errors.ServiceUnavailable, errors.SessionExpired, OSError)):
        return (f"cannot reach Neo4j at {uri}: is it running? start one with "
                "`alliancegraph neo4j start` or set NEO4J_URI")
    if isinstance(exc, errors.Neo4jError):
        code = exc.code or ""
        if code.endswith("DatabaseNotFound"):
            return (f"database {store.database!r} does not exist on {uri}: "
                    "set NEO4J_DATABASE")
        if code.startswith("Neo.ClientError.Security"):
            return f"Neo4j at {uri} refused the operation ({exc.message})"
        if code.startswith("Neo.ClientError.Transaction") and "TimedOut" in code:
            return f"query timed out after {READ_TIMEOUT_S:g} s on {uri}"
        return f"query failed: {(exc.message or code).splitlines()[0]}"
    if isinstance(exc, errors.DriverError):
        return f"Neo4j driver error talking to {uri}: {exc}"
    return None
