"""Stances with both ends in one sentence, round 18 (fifteenth session, second round).

Precision first: two false edges the base (5cb4491) drew.

- a vote against a censure of someone's government rejects the motion, not the head of that
  government: « a voté contre la motion de censure contre le gouvernement de X », « votera
  contre la censure du gouvernement de X » give nothing (voting the motion still rejects X;
  ``arguments._motion_voted_down``, words in ``grammar.toml`` ``[arguments]``);
- a support not received is no refusal by its giver: « n'a pas reçu le soutien de X », « n'a
  jamais obtenu l'appui de X », « ne bénéficie plus du soutien de X » give nothing
  (``negation.reception_negated``), while a refusal given (« X refuse son soutien à Y ») still
  rejects.

Then a family the base missed (each phrasing failing at 5cb4491, the traps giving nothing):

- a judgement by a negative evaluative word: « X juge Y irresponsable », « estime Y
  incompétent », « a jugé Y « totalement irresponsable » », « jugeait Y trop peu crédible »
  (cue data in ``cues.toml``, flagged ``judgement``: a negation or a clause between the verb
  and the word voids it, ``rules.JUDGEMENT_BREAKS``); praise or a neutral word (« compétent
  », « incontournable ») is no cue; « tacler » in the present too (« X tacle Y »), still a
  speech verb after a quotation.

Every sentence is our own; the names are invented.
"""

from __future__ import annotations

import pytest
from fixtures_extract import assert_edges, claim_triples


def edges(extractor, text: str) -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, "2024-05-10")


# --- a vote against a censure motion -----------------------------------------------------------


@pytest.mark.parametrize(
    "text, wrong",
    [
        (
            "Les députés socialistes d'Odile Farge ont voté contre la motion de censure contre "
            "le gouvernement de Bertrand Quillet.",
            ("Parti socialiste", "REJECTS", "Bertrand Quillet"),
        ),
        (
            "Odile Farge a voté contre la motion de censure visant le gouvernement de Bertrand "
            "Quillet.",
            ("Odile Farge", "REJECTS", "Bertrand Quillet"),
        ),
        (
            "Les élus écologistes voteront contre la censure du gouvernement de Bertrand "
            "Quillet, a annoncé Odile Farge.",
            ("Europe Écologie Les Verts", "REJECTS", "Bertrand Quillet"),
        ),
        (
            "Comme l'an dernier, Claire Voisin, élue du Nord, votera jeudi contre la motion de "
            "censure déposée contre le gouvernement d'Armand Touvenel.",
            ("Claire Voisin", "REJECTS", "Armand Touvenel"),
        ),
    ],
)
def test_a_vote_against_a_censure_rejects_no_one(extractor, text, wrong):
    assert_edges(edges(extractor, text), forbidden=[wrong])


@pytest.mark.parametrize(
    "text",
    [
        "Odile Farge a voté la motion de censure contre le gouvernement de Bertrand Quillet.",
        "Odile Farge a voté pour la motion de censure contre le gouvernement de Bertrand Quillet.",
        "Odile Farge votera la censure du gouvernement de Bertrand Quillet.",
    ],
)
def test_a_vote_for_a_censure_still_rejects(extractor, text):
    assert_edges(edges(extractor, text), expected=[("Odile Farge", "REJECTS", "Bertrand Quillet")])


# --- a support not received ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Odile Farge n'a pas reçu le soutien de Bertrand Quillet.",
        "Candidate à la mairie, Odile Farge n'a pas reçu le soutien de Bertrand Quillet.",
        "Odile Farge n'a jamais obtenu le soutien de Bertrand Quillet.",
        "Odile Farge, qui n'a pas obtenu le soutien de Bertrand Quillet, se présente seule.",
        "Odile Farge ne bénéficie plus du soutien de Bertrand Quillet.",
    ],
)
def test_a_support_not_received_is_no_refusal(extractor, text):
    found = edges(extractor, text)
    assert_edges(
        found,
        forbidden=[
            ("Bertrand Quillet", "REJECTS", "Odile Farge"),
            ("Bertrand Quillet", "SUPPORTS", "Odile Farge"),
        ],
    )


@pytest.mark.parametrize(
    "text, edge",
    [
        (
            "Odile Farge a reçu le soutien de Bertrand Quillet.",
            ("Bertrand Quillet", "SUPPORTS", "Odile Farge"),
        ),
        (
            "Bertrand Quillet refuse son soutien à Odile Farge.",
            ("Bertrand Quillet", "REJECTS", "Odile Farge"),
        ),
        (
            "Bertrand Quillet n'apporte pas son soutien à Odile Farge.",
            ("Bertrand Quillet", "REJECTS", "Odile Farge"),
        ),
    ],
)
def test_a_support_received_or_refused_still_counts(extractor, text, edge):
    assert_edges(edges(extractor, text), expected=[edge])


# --- a judgement by a negative evaluative word ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Odile Farge juge Bertrand Quillet irresponsable.",
        "La maire de Lille, Odile Farge, a jugé mardi Bertrand Quillet « totalement "
        "irresponsable ».",
        "Odile Farge estime Bertrand Quillet incompétent.",
        "Odile Farge, qui juge Bertrand Quillet « dangereux », refuse de voter le budget.",
        "Odile Farge jugeait Bertrand Quillet trop peu crédible pour mener la liste.",
        "Odile Farge juge Bertrand Quillet pas crédible.",
        "Odile Farge tacle Bertrand Quillet.",
    ],
)
def test_a_negative_judgement_rejects(extractor, text):
    assert_edges(edges(extractor, text), expected=[("Odile Farge", "REJECTS", "Bertrand Quillet")])


@pytest.mark.parametrize(
    "text",
    [
        "Odile Farge juge Bertrand Quillet compétent.",
        "Odile Farge juge Bertrand Quillet incontournable.",
        "Selon ses adversaires, Bertrand Quillet est irresponsable, a rapporté Odile Farge.",
        "Odile Farge ne juge pas Bertrand Quillet irresponsable.",
        "Odile Farge juge-t-elle Bertrand Quillet irresponsable ?",
        "Odile Farge estime que Bertrand Quillet n'est pas dangereux.",
        "Bertrand Quillet juge la situation dangereuse, selon Odile Farge.",
    ],
)
def test_judgement_traps(extractor, text):
    assert_edges(edges(extractor, text), forbidden=[("Odile Farge", "REJECTS", "Bertrand Quillet")])


def test_tacler_after_a_quotation_is_speech(extractor):
    found = edges(extractor, "« Bertrand Quillet n'a rien compris », tacle Odile Farge.")
    assert_edges(found, forbidden=[("Bertrand Quillet", "REJECTS", "Odile Farge")])
