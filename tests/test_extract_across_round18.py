"""Support taken back and sarcastic praise (fifteenth session, round 2).

A possessive and a noun of allegiance were read as a title (« son lieutenant X », « X, son
soutien »): « a retiré son soutien au maire sortant » then made the mayor a supporter of the
subject, and « Son lieutenant, X, a suspendu son soutien » tied X to the person he leaves. The
name after « son soutien à / au » is the one the support goes to, and a title whose holder
withdraws his support in the same sentence ties nothing; the verb's own cue reads the
withdrawal when it finds its subject.

A quotation praising the one actor it names (``[quote_praise]``) is a support, unless a word of
defeat or of the other camp follows the praise: « X est la seule à pouvoir nous faire perdre »,
« X fera un excellent bouc émissaire » are sarcasm. Sentences of our own, invented names; every
case below marked as failing gave the tempting edge on the session's base (5cb4491).
"""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples

OPENING = "À Lormont, la maire sortante Odile Farge brigue un second mandat. "


def stances(extractor, text: str, date: str = "2026-03-02") -> set[tuple[str, str, str]]:
    """Every claim but memberships (the labels the sentences give are not under test)."""
    return {e for e in claim_triples(extractor, text, date) if e[1] != "MEMBER_OF"}


# Failing on the base: the mayor made a supporter of the man who drops her, or the man tied to
# her by his title while he withdraws.
WITHDRAWN = [
    "À Lormont, le maire sortant Odile Farge brigue un second mandat. Son référent local, le "
    "notaire Bertrand Quillet, a retiré mardi son soutien au maire sortant.",
    OPENING + "Son lieutenant, Bertrand Quillet, a suspendu mardi son soutien.",
    OPENING + "Son lieutenant Bertrand Quillet a mis un terme à son soutien.",
    OPENING + "Son référent local, le pharmacien Bertrand Quillet, a retiré son appui au maire "
    "sortant et fera liste à part.",
]


@pytest.mark.parametrize("text", WITHDRAWN)
def test_withdrawn_support_ties_nobody_as_a_supporter(extractor, text):
    found = stances(extractor, text)
    assert ("Bertrand Quillet", "SUPPORTS", "Odile Farge") not in found
    assert ("Odile Farge", "SUPPORTS", "Bertrand Quillet") not in found


# Kept: the verb reads the withdrawal when its subject is plain; support given stays support;
# a title with no withdrawal stays a tie.
KEPT = [
    (
        OPENING + "Le notaire Bertrand Quillet a suspendu son soutien à la maire sortante.",
        ("Bertrand Quillet", "REJECTS", "Odile Farge"),
    ),
    (
        OPENING + "Bertrand Quillet, le notaire, a mis fin à son soutien à la maire sortante.",
        ("Bertrand Quillet", "REJECTS", "Odile Farge"),
    ),
    (
        OPENING + "Le notaire Bertrand Quillet a repris son soutien à la maire sortante et "
        "conduira sa propre liste.",
        ("Bertrand Quillet", "REJECTS", "Odile Farge"),
    ),
    (
        OPENING + "Le notaire Bertrand Quillet a apporté son soutien à la maire sortante.",
        ("Bertrand Quillet", "SUPPORTS", "Odile Farge"),
    ),
    (
        OPENING + "Son lieutenant, Bertrand Quillet, a renouvelé son soutien.",
        ("Bertrand Quillet", "SUPPORTS", "Odile Farge"),
    ),
    (
        "La maire sortante Odile Farge et son soutien Bertrand Quillet ont tenu meeting.",
        ("Bertrand Quillet", "SUPPORTS", "Odile Farge"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), KEPT)
def test_support_given_or_withdrawn_by_the_verb_is_kept(extractor, text, edge):
    found = stances(extractor, text)
    assert edge in found
    assert ("Odile Farge", "SUPPORTS", "Bertrand Quillet") not in found


# Failing on the base (but the third): praise turned into sarcasm by what follows it.
SARCASM = [
    "« Armand Touvenel est le seul à pouvoir nous faire perdre », a déclaré Claire Voisin.",
    "« Armand Touvenel fera un excellent bouc émissaire », a déclaré Claire Voisin.",
    "« Armand Touvenel est le meilleur allié de la droite », a déclaré la socialiste Claire "
    "Voisin.",
    "« Armand Touvenel a toute ma confiance... pour perdre », a déclaré Claire Voisin.",
    "« Armand Touvenel est le meilleur candidat pour nos adversaires », a déclaré Claire Voisin.",
    "« Armand Touvenel est le seul capable de faire gagner la droite », a déclaré Claire Voisin.",
]


@pytest.mark.parametrize("text", SARCASM)
def test_sarcastic_praise_is_no_support(extractor, text):
    assert ("Claire Voisin", "SUPPORTS", "Armand Touvenel") not in stances(extractor, text)


PRAISE = [
    "« Armand Touvenel est le seul à pouvoir nous faire gagner », a déclaré Claire Voisin.",
    "« Armand Touvenel a toute ma confiance », a déclaré Claire Voisin.",
    "« Armand Touvenel sera un excellent maire », a déclaré Claire Voisin.",
    "« Armand Touvenel est le meilleur candidat pour notre ville », a déclaré Claire Voisin.",
]


@pytest.mark.parametrize("text", PRAISE)
def test_plain_praise_stays_a_support(extractor, text):
    assert ("Claire Voisin", "SUPPORTS", "Armand Touvenel") in stances(extractor, text)


# The speaker after an inverted incise verb and an adjunct of time and medium (failing on the
# base but the third): the name closes the incise, and the adjunct's own object (a channel, a
# paper) stands between its preposition and the name.
LATE_SPEAKER = [
    (
        "« Je soutiendrai Odile Farge », a affirmé jeudi soir sur France 2 Bertrand Quillet.",
        ("Bertrand Quillet", "SUPPORTS", "Odile Farge"),
    ),
    (
        "« Je soutiendrai Odile Farge », a assuré dimanche au micro de RTL Bertrand Quillet.",
        ("Bertrand Quillet", "SUPPORTS", "Odile Farge"),
    ),
    (
        "« Je soutiendrai Odile Farge », a affirmé jeudi Bertrand Quillet.",
        ("Bertrand Quillet", "SUPPORTS", "Odile Farge"),
    ),
    (
        "« Odile Farge a trahi la gauche », a lancé sur France 2 Bertrand Quillet.",
        ("Bertrand Quillet", "REJECTS", "Odile Farge"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), LATE_SPEAKER)
def test_speaker_after_an_adjunct_of_time_and_medium(extractor, text, edge):
    assert edge in stances(extractor, text)


# Traps: the name after a preposition is the one spoken to, never the speaker.
SPOKEN_TO = [
    "Armand Touvenel était en colère. « Vous avez trahi la gauche », a lancé à Odile Farge le "
    "militant.",
    "« Vous avez trahi la gauche », a lancé à la ministre Odile Farge son rival Bertrand Quillet.",
]


@pytest.mark.parametrize("text", SPOKEN_TO)
def test_the_one_spoken_to_is_no_speaker(extractor, text):
    assert not any(e[0] == "Odile Farge" for e in stances(extractor, text))
