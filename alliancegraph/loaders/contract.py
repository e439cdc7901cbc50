"""What an extractor is, for everything downstream: articles in, :class:`Extraction` out.

The load pipeline, ``extract``, ``explain`` and ``evaluate`` take any object with these two
methods, so another way of finding claims (hand annotations in
:mod:`~alliancegraph.loaders.annotations`, a learned model) plugs in where the rules are
(:class:`~alliancegraph.loaders.extractor.Extractor`). Heavy dependencies (the spaCy
pipeline, the gazetteer, the cue lexicon) are constructor arguments with defaults from the
ontology, never created inside a call.

Every extractor ends with the same two shared stages: :func:`~alliancegraph.loaders.
validation.validate` (ontology kinds, self-loops, unknown relations, duplicates; what it
drops is recorded in ``Extraction.dropped``) and :func:`~alliancegraph.loaders.enrichment.
enrich_actors` (gender and party of every actor at the article's date). The pipeline runs
the validation again on whatever an extractor returns, so no extractor can store an edge the
ontology forbids.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Protocol, runtime_checkable

from alliancegraph.loaders.explain import Explanation
from alliancegraph.model import Article, Extraction


@runtime_checkable
class ClaimExtractor(Protocol):
    """Claims and actors from articles, one :class:`Extraction` per article, in order."""

    def run(self, article: Article) -> Extraction:
        """The extraction of one article."""
        ...

    def pipe(
        self, articles: Iterable[Article], workers: int = 1, batch_size: int = 64
    ) -> Iterator[Extraction]:
        """Extractions of a stream of articles, streamed and in input order."""
        ...


@runtime_checkable
class Explaining(Protocol):
    """An extractor that can say, sentence by sentence, why it produced each claim."""

    def explain(self, article: Article) -> Explanation:
        """The trace of one article (``alliancegraph extract --explain``)."""
        ...


class ExtractorSpecError(ValueError):
    """An ``--extractor`` that names no extractor; the message says what was expected."""


def extractor_from_spec(spec: str) -> ClaimExtractor:
    """The extractor an ``--extractor`` option names.

    ``rules`` (the default: the rule-based extractor), ``annotations=GOLD.json`` (the claims
    of a hand-annotation file), or ``package.module:name``, a ClaimExtractor or a callable
    that builds one with no arguments (an extractor of your own, plugged in without changing
    the project).
    """
    if spec == "rules":
        from alliancegraph.loaders.extractor import Extractor

        return Extractor()
    if spec.startswith("annotations="):
        from alliancegraph.loaders.annotations import AnnotationExtractor

        return AnnotationExtractor(Path(spec.removeprefix("annotations=")))
    module_name, _, attribute = spec.partition(":")
    if not module_name or not attribute:
        raise ExtractorSpecError(
            f"extractor {spec!r}: expected rules, annotations=GOLD.json or package.module:name"
        )
    try:
        found = getattr(importlib.import_module(module_name), attribute)
    except (ImportError, AttributeError) as exc:
        raise ExtractorSpecError(f"extractor {spec!r}: {exc}") from None
    built = isinstance(found, ClaimExtractor) and not isinstance(found, type)
    try:
        extractor = found if built else found()
    except TypeError as exc:  # not callable, or needs arguments
        raise ExtractorSpecError(f"extractor {spec!r}: {exc}") from None
    if not isinstance(extractor, ClaimExtractor):
        raise ExtractorSpecError(f"extractor {spec!r} has no run() and pipe(): not an extractor")
    return extractor
