"""The load pipeline: reader -> extractor -> writer, the three stages swappable and injected.

``alliancegraph load`` and ``alliancegraph extract`` are these two functions:

>>> from alliancegraph.pipeline import load
>>> from alliancegraph.graph.store import open_store
>>> store = open_store("local", ":memory:")
>>> load(store, ["examples/articles"]).articles_new       # doctest: +SKIP
4

Data flows one way: readers -> extractor -> store; nothing here reaches back upstream.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from alliancegraph.graph.store import Store, WriteResult
from alliancegraph.loaders.readers import (
    ARTICLE_SUFFIXES,
    ArticleFormatError,
    ReadProblem,
    article_files,
    open_regular,
    read_articles,
)
from alliancegraph.model import Article, Extraction


@dataclass
class LoadReport:
    """What a load did: counts, every problem (one line each) and the notes (encodings)."""

    articles_new: int = 0
    articles_unchanged: int = 0
    articles_failed: int = 0
    claims: int = 0
    actors: int = 0
    words: int = 0
    seconds: float = 0.0
    problems: list[ReadProblem] = field(default_factory=list)
    notes: list[ReadProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.articles_failed == 0

    def to_dict(self) -> dict:
        return {
            "articles_new": self.articles_new,
            "articles_unchanged": self.articles_unchanged,
            "articles_failed": self.articles_failed,
            "claims": self.claims,
            "actors": self.actors,
            "words": self.words,
            "seconds": round(self.seconds, 3),
            "problems": [str(p) for p in self.problems],
            "notes": [str(n) for n in self.notes],
        }


class _Sorter:
    """Splits the reader's stream into articles (passed on) and problems (kept for the report)."""

    def __init__(self, report: LoadReport, skip: Callable[[Article], bool] | None) -> None:
        self.report = report
        self.skip = skip
        self.seen: set[str] = set()

    def articles(self, items: Iterable[Article | ReadProblem]) -> Iterator[Article]:
        for item in items:
            if isinstance(item, ReadProblem):
                if item.fatal:
                    self.report.articles_failed += 1
                    self.report.problems.append(item)
                else:
                    self.report.notes.append(item)
            elif item.id in self.seen or (self.skip and self.skip(item)):
                self.report.articles_unchanged += 1
            else:
                self.seen.add(item.id)
                self.report.words += item.words
                yield item


def count_articles(paths: Iterable[str | Path]) -> int:
    """How many articles (files, JSON lines) ``paths`` hold, cheaply, for a progress bar's total."""
    total = 0
    for file in article_files(paths):
        if isinstance(file, ReadProblem):
            continue
        if ARTICLE_SUFFIXES.get(file.suffix) != "jsonl":
            total += 1
            continue
        try:
            with open_regular(file) as handle:
                total += sum(1 for line in handle if line.strip())
        except (OSError, ArticleFormatError):
            total += 1  # the reader reports it, as one bad file
    return total


def _extractor(extractor):
    if extractor is None:
        from alliancegraph.loaders.extractor import Extractor

        extractor = Extractor()
    return extractor


def load(
    store: Store,
    paths: Iterable[str | Path],
    workers: int = 1,
    extractor=None,
    on_article: Callable[[Extraction], None] | None = None,
) -> LoadReport:
    """Read, extract and store every article under ``paths``; bad files are reported, not fatal.

    Articles already in the store are skipped before extraction, so a re-run after an
    interruption only does the missing work. Writes are atomic per batch of articles.
    """
    started = time.perf_counter()
    report = LoadReport()
    sorter = _Sorter(report, skip=lambda article: store.has_article(article.id))
    extractions = _extractor(extractor).pipe(sorter.articles(read_articles(paths)), workers=workers)

    def tracked() -> Iterator[Extraction]:
        for extraction in extractions:
            if on_article:
                on_article(extraction)
            yield extraction

    written: WriteResult = store.write(tracked())
    report.articles_new = written.articles_new
    report.articles_unchanged += written.articles_unchanged
    report.claims = written.claims
    counts = store.counts()
    report.actors = counts["persons"] + counts["parties"]
    report.seconds = time.perf_counter() - started
    return report


def extract(
    paths: Iterable[str | Path],
    workers: int = 1,
    extractor=None,
    report: LoadReport | None = None,
) -> Iterator[Extraction]:
    """Extraction only, nothing stored: one :class:`Extraction` per readable article, streamed.

    Files that cannot be read are recorded in ``report`` (pass one in to see them).
    """
    sorter = _Sorter(report if report is not None else LoadReport(), skip=None)
    yield from _extractor(extractor).pipe(sorter.articles(read_articles(paths)), workers=workers)
