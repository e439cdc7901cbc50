"""A running mate named by a possessive: « Y sera sa première adjointe », « Y devient sa numéro
deux », « Y occupe la troisième place de sa liste », « Y figurera en position éligible sur sa
liste ». Y backs the one other person the possessive can stand for (Y SUPPORTS X), found like
"à ses côtés": the one person other than Y named in the sentence or the one before.

Cues with the ``possessor`` flag in ``ontology/cues.toml``; the possessor is read by
``rules._running_mate_of``. Every sentence is our own and each phrasing gave no edge before;
the traps (two possible possessors, the place as a subject or an apposition, a negation, a
wish, a party's place) must give none.
"""

from __future__ import annotations

import pytest
from fixtures_extract import assert_edges, claim_triples

DATE = "2020-02-10"
HEAD = "Solène Ardouin a présenté sa liste mardi soir. "
BACKS = ("Marc Blanc", "SUPPORTS", "Solène Ardouin")


def edges(extractor, text: str) -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, DATE)


@pytest.mark.parametrize(
    "text",
    [
        HEAD + "Marc Blanc sera son premier adjoint.",
        HEAD + "Marc Blanc figurera en position éligible sur sa liste.",
        HEAD + "Marc Blanc occupe la troisième place de sa liste.",
        HEAD + "Marc Blanc sera en quatrième position sur sa liste.",
        HEAD + "Marc Blanc devient sa numéro deux.",
        "Solène Ardouin s'est alliée aux écologistes, dont le chef de file, Marc Blanc, sera sa "
        "numéro deux.",
    ],
)
def test_a_running_mate_backs_the_possessor(extractor, text):
    assert_edges(edges(extractor, text), [BACKS])


@pytest.mark.parametrize(
    "text",
    [
        # two persons could own the list
        "Solène Ardouin et Julie Roux ont présenté leurs listes. Marc Blanc sera son premier "
        "adjoint.",
        # the place is a subject: it names Marc Blanc, it tells no stance of his
        HEAD + "Son premier adjoint, Marc Blanc, a dénoncé Gwenaël Kerbrat.",
        # negated, or only wished
        HEAD + "Marc Blanc ne sera pas son premier adjoint.",
        HEAD + "Marc Blanc aimerait être son premier adjoint.",
        # one's own list is no one else's
        HEAD + "Marc Blanc présentera sa liste lundi.",
        # a role that is the verb's dative, not a place the clause gives its subject
        HEAD + "Marc Blanc a écrit à son premier adjoint pour lui demander conseil.",
    ],
)
def test_no_running_mate_without_one_possessor_and_an_asserted_place(extractor, text):
    assert_edges(edges(extractor, text), forbidden=[BACKS])


def test_a_running_mate_noun_as_a_complement_is_no_place(extractor):
    found = edges(extractor, HEAD + "Marc Blanc s'abstient de commenter les propos de son "
                                    "suppléant, qui juge sa liste trop timide.")
    assert_edges(found, forbidden=[BACKS])
