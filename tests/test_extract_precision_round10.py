"""A conditional is a future in the past only under a reporting verb in a past tense (round
10). "Elle a déclaré qu'elle voterait pour X" reports a decision; "elle dit qu'elle voterait
pour X", "elle assure qu'elle le soutiendrait", "X affirme qu'elle rejoindrait Y" and "elle
apporterait son soutien à X" state a hypothesis or somebody's allegation, not a tie. The tense
is read from the auxiliary and the ending (``negation._past_report``): the tagger calls
conditionals imperfects, "dit" a participle and "déclara" an infinitive. Every sentence is our
own."""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples

GIVES = ("Hélène Marchand", "SUPPORTS", "Paul Girard")


def edges(extractor, text: str, date: str = "2021-05-01") -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, date)


@pytest.mark.parametrize("text", [
    "Hélène Marchand a déclaré qu'elle voterait pour Paul Girard.",
    "Hélène Marchand annonçait hier qu'elle voterait pour Paul Girard.",
    "Hélène Marchand déclara qu'elle soutiendrait Paul Girard.",
    "Hélène Marchand a fait savoir qu'elle rejoindrait Paul Girard au second tour.",
    "Hélène Marchand a tenu à préciser qu'elle apporterait sa voix à Paul Girard.",
    "Hélène Marchand a expliqué mardi soir qu'elle apporterait son soutien à Paul Girard.",
])
def test_a_conditional_reported_in_the_past_is_a_decision(extractor, text):
    assert GIVES in edges(extractor, text)


@pytest.mark.parametrize("text", [
    "Hélène Marchand dit qu'elle voterait pour Paul Girard si Jacques Brunet se retirait.",
    "Hélène Marchand assure qu'elle soutiendrait Paul Girard.",
    "Hélène Marchand apporterait son soutien à Paul Girard.",
    "Jacques Brunet affirme que Hélène Marchand rejoindrait Paul Girard.",
    "Selon Jacques Brunet, Hélène Marchand voterait pour Paul Girard.",
])
def test_a_conditional_under_a_present_or_alone_is_no_tie(extractor, text):
    assert GIVES not in edges(extractor, text)


def test_a_past_report_keeps_its_negation(extractor):
    found = edges(extractor, "Hélène Marchand a déclaré qu'elle ne voterait pas pour Paul Girard.")
    assert GIVES not in found


@pytest.mark.parametrize("text", [
    "La direction du PS a demandé le retrait d'Hélène Marchand au profit de Paul Girard.",
    "Le bureau fédéral a choisi de réclamer le retrait d'Hélène Marchand en faveur de"
    " Paul Girard.",
    "Les militants réclament le ralliement d'Hélène Marchand à Paul Girard.",
    "Jacques Brunet exige le soutien d'Hélène Marchand à Paul Girard.",
    "Jacques Brunet appelle au désistement d'Hélène Marchand en faveur de Paul Girard.",
])
def test_an_act_demanded_of_someone_is_not_done_by_them(extractor, text):
    """The noun completing a verb of demand is what is asked of its actor (the ontology's
    ``demand`` list, read by ``negation._demanded``)."""
    assert GIVES not in edges(extractor, text)


def test_an_act_announced_by_its_actor_is_done(extractor):
    text = "Hélène Marchand a annoncé son retrait au profit de Paul Girard."
    assert GIVES in edges(extractor, text)


@pytest.mark.parametrize(("text", "edge"), [
    ("Jacques Brunet réclame l'exclusion d'Hélène Marchand.",
     ("Jacques Brunet", "REJECTS", "Hélène Marchand")),
    ("Jacques Brunet appelle à l'union avec Hélène Marchand.",
     ("Jacques Brunet", "INVITED_TO_RALLY", "Hélène Marchand")),
])
def test_a_demand_keeps_the_stance_of_the_one_who_demands(extractor, text, edge):
    assert edge in edges(extractor, text)


@pytest.mark.parametrize(("text", "edge"), [
    ("Hélène Marchand fustige Paul Girard, qu'elle a pourtant soutenu aux dernières"
     " municipales.", ("Hélène Marchand", "SUPPORTS", "Paul Girard")),
    ("Hélène Marchand dénonce Paul Girard, qu'elle a cependant soutenu en 2019.",
     ("Hélène Marchand", "SUPPORTS", "Paul Girard")),
    ("Hélène Marchand ne ménage plus Paul Girard, qu'elle a pourtant soutenu durant des"
     " années.", ("Hélène Marchand", "SUPPORTS", "Paul Girard")),
    ("Jacques Brunet attaque Paul Girard, qu'il a pourtant longtemps soutenu.",
     ("Jacques Brunet", "SUPPORTS", "Paul Girard")),
])
def test_a_tie_a_relative_clause_concedes_is_over(extractor, text, edge):
    """``negation._conceded_past``: a relative clause in a compound past with an adverb of the
    ontology's ``concessive`` list. Every sentence here gives the edge without the rule (the
    parser takes the relative for a complement of the main verb)."""
    assert edge not in edges(extractor, text)


def test_a_conceded_tie_in_a_main_clause_is_the_news(extractor):
    text = "Malgré les critiques, Hélène Marchand a pourtant soutenu Paul Girard."
    assert GIVES in edges(extractor, text)


@pytest.mark.parametrize(("text", "edge"), [
    ("Paul Girard, élu sous l'étiquette PS puis passé chez Renaissance, se représente.",
     ("Paul Girard", "MEMBER_OF", "Parti socialiste")),
    ("Paul Girard, député LR puis exclu en 2021, se représente.",
     ("Paul Girard", "MEMBER_OF", "Les Républicains")),
    ("Hélène Marchand, encartée au PCF puis devenue écologiste, mène la liste.",
     ("Hélène Marchand", "MEMBER_OF", "Parti communiste français")),
    ("Hélène Marchand, militante du MoDem avant de rejoindre Renaissance, mène la liste.",
     ("Hélène Marchand", "MEMBER_OF", "Mouvement démocrate")),
])
def test_an_affiliation_a_later_change_of_side_ends_is_not_current(extractor, text, edge):
    """``loaders/superseded.py``: a ``superseded_by`` phrase right after the party, before any
    comma, drops the affiliation next to it (reason ``superseded`` in the trace)."""
    assert edge not in edges(extractor, text, "2022-05-01")


def test_a_change_told_of_someone_else_leaves_the_affiliation(extractor):
    text = "Hélène Marchand, encartée au PCF, puis Paul Girard, devenu écologiste, ont parlé."
    found = edges(extractor, text, "2022-05-01")
    assert ("Hélène Marchand", "MEMBER_OF", "Parti communiste français") in found


def test_a_superseded_affiliation_is_in_the_trace(extractor):
    from alliancegraph.model import Article

    text = "Hélène Marchand, encartée au PCF puis devenue écologiste, mène la liste."
    trace = extractor.explain(Article("a", "2022-05-01", "", text))
    assert "superseded" in {c.reason for c in trace.dropped}


@pytest.mark.parametrize("text", [
    "Paul Girard a vivement déconseillé de soutenir Hélène Marchand.",
    "Paul Girard déconseille aux militants de voter pour Hélène Marchand.",
    "Paul Girard a dissuadé ses amis de soutenir Hélène Marchand.",
    "Paul Girard est soupçonné d'avoir « fortement déconseillé » de soutenir Hélène Marchand.",
    "Paul Girard a « vivement déconseillé » de soutenir Hélène Marchand.",
])
def test_an_act_advised_against_is_not_done(extractor, text):
    """The ontology's ``dissuade`` verbs deny what they govern, also across a quoted fragment
    of a few words that the reporter's sentence carries (``negation._across_quote``)."""
    found = edges(extractor, text, "2012-03-05")
    assert ("Paul Girard", "SUPPORTS", "Hélène Marchand") not in found


def test_a_whole_quote_still_stops_the_chain(extractor):
    text = "Paul Girard a lancé : « Je soutiens Hélène Marchand depuis le premier jour. »"
    assert ("Paul Girard", "SUPPORTS", "Hélène Marchand") in edges(extractor, text, "2012-03-05")
