"""False edges on our own traps (round 18, fourteenth session, after the session's merges).

Each family below was found by probing the session's new rules with sentences of our own and
checked to give the false edge on the merged main before its fix.

- A stance noun in an event the subject only attended: « s'est abstenu lors du vote de
  confiance au gouvernement de X », « a pris la parole pendant le vote de confiance à X »
  gave the subject SUPPORTS X (the parser hangs « du vote » on « lors », so the event adjunct
  went unseen: ``rules._background_event`` now reads the adjunct word as the head).

- A description reused without the word that narrows it: after « Le candidat d'extrême droite,
  X », « le candidat de droite » was read as X again (its words are a subset), so « soutient
  le candidat de droite » went to the far-right candidate; a description bound with
  « extrême », « ancien », « ex », « vice »… is now reused only by one that repeats the word
  (``references.reuse``, ``[references] narrowing_words``), and the side rule of this session
  finds the right-wing candidate.

- A move to a party that never happened: « l'arrivée de X au MoDem est démentie », « le passage
  de X chez LR n'a jamais eu lieu » gave X MEMBER_OF the party (the move nouns just merged);
  the predicate that says a stance noun never came about (``negation.unrealised``) now
  governs them too.
- A role with a complement of its own before the name: « Le PS, dont le candidat face à X
  était Y » gave X MEMBER_OF PS; before an apposed name the role must now end the phrase but
  for adjectives (``descriptions._whose_role``).
- blind12's two forbidden edges (the session's first untuned constructed set, read after its
  "after" run; tuning on blind12 from here), each a family: a tie bounded by a past month or
  season with no year (« était encarté à l'UMP jusqu'en juin »: ``negation._ended_before``
  for verbs, ``descriptions._ended_by_then`` for descriptions, never « jusqu'en juin
  prochain » nor a future); a negated cleft (« Ce n'est pas pour autant que je voterai pour
  lui », « ce n'est pas moi qui … », « ce n'est pas parce que … que … »:
  ``negation._negated_cleft``), whose act is denied, while a cleft that asserts (« c'est pour
  cela que », « ce n'est pas un secret : ») keeps it.
- Not a false edge but a crash: an article whose first sentence has a possessed relationship
  noun (« son mentor », « son ancien patron ») and no named subject before it looked for the
  possessor in the sentence before the first one (``references.possessive``: IndexError).

Every sentence is our own; the names are invented.
"""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples


def edges(extractor, text: str) -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, "2026-03-10")


@pytest.mark.parametrize(
    "text",
    [
        "Le groupe socialiste s'est abstenu lors du vote de confiance au gouvernement d'Odile "
        "Farge.",
        "Bertrand Quillet a pris la parole lors du vote de confiance au gouvernement d'Odile "
        "Farge.",
        "Bertrand Quillet est sorti de l'hémicycle pendant le vote de confiance au gouvernement "
        "d'Odile Farge.",
    ],
)
def test_an_event_attended_is_no_stance_of_the_subject(extractor, text):
    assert not {e for e in edges(extractor, text) if e[2] == "Odile Farge"}


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Le groupe socialiste a voté la confiance au gouvernement d'Odile Farge.",
            ("Parti socialiste", "SUPPORTS", "Odile Farge"),
        ),
        (
            "Lors du vote, Bertrand Quillet a apporté sa confiance au gouvernement d'Odile Farge.",
            ("Bertrand Quillet", "SUPPORTS", "Odile Farge"),
        ),
    ],
)
def test_a_vote_cast_is_still_a_stance(extractor, text, edge):
    assert edge in edges(extractor, text)


def test_a_side_description_is_not_reused_for_the_far_side(extractor):
    text = (
        "Bertrand Quillet, candidat LR, affronte Odile Farge. Le candidat d'extrême droite, "
        "Armand Touvenel, a été éliminé. Claire Voisin soutient le candidat de droite."
    )
    found = claim_triples(extractor, text, "2020-03-01")
    assert ("Claire Voisin", "SUPPORTS", "Armand Touvenel") not in found
    assert ("Claire Voisin", "SUPPORTS", "Bertrand Quillet") in found


def test_the_same_narrowed_description_is_still_reused(extractor):
    text = (
        "Le candidat d'extrême droite, Armand Touvenel, a été éliminé. Claire Voisin refuse de "
        "soutenir le candidat d'extrême droite."
    )
    found = claim_triples(extractor, text, "2020-03-01")
    assert ("Claire Voisin", "REJECTS", "Armand Touvenel") in found


@pytest.mark.parametrize(
    "text",
    [
        "Il a rompu avec son mentor.",
        "Elle votera pour son ancien patron, dit-on.",
        "Avec son rival de toujours, rien ne va plus. Odile Farge se tait.",
    ],
)
def test_an_article_opening_on_a_possessed_relative_names_no_one(extractor, text):
    # the first sentence has no sentence before it to find the possessor in (an IndexError
    # on the salience of sentence -1 until this session)
    assert not {e for e in edges(extractor, text) if e[1] != "MEMBER_OF"}


@pytest.mark.parametrize(
    "text",
    [
        "L'arrivée de Bertrand Quillet au MoDem est démentie par son entourage.",
        "Le passage de Bertrand Quillet chez LR n'a jamais eu lieu.",
        "Le départ de Bertrand Quillet vers le RN a été démenti dimanche.",
    ],
)
def test_a_move_to_a_party_that_never_happened_is_no_membership(extractor, text):
    assert not {e for e in edges(extractor, text) if e[1] == "MEMBER_OF"}


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("L'arrivée de Bertrand Quillet au MoDem a été officialisée lundi.", "Mouvement démocrate"),
        ("Le passage de Bertrand Quillet chez LR a surpris ses amis.", "Les Républicains"),
    ],
)
def test_a_move_that_happened_is_still_one(extractor, text, party):
    assert ("Bertrand Quillet", "MEMBER_OF", party) in edges(extractor, text)


def test_a_role_with_its_own_complement_is_no_role_of_the_name_after_it(extractor):
    text = "Le PS, dont le candidat face à Bertrand Quillet était Odile Farge, se réorganise."
    assert ("Bertrand Quillet", "MEMBER_OF", "Parti socialiste") not in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Le PS, dont le candidat, Bertrand Quillet, a été battu, se réorganise.",
        "Le MoDem, dont le candidat malheureux, Bertrand Quillet, a été battu, se réorganise.",
    ],
)
def test_a_role_apposed_to_its_name_still_gives_the_membership(extractor, text):
    assert any(e[0] == "Bertrand Quillet" and e[1] == "MEMBER_OF" for e in edges(extractor, text))


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Odile Farge était encartée à l'UMP jusqu'en juin.",
            ("Odile Farge", "MEMBER_OF", "Les Républicains"),
        ),
        (
            "Odile Farge était adhérente du MoDem jusqu'au printemps.",
            ("Odile Farge", "MEMBER_OF", "Mouvement démocrate"),
        ),
        (
            "Odile Farge, encartée au PS jusqu'en juin, soutient Bertrand Quillet.",
            ("Odile Farge", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "Odile Farge a soutenu Bertrand Quillet jusqu'en juin.",
            ("Odile Farge", "SUPPORTS", "Bertrand Quillet"),
        ),
        (
            "Odile Farge soutenait Bertrand Quillet jusqu'au printemps dernier.",
            ("Odile Farge", "SUPPORTS", "Bertrand Quillet"),
        ),
    ],
)
def test_a_tie_bounded_by_a_past_month_or_season_has_ended(extractor, text, edge):
    assert edge not in claim_triples(extractor, text, "2011-09-15")


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Odile Farge, présidente du groupe PS jusqu'en juin prochain, soutient Bertrand "
            "Quillet.",
            ("Odile Farge", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "Odile Farge restera présidente du groupe PS jusqu'en juin.",
            ("Odile Farge", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "Odile Farge soutiendra Bertrand Quillet jusqu'en juin.",
            ("Odile Farge", "SUPPORTS", "Bertrand Quillet"),
        ),
        (
            "Odile Farge est encartée à l'UMP depuis juin.",
            ("Odile Farge", "MEMBER_OF", "Les Républicains"),
        ),
    ],
)
def test_a_tie_bounded_in_the_future_or_begun_still_holds(extractor, text, edge):
    assert edge in claim_triples(extractor, text, "2011-09-15")


@pytest.mark.parametrize(
    "text",
    [
        "« Ce n'est pas pour autant que je voterai pour Bertrand Quillet », dit Odile Farge.",
        "« Ce n'est pas moi qui soutiendrai Bertrand Quillet », dit Odile Farge.",
        "« Ce n'est pas parce que je critique le maire que je soutiendrai Bertrand Quillet », "
        "dit Odile Farge.",
        "Ce n'est pas demain qu'Odile Farge soutiendra Bertrand Quillet.",
    ],
)
def test_a_negated_cleft_denies_the_act_it_sets_apart(extractor, text):
    assert ("Odile Farge", "SUPPORTS", "Bertrand Quillet") not in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "« C'est pour cela que je soutiendrai Bertrand Quillet », dit Odile Farge.",
        "« Ce n'est pas un secret : je soutiens Bertrand Quillet », dit Odile Farge.",
        "Ce n'est pas une surprise qu'Odile Farge soutienne Bertrand Quillet.",
    ],
)
def test_a_cleft_that_asserts_the_act_keeps_it(extractor, text):
    assert ("Odile Farge", "SUPPORTS", "Bertrand Quillet") in edges(extractor, text)
