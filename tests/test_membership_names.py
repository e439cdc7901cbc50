"""Party labels glued to names: spaCy often reads "la candidate RN Nadia Karim" as one entity
(a PER, or even a LOC) that swallowed the label; the name is cut off the label and the label
labels it. Each label of a coordination goes to its own name. A former role ("l'ancien",
"l'ex-") labels nobody."""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples

from alliancegraph.model import Article

PS, LR, RN = "Parti socialiste", "Les Républicains", "Front national"


def edges(extractor, text: str, date: str = "2019-06-01") -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, date)


def persons(extractor, text: str) -> set[str]:
    article = Article(id="t", date="2019-06-01", title="", text=text)
    return {c.subject for c in extractor.run(article).claims}


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        ("La candidate RN Nadia Karim a tenu meeting à Lens.", ("Nadia Karim", "MEMBER_OF", RN)),
        (
            "Face au candidat RN Thomas Rivière, la gauche se rassemble.",
            ("Thomas Rivière", "MEMBER_OF", RN),
        ),
        ("Le jeune militant RN Théo Lambert a été exclu.", ("Théo Lambert", "MEMBER_OF", RN)),
        ("La tête de liste RN Nadia Karim était présente.", ("Nadia Karim", "MEMBER_OF", RN)),
    ],
)
def test_a_label_swallowed_by_the_name_labels_the_name(extractor, text, edge):
    assert edge in edges(extractor, text)


def test_the_cut_name_takes_part_in_the_other_claims(extractor):
    text = "La candidate RN Nadia Karim soutient Paul Verdier."
    assert {
        ("Nadia Karim", "MEMBER_OF", RN),
        ("Nadia Karim", "SUPPORTS", "Paul Verdier"),
    } <= edges(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le candidat LR Paul Verdier et la candidate RN Nadia Karim se sont affrontés.",
            {("Paul Verdier", "MEMBER_OF", LR), ("Nadia Karim", "MEMBER_OF", RN)},
        ),
        (
            "Le député PS Paul Verdier, la sénatrice LR Nadia Karim et le maire RN Hugo Balan"
            " ont signé.",
            {
                ("Paul Verdier", "MEMBER_OF", PS),
                ("Nadia Karim", "MEMBER_OF", LR),
                ("Hugo Balan", "MEMBER_OF", RN),
            },
        ),
        (
            "Entre l'élue PS Lucie Garnier et le militant RN Théo Lambert, le ton est monté.",
            {("Lucie Garnier", "MEMBER_OF", PS), ("Théo Lambert", "MEMBER_OF", RN)},
        ),
    ],
)
def test_each_label_of_a_coordination_goes_to_its_own_name(extractor, text, expected):
    found = {e for e in edges(extractor, text) if e[1] == "MEMBER_OF"}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("L'ancien député PS Marc Voisin a rejoint la liste.", "Marc Voisin"),
        ("Hier, l'ex-député PS Marc Voisin a rejoint la liste.", "Marc Voisin"),
        ("L'ex-candidate RN Nadia Karim a rejoint la liste.", "Nadia Karim"),
    ],
)
def test_a_former_role_with_a_label_is_no_membership(extractor, text, person):
    assert not {e for e in edges(extractor, text) if e[0] == person and e[1] == "MEMBER_OF"}


def test_a_label_before_a_place_makes_no_person(extractor):
    text = "La fédération RN Haute-Garonne soutient Paul Verdier."
    assert "Haute-Garonne" not in persons(extractor, text)


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Le PS a réuni son conseil national. Le premier secrétaire Paul Verdier a parlé.",
            ("Paul Verdier", "MEMBER_OF", PS),
        ),
        (
            "LR tient ses journées d'été à Nice. Devant la presse, la secrétaire nationale,"
            " Nadia Karim, a défendu le bilan.",
            ("Nadia Karim", "MEMBER_OF", LR),
        ),
        (
            "Le PCF a tenu son congrès à Ivry. Devant les militants, Nadia Karim, secrétaire"
            " nationale, a défendu l'union.",
            ("Nadia Karim", "MEMBER_OF", "Parti communiste français"),
        ),
    ],
)
def test_a_bare_leadership_title_leads_the_one_party_named_before(extractor, text, edge):
    assert edge in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Le PS et LR ont réuni leurs cadres. Le premier secrétaire Paul Verdier a parlé.",
        "Le PS a réuni son conseil national. L'ancien premier secrétaire Paul Verdier a parlé.",
        "Le premier secrétaire Paul Verdier a parlé. Il rencontrera le PS demain.",
        "Le PS se réunit. Le premier secrétaire de la fédération CGT, Paul Verdier, a parlé.",
    ],
)
def test_a_leadership_title_needs_exactly_one_party_named_before_it(extractor, text):
    assert not {e for e in edges(extractor, text) if e[0] == "Paul Verdier" and e[1] == "MEMBER_OF"}


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Nadia Karim, membre du parti socialiste, a voté contre.",
            ("Nadia Karim", "MEMBER_OF", PS),
        ),
        ("Le parti socialiste a investi Nadia Karim.", ("Nadia Karim", "MEMBER_OF", PS)),
        (
            "Nadia Karim, militante de la france insoumise, a voté contre.",
            ("Nadia Karim", "MEMBER_OF", "La France insoumise"),
        ),
        (
            "Paul Verdier a quitté les écologistes pour rejoindre le parti socialiste.",
            ("Paul Verdier", "MEMBER_OF", PS),
        ),
    ],
)
def test_a_party_name_written_in_lower_case_is_the_party(extractor, text, edge):
    assert edge in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Paul Verdier, membre du parti communiste chinois, a reçu la délégation.",
        "Paul Verdier rêve d'un parti socialiste rénové.",
        "Paul Verdier a fondé un parti radical.",
    ],
)
def test_a_lower_case_party_word_with_another_adjective_is_no_known_party(extractor, text):
    assert not {e for e in edges(extractor, text) if e[0] == "Paul Verdier" and e[1] == "MEMBER_OF"}


EELV = "Europe Écologie Les Verts"


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        ("Nadia Karim a rejoint les Verts de Paul Verdier.", ("Paul Verdier", "MEMBER_OF", EELV)),
        ("Les Verts de Nadia Karim ont voté contre.", ("Nadia Karim", "MEMBER_OF", EELV)),
        (
            "Paul Verdier a reproché aux Verts de Nadia Karim leur silence.",
            ("Nadia Karim", "MEMBER_OF", EELV),
        ),
        (
            "Les Républicains de Nadia Karim ont voté contre.",
            ("Nadia Karim", "MEMBER_OF", LR),
        ),
    ],
)
def test_a_plural_party_word_with_its_leader_is_the_leaders_party(extractor, text, edge):
    assert edge in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Verts de rage, Paul Verdier et Nadia Karim ont quitté la salle.",
        "L'élue divers gauche Nadia Karim a voté contre.",
        "L'exclusion des Verts de Nadia Karim a surpris.",
    ],
)
def test_green_with_rage_or_a_miscellaneous_left_label_is_no_party(extractor, text):
    assert not {e for e in edges(extractor, text) if e[1] == "MEMBER_OF"}


PRG = "Parti radical de gauche"


@pytest.mark.parametrize(
    "text",
    [
        "Le député radical de gauche Paul Verdier a voté contre.",
        "Paul Verdier, sénateur radical de gauche, a voté contre.",
        "L'élu radical de gauche Paul Verdier soutient Nadia Karim.",
    ],
)
def test_a_multi_word_party_adjective_after_a_role_is_the_party(extractor, text):
    assert ("Paul Verdier", "MEMBER_OF", PRG) in edges(extractor, text)


def test_a_radical_speech_is_no_party(extractor):
    text = "Paul Verdier tient un discours radical de gauche."
    assert not {e for e in edges(extractor, text) if e[1] == "MEMBER_OF"}
