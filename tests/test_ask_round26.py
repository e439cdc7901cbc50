"""How `ask` reads the wordings of the nineteenth session's question round (round 5 of issue
12), written after the failures of fresh22 and fresh23, grouped by cause.

Wordings of a kind rather than single questions:

- an attack as a blow dealt or a shot fired ("took a dig at", "tore a strip off", « un coup de
  griffe à », « faire feu sur », « casser du sucre sur le dos de »);
- the press duties of someone's team ("press point person", "handles press duties for",
  « chargé de la com' de »);
- an attraction felt (a crush, glances cast, an eye caught or a head turned by the one who
  tempts, the orbit one is lured into, « faire défection vers X » weighed, where done it is
  support);
- signing up with a person as backing that person, with a party its membership;
- an offer made to someone, whatever it offers (« une offre d'alliance à X », "an offer of
  alliance to X": X is invited, not the one inviting);
- what the graph holds none of, asked beside a relation's words: the city or the hall of a
  rally, seats in the Senate, a share of the votes, an appointment to Matignon, a ministry, the
  terms of a withdrawal: refused with the closest readings, never answered about the relation;
- the camp one is in, asked by a determiner (« X est dans quelle écurie », "which camp is X
  in"): its owner, the one X backs, not X's own backers;
- a party card held, wherever it is held (« a sa carte dans quel mouvement », « en poche »), an
  enrolment ("enrolled with", « inscrit comme membre chez »), a membership in due form.

None of the questions is one of the fresh sets; every case failed on main before this round,
and the guards marked so held before and still hold."""

from __future__ import annotations

import pytest
from fixtures_graph import (
    CASTANER,
    CHAIBI,
    CORMAND,
    EELV,
    EM,
    HAMON,
    HAMON_BACKERS,
    HANOTIN,
    JADOT,
    LFI,
    LONCLE,
    MACRON,
    MELENCHON,
    PS,
    VALLS,
    VALLS_BACKERS,
    answer_names,
)

from alliancegraph.queries import ask
from alliancegraph.queries.errors import NoMatchError

HAMON_CRITICS = {LONCLE, MELENCHON, CHAIBI, VALLS}
MACRON_TEMPTED = {LONCLE, PS}


# -- an attack as a blow dealt or a shot fired -------------------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who took a dig at Valls?", {HANOTIN}),
        ("Which politicians have had a pop at the Socialist Party?", {MELENCHON}),
        ("Who has been taking jabs at Hamon?", HAMON_CRITICS),
        ("Who turned their guns on Valls?", {HANOTIN}),
        ("Whom did Valls give a rough ride?", {HAMON}),
        ("Qui a fait feu sur le PS ?", {MELENCHON}),
        ("Hanotin a lancé une pique à qui ?", {VALLS}),
        ("Qui a pris le PS en grippe ?", {MELENCHON}),
        ("Qui Valls a-t-il taillé en pièces ?", {HAMON}),
        ("Qui casse du sucre sur le dos de Valls ?", {HANOTIN}),
        ("Les bêtes noires de Hanotin ?", {VALLS}),
    ],
)
def test_a_blow_dealt_or_a_shot_fired_is_an_attack(store, question, expected):
    assert answer_names(store, question) == expected


def test_a_blow_dealt_keeps_its_yes_no_and_its_count(store):
    assert ask(store, "Did Mélenchon put the boot into the PS?").to_dict()["answer"] == "yes"
    assert ask(store, "Hanotin a mis un coup de griffe à combien d'acteurs ?").count == 1


@pytest.mark.parametrize(  # guards: a request to dig, a call launched, a side taken
    ("question", "expected"),
    [
        ("Dig out the names of those who back Valls.", VALLS_BACKERS),
        ("Qui a lancé un appel à Jadot ?", {HAMON}),
        ("Qui a pris la défense de Valls ?", VALLS_BACKERS),
    ],
)
def test_a_dig_asked_for_a_call_launched_a_side_taken_are_no_attack(store, question, expected):
    assert answer_names(store, question) == expected



# -- the press duties of someone's team --------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who's Macron's press point person?", {CASTANER}),
        ("Which person handles press duties for Mélenchon?", {CHAIBI}),
        ("Who is Mélenchon's press liaison?", {CHAIBI}),
        ("Qui est la chargée de la com' de Mélenchon ?", {CHAIBI}),
        ("Castaner est en charge de la com de qui ?", {MACRON}),
        ("Qui est le responsable presse de Macron ?", {CASTANER}),
    ],
)
def test_press_duties_for_someone_speak_for_them(store, question, expected):
    assert answer_names(store, question) == expected


def test_press_duties_answer_yes_or_no(store):
    assert ask(store, "Is Chaibi Mélenchon's point woman with the press?").to_dict()[
        "answer"] == "yes"
    assert ask(store, "Does Chaibi handle press duties for Hamon?").to_dict()["answer"] == "no"


@pytest.mark.parametrize(  # guards: « charger » as attacking, a press secretary
    ("question", "expected"),
    [
        ("Qui a chargé le PS ?", {MELENCHON}),
        ("Who is Macron's press secretary?", {CASTANER}),
        ("Castaner est chargé de la communication de qui ?", {MACRON}),
    ],
)
def test_charging_someone_and_the_known_press_nouns_keep_their_reading(store, question,
                                                                       expected):
    assert answer_names(store, question) == expected


# -- an attraction felt: a crush, glances cast, an eye caught, a head turned -------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who has Loncle been casting glances at?", {MACRON}),
        ("Loncle craque pour qui ?", {MACRON}),
        ("Which actors are ripe for poaching by Macron?", MACRON_TEMPTED),
        ("Who is being drawn into Macron's orbit?", MACRON_TEMPTED),
        ("Who caught the eye of Loncle?", {MACRON}),  # was: those Loncle tempts (none)
        ("Macron caught the eye of which actors?", MACRON_TEMPTED),
        ("Macron a tapé dans l'œil de qui ?", MACRON_TEMPTED),
        ("Qui a fait tourner la tête au PS ?", {MACRON}),
        ("Qui a fait défection vers Macron ?", {VALLS}),  # done: support
    ],
)
def test_an_attraction_felt_is_a_temptation_by_the_one_who_tempts(store, question, expected):
    assert answer_names(store, question) == expected


@pytest.mark.parametrize(
    "question", ["Le PS a-t-il le béguin pour Macron ?",
                 "Loncle pourrait-il faire défection vers Macron ?"])
def test_a_crush_or_a_defection_weighed_answers_yes(store, question):
    answer = ask(store, question)
    assert answer.to_dict()["answer"] == "yes"
    assert answer.interpretation.conditions[0].relation == "TEMPTED_BY"


@pytest.mark.parametrize(  # guards: « taper sur », "turn on" attack
    ("question", "expected"),
    [("Qui a tapé sur le PS ?", {MELENCHON}), ("Who turned on Hamon?", HAMON_CRITICS)],
)
def test_striking_or_turning_on_someone_stays_an_attack(store, question, expected):
    assert answer_names(store, question) == expected


# -- signing up with a person is backing that person -------------------------------------------


@pytest.mark.parametrize(  # each read MEMBER_OF a person on main (an empty answer)
    ("question", "expected"),
    [
        ("Who signed up with Hamon?", HAMON_BACKERS),
        ("Which actors signed up to the Hamon cause in 2017?", HAMON_BACKERS),
        ("Who has signed up with Hamon and attacked Valls?", {HANOTIN}),
    ],
)
def test_signing_up_with_a_person_is_backing_them(store, question, expected):
    assert answer_names(store, question) == expected


def test_signing_up_with_a_person_answers_yes(store):
    assert ask(store, "Has Jadot signed up with Hamon?").to_dict()["answer"] == "yes"


@pytest.mark.parametrize(  # guards: with a party, or asked of its member, it is membership
    ("question", "expected"),
    [
        ("Who signed up with the PS?", {HAMON, VALLS}),
        ("Which party did Castaner sign up with?", {EM}),
    ],
)
def test_signing_up_with_a_party_is_membership(store, question, expected):
    assert answer_names(store, question) == expected


# -- an offer made to someone, whatever it offers ----------------------------------------------


@pytest.mark.parametrize(  # the first three named those Jadot or the PS invite on main (none)
    ("question", "expected"),
    [
        ("Qui a envoyé une proposition d'alliance à Jadot ?", {HAMON}),
        ("Who made an offer of alliance to Jadot?", {HAMON}),
        ("Qui a fait une offre d'union au PS ?", {HAMON}),
        ("Hamon a offert une place dans son rassemblement à qui ?", {MELENCHON, PS, JADOT}),
        ("Who has sent out feelers to Jadot?", {HAMON}),
        ("Hamon's olive branches went to whom?", {MELENCHON, PS, JADOT}),
    ],
)
def test_an_offer_made_to_someone_invites_them(store, question, expected):
    assert answer_names(store, question) == expected


@pytest.mark.parametrize(  # guards: an offer named by its maker, an offer turned down
    ("question", "expected"),
    [
        ("Hamon a fait une offre à qui ?", {MELENCHON, PS, JADOT}),
        ("Who sent feelers to Jadot?", {HAMON}),
    ],
)
def test_an_offer_by_its_maker_keeps_its_reading(store, question, expected):
    assert answer_names(store, question) == expected


# -- places, seats, scores, appointments, ministries, terms: refused --------------------------


@pytest.mark.parametrize(  # each was answered on main about the relation its words name
    "question",
    [
        "In which city did Hamon gather his supporters?",
        "Dans quelle ville Macron a-t-il réuni ses soutiens ?",
        "Combien d'élus au Sénat soutiennent Hamon ?",
        "Qui Macron nommerait-il à Matignon parmi ses soutiens ?",
        "Hamon a-t-il rallié plus de 30 % des voix ?",
    ],
)
def test_what_the_graph_holds_none_of_is_refused_with_the_closest_readings(store, question):
    with pytest.raises(NoMatchError, match="closest: "):
        ask(store, question)


@pytest.mark.parametrize(  # guards: elected members counted, a voice carried
    ("question", "expected"),
    [
        ("Combien d'élus socialistes soutiennent Valls ?", VALLS_BACKERS),
        ("Qui porte la voix de Mélenchon ?", {CHAIBI}),
    ],
)
def test_elected_members_and_a_voice_carried_keep_their_reading(store, question, expected):
    assert answer_names(store, question) == expected


# -- the camp one is in, asked by a determiner: its owner --------------------------------------


@pytest.mark.parametrize(  # each named X's own backers on main (none)
    ("question", "expected"),
    [
        ("Carvounas est dans quel camp ?", {VALLS}),
        ("Rossignol est dans quelle équipe ?", {VALLS}),
        ("In which camp is Carvounas?", {VALLS}),
        ("What team is Hanotin on?", {HAMON}),
        ("Which camp is tempting Loncle?", {MACRON}),
    ],
)
def test_the_camp_one_is_in_is_its_owners(store, question, expected):
    assert answer_names(store, question) == expected


@pytest.mark.parametrize(  # guards: a camp joined, a camp named by its owner
    ("question", "expected"),
    [
        ("Quel camp Valls a-t-il rejoint ?", {MACRON}),
        ("Which camp did Valls join?", {MACRON}),
        ("Qui est dans le camp de Valls ?", VALLS_BACKERS),
    ],
)
def test_a_camp_joined_or_named_by_its_owner_keeps_its_reading(store, question, expected):
    assert answer_names(store, question) == expected


# -- a party card held, an enrolment, a membership in due form --------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Qui a sa carte de La France insoumise en poche ?", {MELENCHON}),
        ("Jadot a sa carte dans quel mouvement ?", {EELV}),
        ("Qui est inscrit comme membre chez les Verts ?", {CORMAND, JADOT}),
        ("Who are the people enrolled with the PS?", {HAMON, VALLS}),
        ("Who is enrolled with En Marche?", {CASTANER, MACRON}),
        ("Qui est membre en bonne et due forme du PS ?", {HAMON, VALLS}),
    ],
)
def test_a_card_held_or_an_enrolment_is_membership(store, question, expected):
    assert answer_names(store, question) == expected


@pytest.mark.parametrize(  # guards: a card « au PS », an enrolment "in", read before
    ("question", "expected"),
    [
        ("Qui a sa carte au PS ?", {HAMON, VALLS}),
        ("Who's enrolled in En Marche?", {CASTANER, MACRON}),
        ("Mélenchon a sa carte dans quelle formation ?", {LFI}),
    ],
)
def test_the_cards_and_enrolments_read_before_keep_their_reading(store, question, expected):
    assert answer_names(store, question) == expected
