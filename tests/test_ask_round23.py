"""How `ask` reads the mechanisms of the sixteenth session's second question round, written after
the blind failures of fresh20 and those fresh19 still had: each family is a way of writing that
gave a confident wrong answer (the worst kind: it recurs in every new set), tested with several
wordings of its own. None is a question of the fresh sets; every case failed on main before this
round, and the guards marked so held before and still hold.

The families: the one asked about receives what the relation gives (an endorsement won, people
rallied to one's candidacy, someone coming out in one's favour), and main read it as giving; an
accented word taken for a slip of another wording."""

from __future__ import annotations

import pytest
from fixtures_graph import (
    AUBRY,
    CASTANER,
    CHAIBI,
    HAMON,
    HANOTIN,
    JADOT,
    LONCLE,
    MELENCHON,
    MONTEBOURG,
    VALLS,
    dev_store,
)

from alliancegraph.queries import Condition, ask, interpret
from alliancegraph.queries.errors import NoMatchError

HAMON_BACKERS = {MONTEBOURG, AUBRY, HANOTIN, JADOT}
HAMON_CRITICS = {VALLS, LONCLE, MELENCHON, CHAIBI}


@pytest.fixture(scope="module")
def store():
    return dev_store()


def conditions(store, question: str) -> list[Condition]:
    return interpret(store, question).conditions


def names(store, question: str) -> set[str]:
    return {row["name"] for row in ask(store, question).rows}


# -- receiving: the one asked about gets what the relation gives ---------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Who has come out in Aubry's favour?",
        "Who came out in Aubry's favor?",
        "Aubry: who came out in her favour?",
        "Which politicians did Aubry manage to rally to her candidacy?",
        "Who did Aubry rally to her campaign?",
        "From whom has Aubry won an endorsement?",
        "From whom did Aubry receive support?",
        "Whose endorsement did Aubry pick up?",
        "Which endorsements has Aubry banked?",
        "Qui Aubry a-t-elle rallié à sa candidature ?",
        "Aubry : qui s'est prononcé en sa faveur ?",
    ],
)
def test_a_receiving_frame_asks_who_gives(store, question):
    assert conditions(store, question) == [Condition("SUPPORTS", "subject", AUBRY)]


@pytest.mark.parametrize(  # guards: main read these already
    "question",
    [
        "Who did Aubry pick up an endorsement from?",
        "Which endorsements has Aubry landed?",
        "De qui Aubry a-t-elle décroché le soutien ?",
    ],
)
def test_a_receiving_frame_main_read_keeps_its_reading(store, question):
    assert conditions(store, question) == [Condition("SUPPORTS", "subject", AUBRY)]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which figures did Hamon rally to his candidacy?", HAMON_BACKERS),
        ("From whom has Hamon won an endorsement?", HAMON_BACKERS),
        ("Whose endorsement did Hamon pick up?", HAMON_BACKERS),
        ("Qui Hamon a-t-il rallié à sa candidature ?", HAMON_BACKERS),
        ("Who has come out in Hamon's favour?", HAMON_BACKERS),
    ],
)
def test_a_receiving_frame_names_the_givers(store, question, expected):
    assert names(store, question) == expected


@pytest.mark.parametrize(  # guards: held before and still hold
    ("question", "expected"),
    [
        ("Who received Hamon's endorsement?", Condition("SUPPORTS", "object", HAMON)),
        ("Who has Aubry's endorsement?", Condition("SUPPORTS", "object", AUBRY)),
        ("Who has received Aubry's support?", Condition("SUPPORTS", "object", AUBRY)),
        ("Who got support from Aubry?", Condition("SUPPORTS", "object", AUBRY)),
        ("Who rallied to Aubry's candidacy?", Condition("SUPPORTS", "subject", AUBRY)),
        ("Who support Aubry?", Condition("SUPPORTS", "subject", AUBRY)),
        ("Whom did Aubry endorse?", Condition("SUPPORTS", "object", AUBRY)),
        ("Who came out in favour of Aubry?", Condition("SUPPORTS", "subject", AUBRY)),
        # wanting to rally someone to one's candidacy is an invitation, not a support won
        (
            "Qui Aubry veut-elle rallier à sa candidature ?",
            Condition("INVITED_TO_RALLY", "object", AUBRY),
        ),
    ],
)
def test_the_giving_frames_keep_their_direction(store, question, expected):
    assert conditions(store, question) == [expected]


# -- a word typed with its accents, or one of the questions' own, is no slip ---------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Qui est le porte-parole attitré de Macron ?", {CASTANER}),
        ("Qui est la porte-parole attitrée de Mélenchon ?", {CHAIBI}),  # guard
    ],
)
def test_an_accented_word_is_never_read_as_another(store, question, expected):
    got = interpret(store, question)
    assert not got.corrected
    assert names(store, question) == expected


def test_a_slip_without_accents_is_still_corrected(store):  # guard
    got = interpret(store, "Who suports Hamon?")
    assert got.corrected == {"suports": "supports"}
    assert names(store, "Who suports Hamon?") == HAMON_BACKERS


def test_refusals_stay_refusals(store):  # guard, filled below by the families that refuse
    with pytest.raises(NoMatchError, match="closest: "):
        ask(store, "How many votes did Hamon win?")
