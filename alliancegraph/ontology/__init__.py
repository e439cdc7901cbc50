"""The vocabulary, as data: the Turtle ontology (relations, kinds) and the gazetteer of actors."""

from alliancegraph.ontology.vocabulary import (
    ONTOLOGY_FILE,
    ActorKind,
    Relation,
    UnknownRelationError,
    actor_kinds,
    label_for,
    ontology_graph,
    relation,
    relation_names,
    relations,
)

__all__ = [
    "ONTOLOGY_FILE",
    "ActorKind",
    "Relation",
    "UnknownRelationError",
    "actor_kinds",
    "label_for",
    "ontology_graph",
    "relation",
    "relation_names",
    "relations",
]
