"""Labels of a past campaign and parties left in a relative clause (read from the eleventh
session's untuned forbidden edges, after its "after" run; sentences of our own).

- A label worn in an election ("sous les couleurs de P", "sous l'étiquette P", "porter les
  couleurs de P") dated by an earlier year, in its clause or on the participle it hangs on, is
  that campaign's (the cue flag ``campaign``, ``negation.campaign_dated``): "élue en 2012 sous
  les couleurs de l'UMP" in a 2017 article is no membership now; "depuis 2012" keeps it.
- A relative clause on the party that tells the holder left it ("adhère au PCF, qu'elle
  quitte en 2009") ends the membership (``superseded.left_by_relative``); one telling someone
  else left it, or denying the departure, does not.
"""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples


def edges(extractor, text: str) -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, "2017-05-20")


@pytest.mark.parametrize("text, party", [
    ("Claire Voisin, élue en 2008 sous l'étiquette UMP, brigue un nouveau mandat.",
     "Les Républicains"),
    ("La conseillère Claire Voisin, élue en 2008 sous la bannière du MoDem, siège désormais "
     "avec les non-inscrits.", "Mouvement démocrate"),
    ("Claire Voisin a été élue en 2012 sous les couleurs de l'UMP.", "Les Républicains"),
    ("Claire Voisin a porté les couleurs du PS aux municipales de 2014.", "Parti socialiste"),
])
def test_a_label_of_an_earlier_campaign_is_no_membership_now(extractor, text, party):
    assert ("Claire Voisin", "MEMBER_OF", party) not in edges(extractor, text)


@pytest.mark.parametrize("text", [
    "Claire Voisin porte les couleurs du PS depuis 2012.",
    "Claire Voisin portera les couleurs du PS aux législatives de 2017.",
    "Claire Voisin, élue sous les couleurs du PS, brigue un nouveau mandat.",
])
def test_a_label_worn_now_is_a_membership(extractor, text):
    assert ("Claire Voisin", "MEMBER_OF", "Parti socialiste") in edges(extractor, text)


@pytest.mark.parametrize("text", [
    "Claire Voisin adhère au Parti communiste, qu'elle quitte en 2009 pour les écologistes.",
    "Claire Voisin, membre du Parti communiste, qu'elle a quitté avec fracas, dirige une "
    "association.",
])
def test_a_party_the_holder_left_in_a_relative_is_no_membership(extractor, text):
    assert ("Claire Voisin", "MEMBER_OF", "Parti communiste français") not in edges(
        extractor, text)


@pytest.mark.parametrize("text", [
    "Claire Voisin milite au Parti communiste, que Benoît Hamon a quitté en 2009.",
    "Claire Voisin milite au Parti communiste, qu'elle a rejoint en 2009.",
])
def test_a_relative_telling_another_move_keeps_the_membership(extractor, text):
    assert ("Claire Voisin", "MEMBER_OF", "Parti communiste français") in edges(extractor, text)
