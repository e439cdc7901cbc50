"""TEMPTED_BY told from the appealing side: "le projet de X me séduit" (sentences of our own)."""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples


def edges(extractor, text: str, date: str = "2020-09-01") -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, date)


CASES = [
    (
        "« Les idées de Raphaël Glucksmann sur l'Europe me parlent », reconnaît Paul Girard.",
        ("Paul Girard", "TEMPTED_BY", "Raphaël Glucksmann"),
    ),
    (
        "Paul Girard hésite encore, mais le programme de Marine Tondelier le séduit.",
        ("Paul Girard", "TEMPTED_BY", "Marine Tondelier"),
    ),
    (
        "« Édouard Philippe me plaît beaucoup », confie Lise Aubert.",
        ("Lise Aubert", "TEMPTED_BY", "Édouard Philippe"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_what_appeals_is_a_temptation(extractor, text, expected):
    found = edges(extractor, text)
    assert expected in found
    assert not any(s == expected[0] and r == "SUPPORTS" for s, r, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "« Édouard Philippe ne me plaît pas », confie Lise Aubert.",
        "« Édouard Philippe me parle de ses projets », confie Lise Aubert.",
        "« Est-ce qu'Édouard Philippe me plaît ? », s'interroge Lise Aubert.",
        "Contrairement à ce qui se dit, Édouard Philippe ne la séduit pas, assure Lise Aubert.",
    ],
)
def test_no_temptation_when_negated_asked_or_only_talking(extractor, text):
    assert not any(r == "TEMPTED_BY" for _, r, _ in edges(extractor, text))
