"""REJECTS as journalists write it (seventh round): a refused request and what it asked for,
opposition said by an adjective or a state noun, conflicts both sides are in, sanctions told as
the record of a departure, candidacies turned down and alliances swept aside.

Every sentence is our own wording, about invented people; each family has traps (negation,
another actor's move, a plain statement of fact) that must not give the edge.
"""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples


def edges(extractor, text: str, date: str = "2021-05-04") -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, date)


# --- a refused request: the one who asked, and the one to be rallied --------------------------

REFUSED_REQUESTS = [
    (
        "Julien Morel a écarté la demande de Sophie Garnier de se rapprocher de Paul Lemaire.",
        "Julien Morel",
        "Sophie Garnier",
        "Paul Lemaire",
    ),
    (
        "Julien Morel a repoussé la proposition de Sophie Garnier, qui lui demandait de se "
        "rapprocher de Paul Lemaire.",
        "Julien Morel",
        "Sophie Garnier",
        "Paul Lemaire",
    ),
    (
        "La conseillère régionale Inès Barthe a balayé dimanche la sollicitation d'Olivier "
        "Canet de se rallier à Damien Rocher.",
        "Inès Barthe",
        "Olivier Canet",
        "Damien Rocher",
    ),
]


@pytest.mark.parametrize(("text", "refuser", "asker", "candidate"), REFUSED_REQUESTS)
def test_refusing_a_request_rejects_the_asker_and_the_one_to_rally(
    extractor, text, refuser, asker, candidate
):
    found = edges(extractor, text)
    assert (refuser, "REJECTS", asker) in found
    assert (refuser, "REJECTS", candidate) in found
    assert (asker, "INVITED_TO_RALLY", refuser) in found


@pytest.mark.parametrize(("text", "refuser", "asker", "candidate"), REFUSED_REQUESTS)
def test_what_a_refused_request_asked_is_no_move_of_anyone(
    extractor, text, refuser, asker, candidate
):
    found = edges(extractor, text)
    for subject in (refuser, asker):
        assert (subject, "TEMPTED_BY", candidate) not in found
        assert (subject, "SUPPORTS", candidate) not in found


def test_a_request_not_refused_is_no_rejection(extractor):
    found = edges(
        extractor,
        "Julien Morel n'a pas écarté la demande de Sophie Garnier de se rapprocher de Paul "
        "Lemaire.",
    )
    assert ("Julien Morel", "REJECTS", "Paul Lemaire") not in found
    assert ("Julien Morel", "REJECTS", "Sophie Garnier") not in found


def test_an_accepted_request_is_no_rejection(extractor):
    found = edges(
        extractor,
        "Julien Morel a accepté la demande de Sophie Garnier de se rapprocher de Paul Lemaire.",
    )
    assert ("Julien Morel", "REJECTS", "Paul Lemaire") not in found


# --- opposition said by an adjective or a state noun ------------------------------------------

OPPOSITIONS = [
    (
        "Paul Lemaire, très opposé à la ligne de Sophie Garnier, quitte le bureau.",
        ("Paul Lemaire", "REJECTS", "Sophie Garnier"),
    ),
    (
        "Sophie Garnier reste farouchement opposée à Paul Lemaire.",
        ("Sophie Garnier", "REJECTS", "Paul Lemaire"),
    ),
    (
        "Claire Dumas s'est montrée très critique envers Paul Lemaire.",
        ("Claire Dumas", "REJECTS", "Paul Lemaire"),
    ),
    (
        "Claire Dumas est entrée en rupture avec Paul Lemaire.",
        ("Claire Dumas", "REJECTS", "Paul Lemaire"),
    ),
    (
        "Le sénateur Marc Vidal, en rupture ouverte avec Anne Roussel, siégera seul.",
        ("Marc Vidal", "REJECTS", "Anne Roussel"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), OPPOSITIONS)
def test_opposition_by_adjective_or_state(extractor, text, expected):
    assert expected in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Au second tour, Claire Dumas ne sera pas opposée à Paul Lemaire.",
        "Claire Dumas n'est plus en conflit avec Paul Lemaire.",
    ],
)
def test_opposition_denied_is_no_rejection(extractor, text):
    assert ("Claire Dumas", "REJECTS", "Paul Lemaire") not in edges(extractor, text)


def test_a_conflict_is_held_by_both_sides(extractor):
    found = edges(
        extractor, "Hervé Martin, en conflit ouvert avec Paul Lemaire, ne votera pas le budget."
    )
    assert ("Hervé Martin", "REJECTS", "Paul Lemaire") in found
    assert ("Paul Lemaire", "REJECTS", "Hervé Martin") in found


def test_a_break_is_held_by_the_one_who_breaks(extractor):
    found = edges(extractor, "Claire Dumas est entrée en rupture avec Paul Lemaire.")
    assert ("Paul Lemaire", "REJECTS", "Claire Dumas") not in found


# --- sanctions -------------------------------------------------------------------------------

RECORDED_EXITS = [
    "« Je demanderai au bureau d'acter que Paul Lemaire n'est plus adhérent », a déclaré "
    "Sophie Garnier.",
    "Sophie Garnier demandera au bureau national d'acter le fait que Paul Lemaire n'est plus "
    "membre du parti.",
    "Sophie Garnier estime que Paul Lemaire s'est lui-même placé en dehors du mouvement.",
]


@pytest.mark.parametrize("text", RECORDED_EXITS)
def test_recording_a_departure_is_a_sanction(extractor, text):
    assert ("Sophie Garnier", "REJECTS", "Paul Lemaire") in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Sophie Garnier n'a pas constaté que Paul Lemaire ne fait plus partie du groupe.",
        "Paul Lemaire n'est plus adhérent du parti depuis 2019, rappelle Sophie Garnier.",
    ],
)
def test_a_departure_not_recorded_as_a_sanction(extractor, text):
    assert ("Sophie Garnier", "REJECTS", "Paul Lemaire") not in edges(extractor, text)


def test_suspending_someone_is_a_sanction(extractor):
    found = edges(extractor, "La présidente Sophie Garnier a suspendu Paul Lemaire du parti.")
    assert ("Sophie Garnier", "REJECTS", "Paul Lemaire") in found


@pytest.mark.parametrize(
    "text",
    [
        "Sophie Garnier a écarté la candidature de Paul Lemaire.",
        "Sophie Garnier refuse la candidature de Paul Lemaire aux sénatoriales.",
        "Sophie Garnier a retoqué la candidature de Paul Lemaire.",
    ],
)
def test_turning_a_candidacy_down(extractor, text):
    assert ("Sophie Garnier", "REJECTS", "Paul Lemaire") in edges(extractor, text)


def test_a_candidacy_not_turned_down(extractor):
    found = edges(extractor, "Sophie Garnier n'a pas écarté la candidature de Paul Lemaire.")
    assert ("Sophie Garnier", "REJECTS", "Paul Lemaire") not in found


# --- an alliance swept aside ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Claire Dumas a balayé l'idée d'un rapprochement avec Paul Lemaire.",
        "Claire Dumas repousse toute alliance avec Paul Lemaire au second tour.",
    ],
)
def test_an_alliance_swept_aside(extractor, text):
    assert ("Claire Dumas", "REJECTS", "Paul Lemaire") in edges(extractor, text)


def test_a_move_told_apart_from_the_refused_request_stands(extractor):
    found = edges(
        extractor,
        "Julien Morel a écarté la demande de Sophie Garnier. Il votera pour Paul Lemaire.",
    )
    assert ("Julien Morel", "SUPPORTS", "Paul Lemaire") in found
    assert ("Julien Morel", "REJECTS", "Paul Lemaire") not in found


# --- an order to leave the party -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "La présidente Sophie Garnier a demandé à Paul Lemaire de quitter le parti.",
        "Paul Lemaire a voté contre le budget. Sophie Garnier lui a aussitôt intimé de quitter "
        "le groupe.",
        "Sophie Garnier a enjoint à Paul Lemaire de quitter le mouvement.",
    ],
)
def test_an_order_to_leave_the_party_is_a_sanction(extractor, text):
    assert ("Sophie Garnier", "REJECTS", "Paul Lemaire") in edges(extractor, text)


def test_the_party_left_is_not_the_one_ordered(extractor):
    found = edges(
        extractor,
        "Paul Lemaire a voté contre le budget. Sophie Garnier lui a intimé de quitter le "
        "groupe LR.",
    )
    assert ("Sophie Garnier", "REJECTS", "Les Républicains") not in found


def test_asking_someone_to_stay_is_no_sanction(extractor):
    found = edges(
        extractor, "Sophie Garnier a demandé à Paul Lemaire de ne pas quitter le parti."
    )
    assert ("Sophie Garnier", "REJECTS", "Paul Lemaire") not in found


# --- a rejected party named as its leader's -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "Claire Dumas refuse toute liste commune avec le Parti radical de Paul Lemaire.",
            "Parti radical",
        ),
        (
            "Claire Dumas exclut toute alliance avec Debout la France de Paul Lemaire.",
            "Debout la France",
        ),
    ],
)
def test_rejecting_a_leaders_party_rejects_the_leader(extractor, text, party):
    found = edges(extractor, text)
    assert ("Claire Dumas", "REJECTS", party) in found
    assert ("Claire Dumas", "REJECTS", "Paul Lemaire") in found


def test_a_party_accepted_with_its_leader_is_no_rejection(extractor):
    found = edges(
        extractor, "Claire Dumas accepte une liste commune avec le Parti radical de Paul Lemaire."
    )
    assert ("Claire Dumas", "REJECTS", "Paul Lemaire") not in found


# --- standing against someone ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Claire Dumas est candidate dissidente face à Paul Lemaire, investi par le parti.",
        "Claire Dumas se présentera contre Paul Lemaire aux législatives.",
        "Claire Dumas, candidate dissidente contre Paul Lemaire, refuse de se retirer.",
    ],
)
def test_standing_against_someone(extractor, text):
    assert ("Claire Dumas", "REJECTS", "Paul Lemaire") in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Claire Dumas ne se présentera pas contre Paul Lemaire.",
        "Claire Dumas est candidate contre l'avis de Paul Lemaire.",
    ],
)
def test_not_standing_against_someone(extractor, text):
    assert ("Claire Dumas", "REJECTS", "Paul Lemaire") not in edges(extractor, text)


# --- a quotation that judges someone ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "« Paul Lemaire est complètement dingue », a lancé Sophie Garnier.",
        "« Avec cet accord, Paul Lemaire fait preuve d'un sectarisme rare », a regretté Sophie "
        "Garnier.",
        "Sophie Garnier l'a dit sans détour : « Paul Lemaire est un imposteur. »",
    ],
)
def test_a_quotation_that_judges_someone(extractor, text):
    assert ("Sophie Garnier", "REJECTS", "Paul Lemaire") in edges(extractor, text)


def test_a_judgement_denied_is_no_rejection(extractor):
    found = edges(extractor, "« Paul Lemaire n'est pas dingue », a assuré Sophie Garnier.")
    assert ("Sophie Garnier", "REJECTS", "Paul Lemaire") not in found


# --- two sides rejected at once; an adversary -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Claire Dumas renvoie dos à dos Paul Lemaire et Sophie Garnier.",
        "Claire Dumas a renvoyé Paul Lemaire et Sophie Garnier dos à dos.",
    ],
)
def test_sending_two_sides_back_to_back(extractor, text):
    found = edges(extractor, text)
    assert ("Claire Dumas", "REJECTS", "Paul Lemaire") in found
    assert ("Claire Dumas", "REJECTS", "Sophie Garnier") in found


def test_not_sending_them_back_to_back(extractor):
    found = edges(
        extractor, "Claire Dumas ne renvoie pas dos à dos Paul Lemaire et Sophie Garnier."
    )
    assert ("Claire Dumas", "REJECTS", "Paul Lemaire") not in found


def test_an_adversary_described_in_apposition(extractor):
    found = edges(extractor, "Claire Dumas, adversaire de Paul Lemaire, présente sa liste.")
    assert ("Claire Dumas", "REJECTS", "Paul Lemaire") in found


# --- a candidacy referred back to -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "La candidature de Paul Lemaire a surpris. Sophie Garnier a aussitôt écarté cette "
        "candidature.",
        "Paul Lemaire a déposé sa candidature à la mairie. Sophie Garnier a aussitôt écarté "
        "cette candidature.",
        "Le candidat Paul Lemaire a fait campagne seul. Sophie Garnier a refusé cette "
        "candidature.",
    ],
)
def test_this_candidacy_is_the_one_just_named(extractor, text):
    assert ("Sophie Garnier", "REJECTS", "Paul Lemaire") in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Les candidatures de Paul Lemaire et de Marc Vidal ont surpris. Sophie Garnier a "
        "aussitôt écarté cette candidature.",
        "La candidature de Paul Lemaire a surpris. Sophie Garnier n'a pas écarté cette "
        "candidature.",
    ],
)
def test_this_candidacy_unclear_or_not_turned_down(extractor, text):
    found = edges(extractor, text)
    assert ("Sophie Garnier", "REJECTS", "Paul Lemaire") not in found
    assert ("Sophie Garnier", "REJECTS", "Marc Vidal") not in found


# --- bad relations, both ways -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Claire Dumas entretient des relations tendues avec Paul Lemaire.",
        "Depuis le congrès, Claire Dumas a des rapports exécrables avec Paul Lemaire.",
        "Claire Dumas garde des relations houleuses avec Paul Lemaire.",
    ],
)
def test_bad_relations_are_held_by_both(extractor, text):
    found = edges(extractor, text)
    assert ("Claire Dumas", "REJECTS", "Paul Lemaire") in found
    assert ("Paul Lemaire", "REJECTS", "Claire Dumas") in found


@pytest.mark.parametrize(
    "text",
    [
        "Claire Dumas n'a jamais eu de relations tendues avec Paul Lemaire.",
        "Claire Dumas a tendu la main à Paul Lemaire.",
    ],
)
def test_no_bad_relations(extractor, text):
    assert ("Claire Dumas", "REJECTS", "Paul Lemaire") not in edges(extractor, text)


def test_explain_says_why_the_asked_rally_was_dropped(tmp_path, extractor):
    from alliancegraph.pipeline import explain

    path = tmp_path / "refus.txt"
    path.write_text(
        "date 2021-05-04\n\nJulien Morel a écarté la demande de Sophie Garnier de se "
        "rapprocher de Paul Lemaire.\n",
        encoding="utf-8",
    )
    [explanation] = explain([path], extractor=extractor)
    dropped = [
        (c.subject, c.relation, c.object, c.reason)
        for s in explanation.sentences
        for c in s.candidates
        if not c.kept
    ]
    assert ("Julien Morel", "TEMPTED_BY", "Paul Lemaire", "content of a refused request") in dropped


# --- a government refused by who leads it --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Claire Dumas refuse de participer à un gouvernement dirigé par Paul Lemaire.",
        "Claire Dumas ne siégera pas dans un gouvernement mené par Paul Lemaire.",
    ],
)
def test_a_government_refused_rejects_its_head(extractor, text):
    assert ("Claire Dumas", "REJECTS", "Paul Lemaire") in edges(extractor, text)


def test_a_government_joined_is_no_rejection(extractor):
    found = edges(
        extractor, "Claire Dumas participera à un gouvernement dirigé par Paul Lemaire."
    )
    assert ("Claire Dumas", "REJECTS", "Paul Lemaire") not in found
