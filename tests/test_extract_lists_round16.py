"""Names listed together that share one stance: every name of the list, not only the first.

News lists the backers of a candidate after a passive « soutenue par » (« la liste soutenue
par le PS et le PCF »): each listed agent supports the candidate. Traps: a list cut by a
second participle (« soutenue par le PS et combattue par le PCF »), a later name that opens a
clause of its own (« et X la combat », which the parser may read as a noun phrase), a
contrast (« mais X »), and « ni par A ni par B ». Sentences of our own, invented names.
"""

from __future__ import annotations

import pytest
from fixtures_extract import assert_edges, claim_triples

DATE = "2026-03-02"


def edges(extractor, text: str) -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, DATE)


# Every agent a passive support participle lists supports its subject (each failed on main
# 6676118: only the first agent was kept).
LISTED_AGENTS = [
    (
        "Odile Farge conduira la liste d'union de la gauche soutenue par le PS et le PCF.",
        ["Parti socialiste", "Parti communiste français"],
        "Odile Farge",
    ),
    (
        "Odile Farge, soutenue par le PS et le PCF, conduira la liste.",
        ["Parti socialiste", "Parti communiste français"],
        "Odile Farge",
    ),
    (
        "Soutenue par le PS et le PCF, Odile Farge conduira la liste.",
        ["Parti socialiste", "Parti communiste français"],
        "Odile Farge",
    ),
    (
        "Odile Farge conduira une liste soutenue par le PS, le PCF et EELV.",
        ["Parti socialiste", "Parti communiste français", "Europe Écologie Les Verts"],
        "Odile Farge",
    ),
    (
        "Claire Voisin est soutenue par Bertrand Quillet et Armand Touvenel.",
        ["Bertrand Quillet", "Armand Touvenel"],
        "Claire Voisin",
    ),
    (
        "Odile Farge est soutenue par le PS et par le PCF.",
        ["Parti socialiste", "Parti communiste français"],
        "Odile Farge",
    ),
]


@pytest.mark.parametrize(("text", "agents", "supported"), LISTED_AGENTS)
def test_each_listed_agent_supports(extractor, text, agents, supported):
    assert_edges(edges(extractor, text), expected=[(a, "SUPPORTS", supported) for a in agents])


# A list cut by a second participle or by a clause of its own gives the later name nothing.
CUT_LISTS = [
    (
        "Odile Farge conduira une liste soutenue par le PS et combattue par le PCF.",
        "Parti communiste français",
        "Odile Farge",
    ),
    (
        "Odile Farge est soutenue par le PS et Bertrand Quillet la combat.",
        "Bertrand Quillet",
        "Odile Farge",
    ),
    (
        "Odile Farge est soutenue par le PS et Bertrand Quillet l'attaque.",
        "Bertrand Quillet",
        "Odile Farge",
    ),
    (
        "Odile Farge est soutenue par le PS, et Bertrand Quillet la critique durement.",
        "Bertrand Quillet",
        "Odile Farge",
    ),
    (
        "Odile Farge est soutenue par le PS mais Bertrand Quillet la combat.",
        "Bertrand Quillet",
        "Odile Farge",
    ),
]


@pytest.mark.parametrize(("text", "other", "supported"), CUT_LISTS)
def test_a_cut_list_gives_the_later_name_no_support(extractor, text, other, supported):
    assert_edges(edges(extractor, text), forbidden=[(other, "SUPPORTS", supported)])


def test_neither_agent_supports(extractor):
    found = edges(extractor, "Odile Farge n'est soutenue ni par le PS ni par le PCF.")
    assert_edges(
        found,
        forbidden=[
            ("Parti socialiste", "SUPPORTS", "Odile Farge"),
            ("Parti communiste français", "SUPPORTS", "Odile Farge"),
        ],
    )
