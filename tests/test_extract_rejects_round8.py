"""Refusals and invitations as news writes them, eighth round: mechanisms, not wordings.

- An offer declined names its authors by a participle after it ("a refusé l'alliance proposée
  par X", "les fusions proposées tant par A que par B"): each author invited the one declining,
  who REJECTS each of them.
- Pressing for someone's ouster ("réclame son exclusion", "a milité pour le départ de X"): the
  possessive stands for the one other person just named.
- A quotation that opens by equating two rivals (« A ou B, c'est bonnet blanc et blanc
  bonnet »): the speaker REJECTS each of them.
- Disagreement held with someone, a noun of the holder ("X évoque ses désaccords avec Y").

Every sentence is our own; each family has traps that must not give the edge.
"""

from __future__ import annotations

import pytest
from fixtures_extract import assert_edges, claim_triples


def edges(extractor, text: str, date: str = "2021-03-01") -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, date)


def check(extractor, text: str, expected, forbidden=()) -> None:
    assert_edges(edges(extractor, text), expected, forbidden)


# --- an offer declined, its authors named by a participle ---

DECLINED_OFFERS = [
    (
        "Paul Verdier a refusé l'alliance proposée par Martine Lasalle.",
        [
            ("Paul Verdier", "REJECTS", "Martine Lasalle"),
            ("Martine Lasalle", "INVITED_TO_RALLY", "Paul Verdier"),
        ],
    ),
    (
        "Le dissident Paul Verdier a annoncé jeudi avoir refusé les fusions proposées tant par "
        "Martine Lasalle (PS, 31 %) que par Luc Bernier (LR, 20 %).",
        [
            ("Paul Verdier", "REJECTS", "Martine Lasalle"),
            ("Paul Verdier", "REJECTS", "Luc Bernier"),
            ("Martine Lasalle", "INVITED_TO_RALLY", "Paul Verdier"),
            ("Luc Bernier", "INVITED_TO_RALLY", "Paul Verdier"),
        ],
    ),
    (
        "Claire Dutour a décliné l'offre de liste commune formulée la veille par Luc Bernier et "
        "par Martine Lasalle.",
        [
            ("Claire Dutour", "REJECTS", "Luc Bernier"),
            ("Claire Dutour", "REJECTS", "Martine Lasalle"),
            ("Luc Bernier", "INVITED_TO_RALLY", "Claire Dutour"),
            ("Martine Lasalle", "INVITED_TO_RALLY", "Claire Dutour"),
        ],
    ),
    (
        "Claire Dutour repousse la main tendue lundi par Luc Bernier.",
        [
            ("Claire Dutour", "REJECTS", "Luc Bernier"),
            ("Luc Bernier", "INVITED_TO_RALLY", "Claire Dutour"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DECLINED_OFFERS)
def test_an_offer_declined_names_its_authors_by_a_participle(extractor, text, expected):
    check(extractor, text, expected)


def test_the_hand_held_out_is_no_tense_relation_of_its_author(extractor):
    """ "la main tendue par X" is an invitation, never "relations tendues" with the refuser."""
    check(
        extractor,
        "Claire Dutour repousse la main tendue lundi par Luc Bernier.",
        [],
        [("Luc Bernier", "REJECTS", "Claire Dutour")],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Claire Dutour n'a pas refusé l'alliance proposée par Luc Bernier.",
        "Claire Dutour a refusé la réforme proposée par Luc Bernier.",
    ],
)
def test_no_refusal_of_an_offer_when_none_was_declined(extractor, text):
    """A refusal denied, or the refusal of a reform (no offer to rally), declines no offer."""
    check(
        extractor,
        text,
        [],
        [
            ("Claire Dutour", "REJECTS", "Luc Bernier"),
            ("Luc Bernier", "INVITED_TO_RALLY", "Claire Dutour"),
        ],
    )


# --- pressing for someone's ouster ---

OUSTERS = [
    "Martine Lasalle est contestée. Paul Verdier a plaidé pour son départ.",
    "Martine Lasalle a voté contre le budget. Le président de groupe Paul Verdier réclame son "
    "exclusion.",
    "Paul Verdier a milité pour le départ de Martine Lasalle.",
    "« On ne peut pas siéger dans un groupe et le combattre », lance Paul Verdier, qui exige la "
    "démission de Martine Lasalle.",
]


@pytest.mark.parametrize("text", OUSTERS)
def test_pressing_for_an_ouster_rejects_the_one_to_go(extractor, text):
    check(extractor, text, [("Paul Verdier", "REJECTS", "Martine Lasalle")])


@pytest.mark.parametrize(
    "text",
    [
        "Martine Lasalle et Luc Bernier sont contestés. Paul Verdier réclame son exclusion.",
        "Martine Lasalle a été critiquée. Paul Verdier ne réclame pas son départ.",
    ],
)
def test_an_ouster_possessive_binds_only_one_person_and_no_denial(extractor, text):
    """Two people the possessive may stand for, or a negated demand: no edge."""
    check(extractor, text, [], [("Paul Verdier", "REJECTS", "Martine Lasalle")])


def test_ones_own_resignation_rejects_nobody(extractor):
    found = edges(extractor, "Paul Verdier a présenté sa démission.")
    assert not {e for e in found if e[1] == "REJECTS"}, found


# --- a quotation equating two rivals ---

EQUATED = [
    "« Paul Verdier ou Martine Lasalle, c'est bonnet blanc et blanc bonnet », a lancé Luc Bernier.",
    "« Entre Paul Verdier et Martine Lasalle, c'est la peste ou le choléra », tranche Luc Bernier.",
    "« Paul Verdier, Martine Lasalle et Marc Juillet, c'est du pareil au même », ironise Luc "
    "Bernier.",
]


@pytest.mark.parametrize("text", EQUATED)
def test_a_quotation_equating_rivals_rejects_each(extractor, text):
    check(
        extractor,
        text,
        [("Luc Bernier", "REJECTS", "Paul Verdier"), ("Luc Bernier", "REJECTS", "Martine Lasalle")],
    )


@pytest.mark.parametrize(
    "text",
    [
        "« Paul Verdier ou Martine Lasalle, ce n'est pas la même chose », a lancé Luc Bernier.",
        "« Paul Verdier et Martine Lasalle, ce sont mes amis », a dit Luc Bernier.",
        "« Paul Verdier et Martine Lasalle, c'est le même combat », se réjouit Luc Bernier.",
    ],
)
def test_no_rejection_when_the_rivals_are_told_apart_or_praised(extractor, text):
    found = edges(extractor, text)
    assert ("Luc Bernier", "REJECTS", "Paul Verdier") not in found, found
    assert ("Luc Bernier", "REJECTS", "Martine Lasalle") not in found, found


# --- disagreement held with someone ---

DISAGREEMENTS = [
    "Le sénateur Paul Verdier évoque ses désaccords avec Martine Lasalle.",
    "Paul Verdier a fait part de ses divergences profondes avec Martine Lasalle sur la stratégie.",
    "Paul Verdier affiche sa mésentente avec Martine Lasalle.",
]


@pytest.mark.parametrize("text", DISAGREEMENTS)
def test_a_disagreement_held_with_someone_rejects_them(extractor, text):
    check(extractor, text, [("Paul Verdier", "REJECTS", "Martine Lasalle")])


@pytest.mark.parametrize(
    "text",
    [
        "Paul Verdier n'a aucun désaccord avec Martine Lasalle.",
        "Paul Verdier a surmonté ses désaccords passés avec Martine Lasalle.",
    ],
)
def test_no_disagreement_denied_or_overcome(extractor, text):
    check(extractor, text, [], [("Paul Verdier", "REJECTS", "Martine Lasalle")])


# --- a refusal told as done before a forecast ---


def test_a_refusal_done_before_a_forecast_stays_a_refusal(extractor):
    """ "Après avoir écarté …, X devrait …": the forecast is the main verb's, not the refusal's."""
    check(
        extractor,
        "Après avoir écarté dimanche l'offre de Martine Lasalle, Paul Verdier devrait être exclu "
        "du parti.",
        [("Paul Verdier", "REJECTS", "Martine Lasalle")],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Paul Verdier pourrait décliner la proposition de Martine Lasalle.",
        "Si Paul Verdier décline la proposition de Martine Lasalle, il sera seul.",
        "Avant de décliner la proposition de Martine Lasalle, Paul Verdier pourrait hésiter.",
    ],
)
def test_a_refusal_only_forecast_or_supposed_is_none(extractor, text):
    check(extractor, text, [], [("Paul Verdier", "REJECTS", "Martine Lasalle")])


# --- blame laid on someone ---

BLAME = [
    "Au lendemain de la défaite, Paul Verdier pointe du doigt Martine Lasalle.",
    "Paul Verdier a mis en cause la stratégie de Martine Lasalle.",
    "Paul Verdier rejette la faute sur Martine Lasalle.",
    "Paul Verdier impute l'échec de la liste à Martine Lasalle.",
    "Paul Verdier fait porter la responsabilité de la déroute à Martine Lasalle.",
    "Paul Verdier tient Martine Lasalle pour responsable de la défaite.",
    "Paul Verdier juge Martine Lasalle responsable de l'échec de la gauche.",
]


@pytest.mark.parametrize("text", BLAME)
def test_blame_laid_on_someone_rejects_them(extractor, text):
    check(extractor, text, [("Paul Verdier", "REJECTS", "Martine Lasalle")])


@pytest.mark.parametrize(
    "text",
    [
        "Paul Verdier ne met pas en cause Martine Lasalle.",
        "Paul Verdier ne tient pas Martine Lasalle pour responsable.",
        "Paul Verdier attribue la victoire à Martine Lasalle.",
        "Paul Verdier a été mis en cause par Martine Lasalle.",
    ],
)
def test_no_blame_denied_credit_given_or_suffered(extractor, text):
    """A denial, credit for a victory, or blame suffered (the passive's agent blames)."""
    check(extractor, text, [], [("Paul Verdier", "REJECTS", "Martine Lasalle")])
