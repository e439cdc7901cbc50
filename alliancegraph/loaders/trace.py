"""What the relation rules found and what they decided, recorded as they run.

The rules first *find* (a cue fires, its arguments are looked for) and then *decide* (the
modality of the cue, the ontology's kinds, self-loops, duplicates). :class:`Trace` is the
notebook they write into at those points: the cues that fired, and every candidate claim
dropped with its reason. Recording is a few appends per cue that fires, so it is always on
and costs nothing next to parsing; ``extract --explain`` and the per-rule report read it.

Reasons are short fixed words an analyst can filter on (``negation``, ``question``,
``no object``, ``kind check``, ``self-loop``, ``duplicate``…), with a free ``detail``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from alliancegraph.model import Candidate
from alliancegraph.ontology.grammar import grammar_words

if TYPE_CHECKING:
    from alliancegraph.loaders.claims import End, Found
    from alliancegraph.loaders.cues import VerbCue

# Modality flags in the order ``negation.outcome`` consults them, with the word a reader sees.
# A flag the list does not know (a new one) is still reported, under its own name.
MODALITY_REASONS = {
    "courtesy": "courtesy",
    "deny": "denial",
    "question": "question",
    "hypothetical": "hypothesis",
    "past": "long past",
    "unasserted": "unasserted clause",
    "dated": "dated before the article",
    "conditional": "conditional",
    "request": "request",
    "attempt": "attempt to win over",
    "tempt": "temptation",
    "refuse": "refusal",
    "negated": "negation",
    "contrast": "contrast",
    "hedge": "hedge",
}
# Flags that qualify a reading without ever deciding it on their own.
QUALIFIERS = grammar_words("trace", "qualifiers")

_LABELS: dict[int, tuple[VerbCue, str]] = {}  # by id: hashing a cue hashes all its words


def cue_label(cue: VerbCue) -> str:
    """A readable, stable name for one ``[[verb]]`` entry of the cue lexicon.

    ``verb SUPPORTS soutenir/appuyer/parrainer`` (its relation and first lemmas, with its
    first companion words after ``+``): the key of the per-rule report.
    """
    known = _LABELS.get(id(cue))
    if known is not None and known[0] is cue:
        return known[1]
    words = cue.name or "/".join(sorted(cue.triggers)[:3])
    extra = f" + {' '.join(cue.with_words[0])}" if cue.with_words else ""
    label = f"verb {cue.relation} {words}{extra}"
    _LABELS[id(cue)] = (cue, label)
    return label


def modality_reason(cue: VerbCue, mod) -> str:
    """Why a cue's own reading did not stand under modality ``mod`` (a ``Modality``)."""
    flags = [f.name for f in dataclasses.fields(mod) if getattr(mod, f.name) is True]
    unknown = [f for f in flags if f not in MODALITY_REASONS and f not in QUALIFIERS]
    if unknown:
        return unknown[0].replace("_", " ")
    for flag, reason in MODALITY_REASONS.items():
        if flag in flags:
            return reason
    return "not negated" if cue.needs_negation else "modality"


def _name(end: End | None) -> str | None:
    return end.name if end is not None else None


@dataclass
class Trace:
    """The cues that fired (``fired``: sentence, rule, words), the candidates dropped, and
    the references left unbound (``unbound``: sentence, words, binding tried, reason)."""

    fired: list[tuple[int, str, str]] = field(default_factory=list)
    dropped: list[Candidate] = field(default_factory=list)
    unbound: list[tuple[int, str, str, str]] = field(default_factory=list)

    def refuse(self, s: int, words: str, binding: str, reason: str) -> None:
        """A reference ("le député de X", "sa colistière", "les deux hommes") that a binding
        could have resolved and did not, with why ("several candidates", "gender"…)."""
        self.unbound.append((s, words, binding, reason))

    def fire(self, s: int, rule: str, words: str) -> None:
        self.fired.append((s, rule, words))

    def drop(
        self,
        s: int,
        subject: End | None,
        relation: str,
        obj: End | None,
        rule: str,
        words: str,
        reason: str,
        detail: str = "",
        confidence: float = 0.0,
    ) -> None:
        self.dropped.append(
            Candidate(
                s, _name(subject), relation, _name(obj), rule, words, confidence, reason, detail
            )
        )

    def drop_found(self, found: Found, reason: str, detail: str) -> None:
        """A claim a post-stage sets aside after the rules found it (exceptions, qualified
        supports, superseded affiliations), with its reason."""
        self.drop(found.sentence, found.subject, found.relation, found.object, found.rule,
                  found.cue, reason, detail, round(found.confidence, 3))

    def unpaired(self, s: int, cue: VerbCue, words: str, reason: str, subject=None) -> list:
        """A cue that fired without the ends it needs; returns ``[]`` for the rule to return."""
        self.drop(s, subject, cue.relation, None, cue_label(cue), words, reason)
        return []

    def overruled(self, s: int, pairs, cue: VerbCue, words: str, mod, relation) -> None:
        """The cue's own reading of each pair, dropped by its modality (and what it became)."""
        reason = modality_reason(cue, mod)
        detail = f"read as {relation}" if relation else ""
        for subject, target, weight in pairs:
            self.drop(
                s,
                subject,
                cue.relation,
                target,
                cue_label(cue),
                words,
                reason,
                detail,
                round(weight, 3),
            )
