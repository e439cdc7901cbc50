"""How `ask` reads the mechanisms of the eighteenth session's question round (round 4 of issue
12), written after the blind failures of fresh22.

Mechanisms rather than wordings: what a ranking counts by (a measure after "the most" is no
count, and its noun names the end counted). None of the questions is one of the fresh sets;
every case failed on main before this round, and the guards marked so held before and still
hold."""

from __future__ import annotations

import pytest
from fixtures_graph import HAMON, MELENCHON

from alliancegraph.queries import ask

# -- a ranking's measure: no count, and its noun names the end counted ------------------------


@pytest.mark.parametrize(
    ("question", "top"),
    [
        ("Who was the most attacked politician, by number of attackers?", HAMON),
        ("Which actor drew the most criticism, by the number of critics?", HAMON),
        ("Who hit out the most, by number of targets?", MELENCHON),
        ("Quel candidat a essuyé le plus d'attaques, en nombre de critiques ?", HAMON),
        ("Qui a lancé le plus de piques, en nombre de cibles ?", MELENCHON),
    ],
)
def test_a_measure_after_a_ranking_names_the_end_counted(store, question, top):
    answer = ask(store, question)
    assert answer.count is None
    assert answer.rows[0]["name"] == top


@pytest.mark.parametrize(  # guards: a count asked with a ranking, a ranking with no measure
    ("question", "count"),
    [
        ("how many actors criticised the most?", 1),
        ("Who has the most critics?", None),
        ("Qui a reçu le plus de critiques ?", None),
    ],
)
def test_a_count_without_a_measure_keeps_its_reading(store, question, count):
    assert ask(store, question).count == count
