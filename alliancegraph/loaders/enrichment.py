"""The shared stage that gives every actor of an article what the gazetteer knows at its date.

An extractor names the actors it met (and may know a person's gender from the text); this
stage adds the rest the same way for every extractor: the gazetteer's gender, and the party a
person belonged to at the article's date, overridden by a MEMBER_OF claim of the article
itself ("X, qui a rejoint LREM").

>>> from alliancegraph.model import Claim
>>> from alliancegraph.ontology.gazetteer import load_gazetteer
>>> joined = Claim("Manuel Valls", "MEMBER_OF", "En Marche", "a1", "2017-06-27", "…", "cue",
...                0.9, object_kind="party")
>>> [(a.name, a.party) for a in enrich_actors([joined], "2017-06-27", load_gazetteer())]
[('Manuel Valls', 'En Marche'), ('En Marche', None)]
"""

from __future__ import annotations

from collections.abc import Iterable

from alliancegraph.model import Actor, Claim
from alliancegraph.ontology.gazetteer import Gazetteer, PersonEntry
from alliancegraph.ontology.vocabulary import REL


def enrich_actors(
    claims: Iterable[Claim], date: str, gazetteer: Gazetteer, mentioned: Iterable[Actor] = ()
) -> list[Actor]:
    """Every actor ``mentioned`` (first, in order) or at an end of ``claims``, with gender and
    party: the text's gender before the gazetteer's, a MEMBER_OF claim before the party the
    extractor gave, before the gazetteer's party at ``date``."""
    claims = list(claims)
    members = {c.subject: c.object for c in claims if c.relation == REL.MEMBER_OF}
    actors: dict[str, Actor] = {}
    for actor in mentioned:
        actors.setdefault(actor.name, actor)
    for claim in claims:
        actors.setdefault(claim.subject, Actor(claim.subject, claim.subject_kind))
        actors.setdefault(claim.object, Actor(claim.object, claim.object_kind))
    enriched = []
    for actor in actors.values():
        person = actor.kind == "person"
        entry = gazetteer.person(actor.name) if person else gazetteer.party(actor.name)
        gender = actor.gender if actor.gender is not None else getattr(entry, "gender", None)
        party = None
        if person:
            party = actor.party
            if party is None and isinstance(entry, PersonEntry):
                party = entry.party_at(date)
            party = members.get(actor.name, party)
        enriched.append(Actor(actor.name, actor.kind, gender, party))
    return enriched
