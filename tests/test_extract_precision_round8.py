"""False edges from the wrong holder, the wrong time or the wrong person, by family (round 8):
a participle describes its own noun, never the clause's subject; a pluperfect relative set
during an earlier episode is background; a judgement of capacity is no stance; a possessive
description names the person set off after its complement, never the possessor; a
non-reflexive pronoun in a "qui" clause is not that clause's subject; two surnames joined by
a hyphen are two persons; a party glued to a singular role is a member, not the party; a
prepositional phrase after a name is no description of it. Every test text is our own; each
family has a trap that keeps its edge."""

from __future__ import annotations

from fixtures_extract import claim_triples

from alliancegraph.loaders.resolution import _paired_surnames
from alliancegraph.ontology.gazetteer import load_gazetteer


def edges(extractor, text: str, date: str = "2019-05-01") -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, date)


# --- a participle describes its own noun ------------------------------------------------------


def test_a_participle_glued_to_a_plural_noun_is_that_nouns(extractor):
    found = edges(
        extractor,
        "Député sortant, Marc Leroy hésite encore entre le MoDem et les centristes ralliés à "
        "Nicolas Sarkozy.",
        "2007-05-30",
    )
    assert ("Marc Leroy", "SUPPORTS", "Nicolas Sarkozy") not in found


def test_a_participle_on_an_unnamed_group_gives_nobody_a_stance(extractor):
    found = edges(
        extractor, "Claire Dumoulin a longuement reçu les élus ralliés à Paul Girard."
    )
    assert ("Claire Dumoulin", "SUPPORTS", "Paul Girard") not in found


def test_a_participle_between_a_description_and_its_name_is_the_names(extractor):
    found = edges(
        extractor,
        "Paul Girard arrive en tête devant son camarade socialiste, soutenu par les "
        "écologistes, Marc Leroy.",
    )
    assert ("Europe Écologie Les Verts", "SUPPORTS", "Paul Girard") not in found
    assert ("Europe Écologie Les Verts", "SUPPORTS", "Marc Leroy") in found


def test_a_participle_set_off_after_an_actor_keeps_that_actor(extractor):
    assert ("Parti socialiste", "SUPPORTS", "Claire Dumoulin") in edges(
        extractor, "Le PS, rallié à Claire Dumoulin, retire sa liste."
    )
    assert ("Europe Écologie Les Verts", "SUPPORTS", "Claire Dumoulin") in edges(
        extractor, "Claire Dumoulin, soutenue par les écologistes, mène la liste."
    )
    assert ("Paul Girard", "SUPPORTS", "Claire Dumoulin") in edges(
        extractor, "Paul Girard soutient la liste conduite par Claire Dumoulin."
    )


def test_a_gerund_after_a_noun_is_still_the_subjects(extractor):
    assert ("Paul Girard", "SUPPORTS", "Claire Dumoulin") in edges(
        extractor, "Paul Girard présente sa liste tout en apportant son soutien à Claire Dumoulin."
    )


# --- a pluperfect relative set during an earlier episode ------------------------------------


def test_a_pluperfect_relative_during_a_primary_is_background(extractor):
    found = edges(
        extractor,
        "Marc Leroy, qui avait publiquement soutenu Paul Girard lors de la primaire, s'était "
        "ensuite mis en retrait.",
        "2011-10-12",
    )
    assert ("Marc Leroy", "SUPPORTS", "Paul Girard") not in found


def test_a_pluperfect_relative_during_a_campaign_is_background(extractor):
    found = edges(
        extractor,
        "Anne Vidal, qui avait soutenu Paul Girard pendant la campagne des régionales, se "
        "range derrière Claire Dumoulin.",
        "2011-10-12",
    )
    assert ("Anne Vidal", "SUPPORTS", "Paul Girard") not in found
    assert ("Anne Vidal", "SUPPORTS", "Claire Dumoulin") in found


def test_a_criticism_told_as_background_is_no_present_refusal(extractor):
    found = edges(
        extractor,
        "Claire Dumoulin, qui avait durement critiqué Paul Girard durant l'entre-deux-tours, "
        "dîne avec lui ce soir.",
        "2011-10-12",
    )
    assert ("Claire Dumoulin", "REJECTS", "Paul Girard") not in found


def test_the_same_episode_in_a_main_clause_or_the_perfect_is_the_story(extractor):
    assert ("Marc Leroy", "SUPPORTS", "Paul Girard") in edges(
        extractor, "Marc Leroy avait soutenu Paul Girard lors de la primaire.", "2011-10-12"
    )
    assert ("Marc Leroy", "SUPPORTS", "Paul Girard") in edges(
        extractor,
        "Marc Leroy, qui a soutenu Paul Girard lors de la primaire, votera pour lui.",
        "2011-10-12",
    )


# --- a judgement of capacity is no stance ---------------------------------------------------


def test_the_best_placed_to_beat_someone_rejects_nobody(extractor):
    found = edges(
        extractor,
        "Paul Girard, le mieux placé pour battre Marc Leroy selon ses partisans, a déposé sa "
        "liste.",
    )
    assert ("Paul Girard", "REJECTS", "Marc Leroy") not in found


def test_being_able_to_rally_someone_is_no_support(extractor):
    found = edges(extractor, "Paul Girard est le seul capable de rallier Claire Dumoulin.")
    assert ("Paul Girard", "SUPPORTS", "Claire Dumoulin") not in found
    assert ("Paul Girard", "INVITED_TO_RALLY", "Claire Dumoulin") not in found


def test_not_being_in_a_position_to_support_is_no_refusal(extractor):
    found = edges(extractor, "Paul Girard n'est pas en mesure de soutenir Claire Dumoulin.")
    assert ("Paul Girard", "REJECTS", "Claire Dumoulin") not in found
    assert ("Paul Girard", "SUPPORTS", "Claire Dumoulin") not in found


def test_running_to_beat_someone_still_opposes_them(extractor):
    assert ("Paul Girard", "REJECTS", "Marc Leroy") in edges(
        extractor, "Paul Girard se présente pour battre Marc Leroy."
    )


# --- a possessive description names the person after its complement -------------------------


def test_a_possessive_description_with_a_complement_names_the_person_after_it(extractor):
    found = edges(
        extractor,
        "Marion Escande mène la liste. Sa colistière du premier tour, Agathe Puylaroque, "
        "soutient désormais Paul Girard.",
        "2026-03-18",
    )
    assert ("Agathe Puylaroque", "SUPPORTS", "Paul Girard") in found
    assert ("Marion Escande", "SUPPORTS", "Paul Girard") not in found


def test_a_possessive_partner_opening_a_sentence_is_not_the_possessor(extractor):
    found = edges(
        extractor,
        "Marion Escande mène la liste écologiste. Sa colistière a rejoint Paul Girard.",
        "2026-03-18",
    )
    assert ("Marion Escande", "SUPPORTS", "Paul Girard") not in found
    found = edges(extractor, "Marc Leroy quitte le PS. Son adjoint soutient désormais Paul Girard.")
    assert ("Marc Leroy", "SUPPORTS", "Paul Girard") not in found


def test_a_former_deputy_with_a_long_complement_is_the_name_after_it(extractor):
    found = edges(
        extractor,
        "Marc Leroy présente son programme. Son ancien adjoint aux finances de la ville, "
        "Jean Roux, dénonce ce projet et rejoint Claire Dumoulin.",
    )
    assert ("Marc Leroy", "SUPPORTS", "Claire Dumoulin") not in found


def test_a_definite_description_still_stands_for_the_subject_before(extractor):
    found = edges(
        extractor,
        "Marc Leroy quitte le PS. L'ancien fidèle de Claire Dumoulin soutient désormais Paul "
        "Girard.",
    )
    assert ("Marc Leroy", "SUPPORTS", "Paul Girard") in found


# --- a pronoun in a "qui" clause is not that clause's subject --------------------------------


def test_a_pronoun_in_a_relative_is_not_the_relatives_subject(extractor):
    found = edges(
        extractor,
        "Le candidat Louis Dauzat a reçu le renfort de Frédéric Oustric, qui appelle à voter "
        "pour lui.",
    )
    assert ("Frédéric Oustric", "SUPPORTS", "Louis Dauzat") in found


def test_a_relative_on_an_object_campaigns_for_the_main_subject(extractor):
    found = edges(
        extractor, "Claire Dumoulin a longuement reçu Paul Girard, qui fera campagne pour elle."
    )
    assert ("Paul Girard", "SUPPORTS", "Claire Dumoulin") in found


def test_a_relative_on_the_subject_leaves_the_other_person(extractor):
    found = edges(
        extractor, "Claire Dumoulin, qui a rencontré Paul Girard mardi, votera pour lui."
    )
    assert ("Claire Dumoulin", "SUPPORTS", "Paul Girard") in found


# --- two surnames joined by a hyphen are two persons -----------------------------------------


def test_two_known_surnames_joined_by_a_hyphen_are_two_persons():
    gazetteer = load_gazetteer()
    assert _paired_surnames(gazetteer, "Fillon-Le Pen", {})
    assert _paired_surnames(gazetteer, "Juppé-Macron", {})


def test_two_surnames_the_article_named_in_full_are_two_persons():
    named = {"girard": "Paul Girard", "dumoulin": "Claire Dumoulin"}
    assert _paired_surnames(load_gazetteer(), "Girard-Dumoulin", named)


def test_hyphenated_first_names_and_double_surnames_are_one_person():
    gazetteer = load_gazetteer()
    assert not _paired_surnames(gazetteer, "Jean-Luc Mélenchon", {})
    assert not _paired_surnames(gazetteer, "Dupont-Aignan", {})
    assert not _paired_surnames(gazetteer, "Girard-Dumoulin", {"girard": "Paul Girard"})


def test_a_hyphenated_name_of_one_person_stays_whole(extractor):
    assert ("Nathalie Kosciusko-Morizet", "SUPPORTS", "Alain Juppé") in edges(
        extractor, "Nathalie Kosciusko-Morizet soutient Alain Juppé.", "2016-10-01"
    )


# --- a party glued to a singular role is a member ---------------------------------------------


def test_the_label_of_an_unnamed_councillor_is_not_the_party(extractor):
    found = edges(extractor, "Le conseiller régional LR a accusé Paul Girard de trahison.")
    assert ("Les Républicains", "REJECTS", "Paul Girard") not in found


def test_the_label_of_an_unnamed_mayor_is_not_the_party(extractor):
    found = edges(extractor, "Le maire PS a vivement critiqué Paul Girard.")
    assert ("Parti socialiste", "REJECTS", "Paul Girard") not in found


def test_the_label_of_an_unnamed_candidate_is_not_the_party(extractor):
    found = edges(extractor, "La candidate RN soutient Paul Girard.")
    assert ("Front national", "SUPPORTS", "Paul Girard") not in found


def test_a_party_written_as_the_subject_still_acts(extractor):
    assert ("Parti socialiste", "SUPPORTS", "Paul Girard") in edges(
        extractor, "Le PS soutient Paul Girard."
    )
    assert ("Anne Vidal", "REJECTS", "Paul Girard") in edges(
        extractor, "La secrétaire départementale des Républicains, Anne Vidal, a critiqué "
        "Paul Girard.",
    )


# --- a prepositional phrase after a name is no description of it ------------------------------


def test_going_against_someones_advice_rejects_nobody_named_before(extractor):
    found = edges(
        extractor,
        "Anne Vidal, tête de liste du parti de Marc Leroy, a appelé à voter pour les candidats "
        "de l'alliance entre le RN et Paul Girard, contre l'avis de son président.",
        "2024-06-13",
    )
    assert ("Anne Vidal", "REJECTS", "Paul Girard") not in found
    assert ("Anne Vidal", "SUPPORTS", "Paul Girard") in found


def test_a_description_set_off_after_a_name_is_still_read_back(extractor):
    found = edges(
        extractor,
        "Paul Girard, président du conseil départemental, ouvre la séance. Plus tard, le "
        "président du conseil départemental soutient Claire Dumoulin.",
    )
    assert ("Paul Girard", "SUPPORTS", "Claire Dumoulin") in found


# --- adversarial families: what a sentence reports without asserting ------------------------

PROBE_DATE = "2015-06-10"


def test_a_move_sourced_to_opponents_is_not_asserted(extractor):
    for text in (
        "D'après ses adversaires, Paul Girard lorgne vers Claire Dumoulin.",
        "Selon ses détracteurs, Anne Vidal soutient en sous-main Marc Leroy.",
        "À en croire ses adversaires, Marc Leroy rejoindra Claire Dumoulin.",
    ):
        found = edges(extractor, text, PROBE_DATE)
        assert not {r for _, r, _ in found} & {"SUPPORTS", "TEMPTED_BY"}, text


def test_a_move_sourced_to_friends_is_still_read(extractor):
    assert ("Paul Girard", "SUPPORTS", "Claire Dumoulin") in edges(
        extractor, "Selon ses proches, Paul Girard soutient Claire Dumoulin.", PROBE_DATE
    )


def test_the_absence_of_support_is_no_stance(extractor):
    for text in (
        "L'absence de soutien de Paul Girard à Claire Dumoulin a surpris les militants.",
        "Le manque de soutien de Marc Leroy à Anne Vidal inquiète le parti.",
        "Faute d'accord avec Claire Dumoulin, Paul Girard maintient sa liste.",
    ):
        assert not edges(extractor, text, PROBE_DATE), text


def test_support_written_as_a_noun_is_still_support(extractor):
    assert ("Paul Girard", "SUPPORTS", "Claire Dumoulin") in edges(
        extractor, "Le soutien de Paul Girard à Claire Dumoulin a surpris les militants.",
        PROBE_DATE,
    )


def test_a_belief_or_a_report_denied_says_nothing_of_the_stance(extractor):
    for text in (
        "Rien ne dit que Paul Girard soutiendra Claire Dumoulin.",
        "Personne n'imagine Paul Girard soutenir Claire Dumoulin.",
        "Marc Leroy n'a pas dit qu'il rejoindrait Claire Dumoulin.",
    ):
        found = edges(extractor, text, PROBE_DATE)
        assert not {r for _, r, _ in found} & {"SUPPORTS", "REJECTS"}, text


def test_a_negated_stance_is_still_a_refusal(extractor):
    assert ("Paul Girard", "REJECTS", "Claire Dumoulin") in edges(
        extractor, "Paul Girard ne soutiendra pas Claire Dumoulin.", PROBE_DATE
    )


def test_what_someone_is_accused_of_is_not_a_fact(extractor):
    for text in (
        "Marc Leroy accuse Paul Girard d'avoir soutenu Claire Dumoulin.",
        "Anne Vidal soupçonne Marc Leroy de lorgner vers Claire Dumoulin.",
        "Le PS reproche à Paul Girard de soutenir Claire Dumoulin.",
    ):
        found = edges(extractor, text, PROBE_DATE)
        assert not any(o == "Claire Dumoulin" for _, _, o in found), text


def test_an_accusation_itself_is_still_a_refusal(extractor):
    assert ("Marc Leroy", "REJECTS", "Paul Girard") in edges(
        extractor, "Marc Leroy accuse Paul Girard de trahison.", PROBE_DATE
    )


def test_a_long_support_ended_later_in_the_sentence_is_past(extractor):
    found = edges(
        extractor,
        "Paul Girard a longtemps soutenu Claire Dumoulin avant de rompre avec elle.",
        PROBE_DATE,
    )
    assert ("Paul Girard", "SUPPORTS", "Claire Dumoulin") not in found
    assert ("Paul Girard", "SUPPORTS", "Claire Dumoulin") in edges(
        extractor, "Paul Girard soutient Claire Dumoulin depuis longtemps.", PROBE_DATE
    )


def test_a_quotation_dated_by_an_earlier_year_is_past(extractor):
    for text in (
        "« Je ne soutiendrai jamais Claire Dumoulin », avait juré Paul Girard en 2012.",
        "« Je voterai pour Marc Leroy », avait promis Anne Vidal en 2010.",
    ):
        assert not edges(extractor, text, PROBE_DATE), text
    assert ("Paul Girard", "REJECTS", "Claire Dumoulin") in edges(
        extractor,
        "« Je ne soutiendrai jamais Claire Dumoulin », a déclaré mardi Paul Girard.",
        PROBE_DATE,
    )


def test_a_finite_verb_tagged_as_a_participle_keeps_its_subject(extractor):
    found = edges(
        extractor,
        "Le socialiste Jean Roux, quatrième avec 9 %, rejoint la liste de Claire Dumoulin.",
    )
    assert ("Jean Roux", "SUPPORTS", "Claire Dumoulin") in found


# --- a role finished by "sortant" is the name set off after it, not a gazetteer holder -------


def test_an_outgoing_mayor_with_a_name_set_off_is_that_person(extractor):
    found = edges(
        extractor, "Le maire PS sortant, Jacques Ferrand, soutient Claire Dumoulin.", PROBE_DATE
    )
    assert ("Jacques Ferrand", "SUPPORTS", "Claire Dumoulin") in found
    assert ("Jacques Ferrand", "MEMBER_OF", "Parti socialiste") in found
    assert {s for s, _, _ in found} == {"Jacques Ferrand"}


def test_an_outgoing_mayor_as_an_object_is_that_person(extractor):
    found = edges(
        extractor,
        "Paul Marchand a battu le maire PS sortant, Jacques Ferrand, soutenu par Claire "
        "Dumoulin.",
        PROBE_DATE,
    )
    assert {s for s, r, _ in found if r == "MEMBER_OF"} == {"Jacques Ferrand"}


# --- a clause opened by "si" states no stance now, whatever the parser made of "s'" ----------


def test_a_past_condition_or_concession_opened_by_si_is_no_stance(extractor):
    for text in (
        "Laurent Vasseur brigue la mairie. Et tant pis s'il avait appelé à voter pour Jean "
        "Morel à la dernière présidentielle.",
        "Marc Lenoir reste prudent. Même s'il avait rallié Anne Berthier lors de la précédente "
        "campagne, il garde ses distances.",
        "Claire Dumas vise la région. Peu importe si elle avait soutenu Paul Girard aux "
        "dernières municipales.",
        "Laurent Vasseur vise Pau. Même s'il avait soutenu Jean Morel en 2007, il reste libre.",
    ):
        found = edges(extractor, text, "2014-01-17")
        assert not {e for e in found if e[1] == "SUPPORTS"}, text


def test_a_concession_leaves_the_main_clause_asserted(extractor):
    assert ("Marc Lenoir", "SUPPORTS", "Anne Berthier") in edges(
        extractor, "Même s'il hésite encore sur la méthode, Marc Lenoir soutient Anne Berthier."
    )
    assert ("Claire Dumas", "SUPPORTS", "Paul Girard") in edges(
        extractor,
        "Même si elle regrette le calendrier, Claire Dumas appelle à voter pour Paul Girard.",
    )
    # the reflexive "s'" is not "si"
    assert ("Paul Girard", "SUPPORTS", "Anne Berthier") in edges(
        extractor, "Paul Girard s'est rallié à Anne Berthier."
    )
