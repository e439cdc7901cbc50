"""How `ask` reads the mechanisms of the seventeenth session's question round (round 3 of issue
12), written after the blind failures of fresh21 and those fresh19 and fresh20 still had.

The mechanism first: a reading that leaves a relation word unread is refused with the closest
readings rather than answered. A wording found whose relation no condition asks about (an
unread verb: "which friends has X been trying to woo" read as X's supporters), or a content word
of another relation left over, may change the relation or turn its direction round; answering
without it would be a confident guess. Questions about what the graph does not hold (the area a
deputy represents, a local office, who is favoured to win) are refused too, never answered and
never ended on an unknown name.

Then the families that recur in every blind set: an endorsement given to someone and one
received from someone, in both languages (« obtenu le ralliement de X » was no wording at all;
"X gave her endorsement to" read as X's supporters); rejection idioms (« avoir des mots contre »,
« dire du mal de », a manner inside a wording: « s'en prendre *sans ménagement* à »; "warned
against a vote for" read as a vote); temptation said as a likelihood or a leap (« serait
susceptible de rallier », « sauter le pas vers »); speaking for someone's communication (« faire
la com' de »); and the Greens' English name. None of the questions is one of the fresh sets;
every case failed on main before this round, and the guards marked so held before and still
hold."""

from __future__ import annotations

import pytest
from fixtures_graph import (
    AUBRY,
    CARVOUNAS,
    CHAIBI,
    CORMAND,
    EELV,
    HAMON,
    HAMON_BACKERS,
    HANOTIN,
    JADOT,
    LONCLE,
    MACRON,
    MELENCHON,
    MONTEBOURG,
    ROSSIGNOL,
    VALLS,
    VALLS_BACKERS,
    answer_names,
)

from alliancegraph.queries import Condition, ask, interpret
from alliancegraph.queries.errors import NoMatchError


def conditions(store, question: str) -> list[Condition]:
    return interpret(store, question).conditions


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
    assert answer_names(store, question) == expected


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


# -- endorsements given and received --------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Montebourg gave his endorsement to which candidate?", {HAMON}),
        ("Montebourg's endorsement went to whom?", {HAMON}),
        ("Besides Jadot, whose endorsement has Hamon picked up?", {MONTEBOURG, AUBRY, HANOTIN}),
        ("Other than Loncle, whose endorsement did Valls get?", {ROSSIGNOL, CARVOUNAS}),
        ("De qui Valls a-t-il reçu le ralliement ?", VALLS_BACKERS),
    ],
)
def test_an_endorsement_given_or_received_names_the_right_end(store, question, expected):
    assert answer_names(store, question) == expected


@pytest.mark.parametrize(
    ("question", "key", "expected"),
    [
        ("Valls a-t-il obtenu le ralliement de Loncle ?", "answer", "yes"),
        ("Loncle a-t-il obtenu le ralliement de Valls ?", "answer", "no"),
        ("Valls a reçu le ralliement de combien d'élus ?", "count", 3),
    ],
)
def test_a_rallying_obtained_is_asked_of_its_giver(store, question, key, expected):
    assert ask(store, question).to_dict()[key] == expected


@pytest.mark.parametrize(  # guards: a rallying owned or reproached keeps main's reading
    ("question", "expected"),
    [
        ("Qui a annoncé son ralliement à Valls ?", VALLS_BACKERS),
        ("Qui a reproché à Macron son ralliement ?", {HAMON}),
    ],
)
def test_a_rallying_owned_keeps_its_reading(store, question, expected):
    assert answer_names(store, question) == expected


# -- rejection idioms ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Qui s'en est pris sans ménagement à Valls ?", {HANOTIN}),
        ("Qui a dit du mal de Valls ?", {HANOTIN}),
        ("Qui a eu des mots contre Valls ?", {HANOTIN}),
        ("Who warned against a vote for Valls?", {HANOTIN}),
    ],
)
def test_a_rejection_idiom_names_the_critics(store, question, expected):
    assert answer_names(store, question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Loncle a-t-il eu des mots contre Hamon ?", "yes"),
        ("Aubry a-t-elle dit du mal de Hamon ?", "no"),
    ],
)
def test_a_rejection_idiom_answers_yes_or_no(store, question, expected):
    assert ask(store, question).to_dict()["answer"] == expected


# -- temptation, spokespersons, the Greens' English name ------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Qui serait susceptible de rallier Valls ?",
        "Qui pense à sauter le pas vers Valls ?",
        "Qui songe à sauter le pas vers Valls ?",
    ],
)
def test_a_likelihood_or_a_leap_is_a_temptation(store, question):
    assert conditions(store, question) == [Condition("TEMPTED_BY", "subject", VALLS)]


def test_a_likelihood_of_backing_is_asked_as_a_temptation(store):
    assert ask(store, "Loncle est-il susceptible de soutenir Macron ?").to_dict()["answer"] == "yes"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Qui fait la com' de Mélenchon ?", {CHAIBI}),
        ("Qui gère la com' de Mélenchon ?", {CHAIBI}),
    ],
)
def test_doing_the_communication_is_speaking_for(store, question, expected):
    assert answer_names(store, question) == expected


@pytest.mark.parametrize(
    "question", ["Which members does Europe Ecology have?", "Who is in Europe Ecology Greens?"]
)
def test_the_greens_english_name_is_the_party(store, question):
    assert answer_names(store, question) == {JADOT, CORMAND}
    assert interpret(store, question).conditions[0].actor == EELV


# -- windows: a season across two years with the second short, a range of parts of a month --------


@pytest.mark.parametrize(
    ("question", "window"),
    [
        ("Who backed Hamon in winter 2016/17?", ("2016-12-21", "2017-03-20")),
        ("Qui a soutenu Hamon pendant l'hiver 2016-17 ?", ("2016-12-21", "2017-03-20")),
        ("Who backed Hamon from mid- to late January 2017?", ("2017-01-11", "2017-01-31")),
        ("Who was tempted by Macron from early to mid February 2017?",
         ("2017-02-01", "2017-02-20")),
        ("Qui a soutenu Hamon de mi- à fin janvier 2017 ?", ("2017-01-11", "2017-01-31")),
    ],
)
def test_a_window_is_read_whole(store, question, window):
    got = interpret(store, question)
    assert (got.since, got.until) == window
    assert got.conditions[0].asked == "subject"


@pytest.mark.parametrize(  # guards: one part of a month after "from" still starts a window
    ("question", "window"),
    [
        ("Who backed Hamon from late January 2017?", ("2017-01-21", None)),
        ("Who backed Hamon in winter 2017?", ("2017-01-01", "2017-03-31")),
    ],
)
def test_a_window_main_read_keeps_its_reading(store, question, window):
    got = interpret(store, question)
    assert (got.since, got.until) == window


# -- a rival named by the question word, a hand kept out ------------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which rival is tempting Loncle?", [Condition("TEMPTED_BY", "object", LONCLE)]),
        ("Quel rival attire le PS ?", [Condition("TEMPTED_BY", "object", "Parti socialiste")]),
        ("Who kept her hand held out to Jadot?", [Condition("INVITED_TO_RALLY", "subject", JADOT)]),
        ("Has Hamon kept his hand out to Mélenchon?",
         [Condition("INVITED_TO_RALLY", "subject", MELENCHON)]),
    ],
)
def test_a_rival_asked_about_or_a_hand_kept_out(store, question, expected):
    assert conditions(store, question) == expected


@pytest.mark.parametrize(  # guards: a rivalry asked about keeps its rejection
    ("question", "expected"),
    [
        ("Which rivals has Hamon attacked?", {MACRON}),
        ("Quels rivaux critiquent Valls ?", {HANOTIN}),
    ],
)
def test_a_rivalry_keeps_its_rejection(store, question, expected):
    assert answer_names(store, question) == expected
