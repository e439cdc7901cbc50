"""Claim records, deduplication, ontology kinds, and the streaming, ordered pipe."""

from __future__ import annotations

import itertools

from alliancegraph.model import Article
from alliancegraph.ontology.vocabulary import relation

TEXT = (
    "Claire Dumoulin, députée socialiste, soutient Anne Hidalgo. "
    "« Je soutiens Anne Hidalgo », a répété Claire Dumoulin."
)


def article(n: int, text: str = TEXT) -> Article:
    return Article(id=f"a{n}", date="2021-11-15", title="", text=text)


def test_claims_carry_provenance_and_respect_the_ontology(extractor):
    claims = extractor.run(article(0)).claims
    supports = [c for c in claims if c.relation == "SUPPORTS"]
    assert len(supports) == 1  # deduplicated per article, highest confidence kept
    claim = supports[0]
    assert claim.article == "a0" and claim.date == "2021-11-15"
    assert claim.evidence.startswith("Claire Dumoulin, députée socialiste")
    assert claim.cue and 0 < claim.confidence <= 1
    for c in claims:
        spec = relation(c.relation)
        assert c.subject_kind in spec.subject_kinds and c.object_kind in spec.object_kinds
        assert c.subject != c.object


def test_pipe_preserves_order_and_streams(extractor):
    consumed = []

    def source():
        for n in itertools.count():
            consumed.append(n)
            yield article(n, TEXT if n % 2 else "Paul Girard soutient Yannick Jadot.")

    results = extractor.pipe(source(), batch_size=4)
    first = [next(results) for _ in range(6)]
    assert [e.article.id for e in first] == [f"a{n}" for n in range(6)]
    assert len(consumed) < 64
    assert first[0].claims[0].object == "Yannick Jadot"


def test_pipe_with_two_workers_matches_one(extractor):
    articles = [
        article(n, TEXT if n % 3 else "Paul Girard soutient Yannick Jadot.") for n in range(10)
    ]
    one = [(e.article.id, sorted(c.key for c in e.claims)) for e in extractor.pipe(articles)]
    two = [
        (e.article.id, sorted(c.key for c in e.claims))
        for e in extractor.pipe(iter(articles), workers=2, batch_size=3)
    ]
    assert one == two


def test_degenerate_articles_give_nothing_and_never_fail(extractor):
    texts = ["", "\n\n", "Titre", "« »", '"', "« Je soutiens", "M. . . ?", "Le candidat", "-t-il"]
    for extraction in extractor.pipe(article(n, text) for n, text in enumerate(texts)):
        assert extraction.claims == []
