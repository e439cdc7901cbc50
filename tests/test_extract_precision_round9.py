"""False edges from acts that did not happen, by family (round 9): a stance hoped for,
awaited or asked for is not given; an attempt that failed, an act put on, an infinitive that
says what was done instead, and a stance noun whose predicate doubts it state no tie; a tie
bounded by a year before the article's ended then. Each family is read from the words that
govern the cue (the ontology's lists ``expect``, ``fail``, ``pretend``, ``instead``,
``doubtful``, ``no_doubt``), whatever the cue; each has a trap that keeps its edge. Every
sentence is our own."""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples

from alliancegraph.model import Article

GIVES = ("Hélène Marchand", "SUPPORTS", "Paul Girard")


def edges(extractor, text: str, date: str = "2019-05-01") -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, date)


@pytest.mark.parametrize("text", [
    "Paul Girard espère obtenir le soutien d'Hélène Marchand.",
    "Le maire sortant, Paul Girard, attend toujours le ralliement d'Hélène Marchand.",
    "Paul Girard sollicite l'appui d'Hélène Marchand pour le second tour.",
])
def test_a_support_hoped_for_awaited_or_asked_for_is_not_given(extractor, text):
    assert GIVES not in edges(extractor, text)


def test_a_support_obtained_is_given(extractor):
    assert GIVES in edges(extractor, "Paul Girard a obtenu le soutien d'Hélène Marchand.")


@pytest.mark.parametrize("text", [
    "Hélène Marchand a échoué à rallier Paul Girard.",
    "Hélène Marchand et Paul Girard ont échoué à s'entendre sur une liste commune.",
    "Les listes d'Hélène Marchand et de Paul Girard ont échoué à fusionner.",
])
def test_an_attempt_that_failed_ties_nobody(extractor, text):
    found = edges(extractor, text)
    assert GIVES not in found
    assert ("Paul Girard", "SUPPORTS", "Hélène Marchand") not in found


def test_an_agreement_reached_ties_both(extractor):
    found = edges(extractor, "Hélène Marchand et Paul Girard sont parvenus à s'entendre sur "
                             "une liste commune.")
    assert {GIVES, ("Paul Girard", "SUPPORTS", "Hélène Marchand")} <= found


@pytest.mark.parametrize("text, edge", [
    ("Hélène Marchand a fait mine de soutenir Paul Girard.", GIVES),
    ("Hélène Marchand feint de soutenir Paul Girard.", GIVES),
    ("Hélène Marchand fait semblant de critiquer Paul Girard.",
     ("Hélène Marchand", "REJECTS", "Paul Girard")),
])
def test_an_act_put_on_is_not_taken(extractor, text, edge):
    assert edge not in edges(extractor, text)


def test_faire_with_a_campaign_is_no_pretence(extractor):
    assert GIVES in edges(extractor, "Hélène Marchand a fait campagne pour Paul Girard.")


@pytest.mark.parametrize("text", [
    "Plutôt que de rallier Paul Girard, Hélène Marchand présentera sa propre liste.",
    "Au lieu de soutenir Paul Girard, Hélène Marchand a choisi Jacques Brunet.",
    "Loin de rallier Paul Girard, Hélène Marchand a maintenu sa liste.",
])
def test_an_infinitive_of_what_was_not_done_instead_states_nothing(extractor, text):
    assert GIVES not in edges(extractor, text)


def test_plutot_que_before_a_name_leaves_the_choice_made(extractor):
    found = edges(extractor, "Hélène Marchand a rallié Paul Girard plutôt que Jacques Brunet.")
    assert GIVES in found
    assert ("Hélène Marchand", "SUPPORTS", "Jacques Brunet") not in found


@pytest.mark.parametrize("text", [
    "Le soutien d'Hélène Marchand à Paul Girard n'est pas acquis.",
    "Le ralliement d'Hélène Marchand à Paul Girard reste incertain.",
    "Le soutien d'Hélène Marchand à Paul Girard est loin d'être acquis.",
])
def test_a_stance_noun_its_predicate_doubts_is_no_stance(extractor, text):
    assert GIVES not in edges(extractor, text)


@pytest.mark.parametrize("text", [
    "Le soutien d'Hélène Marchand à Paul Girard ne fait aucun doute.",
    "Le soutien d'Hélène Marchand à Paul Girard n'est un secret pour personne.",
])
def test_a_negated_predicate_that_affirms_its_noun_keeps_the_stance(extractor, text):
    assert GIVES in edges(extractor, text)


@pytest.mark.parametrize("text, edge", [
    ("Hélène Marchand a soutenu Paul Girard jusqu'en 2014, avant de rompre avec lui.", GIVES),
    ("Jusqu'en 2016, Hélène Marchand soutenait Paul Girard.", GIVES),
    ("Hélène Marchand a critiqué Paul Girard jusqu'en 2015.",
     ("Hélène Marchand", "REJECTS", "Paul Girard")),
])
def test_a_tie_bounded_by_an_earlier_year_ended_then(extractor, text, edge):
    assert edge not in edges(extractor, text)


@pytest.mark.parametrize("text", [
    "Hélène Marchand soutiendra Paul Girard jusqu'en 2027.",
    "Hélène Marchand soutiendra Paul Girard jusqu'au bout.",
    "Hélène Marchand a soutenu Paul Girard jusqu'au second tour.",
])
def test_a_tie_bounded_by_a_later_year_or_no_year_holds(extractor, text):
    assert GIVES in edges(extractor, text)


@pytest.mark.parametrize("text, edge", [
    ("Hélène Marchand s'est abstenue de critiquer Paul Girard.",
     ("Hélène Marchand", "REJECTS", "Paul Girard")),
    ("Hélène Marchand s'abstient de soutenir Paul Girard.",
     ("Hélène Marchand", "REJECTS", "Paul Girard")),
    ("Hélène Marchand s'abstient de soutenir Paul Girard.", GIVES),
])
def test_refraining_is_neither_the_act_nor_its_refusal(extractor, text, edge):
    assert edge not in edges(extractor, text)


@pytest.mark.parametrize("text, edge", [
    ("Hélène Marchand a salué la campagne de Paul Girard sans pour autant le soutenir.",
     ("Hélène Marchand", "REJECTS", "Paul Girard")),
    ("Hélène Marchand a félicité Paul Girard sans pour autant l'appuyer.",
     ("Hélène Marchand", "REJECTS", "Paul Girard")),
])
def test_not_going_as_far_as_support_is_no_rejection(extractor, text, edge):
    assert edge not in edges(extractor, text)


def test_a_hedge_leaves_the_other_stances_of_the_sentence(extractor):
    found = edges(extractor, "Hélène Marchand a critiqué Paul Girard sans pour autant rompre "
                             "avec le Parti socialiste.")
    assert ("Hélène Marchand", "REJECTS", "Paul Girard") in found


@pytest.mark.parametrize("text, edge", [
    ("Hélène Marchand a été tentée un temps par Paul Girard, avant de se raviser.",
     ("Hélène Marchand", "TEMPTED_BY", "Paul Girard")),
    ("Hélène Marchand a soutenu un temps Paul Girard, avant de rompre avec lui.", GIVES),
])
def test_a_stance_held_for_a_while_and_given_up_is_past(extractor, text, edge):
    assert edge not in edges(extractor, text)


def test_a_stance_given_up_leaves_the_later_act(extractor):
    found = edges(extractor, "Hélène Marchand a soutenu un temps Paul Girard, avant de rompre "
                             "avec lui.")
    assert ("Hélène Marchand", "REJECTS", "Paul Girard") in found


@pytest.mark.parametrize("text, edge", [
    ("Tous sauf Hélène Marchand soutiennent Paul Girard.", GIVES),
    ("À l'exception d'Hélène Marchand, les élus soutiennent Paul Girard.", GIVES),
    ("Tout le bureau, hormis Hélène Marchand, a désavoué Paul Girard.",
     ("Hélène Marchand", "REJECTS", "Paul Girard")),
    ("Hélène Marchand soutient tous les candidats sauf Paul Girard.", GIVES),
])
def test_a_name_set_apart_by_an_exception_gets_no_stance(extractor, text, edge):
    assert edge not in edges(extractor, text)


def test_an_exception_of_another_name_leaves_the_stance(extractor):
    found = edges(extractor, "Hélène Marchand soutient Paul Girard, comme tout le bureau "
                             "sauf Jacques Brunet.")
    assert GIVES in found
    assert ("Jacques Brunet", "SUPPORTS", "Paul Girard") not in found


def test_an_excepted_name_keeps_its_own_label(extractor):
    found = edges(extractor, "Hormis Hélène Marchand (Les Républicains), tous les candidats "
                             "soutiennent Paul Girard.")
    assert ("Hélène Marchand", "MEMBER_OF", "Les Républicains") in found
    assert GIVES not in found


def test_the_dropped_candidate_says_it_was_excepted(extractor):
    article = Article("t", "2019-05-01", "", "Tous sauf Hélène Marchand soutiennent Paul Girard.")
    dropped = extractor.run(article).dropped
    assert [(d.subject, d.relation, d.object, d.reason) for d in dropped
            if d.reason == "excepted"] == [("Hélène Marchand", "SUPPORTS", "Paul Girard",
                                            "excepted")]


# --- read after the untuned sets' "after" run: the mechanisms of their forbidden edges ---


@pytest.mark.parametrize("text", [
    "Paul Girard se dit prêt à soutenir Hélène Marchand.",
    "Paul Girard a annoncé être prêt à s'allier sous conditions avec Hélène Marchand.",
    "Paul Girard serait disposé à rallier Hélène Marchand au second tour.",
])
def test_readiness_is_openness_not_support(extractor, text):
    found = edges(extractor, text, "2019-05-01")
    assert ("Paul Girard", "SUPPORTS", "Hélène Marchand") not in found


def test_readiness_stated_is_a_temptation(extractor):
    found = edges(extractor, "Paul Girard se dit prêt à soutenir Hélène Marchand.")
    assert ("Paul Girard", "TEMPTED_BY", "Hélène Marchand") in found
    assert ("Paul Girard", "TEMPTED_BY", "Hélène Marchand") not in edges(
        extractor, "Paul Girard n'est pas prêt à soutenir Hélène Marchand.")


@pytest.mark.parametrize("text", [
    "Paul Girard évoque la possibilité de faire alliance avec Hélène Marchand.",
    "Paul Girard balaie l'hypothèse de s'allier avec Hélène Marchand.",
    "Paul Girard redoute le risque de voir Hélène Marchand soutenir Jacques Brunet.",
])
def test_a_prospect_told_by_a_noun_and_an_infinitive_is_no_fact(extractor, text):
    found = edges(extractor, text)
    assert ("Paul Girard", "SUPPORTS", "Hélène Marchand") not in found
    assert ("Hélène Marchand", "SUPPORTS", "Jacques Brunet") not in found


@pytest.mark.parametrize("text", [
    "Il avait soutenu Nicolas Sarkozy en 2012 et ne le renie pas.",
    "Paul Girard avait rallié Nicolas Sarkozy en 2007, puis s'en était éloigné.",
])
def test_a_pluperfect_dated_by_an_earlier_year_is_a_past_tie(extractor, text):
    found = edges(extractor, "Paul Girard était maire. " + text, "2016-10-13")
    assert ("Paul Girard", "SUPPORTS", "Nicolas Sarkozy") not in found


def test_a_pluperfect_of_the_articles_year_is_the_story(extractor):
    found = edges(extractor, "Paul Girard avait soutenu Nicolas Sarkozy en 2016.", "2016-10-13")
    assert ("Paul Girard", "SUPPORTS", "Nicolas Sarkozy") in found


@pytest.mark.parametrize("text", [
    "Interrogé sur une alliance avec la candidate socialiste, Paul Girard a répondu oui.",
    "Élu face au maire socialiste, Paul Girard a remercié ses électeurs.",
    "Battu par le candidat socialiste, Paul Girard se retire.",
])
def test_a_role_set_after_a_preposition_in_a_fronted_participle_is_someone_elses(
    extractor, text
):
    assert ("Paul Girard", "MEMBER_OF", "Parti socialiste") not in edges(extractor, text)


def test_a_role_apposed_after_a_fronted_participle_is_the_names(extractor):
    found = edges(extractor, "Réélue dimanche, la maire socialiste, Hélène Marchand, a "
                             "remercié ses électeurs.")
    assert ("Hélène Marchand", "MEMBER_OF", "Parti socialiste") in found


@pytest.mark.parametrize("text", [
    "Le parti a recruté la militante écologiste Hélène Marchand.",
    "L'activiste écologiste Hélène Marchand a rejoint la liste de Paul Girard.",
])
def test_an_activist_of_a_cause_is_no_member_of_the_party_named_like_it(extractor, text):
    found = edges(extractor, text, "2018-10-01")
    assert ("Hélène Marchand", "MEMBER_OF", "Europe Écologie Les Verts") not in found


@pytest.mark.parametrize("text, party", [
    ("La députée écologiste Hélène Marchand soutient Paul Girard.",
     "Europe Écologie Les Verts"),
    ("La militante d'EELV Hélène Marchand soutient Paul Girard.", "Europe Écologie Les Verts"),
    ("La militante socialiste Hélène Marchand soutient Paul Girard.", "Parti socialiste"),
])
def test_an_elected_ecologist_or_a_party_activist_is_a_member(extractor, text, party):
    assert ("Hélène Marchand", "MEMBER_OF", party) in edges(extractor, text, "2018-10-01")
