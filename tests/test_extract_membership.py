"""MEMBER_OF and SPOKESPERSON_OF from appositions, role nouns and role descriptions."""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples


def edges(extractor, text: str, date: str = "2021-06-01") -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, date)


CASES = [
    (
        "Claire Dumoulin, députée socialiste, a voté contre le texte.",
        [("Claire Dumoulin", "MEMBER_OF", "Parti socialiste")],
    ),
    (
        "Lucas Perrin, porte-parole de La France insoumise, a réagi dimanche.",
        [
            ("Lucas Perrin", "SPOKESPERSON_OF", "La France insoumise"),
            ("Lucas Perrin", "MEMBER_OF", "La France insoumise"),
        ],
    ),
    (
        "Le président du MoDem, François Bayrou, a salué la décision.",
        [("François Bayrou", "MEMBER_OF", "Mouvement démocrate")],
    ),
    (
        "Sandrine Morel, secrétaire nationale d'EELV, a publié un communiqué.",
        [("Sandrine Morel", "MEMBER_OF", "Europe Écologie Les Verts")],
    ),
    (
        "Le député LR Julien Aubert a voté contre la réforme.",
        [("Julien Aubert", "MEMBER_OF", "Les Républicains")],
    ),
    (
        "La maire socialiste de Nantes, Johanna Rolland, a défendu le projet.",
        [("Johanna Rolland", "MEMBER_OF", "Parti socialiste")],
    ),
    (
        "Karim Benali (PCF) a critiqué la réforme des retraites.",
        [("Karim Benali", "MEMBER_OF", "Parti communiste français")],
    ),
    (
        "Marc Lebrun, porte-parole de Valérie Pécresse, a répondu aux critiques.",
        [("Marc Lebrun", "SPOKESPERSON_OF", "Valérie Pécresse")],
    ),
    (
        "Louise Garnier est devenue porte-parole du Rassemblement national.",
        [("Louise Garnier", "SPOKESPERSON_OF", "Front national")],
    ),
    (
        "Le candidat écologiste Thomas Berger a présenté son programme.",
        [("Thomas Berger", "MEMBER_OF", "Europe Écologie Les Verts")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_membership_and_spokesperson(extractor, text, expected):
    found = edges(extractor, text)
    for edge in expected:
        assert edge in found


def test_role_description_gives_membership(extractor):
    text = (
        "Fabien Roussel a tenu meeting à Lille. Le candidat du PCF a tendu la main à "
        "Jean-Luc Mélenchon."
    )
    found = edges(extractor, text, date="2022-02-01")
    assert ("Fabien Roussel", "MEMBER_OF", "Parti communiste français") in found
    assert ("Fabien Roussel", "INVITED_TO_RALLY", "Jean-Luc Mélenchon") in found


def test_former_role_is_not_membership(extractor):
    found = edges(extractor, "L'ancien député socialiste Marc Fabre a rejoint Horizons.")
    assert ("Marc Fabre", "MEMBER_OF", "Parti socialiste") not in found
    assert ("Marc Fabre", "MEMBER_OF", "Horizons") in found


def test_membership_never_from_the_gazetteer_alone(extractor):
    found = edges(extractor, "Olivier Faure a tendu la main à Yannick Jadot.")
    assert not {e for e in found if e[1] == "MEMBER_OF"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Un choix qui passe mal auprès du maire sortant, Hugo Vasseur, lui aussi socialiste, "
            "qui brigue un troisième mandat.",
            ("Hugo Vasseur", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "Laure Gauthier, porte-parole départementale d'EELV, appelle au calme.",
            ("Laure Gauthier", "SPOKESPERSON_OF", "Europe Écologie Les Verts"),
        ),
        (
            "Bastien Rioux, délégué départemental du RN, a félicité le vainqueur.",
            ("Bastien Rioux", "MEMBER_OF", "Front national"),
        ),
        (
            "Hugo Marchand, vice-président de la fédération départementale du PS, s'est exprimé.",
            ("Hugo Marchand", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "Lucie Arnaud, coprésidente des députés écologistes, a réagi.",
            ("Lucie Arnaud", "MEMBER_OF", "Europe Écologie Les Verts"),
        ),
        (
            "Marc Olivier, président des députés socialistes, a pris la parole.",
            ("Marc Olivier", "MEMBER_OF", "Parti socialiste"),
        ),
    ],
)
def test_membership_through_units_and_modifiers(extractor, text, expected):
    assert expected in edges(extractor, text, date="2021-06-23")


def test_former_head_of_a_parliamentary_group_is_not_membership(extractor):
    found = edges(extractor, "Lucie Arnaud, ancienne présidente des députés socialistes, a réagi.")
    assert not {e for e in found if e[1] == "MEMBER_OF"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nadia Perrot se présente sous l'étiquette MoDem.",
            ("Nadia Perrot", "MEMBER_OF", "Mouvement démocrate"),
        ),
        (
            "Le candidat Marc Vidal fait campagne sous l'étiquette du Rassemblement national.",
            ("Marc Vidal", "MEMBER_OF", "Front national"),
        ),
        (
            "Nadia Perrot se présente sous les couleurs du Parti socialiste.",
            ("Nadia Perrot", "MEMBER_OF", "Parti socialiste"),
        ),
    ],
)
def test_membership_from_a_label(extractor, text, expected):
    assert expected in edges(extractor, text)


def test_denied_label_is_not_membership(extractor):
    found = edges(extractor, "Nadia Perrot ne se présente pas sous l'étiquette MoDem.")
    assert not {e for e in found if e[1] == "MEMBER_OF"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chez les écologistes, la secrétaire nationale Nadia Perrot a réagi.",
            ("Nadia Perrot", "MEMBER_OF", "Europe Écologie Les Verts"),
        ),
        (
            "Au sein du Parti socialiste, le maire Marc Vidal s'inquiète.",
            ("Marc Vidal", "MEMBER_OF", "Parti socialiste"),
        ),
    ],
)
def test_role_in_a_sentence_opened_by_chez_party(extractor, text, expected):
    assert expected in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Chez les écologistes, l'ancienne secrétaire nationale Nadia Perrot a réagi.",
        "Chez les écologistes, Marc Vidal a des soutiens.",
    ],
)
def test_chez_party_without_a_current_role_is_no_membership(extractor, text):
    assert not {e for e in edges(extractor, text) if e[1] == "MEMBER_OF"}
