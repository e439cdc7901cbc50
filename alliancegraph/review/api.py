"""The review calls, one per ``alliancegraph review`` command and of the same name.

Each takes an open store and returns plain data; the CLI and the web app only render it.
A claim is named by the id ``review list`` prints (:func:`~alliancegraph.review.decisions.
claim_id`); actors by any name the query library understands ("Valls", "le PS").

>>> from alliancegraph.graph.store import open_store
>>> from alliancegraph import review
>>> store = open_store("local", ":memory:")
>>> review.list(store)
[]
"""

from __future__ import annotations

import builtins
import json
from collections import defaultdict
from pathlib import Path

from alliancegraph.graph.store import Store
from alliancegraph.ontology import relation_names
from alliancegraph.ontology.vocabulary import relation as ontology_relation
from alliancegraph.queries.errors import QueryError
from alliancegraph.queries.params import check_date
from alliancegraph.queries.resolve import NameIndex
from alliancegraph.review.decisions import Decision, ReviewError, claim_id, sentence_key

LIST_KINDS = ("queue", "decisions", "candidates")


def _names(store: Store) -> tuple[NameIndex, dict[str, dict]]:
    return NameIndex(store.actors()), store.actor_attributes()


def _actor(names: NameIndex, attributes: dict[str, dict], name: str) -> tuple[str, str]:
    """The canonical name of an actor of the store, and its kind."""
    try:
        canonical = names.resolve(name)
    except QueryError as exc:
        raise ReviewError(str(exc)) from None
    if canonical not in attributes:
        raise ReviewError(f"actor {canonical!r} is in no stored article")
    return canonical, attributes[canonical]["kind"]


def _relation(name: str, subject_kind: str, object_kind: str) -> str:
    relation = name.strip().upper()
    if relation not in relation_names():
        raise ReviewError(
            f"unknown relation {name!r} (one of {', '.join(relation_names())})"
        )
    spec = ontology_relation(relation)
    if subject_kind not in spec.subject_kinds or object_kind not in spec.object_kinds:
        raise ReviewError(
            f"{relation} goes from {'/'.join(spec.subject_kinds)} to "
            f"{'/'.join(spec.object_kinds)}, not from {subject_kind} to {object_kind}"
        )
    return relation


def find_claim(store: Store, claim: str) -> dict:
    """The stored claim whose id (as ``review list`` prints it) is ``claim``."""
    article = claim.rsplit("-", 1)[0]
    for row in store.review_queue(article=article, reviewed=True, limit=10**6):
        if claim_id(row["article"], row["subject"], row["relation"], row["object"]) == claim:
            return row
    raise ReviewError(f"no claim {claim!r} in the store (ids come from `review list`)")


def _judge(store: Store, action: str, claim: str, reviewer: str | None, note: str | None,
           **new) -> Decision:
    row = find_claim(store, claim)
    kinds = store.actor_attributes()
    extra = {k: v for k, v in new.items() if v is not None}
    if reviewer:
        extra["reviewer"] = reviewer
    decision = Decision(
        action, row["article"], row["evidence"], row["subject"], row["relation"], row["object"],
        date=row["date"], subject_kind=kinds[row["subject"]]["kind"],
        object_kind=kinds[row["object"]]["kind"], note=note, **extra,
    )
    return store.record_review(decision)


def accept(store: Store, claim: str, reviewer: str | None = None,
           note: str | None = None) -> Decision:
    """Mark a claim as checked and true: it stays, marked reviewed, whatever later extractors do.

    ``reviewer`` defaults to ``ALLIANCEGRAPH_REVIEWER`` or ``USER``.
    """
    return _judge(store, "accept", claim, reviewer, note)


def reject(store: Store, claim: str, reviewer: str | None = None,
           note: str | None = None) -> Decision:
    """Strike a false claim: it is removed now and after every re-load or re-extraction."""
    return _judge(store, "reject", claim, reviewer, note)


def correct(
    store: Store,
    claim: str,
    relation: str | None = None,
    subject: str | None = None,
    object: str | None = None,  # noqa: A002 - the claim's own word
    reviewer: str | None = None,
    note: str | None = None,
) -> Decision:
    """Replace a claim by the same claim with another relation, subject or object.

    The original is removed; the corrected claim is written from the same sentence, marked
    reviewed.
    """
    if relation is None and subject is None and object is None:
        raise ReviewError("a correction changes the relation, the subject or the object")
    row = find_claim(store, claim)
    names, attributes = _names(store)
    new_subject, subject_kind = _actor(names, attributes, subject or row["subject"])
    new_object, object_kind = _actor(names, attributes, object or row["object"])
    new_relation = _relation(relation or row["relation"], subject_kind, object_kind)
    if (new_subject, new_relation, new_object) == (row["subject"], row["relation"], row["object"]):
        raise ReviewError("the correction is the claim itself: accept it instead")
    return _judge(
        store, "correct", claim, reviewer, note, new_subject=new_subject,
        new_relation=new_relation, new_object=new_object, new_subject_kind=subject_kind,
        new_object_kind=object_kind,
    )


def add(
    store: Store,
    article: str,
    sentence: str,
    subject: str,
    relation: str,
    object: str,  # noqa: A002 - the claim's own word
    reviewer: str | None = None,
    note: str | None = None,
) -> Decision:
    """Add a claim the extractor missed, read in ``sentence`` of the stored ``article``."""
    info = next((a for a in store.articles() if a.id == article), None)
    if info is None:
        raise ReviewError(f"no article {article!r} in the store")
    if not sentence_key(sentence):
        raise ReviewError("an added claim needs the sentence it was read in")
    names, attributes = _names(store)
    subject, subject_kind = _actor(names, attributes, subject)
    object, object_kind = _actor(names, attributes, object)
    if subject == object:
        raise ReviewError(f"a claim links two actors, not {subject!r} to itself")
    relation = _relation(relation, subject_kind, object_kind)
    extra = {"reviewer": reviewer} if reviewer else {}
    decision = Decision(
        "add", article, sentence, subject, relation, object, date=info.date,
        subject_kind=subject_kind, object_kind=object_kind, note=note, **extra,
    )
    return store.record_review(decision)


def queue(
    store: Store,
    actor: str | None = None,
    relation: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 50,
) -> list[dict]:
    """Claims not yet reviewed, the least confident first, each with its ``id``.

    The confidence is the extractor's own (each rule family scores its reading, lowered by
    hedges, distance and indirect resolution, see ``loaders/claims.py``).
    """
    if actor:
        names, attributes = _names(store)
        actor = _actor(names, attributes, actor)[0]
    if relation:
        relation = relation.strip().upper()
        if relation not in relation_names():
            raise ReviewError(f"unknown relation {relation!r}")
    since = check_date(since, "since") if since else None
    until = check_date(until, "until") if until else None
    rows = store.review_queue(actor=actor, relation=relation, since=since, until=until,
                              limit=limit)
    return [{"id": claim_id(r["article"], r["subject"], r["relation"], r["object"]), **r}
            for r in rows]


def decisions(store: Store, article: str | None = None) -> builtins.list[dict]:
    """Every decision, oldest first, with its status the last time it was applied."""
    return [d.to_dict() for d in store.reviews(article)]


def list(  # noqa: A001 - `alliancegraph review list`
    store: Store,
    kind: str = "queue",
    actor: str | None = None,
    relation: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 50,
    extractor=None,
) -> builtins.list[dict]:
    """What ``review list`` shows: the ``queue`` (default), the ``decisions``, or the
    ``candidates`` (sentences where nothing was extracted, see :mod:`.candidates`)."""
    if kind == "queue":
        return queue(store, actor, relation, since, until, limit)
    if kind == "decisions":
        return decisions(store)
    if kind == "candidates":
        from alliancegraph.review.candidates import candidates

        if actor:
            names, attributes = _names(store)
            actor = _actor(names, attributes, actor)[0]
        return candidates(store, extractor, actor, since, until, limit)
    raise ReviewError(f"unknown list {kind!r} (one of {', '.join(LIST_KINDS)})")


def gold(store: Store) -> dict:
    """The decisions in the format ``alliancegraph evaluate`` reads.

    Accepted, added and corrected claims are required ``edges``; rejected claims, and the
    original of each correction, are ``forbidden``; the other claims of a reviewed article,
    which nobody checked, are ``optional`` (they count neither way). Articles are named by
    their file.
    """
    infos = {a.id: a for a in store.articles()}
    edges: dict[str, set] = defaultdict(set)
    forbidden: dict[str, set] = defaultdict(set)
    for d in store.reviews():
        if d.action in ("reject", "correct"):
            forbidden[d.article].add((d.subject, d.relation, d.object))
        if d.action != "reject":
            w = d.written
            edges[d.article].add((w["subject"], w["relation"], w["object"]))
    articles = []
    for article in sorted(set(edges) | set(forbidden), key=lambda a: (infos[a].date, a)
                          if a in infos else ("", a)):
        info = infos.get(article)
        if info is None or not info.source:
            continue
        stored = {(r["subject"], r["relation"], r["object"])
                  for r in store.review_queue(article=article, reviewed=True, limit=10**6)}
        articles.append({
            "file": Path(info.source).name, "date": info.date, "article": article,
            "edges": sorted([*e] for e in edges[article] - forbidden[article]),
            "forbidden": sorted([*e] for e in forbidden[article]),
            "optional": sorted([*e] for e in stored - edges[article] - forbidden[article]),
        })
    return {
        "about": "Review decisions exported by `alliancegraph review export`: accepted, "
                 "added and corrected claims are edges, rejected ones forbidden, the "
                 "unchecked claims of a reviewed article optional.",
        "relations": [*relation_names()],
        "articles": articles,
    }


def export(store: Store, out: str | Path) -> dict:
    """Write :func:`gold` to ``out`` as JSON; returns counts of articles, edges, forbidden."""
    data = gold(store)
    Path(out).write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return {
        "out": str(out), "articles": len(data["articles"]),
        "edges": sum(len(a["edges"]) for a in data["articles"]),
        "forbidden": sum(len(a["forbidden"]) for a in data["articles"]),
    }
