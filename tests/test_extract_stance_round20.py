"""Stances with both ends in one sentence, round 20 (sixteenth session, second round).

Precision first: three families of false edges the base (012add9) drew, each phrasing below
failing there.

- reliance told with a verb the tagger takes for a noun: « X compte sur le soutien de Y », «
  X table sur l'appui de Y » gave X SUPPORTS Y, read as a headline description « X, soutien de
  Y ». A verb of reliance followed by « sur » opens no description (``descriptions.
  _segment_after``, ``grammar.toml`` ``[descriptions] relied_verbs``); the support is Y's and
  only hoped for, so nothing is drawn (« peut compter sur le soutien de Y » still states it);
- a step put off by « avant de »: « Avant de soutenir Y, X veut des garanties », « X
  consultera ses militants avant de rallier Y » gave SUPPORTS. An infinitive opened by « avant
  » under a main verb that sets a term (« veut », « exige », « attend »), a future, a
  conditional or an infinitive is not taken yet (``negation._pending_before``; the verbs in
  ``cues.toml`` ``awaiting``). Under a past the step was taken (« a critiqué Z avant d'annoncer
  son soutien à Y » stays SUPPORTS Y), and « avant » is a time, not a complement of the main
  verb (« a réfléchi avant de rejoindre Y » is no temptation);
- pondering: « Y réfléchit à un ralliement à X », « s'interroge sur un soutien à X » gave
  SUPPORTS: weighing a step is a temptation (``negation._pondering``, ``_pondered``, and
  ``_pondered_noun`` for the parse that hangs the noun on the name).

Then a family the base missed (each phrasing failing at 012add9): a description fronted before
the title that opens the holder's noun phrase (« Proche de X, la députée Y a … », « Soutien de
X, la députée LR Y », « Fidèle de X, le maire de Dax Y ») is the holder's, as before a bare
name; traps: a title of someone else (« l'entourage de la députée Y », « le père d'Y »), a
participle's clause, « Face à X », « Selon un proche de X », « Ancienne proche de X ».

Every sentence is our own; the names are invented.
"""

from __future__ import annotations

import pytest
from fixtures_extract import assert_edges, claim_triples


def edges(extractor, text: str) -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, "2026-03-02")


FARGE_QUILLET = [
    ("Odile Farge", "SUPPORTS", "Bertrand Quillet"),
    ("Bertrand Quillet", "SUPPORTS", "Odile Farge"),
]


# --- reliance: the support counted on is the other's, and hoped for --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Odile Farge compte sur le soutien de Bertrand Quillet.",
        "Odile Farge compte désormais sur le soutien de Bertrand Quillet.",
        "Odile Farge table sur le soutien de Bertrand Quillet pour l'emporter.",
        "Odile Farge compte sur le soutien de Bertrand Quillet pour l'emporter en juin.",
    ],
)
def test_relying_on_a_support_draws_no_support_of_ones_own(extractor, text: str) -> None:
    assert_edges(edges(extractor, text), forbidden=FARGE_QUILLET)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Odile Farge peut compter sur le soutien de Bertrand Quillet.",
            ("Bertrand Quillet", "SUPPORTS", "Odile Farge"),
        ),
        (
            "Odile Farge compte parmi les soutiens de Bertrand Quillet.",
            ("Odile Farge", "SUPPORTS", "Bertrand Quillet"),
        ),
        (
            "Odile Farge, soutien de Bertrand Quillet, a lancé sa campagne.",
            ("Odile Farge", "SUPPORTS", "Bertrand Quillet"),
        ),
    ],
)
def test_a_support_stated_or_counted_stays(extractor, text: str, expected) -> None:
    assert_edges(edges(extractor, text), expected=[expected])


# --- « avant de »: a step put off ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Avant de soutenir Bertrand Quillet, Odile Farge veut des garanties.",
        "Avant de soutenir Bertrand Quillet, Odile Farge exigera des garanties.",
        "Odile Farge veut des garanties avant de soutenir Bertrand Quillet.",
        "Odile Farge va consulter ses militants avant de rallier Bertrand Quillet.",
        "Odile Farge attend des engagements clairs avant de rejoindre Bertrand Quillet.",
    ],
)
def test_a_step_put_off_is_not_taken(extractor, text: str) -> None:
    assert_edges(edges(extractor, text), forbidden=FARGE_QUILLET)


def test_a_rejection_put_off_is_not_made(extractor) -> None:
    text = "Avant de s'en prendre à Bertrand Quillet, Odile Farge pose ses conditions."
    assert_edges(edges(extractor, text), forbidden=[("Odile Farge", "REJECTS", "Bertrand Quillet")])


@pytest.mark.parametrize(
    "text",
    [
        "Odile Farge a critiqué Claire Voisin avant d'annoncer son soutien à Bertrand Quillet.",
        "Odile Farge a réclamé des garanties avant de rallier Bertrand Quillet, jeudi.",
        "Avant de soutenir Bertrand Quillet, Odile Farge a consulté ses militants.",
        "Odile Farge salue ses militants avant d'annoncer son soutien à Bertrand Quillet.",
    ],
)
def test_a_step_taken_after_another_stays(extractor, text: str) -> None:
    assert_edges(edges(extractor, text), expected=[("Odile Farge", "SUPPORTS", "Bertrand Quillet")])


def test_before_is_a_time_not_a_temptation(extractor) -> None:
    text = "Odile Farge a réfléchi avant de rejoindre Bertrand Quillet."
    assert_edges(
        edges(extractor, text),
        expected=[("Odile Farge", "SUPPORTS", "Bertrand Quillet")],
        forbidden=[("Odile Farge", "TEMPTED_BY", "Bertrand Quillet")],
    )


# --- pondering a step is a temptation --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Odile Farge, elle, réfléchit à un ralliement à Bertrand Quillet.",
        "Odile Farge réfléchit à rejoindre Bertrand Quillet.",
        "La députée Odile Farge s'interroge sur un soutien à Bertrand Quillet.",
        "Depuis lundi, Odile Farge réfléchit à un éventuel ralliement à Bertrand Quillet.",
        "Odile Farge se questionne sur un ralliement à Bertrand Quillet.",
    ],
)
def test_pondering_a_step_is_a_temptation(extractor, text: str) -> None:
    assert_edges(
        edges(extractor, text),
        expected=[("Odile Farge", "TEMPTED_BY", "Bertrand Quillet")],
        forbidden=FARGE_QUILLET,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Odile Farge, elle, ne réfléchit pas à un ralliement à Bertrand Quillet.",
        "Odile Farge réfléchit à sa riposte au ralliement de Claire Voisin à Bertrand Quillet.",
    ],
)
def test_pondering_traps(extractor, text: str) -> None:
    assert_edges(
        edges(extractor, text),
        forbidden=[*FARGE_QUILLET, ("Odile Farge", "TEMPTED_BY", "Bertrand Quillet")],
    )


# --- a description fronted before a title and a name -----------------------------------------
# « Proche de X, Y … » describes Y; so does « Proche de X, la députée Y … », where the title
# opens Y's noun phrase (``descriptions._fronted_before_title``).


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Proche de Bertrand Quillet, la députée Odile Farge a pris la parole.",
            ("Odile Farge", "SUPPORTS", "Bertrand Quillet"),
        ),
        (
            "Soutien de Bertrand Quillet, la députée LR Odile Farge a pris la parole.",
            ("Odile Farge", "SUPPORTS", "Bertrand Quillet"),
        ),
        (
            "Fidèle de Bertrand Quillet, le maire de Dax Armand Touvenel a pris la parole.",
            ("Armand Touvenel", "SUPPORTS", "Bertrand Quillet"),
        ),
        (
            "Soutien de la première heure de Bertrand Quillet, la sénatrice Odile Farge a parlé.",
            ("Odile Farge", "SUPPORTS", "Bertrand Quillet"),
        ),
        (
            "Proche de Bertrand Quillet, l'ancienne ministre Odile Farge a pris la parole.",
            ("Odile Farge", "SUPPORTS", "Bertrand Quillet"),
        ),
        (
            "Adversaire de Bertrand Quillet, la députée Odile Farge a pris la parole.",
            ("Odile Farge", "REJECTS", "Bertrand Quillet"),
        ),
    ],
)
def test_a_description_fronted_before_a_title_is_the_holders(extractor, text, expected) -> None:
    assert_edges(edges(extractor, text), expected=[expected])


@pytest.mark.parametrize(
    "text",
    [
        "Proche de Bertrand Quillet, l'entourage de la députée Odile Farge a pris la parole.",
        "Interrogée sur Bertrand Quillet, la députée Odile Farge a pris la parole.",
        "Face à Bertrand Quillet, la députée Odile Farge a pris la parole.",
        "Ancienne proche de Bertrand Quillet, la députée Odile Farge a pris la parole.",
        "Selon un proche de Bertrand Quillet, la députée Odile Farge a pris la parole.",
        "Proche de Bertrand Quillet, le père d'Odile Farge a pris la parole.",
    ],
)
def test_fronted_traps(extractor, text: str) -> None:
    assert_edges(
        edges(extractor, text),
        forbidden=[
            ("Odile Farge", "SUPPORTS", "Bertrand Quillet"),
            ("Odile Farge", "REJECTS", "Bertrand Quillet"),
        ],
    )
