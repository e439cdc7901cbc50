"""RDF through the ontology: Turtle or JSON-LD, written as a stream.

Every claim becomes two things: the direct triple an analyst queries (``actor ag:SUPPORTS
actor``) and a reified ``ag:Claim`` carrying its evidence, cue, confidence, date and the article
it was read in (``prov:wasDerivedFrom``), so a SPARQL answer can always be traced to a sentence.
Actors are typed ``ag:Actor`` plus ``ag:Person`` or ``ag:Party`` (both types are written, so
shape checks need no RDFS inference), with ``rdfs:label``, a person's party as
``org:memberOf``, a party's political family as ``ag:family`` and, once the fracture analysis
has run, each actor's camp as ``ag:camp`` (an integer, derived data: the ontology says so).
Text read in articles (evidence, cue, group, title) carries its language, ``@fr``. The
ontology itself is written first, so relation labels and comments travel with the data and
no tool needs to merge two files to show ``soutient`` for ``ag:SUPPORTS``.

rdflib's serializers need the whole graph in memory (15 triples a claim: too much for a million
claims), so this module writes node by node and lets rdflib do only what must not be
hand-rolled: escaping literals. Memory holds the actors and article ids seen, not the claims.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from decimal import Decimal
from functools import lru_cache
from typing import TextIO

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, XSD, NamespaceManager
from rdflib.term import Node

from alliancegraph.graph.exports.common import (
    ExportError,
    ExportSummary,
    Output,
    clean_text,
    output_files,
    text_sink,
)
from alliancegraph.graph.store import ArticleInfo, Store
from alliancegraph.model import Claim
from alliancegraph.ontology import ontology_graph
from alliancegraph.ontology.gazetteer import fold

AG = Namespace("http://alliancegraph.org/ontology#")
DATA = "http://alliancegraph.org/id/"
ACTOR = Namespace(DATA + "actor/")
ARTICLE = Namespace(DATA + "article/")
CLAIM_NS = DATA + "claim/"
CLAIM = Namespace(CLAIM_NS)
ORG = Namespace("http://www.w3.org/ns/org#")
PROV = Namespace("http://www.w3.org/ns/prov#")
SCHEMA = Namespace("http://schema.org/")
DCTERMS = Namespace("http://purl.org/dc/terms/")

PREFIXES = {
    "ag": str(AG), "rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD), "org": str(ORG),
    "prov": str(PROV), "schema": str(SCHEMA), "dcterms": str(DCTERMS),
    "actor": str(ACTOR), "article": str(ARTICLE), "claim": str(CLAIM),
}
FORMATS = ("turtle", "json-ld")
# The language of the text we quote: the extractor reads French articles (its lexicon is French).
TEXT_LANGUAGE = "fr"

Block = tuple[URIRef, list[tuple[URIRef, Node]]]


def slug(name: str) -> str:
    """The readable, accent-free part of an actor IRI.

    >>> slug("Jean-Luc Mélenchon"), slug("Europe Écologie Les Verts")
    ('jean-luc-melenchon', 'europe-ecologie-les-verts')
    """
    return fold(name).replace(" ", "-")


class Minter:
    """Actor IRIs from slugs, unique even when two names fold to the same slug.

    Built from the store's actor list, so the same name gets the same IRI in every export of
    the same store; a name seen only in a claim is minted on the fly.
    """

    def __init__(self, names: Iterable[str] = ()) -> None:
        self.iris: dict[str, URIRef] = {}
        self.taken: set[str] = set()
        for name in sorted(names):
            self.actor(name)

    def actor(self, name: str) -> URIRef:
        if name not in self.iris:
            local = slug(name) or "actor"
            if local in self.taken:
                local = f"{local}-{hashlib.sha1(name.encode()).hexdigest()[:8]}"
            self.taken.add(local)
            self.iris[name] = ACTOR[local]
        return self.iris[name]


def article_iri(article: str) -> URIRef:
    return ARTICLE[re.sub(r"[^A-Za-z0-9_.-]", "_", article)]


def claim_iri(claim: Claim) -> URIRef:
    """A stable IRI from the key both stores merge on (subject, relation, object, article)."""
    digest = hashlib.sha1("\x1f".join(claim.key).encode("utf-8")).hexdigest()[:20]
    return CLAIM[digest]


def date_literal(value: str) -> Literal:
    """``xsd:date``, ``xsd:gYearMonth`` or ``xsd:gYear`` by the precision the source gave."""
    text = (value or "").strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return Literal(text, datatype=XSD.date)
    if re.fullmatch(r"\d{4}-\d{2}", text):
        return Literal(text, datatype=XSD.gYearMonth)
    if re.fullmatch(r"\d{4}", text):
        return Literal(text, datatype=XSD.gYear)
    raise ExportError(f"not an ISO date: {value!r}")


def decimal_literal(value: float) -> Literal:
    """A short ``xsd:decimal`` (``0.74``, not ``0.7399999999999999911182158029987``)."""
    number = Decimal(f"{value:.6f}").normalize()
    return Literal(format(number, "f"), datatype=XSD.decimal)


def claim_blocks(claim: Claim, minter: Minter) -> Iterator[Block]:
    """The direct triple and the reified claim for one claim."""
    subject, obj = minter.actor(claim.subject), minter.actor(claim.object)
    predicate = AG[claim.relation]
    yield subject, [(predicate, obj)]
    props: list[tuple[URIRef, Node]] = [
        (RDF.type, AG.Claim),
        (AG.subject, subject),
        (AG.relation, predicate),
        (AG.object, obj),
        (AG.evidence, Literal(clean_text(claim.evidence), lang=TEXT_LANGUAGE)),
        (AG.confidence, decimal_literal(claim.confidence)),
        (DCTERMS.date, date_literal(claim.date)),
        (PROV.wasDerivedFrom, article_iri(claim.article)),
    ]
    if claim.cue:
        props.append((AG.cue, Literal(clean_text(claim.cue), lang=TEXT_LANGUAGE)))
    if claim.group:
        props.append((AG.group, Literal(clean_text(claim.group), lang=TEXT_LANGUAGE)))
    yield claim_iri(claim), props


def actor_block(name: str, attrs: dict, minter: Minter) -> Block:
    kind = attrs.get("kind") or "person"
    props: list[tuple[URIRef, Node]] = [
        (RDF.type, AG.Actor),
        (RDF.type, AG.Party if kind == "party" else AG.Person),
        (RDFS.label, Literal(clean_text(name))),
    ]
    if kind == "person" and attrs.get("party"):
        props.append((ORG.memberOf, minter.actor(attrs["party"])))
    if kind == "party" and attrs.get("family"):
        props.append((AG.family, Literal(attrs["family"])))
    if attrs.get("camp") is not None:
        props.append((AG.camp, Literal(int(attrs["camp"]), datatype=XSD.integer)))
    return minter.actor(name), props


def ontology_blocks() -> Iterator[Block]:
    """The ontology's own triples, one block per term, in a stable order."""
    graph = ontology_graph()
    for subject in sorted(set(graph.subjects()), key=str):
        props = sorted(graph.predicate_objects(subject), key=lambda po: (str(po[0]), str(po[1])))
        yield subject, props  # type: ignore[misc]


def article_block(article: ArticleInfo) -> Block:
    props: list[tuple[URIRef, Node]] = [
        (RDF.type, AG.Article),
        (SCHEMA.datePublished, date_literal(article.date)),
    ]
    if article.title:
        props.append((DCTERMS.title, Literal(clean_text(article.title), lang=TEXT_LANGUAGE)))
    url = article.canonical_url or article.url
    if url:
        props.append((SCHEMA.url, Literal(url.strip(), datatype=XSD.anyURI)))
    if article.outlet:
        props.append((SCHEMA.publisher, Literal(clean_text(article.outlet))))
    if article.author:
        props.append((SCHEMA.author, Literal(clean_text(article.author))))
    if article.copy_of and article.copy_of != article.id:
        # A syndicated copy: derived from its group's representative (loaders/copies.py).
        props.append((SCHEMA.isBasedOn, article_iri(article.copy_of)))
    return article_iri(article.id), props


# -- writers ----------------------------------------------------------------------------------

_LOCAL = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_-]*")


@lru_cache(maxsize=8192)
def _pname(iri: str) -> str:
    """``ag:SUPPORTS`` for an IRI in one of our namespaces with a plain local name, or ``<iri>``.

    The cache is bounded and sees no claim IRIs (one per claim): vocabulary and actors hit it.
    """
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and _LOCAL.fullmatch(iri[len(namespace):]):
            return f"{prefix}:{iri[len(namespace):]}"
    return f"<{iri}>"


class TurtleWriter:
    """Turtle, one subject block at a time; prefixes only for names that are valid pnames."""

    def __init__(self, handle: TextIO) -> None:
        self.handle = handle
        self.manager = NamespaceManager(Graph(bind_namespaces="none"), bind_namespaces="none")
        for prefix, namespace in PREFIXES.items():
            self.manager.bind(prefix, namespace)
        for prefix, namespace in PREFIXES.items():
            handle.write(f"@prefix {prefix}: <{namespace}> .\n")
        handle.write("\n")

    def term(self, node: Node) -> str:
        if isinstance(node, Literal):
            return node.n3(self.manager)
        text = str(node)
        if text.startswith(CLAIM_NS):  # one per claim: never worth caching
            return f"claim:{text[len(CLAIM_NS):]}"
        return _pname(text)

    def block(self, block: Block) -> None:
        subject, props = block
        lines = [f"{self.term(p) if p != RDF.type else 'a'} {self.term(o)}" for p, o in props]
        self.handle.write(self.term(subject) + " " + " ;\n    ".join(lines) + " .\n")

    def close(self) -> None:
        pass


class JsonLdWriter:
    """JSON-LD: a ``@context`` of our prefixes and a ``@graph`` streamed node by node."""

    def __init__(self, handle: TextIO) -> None:
        self.handle = handle
        self.first = True
        context = json.dumps({"@context": PREFIXES}, ensure_ascii=False)[:-1]
        handle.write(context + ', "@graph": [\n')

    @staticmethod
    def compact(iri: str) -> str:
        for prefix, namespace in PREFIXES.items():
            if iri.startswith(namespace) and len(iri) > len(namespace):
                return f"{prefix}:{iri[len(namespace):]}"
        return iri

    def value(self, node: Node) -> dict | str:
        if isinstance(node, Literal):
            if node.datatype is not None:
                return {"@value": str(node), "@type": self.compact(str(node.datatype))}
            if node.language:
                return {"@value": str(node), "@language": node.language}
            return str(node)
        return {"@id": self.compact(str(node))}

    def block(self, block: Block) -> None:
        subject, props = block
        item: dict[str, object] = {"@id": self.compact(str(subject))}
        for predicate, obj in props:
            if predicate == RDF.type:
                item.setdefault("@type", []).append(self.compact(str(obj)))  # type: ignore[union-attr]
            else:
                item.setdefault(self.compact(str(predicate)), []).append(self.value(obj))  # type: ignore[union-attr]
        separator = "" if self.first else ",\n"
        self.first = False
        self.handle.write(separator + json.dumps(item, ensure_ascii=False))

    def close(self) -> None:
        self.handle.write("\n]}\n")


def write_rdf(
    store: Store,
    out: Output,
    format: str = "turtle",
    since: str | None = None,
    until: str | None = None,
) -> ExportSummary:
    """Write the claims in ``[since, until]`` with their actors and articles as RDF.

    Parameters
    ----------
    store : Store
        Any store; only its public interface is used.
    out : path or file
        Where to write (text).
    format : {"turtle", "json-ld"}
        The serialization.
    since, until : str, optional
        ISO date bounds on the claims' dates. Without bounds every stored actor is written;
        with bounds only the actors and articles the claims reference.

    Returns
    -------
    ExportSummary
        ``nodes`` = actors described (with the parties named only as someone's party, which
        ``org:memberOf`` needs as nodes), ``articles`` = articles described, ``edges`` =
        claims.
    """
    if format not in FORMATS:
        raise ExportError(f"unknown RDF format {format!r} (choose from: {', '.join(FORMATS)})")
    attributes = store.actor_attributes()
    minter = Minter(attributes)
    referenced: dict[str, str] = {}
    articles: set[str] = set()
    claims = 0
    with text_sink(out) as handle:
        writer = TurtleWriter(handle) if format == "turtle" else JsonLdWriter(handle)
        for block in ontology_blocks():
            writer.block(block)
        for claim in store.claims(since, until):
            for block in claim_blocks(claim, minter):
                writer.block(block)
            referenced.setdefault(claim.subject, claim.subject_kind)
            referenced.setdefault(claim.object, claim.object_kind)
            articles.add(claim.article)
            claims += 1
        windowed = since is not None or until is not None
        names = set(referenced) if windowed else set(attributes) | set(referenced)
        parties = {
            attributes.get(n, {}).get("party") for n in names
            if attributes.get(n, {}).get("kind") != "party"
        } - {None} - names
        for name in sorted(names):
            writer.block(actor_block(name, attributes.get(name) or {"kind": referenced[name]},
                                     minter))
        for party in sorted(parties):  # named as someone's party, never seen as an actor
            writer.block(actor_block(party, {"kind": "party"}, minter))
        described = 0
        for article in store.articles():
            if article.id in articles or not windowed:
                writer.block(article_block(article))
                described += 1
        writer.close()
    return ExportSummary(format, len(names) + len(parties), claims, output_files(out),
                         articles=described)
