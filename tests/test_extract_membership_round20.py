"""Spokespersons as news writes them, round 20 (sixteenth session, second round): the shapes the
lead's probes of main found missing, as families of our own phrasings, with their traps.

- **A party label glued to the spokesperson noun** (« la porte-parole socialiste X », « X,
  porte-parole LR, … », « le porte-parole (RN) X »): the party the label names is the one X
  speaks for, as with « la porte-parole du PS, X » (``descriptions._spokesperson_label``).
  Never with a complement after the label (« porte-parole socialiste du gouvernement », « du
  groupe au Sénat », « de la campagne de Y »), never a former spokesperson, never a label of
  no party (« cégétiste »).
- **Someone made spokesperson by an actor** (« Y a choisi X comme porte-parole », « Y a nommé
  X porte-parole », « Y a fait de X sa porte-parole », « X, qui porte la parole de Y »;
  ``membership_news._appointed_spokespersons``): X speaks for Y, and is a member when Y is a
  party. Never a negated, conditional or past choice (« n'a pas choisi », « pourrait
  choisir », « portait la parole »), a noun with a complement of its own (« comme porte-parole
  du collectif »), a union or a government, or an appointer only a role stands for.
- **Spokespersons listed after a colon** (« Les Verts ont désigné un duo de porte-parole : A et
  B », « Un nouveau duo de porte-parole a été désigné : A et B » after a sentence naming the
  party, « Ses deux porte-parole : A et B »; ``membership_news._listed_spokespersons``): each
  speaks for the party the noun names, or the one party the sentence names before it, or,
  when it names no actor, the one party the sentence before names. Never a union's, a
  government's or a person's pair, a former pair, or a list that goes on with a complement.
- **Glued labels past a complement** (« la conseillère municipale d'opposition LR X », « l'élue
  d'opposition socialiste X »: a side of the council between the role and its label; « la
  tête de liste PS aux régionales X »: an election after « aux » is what the list is for, not
  an act directed at X). Never an act of the party towards X (« l'offre du PS aux municipales
  X », « le soutien du PS aux régionales à X »), a label of someone else after the side (« le
  conseiller d'opposition X a critiqué le maire LR »), a former role.
- **« aligneront »**: the plural future of fielding (« Les Verts aligneront leur propre liste,
  conduite par X »).

Every positive phrasing gave nothing on 2431b17 (checked by running this file there).
"""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples

DATE = "2026-03-02"


def edges(extractor, text: str, relation: str) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o in claim_triples(extractor, text, DATE) if r == relation}


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "La porte-parole socialiste Odile Farge a jugé le budget « insincère ».",
            ("Odile Farge", "Parti socialiste"),
        ),
        (
            "Interrogé mardi, Bertrand Quillet, porte-parole LR, a refusé de commenter.",
            ("Bertrand Quillet", "Les Républicains"),
        ),
        (
            "Pour le porte-parole écologiste Armand Touvenel, le tracé doit être revu.",
            ("Armand Touvenel", "Europe Écologie Les Verts"),
        ),
        (
            "« Rien n'est tranché », a répondu Gaëtan Morvillier, porte-parole communiste, "
            "à la sortie du conseil.",
            ("Gaëtan Morvillier", "Parti communiste français"),
        ),
        (
            "Mardi, la nouvelle porte-parole insoumise, Claire Voisin, a répondu aux questions "
            "des journalistes.",
            ("Claire Voisin", "La France insoumise"),
        ),
        (
            "Le porte-parole (UDI) Lucien Darbonne a salué un budget « responsable ».",
            ("Lucien Darbonne", "Union des démocrates et indépendants"),
        ),
    ],
)
def test_labelled_spokesperson(extractor, text, edge):
    assert edge in edges(extractor, text, "SPOKESPERSON_OF")
    assert edge in edges(extractor, text, "MEMBER_OF")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "La porte-parole socialiste du gouvernement, Odile Farge, a défendu le texte.",
            "Odile Farge",
        ),
        ("L'ancienne porte-parole socialiste Odile Farge a défendu le texte.", "Odile Farge"),
        ("Odile Farge, ex-porte-parole LR, a défendu le texte.", "Odile Farge"),
        (
            "Le porte-parole socialiste du groupe au Sénat, Armand Touvenel, a défendu le texte.",
            "Armand Touvenel",
        ),
        (
            "Odile Farge, porte-parole LR de la campagne de Lucien Darbonne, a défendu le texte.",
            "Odile Farge",
        ),
        ("La porte-parole cégétiste Odile Farge a défendu le texte.", "Odile Farge"),
    ],
)
def test_labelled_spokesperson_traps(extractor, text, person):
    found = edges(extractor, text, "SPOKESPERSON_OF")
    assert not {e for e in found if e[0] == person}


@pytest.mark.parametrize(
    ("text", "edge", "member"),
    [
        (
            "Lucien Darbonne a choisi Odile Farge comme porte-parole.",
            ("Odile Farge", "Lucien Darbonne"),
            False,
        ),
        (
            "En pleine campagne, Lucien Darbonne a fait d'Odile Farge sa porte-parole.",
            ("Odile Farge", "Lucien Darbonne"),
            False,
        ),
        (
            "Odile Farge, qui porte la parole de Lucien Darbonne, a dénoncé une « manœuvre ».",
            ("Odile Farge", "Lucien Darbonne"),
            False,
        ),
        (
            "Le PS a désigné Bertrand Quillet comme porte-parole.",
            ("Bertrand Quillet", "Parti socialiste"),
            True,
        ),
        (
            "Lundi, le MoDem a nommé Claire Voisin porte-parole.",
            ("Claire Voisin", "Mouvement démocrate"),
            True,
        ),
        (
            "Gaëtan Morvillier, qui brigue la mairie, a choisi Odile Farge comme nouvelle "
            "porte-parole.",
            ("Odile Farge", "Gaëtan Morvillier"),
            False,
        ),
        (
            "Depuis janvier, Armand Touvenel porte la parole des Républicains à la radio.",
            ("Armand Touvenel", "Les Républicains"),
            True,
        ),
        (
            "Les Républicains ont fait de Claire Voisin leur porte-parole.",
            ("Claire Voisin", "Les Républicains"),
            True,
        ),
    ],
)
def test_appointed_spokesperson(extractor, text, edge, member):
    assert edge in edges(extractor, text, "SPOKESPERSON_OF")
    assert (edge in edges(extractor, text, "MEMBER_OF")) == member


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Lucien Darbonne a choisi Odile Farge pour porte-parole de sa campagne.", "Odile Farge"),
        ("Lucien Darbonne a choisi Odile Farge comme porte-parole du collectif.", "Odile Farge"),
        ("Lucien Darbonne n'a pas choisi Odile Farge comme porte-parole.", "Odile Farge"),
        ("Lucien Darbonne pourrait choisir Odile Farge comme porte-parole.", "Odile Farge"),
        (
            "Odile Farge, qui portait la parole de Lucien Darbonne, a dénoncé une manœuvre.",
            "Odile Farge",
        ),
        ("Odile Farge ne porte plus la parole du PS.", "Odile Farge"),
        (
            "Lucien Darbonne a fait d'Odile Farge la porte-parole du gouvernement.",
            "Odile Farge",
        ),
        ("La CGT a choisi Odile Farge comme porte-parole.", "Odile Farge"),
        ("Lucien Darbonne a choisi Odile Farge comme ancienne porte-parole.", "Odile Farge"),
        (
            "Armand Touvenel brigue la mairie. Le candidat a choisi Odile Farge comme "
            "porte-parole.",
            "Odile Farge",
        ),
    ],
)
def test_appointed_spokesperson_traps(extractor, text, person):
    found = edges(extractor, text, "SPOKESPERSON_OF")
    assert not {e for e in found if e[0] == person}


def test_fielding_plural_future(extractor):
    text = (
        "Les Républicains aligneront leur propre liste, conduite par Gaëtan Morvillier, "
        "aux municipales."
    )
    assert ("Gaëtan Morvillier", "Les Républicains") in edges(extractor, text, "MEMBER_OF")


@pytest.mark.parametrize(
    ("text", "names", "party"),
    [
        (
            "Les Écologistes ont désigné un duo de porte-parole : Odile Farge et Lucien Darbonne.",
            ("Odile Farge", "Lucien Darbonne"),
            "Europe Écologie Les Verts",
        ),
        (
            "EELV a renouvelé sa direction samedi. Un nouveau duo de porte-parole a été désigné : "
            "Claire Voisin et Gaëtan Morvillier.",
            ("Claire Voisin", "Gaëtan Morvillier"),
            "Europe Écologie Les Verts",
        ),
        (
            "Le PS s'est doté d'un nouveau tandem de porte-parole : Odile Farge et Armand "
            "Touvenel.",
            ("Odile Farge", "Armand Touvenel"),
            "Parti socialiste",
        ),
        (
            "Le duo de porte-parole du PCF a été reconduit : Bertrand Quillet et Claire Voisin.",
            ("Bertrand Quillet", "Claire Voisin"),
            "Parti communiste français",
        ),
        (
            "Le MoDem a tenu son conseil national. Ses deux porte-parole : Lucien Darbonne et "
            "Odile Farge.",
            ("Lucien Darbonne", "Odile Farge"),
            "Mouvement démocrate",
        ),
    ],
)
def test_listed_spokespersons(extractor, text, names, party):
    found = edges(extractor, text, "SPOKESPERSON_OF")
    for name in names:
        assert (name, party) in found


@pytest.mark.parametrize(
    "text",
    [
        "La CGT a désigné un duo de porte-parole : Odile Farge et Lucien Darbonne.",
        "Le PS a tenu son congrès. La CGT a désigné un duo de porte-parole : Odile Farge et "
        "Lucien Darbonne.",
        "Le gouvernement a choisi un duo de porte-parole : Odile Farge et Lucien Darbonne.",
        "Armand Touvenel a choisi un duo de porte-parole : Odile Farge et Lucien Darbonne.",
        "Le PS soutient Armand Touvenel. Son duo de porte-parole : Odile Farge et Lucien Darbonne.",
        "Le collectif, proche du PS, a désigné un duo de porte-parole : Odile Farge et Lucien "
        "Darbonne.",
        "L'ancien duo de porte-parole du PS : Odile Farge et Lucien Darbonne.",
        "Le PS a tenu son congrès. Les deux porte-parole de la CGT : Odile Farge et Lucien "
        "Darbonne.",
    ],
)
def test_listed_spokespersons_traps(extractor, text):
    found = edges(extractor, text, "SPOKESPERSON_OF")
    assert not {e for e in found if e[0] in {"Odile Farge", "Lucien Darbonne"}}


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Mardi, la tête de liste PS aux régionales Odile Farge a voté contre.",
            ("Odile Farge", "Parti socialiste"),
        ),
        (
            "Jeudi, la tête de liste EELV aux européennes Claire Voisin a tenu meeting.",
            ("Claire Voisin", "Europe Écologie Les Verts"),
        ),
        (
            "Mardi, la conseillère municipale d'opposition LR Odile Farge a voté contre.",
            ("Odile Farge", "Les Républicains"),
        ),
        (
            "Mardi, l'élue d'opposition socialiste Odile Farge a quitté la séance.",
            ("Odile Farge", "Parti socialiste"),
        ),
        (
            "Jeudi, le conseiller régional d'opposition PCF Armand Touvenel a tenu meeting.",
            ("Armand Touvenel", "Parti communiste français"),
        ),
        (
            "Jeudi, l'élue municipale d'opposition insoumise Claire Voisin a tenu meeting.",
            ("Claire Voisin", "La France insoumise"),
        ),
    ],
)
def test_label_past_complement(extractor, text, edge):
    assert edge in edges(extractor, text, "MEMBER_OF")


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "L'offre du PS aux municipales Armand Touvenel a surpris.",
            ("Armand Touvenel", "Parti socialiste"),
        ),
        (
            "Le soutien du PS aux régionales à Armand Touvenel a surpris.",
            ("Armand Touvenel", "Parti socialiste"),
        ),
        (
            "Jeudi, le conseiller municipal d'opposition Armand Touvenel a critiqué le maire LR.",
            ("Armand Touvenel", "Les Républicains"),
        ),
        (
            "Jeudi, l'élu de l'opposition au maire LR Armand Touvenel a tenu meeting.",
            ("Armand Touvenel", "Les Républicains"),
        ),
        (
            "Jeudi, l'ancien candidat LR aux législatives Armand Touvenel a tenu meeting.",
            ("Armand Touvenel", "Les Républicains"),
        ),
    ],
)
def test_label_past_complement_traps(extractor, text, edge):
    assert edge not in edges(extractor, text, "MEMBER_OF")
