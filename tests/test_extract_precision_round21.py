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

- A label read in one sentence (« l'écologiste A ») is the tie another sentence of the article
  ends: « A, une ex-EELV aujourd'hui sans étiquette, … » gave A MEMBER_OF EELV from the label
  elsewhere (real16's other forbidden edge). A former label in the name's apposition or fronted
  phrase (« ex-P », « ancienne socialiste », « l'ancien du PS ») or another sentence telling the
  holder leaving (« A, qui a quitté le PS en 2018 ») drops the membership
  (``superseded.former_label``, ``superseded.left_in_sentence`` read over the article).

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


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "Claire Voisin, une ex-EELV aujourd'hui sans étiquette, conduit une liste d'union. "
            "Au premier tour, l'écologiste Claire Voisin est arrivée en tête.",
            "Europe Écologie Les Verts",
        ),
        (
            "Au premier tour, l'écologiste Claire Voisin est arrivée en tête. Claire Voisin, une "
            "ex-EELV aujourd'hui sans étiquette, conduit une liste d'union.",
            "Europe Écologie Les Verts",
        ),
        (
            "Au premier tour, la socialiste Claire Voisin est arrivée en tête. Ancienne "
            "socialiste, Claire Voisin a rendu sa carte en 2018.",
            "Parti socialiste",
        ),
        (
            "Au premier tour, la socialiste Claire Voisin est arrivée en tête. Claire Voisin, qui "
            "a quitté le PS en 2018, siège sans étiquette.",
            "Parti socialiste",
        ),
        (
            "Au premier tour, la socialiste Claire Voisin est arrivée en tête. Claire Voisin, "
            "l'ancienne du PS, conduit une liste d'union.",
            "Parti socialiste",
        ),
    ],
)
def test_a_former_label_elsewhere_in_the_article_ends_the_tie(extractor, text, party):
    found = claim_triples(extractor, text, "2020-06-26")
    assert ("Claire Voisin", "MEMBER_OF", party) not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Au premier tour, la socialiste Claire Voisin est arrivée en tête. Claire Voisin "
        "conduit une liste d'union.",
        # a former office is no former membership
        "Au premier tour, la socialiste Claire Voisin est arrivée en tête. Claire Voisin, "
        "ancienne ministre, conduit une liste d'union.",
        # someone else's former label
        "Au premier tour, la socialiste Claire Voisin est arrivée en tête. Armand Touvenel, un "
        "ex-socialiste, conduit une autre liste.",
    ],
)
def test_a_label_with_no_former_one_elsewhere_stands(extractor, text):
    found = claim_triples(extractor, text, "2020-06-26")
    assert ("Claire Voisin", "MEMBER_OF", "Parti socialiste") in found, found
