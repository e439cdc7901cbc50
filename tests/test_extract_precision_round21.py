"""False edges of the seventeenth session's untuned pair, fixed as families (precision round 21).

real16 and blind16 were scored before the session's work and at its end (the same totals);
real16's two forbidden edges were then read — and only those, not its misses — so real16 is a
tuning set for precision from here. One of them is a family:

- A list after a colon whose clause tells members leaving a party or put out of it holds the
  ones that leave: « P a voté l'exclusion de deux de ses membres : le député P A et B » gave
  A MEMBER_OF P from the label inside the list (a role label, or the co-mention of a person
  the gazetteer puts in P). Whatever label the list gives is the tie the clause ends
  (``co_mention.listed_after_departure``, read by ``co_mention.objections`` and
  ``superseded.drop_superseded``). A list after a clause with no departure keeps its labels.

The sentences are our own; the names are invented or public figures in invented events.
"""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples


@pytest.mark.parametrize(
    ("text", "holder", "party"),
    [
        (
            "Les Républicains ont voté l'exclusion de deux de leurs membres : le député des "
            "Républicains Xavier Bertrand et Valérie Pécresse.",
            "Xavier Bertrand",
            "Les Républicains",
        ),
        (
            "Le Parti socialiste a suspendu trois élus : l'ancien maire socialiste Jean-Marc "
            "Ayrault, Anne Hidalgo et Martine Aubry.",
            "Jean-Marc Ayrault",
            "Parti socialiste",
        ),
        (
            "Trois figures ont quitté Les Républicains cette semaine : la sénatrice des "
            "Républicains Valérie Pécresse, Xavier Bertrand et Christian Estrosi.",
            "Valérie Pécresse",
            "Les Républicains",
        ),
        (
            "Le MoDem a prononcé la radiation de deux adhérents : le maire MoDem de Pau, "
            "Anselme Quérou, et Claire Voisin.",
            "Anselme Quérou",
            "Mouvement démocrate",
        ),
    ],
)
def test_a_list_after_a_departure_holds_the_ones_who_leave(extractor, text, holder, party):
    assert (holder, "MEMBER_OF", party) not in claim_triples(extractor, text, "2017-10-31")


@pytest.mark.parametrize(
    "text",
    [
        # no departure in the clause before the colon: the label stands
        "Les Républicains ont salué l'arrivée de deux recrues : le député des Républicains "
        "Xavier Bertrand et Valérie Pécresse.",
        # the departure is denied
        "Les Républicains n'ont pas exclu leurs deux élus : le député des Républicains Xavier "
        "Bertrand restera au bureau.",
        # a refusal of something else before the colon is no departure
        "Les Républicains ont décliné l'invitation : le député des Républicains Xavier "
        "Bertrand refuse « un débat truqué ».",
        # the departure is another party's: the label of the list is its own
        "Deux élus ont quitté le MoDem : le député des Républicains Xavier Bertrand les accueille.",
    ],
)
def test_a_list_after_no_departure_keeps_its_labels(extractor, text):
    found = claim_triples(extractor, text, "2017-10-31")
    assert ("Xavier Bertrand", "MEMBER_OF", "Les Républicains") in found, found
