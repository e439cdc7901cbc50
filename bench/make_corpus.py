"""Synthetic French political news, with a gold file of exactly the claims planted in it.

Why: a load benchmark that only counts words per second cannot tell a fast loader from a fast
loader that drops half the claims. Every article written here comes with its planted edges, in
the shape of ``../shared/corpus/gold.json``, so a benchmark (or ``alliancegraph evaluate``) can
score what was loaded.

Only cue phrasings the extractor reads reliably are planted (checked with the real extractor:
see ``bench/RESULTS.md``); the rest of each article is filler about numbers, places and dates,
with no person in it, to reach the 300-500 words of a real news piece. Actors are invented
French names; parties come from the shipped gazetteer, because the extractor only recognises a
party it knows.

Everything is drawn from one ``random.Random(seed)``: the same arguments give the same bytes.

    python bench/make_corpus.py --articles 10000 --actors 400 --parties 8 --months 24 \\
        --seed 1 --out ~/.cache/alliancegraph/bench/corpus [--format txt|jsonl]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

from cache import cache_dir

Edge = tuple[str, str, str]

GOLD_FILE = "gold.json"
ARTICLES_DIR = "articles"
JSONL_FILE = "corpus.jsonl"
URL_BASE = "https://example.org/politique"
START_YEAR = 2016

FIRST_NAMES = {
    "f": (
        "Agnès", "Amélie", "Anne", "Aurélie", "Camille", "Catherine", "Cécile", "Chantal", "Claire",
        "Delphine", "Élise", "Émilie", "Florence", "Françoise", "Hélène", "Isabelle", "Jeanne",
        "Julie", "Juliette", "Laure", "Léa", "Lucie", "Marion", "Martine", "Mathilde", "Nathalie",
        "Noémie", "Pauline", "Sandrine", "Sophie", "Sylvie", "Valérie",
    ),
    "m": (
        "Alain", "Antoine", "Arnaud", "Benoît", "Bernard", "Bruno", "Christophe", "Damien",
        "Didier", "Éric", "Étienne", "François", "Frédéric", "Guillaume", "Hervé", "Jacques",
        "Jérôme", "Julien", "Laurent", "Marc", "Mathieu", "Nicolas", "Olivier", "Pascal",
        "Philippe", "Pierre", "Raphaël", "Rémi", "Sébastien", "Thierry", "Vincent", "Yves",
    ),
}
# Surnames that are not also common French words (no "Petit", "Blanc", "Marchand"), so the
# tagger sees a name, and not the name of a politician the reader may know.
SURNAMES = (
    "Arnoux", "Aubertin", "Baudouin", "Bellanger", "Berthelot", "Besnard", "Bonnefoy", "Bouvier",
    "Brossard", "Carpentier", "Castagné", "Chabert", "Cordier", "Courtois", "Delacroix", "Delmas",
    "Deschamps", "Desmarais", "Dufresne", "Dumoulin", "Duval", "Etcheverry", "Faucher", "Ferrand",
    "Fleury", "Gaillard", "Garnier", "Gauthier", "Giraud", "Godard", "Guillot", "Hamelin", "Hébert",
    "Jacquet", "Jourdain", "Lacombe", "Laffont", "Lambert", "Langlois", "Larcher", "Lebreton",
    "Leclerc", "Lefebvre", "Lemoine", "Leroux", "Letellier", "Maillard", "Marchal", "Masson",
    "Mercier", "Millet", "Moreau", "Navarro", "Pelletier", "Perrin", "Picard", "Poirier", "Prévost",
    "Rabier", "Renaud", "Rey", "Rolland", "Rousseau", "Schmitt", "Tessier", "Texier", "Thibault",
    "Toussaint", "Vasseur", "Verdier", "Vidal", "Weber",
)

CITIES = (
    "Lille", "Nantes", "Rennes", "Toulouse", "Bordeaux", "Grenoble", "Montpellier", "Strasbourg",
    "Dijon", "Tours", "Brest", "Limoges", "Clermont-Ferrand", "Besançon", "Orléans", "Rouen",
    "Metz", "Nancy", "Perpignan", "Pau", "Amiens", "Poitiers",
)
DEPARTMENTS = (
    "le Nord", "la Gironde", "l'Isère", "le Finistère", "la Haute-Garonne", "le Rhône",
    "la Seine-Maritime", "le Bas-Rhin", "la Loire-Atlantique", "l'Hérault", "la Somme",
)
DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MONTHS_FR = (
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre",
)
INSTITUTES = ("Ifop", "Elabe", "Harris Interactive", "OpinionWay", "Ipsos", "BVA")
ELECTIONS = ("Présidentielle", "Législatives", "Municipales", "Régionales", "Européennes")
TOPICS = (
    "le pouvoir d'achat", "la transition énergétique", "l'avenir des services publics",
    "la réforme des retraites", "le logement", "la sécurité du quotidien", "l'école",
    "l'hôpital public", "la fiscalité locale", "les transports régionaux",
)
PROJECTS = ("le projet", "les propositions", "la stratégie", "le programme", "les promesses")
COALITIONS = (
    "une majorité", "une alliance pour les législatives", "une liste commune",
    "un projet commun pour la région", "une coalition durable",
)
QUOTES = (
    "rien n'est joué", "la campagne entre dans une phase décisive", "les électeurs attendent "
    "des réponses concrètes", "le plus dur reste à faire", "il faut parler du fond",
    "la mobilisation sera la clé",
)

# Roles for the "X, député PS," apposition, by gender.
ROLES = {
    "m": ("député", "sénateur", "conseiller régional", "maire adjoint", "eurodéputé"),
    "f": ("députée", "sénatrice", "conseillère régionale", "maire adjointe", "eurodéputée"),
}


# -- actors and parties -------------------------------------------------------------------------


@dataclass(frozen=True)
class Party:
    name: str
    short: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Person:
    name: str
    gender: str  # "f" | "m"
    party: Party

    @property
    def surname(self) -> str:
        return self.name.split(" ", 1)[1]


def gazetteer_parties(count: int) -> list[Party]:
    """The first ``count`` gazetteer parties that have a short form ("PS", "LR").

    Taken from the shipped gazetteer rather than invented: the extractor only recognises
    parties it knows, and a benchmark that plants unrecognisable parties measures nothing.
    """
    from alliancegraph.ontology.gazetteer import load_gazetteer

    parties = [
        Party(p.name, p.short, tuple(a for a in p.names() if a != p.name))
        for p in load_gazetteer().parties
        if p.short
    ]
    if not 1 <= count <= len(parties):
        raise ValueError(f"--parties must be between 1 and {len(parties)} (the gazetteer's)")
    return parties[:count]


def invent_people(rng: random.Random, count: int, parties: list[Party]) -> list[Person]:
    """``count`` distinct invented full names, each with a gender and a party.

    Surnames repeat across people only once the pool is exhausted (as in real life); articles
    never put two people with the same surname side by side (see :func:`pick_cast`).
    """
    capacity = len(SURNAMES) * (len(FIRST_NAMES["f"]) + len(FIRST_NAMES["m"]))
    if not 2 <= count <= capacity:
        raise ValueError(f"--actors must be between 2 and {capacity}")
    people: list[Person] = []
    names: set[str] = set()
    surnames = list(SURNAMES)
    rng.shuffle(surnames)
    while len(people) < count:
        gender = rng.choice("fm")
        surname = surnames[len(people) % len(surnames)]
        name = f"{rng.choice(FIRST_NAMES[gender])} {surname}"
        if name not in names:
            names.add(name)
            people.append(Person(name, gender, rng.choice(parties)))
    return people


# -- sentences ----------------------------------------------------------------------------------


@dataclass
class Sentence:
    """One sentence and the claims it plants (``edges``) or tempts (``forbidden``)."""

    text: str
    edges: list[Edge] = field(default_factory=list)
    optional: list[Edge] = field(default_factory=list)
    forbidden: list[Edge] = field(default_factory=list)


# Claim phrasings, by relation. Slots: {x} subject, {y} object, {of_y} "de Y" elided, {il}
# pronoun, {tente} agreement, {short} the subject's party short name, and the neutral slots of
# claim_slots(). Each was kept only if the real extractor finds its edge in >= 97% of random
# name pairs (`python bench/make_corpus.py --probe 60`, figures in bench/RESULTS.md); the ones
# that failed are listed in DROPPED with their measured recall.
CLAIMS: dict[str, tuple[str, ...]] = {
    "SUPPORTS": (
        "{x} a apporté son soutien à {y} {when}.",
        "{x} a confirmé {day} son soutien à {y}.",
        "{x} a annoncé qu'{il} voterait pour {y}.",
        "{x} votera pour {y} au second tour.",
        "{x} votera pour {y}.",
    ),
    "REJECTS": (
        "{x} a dénoncé {what} {of_y} {when}.",
        "{x} a vivement dénoncé {what} {of_y}.",
    ),
    "INVITED_TO_RALLY": ("{x} a proposé à {y} de construire {coalition}.",),
    "TEMPTED_BY": (
        "{x} est {tente} par {y}, selon plusieurs de ses proches.",
        "{x} s'est {dit} {tente} par {y} {when}.",
    ),
    "SPOKESPERSON_OF": ("{x}, porte-parole {of_y}, a estimé que « {quote} ».",),
    "MEMBER_OF": ("{x}, {role} {short}, {predicate}.",),
}
# Tempting misreadings: (what the sentence does plant, or None; the relation it must NOT give).
# A refusal to support is read as a rejection, as in the hand-annotated corpus ("ne pas pouvoir
# soutenir le programme de Benoît Hamon" is REJECTS there).
DECOYS: dict[str, tuple[str | None, str]] = {
    "{x} a refusé d'apporter son soutien à {y}.": ("REJECTS", "SUPPORTS"),
    "{x} ne votera pas pour {y}.": ("REJECTS", "SUPPORTS"),
    "{x} a félicité {y} pour sa campagne {when}.": (None, "SUPPORTS"),
}
# Phrasings tried and left out, because the extractor misses them too often (the probe's
# recall for each is in bench/RESULTS.md). Kept here so the probe can re-check them.
DROPPED: dict[str, tuple[str, ...]] = {
    # A day between "annoncé" and "qu'il" loses the clause about one time in five.
    "SUPPORTS": ("{x} a annoncé {day} qu'{il} voterait pour {y}.",),
    # Read every time with "tenté" (a man), about two times in three with "tentée" (a woman).
    "TEMPTED_BY": ("{x} se dit {tente} par {y}, selon plusieurs de ses proches.",),
}
# Relative frequencies of the planted relations, roughly those of the hand-annotated corpus.
WEIGHTS = {
    "SUPPORTS": 35, "REJECTS": 20, "INVITED_TO_RALLY": 10, "TEMPTED_BY": 10,
    "SPOKESPERSON_OF": 10, "MEMBER_OF": 15,
}
DECOY_SHARE = 0.1  # one decoy for about ten claim sentences (at most one per article)


def _when(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{rng.choice(DAYS)} soir",
            f"{rng.choice(DAYS)} matin",
            f"lors d'un meeting à {rng.choice(CITIES)}",
            f"{rng.choice(DAYS)} sur France Info",
            f"dans un entretien publié {rng.choice(DAYS)}",
        )
    )


def _predicate(rng: random.Random) -> str:
    """A claim-free predicate for the "X, député PS, ..." apposition."""
    return rng.choice(
        (
            f"a réuni près de {rng.randrange(80, 900)} militants {rng.choice(DAYS)} à "
            f"{rng.choice(CITIES)}",
            f"a présenté {rng.choice(DAYS)} ses propositions sur {rng.choice(TOPICS)}",
            f"a rappelé que le dépôt des listes était fixé au {rng.randrange(2, 28)} "
            f"{rng.choice(MONTHS_FR)}",
        )
    )


def claim_slots(rng: random.Random, x: Person, y: Person) -> dict[str, str]:
    """Every slot a claim or decoy template may use, for subject ``x`` and object ``y``."""
    return {
        "x": x.name, "y": y.name, "of_y": de(y.name), "short": x.party.short,
        "il": "il" if x.gender == "m" else "elle",
        "tente": "tenté" if x.gender == "m" else "tentée",
        "dit": "dit" if x.gender == "m" else "dite",
        "role": rng.choice(ROLES[x.gender]), "predicate": _predicate(rng),
        "when": _when(rng), "day": rng.choice(DAYS), "what": rng.choice(PROJECTS),
        "coalition": rng.choice(COALITIONS), "quote": rng.choice(QUOTES),
    }


def claim(rng: random.Random, relation: str, x: Person, y: Person) -> Sentence:
    """One sentence planting ``x relation y`` (``y`` is ignored for MEMBER_OF: x's party)."""
    text = rng.choice(CLAIMS[relation]).format(**claim_slots(rng, x, y))
    target = x.party.name if relation == "MEMBER_OF" else y.name
    return Sentence(text, edges=[(x.name, relation, target)])


def decoy(rng: random.Random, x: Person, y: Person) -> Sentence:
    """One sentence tempting a misreading: its gold lists that edge as forbidden."""
    template = rng.choice(sorted(DECOYS))
    planted, forbidden = DECOYS[template]
    text = template.format(**claim_slots(rng, x, y))
    edges = [(x.name, planted, y.name)] if planted else []
    return Sentence(text, edges=edges, forbidden=[(x.name, forbidden, y.name)])


FILLERS = (
    "Selon un sondage {institute} publié {day}, {pct} % des sympathisants de gauche jugent la "
    "situation « préoccupante », contre {pct2} % il y a un mois.",
    "À {city}, près de {crowd} personnes se sont rassemblées {day} soir devant la mairie, malgré "
    "une pluie fine et un vent glacial.",
    "Le budget de la campagne atteindrait {small} millions d'euros, d'après les comptes déposés "
    "auprès de la commission nationale.",
    "La participation au premier tour s'était établie à {pct},{digit} %, un niveau proche de "
    "celui de {year}.",
    "Dans {department}, {small}0 communes sur {big} ont déjà désigné leurs délégués.",
    "Les discussions doivent reprendre {day} au siège de campagne, dans le {small}e "
    "arrondissement de Paris.",
    "Le calendrier reste serré : les listes doivent être déposées en préfecture avant le "
    "{dom} {month}.",
    "Plus de {crowd} adhérents ont participé à la consultation interne, selon les chiffres "
    "communiqués par les organisateurs.",
    "Les débats ont surtout porté sur {topic} et sur {topic2}, deux sujets qui inquiètent les "
    "électeurs.",
    "Un meeting est prévu {day} à {city}, dans une salle de {crowd} places déjà presque complète.",
    "Le taux de chômage dans la région atteint {small},{digit} %, au-dessus de la moyenne "
    "nationale.",
    "En {year}, la gauche avait recueilli {pct} % des voix dans cette circonscription, un score "
    "jamais égalé depuis.",
    "La réunion, prévue à {hour} heures, a commencé avec {small}0 minutes de retard.",
    "Sur les réseaux sociaux, la séquence a été vue plus de {crowd}0 fois en vingt-quatre heures.",
    "Le conseil municipal {of_city} examinera le dossier le {dom} {month}, après une première "
    "lecture en commission.",
    "Les électeurs {of_city} seront appelés aux urnes dans {small} semaines, dans un climat encore "
    "incertain.",
    "La préfecture a enregistré {big} procurations supplémentaires depuis le début du mois "
    "{of_month}.",
    "Le prochain débat télévisé, prévu le {dom} {month}, devrait réunir {small} candidats sur le "
    "plateau.",
    "À {city}, la salle des fêtes a dû refuser du monde : {crowd} personnes attendaient encore "
    "dehors à {hour} heures.",
    "Les frais de déplacement représentent près de {pct} % des dépenses engagées depuis "
    "septembre, selon le trésorier de la campagne.",
    "Dans les quartiers nord {of_city}, l'abstention avait dépassé {pct} % lors du dernier "
    "scrutin.",
    "Le dépouillement s'est achevé peu avant {hour} heures, avec un taux de bulletins blancs de "
    "{small},{digit} %.",
    "Le sujet de {topic} revient dans toutes les réunions publiques, de {city} à {city2}.",
    "Près de {big} tracts ont été distribués ce week-end sur les marchés {of_department}.",
    "Un second sondage, réalisé par {institute} auprès de {crowd} personnes, confirme la tendance "
    "avec une marge d'erreur de {small} points.",
    "La commission des comptes de campagne a rappelé que le plafond des dépenses était fixé à "
    "{small} millions d'euros.",
    "Le train de {hour} heures pour {city} a été pris d'assaut par les militants venus de toute "
    "la région.",
    "En {year}, le même scrutin avait attiré {pct} % des inscrits, un record pour une élection "
    "intermédiaire.",
    "La permanence {of_city} restera ouverte tous les soirs jusqu'à {hour} heures pendant la "
    "dernière semaine.",
    "Les inscriptions sur les listes électorales ont progressé de {small},{digit} % en un an "
    "{in_department}.",
)


def de(place: str) -> str:
    """French elision: "de Paris" but "d'Amiens", "d'Orléans"; "du" for "le", "des" for "les"."""
    if place.startswith("le "):
        return "du " + place[3:]
    if place.startswith("les "):
        return "des " + place[4:]
    return ("d'" if place[:1].lower() in "aeiouyéèêàâîôûh" else "de ") + place


def filler_slots(rng: random.Random) -> dict[str, str | int]:
    """Fresh slot values for one filler sentence (numbers rounded as copy rounds them)."""
    city, city2 = rng.sample(CITIES, 2)
    department = rng.choice(DEPARTMENTS)
    month = rng.choice(MONTHS_FR)
    pct = rng.randrange(19, 68)
    topic, topic2 = rng.sample(TOPICS, 2)
    return {
        "institute": rng.choice(INSTITUTES), "day": rng.choice(DAYS), "month": month,
        "pct": pct, "pct2": pct - rng.randrange(3, 12), "digit": rng.randrange(10),
        "city": city, "city2": city2, "of_city": de(city), "department": department,
        "of_department": de(department), "in_department": "dans " + department,
        "of_month": de(month), "crowd": rng.randrange(12, 90) * 100,
        "small": rng.randrange(2, 20), "big": rng.randrange(12, 96) * 100,
        "year": rng.randrange(1995, 2015), "dom": rng.randrange(2, 29),
        "hour": rng.randrange(8, 22),
        "topic": topic, "topic2": topic2,
    }


def fillers(rng: random.Random, count: int) -> list[str]:
    """``count`` sentences with no person and no claim, no template twice in one article."""
    templates = rng.sample(FILLERS, min(count, len(FILLERS)))
    return [template.format(**filler_slots(rng)) for template in templates]


# -- articles -----------------------------------------------------------------------------------


@dataclass
class GeneratedArticle:
    """One article: what the readers will read, and the gold entry for it."""

    number: int
    date: str
    title: str
    paragraphs: list[str]
    edges: list[Edge]
    optional: list[Edge]
    forbidden: list[Edge]

    @property
    def id(self) -> str:
        return f"synth-{self.number:06d}"

    @property
    def filename(self) -> str:
        return f"{self.date}-{self.number:06d}.txt"

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    def text_file(self) -> str:
        """The text format: ``date YYYY-MM-DD Title`` on the first line, then the body."""
        return f"date {self.date} {self.title}\n\n{self.body}\n"

    def jsonl_row(self) -> dict:
        return {
            "id": self.id,
            "date": self.date,
            "title": self.title,
            "text": self.body,
            "url": f"{URL_BASE}/{self.id}",
        }


@dataclass(frozen=True)
class CorpusSpec:
    """The generator's parameters; with the seed they determine every byte of the output."""

    articles: int = 10_000
    actors: int = 400
    parties: int = 8
    months: int = 24
    seed: int = 1
    claims: tuple[int, int] = (3, 6)  # planted per article, inclusive
    fillers: tuple[int, int] = (16, 24)  # claim-free sentences per article


def article_date(rng: random.Random, months: int) -> str:
    month = rng.randrange(months)
    year, month = START_YEAR + month // 12, month % 12 + 1
    return f"{year}-{month:02d}-{rng.randrange(1, 29):02d}"


def pick_cast(
    rng: random.Random, people: list[Person], weights: list[float], size: int
) -> list[Person]:
    """``size`` people with distinct surnames, drawn with hub-heavy weights.

    Distinct surnames because an article may say "Lambert" for "Julie Lambert" and the gold
    must not depend on which of two Lamberts the reader picks.
    """
    cast: list[Person] = []
    while len(cast) < size:
        person = rng.choices(people, weights)[0]
        if all(person.surname != other.surname for other in cast):
            cast.append(person)
    return cast


def plant(rng: random.Random, cast: list[Person], count: int) -> list[Sentence]:
    """``count`` claim sentences between cast members (one per ordered pair), then decoys."""
    relations = list(WEIGHTS)
    weights = [WEIGHTS[r] for r in relations]
    sentences: list[Sentence] = []
    used: set[tuple[str, str]] = set()
    count = min(count, len(cast) * (len(cast) - 1))  # never more claims than distinct pairs
    while len(sentences) < count:
        relation = rng.choices(relations, weights)[0]
        x, y = rng.sample(cast, 2)
        pair = (x.name, x.party.name if relation == "MEMBER_OF" else y.name)
        if pair not in used:
            used.add(pair)
            sentences.append(claim(rng, relation, x, y))
    if rng.random() < DECOY_SHARE * count:
        x, y = rng.sample(cast, 2)
        if (x.name, y.name) not in used:
            sentences.append(decoy(rng, x, y))
    return sentences


def title(rng: random.Random) -> str:
    """A headline without names or claims, so the gold only depends on the body."""
    return rng.choice(
        (
            f"{rng.choice(ELECTIONS)} : à {rng.choice(CITIES)}, les tractations s'accélèrent",
            f"{rng.choice(ELECTIONS)} : la gauche cherche encore la bonne formule",
            f"À {rng.choice(CITIES)}, une campagne dominée par {rng.choice(TOPICS)}",
            f"{rng.choice(ELECTIONS)} : semaine décisive pour les alliances",
        )
    )


def paragraphs(rng: random.Random, claims: list[Sentence], extra: list[str]) -> list[str]:
    """Claims spread over 4-6 paragraphs, the first claim in the lead as in real copy."""
    count = rng.randrange(4, 7)
    slots: list[list[str]] = [[] for _ in range(count)]
    slots[0].append(claims[0].text)
    for sentence in claims[1:]:
        slots[rng.randrange(count)].append(sentence.text)
    for sentence in extra:
        slots[rng.randrange(count)].append(sentence)
    for slot in slots[1:]:
        rng.shuffle(slot)
    return [" ".join(slot) for slot in slots if slot]


def unique(edges: Iterator[Edge]) -> list[Edge]:
    return list(dict.fromkeys(edges))


def generate(spec: CorpusSpec) -> Iterator[GeneratedArticle]:
    """The articles of ``spec``, in order, one at a time (memory stays flat)."""
    rng = random.Random(spec.seed)
    parties = gazetteer_parties(spec.parties)
    people = invent_people(rng, spec.actors, parties)
    # A few hubs, many minor actors: weight 1/rank, like mentions in real coverage.
    weights = [1.0 / (rank + 1) for rank in range(len(people))]
    cast_size = min(5, len({p.surname for p in people}))
    for number in range(1, spec.articles + 1):
        date = article_date(rng, spec.months)
        cast = pick_cast(rng, people, weights, cast_size)
        claims = plant(rng, cast, rng.randint(*spec.claims))
        extra = fillers(rng, rng.randint(*spec.fillers))
        yield GeneratedArticle(
            number=number,
            date=date,
            title=title(rng),
            paragraphs=paragraphs(rng, claims, extra),
            edges=unique(e for s in claims for e in s.edges),
            optional=unique(e for s in claims for e in s.optional),
            forbidden=unique(e for s in claims for e in s.forbidden),
        )


# -- writing ------------------------------------------------------------------------------------


@dataclass
class CorpusFiles:
    """Where the corpus went: ``articles`` is what to pass to ``load``/``read_articles``."""

    articles: Path
    gold: Path
    count: int = 0
    words: int = 0
    edges: int = 0


def gold_entry(article: GeneratedArticle, fmt: str) -> dict:
    entry: dict = {"file": article.filename if fmt == "txt" else JSONL_FILE}
    if fmt == "jsonl":
        entry["id"] = article.id
    entry["date"] = article.date
    entry["edges"] = [list(e) for e in article.edges]
    entry["optional"] = [list(e) for e in article.optional]
    entry["forbidden"] = [list(e) for e in article.forbidden]
    return entry


def gold_header(spec: CorpusSpec) -> dict:
    return {
        "about": (
            "Claims planted by bench/make_corpus.py "
            f"(articles={spec.articles}, actors={spec.actors}, parties={spec.parties}, "
            f"months={spec.months}, seed={spec.seed}). 'edges' are exactly the planted claims."
        ),
        "relations": list(WEIGHTS),
        "parties": {p.name: list(p.aliases) for p in gazetteer_parties(spec.parties)},
    }


def write_corpus(spec: CorpusSpec, out: Path, fmt: str = "txt") -> CorpusFiles:
    """Write the articles (a folder of .txt, or one .jsonl) and ``gold.json`` under ``out``.

    Streams: one article in memory at a time, the gold written entry by entry. The article
    folder or file is replaced, so a smaller corpus never keeps stale files of a larger one.
    """
    if fmt not in ("txt", "jsonl"):
        raise ValueError(f"unknown format {fmt!r} (txt or jsonl)")
    out.mkdir(parents=True, exist_ok=True)
    folder = out / ARTICLES_DIR
    if folder.exists():
        for stale in [*folder.glob("*.txt"), *folder.glob("*.jsonl")]:
            stale.unlink()
    folder.mkdir(exist_ok=True)
    files = CorpusFiles(
        articles=folder if fmt == "txt" else folder / JSONL_FILE, gold=out / GOLD_FILE
    )
    header = json.dumps(gold_header(spec), ensure_ascii=False, indent=2)
    with ExitStack() as stack:
        gold = stack.enter_context(files.gold.open("w", encoding="utf-8", newline="\n"))
        if fmt == "jsonl":
            rows = stack.enter_context(files.articles.open("w", encoding="utf-8", newline="\n"))
        gold.write(header[: header.rindex("}")].rstrip() + ',\n  "articles": [\n')
        for article in generate(spec):
            text = article.text_file()
            if fmt == "txt":
                (folder / article.filename).write_text(text, encoding="utf-8", newline="\n")
            else:
                rows.write(json.dumps(article.jsonl_row(), ensure_ascii=False) + "\n")
            separator = ",\n" if files.count else ""
            entry = json.dumps(gold_entry(article, fmt), ensure_ascii=False)
            gold.write(f"{separator}    {entry}")
            files.count += 1
            files.words += len(text.split()) - 2  # as Article.words counts: not "date" and the date
            files.edges += len(article.edges)
        gold.write("\n  ]\n}\n")
    return files


# -- the probe: which phrasings the extractor reads -----------------------------------------------


def probe_article(rng: random.Random, sentence: str) -> str:
    """A short article around one sentence, as the generator writes them (title, fillers)."""
    before, after = fillers(rng, 4)[:2], fillers(rng, 4)[:2]
    return f"{title(rng)}\n\n{' '.join([*before, sentence, *after])}"


def probe(pairs: int, seed: int = 1) -> list[dict]:
    """Recall of each claim phrasing (kept and dropped) and false edges of each decoy.

    Each template is tried on ``pairs`` random pairs of invented people: a claim template
    scores a hit when its edge is found; a decoy when the extractor reads no claim at all.
    """
    from alliancegraph.loaders.extractor import Extractor
    from alliancegraph.model import Article

    rng = random.Random(seed)
    parties = gazetteer_parties(CorpusSpec.parties)
    people = invent_people(rng, 200, parties)
    extractor = Extractor()
    rows = []
    tables = (("kept", CLAIMS), ("dropped", DROPPED), ("decoy", _decoys_by_relation()))
    for status, table in tables:
        for relation, templates in table.items():
            for template in templates:
                hits = 0
                for _ in range(pairs):
                    x, y = pick_cast(rng, people, [1.0] * len(people), 2)
                    text = probe_article(rng, template.format(**claim_slots(rng, x, y)))
                    article = Article(f"probe-{len(rows)}", "2017-03-01", "probe", text)
                    found = {(c.subject, c.relation, c.object)
                             for c in extractor.run(article).claims}
                    hits += _read_right(found, status, relation, template, x, y)
                rows.append({"status": status, "relation": relation, "template": template,
                             "ok": hits / pairs})
    return rows


def _decoys_by_relation() -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for template, (_, forbidden) in DECOYS.items():
        table[forbidden] = (*table.get(forbidden, ()), template)
    return table


def _read_right(found: set[Edge], status: str, relation: str, template: str, x: Person,
                y: Person) -> bool:
    """Whether the extractor read exactly what the template plants, and nothing forbidden."""
    if status == "decoy":
        planted = DECOYS[template][0]
        return found == ({(x.name, planted, y.name)} if planted else set())
    target = x.party.name if relation == "MEMBER_OF" else y.name
    return (x.name, relation, target) in found


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=CorpusSpec.articles)
    parser.add_argument("--actors", type=int, default=CorpusSpec.actors)
    parser.add_argument("--parties", type=int, default=CorpusSpec.parties)
    parser.add_argument("--months", type=int, default=CorpusSpec.months)
    parser.add_argument("--seed", type=int, default=CorpusSpec.seed)
    parser.add_argument("--out", type=Path, default=cache_dir("corpus"))
    parser.add_argument("--format", choices=("txt", "jsonl"), default="txt")
    parser.add_argument("--probe", type=int, metavar="PAIRS",
                        help="instead of writing a corpus, measure how often the extractor "
                        "reads each phrasing, on PAIRS random name pairs each")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.probe:
        for row in probe(args.probe, args.seed):
            print(f"{row['status']:8} {row['relation']:17} {row['ok']:6.1%}  {row['template']}")
        return 0
    spec = CorpusSpec(args.articles, args.actors, args.parties, args.months, args.seed)
    files = write_corpus(spec, args.out, args.format)
    print(
        f"wrote {files.count} articles ({files.words} words, {files.edges} planted edges) "
        f"to {files.articles}; gold: {files.gold}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
