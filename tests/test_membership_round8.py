"""Membership as news writes it, eighth round: where the label sits around the name.

Six mechanisms of ``loaders/descriptions.py``, none keyed to one cue's wording:

- a list label in parentheses after a name joins several parties or nuances ("X (PS-PCF)",
  "X (UG-PS, 25 %)"): its first party is the holder's (``_bracketed_label``), never "(ex-PS)";
- a compound place name inside a role written before a name ("le président LR de la région
  Centre-Val de Loire X") does not cut the role off from the name (``_glued_hyphen``);
- a participle inside a description written before a name ("Le candidat LR éliminé dimanche,
  X") belongs to the description (``_participle_after_role``), while a fronted participle's
  agent ("Battu par le candidat PS, X") is someone else;
- incises between a name and its predicate ("X, 52 ans, sera investi premier secrétaire du
  PS"; "X, 26 ans, conseiller municipal, a été nommé porte-parole du FN") and an age before an
  apposition ("X, 58 ans, député RPR") are skipped (``_after_incise``, ``_segment_after``);
- a membership role after a possessive, right before a name, in a sentence opened by a party
  ("Les Républicains ont choisi leur porte-parole, X") is a role in that party
  (``_party_owned_role``), unless another possible owner sits between;
- news words of membership: "président d'honneur du Parti radical", "investi(e)" as a
  participle of appointment, "verte" as a party adjective after a role noun.
"""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples


def edges(extractor, text: str, date: str = "2017-05-01") -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, date)


def members(extractor, text: str, date: str = "2017-05-01") -> set[tuple[str, str]]:
    return {(s, o) for s, r, o in edges(extractor, text, date) if r == "MEMBER_OF"}


# --- a list label in parentheses: its first party is the holder's ---------------------------


@pytest.mark.parametrize(
    ("text", "member"),
    [
        (
            "Au second tour, Paul Verdier (UG-PS, 31,2 %) affronte un candidat de droite.",
            ("Paul Verdier", "Parti socialiste"),
        ),
        (
            "Emma Rocard (PS-PCF-Les Écologistes) devance nettement la maire sortante.",
            ("Emma Rocard", "Parti socialiste"),
        ),
        (
            "La candidate va discuter avec Jules Ferrand (Horizons-Renaissance) cette semaine.",
            ("Jules Ferrand", "Horizons"),
        ),
        (
            "Dans le quatrième canton, Hugo Lentz (LR/UDI) est arrivé en tête.",
            ("Hugo Lentz", "Les Républicains"),
        ),
    ],
)
def test_a_joint_label_in_parentheses_gives_its_first_party(extractor, text, member):
    found = members(extractor, text)
    assert member in found
    assert {m for m in found if m[0] == member[0]} == {member}


@pytest.mark.parametrize(
    "text",
    [
        "Le candidat Jules Ferrand (ex-PS) se maintient au second tour.",
        "Jules Ferrand (Paris-Centre) a voté contre le budget.",
    ],
)
def test_a_former_label_or_a_place_in_parentheses_is_no_membership(extractor, text):
    assert not members(extractor, text)


# --- a compound place name inside a role before a name -------------------------------------


@pytest.mark.parametrize(
    ("text", "member"),
    [
        (
            "Il a reçu le président LR de la région Centre-Val de Loire Marc Lefol.",
            ("Marc Lefol", "Les Républicains"),
        ),
        (
            "Hier, le président (LR) de la région Auvergne-Rhône-Alpes Marc Lefol a refusé.",
            ("Marc Lefol", "Les Républicains"),
        ),
        (
            "La conseillère départementale socialiste des Hauts-de-Seine Anne Morel a voté.",
            ("Anne Morel", "Parti socialiste"),
        ),
    ],
)
def test_a_hyphenated_place_inside_a_role_keeps_the_role_to_its_name(extractor, text, member):
    assert member in members(extractor, text)


# --- a participle inside the description before a name -------------------------------------


@pytest.mark.parametrize(
    ("text", "member"),
    [
        (
            "18h52 — Le candidat LR éliminé dimanche, Paul Rey, sort enfin du silence.",
            ("Paul Rey", "Les Républicains"),
        ),
        (
            "La tête de liste socialiste battue au premier tour, Anne Morel, se retire.",
            ("Anne Morel", "Parti socialiste"),
        ),
        (
            "Le député communiste réélu en juin, Karim Benali, présidera la séance.",
            ("Karim Benali", "Parti communiste français"),
        ),
    ],
)
def test_a_participle_inside_a_preposed_description_is_part_of_it(extractor, text, member):
    assert member in members(extractor, text, "2022-06-15")


def test_the_agent_of_a_fronted_participle_is_someone_else(extractor):
    text = "Battu par le candidat PS, Paul Rey se retire de la course."
    assert ("Paul Rey", "Parti socialiste") not in members(extractor, text)


# --- incises between a name and what is said of it ------------------------------------------


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Marc Lefol, 52 ans, sera investi premier secrétaire du PS au congrès.",
            ("Marc Lefol", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "Anne Morel, maire de Tulle, a été élue présidente du Parti radical.",
            ("Anne Morel", "MEMBER_OF", "Parti radical"),
        ),
        (
            "Paul Rey, 26 ans, conseiller municipal à Tulle, a été nommé porte-parole "
            "départemental du Front national.",
            ("Paul Rey", "SPOKESPERSON_OF", "Front national"),
        ),
        (
            "Six mois plus tard, Paul Rey, 58 ans, député PS du Gers depuis 2002, figure sur "
            "la liste.",
            ("Paul Rey", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "Anne Morel, 41 ans, conseillère régionale LR, a pris la parole.",
            ("Anne Morel", "MEMBER_OF", "Les Républicains"),
        ),
    ],
)
def test_incises_between_a_name_and_its_role_are_skipped(extractor, text, edge):
    assert edge in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Paul Rey, 26 ans, conseiller municipal à Tulle, avait été porte-parole du Front national.",
        "Anne Morel, maire de Tulle, n'est pas la candidate du PS.",
    ],
)
def test_a_past_or_negated_role_after_an_incise_gives_nothing(extractor, text):
    assert not {e for e in edges(extractor, text) if e[0] in {"Paul Rey", "Anne Morel"}}


def test_an_age_incise_does_not_give_the_subject_its_objects_label(extractor):
    found = members(extractor, "Anne Morel, 41 ans, a salué le député LR Paul Rey.")
    assert ("Paul Rey", "Les Républicains") in found
    assert not {m for m in found if m[0] == "Anne Morel"}


# --- a possessive role owned by the party that opens the sentence ----------------------------


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Le Rassemblement national maintient sa liste, et sa tête de liste, Paul Rey, refuse "
            "tout retrait.",
            ("Paul Rey", "MEMBER_OF", "Front national"),
        ),
        (
            "La France insoumise, qui voulait la première place pour son candidat, Karim Benali, "
            "reste à l'écart.",
            ("Karim Benali", "MEMBER_OF", "La France insoumise"),
        ),
        (
            "Les Républicains ont enfin choisi leur porte-parole, Anne Morel.",
            ("Anne Morel", "SPOKESPERSON_OF", "Les Républicains"),
        ),
    ],
)
def test_a_possessive_role_belongs_to_the_party_opening_the_sentence(extractor, text, edge):
    assert edge in edges(extractor, text, "2020-06-15")


@pytest.mark.parametrize(
    "text",
    [
        "Le PS accuse la gauche radicale et son candidat, Paul Rey.",
        "Le PS a longtemps ménagé son ancien candidat, Paul Rey.",
        "Le PS a reçu Anne Morel et son candidat, Paul Rey.",
        "Le PS a choisi de soutenir le maire sortant et son adjoint, Paul Rey.",
    ],
)
def test_another_owner_or_a_former_role_keeps_the_party_out(extractor, text):
    assert ("Paul Rey", "Parti socialiste") not in members(extractor, text, "2020-06-15")


# --- words of membership as news writes them -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "member"),
    [
        (
            "Jean Morel, président d'honneur du Parti radical, votera pour lui.",
            ("Jean Morel", "Parti radical"),
        ),
        (
            "La présidente d'honneur de Debout la France, Lucie Maret, a parlé.",
            ("Lucie Maret", "Debout la France"),
        ),
        (
            "Les militants, reconnaissait en souriant la conseillère régionale verte Anne Morel, "
            "sont nombreux.",
            ("Anne Morel", "Europe Écologie Les Verts"),
        ),
        (
            "Marc Lefol sera investi premier secrétaire du PS au congrès.",
            ("Marc Lefol", "Parti socialiste"),
        ),
    ],
)
def test_news_words_of_membership(extractor, text, member):
    assert member in members(extractor, text, "2009-06-15")


def test_green_as_a_plain_adjective_names_no_party(extractor):
    assert not members(extractor, "Paul Rey défend une croissance verte et des énergies vertes.")


# --- titles before the names of a list after a party-labelled group --------------------------


@pytest.mark.parametrize(
    ("text", "party", "names"),
    [
        (
            "Parmi les autres élus UDI : l'ancien ministre du Budget Paul Rey, le député du Tarn "
            "Marc Lefol, ainsi que Anne Morel et Lucie Maret.",
            "Union des démocrates et indépendants",
            {"Paul Rey", "Marc Lefol", "Anne Morel", "Lucie Maret"},
        ),
        (
            "Les socialistes, dont la maire de Tulle Anne Morel et le sénateur Paul Rey, ont voté.",
            "Parti socialiste",
            {"Anne Morel", "Paul Rey"},
        ),
        (
            "Plusieurs ministres MoDem, à savoir la ministre de la Culture Anne Morel et le "
            "ministre du Travail Paul Rey, ont signé.",
            "Mouvement démocrate",
            {"Anne Morel", "Paul Rey"},
        ),
    ],
)
def test_titles_before_listed_names_keep_the_groups_label(extractor, text, party, names):
    found = members(extractor, text, "2013-06-15")
    assert {(name, party) for name in names} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Les socialistes ont reçu la maire de Tulle Anne Morel et le sénateur Paul Rey.",
        "Parmi les invités : le maire de Tulle Paul Rey, la sénatrice Anne Morel.",
        "Plusieurs élus PS, avec l'appui du sénateur Paul Rey, ont voté le texte.",
    ],
)
def test_titled_names_without_a_labelled_group_and_opener_get_no_party(extractor, text):
    assert not members(extractor, text, "2013-06-15")


# --- "le parti" several sentences after the article named its one party ---------------------


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Le PS a réuni son conseil national samedi. La direction sortante a été remerciée. "
            "Les nouveaux visages sont nombreux. Anne Morel, adjointe au maire de Tulle, qui "
            "devient trésorière du parti, a parlé.",
            ("Anne Morel", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "Le PS a réuni son conseil national samedi. La réunion a duré. Les visages sont "
            "nombreux. Anne Morel devient la porte-parole du parti.",
            ("Anne Morel", "SPOKESPERSON_OF", "Parti socialiste"),
        ),
        (
            "Les écologistes tenaient leurs journées d'été. Il faisait chaud. Le débat fut vif. "
            "Paul Rey, secrétaire national du parti, a conclu.",
            ("Paul Rey", "MEMBER_OF", "Europe Écologie Les Verts"),
        ),
    ],
)
def test_the_party_is_the_one_the_article_named(extractor, text, edge):
    assert edge in edges(extractor, text, "2018-04-16")


@pytest.mark.parametrize(
    "text",
    [
        "Le PS et LR ont réuni leurs cadres samedi. La réunion a duré. Les visages sont "
        "nombreux. Anne Morel, qui devient trésorière du parti, a parlé.",
        "Le PS a réuni son conseil national samedi. La réunion a duré. Les visages sont "
        "nombreux. Anne Morel, ancienne trésorière du parti, a parlé.",
    ],
)
def test_two_parties_or_a_former_post_leave_the_party_unknown(extractor, text):
    assert not {e for e in edges(extractor, text, "2018-04-16") if e[0] == "Anne Morel"}


# --- a role after a rival marker is never the person just named -----------------------------


def test_a_rivals_party_role_does_not_bind_to_the_name_before_it(extractor):
    text = (
        "Allez-vous appeler à voter pour le candidat socialiste, Paul Rey, face au député UMP "
        "sortant ?"
    )
    assert members(extractor, text, "2012-06-12") == {("Paul Rey", "Parti socialiste")}


def test_a_rivals_party_role_still_binds_to_the_member_named_before(extractor):
    text = (
        "Paul Rey, candidat LR, est en tête. Anne Morel, la socialiste, se présente contre le "
        "candidat LR."
    )
    assert ("Anne Morel", "REJECTS", "Paul Rey") in edges(extractor, text, "2012-06-12")


# --- an adverb of time before a description ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Paul Rey bientôt premier secrétaire du Parti socialiste",
            ("Paul Rey", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "Anne Morel désormais secrétaire nationale du PCF",
            ("Anne Morel", "MEMBER_OF", "Parti communiste français"),
        ),
        (
            "Paul Rey, bientôt premier secrétaire du PS, a parlé.",
            ("Paul Rey", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "Anne Morel, déjà porte-parole des Républicains, a répondu.",
            ("Anne Morel", "SPOKESPERSON_OF", "Les Républicains"),
        ),
    ],
)
def test_an_adverb_of_time_may_open_a_description(extractor, text, edge):
    assert edge in edges(extractor, text, "2018-03-16")


@pytest.mark.parametrize(
    "text",
    [
        "Paul Rey, jadis premier secrétaire du PS, a parlé.",
        "Paul Rey, bientôt ex-secrétaire du PS, a parlé.",
    ],
)
def test_a_past_adverb_or_a_former_title_gives_no_membership(extractor, text):
    assert not members(extractor, text, "2018-03-16")
