"""The relation whitelist and actor kinds, read from the Turtle ontology and nowhere else.

Every place that needs a relation name, a colour, a sign or a Neo4j label asks this module, so
adding a relation to ``alliancegraph.ttl`` is the only change needed to make it flow through the
stores, the CLI, the exports and the fracture analysis. Only names returned from here may ever be
spliced into Cypher text (labels and relationship types cannot be query parameters).

Reading the Turtle takes rdflib, whose import alone costs more than a whole ``alliancegraph ask``
should; so what this module reads from it (the relations and the actor kinds) is kept as JSON
under the hash of the Turtle's bytes (:mod:`alliancegraph.filecache`): a changed ontology is
parsed again, and the Turtle stays the only source.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rdflib import Graph

ONTOLOGY_FILE = Path(__file__).with_name("alliancegraph.ttl")
AG_IRI = "http://alliancegraph.org/ontology#"


class UnknownRelationError(ValueError):
    """A relation or actor kind that the ontology does not define."""


@dataclass(frozen=True)
class Relation:
    """One relation type: its Neo4j type, labels, polarity and display colour."""

    name: str
    label_en: str
    label_fr: str
    polarity: str  # positive | negative | pull | affiliation
    sign: int  # +1, -1 or 0 in the signed graph of the fracture analysis
    color: str  # "#RRGGBB"
    cameo: str | None
    subject_kinds: tuple[str, ...]
    object_kinds: tuple[str, ...]

    @property
    def rgb(self) -> tuple[int, int, int]:
        return hex_to_rgb(self.color)


@dataclass(frozen=True)
class ActorKind:
    """An actor kind (``person``, ``party``) and the Neo4j label it is stored under."""

    kind: str
    label: str


def hex_to_rgb(color: str) -> tuple[int, int, int]:
    """``"#3030D0"`` -> ``(48, 48, 208)``."""
    value = color.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


@cache
def ontology_graph() -> Graph:
    """The parsed ontology (cached: it is read once per process)."""
    from rdflib import Graph

    graph = Graph()
    graph.parse(ONTOLOGY_FILE, format="turtle")
    return graph


def _label(graph: Graph, node, lang: str) -> str:
    from rdflib import Literal, Namespace
    from rdflib.namespace import RDFS

    for value in graph.objects(node, RDFS.label):
        if isinstance(value, Literal) and value.language == lang:
            return str(value)
    return str(graph.value(node, Namespace(AG_IRI).neo4jLabel))


def _kinds(graph: Graph, class_node) -> tuple[str, ...]:
    from rdflib import Namespace

    ag = Namespace(AG_IRI)
    if class_node == ag.Actor:
        return ("person", "party")
    return (str(graph.value(class_node, ag.kind)),)


@cache
def _vocabulary() -> dict[str, list[dict]]:
    """The relations and actor kinds as JSON-ready dicts (parsed once per ontology version)."""
    from alliancegraph.filecache import parsed

    return parsed(ONTOLOGY_FILE, lambda _: {
        "relations": [asdict(r) for r in _parse_relations()],
        "kinds": [asdict(k) for k in _parse_kinds()],
    }, "ontology")


@cache
def relations() -> dict[str, Relation]:
    """All relation types by name, in the ontology's order."""
    found = [
        Relation(**{**item, "subject_kinds": tuple(item["subject_kinds"]),
                    "object_kinds": tuple(item["object_kinds"])})
        for item in _vocabulary()["relations"]
    ]
    return {relation.name: relation for relation in found}


@cache
def actor_kinds() -> dict[str, ActorKind]:
    """Actor kinds by their short name (``person`` -> label ``Person``)."""
    return {item["kind"]: ActorKind(**item) for item in _vocabulary()["kinds"]}


def _parse_relations() -> list[Relation]:
    """The relations read from the Turtle with rdflib, in the ontology's order."""
    from rdflib import Namespace
    from rdflib.namespace import OWL, RDF, RDFS

    ag = Namespace(AG_IRI)
    graph = ontology_graph()
    found = []
    for node in graph.subjects(RDF.type, OWL.ObjectProperty):
        name = graph.value(node, ag.neo4jLabel)
        if name is None:
            continue
        polarity = graph.value(node, ag.polarity)
        cameo = graph.value(node, ag.cameo)
        found.append(
            (
                int(graph.value(node, ag.order)),
                Relation(
                    name=str(name),
                    label_en=_label(graph, node, "en"),
                    label_fr=_label(graph, node, "fr"),
                    polarity=str(graph.value(polarity, RDFS.label)),
                    sign=int(graph.value(polarity, ag.sign)),
                    color=str(graph.value(node, ag.color)),
                    cameo=str(cameo) if cameo is not None else None,
                    subject_kinds=_kinds(graph, graph.value(node, RDFS.domain)),
                    object_kinds=_kinds(graph, graph.value(node, RDFS.range)),
                ),
            )
        )
    return [relation for _, relation in sorted(found, key=lambda pair: pair[0])]


def _parse_kinds() -> list[ActorKind]:
    """The actor kinds read from the Turtle with rdflib."""
    from rdflib import Namespace

    ag = Namespace(AG_IRI)
    graph = ontology_graph()
    kinds = {}
    for node in graph.subjects(ag.kind, None):
        kind = str(graph.value(node, ag.kind))
        kinds[kind] = ActorKind(kind=kind, label=str(graph.value(node, ag.neo4jLabel)))
    return list(kinds.values())


def relation_names() -> tuple[str, ...]:
    """The whitelist of relationship types, e.g. ``('SUPPORTS', 'REJECTS', ...)``."""
    return tuple(relations())


def relation(name: str) -> Relation:
    """The relation called ``name``; raises :class:`UnknownRelationError` for anything else."""
    try:
        return relations()[name]
    except KeyError:
        known = ", ".join(relations())
        raise UnknownRelationError(f"unknown relation {name!r} (known: {known})") from None


class RelationNames:
    """The ontology's relation names as attributes, for code that means one relation by name.

    Extraction rules and the question composer need particular relations ("a membership is
    never negated into a rejection"); they write ``REL.MEMBER_OF`` rather than the bare string,
    so that a relation the Turtle renames or drops fails loudly where it is used instead of
    silently never matching, and the Turtle stays the only place the names are spelled.

    >>> REL.SUPPORTS
    'SUPPORTS'
    >>> REL.SUPPORT
    Traceback (most recent call last):
    ...
    AttributeError: the ontology defines no relation 'SUPPORT'
    """

    def __getattr__(self, name: str) -> str:
        if name.startswith("__") or name not in relations():
            raise AttributeError(f"the ontology defines no relation {name!r}")
        setattr(self, name, name)  # later reads are plain attribute reads
        return name


REL = RelationNames()


def label_for(kind: str) -> str:
    """The Neo4j label for an actor kind; raises for a kind the ontology does not define."""
    try:
        return actor_kinds()[kind].label
    except KeyError:
        known = ", ".join(actor_kinds())
        raise UnknownRelationError(f"unknown actor kind {kind!r} (known: {known})") from None
