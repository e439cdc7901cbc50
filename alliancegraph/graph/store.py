"""The interface every store implements, so the CLI, queries and exports never care which it is.

Writes take :class:`~alliancegraph.model.Extraction` records (one article with its claims and
actors) and are atomic per article: after a crash or Ctrl-C an article is either fully stored or
absent, and the next load of the same files picks up exactly the missing ones.
"""

from __future__ import annotations

import os
import time
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from alliancegraph.loaders.copies import Regrouped, Signed
from alliancegraph.model import Actor, Claim, Extraction

if TYPE_CHECKING:  # the review package builds on this interface
    from alliancegraph.review.decisions import Decision

DEFAULT_DB = "alliancegraph.db"
STORE_KINDS = ("local", "neo4j")


class StoreError(RuntimeError):
    """A store could not be opened, read or written; the message says which and why."""


@dataclass
class WriteResult:
    """What one call to :meth:`Store.write` did."""

    articles_new: int = 0
    articles_unchanged: int = 0
    claims: int = 0
    actors: int = 0

    def __iadd__(self, other: WriteResult) -> WriteResult:
        self.articles_new += other.articles_new
        self.articles_unchanged += other.articles_unchanged
        self.claims += other.claims
        self.actors += other.actors
        return self


def fresh_articles(batch: list[Extraction], stored: set[str]) -> tuple[list[Extraction], int]:
    """The extractions of ``batch`` to write, and how many are already stored or repeated.

    Both stores skip an article they hold, and a second copy of one inside the same batch,
    so a re-load writes nothing and counts every skipped article as unchanged.
    """
    fresh, seen = [], set()
    for extraction in batch:
        if extraction.article.id not in stored and extraction.article.id not in seen:
            seen.add(extraction.article.id)
            fresh.append(extraction)
    return fresh, len(batch) - len(fresh)


# Test-only: with ALLIANCEGRAPH_TEST_GATE=FIFO:N set, each article is committed alone and the
# load stops after the N-th commit, reading the FIFO, until the test has done what it must
# (interrupt it, stop the server): a deterministic "killed mid-way" with no timing assumption.
TEST_GATE = "ALLIANCEGRAPH_TEST_GATE"


def gate_batching(size: int) -> tuple[int, int | None]:
    gate = os.environ.get(TEST_GATE)
    if not gate:
        return size, None
    return 1, int(gate.rsplit(":", 1)[1])


def wait_at_gate() -> None:
    fifo = os.environ[TEST_GATE].rsplit(":", 1)[0]
    with open(fifo, "rb") as gate:  # blocks until the test opens its end
        gate.read()  # blocks until the test closes it


def batches(items: Iterable, size: int, seconds: float) -> Iterator[list]:
    """Group a stream into lists of at most ``size`` items or ``seconds`` of waiting.

    Both stores write one transaction per batch: large enough for bulk speed, small enough
    that an interrupted load loses little work.

    >>> list(batches(range(5), 2, 60.0))
    [[0, 1], [2, 3], [4]]
    """
    batch: list = []
    started = time.monotonic()
    for item in items:
        batch.append(item)
        if len(batch) >= size or time.monotonic() - started >= seconds:
            yield batch
            batch, started = [], time.monotonic()
    if batch:
        yield batch


@dataclass(frozen=True)
class ArticleInfo:
    """An article as stored (no text: the evidence sentences live on the claims).

    ``copy_of`` names the article's copy group by its representative's id (its own id when it
    is no copy; see :mod:`alliancegraph.loaders.copies`).
    """

    id: str
    date: str
    title: str
    url: str | None
    source: str | None
    canonical_url: str | None = None
    outlet: str | None = None
    author: str | None = None
    copy_of: str | None = None


class Store(ABC):
    """A graph of actors and claims with provenance.

    ``dialect`` names the language :meth:`read` takes: ``"sql"`` for the embedded store,
    ``"cypher"`` for Neo4j. The named query library keeps one text per dialect.
    ``evidence_budget``: the most sentences one read should hold when a page asks for every
    sentence (``evidence="all"``), or None when the store has no such limit (see
    :func:`alliancegraph.queries.run.execute`).
    """

    dialect: str
    name: str
    evidence_budget: int | None = None

    @abstractmethod
    def write(self, extractions: Iterable[Extraction], replace: bool = False) -> WriteResult:
        """Store articles with their claims; an article already stored is left unchanged.

        ``replace`` (a re-extraction) writes stored articles again instead, replacing their
        claims and mentions. Every article written has its review decisions applied again.
        """

    @abstractmethod
    def has_article(self, article_id: str) -> bool: ...

    @abstractmethod
    def counts(self) -> dict[str, int]:
        """``articles``, ``persons``, ``parties``, ``claims`` (and ``mentions``)."""

    @abstractmethod
    def actors(self) -> list[Actor]: ...

    @abstractmethod
    def actor_attributes(self) -> dict[str, dict]:
        """Per actor: ``kind``, ``gender``, ``party``, ``family`` (parties), ``camp``."""

    @abstractmethod
    def articles(self) -> list[ArticleInfo]: ...

    def signatures(self) -> list[Signed]:
        """Every stored article that has a copy signature, for grouping syndicated copies.

        A store that keeps no signatures (a read-only view, a test double) has none to group.
        """
        return []

    def set_copies(self, changes: list[Regrouped]) -> None:
        """Move articles to their copy groups: the article's and its claims' ``copy_of``, and
        its claims' date (the group's date), in one transaction."""
        raise NotImplementedError(f"{type(self).__name__} cannot group copies")

    @abstractmethod
    def mentions(self) -> Iterator[tuple[str, str]]:
        """(article id, actor name) for every actor an article mentions, in that order."""

    @abstractmethod
    def claims(self, since: str | None = None, until: str | None = None) -> Iterator[Claim]:
        """Every stored claim whose date lies in [since, until], streamed."""

    @abstractmethod
    def read(self, text: str, params: dict | None = None, *, own: bool = False) -> list[dict]:
        """Run a read-only query in the store's dialect with parameters; rows as dicts.

        ``own``: the text is the package's own (a named or composed query, a name lookup),
        not an analyst's; a store that checks an analyst's text before running it may skip
        that check (the query still runs read-only).
        """

    @abstractmethod
    def set_camps(self, camps: dict[str, int | None]) -> None:
        """Write fracture-analysis camps back as an actor property ``camp``, stamped with the
        number of articles stored at that moment."""

    @abstractmethod
    def stale_camps(self) -> int:
        """Articles loaded since the camps were written back (0: none, or no camps at all).

        Camps are derived data: after a load they describe an older graph, and every reader of
        them (``cross-camp-ties``, exports, the page) says so until ``fractures`` runs again.
        """

    # Review decisions: both stores implement these; a read-only view of a graph (an export
    # over synthetic claims, say) has none to keep.

    def record_review(self, decision: Decision) -> Decision:
        """Keep a review decision (replacing one with the same key) and apply it at once.

        Returns the decision with its status (see :mod:`alliancegraph.review.decisions`).
        """
        raise StoreError(f"the {self.name} store keeps no review decisions")

    def reviews(self, article: str | None = None) -> list[Decision]:
        """Every review decision (of one article), oldest first, with its last status."""
        return []

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
        """Claims with their article, the least confident first (reviewed ones only if asked).

        Rows: subject, relation, object, article, date, evidence, cue, confidence, reviewed,
        title, url, source.
        """
        raise StoreError(f"the {self.name} store keeps no review decisions")

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def store_kind(kind: str | None = None) -> str:
    """The store ``kind`` names, else ``ALLIANCEGRAPH_STORE``, else ``local``."""
    return kind or os.environ.get("ALLIANCEGRAPH_STORE") or "local"


def open_store(
    kind: str | None = None,
    db: str | os.PathLike | None = None,
    create: bool = True,
    **neo4j_options,
) -> Store:
    """Open the store named by ``kind`` (``local`` or ``neo4j``), else by the environment.

    ``ALLIANCEGRAPH_STORE`` picks the kind and ``ALLIANCEGRAPH_DB`` the embedded file; Neo4j reads
    ``NEO4J_URI``, ``NEO4J_USER``, ``NEO4J_PASSWORD`` and ``NEO4J_DATABASE``. With
    ``create=False`` a missing embedded file is refused instead of created (read commands: a
    mistyped ``--db`` must not leave an empty store behind).

    >>> store = open_store("local", ":memory:")
    >>> store.counts()["claims"]
    0
    """
    kind = store_kind(kind)
    if kind == "local":
        from alliancegraph.graph.sqlite_store import SQLiteStore

        return SQLiteStore(db or os.environ.get("ALLIANCEGRAPH_DB") or DEFAULT_DB, create=create)
    if kind == "neo4j":
        from alliancegraph.graph.neo4j_store import Neo4jStore

        return Neo4jStore(**neo4j_options)
    raise StoreError(f"unknown store {kind!r} (choose from: {', '.join(STORE_KINDS)})")
