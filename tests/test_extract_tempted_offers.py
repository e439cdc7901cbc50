"""Temptations and invitations as news tells them around an offer.

- An offer answered without a refusal ("Y hésite", "réserve sa réponse", "ne dit pas non",
  "étudie la proposition") leaves the one invited TEMPTED_BY the one fresh inviter; never when
  two actors made offers, when the offer is old news, or when the hesitation ends in a no.
- An offer named with what it offers before its author ("la proposition de liste commune de
  X") is still X's invitation of the one who declines it.
- Being approached or solicited by X is X's invitation (INVITED_TO_RALLY), never under a
  negation or a rumour.
- Looking "with interest" at X is a temptation.

The words live in ``ontology/cues.toml`` (section "temptations and offers as news tells them"
and ``[offers]``); the reading of offers in ``loaders/offers.py``.
"""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples


def edges(extractor, text: str, date: str = "2021-03-15") -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, date)


OFFER = "Bastien Collard a proposé à Inès Marchal de rejoindre sa liste. "


@pytest.mark.parametrize(
    "answer",
    [
        "Inès Marchal hésite encore.",
        "Inès Marchal ne dit pas non.",
        "Inès Marchal réserve sa réponse jusqu'à lundi.",
        "Inès Marchal étudie la proposition avec ses colistiers.",
        "Inès Marchal se donne le temps de la réflexion.",
    ],
)
def test_an_offer_answered_without_a_no_is_a_temptation(extractor, answer):
    found = edges(extractor, OFFER + answer)
    assert ("Bastien Collard", "INVITED_TO_RALLY", "Inès Marchal") in found
    assert ("Inès Marchal", "TEMPTED_BY", "Bastien Collard") in found
    assert ("Inès Marchal", "SUPPORTS", "Bastien Collard") not in found


def test_a_hesitation_with_no_offer_before_it_has_no_object(extractor):
    found = edges(extractor, "Bastien Collard mène la liste de droite. Inès Marchal hésite encore.")
    assert not {e for e in found if e[1] == "TEMPTED_BY"}


def test_a_hesitation_between_two_suitors_leans_to_neither(extractor):
    text = (
        "Bastien Collard a proposé à Inès Marchal de rejoindre sa liste. Le même jour, Odile "
        "Ferrand lui a proposé de fusionner leurs listes. Inès Marchal hésite."
    )
    found = edges(extractor, text)
    assert ("Inès Marchal", "TEMPTED_BY", "Bastien Collard") not in found
    assert ("Inès Marchal", "TEMPTED_BY", "Odile Ferrand") not in found


def test_an_old_offer_is_not_what_a_hesitation_answers(extractor):
    text = (
        OFFER + "La campagne a commencé lundi. Les militants collent des affiches. Le débat "
        "télévisé aura lieu jeudi. Inès Marchal hésite encore."
    )
    assert ("Inès Marchal", "TEMPTED_BY", "Bastien Collard") not in edges(extractor, text)


@pytest.mark.parametrize(
    "answer",
    [
        "Inès Marchal a hésité, puis elle a décliné l'offre.",
        "Inès Marchal n'hésite pas : elle refuse.",
        "Inès Marchal a dit non.",
    ],
)
def test_a_hesitation_ended_by_a_no_is_no_temptation(extractor, answer):
    assert ("Inès Marchal", "TEMPTED_BY", "Bastien Collard") not in edges(extractor, OFFER + answer)


@pytest.mark.parametrize(
    "text",
    [
        "Inès Marchal a refusé la proposition de liste commune de Bastien Collard.",
        "Inès Marchal a décliné l'offre d'alliance de Bastien Collard.",
        "Inès Marchal a rejeté la proposition d'accord de Bastien Collard.",
    ],
)
def test_an_offer_named_before_its_author_is_the_authors_invitation(extractor, text):
    found = edges(extractor, text)
    assert ("Inès Marchal", "REJECTS", "Bastien Collard") in found
    assert ("Bastien Collard", "INVITED_TO_RALLY", "Inès Marchal") in found


def test_declining_an_offer_of_a_debate_is_no_invitation_declined(extractor):
    found = edges(extractor, "Inès Marchal a décliné l'offre de débat de Bastien Collard.")
    assert ("Bastien Collard", "INVITED_TO_RALLY", "Inès Marchal") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Inès Marchal a été approchée par Bastien Collard.",
        "Inès Marchal, sollicitée par Bastien Collard pour rejoindre sa liste, n'a pas répondu.",
        "Selon ses proches, Inès Marchal a été démarchée par Bastien Collard la semaine dernière.",
    ],
)
def test_being_approached_is_an_invitation_of_the_one_who_approaches(extractor, text):
    found = edges(extractor, text)
    assert ("Bastien Collard", "INVITED_TO_RALLY", "Inès Marchal") in found
    assert ("Inès Marchal", "INVITED_TO_RALLY", "Bastien Collard") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Inès Marchal n'a jamais été approchée par Bastien Collard.",
        "Inès Marchal aurait été approchée par Bastien Collard, selon un hebdomadaire.",
    ],
)
def test_no_invitation_from_a_denied_or_rumoured_approach(extractor, text):
    assert ("Bastien Collard", "INVITED_TO_RALLY", "Inès Marchal") not in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Inès Marchal regarde avec intérêt la liste de Bastien Collard.",
        "Inès Marchal observe « avec un certain intérêt » la candidature de Bastien Collard.",
        "Inès Marchal suit avec intérêt la démarche de Bastien Collard.",
    ],
)
def test_looking_with_interest_is_a_temptation(extractor, text):
    found = edges(extractor, text)
    assert ("Inès Marchal", "TEMPTED_BY", "Bastien Collard") in found
    assert ("Inès Marchal", "SUPPORTS", "Bastien Collard") not in found


def test_no_interest_is_no_temptation(extractor):
    text = "Inès Marchal ne regarde pas avec intérêt la liste de Bastien Collard."
    assert ("Inès Marchal", "TEMPTED_BY", "Bastien Collard") not in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Inès Marchal ne le cache pas : le projet de Bastien Collard lui parle.",
        "Inès Marchal reconnaît que le discours de Bastien Collard « lui parle ».",
        "Inès Marchal ne s'en cache pas, la ligne de Bastien Collard lui parle beaucoup.",
    ],
)
def test_what_of_someone_speaks_to_a_person_tempts_that_person(extractor, text):
    assert ("Inès Marchal", "TEMPTED_BY", "Bastien Collard") in edges(extractor, text)


def test_a_person_who_talks_to_someone_does_not_tempt_them(extractor):
    text = "Inès Marchal a croisé Bastien Collard au marché. Bastien Collard lui parle souvent."
    assert ("Inès Marchal", "TEMPTED_BY", "Bastien Collard") not in edges(extractor, text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Inès Marchal est en discussion avec Bastien Collard depuis deux semaines.",
            "Bastien Collard",
        ),
        (
            "Inès Marchal a engagé des discussions avec Bastien Collard pour le second tour.",
            "Bastien Collard",
        ),
        ("Inès Marchal a noué des contacts avec Les Républicains.", "Les Républicains"),
        ("Inès Marchal reste en pourparlers avec Bastien Collard.", "Bastien Collard"),
    ],
)
def test_talks_with_someone_are_a_temptation(extractor, text, target):
    found = edges(extractor, text)
    assert ("Inès Marchal", "TEMPTED_BY", target) in found
    assert ("Inès Marchal", "SUPPORTS", target) not in found


@pytest.mark.parametrize(
    "text",
    [
        "Inès Marchal dément être en discussion avec Bastien Collard.",
        "Inès Marchal n'a aucun contact avec Bastien Collard.",
        "Les discussions entre Inès Marchal et Bastien Collard ont échoué.",
    ],
)
def test_no_talks_no_temptation(extractor, text):
    assert ("Inès Marchal", "TEMPTED_BY", "Bastien Collard") not in edges(extractor, text)


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("Inès Marchal dit regarder du côté de Bastien Collard et de Odile Ferrand.", "TEMPTED_BY"),
        ("Inès Marchal lorgne en direction de Bastien Collard et d'Odile Ferrand.", "TEMPTED_BY"),
        ("Inès Marchal reste aux côtés de Bastien Collard et d'Odile Ferrand.", "SUPPORTS"),
    ],
)
def test_a_multi_word_preposition_repeats_its_last_word_in_a_list(extractor, text, relation):
    found = edges(extractor, text)
    assert ("Inès Marchal", relation, "Bastien Collard") in found
    assert ("Inès Marchal", relation, "Odile Ferrand") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gérald Puech conduit la liste de droite. Hervé Sallan a tendu la main à son ancien "
            "adjoint à l'urbanisme, Léon Garrigue.",
            ("Hervé Sallan", "INVITED_TO_RALLY", "Léon Garrigue"),
        ),
        (
            "Gérald Puech conduit la liste de droite. Hervé Sallan avait proposé à son ancien "
            "adjoint aux finances, Léon Garrigue, de le rejoindre.",
            ("Hervé Sallan", "INVITED_TO_RALLY", "Léon Garrigue"),
        ),
        (
            "Gérald Puech conduit la liste de droite. Hervé Sallan votera pour son ancienne "
            "collègue du conseil, Maud Irigoin.",
            ("Hervé Sallan", "SUPPORTS", "Maud Irigoin"),
        ),
    ],
)
def test_a_possessive_stands_for_the_name_apposed_after_its_complement(extractor, text, expected):
    """ "son ancien adjoint aux finances, X": the apposition names the person, so the
    possessive is X, never a guess among the other persons named before."""
    found = edges(extractor, text)
    assert expected in found
    assert not {e for e in found if e[0] == "Hervé Sallan" and e[2] == "Gérald Puech"}
