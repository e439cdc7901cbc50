"""REJECTS: refusals, denunciations, closed doors, and replies to an invitation."""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples


def edges(extractor, text: str, date: str = "2022-03-01") -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, date)


CASES = [
    (
        "Bernard Cazeneuve ne soutiendra pas Jean-Luc Mélenchon au premier tour.",
        ("Bernard Cazeneuve", "REJECTS", "Jean-Luc Mélenchon"),
    ),
    (
        "Mélanie Roche refuse de soutenir Éric Ciotti pour la présidence du parti.",
        ("Mélanie Roche", "REJECTS", "Éric Ciotti"),
    ),
    (
        "Olivier Faure rejette la candidature d'Éric Zemmour.",
        ("Olivier Faure", "REJECTS", "Éric Zemmour"),
    ),
    (
        "Xavier Bertrand a dénoncé les promesses défendues par Marine Le Pen.",
        ("Xavier Bertrand", "REJECTS", "Marine Le Pen"),
    ),
    (
        "Fabien Roussel a opposé une fin de non-recevoir à Jean-Luc Mélenchon.",
        ("Fabien Roussel", "REJECTS", "Jean-Luc Mélenchon"),
    ),
    (
        "Marine Tondelier a fermé la porte à Raphaël Glucksmann.",
        ("Marine Tondelier", "REJECTS", "Raphaël Glucksmann"),
    ),
    (
        "« Nous ne voulons pas d'Éric Zemmour », a affirmé Jordan Bardella.",
        ("Jordan Bardella", "REJECTS", "Éric Zemmour"),
    ),
    (
        "Léa Fontaine refuse de faire campagne pour Anne Hidalgo.",
        ("Léa Fontaine", "REJECTS", "Anne Hidalgo"),
    ),
    (
        "Le sénateur Paul Mercier a vivement critiqué Gabriel Attal.",
        ("Paul Mercier", "REJECTS", "Gabriel Attal"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rejects(extractor, text, expected):
    assert expected in edges(extractor, text)


def test_negated_support_is_never_support(extractor):
    found = edges(extractor, "Bernard Cazeneuve ne soutiendra pas Jean-Luc Mélenchon.")
    assert ("Bernard Cazeneuve", "SUPPORTS", "Jean-Luc Mélenchon") not in found


def test_reply_sending_the_inviter_back_to_its_camp(extractor):
    text = (
        "Olivier Faure a proposé à Fabien Roussel de construire une alliance.\n\n"
        "« Je conseille à Olivier Faure de rassembler sa propre famille », a répondu Fabien "
        "Roussel."
    )
    found = edges(extractor, text)
    assert ("Olivier Faure", "INVITED_TO_RALLY", "Fabien Roussel") in found
    assert ("Fabien Roussel", "REJECTS", "Olivier Faure") in found


def test_declined_invitation_targets_the_inviter(extractor):
    text = (
        "Yannick Jadot invite Fabien Roussel à rejoindre une union de la gauche. "
        "Mais ce dernier a décliné l'invitation."
    )
    found = edges(extractor, text)
    assert ("Fabien Roussel", "REJECTS", "Yannick Jadot") in found
    assert ("Yannick Jadot", "REJECTS", "Fabien Roussel") not in found


def test_closed_door_without_object_answers_the_latest_invitation(extractor):
    text = (
        "Éric Ciotti tend la main à Marion Maréchal. "
        "Mais l'intéressée a fermé la porte dès le lendemain."
    )
    found = edges(extractor, text)
    assert ("Marion Maréchal", "REJECTS", "Éric Ciotti") in found


def test_denouncing_an_unnamed_move_targets_its_author(extractor):
    text = (
        "Manuel Valls a annoncé son soutien à Emmanuel Macron. Paul Girard, directeur de "
        "campagne de Benoît Hamon, a dénoncé « une trahison »."
    )
    found = edges(extractor, text, date="2017-03-29")
    assert ("Paul Girard", "REJECTS", "Manuel Valls") in found


def test_denouncing_a_policy_is_not_a_rejection_of_the_last_speaker(extractor):
    text = (
        "Manuel Valls a annoncé son soutien à Emmanuel Macron. Paul Girard a critiqué « le "
        "manque de moyens des hôpitaux »."
    )
    found = edges(extractor, text, date="2017-03-29")
    assert not {e for e in found if e[0] == "Paul Girard"}


def test_a_participle_names_the_owner_of_the_denounced_thing(extractor):
    text = "Clémentine Autain a fustigé « une exclusion » décidée par Manuel Bompard."
    found = edges(extractor, text, date="2024-06-14")
    assert ("Clémentine Autain", "REJECTS", "Manuel Bompard") in found


REJECT_WORDINGS = [
    (
        "Marc Vidal refuse d'entrer au gouvernement d'Emmanuel Macron.",
        ("Marc Vidal", "REJECTS", "Emmanuel Macron"),
    ),
    (
        "Marc Vidal a refusé de faire partie du gouvernement d'Emmanuel Macron.",
        ("Marc Vidal", "REJECTS", "Emmanuel Macron"),
    ),
    (
        "Marc Vidal ne rejoindra pas le gouvernement d'Emmanuel Macron.",
        ("Marc Vidal", "REJECTS", "Emmanuel Macron"),
    ),
    (
        "Marc Vidal ne participera pas au gouvernement d'Emmanuel Macron.",
        ("Marc Vidal", "REJECTS", "Emmanuel Macron"),
    ),
    (
        "Marc Vidal a multiplié les attaques contre Marine Le Pen.",
        ("Marc Vidal", "REJECTS", "Marine Le Pen"),
    ),
    (
        "Marc Vidal n'a pas ménagé ses critiques contre Marine Le Pen.",
        ("Marc Vidal", "REJECTS", "Marine Le Pen"),
    ),
    (
        "Marc Vidal ne veut pas entendre parler de Marine Le Pen.",
        ("Marc Vidal", "REJECTS", "Marine Le Pen"),
    ),
    (
        "Nadia Perrot a refusé la main tendue par Emmanuel Macron.",
        ("Nadia Perrot", "REJECTS", "Emmanuel Macron"),
    ),
    (
        "Claire Dumas a décliné l'offre de Valérie Pécresse.",
        ("Claire Dumas", "REJECTS", "Valérie Pécresse"),
    ),
    (
        "Claire Dumas a décliné l'invitation d'Emmanuel Macron.",
        ("Claire Dumas", "REJECTS", "Emmanuel Macron"),
    ),
    (
        "Claire Dumas ne fera pas partie du gouvernement d'Emmanuel Macron.",
        ("Claire Dumas", "REJECTS", "Emmanuel Macron"),
    ),
    (
        "Paul Girard ne ménage pas Marine Le Pen.",
        ("Paul Girard", "REJECTS", "Marine Le Pen"),
    ),
    (
        "Paul Girard a accusé Éric Zemmour de trahison.",
        ("Paul Girard", "REJECTS", "Éric Zemmour"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), REJECT_WORDINGS)
def test_reject_wordings(extractor, text, expected):
    found = edges(extractor, text)
    assert expected in found
    assert (expected[0], "SUPPORTS", expected[2]) not in found


@pytest.mark.parametrize(
    "text",
    [
        "Claire Dumas fera partie du gouvernement d'Emmanuel Macron.",
        "Paul Girard ménage Marine Le Pen.",
        "Marc Vidal participera au gouvernement d'Emmanuel Macron.",
        "Marc Vidal a répondu aux critiques contre Marine Le Pen.",
        "Marc Vidal veut entendre parler de Marine Le Pen.",
    ],
)
def test_positive_forms_are_no_rejection(extractor, text):
    assert not {e for e in edges(extractor, text) if e[1] == "REJECTS"}


def test_a_passive_rejection_is_its_agents(extractor):
    found = edges(extractor, "Paul Girard est accusé par Marine Le Pen d'avoir menti.")
    assert ("Paul Girard", "REJECTS", "Marine Le Pen") not in found
    assert ("Marine Le Pen", "REJECTS", "Paul Girard") in found


def test_not_excluding_to_join_a_government_is_no_rejection(extractor):
    text = "Marc Vidal n'exclut pas d'entrer au gouvernement d'Emmanuel Macron."
    assert not {e for e in edges(extractor, text) if e[1] == "REJECTS"}
