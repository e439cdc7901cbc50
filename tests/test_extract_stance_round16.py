"""Stances with both ends in one sentence, in news syntax (round 16, fourteenth session).

The aggregate of the tuned sets' one-sentence stance misses (161 at 3204cc8) was classified by
where each was lost; most need an inference no rule should make, and the rest spread over
many small mechanisms. Seven families of those the rules could read, each the way news writes
it and each failing on the session's base (3204cc8) but the traps:

- a party that turns down someone's government, majority or coalition, or leaves it: « refuse
  de siéger dans la majorité de X », « a décliné l'offre de participer au gouvernement de X »,
  « a quitté la coalition de X » (cue data in ``cues.toml``; a declined offer carries the tie
  it offered: ``rules._refused_request``);
- a parliamentary vote on someone's government: « a voté la confiance au gouvernement de X »
  (SUPPORTS), « a voté contre l'investiture de X », « la censure du gouvernement de X »
  (REJECTS);
- not a single vote: « il ne faut donner aucune voix à X » (the « ne » on « falloir » with
  the count word in the infinitive's object, ``negation._negated``), also when the parser
  hangs the « qu'il … » clause as a relative on the noun before it (« a répété, devant ses
  partisans, qu'il ne fallait … »: ``arguments._complement_read_as_relative``);
- a party's body as the subject stands for the party its complement or adjective names: « le
  parti centriste de l'Union pour la démocratie française (UDF) a refusé … », « le groupe
  socialiste a voté … » (``arguments._party_body``), never a person's party;
- a relative after a name closed by a short parenthesis is the name's: « X (51 ans), qui a
  fait alliance avec Y », « X (PS), qui soutient Y » (``arguments._before_aside``).
- an adjunct of place or time before a multi-word preposition and a described name: « a fait
  campagne sur les marchés aux côtés de l'ancien juge X » (``arguments._ends_with``).
- a singular verb coordinated after a relative, hung by the parser on the plural main verb,
  is the relative's: « Les insoumis ont investi X, qui refuse …, mais tend la main à Y » (X,
  not the insoumis: ``arguments._relative_conjunct_subject``; a false edge on the base).

Every sentence is our own; the names are invented.
"""

from __future__ import annotations

import pytest
from fixtures_extract import assert_edges, claim_triples

MODEM = "Mouvement démocrate"
PS = "Parti socialiste"
UDF = "Union pour la démocratie française"
RN = "Front national"
LR = "Les Républicains"
PCF = "Parti communiste français"


def edges(extractor, text: str) -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, "2024-05-10")


# --- a party turns down someone's government, majority or coalition ----------------------------


@pytest.mark.parametrize(
    "text, subject",
    [
        ("Le MoDem refuse de siéger dans la majorité d'Odile Farge.", MODEM),
        (
            "Réunis mardi soir à huis clos, les cadres du MoDem ont refusé d'entrer dans la "
            "majorité de la nouvelle présidente du conseil régional, Odile Farge.",
            MODEM,
        ),
        ("Le MoDem a décliné l'offre de participer au gouvernement d'Odile Farge.", MODEM),
        (
            "Le PCF, qui avait pourtant fait campagne avec elle, a décliné mercredi l'offre "
            "d'entrer dans le gouvernement d'Odile Farge.",
            PCF,
        ),
        ("Le MoDem a quitté la coalition d'Odile Farge.", MODEM),
        (
            "Au terme d'un conseil national houleux, le PCF a quitté mardi la majorité de la "
            "présidente sortante, Odile Farge.",
            PCF,
        ),
    ],
)
def test_a_party_turns_down_or_leaves_someones_government(extractor, text, subject):
    assert_edges(edges(extractor, text), expected=[(subject, "REJECTS", "Odile Farge")])


@pytest.mark.parametrize(
    "text",
    [
        "Le MoDem refuse d'entrer au gouvernement.",
        "Le MoDem menace de quitter la majorité d'Odile Farge.",
        "Le MoDem siège dans la majorité d'Odile Farge depuis 2022.",
        "Le MoDem a accepté l'offre de participer au gouvernement d'Odile Farge.",
        "Le MoDem n'a pas quitté la majorité d'Odile Farge.",
        "Armand Touvenel a décliné l'offre, réaffirmant son soutien à Odile Farge.",
    ],
)
def test_no_refusal_of_someones_government(extractor, text):
    """Traps: a post that is no one's, a threat, a seat kept, an offer taken, a departure
    denied, and a declined offer beside one's own support."""
    found = edges(extractor, text)
    assert not {e for e in found if e[1] == "REJECTS" and e[2] == "Odile Farge"}, found


# --- a parliamentary vote on someone's government ----------------------------------------------


@pytest.mark.parametrize(
    "text, subject, relation",
    [
        ("Le PS a voté la confiance au gouvernement d'Odile Farge.", PS, "SUPPORTS"),
        (
            "Mardi, après un long débat, les députés MoDem ont voté la confiance au gouvernement "
            "du nouveau Premier ministre, Odile Farge.",
            MODEM,
            "SUPPORTS",
        ),
        ("Le PS a voté contre l'investiture d'Odile Farge.", PS, "REJECTS"),
        (
            "Le groupe socialiste a voté jeudi contre l'investiture d'Odile Farge à la tête de "
            "l'exécutif régional.",
            PS,
            "REJECTS",
        ),
        ("Le PCF votera la censure du gouvernement d'Odile Farge.", PCF, "REJECTS"),
        (
            "Le RN a voté la motion de censure contre le gouvernement d'Odile Farge, déposée par "
            "la gauche.",
            RN,
            "REJECTS",
        ),
    ],
)
def test_a_vote_on_someones_government(extractor, text, subject, relation):
    assert_edges(edges(extractor, text), expected=[(subject, relation, "Odile Farge")])


@pytest.mark.parametrize(
    "text",
    [
        "Le PS n'a pas voté la confiance au gouvernement d'Odile Farge.",
        "Le PCF ne votera pas la censure du gouvernement d'Odile Farge.",
        "Le PS a voté la confiance au gouvernement.",
    ],
)
def test_a_vote_not_cast_or_on_no_ones_government(extractor, text):
    """Traps: an abstention says neither support nor rejection; a government of no one named
    is no one's."""
    found = edges(extractor, text)
    assert not {e for e in found if e[2] == "Odile Farge"}, found


# --- not a single vote --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Claire Voisin a répété qu'il ne fallait donner aucune voix à Odile Farge.",
        "Claire Voisin a répété, devant ses partisans réunis à Laval, qu'il ne fallait donner "
        "aucune voix à Odile Farge.",
        "Claire Voisin a dit qu'il ne faut donner aucune voix à Odile Farge.",
        "Pour la maire de Laval, Claire Voisin, il ne faudra donner dimanche aucune voix à "
        "Odile Farge.",
        "Claire Voisin, arrivée troisième au décompte des voix, a répété à de multiples "
        "reprises, devant ses partisans, qu'il ne fallait donner aucune voix à Odile Farge.",
        "Claire Voisin a redit, dans un message à ses partisans, qu'il ne fallait donner aucune "
        "voix à Odile Farge.",
    ],
)
def test_not_a_single_vote(extractor, text):
    assert_edges(edges(extractor, text), expected=[("Claire Voisin", "REJECTS", "Odile Farge")])


@pytest.mark.parametrize(
    "text",
    [
        "Claire Voisin a donné une voix d'avance à Odile Farge.",
        "Claire Voisin a dit qu'il faut donner une voix à Odile Farge.",
        "Claire Voisin n'a jamais dit qu'il ne fallait donner aucune voix à Odile Farge.",
        "Claire Voisin a cité les partisans qu'il fallait convaincre de soutenir Odile Farge.",
    ],
)
def test_a_vote_given_or_a_refusal_denied(extractor, text):
    """Traps: a lead is no vote refused; « une voix » without a negation refuses nothing; a
    refusal someone is said never to have made."""
    found = edges(extractor, text)
    assert ("Claire Voisin", "REJECTS", "Odile Farge") not in found, found


# --- a party's body as the subject -------------------------------------------------------------


@pytest.mark.parametrize(
    "text, subject, relation",
    [
        (
            "Le parti centriste de l'Union pour la démocratie française (UDF) a refusé mardi de "
            "participer au gouvernement du nouveau Premier ministre Odile Farge.",
            UDF,
            "REJECTS",
        ),
        ("Le groupe socialiste a voté contre l'investiture d'Odile Farge.", PS, "REJECTS"),
        ("Le groupe socialiste soutient Odile Farge.", PS, "SUPPORTS"),
        (
            "La fédération socialiste de la Loire a refusé de soutenir Odile Farge.",
            PS,
            "REJECTS",
        ),
        (
            "Le groupe communiste, pourtant divisé, a voté contre Odile Farge.",
            PCF,
            "REJECTS",
        ),
        (
            "Le parti gaulliste du Rassemblement pour la République (RPR) soutient désormais "
            "Odile Farge.",
            "Rassemblement pour la République",
            "SUPPORTS",
        ),
    ],
)
def test_a_partys_body_acts_for_the_party(extractor, text, subject, relation):
    assert_edges(edges(extractor, text), expected=[(subject, relation, "Odile Farge")])


@pytest.mark.parametrize(
    "text, party",
    [
        ("Le parti de Claire Voisin soutient Odile Farge.", "Claire Voisin"),
        ("Le parti centriste soutient Odile Farge.", MODEM),
        ("Le groupe des Verts allemands soutient Odile Farge.", "Europe Écologie Les Verts"),
    ],
)
def test_a_body_no_party_names_is_no_party(extractor, text, party):
    """Traps: a person's party is not the person; a bare adjective names no party (several
    are centrist); a foreign party's group is not the French one."""
    found = edges(extractor, text)
    assert (party, "SUPPORTS", "Odile Farge") not in found, found


# --- a relative after a short parenthesis -------------------------------------------------------


@pytest.mark.parametrize(
    "text, relation",
    [
        (
            "Le maire sortant, Armand Touvenel (51 ans), qui a fait alliance avec le candidat "
            "écologiste Claire Voisin (42 ans), part favori.",
            "SUPPORTS",
        ),
        (
            "Au second tour, Armand Touvenel (34,2 %), qui soutient désormais Claire Voisin, "
            "espère l'emporter.",
            "SUPPORTS",
        ),
        (
            "Le premier adjoint, Armand Touvenel (PS), qui soutient Claire Voisin, espère "
            "l'emporter.",
            "SUPPORTS",
        ),
        (
            "Battu dimanche, Armand Touvenel (12 %), qui refuse toute alliance avec Claire "
            "Voisin, se retire.",
            "REJECTS",
        ),
    ],
)
def test_a_relative_after_a_short_parenthesis(extractor, text, relation):
    assert_edges(edges(extractor, text), expected=[("Armand Touvenel", relation, "Claire Voisin")])


@pytest.mark.parametrize(
    "text",
    [
        "Le maire sortant, Armand Touvenel (avec Odile Farge), qui soutient Claire Voisin, "
        "espère l'emporter.",
    ],
)
def test_a_parenthesis_naming_a_person_is_not_skipped(extractor, text):
    """Trap: a person named in the brackets may be the one « qui » is about; no guess."""
    found = edges(extractor, text)
    assert ("Armand Touvenel", "SUPPORTS", "Claire Voisin") not in found, found


# --- an adjunct before a multi-word preposition and a described name ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Claire Voisin a fait campagne sur les marchés aux côtés de l'ancien juge Armand Touvenel.",
        "Claire Voisin a fait campagne tout l'été aux côtés de l'ancien juge Armand Touvenel.",
        "Claire Voisin a fait campagne sur les marchés du canton aux côtés de l'ex-sénateur "
        "Armand Touvenel.",
        "La responsable des Verts, Claire Voisin, qui avait fait campagne dans les villages aux "
        "côtés de l'ancien juge Armand Touvenel, se dit déçue.",
    ],
)
def test_an_adjunct_before_the_preposition_of_a_described_name(extractor, text):
    assert_edges(
        edges(extractor, text), expected=[("Claire Voisin", "SUPPORTS", "Armand Touvenel")]
    )


@pytest.mark.parametrize(
    "text",
    [
        "Claire Voisin a fait campagne sur les marchés aux côtés des adversaires de l'ancien "
        "juge Armand Touvenel.",
        "Claire Voisin a fait campagne contre la réforme aux côtés de syndicalistes, face à "
        "l'ancien juge Armand Touvenel.",
    ],
)
def test_the_preposition_before_someone_else(extractor, text):
    """Traps: beside the name's adversaries, or beside others and facing the name."""
    found = edges(extractor, text)
    assert ("Claire Voisin", "SUPPORTS", "Armand Touvenel") not in found, found


# --- a singular conjunct after a relative is the relative's -------------------------------------


@pytest.mark.parametrize(
    "text, edge",
    [
        (
            "Les insoumis ont investi Armand Touvenel, qui refuse toute discussion avec le maire "
            "sortant, « un gestionnaire », mais tend la main aux écologistes.",
            ("Armand Touvenel", "INVITED_TO_RALLY", "Europe Écologie Les Verts"),
        ),
        (
            "Les socialistes ont désigné Claire Voisin, qui critique depuis des mois la "
            "direction, et soutient désormais Odile Farge.",
            ("Claire Voisin", "SUPPORTS", "Odile Farge"),
        ),
        (
            "Les militants ont acclamé Claire Voisin, qui a quitté le PS l'an dernier, mais "
            "soutient toujours Odile Farge.",
            ("Claire Voisin", "SUPPORTS", "Odile Farge"),
        ),
    ],
)
def test_a_singular_conjunct_after_a_relative(extractor, text, edge):
    found = edges(extractor, text)
    assert_edges(found, expected=[edge])
    assert not {e for e in found if e[0] != edge[0] and e[2] == edge[2]}, found


@pytest.mark.parametrize(
    "text, edge, wrong",
    [
        (
            "Les insoumis ont investi Armand Touvenel, mais tendent la main aux écologistes.",
            ("La France insoumise", "INVITED_TO_RALLY", "Europe Écologie Les Verts"),
            ("Armand Touvenel", "INVITED_TO_RALLY", "Europe Écologie Les Verts"),
        ),
        (
            "Les socialistes ont désigné Claire Voisin, qui critique la direction, et soutiennent "
            "Odile Farge.",
            None,
            ("Claire Voisin", "SUPPORTS", "Odile Farge"),
        ),
    ],
)
def test_a_conjunct_that_agrees_with_the_plural_subject(extractor, text, edge, wrong):
    """Traps: a plural conjunct is the plural subject's, never the relative's person."""
    found = edges(extractor, text)
    assert_edges(found, expected=[edge] if edge else [], forbidden=[wrong])
