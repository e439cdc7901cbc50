"""A realistic graph without spaCy: the dev corpus facts as hand-made extractions.

The four articles of ``../shared/corpus`` (the 29 January 2017 article and three short articles
about the campaign), with every edge of ``gold.json`` and the optional ones a good extractor may
find (group claims such as "certains au PS", memberships, Hanotin for Hamon), each with the
sentence of the article it was read in. Article ids are the file names, so expected rows in
tests stay readable. Other tests import :func:`dev_store` or write :func:`dev_extractions` into
any store (Neo4j included).

>>> dev_store().counts()["claims"]
32
"""

from __future__ import annotations

from alliancegraph.graph.sqlite_store import SQLiteStore
from alliancegraph.graph.store import Store
from alliancegraph.model import Actor, Article, Claim, Extraction
from alliancegraph.queries import ask

PS = "Parti socialiste"
LFI = "La France insoumise"
EELV = "Europe Écologie Les Verts"
EM = "En Marche"

HAMON = "Benoît Hamon"
VALLS = "Manuel Valls"
MACRON = "Emmanuel Macron"
MELENCHON = "Jean-Luc Mélenchon"
JADOT = "Yannick Jadot"
LONCLE = "François Loncle"
ROSSIGNOL = "Laurence Rossignol"
CARVOUNAS = "Luc Carvounas"
MONTEBOURG = "Arnaud Montebourg"
AUBRY = "Martine Aubry"
CHAIBI = "Leïla Chaibi"
CASTANER = "Christophe Castaner"
CORMAND = "David Cormand"
HANOTIN = "Mathieu Hanotin"

# name -> (gender, party): what the extractor reads from the gazetteer at the article's date.
PERSONS = {
    HAMON: ("m", PS), VALLS: ("m", PS), MONTEBOURG: ("m", PS), AUBRY: ("f", PS),
    CARVOUNAS: ("m", PS), ROSSIGNOL: ("f", PS), LONCLE: ("m", PS), HANOTIN: ("m", PS),
    JADOT: ("m", EELV), CORMAND: ("m", EELV), MELENCHON: ("m", LFI), CHAIBI: ("f", LFI),
    MACRON: ("m", EM), CASTANER: ("m", EM),
}
PARTIES = (PS, LFI, EELV, EM)

A23 = "2017-01-23-premier-tour-primaire"
A29 = "2017-01-29-primaire-hamon-valls"
F23 = "2017-02-23-jadot-se-rallie"
M29 = "2017-03-29-valls-votera-macron"

TITLES = {
    A23: "Primaire de la gauche : Montebourg appelle à voter Hamon, Valls dénonce des "
         "« promesses irréalisables »",
    A29: "Malgré une augmentation de la participation - le PS l'estime pour l'instant à 1,8 "
         "million de votants - elle n'a pas suffi à permettre à Manuel Valls de combler son "
         "retard",
    F23: "Yannick Jadot renonce et se rallie à Benoît Hamon",
    M29: "Manuel Valls votera Emmanuel Macron dès le premier tour",
}
DATES = {A23: "2017-01-23", A29: "2017-01-29", F23: "2017-02-23", M29: "2017-03-29"}

# Sentences quoted from the articles, named once because several claims share one.
S_MONTEBOURG = ("« Je voterai pour Benoît Hamon et j'appelle ceux qui m'ont fait confiance à en "
                "faire autant », a déclaré l'ancien ministre de l'Économie devant ses partisans.")
S_VALLS_DENONCE = ("L'ex-Premier ministre a dénoncé « des promesses irréalisables et "
                   "infinançables », visant directement le revenu universel défendu par Benoît "
                   "Hamon.")
S_AUBRY = "La maire de Lille, Martine Aubry, a confirmé lundi son soutien à Benoît Hamon."
S_CARVOUNAS = ("Dans l'entourage de Manuel Valls, on minimise : « Rien n'est joué », assure Luc "
               "Carvounas, sénateur du Val-de-Marne et fidèle de l'ancien Premier ministre.")
S_CASTANER = ("Du côté d'En Marche !, Christophe Castaner, porte-parole d'Emmanuel Macron, a "
              "estimé que « les électeurs sociaux-démocrates qui ne se reconnaissent pas dans le "
              "projet de Benoît Hamon ont toute leur place chez nous ».")
S_PROPOSE = ("Je proposerai dès lundi à tous les candidats à la primaire, mais également à "
             "Yannick Jadot et à Jean-Luc Mélenchon de ne penser qu'à l'intérêt des Français et "
             "de construire ensemble une majorité gouvernementale cohérente et durable")
S_RASSEMBLER = "Demain je vais rassembler tous les socialistes, a expliqué Benoît Hamon."
S_CANDIDAT_PS = ("Après avoir affirmé que ses divergences avec Manuel Valls ne sont pas "
                 "irréconciliables, celui qui est devenu le candidat du PS à la présidentielle a "
                 "proposé \"un chemin aux Français pour l’emprunter\" à ses cotés.")
S_VALLS_FAMILLE = ("\"Benoît Hamon l'a emporté nettement. Benoît Hamon est désormais le candidat "
                   "de notre famille politique et je lui souhaite bonne chance\", a déclaré "
                   "Manuel Valls.")
S_CHAIBI_VOIX = ("La réponse de Jean-Luc Mélenchon est arrivée très vite par la voix de Leïla "
                 "Chaibi, porte-parole de Jean-Luc Mélenchon interviewée par BFM.")
S_CHAIBI_CLAN = ("\"Déjà, je conseille à Benoît Hamon de rassembler son propre clan\", a-t-elle "
                 "répondu, estimant qu'il \"ne s'était rien passé de significatif ce soir pour "
                 "que l'on change quelque chose\" quels que soient les sondages.")
S_LFI_CANDIDAT = ("Le candidat de la France insoumise, s'est certes félicité de la victoire de "
                  "Benoît Hamon, mais car cela conforte sa vision")
S_ROSSIGNOL = ("Interrogé sur France Info, Laurence Rossignol ministre des Familles et soutien de "
               "Manuel Valls, a dit attendre \"que Benoît Hamon se lance dans le "
               "rassemblement.\"")
S_CERTAINS = "On sait en effet que certains au PS sont tentés d'aller rejoindre Emmanuel Macron."
S_LONCLE = ("François Loncle, député et soutien de Manuel Valls, par exemple, déclare dès "
            "dimanche soir ne pas pouvoir soutenir le programme de Benoît Hamon")
S_POSSIBILITE = ("\"Macron est une possibilité dit-il mais il faut plutôt le faire "
                 "collectivement qu'individuellement.\"")
S_JADOT = ("« J'ai décidé de me rallier à Benoît Hamon, parce que nous partageons l'essentiel », "
           "a expliqué l'eurodéputé d'Europe Écologie-Les Verts, qui réclame en échange un accord "
           "législatif et l'abandon de l'EPR de Flamanville.")
S_CORMAND = ("David Cormand, secrétaire national d'EELV, a salué « un moment historique pour la "
             "gauche ».")
S_MAIN_TENDUE = ("« Ma main reste tendue », a répété Benoît Hamon, qui invite le candidat de La "
                 "France insoumise à « construire ensemble une majorité ».")
S_CANDIDAT_SOCIALISTE = "Le candidat socialiste espère désormais convaincre Jean-Luc Mélenchon."
S_PORTE = "Mais l'intéressé a de nouveau fermé la porte."
S_CORBILLARD = ("« Je ne vais pas m'accrocher à un corbillard », a lancé Jean-Luc Mélenchon à "
                "propos du Parti socialiste, excluant tout retrait de sa candidature.")
S_VALLS_VOTE = ("Manuel Valls a annoncé mercredi matin qu'il voterait pour Emmanuel Macron dès le "
                "premier tour de l'élection présidentielle.")
S_HANOTIN = ("Mathieu Hanotin, directeur de campagne du candidat socialiste, a dénoncé « un "
             "manquement à la parole donnée », rappelant que les candidats à la primaire "
             "s'étaient engagés à soutenir le vainqueur.")
S_VOTE_UTILE = ("Mais il a appelé les électeurs de gauche à ne pas céder au « vote utile » en "
                "faveur d'Emmanuel Macron.")

# What backs-but-eyes answers for (Valls, Macron): Loncle, with both sentences.
LONCLE_ROW = {
    "name": "François Loncle",
    "backs": "Manuel Valls",
    "eyes": "Emmanuel Macron",
    "evidence_total": 2,
    "evidence": [
        {"relation": "SUPPORTS", "target": "Manuel Valls", "sentence": S_LONCLE,
         "article": A29, "date": "2017-01-29", "url": f"https://example.org/{A29}",
         "outlet": None, "reviewed": False},
        {"relation": "TEMPTED_BY", "target": "Emmanuel Macron", "sentence": S_POSSIBILITE,
         "article": A29, "date": "2017-01-29", "url": f"https://example.org/{A29}",
         "outlet": None, "reviewed": False},
    ],
}


def with_provenance(rows: list[dict]) -> list[dict]:
    """Expected rows as the stores return them: every evidence sentence (and timeline row)
    with its article's URL and outlet (the dev articles have a URL and no outlet) and its
    ``reviewed`` flag (nothing in the dev graph is reviewed), and every row with an evidence
    list with its ``evidence_total`` (the dev graph's lists are whole, under the default cap).
    """

    def add(item: dict) -> dict:
        return {"reviewed": False, **item, "url": f"https://example.org/{item['article']}",
                "outlet": None}

    expected = []
    for row in rows:
        row = {key: [add(e) for e in value] if key in ("evidence", "claims") else value
               for key, value in row.items()}
        if "evidence" in row:
            row = {"evidence_total": len(row["evidence"]), **row}
        expected.append(add(row) if "sentence" in row and "article" in row else row)
    return expected

# (subject, relation, object, article, sentence, cue, confidence, group): gold edges first in
# each article, then the optional ones (marked).
CLAIMS = [
    (MONTEBOURG, "SUPPORTS", HAMON, A23, S_MONTEBOURG, "voterai pour", 0.9, None),
    (VALLS, "REJECTS", HAMON, A23, S_VALLS_DENONCE, "dénoncé", 0.8, None),
    (AUBRY, "SUPPORTS", HAMON, A23, S_AUBRY, "soutien à", 0.9, None),
    (CARVOUNAS, "SUPPORTS", VALLS, A23, S_CARVOUNAS, "fidèle de", 0.7, None),
    (CASTANER, "SPOKESPERSON_OF", MACRON, A23, S_CASTANER, "porte-parole", 0.95, None),
    (MACRON, "MEMBER_OF", EM, A23, S_CASTANER, "du côté de", 0.6, None),  # optional
    (CASTANER, "MEMBER_OF", EM, A23, S_CASTANER, "du côté de", 0.6, None),  # optional
    (HAMON, "INVITED_TO_RALLY", JADOT, A29, S_PROPOSE, "proposerai", 0.85, None),
    (HAMON, "INVITED_TO_RALLY", MELENCHON, A29, S_PROPOSE, "proposerai", 0.85, None),
    (CHAIBI, "SPOKESPERSON_OF", MELENCHON, A29, S_CHAIBI_VOIX, "porte-parole", 0.95, None),
    (CHAIBI, "REJECTS", HAMON, A29, S_CHAIBI_CLAN, "répondu", 0.7, None),
    (ROSSIGNOL, "SUPPORTS", VALLS, A29, S_ROSSIGNOL, "soutien de", 0.9, None),
    (LONCLE, "SUPPORTS", VALLS, A29, S_LONCLE, "soutien de", 0.9, None),
    (LONCLE, "REJECTS", HAMON, A29, S_LONCLE, "ne pas pouvoir soutenir", 0.8, None),
    (LONCLE, "TEMPTED_BY", MACRON, A29, S_POSSIBILITE, "est une possibilité", 0.75, None),
    (HAMON, "MEMBER_OF", PS, A29, S_CANDIDAT_PS, "candidat du", 0.8, None),
    (MELENCHON, "MEMBER_OF", LFI, A29, S_LFI_CANDIDAT, "candidat de", 0.8, None),
    (VALLS, "MEMBER_OF", PS, A29, S_VALLS_FAMILLE, "notre famille politique", 0.6, None),  # opt.
    (PS, "TEMPTED_BY", MACRON, A29, S_CERTAINS, "tentés", 0.7, "certains au PS"),  # optional
    (HAMON, "INVITED_TO_RALLY", PS, A29, S_RASSEMBLER, "rassembler", 0.6, None),  # optional
    (JADOT, "SUPPORTS", HAMON, F23, S_JADOT, "me rallier à", 0.95, None),
    (JADOT, "MEMBER_OF", EELV, F23, S_JADOT, "eurodéputé de", 0.8, None),
    (CORMAND, "MEMBER_OF", EELV, F23, S_CORMAND, "secrétaire national", 0.85, None),
    (HAMON, "INVITED_TO_RALLY", MELENCHON, F23, S_MAIN_TENDUE, "invite", 0.9, None),
    (MELENCHON, "REJECTS", HAMON, F23, S_PORTE, "fermé la porte", 0.8, None),
    (MELENCHON, "MEMBER_OF", LFI, F23, S_MAIN_TENDUE, "candidat de", 0.7, None),
    (MELENCHON, "REJECTS", PS, F23, S_CORBILLARD, "corbillard", 0.7, None),  # optional
    (HAMON, "MEMBER_OF", PS, F23, S_CANDIDAT_SOCIALISTE, "candidat socialiste", 0.7, None),  # o.
    (VALLS, "SUPPORTS", MACRON, M29, S_VALLS_VOTE, "voterait pour", 0.95, None),
    (HANOTIN, "REJECTS", VALLS, M29, S_HANOTIN, "dénoncé", 0.8, None),
    (HANOTIN, "SUPPORTS", HAMON, M29, S_HANOTIN, "directeur de campagne", 0.6, None),  # optional
    (HAMON, "REJECTS", MACRON, M29, S_VOTE_UTILE, "ne pas céder", 0.6, None),  # optional
]

# Actors each article mentions (the parties included, as the extractor reports them).
MENTIONS = {
    A23: [MONTEBOURG, HAMON, VALLS, AUBRY, CARVOUNAS, CASTANER, MACRON, PS, EM],
    A29: [HAMON, VALLS, JADOT, MELENCHON, CHAIBI, ROSSIGNOL, LONCLE, MACRON, PS, LFI],
    F23: [JADOT, HAMON, CORMAND, MELENCHON, EELV, LFI, PS],
    M29: [VALLS, MACRON, HANOTIN, HAMON, PS, EM],
}


def actor(name: str) -> Actor:
    if name in PARTIES:
        return Actor(name, "party")
    gender, party = PERSONS[name]
    return Actor(name, "person", gender, party)


def kind(name: str) -> str:
    return "party" if name in PARTIES else "person"


def dev_extractions() -> list[Extraction]:
    """The four dev articles as the extractor would report them, oldest first."""
    extractions = []
    for article_id in (A23, A29, F23, M29):
        claims = [
            Claim(subject=s, relation=r, object=o, article=a, date=DATES[a], evidence=sentence,
                  cue=cue, confidence=confidence, subject_kind=kind(s), object_kind=kind(o),
                  group=group)
            for s, r, o, a, sentence, cue, confidence, group in CLAIMS
            if a == article_id
        ]
        text = "\n\n".join([TITLES[article_id], *dict.fromkeys(c.evidence for c in claims)])
        article = Article(id=article_id, date=DATES[article_id], title=TITLES[article_id],
                          text=text, url=f"https://example.org/{article_id}",
                          source=f"{article_id}.txt")
        extractions.append(
            Extraction(article, claims, [actor(name) for name in MENTIONS[article_id]])
        )
    return extractions


def write_dev_graph(store: Store) -> Store:
    """Write the dev graph into ``store`` (any kind) and return it."""
    store.write(dev_extractions())
    return store


def names(answer) -> set[str]:
    """The actors an ``ask`` answer's rows name."""
    return {row["name"] for row in answer.rows}


# What the dev graph answers to the plain questions the question rounds ask again and again.
HAMON_BACKERS = {MONTEBOURG, AUBRY, HANOTIN, JADOT}
VALLS_BACKERS = {LONCLE, ROSSIGNOL, CARVOUNAS}
HAMON_INVITED = {MELENCHON, JADOT, PS}
MACRON_TEMPTS = {LONCLE, PS}
MELENCHON_TARGETS = {HAMON, PS}


def answer_names(store, question: str) -> set[str]:
    """The actors ``ask`` names for ``question`` on ``store``."""
    return names(ask(store, question))


def understood(store, question: str, expected: set[str]) -> None:
    """``ask`` names exactly ``expected``; on failure, says what the question was read as."""
    answer = ask(store, question)
    assert names(answer) == expected, answer.understood


def dev_store() -> SQLiteStore:
    """A fresh in-memory embedded store holding the dev graph."""
    return write_dev_graph(SQLiteStore(":memory:"))
