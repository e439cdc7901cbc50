"""Whole held-out articles (not the dev corpus): discourse rules and traps together."""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples

from alliancegraph.model import Article

EUROPEENNES = """Européennes : la gauche toujours divisée

Raphaël Glucksmann, tête de liste de Place publique, a renouvelé dimanche son offre d'alliance \
à Yannick Jadot. « Ma porte reste ouverte », a-t-il déclaré sur France Inter.

L'eurodéputé écologiste a une nouvelle fois décliné l'invitation. Julien Bayou, porte-parole \
d'EELV, a abondé dans son sens.

Du côté de La France insoumise, Manon Aubry a dénoncé « une opération de recyclage du Parti \
socialiste ». Certains élus socialistes regardent désormais du côté d'Emmanuel Macron. \
« Nathalie Loiseau est une option sérieuse », confie un député PS sous couvert d'anonymat."""

LYON = """Municipales à Lyon : Collomb s'allie à la droite

À Lyon, Gérard Collomb a scellé un accord avec Les Républicains pour le second tour. \
Stanislas Guerini, délégué général du parti présidentiel, a annoncé que LREM retirait son \
soutien au maire sortant.

Le candidat écologiste Grégory Doucet a fustigé « une alliance contre-nature ».

Yann Cucherat, tête de liste LR, s'est félicité de cet accord. Il a remercié Gérard Collomb \
pour « son courage ». La députée Anne Brugnera, proche de Gérard Collomb, a refusé de faire \
campagne pour la liste d'union."""

CONGRES = """Présidentielle : Ciotti se range derrière Pécresse

Battu au second tour du congrès des Républicains, Éric Ciotti a annoncé samedi qu'il \
soutiendrait Valérie Pécresse.

Éric Zemmour, lui, multiplie les appels du pied. Le candidat de Reconquête a proposé à Éric \
Ciotti de rejoindre « le camp national ». Mais l'intéressé a opposé une fin de non-recevoir.

Guillaume Peltier, vice-président délégué des Républicains, ne cache plus son intérêt pour \
Éric Zemmour. Selon un hebdomadaire, il pourrait rejoindre Reconquête dans les prochains \
jours. Le député a démenti vouloir quitter son parti.

Xavier Bertrand a félicité Valérie Pécresse pour sa désignation."""

BAYROU = """François Bayrou propose une alliance à Emmanuel Macron

Renonçant à se présenter pour la quatrième fois, le président du MoDem a annoncé mercredi \
qu'il proposait une alliance à Emmanuel Macron. « J'ai décidé de faire à Emmanuel Macron une \
offre d'alliance », a déclaré François Bayrou lors d'une conférence de presse.

Le candidat d'En Marche ! a aussitôt accepté. « C'est un tournant dans cette campagne », s'est \
félicité Emmanuel Macron, qui a remercié le maire de Pau pour son soutien.

Marielle de Sarnez, vice-présidente du MoDem et fidèle de François Bayrou, a salué « un acte de \
responsabilité ». Jean-Christophe Lagarde, président de l'UDI, a réaffirmé son soutien à \
François Fillon. Certains centristes seraient pourtant tentés de rejoindre Emmanuel Macron, \
selon un proche du maire de Pau."""

PRIMAIRE = """Primaire écologiste : Jadot l'emporte de justesse face à Rousseau

Yannick Jadot a remporté mardi la primaire écologiste face à Sandrine Rousseau. « Je serai le \
candidat de tous les écologistes », a promis l'eurodéputé devant ses soutiens.

Battue, Sandrine Rousseau a félicité son adversaire mais ne s'est pas engagée à faire campagne \
pour lui. Éric Piolle, éliminé au premier tour, avait appelé à voter pour Sandrine Rousseau.

Du côté du PS, Anne Hidalgo a tendu la main à Yannick Jadot, qui a poliment décliné \
l'invitation."""

CASES = [
    (
        EUROPEENNES,
        "2019-03-10",
        [
            ("Raphaël Glucksmann", "INVITED_TO_RALLY", "Yannick Jadot"),
            ("Yannick Jadot", "REJECTS", "Raphaël Glucksmann"),
            ("Yannick Jadot", "MEMBER_OF", "Europe Écologie Les Verts"),
            ("Julien Bayou", "SPOKESPERSON_OF", "Europe Écologie Les Verts"),
            ("Raphaël Glucksmann", "MEMBER_OF", "Place publique"),
            ("Parti socialiste", "TEMPTED_BY", "Emmanuel Macron"),
        ],
        [
            ("Manon Aubry", "REJECTS", "Julien Bayou"),
            ("Yannick Jadot", "SUPPORTS", "Raphaël Glucksmann"),
        ],
    ),
    (
        LYON,
        "2020-06-20",
        [
            ("Anne Brugnera", "SUPPORTS", "Gérard Collomb"),
            ("Grégory Doucet", "MEMBER_OF", "Europe Écologie Les Verts"),
            ("Yann Cucherat", "MEMBER_OF", "Les Républicains"),
        ],
        [
            ("Grégory Doucet", "REJECTS", "Stanislas Guerini"),
            ("Yann Cucherat", "SUPPORTS", "Gérard Collomb"),
            ("En Marche", "SUPPORTS", "Gérard Collomb"),
        ],
    ),
    (
        CONGRES,
        "2022-01-15",
        [
            ("Éric Ciotti", "SUPPORTS", "Valérie Pécresse"),
            ("Éric Zemmour", "INVITED_TO_RALLY", "Éric Ciotti"),
            ("Éric Ciotti", "REJECTS", "Éric Zemmour"),
            ("Éric Zemmour", "MEMBER_OF", "Reconquête"),
            ("Guillaume Peltier", "MEMBER_OF", "Les Républicains"),
        ],
        [
            ("Guillaume Peltier", "MEMBER_OF", "Reconquête"),
            ("Guillaume Peltier", "SUPPORTS", "Reconquête"),
            ("Xavier Bertrand", "SUPPORTS", "Valérie Pécresse"),
        ],
    ),
    (
        BAYROU,
        "2017-02-22",
        [
            ("François Bayrou", "INVITED_TO_RALLY", "Emmanuel Macron"),
            ("François Bayrou", "MEMBER_OF", "Mouvement démocrate"),
            ("Marielle de Sarnez", "SUPPORTS", "François Bayrou"),
            ("Marielle de Sarnez", "MEMBER_OF", "Mouvement démocrate"),
            ("Jean-Christophe Lagarde", "SUPPORTS", "François Fillon"),
            ("Jean-Christophe Lagarde", "MEMBER_OF", "Union des démocrates et indépendants"),
        ],
        [
            ("Emmanuel Macron", "SUPPORTS", "François Bayrou"),
            ("Mouvement démocrate", "TEMPTED_BY", "Emmanuel Macron"),
            ("Emmanuel Macron", "INVITED_TO_RALLY", "François Bayrou"),
        ],
    ),
    (
        PRIMAIRE,
        "2021-09-28",
        [
            ("Yannick Jadot", "MEMBER_OF", "Europe Écologie Les Verts"),
            ("Éric Piolle", "SUPPORTS", "Sandrine Rousseau"),
            ("Anne Hidalgo", "INVITED_TO_RALLY", "Yannick Jadot"),
            ("Yannick Jadot", "REJECTS", "Anne Hidalgo"),
        ],
        [
            ("Sandrine Rousseau", "SUPPORTS", "Yannick Jadot"),
            ("Sandrine Rousseau", "REJECTS", "Yannick Jadot"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "date", "required", "forbidden"), CASES)
def test_article(extractor, text, date, required, forbidden):
    article = Article(id="t", date=date, title=text.split("\n", 1)[0], text=text)
    found = {(c.subject, c.relation, c.object) for c in extractor.run(article).claims}
    for edge in required:
        assert edge in found
    for edge in forbidden:
        assert edge not in found


def edges(extractor, text: str, date: str = "2022-03-01") -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, date)


TRAPS = [
    (
        "Valérie Pécresse a reçu le soutien de Christian Jacob.",
        {("Christian Jacob", "SUPPORTS", "Valérie Pécresse")},
        {("Valérie Pécresse", "SUPPORTS", "Christian Jacob")},
    ),
    (
        "Fabien Roussel, soutenu par André Chassaigne, a lancé sa campagne.",
        {("André Chassaigne", "SUPPORTS", "Fabien Roussel")},
        {("Fabien Roussel", "SUPPORTS", "André Chassaigne")},
    ),
    (
        "Paul Girard, ancien soutien de Manuel Valls, a rejoint Benoît Hamon.",
        {("Paul Girard", "SUPPORTS", "Benoît Hamon")},
        {("Paul Girard", "SUPPORTS", "Manuel Valls")},
    ),
    (
        "Clémentine Autain et François Ruffin soutiennent Jean-Luc Mélenchon.",
        {
            ("Clémentine Autain", "SUPPORTS", "Jean-Luc Mélenchon"),
            ("François Ruffin", "SUPPORTS", "Jean-Luc Mélenchon"),
        },
        set(),
    ),
    (
        "Xavier Bertrand appelle à voter contre Marine Le Pen.",
        {("Xavier Bertrand", "REJECTS", "Marine Le Pen")},
        {("Xavier Bertrand", "SUPPORTS", "Marine Le Pen")},
    ),
    (
        "Olivier Faure appelle à faire barrage à Jordan Bardella.",
        {("Olivier Faure", "REJECTS", "Jordan Bardella")},
        set(),
    ),
    (
        "Marine Le Pen et Jean-Marie Le Pen se sont parlé. Le Pen a soutenu Louis Aliot.",
        set(),
        {
            ("Marine Le Pen", "SUPPORTS", "Louis Aliot"),
            ("Jean-Marie Le Pen", "SUPPORTS", "Louis Aliot"),
        },
    ),
    (
        "Le maire de Rennes a reçu jeudi le soutien de Julien Bayou.",
        set(),
        {("Julien Bayou", "SUPPORTS", "Bruno Le Maire")},
    ),
    (
        "Sébastien Chenu, ex-porte-parole du Rassemblement national, a quitté le bureau.",
        set(),
        {("Sébastien Chenu", "SPOKESPERSON_OF", "Front national")},
    ),
    (
        "Le soutien de Gérard Larcher à Valérie Pécresse ne faisait aucun doute.",
        {("Gérard Larcher", "SUPPORTS", "Valérie Pécresse")},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "required", "forbidden"), TRAPS)
def test_traps(extractor, text, required, forbidden):
    found = edges(extractor, text)
    assert required <= found
    assert not forbidden & found


MORE = [
    (
        "Manuel Valls, que soutient Jean-Marie Le Guen, a tenu un meeting à Évry.",
        {("Jean-Marie Le Guen", "SUPPORTS", "Manuel Valls")},
        set(),
    ),
    (
        "Olivier Faure s'est allié à Jean-Luc Mélenchon au sein de la Nupes.",
        {("Olivier Faure", "SUPPORTS", "Jean-Luc Mélenchon")},
        set(),
    ),
    (
        "Ségolène Royal n'a apporté aucun soutien à Benoît Hamon.",
        {("Ségolène Royal", "REJECTS", "Benoît Hamon")},
        {("Ségolène Royal", "SUPPORTS", "Benoît Hamon")},
    ),
    (
        "« Ma main reste tendue à Jean-Luc Mélenchon », a déclaré Benoît Hamon.",
        {("Benoît Hamon", "INVITED_TO_RALLY", "Jean-Luc Mélenchon")},
        set(),
    ),
    (
        "Anne Hidalgo et Yannick Jadot ont refusé toute alliance avec Jean-Luc Mélenchon.",
        {
            ("Anne Hidalgo", "REJECTS", "Jean-Luc Mélenchon"),
            ("Yannick Jadot", "REJECTS", "Jean-Luc Mélenchon"),
        },
        set(),
    ),
    (
        "Éric Zemmour a invité Marine Le Pen à le rejoindre. Celle-ci a décliné.",
        {("Marine Le Pen", "REJECTS", "Éric Zemmour")},
        {("Éric Zemmour", "REJECTS", "Marine Le Pen")},
    ),
    (
        "La députée LFI Clémentine Autain a dénoncé la stratégie de Fabien Roussel.",
        {
            ("Clémentine Autain", "REJECTS", "Fabien Roussel"),
            ("Clémentine Autain", "MEMBER_OF", "La France insoumise"),
        },
        {("La France insoumise", "REJECTS", "Fabien Roussel")},
    ),
    (
        "Alain Juppé a appelé ses électeurs à se mobiliser. Le maire de Bordeaux s'en est pris au "
        "programme de François Fillon.",
        {("Alain Juppé", "REJECTS", "François Fillon")},
        set(),
    ),
    (
        "Jean-Christophe Lagarde a tendu la main au vainqueur de la primaire.",
        set(),
        {("Jean-Christophe Lagarde", "INVITED_TO_RALLY", "François Fillon")},
    ),
]


@pytest.mark.parametrize(("text", "required", "forbidden"), MORE)
def test_more_phrasings(extractor, text, required, forbidden):
    found = edges(extractor, text, date="2016-11-21")
    assert required <= found
    assert not forbidden & found


SUBJECTS = [
    (
        "Selon un proche de Manuel Valls, Benoît Hamon a perdu la bataille.",
        set(),
        {("Benoît Hamon", "SUPPORTS", "Manuel Valls")},
    ),
    (
        "Un proche de Manuel Valls, Carlos Da Silva, a dénoncé la ligne de Benoît Hamon.",
        {
            ("Carlos Da Silva", "SUPPORTS", "Manuel Valls"),
            ("Carlos Da Silva", "REJECTS", "Benoît Hamon"),
        },
        set(),
    ),
    (
        "Dans l'entourage de Manuel Valls, Carlos Da Silva ne votera pas Benoît Hamon.",
        {("Carlos Da Silva", "REJECTS", "Benoît Hamon")},
        {("Manuel Valls", "REJECTS", "Benoît Hamon")},
    ),
    (
        "Manuel Valls et Jean-Marie Le Guen ont annoncé leur soutien à Emmanuel Macron.",
        {
            ("Manuel Valls", "SUPPORTS", "Emmanuel Macron"),
            ("Jean-Marie Le Guen", "SUPPORTS", "Emmanuel Macron"),
        },
        set(),
    ),
]


@pytest.mark.parametrize(("text", "required", "forbidden"), SUBJECTS)
def test_subjects_the_parser_misses(extractor, text, required, forbidden):
    found = edges(extractor, text, date="2017-03-01")
    assert required <= found
    assert not forbidden & found


IDIOMS = [
    ("Manuel Valls a adoubé Emmanuel Macron.", ("Manuel Valls", "SUPPORTS", "Emmanuel Macron")),
    (
        "Christian Estrosi a fait allégeance à Emmanuel Macron.",
        ("Christian Estrosi", "SUPPORTS", "Emmanuel Macron"),
    ),
    (
        "Benoît Hamon tire à boulets rouges sur Emmanuel Macron.",
        ("Benoît Hamon", "REJECTS", "Emmanuel Macron"),
    ),
    (
        "Jean-Luc Mélenchon a dit non à Benoît Hamon.",
        ("Jean-Luc Mélenchon", "REJECTS", "Benoît Hamon"),
    ),
    (
        "François Bayrou fait les yeux doux à Emmanuel Macron.",
        ("François Bayrou", "TEMPTED_BY", "Emmanuel Macron"),
    ),
    (
        "Manuel Valls s'est rapproché d'Emmanuel Macron.",
        ("Manuel Valls", "TEMPTED_BY", "Emmanuel Macron"),
    ),
    (
        "Emmanuel Macron courtise Manuel Valls.",
        ("Emmanuel Macron", "INVITED_TO_RALLY", "Manuel Valls"),
    ),
    (
        "Manuel Valls est courtisé par Emmanuel Macron.",
        ("Emmanuel Macron", "INVITED_TO_RALLY", "Manuel Valls"),
    ),
    (
        "Benoît Hamon ouvre la porte à Jean-Luc Mélenchon.",
        ("Benoît Hamon", "INVITED_TO_RALLY", "Jean-Luc Mélenchon"),
    ),
    (
        "Benoît Hamon refuse de s'allier avec Jean-Luc Mélenchon.",
        ("Benoît Hamon", "REJECTS", "Jean-Luc Mélenchon"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), IDIOMS)
def test_idioms(extractor, text, expected):
    found = edges(extractor, text, date="2017-03-01")
    assert expected in found
    assert len({e for e in found if e[0] == expected[0] and e[2] == expected[2]}) == 1


def test_a_door_left_open_is_a_temptation_never_a_support(extractor):
    found = edges(extractor, "Benoît Hamon ne ferme pas la porte à Jean-Luc Mélenchon.")
    assert found == {("Benoît Hamon", "TEMPTED_BY", "Jean-Luc Mélenchon")}


DISCOURSE = [
    (
        "Manuel Valls votera pour Emmanuel Macron. Jean-Marie Le Guen a fait de même.",
        {("Jean-Marie Le Guen", "SUPPORTS", "Emmanuel Macron")},
        set(),
    ),
    (
        "Benoît Hamon refuse de renoncer. Il peut compter sur Martine Aubry.",
        {("Martine Aubry", "SUPPORTS", "Benoît Hamon")},
        {("Benoît Hamon", "SUPPORTS", "Martine Aubry")},
    ),
    (
        "« Je ne partage pas les choix politiques de Manuel Valls », a déclaré Benoît Hamon.",
        {("Benoît Hamon", "REJECTS", "Manuel Valls")},
        {("Benoît Hamon", "SUPPORTS", "Manuel Valls")},
    ),
    (
        "Jean-Luc Mélenchon, qui a fondé La France insoumise, a parlé.",
        {("Jean-Luc Mélenchon", "MEMBER_OF", "La France insoumise")},
        set(),
    ),
    (
        "« Nous ne serons pas les alliés de Marine Le Pen », a prévenu Laurent Wauquiez.",
        {("Laurent Wauquiez", "REJECTS", "Marine Le Pen")},
        {("Laurent Wauquiez", "SUPPORTS", "Marine Le Pen")},
    ),
    (
        "Marc Vidal n'est pas un proche d'Emmanuel Macron.",
        set(),
        {
            ("Marc Vidal", "SUPPORTS", "Emmanuel Macron"),
            ("Marc Vidal", "REJECTS", "Emmanuel Macron"),
        },
    ),
    ("Jean-François Copé a fait de même.", set(), set()),
]


@pytest.mark.parametrize(("text", "required", "forbidden"), DISCOURSE)
def test_discourse_phrasings(extractor, text, required, forbidden):
    found = edges(extractor, text, date="2017-03-01")
    assert required <= found
    assert not forbidden & found
    if not required:
        assert not {e for e in found if e[1] != "MEMBER_OF"}


PARSE_REPAIRS = [
    # subject separated from its verb by an apposition the parser swallowed
    (
        "Paul Girard, ancien porte-parole de Manuel Valls, lorgne lui aussi vers Emmanuel Macron.",
        {("Paul Girard", "TEMPTED_BY", "Emmanuel Macron")},
        set(),
    ),
    (
        "Sophie Morel, maire LR de Dijon, ferme la porte à toute alliance avec Jordan Bardella.",
        {("Sophie Morel", "REJECTS", "Jordan Bardella")},
        set(),
    ),
    # "lui" before the verb parsed as a subject; "celui-ci" as one token
    (
        "Paul Girard est courtisé par tous. Anne Morel lui a proposé de fusionner leurs listes ; "
        "celui-ci a décliné.",
        {
            ("Anne Morel", "INVITED_TO_RALLY", "Paul Girard"),
            ("Paul Girard", "REJECTS", "Anne Morel"),
        },
        {("Anne Morel", "REJECTS", "Paul Girard")},
    ),
    # a name cut by the tokenizer at its apostrophe
    (
        "Selon Nolwenn Le Goff'h, porte-parole de Yannick Jadot, rien n'est fait.",
        {("Nolwenn Le Goff'h", "SPOKESPERSON_OF", "Yannick Jadot")},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "required", "forbidden"), PARSE_REPAIRS)
def test_parse_repairs(extractor, text, required, forbidden):
    found = edges(extractor, text, date="2021-06-23")
    assert required <= found
    assert not forbidden & found


def test_subject_across_several_appositions(extractor):
    text = (
        "Hélène Vasseur, députée LR du Rhône, qui avait juré de « tout changer », a elle aussi "
        "apporté son soutien à Valérie Pécresse."
    )
    found = edges(extractor, text, date="2021-12-10")
    assert ("Hélène Vasseur", "SUPPORTS", "Valérie Pécresse") in found
    assert ("Hélène Vasseur", "MEMBER_OF", "Les Républicains") in found
