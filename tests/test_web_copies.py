"""Syndicated copies: near-duplicate texts form one group, named by its earliest copy.

The threshold (``THRESHOLD`` = 0.5 estimated Jaccard similarity of 4-word shingles) must keep
copies with an added line or a rewritten ending together, and different stories apart, even
when they share a paragraph. Groups are found across runs, on both stores.
"""

from __future__ import annotations

import pytest
from fixtures_web import (
    ADDED_LINE,
    DISPATCH_ENDING,
    DISPATCH_PARAGRAPHS,
    EDITED_ENDING,
    OTHER_STORY,
    OUTLETS,
    THIRD_STORY,
    all_pages,
)
from neo4j_support import NEO4J_URI, wipe_neo4j

from alliancegraph.graph.neo4j_store import Neo4jStore
from alliancegraph.graph.sqlite_store import SQLiteStore
from alliancegraph.loaders.copies import (
    THRESHOLD,
    Regrouped,
    Signed,
    group_copies,
    signature,
    similarity,
)
from alliancegraph.pipeline import load
from alliancegraph.queries import run_query

DISPATCH = "\n\n".join([*DISPATCH_PARAGRAPHS, DISPATCH_ENDING])


def test_a_copy_with_an_added_line_is_a_copy():
    copy = "\n\n".join([*DISPATCH_PARAGRAPHS[:2], ADDED_LINE, *DISPATCH_PARAGRAPHS[2:],
                        DISPATCH_ENDING])
    assert similarity(signature(DISPATCH), signature(copy)) >= THRESHOLD


def test_a_copy_with_a_rewritten_ending_and_another_title_is_a_copy():
    copy = "\n\n".join(["Présidentielle : Delga choisit Hidalgo", *DISPATCH_PARAGRAPHS,
                        EDITED_ENDING])
    assert similarity(signature(DISPATCH), signature(copy)) >= THRESHOLD


def test_a_shortened_copy_that_keeps_most_of_the_dispatch_is_a_copy():
    copy = "\n\n".join(DISPATCH_PARAGRAPHS[:3])
    assert similarity(signature(DISPATCH), signature(copy)) >= THRESHOLD


def test_a_story_that_quotes_one_paragraph_of_the_dispatch_is_not_a_copy():
    story = "\n\n".join([*OTHER_STORY, DISPATCH_PARAGRAPHS[0], *THIRD_STORY])
    assert similarity(signature(DISPATCH), signature(story)) < THRESHOLD


def test_different_stories_are_far_apart(dev_corpus):
    texts = [path.read_text("utf-8") for path in sorted(dev_corpus.glob("*.txt"))]
    texts += ["\n\n".join(OTHER_STORY), "\n\n".join(THIRD_STORY), DISPATCH]
    signatures = [signature(text) for text in texts]
    for i, a in enumerate(signatures):
        for b in signatures[i + 1:]:
            assert similarity(a, b) < 0.2


def test_the_representative_is_the_earliest_copy_then_the_smallest_canonical_url():
    sig = signature(DISPATCH)
    rows = [
        Signed("blog", "2026-10-14", "https://a.example/blog", None, sig),
        Signed("matin", "2026-10-13", "https://m.example/matin", None, sig),
        Signed("courrier", "2026-10-13", "https://c.example/courrier", None, sig),
        Signed("nourl", "2026-10-13", None, None, sig),
    ]
    assert group_copies(rows) == [
        Regrouped(id, "courrier", "2026-10-13") for id in ("blog", "courrier", "matin", "nourl")
    ]


def test_grouped_articles_are_left_alone_when_nothing_is_new():
    sig = signature(DISPATCH)
    rows = [Signed("a", "2026-10-13", None, "a", sig), Signed("b", "2026-10-14", None, "a", sig)]
    assert group_copies(rows) == []


def test_an_earlier_copy_found_later_becomes_the_representative_of_the_whole_group():
    sig = signature(DISPATCH)
    rows = [Signed("late", "2026-10-14", None, "late", sig),
            Signed("later", "2026-10-15", None, "late", sig),
            Signed("early", "2026-10-13", None, None, sig)]
    assert group_copies(rows) == [
        Regrouped("early", "early", "2026-10-13"),
        Regrouped("late", "early", "2026-10-13"),
        Regrouped("later", "early", "2026-10-13"),
    ]


@pytest.fixture(params=["local", "neo4j"])
def store(request):
    if request.param == "neo4j":
        wipe_neo4j(request.getfixturevalue("neo4j_driver"))
        graph = Neo4jStore(uri=NEO4J_URI)
    else:
        graph = SQLiteStore(":memory:")
    yield graph
    graph.close()


def test_copies_are_grouped_across_runs_and_claims_follow_the_group(store, extractor, tmp_path):
    base = "https://www.example.org"
    pages = all_pages(base)
    files = {}
    for path, *_ in OUTLETS:
        files[path] = tmp_path / (path.strip("/").replace("/", "-").removesuffix(".html") + ".html")
        files[path].write_text(pages[path], encoding="utf-8")
    blog, courrier = "/blog/2026/10/delga-hidalgo", "/courrier/2026/10/13/soutien-delga"

    first = load(store, [files[blog]], extractor=extractor)
    assert (first.articles_new, first.copies) == (1, 0)
    [row] = run_query(store, "supporters", {"of": "Anne Hidalgo"}).rows
    assert (row["articles"], row["first"]) == (1, "2026-10-14")

    second = load(store, [f for p, f in files.items() if p != blog], extractor=extractor)
    assert (second.articles_new, second.copies) == (4, 4)
    articles = {a.source: a for a in store.articles()}
    representative = articles[str(files[courrier])]
    assert representative.canonical_url == f"{base}{courrier}"
    assert {a.copy_of for a in articles.values()} == {representative.id}
    assert articles[str(files[blog])].date == "2026-10-14"  # the page keeps its own date
    [row] = run_query(store, "supporters", {"of": "Anne Hidalgo"}, evidence="all").rows
    assert (row["articles"], row["first"], row["last"]) == (1, "2026-10-13", "2026-10-13")
    assert len(row["evidence"]) == row["evidence_total"] == 5
    claims = [c for c in store.claims() if c.relation == "SUPPORTS"]
    assert {c.dispatch for c in claims} == {representative.id}

    third = load(store, list(files.values()), extractor=extractor)
    assert (third.articles_new, third.articles_unchanged, third.copies) == (0, 5, 0)
