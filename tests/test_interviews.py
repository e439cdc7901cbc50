"""Interviews: "je" in an answer is who answers, "vous" in a question is the interviewee,
in the turn layout (an article announced as an interview) and in a labelled transcript."""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples


def edges(extractor, text: str, date: str = "2021-06-10") -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, date)


TURNS = """Entretien avec Sandrine Mercier, candidate aux régionales

La conseillère sortante a répondu à nos questions mercredi.

Vous partez seule au premier tour ?

Oui. Je soutiens pourtant Yannick Jadot pour la suite. Nous verrons en juin.

Le maire de la ville, Olivier Brunel, vous invite à rejoindre sa majorité. Que lui répondez-vous ?

Je refuse toute alliance avec Olivier Brunel.
"""


def test_first_person_in_an_answer_is_the_interviewee(extractor):
    found = edges(extractor, TURNS)
    assert ("Sandrine Mercier", "SUPPORTS", "Yannick Jadot") in found
    assert ("Sandrine Mercier", "REJECTS", "Olivier Brunel") in found


def test_vous_in_a_question_is_the_interviewee(extractor):
    found = edges(extractor, TURNS)
    assert ("Olivier Brunel", "INVITED_TO_RALLY", "Sandrine Mercier") in found


TRANSCRIPT = """La matinale de Radio Vallée avec Thierry Lambert

JOURNALISTE. Thierry Lambert, bonjour. Le second tour approche. Pour qui voterez-vous ?

THIERRY LAMBERT. Bonjour. Je voterai pour Valérie Pécresse, sans hésiter.

JOURNALISTE. Et Éric Zemmour ?

THIERRY LAMBERT. Je refuse toute alliance avec Éric Zemmour.
"""


def test_a_labelled_transcript_gives_each_turn_its_speaker(extractor):
    found = edges(extractor, TRANSCRIPT, "2022-04-01")
    assert ("Thierry Lambert", "SUPPORTS", "Valérie Pécresse") in found
    assert ("Thierry Lambert", "REJECTS", "Éric Zemmour") in found


def test_a_report_is_no_interview(extractor):
    text = (
        "Sandrine Mercier tient meeting à Rivel.\n\nPourquoi partir seule ?\n\n"
        "Je soutiens Yannick Jadot, dit un militant venu l'écouter."
    )
    assert ("Sandrine Mercier", "SUPPORTS", "Yannick Jadot") not in edges(extractor, text)


def test_one_question_in_a_report_makes_no_interview(extractor):
    text = (
        "Paul Girard s'explique dans une interview\n\nLe maire de Rivel a accordé une "
        "interview à notre journal.\n\nY aura-t-il une alliance à gauche ?\n\n"
        "Je soutiens Yannick Jadot, confie un militant venu l'écouter."
    )
    assert ("Paul Girard", "SUPPORTS", "Yannick Jadot") not in edges(extractor, text)


def test_the_lede_and_quotations_keep_their_own_speakers(extractor):
    text = """Entretien avec Sandrine Mercier

Vous avez lu la tribune d'Olivier Brunel ?

Oui, mardi.

Et alors ?

Il écrit : « Je soutiens Yannick Jadot ». Cela le regarde.
"""
    found = edges(extractor, text)
    assert ("Sandrine Mercier", "SUPPORTS", "Yannick Jadot") not in found


# A statement a paragraph introduces with a colon, printed without quotation marks.
STATEMENTS = [
    (
        "Paul Girard, maire de Rivel, a réagi dans un entretien au journal local :\n\n"
        "Je soutiendrai Valérie Pécresse jusqu'au bout.",
        ("Paul Girard", "SUPPORTS", "Valérie Pécresse"),
    ),
    (
        "La sénatrice Anne Vidal a publié un communiqué mardi :\n\n"
        "Je voterai pour Paul Girard au second tour, sans hésiter.",
        ("Anne Vidal", "SUPPORTS", "Paul Girard"),
    ),
    (
        "Julien Morel a répondu sur son blog :\n"
        "Je refuse toute alliance avec Éric Zemmour.",
        ("Julien Morel", "REJECTS", "Éric Zemmour"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), STATEMENTS)
def test_first_person_after_a_colon_paragraph_is_its_subject(extractor, text, edge):
    assert edge in edges(extractor, text, "2022-03-01")


def test_a_name_completing_the_subject_is_not_the_speaker(extractor):
    text = (
        "L'ancien collaborateur de Paul Girard a choisi de parler :\n\n"
        "Je soutiendrai Valérie Pécresse jusqu'au bout."
    )
    found = edges(extractor, text, "2022-03-01")
    assert ("Paul Girard", "SUPPORTS", "Valérie Pécresse") not in found


def test_two_subjects_before_the_colon_bind_nobody(extractor):
    text = (
        "Paul Girard et Julien Morel ont répondu ensemble :\n\n"
        "Je soutiendrai Valérie Pécresse jusqu'au bout."
    )
    found = edges(extractor, text, "2022-03-01")
    assert not {e for e in found if e[2] == "Valérie Pécresse" and e[1] == "SUPPORTS"}
