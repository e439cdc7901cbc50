"""Meanings no cue carried before the tenth round, each as a whole family: reproach, going to
law, an outburst against someone, mockery, and talking with someone (refused: a rejection;
its refusal denied: an openness).

Every family is read on several phrasings of our own (different verbs, nouns and word orders,
persons we invent) and has traps that must not give the edge: a negation, a win that is no
stance, a target that is nobody. The words live in ``ontology/cues.toml``; these tests say what
they mean.
"""

from __future__ import annotations

import pytest
from fixtures_extract import assert_edges, claim_triples


def edges(extractor, text: str) -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, "2019-06-01")


def check(extractor, text: str, expected, forbidden=()) -> None:
    assert_edges(edges(extractor, text), expected, forbidden)


# --- reproach: the one reproached is a dative ------------------------------------------------

REPROACHES = [
    "Le secrétaire départemental Hugues Marland a reproché à Odile Ferrat son abstention.",
    "Hugues Marland reproche à Odile Ferrat d'avoir quitté la majorité sans prévenir.",
    "Odile Ferrat a quitté la majorité. Hugues Marland lui reproche son silence.",
    "Hugues Marland en veut toujours à Odile Ferrat.",
    "Hugues Marland fait grief à Odile Ferrat de son absence au conseil.",
]


@pytest.mark.parametrize("text", REPROACHES)
def test_a_reproach_rejects_the_one_reproached(extractor, text):
    check(extractor, text, [("Hugues Marland", "REJECTS", "Odile Ferrat")])


def test_reproaching_nothing_is_no_stance(extractor):
    check(
        extractor,
        "Hugues Marland ne reproche rien à Odile Ferrat.",
        [],
        [("Hugues Marland", "REJECTS", "Odile Ferrat")],
    )


# --- going to law against someone ------------------------------------------------------------

COMPLAINTS = [
    "Hugues Marland va déposer une plainte pour diffamation contre Odile Ferrat.",
    "Hugues Marland a porté plainte contre Odile Ferrat après la réunion publique.",
    "La plainte de Hugues Marland contre Odile Ferrat sera examinée en septembre.",
    "Hugues Marland attaque Odile Ferrat en justice.",
    "Hugues Marland poursuit Odile Ferrat en diffamation.",
    "Hugues Marland a saisi la justice contre Odile Ferrat.",
]


@pytest.mark.parametrize("text", COMPLAINTS)
def test_going_to_law_against_someone_rejects_them(extractor, text):
    check(extractor, text, [("Hugues Marland", "REJECTS", "Odile Ferrat")])


@pytest.mark.parametrize(
    "text",
    [
        "Hugues Marland n'a pas porté plainte contre Odile Ferrat.",
        "Hugues Marland a renoncé à porter plainte contre Odile Ferrat.",
    ],
)
def test_a_complaint_not_made_is_no_stance(extractor, text):
    check(extractor, text, [], [("Hugues Marland", "REJECTS", "Odile Ferrat")])


# --- an outburst against someone -------------------------------------------------------------

OUTBURSTS = [
    "Hugues Marland s'insurge contre Odile Ferrat.",
    "Hugues Marland peste contre la décision d'Odile Ferrat.",
    "Hugues Marland, furieux contre Odile Ferrat, a quitté la séance.",
    "Hugues Marland s'est élevé contre la nomination d'Odile Ferrat.",
    "Hugues Marland est très remonté contre Odile Ferrat.",
]


@pytest.mark.parametrize("text", OUTBURSTS)
def test_an_outburst_against_someone_rejects_them(extractor, text):
    check(extractor, text, [("Hugues Marland", "REJECTS", "Odile Ferrat")])


@pytest.mark.parametrize(
    "text",
    [
        "Hugues Marland l'emporte contre Odile Ferrat avec 54 % des voix.",
        "Hugues Marland s'insurge contre la réforme des retraites, comme Odile Ferrat.",
    ],
)
def test_a_win_or_an_outburst_at_nobody_is_no_rejection(extractor, text):
    check(extractor, text, [], [("Hugues Marland", "REJECTS", "Odile Ferrat")])


# --- mockery of a rival ----------------------------------------------------------------------

MOCKERY = [
    "Hugues Marland se moque ouvertement d'Odile Ferrat.",
    "Hugues Marland a ridiculisé Odile Ferrat lors du débat.",
    "Hugues Marland tourne Odile Ferrat en dérision.",
    "Pendant le meeting, Hugues Marland a tapé sur Odile Ferrat.",
]


@pytest.mark.parametrize("text", MOCKERY)
def test_mocking_a_rival_rejects_them(extractor, text):
    check(extractor, text, [("Hugues Marland", "REJECTS", "Odile Ferrat")])


def test_a_stress_laid_on_someone_is_no_attack(extractor):
    check(
        extractor,
        "Hugues Marland met l'accent sur Odile Ferrat.",
        [],
        [("Hugues Marland", "REJECTS", "Odile Ferrat")],
    )


# --- talking with someone: refused, a rejection; open to it, a temptation --------------------

REFUSED_TALKS = [
    "Hugues Marland refuse de discuter avec Odile Ferrat.",
    "Hugues Marland se refuse à travailler avec Odile Ferrat.",
    "Hugues Marland exclut de gouverner avec Odile Ferrat.",
]


@pytest.mark.parametrize("text", REFUSED_TALKS)
def test_refusing_to_talk_with_someone_rejects_them(extractor, text):
    check(
        extractor,
        text,
        [("Hugues Marland", "REJECTS", "Odile Ferrat")],
        [("Hugues Marland", "TEMPTED_BY", "Odile Ferrat")],
    )


OPEN_TALKS = [
    "Hugues Marland n'exclut pas de discuter avec Odile Ferrat.",
    "Hugues Marland ne refuse pas de négocier avec Odile Ferrat.",
    "Hugues Marland se dit prêt à siéger avec Odile Ferrat.",
    "Hugues Marland se dit ouvert au dialogue avec Odile Ferrat.",
]


@pytest.mark.parametrize("text", OPEN_TALKS)
def test_openness_to_talk_with_someone_is_a_temptation(extractor, text):
    check(
        extractor,
        text,
        [("Hugues Marland", "TEMPTED_BY", "Odile Ferrat")],
        [("Hugues Marland", "REJECTS", "Odile Ferrat")],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Hugues Marland a discuté avec Odile Ferrat jeudi soir.",
        "« Je n'ai jamais discuté avec Odile Ferrat », assure Hugues Marland.",
    ],
)
def test_having_talked_with_someone_or_not_says_nothing(extractor, text):
    found = edges(extractor, text)
    assert not {e for e in found if e[0] == "Hugues Marland" and e[2] == "Odile Ferrat"}, found


# --- a vote given, a side taken, a bet placed: support ---------------------------------------

SIDES_TAKEN = [
    "Au second tour, Hugues Marland apportera sa voix à Odile Ferrat.",
    "Hugues Marland donnera ses voix à Odile Ferrat dimanche.",
    "Hugues Marland s'est déclaré en faveur d'Odile Ferrat.",
    "Hugues Marland a pris position pour Odile Ferrat.",
    "Hugues Marland a pris parti pour Odile Ferrat.",
    "Hugues Marland mise sur Odile Ferrat.",
]


@pytest.mark.parametrize("text", SIDES_TAKEN)
def test_a_vote_given_or_a_side_taken_is_support(extractor, text):
    check(extractor, text, [("Hugues Marland", "SUPPORTS", "Odile Ferrat")])


def test_a_side_taken_against_someone_rejects_them(extractor):
    check(
        extractor,
        "Hugues Marland a pris position contre Odile Ferrat.",
        [("Hugues Marland", "REJECTS", "Odile Ferrat")],
        [("Hugues Marland", "SUPPORTS", "Odile Ferrat")],
    )


def test_declaring_a_candidacy_is_no_side_taken(extractor):
    found = edges(
        extractor,
        "Hugues Marland s'est déclaré candidat à la présidence des Républicains.",
    )
    assert ("Hugues Marland", "SUPPORTS", "Les Républicains") not in found, found


def test_a_vote_withheld_is_no_support(extractor):
    check(
        extractor,
        "Hugues Marland ne donnera pas sa voix à Odile Ferrat.",
        [],
        [("Hugues Marland", "SUPPORTS", "Odile Ferrat")],
    )


# --- crossing over to someone's camp ---------------------------------------------------------

CROSSINGS = [
    "Hugues Marland a basculé dans le camp d'Odile Ferrat.",
    "Hugues Marland a basculé du côté d'Odile Ferrat.",
    "Après vingt ans d'opposition, Hugues Marland bascule chez Odile Ferrat.",
]


@pytest.mark.parametrize("text", CROSSINGS)
def test_crossing_over_to_a_camp_supports_its_head(extractor, text):
    check(extractor, text, [("Hugues Marland", "SUPPORTS", "Odile Ferrat")])


def test_years_spent_in_a_camp_are_no_crossing(extractor):
    check(
        extractor,
        "Hugues Marland a passé six ans dans la majorité d'Odile Ferrat.",
        [],
        [("Hugues Marland", "SUPPORTS", "Odile Ferrat")],
    )


def test_crossing_over_to_a_party_is_membership(extractor):
    check(
        extractor,
        "Hugues Marland a basculé chez Les Républicains.",
        [("Hugues Marland", "MEMBER_OF", "Les Républicains")],
    )


# --- disapproving of a move named as someone's -----------------------------------------------

DISAPPROVALS = [
    "Hugues Marland déplore le choix d'Odile Ferrat.",
    "Hugues Marland regrette la décision d'Odile Ferrat de quitter le groupe.",
    "Hugues Marland conteste la stratégie d'Odile Ferrat.",
]


@pytest.mark.parametrize("text", DISAPPROVALS)
def test_disapproving_of_someones_move_rejects_them(extractor, text):
    check(extractor, text, [("Hugues Marland", "REJECTS", "Odile Ferrat")])


def test_regretting_someones_departure_is_no_rejection(extractor):
    check(
        extractor,
        "Hugues Marland regrette le départ d'Odile Ferrat.",
        [],
        [("Hugues Marland", "REJECTS", "Odile Ferrat")],
    )


# --- courting and poaching: an invitation ----------------------------------------------------

COURTING = [
    "Hugues Marland fait du pied à Odile Ferrat.",
    "Hugues Marland multiplie les signaux en direction d'Odile Ferrat.",
    "Hugues Marland a fait des avances à Odile Ferrat.",
    "Hugues Marland cherche à débaucher Odile Ferrat.",
]


@pytest.mark.parametrize("text", COURTING)
def test_courting_someone_invites_them(extractor, text):
    check(extractor, text, [("Hugues Marland", "INVITED_TO_RALLY", "Odile Ferrat")])


def test_courting_denied_is_no_invitation(extractor):
    check(
        extractor,
        "Hugues Marland ne fait pas de signes à Odile Ferrat.",
        [],
        [("Hugues Marland", "INVITED_TO_RALLY", "Odile Ferrat")],
    )


# --- merging with someone, refusing to, and staying in against them --------------------------


def test_merging_with_someone_supports_them(extractor):
    check(
        extractor,
        "Hugues Marland a fusionné avec la liste d'Odile Ferrat.",
        [("Hugues Marland", "SUPPORTS", "Odile Ferrat")],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Hugues Marland refuse de fusionner avec Odile Ferrat.",
        "Hugues Marland ne fusionnera pas avec la liste d'Odile Ferrat.",
        "Hugues Marland se maintient face à Odile Ferrat.",
    ],
)
def test_refusing_to_merge_or_staying_in_rejects(extractor, text):
    check(
        extractor,
        text,
        [("Hugues Marland", "REJECTS", "Odile Ferrat")],
        [("Hugues Marland", "SUPPORTS", "Odile Ferrat")],
    )


# --- working for someone's defeat ------------------------------------------------------------

DEFEATS = [
    "Hugues Marland veut empêcher Odile Ferrat de l'emporter.",
    "Hugues Marland se retire pour détrôner Odile Ferrat.",
    "Hugues Marland a tout fait pour faire tomber Odile Ferrat.",
    "Hugues Marland barre la route à Odile Ferrat.",
    "Hugues Marland appelle à voter pour Paul Roux afin d'écarter Odile Ferrat.",
]


@pytest.mark.parametrize("text", DEFEATS)
def test_working_for_someones_defeat_rejects_them(extractor, text):
    check(extractor, text, [("Hugues Marland", "REJECTS", "Odile Ferrat")])


@pytest.mark.parametrize(
    "text",
    [
        "Hugues Marland n'a pas pu empêcher la victoire d'Odile Ferrat.",
        "Hugues Marland fait tomber la cravate devant Odile Ferrat.",
        "Paul Roux refuse tout rapprochement avec Hugues Marland contre Odile Ferrat.",
    ],
)
def test_a_defeat_not_sought_is_no_rejection(extractor, text):
    check(extractor, text, [], [("Hugues Marland", "REJECTS", "Odile Ferrat")])


# --- speaking for a party, reached through "dont" --------------------------------------------

SPOKESPEOPLE = [
    "Nadia Brunet dirige le MoDem, dont la députée Hélène Castel est la nouvelle porte-parole.",
    "Le bureau a réuni Les Républicains, dont Hélène Castel est porte-parole, jeudi soir.",
    "On attendait le MoDem, dont la porte-parole Hélène Castel a pris la parole en premier.",
]


@pytest.mark.parametrize("text", SPOKESPEOPLE)
def test_a_spokesperson_reached_through_dont_speaks_for_the_party(extractor, text):
    found = edges(extractor, text)
    assert any(e[0] == "Hélène Castel" and e[1] == "SPOKESPERSON_OF" for e in found), found


def test_a_former_spokesperson_reached_through_dont_speaks_for_nobody(extractor):
    found = edges(
        extractor, "Le bureau a réuni le MoDem, dont Hélène Castel était la porte-parole en 2009."
    )
    assert not any(e[1] == "SPOKESPERSON_OF" for e in found), found


# --- standing as the alternative to someone --------------------------------------------------

ALTERNATIVES = [
    "Marc Jouve entend offrir une alternative à la politique de Paul Roux.",
    "Marc Jouve incarne une alternative à Paul Roux.",
    "Marc Jouve veut constituer une alternative au projet de Paul Roux.",
]


@pytest.mark.parametrize("text", ALTERNATIVES)
def test_standing_as_the_alternative_to_someone_rejects_them(extractor, text):
    check(extractor, text, [("Marc Jouve", "REJECTS", "Paul Roux")])


def test_an_alternative_someone_else_offers_is_not_the_subjects(extractor):
    check(
        extractor,
        "Marc Jouve commente l'alternative à Paul Roux que propose la gauche.",
        [],
        [("Marc Jouve", "REJECTS", "Paul Roux")],
    )


# --- counsel: working for someone is support -------------------------------------------------

COUNSEL = [
    "Marc Jouve est conseiller politique de Paul Roux.",
    "Marc Jouve, directeur de cabinet de Paul Roux, a répondu aux élus.",
    "Marc Jouve, la plume de Paul Roux, signe le discours.",
]


@pytest.mark.parametrize("text", COUNSEL)
def test_counsel_of_someone_supports_them(extractor, text):
    check(extractor, text, [("Marc Jouve", "SUPPORTS", "Paul Roux")])


def test_a_former_counsel_is_no_support(extractor):
    check(
        extractor,
        "Marc Jouve, ancien directeur de cabinet de Paul Roux, soutient désormais Lina Vidal.",
        [("Marc Jouve", "SUPPORTS", "Lina Vidal")],
        [("Marc Jouve", "SUPPORTS", "Paul Roux")],
    )
