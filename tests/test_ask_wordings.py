"""How `ask` reads wordings no list spells out: the other forms of a verb, the words that turn
a wording into another relation, short forms, unknown modifiers, a question word that asks
where a noun goes, and a bare statement asked as a question. Each is data in
``ontology/questions.toml`` ([inflections], [[derived]], [abbreviations], target_question,
yes_no_marks, genitives); the parser only applies it."""

from __future__ import annotations

import pytest
from fixtures_graph import (
    names,
)

from alliancegraph.queries import Condition, UnknownNameError, ask, interpret
from alliancegraph.queries.lexicon import load_lexicon

HAMON, VALLS, MACRON, JADOT = "Benoît Hamon", "Manuel Valls", "Emmanuel Macron", "Yannick Jadot"


# -- the forms of a verb --------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "who is rooting for Valls",  # written: "root for"
    "who had been rooting for Valls",
    "qui dénigrait Valls",  # written: "dénigre"
    "qui dénigrent Valls",
])
def test_a_verb_is_read_in_the_forms_no_list_spells_out(store, question):
    relation = "SUPPORTS" if "root" in question else "REJECTS"
    assert interpret(store, question).conditions == [Condition(relation, "subject", VALLS)]


def test_an_irregular_form_stands_for_the_others_and_the_question_keeps_its_direction(store):
    """Written "made overtures to"; asked with "make" after "did", the question word last."""
    got = interpret(store, "who did Hamon make overtures to")
    assert got.conditions == [Condition("INVITED_TO_RALLY", "object", HAMON)]


def test_a_written_wording_wins_over_a_generated_form_of_another():
    """"tentés de rallier" (tempted) is written; the forms of "tente de rallier" (tries to
    win over) never take its place."""
    lexicon = load_lexicon()
    forms = [f for f, end in lexicon.match_forms(("tentes", "de", "rallier", "x"), 0)
             if end == 3]
    assert forms and forms[0].relation == "TEMPTED_BY"
    assert lexicon.forms_of("including") == []  # never an inflection: another word


# -- words that turn a wording -------------------------------------------------------------------

@pytest.mark.parametrize("question, relation, actor", [
    ("qui pourrait basculer chez Macron", "TEMPTED_BY", MACRON),  # could: a temptation
    ("who might back Macron", "TEMPTED_BY", MACRON),
    ("qui a essayé d'attirer Jadot", "INVITED_TO_RALLY", JADOT),  # tried to lure: invited
    ("who tried to lure Jadot", "INVITED_TO_RALLY", JADOT),
])
def test_a_word_before_a_wording_turns_its_relation(store, question, relation, actor):
    assert interpret(store, question).conditions == [Condition(relation, "subject", actor)]


# -- the question word of a noun ------------------------------------------------------------------

def test_a_target_question_asks_where_the_relation_a_noun_names_goes(store):
    assert names(ask(store, "à qui va le soutien de Jadot ?")) == {HAMON}
    assert names(ask(store, "contre qui sont les critiques de Mélenchon")) == {
        HAMON, "Parti socialiste"}
    assert names(ask(store, "le soutien de Jadot")) == set()  # Jadot's supporters: none


def test_a_noun_after_the_question_word_keeps_persons(store):
    assert names(ask(store, "quelles personnes Hamon a-t-il invitées")) == {
        JADOT, "Jean-Luc Mélenchon"}  # not the PS, which he invited too


def test_a_word_both_verb_and_noun_is_the_noun_before_de(store):
    assert names(ask(store, "invites de hamon")) == {JADOT, "Jean-Luc Mélenchon",
                                                    "Parti socialiste"}


# -- what is typed in a hurry ---------------------------------------------------------------------

def test_short_forms_are_read_as_the_words_they_stand_for(store):
    assert names(ask(store, "spox macron")) == {"Christophe Castaner"}
    assert ask(store, "nb soutiens hamon").to_dict()["count"] == 4
    assert names(ask(store, "melenchon vs who")) == {HAMON, "Parti socialiste"}


def test_an_unknown_word_before_a_wording_is_a_modifier_and_the_reading_says_so(store):
    answer = ask(store, "who gets the most flak")
    assert names(answer) == {HAMON}
    assert "(ignored 'gets')" in answer.understood
    with pytest.raises(UnknownNameError, match="Hamonnnnx"):  # after a wording: a name
        ask(store, "who supports Hamonnnnx")


def test_a_person_a_verb_and_another_actor_are_a_yes_no_question(store):
    assert ask(store, "valls votes macron? y/n").to_dict()["answer"] == "yes"
    assert ask(store, "Aubry soutient Valls ?").to_dict()["answer"] == "no"
    listed = ask(store, "those Hamon asked to join him")  # a pronoun for Hamon: a list
    assert names(listed) == {JADOT, "Jean-Luc Mélenchon", "Parti socialiste"}


def test_a_party_after_pas_following_a_noun_leaves_its_members_out(store):
    got = interpret(store, "soutiens valls pas PS")
    assert (got.party, got.outside_party) == ("Parti socialiste", True)
    assert names(ask(store, "soutiens valls pas PS")) == set()  # all three are socialists


@pytest.mark.parametrize("question, window", [
    ("soutiens hamon après le 1/02", ("2017-02-02", None)),
    ("who backed hamon pre-primary", (None, "2017-01-21")),
])
def test_hurried_dates_are_read(store, question, window):
    got = interpret(store, question)
    assert (got.since, got.until) == window


def test_ending_support_is_breaking_with_someone(store):
    assert interpret(store, "who stopped supporting Valls").conditions == [
        Condition("REJECTS", "subject", VALLS)]


@pytest.mark.parametrize("question, asked", [
    ("who was invited", "object"),  # those invited
    ("qui a été critiqué en janvier", "object"),
    ("qui est tenté ?", "subject"),  # folded "tente" reads "tempts"; after "est": the tempted
    ("qui s'est rallié", "subject"),  # a reflexive, not a passive
    ("who is attacking", "subject"),  # a progressive form, not a participle
])
def test_a_passive_verb_without_an_actor_asks_its_other_end(store, question, asked):
    (condition,) = interpret(store, question).conditions
    assert (condition.asked, condition.actor) == (asked, None)


def test_a_week_of_a_month_is_read_before_a_week_counted_from_today(store):
    got = interpret(store, "who backed Valls during the last week of January 2017")
    assert (got.since, got.until) == ("2017-01-25", "2017-01-31")


def test_a_kind_noun_after_how_many_keeps_that_kind(store):
    assert ask(store, "how many parties did Mélenchon attack").to_dict()["count"] == 1
    assert ask(store, "how many people did Hamon court").to_dict()["count"] == 2  # not the PS


# -- a sixth set's styles: SMS French, fillers, narrowing, negatives -------------------------------

@pytest.mark.parametrize("question, expected", [
    ("ki soutient Valls", {"François Loncle", "Laurence Rossignol", "Luc Carvounas"}),
    ("Mélenchon il tape sur ki", {HAMON, "Parti socialiste"}),  # "ki" last: no name
    ("Jadot il est ds kel parti", {"Europe Écologie Les Verts"}),
])
def test_sms_spellings_are_read_as_the_words_they_stand_for(store, question, expected):
    assert names(ask(store, question)) == expected


def test_sms_count_and_yes_no_openings(store):
    assert ask(store, "cb de gens critiquent Hamon").to_dict()["count"] == 4
    assert ask(store, "est ce ke Valls soutient Macron").answer == "yes"
    assert ask(store, "c vrai que Chaibi critique Hamon ?").answer == "yes"
    assert ask(store, "nombre d'opposants à Hamon").to_dict()["count"] == 4  # "nombre d'"


def test_a_longer_filler_wins_over_a_shorter_word_class(store):
    """"au final" is filler, not "au" before a party; "au PS" still filters."""
    assert names(ask(store, "au final, qui est le plus critiqué ?")) == {HAMON}
    assert interpret(store, "qui critique Hamon au PS").party == "Parti socialiste"


@pytest.mark.parametrize("question", [
    "List everyone who backed Hamon and tell me which of them also attacked Valls",
    "qui soutient Hamon, et parmi eux qui critique Valls ?",
])
def test_which_of_them_narrows_the_first_list(store, question):
    got = interpret(store, question)
    assert [c.alternative for c in got.conditions] == [False, False]
    assert names(ask(store, question)) == {"Mathieu Hanotin"}


def test_and_who_without_narrowing_still_asks_two_lists(store):
    assert [c.alternative for c in interpret(store, "who backs Valls and who backs Hamon")
            .conditions] == [False, True]


def test_a_negative_question_leaves_out_the_actor_it_names(store):
    got = interpret(store, "which socialists don't support Hamon")
    assert got.excluded == [HAMON]
    assert names(ask(store, "which socialists don't support Hamon")) == {
        VALLS, "François Loncle", "Laurence Rossignol", "Luc Carvounas", "Parti socialiste"}
    assert interpret(store, "who backs Valls but not Hamon").excluded == []  # a list first


def test_a_party_named_in_full_is_the_party_itself_not_its_members(store):
    """"the Socialist Party" is an actor, as "le PS"; "socialists" still asks for members."""
    assert interpret(store, "who did the Socialist Party invite?").conditions == [
        Condition("INVITED_TO_RALLY", "object", "Parti socialiste")]
    assert interpret(store, "which socialists criticise Hamon").party == "Parti socialiste"


def test_it_stands_for_a_party_named_first_which_then_filters_nothing(store):
    got = interpret(store, "the PS, who attacked it?")
    assert (got.conditions, got.party) == ([Condition("REJECTS", "subject", "Parti socialiste")],
                                           None)


@pytest.mark.parametrize("question, asked", [
    ("Macron was eyed by whom?", "subject"),  # a passive verb: the actor before is its object
    ("whom was Loncle eyeing", "object"),  # a progressive form: the actor before is its subject
])
def test_an_actor_before_a_passive_verb_is_its_object(store, question, asked):
    (condition,) = interpret(store, question).conditions
    assert condition.asked == asked


def test_whose_before_a_noun_asks_the_named_actors_own_tie(store):
    assert names(ask(store, "Chaibi is whose spokesperson?")) == {"Jean-Luc Mélenchon"}


@pytest.mark.parametrize("question, expected", [
    ("which women back Valls", {"Laurence Rossignol"}),
    ("quelles femmes critiquent Hamon", {"Leïla Chaibi"}),
    ("which men back Valls", {"François Loncle", "Luc Carvounas"}),
])
def test_a_noun_after_the_question_word_keeps_one_gender(store, question, expected):
    assert names(ask(store, question)) == expected


def test_a_longer_request_wins_over_a_shorter_wording(store):
    """"pull up" asks for a list; "pull" alone is a temptation's noun."""
    assert interpret(store, "pull up every actor who rejects Hamon").conditions == [
        Condition("REJECTS", "subject", HAMON)]


@pytest.mark.parametrize("question", [
    "who criticised Hamon, then drop the ones from La France insoumise",
    "who criticised Hamon, minus the insoumis",
    "who criticised Hamon but only those outside La France insoumise",
])
def test_an_analysts_exclusion_leaves_a_partys_members_out(store, question):
    got = interpret(store, question)
    assert (got.party, got.outside_party) == ("La France insoumise", True)


@pytest.mark.parametrize("question", ["parmi les partis, lesquels sont tentés par Macron ?",
                                      "among the parties, which are tempted by Macron"])
def test_a_kind_noun_after_an_opening_among_keeps_that_kind(store, question):
    assert interpret(store, question).kind == "party"
    assert names(ask(store, question)) == {"Parti socialiste"}  # not Loncle
