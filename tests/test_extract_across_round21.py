"""Membership labels as news writes them, round 21 (seventeenth session): families from the
aggregate of every tuned set's MEMBER_OF misses, as phrasings of our own, with their traps.

- **A former office with its label glued, before the name** (« l'ancien député PS X »,
  « l'ancienne adjointe écologiste X », « L'ancien maire socialiste, X, … », « le ralliement
  de l'ancien adjoint UDF X »; ``descriptions._kept_label``): the office ended, the label
  did not, and the person is the party's member. Never a campaign's role (« l'ancien candidat
  LR aux législatives X »), a former tie to the party itself (« l'ancien porte-parole du PS
  X »), a former office in an apposition after the name (« X, ancienne adjointe
  socialiste, »), a holder the sentence or the next one moves (« …, qui a quitté le parti »,
  « passé chez Horizons », « a rejoint Horizons », « ses anciens camarades d'EELV », « Le
  parti l'avait exclu »), and never a former spokesperson.
- **A party written bare between commas after a name** (« la députée X, UMP, affrontera … »,
  « X, PS, fera face à Y, RN. »; ``descriptions._bare_party_label``): the label news tags a
  name with. Never an item of a list of actors (« a reçu X, LFI, EELV et le PCF »), never a
  party with a determiner (« X, le PS et les Verts »).
- **A place in parentheses inside a role before a name** (« le maire PS de Saint-Firmin
  (Corrèze), X », « Maire LR de V (Gard) depuis 2014, X … »;
  ``descriptions._bracketed_place``): the department news adds after a commune does not end
  the role. Never a role after « par », « face à » (a rival's or an agent's, « Face au député
  UMP de V, X part favori » was read as X's on main too), nor another person's (« le fils du
  maire PS de V (Corrèze), X »).
- **A label fronted before the subject** (« Élue sous l'étiquette LR, X a … », « Arrivés en
  tête sous les couleurs du MoDem, A et B … »; ``membership_news._fronted_label``): every name
  glued after the comma is a member. Never a label dated by an earlier year (that campaign's),
  never when the sentence tells a move (« a depuis rejoint Horizons », « a quitté le parti »,
  « siège désormais parmi les non-inscrits »).
- **A fronted role past a participle's incise** (« Tête de liste d'Europe Écologie, arrivée
  troisième avec 13 % des voix, X … », « Maire LR de V, réélu en 2020, X … »;
  ``descriptions._opening_before_incise``): the verbless opening describes the name after the
  incise. Never an opening of an agent or a rival (« Face au maire PS de Dax, réélu …, X »),
  never an incise that names someone (« battu en 2020 par Y »).

Every positive phrasing gave nothing on main 0bbe395 (checked by running this file there).
"""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples

DATE = "2024-03-02"


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Dans le local de campagne, l'ancien député PS Armand Touvenel savoure la victoire.",
            ("Armand Touvenel", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "L'ancien maire socialiste, Armand Touvenel, a voté le budget de la majorité.",
            ("Armand Touvenel", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "L'ancienne adjointe écologiste Claire Voisin occupera la troisième place.",
            ("Claire Voisin", "MEMBER_OF", "Europe Écologie Les Verts"),
        ),
        (
            "Odile Farge a obtenu le ralliement de l'ancien adjoint UDF Bertrand Quillet.",
            ("Bertrand Quillet", "MEMBER_OF", "Union pour la démocratie française"),
        ),
        (
            "Battu en 2014, l'ex-conseiller régional communiste Bertrand Quillet revient.",
            ("Bertrand Quillet", "MEMBER_OF", "Parti communiste français"),
        ),
        (
            "Selon l'ancienne ministre UMP Odile Farge, la réforme est mal engagée.",
            ("Odile Farge", "MEMBER_OF", "Les Républicains"),
        ),
    ],
)
def test_a_former_office_keeps_its_glued_label(extractor, text, edge):
    assert edge in claim_triples(extractor, text, DATE)


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Les rumeurs d'une alliance avec l'ancien maire LR, Armand Touvenel, qui a quitté "
            "le parti en 2021, sont fantaisistes.",
            ("Armand Touvenel", "MEMBER_OF", "Les Républicains"),
        ),
        (
            "L'ancien adjoint PS Bertrand Quillet, passé chez Horizons l'an dernier, conduira "
            "la liste.",
            ("Bertrand Quillet", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "L'ancien député socialiste Lucien Darbonne a rejoint Horizons.",
            ("Lucien Darbonne", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "L'ancien porte-parole du PS Bertrand Quillet conduira la liste.",
            ("Bertrand Quillet", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "Jeudi, l'ancienne candidate RN aux municipales Odile Farge a tenu réunion.",
            ("Odile Farge", "MEMBER_OF", "Front national"),
        ),
        (
            "Claire Voisin, ancienne adjointe communiste, a salué ce retrait.",
            ("Claire Voisin", "MEMBER_OF", "Parti communiste français"),
        ),
        (
            "L'ancienne porte-parole écologiste Odile Farge a défendu le texte.",
            ("Odile Farge", "SPOKESPERSON_OF", "Europe Écologie Les Verts"),
        ),
        (
            "Arrivée troisième, l'ancienne adjointe écologiste de Saint-Firmin, Odile Farge, "
            "appelle à voter pour le député sortant. Son choix lui vaut les critiques de ses "
            "anciens camarades d'EELV, qui l'avaient suspendue en avril.",
            ("Odile Farge", "MEMBER_OF", "Europe Écologie Les Verts"),
        ),
        (
            "L'ancien conseiller municipal PS Bertrand Quillet appelle à voter pour Odile Farge. "
            "Le parti l'avait exclu en 2019.",
            ("Bertrand Quillet", "MEMBER_OF", "Parti socialiste"),
        ),
    ],
)
def test_former_office_label_traps(extractor, text, edge):
    assert edge not in claim_triples(extractor, text, DATE)


@pytest.mark.parametrize(
    ("text", "edges"),
    [
        (
            "À Montbrison, la députée Claire Voisin, UMP, affrontera une liste dissidente.",
            [("Claire Voisin", "MEMBER_OF", "Les Républicains")],
        ),
        (
            "Claire Voisin, LR, a retiré sa liste mardi soir.",
            [("Claire Voisin", "MEMBER_OF", "Les Républicains")],
        ),
        (
            "Au second tour, Armand Touvenel, PS, fera face à Odile Farge, RN.",
            [
                ("Armand Touvenel", "MEMBER_OF", "Parti socialiste"),
                ("Odile Farge", "MEMBER_OF", "Front national"),
            ],
        ),
        (
            "Le maire sortant, Bertrand Quillet, MoDem, brigue un troisième mandat.",
            [("Bertrand Quillet", "MEMBER_OF", "Mouvement démocrate")],
        ),
    ],
)
def test_a_bare_party_between_commas_labels_the_name(extractor, text, edges):
    found = claim_triples(extractor, text, DATE)
    assert all(edge in found for edge in edges)


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Odile Farge a reçu mardi Claire Voisin, LFI, EELV et le PCF pour parler d'union.",
            ("Claire Voisin", "MEMBER_OF", "La France insoumise"),
        ),
        (
            "Odile Farge a reçu mardi Claire Voisin, le PS et les Verts.",
            ("Claire Voisin", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "Odile Farge a rencontré Claire Voisin, puis le PS.",
            ("Claire Voisin", "MEMBER_OF", "Parti socialiste"),
        ),
    ],
)
def test_bare_party_list_traps(extractor, text, edge):
    assert edge not in claim_triples(extractor, text, DATE)


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Maire Les Républicains de Villefranche (Gard) depuis 2014, Odile Farge préside "
            "aussi le syndicat des eaux.",
            ("Odile Farge", "MEMBER_OF", "Les Républicains"),
        ),
        (
            "Le maire PS de Saint-Firmin (Corrèze), Armand Touvenel, a dénoncé un accord.",
            ("Armand Touvenel", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "Conseiller général socialiste du canton de Ribes (Lozère), Armand Touvenel a voté "
            "le budget.",
            ("Armand Touvenel", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "Le député UMP de Montbrison (Loire) Bertrand Quillet votera contre.",
            ("Bertrand Quillet", "MEMBER_OF", "Les Républicains"),
        ),
        (
            "Odile Farge a reçu le soutien du maire PS de Saint-Firmin (Corrèze), Armand Touvenel.",
            ("Armand Touvenel", "MEMBER_OF", "Parti socialiste"),
        ),
    ],
)
def test_a_role_reads_across_a_place_in_parentheses(extractor, text, edge):
    assert edge in claim_triples(extractor, text, DATE)


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Battu par le maire PS de Saint-Firmin (Corrèze), Armand Touvenel se représente.",
            ("Armand Touvenel", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "Le fils du maire PS de Saint-Firmin (Corrèze), Armand Touvenel, se présente sans "
            "étiquette.",
            ("Armand Touvenel", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "Face au député UMP de Montbrison (Loire), Bertrand Quillet part favori.",
            ("Bertrand Quillet", "MEMBER_OF", "Les Républicains"),
        ),
        (
            "Face au député UMP de Montbrison, Bertrand Quillet part favori.",
            ("Bertrand Quillet", "MEMBER_OF", "Les Républicains"),
        ),
    ],
)
def test_place_in_parentheses_traps(extractor, text, edge):
    assert edge not in claim_triples(extractor, text, DATE)


@pytest.mark.parametrize(
    ("text", "edges"),
    [
        (
            "Élue sous l'étiquette LR, Odile Farge a annoncé mardi qu'elle briguerait un "
            "second mandat.",
            [("Odile Farge", "MEMBER_OF", "Les Républicains")],
        ),
        (
            "Élu sous l'étiquette socialiste, Bertrand Quillet préside la commission des finances.",
            [("Bertrand Quillet", "MEMBER_OF", "Parti socialiste")],
        ),
        (
            "Élus sous les couleurs du MoDem, Odile Farge et Bertrand Quillet votent le budget.",
            [
                ("Odile Farge", "MEMBER_OF", "Mouvement démocrate"),
                ("Bertrand Quillet", "MEMBER_OF", "Mouvement démocrate"),
            ],
        ),
        (
            "Arrivée en tête sous l'étiquette RN dimanche, Claire Voisin affrontera le sortant "
            "au second tour.",
            [("Claire Voisin", "MEMBER_OF", "Front national")],
        ),
        (
            "Réélu sous la bannière de l'UDI l'an dernier, Bertrand Quillet soutiendra la liste.",
            [("Bertrand Quillet", "MEMBER_OF", "Union des démocrates et indépendants")],
        ),
    ],
)
def test_a_fronted_label_makes_the_subject_a_member(extractor, text, edges):
    found = claim_triples(extractor, text, DATE)
    assert all(edge in found for edge in edges)


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Élu sous l'étiquette LR en 2012, Armand Touvenel votera blanc.",
            ("Armand Touvenel", "MEMBER_OF", "Les Républicains"),
        ),
        (
            "Élu sous l'étiquette LR, Armand Touvenel a depuis rejoint Horizons.",
            ("Armand Touvenel", "MEMBER_OF", "Les Républicains"),
        ),
        (
            "Élu sous l'étiquette LR, Armand Touvenel a quitté le parti en janvier.",
            ("Armand Touvenel", "MEMBER_OF", "Les Républicains"),
        ),
        (
            "Élu sous l'étiquette LR, Armand Touvenel siège désormais parmi les non-inscrits.",
            ("Armand Touvenel", "MEMBER_OF", "Les Républicains"),
        ),
    ],
)
def test_fronted_label_traps(extractor, text, edge):
    assert edge not in claim_triples(extractor, text, DATE)


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Tête de liste d'Europe Écologie, arrivée troisième dimanche avec 13 % des voix, "
            "Claire Voisin négocie depuis lundi avec le président sortant.",
            ("Claire Voisin", "MEMBER_OF", "Europe Écologie Les Verts"),
        ),
        (
            "Maire LR de Saint-Firmin, réélu en 2020 avec 61 %, Armand Touvenel préside aussi "
            "l'intercommunalité.",
            ("Armand Touvenel", "MEMBER_OF", "Les Républicains"),
        ),
        (
            "Conseillère régionale socialiste, élue en 2015, Odile Farge a voté contre le budget.",
            ("Odile Farge", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "Candidate socialiste, soutenue par les Verts, Odile Farge mène campagne.",
            ("Odile Farge", "MEMBER_OF", "Parti socialiste"),
        ),
    ],
)
def test_a_fronted_role_reads_past_a_participle_incise(extractor, text, edge):
    assert edge in claim_triples(extractor, text, DATE)


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Face au maire PS de Dax, réélu en 2020, Armand Touvenel part favori.",
            ("Armand Touvenel", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "Proche du maire PS de Dax, battu en 2020 par Claire Voisin, Armand Touvenel se "
            "présente.",
            ("Armand Touvenel", "MEMBER_OF", "Parti socialiste"),
        ),
    ],
)
def test_participle_incise_traps(extractor, text, edge):
    assert edge not in claim_triples(extractor, text, DATE)
