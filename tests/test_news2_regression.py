"""news2 (tests/data/news2/README.md): four articles heavy in descriptions, pronouns, roles and
quotes, kept as a regression guard just below the score measured after the resolution work
(F1 0.909), never a tuning target."""

from __future__ import annotations

from pathlib import Path

from alliancegraph.loaders.evaluate import evaluate


def test_news2_articles_stay_resolved_without_forbidden_edges(extractor):
    news2 = Path(__file__).parent / "data" / "news2"
    report = evaluate(news2 / "gold.json", extractor=extractor)
    assert report.forbidden_produced == []
    assert report.precision >= 0.95
    assert report.f1 >= 0.88
