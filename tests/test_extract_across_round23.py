"""Spokespersons and party roles whose party is not named with the name, round 23 (eighteenth
session): phrasings of our own, each positive failing on main 42c9e87, with traps.

- **A spokesperson noun before a party noun** (« la porte-parole régionale du parti de X, Y »,
  « le porte-parole national du mouvement de X »; ``descriptions._spokesperson_of_party_noun``):
  the party noun is the party, so the holder speaks for it as « porte-parole du PS » does.
  Never a former role, nor another noun between (« porte-parole du candidat du parti de X »).
- **« Leur porte-parole, X »** after a sentence naming one party and a person
  (``descriptions._party_possessive``): the party's spokesperson too, never « ex- ».
- **A party's body as the owner of the next sentence's possessive role** (« L'opposition
  socialiste a voté contre. Son chef de file, X, … », « la délégation écologiste … Sa
  porte-parole, X »; ``[mentions] party_collectives`` read by ``descriptions._parties_named``):
  never with a person named there, two bodies of two parties, or a former role.
- **« tête de file »** is a member role like « chef de file ».
- **A labelled group with a place complement before « dont »** (« Plusieurs élus LR de la
  région, dont la sénatrice X », « trois maires écologistes de Gironde, dont X »;
  ``descriptions._before_place``): the members listed are the label's, as without the place.
  Never a former group, nor a group that is no members' (« adversaires », « électeurs »).
- **« le parti d'extrême droite »** (``descriptions._sided_party``): a party noun with an
  extreme side is the one party of that camp the article names (« …, le délégué départemental
  du parti d'extrême droite, … »). Never with two parties of that camp named, a former role,
  nor « le parti de gauche » (maybe the Parti de gauche itself).
- **Spokespersons listed after a colon** (``membership_news._listed_spokespersons``): each name
  may carry its title (« le conseiller régional X et l'adjointe au maire de Dax, Y ») and
  verbless appositions (« X, la députée du Gers, déjà porte-parole du groupe, et Y, ancien
  conseiller de Z »: Z completes a noun), « & » joins names, « un duo paritaire de
  porte-parole », and the party may come from the article when the sentence before names only
  persons. Never a government's, a possessor's (« Ses deux porte-parole : »), a former pair,
  a union's, nor in an article naming two parties.
"""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples

DATE = "2024-05-02"


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Dans un communiqué, la porte-parole régionale du parti de Marine Le Pen, Claire "
            "Voisin, dénonce la réforme des retraites.",
            ("Claire Voisin", "SPOKESPERSON_OF", "Front national"),
        ),
        (
            "Le porte-parole national du mouvement de Jean-Luc Mélenchon, Armand Touvenel, a "
            "répondu aux critiques.",
            ("Armand Touvenel", "SPOKESPERSON_OF", "La France insoumise"),
        ),
        (
            "Claire Voisin, porte-parole départementale du parti d'Éric Zemmour, a tenu un "
            "meeting à Nîmes.",
            ("Claire Voisin", "SPOKESPERSON_OF", "Reconquête"),
        ),
        (
            "Le porte-parole du parti de Marine Le Pen, Bertrand Quillet, a refusé de commenter.",
            ("Bertrand Quillet", "SPOKESPERSON_OF", "Front national"),
        ),
        (
            "Les élus du MoDem, alliés au maire Armand Touvenel depuis 2020, se sont abstenus. "
            "Leur porte-parole, Odile Farge, a regretté un budget sans ambition.",
            ("Odile Farge", "SPOKESPERSON_OF", "Mouvement démocrate"),
        ),
        (
            "Les conseillers écologistes ont rompu avec Armand Touvenel jeudi. Leur "
            "porte-parole, Claire Voisin, parle d'une trahison.",
            ("Claire Voisin", "SPOKESPERSON_OF", "Europe Écologie Les Verts"),
        ),
    ],
)
def test_a_spokesperson_of_a_party_named_otherwise(extractor, text, edge):
    assert edge in claim_triples(extractor, text, DATE)


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "L'ex-porte-parole du parti de Marine Le Pen, Claire Voisin, a rejoint Reconquête.",
            ("Claire Voisin", "SPOKESPERSON_OF", "Front national"),
        ),
        (
            "La porte-parole du candidat du parti de Marine Le Pen, Claire Voisin, a dénoncé la "
            "réforme.",
            ("Claire Voisin", "SPOKESPERSON_OF", "Front national"),
        ),
        (
            "Les élus du MoDem, alliés au maire Armand Touvenel depuis 2020, se sont abstenus. "
            "Leur ex-porte-parole, Odile Farge, a regretté un budget sans ambition.",
            ("Odile Farge", "SPOKESPERSON_OF", "Mouvement démocrate"),
        ),
        (
            "Les élus du MoDem et ceux de LR se sont abstenus face à Armand Touvenel. Leur "
            "porte-parole, Odile Farge, a regretté un budget sans ambition.",
            ("Odile Farge", "SPOKESPERSON_OF", "Mouvement démocrate"),
        ),
    ],
)
def test_no_spokesperson_of_that_party(extractor, text, edge):
    assert edge not in claim_triples(extractor, text, DATE)


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "L'opposition socialiste a voté contre le budget. Son chef de file, Armand "
            "Touvenel, a dénoncé une gestion sans ambition.",
            ("Armand Touvenel", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "Au conseil régional, la délégation écologiste a quitté l'hémicycle. Sa "
            "porte-parole, Claire Voisin, a parlé d'un mépris.",
            ("Claire Voisin", "SPOKESPERSON_OF", "Europe Écologie Les Verts"),
        ),
        (
            "Dans l'hémicycle, la majorité communiste a serré les rangs. Sa présidente, Odile "
            "Farge, a salué un budget de combat.",
            ("Odile Farge", "MEMBER_OF", "Parti communiste français"),
        ),
        (
            "Au conseil municipal, l'opposition écologiste a quitté la salle. Sa cheffe de "
            "file, Claire Voisin, parle d'un passage en force.",
            ("Claire Voisin", "MEMBER_OF", "Europe Écologie Les Verts"),
        ),
    ],
)
def test_a_party_body_owns_the_role_after_it(extractor, text, edge):
    assert edge in claim_triples(extractor, text, DATE)


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "L'opposition socialiste a voté contre le budget du maire Armand Touvenel. Son "
            "adjointe, Odile Farge, a défendu le texte.",
            ("Odile Farge", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "L'opposition socialiste et le groupe communiste ont voté contre. Leur chef de "
            "file, Armand Touvenel, a dénoncé le budget.",
            ("Armand Touvenel", "MEMBER_OF", "Parti communiste français"),
        ),
        (
            "L'opposition socialiste a voté contre le budget. Son ancien chef de file, Armand "
            "Touvenel, a dénoncé une gestion sans ambition.",
            ("Armand Touvenel", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "Les socialistes espagnols ont gagné. Leur chef de file, Armand Touvenel, a "
            "remercié les électeurs.",
            ("Armand Touvenel", "MEMBER_OF", "Parti socialiste"),
        ),
    ],
)
def test_no_body_owns_the_role(extractor, text, edge):
    assert edge not in claim_triples(extractor, text, DATE)


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Mais il manque toujours les écologistes à l'appel. Leur tête de file, Odile "
            "Farge, a confirmé qu'elle conduirait sa propre liste.",
            ("Odile Farge", "MEMBER_OF", "Europe Écologie Les Verts"),
        ),
        (
            "Odile Farge, tête de file des écologistes à Brive, a confirmé sa candidature.",
            ("Odile Farge", "MEMBER_OF", "Europe Écologie Les Verts"),
        ),
        (
            "La tête de file socialiste, Bertrand Quillet, a rejeté toute alliance.",
            ("Bertrand Quillet", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "Bertrand Quillet, tête de file du PCF au conseil municipal, a voté contre.",
            ("Bertrand Quillet", "MEMBER_OF", "Parti communiste français"),
        ),
    ],
)
def test_a_tete_de_file_is_a_member(extractor, text, edge):
    assert edge in claim_triples(extractor, text, DATE)


def test_a_former_tete_de_file_is_not(extractor):
    text = "Bertrand Quillet, ancien tête de file du PCF au conseil municipal, a voté contre."
    edge = ("Bertrand Quillet", "MEMBER_OF", "Parti communiste français")
    assert edge not in claim_triples(extractor, text, DATE)


LISTED = [
    (
        "Le PS a désigné ses candidats. Un duo paritaire de porte-parole a été nommé : Claire "
        "Voisin, la députée du Gers, déjà porte-parole du groupe, et Armand Touvenel, ancien "
        "conseiller de Bertrand Quillet et inconnu du public.",
        "Parti socialiste",
        ("Claire Voisin", "Armand Touvenel"),
    ),
    (
        "Les Républicains ont réuni leur bureau politique. La nouvelle équipe compte deux "
        "porte-parole : le conseiller régional Armand Touvenel et l'adjointe au maire de Dax, "
        "Claire Voisin.",
        "Les Républicains",
        ("Armand Touvenel", "Claire Voisin"),
    ),
    (
        "EELV : un programme écrit avec Solidaires ; deux porte-parole : Claire Voisin & Odile "
        "Farge.",
        "Europe Écologie Les Verts",
        ("Claire Voisin", "Odile Farge"),
    ),
    (
        "Olivier Faure a présenté la nouvelle direction du PS. « C'est une équipe neuve », a dit "
        "Bertrand Quillet. Un duo de porte-parole a été nommé : Claire Voisin, la députée du "
        "Gers, et Armand Touvenel, ancien conseiller de Odile Farge.",
        "Parti socialiste",
        ("Claire Voisin", "Armand Touvenel"),
    ),
    (
        "Olivier Faure a présenté la nouvelle direction du PS. « C'est une équipe neuve », a dit "
        "Bertrand Quillet. Deux porte-parole ont été choisis : la sénatrice Claire Voisin et le "
        "maire de Dax, Armand Touvenel, qui entrent au bureau.",
        "Parti socialiste",
        ("Claire Voisin", "Armand Touvenel"),
    ),
]


@pytest.mark.parametrize(("text", "party", "names"), LISTED)
def test_spokespersons_listed_with_titles_and_appositions(extractor, text, party, names):
    found = claim_triples(extractor, text, DATE)
    for name in names:
        assert (name, "SPOKESPERSON_OF", party) in found
        assert (name, "MEMBER_OF", party) in found
    assert not {edge for edge in found if edge[0] in {"Bertrand Quillet", "Odile Farge"}} - {
        ("Odile Farge", "SPOKESPERSON_OF", party),
        ("Odile Farge", "MEMBER_OF", party),
    }  # the complement's name is no spokesperson


@pytest.mark.parametrize(
    "text",
    [
        "Le MoDem a tenu son conseil national samedi. Le gouvernement a nommé deux "
        "porte-parole : Claire Voisin et Odile Farge.",
        "Le candidat Bertrand Quillet présente son équipe. Ses deux porte-parole : Claire Voisin "
        "et Odile Farge.",
        "Le PS a désigné ses candidats. Deux anciens porte-parole ont parlé : Claire Voisin et "
        "Odile Farge.",
        "Le PS a désigné ses candidats. Deux porte-parole de la CGT : Claire Voisin et Odile "
        "Farge de la CFDT.",
        "Le PS et LR ont désigné leurs candidats. Le maire a reçu Bertrand Quillet. Un duo de "
        "porte-parole a été nommé : Claire Voisin et Odile Farge.",
    ],
)
def test_no_party_spokespersons_listed(extractor, text):
    found = claim_triples(extractor, text, DATE)
    assert not {edge for edge in found if edge[1] == "SPOKESPERSON_OF"}


@pytest.mark.parametrize(
    ("text", "edges"),
    [
        (
            "Plusieurs élus LR de la région, dont la sénatrice Odile Farge, suivent ce dossier "
            "avec attention.",
            [("Odile Farge", "MEMBER_OF", "Les Républicains")],
        ),
        (
            "Plusieurs élus socialistes du département, dont Armand Touvenel et Claire Voisin, "
            "ont signé la tribune.",
            [
                ("Armand Touvenel", "MEMBER_OF", "Parti socialiste"),
                ("Claire Voisin", "MEMBER_OF", "Parti socialiste"),
            ],
        ),
        (
            "Trois maires écologistes de Gironde, dont Claire Voisin, ont rejoint le collectif.",
            [("Claire Voisin", "MEMBER_OF", "Europe Écologie Les Verts")],
        ),
        (
            "Deux conseillers municipaux communistes de la ville, dont Bertrand Quillet, ont voté "
            "contre.",
            [("Bertrand Quillet", "MEMBER_OF", "Parti communiste français")],
        ),
    ],
)
def test_a_labelled_group_past_its_place(extractor, text, edges):
    found = claim_triples(extractor, text, DATE)
    for edge in edges:
        assert edge in found


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Plusieurs anciens élus LR de la région, dont la sénatrice Odile Farge, ont rejoint "
            "Renaissance.",
            ("Odile Farge", "MEMBER_OF", "Les Républicains"),
        ),
        (
            "Plusieurs adversaires socialistes de la maire, dont Armand Touvenel, ont signé la "
            "tribune.",
            ("Armand Touvenel", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "Des électeurs écologistes de Gironde, dont Claire Voisin, ont écrit au maire.",
            ("Claire Voisin", "MEMBER_OF", "Europe Écologie Les Verts"),
        ),
    ],
)
def test_no_group_membership_past_a_place(extractor, text, edge):
    assert edge not in claim_triples(extractor, text, DATE)


@pytest.mark.parametrize(
    ("text", "edges"),
    [
        (
            "Le RN espère ravir plusieurs mairies au PS dans l'Aude. Le candidat désigné à "
            "Carcassonne est un député. À Limoux, c'est Armand Touvenel, le délégué "
            "départemental du parti d'extrême droite, qui mène la liste.",
            [("Armand Touvenel", "MEMBER_OF", "Front national")],
        ),
        (
            "Le RN vise Narbonne et le PS défend Limoux. Le maire sortant Bertrand Quillet se "
            "représente. Claire Voisin, cadre du parti d'extrême droite, mène la liste adverse.",
            [("Claire Voisin", "MEMBER_OF", "Front national")],
        ),
        (
            "Les Républicains et le RN s'affrontent à Nîmes. La secrétaire départementale du "
            "parti d'extrême droite, Odile Farge, conduit la liste.",
            [("Odile Farge", "MEMBER_OF", "Front national")],
        ),
        (
            "Le PS et le RN se disputent la mairie. Armand Touvenel, le porte-parole "
            "départemental du parti d'extrême droite, dénonce un front républicain.",
            [
                ("Armand Touvenel", "MEMBER_OF", "Front national"),
                ("Armand Touvenel", "SPOKESPERSON_OF", "Front national"),
            ],
        ),
    ],
)
def test_the_party_of_an_extreme_side(extractor, text, edges):
    found = claim_triples(extractor, text, "2026-01-10")
    for edge in edges:
        assert edge in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Le RN espère ravir plusieurs mairies au PS dans l'Aude. Le maire sortant Bertrand "
            "Quillet se représente. La secrétaire fédérale du parti de gauche, Claire Voisin, "
            "dirige sa campagne.",
            "Claire Voisin",
        ),
        (
            "Le RN et Reconquête espèrent ravir plusieurs mairies au PS. Le maire sortant "
            "Bertrand Quillet se représente. Armand Touvenel, le délégué départemental du parti "
            "d'extrême droite, mène la liste.",
            "Armand Touvenel",
        ),
        (
            "La France insoumise espère ravir plusieurs mairies au RN dans l'Aude. Le maire "
            "sortant Bertrand Quillet se représente. Claire Voisin, l'ancienne déléguée du "
            "parti d'extrême droite, dirige sa campagne.",
            "Claire Voisin",
        ),
    ],
)
def test_no_party_of_a_side(extractor, text, name):
    found = claim_triples(extractor, text, "2026-01-10")
    assert not {edge for edge in found if edge[0] == name and edge[1] == "MEMBER_OF"}
