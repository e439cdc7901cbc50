"""Stances whose two ends no single sentence names (sixteenth session, x16-cross).

Four ways news tells a stance across sentences, all lost on the session's base (668da69):

* the quotation's doer is a subject « il » / « elle » standing for the person the sentence
  before is about: « Elle a trahi ses électeurs », a lancé Y. It is bound, like a stressed
  pronoun inside a quotation already was, to the one person other than the speaker named in
  the quotation before it or outside quotations in its sentence or the one before, gender
  agreeing; with two candidates, or a gender no candidate has, it stays unbound (so do
  « Lui seul … » / « Elle seule … », and « X seul(e) peut … » is praise);
* the speaker of an incise set off from its verb by an adjunct of a thing or by commas:
  « … », a déclaré à la presse Y; « … », tranche, dans un communiqué diffusé lundi, Y; « … »,
  a lancé, mardi, le conseiller municipal Y. A name after a preposition whose noun is a person
  (« a lancé à la ministre X ») or right after the preposition is the one spoken to or about,
  never the speaker;
* the names listed after a sentence-opening place in someone's camp: « À ses côtés, on
  retrouve A et B », « Dans son équipe figurent A et B », « Autour d'elle, A, B et C »: each
  supports the one person of the sentence before (a stressed pronoun's gender agreeing);
  never when the sentence is negated or in the past, or the owner could be a party or one of
  two persons;
* « le centriste », « la centriste » standing for the one person the article labelled with
  that family word inside a role (« la tête de liste centriste, X »), not only right before
  the name; two such persons, or one of a centrist party besides, leave it unbound.

Sentences of our own, invented names; every case marked as failing gave nothing on the base.
"""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples


def stances(extractor, text: str, date: str = "2026-03-02") -> set[tuple[str, str, str]]:
    """Every claim but memberships (the labels the sentences give are not under test)."""
    return {e for e in claim_triples(extractor, text, date) if e[1] != "MEMBER_OF"}


# Failing on the base: the quotation's subject pronoun was never bound.
QUOTED_PRONOUN = [
    (
        "À Lormont, la maire sortante Claire Voisin a fusionné sa liste avec celle de la droite. "
        "« Elle a trahi ses électeurs pour deux postes d'adjoint », a lancé mardi le conseiller "
        "municipal Bertrand Quillet.",
        ("Bertrand Quillet", "REJECTS", "Claire Voisin"),
    ),
    (
        "Le député Armand Touvenel a voté la motion de censure avec l'opposition. Bertrand "
        "Quillet, président du groupe, ne décolère pas : « Il a pactisé avec nos adversaires, "
        "c'est une faute. »",
        ("Bertrand Quillet", "REJECTS", "Armand Touvenel"),
    ),
    (
        "Dans la course à la présidence du département, le sénateur Armand Touvenel a reçu "
        "l'appui inattendu de l'UDI. « Il est l'homme de la situation », a estimé Odile Farge "
        "(UDI), qui préside le groupe centriste.",
        ("Odile Farge", "SUPPORTS", "Armand Touvenel"),
    ),
    (
        "Solène Marquet-Daudé a présenté samedi sa liste pour les municipales de Bréville. "
        "Gaspard Lemerle, son ancien adjoint, n'a pas de mots assez durs : « Elle a menti aux "
        "habitants pendant six ans. »",
        ("Gaspard Lemerle", "REJECTS", "Solène Marquet-Daudé"),
    ),
    (
        "Claire Voisin a déposé sa motion pour le congrès de Tours. « Elle seule peut "
        "réconcilier le parti avec les classes populaires », assure le conseiller général "
        "Bertrand Quillet.",
        ("Bertrand Quillet", "SUPPORTS", "Claire Voisin"),
    ),
    (
        "Armand Touvenel brigue la présidence de la fédération. « Lui seul saura remettre la "
        "maison en ordre », estime Odile Farge, qui anime la section de Lavaur.",
        ("Odile Farge", "SUPPORTS", "Armand Touvenel"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), QUOTED_PRONOUN)
def test_a_quoted_subject_pronoun_is_the_one_person_before(extractor, text, edge):
    assert edge in stances(extractor, text)


# Traps: two persons of that gender, none of that gender, a question, an impersonal « il »,
# a negation, a quotation relayed from someone else.
QUOTED_PRONOUN_TRAPS = [
    "Armand Touvenel et Paul Ferrand briguent la mairie. « Il a trahi ses électeurs », a lancé "
    "Bertrand Quillet.",
    "Claire Voisin brigue la mairie. « Il a trahi ses électeurs », a lancé Bertrand Quillet.",
    "Armand Touvenel brigue la mairie. « A-t-il trahi ses électeurs ? », s'interroge Bertrand "
    "Quillet.",
    "Armand Touvenel brigue la mairie. « Il faut dénoncer cette trahison », a lancé Bertrand "
    "Quillet.",
    "Armand Touvenel brigue la mairie. « Il n'a pas trahi ses électeurs », a assuré Bertrand "
    "Quillet.",
    "Armand Touvenel brigue la mairie, face à Paul Ferrand. « Il a trahi ses électeurs », a "
    "répondu Bertrand Quillet à Paul Ferrand.",
    "Armand Touvenel brigue la mairie. Bertrand Quillet a cité Paul Ferrand : « Il a trahi ses "
    "électeurs. »",
    "Armand Touvenel et Paul Ferrand briguent la présidence du parti. « Lui seul saura remettre "
    "la maison en ordre », estime Bertrand Quillet.",
    "Armand Touvenel brigue la présidence du parti. « Lui seul pourra nous faire perdre », "
    "estime Bertrand Quillet.",
]


@pytest.mark.parametrize("text", QUOTED_PRONOUN_TRAPS)
def test_a_quoted_pronoun_with_no_single_antecedent_gives_nothing(extractor, text):
    assert not any(e[0] == "Bertrand Quillet" for e in stances(extractor, text))


def test_an_ironic_quotation_is_no_support(extractor):
    text = (
        "Armand Touvenel brigue la mairie. « Il est l'homme de la situation, bien sûr », a "
        "ironisé Bertrand Quillet."
    )
    assert ("Bertrand Quillet", "SUPPORTS", "Armand Touvenel") not in stances(extractor, text)


# Failing on the base: the speaker past an adjunct of a thing, or set off by commas.
SPEAKER_PAST_ADJUNCT = [
    (
        "« Armand Touvenel a trahi ses électeurs », tranche, dans un communiqué diffusé lundi "
        "soir, Odile Farge, secrétaire de la section locale.",
        ("Odile Farge", "REJECTS", "Armand Touvenel"),
    ),
    (
        "« Armand Touvenel est le meilleur candidat », a assuré son premier soutien, le "
        "conseiller régional Bertrand Quillet.",
        ("Bertrand Quillet", "SUPPORTS", "Armand Touvenel"),
    ),
    (
        "« Armand Touvenel a trahi ses électeurs », a déclaré à la presse le directeur de "
        "campagne, Bertrand Quillet.",
        ("Bertrand Quillet", "REJECTS", "Armand Touvenel"),
    ),
    (
        "« Armand Touvenel a trahi ses électeurs », a déclaré à la presse Bertrand Quillet.",
        ("Bertrand Quillet", "REJECTS", "Armand Touvenel"),
    ),
    (
        "« Armand Touvenel a trahi ses électeurs », estime, dans un entretien au Courrier de "
        "l'Ouest, Bertrand Quillet.",
        ("Bertrand Quillet", "REJECTS", "Armand Touvenel"),
    ),
    (
        "« Armand Touvenel a trahi ses électeurs », a lancé, mardi, le conseiller municipal "
        "Bertrand Quillet.",
        ("Bertrand Quillet", "REJECTS", "Armand Touvenel"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), SPEAKER_PAST_ADJUNCT)
def test_speaker_past_an_adjunct_of_a_thing(extractor, text, edge):
    assert edge in stances(extractor, text)


# Traps: the name after a preposition, or after a noun of a person, is spoken to or about.
SPOKEN_TO_OR_ABOUT = [
    "« Armand Touvenel a trahi ses électeurs », a lancé à la ministre Claire Voisin le député "
    "Paul Ferrand.",
    "« Armand Touvenel a trahi ses électeurs », a écrit dans une lettre à Claire Voisin le "
    "député Paul Ferrand.",
    "« Armand Touvenel a trahi ses électeurs », a confié, à propos de Claire Voisin, le député "
    "Paul Ferrand.",
    "« Armand Touvenel a trahi ses électeurs », a déclaré à la presse, aux côtés de Claire "
    "Voisin, le député Paul Ferrand.",
    "« Armand Touvenel a trahi ses électeurs », a lancé au maire Claire Voisin.",
    "« Armand Touvenel a trahi ses électeurs », a répondu, dans la salle, la militante, à "
    "Claire Voisin.",
]


@pytest.mark.parametrize("text", SPOKEN_TO_OR_ABOUT)
def test_the_one_spoken_to_or_about_is_no_speaker(extractor, text):
    assert not any(e[0] == "Claire Voisin" for e in stances(extractor, text))


# Failing on the base: a sentence opening on a place in someone's camp, then the names.
CAMP_PLACE = [
    (
        "La conseillère régionale Claire Voisin conduira la liste de la gauche à Bréville. À "
        "ses côtés, on retrouve l'ancien adjoint Bertrand Quillet et la syndicaliste Odile Farge.",
        {"Bertrand Quillet", "Odile Farge"},
    ),
    (
        "Armand Touvenel a lancé samedi sa campagne pour la mairie. Dans son équipe figurent "
        "Gaspard Lemerle, Bertrand Quillet et Solène Marquet-Daudé.",
        {"Gaspard Lemerle", "Bertrand Quillet", "Solène Marquet-Daudé"},
    ),
    (
        "Claire Voisin a déposé mardi sa candidature en préfecture. Autour d'elle, Gaspard "
        "Lemerle, Bertrand Quillet et la militante Odile Farge.",
        {"Gaspard Lemerle", "Bertrand Quillet", "Odile Farge"},
    ),
    (
        "Après des semaines d'hésitation, Armand Touvenel brigue un troisième mandat. Sur sa "
        "liste figurent notamment Bertrand Quillet et Odile Farge.",
        {"Bertrand Quillet", "Odile Farge"},
    ),
    (
        "Claire Voisin mène la bataille de la métropole. Dans son entourage, on compte Bertrand "
        "Quillet, ancien conseiller municipal, et Gaspard Lemerle.",
        {"Bertrand Quillet", "Gaspard Lemerle"},
    ),
]


@pytest.mark.parametrize(("text", "allies"), CAMP_PLACE)
def test_names_after_a_place_in_a_camp_support_the_one_person_before(extractor, text, allies):
    found = stances(extractor, text)
    owner = "Claire Voisin" if "Claire Voisin" in text else "Armand Touvenel"
    for name in allies:
        assert (name, "SUPPORTS", owner) in found, (name, found)


# Traps: the other side, a pronoun of the other gender, a camp of the past or negated, two
# possible owners, a party's list, a name that opens a clause of its own.
CAMP_PLACE_TRAPS = [
    "Claire Voisin brigue la mairie. En face d'elle, on trouve Bertrand Quillet et Armand "
    "Touvenel.",
    "Claire Voisin brigue la mairie. Autour de lui, Bertrand Quillet et Armand Touvenel.",
    "Claire Voisin brigue la mairie. À ses côtés, on trouvait hier encore Bertrand Quillet.",
    "Claire Voisin brigue la mairie. À ses côtés, on trouvait Bertrand Quillet.",
    "Claire Voisin brigue la mairie. À ses côtés, on ne trouve plus Bertrand Quillet.",
    "Claire Voisin et Solène Marquet briguent la mairie. À ses côtés, on trouve Bertrand Quillet.",
    "Le PS, dirigé par Claire Voisin, a présenté sa liste. Sur sa liste figurent Bertrand "
    "Quillet et Armand Touvenel.",
    "Claire Voisin brigue la mairie. À ses côtés, Bertrand Quillet a dénoncé une trahison.",
]


@pytest.mark.parametrize("text", CAMP_PLACE_TRAPS)
def test_a_place_in_a_camp_with_no_single_owner_or_present_gives_nothing(extractor, text):
    assert not any(e[1] == "SUPPORTS" for e in stances(extractor, text))


# Failing on the base: « le centriste » takes up a person the article labelled with the family
# word inside a role (« la tête de liste centriste, X », « X, élue centriste »); only a party's
# own adjective (« socialiste ») did.
CENTRIST = [
    (
        "À Montbrun, la tête de liste centriste, Bertrand Quillet, a fusionné avec la gauche. « Il "
        "a vendu ses électeurs pour trois délégations », a fustigé le maire sortant, Armand "
        "Touvenel.",
        ("Armand Touvenel", "REJECTS", "Bertrand Quillet"),
    ),
    (
        "Bertrand Quillet, tête de liste centriste, a fusionné avec la gauche. Odile Farge s'en "
        "est prise au centriste : « Il a vendu ses électeurs. »",
        ("Odile Farge", "REJECTS", "Bertrand Quillet"),
    ),
    (
        "Claire Voisin, la conseillère municipale centriste, a rallié la liste du maire. Armand "
        "Touvenel a vivement critiqué la centriste.",
        ("Armand Touvenel", "REJECTS", "Claire Voisin"),
    ),
    (
        "Odile Farge, élue centriste, a voté le budget de la majorité. Armand Touvenel a "
        "vivement critiqué la centriste.",
        ("Armand Touvenel", "REJECTS", "Odile Farge"),
    ),
    (
        "À Vernouillet, le candidat centriste, Bertrand Quillet, a choisi de se maintenir. Le "
        "maire sortant Armand Touvenel a appelé à voter contre le centriste.",
        ("Armand Touvenel", "REJECTS", "Bertrand Quillet"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), CENTRIST)
def test_the_centrist_is_the_one_person_labelled_so(extractor, text, edge):
    assert edge in stances(extractor, text)


# Traps: two persons labelled centrist (the base took the one written « le conseiller centriste
# X »), the other gender, a centrist besides a person of a centrist party.
CENTRIST_TRAPS = [
    "La tête de liste centriste, Bertrand Quillet, et le conseiller centriste Paul Ferrand ont "
    "fusionné avec la gauche. Odile Farge a critiqué le centriste.",
    "La tête de liste centriste, Bertrand Quillet, a fusionné avec la gauche. Odile Farge a "
    "critiqué la centriste.",
    "La tête de liste centriste, Bertrand Quillet, a fusionné avec la gauche, contre l'avis de "
    "Paul Ferrand (UDI). Odile Farge a critiqué le centriste.",
]


@pytest.mark.parametrize("text", CENTRIST_TRAPS)
def test_the_centrist_with_no_single_candidate_is_nobody(extractor, text):
    assert not any(e[0] == "Odile Farge" for e in stances(extractor, text))
