"""False edges of the eighteenth session's untuned pair, fixed as families (precision round 22).

real17 and blind17 were scored before the session's work and at its end; real17's false edges
were then read — and only those, not its misses — so real17 is a tuning set for precision from
here. One forbidden edge came from a rule of the session and was reverted with it (a pronoun
inside a quotation bound to the previous quote's speaker); the other is a family:

- A candidacy is held, never received. « P comptait reprendre la mairie grâce à la candidature
  de A » gave A REJECTS P: the candidacy noun (« candidat », « candidature », « dissident »),
  whose stance is against whoever it faces (« la candidature de A face à B »), was handed to
  the sentence's subject through « avec », « grâce à », « malgré » as a support noun is
  (« grâce au soutien de A, B … »). A held noun's other end now comes only through its own
  prepositions (``held`` in ``cues.toml``).

The sentences are our own; the names are invented.
"""

from __future__ import annotations

import pytest
from fixtures_extract import assert_edges, claim_triples

DATE = "2026-03-01"


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "Le Parti socialiste comptait bien reprendre la mairie grâce à la candidature de "
            "Claire Voisin.",
            "Parti socialiste",
        ),
        ("Le Parti socialiste a gagné avec la candidature de Claire Voisin.", "Parti socialiste"),
        (
            "Grâce à la candidature de Claire Voisin, Les Républicains espèrent garder la ville.",
            "Les Républicains",
        ),
        (
            "Malgré la candidature dissidente de Claire Voisin, le Parti socialiste l'a emporté.",
            "Parti socialiste",
        ),
        (
            "Avec la candidature de Claire Voisin, La France insoumise veut s'implanter dans la "
            "ville.",
            "La France insoumise",
        ),
    ],
)
def test_a_candidacy_is_not_handed_to_the_sentence_subject(extractor, text, party):
    found = claim_triples(extractor, text, DATE)
    assert_edges(found, forbidden=[("Claire Voisin", "REJECTS", party)])


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        # the candidacy's own preposition still names whom it faces
        (
            "La candidature de Claire Voisin face à Bertrand Quillet inquiète la droite.",
            ("Claire Voisin", "REJECTS", "Bertrand Quillet"),
        ),
        (
            "Claire Voisin maintient sa candidature face au Parti socialiste.",
            ("Claire Voisin", "REJECTS", "Parti socialiste"),
        ),
        # a support noun is still received through the same openers
        (
            "Bertrand Quillet a gagné grâce au soutien de Claire Voisin.",
            ("Claire Voisin", "SUPPORTS", "Bertrand Quillet"),
        ),
        (
            "Fort du soutien de Claire Voisin, Bertrand Quillet se lance.",
            ("Claire Voisin", "SUPPORTS", "Bertrand Quillet"),
        ),
    ],
)
def test_a_candidacy_keeps_its_own_object_and_support_is_still_received(extractor, text, edge):
    assert edge in claim_triples(extractor, text, DATE)
