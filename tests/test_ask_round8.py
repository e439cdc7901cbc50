"""How `ask` reads the wordings the sixth fresh set's last nine questions showed, each a kind of
wording rather than a sentence: a relative after a noun for those asked ("les personnalités
*qui* ... *et qui* ..."), a framing sentence before a colon, a month said last, a noun whose
name follows it bare ("la tentation Macron"), an actor "having" a relation's noun, the SMS
"n" for "and", a possessive inside a wording ("en son nom"), a clitic taking up a topic, a
filler of several words ("en tant que"), and the persons a "how many people" counts. Each is
data in ``ontology/questions.toml`` (heads, negation_ends, possessions, appositions,
[possessives], bare months, skip); the parser only applies it."""

from __future__ import annotations

import pytest
from fixtures_graph import (
    names,
)

from alliancegraph.queries import Condition, ask, interpret

HAMON, VALLS, MACRON = "Benoît Hamon", "Manuel Valls", "Emmanuel Macron"
LONCLE, HANOTIN, JADOT = "François Loncle", "Mathieu Hanotin", "Yannick Jadot"


# -- a relative after a noun for those asked: one list ------------------------------------------

@pytest.mark.parametrize("question, expected", [
    ("Donne-moi les gens qui soutiennent Valls et qui lorgnent vers Macron", {LONCLE}),
    ("Show me the people who back Valls and who are tempted by Macron", {LONCLE}),
    ("ceux qui soutiennent Hamon et qui critiquent Valls", {HANOTIN}),
])
def test_and_who_after_a_relative_of_a_noun_adds_a_condition_to_the_same_list(
        store, question, expected):
    got = interpret(store, question)
    assert not any(c.alternative for c in got.conditions)
    assert names(ask(store, question)) == expected


@pytest.mark.parametrize("question", [
    "qui soutient Hamon et qui le critique ?",
    "tell me who backs Hamon and who attacks him",  # "me" is no noun for those asked
    "ceux qui soutiennent Hamon et ceux qui le critiquent",  # the noun again: a second list
    "the people who back Hamon and the people who attack him",
])
def test_and_who_after_a_question_word_still_asks_a_second_list(store, question):
    assert [c.alternative for c in interpret(store, question).conditions] == [False, True]


# -- a framing sentence before a colon ----------------------------------------------------------

@pytest.mark.parametrize("question, window", [
    ("Pour mon article sur la campagne : qui a critiqué Hamon en février ?",
     ("2017-02-01", "2017-02-28")),  # the month's year is not the framing's
    ("Background for a piece on the campaign: who attacked Hamon in February?",
     ("2017-02-01", "2017-02-28")),
    ("Note for a piece on the primary: who backed Valls in January?",
     ("2017-01-01", "2017-01-31")),
])
def test_the_date_of_a_framing_before_a_colon_gives_way_to_the_questions_own(
        store, question, window):
    got = interpret(store, question)
    assert (got.since, got.until) == window


def test_a_date_alone_before_a_colon_is_the_window(store):
    got = interpret(store, "En janvier 2017 : qui soutenait Valls ?")
    assert (got.since, got.until) == ("2017-01-01", "2017-01-31")


# -- a month said last ----------------------------------------------------------------------------

@pytest.mark.parametrize("question, window", [
    ("opposants de Hamon février", ("2017-02-01", "2017-02-28")),
    ("soutiens de Valls janvier", ("2017-01-01", "2017-01-31")),
    ("Hamon critics february", ("2017-02-01", "2017-02-28")),
])
def test_a_month_ending_the_question_is_its_window(store, question, window):
    got = interpret(store, question)
    assert (got.since, got.until) == window


def test_a_month_name_that_is_another_word_too_is_no_window_said_alone(store):
    got = interpret(store, "who may back Macron")
    assert (got.since, got.until) == (None, None)


# -- a noun and a bare name ----------------------------------------------------------------------

@pytest.mark.parametrize("question", ["la tentation Macron au PS",
                                      "tentation Macron chez les socialistes"])
def test_the_name_right_after_an_apposition_noun_is_the_relations_object(store, question):
    assert interpret(store, question).conditions == [Condition("TEMPTED_BY", "subject", MACRON)]
    assert names(ask(store, question)) == {LONCLE, "Parti socialiste"}


def test_after_a_preposition_the_same_noun_names_its_owners_objects(store):
    assert names(ask(store, "les tentations de Loncle")) == {MACRON}


# -- an actor "having" a relation's noun ------------------------------------------------------

@pytest.mark.parametrize("question, answer, expected", [
    ("Macron have some spokesman?", "yes", {"Christophe Castaner"}),
    ("Mélenchon a des porte-parole ?", "yes", {"Leïla Chaibi"}),
    ("Hamon a des soutiens chez les Verts ?", "yes", {JADOT}),
    ("Jadot has any supporters?", "no", set()),
])
def test_an_actor_having_a_relations_noun_asks_whether_there_are_any(
        store, question, answer, expected):
    got = ask(store, question)
    assert (got.answer, names(got)) == (answer, expected)


# -- "n" ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, expected", [
    ("whos backin valls n also flirtin w macron", {LONCLE}),
    ("who backs Hamon n attacks Valls", {HANOTIN}),
])
def test_a_lone_n_is_and(store, question, expected):
    assert names(ask(store, question)) == expected


def test_n_before_the_second_word_of_a_negation_still_negates(store):
    (condition,) = interpret(store, "qui n'a pas soutenu Hamon").conditions
    assert condition.negated


def test_an_elided_n_is_never_and(store):
    """"ne ... que" (only) has no second negation word; the apostrophe says it is French."""
    assert interpret(store, "qui n'a soutenu que Hamon ?").conditions == [
        Condition("SUPPORTS", "subject", HAMON)]


# -- a possessive inside a wording ----------------------------------------------------------------

@pytest.mark.parametrize("question, expected", [
    ("Mélenchon, qui parle en son nom ?", {"Leïla Chaibi"}),
    ("Macron: who speaks on his behalf?", {"Christophe Castaner"}),
])
def test_a_possessive_in_a_wording_stands_for_the_actor_named_before(store, question, expected):
    assert names(ask(store, question)) == expected


# -- a topic taken up by a clitic -----------------------------------------------------------------

@pytest.mark.parametrize("question, only, object_, answer", [
    ("Hamon, Macron l'a-t-il critiqué ?", MACRON, HAMON, "no"),
    ("Hamon, Valls l'a-t-il critiqué ?", VALLS, HAMON, "yes"),
    ("Valls, Loncle le soutient-il ?", LONCLE, VALLS, "yes"),
])
def test_the_actor_before_the_clitic_is_the_subject_and_the_topic_its_object(
        store, question, only, object_, answer):
    got = ask(store, question)
    assert (got.interpretation.only, got.interpretation.conditions[0].actor) == (only, object_)
    assert got.answer == answer


# -- a filler of several words ---------------------------------------------------------------------

@pytest.mark.parametrize("question, answer", [
    ("le PS en tant que parti est-il tenté par Macron ?", "yes"),
    ("le PS, en tant que tel, soutient-il Hamon ?", "no"),
])
def test_a_question_word_inside_a_filler_opens_no_question(store, question, answer):
    got = ask(store, question)
    assert (got.interpretation.only, got.answer) == ("Parti socialiste", answer)


# -- what a "how many people" counts --------------------------------------------------------------

@pytest.mark.parametrize("question, count", [
    ("how many people did Hamon invite", 2),  # Jadot and Mélenchon, not the PS
    ("combien de personnes Hamon a-t-il invitées", 2),
    ("cb de gens Hamon a invité", 2),
    ("how many did Hamon invite", 3),  # no noun: every actor, the PS too
    ("combien de partis Hamon a-t-il invités", 1),
])
def test_how_many_people_counts_persons_as_which_people_names_them(store, question, count):
    assert ask(store, question).to_dict()["count"] == count


def test_which_people_and_how_many_people_agree(store):
    listed = names(ask(store, "quelles personnes Hamon a-t-il invitées"))
    assert len(listed) == ask(store, "how many people did Hamon invite").count


# == the seventh fresh set's families ============================================================

# -- date words: the longest first, and a wording's preposition before a date ---------------------

@pytest.mark.parametrize("question, window", [
    ("qui soutenait Hamon avant la fin de janvier", (None, "2017-01-31")),  # its end included
    ("who backed Hamon before the end of January", (None, "2017-01-31")),
    ("who criticised Hamon not before February", ("2017-02-01", None)),
    ("qui a critiqué Hamon pas avant février", ("2017-02-01", None)),
])
def test_the_longest_date_words_say_how_the_date_bounds(store, question, window):
    got = interpret(store, question)
    assert (got.since, got.until) == window


def test_a_wordings_preposition_right_before_a_date_is_the_wordings(store):
    got = ask(store, "Who was Valls backed by in January?")
    assert (got.interpretation.since, got.interpretation.until) == ("2017-01-01", "2017-01-31")
    assert names(got) == {LONCLE, "Laurence Rossignol", "Luc Carvounas"}


# -- follow-ups and asides ------------------------------------------------------------------------

@pytest.mark.parametrize("question, expected", [
    ("what about Valls, whom does he back?", {MACRON}),  # not Valls's timeline
    ("quant à Valls, qui le soutient ?", {LONCLE, "Laurence Rossignol", "Luc Carvounas"}),
    ("as for Valls, who backs him?", {LONCLE, "Laurence Rossignol", "Luc Carvounas"}),
])
def test_a_follow_up_asks_its_own_wording_about_the_actor_it_names(store, question, expected):
    assert names(ask(store, question)) == expected


@pytest.mark.parametrize("question", [
    "besides Hanotin, does anyone attack Valls?",
    "à part Hanotin, est-ce que quelqu'un critique Valls ?",
])
def test_a_yes_no_opening_after_an_aside_that_leaves_someone_out(store, question):
    got = ask(store, question)
    assert (got.interpretation.excluded, got.answer) == ([HANOTIN], "no")


@pytest.mark.parametrize("question, answer", [
    ("Is there anyone who backs Jadot?", "no"),
    ("anybody who attacks Valls?", "yes"),
])
def test_anyone_who_still_asks_whether_there_is_any(store, question, answer):
    assert ask(store, question).answer == answer


# -- who is who ------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, expected", [
    ("Rossignol est fidèle à qui ?", {VALLS}),  # the wording's own "à": no passive turns it
    ("Loncle est favorable à qui ?", {VALLS}),
])
def test_a_wording_with_its_own_preposition_after_etre_keeps_its_direction(
        store, question, expected):
    assert names(ask(store, question)) == expected


@pytest.mark.parametrize("question", ["les personnes que Valls a critiquées",
                                      "lister ceux que Mélenchon a critiqués"])
def test_a_noun_that_is_also_a_participle_is_the_verb_after_an_auxiliary(store, question):
    (condition,) = interpret(store, question).conditions
    assert (condition.relation, condition.asked) == ("REJECTS", "object")


@pytest.mark.parametrize("question, actor", [
    ("who has Jadot's support?", JADOT),
    ("qui a le soutien de Valls ?", VALLS),
])
def test_who_has_an_actors_noun_asks_the_actors_objects(store, question, actor):
    assert interpret(store, question).conditions == [Condition("SUPPORTS", "object", actor)]


def test_who_has_a_noun_of_no_one_asks_those_at_its_other_end(store):
    criticised = {c.object for c in store.claims() if c.relation == "REJECTS"}
    assert names(ask(store, "who has critics")) == criticised


# -- first names ----------------------------------------------------------------------------------

@pytest.mark.parametrize("question, only", [
    ("does Manuel back Macron?", VALLS),
    ("est-ce que Laurence soutient Valls ?", "Laurence Rossignol"),
])
def test_the_first_name_of_the_actor_a_yes_no_is_about(store, question, only):
    got = ask(store, question)
    assert (got.interpretation.only, got.answer) == (only, "yes")


def test_a_hyphenated_first_name_of_one_actor(store):
    got = interpret(store, "who did Jean-Luc criticise")
    assert got.conditions == [Condition("REJECTS", "object", "Jean-Luc Mélenchon")]


# -- a clitic past a negation ----------------------------------------------------------------------

def test_a_clitic_before_a_negated_verb_stands_for_the_actor_named(store):
    got = interpret(store, "qui a été critiqué par Valls mais ne l'a pas soutenu ?")
    assert got.conditions[1] == Condition("SUPPORTS", "subject", VALLS, negated=True)


# -- two verbs, one actor; pairs -------------------------------------------------------------------

@pytest.mark.parametrize("question", ["qui soutient ou critique Valls ?",
                                      "who supports or attacks Valls"])
def test_two_verbs_joined_before_one_actor_share_it(store, question):
    got = interpret(store, question)
    assert [(c.relation, c.actor, c.alternative) for c in got.conditions] == [
        ("SUPPORTS", VALLS, False), ("REJECTS", VALLS, True)]


@pytest.mark.parametrize("question", ["who neither backs nor attacks Valls",
                                      "qui ne soutient ni ne critique Valls ?"])
def test_neither_nor_negates_both_verbs_about_the_one_actor(store, question):
    got = ask(store, question)
    assert [(c.relation, c.negated) for c in got.interpretation.conditions] == [
        ("SUPPORTS", True), ("REJECTS", True)]
    assert not names(got) & {VALLS, LONCLE, HANOTIN, "Laurence Rossignol"}


@pytest.mark.parametrize("question", ["qui soutient soit Valls, soit Macron ?",
                                      "who supports either Valls or Macron"])
def test_the_first_word_of_an_either_or_pair_opens_nothing(store, question):
    assert names(ask(store, question)) == {LONCLE, "Laurence Rossignol", "Luc Carvounas", VALLS}


# -- a participle written for being acted on -------------------------------------------------------

def test_after_has_a_participle_written_for_being_acted_on_is_the_verb_that_acts(store):
    assert names(ask(store, "Macron has tempted whom?")) == {LONCLE, "Parti socialiste"}
    assert names(ask(store, "which actor has tempted the most people")) == {MACRON}


def test_after_is_the_same_participle_is_not_turned_round(store):
    (condition,) = interpret(store, "who is tempted").conditions
    assert (condition.relation, condition.asked, condition.actor) == ("TEMPTED_BY", "subject", None)


@pytest.mark.parametrize("question", ["which outfit does Castaner belong to?",
                                      "Castaner's outfit"])
def test_an_outfit_is_a_party(store, question):
    assert names(ask(store, question)) == {"En Marche"}


# -- clefts ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, only, answer", [
    ("C'est Hamon que soutient Jadot ?", JADOT, "yes"),  # the subject after its verb
    ("Est-ce Valls que Loncle soutient ?", LONCLE, "yes"),
    ("c'est bien Macron qui tente Loncle ?", MACRON, "yes"),  # the part put first: the subject
    ("Est-ce Jadot qui a invité Hamon ?", JADOT, "no"),
    ("Was it Valls who attacked Hamon?", VALLS, "yes"),
    ("Is it Hamon that Jadot backs?", JADOT, "yes"),
    ("Is it Macron whom Loncle eyes?", LONCLE, "yes"),
])
def test_a_cleft_is_read_as_the_plain_yes_no_question(store, question, only, answer):
    got = ask(store, question)
    assert (got.interpretation.only, got.answer) == (only, answer)


@pytest.mark.parametrize("question", ["c'est vrai que Chaibi critique Hamon ?",
                                      "c'est qui qui soutient Hamon ?"])
def test_no_cleft_without_an_actor_put_first(store, question):
    got = interpret(store, question)
    assert got.conditions[0].actor == HAMON


@pytest.mark.parametrize("question", ["Mélenchon a-t-il refusé l'invitation de Hamon ?",
                                      "Mélenchon a-t-il décliné l'offre de Hamon ?"])
def test_a_verb_before_an_actors_object_noun_is_about_that_actor_too(store, question):
    got = ask(store, question)
    assert [(c.relation, c.actor) for c in got.interpretation.conditions] == [
        ("REJECTS", HAMON), ("INVITED_TO_RALLY", HAMON)]
    assert got.answer == "yes"
