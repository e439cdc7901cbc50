"""How `ask` reads the mechanisms of the fifteenth session's second question round, written
after the blind failures of fresh18 (a tuning set from then on): each family is a way of
writing that fails whatever the names and words in it, tested with several wordings of its
own. None is a question of the fresh sets, and every case failed on main before this round
(the guards marked so held before and still hold)."""

from __future__ import annotations

import pytest
from fixtures_graph import (
    AUBRY,
    CHAIBI,
    CORMAND,
    HAMON,
    HAMON_BACKERS,
    HANOTIN,
    JADOT,
    LONCLE,
    MACRON,
    MELENCHON,
    PS,
    VALLS,
    VALLS_BACKERS,
    understood,
)

from alliancegraph.queries import ask, interpret
from alliancegraph.queries.errors import NoMatchError

HAMON_CRITICS = {VALLS, LONCLE, MELENCHON, CHAIBI}


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


# -- wordings: English idioms of standing by, laying into, courting, being drawn, fronting ------

VALLS_CRITICS = {HANOTIN}
MACRON_TEMPTED = {LONCLE, PS}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who kept faith with Hamon through January?", {"Arnaud Montebourg", AUBRY}),
        ("Who has cast his lot with Valls?", VALLS_BACKERS),
        ("Who fought Valls's corner?", VALLS_BACKERS),
        ("Which Socialists lined up with Valls?", VALLS_BACKERS),
        ("Who ran Valls down?", VALLS_CRITICS),
        ("Who sent Hamon packing?", HAMON_CRITICS),
        ("Whom did Mélenchon send packing?", {HAMON, PS}),
        ("Who was tough on Valls?", VALLS_CRITICS),
        ("Who was hard on Hamon but backs Valls?", {LONCLE}),
        ("Who proposed a pact to the PS?", {HAMON}),
        ("Who pitched a joint campaign to Mélenchon?", {HAMON}),
        ("Who was eyeing a switch to Macron?", MACRON_TEMPTED),
        ("Who feels the lure of Macron?", MACRON_TEMPTED),
        ("Who was lured away to Macron?", MACRON_TEMPTED),
        ("Which party is Macron pulling at?", {PS}),
        ("Who fronts the communications of Mélenchon?", {CHAIBI}),
        ("Who are the Socialist card carriers?", {HAMON, VALLS}),
        ("Who fronts Mélenchon's communications?", {CHAIBI}),
    ],
)
def test_an_english_idiom_names_its_relation(store, question, expected):
    understood(store, question, expected)


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Did Hamon ask Jadot to form a pact?", "yes"),
        ("Did Hamon ask the PS to come together?", "yes"),
        ("Did Hamon ask Macron to form an alliance?", "no"),
    ],
)
def test_asking_someone_to_ally_is_an_invitation(store, question, yes):
    answer = ask(store, question)
    assert (answer.answer, answer.interpretation.only) == (yes, HAMON)
    assert [c.relation for c in answer.interpretation.conditions] == ["INVITED_TO_RALLY"]


def test_guard_drifting_away_is_no_temptation(store):
    """Drifting alone is no wording: "drifting away from X" must not read as drawn to X."""
    with pytest.raises(NoMatchError):
        interpret(store, "Who is drifting away from Hamon?")


# -- wordings: French idioms of the same families ------------------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Qui a serré les rangs autour de Hamon ?", HAMON_BACKERS),
        ("Pour qui Loncle a-t-il tranché ?", {VALLS}),
        ("Qui Mélenchon a-t-il mis en pièces ?", {HAMON, PS}),
        ("Qui a mis le PS en pièces ?", {MELENCHON}),
        ("Qui s'est payé Valls ?", VALLS_CRITICS),
        ("Qui Mélenchon s'est-il payé ?", {HAMON, PS}),
        ("Qui a été sans pitié avec Valls ?", VALLS_CRITICS),
        ("Qui est impitoyable avec le PS ?", {MELENCHON}),
        ("Qui a ouvert le feu sur Valls ?", VALLS_CRITICS),
        ("Qui a proposé un pacte à Mélenchon ?", {HAMON}),
        ("Qui a fait une ouverture en direction de Jadot ?", {HAMON}),
        ("Qui a une carte d'EELV ?", {CORMAND, JADOT}),
        ("Qui envisageait de soutenir Macron ?", MACRON_TEMPTED),
        ("Qui hésitait à rallier Macron ?", MACRON_TEMPTED),
    ],
)
def test_a_french_idiom_names_its_relation(store, question, expected):
    understood(store, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Mélenchon a-t-il ouvert le feu sur le PS ?",
        "Hamon a-t-il proposé un pacte au PS ?",
        "Hamon a-t-il fait une ouverture en direction de Mélenchon ?",
    ],
)
def test_a_french_idiom_in_a_yes_no_question(store, question):
    assert ask(store, question).answer == "yes"


# -- wordings: a French word of temptation elided before a vowel, and going over to someone ------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Qui est tenté d'aller chez Macron ?", MACRON_TEMPTED),
        ("Qui serait tenté d'aller chez Macron ?", MACRON_TEMPTED),
        ("Qui envisage d'aller chez Macron ?", MACRON_TEMPTED),
        ("Qui pourrait aller chez Macron ?", MACRON_TEMPTED),
        ("Chez qui Loncle pourrait-il aller ?", {MACRON}),
        ("Qui est allé chez Macron ?", {VALLS}),
    ],
)
def test_an_elided_word_of_temptation_and_going_over(store, question, expected):
    understood(store, question, expected)


def test_guard_trying_elided_stays_an_invitation(store):
    understood(store, "Qui a tenté d'attirer Jadot ?", {HAMON})


# -- structure: an adverb after a copula, inside the verb group ---------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which of Hamon's invitees are also among his detractors?", {MELENCHON}),
        ("Which of Hamon's backers is also among his invitees?", {JADOT}),
        ("Which of Mélenchon's targets is also among his invitees?", set()),
    ],
)
def test_an_adverb_after_a_copula_keeps_the_second_list(store, question, expected):
    understood(store, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who backs Valls and is also critical of Hamon?", {LONCLE}),
        ("Lesquels des soutiens de Hamon sont aussi parmi ses invités ?", {JADOT}),
        ("Which of Hamon's critics are also Valls backers?", {LONCLE}),
    ],
)
def test_guard_an_adverb_after_a_copula_held_before(store, question, expected):
    understood(store, question, expected)
