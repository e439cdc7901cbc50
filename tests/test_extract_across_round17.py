"""Stance ties whose two ends are never named together (fifteenth session): the person a
stance goes to taken up by a stressed pronoun after « à » (« s'est rallié à elle », « s'oppose
à lui »), once the sentence before has named that person; a quotation whose speaker is the
antecedent of a relative of opinion (« X, pour qui « … » », « Y, selon laquelle « … » »); a
quotation that praises the one actor it makes the subject of the praise (« X est la meilleure
d'entre nous », a déclaré Y); an interview's prompt put as a statement after an answer
(« X vous accuse de « double jeu ». »), whose « vous » is the interviewee; a list named by
what the article said of it (« la liste sortante », « la liste d'union ») for its one leader.

News names a candidate, then tells who joins or fights them with a pronoun: « pour elle »,
« derrière lui » and « contre lui » were read; « à elle » / « à lui » were not, so every
verb whose object is introduced by « à » (se rallier, s'opposer, rester fidèle, se joindre)
lost its object. Traps: « quant à lui » (the subject itself), « face à elle » (an opponent
set opposite), « à elle seule », the verb « a » before « lui aussi », two possible
antecedents. Sentences of our own, invented names; every positive case gave nothing on the
session's base (a5c326c).
"""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples


def stances(extractor, text: str, date: str = "2024-03-10") -> set[tuple[str, str, str]]:
    """Every claim but memberships (the labels the sentences give are not under test)."""
    return {e for e in claim_triples(extractor, text, date) if e[1] != "MEMBER_OF"}


# A stressed pronoun after « à » that stands for the one person named just before.
STRESSED_A = [
    (
        "Claire Voisin conduit la liste PS. Bertrand Quillet s'est rallié à elle dès lundi.",
        ("Bertrand Quillet", "SUPPORTS", "Claire Voisin"),
    ),
    (
        "Odile Farge brigue la mairie de Lormont. Armand Touvenel s'est finalement rallié à elle "
        "après deux semaines de tractations.",
        ("Armand Touvenel", "SUPPORTS", "Odile Farge"),
    ),
    (
        "Bertrand Quillet, le maire sortant, se représente. La conseillère régionale Odile Farge "
        "s'oppose à lui depuis des mois.",
        ("Odile Farge", "REJECTS", "Bertrand Quillet"),
    ),
    (
        "Armand Touvenel brigue l'investiture LR. Depuis lundi, la sénatrice Odile Farge, "
        "longtemps hésitante, s'est ralliée à lui.",
        ("Odile Farge", "SUPPORTS", "Armand Touvenel"),
    ),
    (
        "Armand Touvenel brigue l'investiture LR. La sénatrice Odile Farge a refusé de se rallier "
        "à lui.",
        ("Odile Farge", "REJECTS", "Armand Touvenel"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), STRESSED_A)
def test_a_stressed_pronoun_after_a_stands_for_the_person_just_named(extractor, text, edge):
    assert edge in stances(extractor, text)


# « à » + pronoun that is no object standing for the person before, or two antecedents.
STRESSED_A_TRAPS = [
    (
        "Claire Voisin conduit la liste PS. Bertrand Quillet a quant à lui rallié Odile Farge.",
        "Claire Voisin",
    ),
    (
        "Claire Voisin conduit la liste PS. Face à elle, Bertrand Quillet s'est rallié à Odile "
        "Farge.",
        "Claire Voisin",
    ),
    (
        "Claire Voisin conduit la liste PS. Bertrand Quillet a lui aussi rallié Odile Farge.",
        "Claire Voisin",
    ),
    ("Claire Voisin et Odile Farge sont candidates. Bertrand Quillet s'est rallié à elle.", None),
    ("Armand Touvenel brigue l'investiture LR. C'est à lui de convaincre Odile Farge.", None),
]


@pytest.mark.parametrize(("text", "absent"), STRESSED_A_TRAPS)
def test_a_after_phrase_or_two_antecedents_binds_no_pronoun(extractor, text, absent):
    found = stances(extractor, text)
    if absent is None:
        assert not {e for e in found if e[0] == "Bertrand Quillet" or e[2] == "Armand Touvenel"}
    else:
        assert not {e for e in found if absent in (e[0], e[2])}


# A quotation opened by « pour qui » / « selon qui » / « pour laquelle »: its antecedent speaks.
RELATIVE_SPEAKER = [
    (
        "Le maire de Lormont, Bertrand Quillet, pour qui « Odile Farge a trahi ses électeurs », "
        "ne décolère pas.",
        ("Bertrand Quillet", "REJECTS", "Odile Farge"),
    ),
    (
        "Bertrand Quillet, selon qui « Odile Farge a trahi ses électeurs », ne décolère pas.",
        ("Bertrand Quillet", "REJECTS", "Odile Farge"),
    ),
    (
        "Même ligne chez Bertrand Quillet, secrétaire fédéral du PS, pour qui « Odile Farge a "
        "trahi la gauche ».",
        ("Bertrand Quillet", "REJECTS", "Odile Farge"),
    ),
    (
        "La colère monte chez Claire Voisin, pour laquelle « Odile Farge a trahi la gauche ».",
        ("Claire Voisin", "REJECTS", "Odile Farge"),
    ),
    (
        "Même ligne chez Bertrand Quillet, pour qui « je voterai pour Odile Farge dès le premier "
        "tour ».",
        ("Bertrand Quillet", "SUPPORTS", "Odile Farge"),
    ),
    (
        "Bertrand Quillet a répondu à Claire Voisin, pour qui « Odile Farge a trahi la gauche ».",
        ("Claire Voisin", "REJECTS", "Odile Farge"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), RELATIVE_SPEAKER)
def test_a_relative_of_opinion_hands_the_quotation_to_its_antecedent(extractor, text, edge):
    assert edge in stances(extractor, text)


# Two persons before the relative, someone else's words, a relative of another kind.
RELATIVE_TRAPS = [
    "Même ligne chez Bertrand Quillet, proche de Claire Voisin, pour qui « Odile Farge a trahi "
    "la gauche ».",
    "Bertrand Quillet a reçu Claire Voisin, à qui « Odile Farge a trahi la gauche » ne dit rien.",
    "« Odile Farge a trahi la gauche », selon ses adversaires.",
]


@pytest.mark.parametrize("text", RELATIVE_TRAPS)
def test_no_single_antecedent_gives_the_quotation_no_speaker(extractor, text):
    assert not {e for e in stances(extractor, text) if e[2] == "Odile Farge"}


# Praise of the one actor a quotation makes its subject: a support by the speaker.
QUOTED_PRAISE = [
    (
        "« Odile Farge est la meilleure d'entre nous », a déclaré Bertrand Quillet, président de "
        "la fédération socialiste.",
        ("Bertrand Quillet", "SUPPORTS", "Odile Farge"),
    ),
    (
        "« Odile Farge est la seule à pouvoir battre la droite », assure Bertrand Quillet.",
        ("Bertrand Quillet", "SUPPORTS", "Odile Farge"),
    ),
    (
        "Bertrand Quillet est formel : « Armand Touvenel a toute ma confiance. »",
        ("Bertrand Quillet", "SUPPORTS", "Armand Touvenel"),
    ),
    (
        "« Pour Lormont, Armand Touvenel est l'homme de la situation », a estimé Claire Voisin.",
        ("Claire Voisin", "SUPPORTS", "Armand Touvenel"),
    ),
    (
        "Le maire, Bertrand Quillet, pour qui « Odile Farge est la meilleure candidate », fera "
        "campagne.",
        ("Bertrand Quillet", "SUPPORTS", "Odile Farge"),
    ),
    (
        "« Odile Farge fera une excellente présidente de région », a lancé Bertrand Quillet.",
        ("Bertrand Quillet", "SUPPORTS", "Odile Farge"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), QUOTED_PRAISE)
def test_a_quotation_praising_one_actor_is_the_speakers_support(extractor, text, edge):
    assert edge in stances(extractor, text)


# Irony, negation, a question, a superlative of something else, a hypothesis, a conditional,
# praise of oneself, praise said by another subject inside the quotation, an unnamed speaker.
PRAISE_TRAPS = [
    "« Odile Farge est la meilleure, bien sûr », a ironisé Bertrand Quillet.",
    "« Odile Farge n'est pas la meilleure d'entre nous », a déclaré Bertrand Quillet.",
    "« Odile Farge est-elle la meilleure d'entre nous ? », s'interroge Bertrand Quillet.",
    "« Odile Farge est la meilleure alliée du RN », a déclaré Bertrand Quillet.",
    "« Odile Farge a fait le meilleur score de la gauche », a déclaré Bertrand Quillet.",
    "« Si Odile Farge était la meilleure, elle aurait gagné », a déclaré Bertrand Quillet.",
    "« Odile Farge serait la meilleure candidate », a déclaré Bertrand Quillet.",
    "« Odile Farge est la meilleure d'entre nous », ironisent ses adversaires.",
]


@pytest.mark.parametrize("text", PRAISE_TRAPS)
def test_praise_voided_or_not_said_of_the_subject_is_no_support(extractor, text):
    assert ("Bertrand Quillet", "SUPPORTS", "Odile Farge") not in stances(extractor, text)
    assert not {e for e in stances(extractor, text) if e[1] == "SUPPORTS" and e[2] == "Odile Farge"}


def test_praise_of_another_inside_the_quotation_is_not_given_to_its_first_subject(extractor):
    text = (
        "« Odile Farge pense qu'Armand Touvenel est le seul à pouvoir gagner », a déclaré "
        "Bertrand Quillet."
    )
    assert ("Bertrand Quillet", "SUPPORTS", "Odile Farge") not in stances(extractor, text)


INTERVIEW = """Entretien. Claire Voisin : « Je ne changerai pas de cap »

La députée socialiste de Gironde répond à nos questions.

Pourquoi vous représentez-vous ?

Parce que le travail n'est pas fini.

{prompt}

{answer}
"""

# A prompt put as a statement after an answer: its « vous » is the interviewee; the interview
# is recognised from such prompts too (the answer after one is the interviewee's).
PROMPTS = [
    (
        "Le socialiste Armand Touvenel vous accuse de « double jeu ».",
        "Il se trompe de combat.",
        ("Armand Touvenel", "REJECTS", "Claire Voisin"),
    ),
    (
        "Odile Farge vous a proposé une liste commune.",
        "C'est aimable, mais la réponse est connue.",
        ("Odile Farge", "INVITED_TO_RALLY", "Claire Voisin"),
    ),
    (
        "Votre ancien colistier, Armand Touvenel, vous reproche votre « arrogance ».",
        "Il a la rancune tenace.",
        ("Armand Touvenel", "REJECTS", "Claire Voisin"),
    ),
    (
        "Armand Touvenel vous critique sévèrement dans la presse locale.",
        "Qu'il continue.",
        ("Armand Touvenel", "REJECTS", "Claire Voisin"),
    ),
    (
        "Vous avez reçu Odile Farge la semaine dernière.",
        "Je le dis franchement : je ne soutiendrai jamais Odile Farge.",
        ("Claire Voisin", "REJECTS", "Odile Farge"),
    ),
]


@pytest.mark.parametrize(("prompt", "answer", "edge"), PROMPTS)
def test_an_interview_prompt_put_as_a_statement_addresses_the_interviewee(
    extractor, prompt, answer, edge
):
    text = INTERVIEW.format(prompt=prompt, answer=answer)
    assert edge in stances(extractor, text)


def test_an_answer_opened_by_vous_right_after_a_question_stays_an_answer(extractor):
    text = INTERVIEW.format(
        prompt="Et Odile Farge ?",
        answer="Vous savez, Armand Touvenel la soutient depuis longtemps.",
    )
    assert ("Armand Touvenel", "SUPPORTS", "Odile Farge") in stances(extractor, text)


def test_vous_in_a_quotation_of_a_report_is_nobody(extractor):
    text = (
        "Lormont : la campagne s'anime\n\nClaire Voisin tenait meeting lundi. Elle a lancé à la "
        "salle : « Armand Touvenel vous accuse de tous les maux. »\n\nLe public a applaudi."
        "\n\nEt maintenant ?\n\nPersonne ne le sait.\n"
    )
    assert not {e for e in stances(extractor, text) if e[0] == "Armand Touvenel"}


# « la liste sortante »: the one person described as outgoing; « la liste d'union », « la liste
# commune »: the one person the article said leads a list so qualified.
DESCRIBED_LISTS = [
    (
        "Le maire sortant, Bertrand Quillet, brigue un nouveau mandat. Claire Voisin a appelé à "
        "voter pour la liste sortante.",
        ("Claire Voisin", "SUPPORTS", "Bertrand Quillet"),
    ),
    (
        "La liste d'union de la gauche est conduite par Bertrand Quillet. Claire Voisin a appelé "
        "à voter pour la liste d'union.",
        ("Claire Voisin", "SUPPORTS", "Bertrand Quillet"),
    ),
    (
        "Bertrand Quillet conduit la liste d'union de la gauche. Claire Voisin a appelé à se "
        "reporter sur la liste d'union.",
        ("Claire Voisin", "SUPPORTS", "Bertrand Quillet"),
    ),
    (
        "Bertrand Quillet mènera la liste commune de la gauche. Claire Voisin a apporté son "
        "soutien à la liste commune.",
        ("Claire Voisin", "SUPPORTS", "Bertrand Quillet"),
    ),
    (
        "Bertrand Quillet conduit la liste d'union de la gauche. Claire Voisin refuse de voter "
        "pour la liste d'union.",
        ("Claire Voisin", "REJECTS", "Bertrand Quillet"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), DESCRIBED_LISTS)
def test_a_list_named_by_a_description_is_its_one_leaders(extractor, text, edge):
    assert edge in stances(extractor, text)


# No leader said, two outgoing persons, two lists so qualified, a list whose leader is named,
# a lead negated or in the past.
DESCRIBED_LIST_TRAPS = [
    "Bertrand Quillet a été réélu. La liste d'union a obtenu 40 %. Claire Voisin a appelé à "
    "voter pour la liste d'union.",
    "Le maire sortant, Bertrand Quillet, et la sortante Odile Farge s'affrontent. Claire Voisin "
    "a appelé à voter pour la liste sortante.",
    "Bertrand Quillet conduit la liste d'union de la gauche, Odile Farge la liste d'union de la "
    "droite. Claire Voisin a appelé à voter pour la liste d'union.",
    "Bertrand Quillet conduit la liste d'union de la gauche. Claire Voisin a appelé à voter pour "
    "la liste d'union de la droite menée par Odile Farge.",
    "Bertrand Quillet ne conduira pas la liste d'union de la gauche. Claire Voisin a appelé à "
    "voter pour la liste d'union.",
    "La liste d'union ne sera pas conduite par Bertrand Quillet. Claire Voisin a appelé à voter "
    "pour la liste d'union.",
    "Bertrand Quillet conduisait la liste d'union en 2014. Claire Voisin a appelé à voter pour la "
    "liste d'union.",
]


@pytest.mark.parametrize("text", DESCRIBED_LIST_TRAPS)
def test_a_list_description_with_no_single_leader_names_nobody(extractor, text):
    assert not {e for e in stances(extractor, text) if e[2] == "Bertrand Quillet"}
