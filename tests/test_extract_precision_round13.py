"""Ends put to a stance (round 13, after the stance-vocabulary round).

What a sentence says is over is not a stance held at the article's date:

- an end between a cue and its companion word ("a annoncé la fin des négociations avec X",
  "a acté la rupture des négociations avec X"): the talks are no temptation any more
  (``negation.modality`` reads the ``ended`` words between the cue and its word);
- an end put to a support ("a mis fin / un terme à son soutien à X") or a decision gone back on
  ("est revenu sur sa décision de soutenir X", "est revenu sur son soutien à X"): withdrawn,
  read like "retirer son soutien" (``negation._withdrawn``); "est revenu au PS" is a return.

Every sentence is our own; the names are invented.
"""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples


def edges(extractor, text: str) -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, "2021-03-05")


@pytest.mark.parametrize("text", [
    "Odile Farge a annoncé la fin des négociations avec La France insoumise.",
    "Odile Farge a acté la rupture des négociations avec La France insoumise.",
    "Odile Farge a constaté l'échec des discussions avec La France insoumise.",
])
def test_talks_ended_are_no_temptation(extractor, text):
    assert ("Odile Farge", "TEMPTED_BY", "La France insoumise") not in edges(extractor, text)


def test_talks_going_on_still_are(extractor):
    found = edges(extractor, "Odile Farge est en négociations avec La France insoumise.")
    assert ("Odile Farge", "TEMPTED_BY", "La France insoumise") in found


@pytest.mark.parametrize("text", [
    "Odile Farge a mis fin à son soutien à Bertrand Quillet.",
    "Odile Farge a mis un terme à son soutien à Bertrand Quillet.",
    "Odile Farge est revenue sur son soutien à Bertrand Quillet.",
    "Odile Farge est revenue sur sa décision de soutenir Bertrand Quillet.",
])
def test_a_support_ended_is_withdrawn(extractor, text):
    found = edges(extractor, text)
    assert ("Odile Farge", "SUPPORTS", "Bertrand Quillet") not in found
    assert ("Odile Farge", "REJECTS", "Bertrand Quillet") in found


@pytest.mark.parametrize("text, edge", [
    ("Odile Farge est revenue au Parti socialiste.",
     ("Odile Farge", "MEMBER_OF", "Parti socialiste")),
    ("Odile Farge a soutenu Bertrand Quillet jusqu'à la fin de la campagne.",
     ("Odile Farge", "SUPPORTS", "Bertrand Quillet")),
    ("Odile Farge a annoncé sa décision de soutenir Bertrand Quillet.",
     ("Odile Farge", "SUPPORTS", "Bertrand Quillet")),
])
def test_a_return_a_deadline_or_a_decision_announced_keep_their_edge(extractor, text, edge):
    assert edge in edges(extractor, text)
