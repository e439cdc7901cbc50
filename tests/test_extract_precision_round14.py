"""Whose act a sentence tells (round 14, twelfth session).

Four families where the words of a stance are in the sentence but the stance is not the
subject's, or not toward the name the sentence ends on:

- a request made to someone a dative clitic stands for ("lui a demandé de rompre avec X",
  "leur conseille de soutenir X"): asking is not doing, whoever the parser made of the clitic
  (``negation._requested`` reads the clitic before the verb group, ``dative_clitics``);
- a protest against an attack on someone ("s'insurge contre les critiques visant X",
  "s'indigne de la diatribe contre X"): the one attacked is not the one protested against
  (``arguments.attack_target``, the ``attacks`` and ``attack_targets`` lists);
- a door opened on a move toward someone ("ouvre la porte à un ralliement à X", "à une
  alliance avec X"): a temptation of the subject, no invitation of X
  (``arguments._move_toward``, ``joined_moves``);
- support received with a verb whose lemma carries an accent ("bénéficie du soutien de X",
  "a décroché l'appui de X"): the receiving verbs were compared unfolded and missed.

Every sentence is our own; the names are invented.
"""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples


def edges(extractor, text: str) -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, "2019-05-02")


@pytest.mark.parametrize("text, subject, relation", [
    ("Odile Farge lui a demandé de se désolidariser de Bertrand Quillet.",
     "Odile Farge", "REJECTS"),
    ("Claire Voisin leur demande de rompre avec Bertrand Quillet.", "Claire Voisin", "REJECTS"),
    ("Armand Touvenel lui conseille de soutenir Bertrand Quillet.", "Armand Touvenel",
     "SUPPORTS"),
    ("Armand Touvenel leur a enjoint de lâcher Bertrand Quillet.", "Armand Touvenel",
     "REJECTS"),
    ("Odile Farge leur a proposé de rejoindre Bertrand Quillet.", "Odile Farge", "SUPPORTS"),
])
def test_a_request_to_someone_else_is_not_the_askers_stance(extractor, text, subject, relation):
    assert (subject, relation, "Bertrand Quillet") not in edges(extractor, text)


@pytest.mark.parametrize("text, edge", [
    ("Odile Farge a décidé de se désolidariser de Bertrand Quillet.",
     ("Odile Farge", "REJECTS", "Bertrand Quillet")),
    ("Claire Voisin leur a présenté sa décision de soutenir Bertrand Quillet.",
     ("Claire Voisin", "SUPPORTS", "Bertrand Quillet")),
    ("Armand Touvenel lui a apporté son soutien.", None),
])
def test_the_subjects_own_stance_stays_beside_a_clitic(extractor, text, edge):
    """Without a request, a clitic does not hand the stance to someone else."""
    found = edges(extractor, text)
    assert (edge in found) if edge is not None else not found


@pytest.mark.parametrize("text", [
    "Armand Touvenel lui a apporté son soutien face à Bertrand Quillet.",
    "Armand Touvenel a appelé à l'union face à Bertrand Quillet.",
    "Armand Touvenel a renouvelé son appui à la majorité face à Bertrand Quillet.",
    "Armand Touvenel plaide pour une alliance en opposition à Bertrand Quillet.",
])
def test_the_one_faced_is_not_the_object(extractor, text):
    """ "face à Y" makes Y the adversary: no support of Y, whatever cue precedes."""
    found = edges(extractor, text)
    assert not any(e[1] in {"SUPPORTS", "TEMPTED_BY", "INVITED_TO_RALLY"}
                   and e[2] == "Bertrand Quillet" for e in found)


@pytest.mark.parametrize("text, edge", [
    ("Armand Touvenel soutient Odile Farge face à Bertrand Quillet.",
     ("Armand Touvenel", "SUPPORTS", "Odile Farge")),
    ("Armand Touvenel s'est rallié, face à la menace, à Bertrand Quillet.",
     ("Armand Touvenel", "SUPPORTS", "Bertrand Quillet")),
    ("Armand Touvenel se présente en candidat dissident face à Bertrand Quillet.",
     ("Armand Touvenel", "REJECTS", "Bertrand Quillet")),
])
def test_a_support_told_beside_the_one_faced_stays(extractor, text, edge):
    assert edge in edges(extractor, text)


@pytest.mark.parametrize("text", [
    "Claire Voisin s'insurge contre les critiques visant Bertrand Quillet.",
    "Claire Voisin s'indigne de la diatribe contre Bertrand Quillet.",
    "Claire Voisin s'est élevée contre les attaques visant Bertrand Quillet.",
    "Claire Voisin proteste contre les insultes à l'encontre de Bertrand Quillet.",
    "Claire Voisin s'insurge contre la campagne menée contre Bertrand Quillet.",
])
def test_a_protest_against_an_attack_on_someone_does_not_reject_them(extractor, text):
    assert ("Claire Voisin", "REJECTS", "Bertrand Quillet") not in edges(extractor, text)


@pytest.mark.parametrize("text, edge", [
    ("Claire Voisin s'insurge contre Bertrand Quillet.",
     ("Claire Voisin", "REJECTS", "Bertrand Quillet")),
    ("Claire Voisin s'insurge contre les propos de Bertrand Quillet.",
     ("Claire Voisin", "REJECTS", "Bertrand Quillet")),
    ("Claire Voisin dénonce la charge de Bertrand Quillet contre Odile Farge.",
     ("Bertrand Quillet", "REJECTS", "Odile Farge")),
])
def test_a_protest_against_the_one_who_attacks_still_rejects(extractor, text, edge):
    assert edge in edges(extractor, text)


@pytest.mark.parametrize("text", [
    "Claire Voisin ouvre la porte à un ralliement à Bertrand Quillet.",
    "Claire Voisin a ouvert la porte à un soutien à Bertrand Quillet.",
    "Claire Voisin ouvre grand la porte à un accord avec Bertrand Quillet.",
    "Claire Voisin a entrouvert la porte à un rapprochement avec Bertrand Quillet.",
])
def test_a_door_opened_on_a_move_toward_someone_is_a_temptation(extractor, text):
    found = edges(extractor, text)
    assert ("Claire Voisin", "INVITED_TO_RALLY", "Bertrand Quillet") not in found
    assert ("Claire Voisin", "TEMPTED_BY", "Bertrand Quillet") in found


@pytest.mark.parametrize("text", [
    "Claire Voisin ouvre la porte à Bertrand Quillet.",
    "Claire Voisin a fait une offre d'alliance à Bertrand Quillet.",
    "Claire Voisin a renouvelé son offre de rapprochement à Bertrand Quillet.",
])
def test_a_door_or_an_offer_made_to_someone_invites_them(extractor, text):
    found = edges(extractor, text)
    assert ("Claire Voisin", "INVITED_TO_RALLY", "Bertrand Quillet") in found


@pytest.mark.parametrize("text", [
    "Claire Voisin bénéficie du soutien de Bertrand Quillet.",
    "Claire Voisin bénéficie de l'appui de Bertrand Quillet.",
    "Claire Voisin a décroché le soutien de Bertrand Quillet.",
    "Claire Voisin a bénéficié du ralliement de Bertrand Quillet.",
])
def test_support_received_with_an_accented_verb(extractor, text):
    assert ("Bertrand Quillet", "SUPPORTS", "Claire Voisin") in edges(extractor, text)


@pytest.mark.parametrize("text", [
    "Claire Voisin a refusé de commenter le ralliement d'Odile Farge à Bertrand Quillet.",
    "Claire Voisin n'a pas voulu commenter le soutien d'Odile Farge à Bertrand Quillet.",
    "Claire Voisin a refusé d'aborder le soutien d'Odile Farge à Bertrand Quillet.",
    "Claire Voisin a refusé de détailler le ralliement d'Odile Farge à Bertrand Quillet.",
    "Claire Voisin a refusé d'évoquer un éventuel accord avec Bertrand Quillet.",
])
def test_a_comment_refused_refuses_no_tie(extractor, text):
    """What is refused is the comment (``comment_verbs``): neither the speaker nor the one whose
    rally is commented on rejects anybody."""
    found = edges(extractor, text)
    assert not any(e[1] == "REJECTS" for e in found)


@pytest.mark.parametrize("text, edge", [
    ("Claire Voisin refuse toute alliance avec Bertrand Quillet.",
     ("Claire Voisin", "REJECTS", "Bertrand Quillet")),
    ("Claire Voisin a refusé de sceller une alliance avec Bertrand Quillet.",
     ("Claire Voisin", "REJECTS", "Bertrand Quillet")),
    ("Claire Voisin a évoqué son soutien à Bertrand Quillet.",
     ("Claire Voisin", "SUPPORTS", "Bertrand Quillet")),
])
def test_a_tie_refused_or_told_without_a_comment_verb_stays(extractor, text, edge):
    assert edge in edges(extractor, text)


@pytest.mark.parametrize("text", [
    "Claire Voisin se défend de tout rapprochement avec Bertrand Quillet.",
    "Claire Voisin se défend de tout ralliement à Bertrand Quillet.",
    "Claire Voisin se défend d'un quelconque rapprochement avec Bertrand Quillet.",
    "Claire Voisin s'est toujours défendue de tout soutien à Bertrand Quillet.",
    "Claire Voisin s'est défendue de vouloir rejoindre Bertrand Quillet.",
])
def test_denying_oneself_a_tie_holds_none(extractor, text):
    """ "se défendre de" denies (``deny_reflexive``), like "dément" and "nie"."""
    found = edges(extractor, text)
    assert not any(e[0] == "Claire Voisin" and e[2] == "Bertrand Quillet" for e in found)


@pytest.mark.parametrize("text, names, party", [
    ("Les trois porte-parole du MoDem Claire Voisin, Odile Farge et Armand Touvenel ont démenti.",
     ["Claire Voisin", "Odile Farge", "Armand Touvenel"], "Mouvement démocrate"),
    ("Les deux porte-parole du PS Odile Farge et Armand Touvenel ont répondu.",
     ["Odile Farge", "Armand Touvenel"], "Parti socialiste"),
])
def test_a_plural_title_over_a_labelled_name_speaks_for_the_party(extractor, text, names, party):
    """The party glued to the first name ("du MoDem Claire Voisin") is the noun's object for
    every name of the list: nobody speaks for the first name."""
    found = edges(extractor, text)
    for name in names:
        assert (name, "SPOKESPERSON_OF", party) in found
        assert not any(e[0] == name and e[1] == "SPOKESPERSON_OF" and e[2] in names for e in found)


def test_a_title_over_a_role_and_a_labelled_name_is_that_persons(extractor):
    found = edges(extractor, "Odile Farge, porte-parole du député LR Claire Voisin, a démenti.")
    assert ("Odile Farge", "SPOKESPERSON_OF", "Les Républicains") not in found


@pytest.mark.parametrize("text, edge", [
    ("Bertrand Quillet a été soutenu par son ancienne adjointe, Claire Voisin.",
     ("Claire Voisin", "SUPPORTS", "Bertrand Quillet")),
    ("Bertrand Quillet a été soutenu par la maire sortante, Claire Voisin.",
     ("Claire Voisin", "SUPPORTS", "Bertrand Quillet")),
    ("Bertrand Quillet est appuyé par le président du conseil départemental, Armand Touvenel.",
     ("Armand Touvenel", "SUPPORTS", "Bertrand Quillet")),
    ("Bertrand Quillet a été rejoint mardi par une figure locale, Odile Farge.",
     ("Odile Farge", "SUPPORTS", "Bertrand Quillet")),
])
def test_a_passive_agent_named_after_its_description_is_the_agent(extractor, text, edge):
    """ "soutenu par <description>, X": X, apposed to the description "par" opens, is the one
    who supports; main read the subject as supporting X."""
    found = edges(extractor, text)
    assert edge in found
    assert (edge[2], edge[1], edge[0]) not in found


@pytest.mark.parametrize("text, false_edge", [
    ("Odile Farge a rallié Bertrand Quillet, mais Claire Voisin, qui hésitait encore, a appelé à "
     "voter Armand Touvenel.", ("Odile Farge", "SUPPORTS", "Claire Voisin")),
    ("Odile Farge soutient Bertrand Quillet mais Claire Voisin préfère Armand Touvenel.",
     ("Odile Farge", "SUPPORTS", "Claire Voisin")),
    ("Odile Farge critique Bertrand Quillet, mais Claire Voisin le défend.",
     ("Odile Farge", "REJECTS", "Claire Voisin")),
])
def test_the_subject_after_mais_is_no_second_object(extractor, text, false_edge):
    """ "mais" opens a contrasting clause whose subject is not listed with the object."""
    assert false_edge not in edges(extractor, text)


def test_mais_aussi_still_lists_a_second_object(extractor):
    found = edges(extractor,
                  "Odile Farge soutient non seulement Bertrand Quillet mais aussi Claire Voisin.")
    assert ("Odile Farge", "SUPPORTS", "Claire Voisin") in found


@pytest.mark.parametrize("text, false_edge", [
    ("Bertrand Quillet a été élu maire. Son colistier, Armand Touvenel, a voté contre.",
     ("Armand Touvenel", "SUPPORTS", "Bertrand Quillet")),
    ("Claire Voisin, proche de Bertrand Quillet, a pris ses distances avec lui.",
     ("Claire Voisin", "SUPPORTS", "Bertrand Quillet")),
    ("Claire Voisin, fidèle de Bertrand Quillet, a rompu avec lui.",
     ("Claire Voisin", "SUPPORTS", "Bertrand Quillet")),
])
def test_a_description_the_sentences_act_contradicts_gives_no_support(extractor, text, false_edge):
    """The description's tie is background; the sentence's rejection is the news."""
    assert false_edge not in edges(extractor, text)


@pytest.mark.parametrize("text, edge", [
    ("Claire Voisin, proche de Bertrand Quillet, a voté pour la motion.",
     ("Claire Voisin", "SUPPORTS", "Bertrand Quillet")),
    ("Claire Voisin, proche de Bertrand Quillet, critique Odile Farge.",
     ("Claire Voisin", "SUPPORTS", "Bertrand Quillet")),
    ("Claire Voisin, proche de Bertrand Quillet, critique Odile Farge.",
     ("Claire Voisin", "REJECTS", "Odile Farge")),
    ("Claire Voisin, ancienne adjointe de Bertrand Quillet, critique Odile Farge.",
     ("Claire Voisin", "REJECTS", "Odile Farge")),
])
def test_a_description_beside_another_act_stays_and_the_subject_acts(extractor, text, edge):
    """A rejection of someone else leaves the description's tie; a present-tense verb the
    tagger takes for a noun apposed to the description's name ("…, critique Z") is the
    subject's."""
    assert edge in edges(extractor, text)


@pytest.mark.parametrize("text, edge", [
    ("Claire Voisin est numéro deux. Bertrand Quillet, qui soutenait son adjointe à la mairie de "
     "Rennes Odile Farge-Lemarchand, a dû s'incliner.",
     ("Bertrand Quillet", "SUPPORTS", "Odile Farge-Lemarchand")),
    ("Claire Voisin a été battue. Bertrand Quillet a voté pour son ancienne adjointe aux finances "
     "Odile Farge-Lemarchand.", ("Bertrand Quillet", "SUPPORTS", "Odile Farge-Lemarchand")),
    ("Claire Voisin a été battue. Bertrand Quillet a rompu avec son adjointe de la première heure "
     "Odile Farge-Lemarchand.", ("Bertrand Quillet", "REJECTS", "Odile Farge-Lemarchand")),
])
def test_a_possessive_noun_named_after_its_complement_is_that_name(extractor, text, edge):
    """ "son adjointe à la mairie de Rennes X": the name after the noun's complement is the one
    meant; on 5d31c73 the noun was bound to the woman named before (from the untuned real10's
    forbidden edge, read after its 'after' run; the sentences are ours)."""
    found = edges(extractor, text)
    assert edge in found
    assert not any(e[2] == "Claire Voisin" for e in found)


@pytest.mark.parametrize("text, false_edge", [
    ("Les députés LR Odile Farge et Claire Voisin ont voté contre, comme les socialistes Armand "
     "Touvenel et Bertrand Quillet.", ("Odile Farge", "SUPPORTS", "Bertrand Quillet")),
    ("Odile Farge a voté contre, à l'image de Bertrand Quillet.",
     ("Odile Farge", "SUPPORTS", "Bertrand Quillet")),
    ("Odile Farge votera contre, comme son collègue Bertrand Quillet.",
     ("Odile Farge", "SUPPORTS", "Bertrand Quillet")),
])
def test_a_vote_against_supports_nobody_named_after_it(extractor, text, false_edge):
    """ "voter contre" is a vote against: the supporting reading of "voter" takes no object."""
    assert false_edge not in edges(extractor, text)


@pytest.mark.parametrize("text, false_edge", [
    ("Les adversaires du PS Odile Farge et Claire Voisin ont gagné.",
     ("Odile Farge", "MEMBER_OF", "Parti socialiste")),
    ("Les détracteurs du MoDem Odile Farge et Claire Voisin ont protesté.",
     ("Odile Farge", "MEMBER_OF", "Mouvement démocrate")),
    ("Les anciens porte-parole du PS Odile Farge et Bertrand Quillet ont rejoint Les "
     "Républicains.", ("Odile Farge", "MEMBER_OF", "Parti socialiste")),
])
def test_a_party_after_a_hostile_or_former_noun_labels_nobody(extractor, text, false_edge):
    """The party glued to a name after "du" labels it only when the noun before is neither
    hostile nor former."""
    assert false_edge not in edges(extractor, text)


@pytest.mark.parametrize("text, edge", [
    ("Le député du PS Bertrand Quillet a voté contre.",
     ("Bertrand Quillet", "MEMBER_OF", "Parti socialiste")),
    ("Le LR Bertrand Quillet a voté contre.",
     ("Bertrand Quillet", "MEMBER_OF", "Les Républicains")),
])
def test_a_party_label_after_a_role_or_an_article_still_labels(extractor, text, edge):
    assert edge in edges(extractor, text)
