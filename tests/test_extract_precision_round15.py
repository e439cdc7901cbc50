"""Stances a sentence names but does not assert (round 15, thirteenth session).

Two families where the words of a stance are in the sentence and its two ends are named, but
the sentence says the stance never came about, or is only hoped for:

- a stance or alliance noun whose predicate says it never happened ("le ralliement de X à Y
  n'a jamais eu lieu", "ne s'est jamais concrétisé", "n'a pas vu le jour", "n'a pas abouti",
  "n'est plus d'actualité") or that was denied in the passive ("a été démenti"): the cue's
  chain stops at a subject noun because its predicate is about the noun, so the predicate is
  read there (``negation._unrealised``, the ``unrealised`` list); "ne fait aucun doute" and
  "n'a surpris personne" still affirm it;
- reliance without "pouvoir": "compte sur le ralliement de X" awaits it, "peut compter sur X"
  states it (the ``rely`` and ``can`` lists);
- an office one person holds at the article's date ("le chef de l'État", "le président de la
  République", "le Premier ministre", "le chef du gouvernement"), whom the gazetteer knows, was
  handed to the salient person of the sentence before when the gazetteer did not know that
  person: a local figure became the head of state (``roles`` keeps the known holder).

And one family of recall beside them: an order or a call to resign ("a appelé X à
démissionner", "a sommé X de démissionner", "a demandé à X de rendre son mandat") is an ouster
pressed for, like "réclame la démission de X" (a REJECTS cue in ``cues.toml``); a call to leave
a party is not one ("appelle X à quitter LR pour la rejoindre" invites X). A hand shaken is a
courtesy, not one held out: "refuse de serrer la main de X" snubs X and declines no offer of
X's (the ``handshake`` list of ``[offers]``). An elided « l' » takes the gender its past
participle agrees in: « Y l'a invité » after a woman and a man are named takes up the man
(``anaphora.agreed_gender``; the story's followed person was bound before, whatever the
participle said).

Every sentence is our own; the names are invented.
"""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples


def edges(extractor, text: str) -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, "2024-03-10")


@pytest.mark.parametrize(
    "text",
    [
        "Le ralliement de Bertrand Quillet à Odile Farge n'a finalement pas eu lieu.",
        "Le soutien d'Armand Touvenel à Odile Farge ne s'est jamais concrétisé.",
        "L'appui de Bertrand Quillet à Odile Farge n'a jamais vu le jour.",
        "Le rapprochement de Bertrand Quillet avec Odile Farge n'a pas abouti.",
        "Le soutien de Bertrand Quillet à Odile Farge n'est plus d'actualité.",
        "Le ralliement de Bertrand Quillet à Odile Farge, un temps évoqué, a été démenti par "
        "l'intéressé.",
        "Le soutien de Bertrand Quillet à Odile Farge, annoncé par un hebdomadaire, a été démenti "
        "dimanche par son entourage.",
        "L'annonce du ralliement de Bertrand Quillet à Odile Farge a été démentie dans la soirée.",
    ],
)
def test_a_stance_that_never_came_about_is_no_stance(extractor, text):
    assert not {
        e for e in edges(extractor, text) if e[0] == "Bertrand Quillet" or e[0] == "Armand Touvenel"
    }


@pytest.mark.parametrize(
    "text, edge",
    [
        (
            "Le soutien de Bertrand Quillet à Odile Farge ne fait aucun doute.",
            ("Bertrand Quillet", "SUPPORTS", "Odile Farge"),
        ),
        (
            "Le ralliement de Bertrand Quillet à Odile Farge n'a surpris personne.",
            ("Bertrand Quillet", "SUPPORTS", "Odile Farge"),
        ),
        (
            "Le ralliement de Bertrand Quillet à Odile Farge a eu lieu dimanche, devant la presse.",
            ("Bertrand Quillet", "SUPPORTS", "Odile Farge"),
        ),
        (
            "Le soutien de Bertrand Quillet à Odile Farge s'est concrétisé par un meeting commun.",
            ("Bertrand Quillet", "SUPPORTS", "Odile Farge"),
        ),
        (
            "Bertrand Quillet a démenti la rumeur et confirmé son soutien à Odile Farge.",
            ("Bertrand Quillet", "SUPPORTS", "Odile Farge"),
        ),
    ],
)
def test_a_predicate_that_affirms_or_happens_keeps_the_stance(extractor, text, edge):
    assert edge in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Odile Farge compte sur le ralliement de Bertrand Quillet au second tour.",
        "Odile Farge compte sur le soutien de Bertrand Quillet pour l'emporter en juin.",
        "Odile Farge comptait sur l'appui de Bertrand Quillet, qui n'est jamais venu.",
        "Odile Farge compte sur Bertrand Quillet, qui ne s'est pas encore prononcé.",
    ],
)
def test_counting_on_someone_is_a_hope(extractor, text):
    assert ("Bertrand Quillet", "SUPPORTS", "Odile Farge") not in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Odile Farge peut compter sur le soutien de Bertrand Quillet.",
        "Odile Farge pourra compter sur Bertrand Quillet, qui lui a promis son appui.",
        "Au second tour, Odile Farge peut compter sur le ralliement de Bertrand Quillet.",
        "Odile Farge sait pouvoir compter sur Bertrand Quillet.",
    ],
)
def test_being_able_to_count_on_someone_is_support(extractor, text):
    assert ("Bertrand Quillet", "SUPPORTS", "Odile Farge") in edges(extractor, text)


@pytest.mark.parametrize(
    "date, text, holder",
    [
        (
            "2016-05-10",
            "Odile Farge a rencontré Bertrand Quillet. Le chef de l'État, lui, soutient "
            "Claire Voisin.",
            "François Hollande",
        ),
        (
            "2016-05-10",
            "Bertrand Quillet a rencontré Odile Farge. Le président de la République, de "
            "son côté, soutient Claire Voisin.",
            "François Hollande",
        ),
        (
            "2016-05-10",
            "Odile Farge a rencontré Bertrand Quillet hier. Le Premier ministre, lui, "
            "soutient Claire Voisin.",
            "Manuel Valls",
        ),
        (
            "2021-05-10",
            "Bertrand Quillet a présenté sa liste jeudi. Le chef du gouvernement, lui, "
            "appuie Claire Voisin.",
            "Jean Castex",
        ),
        (
            "2013-02-10",
            "Odile Farge a déjeuné avec Armand Touvenel. Le chef de l'État a apporté son "
            "soutien à Claire Voisin.",
            "François Hollande",
        ),
    ],
)
def test_a_known_office_holder_is_not_the_salient_stranger(extractor, date, text, holder):
    found = claim_triples(extractor, text, date)
    assert (holder, "SUPPORTS", "Claire Voisin") in found
    assert not {e for e in found if e[1] == "SUPPORTS" and e[0] != holder}


@pytest.mark.parametrize(
    "text, edge",
    [
        (
            "Le Premier ministre, Odile Farge, soutient Claire Voisin.",
            ("Odile Farge", "SUPPORTS", "Claire Voisin"),
        ),
        (
            "Odile Farge a été reçue à l'Élysée. Le chef de l'État lui a apporté son soutien.",
            ("François Hollande", "SUPPORTS", "Odile Farge"),
        ),
    ],
)
def test_the_article_naming_the_holder_still_wins(extractor, text, edge):
    assert edge in claim_triples(extractor, text, "2016-05-10")


@pytest.mark.parametrize(
    "text",
    [
        "Odile Farge, ancienne ministre, a reçu Bertrand Quillet. L'ancien Premier ministre "
        "soutient Claire Voisin.",
        "Bertrand Quillet a tenu meeting à Saint-Arnac. L'ancien président de la République, lui, "
        "soutient Claire Voisin.",
    ],
)
def test_a_past_holder_of_a_known_office_is_not_the_salient_stranger(extractor, text):
    """Several past holders: which one is meant stays open, and the stranger is none of them."""
    found = claim_triples(extractor, text, "2019-05-10")
    assert not {e for e in found if e[0] in {"Bertrand Quillet", "Odile Farge"}}


@pytest.mark.parametrize(
    "text",
    [
        "Odile Farge a appelé Bertrand Quillet à démissionner.",
        "Odile Farge a sommé Bertrand Quillet de démissionner.",
        "Odile Farge a demandé à Bertrand Quillet de rendre son mandat.",
        "La présidente du groupe, Odile Farge, a demandé mardi à Bertrand Quillet de démissionner "
        "de son poste d'adjoint.",
        "Odile Farge exhorte Bertrand Quillet à quitter ses fonctions.",
        "Odile Farge a invité Bertrand Quillet à rendre son écharpe de maire.",
    ],
)
def test_a_call_to_resign_is_an_ouster_pressed_for(extractor, text):
    assert ("Odile Farge", "REJECTS", "Bertrand Quillet") in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Odile Farge n'a pas appelé Bertrand Quillet à démissionner.",
        "Odile Farge a refusé d'appeler Bertrand Quillet à démissionner.",
        "Odile Farge a appelé Bertrand Quillet à ne pas démissionner.",
        "Odile Farge a demandé à Bertrand Quillet de ne pas démissionner.",
        "Odile Farge appelle Bertrand Quillet à quitter LR pour la rejoindre.",
        "Bertrand Quillet a appelé Odile Farge pour lui annoncer qu'il allait démissionner.",
    ],
)
def test_a_call_not_made_or_not_to_resign_is_no_ouster(extractor, text):
    found = edges(extractor, text)
    assert ("Odile Farge", "REJECTS", "Bertrand Quillet") not in found
    assert ("Bertrand Quillet", "REJECTS", "Odile Farge") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Odile Farge refuse de serrer la main de Bertrand Quillet.",
        "Odile Farge a refusé de serrer la main de Bertrand Quillet à la fin du débat.",
        "Odile Farge a évité de serrer la main de Bertrand Quillet.",
        "Odile Farge s'est refusée à serrer la main de Bertrand Quillet.",
    ],
)
def test_a_handshake_refused_declines_no_offer(extractor, text):
    assert ("Bertrand Quillet", "INVITED_TO_RALLY", "Odile Farge") not in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Odile Farge a refusé la main tendue de Bertrand Quillet.",
        "Odile Farge a saisi la main tendue par Bertrand Quillet.",
        "Odile Farge a décliné l'offre de Bertrand Quillet, qui lui proposait de rejoindre "
        "sa liste.",
    ],
)
def test_a_hand_held_out_is_still_an_offer(extractor, text):
    assert ("Bertrand Quillet", "INVITED_TO_RALLY", "Odile Farge") in edges(extractor, text)


@pytest.mark.parametrize(
    "text, edge",
    [
        (
            "Odile Farge mène la campagne. Odile Farge a rencontré Bertrand Quillet. Claire "
            "Voisin l'a invité à la rejoindre.",
            ("Claire Voisin", "INVITED_TO_RALLY", "Bertrand Quillet"),
        ),
        (
            "Bertrand Quillet mène la campagne. Bertrand Quillet a rencontré Odile Farge. "
            "Armand Touvenel l'a invitée à le rejoindre.",
            ("Armand Touvenel", "INVITED_TO_RALLY", "Odile Farge"),
        ),
        (
            "Odile Farge a rencontré Bertrand Quillet. Claire Voisin l'a soutenu dès le premier "
            "tour.",
            ("Claire Voisin", "SUPPORTS", "Bertrand Quillet"),
        ),
        (
            "Odile Farge a rencontré Bertrand Quillet. Claire Voisin l'a soutenue dès le premier "
            "tour.",
            ("Claire Voisin", "SUPPORTS", "Odile Farge"),
        ),
    ],
)
def test_an_elided_object_takes_the_gender_of_its_participle(extractor, text, edge):
    found = edges(extractor, text)
    assert edge in found
    assert not {e for e in found if e[:2] == edge[:2] and e != edge}


@pytest.mark.parametrize(
    "text, edge",
    [
        (
            "Odile Farge a présenté sa liste. Claire Voisin lui a assuré son soutien.",
            ("Claire Voisin", "SUPPORTS", "Odile Farge"),
        ),
        (
            "Odile Farge s'est assuré le soutien de Claire Voisin.",
            ("Claire Voisin", "SUPPORTS", "Odile Farge"),
        ),
    ],
)
def test_assuring_someone_of_support_gives_it(extractor, text, edge):
    """A dative clitic before « assurer » names the one given the support; « s'assurer le
    soutien de X » receives it (the two merged rounds had lost the first)."""
    assert edge in edges(extractor, text)
