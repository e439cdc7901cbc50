"""The embedded default store: one SQLite file, no server.

SQLite is the durable store (articles, actors, claims with provenance) and answers the named
queries as indexed SQL, so a query never loads the whole graph; :meth:`SQLiteStore.to_networkx`
builds a MultiDiGraph only for the analyses that need graph algorithms. Schema changes are
numbered migrations recorded in ``PRAGMA user_version``: an old file is upgraded in place.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

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
from alliancegraph.graph.ties import BATCH_TRIGGERS, CAMPS_SCHEMA, FOLD
from alliancegraph.graph.ties import SCHEMA as TIES_SCHEMA
from alliancegraph.loaders.copies import Regrouped, Signed
from alliancegraph.model import Actor, Claim, Extraction
from alliancegraph.ontology.gazetteer import fold

if TYPE_CHECKING:  # networkx is imported by the analyses that build a graph, not by queries;
    # the write and review paths import theirs when they run: a question needs neither
    import networkx as nx

    from alliancegraph.review.decisions import Decision

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
    # Review decisions (alliancegraph.review), kept apart from the claims they judge and keyed
    # by what the analyst read; no foreign key to articles, so they outlive a re-extraction.
    # ``claims.reviewed`` marks a claim an analyst accepted, corrected or added.
    """
    ALTER TABLE claims ADD COLUMN reviewed INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE reviews (
        key TEXT PRIMARY KEY,
        action TEXT NOT NULL,
        article TEXT NOT NULL,
        sentence TEXT NOT NULL,
        subject TEXT NOT NULL,
        relation TEXT NOT NULL,
        object TEXT NOT NULL,
        new_subject TEXT,
        new_relation TEXT,
        new_object TEXT,
        date TEXT NOT NULL,
        subject_kind TEXT NOT NULL,
        object_kind TEXT NOT NULL,
        new_subject_kind TEXT,
        new_object_kind TEXT,
        reviewer TEXT NOT NULL,
        at TEXT NOT NULL,
        note TEXT,
        status TEXT
    );
    CREATE INDEX reviews_by_article ON reviews(article, at);
    """,
    # Web provenance and syndicated copies (loaders/copies.py): an article's canonical URL,
    # outlet, author, copy signature and copy group (``copy_of``: the representative's id; NULL
    # until grouped); each claim carries its article's group, URL and outlet, so the queries
    # count groups and list URLs without a join. Existing articles are their own groups.
    """
    ALTER TABLE articles ADD COLUMN canonical_url TEXT;
    ALTER TABLE articles ADD COLUMN outlet TEXT;
    ALTER TABLE articles ADD COLUMN author TEXT;
    ALTER TABLE articles ADD COLUMN copy_of TEXT;
    ALTER TABLE articles ADD COLUMN signature BLOB;
    UPDATE articles SET copy_of = id;
    ALTER TABLE claims ADD COLUMN copy_of TEXT;
    ALTER TABLE claims ADD COLUMN url TEXT;
    ALTER TABLE claims ADD COLUMN outlet TEXT;
    UPDATE claims SET copy_of = article,
                      url = (SELECT url FROM articles WHERE articles.id = claims.article);
    CREATE INDEX articles_by_copy ON articles(copy_of);
    """,
    # Facts about the store itself, e.g. how many articles it held when the camps were written.
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value);
    """,
    # The evidence of one tie (subject, relation, object), in date order, by three key seeks.
    # The primary key has the columns but not the order, so the planner prefers
    # claims_by_relation (already sorted by date) and reads a hub's every claim of the relation;
    # the queries used to force the primary key by its generated name, which a schema change
    # would silently break. Statistics are refreshed after the upgrade (``_migrate``).
    """
    CREATE INDEX claims_by_subject ON claims(subject, relation, object, date);
    """,
    # Names as a question types them: every actor under its folded full name and its folded
    # surname (what follows the first given name), so ``ask`` finds "melenchon" or "Le Pen"
    # by a key seek instead of matching every actor's name (queries/names.py). The trigger keeps
    # the keys of every actor any write adds; ``ag_fold`` is the gazetteer's ``fold``, which
    # each connection registers (:meth:`SQLiteStore.__init__`).
    """
    CREATE TABLE actor_keys (
        key TEXT NOT NULL,
        name TEXT NOT NULL REFERENCES actors(name),
        PRIMARY KEY (key, name)
    ) WITHOUT ROWID;
    CREATE TRIGGER actor_keys_of_new_actor AFTER INSERT ON actors BEGIN
        INSERT OR IGNORE INTO actor_keys (key, name) VALUES
            (ag_fold(NEW.name), NEW.name),
            (ag_fold(substr(NEW.name, instr(NEW.name, ' ') + 1)), NEW.name);
    END;
    INSERT OR IGNORE INTO actor_keys (key, name)
        SELECT ag_fold(name), name FROM actors
        UNION ALL
        SELECT ag_fold(substr(name, instr(name, ' ') + 1)), name FROM actors;
    """,
    # Per-tie summaries kept exact by triggers (graph/ties.py), so a hub's questions page over
    # its ties instead of reading all its claims; actors by camp, so cross-camp-ties walks the
    # camps in the order of its rows.
    TIES_SCHEMA + CAMPS_SCHEMA,
    # A load's batch of claims is folded into the summaries once per tie (graph/ties.py): the
    # per-claim insert trigger steps aside while ``ag_batch()`` is true.
    BATCH_TRIGGERS,
]

# Insert column lists, in the order of the fields of graph/rows.py's named tuples (checked by
# tests/test_sqlite_store.py), so the rows go to executemany as they are.
ARTICLE_COLUMNS = (
    "id, date, title, url, source, words, canonical_url, outlet, author, copy_of, signature"
)
ACTOR_COLUMNS = "name, kind, gender, party, party_date, family"
CLAIM_COLUMNS = (
    "subject, relation, object, article, date, evidence, cue, confidence, grp, copy_of, url, outlet"
)

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


def _locked(exc: sqlite3.OperationalError) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


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
            self.db.create_function("ag_fold", 1, fold, deterministic=True)
            self._batch = False
            self.db.create_function("ag_batch", 0, lambda: self._batch)
            self.db.row_factory = sqlite3.Row
            self._use_wal()
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

    def _use_wal(self) -> None:
        """Switch the file to write-ahead logging, waiting up to the busy timeout.

        SQLite does not call the busy handler for this switch: when several processes open a
        brand-new store at once, all but one get "database is locked" at once. The switch is
        retried until it holds or the timeout has passed (then the usual one-line error)."""
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                self.db.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as exc:
                if not _locked(exc) or time.monotonic() >= deadline:
                    raise
                time.sleep(0.01)

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
        (its version now recorded) is simply skipped. An upgraded store gets fresh planner
        statistics at once, so it plans with its new indexes.
        """
        initial = self.db.execute("PRAGMA user_version").fetchone()[0]
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
        if 0 < initial < len(MIGRATIONS):
            self.analyze()

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

    def write(self, extractions: Iterable[Extraction], replace: bool = False) -> WriteResult:
        """Store the extractions, one transaction per batch (see :data:`BATCH_ARTICLES`).

        ``replace`` writes articles already stored again (a re-extraction): their claims and
        mentions are replaced. Either way the review decisions of every article written are
        applied again in the same transaction.
        """
        total = WriteResult()
        size, pause_after = gate_batching(BATCH_ARTICLES)
        try:
            for number, batch in enumerate(batches(extractions, size, BATCH_SECONDS), start=1):
                total += self._write_batch(batch, replace)
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

    def _write_batch(self, batch: list[Extraction], replace: bool = False) -> WriteResult:
        stored = set() if replace else self._existing([e.article.id for e in batch])
        fresh, unchanged = fresh_articles(batch, stored)
        result = WriteResult(articles_unchanged=unchanged)
        if not fresh:
            return result
        from alliancegraph.graph.rows import build_rows

        rows = build_rows(fresh)  # named tuples in the order of the columns below
        try:
            self.db.execute("BEGIN IMMEDIATE")
            written = [article.id for article in rows.articles]
            if replace:
                self._forget_claims(written)
            self.db.executemany(
                f"INSERT OR IGNORE INTO articles ({ARTICLE_COLUMNS}) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows.articles,
            )
            self.db.executemany(
                f"""INSERT INTO actors ({ACTOR_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)
                   ON CONFLICT(name) DO UPDATE SET
                     gender = COALESCE(actors.gender, excluded.gender),
                     family = COALESCE(actors.family, excluded.family),
                     party = IIF(excluded.party_date >= COALESCE(actors.party_date, ''),
                                 excluded.party, actors.party),
                     party_date = IIF(excluded.party_date >= COALESCE(actors.party_date, ''),
                                      excluded.party_date, actors.party_date)""",
                rows.actors,
            )
            self.db.executemany("INSERT OR IGNORE INTO mentions VALUES (?, ?)", rows.mentions)
            self._insert_claims(rows.claims)
            self._apply_reviews(self._reviews_of(written))
            self.db.execute("COMMIT")
        except BaseException:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise
        result.articles_new = len(fresh)
        result.claims = len(rows.claims)
        result.actors = len(rows.actors)
        return result

    def _insert_claims(self, claims: list) -> None:
        """Insert a batch's claims, then fold them into the tie summaries once per tie.

        One upsert per tie rather than per claim (and one copy-group test per group): the
        per-claim trigger rewrote a hub tie's summary and its covering index entry for each of
        its claims in the batch. Inside the caller's transaction, so a failed batch leaves both
        the claims and the summaries as they were.
        """
        before = self.db.execute("SELECT coalesce(max(rowid), 0) FROM claims").fetchone()[0]
        self._batch = True
        try:
            self.db.executemany(
                f"INSERT OR IGNORE INTO claims ({CLAIM_COLUMNS}) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                claims,
            )
        finally:
            self._batch = False
        self.db.execute(FOLD, {"before": before})

    def _forget_claims(self, articles: list[str]) -> None:
        """Drop the claims and mentions of articles about to be extracted again."""
        marks = ",".join("?" * len(articles))
        self.db.execute(f"DELETE FROM claims WHERE article IN ({marks})", articles)
        self.db.execute(f"DELETE FROM mentions WHERE article IN ({marks})", articles)

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

    def set_copies(self, changes: list[Regrouped]) -> None:
        rows = [(c.copy_of, c.date, c.id) for c in changes]
        try:
            self.db.execute("BEGIN IMMEDIATE")
            self.db.executemany("UPDATE articles SET copy_of = ?1 WHERE id = ?3", rows)
            self.db.executemany(
                "UPDATE claims SET copy_of = ?1, date = ?2 WHERE article = ?3", rows
            )
            self.db.execute("COMMIT")
        except BaseException:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise

    # -- review decisions (alliancegraph.review) ------------------------------------------------

    def record_review(self, decision: Decision) -> Decision:
        """Keep ``decision`` (replacing one with the same key) and apply it, in one transaction."""
        from alliancegraph.review.decisions import FIELDS as REVIEW_FIELDS

        try:
            self.db.execute("BEGIN IMMEDIATE")
            self.db.execute(
                f"INSERT OR REPLACE INTO reviews (key, {', '.join(REVIEW_FIELDS)}) "
                f"VALUES (:key, {', '.join(':' + f for f in REVIEW_FIELDS)})",
                decision.to_dict(),
            )
            statuses = self._apply_reviews([decision])
            self.db.execute("COMMIT")
        except BaseException:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise
        return decision.with_status(statuses[decision.key])

    def reviews(self, article: str | None = None) -> list[Decision]:
        rows = self.db.execute(
            "SELECT * FROM reviews WHERE :article IS NULL OR article = :article ORDER BY at, key",
            {"article": article},
        )
        return [_decision(row) for row in rows]

    def _reviews_of(self, articles: list[str]) -> list[Decision]:
        marks = ",".join("?" * len(articles))
        rows = self.db.execute(f"SELECT * FROM reviews WHERE article IN ({marks})", articles)
        return [_decision(row) for row in rows]

    def _apply_reviews(self, decisions: list[Decision]) -> dict[str, str]:
        """Apply decisions inside the caller's transaction; their statuses are recorded."""
        from alliancegraph.review.decisions import REVIEW_CONFIDENCE, REVIEW_CUE, plan

        if not decisions:
            return {}
        articles = sorted({d.article for d in decisions})
        marks = ",".join("?" * len(articles))
        rows = self.db.execute(
            "SELECT subject, relation, object, article, evidence FROM claims "
            f"WHERE article IN ({marks})",
            articles,
        )
        changes = plan(decisions, {tuple(row)[:4]: row[4] for row in rows})
        self.db.executemany(
            "DELETE FROM claims WHERE subject = ? AND relation = ? AND object = ? AND article = ?",
            changes.removes,
        )
        for row in changes.writes:
            for name, kind in ((row["subject"], row["subject_kind"]),
                               (row["object"], row["object_kind"])):
                self.db.execute(
                    "INSERT OR IGNORE INTO actors (name, kind) VALUES (?, ?)", (name, kind)
                )
        self.db.executemany(
            f"""INSERT INTO claims ({CLAIM_COLUMNS}, reviewed)
                SELECT :subject, :relation, :object, :article, :date, :evidence,
                       '{REVIEW_CUE}', {REVIEW_CONFIDENCE}, NULL,
                       COALESCE(a.copy_of, a.id), a.url, a.outlet, 1
                FROM articles AS a WHERE a.id = :article
                ON CONFLICT (subject, relation, object, article) DO UPDATE SET reviewed = 1""",
            changes.writes,
        )
        self.db.executemany(
            "UPDATE reviews SET status = ? WHERE key = ?",
            [(status, key) for key, status in changes.statuses.items()],
        )
        return changes.statuses

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
        rows = self.db.execute(
            """SELECT c.subject, c.relation, c.object, c.article, c.date, c.evidence, c.cue,
                      c.confidence, c.reviewed, a.title, a.url, a.source
               FROM claims c JOIN articles a ON a.id = c.article
               WHERE (:actor IS NULL OR c.subject = :actor OR c.object = :actor)
                 AND (:relation IS NULL OR c.relation = :relation)
                 AND (:article IS NULL OR c.article = :article)
                 AND (:since IS NULL OR c.date >= :since) AND (:until IS NULL OR c.date <= :until)
                 AND (:reviewed OR c.reviewed = 0)
               ORDER BY c.confidence, c.date, c.article, c.subject, c.relation, c.object
               LIMIT :limit""",
            {"actor": actor, "relation": relation, "since": since, "until": until,
             "limit": limit, "reviewed": reviewed, "article": article},
        )
        return [{**dict(row), "reviewed": bool(row["reviewed"])} for row in rows]

    # -- reads ----------------------------------------------------------------------------------

    def signatures(self) -> list[Signed]:
        rows = self.db.execute(
            """SELECT id, date, canonical_url, copy_of, signature FROM articles
               WHERE signature IS NOT NULL"""
        )
        return [Signed(*row) for row in rows]

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
            """SELECT id, date, title, url, source, canonical_url, outlet, author, copy_of
               FROM articles ORDER BY date, id"""
        )
        return [ArticleInfo(*row) for row in rows]

    def mentions(self) -> Iterator[tuple[str, str]]:
        rows = self.db.execute("SELECT article, actor FROM mentions ORDER BY article, actor")
        yield from (tuple(row) for row in rows)

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
                copy_of=r["copy_of"],
                url=r["url"],
                outlet=r["outlet"],
            )

    def read(self, text: str, params: dict | None = None, *, own: bool = False) -> list[dict]:
        """Run one read-only SQL statement; a write is refused by SQLite itself (``own`` or
        not: nothing to skip)."""
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
        import networkx as nx

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


def _decision(row: sqlite3.Row) -> Decision:
    from alliancegraph.review.decisions import FIELDS, Decision

    return Decision(**{name: row[name] for name in FIELDS})
