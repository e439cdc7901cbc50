"""False edges from someone else's words, someone else's role or a name taken back, by family:
the speaker of "X … de Y : « … »" is X; a participle on "le candidat" describes that candidate,
not the clause's subject, and its agent is not what the subject votes for; a role finished by
a few more words or followed by a labelled second apposition is the name after it; a name the
speaker takes back ("UMP… pardon, RPR") names nobody; what a gerund adds is not the
denounced thing. Every test text is our own; each family has a trap that keeps its edge."""

from __future__ import annotations

from fixtures_extract import claim_triples


def edges(extractor, text: str, date: str = "2019-05-01") -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, date)


# --- the speaker of a quotation after a colon ---------------------------------------------


def test_the_subject_of_the_clause_speaks_after_the_colon_not_a_complement(extractor):
    found = edges(
        extractor,
        "Marc Leroy a aussitôt exclu tout rapprochement avec le parti de Claire Dumoulin : "
        "« Nous ne ferons jamais alliance avec le Rassemblement national. »",
    )
    assert ("Marc Leroy", "REJECTS", "Front national") in found
    assert ("Claire Dumoulin", "REJECTS", "Front national") not in found


def test_a_titled_subject_speaks_after_the_colon(extractor):
    found = edges(
        extractor,
        "Le député Marc Leroy avoue être tenté par la ligne de Paul Girard : « Sa ligne me "
        "plaît, mais je reste loyal à Claire Dumoulin. »",
    )
    assert ("Marc Leroy", "SUPPORTS", "Claire Dumoulin") in found
    assert ("Paul Girard", "SUPPORTS", "Claire Dumoulin") not in found


def test_a_name_opening_its_clause_still_speaks(extractor):
    found = edges(extractor, "Paul Girard : « Je soutiens Claire Dumoulin. »")
    assert ("Paul Girard", "SUPPORTS", "Claire Dumoulin") in found


# --- a participle on an unnamed or apposed person -----------------------------------------


def test_an_investiture_of_the_candidate_voted_for_is_not_the_voters(extractor):
    found = edges(
        extractor,
        "Le maire de Lagny, Paul Girard, annonce qu'il votera pour le candidat investi par le "
        "MoDem dans la 3e circonscription, Marc Leroy.",
    )
    assert ("Paul Girard", "MEMBER_OF", "Mouvement démocrate") not in found
    assert ("Paul Girard", "SUPPORTS", "Mouvement démocrate") not in found
    assert ("Marc Leroy", "MEMBER_OF", "Mouvement démocrate") in found


def test_the_agent_of_a_participle_on_the_object_is_not_the_object(extractor):
    found = edges(extractor, "Claire Dumoulin soutient la candidate investie par le PCF.")
    assert ("Claire Dumoulin", "SUPPORTS", "Parti communiste français") not in found


def test_participles_on_an_apposed_person_or_a_list_keep_their_reading(extractor):
    assert ("Paul Girard", "MEMBER_OF", "Parti socialiste") in edges(
        extractor, "Paul Girard, candidat investi par le PS, mène la liste."
    )
    assert ("Paul Girard", "SUPPORTS", "Claire Dumoulin") in edges(
        extractor, "Paul Girard soutient la liste conduite par Claire Dumoulin."
    )


# --- a role and the name set off after it -------------------------------------------------

BEFORE = "Paul Girard, maire PS de Lagny, présente sa liste. "


def test_a_role_finished_by_more_words_is_the_name_after_the_comma(extractor):
    found = edges(
        extractor,
        BEFORE + "Le député sortant LR de la 2e circonscription, Marc Leroy, dit « non merci ».",
    )
    assert ("Marc Leroy", "MEMBER_OF", "Les Républicains") in found
    assert ("Paul Girard", "MEMBER_OF", "Les Républicains") not in found


def test_a_labelled_second_apposition_names_the_first_description(extractor):
    found = edges(
        extractor,
        BEFORE + "Le candidat en question, le conseiller départemental LR Jean Roux, arrivé "
        "deuxième, dénonce « une trahison ».",
    )
    assert ("Jean Roux", "MEMBER_OF", "Les Républicains") in found
    assert ("Paul Girard", "MEMBER_OF", "Les Républicains") not in found


def test_a_role_of_someone_else_before_the_comma_stays_apart(extractor):
    # the place after the role is no name: "de Lagny" is not apposed, nobody else gets it
    found = edges(
        extractor,
        "La maire sortante, la socialiste Jeanne Martin, soutient Paul Girard.",
    )
    assert ("Jeanne Martin", "SUPPORTS", "Paul Girard") in found
    assert ("Jeanne Martin", "MEMBER_OF", "Parti socialiste") in found


# --- a name taken back ---------------------------------------------------------------------


def test_a_name_the_speaker_takes_back_names_nobody(extractor):
    found = edges(
        extractor,
        "Bernard Roux, le président UMP... pardon, RPR du conseil général, m'a écrit.",
    )
    assert ("Bernard Roux", "MEMBER_OF", "Les Républicains") not in found
    found = edges(extractor, "Claire Dumoulin soutient le PS, ou plutôt le PRG.")
    assert ("Claire Dumoulin", "SUPPORTS", "Parti socialiste") not in found
    assert ("Claire Dumoulin", "SUPPORTS", "Parti radical de gauche") in found


def test_a_preference_is_no_correction(extractor):
    found = edges(extractor, "Claire Dumoulin soutient le PS, plutôt que le PRG.")
    assert ("Claire Dumoulin", "SUPPORTS", "Parti socialiste") in found


# --- the owner of a denounced thing --------------------------------------------------------


def test_what_a_gerund_adds_is_not_the_denounced_thing(extractor):
    found = edges(
        extractor,
        "Claire Dumoulin a désavoué le maire en annonçant soutenir les candidats de l'alliance "
        "fondée par le PS et le PCF.",
    )
    assert not {e for e in found if e[1] == "REJECTS"}, found


def test_the_owner_inside_the_denounced_thing_stays(extractor):
    assert ("Paul Girard", "REJECTS", "Claire Dumoulin") in edges(
        extractor, "Paul Girard dénonce le revenu universel défendu par Claire Dumoulin."
    )
    assert ("Paul Girard", "REJECTS", "Claire Dumoulin") in edges(
        extractor, "Paul Girard fustige la purge orchestrée par Claire Dumoulin au sein du parti."
    )


# --- some members of a party are not the party ---------------------------------------------


def test_some_members_of_a_party_do_not_speak_for_it(extractor):
    for text in (
        "Paul Girard peut compter sur des élus PS, qui se sont ralliés à sa cause.",
        "Plusieurs députés LR soutiennent Paul Girard.",
        "Certains militants socialistes ont rejoint Paul Girard.",
        "Des élus socialistes ont rejoint Paul Girard.",
    ):
        found = edges(extractor, text)
        assert not {e for e in found if "Paul Girard" in e and e[1] == "SUPPORTS"}, (text, found)


def test_a_restrictive_relative_picks_out_some_members(extractor):
    found = edges(
        extractor,
        "Il ne présentera pas de candidat contre les députés LR qui refusent l'accord avec le "
        "RN.",
    )
    assert ("Les Républicains", "REJECTS", "Front national") not in found


def test_some_members_looking_elsewhere_are_a_party_tempted(extractor):
    assert ("Parti socialiste", "TEMPTED_BY", "Paul Girard") in edges(
        extractor, "Certains au PS sont tentés de rejoindre Paul Girard."
    )


def test_a_party_group_as_a_whole_still_speaks_for_it(extractor):
    assert ("Parti socialiste", "SUPPORTS", "Paul Girard") in edges(
        extractor, "Les élus PS soutiennent Paul Girard."
    )
    assert ("Parti socialiste", "SUPPORTS", "Paul Girard") in edges(
        extractor, "Paul Girard peut compter sur les élus socialistes."
    )
    # a relative set off by commas describes them all
    assert ("Les Républicains", "SUPPORTS", "Paul Girard") in edges(
        extractor,
        "Les députés LR, qui refusent l'accord avec le RN, soutiennent Paul Girard.",
    )


# --- a role inside someone else's noun phrase ----------------------------------------------


def test_a_role_after_de_la_inside_a_noun_phrase_is_someone_elses(extractor):
    for text in (
        "Interrogé sur un possible retrait de la candidate RN au profit de la droite, Paul "
        "Girard a été catégorique.",
        "Il a rencontré le fils de la maire socialiste, Paul Girard.",
        "Après la démission de la députée LR de la circonscription, Paul Girard se présente.",
    ):
        found = edges(extractor, text)
        assert not {e for e in found if e[0] == "Paul Girard" and e[1] == "MEMBER_OF"}, found


def test_a_role_after_de_la_carried_by_support_is_the_names(extractor):
    assert ("Claire Dumoulin", "MEMBER_OF", "Parti communiste français") in edges(
        extractor, "Il a reçu le soutien de la secrétaire départementale du PCF, Claire Dumoulin."
    )
