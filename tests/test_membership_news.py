"""Membership as news writes it: leadership reached by a participle, a party label before a
name or several names, the incise description of a known speaker, an opening description
with its label, and roles bound only when one person fits."""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples


def edges(extractor, text: str, date: str = "2019-06-01") -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, date)


LEADERSHIP = [
    (
        "Paul Verdier, élu en mars à la présidence des Républicains, a fixé sa ligne.",
        ("Paul Verdier", "MEMBER_OF", "Les Républicains"),
    ),
    (
        "Anne Morel, portée à la tête du PS en 2018, a réuni ses troupes.",
        ("Anne Morel", "MEMBER_OF", "Parti socialiste"),
    ),
    (
        "Nadia Karim, nommée à la direction de La France insoumise, a répondu.",
        ("Nadia Karim", "MEMBER_OF", "La France insoumise"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), LEADERSHIP)
def test_leadership_reached_by_a_participle_is_a_membership(extractor, text, edge):
    assert edge in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Anne Morel, qui a quitté la présidence du PS, a parlé.",
        "Anne Morel, candidate à la présidence de la République, a parlé.",
    ],
)
def test_leaving_a_party_or_another_presidency_is_no_membership(extractor, text):
    assert ("Anne Morel", "MEMBER_OF", "Parti socialiste") not in edges(extractor, text)


LABELS = [
    (
        "Le LR Paul Verdier a rejoint Emmanuel Macron.",
        {
            ("Paul Verdier", "MEMBER_OF", "Les Républicains"),
            ("Paul Verdier", "SUPPORTS", "Emmanuel Macron"),
        },
    ),
    (
        "Il a reçu les socialistes Anne Morel, Paul Verdier et Nadia Karim.",
        {
            (n, "MEMBER_OF", "Parti socialiste")
            for n in ("Anne Morel", "Paul Verdier", "Nadia Karim")
        },
    ),
    (
        "Les insoumis Manuel Bompard et Mathilde Panot ont voté contre.",
        {(n, "MEMBER_OF", "La France insoumise") for n in ("Manuel Bompard", "Mathilde Panot")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), LABELS)
def test_a_label_before_names_is_a_membership_of_each(extractor, text, expected):
    assert expected <= edges(extractor, text)


def test_a_party_label_is_not_the_subject(extractor):
    found = edges(extractor, "Le LR Paul Verdier a rejoint Emmanuel Macron.")
    assert ("Les Républicains", "SUPPORTS", "Emmanuel Macron") not in found


def test_a_party_named_before_names_in_an_object_is_no_label(extractor):
    found = edges(extractor, "Les écologistes ont rencontré Anne Morel et Paul Verdier.")
    assert ("Paul Verdier", "MEMBER_OF", "Europe Écologie Les Verts") not in found


INCISES = [
    (
        "Marion Maréchal a répondu. La benjamine de l'Assemblée a raillé les consignes : "
        "« C'est la même chose », a lancé la députée frontiste.",
        ("Marion Maréchal", "MEMBER_OF", "Front national"),
        "2015-12-08",
    ),
    (
        "Anne Morel a pris la parole à la tribune : « Nous irons jusqu'au bout », a lancé "
        "la sénatrice écologiste.",
        ("Anne Morel", "MEMBER_OF", "Europe Écologie Les Verts"),
        "2019-06-01",
    ),
    (
        "Paul Verdier a répliqué sèchement : « Rien n'est joué », a tranché le député communiste.",
        ("Paul Verdier", "MEMBER_OF", "Parti communiste français"),
        "2019-06-01",
    ),
]


@pytest.mark.parametrize(("text", "edge", "date"), INCISES)
def test_the_incise_description_of_a_known_speaker_describes_them(extractor, text, edge, date):
    assert edge in edges(extractor, text, date)


def test_an_incise_description_of_the_other_gender_is_not_the_speaker(extractor):
    text = (
        "Anne Morel a pris la parole : « Nous irons jusqu'au bout », a lancé le député communiste."
    )
    assert ("Anne Morel", "MEMBER_OF", "Parti communiste français") not in edges(extractor, text)


OPENING_DESCRIPTIONS = [
    (
        "Gilles Marchetti a rejoint la liste de la maire. Le militant MoDem dit avoir été "
        "convaincu.",
        ("Gilles Marchetti", "MEMBER_OF", "Mouvement démocrate"),
    ),
    (
        "Pierre Lagarde s'est incliné. Le premier adjoint de Lille a appelé à voter pour "
        "Xavier Bertrand.",
        ("Pierre Lagarde", "SUPPORTS", "Xavier Bertrand"),
    ),
    (
        "Nadia Karim a quitté la réunion. La militante PCF a dénoncé une manœuvre.",
        ("Nadia Karim", "MEMBER_OF", "Parti communiste français"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), OPENING_DESCRIPTIONS)
def test_an_opening_description_stands_for_the_subject_before(extractor, text, edge):
    assert edge in edges(extractor, text, "2015-12-08")


def test_a_shared_role_never_binds_to_an_unnamed_gazetteer_holder(extractor):
    text = "Anne Morel a parlé. « Je ne céderai pas », a lancé le député socialiste."
    found = edges(extractor, text, "2015-12-08")
    assert not {e for e in found if e[0] not in {"Anne Morel"} and e[1] == "MEMBER_OF"}


PARTY_ROLES = [
    (
        "La tête de liste socialiste, Pierre Lagarde, s'est incliné. Le maire de Lille a "
        "appelé à voter pour Xavier Bertrand. Le candidat des Républicains a salué ce geste.",
        ("Xavier Bertrand", "MEMBER_OF", "Les Républicains"),
    ),
    (
        "La maire sortante, Hélène Vasseur (PS), briguera un mandat. Solène Marquet refuse "
        "de se ranger derrière la sortante socialiste.",
        ("Solène Marquet", "REJECTS", "Hélène Vasseur"),
    ),
    (
        "La maire sortante, Hélène Vasseur (PS), briguera un mandat. Mathis Caradec hésite. "
        "« Nous ne soutiendrons jamais la liste de la maire sortante », a-t-il prévenu.",
        ("Mathis Caradec", "REJECTS", "Hélène Vasseur"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), PARTY_ROLES)
def test_a_description_binds_to_the_one_person_it_fits(extractor, text, edge):
    assert edge in edges(extractor, text, "2015-12-08")


def test_a_description_of_someone_elses_party_is_not_the_subject_before(extractor):
    text = (
        "La tête de liste socialiste, Pierre Lagarde, a parlé. Le candidat des Républicains "
        "a salué ce geste."
    )
    found = edges(extractor, text, "2015-12-08")
    assert ("Pierre Lagarde", "MEMBER_OF", "Les Républicains") not in found


FOUNDED = [
    (
        "Jean-Luc Mélenchon, qui a fondé son propre mouvement, La France insoumise, a quitté "
        "le PS en 2008.",
        ("Jean-Luc Mélenchon", "MEMBER_OF", "La France insoumise"),
    ),
    (
        "Florian Philippot, qui a créé son parti, Les Patriotes, a quitté le Front national.",
        ("Florian Philippot", "MEMBER_OF", "Les Patriotes"),
    ),
    (
        "Édouard Philippe, qui a lancé sa propre formation, Horizons, reste fidèle à "
        "Emmanuel Macron.",
        ("Édouard Philippe", "MEMBER_OF", "Horizons"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), FOUNDED)
def test_the_party_a_person_founded_is_theirs(extractor, text, edge):
    assert edge in edges(extractor, text)


def test_the_party_a_person_left_is_not_theirs(extractor):
    text = "Paul Verdier, qui a quitté son ancien parti, Les Républicains, a rejoint Horizons."
    assert ("Paul Verdier", "MEMBER_OF", "Les Républicains") not in edges(extractor, text)
