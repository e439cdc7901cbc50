"""Stances the sentence does not assert: a tie dated before the article, a stance not shown
(negated display), a clause only feared or hoped for, and a cue in the passive (the one it was
done to is not the one who did it). Each family with a sentence that must still give its edge."""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples

DATE = "2019-05-01"


def edges(extractor, text: str, date: str = DATE) -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, date)


def between(found: set[tuple[str, str, str]], a: str, b: str) -> set[str]:
    return {r for s, r, o in found if {s, o} == {a, b}}


@pytest.mark.parametrize(
    "text",
    [
        "Marc Leroy, qui a rallié Paul Girard en 2012, hésite aujourd'hui.",
        "Marc Leroy, qui avait rallié Paul Girard dès 2012, hésite.",
        "Paul Girard, exclu du PS depuis mars 2013, mène sa propre liste.",
    ],
)
def test_background_dated_before_the_article_is_a_past_tie(extractor, text):
    found = edges(extractor, text)
    assert not {e for e in found if e[1] != "MEMBER_OF"}, found


def test_dated_stances_of_the_story_the_article_year_or_still_held_stay(extractor):
    # a main clause of the article's year is the story itself; in the pluperfect with an
    # earlier year it is background, a past tie (precision round 9, the blind6 gold)
    assert ("Paul Girard", "REJECTS", "Lise Aubert") in edges(
        extractor, "Paul Girard avait combattu Lise Aubert en 2019."
    )
    assert ("Paul Girard", "REJECTS", "Lise Aubert") not in edges(
        extractor, "Paul Girard avait combattu Lise Aubert en 2014."
    )
    assert ("Marc Leroy", "SUPPORTS", "Paul Girard") in edges(
        extractor, "Marc Leroy a rallié Paul Girard en 2019."
    )
    # "depuis" dates a state only when the stance is a past event ("exclu depuis")
    assert ("Claire Dumoulin", "SUPPORTS", "Paul Girard") in edges(
        extractor, "Claire Dumoulin soutient Paul Girard depuis 2012."
    )
    # a membership still holds once joined
    assert ("Paul Girard", "MEMBER_OF", "Les Républicains") in edges(
        extractor, "Paul Girard a rejoint LR en 2012."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Claire Dumoulin n'a pas encore officialisé son ralliement à Paul Girard.",
        "Le sénateur Marc Leroy n'affiche pourtant pas son soutien à Paul Girard.",
        "Paul Girard n'a jamais exprimé le moindre soutien à Claire Dumoulin.",
    ],
)
def test_a_stance_not_shown_is_no_stance(extractor, text):
    found = edges(extractor, text)
    assert not {e for e in found if e[1] in {"SUPPORTS", "REJECTS"}}, found


def test_shown_or_plainly_negated_stances_stay(extractor):
    assert ("Paul Girard", "SUPPORTS", "Claire Dumoulin") in edges(
        extractor, "Paul Girard affiche son soutien à Claire Dumoulin."
    )
    assert ("Paul Girard", "REJECTS", "Claire Dumoulin") in edges(
        extractor, "Paul Girard ne soutient pas Claire Dumoulin."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Paul Girard dit ne pas avoir la garantie que Marc Leroy ne ralliera pas Claire "
        "Dumoulin.",
        "La crainte que Marc Leroy rejoigne Claire Dumoulin agite le parti.",
        "Rien ne permet d'écarter l'hypothèse que Marc Leroy soutienne Claire Dumoulin.",
    ],
)
def test_a_clause_feared_or_doubted_asserts_nothing(extractor, text):
    assert not between(edges(extractor, text), "Marc Leroy", "Claire Dumoulin")


def test_a_clause_reported_as_said_stays(extractor):
    assert ("Marc Leroy", "SUPPORTS", "Claire Dumoulin") in edges(
        extractor, "Marc Leroy a confirmé qu'il soutiendra Claire Dumoulin."
    )


@pytest.mark.parametrize(
    "text, edge",
    [
        (
            "Paul Girard a été vivement critiqué par Claire Dumoulin.",
            ("Claire Dumoulin", "REJECTS", "Paul Girard"),
        ),
        (
            "Marc Leroy, lâché par Claire Dumoulin, perd la mairie.",
            ("Claire Dumoulin", "REJECTS", "Marc Leroy"),
        ),
        (
            "Désavoué par le PS, Paul Girard maintient sa liste.",
            ("Parti socialiste", "REJECTS", "Paul Girard"),
        ),
        (
            "Paul Girard, rejoint par Claire Dumoulin, a lancé sa campagne.",
            ("Claire Dumoulin", "SUPPORTS", "Paul Girard"),
        ),
    ],
)
def test_a_passive_cue_is_done_by_its_agent(extractor, text, edge):
    found = edges(extractor, text)
    assert edge in found
    assert (edge[2], edge[1], edge[0]) not in found


def test_a_passive_cue_without_agent_gives_nobody_the_stance(extractor):
    found = edges(
        extractor,
        "Condamné pour fraude en 2018, Paul Girard renonce face à Claire Dumoulin et aux "
        "écologistes.",
    )
    assert not {e for e in found if e[0] == "Paul Girard" and e[1] == "REJECTS"}, found


def test_active_cues_and_active_participles_stay(extractor):
    assert ("Paul Girard", "REJECTS", "Claire Dumoulin") in edges(
        extractor, "Paul Girard critique Claire Dumoulin."
    )
    assert ("Paul Girard", "SUPPORTS", "Claire Dumoulin") in edges(
        extractor, "Paul Girard, rallié à Claire Dumoulin, fait campagne."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Marc Leroy n'envisage en aucun cas de rejoindre Claire Dumoulin.",
        "Paul Girard ne songe nullement à rejoindre Claire Dumoulin.",
        "Est-ce que Marc Leroy soutiendra Claire Dumoulin",
        "Mais est-ce que Paul Girard rejoindra Claire Dumoulin au second tour",
    ],
)
def test_a_refused_thought_or_an_unmarked_question_is_no_support(extractor, text):
    found = edges(extractor, text)
    assert not {e for e in found if e[1] == "SUPPORTS"}, found


def test_a_negated_governor_the_parser_missed_negates_the_cue(extractor):
    found = edges(
        extractor, "Paul Girard n'accepte sous aucun prétexte de soutenir Claire Dumoulin."
    )
    assert ("Paul Girard", "SUPPORTS", "Claire Dumoulin") not in found


def test_litotes_and_declined_refusals_keep_their_reading(extractor):
    assert ("Marc Leroy", "SUPPORTS", "Claire Dumoulin") in edges(
        extractor, "Marc Leroy n'a pas hésité à rejoindre Claire Dumoulin."
    )
    assert ("Marc Leroy", "TEMPTED_BY", "Claire Dumoulin") in edges(
        extractor, "Marc Leroy ne refuse pas de soutenir Claire Dumoulin."
    )
    assert ("Marc Leroy", "SUPPORTS", "Claire Dumoulin") in edges(
        extractor, "Pourquoi Marc Leroy soutient Claire Dumoulin, il l'explique lui-même."
    )


def test_a_purpose_is_asserted_and_a_negated_one_says_nothing(extractor):
    assert ("Marc Leroy", "SUPPORTS", "Claire Dumoulin") in edges(
        extractor, "Marc Leroy se retire afin de soutenir Claire Dumoulin."
    )
    assert ("Marc Leroy", "SUPPORTS", "Claire Dumoulin") in edges(
        extractor, "Marc Leroy renonce pour soutenir Claire Dumoulin."
    )
    for text in (
        "Marc Leroy ne se présente pas afin de soutenir Claire Dumoulin.",
        "Paul Girard ne s'est pas retiré pour rejoindre Claire Dumoulin.",
        "Le maire Paul Girard ne démissionne pas afin de soutenir Claire Dumoulin.",
    ):
        found = edges(extractor, text)
        assert not {e for e in found if "Claire Dumoulin" in e and e[1] != "MEMBER_OF"}, found
