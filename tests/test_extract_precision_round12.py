"""Who acts when the sentence names someone else first (round 12).

Three families where the name nearest the verb is not the one who acts, or where the verb
above the stance is read through words the parser hangs it on:

- a name completing the noun that opens the sentence ("L'amie de X votera pour Y", "Un
  collaborateur de X soutiendra Y", "La lettre de X à Y a été critiquée par Z"): the friend
  acts, and the letter is criticised, not X or Y. The tagger often takes a future
  for a past participle and hangs it on the name, so a "participle" that is not spelt like one
  (``arguments._written_as_participle``) no longer gives the noun it hangs on as its subject,
  and a name right after "de" completing a noun is never the subject found before the verb
  (``arguments._completes_noun``);
- a subject pronoun opening a sentence whose predecessor is about a thing of the same gender
  ("La motion portée par X a recueilli 40 %. Elle soutient Y"): the pronoun takes up the
  motion, not the person inside its noun phrase (``anaphora.after_a_thing``);
- a verb of temptation separated from its infinitive by a stretch of time ("a envisagé un temps
  de rejoindre Y", "a songé un moment à rallier Y"): the parser hangs the infinitive on "temps",
  which hid the temptation and left a plain support (``negation._spanned_infinitive``);
- a share of a party's people ("40 % des militants socialistes", "la moitié des élus LR"): a
  measure of opinion, not the party acting (``mentions.party_nouns`` and the ``shares`` words);
- a past act under a verb of regret ("regrette d'avoir soutenu X", "se mord les doigts d'avoir
  rallié X"): over by the article's date; denied, the regret affirms it ("n'a jamais regretté
  d'avoir voté pour X"; ``negation._regretted``);
- a door shut or left open to a stance named by a noun ("a fermé la porte à tout soutien à X",
  "laisse la porte ouverte à un ralliement à X"): refused or a temptation, never the support
  the noun names (``negation._door``);
- a verb of request in the passive ("X a été sollicitée pour soutenir Y", "X, invitée à
  rejoindre Y, a décliné", "Pressée de soutenir Y, X se tait"): the one asked has not acted
  (``negation._asked``);
- a relative clause in the compound past with an adverb of long ago ("X, qui a longtemps
  soutenu Y, soutient désormais Z"): the tie is behind the sentence's news
  (``negation._long_past``);
- a future the tagger leaves untagged or calls a participle, after a relative clause that ends
  on a name ("X, qui a battu Y, soutiendra Z", "X, qui connaît bien Y, votera pour Z"): the
  name is the relative's object, not the subject of the future (``arguments.FUTURE_ENDINGS``);
- the person set apart from what is backed ("soutient la réforme de X, mais pas sa
  candidature", "appuie le projet de X, mais pas le candidat"): no support of X (the
  ``contrast`` phrases);
- a description set inside an episode of an earlier year ("X, porte-parole de Y pendant la
  campagne de 2017,", "soutien de Y lors de la primaire de 2016") is a tie of the past
  (``descriptions._ended_by_then``).

Every sentence is our own; the names are invented.
"""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples


def edges(extractor, text: str, date: str = "2021-05-01") -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, date)


@pytest.mark.parametrize("text", [
    "L'amie de Bertrand Quillet votera pour Odile Farge au second tour.",
    "Une collaboratrice de Bertrand Quillet votera pour Odile Farge dimanche.",
    "L'ancienne attachée parlementaire de Bertrand Quillet soutiendra Odile Farge.",
    "Le cousin de Bertrand Quillet appellera à voter pour Odile Farge.",
    "Un vieil ami de Bertrand Quillet, le maire de Saint-Aubrac, votera pour Odile Farge.",
    "La fille de Bertrand Quillet, ralliée à Odile Farge, fait campagne en ville.",
])
def test_a_name_completing_the_opening_noun_is_not_who_acts(extractor, text):
    assert not {e for e in edges(extractor, text) if e[0] == "Bertrand Quillet"}


@pytest.mark.parametrize("text", [
    "La lettre d'Odile Farge à Bertrand Quillet a été critiquée par Lucien Mervent.",
    "Le message d'Odile Farge à Bertrand Quillet a été salué par Lucien Mervent.",
])
def test_a_name_completing_a_noun_is_not_the_one_acted_upon(extractor, text):
    assert not {e for e in edges(extractor, text) if e[2] == "Bertrand Quillet"}


@pytest.mark.parametrize("text, edge", [
    ("Bertrand Quillet a été critiqué par Lucien Mervent.",
     ("Lucien Mervent", "REJECTS", "Bertrand Quillet")),
    ("Au grand dam de Lucien Mervent, Odile Farge soutient Bertrand Quillet.",
     ("Odile Farge", "SUPPORTS", "Bertrand Quillet")),
])
def test_a_name_outside_any_noun_phrase_keeps_its_part(extractor, text, edge):
    assert edge in edges(extractor, text)


@pytest.mark.parametrize("text, edge", [
    ("Bertrand Quillet votera pour Odile Farge au second tour.",
     ("Bertrand Quillet", "SUPPORTS", "Odile Farge")),
    ("Bertrand Quillet, arrivé troisième, votera pour Odile Farge au second tour.",
     ("Bertrand Quillet", "SUPPORTS", "Odile Farge")),
    ("Bertrand Quillet, rallié à Odile Farge, fait campagne en ville.",
     ("Bertrand Quillet", "SUPPORTS", "Odile Farge")),
])
def test_the_name_that_acts_still_does(extractor, text, edge):
    assert edge in edges(extractor, text)


@pytest.mark.parametrize("text, person", [
    ("La motion portée par Odile Farge a recueilli 40 % des voix. Elle soutient désormais la "
     "ligne de Bertrand Quillet.", "Odile Farge"),
    ("La liste conduite par Odile Farge est arrivée en tête. Elle soutient Bertrand Quillet.",
     "Odile Farge"),
    ("La tribune signée par Odile Farge a fait du bruit. Ensuite, elle appelle à voter pour "
     "Bertrand Quillet.", "Odile Farge"),
    ("Le texte défendu par Bertrand Quillet a été adopté. Il soutient la candidature d'Odile "
     "Farge.", "Bertrand Quillet"),
])
def test_a_pronoun_after_a_sentence_about_a_thing_is_not_the_person_inside_it(
    extractor, text, person
):
    assert not {e for e in edges(extractor, text) if e[0] == person}


@pytest.mark.parametrize("text", [
    "Odile Farge a présenté sa motion hier. Elle soutient Bertrand Quillet.",
    "La maire de Saint-Aubrac, Odile Farge, a pris la parole. Elle soutient Bertrand Quillet.",
    "À gauche, la tête de liste PS, Odile Farge (21 %), se maintient. Elle soutient Bertrand "
    "Quillet.",
])
def test_a_pronoun_after_a_sentence_about_a_person_still_binds(extractor, text):
    assert ("Odile Farge", "SUPPORTS", "Bertrand Quillet") in edges(extractor, text)


@pytest.mark.parametrize("text", [
    "Bertrand Quillet a envisagé un temps de rejoindre Odile Farge.",
    "Bertrand Quillet a envisagé un moment de soutenir Odile Farge, puis y a renoncé.",
    "Bertrand Quillet a songé un instant à rallier Odile Farge.",
    "Bertrand Quillet a hésité un moment à rejoindre Odile Farge.",
])
def test_a_temptation_past_a_stretch_of_time_is_no_support(extractor, text):
    found = edges(extractor, text)
    assert ("Bertrand Quillet", "SUPPORTS", "Odile Farge") not in found
    assert ("Bertrand Quillet", "TEMPTED_BY", "Odile Farge") in found


@pytest.mark.parametrize("text", [
    "Bertrand Quillet a pris le temps de soutenir Odile Farge.",
    "Bertrand Quillet a passé un moment à soutenir Odile Farge devant ses militants.",
])
def test_time_taken_to_act_is_still_the_act(extractor, text):
    assert ("Bertrand Quillet", "SUPPORTS", "Odile Farge") in edges(extractor, text)


@pytest.mark.parametrize("text", [
    "Selon un sondage, 40 % des sympathisants socialistes soutiennent Odile Farge.",
    "La moitié des militants socialistes soutiennent Odile Farge, selon une enquête interne.",
    "Selon l'institut, 62 pour cent des adhérents écologistes approuvent Odile Farge.",
    "Un tiers des élus socialistes soutiennent Odile Farge, d'après notre décompte.",
])
def test_a_share_of_a_partys_people_is_not_the_party(extractor, text):
    assert not {e for e in edges(extractor, text) if e[0] == "Parti socialiste" or
                e[0] == "Europe Écologie Les Verts"}


def test_a_partys_people_as_a_group_still_speak_for_it(extractor):
    found = edges(extractor, "Les élus socialistes soutiennent Odile Farge.")
    assert ("Parti socialiste", "SUPPORTS", "Odile Farge") in found


@pytest.mark.parametrize("text", [
    "Odile Farge regrette d'avoir soutenu Bertrand Quillet.",
    "Odile Farge se mord les doigts d'avoir rallié Bertrand Quillet.",
    "Odile Farge regrette amèrement d'avoir appelé à voter pour Bertrand Quillet.",
])
def test_an_act_regretted_is_over(extractor, text):
    assert ("Odile Farge", "SUPPORTS", "Bertrand Quillet") not in edges(extractor, text)


@pytest.mark.parametrize("text", [
    "Odile Farge n'a jamais regretté d'avoir voté pour Bertrand Quillet.",
    "Odile Farge soutient Bertrand Quillet et regrette seulement la méthode.",
])
def test_a_regret_denied_or_elsewhere_keeps_the_act(extractor, text):
    assert ("Odile Farge", "SUPPORTS", "Bertrand Quillet") in edges(extractor, text)


@pytest.mark.parametrize("text, edge", [
    ("Odile Farge a fermé la porte à un soutien à Bertrand Quillet.",
     ("Odile Farge", "REJECTS", "Bertrand Quillet")),
    ("Odile Farge ferme la porte à tout ralliement à Bertrand Quillet.",
     ("Odile Farge", "REJECTS", "Bertrand Quillet")),
    ("Odile Farge n'a pas fermé la porte à un soutien à Bertrand Quillet.",
     ("Odile Farge", "TEMPTED_BY", "Bertrand Quillet")),
    ("Odile Farge laisse la porte ouverte à un ralliement à Bertrand Quillet.",
     ("Odile Farge", "TEMPTED_BY", "Bertrand Quillet")),
])
def test_a_door_to_a_stance_noun_is_not_the_stance(extractor, text, edge):
    found = edges(extractor, text)
    assert edge in found
    assert ("Odile Farge", "SUPPORTS", "Bertrand Quillet") not in found


@pytest.mark.parametrize("text", [
    "Odile Farge a été sollicitée par des militants pour soutenir Bertrand Quillet.",
    "Odile Farge, invitée à rejoindre Bertrand Quillet, a décliné.",
    "Pressée de soutenir Bertrand Quillet, Odile Farge se tait.",
    "Odile Farge est poussée par ses amis à rallier Bertrand Quillet.",
    "Odile Farge a été encouragée à soutenir Bertrand Quillet.",
])
def test_the_one_asked_to_act_has_not_acted(extractor, text):
    assert ("Odile Farge", "SUPPORTS", "Bertrand Quillet") not in edges(extractor, text)


@pytest.mark.parametrize("text", [
    "Odile Farge a appelé à voter pour Bertrand Quillet.",
    "Poussée par ses proches, Odile Farge a rejoint Bertrand Quillet.",
])
def test_a_call_made_or_a_push_obeyed_is_still_the_act(extractor, text):
    assert ("Odile Farge", "SUPPORTS", "Bertrand Quillet") in edges(extractor, text)


@pytest.mark.parametrize("text", [
    "Odile Farge, qui a longtemps soutenu Bertrand Quillet, soutient désormais Lucien Mervent.",
    "Odile Farge, qui a autrefois soutenu Bertrand Quillet, votera pour Lucien Mervent.",
    "Odile Farge, qui a naguère soutenu Bertrand Quillet, soutient aujourd'hui Lucien Mervent.",
])
def test_a_tie_told_long_ago_in_a_relative_is_over(extractor, text):
    found = edges(extractor, text)
    assert ("Odile Farge", "SUPPORTS", "Bertrand Quillet") not in found
    assert ("Odile Farge", "SUPPORTS", "Lucien Mervent") in found


def test_a_tie_long_held_in_the_main_clause_is_the_news(extractor):
    text = "Odile Farge a longtemps soutenu Bertrand Quillet."
    assert ("Odile Farge", "SUPPORTS", "Bertrand Quillet") in edges(extractor, text)


@pytest.mark.parametrize("text", [
    "Odile Farge, qui a battu Bertrand Quillet, soutiendra Lucien Mervent.",
    "Odile Farge, qui connaît bien Bertrand Quillet, votera pour Lucien Mervent.",
    "Odile Farge, qui a autrefois soutenu Bertrand Quillet, votera pour Lucien Mervent.",
    "Odile Farge, qui a battu Bertrand Quillet, rejoindra Lucien Mervent.",
    "Odile Farge, qui a battu Bertrand Quillet, appellera à voter pour Lucien Mervent.",
])
def test_a_future_after_a_relative_belongs_to_the_sentence_subject(extractor, text):
    found = edges(extractor, text)
    assert ("Bertrand Quillet", "SUPPORTS", "Lucien Mervent") not in found
    assert ("Odile Farge", "SUPPORTS", "Lucien Mervent") in found


@pytest.mark.parametrize("text", [
    "Odile Farge soutient la réforme voulue par Bertrand Quillet, mais pas sa candidature.",
    "Odile Farge appuie le projet de Bertrand Quillet, mais pas le candidat.",
    "Odile Farge défend le programme de Bertrand Quillet, mais pas l'homme.",
])
def test_what_a_person_proposes_backed_but_not_the_person(extractor, text):
    assert ("Odile Farge", "SUPPORTS", "Bertrand Quillet") not in edges(extractor, text)


def test_one_person_backed_and_another_set_apart_keeps_the_first(extractor):
    text = "Odile Farge soutient Bertrand Quillet, mais pas Lucien Mervent."
    assert ("Odile Farge", "SUPPORTS", "Bertrand Quillet") in edges(extractor, text)


@pytest.mark.parametrize("text, edge", [
    ("Odile Farge, porte-parole de Bertrand Quillet pendant la campagne de 2017, est "
     "aujourd'hui sénatrice.", ("Odile Farge", "SPOKESPERSON_OF", "Bertrand Quillet")),
    ("Odile Farge, soutien de Bertrand Quillet lors de la primaire de 2016, a rejoint Lucien "
     "Mervent.", ("Odile Farge", "SUPPORTS", "Bertrand Quillet")),
])
def test_a_description_inside_an_earlier_episode_is_past(extractor, text, edge):
    assert edge not in edges(extractor, text, date="2022-05-05")


def test_a_description_inside_the_current_episode_holds(extractor):
    text = ("Odile Farge, porte-parole de Bertrand Quillet pendant la campagne, a critiqué "
            "Lucien Mervent.")
    found = edges(extractor, text, date="2022-05-05")
    assert ("Odile Farge", "SPOKESPERSON_OF", "Bertrand Quillet") in found
