"""The learned-pair-decider experiment (``tools/``, not kept in the package): what it promises
about its own inputs. Its features never carry an actor's name (what it learns must be the shape
of a sentence, not who is in it), every ordered pair of a sentence is a candidate, the gold's
optional edges stay out of training while forbidden ones are negatives, and the operating point
stops before the first forbidden edge. The sentences are our own, about invented people."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

from pair_features import features, pairs, sentence_features  # noqa: E402
from train_pair_decider import NONE, Row, label, threshold  # noqa: E402

from alliancegraph.model import Article  # noqa: E402
from alliancegraph.ontology.gazetteer import fold  # noqa: E402

TEXT = (
    "Paul Dervaux, ancien adjoint au maire, soutient désormais Claire Mazeau contre le "
    "Parti socialiste. Le lendemain, Hélène Roussard a rejoint Les Républicains."
)


@pytest.fixture(scope="module")
def context(extractor):
    article = Article(id="pairs", date="2021-03-10", title="", text=TEXT)
    return extractor.context(article, extractor.nlp(article.text))


def test_no_feature_names_an_actor(context):
    found = list(pairs(context))
    assert found
    for pair in found:
        vector = features(context, pair, sentence_features(context, pair.sentence))
        named = {w for m in (pair.a, pair.b) for w in fold(m.name).split() if len(w) > 3}
        words = {w for name in vector for w in fold(name).replace("=", " ").split()}
        assert not named & words, (pair.a.name, pair.b.name, sorted(named & words))


def test_every_ordered_pair_of_a_sentence_is_a_candidate_and_no_actor_with_itself(context):
    found = {(p.sentence, p.a.name, p.b.name) for p in pairs(context)}
    assert all(a != b for _, a, b in found)
    for s, a, b in found:
        assert (s, b, a) in found
    first = {frozenset((a, b)) for s, a, b in found if s == 0}
    assert frozenset(("Paul Dervaux", "Claire Mazeau")) in first
    assert not any("Hélène Roussard" in pair for pair in first)  # she is in the next sentence


def row(required=(), optional=(), forbidden=(), by_rules=()) -> Row:
    return Row("set", "file", 0, "A", "B", "person", "person", {"bias": 1.0},
               ("SUPPORTS", "REJECTS"), required, optional, forbidden, by_rules, "")


def test_labels_follow_the_gold():
    assert label(row(required=("SUPPORTS",)), with_ruled=False) == "SUPPORTS"
    assert label(row(forbidden=("SUPPORTS",)), with_ruled=False) == NONE  # a hard negative
    assert label(row(optional=("REJECTS",)), with_ruled=False) is None  # left out
    assert label(row(), with_ruled=False) == NONE
    found_by_rules = row(required=("SUPPORTS",), by_rules=("SUPPORTS",))
    assert label(found_by_rules, with_ruled=False) is None
    assert label(found_by_rules, with_ruled=True) == "SUPPORTS"


def test_the_threshold_keeps_precision_and_stops_before_a_forbidden_edge():
    true, false, bad = row(required=("SUPPORTS",)), row(), row(forbidden=("SUPPORTS",))

    def key(n):
        return ("set", "file", f"A{n}", "SUPPORTS", "B")

    ranked = {key(1): (0.99, true), key(2): (0.97, true), key(3): (0.95, false),
              key(4): (0.90, true), key(5): (0.80, bad), key(6): (0.70, true)}
    assert threshold(ranked, floor=0.95) == 0.97  # a third edge would bring a false one
    assert threshold(ranked, floor=0.7) == 0.90  # never past the forbidden edge at 0.80
    assert threshold({key(1): (0.99, bad)}, floor=0.5) == 1.01  # nothing to add
