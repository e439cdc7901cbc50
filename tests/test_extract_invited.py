"""INVITED_TO_RALLY: outstretched hands, proposals to build together, calls to join."""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples


def edges(extractor, text: str, date: str = "2023-06-01") -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, date)


CASES = [
    (
        "Olivier Faure a tendu la main à Yannick Jadot.",
        [("Olivier Faure", "INVITED_TO_RALLY", "Yannick Jadot")],
    ),
    (
        "Jean-Luc Mélenchon propose à Fabien Roussel et à Marine Tondelier de construire "
        "une union populaire.",
        [
            ("Jean-Luc Mélenchon", "INVITED_TO_RALLY", "Fabien Roussel"),
            ("Jean-Luc Mélenchon", "INVITED_TO_RALLY", "Marine Tondelier"),
        ],
    ),
    (
        "Édouard Philippe invite Xavier Bertrand à rejoindre sa future majorité.",
        [("Édouard Philippe", "INVITED_TO_RALLY", "Xavier Bertrand")],
    ),
    (
        "Jordan Bardella appelle Éric Ciotti à le rejoindre.",
        [("Jordan Bardella", "INVITED_TO_RALLY", "Éric Ciotti")],
    ),
    (
        "« Ma main reste tendue », a répété Marine Tondelier, qui invite Raphaël Glucksmann à "
        "construire une liste commune.",
        [("Marine Tondelier", "INVITED_TO_RALLY", "Raphaël Glucksmann")],
    ),
    (
        "Gabriel Attal a fait une offre d'alliance à Laurent Wauquiez.",
        [("Gabriel Attal", "INVITED_TO_RALLY", "Laurent Wauquiez")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_invited(extractor, text, expected):
    found = edges(extractor, text)
    for edge in expected:
        assert edge in found


def test_an_invitation_to_a_debate_is_not_a_rally(extractor):
    found = edges(extractor, "Olivier Faure a invité Fabien Roussel à un débat télévisé.")
    assert not {e for e in found if e[1] == "INVITED_TO_RALLY"}


def test_invitee_is_not_the_inviter(extractor):
    text = "Marine Tondelier, qui invite Raphaël Glucksmann à construire une liste commune."
    found = edges(extractor, text)
    assert ("Raphaël Glucksmann", "INVITED_TO_RALLY", "Marine Tondelier") not in found


@pytest.mark.parametrize("verb", ["rejeté", "refusé", "saisi"])
def test_a_hand_held_out_by_x_is_an_invitation_from_x(extractor, verb):
    found = edges(extractor, f"Nadia Perrot a {verb} la main tendue par Emmanuel Macron.")
    assert ("Emmanuel Macron", "INVITED_TO_RALLY", "Nadia Perrot") in found
    assert ("Nadia Perrot", "INVITED_TO_RALLY", "Emmanuel Macron") not in found


def test_bare_list_of_party_nouns_gives_one_invitation_per_party(extractor):
    found = edges(
        extractor, "Jean Martin a appelé insoumis, communistes et écologistes à se rassembler."
    )
    for party in ["La France insoumise", "Parti communiste français", "Europe Écologie Les Verts"]:
        assert ("Jean Martin", "INVITED_TO_RALLY", party) in found


def test_a_lone_bare_party_adjective_is_no_party_mention(extractor):
    found = edges(extractor, "Jean Martin appelle écologistes à se rassembler.")
    assert not found


def test_an_appeal_to_a_group_to_build_an_alliance(extractor):
    text = "Marc Vidal a lancé un appel aux socialistes pour construire une alliance."
    found = edges(extractor, text)
    assert ("Marc Vidal", "INVITED_TO_RALLY", "Parti socialiste") in found


@pytest.mark.parametrize(
    "text",
    [
        "Marc Vidal a lancé un appel au calme.",
        "Nadia Perrot répond à l'appel aux écologistes lancé par Marc Vidal pour former un bloc.",
    ],
)
def test_no_invitation_from_a_calm_appeal_or_from_the_one_who_answers(extractor, text):
    found = edges(extractor, text)
    assert not {e for e in found if e[1] == "INVITED_TO_RALLY" and e[0] == "Nadia Perrot"}
    assert "calme" not in text or not found
