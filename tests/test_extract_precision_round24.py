"""False edges fixed, round 24 (nineteenth session, across sentences): phrasings of our own,
each positive failing on main 2a5824d, with traps.

- **A relative after a noun that stands for someone else** (« la fidèle de X, qui réclame … »,
  « l'entourage de X, qui dénonce … », « la direction du parti de X, qui a engagé … », « le
  porte-parole de X, qui appelle … »; ``arguments._completes_a_holder``): the relative is about
  the noun, whose holder the sentence does not name, never about X, who only completes it.
  A noun of an act or an event (« le soutien de X, qui … », « au meeting de X, qui … ») and a
  list (« la liste de X, qui … ») leave X the antecedent.
- **« la tête de liste » tells no gender** (« Pour la tête de liste socialiste, … », « La tête
  de liste socialiste regrette … », « … », a déclaré la tête de liste socialiste »;
  ``[roles] epicene_roles`` read by ``roles._role_gender``): the noun is feminine whoever leads
  the list, so its article must not narrow the holder to the one woman named before, who
  then got the description's party; the man of that party named before is the holder.
"""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples

DATE = "2024-05-02"


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "« Trahir le vote des adhérents, c'est indigne », tranche la fidèle de Bertrand "
            "Quillet, qui réclame la démission d'Odile Farge.",
            ("Bertrand Quillet", "REJECTS", "Odile Farge"),
        ),
        (
            "Odile Farge rejoindra la liste d'Armand Touvenel, au grand dam de la direction du "
            "parti de Bertrand Quillet, qui a engagé contre elle une procédure d'exclusion.",
            ("Bertrand Quillet", "REJECTS", "Odile Farge"),
        ),
        (
            "La colère monte dans l'entourage de Bertrand Quillet, qui dénonce la candidature "
            "d'Odile Farge.",
            ("Bertrand Quillet", "REJECTS", "Odile Farge"),
        ),
        (
            "Le message a été relayé par le porte-parole de Bertrand Quillet, qui appelle à voter "
            "pour Odile Farge.",
            ("Bertrand Quillet", "SUPPORTS", "Odile Farge"),
        ),
        (
            "Un proche d'Armand Touvenel, qui a rompu avec Odile Farge, siège désormais dans "
            "l'opposition.",
            ("Armand Touvenel", "REJECTS", "Odile Farge"),
        ),
        (
            "La section du parti de Bertrand Quillet, qui soutient Odile Farge, a voté mardi.",
            ("Bertrand Quillet", "SUPPORTS", "Odile Farge"),
        ),
    ],
)
def test_a_relative_is_not_about_the_complement_of_a_holder(extractor, text, edge):
    assert edge not in claim_triples(extractor, text, DATE)


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Odile Farge a reçu le soutien de Bertrand Quillet, qui appelle à voter pour elle.",
            ("Bertrand Quillet", "SUPPORTS", "Odile Farge"),
        ),
        (
            "Odile Farge a obtenu le ralliement de Bertrand Quillet, qui soutient désormais sa "
            "liste.",
            ("Bertrand Quillet", "SUPPORTS", "Odile Farge"),
        ),
        (
            "La liste de Bertrand Quillet, qui soutient Odile Farge, a obtenu 12 %.",
            ("Bertrand Quillet", "SUPPORTS", "Odile Farge"),
        ),
        (
            "Au meeting de Bertrand Quillet, qui soutient Odile Farge, la salle était pleine.",
            ("Bertrand Quillet", "SUPPORTS", "Odile Farge"),
        ),
    ],
)
def test_a_relative_after_an_act_or_a_list_is_about_its_complement(extractor, text, edge):
    assert edge in claim_triples(extractor, text, DATE)

@pytest.mark.parametrize(
    "text",
    [
        "Le conseiller départemental Armand Touvenel, socialiste, conduira une liste d'union. La "
        "France insoumise présentera sa propre candidate, Claire Voisin, qui juge l'accord « sans "
        "ambition ». « La porte reste ouverte », lui a répondu la tête de liste socialiste.",
        "Armand Touvenel, socialiste, conduira la liste d'union à Vernac. Claire Voisin, elle, "
        "maintient sa candidature. Pour la tête de liste socialiste, « la gauche gagnera unie ».",
        "Armand Touvenel, socialiste, conduira la liste d'union à Vernac. Claire Voisin a refusé "
        "d'y figurer. La tête de liste socialiste regrette « un rendez-vous manqué ».",
        "Armand Touvenel (PS) conduira la liste d'union à Vernac. Claire Voisin présentera la "
        "sienne. « Nous restons ouverts », a déclaré la tête de liste socialiste.",
    ],
)
def test_the_list_leader_is_not_the_one_woman_named(extractor, text):
    found = claim_triples(extractor, text, DATE)
    assert ("Claire Voisin", "MEMBER_OF", "Parti socialiste") not in found
    assert ("Armand Touvenel", "MEMBER_OF", "Parti socialiste") in found


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Claire Voisin mènera la liste socialiste à Vernac. « Nous irons unis », assure la "
            "tête de liste socialiste.",
            ("Claire Voisin", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "Le socialiste Armand Touvenel mènera la liste de la gauche. Chez les insoumis, "
            "Claire Voisin hésite encore. « Rien n'est fermé », assure la tête de liste "
            "socialiste.",
            ("Armand Touvenel", "MEMBER_OF", "Parti socialiste"),
        ),
    ],
)
def test_a_list_leader_of_either_gender_is_still_read(extractor, text, edge):
    assert edge in claim_triples(extractor, text, DATE)
