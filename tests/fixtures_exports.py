"""A small, realistic store for the export tests, built from hand-made extractions.

Four articles from January to March 2017 (one dated to the month only), persons and parties,
all six relations, a group claim ("certains au PS"), accented names, and an evidence sentence
with « », quotes and ``& < >`` to catch escaping bugs in every format. Manuel Valls rejects
Benoît Hamon, then supports him, then rejects him again: a tie that forms and breaks.
"""

from __future__ import annotations

import io
import tracemalloc
from collections.abc import Iterator

from alliancegraph.graph.sqlite_store import SQLiteStore
from alliancegraph.graph.store import ArticleInfo, Store
from alliancegraph.model import Actor, Article, Claim, Extraction, article_id

TRICKY = (
    "« Hamon & Valls, c'est <bonnet blanc> et \"blanc bonnet\" », a lancé Leïla Chaibi, "
    "porte-parole de Jean-Luc Mélenchon."
)

PERSONS = {
    "Benoît Hamon": ("m", "Parti socialiste"),
    "Manuel Valls": ("m", "Parti socialiste"),
    "Arnaud Montebourg": ("m", "Parti socialiste"),
    "François Loncle": ("m", "Parti socialiste"),
    "Mathieu Hanotin": ("m", "Parti socialiste"),
    "Jean-Luc Mélenchon": ("m", "La France insoumise"),
    "Leïla Chaibi": ("f", "La France insoumise"),
    "Laurence Rossignol": ("f", "Parti socialiste"),
    "Yannick Jadot": ("m", "Europe Écologie Les Verts"),
    "Emmanuel Macron": ("m", "En Marche"),
    "Christophe Castaner": ("m", "En Marche"),
}
PARTIES = ["Parti socialiste", "La France insoumise", "Europe Écologie Les Verts", "En Marche"]

# (date, title, url, [(subject, relation, object, evidence, cue, confidence, group)])
ARTICLES = [
    (
        "2017-01-23",
        "Primaire de la gauche : Hamon et Valls qualifiés pour le second tour",
        "https://example.org/2017/01/23/primaire?tour=1&ref=rss",
        [
            ("Arnaud Montebourg", "SUPPORTS", "Benoît Hamon",
             "Arnaud Montebourg a appelé à voter pour Benoît Hamon au second tour.",
             "appelé à voter pour", 0.92, None),
            ("Manuel Valls", "REJECTS", "Benoît Hamon",
             "Manuel Valls a dénoncé « une gauche des promesses irréalisables ».",
             "dénoncé", 0.81, None),
            ("Christophe Castaner", "SPOKESPERSON_OF", "Emmanuel Macron",
             "Christophe Castaner, porte-parole d'Emmanuel Macron, a salué le score.",
             "porte-parole", 0.95, None),
            ("Emmanuel Macron", "MEMBER_OF", "En Marche",
             "Emmanuel Macron, fondateur d'En Marche !, ne participe pas à la primaire.",
             "fondateur", 0.7, None),
        ],
    ),
    (
        "2017-01-29",
        "Benoît Hamon remporte la primaire et tend la main à Jadot et Mélenchon",
        "https://example.org/2017/01/29/hamon",
        [
            ("Benoît Hamon", "INVITED_TO_RALLY", "Yannick Jadot",
             "Je proposerai à Yannick Jadot de construire ensemble une majorité.",
             "proposerai", 0.88, None),
            ("Benoît Hamon", "INVITED_TO_RALLY", "Jean-Luc Mélenchon",
             "Je proposerai à Jean-Luc Mélenchon de construire ensemble une majorité.",
             "proposerai", 0.86, None),
            ("Leïla Chaibi", "SPOKESPERSON_OF", "Jean-Luc Mélenchon",
             "Leïla Chaibi, porte-parole de Jean-Luc Mélenchon, a répondu sur BFM.",
             "porte-parole", 0.97, None),
            ("Leïla Chaibi", "REJECTS", "Benoît Hamon", TRICKY, "a lancé", 0.74, None),
            ("François Loncle", "SUPPORTS", "Manuel Valls",
             "François Loncle, député et soutien de Manuel Valls, a réagi dimanche soir.",
             "soutien de", 0.9, None),
            ("Laurence Rossignol", "SUPPORTS", "Manuel Valls",
             "Laurence Rossignol, ministre des Familles et soutien de Manuel Valls, attend.",
             "soutien de", 0.87, None),
            ("Laurence Rossignol", "TEMPTED_BY", "Emmanuel Macron",
             "Laurence Rossignol n'exclut pas de « regarder du côté » d'Emmanuel Macron.",
             "regarder du côté", 0.58, None),
            ("François Loncle", "TEMPTED_BY", "Emmanuel Macron",
             "« Macron est une possibilité », dit François Loncle.",
             "est une possibilité", 0.66, None),
            ("Parti socialiste", "TEMPTED_BY", "Emmanuel Macron",
             "On sait que certains au PS sont tentés d'aller rejoindre Emmanuel Macron.",
             "tentés", 0.55, "certains au PS"),
            ("Manuel Valls", "SUPPORTS", "Benoît Hamon",
             "Benoît Hamon est désormais le candidat de notre famille politique, a déclaré "
             "Manuel Valls.", "candidat de notre famille", 0.62, None),
            ("Benoît Hamon", "MEMBER_OF", "Parti socialiste",
             "Benoît Hamon est devenu le candidat du PS à la présidentielle.",
             "candidat du", 0.93, None),
        ],
    ),
    (
        "2017-02",  # a month-precision date, as some sources give
        "Yannick Jadot se rallie à Benoît Hamon, Mélenchon ferme la porte",
        None,
        [
            ("Yannick Jadot", "SUPPORTS", "Benoît Hamon",
             "« J'ai décidé de me rallier à Benoît Hamon », a expliqué Yannick Jadot.",
             "me rallier", 0.96, None),
            ("Yannick Jadot", "MEMBER_OF", "Europe Écologie Les Verts",
             "L'eurodéputé d'Europe Écologie-Les Verts retire sa candidature.",
             "eurodéputé de", 0.8, None),
            ("Jean-Luc Mélenchon", "REJECTS", "Benoît Hamon",
             "« Je ne vais pas m'accrocher à un corbillard », a lancé Jean-Luc Mélenchon.",
             "a lancé", 0.77, None),
            ("Jean-Luc Mélenchon", "REJECTS", "Parti socialiste",
             "Jean-Luc Mélenchon a de nouveau fermé la porte au Parti socialiste.",
             "fermé la porte", 0.83, None),
            ("Jean-Luc Mélenchon", "MEMBER_OF", "La France insoumise",
             "Le candidat de La France insoumise exclut tout retrait.",
             "candidat de", 0.85, None),
        ],
    ),
    (
        "2017-03-29",
        "Manuel Valls votera Emmanuel Macron dès le premier tour",
        "https://example.org/2017/03/29/valls-macron",
        [
            ("Manuel Valls", "SUPPORTS", "Emmanuel Macron",
             "Manuel Valls a annoncé qu'il voterait pour Emmanuel Macron dès le premier tour.",
             "voterait pour", 0.94, None),
            ("Manuel Valls", "REJECTS", "Benoît Hamon",
             "Manuel Valls refuse de parrainer Benoît Hamon.",
             "refuse de parrainer", 0.71, None),
            ("Mathieu Hanotin", "REJECTS", "Manuel Valls",
             "Mathieu Hanotin a dénoncé « un manquement à la parole donnée ».",
             "dénoncé", 0.89, None),
            ("Mathieu Hanotin", "SPOKESPERSON_OF", "Benoît Hamon",
             "Mathieu Hanotin, directeur de campagne de Benoît Hamon, a réagi.",
             "directeur de campagne", 0.6, None),
            ("François Loncle", "TEMPTED_BY", "Emmanuel Macron",
             "François Loncle se dit « tenté » par Emmanuel Macron.",
             "tenté", 0.7, None),
        ],
    ),
]

# The camps a fracture analysis might find: Hamon's left against Valls' and Macron's centre.
CAMPS = {
    "Benoît Hamon": 1, "Arnaud Montebourg": 1, "Yannick Jadot": 1, "Mathieu Hanotin": 1,
    "Jean-Luc Mélenchon": 2, "Leïla Chaibi": 2, "La France insoumise": 2,
    "Manuel Valls": 3, "François Loncle": 3, "Laurence Rossignol": 3, "Emmanuel Macron": 3,
    "Christophe Castaner": 3,
    "En Marche": 3, "Parti socialiste": 1, "Europe Écologie Les Verts": 1,
}


def _actor(name: str) -> Actor:
    if name in PERSONS:
        gender, party = PERSONS[name]
        return Actor(name, "person", gender, party)
    return Actor(name, "party")


def fixture_extractions() -> list[Extraction]:
    """The four articles as extractions, claims with their kinds and provenance."""
    extractions = []
    for when, title, url, rows in ARTICLES:
        text = title + "\n\n" + "\n".join(row[3] for row in rows)
        article = Article(article_id(text), when, title, text, url, "fixture")
        claims, names = [], []
        for subject, relation, obj, evidence, cue, confidence, group in rows:
            claims.append(
                Claim(subject, relation, obj, article.id, when, evidence, cue, confidence,
                      _actor(subject).kind, _actor(obj).kind, group)
            )
            names += [subject, obj]
        actors = [_actor(n) for n in dict.fromkeys(names)]
        extractions.append(Extraction(article, claims, actors))
    return extractions


def make_store(camps: bool = False) -> SQLiteStore:
    """A fresh in-memory store holding the fixture; ``camps`` also writes :data:`CAMPS`."""
    store = SQLiteStore(":memory:")
    store.write(fixture_extractions())
    if camps:
        store.set_camps(CAMPS)
    return store


def actor_names() -> set[str]:
    """Every actor of the fixture (each takes part in at least one claim)."""
    return set(PERSONS) | set(PARTIES)


def distinct_ties() -> set[tuple[str, str, str]]:
    """(subject, relation, object) of the fixture: the edges of an aggregated export."""
    return {(c.subject, c.relation, c.object) for c in all_claims()}


def all_claims() -> list[Claim]:
    """Every fixture claim, for computing expected results directly."""
    return [c for e in fixture_extractions() for c in e.claims]


class SyntheticStore(Store):
    """A store making ``claims`` claims among ``actors`` actors on the fly, never holding them.

    Used to check that exports stream: their peak memory must not grow with the claim count.
    """

    dialect = "sql"
    name = "synthetic"

    def __init__(self, claims: int, actors: int = 40) -> None:
        self.n_claims = claims
        self.names = [f"Acteur {i:03d}" for i in range(actors)]
        self.relations = ["SUPPORTS", "REJECTS", "INVITED_TO_RALLY", "TEMPTED_BY"]

    def claims(self, since: str | None = None, until: str | None = None) -> Iterator[Claim]:
        n = len(self.names)
        for i in range(self.n_claims):
            day = 1 + i % 28
            month = 1 + (i // 28) % 12
            yield Claim(
                self.names[i % n], self.relations[i % 4], self.names[(i * 7 + 1) % n],
                f"article-{i // 20:08d}", f"2017-{month:02d}-{day:02d}",
                f"Phrase numéro {i} avec « guillemets » & <chevrons>.", "cue", 0.5,
            )

    def actor_attributes(self) -> dict[str, dict]:
        return {n: {"kind": "person", "gender": None, "party": "Parti socialiste",
                    "family": None, "camp": None} for n in self.names}

    def actors(self) -> list[Actor]:
        return [Actor(n, "person", None, "Parti socialiste") for n in self.names]

    def articles(self) -> list[ArticleInfo]:
        """One article per 20 claims, as in a corpus where an article makes several claims."""
        return [ArticleInfo(f"article-{i:08d}", "2017-01-01", f"Titre {i}", None, None)
                for i in range((self.n_claims + 19) // 20)]

    def mentions(self) -> Iterator[tuple[str, str]]:
        """Each article mentions one actor, streamed like the claims."""
        for i in range((self.n_claims + 19) // 20):
            yield f"article-{i:08d}", self.names[i % len(self.names)]

    def write(self, extractions):  # pragma: no cover - read-only
        raise NotImplementedError

    def has_article(self, article_id: str) -> bool:
        return False

    def counts(self) -> dict[str, int]:
        return {"articles": 0, "persons": len(self.names), "parties": 0,
                "claims": self.n_claims}

    def read(self, text: str, params: dict | None = None, *, own: bool = False) -> list[dict]:
        return []

    def set_camps(self, camps) -> None:
        pass

    def stale_camps(self) -> int:
        return 0  # nothing is ever loaded into it

    def close(self) -> None:
        pass


class NullSink(io.RawIOBase):
    """A binary sink that counts bytes and keeps none."""

    def __init__(self) -> None:
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        self.size += len(data)
        return len(data)


def peak_memory(export, claims: int) -> int:
    """Peak Python memory (bytes) of ``export(store, sink)`` over a synthetic store.

    A small export runs first, so caches filled once a process (ontology, gazetteer) are not
    counted against the large one.
    """
    export(SyntheticStore(10), NullSink())
    store = SyntheticStore(claims)
    tracemalloc.start()
    try:
        export(store, NullSink())
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
