"""A party name qualified by a nationality is another country's party ("les Verts allemands",
"les socialistes européens"), never the French party of that name; without the nationality
the French party is still read."""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples


def edges(extractor, text: str, date: str = "2019-05-01") -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, date)


FOREIGN = [
    (
        "Anne Morel a rejoint les Verts allemands pendant ses études à Berlin.",
        ("Anne Morel", "MEMBER_OF", "Europe Écologie Les Verts"),
    ),
    (
        "Paul Verdier soutient les écologistes belges dans leur campagne.",
        ("Paul Verdier", "SUPPORTS", "Europe Écologie Les Verts"),
    ),
    (
        "Claire Vassal refuse toute alliance avec les socialistes espagnols au Parlement.",
        ("Claire Vassal", "REJECTS", "Parti socialiste"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), FOREIGN)
def test_a_party_qualified_by_a_nationality_is_not_the_french_one(extractor, text, edge):
    assert edge not in edges(extractor, text)


def test_the_same_party_without_nationality_is_the_french_one(extractor):
    found = edges(extractor, "Anne Morel a rejoint les Verts pendant ses études à Lyon.")
    assert ("Anne Morel", "MEMBER_OF", "Europe Écologie Les Verts") in found
