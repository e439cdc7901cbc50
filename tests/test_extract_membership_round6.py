"""Membership as news writes it, sixth round: a role held *for* a party ("tête de liste pour
l'UMP", "candidat pour le Front national", "élue pour le MoDem") is a membership, as the same
role "du PS" already was. "pour" joins the role words that may sit between a role noun and its
party (``role_modifiers`` in the ontology's cues.toml); a negated role, or a "pour" that
belongs to another verb, ties nobody.

Second family: a party that fields a list someone heads ("le PCF présente une liste conduite
par X", "LO, qui aligne sa propre liste menée par X") has that person as a member: a verb cue
read the other way round (``inverse``), like an investiture. A party that only backs someone's
list, or files a complaint against it, does not."""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples


def members(extractor, text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o in claim_triples(extractor, text, "2015-03-01") if r == "MEMBER_OF"}


@pytest.mark.parametrize(
    ("text", "member"),
    [
        (
            "Thomas Rivet sera tête de liste pour l'UMP en Bretagne.",
            ("Thomas Rivet", "Les Républicains"),
        ),
        (
            "C'est bien Anne Lestrade qui sera tête de liste pour le PS dans le Nord.",
            ("Anne Lestrade", "Parti socialiste"),
        ),
        (
            "Paul Garnier, candidat pour le Front national dans la Somme, a tenu meeting hier.",
            ("Paul Garnier", "Front national"),
        ),
        (
            "Élise Morand, élue pour le MoDem en 2014, siège au conseil régional.",
            ("Élise Morand", "Mouvement démocrate"),
        ),
    ],
)
def test_a_role_held_for_a_party_is_a_membership(extractor, text, member):
    assert member in members(extractor, text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Marc Fabre ne sera pas tête de liste pour le FN.", "Marc Fabre"),
        ("Julie Tessier, candidate, a appelé à voter pour le PS au second tour.", "Julie Tessier"),
    ],
)
def test_a_negated_role_or_a_vote_for_a_party_is_no_membership(extractor, text, person):
    assert not {m for m in members(extractor, text) if m[0] == person}


@pytest.mark.parametrize(
    ("text", "member"),
    [
        (
            "LO, qui présente sa propre liste menée par Karine Dumas, refuse la fusion.",
            ("Karine Dumas", "Lutte ouvrière"),
        ),
        (
            "Le PCF présente une liste conduite par l'enseignant Marc Rolland.",
            ("Marc Rolland", "Parti communiste français"),
        ),
        (
            "Dans le Gard, le FN aligne une liste emmenée par Gilles Moreau.",
            ("Gilles Moreau", "Front national"),
        ),
    ],
)
def test_a_party_fielding_a_list_has_its_leader_as_member(extractor, text, member):
    assert member in members(extractor, text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Le PS ne présente pas de liste menée par Hugo Vidal.", "Hugo Vidal"),
        ("Le MoDem soutient une liste conduite par Nadia Ferrand.", "Nadia Ferrand"),
        (
            "Les écologistes ont présenté un recours contre la liste conduite par Henri Lasalle.",
            "Henri Lasalle",
        ),
    ],
)
def test_backing_or_contesting_a_list_is_no_membership(extractor, text, person):
    assert not {m for m in members(extractor, text) if m[0] == person}
