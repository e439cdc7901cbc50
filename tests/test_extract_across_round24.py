"""Labels beside a name and ends not named together, round 24 (eighteenth session, second
round across sentences): phrasings of our own, each positive failing on main 6e0f4ff, with
traps.

- **A dissident's label** (« le socialiste dissident X », « la communiste dissidente X », « le
  dissident socialiste X »; ``[membership_news] dissenting`` read by ``descriptions.describe``):
  a member standing against the party line is still the label's member, as the sets' gold
  writes it. Never « le dissident X » alone, nor a former label with a move.
"""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples

DATE = "2024-05-02"


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Le socialiste dissident Armand Touvenel obtient 9 % dans la troisième.",
            ("Armand Touvenel", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "La socialiste dissidente Odile Farge maintient sa liste face au candidat officiel.",
            ("Odile Farge", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "L'insoumis dissident Bertrand Quillet, qui refuse l'accord, se présente à Vernac.",
            ("Bertrand Quillet", "MEMBER_OF", "La France insoumise"),
        ),
        (
            "À Vernac, la communiste dissidente Claire Voisin a recueilli 8 % des voix.",
            ("Claire Voisin", "MEMBER_OF", "Parti communiste français"),
        ),
        (
            "Le dissident socialiste Armand Touvenel a déposé sa liste en préfecture.",
            ("Armand Touvenel", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "Les socialistes dissidents Odile Farge et Bertrand Quillet maintiennent leur liste.",
            ("Bertrand Quillet", "MEMBER_OF", "Parti socialiste"),
        ),
    ],
)
def test_a_dissident_keeps_the_label(extractor, text, edge):
    assert edge in claim_triples(extractor, text, DATE)


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Le dissident Armand Touvenel maintient sa liste face au candidat socialiste.",
            ("Armand Touvenel", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "L'ancien socialiste dissident Armand Touvenel a rejoint Horizons.",
            ("Armand Touvenel", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "Le dissident de droite Armand Touvenel affronte la socialiste Odile Farge.",
            ("Armand Touvenel", "MEMBER_OF", "Parti socialiste"),
        ),
    ],
)
def test_no_label_for_the_dissident(extractor, text, edge):
    assert edge not in claim_triples(extractor, text, DATE)
