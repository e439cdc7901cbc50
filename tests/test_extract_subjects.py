"""Who does it: the subject of a cue that fired, through the structures news sentences use.

Each family finds the subject of ANY cue (a verb, a verbal noun, a call to vote), whatever its
wording: a list or a group acting through the person who leads it, a pronoun in a clause
reported by a group, names listed with a place or a post each, a fronted phrase or an aside
that the parser takes for the subject, and the holder of a verbal noun written with a role.
Every sentence is our own; each family has traps where the edge must not appear (a party
acting as itself, a bystander in a complement, a subject of another clause).
"""

from __future__ import annotations

import pytest
from fixtures_extract import assert_edges, claim_triples


def edges(extractor, text: str, date: str = "2020-06-01") -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, date)


def check(extractor, text: str, expected=(), forbidden=()) -> None:
    assert_edges(edges(extractor, text), expected, forbidden)


# --- a list or a group led by someone acts through its leader ----------------------------------

LED = [
    (
        "La liste écologiste menée par Anne Berthier a appelé à voter pour Paul Girard.",
        ("Anne Berthier", "SUPPORTS", "Paul Girard"),
    ),
    (
        "Les conseillers communistes, emmenés par Marc Zeller, ont voté pour Claire Dumas.",
        ("Marc Zeller", "SUPPORTS", "Claire Dumas"),
    ),
    (
        "De même à Nantes, où la liste des Verts menée par Anne Berthier (8,1 %) a appelé les "
        "électeurs à voter pour Paul Girard.",
        ("Anne Berthier", "SUPPORTS", "Paul Girard"),
    ),
    (
        "Les insoumis, emmenés par le député Marc Zeller, ont refusé de soutenir Claire Dumas.",
        ("Marc Zeller", "REJECTS", "Claire Dumas"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), LED)
def test_a_list_or_group_led_by_someone_acts_through_its_leader(extractor, text, edge):
    check(extractor, text, [edge])


def test_a_party_led_by_someone_acts_as_itself(extractor):
    # a party written by its name is the actor, not its leader
    check(
        extractor,
        "Les Républicains, dirigés par Marc Zeller, soutiennent Claire Dumas.",
        [("Les Républicains", "SUPPORTS", "Claire Dumas")],
        [("Marc Zeller", "SUPPORTS", "Claire Dumas")],
    )


def test_the_leader_of_a_group_that_is_an_object_does_nothing(extractor):
    check(
        extractor,
        "Claire Dumas soutient les conseillers communistes emmenés par Marc Zeller.",
        forbidden=[("Marc Zeller", "SUPPORTS", "Claire Dumas")],
    )


def test_someone_who_backs_a_list_is_not_its_voice(extractor):
    # "soutenue par X" describes the list; X is no leader, and the list's act is not X's
    check(
        extractor,
        "La liste soutenue par Marc Zeller a rallié Claire Dumas.",
        forbidden=[("Marc Zeller", "SUPPORTS", "Claire Dumas")],
    )


# --- a pronoun in a clause reported by a group is the group --------------------------------------

REPORTED = [
    (
        "Ses alliés communistes, emmenés par Marc Zeller (PCF), ont fait savoir qu'ils ne "
        "voteraient pas pour Claire Dumas.",
        ("Marc Zeller", "REJECTS", "Claire Dumas"),
    ),
    (
        "Les militants, conduits par Anne Berthier, ont assuré qu'ils voteraient pour Paul Girard.",
        ("Anne Berthier", "SUPPORTS", "Paul Girard"),
    ),
    (
        "Les colistiers, emmenés par Paul Chabert, ont indiqué qu'ils rejoindraient Claire Dumas.",
        ("Paul Chabert", "SUPPORTS", "Claire Dumas"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), REPORTED)
def test_a_pronoun_reported_by_a_group_is_the_group(extractor, text, edge):
    check(extractor, text, [edge])


def test_a_plural_pronoun_reported_by_one_person_is_someone_else(extractor):
    check(
        extractor,
        "Marc Zeller a expliqué qu'ils soutiendraient Claire Dumas.",
        forbidden=[("Marc Zeller", "SUPPORTS", "Claire Dumas")],
    )


# --- names listed with a place or a post each ------------------------------------------------

LISTED = [
    (
        "Anne Berthier à Nantes, Marc Zeller à Rennes et Paul Chabert à Brest ont apporté leur "
        "soutien à Claire Dumas.",
        "SUPPORTS",
        ("Anne Berthier", "Marc Zeller", "Paul Chabert"),
        "Claire Dumas",
    ),
    (
        "Les deux élus socialistes, Anne Berthier au conseil régional et Marc Zeller au Sénat, "
        "ont refusé de soutenir Paul Girard.",
        "REJECTS",
        ("Anne Berthier", "Marc Zeller"),
        "Paul Girard",
    ),
    (
        "Ainsi Anne Berthier en Bretagne ou encore Marc Zeller dans le Nord n'ont pas hésité à "
        "rejoindre Paul Girard.",
        "SUPPORTS",
        ("Anne Berthier", "Marc Zeller"),
        "Paul Girard",
    ),
]


@pytest.mark.parametrize(("text", "relation", "subjects", "target"), LISTED)
def test_every_name_listed_with_a_place_is_a_subject(extractor, text, relation, subjects, target):
    check(extractor, text, [(s, relation, target) for s in subjects])


LISTED_TRAPS = [
    "Anne Berthier, rivale de Marc Zeller, soutient Paul Girard.",
    "Anne Berthier à la demande de Marc Zeller a rejoint Paul Girard.",
    "Anne Berthier à Nantes, face à Marc Zeller, soutient Paul Girard.",
]


@pytest.mark.parametrize("text", LISTED_TRAPS)
def test_a_name_in_a_complement_of_the_subject_is_no_subject(extractor, text):
    check(
        extractor,
        text,
        [("Anne Berthier", "SUPPORTS", "Paul Girard")],
        [("Marc Zeller", "SUPPORTS", "Paul Girard")],
    )


# --- a fronted phrase or an aside the parser takes for the subject ----------------------------

FRONTED = [
    (
        "Mais après ses déclarations maladroites sur Marc Zeller, la première secrétaire du PS "
        "Anne Berthier a appelé lundi les militants à se ranger derrière la candidature de Paul "
        "Girard.",
        ("Anne Berthier", "SUPPORTS", "Paul Girard"),
        ("Marc Zeller", "SUPPORTS", "Paul Girard"),
    ),
    (
        "Anne Berthier, arrivée troisième avec 9 %, soutient Paul Girard.",
        ("Anne Berthier", "SUPPORTS", "Paul Girard"),
        ("Paul Girard", "SUPPORTS", "Anne Berthier"),
    ),
    (
        "Claire Dumas, battue au premier tour avec 12 % des voix, rejoint Paul Girard.",
        ("Claire Dumas", "SUPPORTS", "Paul Girard"),
        ("Paul Girard", "SUPPORTS", "Claire Dumas"),
    ),
    (
        "Anne Berthier, candidate malheureuse face à Paul Girard, rejoint Claire Dumas.",
        ("Anne Berthier", "SUPPORTS", "Claire Dumas"),
        ("Paul Girard", "SUPPORTS", "Claire Dumas"),
    ),
    (
        "Fidèle à Paul Girard, Anne Berthier soutient Claire Dumas.",
        ("Anne Berthier", "SUPPORTS", "Claire Dumas"),
        ("Paul Girard", "SUPPORTS", "Claire Dumas"),
    ),
]


@pytest.mark.parametrize(("text", "edge", "trap"), FRONTED)
def test_the_subject_past_a_fronted_phrase_or_an_aside(extractor, text, edge, trap):
    check(extractor, text, [edge], [trap])


def test_a_speaker_after_a_quotation_stays_the_speaker(extractor):
    # a real inversion: the name after the verb is who speaks, nobody's object
    found = edges(extractor, "« Il faut rassembler toute la gauche », soutient Paul Girard.")
    assert not any("Paul Girard" in (s, o) and r == "SUPPORTS" for s, r, o in found), found


# --- the holder of a verbal noun, written with a role ------------------------------------------

HOLDERS = [
    "Le ralliement de l'ancienne ministre Anne Berthier à Paul Girard a surpris.",
    "L'appui de la députée Anne Berthier à Paul Girard ne surprend personne.",
    "Le soutien de la sénatrice Anne Berthier à Paul Girard a été officialisé.",
]


@pytest.mark.parametrize("text", HOLDERS)
def test_the_holder_of_a_verbal_noun_may_be_written_with_a_role(extractor, text):
    check(extractor, text, [("Anne Berthier", "SUPPORTS", "Paul Girard")])


def test_the_holder_is_not_a_relative_of_the_named(extractor):
    check(
        extractor,
        "Le ralliement du fils de Marc Zeller à Paul Girard a surpris.",
        forbidden=[("Marc Zeller", "SUPPORTS", "Paul Girard")],
    )


# --- a fronted role or place, then the name, a relative clause, and the main verb -------------

AFTER_RELATIVE = [
    (
        "Tête de liste aux régionales, Marc Zeller, qui avait déjà soutenu Paul Girard en 2015, "
        "appelle cette fois à voter pour Claire Dumas.",
        ("Marc Zeller", "SUPPORTS", "Claire Dumas"),
    ),
    (
        "À l'UDI, Marc Zeller, dont la liste a fait moins de 5 %, a lui aussi appelé à voter "
        "pour Claire Dumas.",
        ("Marc Zeller", "SUPPORTS", "Claire Dumas"),
    ),
    (
        "Au MoDem, Anne Berthier, dont le score a déçu, a elle aussi appelé à voter pour Paul "
        "Girard.",
        ("Anne Berthier", "SUPPORTS", "Paul Girard"),
    ),
    (
        "Dans le Nord, Paul Chabert, dont la campagne a coûté cher, a lui aussi décidé de "
        "soutenir Claire Dumas.",
        ("Paul Chabert", "SUPPORTS", "Claire Dumas"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), AFTER_RELATIVE)
def test_the_main_verb_after_a_relative_clause_has_the_name_before_it(extractor, text, edge):
    check(extractor, text, [edge])


def test_the_complement_of_a_fronted_adjective_is_no_subject(extractor):
    # the parser hangs the relative on the complement: the subject is still the apposed name
    check(
        extractor,
        "Rivale de Marc Zeller, Anne Berthier, qui a perdu la primaire, appelle à voter pour "
        "Paul Girard.",
        [("Anne Berthier", "SUPPORTS", "Paul Girard")],
        [("Marc Zeller", "SUPPORTS", "Paul Girard")],
    )


RELATIVE_TRAPS = [
    (
        "Marc Zeller, qui soutient Claire Dumas, critique sévèrement Paul Girard.",
        ("Marc Zeller", "SUPPORTS", "Claire Dumas"),
        ("Claire Dumas", "REJECTS", "Paul Girard"),
    ),
    (
        "Anne Berthier, dont Marc Zeller fut longtemps l'adjoint, a elle aussi appelé à voter "
        "pour Paul Girard.",
        ("Anne Berthier", "SUPPORTS", "Paul Girard"),
        ("Marc Zeller", "SUPPORTS", "Paul Girard"),
    ),
]


@pytest.mark.parametrize(("text", "edge", "trap"), RELATIVE_TRAPS)
def test_a_name_inside_the_relative_clause_is_not_the_main_subject(extractor, text, edge, trap):
    check(extractor, text, [edge], [trap])


# --- the antecedent of "qui" after a fronted adjective and its complement ----------------------

FRONTED_RELATIVES = [
    (
        "Rivale de Marc Zeller, Anne Berthier, qui soutient Paul Girard, a perdu la primaire.",
        ("Anne Berthier", "SUPPORTS", "Paul Girard"),
        ("Marc Zeller", "SUPPORTS", "Paul Girard"),
    ),
    (
        "Proche de Marc Zeller, Anne Berthier, qui a rejoint Paul Girard, ne se représente pas.",
        ("Anne Berthier", "SUPPORTS", "Paul Girard"),
        ("Marc Zeller", "SUPPORTS", "Paul Girard"),
    ),
    (
        "Adversaire de toujours de Claire Dumas, Paul Chabert, qui soutient désormais Marc "
        "Zeller, quitte le conseil.",
        ("Paul Chabert", "SUPPORTS", "Marc Zeller"),
        ("Claire Dumas", "SUPPORTS", "Marc Zeller"),
    ),
]


@pytest.mark.parametrize(("text", "edge", "trap"), FRONTED_RELATIVES)
def test_qui_after_a_fronted_complement_is_the_name_it_follows(extractor, text, edge, trap):
    check(extractor, text, [edge], [trap])


def test_qui_after_a_description_of_the_subject_stays_with_the_subject(extractor):
    # "rival de Y" describes X: the relative is X's, as before
    check(
        extractor,
        "Marc Zeller, rival d'Anne Berthier, qui soutient Paul Girard, a perdu la primaire.",
        [("Marc Zeller", "SUPPORTS", "Paul Girard")],
        [("Anne Berthier", "SUPPORTS", "Paul Girard")],
    )
