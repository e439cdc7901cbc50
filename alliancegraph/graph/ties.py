"""Per-tie summaries of the embedded store: one row per (subject, relation, object).

Why: on a million claims a hub is the end of tens of thousands of claims, and every question
about it (its supporters, whom it rejects, the actors between two hubs, the cross-camp ties)
used to read all of them to learn which rows exist and in which order, before cutting the
first page. A tie is what those questions list; the ``ties`` table holds, for each, what the
rows show without the sentences:

* ``claims``: how many claims state it (one per article: the claims' key ends with the
  article), what the queries count as ``count(DISTINCT article)``;
* ``articles``: how many copy groups they come from (a syndicated dispatch counts once:
  ``count(DISTINCT copy_of)``, see :mod:`alliancegraph.loaders.copies`);
* ``first`` and ``last``: the earliest and latest claim date.

and the ``neighbours`` table lists, for each actor, the actors it has a tie with.

So a query pages over ties (a few thousand index entries for the biggest hub, read in the order
of the output where an index gives it) and reads sentences only for the page's rows.

The summaries are kept **exact** by triggers on ``claims`` rather than by each write path:
every way a claim changes (a load, a re-extraction that deletes and re-inserts an article's
claims, a review that removes, corrects or adds a claim, a copy regrouping that rewrites
``copy_of`` and ``date``) goes through an INSERT, DELETE or UPDATE of ``claims``, inside the
same transaction, so no writer can forget them and a rolled-back batch rolls them back too.
Each trigger does a constant number of index seeks (``claims_by_group`` answers "does another
claim of this tie come from the same copy group?"; ``claims_by_subject`` gives the first and
last date), so a bulk load stays linear. A load's batch of new claims goes one step further: the
insert trigger steps aside while the batch is inserted and :data:`FOLD` then adds the batch to
the summaries once per tie, in the same transaction (a hub tie's summary and its covering
index entry were rewritten once per claim of the batch). Camps are not summarised: they change
with every ``fractures`` run and the queries join ``actors`` for them.

Questions restricted to a date window cannot use the summaries (a window changes every count):
the SQL texts read the claims then, in a branch guarded by the window parameters (SQLite tests
a condition on parameters alone once, before its loop, so the unused branch costs nothing).

:func:`summaries_from_claims` recomputes the summaries from the claims, for tests and checks:

>>> import sqlite3
>>> db = sqlite3.connect(":memory:")
>>> _ = db.executescript('''CREATE TABLE claims (subject, relation, object, article, date,
...     copy_of, PRIMARY KEY (subject, relation, object, article));
...     CREATE INDEX claims_by_subject ON claims(subject, relation, object, date);''' + SCHEMA)
>>> _ = db.executemany("INSERT INTO claims VALUES ('A', 'SUPPORTS', 'B', ?, ?, ?)",
...                    [("a1", "2017-01-02", "a1"), ("a2", "2017-01-01", "a1")])
>>> db.execute("SELECT * FROM ties").fetchall()
[('A', 'SUPPORTS', 'B', 2, 1, '2017-01-01', '2017-01-02')]
>>> _ = db.execute("DELETE FROM claims WHERE article = 'a2'")
>>> db.execute("SELECT * FROM ties").fetchall() == summaries_from_claims(db)
True
"""

from __future__ import annotations

import sqlite3

# A key match of claims alias ``c`` against the row ``{row}`` (NEW or OLD) of a trigger.
_SAME_TIE = "c.subject = {row}.subject AND c.relation = {row}.relation AND c.object = {row}.object"


def _add(row: str) -> str:
    """Count claim ``row`` (already in ``claims``) into its tie."""
    same = _SAME_TIE.format(row=row)
    return f"""
    INSERT INTO ties (subject, relation, object, claims, articles, first, last)
    VALUES ({row}.subject, {row}.relation, {row}.object, 1, {row}.copy_of IS NOT NULL,
            {row}.date, {row}.date)
    ON CONFLICT (subject, relation, object) DO UPDATE SET
      claims = claims + 1,
      articles = articles + ({row}.copy_of IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM claims AS c INDEXED BY claims_by_group
        WHERE {same} AND c.copy_of = {row}.copy_of AND c.rowid <> {row}.rowid)),
      first = CASE WHEN first IS NULL OR {row}.date < first THEN {row}.date ELSE first END,
      last = CASE WHEN last IS NULL OR {row}.date > last THEN {row}.date ELSE last END;"""


def _remove(row: str, rowid: str) -> str:
    """Take claim ``row`` (already gone from ``claims``, or changed in place: the claim with
    ``rowid`` is then left out) out of its tie; the tie's row stays, perhaps at zero claims,
    until :data:`_PRUNE`."""
    same = _SAME_TIE.format(row=row)
    return f"""
    UPDATE ties SET
      claims = claims - 1,
      articles = articles - ({row}.copy_of IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM claims AS c INDEXED BY claims_by_group
        WHERE {same} AND c.copy_of = {row}.copy_of AND c.rowid <> {rowid})),
      first = CASE WHEN {row}.date > first THEN first ELSE (
        SELECT min(c.date) FROM claims AS c INDEXED BY claims_by_subject
        WHERE {same} AND c.rowid <> {rowid}) END,
      last = CASE WHEN {row}.date < last THEN last ELSE (
        SELECT max(c.date) FROM claims AS c INDEXED BY claims_by_subject
        WHERE {same} AND c.rowid <> {rowid}) END
    WHERE subject = {row}.subject AND relation = {row}.relation AND object = {row}.object;"""


def _prune(row: str) -> str:
    return f"""
    DELETE FROM ties
    WHERE subject = {row}.subject AND relation = {row}.relation AND object = {row}.object
      AND claims = 0;"""


# The table, its indexes and the triggers that keep it exact. ``ties_by_object`` covers every
# column, so the questions about an actor as object (its supporters, rejecters, members...)
# read the index alone; the primary key serves the questions about an actor as subject;
# ``ties_by_relation`` lists one relation's ties in key order (every invitation);
# ``ties_by_ends`` finds the ties between two actors whatever their relation (between).
# ``neighbours`` holds both (actor, other) orders of every pair of actors with a tie, in either
# direction and any relation: between walks one end's neighbours in name order and stops after
# its page, testing each against the other end with one key lookup.
SCHEMA = f"""
CREATE INDEX claims_by_group ON claims(subject, relation, object, copy_of);
CREATE TABLE ties (
    subject TEXT NOT NULL,
    relation TEXT NOT NULL,
    object TEXT NOT NULL,
    claims INTEGER NOT NULL,
    articles INTEGER NOT NULL,
    first TEXT,
    last TEXT,
    PRIMARY KEY (subject, relation, object)
) WITHOUT ROWID;
INSERT INTO ties
SELECT subject, relation, object, count(*), count(DISTINCT copy_of), min(date), max(date)
FROM claims GROUP BY subject, relation, object;
CREATE INDEX ties_by_object ON ties(object, relation, subject, claims, articles, first, last);
CREATE INDEX ties_by_relation ON ties(relation, subject, object);
CREATE INDEX ties_by_ends ON ties(subject, object, relation);
CREATE TABLE neighbours (
    actor TEXT NOT NULL,
    other TEXT NOT NULL,
    PRIMARY KEY (actor, other)
) WITHOUT ROWID;
INSERT OR IGNORE INTO neighbours SELECT subject, object FROM ties;
INSERT OR IGNORE INTO neighbours SELECT object, subject FROM ties;
CREATE TRIGGER neighbours_after_tie AFTER INSERT ON ties BEGIN
    INSERT OR IGNORE INTO neighbours VALUES (NEW.subject, NEW.object), (NEW.object, NEW.subject);
END;
CREATE TRIGGER neighbours_after_untie AFTER DELETE ON ties
WHEN NOT EXISTS (SELECT 1 FROM ties AS t INDEXED BY ties_by_ends
                 WHERE (t.subject = OLD.subject AND t.object = OLD.object)
                    OR (t.subject = OLD.object AND t.object = OLD.subject)) BEGIN
    DELETE FROM neighbours
    WHERE (actor = OLD.subject AND other = OLD.object)
       OR (actor = OLD.object AND other = OLD.subject);
END;
CREATE TRIGGER ties_after_insert AFTER INSERT ON claims BEGIN{_add("NEW")}
END;
CREATE TRIGGER ties_after_delete AFTER DELETE ON claims BEGIN{_remove("OLD", "OLD.rowid")}{
    _prune("OLD")}
END;
CREATE TRIGGER ties_after_update AFTER UPDATE OF subject, relation, object, date, copy_of
ON claims BEGIN{_remove("OLD", "NEW.rowid")}{_add("NEW")}{_prune("OLD")}
END;
"""


# A bulk insert of claims (a load's batch) folds its claims into the summaries once per tie,
# after the insert and in the same transaction, instead of one upsert per claim: while
# ``ag_batch()`` (a function each connection registers) is true the per-claim triggers step
# aside, and :data:`FOLD` adds the claims with ``rowid > :before`` (those the insert created:
# SQLite gives new rows rowids above the largest) tie by tie. A copy group counts once: a group
# is new to its tie when no older claim of the tie (``rowid <= :before``) has it.
BATCH_TRIGGERS = f"""
DROP TRIGGER ties_after_insert;
CREATE TRIGGER ties_after_insert AFTER INSERT ON claims WHEN NOT ag_batch() BEGIN{_add("NEW")}
END;
"""
FOLD = """
INSERT INTO ties (subject, relation, object, claims, articles, first, last)
SELECT c.subject, c.relation, c.object, count(*),
       count(DISTINCT c.copy_of) FILTER (
         WHERE NOT EXISTS (SELECT 1 FROM claims AS o INDEXED BY claims_by_group
                           WHERE o.subject = c.subject AND o.relation = c.relation
                             AND o.object = c.object AND o.copy_of = c.copy_of
                             AND o.rowid <= :before)),
       min(c.date), max(c.date)
FROM claims AS c
WHERE c.rowid > :before
GROUP BY c.subject, c.relation, c.object
ON CONFLICT (subject, relation, object) DO UPDATE SET
  claims = claims + excluded.claims,
  articles = articles + excluded.articles,
  first = CASE WHEN first IS NULL OR excluded.first < first THEN excluded.first ELSE first END,
  last = CASE WHEN last IS NULL OR excluded.last > last THEN excluded.last ELSE last END
"""


def summaries_from_claims(db: sqlite3.Connection) -> list[tuple]:
    """The ties as the claims state them now, in key order: what ``ties`` must hold."""
    return _tuples(db.execute(
        """SELECT subject, relation, object, count(*), count(DISTINCT copy_of), min(date),
                  max(date)
           FROM claims GROUP BY subject, relation, object
           ORDER BY subject, relation, object"""
    ))


def stored_summaries(db: sqlite3.Connection) -> list[tuple]:
    """The ``ties`` table in key order (compare with :func:`summaries_from_claims`)."""
    return _tuples(db.execute(
        """SELECT subject, relation, object, claims, articles, first, last FROM ties
           ORDER BY subject, relation, object"""
    ))


def _tuples(rows: sqlite3.Cursor) -> list[tuple]:
    return [tuple(row) for row in rows]  # plain tuples whatever the connection's row factory


# The camps in use, one row each, kept by triggers on ``actors`` (``fractures`` rewrites every
# actor's camp): cross-camp-ties loops over them in order (subject's camp, then object's), then
# over each camp's actors by name (``actors_by_camp``, unique so SQLite knows each name comes
# once) and their ties, which is the order of its rows, so its first page stops early.
# ``actors_by_party`` gains the name for the same reason (defectors walks a party's persons).
CAMPS_SCHEMA = """
CREATE UNIQUE INDEX actors_by_camp ON actors(camp, name);
DROP INDEX actors_by_party;
CREATE UNIQUE INDEX actors_by_party ON actors(party, name);
CREATE TABLE camps (camp INTEGER PRIMARY KEY);
INSERT INTO camps SELECT DISTINCT camp FROM actors WHERE camp IS NOT NULL;
CREATE TRIGGER camps_after_insert AFTER INSERT ON actors WHEN NEW.camp IS NOT NULL BEGIN
    INSERT OR IGNORE INTO camps VALUES (NEW.camp);
END;
CREATE TRIGGER camps_after_update AFTER UPDATE OF camp ON actors BEGIN
    INSERT OR IGNORE INTO camps SELECT NEW.camp WHERE NEW.camp IS NOT NULL;
    DELETE FROM camps
    WHERE camp = OLD.camp AND NOT EXISTS (SELECT 1 FROM actors WHERE camp = OLD.camp);
END;
CREATE TRIGGER camps_after_delete AFTER DELETE ON actors WHEN OLD.camp IS NOT NULL BEGIN
    DELETE FROM camps
    WHERE camp = OLD.camp AND NOT EXISTS (SELECT 1 FROM actors WHERE camp = OLD.camp);
END;
"""
