"""Membership carried by a clause or a noun of joining: a role reached through "dont" ("le
PCF, dont le candidat X", "Reconquête, dont X est vice-présidente"), taking a party's lead
("X prend la tête des Républicains", "X, qui assurera la direction du parti"), announcing
one's "adhésion" to a party, a second role joined by "et" after a first one with its own
complement, and a party in quotes in apposition to "son mouvement". Traps: a former, past or
negated role, a wish, someone else's joining, a role that belongs to someone else."""

from __future__ import annotations

import pytest

from alliancegraph.model import Article

PS, LR, RN, PCF = (
    "Parti socialiste",
    "Les Républicains",
    "Front national",
    "Parti communiste français",
)


def members(extractor, text: str, date: str = "2019-06-01") -> set[tuple[str, str]]:
    article = Article(id="t", date=date, title="", text=text)
    return {
        (c.subject, c.object) for c in extractor.run(article).claims if c.relation == "MEMBER_OF"
    }


@pytest.mark.parametrize(
    ("text", "member"),
    [
        (
            "Une inconnue demeure : le PCF, dont le candidat Paul Verdier n'a obtenu que 4 %.",
            ("Paul Verdier", PCF),
        ),
        (
            "Les Républicains, dont la tête de liste Nadia Karim est en tête, jubilent.",
            ("Nadia Karim", LR),
        ),
        (
            "Il a rejoint Reconquête, dont Nadia Karim est désormais vice-présidente.",
            ("Nadia Karim", "Reconquête"),
        ),
        (
            "Elle a rejoint le PS, dont Paul Verdier a été élu premier secrétaire.",
            ("Paul Verdier", PS),
        ),
    ],
)
def test_a_role_reached_through_dont_is_a_membership(extractor, text, member):
    assert member in members(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Le PCF, dont l'ancien candidat Paul Verdier a voté contre, hésite.",
        "Le PCF, dont Paul Verdier n'est plus le secrétaire, hésite.",
        "Le PCF, dont Paul Verdier critique la ligne, hésite.",
        "Le PCF, dont Paul Verdier était le candidat en 2012, hésite.",
    ],
)
def test_a_former_negated_or_absent_role_through_dont_is_none(extractor, text):
    assert ("Paul Verdier", PCF) not in members(extractor, text)


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("Nadia Karim prend la tête des Républicains.", ("Nadia Karim", LR)),
        (
            "Nadia Karim a pris la présidence du MoDem en mars.",
            ("Nadia Karim", "Mouvement démocrate"),
        ),
        (
            "Le PS a voté. Nadia Karim, qui assurera la direction du parti, a parlé.",
            ("Nadia Karim", PS),
        ),
    ],
)
def test_taking_a_partys_lead_is_a_membership(extractor, text, member):
    assert member in members(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Nadia Karim veut prendre la tête du PS.",
        "Nadia Karim a pris la tête de la fronde contre le PS.",
        "Le PS a voté. Nadia Karim, qui a quitté la direction du parti, a parlé.",
    ],
)
def test_wishing_for_the_lead_or_leading_against_a_party_is_none(extractor, text):
    assert ("Nadia Karim", PS) not in members(extractor, text)


@pytest.mark.parametrize(
    ("text", "member"),
    [
        (
            "Nadia Karim a officialisé mardi son adhésion au parti Reconquête.",
            ("Nadia Karim", "Reconquête"),
        ),
        ("Paul Verdier a annoncé son adhésion à Horizons.", ("Paul Verdier", "Horizons")),
        (
            "Paul Verdier a réuni son mouvement, « Debout la France », samedi.",
            ("Paul Verdier", "Debout la France"),
        ),
        (
            "Paul Verdier, sénateur-maire de Vienne (Isère) et tête de liste LR dans la région, "
            "a répondu.",
            ("Paul Verdier", LR),
        ),
    ],
)
def test_joining_a_party_or_a_second_role_is_a_membership(extractor, text, member):
    assert member in members(extractor, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Paul Verdier a démenti son adhésion au RN.", ("Paul Verdier", RN)),
        ("Paul Verdier a critiqué l'adhésion de Nadia Karim au RN.", ("Paul Verdier", RN)),
        (
            "Paul Verdier, directeur de campagne du candidat socialiste et maire de Vienne, "
            "a parlé.",
            ("Paul Verdier", PS),
        ),
    ],
)
def test_a_denied_or_someone_elses_joining_is_none(extractor, text, absent):
    assert absent not in members(extractor, text)


@pytest.mark.parametrize(
    ("text", "member"),
    [
        (
            "Paul Verdier, qui conduira la liste insoumise, a rejeté tout ralliement.",
            ("Paul Verdier", "La France insoumise"),
        ),
        ("Nadia Karim mène la liste LR aux municipales.", ("Nadia Karim", LR)),
        ("Nadia Karim emmène la liste du PS à Lille.", ("Nadia Karim", PS)),
        (
            "Nadia Karim va conduire la liste écologiste à Grenoble.",
            ("Nadia Karim", "Europe Écologie Les Verts"),
        ),
    ],
)
def test_heading_one_partys_list_is_a_membership(extractor, text, member):
    assert member in members(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Nadia Karim mène la liste PS-PCF à Lille.",
        "Nadia Karim ne conduira pas la liste PS.",
        "Nadia Karim conduisait la liste PS en 2014.",
        "Nadia Karim mène la liste d'union de la gauche avec le PS.",
        "Nadia Karim conduit la liste socialiste et communiste.",
        "Nadia Karim refuse de conduire la liste PS.",
    ],
)
def test_a_joint_negated_past_or_refused_list_is_none(extractor, text):
    assert ("Nadia Karim", PS) not in members(extractor, text)
