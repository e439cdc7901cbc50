"""TEMPTED_BY: temptation, attraction, options; never from a denial or a rumour."""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples


def edges(extractor, text: str, date: str = "2022-01-10") -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, date)


CASES = [
    (
        "Damien Abad est tenté de rejoindre Emmanuel Macron, a-t-il reconnu.",
        ("Damien Abad", "TEMPTED_BY", "Emmanuel Macron"),
    ),
    (
        "Thierry Lambert lorgne vers Édouard Philippe depuis plusieurs mois.",
        ("Thierry Lambert", "TEMPTED_BY", "Édouard Philippe"),
    ),
    (
        "Le député Marc Duval n'exclut pas de rejoindre Jordan Bardella.",
        ("Marc Duval", "TEMPTED_BY", "Jordan Bardella"),
    ),
    (
        "« Édouard Philippe est une option », confie Julie Martin, élue LR.",
        ("Julie Martin", "TEMPTED_BY", "Édouard Philippe"),
    ),
    (
        "Séduite par Raphaël Glucksmann, Inès Caron hésite encore.",
        ("Inès Caron", "TEMPTED_BY", "Raphaël Glucksmann"),
    ),
    (
        "Robert Vial regarde du côté d'Éric Zemmour.",
        ("Robert Vial", "TEMPTED_BY", "Éric Zemmour"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_tempted(extractor, text, expected):
    found = edges(extractor, text)
    assert expected in found
    assert (expected[0], "SUPPORTS", expected[2]) not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pour Nadia Perrot, Édouard Philippe est une option sérieuse.",
            ("Nadia Perrot", "TEMPTED_BY", "Édouard Philippe"),
        ),
        (
            "Selon Nadia Perrot, Horizons reste une piste.",
            ("Nadia Perrot", "TEMPTED_BY", "Horizons"),
        ),
    ],
)
def test_option_attributed_by_an_opener(extractor, text, expected):
    assert expected in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Pour Nadia Perrot, Édouard Philippe n'est pas une option.",
        "Pour Nadia Perrot, Édouard Philippe est un adversaire.",
    ],
)
def test_no_option_no_temptation(extractor, text):
    assert not {e for e in edges(extractor, text) if e[1] == "TEMPTED_BY"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Marc Vidal se montre ouvert à une alliance avec Marine Le Pen.",
            ("Marc Vidal", "TEMPTED_BY", "Marine Le Pen"),
        ),
        (
            "Marc Vidal est sensible aux sirènes d'Éric Zemmour.",
            ("Marc Vidal", "TEMPTED_BY", "Éric Zemmour"),
        ),
    ],
)
def test_openness_and_sirens(extractor, text, expected):
    assert expected in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Marc Vidal n'est pas ouvert à une alliance avec Marine Le Pen.",
        "Marc Vidal résiste aux sirènes d'Éric Zemmour.",
        "Marc Vidal n'est pas sensible aux sirènes d'Éric Zemmour.",
    ],
)
def test_closed_or_resisted_is_no_temptation(extractor, text):
    assert not {e for e in edges(extractor, text) if e[1] == "TEMPTED_BY"}
