"""Actors reached across sentences, round 25 (nineteenth session): phrasings of our own, each
positive failing on main 2a5824d, with traps.

- **A description opening a sentence, then a relative set off by commas, then its verb**
  (« Le sénateur, qui s'était rendu au meeting de Y à Vernac, découvre … », « La même élue,
  qui s'était montrée aux côtés de Y lors de son meeting, découvre … »;
  ``anaphora._verb_after_relative``): the parser makes the description the root and hangs the
  verb on the relative's, but the description is the sentence's subject and stands for the
  subject of the sentence before, as « Le sénateur découvre … » does; a pronoun in the next
  sentence then goes to that person, not to Y, whom the relative only names. Never when the
  relative says its holder is not named, nor when the sentence before names two people the
  description could be.
"""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples

DATE = "2024-05-02"


@pytest.mark.parametrize(
    ("text", "edge", "wrong"),
    [
        (
            "Armand Touvenel explique depuis une semaine qu'il se taira. Le même homme, qui "
            "s'était affiché aux côtés de Bertrand Quillet lors de son meeting, découvre soudain "
            "la discrétion. Il ne votera pas Odile Farge, jure-t-il.",
            ("Armand Touvenel", "REJECTS", "Odile Farge"),
            ("Bertrand Quillet", "REJECTS", "Odile Farge"),
        ),
        (
            "Armand Touvenel se tait depuis le premier tour. Le sénateur, qui s'était rendu au "
            "meeting de Bertrand Quillet à Vernac, découvre soudain la discrétion. Il ne votera "
            "pas Odile Farge, assure-t-il.",
            ("Armand Touvenel", "REJECTS", "Odile Farge"),
            ("Bertrand Quillet", "REJECTS", "Odile Farge"),
        ),
    ],
)
def test_a_pronoun_after_a_described_subject_past_its_relative(extractor, text, edge, wrong):
    found = claim_triples(extractor, text, DATE)
    assert edge in found
    assert wrong not in found


@pytest.mark.parametrize(
    "text",
    [
        "Claire Voisin se tait depuis le premier tour. La même élue, qui s'était montrée aux "
        "côtés de Bertrand Quillet lors de son meeting, découvre soudain la prudence.",
        "Claire Voisin se tait depuis le premier tour. La députée, qui s'était affichée aux "
        "côtés de Bertrand Quillet lors de son meeting de Vernac, découvre soudain la "
        "discrétion.",
    ],
)
def test_the_relative_of_a_described_subject_is_the_person_before(extractor, text):
    assert ("Claire Voisin", "SUPPORTS", "Bertrand Quillet") in claim_triples(extractor, text, DATE)


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Claire Voisin a quitté le conseil municipal en mars. L'élue, qui a requis "
            "l'anonymat, dénonce la candidature d'Odile Farge.",
            ("Claire Voisin", "REJECTS", "Odile Farge"),
        ),
        (
            "Armand Touvenel et Bertrand Quillet ont quitté le conseil en mars. L'homme, qui "
            "siégeait depuis 2008, soutient désormais Odile Farge.",
            ("Armand Touvenel", "SUPPORTS", "Odile Farge"),
        ),
        (
            "Armand Touvenel et Paul Marsac ont quitté le conseil en mars. Le même homme, qui "
            "s'était affiché aux côtés de Bertrand Quillet lors de son meeting, découvre "
            "soudain la discrétion.",
            ("Armand Touvenel", "SUPPORTS", "Bertrand Quillet"),
        ),
    ],
)
def test_no_described_subject_when_unnamed_or_ambiguous(extractor, text, edge):
    assert edge not in claim_triples(extractor, text, DATE)
