"""Membership as news writes it, round 18: an office of a party structure whose party only the
article's context gives.

A report about one party names its local officers by their office alone (« le président de la
fédération, X », « X, coordinatrice départementale », « la responsable de la section de …, X »,
« X, président du groupe au conseil régional »): the party is the one the article is about.
The rule (``office_claims`` in ``loaders/co_mention.py``) binds such an office to the one
party the article names, or, when it names several, to the one party named from the paragraph
before up to the office's sentence when that sentence names none. Each positive phrasing gave
no membership on 5cb4491. The traps must give none: an office of an institution (« président
du conseil départemental »), of a school, a union or an association (« groupe scolaire »,
« fédération CGT », « fédération de chasse »), a former office, two parties in reach, a
membership denied in the sentence.
"""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples

DATE = "2026-03-02"


def members(extractor, text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o in claim_triples(extractor, text, DATE) if r == "MEMBER_OF"}


@pytest.mark.parametrize(
    ("text", "member"),
    [
        (
            "Europe Écologie Les Verts tenait son université d'été à Blois. Le président de la "
            "fédération du Loir-et-Cher, Armand Touvenel, a accueilli les militants.",
            ("Armand Touvenel", "Europe Écologie Les Verts"),
        ),
        (
            "Le MoDem a réuni ses cadres à Pau samedi. Présente dès le matin, la coordinatrice "
            "départementale, Claire Voisin, a défendu la ligne du parti.",
            ("Claire Voisin", "Mouvement démocrate"),
        ),
        (
            "Le Parti socialiste a tenu son conseil national dimanche. Bertrand Quillet, membre "
            "du bureau national, a plaidé pour l'union.",
            ("Bertrand Quillet", "Parti socialiste"),
        ),
        (
            "Le Parti socialiste a tenu son conseil national dimanche. Le trésorier de la "
            "fédération, Odile Farge, a présenté les comptes.",
            ("Odile Farge", "Parti socialiste"),
        ),
        (
            "Les Républicains affichent leurs divisions à Nice. Armand Touvenel, président du "
            "groupe au conseil régional, a pris ses distances.",
            ("Armand Touvenel", "Les Républicains"),
        ),
        (
            "Le Rassemblement national affûte ses listes. Le délégué départemental Armand "
            "Touvenel a présenté les candidats jeudi.",
            ("Armand Touvenel", "Front national"),
        ),
        (
            "La France insoumise se mobilise à Lille. Claire Voisin, présidente du groupe au "
            "conseil municipal, a dénoncé le budget.",
            ("Claire Voisin", "La France insoumise"),
        ),
        (
            "Le Parti communiste français veut garder la ville. Venue en voisine, la responsable "
            "de la section de Saint-Denis, Odile Farge, a distribué des tracts.",
            ("Odile Farge", "Parti communiste français"),
        ),
        (
            "Les écologistes d'Europe Écologie Les Verts ont voté. Sans surprise, Bertrand "
            "Quillet, secrétaire du comité départemental, a salué le résultat.",
            ("Bertrand Quillet", "Europe Écologie Les Verts"),
        ),
        (
            "Le Parti socialiste a perdu la mairie.\n\nLes Républicains préparent leur congrès "
            "à Lyon. Le président de la fédération, Odile Farge, a pris la parole.",
            ("Odile Farge", "Les Républicains"),
        ),
    ],
)
def test_office_of_the_context_party(extractor, text, member):
    assert member in members(extractor, text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Le Parti socialiste prépare les municipales dans le Gard. Le président du conseil "
            "départemental, Odile Farge, a réuni les maires.",
            "Odile Farge",
        ),
        (
            "Le Parti socialiste a réuni ses militants. Le président du groupe scolaire, Odile "
            "Farge, a ouvert les portes.",
            "Odile Farge",
        ),
        (
            "Le Parti socialiste a réuni ses militants. Le secrétaire de la fédération CGT, "
            "Armand Touvenel, a pris la parole.",
            "Armand Touvenel",
        ),
        (
            "Le Parti socialiste manifeste. Le président de la fédération de chasse, Odile "
            "Farge, a réuni les chasseurs.",
            "Odile Farge",
        ),
        (
            "Le Rassemblement national a investi ses candidats. Le président de la fédération "
            "sportive, Bertrand Quillet, a salué les athlètes.",
            "Bertrand Quillet",
        ),
        (
            "Le Parti socialiste a réuni ses militants. L'ancien président de la fédération, "
            "Odile Farge, a assisté au congrès.",
            "Odile Farge",
        ),
        (
            "Le Parti socialiste et Les Républicains préparent les municipales. Le président "
            "de la fédération, Odile Farge, a réuni les militants.",
            "Odile Farge",
        ),
        (
            "Le Parti socialiste a perdu la mairie.\n\nLes Républicains préparent leur congrès. "
            "Le Parti socialiste aussi. Le président de la fédération, Odile Farge, a parlé.",
            "Odile Farge",
        ),
        (
            "Le Parti socialiste tient son congrès. Claire Voisin, présidente du groupe "
            "d'opposition, n'est pas venue.",
            "Claire Voisin",
        ),
    ],
)
def test_office_of_something_else(extractor, text, person):
    assert not {m for m in members(extractor, text) if m[0] == person}
