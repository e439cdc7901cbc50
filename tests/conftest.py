"""Shared fixtures: the real spaCy pipeline (loaded once), the dev corpus, fresh stores."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_CORPUS = REPO.parent / "shared" / "corpus"
EXAMPLES = REPO / "examples" / "articles"


@pytest.fixture(scope="session")
def extractor():
    """The real extractor on ``fr_core_news_md``: loading it costs seconds, so once a session."""
    from alliancegraph.loaders.extractor import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def dev_corpus() -> Path:
    """``../shared/corpus``: the four dev articles and ``gold.json``; required, never skipped."""
    assert (SHARED_CORPUS / "gold.json").exists(), f"dev corpus missing at {SHARED_CORPUS}"
    return SHARED_CORPUS
