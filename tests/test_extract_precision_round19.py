"""False edges on our own traps (round 19, fourteenth session).

Each family below was found by probing with sentences of our own and checked to give the
false edge on main (6676118) before its fix.

- A passive agent given as a role with a party complement, then an apposed name: « la main
  tendue par le candidat du PCF, X », « soutenue par la tête de liste du PS, X » read X as
  the object of an active verb (the subject invited or supported X), while « par le maire,
  X » and « par X » were read right: the walk back from the comma to the « par » that opens
  the agent's description stopped at the party's name (``rules._agent_before_apposition``
  now walks over a party's words, ``Context.party_word``).
- A role in a party's « dont » relative whose title names another party: « Le PS, dont la
  candidate PCF, X, … » gave X MEMBER_OF PS as well as PCF. The guard that already read « la
  candidate communiste » missed a party named inside the role mention (``at`` gives the role
  there, not the party): ``descriptions._party_relative`` and ``_whose_role`` now ask
  ``Context.party_word``.
- A role with a party label read back as the label of the name it is resolved to: « Le
  départ de X, battu par le candidat RN, … », « X, félicitée par la députée PS, … » gave X
  MEMBER_OF the party: « le candidat RN » looked for the one RN person named before it, and
  X qualified through the very label « RN » after X's name. A description being resolved is
  no label of the names it may stand for (``context.party_of_mention``, ``before``).
- A « son » inside a speaker's quotation owned by the speaker: « X a déclaré : « Je regrette
  que son porte-parole, Y, … » » gave Y SPOKESPERSON_OF X (the quotation's « je », bound to
  X, was the closest person before « son »). A speaker says « mon » of his own: in a quotation
  where he says « je », only a third person the quotation names can own the noun
  (``descriptions._possessed``); a quoted fragment in the writer's voice keeps the reading.
- A departure for reasons of one's own read as a rejection: « X a quitté le gouvernement de Y
  pour raisons de santé », « Atteint par la limite d'âge, X a quitté le gouvernement de Y »
  gave X REJECTS Y. A verb of leaving in a sentence that gives a health, family or age reason
  (the ontology's ``personal_reasons``) pairs nothing (``rules._personal_departure``);
  « pour protester contre » and a bare departure still reject.
- A party's leadership in apposition to a name that completes a person noun: « Le bras droit
  de X, candidat à la présidence du PS, … », « L'épouse de X, élue à la tête du MoDem, … »
  gave X MEMBER_OF the party; the apposition describes the right hand, the wife. The race
  rule already knew it (``affiliation.completes_a_noun``, now public); the leadership rule
  (``descriptions._leadership``) now asks it too, for an apposition after a comma.
- A party office bound to a gazetteer person who holds another body's office: « X,
  conseiller de la présidente du PS, … », « a rencontré la présidente du PS » bound « la
  présidente du PS » to a PS member the gazetteer records as a region's president, and gave
  her MEMBER_OF PS though the article never names her. A description with a party and no
  other qualifier now matches a recorded role only if that role is the party's own
  (``roles._role_matches``); « la présidente socialiste de la région … » still matches.
- A quotation relayed by someone else given to the one relaying it: « X a cité Y : « Je
  soutiens Z » », « X rapporte les propos de Y : … », « X a lu une lettre de Y : … » gave X
  SUPPORTS Z. A verb of relaying (``relay_verbs``), or a noun of words followed by the person
  (``relay_nouns``), before the colon hands the quotation to the person named right before
  it, or to nobody (``quotes._relayed``); « X a publié un message : … » stays X's.

Every sentence is our own; the names are invented.
"""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples


def edges(extractor, text: str) -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, "2026-03-10")


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Odile Farge a refusé la main tendue par le candidat du PCF, Bertrand Quillet.",
            ("Bertrand Quillet", "INVITED_TO_RALLY", "Odile Farge"),
        ),
        (
            "Odile Farge a été soutenue par la tête de liste du PS, Bertrand Quillet.",
            ("Bertrand Quillet", "SUPPORTS", "Odile Farge"),
        ),
        (
            "Claire Voisin est soutenue depuis janvier par le député du MoDem, Armand Touvenel.",
            ("Armand Touvenel", "SUPPORTS", "Claire Voisin"),
        ),
        (
            "Odile Farge a ignoré la main tendue par la secrétaire nationale d'EELV, Claire "
            "Voisin.",
            ("Claire Voisin", "INVITED_TO_RALLY", "Odile Farge"),
        ),
        (
            "Armand Touvenel, soutenu par le maire LR, Bertrand Quillet, fait campagne.",
            ("Bertrand Quillet", "SUPPORTS", "Armand Touvenel"),
        ),
    ],
)
def test_an_agent_described_with_a_party_acts(extractor, text, edge):
    found = edges(extractor, text)
    assert edge in found
    assert (edge[2], edge[1], edge[0]) not in found


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Odile Farge soutient le candidat du PCF, Bertrand Quillet.",
            ("Odile Farge", "SUPPORTS", "Bertrand Quillet"),
        ),
        (
            "Odile Farge a refusé la main tendue par le maire, Bertrand Quillet.",
            ("Bertrand Quillet", "INVITED_TO_RALLY", "Odile Farge"),
        ),
        (
            "Odile Farge a été désavouée par le président du groupe RN, Bertrand Quillet.",
            ("Bertrand Quillet", "REJECTS", "Odile Farge"),
        ),
    ],
)
def test_an_active_object_and_a_plain_agent_are_still_read(extractor, text, edge):
    assert edge in edges(extractor, text)


@pytest.mark.parametrize(
    ("text", "own", "other"),
    [
        (
            "Le PS, dont la candidate PCF, Odile Farge, a rejoint la liste, se félicite.",
            "Parti communiste français",
            "Parti socialiste",
        ),
        (
            "Les Républicains, dont le candidat UDI, Bertrand Quillet, porte les couleurs, "
            "espèrent l'emporter.",
            "Union des démocrates et indépendants",
            "Les Républicains",
        ),
        (
            "Le MoDem, dont la tête de liste EELV, Claire Voisin, a été désignée hier, s'engage.",
            "Europe Écologie Les Verts",
            "Mouvement démocrate",
        ),
        (
            "Le PS, dont le candidat du PRG, Armand Touvenel, mène la liste, se réjouit.",
            "Parti radical de gauche",
            "Parti socialiste",
        ),
    ],
)
def test_a_whose_role_naming_another_party_is_no_tie_to_the_antecedent(extractor, text, own, other):
    found = edges(extractor, text)
    person = next(e[0] for e in found if e[1] == "MEMBER_OF")
    assert (person, "MEMBER_OF", own) in found
    assert (person, "MEMBER_OF", other) not in found


def test_a_whose_role_with_no_party_of_its_own_is_still_a_tie(extractor):
    text = "Le PS, dont la candidate, Odile Farge, a rejoint la liste, se félicite."
    assert ("Odile Farge", "MEMBER_OF", "Parti socialiste") in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Le départ de Bertrand Quillet, battu par le candidat RN, a surpris ses proches.",
        "Le retrait de Bertrand Quillet, attaqué par le candidat RN, a surpris ses proches.",
        "La chute d'Odile Farge, battue par la candidate LR, étonne.",
        "Claire Voisin, félicitée par la députée PS, a remercié ses électeurs.",
        "Armand Touvenel, interpellé par le candidat EELV, a répondu.",
        "Bertrand Quillet, rejoint par le sénateur LR, a tenu meeting.",
    ],
)
def test_a_party_role_after_a_name_is_not_that_names_label(extractor, text):
    assert not {e for e in edges(extractor, text) if e[1] == "MEMBER_OF"}


@pytest.mark.parametrize(
    "text",
    [
        "Bertrand Quillet, le candidat RN, a tenu meeting.",
        "Bertrand Quillet, candidat RN, a tenu meeting. Le candidat RN a été applaudi.",
    ],
)
def test_a_party_role_apposed_to_a_name_is_still_its_label(extractor, text):
    assert ("Bertrand Quillet", "MEMBER_OF", "Front national") in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Bertrand Quillet a déclaré : « Je regrette que son porte-parole, Odile Farge, ait "
        "parlé trop vite. »",
        "« Je ne comprends pas que son bras droit Claire Voisin se taise », a lancé Armand "
        "Touvenel.",
        "Odile Farge l'affirme : « J'ai du respect pour son lieutenant, Bertrand Quillet. »",
        "« Je trouve que son porte-parole Armand Touvenel exagère », juge Claire Voisin devant "
        "la presse.",
    ],
)
def test_a_speakers_son_is_not_his_own(extractor, text):
    assert not edges(extractor, text)


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Bertrand Quillet a déclaré : « Je pense qu'Odile Farge et son porte-parole, Claire "
            "Voisin, se trompent. »",
            ("Claire Voisin", "SPOKESPERSON_OF", "Odile Farge"),
        ),
        (
            "Odile Farge a salué « le travail de son porte-parole, Bertrand Quillet ».",
            ("Bertrand Quillet", "SPOKESPERSON_OF", "Odile Farge"),
        ),
    ],
)
def test_a_son_in_a_quotation_still_has_its_owner(extractor, text, edge):
    assert edge in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Bertrand Quillet a quitté le gouvernement d'Odile Farge pour raisons de santé.",
        "Pour des raisons familiales, Claire Voisin quitte la majorité d'Armand Touvenel.",
        "Atteint par la limite d'âge, Bertrand Quillet a quitté le gouvernement de Claire "
        "Voisin en mars.",
        "Odile Farge a quitté le gouvernement de Bertrand Quillet en raison de son état de santé.",
    ],
)
def test_a_departure_for_reasons_of_ones_own_is_no_rejection(extractor, text):
    assert not {e for e in edges(extractor, text) if e[1] == "REJECTS"}


@pytest.mark.parametrize(
    "text",
    [
        "Bertrand Quillet a quitté le gouvernement d'Odile Farge pour protester contre sa réforme.",
        "Bertrand Quillet a quitté le gouvernement d'Odile Farge.",
    ],
)
def test_a_departure_in_protest_still_rejects(extractor, text):
    assert ("Bertrand Quillet", "REJECTS", "Odile Farge") in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Le bras droit de Bertrand Quillet, candidat à la présidence du PS, a démissionné.",
        "L'épouse d'Armand Touvenel, élue à la tête du MoDem en mai, a pris la parole.",
        "Le directeur de campagne de Claire Voisin, candidat à la présidence de LR, dénonce un "
        "complot.",
        "La porte-parole d'Odile Farge, élue en décembre à la présidence d'EELV, répond.",
    ],
)
def test_a_leadership_apposed_after_a_nouns_complement_is_not_the_names(extractor, text):
    assert not {e for e in edges(extractor, text) if e[1] == "MEMBER_OF"}


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Bertrand Quillet, candidat à la présidence du PS, a démissionné.",
            ("Bertrand Quillet", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "Odile Farge, élue en décembre à la présidence d'EELV, répond.",
            ("Odile Farge", "MEMBER_OF", "Europe Écologie Les Verts"),
        ),
    ],
)
def test_a_leadership_apposed_to_the_name_itself_is_still_a_tie(extractor, text, edge):
    assert edge in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Bertrand Quillet, conseiller de la présidente du PS, a démissionné hier.",
        "Odile Farge a rencontré la présidente du PS la semaine dernière.",
        "La présidente socialiste a reçu Bertrand Quillet.",
    ],
)
def test_a_party_office_is_not_a_members_office_elsewhere(extractor, text):
    assert not {
        e for e in edges(extractor, text) if e[0] not in {"Bertrand Quillet", "Odile Farge"}
    }


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "La présidente socialiste de la région Occitanie a reçu Bertrand Quillet.",
            ("Carole Delga", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "Le premier secrétaire du PS a reçu Bertrand Quillet.",
            ("Olivier Faure", "MEMBER_OF", "Parti socialiste"),
        ),
    ],
)
def test_an_office_the_description_names_is_still_bound(extractor, text, edge):
    assert edge in edges(extractor, text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Claire Voisin a cité Bertrand Quillet : « Je soutiens Odile Farge ».",
            "Bertrand Quillet",
        ),
        (
            "Claire Voisin a lu une lettre de Bertrand Quillet : « Je soutiens Odile Farge. »",
            "Bertrand Quillet",
        ),
        (
            "Claire Voisin rapporte les propos de Bertrand Quillet : « Je soutiens Odile Farge. »",
            "Bertrand Quillet",
        ),
        (
            "Claire Voisin a relayé le message d'Armand Touvenel : « Je soutiens Odile Farge. »",
            "Armand Touvenel",
        ),
        ("Claire Voisin a rapporté à la presse : « Je soutiens Odile Farge. »", None),
    ],
)
def test_relayed_words_are_not_the_relayers(extractor, text, speaker):
    found = edges(extractor, text)
    assert ("Claire Voisin", "SUPPORTS", "Odile Farge") not in found
    if speaker is not None:
        assert (speaker, "SUPPORTS", "Odile Farge") in found


@pytest.mark.parametrize(
    "text",
    [
        "Claire Voisin a déclaré : « Je soutiens Odile Farge. »",
        "Claire Voisin a publié un message : « Je soutiens Odile Farge. »",
    ],
)
def test_ones_own_words_after_a_colon_are_still_ones_own(extractor, text):
    assert ("Claire Voisin", "SUPPORTS", "Odile Farge") in edges(extractor, text)
