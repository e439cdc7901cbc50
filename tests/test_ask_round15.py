"""How `ask` reads the families of the twelfth session's third question round: an exclusion
that opens the question ("X mis à part, ...", "exception faite de X", "with the exception of
X"), turning one's fire on someone and taking them to task as attacks, having someone's
favour as being backed, glancing towards a camp, toying with or thinking of a switch to it as
temptations (and "X fait envie à Y": Y tempted by X), and bringing actors into one's coalition
or multiplying advances towards them as invitations. The wordings are data
(``ontology/questions.toml``); none is a question of the fresh sets, and every case failed
before this round (the guards marked so held before and still hold)."""

from __future__ import annotations

import pytest
from fixtures_graph import (
    HAMON,
    HAMON_BACKERS,
    HAMON_INVITED,
    JADOT,
    LONCLE,
    MACRON,
    MACRON_TEMPTS,
    MELENCHON,
    MELENCHON_TARGETS,
    VALLS,
    VALLS_BACKERS,
    names,
)

from alliancegraph.queries import ask
from alliancegraph.queries.errors import NoMatchError

# -- an exclusion that opens the question ---------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Montebourg mis à part, qui soutient Hamon ?", HAMON_BACKERS - {"Arnaud Montebourg"}),
        ("Loncle excepté, qui soutient Valls ?", VALLS_BACKERS - {LONCLE}),
        ("Montebourg aside, who backs Hamon?", HAMON_BACKERS - {"Arnaud Montebourg"}),
        ("Loncle excepted, who are Valls's supporters?", VALLS_BACKERS - {LONCLE}),
        ("Exception faite de Loncle, qui appuie Valls ?", VALLS_BACKERS - {LONCLE}),
        ("Qui soutient Hamon, exception faite de Jadot ?", HAMON_BACKERS - {JADOT}),
        (
            "Abstraction faite de Montebourg, qui soutient Hamon ?",
            HAMON_BACKERS - {"Arnaud Montebourg"},
        ),
        ("With the exception of Loncle, who supports Valls?", VALLS_BACKERS - {LONCLE}),
        ("Who backs Hamon, save for Jadot?", HAMON_BACKERS - {JADOT}),
    ],
)
def test_an_exclusion_opening_the_question_leaves_its_actor_out(store, question, expected):
    answer = ask(store, question)
    assert names(answer) == expected, answer.understood


@pytest.mark.parametrize(
    ("question", "expected"),
    [  # guards: held before this round
        ("Apart from Loncle, who backs Valls?", VALLS_BACKERS - {LONCLE}),
        ("Qui soutient Hamon, Montebourg mis à part ?", HAMON_BACKERS - {"Arnaud Montebourg"}),
        ("Hamon, qui le soutient ?", HAMON_BACKERS),
        ("Hors du PS, qui soutient Hamon ?", {JADOT}),
    ],
)
def test_guards_for_exclusions(store, question, expected):
    assert names(ask(store, question)) == expected


# -- turning one's fire on someone, taking them to task --------------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Whom did Mélenchon turn his fire on?", MELENCHON_TARGETS),
        ("Who has been taken to task by Mélenchon?", MELENCHON_TARGETS),
        ("Whom has Mélenchon taken to task?", MELENCHON_TARGETS),
    ],
)
def test_turning_fire_on_and_taking_to_task_are_attacks(store, question, expected):
    answer = ask(store, question)
    assert names(answer) == expected, answer.understood


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Did Mélenchon turn his fire on the PS?", "yes"),
        ("Was Hamon taken to task by Mélenchon?", "yes"),
        ("Did Mélenchon take Hamon to task?", "yes"),
    ],
)
def test_turning_fire_on_yes_no(store, question, answer):
    assert ask(store, question).answer == answer


# -- having someone's favour is being backed by them -----------------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Qui a les faveurs de Jadot ?", {HAMON}),
        ("Quel responsable a eu les faveurs de Rossignol ?", {VALLS}),
        ("Qui avait la faveur de Montebourg ?", {HAMON}),
    ],
)
def test_having_someones_favour_is_being_backed(store, question, expected):
    answer = ask(store, question)
    assert names(answer) == expected, answer.understood


# -- glancing towards a camp, toying with a switch: temptations ------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who is toying with a move to Macron?", MACRON_TEMPTS),
        ("Qui jette un œil vers Macron ?", MACRON_TEMPTS),
        ("Qui jette un regard du côté de Macron ?", MACRON_TEMPTS),
        ("Qui fait envie au PS ?", {MACRON}),
        ("Qui donne envie à Loncle ?", {MACRON}),
    ],
)
def test_glancing_and_toying_with_a_switch_are_temptations(store, question, expected):
    answer = ask(store, question)
    assert names(answer) == expected, answer.understood


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Is Loncle thinking of switching over to Macron?", "yes"),
        ("Loncle jette-t-il un œil du côté de Macron ?", "yes"),
        ("Macron fait-il envie au PS ?", "yes"),
    ],
)
def test_temptation_wordings_yes_no(store, question, answer):
    assert ask(store, question).answer == answer


# -- bringing actors into a coalition, multiplying advances: invitations ---------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Qui Hamon veut-il faire venir dans sa coalition ?", HAMON_INVITED),
        ("Qui multiplie les avances envers Jadot ?", {HAMON}),
    ],
)
def test_bringing_into_a_coalition_and_advances_are_invitations(store, question, expected):
    answer = ask(store, question)
    assert names(answer) == expected, answer.understood


@pytest.mark.parametrize(
    ("question", "expected"),
    [  # guards: held before this round, through neighbouring wordings
        ("Which actors are thinking of switching to Macron?", MACRON_TEMPTS),
        ("Who has been considering defecting to Macron?", MACRON_TEMPTS),
        ("Qui Hamon espère-t-il faire venir dans son camp ?", HAMON_INVITED),
        ("Qui a multiplié les appels du pied à Mélenchon ?", {HAMON}),
    ],
)
def test_guards_for_neighbouring_wordings(store, question, expected):
    assert names(ask(store, question)) == expected


def test_sparing_is_still_not_attacking(store):
    """Guard: the sparing wordings (denies) kept their reading beside the new invitations."""
    answer = ask(store, "Qui a épargné Hamon ?")
    assert MELENCHON not in names(answer) and "Arnaud Montebourg" in names(answer)


# -- drawing fire, being lured toward, defending someone's word, coming together ------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who drew the most fire?", {HAMON}),
        ("Who is Loncle being lured towards?", {MACRON}),
        ("Who are the PS being lured toward?", {MACRON}),
        ("Qui défend la parole de Macron ?", {"Christophe Castaner"}),
        ("Qui défendait la parole de Mélenchon ?", {"Leïla Chaibi"}),
        ("Whom did Hamon ask to come together with him?", HAMON_INVITED),
        ("Hanotin, il critique qui au juste ?", {VALLS}),
        ("Jadot soutient qui au juste ?", {HAMON}),
    ],
)
def test_fire_lures_voices_and_coming_together(store, question, expected):
    answer = ask(store, question)
    assert names(answer) == expected, answer.understood


@pytest.mark.parametrize(
    ("question", "expected"),
    [  # guards: held before this round
        ("Who drew fire from Mélenchon?", MELENCHON_TARGETS),
        ("Qui défend Hamon ?", HAMON_BACKERS),
        ("Who is lured by Macron?", MACRON_TEMPTS),
        ("Qui porte la voix de Mélenchon ?", {"Leïla Chaibi"}),
        ("Qui Jadot soutient-il, au juste ?", {HAMON}),
    ],
)
def test_guards_for_fire_and_defending(store, question, expected):
    assert names(ask(store, question)) == expected


# -- named periods: the week after the first round, the night of the second, between rounds -----


@pytest.mark.parametrize(
    ("question", "since", "until"),
    [
        ("Who backed Hamon in the week following the first round?", "2017-01-23", "2017-01-29"),
        (
            "Qui a soutenu Hamon dans la semaine qui a suivi le premier tour ?",
            "2017-01-23",
            "2017-01-29",
        ),
        (
            "Who attacked Hamon on the night of the second round?",
            "2017-01-29",
            "2017-01-29",
        ),
        ("Qui soutenait Valls la nuit du second tour ?", "2017-01-29", "2017-01-29"),
        (
            "Qui critiquait Hamon dans l'entre-deux-tours de la primaire ?",
            "2017-01-23",
            "2017-01-28",
        ),
        (
            "Qui a soutenu Valls durant l'entre-deux-tours de la primaire de la gauche ?",
            "2017-01-23",
            "2017-01-28",
        ),
    ],
)
def test_named_periods_of_the_primary(store, question, since, until):
    answer = ask(store, question)
    assert (answer.interpretation.since, answer.interpretation.until) == (since, until), (
        answer.understood
    )


@pytest.mark.parametrize(
    ("question", "since", "until"),
    [  # guards: held before this round
        ("Who backed Hamon the day after the first round?", "2017-01-23", "2017-01-23"),
        ("Qui a attaqué Hamon entre les deux tours de la primaire ?", "2017-01-23", "2017-01-28"),
        (
            "Who attacked Hamon on the night of the second round of the primary?",
            "2017-01-29",
            "2017-01-29",
        ),
    ],
)
def test_guards_for_named_periods(store, question, since, until):
    answer = ask(store, question)
    assert (answer.interpretation.since, answer.interpretation.until) == (since, until)


# -- a firing line as targets; a fronted preposition completing "prendre position" ------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who is in Mélenchon's firing line?", MELENCHON_TARGETS),
        ("Which actors are in the line of fire of Valls?", {HAMON}),
        ("Contre qui Mélenchon a-t-il pris position ?", MELENCHON_TARGETS),
        ("Pour qui Valls a-t-il pris position ?", {MACRON}),
    ],
)
def test_firing_line_and_fronted_stance(store, question, expected):
    answer = ask(store, question)
    assert names(answer) == expected, answer.understood


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("How many parties are in Valls's firing line?", 0),  # Hamon only, a person
        ("How many actors are in Mélenchon's line of fire?", 2),
    ],
)
def test_a_firing_line_counted(store, question, count):
    assert ask(store, question).to_dict()["count"] == count


def test_guard_a_position_asked_is_every_tie(store):
    """Guard: "la position de X" still asks for all of X's ties."""
    answer = ask(store, "Quelle est la position de Valls ?")
    assert len(answer.interpretation.conditions) > 1


@pytest.mark.parametrize(
    "question",
    [
        "Give me Valls's vote tally.",
        "Who backed Hamon, and what was his vote tally?",
        "Hamon's vote count in the primary?",
        "What vote tally did Jadot get?",
    ],
)
def test_a_vote_tally_is_refused(store, question):
    with pytest.raises(NoMatchError):
        ask(store, question)


# -- "the Green party" names the party itself, as "the Socialist Party" does -----------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who are the members of the Green party?", {"David Cormand", JADOT}),
        ("Who belongs to the Green party?", {"David Cormand", JADOT}),
        ("Which people are in the Green party's ranks?", {"David Cormand", JADOT}),
    ],
)
def test_the_green_party_is_the_party(store, question, expected):
    answer = ask(store, question)
    assert names(answer) == expected, answer.understood


@pytest.mark.parametrize(
    ("question", "expected"),
    [  # guards: held before this round
        ("Who are the green supporters of Hamon?", {JADOT}),
        ("Which Greens back Hamon?", {JADOT}),
        ("Who are the Socialist Party's members?", {HAMON, VALLS}),
    ],
)
def test_guards_for_party_words(store, question, expected):
    assert names(ask(store, question)) == expected


# -- "I need to know if ..." asks an indirect yes/no question -------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "J'ai besoin de savoir si Jadot soutient Hamon.",
        "Bonjour, j'aurais besoin de savoir si Valls a critiqué Hamon ?",
        "I need to know if Castaner speaks for Macron.",
        "Hi, I need to know whether Mélenchon attacked the PS.",
    ],
)
def test_needing_to_know_if_is_a_yes_no_question(store, question):
    assert ask(store, question).answer == "yes"


def test_guard_needing_to_know_who_is_a_list(store):
    assert names(ask(store, "J'aurais besoin de savoir qui soutient Hamon.")) == HAMON_BACKERS


# -- "y a-t-il quelqu'un qui ..." asks whether there is anyone -----------------------------------


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Y a-t-il quelqu'un qui a critiqué Jadot ?", "no"),
        ("Y a-t-il quelqu'un qui soutient Hamon ?", "yes"),
        ("Existe-t-il quelqu'un qui soutienne Macron ?", "yes"),
        ("Y a-t-il quelqu'un qui ait critiqué Hamon en janvier 2017 ?", "yes"),
        ("Existe-t-il quelqu'un qui ait invité Jadot ?", "yes"),
    ],
)
def test_is_there_anyone_who_is_a_yes_no_question(store, question, answer):
    assert ask(store, question).answer == answer


@pytest.mark.parametrize(
    ("question", "answer"),
    [  # guards: held before this round
        ("Y a-t-il un responsable qui lorgne vers Macron ?", "yes"),
        ("Y a-t-il des socialistes qui soutiennent Hamon ?", "yes"),
    ],
)
def test_guards_for_is_there(store, question, answer):
    assert ask(store, question).answer == answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Sauf Montebourg, quels sont les soutiens de Hamon ?",
            HAMON_BACKERS - {"Arnaud Montebourg"},
        ),
        (
            "Mis à part Montebourg, qui sont les partisans de Hamon ?",
            HAMON_BACKERS - {"Arnaud Montebourg"},
        ),
        ("Loncle excepted, who are Valls's backers?", VALLS_BACKERS - {LONCLE}),
        ("Hors du PS, quels sont les soutiens de Hamon ?", {JADOT}),
    ],
)
def test_an_opening_exclusion_before_a_noun_wording(store, question, expected):
    answer = ask(store, question)
    assert names(answer) == expected, answer.understood
