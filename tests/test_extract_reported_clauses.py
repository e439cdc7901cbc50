"""A reported clause after an adjunct keeps its reporting verb (fifteenth session).

News puts where or when something was said between the verb of speech and what was said:
« a indiqué dans un communiqué qu'il voterait pour X », « a déclaré lors d'un meeting qu'il ne
soutiendrait pas X ». The model hangs such a « que » clause on the adjunct's noun as a relative
clause, so the conditional of a reported future ("voterait": a future in the past, the
speaker's commitment) lost the past verb of speech that makes it one, and the stance was read
as a hypothesis. ``nlp.reattach_completives`` gives the clause back to the verb of speech.
Every positive case failed on main; the sentences are our own.
"""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Odile Farge a indiqué dans un communiqué qu'elle voterait pour Benoît Hamon.",
            ("Odile Farge", "SUPPORTS", "Benoît Hamon"),
        ),
        (
            "Odile Farge a déclaré lors d'un meeting à Lyon qu'elle ne soutiendrait pas Manuel "
            "Valls.",
            ("Odile Farge", "REJECTS", "Manuel Valls"),
        ),
        (
            "Bertrand Quillet a fait savoir dans la matinée qu'il rallierait Benoît Hamon.",
            ("Bertrand Quillet", "SUPPORTS", "Benoît Hamon"),
        ),
        (
            "Bertrand Quillet, eurodéputé EELV, a annoncé dans la soirée qu'il soutiendrait "
            "Benoît Hamon, le vainqueur de la primaire.",
            ("Bertrand Quillet", "SUPPORTS", "Benoît Hamon"),
        ),
        (
            "Claire Voisin a assuré devant les militants qu'elle ferait campagne pour Benoît "
            "Hamon.",
            ("Claire Voisin", "SUPPORTS", "Benoît Hamon"),
        ),
    ],
)
def test_a_reported_future_after_an_adjunct(extractor, text, edge):
    assert edge in claim_triples(extractor, text, "2017-03-01")


@pytest.mark.parametrize(
    "text",
    [
        # under a present, a conditional stays a hypothesis, adjunct or not
        "Odile Farge affirme dans un communiqué qu'elle soutiendrait Benoît Hamon.",
        # the noun's own completive: a hope, not a report
        "Odile Farge a parlé dans l'espoir qu'elle soutiendrait Benoît Hamon.",
        # a denial governs the clause wherever the parser hung it
        "Odile Farge a démenti dans un communiqué qu'elle soutiendrait Benoît Hamon.",
    ],
)
def test_what_a_clause_under_an_adjunct_still_does_not_say(extractor, text):
    assert not any(o == "Benoît Hamon" for _, _, o in claim_triples(extractor, text, "2017-03-01"))


def test_a_reported_clause_about_someone_else_is_read_as_without_the_adjunct(extractor):
    plain = "Odile Farge a déclaré que Benoît Hamon soutiendrait Manuel Valls."
    with_adjunct = "Odile Farge a déclaré lors du débat que Benoît Hamon soutiendrait Manuel Valls."
    assert claim_triples(extractor, with_adjunct, "2017-03-01") == claim_triples(
        extractor, plain, "2017-03-01"
    )
