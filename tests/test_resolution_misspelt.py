"""Names news pages misspell ("Benoît Hammon", "Jean-Luc Mélanchon"): a full name whose
first name is a known person's and whose surname is one letter off theirs (a letter added,
dropped, changed, or two swapped) stands for that person, when exactly one fits
(``Gazetteer.misspelt_person``). A short surname, another first name, two slips or two
candidates leave the name as written: a miss beats a wrong person.

Every sentence is our own.
"""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples

from alliancegraph.ontology.gazetteer import load_gazetteer


def edges(extractor, text: str) -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, "2018-11-16")


@pytest.mark.parametrize("text, edge", [
    ("Raphaël Glucksman a critiqué Olivier Faure sans ménagement.",
     ("Raphaël Glucksmann", "REJECTS", "Olivier Faure")),
    ("Benoît Hammon soutient Yannick Jadot.", ("Benoît Hamon", "SUPPORTS", "Yannick Jadot")),
    ("Jean-Luc Mélanchon a critiqué Emmanuel Macron.",
     ("Jean-Luc Mélenchon", "REJECTS", "Emmanuel Macron")),
])
def test_a_slip_in_a_known_surname_is_that_person(extractor, text, edge):
    assert edge in edges(extractor, text)


@pytest.mark.parametrize("name", [
    "Marc Hamonn",            # another first name
    "Benoît Hamonnet",        # two letters off
    "Benoît Hamon",           # no slip: the gazetteer's own name, found by the exact look-up
])
def test_no_slip_or_another_person_is_not_read_as_a_slip(name):
    assert load_gazetteer().misspelt_person(name) is None


def test_a_name_written_right_is_found_as_before(extractor):
    found = edges(extractor, "Benoît Hamon soutient Yannick Jadot.")
    assert ("Benoît Hamon", "SUPPORTS", "Yannick Jadot") in found
