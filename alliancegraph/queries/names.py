"""Names looked up in the store, not indexed: the actors a question or a parameter may name.

Building a :class:`~alliancegraph.queries.resolve.NameIndex` of every actor costs a read of the
whole actors table on each call (20,000 actors on a large graph); a question names two or three.
:func:`lookup_index` asks the store only for the actors whose full name or surname folds to one
of the given keys, plus the gazetteer's names for those keys, in one query with every value a
parameter, and builds the index from those few. The embedded store keeps every actor under its
folded full name and surname (the ``actor_keys`` table its write path maintains), and every
Neo4j actor has them as indexed properties (``key``, ``surname_key``), so the lookup is a few
key seeks on either store; the folded name is then compared exactly here.
"""

from __future__ import annotations

from collections.abc import Iterable

from alliancegraph.graph.store import Store
from alliancegraph.model import Actor
from alliancegraph.ontology.gazetteer import (
    Gazetteer,
    PartyEntry,
    PersonEntry,
    fold,
    load_gazetteer,
)
from alliancegraph.queries.errors import UnknownNameError
from alliancegraph.queries.resolve import NameIndex, surname


def _sql(keys: list[str]) -> tuple[str, dict]:
    """The actors whose folded full name or surname is one of ``keys`` (``actor_keys``)."""
    params = {f"k{i}": key for i, key in enumerate(keys)}
    return ("SELECT name, kind, gender, party FROM actors WHERE name IN "
            "(SELECT name FROM actor_keys WHERE key IN ("
            + ", ".join(f":k{i}" for i in range(len(keys))) + "))"), params


# The Neo4j store keeps the same two keys as properties of every actor, each indexed
# (graph/neo4j_ties.py): two index seeks per key, joined by a UNION.
_CYPHER = """
MATCH (a:Actor) WHERE a.key IN $keys
RETURN a.name AS name, CASE WHEN a:Party THEN 'party' ELSE 'person' END AS kind,
       a.gender AS gender, a.party AS party
UNION
MATCH (a:Actor) WHERE a.surname_key IN $keys
RETURN a.name AS name, CASE WHEN a:Party THEN 'party' ELSE 'person' END AS kind,
       a.gender AS gender, a.party AS party
"""


def stored_actors(store: Store, keys: Iterable[str]) -> list[Actor]:
    """The store's actors whose folded full name or surname is one of ``keys``.

    Keys are folded here; each also brings the gazetteer's canonical names it may mean (the
    store keeps actors under those names), so "PS" finds "Parti socialiste".
    """
    folded = sorted({fold(k) for k in keys if fold(k)})
    if not folded:
        return []
    gazetteer = load_gazetteer()
    exact = sorted({e.name for k in folded for e in gazetteer.lookup(k)})
    wanted = set(folded) | {fold(name) for name in exact}
    if store.dialect == "sql":
        text, params = _sql(sorted(wanted))
    else:
        text, params = _CYPHER, {"keys": sorted(wanted)}
    found = []
    for row in store.read(text, params, own=True):
        name = row["name"]
        if fold(name) in wanted or fold(surname(name)) in wanted:
            found.append(Actor(name, row["kind"], row.get("gender"), row.get("party")))
    return found


def lookup_index(store: Store, keys: Iterable[str]) -> NameIndex:
    """A :class:`NameIndex` over the gazetteer and the stored actors ``keys`` may name."""
    keys = list(keys)
    return LookupIndex(store, stored_actors(store, keys), _gazetteer_for(keys))


def _gazetteer_for(keys: list[str]) -> Gazetteer:
    """The gazetteer's entries ``keys`` may name (by a name, an alias or a party adjective),
    with the parties of those actors: indexing the whole gazetteer per question costs more
    than the question."""
    gazetteer = load_gazetteer()
    entries = []
    for key in keys:
        entries += gazetteer.lookup(key)
        party = gazetteer.party_by_adjective(key)
        if party is not None:
            entries.append(party)
    parties = list({e.name: e for e in entries if isinstance(e, PartyEntry)}.values())
    persons = list({e.name: e for e in entries if isinstance(e, PersonEntry)}.values())
    return Gazetteer(parties=parties, persons=persons)


class LookupIndex(NameIndex):
    """A NameIndex built from looked-up actors; an unknown name gets suggestions from all."""

    def __init__(self, store: Store, actors: list[Actor], gazetteer: Gazetteer) -> None:
        super().__init__(actors, gazetteer)
        self._store = store

    def resolve(self, name: str, kind: str = "actor") -> str:
        try:
            return super().resolve(name, kind)
        except UnknownNameError:
            # The error path only: suggestions need every name, so read them all once.
            return NameIndex(self._store.actors(), load_gazetteer()).resolve(name, kind)
