"""Membership as news writes it, seventh round.

First, who a party label belongs to. A role with its party written before a name ("le député
UMP X") is that name's description: when it follows another person ("Y devance le député UMP
X", where the parser may take the verb for a noun), the role opens a noun phrase of its own and
is never Y's (``_own_phrase`` in loaders/descriptions.py). A party noun followed by the party's
name ("président du parti Les Républicains") is that party, never the one an earlier sentence
named (``party_named_after``), and a rival set against the winner ("face à X", "contre X") does
not take the winner's role (``rival_markers`` in cues.toml).
"""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples


def members(extractor, text: str, date: str = "2015-03-01") -> set[tuple[str, str]]:
    return {(s, o) for s, r, o in claim_triples(extractor, text, date) if r == "MEMBER_OF"}


# --- a party label belongs to the name its description introduces ---------------------------


@pytest.mark.parametrize(
    ("text", "member", "other"),
    [
        (
            "Au premier tour, Paul Marchand devance nettement le député UMP Jacques Ferrand.",
            ("Jacques Ferrand", "Les Républicains"),
            "Paul Marchand",
        ),
        (
            "Dans la circonscription, Lucie Borel affronte la sénatrice socialiste Anne Vidal.",
            ("Anne Vidal", "Parti socialiste"),
            "Lucie Borel",
        ),
        (
            "Karim Sellami, proche du maire LR Henri Dufresne, a déposé sa liste.",
            ("Henri Dufresne", "Les Républicains"),
            "Karim Sellami",
        ),
    ],
)
def test_a_role_before_a_name_is_that_names_not_the_subjects(extractor, text, member, other):
    found = members(extractor, text, "2009-03-01" if "UMP" in text else "2016-03-01")
    assert member in found
    assert not {m for m in found if m[0] == other}


def test_an_apposition_opening_with_the_role_stays_its_holders(extractor):
    text = "Olivier Brun, le nouveau député socialiste de la Drôme, a pris la parole."
    assert ("Olivier Brun", "Parti socialiste") in members(extractor, text)


# --- the party written after "parti" is that party ------------------------------------------


@pytest.mark.parametrize(
    ("text", "member"),
    [
        (
            "Claire Adam, candidate de la Nupes, arrive en tête. Hugo Lenoir a été élu président"
            " du parti Les Républicains dimanche.",
            ("Hugo Lenoir", "Les Républicains"),
        ),
        (
            "Le PS a réuni son bureau. Nadia Ferhat, porte-parole du parti La France insoumise,"
            " a répondu.",
            ("Nadia Ferhat", "La France insoumise"),
        ),
        (
            "Les écologistes ont voté. Marc Tissier, élu à la tête du parti Les Républicains,"
            " réunit ses cadres.",
            ("Marc Tissier", "Les Républicains"),
        ),
    ],
)
def test_a_party_named_after_the_word_parti_is_that_party(extractor, text, member):
    found = members(extractor, text, "2023-01-15")
    assert member in found
    assert not {m for m in found if m[0] == member[0] and m[1] != member[1]}


@pytest.mark.parametrize(
    "text",
    [
        "Hugo Lenoir a été élu président du parti Les Républicains face à Paul Serre.",
        "Hugo Lenoir, élu président du parti Les Républicains contre Paul Serre, a remercié"
        " les militants.",
    ],
)
def test_a_rival_does_not_take_the_winners_role(extractor, text):
    found = members(extractor, text, "2023-01-15")
    assert ("Hugo Lenoir", "Les Républicains") in found
    assert not {m for m in found if m[0] == "Paul Serre" and m[1] != "Les Républicains"}


# --- an appointment after "être" is a predicate of the subject ---------------------------------


@pytest.mark.parametrize(
    ("text", "member"),
    [
        (
            "Hugo Lenoir a été élu président du parti Les Républicains dimanche.",
            ("Hugo Lenoir", "Les Républicains"),
        ),
        (
            "Sarah Kaci est nommée secrétaire nationale du PS chargée des élections.",
            ("Sarah Kaci", "Parti socialiste"),
        ),
        (
            "Après le congrès, Louis Fabre a été désigné délégué général de l'UDI.",
            ("Louis Fabre", "Union des démocrates et indépendants"),
        ),
    ],
)
def test_an_appointment_after_etre_is_a_membership(extractor, text, member):
    assert member in members(extractor, text, "2016-03-01")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Léa Morin a été candidate du PS en 2012.", "Léa Morin"),
        ("Léa Morin a été porte-parole du PS jusqu'en 2012.", "Léa Morin"),
        ("Hugo Lenoir n'a pas été élu président du parti Les Républicains.", "Hugo Lenoir"),
        (
            "Hugo Lenoir a élu domicile à Nantes, chez Les Républicains on s'en moque.",
            "Hugo Lenoir",
        ),
    ],
)
def test_a_past_role_or_a_failed_appointment_is_no_membership(extractor, text, person):
    assert not {m for m in members(extractor, text, "2016-03-01") if m[0] == person}


# --- "être au PS", "X au PS, Y chez LR" -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Paul Léger est au PS depuis vingt ans.", {("Paul Léger", "Parti socialiste")}),
        (
            "Paul Léger au PS, Marc Duval chez LR et bien d'autres ont débattu.",
            {("Paul Léger", "Parti socialiste"), ("Marc Duval", "Les Républicains")},
        ),
        (
            "Nina Perrin, au Front national depuis 2010, a pris la parole.",
            {("Nina Perrin", "Front national")},
        ),
        (
            "Paul Léger est désormais chez Les Républicains.",
            {("Paul Léger", "Les Républicains")},
        ),
    ],
)
def test_a_name_at_a_party_belongs_to_it(extractor, text, expected):
    assert expected <= members(extractor, text, "2016-03-01")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Il a présenté Paul Léger au PS lors du congrès.", "Paul Léger"),
        ("Paul Léger était au PS jusqu'en 2010.", "Paul Léger"),
        ("Paul Léger est au PS ce que Marc Duval est à LR.", "Paul Léger"),
    ],
)
def test_an_object_a_past_tie_or_a_comparison_is_not_at_the_party(extractor, text, person):
    assert not {m for m in members(extractor, text, "2016-03-01") if m[0] == person}


# --- more nouns of a party's people, and the label one runs under ----------------------------


@pytest.mark.parametrize(
    ("text", "member"),
    [
        (
            "Le leader communiste Paul Arnaud a pris la parole.",
            ("Paul Arnaud", "Parti communiste français"),
        ),
        (
            "Nina Perrin, figure de proue du Front de gauche, a pris la parole.",
            ("Nina Perrin", "Front de gauche"),
        ),
        (
            "Le président du PCD Jean Poiret et son homologue du CNIP Bruno Nord sont venus.",
            ("Bruno Nord", "Centre national des indépendants et paysans"),
        ),
        ("Nina Perrin, estampillée UMP, se présente à Lyon.", ("Nina Perrin", "Les Républicains")),
        (
            "Le syndicaliste Marc Duval, très populaire dans la région, et candidat sous"
            " l'étiquette PS, affrontera Paul Roux.",
            ("Marc Duval", "Parti socialiste"),
        ),
        (
            "Nina Perrin, élue sous les couleurs du MoDem, siège au conseil régional.",
            ("Nina Perrin", "Mouvement démocrate"),
        ),
        (
            "Nina Perrin, tête de liste régionale et départementale d'Europe Ecologie au premier"
            " tour, prendra la tête de la liste d'union.",
            ("Nina Perrin", "Europe Écologie Les Verts"),
        ),
    ],
)
def test_nouns_and_labels_of_a_partys_people(extractor, text, member):
    date = "2011-03-01" if "UMP" in text or "Front de gauche" in text else "2015-03-01"
    assert member in members(extractor, text, date)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Nina Perrin, candidate sous la pression du PS, siège au conseil.", "Nina Perrin"),
        ("Nina Perrin, ancienne figure de proue du Front de gauche, a parlé.", "Nina Perrin"),
        ("Marc Duval, proche du leader communiste Paul Arnaud, a parlé.", "Marc Duval"),
    ],
)
def test_pressure_a_former_figure_or_another_leader_is_no_membership(extractor, text, person):
    assert not {m for m in members(extractor, text, "2011-03-01") if m[0] == person}


# --- a sentence opened by its party, a person's political family -----------------------------


@pytest.mark.parametrize(
    ("text", "member"),
    [
        (
            "Du côté du PS, c'est Gilles Morel, député sortant et proche de Marie Aubert, qui"
            " sera tête de liste.",
            ("Gilles Morel", "Parti socialiste"),
        ),
        ("Au PS, la première secrétaire Anne Roy a répondu.", ("Anne Roy", "Parti socialiste")),
        (
            "Paul Morin a proposé plusieurs membres de sa famille Les Républicains (LR), à savoir"
            " Jean Roux et Anne Lemoine.",
            ("Paul Morin", "Les Républicains"),
        ),
        (
            "Paul Morin a réuni sa famille politique, le PS, dimanche.",
            ("Paul Morin", "Parti socialiste"),
        ),
    ],
)
def test_a_party_that_opens_the_sentence_or_a_persons_political_family(extractor, text, member):
    assert member in members(extractor, text, "2016-03-01")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Au premier tour, la maire Anne Roy a répondu au PS.", "Anne Roy"),
        ("Paul Morin a quitté son ancien parti Les Républicains.", "Paul Morin"),
        ("Paul Morin a critiqué Anne Lemoine et sa famille politique LR.", "Paul Morin"),
    ],
)
def test_no_party_opener_a_former_party_or_two_possessors(extractor, text, person):
    assert not {m for m in members(extractor, text, "2016-03-01") if m[0] == person}


def test_the_modem_written_in_lower_case_is_the_party(extractor):
    text = "Le Modem de Jean Bayard a apporté son soutien à Paul Roux."
    assert ("Jean Bayard", "Mouvement démocrate") in members(extractor, text, "2016-10-01")


# --- names as news lists them: a score in parentheses, an abbreviation, "ainsi que" ----------


@pytest.mark.parametrize(
    ("text", "member"),
    [
        (
            "Paul Roux se retrouve en ballottage avec Marc Barre (29,05 %), le candidat du Front"
            " de gauche.",
            ("Marc Barre", "Front de gauche"),
        ),
        ("Paul Roux (12 %), candidat de l'UMP, est éliminé.", ("Paul Roux", "Les Républicains")),
        (
            "Le Nouveau Centre (NC) Henri Malet soutient la liste de Paul Roux.",
            ("Henri Malet", "Nouveau Centre"),
        ),
        (
            "Mais sa tête de liste, l'écolo Marc Barre, appelle à voter pour Paul Roux.",
            ("Marc Barre", "Europe Écologie Les Verts"),
        ),
        ("Anne Morel, déléguée générale d'En marche, a répondu.", ("Anne Morel", "En Marche")),
        (
            "Des ministres MoDem, avec Jean Lagard ainsi que Louis Roche, ont été nommés.",
            ("Louis Roche", "Mouvement démocrate"),
        ),
    ],
)
def test_names_as_news_lists_them(extractor, text, member):
    assert member in members(extractor, text, "2012-03-01")


def test_a_labelled_name_is_no_object_of_its_own_party(extractor):
    text = "Le Nouveau Centre (NC) Henri Malet soutient la liste de Paul Roux."
    triples = claim_triples(extractor, text, "2012-03-01")
    assert not {t for t in triples if t[0] == "Nouveau Centre" and t[2] == "Henri Malet"}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Paul Roux (ex-PS), candidat sans étiquette, est éliminé.", "Paul Roux"),
        ("Paul Roux (12 %) devance le candidat de l'UMP, Marc Barre.", "Paul Roux"),
    ],
)
def test_a_former_label_or_anothers_description_after_a_score(extractor, text, person):
    assert not {m for m in members(extractor, text, "2012-03-01") if m[0] == person}


# --- the rival in a race for a party's own office ran inside that party ----------------------


@pytest.mark.parametrize(
    ("text", "rival"),
    [
        (
            "Hugo Lenoir élu président du parti Les Républicains avec 53,7 % des voix face à"
            " Paul Serre.",
            ("Paul Serre", "Les Républicains"),
        ),
        (
            "Hugo Lenoir a été élu premier secrétaire du PS face à Paul Serre.",
            ("Paul Serre", "Parti socialiste"),
        ),
        (
            "Anne Roy, élue secrétaire nationale d'EELV contre Nadia Ferhat, a remercié les"
            " militants.",
            ("Nadia Ferhat", "Europe Écologie Les Verts"),
        ),
    ],
)
def test_the_rival_for_a_partys_office_is_a_member(extractor, text, rival):
    assert rival in members(extractor, text, "2016-01-01")


@pytest.mark.parametrize(
    "text",
    [
        "Hugo Lenoir, élu président du conseil régional face à Paul Serre, a remercié les élus.",
        "Hugo Lenoir, candidat LR, a été élu maire face à Paul Serre.",
        "Hugo Lenoir a été élu président du PS face à la colère de Paul Serre.",
        "Hugo Lenoir, président du PS, a débattu face à Paul Serre.",
    ],
)
def test_no_race_for_a_partys_office_no_membership_of_the_rival(extractor, text):
    assert not {m for m in members(extractor, text, "2016-01-01") if m[0] == "Paul Serre"}


@pytest.mark.parametrize(
    ("text", "member"),
    [
        (
            "Paul Roux est candidat face à Jean Garnier, désigné par La République en marche.",
            ("Jean Garnier", "En Marche"),
        ),
        (
            'Anne Morel a été désignée secrétaire générale de "République solidaire" hier.',
            ("Anne Morel", "République solidaire"),
        ),
        (
            "Le PS a réuni ses cadres. Guy Bachet, numéro deux, est chargé de la coordination.",
            ("Guy Bachet", "Parti socialiste"),
        ),
    ],
)
def test_a_designation_a_quoted_party_and_a_bare_rank(extractor, text, member):
    assert member in members(extractor, text, "2016-01-01")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Paul Roux, désigné par Marc Barre comme successeur, a accepté.", "Paul Roux"),
        ("Le PS et LR ont réuni leurs cadres. Guy Bachet, numéro deux, a parlé.", "Guy Bachet"),
    ],
)
def test_a_person_designating_or_two_parties_before_a_bare_rank(extractor, text, person):
    assert not {m for m in members(extractor, text, "2016-01-01") if m[0] == person}


# --- "respectivement": roles distributed over the names before ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Avec les départs de Paul Roux et de Marc Barre, respectivement président du Parti"
            " radical et du Nouveau Centre, l'UMP perd ses centristes.",
            {("Paul Roux", "Parti radical"), ("Marc Barre", "Nouveau Centre")},
        ),
        (
            "Anne Morel et Paul Roux, respectivement socialiste et écologiste, ont débattu.",
            {("Anne Morel", "Parti socialiste"), ("Paul Roux", "Europe Écologie Les Verts")},
        ),
        (
            "Anne Morel et Paul Roux, respectivement porte-parole du PS et de l'UMP, ont débattu.",
            {("Anne Morel", "Parti socialiste"), ("Paul Roux", "Les Républicains")},
        ),
    ],
)
def test_respectively_distributes_the_parties_in_order(extractor, text, expected):
    assert expected <= members(extractor, text, "2012-01-01")


def test_respectively_gives_each_spokesperson_their_party(extractor):
    text = "Anne Morel et Paul Roux, respectivement porte-parole du PS et de l'UMP, ont débattu."
    triples = claim_triples(extractor, text, "2012-01-01")
    assert ("Paul Roux", "SPOKESPERSON_OF", "Les Républicains") in triples
    assert ("Paul Roux", "SPOKESPERSON_OF", "Parti socialiste") not in triples


@pytest.mark.parametrize(
    "text",
    [
        "Anne Morel et Paul Roux, respectivement anciens présidents du PS et de l'UMP, ont parlé.",
        "Anne Morel et Paul Roux, respectivement présidente du PS, ont débattu.",
    ],
)
def test_former_roles_or_uneven_lists_are_not_distributed(extractor, text):
    assert not {m for m in members(extractor, text, "2012-01-01") if m[0] == "Paul Roux"}


# --- "Quant au P, son chef de file X", federal secretaries, incumbents ----------------------


@pytest.mark.parametrize(
    ("text", "member"),
    [
        (
            "Quant au Front national, son chef de file local Louis Barre a renvoyé les deux"
            " camps dos à dos.",
            ("Louis Barre", "Front national"),
        ),
        (
            "La première fédérale du PS, Anne Morel, a annoncé son vote.",
            ("Anne Morel", "Parti socialiste"),
        ),
        (
            "Mercredi, la sortante LR d'une circonscription voisine, Anne Morel, vient soutenir"
            " Paul Roux.",
            ("Anne Morel", "Les Républicains"),
        ),
    ],
)
def test_a_party_announced_by_quant_au_federal_secretaries_and_incumbents(extractor, text, member):
    assert member in members(extractor, text, "2012-01-01")


@pytest.mark.parametrize(
    "text",
    [
        "Quant à Paul Roux, son chef de file Louis Barre a parlé.",
        "L'ancienne première fédérale du PS, Louis Barre, a annoncé son vote.",
    ],
)
def test_no_party_announced_or_a_former_federal_secretary(extractor, text):
    assert not {m for m in members(extractor, text, "2012-01-01") if m[0] == "Louis Barre"}


def test_a_counterpart_glued_to_the_next_name_is_that_names(extractor):
    text = (
        "Le président du PCD Jean Poiret, son homologue du Centre national des indépendants et"
        " paysans (CNIP) Bruno Nord et la maire sont venus."
    )
    found = members(extractor, text, "2016-01-01")
    assert ("Bruno Nord", "Centre national des indépendants et paysans") in found
    assert ("Jean Poiret", "Centre national des indépendants et paysans") not in found


def test_a_list_of_names_each_with_a_role_keeps_each_role(extractor):
    text = "Nina Perrin, députée PS, Paul Roux, député LR, ont débattu."
    found = members(extractor, text, "2016-01-01")
    assert {("Nina Perrin", "Parti socialiste"), ("Paul Roux", "Les Républicains")} <= found
