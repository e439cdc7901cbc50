"""False edges fixed, round 25 (nineteenth session, the untuned pair's forbidden edges):
phrasings of our own, each positive failing on main d11b853, with traps.

- **A name inside a relative on the subject noun** (« la députée, qui talonne X, maire de C,
  a reçu le soutien de Y »; ``references.noun_relative``, read by ``complement_of_noun`` and
  ``arguments._noun_before_relative``): when the subject is a description, the surface
  fallbacks skipped the apposition after X and took X for the receiver. X is only what the
  relative says of the subject; the receiver is the described subject (when bound) or nobody.
- **« proche de P » after a noun, then « de X »** (« la liste proche du PS de X », « la
  candidature proche du MoDem de X »; ``[descriptions] near_party`` read by
  ``descriptions._party_of``): X owns the list, which is close to the party; X is no member
  for it. « Le PCF de X » and, set off, « Y, proche du RN de X » keep X in the party.
- **« assurer / garantir quelqu'un de son soutien », then a name** (« S'il assure la
  présidente de son soutien, X garde ses distances »; ``[descriptions] assuring_verbs`` read
  by ``descriptions._assured_of``): the possessive noun is the support given to the one
  assured, not a title apposed to the name after the comma, which made X the supporter of
  whomever « son » stood for. « avec son lieutenant, X » keeps its reading.
"""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples

DATE = "2020-03-02"


@pytest.fixture(scope="module")
def edges(extractor):
    return lambda text: claim_triples(extractor, text, DATE)


@pytest.mark.parametrize(
    "text",
    [
        "Avec 31 %, la députée-maire de Lormont, qui talonne Bernard Quillet, maire de Sarle "
        "(35 %), a reçu hier les soutiens d'Armand Touvenel et d'Odile Farge.",
        "Avec 28 %, la conseillère régionale, qui devance Bernard Quillet, maire de Sarle "
        "(22 %), a obtenu mardi l'appui d'Armand Touvenel.",
        "L'eurodéputée, qui talonne Bernard Quillet, ancien maire de Sarle, a décroché le "
        "soutien d'Armand Touvenel.",
        "Avec 30 %, la sénatrice de Lormont, qui talonne Bernard Quillet, maire de Sarle "
        "(33 %), a reçu, hier, comme annoncé, les soutiens d'Armand Touvenel et d'Odile Farge.",
    ],
)
def test_a_name_in_the_relative_on_the_subject_receives_nothing(edges, text):
    found = edges(text)
    assert ("Armand Touvenel", "SUPPORTS", "Bernard Quillet") not in found, found
    assert ("Odile Farge", "SUPPORTS", "Bernard Quillet") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Odile Farge, qui talonne Bernard Quillet, a reçu le soutien d'Armand Touvenel.",
        "Odile Farge brigue la présidence du conseil départemental. La députée-maire de "
        "Lormont, qui talonne Bernard Quillet, maire de Sarle (35 %), a reçu hier le soutien "
        "d'Armand Touvenel.",
        "La députée-maire de Lormont Odile Farge, qui talonne Bernard Quillet, maire de Sarle, "
        "a reçu le soutien d'Armand Touvenel.",
    ],
)
def test_the_subject_the_relative_describes_still_receives(edges, text):
    assert ("Armand Touvenel", "SUPPORTS", "Odile Farge") in edges(text)


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "La liste de gauche de Paul Mercadier a trouvé un accord avec la liste proche du "
            "PS de Jeanne Solbert.",
            "Parti socialiste",
        ),
        (
            "Il a rallié la liste proche des Républicains de Jeanne Solbert.",
            "Les Républicains",
        ),
        (
            "La liste divers gauche proche du PCF de Jeanne Solbert a fusionné avec celle de "
            "Paul Mercadier.",
            "Parti communiste français",
        ),
        (
            "La liste proche d'EELV de Jeanne Solbert obtient 12 %.",
            "Europe Écologie Les Verts",
        ),
        (
            "Il a rejoint la candidature proche du MoDem de Jeanne Solbert.",
            "Mouvement démocrate",
        ),
    ],
)
def test_a_list_close_to_a_party_makes_its_head_no_member(edges, text, party):
    assert ("Jeanne Solbert", "MEMBER_OF", party) not in edges(text)


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Le PCF de Jeanne Solbert a rejoint l'union.", "Parti communiste français"),
        ("Paul Mercadier, proche du RN de Jeanne Solbert, a été élu.", "Front national"),
    ],
)
def test_the_party_of_a_person_still_tells_her_party(edges, text, party):
    assert ("Jeanne Solbert", "MEMBER_OF", party) in edges(text)


LEAD = "Paul Mercadier dépose sa liste. "


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Si elle assure la présidente de son soutien, Odile Farge reste prudente.", "Odile Farge"),
        ("S'il l'assure de son soutien, Bernard Quillet garde ses distances.", "Bernard Quillet"),
        (
            "S'il garantit la présidente de son soutien, Bernard Quillet garde ses distances.",
            "Bernard Quillet",
        ),
        (
            "S'il assure la députée de son soutien, Bernard Quillet garde ses distances.",
            "Bernard Quillet",
        ),
    ],
)
def test_the_support_one_assures_of_is_no_title_of_the_next_name(edges, text, name):
    assert (name, "SUPPORTS", "Paul Mercadier") not in edges(LEAD + text)


@pytest.mark.parametrize(
    "text",
    [
        "Paul Mercadier était présent avec son lieutenant, Bernard Quillet.",
        "Paul Mercadier a reçu la visite de son soutien, Bernard Quillet.",
    ],
)
def test_a_possessive_title_apposed_to_a_name_still_ties_it(edges, text):
    assert ("Bernard Quillet", "SUPPORTS", "Paul Mercadier") in edges(text)
