"""A sample of the question matrix (tests/question_matrix.py): questions composed axis by axis
(relation, direction, form, language, party filter, date, combination, kind, noise) over the
dev graph, each answered with the actors explicit SQL over the dev store finds.

The whole matrix (a few thousand questions, failures grouped by axis) is run by
``python tests/question_matrix.py``; the suite asks its first ``SAMPLE`` questions, here and on
Neo4j (tests/test_query_parity.py). A question of the sample not understood yet is listed in
``tests/data/question_matrix_known.toml`` with why: a strict expected failure.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from question_matrix import generate
from test_ask_questions import ask_fresh, check_fresh

SAMPLE = 400
KNOWN = tomllib.loads((Path(__file__).parent / "data" / "question_matrix_known.toml")
                      .read_text(encoding="utf-8")).get("known", {})
MATRIX = [{**q, "known": KNOWN[q["text"]]} if q["text"] in KNOWN else q
          for q in generate(SAMPLE)]


def test_the_sample_spans_every_axis():
    axes = [q["axes"] for q in MATRIX]
    from alliancegraph.ontology import relation_names

    assert {a["relation"] for a in axes} == set(relation_names())
    assert {a["lang"] for a in axes} == {"en", "fr"}
    assert {a["kind"] for a in axes} == {"who", "count", "yesno", "most", "noun"}
    assert {a["direction"] for a in axes} >= {"subject", "object", "yesno"}
    assert sum(a["date"] != "-" for a in axes) >= SAMPLE // 5
    assert sum(a["filter"] != "-" for a in axes) >= SAMPLE // 20
    assert sum(a["combo"] != "-" for a in axes) >= SAMPLE // 20
    assert sum(a["noise"] != "none" for a in axes) >= SAMPLE // 5
    assert sum(bool(q["actors"]) for q in MATRIX) >= SAMPLE // 2  # not trivially empty


def test_every_known_failure_is_in_the_sample():
    assert set(KNOWN) <= {q["text"] for q in MATRIX}


@pytest.mark.parametrize("spec", [
    pytest.param(q, id=q["text"], marks=pytest.mark.xfail(strict=True, reason=q["known"]))
    if "known" in q else pytest.param(q, id=q["text"]) for q in MATRIX])
def test_matrix_question_names_the_actors_sql_finds(store, spec):
    check_fresh(ask_fresh(store, spec), spec)
