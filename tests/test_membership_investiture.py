"""Investiture and leadership as verbs and complements: a party invests a candidate ("le RN
a investi X", "X a été investi par LR"), a candidate obtains the party's investiture, a party
is named with its leader ("le RN de X", "Les Républicains, dirigés par X", "le parti présidé
par X, P"). Traps: a hope, a refusal, a negation, money invested, a joint list, an exclusion
or a departure "du P de X", a founder (who may have left since)."""

from __future__ import annotations

import pytest

from alliancegraph.model import Article

PS, LR, RN = "Parti socialiste", "Les Républicains", "Front national"
PCF, LFI = "Parti communiste français", "La France insoumise"


def members(extractor, text: str, date: str = "2019-06-01") -> set[tuple[str, str]]:
    article = Article(id="t", date=date, title="", text=text)
    return {
        (c.subject, c.object) for c in extractor.run(article).claims if c.relation == "MEMBER_OF"
    }


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("Le RN a investi Paul Verdier dans la 5e circonscription.", ("Paul Verdier", RN)),
        ("Le PCF investit Nadia Karim à Montreuil.", ("Nadia Karim", PCF)),
        ("Paul Verdier a été investi par Les Républicains en mars.", ("Paul Verdier", LR)),
        ("Paul Verdier a obtenu l'investiture des Républicains.", ("Paul Verdier", LR)),
        ("Nadia Karim a décroché l'investiture du PS à Lille.", ("Nadia Karim", PS)),
    ],
)
def test_an_investiture_is_a_membership(extractor, text, member):
    assert member in members(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Nadia Karim n'a pas obtenu l'investiture du PS.",
        "Nadia Karim espère obtenir l'investiture du PS.",
        "Nadia Karim brigue l'investiture du PS.",
        "Nadia Karim s'est vu refuser l'investiture du PS.",
        "Le PS n'a pas investi Nadia Karim.",
        "Le PS a retiré son investiture à Nadia Karim.",
        "Nadia Karim a investi deux millions dans la campagne du PS.",
    ],
)
def test_a_hoped_refused_or_denied_investiture_is_none(extractor, text):
    assert ("Nadia Karim", PS) not in members(extractor, text)


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("Le RN de Paul Verdier a gagné la région.", ("Paul Verdier", RN)),
        ("Il a rejoint La France insoumise de Nadia Karim.", ("Nadia Karim", LFI)),
        ("Le PS d'Olivier Faure a voté contre.", ("Olivier Faure", PS)),
        ("Les Républicains, dirigés par Paul Verdier, ont voté contre.", ("Paul Verdier", LR)),
        ("Le RN, présidé par Paul Verdier, a gagné.", ("Paul Verdier", RN)),
        (
            "Le parti présidé par Nadia Karim, Debout la France, a voté contre.",
            ("Nadia Karim", "Debout la France"),
        ),
    ],
)
def test_a_party_named_with_its_leader(extractor, text, member):
    assert member in members(extractor, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("L'exclusion du PS de Paul Verdier a surpris.", ("Paul Verdier", PS)),
        ("Le départ du RN de Paul Verdier a surpris.", ("Paul Verdier", RN)),
        ("L'ex-UMP de Paul Verdier a perdu.", ("Paul Verdier", LR)),
        ("La liste PS-PCF menée par Paul Verdier arrive en tête.", ("Paul Verdier", PCF)),
        (  # a founder is a member unless the gazetteer says he has left since
            "Le Front national, le parti fondé par Jean-Marie Le Pen, a voté.",
            ("Jean-Marie Le Pen", RN),
        ),
        ("Le RN, critiqué par Paul Verdier, a répondu.", ("Paul Verdier", RN)),
    ],
)
def test_an_exclusion_a_joint_list_or_a_founder_is_no_leader(extractor, text, absent):
    assert absent not in members(extractor, text)
