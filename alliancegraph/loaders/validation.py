"""The shared deciding stage every extractor ends with: only edges the ontology allows.

Whatever proposed them (rules, hand annotations, a model), claims pass the same checks before
they reach a store: the relation is one the ontology defines, the subject and object kinds are
the ones it allows for that relation (a person is MEMBER_OF a party, not of a person), an
actor is never tied to itself, and one (subject, relation, object) per article survives, the
most confident. Every claim turned down is kept as a :class:`~alliancegraph.model.Candidate`
with its reason, so the pruning is data a user can read.

>>> from alliancegraph.model import Candidate, Claim
>>> def proposal(subject, relation, obj, object_kind="person"):
...     claim = Claim(subject, relation, obj, "a1", "2017-01-29", "…", "cue", 0.9,
...                   object_kind=object_kind)
...     return claim, Candidate(0, subject, relation, obj, "example", "cue", 0.9)
>>> result = validate([proposal("Hamon", "SUPPORTS", "Hamon"),
...                    proposal("Hamon", "MEMBER_OF", "Jadot"),
...                    proposal("Hamon", "MEMBER_OF", "PS", object_kind="party")])
>>> [(c.subject, c.relation, c.object) for c in result.claims]
[('Hamon', 'MEMBER_OF', 'PS')]
>>> [d.reason for d in result.dropped]
['self-loop', 'kind check']
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field

from alliancegraph.model import Candidate, Claim
from alliancegraph.ontology import UnknownRelationError, relation

Proposal = tuple[Claim, Candidate]


@dataclass
class Validated:
    """Claims that passed, the candidate behind each (same order), and the ones dropped."""

    claims: list[Claim] = field(default_factory=list)
    kept: list[Candidate] = field(default_factory=list)
    dropped: list[Candidate] = field(default_factory=list)


def rejection(claim: Claim) -> tuple[str, str] | None:
    """Why the ontology refuses ``claim`` as (reason, detail), or None if it allows it."""
    try:
        spec = relation(claim.relation)
    except UnknownRelationError as exc:
        return "unknown relation", str(exc)
    if claim.subject == claim.object:
        return "self-loop", f"{claim.subject} {claim.relation} itself"
    if claim.subject_kind not in spec.subject_kinds or claim.object_kind not in spec.object_kinds:
        allowed = f"{'/'.join(spec.subject_kinds)} -> {'/'.join(spec.object_kinds)}"
        found = f"{claim.subject_kind} -> {claim.object_kind}"
        return "kind check", f"{claim.relation} takes {allowed}, not {found}"
    return None


def candidate_of(claim: Claim, rule: str = "unknown") -> Candidate:
    """The candidate behind a claim whose extractor did not record one."""
    return Candidate(
        -1, claim.subject, claim.relation, claim.object, rule, claim.cue, claim.confidence
    )


def _dropped(candidate: Candidate, reason: str, detail: str) -> Candidate:
    return dataclasses.replace(candidate, reason=reason, detail=detail)


def validate(proposals: Iterable[Proposal]) -> Validated:
    """The claims the ontology allows, one per (subject, relation, object), the most
    confident kept (the first of equals), in the order each edge was first proposed."""
    best: dict[tuple[str, str, str], Proposal] = {}
    result = Validated()
    for claim, candidate in proposals:
        refused = rejection(claim)
        if refused is not None:
            result.dropped.append(_dropped(candidate, *refused))
            continue
        key = (claim.subject, claim.relation, claim.object)
        held = best.get(key)
        if held is None:
            best[key] = (claim, candidate)
            continue
        if claim.confidence > held[0].confidence:
            best[key] = (claim, candidate)
            loser, winner = held[1], claim.confidence
        else:
            loser, winner = candidate, held[0].confidence
        result.dropped.append(_dropped(loser, "duplicate", f"kept at confidence {winner}"))
    for claim, candidate in best.values():
        result.claims.append(claim)
        result.kept.append(dataclasses.replace(candidate, confidence=claim.confidence))
    return result
