"""How `ask` reads the wordings of the ninth fresh set's failures (tests/data/
questions_fresh9.toml), each as a family of phrasings: the same relation said another way, in
French and in English, never the set's own sentences.

The wordings are data in ``ontology/questions.toml`` (its last ``[[forms]]``): disapproval,
dismissal and harsh words for REJECTS (and the critic's view from the target: "essuyer les
critiques de"); serving, vouching for and stepping aside for someone for SUPPORTS; handling the
press and speaking "pour le compte de" someone for SPOKESPERSON_OF; being open to joining,
feeling the pull of, having a soft spot for, "franchir le pas vers" for TEMPTED_BY; offers of a
coalition or a common majority for INVITED_TO_RALLY; registration for MEMBER_OF. Besides: a
fronted "au profit de qui", "pour le compte de qui" asks for the object; "le plus grand nombre
de" ranks (it is no count); a nationality adjective is no unknown name; a policy question is
refused with the closest readings, whatever place it names.
"""

from __future__ import annotations

import pytest

from alliancegraph.queries import NoMatchError, interpret

HAMON, VALLS, MACRON = "Benoît Hamon", "Manuel Valls", "Emmanuel Macron"
JADOT, CHAIBI, MELENCHON = "Yannick Jadot", "Leïla Chaibi", "Jean-Luc Mélenchon"
EELV, PS = "Europe Écologie Les Verts", "Parti socialiste"


def reads(store, question: str) -> list[tuple[str, str, str | None]]:
    return [(c.relation, c.asked, c.actor) for c in interpret(store, question).conditions]


# REJECTS: disapproval, dismissal, harsh words, warnings, misspellings of "criticised"
REJECTS_WORDINGS = [
    ("Which politicians disapproved of Valls?", "subject", VALLS),
    ("who is dismissive of Jadot", "subject", JADOT),
    ("Who had harsh words about Macron?", "subject", MACRON),
    ("whom did Valls warn voters against?", "object", VALLS),
    ("who critised Valls", "subject", VALLS),
    ("Qui a eu des mots durs contre Valls ?", "subject", VALLS),
    ("Qui s'est montré sévère envers Jadot ?", "subject", JADOT),
    ("De qui Valls a-t-il subi les attaques ?", "subject", VALLS),
    ("qui désapprouve Macron", "subject", MACRON),
]


@pytest.mark.parametrize("question, asked, actor", REJECTS_WORDINGS)
def test_disapproval_dismissal_and_harsh_words_are_rejections(store, question, asked, actor):
    assert reads(store, question) == [("REJECTS", asked, actor)]


# SUPPORTS: service, caution, stepping aside; épaulé par
SUPPORTS_WORDINGS = [
    ("Qui s'est mise au service de Valls ?", "subject", VALLS),
    ("Qui a apporté sa caution à Jadot ?", "subject", JADOT),
    ("Au profit de qui Hamon s'est-il désisté ?", "object", HAMON),
    ("En faveur de qui Jadot s'est-il effacé ?", "object", JADOT),
    ("qui est épaulé par Hamon", "object", HAMON),
    ("Who stepped aside for Hamon?", "subject", HAMON),
    ("whom did Jadot withdraw in favour of", "object", JADOT),
]


@pytest.mark.parametrize("question, asked, actor", SUPPORTS_WORDINGS)
def test_serving_vouching_and_stepping_aside_are_support(store, question, asked, actor):
    assert reads(store, question) == [("SUPPORTS", asked, actor)]


# SPOKESPERSON_OF: the press, a mouthpiece, "pour le compte de"
SPOKESPERSON_WORDINGS = [
    ("who handled the press for Macron", "subject", MACRON),
    ("Who is the mouthpiece of Mélenchon?", "subject", MELENCHON),
    ("Pour le compte de qui Chaibi s'exprime-t-elle ?", "object", CHAIBI),
    ("qui parle pour le compte de Mélenchon", "subject", MELENCHON),
    ("qui est le porte parol de mélenchon", "subject", MELENCHON),
]


@pytest.mark.parametrize("question, asked, actor", SPOKESPERSON_WORDINGS)
def test_the_press_and_pour_le_compte_de_are_speaking_for(store, question, asked, actor):
    assert reads(store, question) == [("SPOKESPERSON_OF", asked, actor)]


# TEMPTED_BY: open to joining, the pull of, a soft spot, franchir le pas
TEMPTED_BY_WORDINGS = [
    ("Which socialists are open to joining Macron?", "subject", MACRON),
    ("who felt the pull of Mélenchon", "subject", MELENCHON),
    ("whom does Valls have a soft spot for?", "object", VALLS),
    ("Qui pourrait franchir le pas vers Mélenchon ?", "subject", MELENCHON),
    ("qui est tanté par macron", "subject", MACRON),
]


@pytest.mark.parametrize("question, asked, actor", TEMPTED_BY_WORDINGS)
def test_openness_pull_and_soft_spots_are_temptations(store, question, asked, actor):
    assert reads(store, question) == [("TEMPTED_BY", asked, actor)]


# INVITED_TO_RALLY: a coalition, a common majority, uniting behind the inviter
INVITED_WORDINGS = [
    ("Whom did Mélenchon pitch an alliance to?", "object", MELENCHON),
    ("who did Jadot try to pull into a coalition", "object", JADOT),
    ("Which parties did Hamon ask to unite with him?", "object", HAMON),
    ("Qui Hamon a-t-il convié à faire front commun ?", "object", HAMON),
    ("who offered Jadot a place in his majority", "subject", JADOT),
]


@pytest.mark.parametrize("question, asked, actor", INVITED_WORDINGS)
def test_coalition_and_majority_offers_are_invitations(store, question, asked, actor):
    assert reads(store, question) == [("INVITED_TO_RALLY", asked, actor)]


# MEMBER_OF: registration
MEMBER_WORDINGS = [
    ("Qui est inscrit chez les Verts ?", "subject", EELV),
    ("qui est inscrit au PS", "subject", PS),
]


@pytest.mark.parametrize("question, asked, actor", MEMBER_WORDINGS)
def test_registration_is_membership(store, question, asked, actor):
    assert reads(store, question) == [("MEMBER_OF", asked, actor)]


@pytest.mark.parametrize("question", [
    "Qui est critiqué par le plus grand nombre de personnes ?",
    "Who was attacked by the greatest number of actors?",
])
def test_the_greatest_number_of_ranks_and_is_no_count(store, question):
    interpretation = interpret(store, question)
    assert interpretation.most and not interpretation.count
    assert [(c.relation, c.actor) for c in interpretation.conditions] == [("REJECTS", None)]


@pytest.mark.parametrize("question, excluded", [
    ("Hamon's critics, Valls aside?", VALLS),
    ("qui soutient Hamon, Jadot mis à part ?", JADOT),
    ("the supporters of Hamon, Jadot excepted", JADOT),
])
def test_an_exclusion_after_the_name_that_ends_the_question_leaves_it_out(store, question,
                                                                          excluded):
    assert interpret(store, question).excluded == [excluded]


def test_after_a_subject_pronoun_a_noun_that_is_a_verb_too_is_the_verb(store):
    assert reads(store, "valls, il soutiens qui ?") == [("SUPPORTS", "object", VALLS)]
    assert reads(store, "qui sont les soutiens de Valls ?") == [("SUPPORTS", "subject", VALLS)]


def test_a_telegraphic_question_opens_with_a_noun_not_a_verb(store):
    assert reads(store, "invités Jadot mars 2017") == [("INVITED_TO_RALLY", "object", JADOT)]
    assert reads(store, "qui invites Jadot ?") == [("INVITED_TO_RALLY", "subject", JADOT)]


def test_after_an_auxiliary_a_participle_is_the_verb_of_either_language(store):
    assert reads(store, "qui a invitée Jadot ?") == [("INVITED_TO_RALLY", "subject", JADOT)]
    assert reads(store, "who has invited Jadot?") == [("INVITED_TO_RALLY", "subject", JADOT)]


def test_a_common_word_in_lower_case_is_no_surname(store):
    assert reads(store, "Who offered Hamon a place in a coalition?") == [
        ("INVITED_TO_RALLY", "subject", HAMON)]
    assert reads(store, "qui soutient Placé ?") == [("SUPPORTS", "subject", "Jean-Vincent Placé")]


def test_a_nationality_adjective_is_no_unknown_name(store):
    assert reads(store, "I study the French left: who backed Valls?") == [
        ("SUPPORTS", "subject", VALLS)]


@pytest.mark.parametrize("question", [
    "What does Valls think about the nuclear plant at Fessenheim?",
    "What is Hamon's policy on pensions?",
    "Que pense Jadot du réacteur de Flamanville ?",
])
def test_a_policy_question_is_refused_with_the_closest_readings(store, question):
    with pytest.raises(NoMatchError):
        interpret(store, question)


def test_the_earlier_readings_of_these_words_hold(store):
    assert reads(store, "who has critics") == [("REJECTS", "object", None)]
    assert reads(store, "qui sont les soutiens de Valls") == [("SUPPORTS", "subject", VALLS)]
    assert interpret(store, "combien de personnes soutiennent Hamon ?").count
    assert interpret(store, "who has the most supporters").most
    assert reads(store, "Who is open to Macron?") == [("TEMPTED_BY", "subject", MACRON)]
    assert reads(store, "Pour qui Chaibi parle-t-elle ?") == [
        ("SPOKESPERSON_OF", "object", CHAIBI)]
