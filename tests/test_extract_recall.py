"""Phrasings added to raise recall on unseen articles, each with its trap (sentences of our own,
not taken from any corpus or measurement article)."""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples


def edges(extractor, text: str, date: str = "2019-05-10") -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, date)


def between(found: set[tuple[str, str, str]], a: str, b: str) -> set[str]:
    return {rel for s, rel, o in found if s == a and o == b}


# --- a call not made, an intention denied ----------------------------------------------------

NO_CALL = [
    "Fabrice Morin, tête de liste de Lutte ouvrière, ne votera pas et n'appellera pas à voter "
    "pour Anne Hidalgo.",
    "Lucien Robert a remercié Anne Hidalgo pour son accueil, sans appeler à voter pour elle.",
    "Hélène Castel n'appelle pas à voter Yannick Jadot au second tour.",
]


@pytest.mark.parametrize("text", NO_CALL)
def test_a_call_not_made_is_no_support(extractor, text):
    found = edges(extractor, text)
    assert not any(rel == "SUPPORTS" for _, rel, o in found if o == "Anne Hidalgo")
    assert not any(rel == "SUPPORTS" for _, rel, o in found if o == "Yannick Jadot")


def test_a_call_made_is_still_support(extractor):
    found = edges(extractor, "Hélène Castel appelle à voter pour Yannick Jadot au second tour.")
    assert ("Hélène Castel", "SUPPORTS", "Yannick Jadot") in found


@pytest.mark.parametrize(
    "text, allowed",
    [
        ("Romain Lebas n'a aucune intention de soutenir Gérald Darmanin.", {"REJECTS"}),
        ("« Je n'ai pas l'intention de rejoindre Édouard Philippe », jure Aline Boyer.", set()),
        ("Il n'est pas question pour Carole Vidal de soutenir Gérald Darmanin.", {"REJECTS"}),
    ],
)
def test_an_intention_denied_is_never_support(extractor, text, allowed):
    found = edges(extractor, text)
    rels = {rel for s, rel, o in found if o in {"Gérald Darmanin", "Édouard Philippe"}}
    assert rels <= allowed


def test_an_intention_stated_is_support(extractor):
    found = edges(extractor, "Romain Lebas a l'intention de soutenir Gérald Darmanin.")
    assert ("Romain Lebas", "SUPPORTS", "Gérald Darmanin") in found


# --- a party label before a name ------------------------------------------------------------

LABELS = [
    (
        "L'écologiste Corinne Baudet votera pour Yannick Jadot.",
        ("Corinne Baudet", "MEMBER_OF", "Europe Écologie Les Verts"),
    ),
    (
        "La liste est conduite par la socialiste Nadia Berthe.",
        ("Nadia Berthe", "MEMBER_OF", "Parti socialiste"),
    ),
    (
        "Selon l'insoumis Karim Djebar, la gauche doit s'unir.",
        ("Karim Djebar", "MEMBER_OF", "La France insoumise"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), LABELS)
def test_a_party_label_before_a_name_is_membership(extractor, text, expected):
    assert expected in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "L'ancien socialiste Paul Mercier a rejoint Emmanuel Macron.",
        "Après la victoire de Paul Mercier, Les Républicains se divisent.",
    ],
)
def test_a_former_label_or_a_party_name_is_no_membership(extractor, text):
    assert not any(rel == "MEMBER_OF" for _, rel, _ in edges(extractor, text))


# --- possessive and incumbent descriptions as objects ------------------------------------------

DESCRIBED = [
    (
        "Le maire sortant, Paul Dargent, a obtenu 40 %. Julie Mars, son ancienne adjointe, "
        "votera pour son ancien patron.",
        ("Julie Mars", "SUPPORTS", "Paul Dargent"),
    ),
    (
        "Marc Aubel a longtemps travaillé avec Hélène Vidal. Il a pris ses distances avec son "
        "ancienne alliée.",
        ("Marc Aubel", "REJECTS", "Hélène Vidal"),
    ),
    (
        "La maire socialiste, Inès Gaudin, se représente. Le député Paul Vernet a apporté son "
        "soutien à la maire sortante.",
        ("Paul Vernet", "SUPPORTS", "Inès Gaudin"),
    ),
    (
        "Le maire, Paul Dargent, brigue un second mandat. Julie Mars votera pour le maire sortant.",
        ("Julie Mars", "SUPPORTS", "Paul Dargent"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIBED)
def test_a_possessive_or_incumbent_description_is_resolved(extractor, text, expected):
    assert expected in edges(extractor, text)


def test_a_possessive_description_with_several_candidates_is_left_alone(extractor):
    text = "Paul Dargent et Luc Morel ont débattu mardi. Julie Mars votera pour son ancien patron."
    found = edges(extractor, text)
    assert not any(s == "Julie Mars" and rel == "SUPPORTS" for s, rel, _ in found)


# --- more cue phrasings ----------------------------------------------------------------------

PHRASINGS = [
    (
        "Nathalie Roux est restée fidèle à Xavier Bertrand pendant toute la campagne.",
        ("Nathalie Roux", "SUPPORTS", "Xavier Bertrand"),
    ),
    (
        "« Je suis loyale envers Gabriel Attal », répète Odile Garnier.",
        ("Odile Garnier", "SUPPORTS", "Gabriel Attal"),
    ),
    (
        "Trois jours plus tard, Jacques Méraud a annoncé qu'il ne suivrait pas Édouard Philippe.",
        ("Jacques Méraud", "REJECTS", "Édouard Philippe"),
    ),
    (
        "Armelle Picard refuse de suivre Marine Le Pen dans cette aventure.",
        ("Armelle Picard", "REJECTS", "Marine Le Pen"),
    ),
    (
        "En 2019, le PCF a fait alliance avec La France insoumise dans plusieurs villes.",
        ("Parti communiste français", "SUPPORTS", "La France insoumise"),
    ),
    (
        "Pour Sylvie Marchand, pas question de nouer une alliance avec Reconquête : elle ne "
        "scellera aucune alliance avec Reconquête.",
        ("Sylvie Marchand", "REJECTS", "Reconquête"),
    ),
    (
        "Marine Le Pen a rompu avec Florian Philippot à l'automne.",
        ("Marine Le Pen", "REJECTS", "Florian Philippot"),
    ),
    (
        "Hervé Garnier réclame la démission de Bruno Retailleau.",
        ("Hervé Garnier", "REJECTS", "Bruno Retailleau"),
    ),
    (
        "Le sénateur Denis Fabre exige le départ de Gérald Darmanin.",
        ("Denis Fabre", "REJECTS", "Gérald Darmanin"),
    ),
    (
        "Nicole Brun, colistière de Valérie Pécresse en 2015, a pris la parole.",
        ("Nicole Brun", "SUPPORTS", "Valérie Pécresse"),
    ),
    (
        "Sylvain Roy se dit séduit par le programme de Raphaël Glucksmann.",
        ("Sylvain Roy", "TEMPTED_BY", "Raphaël Glucksmann"),
    ),
    (
        "Paul Girard votera pour les candidats de Reconquête aux législatives.",
        ("Paul Girard", "SUPPORTS", "Reconquête"),
    ),
    (
        "Anne Hidalgo a proposé aux communistes de bâtir une plateforme commune.",
        ("Anne Hidalgo", "INVITED_TO_RALLY", "Parti communiste français"),
    ),
    (
        "Jordan Bardella a invité Nicolas Dupont-Aignan à revenir dans la famille.",
        ("Jordan Bardella", "INVITED_TO_RALLY", "Nicolas Dupont-Aignan"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PHRASINGS)
def test_more_cue_phrasings(extractor, text, expected):
    found = edges(extractor, text)
    assert expected in found
    assert between(found, expected[0], expected[2]) == {expected[1]}


@pytest.mark.parametrize(
    "text",
    [
        "Le journaliste a suivi Édouard Philippe pendant sa campagne ? Non, il a suivi le débat.",
        "Jacques Méraud a suivi Édouard Philippe lors de sa visite à Marseille.",
        "Arrivé en tête, Paul Girard est suivi de près par Édouard Philippe.",
        "Jacques Méraud n'est plus fidèle à ses convictions, estime Édouard Philippe.",
    ],
)
def test_following_someone_around_or_trailing_in_a_poll_is_no_support(extractor, text):
    found = edges(extractor, text)
    assert not any(rel == "SUPPORTS" for _, rel, o in found if o == "Édouard Philippe")


# --- discourse: whose lieutenant, whose offer -------------------------------------------------

DISCOURSE = [
    (
        "Hélène Roux n'exclut pas de nouveaux accords avec les socialistes.",
        ("Hélène Roux", "TEMPTED_BY", "Parti socialiste"),
    ),
    (
        "Valérie Pécresse a présenté son projet mardi. Son bras droit, Patrick Karam, a salué "
        "un texte ambitieux.",
        ("Patrick Karam", "SUPPORTS", "Valérie Pécresse"),
    ),
    (
        "Gabriel Attal a proposé aux centristes du MoDem un portefeuille ministériel. "
        "Marc Fesneau, président du groupe MoDem, a décliné l'offre.",
        ("Marc Fesneau", "REJECTS", "Gabriel Attal"),
    ),
    (
        "Élisabeth Borne a proposé un ministère à Hervé Morin. Hervé Morin a refusé.",
        ("Hervé Morin", "REJECTS", "Élisabeth Borne"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), DISCOURSE)
def test_discourse_fills_the_missing_end(extractor, text, expected):
    assert expected in edges(extractor, text)


def test_a_lieutenant_of_one_of_two_people_is_left_alone(extractor):
    text = (
        "Valérie Pécresse et Xavier Bertrand ont débattu mardi. Son bras droit, Patrick Karam, "
        "a salué un texte ambitieux."
    )
    assert not any(s == "Patrick Karam" and r == "SUPPORTS" for s, r, _ in edges(extractor, text))


def test_a_door_closed_to_someone_unnamed_does_not_answer_the_party_offer(extractor):
    text = (
        "Gabriel Attal a proposé aux centristes du MoDem un portefeuille ministériel. "
        "Marc Fesneau, président du groupe MoDem, avait fermé la porte à la droite."
    )
    found = edges(extractor, text)
    assert not any(s == "Marc Fesneau" and r == "REJECTS" for s, r, _ in found)


# --- general lexicon: parties of earlier periods, common first names --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jacques Morvan, député RPR du Finistère, a critiqué Lionel Jospin.",
            ("Jacques Morvan", "MEMBER_OF", "Rassemblement pour la République"),
        ),
        (
            "Alain Rivière, candidat de l'UDF, a appelé à voter pour Jacques Chirac.",
            ("Alain Rivière", "MEMBER_OF", "Union pour la démocratie française"),
        ),
        (
            "La militante de la LCR Fanny Dubreuil a manifesté à Lyon.",
            ("Fanny Dubreuil", "MEMBER_OF", "Ligue communiste révolutionnaire"),
        ),
        (
            "Pierre Vasseur, conseiller régional du MRC, votera pour Ségolène Royal.",
            ("Pierre Vasseur", "MEMBER_OF", "Mouvement républicain et citoyen"),
        ),
    ],
)
def test_parties_of_earlier_periods(extractor, text, expected):
    assert expected in edges(extractor, text, date="2004-03-15")


def test_a_common_first_name_gives_the_pronoun_its_person(extractor):
    text = (
        "Erwan Le Meur et Béatrice Caradec se disputent la tête de liste. "
        "Elle a finalement apporté son soutien à Valérie Pécresse."
    )
    found = edges(extractor, text)
    assert ("Béatrice Caradec", "SUPPORTS", "Valérie Pécresse") in found
    assert ("Erwan Le Meur", "SUPPORTS", "Valérie Pécresse") not in found


# --- a party word standing for the one person of that party -----------------------------------

PARTY_LABELS = [
    (
        "Arrivée troisième, Odette Ferrand (MoDem) tient les clés du scrutin. Paul Girard a "
        "proposé à la centriste de rejoindre sa liste.",
        ("Paul Girard", "INVITED_TO_RALLY", "Odette Ferrand"),
    ),
    (
        "La liste d'union est conduite par la socialiste Lise Aubert. Karim Benali a rallié la "
        "tête de liste socialiste.",
        ("Karim Benali", "SUPPORTS", "Lise Aubert"),
    ),
    (
        "Lise Aubert (PS) et Marc Dorval (PS) se disputent. Karim Benali a rallié la socialiste.",
        ("Karim Benali", "SUPPORTS", "Lise Aubert"),
    ),
    (
        "Le maire, Paul Girard, est écologiste. L'écologiste a rejeté l'offre de Lise Aubert.",
        ("Paul Girard", "REJECTS", "Lise Aubert"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARTY_LABELS)
def test_a_party_word_stands_for_the_one_person_of_that_party(extractor, text, expected):
    assert expected in edges(extractor, text)


def test_a_party_word_with_two_candidates_is_left_alone(extractor):
    text = "Lise Aubert (PS) et Anne Dorval (PS) se disputent. Karim Benali a rallié la socialiste."
    found = edges(extractor, text)
    assert not any(s == "Karim Benali" and r == "SUPPORTS" for s, r, _ in found)


def test_a_stance_long_given_up_is_no_claim(extractor):
    text = "Paul Girard, qui avait longtemps combattu Lise Aubert, se range désormais à ses côtés."
    assert ("Paul Girard", "REJECTS", "Lise Aubert") not in edges(extractor, text)
    text = "Paul Girard avait combattu Lise Aubert en 2019."  # the article's year: the story
    assert ("Paul Girard", "REJECTS", "Lise Aubert") in edges(extractor, text)


# --- speaker before a colon, insults, "à ses côtés" ------------------------------------------

MORE = [
    (
        "Julien Aubert a pris la parole : « Je ne serai jamais le supplétif de Reconquête. »",
        ("Julien Aubert", "REJECTS", "Reconquête"),
    ),
    (
        "Laurent Wauquiez traite Emmanuel Macron de « girouette ».",
        ("Laurent Wauquiez", "REJECTS", "Emmanuel Macron"),
    ),
    (
        "La sénatrice Odile Pernet a qualifié Gérald Darmanin d'irresponsable.",
        ("Odile Pernet", "REJECTS", "Gérald Darmanin"),
    ),
    (
        "Xavier Bertrand a présenté son programme. Paul Girard restera à ses côtés jusqu'au bout.",
        ("Paul Girard", "SUPPORTS", "Xavier Bertrand"),
    ),
    (
        "« J'ai confiance en Anne Hidalgo et je me tiendrai à ses côtés », dit Paul Girard.",
        ("Paul Girard", "SUPPORTS", "Anne Hidalgo"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), MORE)
def test_speaker_insults_and_sides(extractor, text, expected):
    assert expected in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre a qualifié la réforme de dangereuse, répond Gérald Darmanin.",
        "Xavier Bertrand et Valérie Pécresse ont débattu. Paul Girard restera à ses côtés.",
        "Paul Girard a pris ses distances avec le maire.",
    ],
)
def test_no_target_without_a_single_candidate(extractor, text):
    found = edges(extractor, text)
    assert not any(r in {"SUPPORTS", "REJECTS"} for _, r, _ in found)


# --- nominations, appositions with a possessive, offers declined ------------------------------

NOMINATIONS = [
    (
        "Paul Girard, candidat investi par LR dans l'Aisne, hésite.",
        ("Paul Girard", "MEMBER_OF", "Les Républicains"),
    ),
    (
        "Jordan Bardella, président par intérim du RN, a réagi.",
        ("Jordan Bardella", "MEMBER_OF", "Front national"),
    ),
    (
        "Valérie Pécresse a présenté son projet. Patrick Karam, son bras droit, a salué un "
        "texte ambitieux.",
        ("Patrick Karam", "SUPPORTS", "Valérie Pécresse"),
    ),
    (
        "Hervé Morin a décliné l'offre de Gabriel Attal.",
        ("Gabriel Attal", "INVITED_TO_RALLY", "Hervé Morin"),
    ),
    (
        "Paul Girard a décliné l'invitation de Gabriel Attal à rejoindre sa liste.",
        ("Gabriel Attal", "INVITED_TO_RALLY", "Paul Girard"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOMINATIONS)
def test_nominations_appositions_and_declined_offers(extractor, text, expected):
    assert expected in edges(extractor, text)


def test_an_invitation_to_debate_declined_is_no_rally(extractor):
    found = edges(extractor, "Paul Girard a décliné l'invitation de Gabriel Attal à débattre.")
    assert ("Gabriel Attal", "INVITED_TO_RALLY", "Paul Girard") not in found


def test_a_possessive_apposition_with_two_candidates_is_left_alone(extractor):
    text = (
        "Valérie Pécresse et Xavier Bertrand ont débattu. Patrick Karam, son bras droit, a "
        "salué le texte."
    )
    assert not any(s == "Patrick Karam" and r == "SUPPORTS" for s, r, _ in edges(extractor, text))


# --- a wider lexicon of stances ---------------------------------------------------------------

LEXICON = [
    ("Bernard Coste s'est prononcé en faveur de Valérie Pécresse.", "SUPPORTS", "Valérie Pécresse"),
    ("Bernard Coste s'engage derrière Valérie Pécresse.", "SUPPORTS", "Valérie Pécresse"),
    ("Bernard Coste milite pour Yannick Jadot depuis des mois.", "SUPPORTS", "Yannick Jadot"),
    ("Bernard Coste a fait le choix de Xavier Bertrand.", "SUPPORTS", "Xavier Bertrand"),
    ("Bernard Coste a pris la défense de Gérald Darmanin.", "SUPPORTS", "Gérald Darmanin"),
    ("Bernard Coste s'est prononcé contre Gérald Darmanin.", "REJECTS", "Gérald Darmanin"),
    ("Bernard Coste appelle à battre Gérald Darmanin.", "REJECTS", "Gérald Darmanin"),
    ("Bernard Coste s'attaque à Gérald Darmanin.", "REJECTS", "Gérald Darmanin"),
    ("Bernard Coste ironise sur Gérald Darmanin.", "REJECTS", "Gérald Darmanin"),
    ("Bernard Coste a exclu Paul Vidal du groupe municipal.", "REJECTS", "Paul Vidal"),
    ("Bernard Coste penche pour Édouard Philippe.", "TEMPTED_BY", "Édouard Philippe"),
    (
        "Bernard Coste ne cache pas sa sympathie pour Édouard Philippe.",
        "TEMPTED_BY",
        "Édouard Philippe",
    ),
    (
        "Bernard Coste est sensible aux arguments de Raphaël Glucksmann.",
        "TEMPTED_BY",
        "Raphaël Glucksmann",
    ),
    (
        "Bernard Coste plaide pour une alliance avec La France insoumise.",
        "INVITED_TO_RALLY",
        "La France insoumise",
    ),
    ("Bernard Coste a adhéré au Parti socialiste en 2015.", "MEMBER_OF", "Parti socialiste"),
    ("Bernard Coste a pris sa carte au PCF.", "MEMBER_OF", "Parti communiste français"),
    (
        "Bernard Coste milite au Parti communiste depuis 1995.",
        "MEMBER_OF",
        "Parti communiste français",
    ),
    (
        "Bernard Coste, porte-voix de Jean-Luc Mélenchon, a répondu.",
        "SPOKESPERSON_OF",
        "Jean-Luc Mélenchon",
    ),
]


@pytest.mark.parametrize(("text", "relation", "obj"), LEXICON)
def test_a_wider_lexicon_of_stances(extractor, text, relation, obj):
    assert ("Bernard Coste", relation, obj) in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Bernard Coste a battu Gérald Darmanin au second tour.",
        "Bernard Coste ne s'est pas prononcé pour Gérald Darmanin.",
        "Bernard Coste n'exclut pas Gérald Darmanin de ses calculs.",
    ],
)
def test_a_defeat_a_silence_or_a_calculation_is_no_stance(extractor, text):
    assert not any(o == "Gérald Darmanin" for _, _, o in edges(extractor, text))


# --- subjects and objects in wider frames -----------------------------------------------------

FRAMES = [
    (
        "Bernard Coste soutient Valérie Pécresse, tout comme Lucie Morin.",
        ("Lucie Morin", "SUPPORTS", "Valérie Pécresse"),
    ),
    (
        "À l'instar de Lucie Morin, Bernard Coste a rallié Valérie Pécresse.",
        ("Lucie Morin", "SUPPORTS", "Valérie Pécresse"),
    ),
    (
        "Valérie Pécresse peut compter sur le soutien de Bernard Coste.",
        ("Bernard Coste", "SUPPORTS", "Valérie Pécresse"),
    ),
    (
        "Bernard Coste rejoint l'équipe de campagne de Valérie Pécresse.",
        ("Bernard Coste", "SUPPORTS", "Valérie Pécresse"),
    ),
    (
        "Soutien de la première heure de Valérie Pécresse, Bernard Coste a pris la parole.",
        ("Bernard Coste", "SUPPORTS", "Valérie Pécresse"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FRAMES)
def test_subjects_and_objects_in_wider_frames(extractor, text, expected):
    assert expected in edges(extractor, text)


def test_a_comparison_inside_a_quote_adds_no_subject(extractor):
    text = "« Je soutiens Valérie Pécresse, tout comme Lucie Morin », assure Bernard Coste."
    assert ("Lucie Morin", "SUPPORTS", "Valérie Pécresse") not in edges(extractor, text)


# --- negation, labels and feuds ----------------------------------------------------------------

BATCH = [
    (
        "Sabine Roche ne votera en aucun cas pour Gérald Darmanin.",
        ("Sabine Roche", "REJECTS", "Gérald Darmanin"),
    ),
    (
        "Sabine Roche, conseillère municipale (PS), a pris la parole.",
        ("Sabine Roche", "MEMBER_OF", "Parti socialiste"),
    ),
    (
        "Sabine Roche, l'une des figures du PCF, a pris la parole.",
        ("Sabine Roche", "MEMBER_OF", "Parti communiste français"),
    ),
    (
        "Chez les Écologistes, Sabine Roche, secrétaire départementale, hésite.",
        ("Sabine Roche", "MEMBER_OF", "Europe Écologie Les Verts"),
    ),
    (
        "Sabine Roche a claqué la porte des Républicains en 2019.",
        ("Sabine Roche", "REJECTS", "Les Républicains"),
    ),
    (
        "Sabine Roche est en guerre ouverte avec Gérald Darmanin.",
        ("Sabine Roche", "REJECTS", "Gérald Darmanin"),
    ),
    (
        "Sabine Roche a proposé à Gérald Darmanin une place sur sa liste.",
        ("Sabine Roche", "INVITED_TO_RALLY", "Gérald Darmanin"),
    ),
    (
        "Sabine Roche rêve d'un rapprochement avec Gérald Darmanin.",
        ("Sabine Roche", "TEMPTED_BY", "Gérald Darmanin"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), BATCH)
def test_negation_labels_and_feuds(extractor, text, expected):
    found = edges(extractor, text)
    assert expected in found
    assert between(found, expected[0], expected[2]) == {expected[1]}


def test_a_former_role_after_chez_party_is_no_membership(extractor):
    text = "Chez les Écologistes, Sabine Roche, ancienne secrétaire départementale, hésite."
    assert not any(r == "MEMBER_OF" for _, r, _ in edges(extractor, text))


# --- openness, hostility, approaches ----------------------------------------------------------

OPENNESS = [
    (
        "Hugo Ferrand est favorable à une alliance avec La France insoumise.",
        ("Hugo Ferrand", "TEMPTED_BY", "La France insoumise"),
    ),
    (
        "Hugo Ferrand se dit prêt à travailler avec Gérald Darmanin.",
        ("Hugo Ferrand", "TEMPTED_BY", "Gérald Darmanin"),
    ),
    (
        "Hugo Ferrand n'est pas hostile à un rapprochement avec Gérald Darmanin.",
        ("Hugo Ferrand", "TEMPTED_BY", "Gérald Darmanin"),
    ),
    ("Hugo Ferrand est hostile à Gérald Darmanin.", ("Hugo Ferrand", "REJECTS", "Gérald Darmanin")),
    (
        "Hugo Ferrand est opposé à toute alliance avec Reconquête.",
        ("Hugo Ferrand", "REJECTS", "Reconquête"),
    ),
    (
        "Hugo Ferrand a approché Gérald Darmanin pour qu'il rejoigne sa liste.",
        ("Hugo Ferrand", "INVITED_TO_RALLY", "Gérald Darmanin"),
    ),
    (
        "Hugo Ferrand a fait savoir qu'il soutiendrait Gérald Darmanin.",
        ("Hugo Ferrand", "SUPPORTS", "Gérald Darmanin"),
    ),
    (
        "Hugo Ferrand a réservé ses critiques à Gérald Darmanin.",
        ("Hugo Ferrand", "REJECTS", "Gérald Darmanin"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), OPENNESS)
def test_openness_hostility_and_approaches(extractor, text, expected):
    found = edges(extractor, text)
    assert expected in found
    assert between(found, expected[0], expected[2]) == {expected[1]}


def test_the_clitic_under_a_request_is_the_one_who_asks(extractor):
    text = "Hugo Ferrand a invité les électeurs de Gérald Darmanin à le rejoindre."
    assert not any(o == "Gérald Darmanin" for _, _, o in edges(extractor, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Karim Benali conduira la liste de gauche. Le jeune enseignant a invité Lise Aubert "
            "à le rejoindre.",
            ("Karim Benali", "INVITED_TO_RALLY", "Lise Aubert"),
        ),
        (
            "Odette Ferrand a recueilli 12 %. La quinquagénaire hésite à soutenir Paul Girard.",
            ("Odette Ferrand", "TEMPTED_BY", "Paul Girard"),
        ),
    ],
)
def test_a_person_noun_opening_a_sentence_is_the_previous_subject(extractor, text, expected):
    assert expected in edges(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gabriel Attal a proposé aux dirigeants du MoDem un grand ministère.",
            ("Gabriel Attal", "INVITED_TO_RALLY", "Mouvement démocrate"),
        ),
        (
            "Bernard Coste a tendu la main aux élus socialistes.",
            ("Bernard Coste", "INVITED_TO_RALLY", "Parti socialiste"),
        ),
        (
            "Bernard Coste s'en est pris aux militants de La France insoumise.",
            ("Bernard Coste", "REJECTS", "La France insoumise"),
        ),
    ],
)
def test_a_group_of_a_party_as_object_is_the_party(extractor, text, expected):
    assert expected in edges(extractor, text)


def test_a_group_of_a_town_is_no_party(extractor):
    assert not edges(extractor, "Bernard Coste a critiqué les élus de Paris.")


# --- participles and appositions describe the name they follow --------------------------------

APPOSED = [
    (
        "Le préfet a reçu Julien Morel, élu en 2020 sous les couleurs du PCF, puis la maire.",
        ("Julien Morel", "MEMBER_OF", "Parti communiste français"),
    ),
    (
        "Anne Hidalgo a salué Julien Morel, soutenu depuis mars par Yannick Jadot.",
        ("Yannick Jadot", "SUPPORTS", "Julien Morel"),
    ),
    (
        "Anne Hidalgo a rencontré Julien Morel, rallié depuis peu à Yannick Jadot.",
        ("Julien Morel", "SUPPORTS", "Yannick Jadot"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), APPOSED)
def test_a_participle_describes_the_name_it_follows(extractor, text, expected):
    found = edges(extractor, text)
    assert expected in found
    assert not any(s == "Anne Hidalgo" and r == "SUPPORTS" for s, r, _ in found)
    assert ("Le préfet", "MEMBER_OF", "Parti communiste français") not in found


def test_a_name_after_an_apposition_keeps_its_finite_verb(extractor):
    text = "Julien Morel, ancien porte-parole de Yannick Jadot, lorgne vers Raphaël Glucksmann."
    found = edges(extractor, text)
    assert ("Julien Morel", "TEMPTED_BY", "Raphaël Glucksmann") in found
    assert ("Yannick Jadot", "TEMPTED_BY", "Raphaël Glucksmann") not in found


def test_pas_question_de_is_a_negation(extractor):
    found = edges(extractor, "Pour Marc Vigier, pas question de soutenir Gérald Darmanin.")
    assert ("Marc Vigier", "SUPPORTS", "Gérald Darmanin") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le PS a signé un accord avec La France insoumise.",
            ("Parti socialiste", "SUPPORTS", "La France insoumise"),
        ),
        (
            "Lucie Garnier a conclu un accord avec Valérie Pécresse.",
            ("Lucie Garnier", "SUPPORTS", "Valérie Pécresse"),
        ),
        (
            "Lucie Garnier refuse de signer un accord avec Éric Zemmour.",
            ("Lucie Garnier", "REJECTS", "Éric Zemmour"),
        ),
        (
            "Lucie Garnier a mis en garde contre Éric Zemmour.",
            ("Lucie Garnier", "REJECTS", "Éric Zemmour"),
        ),
    ],
)
def test_agreements_and_warnings(extractor, text, expected):
    found = edges(extractor, text)
    assert expected in found
    assert between(found, expected[0], expected[2]) == {expected[1]}


def test_a_stressed_pronoun_in_a_quote_is_the_one_other_person(extractor):
    text = (
        "Anne Hidalgo a présenté son projet. « Je ne voterai pas pour elle », a tranché "
        "Lucie Garnier."
    )
    assert ("Lucie Garnier", "REJECTS", "Anne Hidalgo") in edges(extractor, text)
    text = (
        "Gérald Darmanin a lancé sa campagne. « Je ferai campagne pour lui », promet Lucie Garnier."
    )
    assert ("Lucie Garnier", "SUPPORTS", "Gérald Darmanin") in edges(extractor, text)


def test_a_stressed_pronoun_in_a_quote_with_two_candidates_is_left_alone(extractor):
    text = (
        "Anne Hidalgo et Valérie Pécresse ont débattu. « Je ne voterai pas pour elle », a "
        "tranché Lucie Garnier."
    )
    assert not any(s == "Lucie Garnier" for s, _, _ in edges(extractor, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hugo Martel, porte-parole de la campagne de Valérie Pécresse, a répondu.",
            ("Hugo Martel", "SPOKESPERSON_OF", "Valérie Pécresse"),
        ),
        (
            "Hugo Martel, élu sur la liste du PS, a répondu.",
            ("Hugo Martel", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "Hugo Martel, membre de l'équipe de campagne de Valérie Pécresse, a répondu.",
            ("Hugo Martel", "SUPPORTS", "Valérie Pécresse"),
        ),
    ],
)
def test_staff_of_a_campaign_and_lists_of_a_party(extractor, text, expected):
    assert expected in edges(extractor, text)


def test_a_former_campaign_spokesperson_is_no_spokesperson(extractor):
    text = "Hugo Martel, ancien porte-parole de la campagne de Valérie Pécresse, a répondu."
    assert not edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Hugo Martel s'est désisté en faveur de Valérie Pécresse.",
        "Hugo Martel a retiré sa candidature au profit de Valérie Pécresse.",
        "Hugo Martel s'est effacé devant Valérie Pécresse.",
        "Hugo Martel a rallié le camp de Valérie Pécresse.",
    ],
)
def test_standing_down_for_someone_is_support(extractor, text):
    found = edges(extractor, text)
    assert between(found, "Hugo Martel", "Valérie Pécresse") == {"SUPPORTS"}


def test_withdrawing_ones_support_is_still_a_rejection(extractor):
    found = edges(extractor, "Hugo Martel a retiré son soutien à Valérie Pécresse.")
    assert between(found, "Hugo Martel", "Valérie Pécresse") == {"REJECTS"}


@pytest.mark.parametrize(
    "text",
    [
        "Paul Girard a invité Anne Hidalgo à revenir sur ses propos.",
        "Anne Hidalgo a présenté son plan. Paul Girard lui parle souvent.",
        "Paul Girard a invité Anne Hidalgo à entrer dans le débat.",
    ],
)
def test_retracting_talking_and_debating_are_no_stance(extractor, text):
    assert not edges(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anne Hidalgo a fermé la porte à tout débat avec Éric Zemmour.",
            ("Anne Hidalgo", "REJECTS", "Éric Zemmour"),
        ),
        (
            "Paul Girard refuse tout dialogue avec Éric Zemmour.",
            ("Paul Girard", "REJECTS", "Éric Zemmour"),
        ),
        (
            "Paul Girard n'exclut pas des discussions avec Éric Zemmour.",
            ("Paul Girard", "TEMPTED_BY", "Éric Zemmour"),
        ),
    ],
)
def test_refusing_exchanges_with_someone(extractor, text, expected):
    found = edges(extractor, text)
    assert between(found, expected[0], expected[2]) == {expected[1]}


def test_supporting_a_dialogue_is_no_support_of_the_other_side(extractor):
    assert not edges(extractor, "Paul Girard soutient le dialogue avec Éric Zemmour.")


# --- "le gouvernement" stands for the Prime Minister the article names -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Édouard Philippe présente son équipe. Paul Girard regarde lui aussi du côté du "
            "gouvernement.",
            ("Paul Girard", "TEMPTED_BY", "Édouard Philippe"),
        ),
        (
            "Le Premier ministre a tendu la main. Paul Girard critique le gouvernement.",
            ("Paul Girard", "REJECTS", "Édouard Philippe"),
        ),
    ],
)
def test_the_government_is_its_head_when_the_article_names_them(extractor, text, expected):
    assert expected in edges(extractor, text, date="2019-05-10")


@pytest.mark.parametrize(
    "text",
    [
        "Paul Girard critique le gouvernement.",
        "Édouard Philippe présente son équipe. Paul Girard critique le gouvernement de "
        "Viktor Orban.",
    ],
)
def test_an_unnamed_or_foreign_government_is_left_alone(extractor, text):
    found = edges(extractor, text, date="2019-05-10")
    assert ("Paul Girard", "REJECTS", "Édouard Philippe") not in found


def test_a_role_description_after_a_quote_is_the_previous_subject(extractor):
    text = (
        "Hélène Morvan hésite encore. « Je ne voterai pas pour Gérald Darmanin », a répondu la "
        "conseillère régionale socialiste."
    )
    found = edges(extractor, text)
    assert ("Hélène Morvan", "MEMBER_OF", "Parti socialiste") in found
    assert ("Hélène Morvan", "REJECTS", "Gérald Darmanin") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Valérie Pécresse a présenté son projet. Sa porte-parole, Lise Aubert, a défendu le "
            "texte.",
            ("Lise Aubert", "SPOKESPERSON_OF", "Valérie Pécresse"),
        ),
        (
            "Valérie Pécresse a présenté son projet. Lise Aubert, sa porte-parole, a défendu le "
            "texte.",
            ("Lise Aubert", "SPOKESPERSON_OF", "Valérie Pécresse"),
        ),
        (
            "Marine Le Pen et son porte-parole Sébastien Chenu ont répondu.",
            ("Sébastien Chenu", "SPOKESPERSON_OF", "Marine Le Pen"),
        ),
        (
            "Lise Aubert hésite entre Valérie Pécresse et Xavier Bertrand.",
            ("Lise Aubert", "TEMPTED_BY", "Xavier Bertrand"),
        ),
    ],
)
def test_possessive_spokespersons_and_hesitations(extractor, text, expected):
    assert expected in edges(extractor, text)
