"""How `ask` reads the mechanisms of the fifteenth session's second question round, written
after the blind failures of fresh18 (a tuning set from then on): each family is a way of
writing that fails whatever the names and words in it, tested with several wordings of its
own. None is a question of the fresh sets, and every case failed on main before this round
(the guards marked so held before and still hold)."""

from __future__ import annotations

import pytest
from fixtures_graph import (
    AUBRY,
    JADOT,
    LONCLE,
    MELENCHON,
    VALLS,
    dev_store,
    understood,
)

from alliancegraph.queries import ask, interpret

HAMON_BACKERS = {"Arnaud Montebourg", AUBRY, "Mathieu Hanotin", JADOT}


@pytest.fixture(scope="module")
def store():
    return dev_store()


# -- structure: a lead-in closed by a dash, as by a colon ----------------------------------------


@pytest.mark.parametrize(
    ("question", "only", "yes"),
    [
        ("Apologies for the interruption - does Jadot back Hamon?", JADOT, "yes"),
        ("Désolé de vous embêter – Jadot soutient-il Hamon ?", JADOT, "yes"),
        ("One small thing — has Valls been backed by Loncle?", VALLS, "yes"),
        ("Excusez le dérangement — est-ce que Loncle soutient Valls ?", LONCLE, "yes"),
        ("Pardon de vous déranger — Mélenchon a-t-il critiqué Hamon ?", MELENCHON, "yes"),
        ("Forgive the intrusion — did Mélenchon criticise Hamon?", MELENCHON, "yes"),
        ("Sorry to ask again – did Jadot attack Hamon?", JADOT, "no"),
    ],
)
def test_a_yes_no_question_after_a_lead_in_closed_by_a_dash(store, question, only, yes):
    answer = ask(store, question)
    assert (answer.answer, answer.interpretation.only) == (yes, only)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Valls — who turned on him?", {"Mathieu Hanotin"}),  # guard: a topic, not a lead-in
        ("Hamon — who backs?", HAMON_BACKERS),  # guard
    ],
)
def test_guard_a_name_before_a_dash_stays_the_topic(store, question, expected):
    understood(store, question, expected)


# -- structure: an exclusion said with a verb of leaving out --------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("If you exclude Jadot, who supports Hamon?", HAMON_BACKERS - {JADOT}),
        ("If we disregard Aubry, who backs Hamon?", HAMON_BACKERS - {AUBRY}),
        ("Who supports Hamon if we exclude Jadot?", HAMON_BACKERS - {JADOT}),
        ("Si on exclut Jadot, qui soutient Hamon ?", HAMON_BACKERS - {JADOT}),
        ("Si l'on écarte Jadot, qui soutient Hamon ?", HAMON_BACKERS - {JADOT}),
        ("En excluant Aubry, qui a soutenu Hamon ?", HAMON_BACKERS - {AUBRY}),
        ("Si on laisse de côté Aubry, qui soutient Hamon ?", HAMON_BACKERS - {AUBRY}),
    ],
)
def test_an_exclusion_verb_leaves_the_actor_out(store, question, expected):
    assert interpret(store, question).excluded
    understood(store, question, expected)
