"""Stances as news writes them: nouns and idioms, sanctions, verbless refusals, adjectives of
impossibility, lists with glosses, calls on someone to rally a third person.

Every family has several phrasings of our own and at least one trap that must not produce the
tempting edge. The words live in ``ontology/cues.toml``; these tests say what they mean.
"""

from __future__ import annotations

import pytest
from fixtures_extract import assert_edges, claim_triples


def edges(extractor, text: str, date: str = "2019-06-01") -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, date)


def check(extractor, text: str, expected, forbidden=()) -> None:
    assert_edges(edges(extractor, text), expected, forbidden)


# --- sanctions: exclusions and withdrawn investitures are refusals ---------------------------

SANCTIONS = [
    (
        "Le Parti socialiste lui a retiré son investiture. Jean Morvan maintient pourtant sa "
        "candidature.",
        [],
    ),
    (
        "Jean Morvan maintient sa candidature. Le Parti socialiste lui a aussitôt retiré son "
        "investiture.",
        [("Parti socialiste", "REJECTS", "Jean Morvan")],
    ),
    (
        "Les Républicains ont retiré leur investiture à Claire Fontanel.",
        [("Les Républicains", "REJECTS", "Claire Fontanel")],
    ),
    (
        "Le conseiller municipal Hugo Lestrade s'est vu refuser l'investiture des Républicains.",
        [("Les Républicains", "REJECTS", "Hugo Lestrade")],
    ),
    (
        "Sandrine Aubert a été exclue du Parti socialiste après avoir maintenu sa liste.",
        [("Parti socialiste", "REJECTS", "Sandrine Aubert")],
    ),
    (
        "Christian Jacob a annoncé l'exclusion de Damien Abad.",
        [("Christian Jacob", "REJECTS", "Damien Abad")],
    ),
    (
        "Olivier Faure a exclu Sandrine Aubert du parti.",
        [("Olivier Faure", "REJECTS", "Sandrine Aubert")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SANCTIONS)
def test_sanctions_are_refusals(extractor, text, expected):
    check(extractor, text, expected)


def test_an_excluded_member_is_no_member_and_the_excluder_no_supporter(extractor):
    found = edges(extractor, "Sandrine Aubert a été exclue du Parti socialiste par Olivier Faure.")
    assert ("Olivier Faure", "REJECTS", "Sandrine Aubert") in found
    assert ("Sandrine Aubert", "MEMBER_OF", "Parti socialiste") not in found
    assert ("Parti socialiste", "REJECTS", "Olivier Faure") not in found


def test_an_active_exclusion_does_not_reject_the_excluder(extractor):
    found = edges(extractor, "Olivier Faure a exclu Sandrine Aubert du Parti socialiste.")
    assert ("Parti socialiste", "REJECTS", "Olivier Faure") not in found


# --- refusals with no verb ------------------------------------------------------------------

VERBLESS = [
    (
        "« Le Rassemblement national ? Pour moi, ce sera non », a déclaré Paul Lestang.",
        ("Paul Lestang", "REJECTS", "Front national"),
    ),
    (
        "« Une alliance avec La France insoumise ? Jamais. », a répondu Fabien Roussel.",
        ("Fabien Roussel", "REJECTS", "La France insoumise"),
    ),
    (
        "« Pour Jean-Luc Mélenchon, c'est non », a tranché Marine Tondelier.",
        ("Marine Tondelier", "REJECTS", "Jean-Luc Mélenchon"),
    ),
    (
        "« Faire liste commune avec le Parti socialiste ? Hors de question », a lancé Manon Aubry.",
        ("Manon Aubry", "REJECTS", "Parti socialiste"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), VERBLESS)
def test_verbless_refusals(extractor, text, expected):
    check(extractor, text, [expected])


@pytest.mark.parametrize(
    "text",
    [
        "« Emmanuel Macron ? Oui, pourquoi pas », a répondu François Bayrou.",
        "« Jean-Luc Mélenchon ? Non seulement il a tort, mais il le sait », a ironisé "
        "Fabien Roussel.",
    ],
)
def test_an_answer_that_is_no_refusal_is_no_edge(extractor, text):
    assert not {e for e in edges(extractor, text) if e[1] == "REJECTS"}


def test_a_verbless_refusal_needs_a_named_speaker(extractor):
    text = (
        "Julien Tessier a proposé une alliance à Gilles Vautrin. Le député sortant lui a "
        "répondu : « Une alliance avec le Front national ? Jamais. »"
    )
    found = edges(extractor, text)
    assert ("Julien Tessier", "REJECTS", "Front national") not in found


# --- adjectives of impossibility ------------------------------------------------------------

IMPOSSIBLE = [
    (
        "Ian Brossat juge inenvisageable une liste commune avec Raphaël Glucksmann.",
        ("Ian Brossat", "REJECTS", "Raphaël Glucksmann"),
    ),
    (
        "Capucine Moreau juge impossible toute alliance avec le Parti socialiste.",
        ("Capucine Moreau", "REJECTS", "Parti socialiste"),
    ),
    (
        "Capucine Moreau juge impossible toute alliance avec le Parti socialiste, qu'elle "
        "accuse d'avoir « trahi la gauche ».",
        ("Capucine Moreau", "REJECTS", "Parti socialiste"),
    ),
    (
        "Marc Vidal estime inenvisageable une alliance avec Marine Le Pen.",
        ("Marc Vidal", "REJECTS", "Marine Le Pen"),
    ),
    (
        "Pour Xavier Bertrand, un accord avec Marine Le Pen reste impensable, et il "
        "estime impensable toute alliance avec Éric Zemmour.",
        ("Xavier Bertrand", "REJECTS", "Éric Zemmour"),
    ),
    (
        "Nathalie Kosciusko-Morizet a pris ses distances avec Nicolas Sarkozy, jugeant "
        "inenvisageable toute alliance avec le Front national.",
        ("Nathalie Kosciusko-Morizet", "REJECTS", "Front national"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), IMPOSSIBLE)
def test_an_impossible_alliance_is_a_refusal(extractor, text, expected):
    check(extractor, text, [expected], [(expected[0], "SUPPORTS", expected[2])])


def test_a_detached_participle_belongs_to_the_clause_subject(extractor):
    found = edges(
        extractor,
        "Nathalie Kosciusko-Morizet a pris ses distances avec Nicolas Sarkozy, jugeant "
        "inenvisageable toute alliance avec le Front national.",
    )
    assert ("Nicolas Sarkozy", "REJECTS", "Front national") not in found


def test_an_alliance_not_judged_impossible_is_a_temptation(extractor):
    found = edges(
        extractor, "Marc Dujardin ne juge pas impossible une alliance avec Hélène Marchand."
    )
    assert ("Marc Dujardin", "REJECTS", "Hélène Marchand") not in found
    assert ("Marc Dujardin", "SUPPORTS", "Hélène Marchand") not in found


# --- joint lists, banners, endorsements -----------------------------------------------------

TOGETHER = [
    (
        "Yves Le Goff fera liste commune avec l'écologiste Nora Belkadi.",
        ("Yves Le Goff", "SUPPORTS", "Nora Belkadi"),
    ),
    (
        "Le maire sortant a fait cause commune avec Anne Hidalgo, a rappelé Ian Brossat.",
        None,
    ),
    (
        "Le Mouvement démocrate s'est rangé sous la bannière de Paul Lestang.",
        ("Mouvement démocrate", "SUPPORTS", "Paul Lestang"),
    ),
    (
        "Fabien Roussel ne cautionnera jamais la candidature de Jean-Luc Mélenchon.",
        ("Fabien Roussel", "REJECTS", "Jean-Luc Mélenchon"),
    ),
    (
        "François Bayrou a cautionné la candidature d'Emmanuel Macron.",
        ("François Bayrou", "SUPPORTS", "Emmanuel Macron"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c for c in TOGETHER if c[1]])
def test_joint_lists_banners_and_endorsements(extractor, text, expected):
    check(extractor, text, [expected])


def test_no_joint_list_is_a_refusal(extractor):
    found = edges(extractor, "Yannick Jadot ne fera pas liste commune avec Raphaël Glucksmann.")
    assert ("Yannick Jadot", "SUPPORTS", "Raphaël Glucksmann") not in found
    assert ("Yannick Jadot", "REJECTS", "Raphaël Glucksmann") in found


# --- interest without the usual words -------------------------------------------------------

INTEREST = [
    (
        "Marc Dujardin veut trouver un terrain d'entente avec Hélène Marchand.",
        ("Marc Dujardin", "TEMPTED_BY", "Hélène Marchand"),
    ),
    (
        "Benoît Hamon ne ferme pas la porte à Raphaël Glucksmann.",
        ("Benoît Hamon", "TEMPTED_BY", "Raphaël Glucksmann"),
    ),
    (
        "Jean-Vincent Placé garde la porte ouverte à Manuel Valls.",
        ("Jean-Vincent Placé", "TEMPTED_BY", "Manuel Valls"),
    ),
    (
        "Julien Bayou cherche un compromis avec Olivier Faure.",
        ("Julien Bayou", "TEMPTED_BY", "Olivier Faure"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), INTEREST)
def test_interest_is_a_temptation_not_a_support(extractor, text, expected):
    check(extractor, text, [expected], [(expected[0], "SUPPORTS", expected[2])])


def test_a_door_kept_closed_is_no_temptation(extractor):
    found = edges(extractor, "Éric Ciotti garde la porte fermée à Marine Le Pen.")
    assert ("Éric Ciotti", "TEMPTED_BY", "Marine Le Pen") not in found


def test_a_closed_door_is_a_refusal(extractor):
    found = edges(extractor, "Benoît Hamon a fermé la porte à Raphaël Glucksmann.")
    assert ("Benoît Hamon", "REJECTS", "Raphaël Glucksmann") in found
    assert ("Benoît Hamon", "TEMPTED_BY", "Raphaël Glucksmann") not in found


# --- nominal stances: whose rally is it ------------------------------------------------------


def test_the_holder_of_a_rally_is_its_subject(extractor):
    found = edges(extractor, "Le ralliement de François Bayrou à Emmanuel Macron a surpris.")
    assert ("François Bayrou", "SUPPORTS", "Emmanuel Macron") in found


@pytest.mark.parametrize("verb", ["annoncé", "officialisé", "confirmé"])
def test_announcing_ones_own_rally_is_a_support(extractor, verb):
    found = edges(extractor, f"François Bayrou a {verb} son ralliement à Emmanuel Macron.")
    assert ("François Bayrou", "SUPPORTS", "Emmanuel Macron") in found


@pytest.mark.parametrize("verb", ["raillé", "dénoncé", "moqué", "commenté"])
def test_commenting_on_a_rally_is_not_rallying(extractor, verb):
    found = edges(extractor, f"Florian Philippot a {verb} le ralliement à Christian Estrosi.")
    assert ("Florian Philippot", "SUPPORTS", "Christian Estrosi") not in found


def test_defections_towards_someone_are_supports(extractor):
    found = edges(extractor, "La défection de Gérard Collomb vers Emmanuel Macron a surpris.")
    assert ("Gérard Collomb", "SUPPORTS", "Emmanuel Macron") in found


# --- lists as news writes them --------------------------------------------------------------

GLOSSED = [
    "Manuel Bompard a tendu la main aux Écologistes (EELV), au Parti communiste (PCF) et à "
    "Génération.s.",
    "Olivier Faure a exhorté les Écologistes (EELV), le Parti communiste (PCF) et Génération.s "
    "à rejoindre la liste de Raphaël Glucksmann.",
    "Marine Tondelier a proposé à Génération.s, au Parti communiste (PCF) et aux Écologistes "
    "(EELV) de construire une liste commune.",
]


@pytest.mark.parametrize("text", GLOSSED)
def test_every_item_of_a_glossed_list_is_an_object(extractor, text):
    found = edges(extractor, text)
    inviter = text.split(" a ")[0]
    for party in ["Europe Écologie Les Verts", "Parti communiste français", "Génération.s"]:
        assert (inviter, "INVITED_TO_RALLY", party) in found


def test_an_apposition_with_a_hyphen_is_no_coordinated_subject(extractor):
    text = (
        "Raphaël Glucksmann a adressé un appel à l'union à Yannick Jadot. Yannick Jadot, tête "
        "de liste d'Europe Écologie-Les Verts (EELV), lui a opposé une fin de non-recevoir."
    )
    found = edges(extractor, text)
    assert ("Yannick Jadot", "REJECTS", "Raphaël Glucksmann") in found
    assert ("Europe Écologie Les Verts", "REJECTS", "Yannick Jadot") not in found


def test_coordinated_subjects_all_hold_the_stance(extractor):
    text = (
        "Clémentine Autain, Alexis Corbière et Adrien Quatennens ont apporté leur soutien à "
        "Manon Aubry."
    )
    found = edges(extractor, text)
    for name in ["Clémentine Autain", "Alexis Corbière", "Adrien Quatennens"]:
        assert (name, "SUPPORTS", "Manon Aubry") in found


# --- a call on A to rally B -----------------------------------------------------------------

CALLS = [
    (
        "Franck Meunier a appelé Paul Lestang à le rejoindre.",
        ("Franck Meunier", "INVITED_TO_RALLY", "Paul Lestang"),
        ("Paul Lestang", "SUPPORTS", "Franck Meunier"),
    ),
    (
        "Olivier Faure a exhorté le Parti communiste à rejoindre la liste de Raphaël Glucksmann.",
        ("Olivier Faure", "INVITED_TO_RALLY", "Parti communiste français"),
        ("Parti communiste français", "SUPPORTS", "Raphaël Glucksmann"),
    ),
    (
        "Jordan Bardella invite Éric Ciotti à soutenir Marine Le Pen.",
        None,
        ("Éric Ciotti", "SUPPORTS", "Marine Le Pen"),
    ),
]


@pytest.mark.parametrize(("text", "expected", "forbidden"), CALLS)
def test_a_call_to_rally_is_an_invitation_not_the_addressees_support(
    extractor, text, expected, forbidden
):
    check(extractor, text, [expected] if expected else [], [forbidden])


def test_a_purpose_clause_ties_the_subject_to_no_one(extractor):
    text = (
        "Jean-Christophe Cambadélis a annoncé le retrait des listes socialistes afin "
        "d'empêcher Marine Le Pen de l'emporter."
    )
    found = edges(extractor, text)
    assert not {e for e in found if e[2] == "Marine Le Pen" and e[1] != "REJECTS"}


@pytest.mark.parametrize(
    ("text", "names", "target"),
    [
        (
            "Plusieurs élus, notamment Gérald Darmanin et Sébastien Lecornu, ont rejoint "
            "Emmanuel Macron.",
            ["Gérald Darmanin", "Sébastien Lecornu"],
            "Emmanuel Macron",
        ),
        (
            "Plusieurs cadres, notamment Rachida Dati et Bruno Retailleau, soutiennent "
            "Valérie Pécresse.",
            ["Rachida Dati", "Bruno Retailleau"],
            "Valérie Pécresse",
        ),
        (
            "Gérald Darmanin, ainsi que Thierry Solère, a rejoint Emmanuel Macron.",
            ["Gérald Darmanin", "Thierry Solère"],
            "Emmanuel Macron",
        ),
    ],
)
def test_names_given_as_examples_of_a_group_all_hold_the_stance(extractor, text, names, target):
    found = edges(extractor, text)
    for name in names:
        assert (name, "SUPPORTS", target) in found


# --- looking favourably on someone ----------------------------------------------------------

FAVOUR = [
    (
        "Raphaël Glucksmann voit d'un bon œil la candidature de Yannick Jadot.",
        ("Raphaël Glucksmann", "SUPPORTS", "Yannick Jadot"),
    ),
    (
        "Anne Hidalgo accueille favorablement la candidature de Yannick Jadot.",
        ("Anne Hidalgo", "SUPPORTS", "Yannick Jadot"),
    ),
    (
        "Xavier Bertrand ne voit pas d'un bon œil l'arrivée de Gérald Darmanin.",
        ("Xavier Bertrand", "REJECTS", "Gérald Darmanin"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FAVOUR)
def test_looking_favourably_is_a_support(extractor, text, expected):
    check(extractor, text, [expected])


def test_greeting_a_candidacy_is_courtesy_not_support(extractor):
    found = edges(extractor, "Raphaël Glucksmann a salué la candidature de Yannick Jadot.")
    assert ("Raphaël Glucksmann", "SUPPORTS", "Yannick Jadot") not in found


# --- the subject of a second coordinated verb -----------------------------------------------

SECOND_VERB = [
    "Laurent Wauquiez, tête de liste en Auvergne-Rhône-Alpes, a au contraire fustigé le « front "
    "républicain » et étrillé Manuel Valls.",
    "Fabien Roussel, secrétaire national du PCF, a pour sa part critiqué le programme et taclé "
    "Manuel Valls.",
    "Marine Tondelier, de son côté, a regretté la méthode et attaqué Manuel Valls.",
]


@pytest.mark.parametrize("text", SECOND_VERB)
def test_a_second_coordinated_verb_shares_the_first_ones_subject(extractor, text):
    subject = text.split(",")[0]
    found = edges(extractor, text)
    assert (subject, "REJECTS", "Manuel Valls") in found


def test_the_object_of_the_first_verb_is_not_the_subject_of_the_second(extractor):
    found = edges(extractor, "Olivier Faure a salué Anne Hidalgo et dénoncé Jean-Luc Mélenchon.")
    assert ("Olivier Faure", "REJECTS", "Jean-Luc Mélenchon") in found
    assert ("Anne Hidalgo", "REJECTS", "Jean-Luc Mélenchon") not in found


# --- addressees listed before the noun ------------------------------------------------------

BEFORE_NOUN = [
    (
        "Raphaël Glucksmann a adressé à Yannick Jadot, à Ian Brossat et à Benoît Hamon un appel "
        "à l'union.",
        [
            ("Raphaël Glucksmann", "INVITED_TO_RALLY", "Yannick Jadot"),
            ("Raphaël Glucksmann", "INVITED_TO_RALLY", "Ian Brossat"),
            ("Raphaël Glucksmann", "INVITED_TO_RALLY", "Benoît Hamon"),
        ],
    ),
    (
        "Yannick Jadot a lancé à Fabien Roussel et à Anne Hidalgo un appel au rassemblement.",
        [
            ("Yannick Jadot", "INVITED_TO_RALLY", "Fabien Roussel"),
            ("Yannick Jadot", "INVITED_TO_RALLY", "Anne Hidalgo"),
        ],
    ),
    (
        "Anne Hidalgo a apporté à Yannick Jadot son soutien.",
        [("Anne Hidalgo", "SUPPORTS", "Yannick Jadot")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BEFORE_NOUN)
def test_addressees_listed_before_the_noun(extractor, text, expected):
    check(extractor, text, expected)


def test_mocking_someone_elses_appeal_is_no_invitation(extractor):
    found = edges(
        extractor, "Florian Philippot a moqué l'appel à l'union lancé à Christian Estrosi."
    )
    assert ("Florian Philippot", "INVITED_TO_RALLY", "Christian Estrosi") not in found


# --- what an opener rules out ---------------------------------------------------------------

RULED_OUT = [
    (
        "Il n'est pas question pour Olivier Faure de s'allier avec Jean-Luc Mélenchon.",
        ("Olivier Faure", "REJECTS", "Jean-Luc Mélenchon"),
    ),
    (
        "Pour Fabien Roussel, il est hors de question de soutenir Jean-Luc Mélenchon.",
        ("Fabien Roussel", "REJECTS", "Jean-Luc Mélenchon"),
    ),
    (
        "Xavier Bertrand a répété qu'il était hors de question de voter pour Marine Le Pen.",
        ("Xavier Bertrand", "REJECTS", "Marine Le Pen"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), RULED_OUT)
def test_a_ruled_out_alliance_is_a_refusal_never_a_support(extractor, text, expected):
    check(extractor, text, [expected], [(expected[0], "SUPPORTS", expected[2])])
