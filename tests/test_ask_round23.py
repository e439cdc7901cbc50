"""How `ask` reads the mechanisms of the sixteenth session's second question round, written after
the blind failures of fresh20 and those fresh19 still had: each family is a way of writing that
gave a confident wrong answer (the worst kind: it recurs in every new set), tested with several
wordings of its own. None is a question of the fresh sets; every case failed on main before this
round, and the guards marked so held before and still hold.

The families: the one asked about receives what the relation gives (an endorsement won, people
rallied to one's candidacy, someone coming out in one's favour), and main read it as giving; an
accented word taken for a slip of another wording; a cautionary verb read as support, and « sans »
before a noun of manner read as a negation; being open to persuasion read as support given;
questions about what the graph does not hold (seats, spending, laws, the next president)
answered, or refused for an unknown name instead of with the closest readings; and two of
fresh19's wrong senses left from round 1 ("call home", "who made him an offer")."""

from __future__ import annotations

import pytest
from fixtures_graph import (
    AUBRY,
    CASTANER,
    CHAIBI,
    HAMON,
    HAMON_BACKERS,
    JADOT,
    LONCLE,
    MACRON,
    MELENCHON,
    VALLS,
    answer_names,
)

from alliancegraph.queries import Condition, ask, interpret
from alliancegraph.queries.errors import NoMatchError

HAMON_CRITICS = {VALLS, LONCLE, MELENCHON, CHAIBI}


def conditions(store, question: str) -> list[Condition]:
    return interpret(store, question).conditions


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
    assert answer_names(store, question) == expected


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
    assert answer_names(store, question) == expected


def test_a_slip_without_accents_is_still_corrected(store):  # guard
    got = interpret(store, "Who suports Hamon?")
    assert got.corrected == {"suports": "supports"}
    assert answer_names(store, "Who suports Hamon?") == HAMON_BACKERS


# -- cautionary verbs reject; « sans » before a noun of manner negates nothing --------------------


@pytest.mark.parametrize(
    "question",
    [
        "Who warned voters off Hamon?",
        "Who has warned people off Hamon?",
        "Who was warning voters off Hamon?",
        "Qui a mis en garde contre le vote Hamon ?",
        "Qui met en garde contre le vote Hamon ?",
        "Qui a appelé à ne pas voter pour Hamon ?",
        "Qui a critiqué sans ménagement Hamon ?",
        "Qui a attaqué sans concession Hamon ?",
        "Qui a étrillé sans nuance Hamon ?",
        "Who attacked without restraint Hamon?",
    ],
)
def test_a_cautionary_or_unsparing_wording_rejects(store, question):
    assert conditions(store, question) == [Condition("REJECTS", "subject", HAMON)]
    assert answer_names(store, question) == HAMON_CRITICS


@pytest.mark.parametrize(  # guards
    ("question", "expected"),
    [
        ("Qui soutient Valls sans réserve ?", [Condition("SUPPORTS", "subject", VALLS)]),
        ("Qui a attaqué Valls sans retenue ?", [Condition("REJECTS", "subject", VALLS)]),
        ("Who attacked Hamon without mercy?", [Condition("REJECTS", "subject", HAMON)]),
        (
            "Qui soutient Hamon sans critiquer Valls ?",
            [Condition("SUPPORTS", "subject", HAMON), Condition("REJECTS", "subject", VALLS, True)],
        ),
        (
            "Who backs Hamon without attacking Valls?",
            [Condition("SUPPORTS", "subject", HAMON), Condition("REJECTS", "subject", VALLS, True)],
        ),
        ("Qui a été sans pitié avec Valls ?", [Condition("REJECTS", "subject", VALLS)]),
        ("Qui a voté pour Macron ?", [Condition("SUPPORTS", "subject", MACRON)]),
        ("Qui a mis en garde contre Macron ?", [Condition("REJECTS", "subject", MACRON)]),
    ],
)
def test_a_real_negation_and_the_plain_wordings_keep_their_reading(store, question, expected):
    got = interpret(store, question)
    assert got.conditions == expected
    assert not got.ignored


# -- being open to persuasion is a temptation, not support given ----------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Who might be persuaded to switch to Macron?",
        "Who could be talked into backing Macron?",
        "Who is contemplating jumping ship to Macron?",
        "Which politicians are pondering switching to Macron?",
        "Qui pourrait se laisser convaincre de rejoindre Macron ?",
        "Qui se laisserait convaincre de soutenir Macron ?",
    ],
)
def test_being_open_to_persuasion_is_a_temptation(store, question):
    assert conditions(store, question) == [Condition("TEMPTED_BY", "subject", MACRON)]


def test_a_yes_no_question_on_contemplating_a_move_asks_the_temptation(store):
    assert ask(store, "Has Loncle been contemplating jumping ship to Macron?").answer == "yes"


@pytest.mark.parametrize(  # guards
    ("question", "expected"),
    [
        ("Who switched to Macron?", Condition("SUPPORTS", "subject", MACRON)),
        ("Who might be tempted to back Macron?", Condition("TEMPTED_BY", "subject", MACRON)),
        ("Qui envisage de rejoindre Macron ?", Condition("TEMPTED_BY", "subject", MACRON)),
    ],
)
def test_plain_moves_and_known_temptations_keep_their_reading(store, question, expected):
    assert conditions(store, question) == [expected]


# -- what the graph does not hold is refused with the closest readings ----------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Which constituency does Hanotin represent?",
        "Which district does Loncle sit for?",
        "Que pense Jadot de la loi Travail ?",
        "Who's going to be the next president of France?",
        "Dans quelle circonscription Loncle est-il élu ?",
        "À combien s'élèvent les dépenses de campagne de Jadot ?",
    ],
)
def test_a_question_the_graph_cannot_answer_is_refused(store, question):
    with pytest.raises(NoMatchError, match="closest: "):
        ask(store, question)


@pytest.mark.parametrize(  # guards
    ("question", "expected"),
    [
        ("Qui s'élève contre Hamon ?", HAMON_CRITICS),
        ("Qui compte sur Hamon ?", set()),
        ("Who represents Macron?", {CASTANER}),
    ],
)
def test_the_answerable_neighbours_keep_their_answer(store, question, expected):
    assert answer_names(store, question) == expected


@pytest.mark.parametrize(  # guards: refused on main already, still refused
    "question",
    [
        "How many votes did Hamon win?",
        "Who will be the next French president?",
        "How much has Hamon spent on his campaign?",
        "What did Jadot think of the labour law?",
        "Qui sera le prochain président ?",
        "Qui soutient la réforme des retraites ?",
        "Quelles sont les dépenses de campagne de Jadot ?",
    ],
)
def test_refusals_stay_refusals(store, question):
    with pytest.raises(NoMatchError, match="closest: "):
        ask(store, question)


# -- fresh19's wrong senses: the party one calls home, an offer made to someone ------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which party does Jadot call home?", Condition("MEMBER_OF", "object", JADOT)),
        ("What party did Loncle call home in 2017?", Condition("MEMBER_OF", "object", LONCLE)),
        ("Jadot, who made him an offer?", Condition("INVITED_TO_RALLY", "subject", JADOT)),
        ("Who made Jadot an offer?", Condition("INVITED_TO_RALLY", "subject", JADOT)),
    ],
)
def test_a_wrong_sense_of_fresh19_is_read_right(store, question, expected):
    assert conditions(store, question) == [expected]


@pytest.mark.parametrize(  # guards
    ("question", "expected"),
    [
        ("Who made overtures to Jadot?", Condition("INVITED_TO_RALLY", "subject", JADOT)),
        ("Who did Hamon make an offer to?", Condition("INVITED_TO_RALLY", "object", HAMON)),
        ("Jadot: who sent the invite?", Condition("INVITED_TO_RALLY", "subject", JADOT)),
    ],
)
def test_offers_made_by_someone_keep_their_reading(store, question, expected):
    assert conditions(store, question) == [expected]
