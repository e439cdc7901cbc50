"""The embedded default store: one SQLite file, no server.

SQLite is the durable store (articles, actors, claims with provenance) and answers the named
queries as indexed SQL, so a query never loads the whole graph; :meth:`SQLiteStore.to_networkx`
builds a MultiDiGraph only for the analyses that need graph algorithms. Schema changes are
numbered migrations recorded in ``PRAGMA user_version``: an old file is upgraded in place.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import networkx as nx

from alliancegraph.graph.store import (
    ArticleInfo,
    Store,
    StoreError,
    WriteResult,
    fresh_articles,
)
from alliancegraph.model import Actor, Claim, Extraction
from alliancegraph.ontology import relation_names
from alliancegraph.ontology.gazetteer import load_gazetteer

MIGRATIONS: list[str] = [
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        date TEXT NOT NULL,
        title TEXT,
        url TEXT,
        source TEXT,
        words INTEGER
    );
    CREATE TABLE actors (
        name TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        gender TEXT,
        party TEXT,
        party_date TEXT,
        family TEXT,
        camp INTEGER
    );
    CREATE TABLE claims (
        subject TEXT NOT NULL REFERENCES actors(name),
        relation TEXT NOT NULL,
        object TEXT NOT NULL REFERENCES actors(name),
        article TEXT NOT NULL REFERENCES articles(id),
        date TEXT NOT NULL,
        evidence TEXT NOT NULL,
        cue TEXT,
        confidence REAL NOT NULL,
        grp TEXT,
        PRIMARY KEY (subject, relation, object, article)
    );
    CREATE INDEX claims_by_object ON claims(object, relation, date);
    CREATE INDEX claims_by_relation ON claims(relation, subject, date);
    CREATE INDEX claims_by_article ON claims(article);
    CREATE INDEX claims_by_date ON claims(date);
    CREATE TABLE mentions (
        article TEXT NOT NULL REFERENCES articles(id),
        actor TEXT NOT NULL REFERENCES actors(name),
        PRIMARY KEY (article, actor)
    );
    CREATE INDEX mentions_by_actor ON mentions(actor);
    CREATE INDEX actors_by_party ON actors(party);
    """,
    # Facts about the store itself, e.g. how many articles it held when the camps were written.
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value);
    """,
]

# A transaction holds at most this many articles, or the articles extracted in this many seconds:
# large enough for bulk speed, small enough that an interrupted load loses little work (an
# uncommitted batch is simply loaded again by the next run).
BATCH_ARTICLES = 200
BATCH_SECONDS = 1.0

# Pages SQLite keeps in memory per connection (negative = KiB): the default 2 MB is outgrown by
# the claims indexes of a large store, and every insert then rereads index pages from disk.
CACHE_KIB = 64 * 1024

# Rows ANALYZE samples per index. Without statistics SQLite guesses, and on a large store it
# guesses wrong (a hub's every claim read for a handful of rows); a sample is as good as a full
# scan for choosing plans and costs milliseconds instead of seconds on a million claims.
ANALYSIS_LIMIT = 2000

# How long a write waits for another process's write transaction before failing (SQLite's
# busy timeout, in seconds).
BUSY_TIMEOUT_S = 5.0

# The tables of the first migration: a file that has other tables, or lacks these, is not ours.
OWN_TABLES = {"articles", "actors", "claims", "mentions"}


# Test-only: with ALLIANCEGRAPH_TEST_GATE=FIFO:N set, each article is committed alone and the
# load stops after the N-th commit, reading the FIFO, until the test has done what it must
# (interrupt it, stop the server): a deterministic "killed mid-way" with no timing assumption.
TEST_GATE = "ALLIANCEGRAPH_TEST_GATE"


def gate_batching(size: int = BATCH_ARTICLES) -> tuple[int, int | None]:
    gate = os.environ.get(TEST_GATE)
    if not gate:
        return size, None
    return 1, int(gate.rsplit(":", 1)[1])


def wait_at_gate() -> None:
    fifo = os.environ[TEST_GATE].rsplit(":", 1)[0]
    with open(fifo, "rb") as gate:  # blocks until the test opens its end
        gate.read()  # blocks until the test closes it


def _locked(exc: sqlite3.OperationalError) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


def batches(items: Iterable, size: int, seconds: float) -> Iterator[list]:
    """Group a stream into lists of at most ``size`` items or ``seconds`` of waiting."""
    batch: list = []
    started = time.monotonic()
    for item in items:
        batch.append(item)
        if len(batch) >= size or time.monotonic() - started >= seconds:
            yield batch
            batch, started = [], time.monotonic()
    if batch:
        yield batch


class SQLiteStore(Store):
    """Articles, actors and claims in one SQLite file (``":memory:"`` for a throwaway store).

    >>> store = SQLiteStore(":memory:")
    >>> store.counts()
    {'articles': 0, 'persons': 0, 'parties': 0, 'claims': 0, 'mentions': 0}
    """

    dialect = "sql"
    name = "local"

    def __init__(
        self,
        path: str | Path = "alliancegraph.db",
        create: bool = True,
        timeout: float = BUSY_TIMEOUT_S,
    ) -> None:
        self.path = str(path)
        self.timeout = timeout
        if not create and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such store (`alliancegraph load` creates one)")
        if Path(self.path).exists() and not Path(self.path).is_file():
            raise StoreError(f"{self.path}: not a regular file, not an alliancegraph database")
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None, timeout=timeout)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot open ({exc})") from None
        try:
            self._check_owned()
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            self._migrate()
        except BaseException as exc:
            self.db.close()
            if isinstance(exc, sqlite3.OperationalError) and _locked(exc):
                raise self._locked_error() from None
            if isinstance(exc, sqlite3.DatabaseError):
                raise StoreError(f"{self.path}: not an alliancegraph database ({exc})") from None
            raise

    def _check_owned(self) -> None:
        """Refuse, before changing anything, a file this version must not write.

        Only reads happen here (no journal-mode switch, no ``user_version``): a new or empty
        file, or one with our tables and a schema version we know, passes; another application's
        database and a store written by a newer alliancegraph are refused with their reason.
        """
        self.db.execute("BEGIN")  # one snapshot: another process may be creating the store
        try:
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
            tables = [
                row[0]
                for row in self.db.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
                )
            ]
        finally:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
        if version > len(MIGRATIONS):
            raise StoreError(
                f"{self.path}: written by a newer alliancegraph (schema version {version}; this "
                f"one knows versions up to {len(MIGRATIONS)}): upgrade alliancegraph to use it"
            )
        if not tables and version == 0:
            return
        if version == 0 or not set(tables) >= OWN_TABLES:
            others = ", ".join(t for t in tables if t not in OWN_TABLES or version == 0)
            raise StoreError(
                f"{self.path}: not an alliancegraph database (it has other tables: {others}); "
                "nothing was changed"
            )

    def _migrate(self) -> None:
        """Apply the missing migrations, each in its own write transaction.

        Several processes may open a brand-new store at once: each migration runs under
        ``BEGIN IMMEDIATE``, and one that fails because another process applied it meanwhile
        (its version now recorded) is simply skipped.
        """
        while (version := self.db.execute("PRAGMA user_version").fetchone()[0]) < len(
            MIGRATIONS
        ):
            number = version + 1
            try:
                self.db.executescript(
                    f"BEGIN IMMEDIATE; {MIGRATIONS[version]}; "
                    f"PRAGMA user_version = {number}; COMMIT;"
                )
            except sqlite3.OperationalError:
                if self.db.in_transaction:
                    self.db.execute("ROLLBACK")
                if self.db.execute("PRAGMA user_version").fetchone()[0] < number:
                    raise

    def _locked_error(self) -> StoreError:
        return StoreError(
            f"{self.path}: the database is locked by another process (waited {self.timeout:g} s); "
            "try again when it has finished"
        )

    def _sql_error(self, exc: sqlite3.Error) -> StoreError:
        """A write that failed, as one line naming the file."""
        if isinstance(exc, sqlite3.OperationalError) and _locked(exc):
            return self._locked_error()
        return StoreError(f"{self.path}: write failed ({exc})")

    # -- writes ---------------------------------------------------------------------------------

    def write(self, extractions: Iterable[Extraction]) -> WriteResult:
        """Store the extractions, one transaction per batch (see :data:`BATCH_ARTICLES`)."""
        total = WriteResult()
        size, pause_after = gate_batching()
        try:
            for number, batch in enumerate(batches(extractions, size, BATCH_SECONDS), start=1):
                total += self._write_batch(batch)
                if number == pause_after:
                    wait_at_gate()
            if total.articles_new:
                self.analyze()
        except sqlite3.Error as exc:
            raise self._sql_error(exc) from None
        return total

    def analyze(self) -> None:
        """Refresh the planner's statistics (sampled, see :data:`ANALYSIS_LIMIT`).

        Run after every write that added articles; an interrupted load skips it, and the next
        write or this call catches up.
        """
        self.db.execute(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
        self.db.execute("ANALYZE")

    def _write_batch(self, batch: list[Extraction]) -> WriteResult:
        fresh, unchanged = fresh_articles(batch, self._existing([e.article.id for e in batch]))
        result = WriteResult(articles_unchanged=unchanged)
        if not fresh:
            return result
        whitelist = set(relation_names())
        articles, actors, claims, mentions = [], {}, [], []
        for extraction in fresh:
            article = extraction.article
            articles.append(
                (
                    article.id,
                    article.date,
                    article.title,
                    article.url,
                    article.source,
                    article.words,
                )
            )
            for actor in extraction.actors:
                actors[actor.name] = self._actor_row(actor, article.date, actors.get(actor.name))
                mentions.append((article.id, actor.name))
            for claim in extraction.claims:
                if claim.relation not in whitelist:
                    raise StoreError(f"unknown relation {claim.relation!r} in {article.source}")
                for name, kind in (
                    (claim.subject, claim.subject_kind),
                    (claim.object, claim.object_kind),
                ):
                    if name not in actors:
                        actors[name] = self._actor_row(Actor(name, kind), article.date, None)
                claims.append(
                    (
                        claim.subject,
                        claim.relation,
                        claim.object,
                        claim.article,
                        claim.date,
                        claim.evidence,
                        claim.cue,
                        claim.confidence,
                        claim.group,
                    )
                )
        try:
            self.db.execute("BEGIN IMMEDIATE")
            self.db.executemany(
                "INSERT OR IGNORE INTO articles VALUES (?, ?, ?, ?, ?, ?)", articles
            )
            self.db.executemany(
                """INSERT INTO actors (name, kind, gender, party, party_date, family)
                   VALUES (?, ?, ?, ?, ?, ?)
                   ON CONFLICT(name) DO UPDATE SET
                     gender = COALESCE(actors.gender, excluded.gender),
                     family = COALESCE(actors.family, excluded.family),
                     party = IIF(excluded.party_date >= COALESCE(actors.party_date, ''),
                                 excluded.party, actors.party),
                     party_date = IIF(excluded.party_date >= COALESCE(actors.party_date, ''),
                                      excluded.party_date, actors.party_date)""",
                list(actors.values()),
            )
            self.db.executemany("INSERT OR IGNORE INTO mentions VALUES (?, ?)", mentions)
            self.db.executemany(
                "INSERT OR IGNORE INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", claims
            )
            self.db.execute("COMMIT")
        except BaseException:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise
        result.articles_new = len(fresh)
        result.claims = len(claims)
        result.actors = len(actors)
        return result

    @staticmethod
    def _actor_row(actor: Actor, date: str, previous: tuple | None) -> tuple:
        """The actor's row, merged with the one already built in this batch.

        The party kept is the one seen at the latest date, whatever the order of the articles;
        the first known gender is kept, inside a batch as across batches (the upsert's rule).
        """
        family = None
        if actor.kind == "party":
            entry = load_gazetteer().party(actor.name)
            family = entry.camp if entry else None
        party, party_date = actor.party, date if actor.party else None
        if previous and previous[3] and (party is None or previous[4] > party_date):
            party, party_date = previous[3], previous[4]
        gender = (previous[2] if previous else None) or actor.gender
        return (actor.name, actor.kind, gender, party, party_date, family)

    def _existing(self, ids: list[str]) -> set[str]:
        marks = ",".join("?" * len(ids))
        rows = self.db.execute(f"SELECT id FROM articles WHERE id IN ({marks})", ids)
        return {row[0] for row in rows}

    def set_camps(self, camps: dict[str, int | None]) -> None:
        """Replace every actor's camp, stamped with the number of articles they were computed
        from (see :meth:`stale_camps`)."""
        try:
            self.db.execute("BEGIN IMMEDIATE")
            self.db.execute("UPDATE actors SET camp = NULL")
            self.db.executemany(
                "UPDATE actors SET camp = ? WHERE name = ?", [(c, n) for n, c in camps.items()]
            )
            self.db.execute(
                "INSERT OR REPLACE INTO meta VALUES ('camps_articles', "
                "(SELECT count(*) FROM articles))"
            )
            self.db.execute("COMMIT")
        except sqlite3.Error as exc:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise self._sql_error(exc) from None

    # -- reads ----------------------------------------------------------------------------------

    def stale_camps(self) -> int:
        row = self.db.execute(
            """SELECT (SELECT count(*) FROM articles) - value FROM meta
               WHERE key = 'camps_articles'
                 AND EXISTS (SELECT 1 FROM actors WHERE camp IS NOT NULL)"""
        ).fetchone()
        return row[0] if row else 0

    def has_article(self, article_id: str) -> bool:
        return bool(self._existing([article_id]))

    def counts(self) -> dict[str, int]:
        one = lambda sql: self.db.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "articles": one("SELECT count(*) FROM articles"),
            "persons": one("SELECT count(*) FROM actors WHERE kind = 'person'"),
            "parties": one("SELECT count(*) FROM actors WHERE kind = 'party'"),
            "claims": one("SELECT count(*) FROM claims"),
            "mentions": one("SELECT count(*) FROM mentions"),
        }

    def actors(self) -> list[Actor]:
        rows = self.db.execute("SELECT name, kind, gender, party FROM actors ORDER BY name")
        return [Actor(r["name"], r["kind"], r["gender"], r["party"]) for r in rows]

    def actor_attributes(self) -> dict[str, dict]:
        rows = self.db.execute("SELECT name, kind, gender, party, family, camp FROM actors")
        return {row["name"]: {k: v for k, v in dict(row).items() if k != "name"} for row in rows}

    def articles(self) -> list[ArticleInfo]:
        rows = self.db.execute(
            "SELECT id, date, title, url, source FROM articles ORDER BY date, id"
        )
        return [ArticleInfo(*row) for row in rows]

    def claims(self, since: str | None = None, until: str | None = None) -> Iterator[Claim]:
        rows = self.db.execute(
            """SELECT c.*, s.kind AS subject_kind, o.kind AS object_kind
               FROM claims c JOIN actors s ON s.name = c.subject JOIN actors o ON o.name = c.object
               WHERE (:since IS NULL OR c.date >= :since) AND (:until IS NULL OR c.date <= :until)
               ORDER BY c.date, c.article, c.subject, c.relation, c.object""",
            {"since": since, "until": until},
        )
        for r in rows:
            yield Claim(
                subject=r["subject"],
                relation=r["relation"],
                object=r["object"],
                article=r["article"],
                date=r["date"],
                evidence=r["evidence"],
                cue=r["cue"],
                confidence=r["confidence"],
                subject_kind=r["subject_kind"],
                object_kind=r["object_kind"],
                group=r["grp"],
            )

    def read(self, text: str, params: dict | None = None) -> list[dict]:
        """Run one read-only SQL statement; a write is refused by SQLite itself."""
        reader = self._reader()
        reader.execute("PRAGMA query_only = ON")
        try:
            cursor = reader.execute(text, params or {})
            return [dict(row) for row in cursor.fetchall()]
        except sqlite3.Error as exc:
            raise StoreError(f"query failed: {exc}") from None
        finally:
            if reader is self.db:
                reader.execute("PRAGMA query_only = OFF")

    def _reader(self) -> sqlite3.Connection:
        """A second connection opened read-only (``mode=ro``), so a read can never write."""
        if not hasattr(self, "_ro"):
            if self.path == ":memory:":
                self._ro = self.db
            else:
                uri = Path(self.path).resolve().as_uri() + "?mode=ro"
                self._ro = sqlite3.connect(uri, uri=True, check_same_thread=False)
                self._ro.row_factory = sqlite3.Row
                self._ro.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        return self._ro

    def to_networkx(self, since: str | None = None, until: str | None = None) -> nx.MultiDiGraph:
        """The claims as a MultiDiGraph: one edge per claim, keyed by relation, with provenance."""
        graph = nx.MultiDiGraph()
        for name, attrs in self.actor_attributes().items():
            graph.add_node(name, **attrs)
        for claim in self.claims(since, until):
            graph.add_edge(
                claim.subject, claim.object, key=(claim.relation, claim.article), **claim.to_dict()
            )
        return graph

    def close(self) -> None:
        if hasattr(self, "_ro") and self._ro is not self.db:
            self._ro.close()
        self.db.close()
