"""Precision on news phrasing: families of false edges found by auditing unannotated real
news (``tests/data/precision/README.md``), each with sentences that must not give the edge
and one that still must, so that a guard narrows a rule instead of switching it off.

Every sentence is our own wording.
"""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples

from alliancegraph.model import Article


def edges(extractor, text: str, date: str) -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, date)


# 1. A role or description followed by the name it stands for, set off by commas, is that
# person's: it must not also be bound to the salient person of the sentence before.
APPOSED = [
    (
        "Yannick Jadot a gagné de peu. Le résultat a été proclamé dimanche soir par le patron "
        "d'EELV, Julien Bayou.",
        "2021-09-20",
        ("Yannick Jadot", "MEMBER_OF", "Europe Écologie Les Verts"),
        ("Julien Bayou", "MEMBER_OF", "Europe Écologie Les Verts"),
    ),
    (
        "Yannick Jadot a gagné de peu. « Le vote est clos », a déclaré le patron d'EELV, "
        "Julien Bayou.",
        "2021-09-20",
        ("Yannick Jadot", "MEMBER_OF", "Europe Écologie Les Verts"),
        ("Julien Bayou", "MEMBER_OF", "Europe Écologie Les Verts"),
    ),
    (
        "Carole Delga a été réélue. La liste de la présidente de région PS, Marie-Guite Dufay, "
        "est arrivée en tête.",
        "2021-06-21",
        ("Carole Delga", "MEMBER_OF", "Parti socialiste"),
        ("Marie-Guite Dufay", "MEMBER_OF", "Parti socialiste"),
    ),
    (
        "Le maire de Cogolin, Marc-Etienne Lansade, est parti avec elle. L'ancien numéro deux, "
        "Florian Philippot, a lui aussi claqué la porte du FN.",
        "2017-09-30",
        ("Marc-Etienne Lansade", "REJECTS", "Front national"),
        ("Florian Philippot", "REJECTS", "Front national"),
    ),
]


@pytest.mark.parametrize(("text", "date", "wrong", "right"), APPOSED)
def test_a_description_with_its_name_in_apposition_is_not_bound_to_anyone_else(
    extractor, text, date, wrong, right
):
    found = edges(extractor, text, date)
    assert wrong not in found
    assert right in found


def test_a_description_without_a_name_still_stands_for_the_person_before(extractor):
    found = edges(
        extractor,
        "Yannick Jadot a gagné de peu. Le patron d'EELV a salué une belle campagne.",
        "2021-09-20",
    )
    assert ("Yannick Jadot", "MEMBER_OF", "Europe Écologie Les Verts") in found


def test_a_role_with_its_name_in_apposition_still_gives_the_named_person_the_stance(extractor):
    found = edges(
        extractor,
        "Renaud Muselier peut compter sur le maire de Nice, Christian Estrosi, qui le soutient.",
        "2021-05-04",
    )
    assert ("Christian Estrosi", "SUPPORTS", "Renaud Muselier") in found


# 2. A noun of allegiance inside "avec / sans / grâce à … le soutien de Y" is what the holder
# received (often long ago), not the holder's own tie to Y.
RECEIVED = [
    "Il est demandé l'exclusion de Jean-Jacques Sellès, élu maire en 2014 avec le soutien de "
    "l'UMP.",
    "Jean Dupuis, élu maire avec le soutien des Républicains, a rejoint la majorité.",
    "Jean Dupuis, réélu grâce à l'appui des Républicains, siège désormais ailleurs.",
    "Jean Dupuis, élu sans le soutien des Républicains, reste indépendant.",
]


@pytest.mark.parametrize("text", RECEIVED)
def test_support_received_is_not_support_given(extractor, text):
    found = edges(extractor, text, "2019-12-13")
    assert not {e for e in found if e[1] == "SUPPORTS" and e[2] == "Les Républicains"}


def test_support_received_is_a_named_drop_in_the_trace(extractor):
    article = Article(id="t", date="2019-12-13", title="", text=RECEIVED[1])
    dropped = extractor.run(article).dropped
    assert any(d.reason == "received" and d.object == "Les Républicains" for d in dropped)


def test_a_supporter_noun_in_apposition_still_gives_support(extractor):
    found = edges(
        extractor, "Jean Dupuis, fidèle soutien de Gérard Collomb, a quitté l'UMP.", "2019-12-13"
    )
    assert ("Jean Dupuis", "SUPPORTS", "Gérard Collomb") in found


# 3. A party label that only qualifies a noun ("la primaire UMP", "le candidat PS", "le
# président sortant LR") is not the actor a stance cue is about.
LABELS = [
    ("Fillon et Copé mobilisent pour la primaire UMP.", "2013-05-17"),
    ("Le président sortant LR, soutenu par LREM, arrive en tête.", "2021-06-20"),
    (
        "Renaud Muselier devance Thierry Mariani, contre 32,5 % pour le président sortant LR "
        "soutenu par LREM.",
        "2021-06-20",
    ),
    ("Le candidat PS soutenu par les écologistes arrive en tête.", "2021-06-20"),
]


@pytest.mark.parametrize(("text", "date"), LABELS)
def test_a_party_label_of_a_noun_is_not_the_object_of_a_stance(extractor, text, date):
    found = edges(extractor, text, date)
    assert not {e for e in found if e[1] == "SUPPORTS"}


def test_a_named_person_with_a_party_label_is_still_supported(extractor):
    found = edges(
        extractor, "Le maire LR Jean Dupuis, soutenu par LREM, sera en lice.", "2021-06-23"
    )
    assert ("En Marche", "SUPPORTS", "Jean Dupuis") in found
    assert ("Jean Dupuis", "MEMBER_OF", "Les Républicains") in found


# 4. An appeal to step aside (withdraw one's list, stand down) is not an invitation to rally
# the one who makes it.
STEP_ASIDE = [
    "Le secrétaire national du PS, Olivier Faure, a appelé Jean-Laurent Félizia à retirer sa "
    "liste.",
    "Olivier Faure exhorte Jean-Laurent Félizia à se retirer avant le second tour.",
    "Olivier Faure a invité Jean-Laurent Félizia à se désister dimanche.",
]


@pytest.mark.parametrize("text", STEP_ASIDE)
def test_an_appeal_to_step_aside_is_not_an_invitation(extractor, text):
    found = edges(extractor, text, "2021-06-20")
    assert ("Olivier Faure", "INVITED_TO_RALLY", "Jean-Laurent Félizia") not in found


def test_an_appeal_to_join_is_still_an_invitation(extractor):
    found = edges(
        extractor, "Olivier Faure a invité Jean-Laurent Félizia à rejoindre sa liste.", "2021-06-20"
    )
    assert ("Olivier Faure", "INVITED_TO_RALLY", "Jean-Laurent Félizia") in found
