"""Leadership and rank nouns as the news writes them: a rank ("numéro un", "poids lourd",
"l'un des vice-présidents"), a party in parentheses inside the role ("le député (LR) du Var
X", "le président du Front national (FN) X"), a role "au" a party ("militant au MoDem"), and
a role or spokesperson "du parti" once one party is named. Traps: a former role, a party that
is not the only one named, a government spokesperson, a party one is opposed to."""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples

PS, LR, RN = "Parti socialiste", "Les Républicains", "Front national"
PCF, MODEM = "Parti communiste français", "Mouvement démocrate"


def edges(extractor, text: str, date: str = "2019-06-01") -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, date)


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        ("Julien Mercadier, numéro un du PS dans le Nord, a tranché.", ("Julien Mercadier", PS)),
        ("Paul Verdier, poids lourd du PS, a signé la tribune.", ("Paul Verdier", PS)),
        (
            "Julien Mercadier, l'un des vice-présidents des Républicains, a répondu.",
            ("Julien Mercadier", LR),
        ),
        ("Paul Verdier, militant au MoDem depuis 2010, a voté blanc.", ("Paul Verdier", MODEM)),
        ("Nadia Karim, encartée au PS depuis vingt ans, a voté blanc.", ("Nadia Karim", PS)),
    ],
)
def test_a_rank_in_a_party_is_a_membership(extractor, text, edge):
    assert (edge[0], "MEMBER_OF", edge[1]) in edges(extractor, text)


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        ("Le député (LR) du Var Paul Verdier a voté contre.", ("Paul Verdier", LR)),
        (
            "Le maire sortant (PS) de Vienne, Julien Mercadier, se représente.",
            ("Julien Mercadier", PS),
        ),
        ("Le président du Front national (FN) Paul Verdier a tranché.", ("Paul Verdier", RN)),
    ],
)
def test_a_party_in_parentheses_inside_the_role_labels_the_name(extractor, text, edge):
    assert (edge[0], "MEMBER_OF", edge[1]) in edges(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le PS a tenu son conseil national samedi. Le président du parti, Julien Mercadier, "
            "a fixé la ligne.",
            {("Julien Mercadier", "MEMBER_OF", PS)},
        ),
        (
            "Le RN tient congrès à Perpignan. Le patron du parti, Julien Mercadier, sera réélu.",
            {("Julien Mercadier", "MEMBER_OF", RN)},
        ),
        (
            "Le RN a réagi. La porte-parole du parti, Nadia Karim, a dénoncé l'accord.",
            {("Nadia Karim", "SPOKESPERSON_OF", RN), ("Nadia Karim", "MEMBER_OF", RN)},
        ),
        (
            "Le PCF a voté contre. Nadia Karim, porte-parole du parti, a expliqué pourquoi.",
            {("Nadia Karim", "SPOKESPERSON_OF", PCF), ("Nadia Karim", "MEMBER_OF", PCF)},
        ),
    ],
)
def test_a_role_in_the_party_just_named(extractor, text, expected):
    assert expected <= edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Le RN et le PS ont réagi. Le président du parti, Julien Mercadier, a fixé la ligne.",
        "Le RN a réagi. L'ancienne porte-parole du parti, Nadia Karim, a répondu.",
        "Le RN a réagi. La porte-parole du gouvernement, Nadia Karim, a répondu.",
        "Le RN a réagi. Nadia Karim, qui a quitté la présidence du parti, a répondu.",
        "Paul Verdier, candidat opposé au RN, a gagné.",
        "Paul Verdier, l'ex-numéro deux du FN, a créé son parti.",
        "Paul Verdier, ancien porte-parole du PS, a voté contre.",
        "Nadia Karim, porte-parole du gouvernement, a répondu au PS.",
    ],
)
def test_no_membership_from_a_former_role_or_an_unclear_party(extractor, text):
    assert {e for e in edges(extractor, text) if e[1] in {"MEMBER_OF", "SPOKESPERSON_OF"}} == set()


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "« Nous devons nous unir », affirmait dimanche la porte-parole du Parti socialiste "
            "Nadia Karim.",
            ("Nadia Karim", PS),
        ),
        (
            "« Rien ne presse », a déclaré le porte-parole du Rassemblement national "
            "Julien Mercadier.",
            ("Julien Mercadier", RN),
        ),
        ("Le porte-parole des Républicains Paul Verdier a répondu.", ("Paul Verdier", LR)),
    ],
)
def test_a_spokesperson_role_before_the_name_names_the_party(extractor, text, edge):
    assert (edge[0], "SPOKESPERSON_OF", edge[1]) in edges(extractor, text)


def test_a_former_spokesperson_before_the_name_is_none(extractor):
    text = "« Rien ne presse », a déclaré l'ancien porte-parole du Parti socialiste Paul Verdier."
    assert ("Paul Verdier", "SPOKESPERSON_OF", PS) not in edges(extractor, text)
