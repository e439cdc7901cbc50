"""Support, alliances and argument finding, eighth round: mechanisms that do not depend on the
cue's wording, each with phrasings of our own and traps that must give no edge.

Precision (false edges traced to their mechanism):
- "il" after a clause fronted before it is a person, not an impersonal "il est … de"; a bound
  subject pronoun is its sentence's subject when the next pronoun looks for an antecedent.
- a verb cue's participle that the tagger took for a noun ("quand X a milité pour …") has no
  addressee before it; a clitic in an infinitive after a verb of asking is the one who asks,
  whatever the parser hung the infinitive on.
- a party label with a complement set off before a name ("du député LR de la circonscription
  voisine, X") is X, never the party's one person named earlier; a name that completes the
  noun of a description ("des proches du MoDem de X") is never that description's holder.

Recall (argument finding, shared by every cue):
- subjects listed with a description each ("l'ancienne ministre A, l'ancien député B et C ont
  rallié Z"), or an aside each ("A, tête de liste LR, et B, qui conduisait …, ont …");
- a party labelling a singular role before a name set off after it ("la sortante Ensemble
  d'une circonscription voisine, X, vient soutenir Y") is that name, never the party;
- the giver of a support noun past a graded adjective ("le soutien très clair de X").

Cue families: pacts sealed or announced together ("ont annoncé la fusion de leurs listes",
"a scellé l'union avec Y", "a bouclé son accord avec Y"), standing on someone's list ("figure
en huitième position sur la liste conduite par Y"), taking someone onto one's list ("a
accueilli sur sa liste Y": Y backs the head of the list).
"""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples


def edges(extractor, text: str, relation: str = "SUPPORTS") -> set[tuple[str, str]]:
    return {(s, o) for s, r, o in claim_triples(extractor, text, "2015-03-01") if r == relation}


# --- precision -------------------------------------------------------------------------------


def test_a_pronoun_after_a_fronted_clause_is_the_person_before(extractor):
    text = (
        "Paul Girard a remporté la primaire des écologistes. Candidat malheureux aux "
        "régionales, projet abandonné depuis, il est resté proche de Marc Dubois. Il est aussi "
        "soutenu par Jean Roux."
    )
    found = edges(extractor, text)
    assert ("Jean Roux", "Paul Girard") in found
    assert ("Jean Roux", "Marc Dubois") not in found


def test_an_impersonal_il_stays_impersonal(extractor):
    text = (
        "Paul Girard a remporté la primaire. Il est difficile de dire si Marc Dubois le "
        "soutiendra. Il est aussi soutenu par Jean Roux."
    )
    assert ("Jean Roux", "Marc Dubois") not in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Marc Dubois a dû gérer une crise au Nouveau Centre, quand le député Paul Girard a "
        "milité pour son départ.",
        "Anne Roux a connu des remous au MoDem, lorsque son adjoint Paul Girard a milité pour "
        "sa démission.",
        "Claire Fontaine a affronté la fronde au PS, quand Paul Girard a milité pour un "
        "congrès anticipé.",
    ],
)
def test_a_participle_taken_for_a_noun_has_no_addressee_before_it(extractor, text):
    found = edges(extractor, text)
    assert not any(o in {"Nouveau Centre", "Mouvement démocrate", "Parti socialiste"}
                   for _, o in found)


@pytest.mark.parametrize(
    "text",
    [
        "Le maire sortant Jean Roux a perdu sa majorité. Quant au candidat socialiste, Marc "
        "Dubois, il a proposé aux élus de droite « qui refusent cette dérive » de le rejoindre.",
        "Jean Roux a perdu sa majorité. Marc Dubois a demandé aux conseillers, qui hésitent "
        "encore, de le rejoindre sur sa liste.",
        "Jean Roux a perdu sa majorité. Marc Dubois a suggéré aux militants de droite, « las "
        "des querelles », de le rallier.",
    ],
)
def test_a_clitic_after_a_verb_of_asking_is_the_one_who_asks(extractor, text):
    assert ("Marc Dubois", "Jean Roux") not in edges(extractor, text)


def test_a_labelled_role_with_a_complement_is_the_name_set_off_after_it(extractor):
    text = (
        "Le conseil a voté contre Marc Dubois, qui veut accueillir des proches de Jean Roux, "
        "député LR. Marc Dubois affirme avoir reçu le soutien du député LR de la circonscription "
        "voisine, Paul Girard, ce que son entourage confirme."
    )
    found = edges(extractor, text)
    assert ("Paul Girard", "Marc Dubois") in found
    assert ("Jean Roux", "Marc Dubois") not in found


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Marc Dubois accueillera sur sa liste des personnalités proches du MoDem de Jean Roux.",
         "Jean Roux"),
        ("Il recrute des militants fidèles au parti de Claire Fontaine.", "Claire Fontaine"),
        ("La liste compte des élus proches de l'équipe d'Anne Roux.", "Anne Roux"),
    ],
)
def test_a_name_completing_a_description_is_not_its_holder(extractor, text, holder):
    assert not any(s == holder for s, _ in edges(extractor, text))


# --- subjects listed with their descriptions ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "Au MoDem, on souligne que l'ancienne ministre de la Santé Anne Roux, l'ancien "
            "ministre du Budget Paul Girard, et la députée Julie Morel ont déjà apporté leur "
            "soutien à Claire Fontaine.",
            {"Anne Roux", "Paul Girard", "Julie Morel"},
        ),
        (
            "La sénatrice Anne Roux, l'ancien ministre du Budget Paul Girard et la députée PS "
            "Julie Morel ont rallié Claire Fontaine.",
            {"Anne Roux", "Paul Girard", "Julie Morel"},
        ),
        (
            "Jean Roux, maire de Nîmes, et Anne Roux, qui a perdu la primaire, ont rallié "
            "Claire Fontaine.",
            {"Jean Roux", "Anne Roux"},
        ),
        (
            "L'ancien proche de Jean Martin, Marc Dubois, et la sénatrice Anne Roux ont "
            "rallié Claire Fontaine.",
            {"Marc Dubois", "Anne Roux"},
        ),
    ],
)
def test_every_name_of_a_described_list_is_a_subject(extractor, text, subjects):
    found = edges(extractor, text)
    assert {(s, "Claire Fontaine") for s in subjects} <= found


@pytest.mark.parametrize(
    ("text", "stranger"),
    [
        ("La sénatrice Anne Roux, l'ancien proche de Jean Martin et la députée Julie Morel ont "
         "rallié Claire Fontaine.", "Jean Martin"),
        ("Jean Roux, rival de Marc Dubois, et Anne Roux ont rallié Claire Fontaine.",
         "Marc Dubois"),
    ],
)
def test_a_name_completing_a_listed_noun_is_no_subject(extractor, text, stranger):
    assert (stranger, "Claire Fontaine") not in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Mercredi, la sortante Ensemble d'une circonscription voisine, Anne Roux, vient "
        "soutenir le candidat de la majorité, Jean Roux.",
        "Jeudi, le député LR de la circonscription voisine, Paul Girard, a rallié Jean Roux.",
        "Hier, la conseillère régionale MoDem du canton, Anne Roux, est venue soutenir Jean "
        "Roux.",
    ],
)
def test_a_party_labelling_a_role_before_a_name_is_that_name(extractor, text):
    found = edges(extractor, text)
    assert any(o == "Jean Roux" and s in {"Anne Roux", "Paul Girard"} for s, o in found)
    assert not any(
        s in {"En Marche", "Les Républicains", "Mouvement démocrate"} for s, _ in found
    )


def test_a_party_labelling_an_unnamed_role_is_no_subject(extractor):
    text = "Le conseiller régional LR a rallié Jean Roux."
    assert ("Les Républicains", "Jean Roux") not in edges(extractor, text)


# --- the giver of a support noun ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Marc Dubois a reçu le soutien très clair de Claire Fontaine, candidate écologiste.",
        "Marc Dubois a enfin obtenu l'appui plutôt discret de Claire Fontaine.",
        "Marc Dubois a obtenu le soutien bien tardif de Claire Fontaine.",
    ],
)
def test_a_graded_adjective_before_the_giver(extractor, text):
    assert ("Claire Fontaine", "Marc Dubois") in edges(extractor, text)


def test_a_support_not_received_is_no_support(extractor):
    text = "Marc Dubois n'a pas reçu le soutien très clair de Claire Fontaine."
    assert ("Claire Fontaine", "Marc Dubois") not in edges(extractor, text)


# --- pacts ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Jean Roux, tête de liste LR, et Marc Dubois, qui conduisait la liste centriste, ont "
        "annoncé la fusion de leurs listes pour le second tour.",
        "Jean Roux et Marc Dubois ont officialisé leur alliance lundi soir.",
        "Dans la nuit, Jean Roux et Marc Dubois ont scellé leur accord.",
    ],
)
def test_a_pact_announced_together_binds_both(extractor, text):
    found = edges(extractor, text)
    assert {("Jean Roux", "Marc Dubois"), ("Marc Dubois", "Jean Roux")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Claire Fontaine a scellé l'union avec la liste socialiste de l'ancien adjoint, Marc "
        "Dubois.",
        "Claire Fontaine a bouclé son accord avec Marc Dubois dès lundi.",
        "Claire Fontaine a finalisé une alliance avec Marc Dubois pour le second tour.",
    ],
)
def test_a_pact_sealed_with_a_partner(extractor, text):
    found = edges(extractor, text)
    assert {("Claire Fontaine", "Marc Dubois"), ("Marc Dubois", "Claire Fontaine")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Jean Roux a annoncé qu'il refusait toute alliance avec Marc Dubois.",
        "Jean Roux et Marc Dubois n'ont pas officialisé leur alliance.",
        "Jean Roux voudrait sceller l'union avec Marc Dubois.",
    ],
)
def test_a_pact_refused_denied_or_wished_binds_no_partner(extractor, text):
    assert ("Marc Dubois", "Jean Roux") not in edges(extractor, text)


# --- lists ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Anne Roux figure en huitième position sur la liste conduite par Jean Roux.",
        "Anne Roux sera candidate sur la liste de Jean Roux aux municipales.",
        "Anne Roux apparaît sur la liste menée par Jean Roux.",
    ],
)
def test_standing_on_someones_list_supports_its_head(extractor, text):
    assert ("Anne Roux", "Jean Roux") in edges(extractor, text)


def test_not_standing_on_a_list_is_no_support(extractor):
    text = "Anne Roux ne figure pas sur la liste de Jean Roux."
    assert ("Anne Roux", "Jean Roux") not in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Le maire sortant, Jean Roux, a accueilli sur sa liste la candidate du MoDem, Anne "
        "Roux, après un premier tour décevant.",
        "Jean Roux intègre Anne Roux à son équipe municipale.",
        "Jean Roux a recruté Anne Roux sur sa liste.",
    ],
)
def test_the_one_taken_onto_a_list_backs_its_head(extractor, text):
    found = edges(extractor, text)
    assert ("Anne Roux", "Jean Roux") in found
    assert ("Jean Roux", "Anne Roux") not in found


def test_a_place_refused_on_a_list_is_no_support(extractor):
    text = "Jean Roux refuse d'accueillir Anne Roux sur sa liste."
    assert ("Anne Roux", "Jean Roux") not in edges(extractor, text)
