"""Precision, round 6: families of false edges found on the measurement sets after the
stance, resolution and membership rounds, each with sentences that must not give the edge
and sentences that still must.

Every sentence is our own wording.
"""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples

# 1. A singular "qui" right after the last name of a list ("X ou Y qui a rallié Z") is about
# that last name: the parser hangs the relative on the first conjunct, which made X the one
# who rallied.
LAST_CONJUNCT = [
    (
        "Il salue Jean Dupont ou Claire Lemoine qui a rejoint Hélène Vidal.",
        ("Jean Dupont", "SUPPORTS", "Hélène Vidal"),
        ("Claire Lemoine", "SUPPORTS", "Hélène Vidal"),
    ),
    (
        "On pense à Henri Durand ou à Sophie Marchal, qui soutient désormais Hélène Vidal.",
        ("Henri Durand", "SUPPORTS", "Hélène Vidal"),
        ("Sophie Marchal", "SUPPORTS", "Hélène Vidal"),
    ),
    (
        "La réunion a vu Marc Fabre ou Lucie Garnier qui appelle à voter pour Hélène Vidal.",
        ("Marc Fabre", "SUPPORTS", "Hélène Vidal"),
        ("Lucie Garnier", "SUPPORTS", "Hélène Vidal"),
    ),
    (
        "On attendait Louis Caron et Nadia Benali qui a apporté son soutien à Hélène Vidal.",
        ("Louis Caron", "SUPPORTS", "Hélène Vidal"),
        ("Nadia Benali", "SUPPORTS", "Hélène Vidal"),
    ),
]


@pytest.mark.parametrize(("text", "wrong", "right"), LAST_CONJUNCT)
def test_a_singular_relative_after_a_list_is_about_the_last_name(extractor, text, wrong, right):
    found = claim_triples(extractor, text, "2019-05-10")
    assert wrong not in found
    assert right in found


def test_a_plural_relative_after_a_list_keeps_the_first_name(extractor):
    found = claim_triples(
        extractor, "Anne Morel et Luc Bernard, qui ont rallié Hélène Vidal, sont là.", "2019-05-10"
    )
    assert ("Anne Morel", "SUPPORTS", "Hélène Vidal") in found


def test_a_relative_after_one_name_is_about_that_name(extractor):
    found = claim_triples(
        extractor, "Le député Marc Roux, qui a rallié Hélène Vidal, est présent.", "2019-05-10"
    )
    assert ("Marc Roux", "SUPPORTS", "Hélène Vidal") in found


# 2. A party that only qualifies a singular role noun in a pact between two actors ("une
# alliance entre un élu UMP et le FN") is one unnamed member's pact, not the party's.
ROLE_IN_PACT = [
    (
        "Une nouvelle alliance entre un élu UMP et le Front national inquiète la direction.",
        ("Les Républicains", "SUPPORTS", "Front national"),
    ),
    (
        "L'accord entre la candidate PS et les écologistes a surpris.",
        ("Parti socialiste", "SUPPORTS", "Europe Écologie Les Verts"),
    ),
    (
        "Le pacte conclu entre le maire sortant LR et le MoDem fait grincer des dents.",
        ("Les Républicains", "SUPPORTS", "Mouvement démocrate"),
    ),
]


@pytest.mark.parametrize(("text", "wrong"), ROLE_IN_PACT)
def test_a_party_labelling_a_role_in_a_pact_is_not_the_partner(extractor, text, wrong):
    found = claim_triples(extractor, text, "2015-11-20")
    assert wrong not in found
    assert (wrong[2], "SUPPORTS", wrong[0]) not in found


def test_a_pact_between_two_parties_still_ties_them(extractor):
    found = claim_triples(
        extractor, "Un accord entre le PS et les écologistes a été signé lundi.", "2015-11-20"
    )
    assert ("Parti socialiste", "SUPPORTS", "Europe Écologie Les Verts") in found


def test_a_labelled_role_with_its_name_is_that_person_in_the_pact(extractor):
    found = claim_triples(
        extractor,
        "L'accord entre la candidate PS Julie Brun et les écologistes a été signé.",
        "2015-11-20",
    )
    assert ("Julie Brun", "SUPPORTS", "Europe Écologie Les Verts") in found


# 3. A participle of leading after a list of parties ("une liste réunissant les écologistes et
# les communistes, menée par X") leads what gathers them: X is not a member of the last party.
UNION_LEADER = [
    (
        "Le président sortant affrontera une liste d'union réunissant les écologistes, les "
        "socialistes et les communistes, emmenée par Claire Lemoine.",
        ("Claire Lemoine", "MEMBER_OF", "Parti communiste français"),
    ),
    (
        "Elle affronte l'alliance des socialistes et des communistes, menée par Paul Girard.",
        ("Paul Girard", "MEMBER_OF", "Parti communiste français"),
    ),
    (
        "Il fera face à une coalition rassemblant le PS, le PCF et EELV, conduite par Marc Fabre.",
        ("Marc Fabre", "MEMBER_OF", "Europe Écologie Les Verts"),
    ),
]


@pytest.mark.parametrize(("text", "wrong"), UNION_LEADER)
def test_the_leader_of_a_union_is_not_a_member_of_its_last_party(extractor, text, wrong):
    assert wrong not in claim_triples(extractor, text, "2021-06-01")


def test_a_party_led_by_a_person_still_has_that_member(extractor):
    found = claim_triples(
        extractor, "Les Républicains, dirigés par Julie Brun, ont tranché.", "2021-06-01"
    )
    assert ("Julie Brun", "MEMBER_OF", "Les Républicains") in found
