"""The load pipeline: reader -> extractor -> writer, the three stages swappable and injected.

The extractor is any :class:`~alliancegraph.loaders.contract.ClaimExtractor` (default: the
rules); whatever it returns passes the ontology's checks (:func:`checked`) before a store sees
it. ``alliancegraph load``, ``alliancegraph extract`` and ``extract --explain`` are these
functions:

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
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from alliancegraph.graph.store import Store, WriteResult
from alliancegraph.loaders.contract import ClaimExtractor, Explaining
from alliancegraph.loaders.copies import group_copies, signature
from alliancegraph.loaders.explain import Explanation, explanation_of
from alliancegraph.loaders.readers import (
    ARTICLE_SUFFIXES,
    ArticleFormatError,
    ReadProblem,
    article_files,
    detect_format,
    open_regular,
    read_articles,
)
from alliancegraph.loaders.validation import candidate_of, validate
from alliancegraph.model import Article, Extraction

if TYPE_CHECKING:
    from alliancegraph.loaders.fetch import Fetcher
    from alliancegraph.loaders.urls import FetchProgress


@dataclass
class LoadReport:
    """What a load did: counts, every problem (one line each) and the notes (encodings)."""

    articles_new: int = 0
    articles_unchanged: int = 0
    articles_failed: int = 0
    copies: int = 0
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
            "copies": self.copies,
            "claims": self.claims,
            "actors": self.actors,
            "words": self.words,
            "seconds": round(self.seconds, 3),
            "problems": [str(p) for p in self.problems],
            "notes": [str(n) for n in self.notes],
        }


class _Sorter:
    """Splits the reader's stream into articles (passed on) and problems (kept for the report)."""

    def __init__(
        self, report: LoadReport, skip: Callable[[Article], bool] | None, sign: bool = False
    ) -> None:
        self.report = report
        self.skip = skip
        self.sign = sign
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
                yield replace(item, signature=signature(item.text)) if self.sign else item


def count_articles(paths: Iterable[str | Path]) -> int:
    """How many articles (files, JSON lines) ``paths`` hold, cheaply, for a progress bar's total."""
    total = 0
    for file in article_files(paths):
        if isinstance(file, ReadProblem):
            continue
        try:
            with open_regular(file) as handle:
                if ARTICLE_SUFFIXES.get(file.suffix) == "jsonl":
                    total += sum(1 for line in handle if line.strip())
                else:
                    # URL lists and feeds count 0 here: their pages are counted when read
                    total += detect_format(file, handle.read(4096)) not in ("urls", "feed")
        except (OSError, ArticleFormatError):
            total += 1  # the reader reports it, as one bad file
    return total


def _extractor(extractor: ClaimExtractor | None) -> ClaimExtractor:
    if extractor is None:
        from alliancegraph.loaders.extractor import Extractor

        extractor = Extractor()
    return extractor


def checked(extraction: Extraction) -> Extraction:
    """``extraction`` as the ontology allows it: whatever extractor produced it, a claim it
    forbids (unknown relation, wrong kinds, self-loop, duplicate) is dropped and recorded in
    ``dropped`` before anything reaches a store. Extractors that end with the shared
    validation pass through unchanged."""
    kept = extraction.kept
    if len(kept) != len(extraction.claims):  # an extractor that does not say its rules
        kept = [candidate_of(claim) for claim in extraction.claims]
    result = validate(zip(extraction.claims, kept, strict=True))
    if not result.dropped and kept is extraction.kept:
        return extraction
    dropped = extraction.dropped + result.dropped
    return replace(extraction, claims=result.claims, kept=result.kept, dropped=dropped)


def load(
    store: Store,
    paths: Iterable[str | Path],
    workers: int = 1,
    extractor: ClaimExtractor | None = None,
    on_article: Callable[[Extraction], None] | None = None,
    reextract: bool = False,
    fmt: str | None = None,
    fetcher: Fetcher | None = None,
    progress: FetchProgress | None = None,
) -> LoadReport:
    """Read, extract and store every article under ``paths``; bad files are reported, not fatal.

    ``extractor`` is any :class:`~alliancegraph.loaders.contract.ClaimExtractor` (default: the
    rules). Articles already in the store are skipped before extraction, so a re-run after an
    interruption only does the missing work. Writes are atomic per batch of articles. Then the
    new articles are grouped with their syndicated copies, stored ones included
    (:mod:`alliancegraph.loaders.copies`). ``fmt``, ``fetcher`` and ``progress`` go to
    :func:`~alliancegraph.loaders.readers.read_articles` (URL lists and feeds).
    ``reextract`` extracts stored articles again (after the extractor improved) and replaces
    their claims; analysts' review decisions are applied again either way.
    """
    started = time.perf_counter()
    report = LoadReport()
    skip = None if reextract else (lambda article: store.has_article(article.id))
    sorter = _Sorter(report, skip=skip, sign=True)
    articles = read_articles(paths, fmt=fmt, fetcher=fetcher, progress=progress)
    extractions = _extractor(extractor).pipe(sorter.articles(articles), workers=workers)

    def tracked() -> Iterator[Extraction]:
        for extraction in extractions:
            extraction = checked(extraction)
            if on_article:
                on_article(extraction)
            yield extraction

    written: WriteResult = store.write(tracked(), replace=reextract)
    report.articles_new = written.articles_new
    report.articles_unchanged += written.articles_unchanged
    report.claims = written.claims
    changes = group_copies(store.signatures())
    if changes:
        store.set_copies(changes)
    report.copies = sum(1 for change in changes if change.copy_of != change.id)
    counts = store.counts()
    report.actors = counts["persons"] + counts["parties"]
    report.seconds = time.perf_counter() - started
    return report


def extract(
    paths: Iterable[str | Path],
    workers: int = 1,
    extractor: ClaimExtractor | None = None,
    report: LoadReport | None = None,
    fmt: str | None = None,
    fetcher: Fetcher | None = None,
) -> Iterator[Extraction]:
    """Extraction only, nothing stored: one :class:`Extraction` per readable article, streamed.

    Files that cannot be read are recorded in ``report`` (pass one in to see them).
    """
    sorter = _Sorter(report if report is not None else LoadReport(), skip=None)
    articles = sorter.articles(read_articles(paths, fmt=fmt, fetcher=fetcher))
    for extraction in _extractor(extractor).pipe(articles, workers=workers):
        yield checked(extraction)


def explain(
    paths: Iterable[str | Path],
    extractor: ClaimExtractor | None = None,
    report: LoadReport | None = None,
) -> Iterator[Explanation]:
    """Why each claim was produced or missed, article by article (``extract --explain``).

    The rule extractor shows each sentence's mentions and their bindings, the cues that fired
    and every candidate kept or dropped; another extractor shows what it records, its
    candidates. Files that cannot be read are recorded in ``report``.
    """
    extractor = _extractor(extractor)
    sorter = _Sorter(report if report is not None else LoadReport(), skip=None)
    for article in sorter.articles(read_articles(paths)):
        if isinstance(extractor, Explaining):
            yield extractor.explain(article)
        else:
            yield explanation_of(checked(extractor.run(article)))
