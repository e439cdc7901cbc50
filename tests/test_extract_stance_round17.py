"""Stances with both ends in one sentence, in news syntax (round 17, fifteenth session).

The aggregate of the tuned sets' one-sentence stance misses (190 at a5c326c) was classified by
where each was lost (README, "fifteenth session's one-sentence stance misses"). Families of
those the rules could read, each the way news writes it, each failing on the session's base
(a5c326c) but the traps:

- an act done to someone, in the passive with its agent: « démis de ses fonctions par X », «
  adoubé par X », « choisi par X », « désigné par X comme … » (the agent REJECTS or SUPPORTS
  the subject; cue data in ``cues.toml``), also opening the sentence before the name it
  describes (« Limogé par X, Y … », ``rules._fronted_passive``); a participle with its agent
  is a passive even on a cue that also takes a preposition (« hué par les militants du PS »:
  never the subject against the PS, ``rules._passive_use``);
- a support received from someone named by a party label used as a noun: « a reçu le
  soutien du communiste X », « l'appui de l'écologiste X » (``rules._described_name``), also
  past « sans réserve », « sans condition » (``rules._holder_after_modifiers``);
- an act done out of loyalty: « a quitté le parti par solidarité avec X »;
- a challenge: « défier X », « partir à l'assaut de X », « se poser en rivale de X »;
- a stance noun whose participle names its author: « la diatribe lancée par X contre Y », «
  une motion de censure déposée par X contre le gouvernement de Y » (``rules.
  _participle_agent``), and a censure motion filed against a government named after its head;
  a completed noun under a negated or denying verb or « contre » states nothing (« n'a pas
  déposé de motion de censure … », ``negation._completed_noun_denied``);
- a possessive stance noun completing a noun of announcement is the announcer's: « l'annonce
  de X de son soutien à Y » (``rules._announcer``, nouns in ``grammar.toml`` ``[rules]``).

Every sentence is our own; the names are invented.
"""

from __future__ import annotations

import pytest
from fixtures_extract import assert_edges, claim_triples

PS = "Parti socialiste"
LFI = "La France insoumise"
LR = "Les Républicains"


def edges(extractor, text: str) -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, "2024-05-10")


# --- an act done to someone, in the passive with its agent -------------------------------------


@pytest.mark.parametrize(
    "text, edge",
    [
        (
            "Le député Bertrand Quillet a été démis de ses fonctions par Odile Farge, "
            "présidente des Républicains.",
            ("Odile Farge", "REJECTS", "Bertrand Quillet"),
        ),
        (
            "Numéro deux du parti depuis 2021, Bertrand Quillet, démis mardi de ses fonctions "
            "par Odile Farge, n'a pas souhaité réagir.",
            ("Odile Farge", "REJECTS", "Bertrand Quillet"),
        ),
        (
            "Bertrand Quillet a été adoubé dimanche par Odile Farge devant les militants.",
            ("Odile Farge", "SUPPORTS", "Bertrand Quillet"),
        ),
        (
            "La tête de liste, Bertrand Quillet, choisi par Odile Farge contre l'avis des "
            "cadres, a essuyé une lourde défaite.",
            ("Odile Farge", "SUPPORTS", "Bertrand Quillet"),
        ),
        (
            "Comme prévu, le sénateur Bertrand Quillet a été désigné par Odile Farge comme tête "
            "de liste pour les européennes.",
            ("Odile Farge", "SUPPORTS", "Bertrand Quillet"),
        ),
        (
            "Bertrand Quillet a été choisi par Odile Farge et Armand Touvenel pour prendre la "
            "tête de la fédération.",
            ("Armand Touvenel", "SUPPORTS", "Bertrand Quillet"),
        ),
    ],
)
def test_an_act_in_the_passive_with_its_agent(extractor, text, edge):
    assert_edges(edges(extractor, text), expected=[edge])


@pytest.mark.parametrize(
    "text, wrong",
    [
        # the agent names no actor
        (
            "Bertrand Quillet a été démis de ses fonctions par le tribunal administratif.",
            ("Bertrand Quillet", "REJECTS", "Odile Farge"),
        ),
        (
            "Bertrand Quillet, choisi par les électeurs de la circonscription, siégera au côté "
            "d'Odile Farge.",
            ("Odile Farge", "SUPPORTS", "Bertrand Quillet"),
        ),
        # the thing chosen is no person
        (
            "Le slogan choisi par Odile Farge a fait sourire Bertrand Quillet.",
            ("Odile Farge", "SUPPORTS", "Bertrand Quillet"),
        ),
        # not chosen
        (
            "Bertrand Quillet n'a pas été choisi par Odile Farge.",
            ("Odile Farge", "SUPPORTS", "Bertrand Quillet"),
        ),
        # booed by a party's activists: never the one booed against that party
        (
            "Bertrand Quillet a été hué par les militants du Parti socialiste.",
            ("Bertrand Quillet", "REJECTS", PS),
        ),
    ],
)
def test_passive_traps(extractor, text, wrong):
    assert_edges(edges(extractor, text), forbidden=[wrong])


def test_booed_by_someone_named(extractor):
    found = edges(extractor, "Bertrand Quillet, hué par Odile Farge, a quitté la salle.")
    assert_edges(
        found,
        expected=[("Odile Farge", "REJECTS", "Bertrand Quillet")],
        forbidden=[("Bertrand Quillet", "REJECTS", "Odile Farge")],
    )


@pytest.mark.parametrize(
    "text, edge",
    [
        (
            "Soutenue en mars par Odile Farge, Claire Voisin conduira la liste.",
            ("Odile Farge", "SUPPORTS", "Claire Voisin"),
        ),
        (
            "Désignée par le Parti socialiste, Claire Voisin conduira la liste aux régionales.",
            (PS, "SUPPORTS", "Claire Voisin"),
        ),
        (
            "Limogé par Odile Farge, Bertrand Quillet a quitté le parti dans la foulée.",
            ("Odile Farge", "REJECTS", "Bertrand Quillet"),
        ),
        (
            "Désavoué dimanche par Odile Farge, Bertrand Quillet maintient sa candidature.",
            ("Odile Farge", "REJECTS", "Bertrand Quillet"),
        ),
        (
            "Lâché par Odile Farge, Bertrand Quillet, maire depuis 2014, jette l'éponge.",
            ("Odile Farge", "REJECTS", "Bertrand Quillet"),
        ),
    ],
)
def test_a_fronted_passive_participle(extractor, text, edge):
    """The participle opening the sentence, its agent, then the name it describes."""
    assert_edges(edges(extractor, text), expected=[edge])


@pytest.mark.parametrize(
    "text, wrong",
    [
        (
            "Soutenu par Odile Farge, Claire Voisin et Armand Touvenel, Bertrand Quillet se lance.",
            ("Odile Farge", "SUPPORTS", "Claire Voisin"),
        ),
        (
            "Limogé par le tribunal, Bertrand Quillet a fait appel auprès d'Odile Farge.",
            ("Odile Farge", "REJECTS", "Bertrand Quillet"),
        ),
        (
            "Interrogée par Odile Farge, Claire Voisin a répondu sans détour.",
            ("Odile Farge", "REJECTS", "Claire Voisin"),
        ),
    ],
)
def test_fronted_passive_traps(extractor, text, wrong):
    """A list of agents (whom the participle describes is not told), an agent that names no
    actor, a participle that is no cue."""
    found = edges(extractor, text)
    assert_edges(found, forbidden=[wrong])
    assert not {e for e in found if e[0] == "Odile Farge" and e[2] == "Claire Voisin"}, found


# --- a support received from a giver named by a party label ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Claire Voisin a reçu le soutien de l'écologiste Bertrand Quillet.",
        "Claire Voisin a obtenu l'appui du socialiste Bertrand Quillet, arrivé troisième.",
        "Au second tour, Claire Voisin a reçu dès lundi le soutien du communiste Bertrand "
        "Quillet, qui ne pouvait se maintenir.",
        "Claire Voisin, arrivée en tête, a obtenu le soutien de l'insoumis Bertrand Quillet.",
    ],
)
def test_support_received_from_a_labelled_giver(extractor, text):
    assert_edges(
        edges(extractor, text), expected=[("Bertrand Quillet", "SUPPORTS", "Claire Voisin")]
    )


@pytest.mark.parametrize(
    "text",
    [
        "Claire Voisin a reçu le soutien sans réserve de Bertrand Quillet.",
        "Au second tour, Claire Voisin a reçu le soutien sans condition du communiste Bertrand "
        "Quillet (8,2 %).",
        "Fort du soutien sans réserve de Bertrand Quillet, Claire Voisin se lance.",
        "Claire Voisin a obtenu un appui sans faille de l'ancien ministre Bertrand Quillet.",
    ],
)
def test_support_received_with_an_unreserved_modifier(extractor, text):
    """« sans réserve », « sans condition », « sans faille » qualify the noun before its
    holder (words in ``grammar.toml`` ``[rules] unreserved``)."""
    assert_edges(
        edges(extractor, text), expected=[("Bertrand Quillet", "SUPPORTS", "Claire Voisin")]
    )


def test_without_the_support_is_no_support(extractor):
    found = edges(extractor, "Claire Voisin se présente sans le soutien de Bertrand Quillet.")
    assert_edges(found, forbidden=[("Bertrand Quillet", "SUPPORTS", "Claire Voisin")])


# --- an act done out of loyalty -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Claire Voisin a quitté le Parti socialiste, par solidarité avec Bertrand Quillet.",
        "Claire Voisin a annoncé qu'elle quittait le Parti socialiste par solidarité avec "
        "Bertrand Quillet.",
        "Claire Voisin a rendu mardi sa carte du parti par solidarité avec Bertrand Quillet, "
        "exclu la veille.",
        "La conseillère régionale Claire Voisin démissionne du bureau national par solidarité "
        "avec Bertrand Quillet.",
    ],
)
def test_an_act_out_of_loyalty(extractor, text):
    assert_edges(
        edges(extractor, text), expected=[("Claire Voisin", "SUPPORTS", "Bertrand Quillet")]
    )


@pytest.mark.parametrize(
    "text",
    [
        "Claire Voisin dément avoir quitté le parti par solidarité avec Bertrand Quillet.",
        "Claire Voisin a exprimé sa solidarité avec Bertrand Quillet.",
    ],
)
def test_loyalty_traps(extractor, text):
    """A denied act; solidarity voiced without an act is not this family's."""
    assert_edges(
        edges(extractor, text), forbidden=[("Claire Voisin", "SUPPORTS", "Bertrand Quillet")]
    )


# --- a challenge -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Claire Voisin défie Bertrand Quillet dans la deuxième circonscription.",
        "Claire Voisin a décidé de défier Bertrand Quillet pour la présidence du parti.",
        "Claire Voisin, qui se pose en rivale de Bertrand Quillet, a lancé sa campagne.",
        "Claire Voisin s'érige en principale adversaire du maire sortant, Bertrand Quillet.",
        "Au conseil municipal, l'élue socialiste Claire Voisin s'est imposée comme la "
        "principale rivale de Bertrand Quillet.",
        "Claire Voisin est partie à l'assaut de Bertrand Quillet.",
    ],
)
def test_a_challenge(extractor, text):
    assert_edges(
        edges(extractor, text), expected=[("Claire Voisin", "REJECTS", "Bertrand Quillet")]
    )


@pytest.mark.parametrize(
    "text",
    [
        "Claire Voisin serait prête à défier Bertrand Quillet si le parti le lui demandait.",
        "Claire Voisin dément vouloir défier Bertrand Quillet.",
        "Claire Voisin ne défiera pas Bertrand Quillet.",
        "Claire Voisin a défié les pronostics face à Bertrand Quillet.",
        "Claire Voisin présente Bertrand Quillet en rival d'Odile Farge.",
        "L'écologiste Claire Voisin part à l'assaut de la mairie tenue depuis vingt ans par "
        "Bertrand Quillet.",
    ],
)
def test_challenge_traps(extractor, text):
    """A hypothetical, a denial, a negation, a challenge to no one, someone else cast as the
    rival, a town stormed (whose mayor is only its owner)."""
    assert_edges(
        edges(extractor, text), forbidden=[("Claire Voisin", "REJECTS", "Bertrand Quillet")]
    )


# --- a stance noun and its author; censure motions ------------------------------------------------


@pytest.mark.parametrize(
    "text, edge",
    [
        (
            "La diatribe lancée par Claire Voisin contre Bertrand Quillet a surpris.",
            ("Claire Voisin", "REJECTS", "Bertrand Quillet"),
        ),
        (
            "Odile Farge a commenté la diatribe lancée par Claire Voisin contre Bertrand Quillet.",
            ("Claire Voisin", "REJECTS", "Bertrand Quillet"),
        ),
        (
            "Le Parti socialiste a déposé une motion de censure contre le gouvernement de "
            "Bertrand Quillet.",
            (PS, "REJECTS", "Bertrand Quillet"),
        ),
        (
            "Bertrand Quillet est Premier ministre depuis mai. Une motion de censure déposée "
            "par le Parti socialiste contre le gouvernement Quillet a été rejetée hier soir.",
            (PS, "REJECTS", "Bertrand Quillet"),
        ),
    ],
)
def test_a_stance_noun_and_its_author(extractor, text, edge):
    assert_edges(edges(extractor, text), expected=[edge])


@pytest.mark.parametrize(
    "text",
    [
        "Claire Voisin a démissionné après l'annonce par Bertrand Quillet de son soutien à "
        "Odile Farge.",
        "Claire Voisin a démissionné après l'annonce de Bertrand Quillet de son soutien à "
        "Odile Farge.",
        "Depuis l'annonce, mardi, de Bertrand Quillet de son soutien à Odile Farge, les "
        "militants sont divisés.",
        "Claire Voisin a critiqué l'annonce de Bertrand Quillet de son soutien à Odile Farge.",
    ],
)
def test_an_announced_stance_is_the_announcers(extractor, text):
    """« l'annonce de X de son soutien à Y »: the possessive is the announcer's."""
    assert_edges(edges(extractor, text), expected=[("Bertrand Quillet", "SUPPORTS", "Odile Farge")])


@pytest.mark.parametrize(
    "text",
    [
        "Claire Voisin a démenti l'annonce de Bertrand Quillet de son soutien à Odile Farge.",
        "La critique par Bertrand Quillet de son soutien à Odile Farge a surpris.",
    ],
)
def test_announcement_traps(extractor, text):
    """A denied announcement; a criticism is no announcement (whose « son » is anyone's)."""
    assert_edges(
        edges(extractor, text), forbidden=[("Bertrand Quillet", "SUPPORTS", "Odile Farge")]
    )


@pytest.mark.parametrize(
    "text, wrong",
    [
        (
            "Le Parti socialiste n'a pas déposé de motion de censure contre le gouvernement de "
            "Bertrand Quillet.",
            (PS, "REJECTS", "Bertrand Quillet"),
        ),
        (
            "Le Parti socialiste a déposé une motion de censure contre le gouvernement.",
            (PS, "REJECTS", "Bertrand Quillet"),
        ),
        (
            "Odile Farge n'a pas signé la lettre de soutien à Bertrand Quillet.",
            ("Odile Farge", "SUPPORTS", "Bertrand Quillet"),
        ),
        (
            "Claire Voisin est candidate dissidente face à Bertrand Quillet, désigné par le "
            "Parti socialiste.",
            (PS, "REJECTS", "Bertrand Quillet"),
        ),
        (
            "Odile Farge a commenté la diatribe lancée par Claire Voisin contre Bertrand Quillet.",
            ("Odile Farge", "REJECTS", "Bertrand Quillet"),
        ),
    ],
)
def test_stance_noun_traps(extractor, text, wrong):
    """Not filed; no head named; a letter not signed; the commenter is not the author; a
    participle far from the stance noun, after another name, is that name's (the parser may
    hang it on the noun)."""
    assert_edges(edges(extractor, text), forbidden=[wrong])
