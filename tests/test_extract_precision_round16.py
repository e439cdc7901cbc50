"""False edges on our own traps (round 16, thirteenth session).

Families where the extractor read an edge the sentence does not assert:

- a party's possessive title whose act the same sentence denies: « Le PS n'a pas investi son
  candidat, X » (``superseded._negated_act``: the verb's reading was dropped for its negation,
  the title « son candidat » stands or falls with it);
- a passive agent named through a possessive title with no comma: « soutenue par son ami X »,
  « épaulée par son bras droit X » (``rules._agent_after_possessive``: X is the one who acts,
  never the object of an active reading);
- a name after a colon that answers the head of the phrase (« Celui qui s'est incliné face à
  la candidate investie par LFI : X »), read by the verb rule as the invested one
  (``rules._answers_another_head``, with ``membership_news.colon_answers_another``);
- a new subject after "puis" that the parser took for a coordinated object: « X a soutenu Y
  puis Z a rejoint W » (``arguments._opens_clause`` ends the list of objects at a name
  followed by a finite verb; ``arguments._conjunct_subject`` gives the second verb its own
  subject instead of climbing to X);
- a past participle on a noun that the names after it stand for: « Le binôme écologiste
  exclu, A et B, a fait appel » (``rules._participle_on_a_listed_noun``: what was done to
  both, by no one named, is no act of A on B);
- a pact verb with no object whose subjects list a party among people: « Mardi, le PS, A et B
  ont signé l'accord » names co-signers of one text, not partners of each other (two
  subjects, or parties only, keep the pact convention: each partner of the other);
- a place in a ranking: « Avec 8 %, le Nouveau Centre se place derrière X », « reste derrière
  X dans les sondages » (``rules._ranked``: a verb of position before "derrière", a score
  or a rank in the sentence); « se range derrière X », « fait bloc derrière X » still support;
- a stance noun's pair put as one side of a choice: « le soutien de A à B ou celui de C à
  D », « soit le ralliement de A à B, soit celui de C à D » (``rules._put_as_choice``).

Every sentence is our own; the names are invented.
"""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples


def edges(extractor, text: str) -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, "2026-03-10")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Le PS n'a pas investi son candidat, Bertrand Quillet.", "Bertrand Quillet"),
        ("Le MoDem n'a finalement pas investi sa candidate, Odile Farge.", "Odile Farge"),
        ("Les Républicains n'ont jamais investi leur candidat Armand Touvenel.", "Armand Touvenel"),
        ("EELV n'investira pas sa tête de liste, Claire Voisin.", "Claire Voisin"),
    ],
)
def test_a_title_whose_investiture_is_denied_is_no_membership(extractor, text, person):
    assert not {e for e in edges(extractor, text) if e[0] == person and e[1] == "MEMBER_OF"}


@pytest.mark.parametrize(
    "text",
    [
        "Le PS a investi son candidat, Bertrand Quillet.",
        "Bertrand Quillet, socialiste, n'a pas été investi par le PS.",
    ],
)
def test_an_affirmed_or_separate_membership_stands(extractor, text):
    assert ("Bertrand Quillet", "MEMBER_OF", "Parti socialiste") in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "La députée Odile Farge, épaulée par son bras droit Bertrand Quillet, a lancé sa campagne.",
        "Odile Farge, soutenue par son ami Bertrand Quillet, a lancé sa campagne.",
        "Odile Farge, épaulée par son fidèle lieutenant Bertrand Quillet, a lancé sa campagne.",
        "Odile Farge, épaulée par son suppléant Bertrand Quillet, a lancé sa campagne.",
    ],
)
def test_an_agent_named_through_a_possessive_title_is_the_supporter(extractor, text):
    found = edges(extractor, text)
    assert ("Bertrand Quillet", "SUPPORTS", "Odile Farge") in found
    assert ("Odile Farge", "SUPPORTS", "Bertrand Quillet") not in found


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "La députée Odile Farge a épaulé son ami Bertrand Quillet.",
            ("Odile Farge", "SUPPORTS", "Bertrand Quillet"),
        ),
        (
            "Odile Farge, épaulée par Bertrand Quillet, a lancé sa campagne.",
            ("Bertrand Quillet", "SUPPORTS", "Odile Farge"),
        ),
        (
            "Odile Farge est secondée par son directeur de campagne, Bertrand Quillet.",
            ("Bertrand Quillet", "SUPPORTS", "Odile Farge"),
        ),
    ],
)
def test_active_support_and_plain_agents_stand(extractor, text, edge):
    assert edge in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Le soutien d'Odile Farge à Claire Voisin ou celui de Bertrand Quillet à Armand Touvenel : "
        "il faudra choisir.",
        "Soit le ralliement d'Odile Farge à Claire Voisin, soit celui de Bertrand Quillet à Armand "
        "Touvenel.",
        "Le soutien d'Odile Farge à Claire Voisin ou celle de Bertrand Quillet : les électeurs "
        "hésitent.",
        "Le ralliement d'Odile Farge à Claire Voisin ou celui de Bertrand Quillet à Armand "
        "Touvenel, les militants devront trancher.",
    ],
)
def test_an_alternative_put_as_a_choice_asserts_neither(extractor, text):
    assert not {e for e in edges(extractor, text) if e[1] == "SUPPORTS"}


def test_two_pairs_joined_by_et_both_stand(extractor):
    found = edges(
        extractor,
        "Le soutien d'Odile Farge à Claire Voisin et celui de Bertrand Quillet à Armand Touvenel "
        "ont surpris.",
    )
    assert ("Odile Farge", "SUPPORTS", "Claire Voisin") in found
    assert ("Bertrand Quillet", "SUPPORTS", "Armand Touvenel") in found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Celui qui s'est incliné face à la candidate investie par LFI : Bertrand Quillet.",
            "Bertrand Quillet",
        ),
        (
            "Le seul élu qui ait résisté au candidat investi par le RN : Bertrand Quillet.",
            "Bertrand Quillet",
        ),
        (
            "Le seul maire qui a résisté au candidat investi par LR : Armand Touvenel.",
            "Armand Touvenel",
        ),
        (
            "L'ancienne ministre qui s'est inclinée devant le candidat investi par Renaissance : "
            "Claire Voisin.",
            "Claire Voisin",
        ),
        (
            "Celui qui a cédé face au candidat investi par EELV : Bertrand Quillet.",
            "Bertrand Quillet",
        ),
    ],
)
def test_the_name_after_the_colon_answers_the_head_not_the_invested(extractor, text, person):
    assert not {e for e in edges(extractor, text) if e[0] == person and e[1] == "MEMBER_OF"}


@pytest.mark.parametrize(
    "text",
    [
        "Le maire sortant affrontera celui investi par le RN : Armand Touvenel.",
        "La candidate investie par le RN, Odile Farge, arrive en tête.",
    ],
)
def test_the_invested_one_named_after_the_phrase_stands(extractor, text):
    assert {e for e in edges(extractor, text) if e[1] == "MEMBER_OF" and e[2] == "Front national"}


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Odile Farge a soutenu Claire Voisin puis Bertrand Quillet a rejoint Armand Touvenel.",
            ("Odile Farge", "SUPPORTS", "Claire Voisin"),
            ("Bertrand Quillet", "SUPPORTS", "Armand Touvenel"),
        ),
        (
            "Odile Farge a d'abord soutenu Claire Voisin, puis Bertrand Quillet a rallié Armand "
            "Touvenel.",
            ("Odile Farge", "SUPPORTS", "Claire Voisin"),
            ("Bertrand Quillet", "SUPPORTS", "Armand Touvenel"),
        ),
        (
            "Odile Farge a critiqué Claire Voisin puis Bertrand Quillet a soutenu Armand Touvenel.",
            ("Odile Farge", "REJECTS", "Claire Voisin"),
            ("Bertrand Quillet", "SUPPORTS", "Armand Touvenel"),
        ),
        (
            "Odile Farge a critiqué Claire Voisin, puis Bertrand Quillet s'est rangé derrière "
            "Armand Touvenel.",
            ("Odile Farge", "REJECTS", "Claire Voisin"),
            ("Bertrand Quillet", "SUPPORTS", "Armand Touvenel"),
        ),
    ],
)
def test_a_subject_does_not_carry_across_a_new_clause(extractor, text, first, second):
    found = edges(extractor, text)
    assert first in found
    assert not {
        e
        for e in found
        if e[0] == "Odile Farge" and e[2] in {"Bertrand Quillet", "Armand Touvenel"}
    }


@pytest.mark.parametrize(
    "text",
    [
        "Odile Farge a soutenu Claire Voisin puis Bertrand Quillet.",
        "Odile Farge soutient Claire Voisin et Bertrand Quillet.",
        "Odile Farge a soutenu Claire Voisin puis Bertrand Quillet, qui a rejoint Armand Touvenel.",
    ],
)
def test_coordinated_objects_stand(extractor, text):
    found = edges(extractor, text)
    assert {
        ("Odile Farge", "SUPPORTS", "Claire Voisin"),
        ("Odile Farge", "SUPPORTS", "Bertrand Quillet"),
    } <= found


@pytest.mark.parametrize(
    "text",
    [
        "Le binôme écologiste exclu, Odile Farge et Bertrand Quillet, a fait appel.",
        "Le tandem radié, Odile Farge et Bertrand Quillet, dénonce une purge.",
        "Les deux conseillers évincés, Odile Farge et Bertrand Quillet, ont saisi la justice.",
        "Les deux frondeurs sanctionnés, Odile Farge et Bertrand Quillet, refusent de se taire.",
    ],
)
def test_a_participle_on_the_listed_names_pairs_none_of_them(extractor, text):
    found = edges(extractor, text)
    assert ("Odile Farge", "REJECTS", "Bertrand Quillet") not in found
    assert ("Bertrand Quillet", "REJECTS", "Odile Farge") not in found


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Odile Farge a exclu Bertrand Quillet du groupe.",
            ("Odile Farge", "REJECTS", "Bertrand Quillet"),
        ),
        (
            "Le militant exclu, Bertrand Quillet, accuse Odile Farge.",
            ("Bertrand Quillet", "REJECTS", "Odile Farge"),
        ),
    ],
)
def test_an_exclusion_told_by_a_verb_or_the_listed_one_s_act_stands(extractor, text, edge):
    assert edge in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Mardi, le PS, Odile Farge et Bertrand Quillet ont signé l'accord.",
        "Le MoDem, Odile Farge et Bertrand Quillet ont scellé une alliance.",
        "Hier, EELV, Claire Voisin et Armand Touvenel ont conclu un accord.",
        "Le PCF, Odile Farge, Claire Voisin et Armand Touvenel ont signé un accord.",
    ],
)
def test_co_signers_of_mixed_kinds_are_no_partners(extractor, text):
    assert not {e for e in edges(extractor, text) if e[1] == "SUPPORTS"}


def test_two_signers_of_a_pact_stay_partners(extractor):
    found = edges(extractor, "Odile Farge et Bertrand Quillet ont signé un accord.")
    assert {
        ("Odile Farge", "SUPPORTS", "Bertrand Quillet"),
        ("Bertrand Quillet", "SUPPORTS", "Odile Farge"),
    } <= found


def test_parties_signing_together_stay_partners(extractor):
    found = edges(extractor, "LFI, EELV et le PS ont signé un accord.")
    assert ("La France insoumise", "SUPPORTS", "Europe Écologie Les Verts") in found


@pytest.mark.parametrize(
    "text",
    [
        "Avec 8 %, le Nouveau Centre se place derrière les UMP Odile Farge et Bertrand Quillet.",
        "Le Nouveau Centre est derrière les UMP Odile Farge et Bertrand Quillet, avec 8 % des "
        "voix.",
        "Le Nouveau Centre reste derrière Odile Farge dans les sondages.",
        "Le Nouveau Centre arrive derrière les UMP Odile Farge et Bertrand Quillet.",
    ],
)
def test_a_place_in_a_ranking_is_no_support(extractor, text):
    assert not {e for e in edges(extractor, text) if e[1] == "SUPPORTS"}


@pytest.mark.parametrize(
    "text",
    [
        "Le MoDem reste derrière Odile Farge.",
        "Le MoDem se range derrière Odile Farge, créditée de 30 % des voix.",
        "Le MoDem fait bloc derrière Odile Farge, en tête des sondages.",
    ],
)
def test_allegiance_behind_someone_stands(extractor, text):
    assert ("Mouvement démocrate", "SUPPORTS", "Odile Farge") in edges(extractor, text)
