"""Labels across sentences and persons, round 22 (seventeenth session, second round): wrong
memberships on main dd3a2d5 first (precision first), as phrasings of our own, with traps.

- **A label inside a fronted phrase whose head is another person** (« Élu face au candidat
  sous l'étiquette LR, X … », « Proche du maire PS de Dax, X … », « Derrière la maire
  socialiste de Lille, X … », « Contre le député RN sortant, X … »;
  ``descriptions._agent_opening``, ``descriptions._nested``): the role belongs to the rival,
  the leader or the person the adjective relates X to, not to X. An opening of a rival or an
  agent (« face à », « contre », « derrière », « devant », « avec », « par ») or an adjective
  with its complement (« proche du », « fidèle au ») makes the role someone else's. Never
  when the role opens the sentence itself (« Maire PS de Dax, X … », « Élue sous l'étiquette
  LR, X … »), nor a role apposed to X inside a clause (« Elle a débattu, avec le maire PS de
  Dax, X, de … »), nor « par ailleurs » (an adverb, no agent).
- **A plural verb after « a description, a name, »** (« Le maire LR de Dax, le sénateur X,
  ont signé », « Le président écologiste de la région, X, ont quitté la salle »;
  ``anaphora.plural_verb_after``): a list of two persons, the verb's plural subject, not a
  description and the name it stands for; the name gets nothing from the first description.
  Never with a singular verb (« …, X, a signé »), never a name coordinated after the
  apposition (« Le maire LR de Dax, X, et la sénatrice Y ont signé »: X is the mayor), nor a
  plural whose subject is another noun (« des amis du député-maire UMP, X, l'appellent ») or
  a verb of the second person (« …, X, vous invite »).

Every phrasing that must give no edge gave it on main dd3a2d5 but « Dimanche à Dax, face au
… » (already read right there); the traps pass there too (checked by probing main).
"""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples

DATE = "2024-03-02"


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Élu face au candidat sous l'étiquette LR, Armand Touvenel a remercié ses électeurs.",
            ("Armand Touvenel", "MEMBER_OF", "Les Républicains"),
        ),
        (
            "Proche du maire PS de Dax, Armand Touvenel a annoncé sa candidature.",
            ("Armand Touvenel", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "Très proche du maire PS de Dax, Armand Touvenel a annoncé sa candidature.",
            ("Armand Touvenel", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "Derrière la maire socialiste de Lille, Armand Touvenel a défilé dimanche.",
            ("Armand Touvenel", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "Contre le député RN sortant, Armand Touvenel part favori.",
            ("Armand Touvenel", "MEMBER_OF", "Front national"),
        ),
        (
            "Candidate face au maire PS de Dax, Claire Voisin mise sur la jeunesse.",
            ("Claire Voisin", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "Dimanche à Dax, face au député RN sortant, Armand Touvenel a tenu meeting.",
            ("Armand Touvenel", "MEMBER_OF", "Front national"),
        ),
    ],
)
def test_a_label_of_another_person_in_a_fronted_phrase(extractor, text, edge):
    assert edge not in claim_triples(extractor, text, DATE)


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Maire PS de Dax, Armand Touvenel a annoncé sa candidature.",
            ("Armand Touvenel", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "Élue sous l'étiquette LR, Claire Voisin a remercié ses électeurs.",
            ("Claire Voisin", "MEMBER_OF", "Les Républicains"),
        ),
        (
            "Conseillère régionale PS, Odile Farge a voté contre.",
            ("Odile Farge", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "Elle a débattu jeudi, avec le maire PS de Dax, Armand Touvenel, de la réforme.",
            ("Armand Touvenel", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "Face au maire sortant, la députée LR Odile Farge a voté contre.",
            ("Odile Farge", "MEMBER_OF", "Les Républicains"),
        ),
        (
            "Elle a obtenu le soutien du maire PS de Dax, Armand Touvenel.",
            ("Armand Touvenel", "MEMBER_OF", "Parti socialiste"),
        ),
    ],
)
def test_the_holders_own_role_stays(extractor, text, edge):
    assert edge in claim_triples(extractor, text, DATE)


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Le maire LR de Dax, le sénateur Armand Touvenel, ont signé la tribune.",
            ("Armand Touvenel", "MEMBER_OF", "Les Républicains"),
        ),
        (
            "La maire socialiste de Lille, la députée Claire Voisin, ont dénoncé le projet.",
            ("Claire Voisin", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "Le président écologiste de la région, Bertrand Quillet, ont ensuite quitté la salle.",
            ("Bertrand Quillet", "MEMBER_OF", "Europe Écologie Les Verts"),
        ),
        (
            "Le porte-parole du MoDem, Bertrand Quillet, se sont retrouvés à Pau.",
            ("Bertrand Quillet", "MEMBER_OF", "Mouvement démocrate"),
        ),
    ],
)
def test_a_plural_verb_makes_a_list_of_two_persons(extractor, text, edge):
    assert edge not in claim_triples(extractor, text, DATE)


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Le maire LR de Dax, le sénateur Armand Touvenel, a signé la tribune.",
            ("Armand Touvenel", "MEMBER_OF", "Les Républicains"),
        ),
        (
            "La secrétaire départementale du PS, Odile Farge, a signé la tribune.",
            ("Odile Farge", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "Le maire LR de Dax, Armand Touvenel, et la sénatrice Odile Farge ont signé la "
            "tribune.",
            ("Armand Touvenel", "MEMBER_OF", "Les Républicains"),
        ),
        (
            "La déléguée départementale du MoDem, Odile Farge, vous invite à la rejoindre.",
            ("Odile Farge", "MEMBER_OF", "Mouvement démocrate"),
        ),
    ],
)
def test_a_singular_verb_keeps_the_apposition(extractor, text, edge):
    assert edge in claim_triples(extractor, text, DATE)
