"""The rows one write batch stores, built once for both stores.

Both stores hold the same things (articles, actors, claims, mentions) and must merge them by
the same rules, so the rows are built here, from the :class:`~alliancegraph.model.Extraction`
records, and each store only turns them into its own parameters (Neo4j's ``UNWIND`` maps and
lists). The rows are named tuples, in the order of the SQLite store's columns: typed and
readable, as cheap to build as plain tuples (a bulk load builds millions), and SQLite takes
them as they are. Inside a batch:

* an actor mentioned several times keeps the first known gender and the party seen at the
  latest date (a tie goes to the later article), whatever the order of the articles; the
  stores apply the same rule across batches in their upserts;
* a party's political family comes from the gazetteer, looked up once per batch and per name
  (:func:`party_families`), before any store sees the rows;
* a claim names a relation of the ontology, or the whole batch is refused before anything is
  written; it carries its article's copy group, URL (the canonical one first) and outlet.

>>> from alliancegraph.model import Actor, Article, Claim, Extraction
>>> art = Article("a1", "2017-03-01", "Titre", "Texte.", url="https://example.org/1")
>>> claim = Claim("Benoît Hamon", "MEMBER_OF", "Parti socialiste", "a1", "2017-03-01",
...               "Phrase.", "membre", 0.9, object_kind="party")
>>> rows = build_rows([Extraction(art, [claim], [Actor("Benoît Hamon", "person", "m")])])
>>> [(a.name, a.kind, a.family) for a in rows.actors]
[('Benoît Hamon', 'person', None), ('Parti socialiste', 'party', 'left')]
>>> rows.claims[0].url, rows.mentions
('https://example.org/1', [MentionRow(article='a1', actor='Benoît Hamon')])
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from alliancegraph.graph.store import StoreError
from alliancegraph.model import Actor, Extraction
from alliancegraph.ontology import relation_names
from alliancegraph.ontology.gazetteer import Gazetteer, load_gazetteer


class ArticleRow(NamedTuple):
    """An article as stored; ``copy_of`` is None for an article with a copy signature (it is
    grouped after the write, see :mod:`alliancegraph.loaders.copies`), else its own id."""

    id: str
    date: str
    title: str
    url: str | None
    source: str | None
    words: int
    canonical_url: str | None
    outlet: str | None
    author: str | None
    copy_of: str | None
    signature: bytes | None


class ActorRow(NamedTuple):
    """An actor merged over the batch; ``party_date`` is the date its ``party`` was seen."""

    name: str
    kind: str
    gender: str | None
    party: str | None
    party_date: str | None
    family: str | None


class ClaimRow(NamedTuple):
    """A claim with its article's provenance (copy group, URL, outlet)."""

    subject: str
    relation: str
    object: str
    article: str
    date: str
    evidence: str
    cue: str
    confidence: float
    group: str | None
    copy_of: str
    url: str | None
    outlet: str | None


class MentionRow(NamedTuple):
    """An actor an article mentions (repeats are left to the stores, which ignore them)."""

    article: str
    actor: str


@dataclass
class BatchRows:
    """Everything one batch writes, in the order the stores write it."""

    articles: list[ArticleRow] = field(default_factory=list)
    actors: list[ActorRow] = field(default_factory=list)
    claims: list[ClaimRow] = field(default_factory=list)
    mentions: list[MentionRow] = field(default_factory=list)


def party_families(names: Iterable[str], gazetteer: Gazetteer) -> dict[str, str | None]:
    """Each party name's political family in ``gazetteer`` (None for a party it does not know).

    >>> party_families(["Parti socialiste", "Parti imaginaire"], load_gazetteer())
    {'Parti socialiste': 'left', 'Parti imaginaire': None}
    """
    families: dict[str, str | None] = {}
    for name in names:
        if name not in families:
            entry = gazetteer.party(name)
            families[name] = entry.camp if entry else None
    return families


def build_rows(
    extractions: Iterable[Extraction], families: Mapping[str, str | None] | None = None
) -> BatchRows:
    """The rows of one batch (see the module's docstring for the merge rules).

    ``families`` maps party names to their family; by default :func:`party_families` of the
    shipped gazetteer for the batch's parties. Raises :class:`StoreError` for a relation
    outside the ontology, naming the article's source.
    """
    whitelist = set(relation_names())
    rows = BatchRows()
    actors: dict[str, ActorRow] = {}  # merged over the batch; families filled in at the end
    for extraction in extractions:
        article = extraction.article
        rows.articles.append(ArticleRow(
            article.id, article.date, article.title, article.url, article.source, article.words,
            article.canonical_url, article.outlet, article.author,
            None if article.signature else article.id, article.signature,
        ))
        where = article.canonical_url or article.url
        for actor in extraction.actors:
            actors[actor.name] = _merge(actor, article.date, actors.get(actor.name))
            rows.mentions.append(MentionRow(article.id, actor.name))
        for claim in extraction.claims:
            if claim.relation not in whitelist:
                raise StoreError(f"unknown relation {claim.relation!r} in {article.source}")
            for name, kind in ((claim.subject, claim.subject_kind),
                               (claim.object, claim.object_kind)):
                if name not in actors:
                    actors[name] = _merge(Actor(name, kind), article.date, None)
            rows.claims.append(ClaimRow(
                claim.subject, claim.relation, claim.object, claim.article, claim.date,
                claim.evidence, claim.cue, claim.confidence, claim.group, claim.article, where,
                article.outlet,
            ))
    if families is None:
        parties = (row.name for row in actors.values() if row.kind == "party")
        families = party_families(parties, load_gazetteer())
    rows.actors = [
        row._replace(family=families.get(row.name)) if row.kind == "party" else row
        for row in actors.values()
    ]
    return rows


def _merge(actor: Actor, date: str, previous: ActorRow | None) -> ActorRow:
    """``actor`` seen at ``date``, merged with the row the batch already had for it.

    The kind is the latest mention's (the stores keep the kind an actor was first stored with).
    """
    party, party_date = actor.party, date if actor.party else None
    gender = actor.gender
    if previous:
        if previous.party and (party is None or previous.party_date > party_date):
            party, party_date = previous.party, previous.party_date
        gender = previous.gender or actor.gender
    return ActorRow(actor.name, actor.kind, gender, party, party_date, None)
