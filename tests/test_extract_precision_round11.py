"""Acts said not to be done, and ties named only as prospects (round 11).

Two families of sentences that tell of a stance without asserting it:

- a verb of withholding that governs an infinitive ("se garde de soutenir X", "tarde à rallier
  X", "évite de critiquer X", "s'est défendue d'avoir rejoint X"): the act is not done, or not
  yet; negated, the same verbs affirm it ("ne tarde pas à soutenir X"). The ontology's
  ``withhold`` list, read by ``negation.modality`` only when the cue is an infinitive
  completing the verb, so that "garde son soutien à X" still keeps the support;
- a stance noun completing a noun of prospect ("l'hypothèse d'un ralliement de X à Y", "la
  rumeur du soutien de X à Y"): the ``unasserted`` list, which already covered "que" clauses
  and infinitives after such nouns (``negation._noun_complement``);
- a charge or an absence whose verb the parser hides behind a name ("reproche à X son
  ralliement à Y", parsed as if the noun completed X): the governors read are the nearest ones
  that are not a name's words;
- a litotes carried by a light verb's object ("ne fait pas mystère de son soutien à X", "n'a
  jamais fait secret de son hostilité"): affirmed, not negated into the opposite relation;
- a description after a relative's or a collaborator's name ("le mari de X, élu socialiste,"),
  which is about that relative, and one bounded by an earlier year ("X, députée PS jusqu'en
  2017," in a 2019 article), which is past;
- read after the untuned pair's "after" run, from its three forbidden edges' mechanisms: a
  verbal noun in a time adjunct ("quitte le PCF après l'accord avec le PS"), not the
  subject's move; a label the same sentence ends ("le sénateur écologiste X annonce son départ
  d'EELV"); a relative clause of a rumour noun ("dément les bruits qui la disaient prête à
  rallier X").

Every sentence is our own.
"""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples

SUPPORT = ("Hélène Marchand", "SUPPORTS", "Paul Girard")
CRITICISM = ("Hélène Marchand", "REJECTS", "Paul Girard")


def edges(extractor, text: str, date: str = "2021-05-01") -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, date)


@pytest.mark.parametrize("text", [
    "Hélène Marchand se garde bien de soutenir Paul Girard.",
    "Hélène Marchand tarde à soutenir Paul Girard, au grand dam de ses amis.",
    "Hélène Marchand rechigne encore à rallier Paul Girard.",
    "Hélène Marchand s'est défendue d'avoir rejoint Paul Girard.",
    "Hélène Marchand a soigneusement évité d'apporter son soutien à Paul Girard.",
    "Hélène Marchand a omis de voter pour Paul Girard au second tour.",
    "Hélène Marchand a failli rejoindre Paul Girard en 2015.",
    "Hélène Marchand a cessé de soutenir Paul Girard à l'automne.",
    "Hélène Marchand arrête de soutenir Paul Girard.",
])
def test_an_act_withheld_is_not_done(extractor, text):
    assert SUPPORT not in edges(extractor, text)


@pytest.mark.parametrize("text", [
    "Hélène Marchand évite de critiquer Paul Girard en public.",
    "Hélène Marchand s'est gardée de s'en prendre à Paul Girard.",
    "Hélène Marchand a cessé de critiquer Paul Girard depuis leur rencontre.",
])
def test_a_criticism_withheld_is_not_made(extractor, text):
    assert CRITICISM not in edges(extractor, text)


@pytest.mark.parametrize("text", [
    "Hélène Marchand n'a pas tardé à soutenir Paul Girard.",
    "Hélène Marchand n'a pas oublié de voter pour Paul Girard.",
])
def test_negated_withholding_affirms_the_act(extractor, text):
    assert SUPPORT in edges(extractor, text)


def test_never_ceasing_to_criticise_is_criticism(extractor):
    assert CRITICISM in edges(extractor, "Hélène Marchand ne cesse de critiquer Paul Girard.")


@pytest.mark.parametrize("text", [
    "L'hypothèse d'un ralliement d'Hélène Marchand à Paul Girard agite le parti.",
    "Le scénario d'un soutien d'Hélène Marchand à Paul Girard est évoqué à Lyon.",
    "La rumeur du ralliement d'Hélène Marchand à Paul Girard court depuis lundi.",
    "La perspective d'un soutien d'Hélène Marchand à Paul Girard inquiète ses amis.",
])
def test_a_stance_named_as_a_prospect_is_no_tie(extractor, text):
    assert SUPPORT not in edges(extractor, text)


@pytest.mark.parametrize("text", [
    "L'annonce du ralliement d'Hélène Marchand à Paul Girard a surpris ses amis.",
    "Le soutien d'Hélène Marchand à Paul Girard est désormais officiel.",
])
def test_a_stance_named_as_a_fact_stays(extractor, text):
    assert SUPPORT in edges(extractor, text)


@pytest.mark.parametrize("text", [
    "Jacques Brunet reproche à Hélène Marchand son ralliement à Paul Girard.",
    "Jacques Brunet a reproché à Hélène Marchand son ralliement à Paul Girard.",
])
def test_a_charge_hidden_behind_a_name_is_nobody_s_stance(extractor, text):
    found = edges(extractor, text)
    assert ("Jacques Brunet", "SUPPORTS", "Paul Girard") not in found
    assert SUPPORT not in found
    assert ("Jacques Brunet", "REJECTS", "Hélène Marchand") in found


@pytest.mark.parametrize("text", [
    "Hélène Marchand ne fait pas mystère de son soutien à Paul Girard.",
    "Hélène Marchand n'a jamais fait mystère de son soutien à Paul Girard.",
    "Hélène Marchand ne fait pas secret de son soutien à Paul Girard.",
])
def test_a_litotes_through_a_light_verb_affirms(extractor, text):
    found = edges(extractor, text)
    assert CRITICISM not in found
    assert SUPPORT in found


@pytest.mark.parametrize("text", [
    "Le mari d'Hélène Marchand, élu socialiste, a voté contre la motion.",
    "La collaboratrice d'Hélène Marchand, militante socialiste, a démissionné.",
    "Le frère d'Hélène Marchand, conseiller municipal socialiste, a pris la parole.",
])
def test_an_apposition_after_a_relative_s_name_describes_the_relative(extractor, text):
    """"le mari de X, élu socialiste,": the husband is the socialist (the ontology's
    ``kin_and_staff`` nouns, read by ``descriptions._of_another_person``)."""
    assert ("Hélène Marchand", "MEMBER_OF", "Parti socialiste") not in edges(extractor, text)


def test_an_apposition_after_a_name_alone_still_describes_it(extractor):
    text = "Le soutien d'Hélène Marchand, élue socialiste, a surpris."
    assert ("Hélène Marchand", "MEMBER_OF", "Parti socialiste") in edges(extractor, text)


@pytest.mark.parametrize("text", [
    "Hélène Marchand, députée PS jusqu'en 2017, a rejoint La République en marche.",
    "Hélène Marchand, militante socialiste jusqu'en 2012, s'est retirée.",
    "Hélène Marchand, élue PS jusque 2015, siège chez les non-inscrits.",
])
def test_a_description_bounded_by_an_earlier_year_is_past(extractor, text):
    found = edges(extractor, text, "2019-03-01")
    assert ("Hélène Marchand", "MEMBER_OF", "Parti socialiste") not in found


def test_a_description_bounded_by_a_later_year_holds(extractor):
    text = "Hélène Marchand, députée PS jusqu'en 2022, défend la réforme."
    found = edges(extractor, text, "2019-03-01")
    assert ("Hélène Marchand", "MEMBER_OF", "Parti socialiste") in found


@pytest.mark.parametrize("text", [
    "Paul Girard quitte le PCF après l'accord avec le PS.",
    "Paul Girard démissionne de son mandat suite à l'accord avec le PCF.",
    "Hélène Marchand a rendu sa carte dès l'accord avec En Marche.",
    "Hélène Marchand s'en va après l'accord avec La France insoumise.",
])
def test_a_pact_in_a_time_adjunct_is_not_the_subject_s(extractor, text):
    """A verbal noun with no possessive after "après", "suite à", "dès"... is an event the
    clause is set against (the ontology's ``event_adjuncts``, ``rules._background_event``)."""
    found = edges(extractor, text, "2019-03-01")
    assert not any(relation == "SUPPORTS" for _, relation, _ in found)


def test_one_s_own_pact_in_a_time_adjunct_stays(extractor):
    text = "Hélène Marchand a quitté la réunion après son accord avec Paul Girard."
    assert SUPPORT in edges(extractor, text, "2019-03-01")


LEFT = {"Parti socialiste", "Parti communiste français", "Europe Écologie Les Verts"}


@pytest.mark.parametrize("text", [
    "La députée socialiste Hélène Marchand claque la porte du PS.",
    "Le sénateur écologiste Paul Girard a annoncé son départ d'EELV.",
    "Le député communiste Paul Girard annonce sa démission du PCF.",
    "Le sénateur communiste Paul Girard quitte le PCF pour rejoindre LFI.",
])
def test_a_label_the_same_sentence_ends_is_no_membership(extractor, text):
    """The ``leaving`` words (loaders/superseded.py): the holder named before them leaves the
    party named right after them."""
    found = edges(extractor, text, "2019-03-01")
    assert not any(
        relation == "MEMBER_OF" and party in LEFT
        for _, relation, party in found
    )


@pytest.mark.parametrize("text", [
    "La députée socialiste Hélène Marchand menace de quitter le PS.",
    "La députée socialiste Hélène Marchand ne quitte pas le PS.",
    "La députée socialiste Hélène Marchand dénonce le départ de Paul Girard du PS.",
])
def test_a_threat_a_denial_or_another_s_departure_keeps_the_label(extractor, text):
    found = edges(extractor, text, "2019-03-01")
    assert ("Hélène Marchand", "MEMBER_OF", "Parti socialiste") in found


@pytest.mark.parametrize(("text", "rumoured"), [
    ("La conseillère municipale PCF Hélène Marchand a balayé lundi les bruits qui la disaient"
     " sur le point de rallier le PS.", "Parti socialiste"),
    ("La maire LR Hélène Marchand a démenti les rumeurs qui la disaient sur le point de"
     " rallier le MoDem.", "Mouvement démocrate"),
    ("Le conseiller général PS Paul Girard a balayé mardi les bruits qui le disaient sur le"
     " point de rallier le MoDem.", "Mouvement démocrate"),
])
def test_a_rumour_s_relative_clause_is_hearsay(extractor, text, rumoured):
    """A relative clause on an ``unasserted`` noun ("les rumeurs qui le disaient …") tells
    hearsay (``negation._noun_relative``): no tie to the party rumoured."""
    found = edges(extractor, text, "2006-10-01")
    assert not any(party == rumoured for _, _, party in found)


@pytest.mark.parametrize(("text", "target", "author"), [
    ("Le soutien du PS au maire Paul Girard est acquis.", "Paul Girard", "Parti socialiste"),
    ("Le soutien de LR à la candidate Hélène Marchand a surpris.", "Hélène Marchand",
     "Les Républicains"),
    ("Le soutien du PS aux candidats Paul Girard et Hélène Marchand est officiel.",
     "Paul Girard", "Parti socialiste"),
    ("Le soutien de LR à Paul Girard est acquis.", "Paul Girard", "Les Républicains"),
])
def test_an_act_directed_at_a_name_is_not_its_description(extractor, text, target, author):
    """"le soutien de LR au maire X": the act and its author before "à" are not X's
    description (``descriptions._past_an_act``); X never supports the act's author."""
    assert (target, "SUPPORTS", author) not in edges(extractor, text, "2019-03-01")


@pytest.mark.parametrize("text", [
    "La candidate PS aux municipales Hélène Marchand a gagné.",
    "La candidate de LR aux municipales Hélène Marchand a gagné.",
])
def test_a_role_with_its_own_a_still_describes_the_name(extractor, text):
    found = edges(extractor, text, "2019-03-01")
    assert any(s == "Hélène Marchand" and r == "MEMBER_OF" for s, r, _ in found)
