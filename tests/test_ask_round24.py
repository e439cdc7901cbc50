"""How `ask` reads the mechanisms of the seventeenth session's question round (round 3 of issue
12), written after the blind failures of fresh21 and those fresh19 and fresh20 still had.

The mechanism first: a reading that leaves a relation word unread is refused with the closest
readings rather than answered. A wording found whose relation no condition asks about (an
unread verb: "which friends has X been trying to woo" read as X's supporters), or a content word
of another relation left over, may change the relation or turn its direction round; answering
without it would be a confident guess. Questions about what the graph does not hold (the area a
deputy represents, a local office, who is favoured to win) are refused too, never answered and
never ended on an unknown name. None of the questions is one of the fresh sets; every case
failed on main before this round, and the guards marked so held before and still hold."""

from __future__ import annotations

import pytest
from fixtures_graph import (
    AUBRY,
    HANOTIN,
    JADOT,
    MONTEBOURG,
    dev_store,
)

from alliancegraph.queries import Condition, ask, interpret
from alliancegraph.queries.errors import NoMatchError

HAMON_BACKERS = {MONTEBOURG, AUBRY, HANOTIN, JADOT}


@pytest.fixture(scope="module")
def store():
    return dev_store()


def conditions(store, question: str) -> list[Condition]:
    return interpret(store, question).conditions


def names(store, question: str) -> set[str]:
    return {row["name"] for row in ask(store, question).rows}


# -- the mechanism: a relation word left unread refuses the reading ------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Which friends has Hamon been trying to woo?",
        "Which friends has Hamon been trying to court?",
        "What allies is Hamon hoping to recruit?",
    ],
)
def test_an_unread_verb_of_another_relation_refuses(store, question):
    with pytest.raises(NoMatchError, match="closest: .*unread: "):
        ask(store, question)


@pytest.mark.parametrize(  # guards: a wording governed by the one before it says what it is
    ("question", "expected"),  # about, and main read these already
    [
        ("Has Hamon offered Jadot to join forces?", "yes"),
        ("Did Hamon sound out Jadot about joining forces?", "yes"),
    ],
)
def test_a_governed_wording_is_no_relation_of_its_own(store, question, expected):
    assert ask(store, question).to_dict()["answer"] == expected


@pytest.mark.parametrize(  # guards: a camp, the ranks of a party, read as they were on main
    ("question", "expected"),
    [
        ("Who moved over to Hamon's camp?", HAMON_BACKERS),
        ("Dans les rangs du PS, qui soutient Hamon ?", {MONTEBOURG, AUBRY, HANOTIN}),
    ],
)
def test_a_camp_or_ranks_are_read(store, question, expected):
    assert names(store, question) == expected


# -- what the graph does not hold: refused with the closest readings ------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Which department does Hanotin represent?",
        "Hanotin est député de quel département ?",
        "Quel mandat local Montebourg détient-il ?",
        "Who was the favourite to reach the Élysée in 2017?",
        "Qui était le favori pour l'Élysée ?",
    ],
)
def test_offices_and_forecasts_are_refused(store, question):
    with pytest.raises(NoMatchError, match="closest: "):
        ask(store, question)
